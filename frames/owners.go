package frames

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file finds targets through what they own or are given: the owner of an asset
// attacked or a stake supported (ownedTarget), the author of what is rejected or welcomed
// (refusedAuthor), the recipient of aid, a support's beneficiary, the other side of
// embargoed trade and the one a demand is on (demandedOf).

// assetNouns name what a state or group owns that an attack on it attacks its owner ("a
// Russian jet", "Iran's nuclear facilities"); militaryAssetNouns are such only with a
// military word or an armed owner ("a Syrian air base", "ISIS positions", not "China's
// position"); assetVerbs attack only through such a noun ("struck a Syrian reactor", not
// "struck a deal"): the classes asset-verb and rout-verb (routVerbs, which also attack
// an armed group named as their object).
var (
	assetNouns         = wordClass("asset-noun")
	militaryAssetNouns = wordClass("military-asset-noun")
	militaryWords      = wordClass("military-word")
	assetVerbs         = joinedClasses(wordClass("asset-verb"), routVerbs)
	routVerbs          = wordClass("rout-verb")
)

// ownedTarget returns the actors that hold the first noun in t's target slots (or the
// noun a participle t modifies: "a Russian jet shot down by Turkey") for which owners
// names any, and the slot that names them: an attack on a thing an actor owns
// (assetOwner: "shot down a Russian jet", "struck Iran's nuclear facilities"), support for
// what a state holds (stakeOwner: "backed Israel's right to defend itself"). Nil when
// there is none.
func (v *sentence) ownedTarget(t int, slots []Slot, passive bool, owners func(k int) []int) ([]int, Slot) {
	for _, sl := range slots {
		if sl.Owner {
			continue
		}
		ks := v.dependents(t, sl, passive)
		if w := v.word(t); sl.Rel == "obj" && w.Head > 0 && (w.Deprel == "acl" || v.modifyingParticiple(t)) {
			ks = append(ks, w.Head)
		}
		for _, k := range v.throughQuantity(ks) {
			if v.actor[k] >= 0 {
				continue
			}
			if as := owners(k); len(as) > 0 {
				return as, Slot{Rel: sl.String() + ">" + v.lemmas[k] + ">owner"}
			}
		}
	}
	return nil, Slot{}
}

// stakeNouns name what a state holds and another supports or recognizes as the state's
// ("Ukraine's sovereignty", "Israel's security", "Kosovo's independence").
var stakeNouns = wordClass("stake-noun")

// stakeOwner returns the holders of the stake noun at k, or nil.
func (v *sentence) stakeOwner(k int) []int {
	if !stakeNouns[v.lemmas[k]] {
		return nil
	}
	return v.holders(k)
}

// namesAnother reports whether the actor at c has another actor set after it (an
// apposition or an unmarked noun: "of our NATO ally Turkey" parsed with Turkey under
// NATO): which of the two owns the thing, the parse does not say.
func (v *sentence) namesAnother(c int) bool {
	for _, g := range v.kids[c] {
		if d := v.word(g).Deprel; (d == "appos" || d == "nmod:unmarked") && v.actor[g] >= 0 && v.actor[g] != v.actor[c] {
			return true
		}
	}
	return false
}

// assetOwner returns the actors that own the asset noun at k (class asset-noun, or
// military-asset-noun with a military word or an armed owner), or nil: never a person's
// things ("targeting Trump's base", "seized her server"), nor what an opposition or
// rebels before the nationality hold ("Syrian opposition targets").
func (v *sentence) assetOwner(k int) []int {
	if !assetNouns[v.lemmas[k]] && !militaryAssetNouns[v.lemmas[k]] {
		return nil
	}
	military := false
	for _, c := range v.kids[k] {
		if d := v.word(c).Deprel; (d == "amod" || d == "compound") && v.actor[c] < 0 {
			if militaryWords[v.lemmas[c]] {
				military = true
			}
			if otherHolders[v.lemmas[c]] {
				return nil // "Syrian opposition targets": the opposition's, not Syria's
			}
		}
	}
	owners := v.holders(k)
	for _, a := range owners {
		if v.person[a] || militaryAssetNouns[v.lemmas[k]] && !military && !v.armed[a] {
			return nil
		}
	}
	return owners
}

// holders returns the actors that hold the thing named by the noun at k: its possessor,
// nationality adjective, name in a compound or "of" phrase, also through a noun there
// that stands for an actor ("the headquarters of the militia"); not one with another
// actor set after it (namesAnother).
func (v *sentence) holders(k int) []int {
	var out []int
	for _, c := range v.kids[k] {
		d := v.word(c).Deprel
		of := syntax.BaseRel(d) == "nmod" && v.caseOf(c) == "of"
		if d != "nmod:poss" && d != "amod" && d != "compound" && !of || v.actor[c] < 0 && d != "compound" && !of || v.namesAnother(c) {
			continue
		}
		out = append(out, v.actorsOf(c)...)
	}
	return out
}

// otherHolders hold things a nationality before them does not: "Syrian rebel positions".
var otherHolders = wordClass("other-holder")

// demandingWords are the verbs and nouns of demanding whose clause names the one the
// demand is on (class `demanding-word`).
var demandingWords = wordClass("demanding-word")

// demandedOf returns the clause that a demand at t asks for and the actors of its
// subject: a "that" clause or an unmarked one, the complement of a verb ("demanded that
// Iran free them", "asked that Iran pay") or of a noun ("the demand that Russia
// explain", parsed as acl or ccomp). A clause marked otherwise ("demanded to know
// whether Iran ...", "urged the UN, because Iran ...") gives nothing, nor does a clause
// whose subject names no actor ("demanded that the sanctions be lifted"). Only the words
// of class `demanding-word` ask so: "told CBS the regime has artillery" asks nothing.
func (v *sentence) demandedOf(t int) (int, []int) {
	if !demandingWords[v.lemmas[t]] || v.word(t).UPOS == "VERB" && len(v.subjects(t)) == 0 {
		// a verb's demander must be its own subject: "..., requesting that they
		// submit" inherits a subject too loosely to name the demand's target
		return 0, nil
	}
	for _, k := range v.kids[t] {
		base := syntax.BaseRel(v.word(k).Deprel)
		if base != "ccomp" && !(base == "acl" && v.word(t).UPOS == "NOUN") {
			continue
		}
		marked := false
		for _, m := range v.kids[k] {
			marked = marked || v.word(m).Deprel == "mark" && v.lemmas[m] != "that"
		}
		if marked {
			continue
		}
		var subj []int
		for _, c := range v.subjects(k) {
			if l := v.lemmas[c]; l == "we" || l == "i" {
				return 0, nil // "the outcome he is demanding we get": the speaker's own side
			}
			if v.word(c).Deprel == "nsubj" || v.word(c).Deprel == "nsubj:pass" {
				subj = append(subj, c)
			}
		}
		if as := v.argument(k, subj); len(as) > 0 {
			return k, as
		}
	}
	return 0, nil
}

// beneficiaryVerbs make their subject the one a noun of support or aid is for: "has
// the support of", "won the backing of", "received aid from".
var beneficiaryVerbs = wordClass("beneficiary-verb")

// beneficiary reads the giver and the receiver of support or aid named by a noun that a
// beneficiary verb takes as its object ("Maduro has the support of Turkey and Russia",
// "Kyiv received aid from Berlin"), or that a verb's act is done with ("Ruiz made the
// decision with the backing of Boric"): the actors of its "of" or "from" phrase give, the
// verb's subject receives; givers of the receiver's own side ("with the support of the
// Chilean army") are left out. Both are nil for any other noun.
func (v *sentence) beneficiary(t int, typ geokg.RelationType) (givers, receivers []int) {
	w := v.word(t)
	h := v.receivingVerb(t)
	if typ != geokg.Supports && typ != geokg.Aids || w.UPOS != "NOUN" || h == 0 {
		return nil, nil
	}
	for _, c := range []string{"of", "from"} {
		if as := v.argument(t, v.dependents(t, Slot{Rel: "nmod", Case: c}, false)); len(as) > 0 {
			givers = as
			break
		}
	}
	if b, _ := v.qualify(h); len(givers) == 0 || b != "" {
		return nil, nil // "hopes to win the backing of Poland": not had yet
	}
	receivers = v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h)))
	if len(receivers) == 0 {
		receivers = v.inheritedSubject(h)
	}
	return othersThanParty(v.actors, givers, receivers), receivers
}

// othersThanParty returns the actors of as that are no party of the actors of bs.
func othersThanParty(actors []Actor, as, bs []int) []int {
	var out []int
	for _, a := range as {
		if !party(actors, a, bs) {
			out = append(out, a)
		}
	}
	return out
}

// receivingVerb returns the verb whose subject receives, or acts with, what the noun at
// t names: the verb of a beneficiary verb's object ("has the support of"), or of a "with"
// phrase on the verb or on its object ("made the decision with the backing of") that
// has no possessor; 0 for any other noun.
func (v *sentence) receivingVerb(t int) int {
	w := v.word(t)
	h := w.Head
	if h <= 0 {
		return 0
	}
	switch {
	case w.Deprel == "obj" && beneficiaryVerbs[v.lemmas[h]]:
		return h
	case v.caseOf(t) != "with" || v.hasKid(t, "nmod:poss"):
		return 0 // "with its embrace of Iran": the possessor's own act
	case syntax.BaseRel(w.Deprel) == "obl" && v.word(h).UPOS == "VERB":
		return h
	case syntax.BaseRel(w.Deprel) == "nmod" && v.word(h).Deprel == "obj" && v.word(h).Head > 0:
		return v.word(h).Head
	}
	return 0
}

// copularXcomp reports whether the trigger's open complement is "to be" something, or
// its "to" clause (a complement, a clause or a noun's clause) is "to be" something or
// passive: "wanted it to be a tough bill", "called for Ruiz to be fired" ask nothing of
// the one named.
func (v *sentence) copularXcomp(t int) bool {
	for _, k := range v.kids[t] {
		d := v.word(k).Deprel
		if d != "xcomp" && !((d == "advcl" || d == "acl") && v.hasChild(k, "mark", "to")) {
			continue
		}
		if v.lemmas[k] == "be" || v.hasChild(k, "cop", "be") || d != "xcomp" && isPassive(v, k) {
			return true
		}
	}
	return false
}

// tradePartner returns the actors a sanction's "on" phrase reaches through what it bans
// ("an embargo on trade with Iraq", "tariffs on goods from China", "a ban on exports to
// Iran"), looking at the trigger's own "on" phrase, or the one of the verb it is the
// object of ("ordered an embargo on trade with Iraq"); nil when none.
func (v *sentence) tradePartner(t int) []int {
	heads := []int{t}
	if w := v.word(t); w.Deprel == "obj" && w.Head > 0 {
		heads = append(heads, w.Head)
	}
	heads = append(heads, v.dependents(t, Slot{Rel: "obj"}, false)...) // "imposed [a ban on imports from X]"
	for _, h := range heads {
		for _, k := range v.kids[h] {
			if rel := syntax.BaseRel(v.word(k).Deprel); (rel == "nmod" || rel == "obl") && v.caseOf(k) == "on" && v.actor[k] < 0 {
				for _, g := range v.kids[k] {
					if syntax.BaseRel(v.word(g).Deprel) == "nmod" {
						switch v.caseOf(g) {
						case "with", "from", "to":
							if as := v.actorsOf(g); len(as) > 0 {
								return as
							}
						}
					}
				}
			}
		}
	}
	return nil
}

// refusableNouns name what one can refuse or deny being its author's ("a proposal", "a
// demand", "aid"); claim nouns are what one denies.
var refusableNouns = wordClass("refusable-noun")

// authoringVerbs make the act of the noun their participle modifies ("the decision
// taken by", "the step announced by"): their agent is its author.
var authoringVerbs = map[string]bool{"make": true, "take": true, "announce": true, "launch": true, "propose": true}

// welcomeVerbs welcome or praise an act, and welcomeNouns name support or praise of the
// act in their "for" phrase; welcomedNouns name an act or a merit one praises as its
// author's (a decision, a move, efforts, courage, a fight).
var welcomeVerbs, welcomeNouns, welcomedNouns = wordClass("welcome-verb"), wordClass("welcome-noun"), wordClass("welcomed-noun")

// unbackedNouns name what one backs without backing its possessor: what was done to it
// (an impeachment, an ouster), its end, its foes and its people (class `unbacked-noun`).
var unbackedNouns = wordClass("unbacked-noun")

// personalPossessives are the possessive pronouns of persons, whose owner an owned
// object's reading does not trust (backsOwned).
var personalPossessives = map[string]bool{"his": true, "her": true, "their": true, "my": true, "our": true, "your": true}

// namesApposed reports whether the noun at k has an actor set off beside it ("praised
// the country's strongman, Daniel Ortega"): that actor, not the noun's owner, is the
// one backed, and the frame reads it.
func (v *sentence) namesApposed(k int) bool {
	for _, c := range v.kids[k] {
		if d := v.word(c).Deprel; (d == "appos" || d == "flat") && len(v.actorsOf(c)) > 0 {
			return true
		}
	}
	return false
}

// backsOwnedWords are the welcome verbs and nouns of backing (class `backs-owned`).
var backsOwnedWords = wordClass("backs-owned")

// backsOwned reports whether the SUPPORTS trigger t, a welcome verb or noun of backing
// (backsOwnedWords), backs the possessor of any noun it takes ("supported Peru's bid",
// "support for a review by Chile"), not only of a welcomed noun; praise keeps to those
// ("praised Peru's cuisine" backs no stand).
func (v *sentence) backsOwned(t int) bool {
	return v.welcomes(t) && backsOwnedWords[v.lemmas[t]]
}

// welcomes reports whether the trigger at t welcomes or praises an act: a welcome verb,
// or a welcome noun ("welcomed Russia's decision", "support for Peru's fight").
func (v *sentence) welcomes(t int) bool {
	switch v.word(t).UPOS {
	case "VERB":
		return welcomeVerbs[v.lemmas[t]]
	case "NOUN":
		return welcomeNouns[v.lemmas[t]]
	}
	return false
}

// criticisedNouns name conduct one condemns as its author's (a decision, a policy,
// remarks); traitNouns (a failing of character) count too.
var criticisedNouns = wordClass("criticised-noun")

// refusedAuthor returns, for a REJECTS, DENIES or CONDEMNS trigger t whose object (a
// verb's obj, a noun's "of" phrase, a SUPPORTS noun's "for" phrase; through quantity
// nouns) is a noun naming no actor, that noun and its author: its possessor, nationality
// adjective or name compound ("Chile's proposal", "the British demand", "the Hamas
// offer"), its "by" or "of" phrase ("a proposal by Chile", "the policies of Peru"), its
// "from" phrase ("aid from Qatar"; not for CONDEMNS, where it is a range: "its policy,
// from Peru to Bolivia") or the agent of its participle ("the charges made by the US"; not
// for CONDEMNS). REJECTS takes refusable nouns, DENIES claim nouns, SUPPORTS (a welcome
// verb or noun: "welcomed Russia's decision to withdraw", "praised the courage of Chile",
// "support for Peru's fight") welcomed nouns, CONDEMNS criticised nouns and traits
// ("condemned the actions of Peru", "criticized the recklessness of Chile"), for
// CONDEMNS also in the frame's target phrases after the object ("expressed anger at
// Chile's decision": targetPhrases).
// Authors among the subjects (src) are left out: one's own plan is not rejected from
// outside; for SUPPORTS so is the subjects' own side ("the minister welcomed the British
// decision"), but not a body of it that officials praise ("Boric praised the response of
// the Chilean navy").
func (v *sentence) refusedAuthor(t int, f Frame, passive bool, src []int) (int, []int) {
	nouns, nounCase := refusableNouns, "of"
	switch f.Type {
	case geokg.Denies:
		nouns = claimNouns
	case geokg.Supports:
		// "support for Peru's fight" (not "in support of Peru's campaign", whose
		// supporter the clause seldom names)
		nouns, nounCase = welcomedNouns, "for"
	case geokg.Condemns:
		nouns = criticisedNouns
	}
	var objs []int
	if v.word(t).UPOS == "NOUN" {
		objs = v.dependents(t, Slot{Rel: "nmod", Case: nounCase}, false)
	} else {
		objs = v.dependents(t, Slot{Rel: "obj"}, passive)
	}
	if f.Type == geokg.Condemns || f.Type == geokg.Supports && v.word(t).UPOS == "VERB" && v.backsOwned(t) {
		// "agreed with Peru's assessment", "sided with Chile's position"
		objs = append(objs, v.targetPhrases(t, f, passive)...)
	}
	for _, k := range v.throughQuantity(objs) {
		if v.actor[k] >= 0 || v.word(k).UPOS != "NOUN" {
			continue
		}
		// owned: any noun a welcome verb or noun backs but an unbacked one, whose owner is
		// only its possessor or its "by" phrase ("backed Peru's bid", "the plan by Chile";
		// a name or an adjective before it, "the Iran deal", "the Iraq war", is as often
		// the one it is done to)
		owned := false
		if !nouns[v.lemmas[k]] && !(f.Type == geokg.Condemns && traitNouns[v.lemmas[k]]) {
			if f.Type != geokg.Supports || unbackedNouns[v.lemmas[k]] || !v.backsOwned(t) || v.namesApposed(k) {
				continue
			}
			owned = true
		}
		var as []int
		for _, c := range v.kids[k] {
			w := v.word(c)
			switch {
			case owned && !(w.Deprel == "nmod:poss" && !personalPossessives[strings.ToLower(w.Form)] || w.Deprel == "nmod" && v.caseOf(c) == "by"):
				// (not a person's "his" or "their": "Ruiz defended his conduct in talks
				// with Boric" is his own, which coreference may give to another)
			case w.Deprel == "nmod:poss", w.Deprel == "compound" && w.UPOS == "PROPN",
				w.Deprel == "amod" && v.actor[c] >= 0 && c < k:
				as = append(as, v.actorsOf(c)...)
			case w.Deprel == "nmod" && (v.caseOf(c) == "by" || v.caseOf(c) == "of" || v.caseOf(c) == "from" && f.Type != geokg.Condemns):
				as = append(as, v.actorsOf(c)...)
			case w.Deprel == "acl" && w.XPOS == "VBN" && v.reducedParticiple(c) && f.Type != geokg.Condemns &&
				(f.Type != geokg.Supports || authoringVerbs[v.lemmas[c]]):
				// a welcomed act's participle only when it makes the act ("the decision
				// taken by Iraq"; not "..., also known by the acronym ISIL"); a condemned
				// act's announcer speaks for its author ("the move announced by the
				// secretary of state")
				for _, g := range v.kids[c] {
					if v.word(g).Deprel == "obl:agent" || v.word(g).Deprel == "obl" && v.caseOf(g) == "by" {
						as = append(as, v.actorsOf(g)...)
					}
				}
			}
		}
		var out []int
		for _, a := range as {
			if f.Type == geokg.Supports && party(v.actors, a, src) && !v.bodyOfPersons(a, src) {
				continue // "Britain welcomed the British decision": one's own side's act
			}
			if !contains(src, a) && !contains(out, a) {
				out = append(out, a)
			}
		}
		if len(out) > 0 {
			return k, out
		}
	}
	return 0, nil
}

// targetPhrases returns the dependents of the trigger t in the target slots of f that a
// preposition introduces: "expressed anger [at Chile's decision]", "railed [against
// Peru's policy]", whose act's author refusedAuthor takes as the target.
func (v *sentence) targetPhrases(t int, f Frame, passive bool) []int {
	var out []int
	for _, s := range f.Target {
		if s.Case != "" && !s.Owner {
			out = append(out, v.dependents(t, s, passive)...)
		}
	}
	return out
}

// recipientNouns name the one who receives what their "of" phrase names.
var recipientNouns = wordClass("recipient-noun")

// recipient returns, for an aid noun t in the "of" phrase of a recipient noun ("the
// largest recipient of US aid"), the actors the recipient noun is said of: the subject
// of "X is a recipient of", or the actor it is set off after ("Egypt, a major recipient
// of US aid,"); nil for an aid noun in no recipient noun's "of" phrase and for a former
// or "no longer" recipient.
func (v *sentence) recipient(t int) []int {
	w := v.word(t)
	h := w.Head
	if h <= 0 || syntax.BaseRel(w.Deprel) != "nmod" || v.caseOf(t) != "of" || !recipientNouns[v.lemmas[h]] {
		return nil
	}
	for _, c := range v.kids[h] {
		if strings.EqualFold(v.word(c).Form, "former") || strings.EqualFold(v.word(c).Form, "longer") {
			return nil
		}
	}
	if as := v.argument(h, v.subjects(h)); len(as) > 0 {
		return as
	}
	if hw := v.word(h); hw.Deprel == "appos" && hw.Head > 0 {
		return v.actorsOf(hw.Head)
	}
	return nil
}

// hostOwnerVerbs host or harbour what their object names (class `host-owner-verb`), and
// guestNouns name people, bodies or gatherings whose "of" or "from" phrase names whom they
// belong to (class `guest-noun`: "a delegation of Chilean officials", not "a screening of
// Boric", a film about him).
var hostOwnerVerbs, guestNouns = wordClass("host-owner-verb"), wordClass("guest-noun")

// hostedOwners returns, for a HOSTS verb t (hostOwnerVerbs) whose object is a common noun
// naming no actor, that noun and the actors it belongs to or comes from: its possessor,
// an actor's name or adjective before it ("a Chilean delegation", "US combat forces", "an
// OAS summit") and, for a guest noun, its "of" or "from" phrase ("a delegation of Chilean
// officials", "the headquarters of the Andean Command", "an official from the Shining
// Path"). A person's
// "his", "her" or "their" and the subjects' own side (src: "Boric hosted a Chilean
// reception") name no guest.
func (v *sentence) hostedOwners(t int, passive bool, src []int) (int, []int) {
	for _, k := range v.throughQuantity(v.dependents(t, Slot{Rel: "obj"}, passive)) {
		if v.actor[k] >= 0 || v.word(k).UPOS != "NOUN" {
			continue
		}
		var as []int
		for _, c := range v.kids[k] {
			w := v.word(c)
			switch {
			case w.Deprel == "nmod:poss" && !personalPossessives[strings.ToLower(w.Form)],
				(w.Deprel == "amod" || w.Deprel == "compound") && c < k && v.actor[c] >= 0,
				syntax.BaseRel(w.Deprel) == "nmod" && (v.caseOf(c) == "of" || v.caseOf(c) == "from") && guestNouns[v.lemmas[k]]:
				as = append(as, v.actorsOf(c)...)
			}
		}
		var out []int
		for _, a := range as {
			if !party(v.actors, a, src) && !contains(out, a) {
				out = append(out, a)
			}
		}
		if len(out) > 0 {
			return k, out
		}
	}
	return 0, nil
}
