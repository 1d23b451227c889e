package frames

import (
	"strings"

	"github.com/geokg/geokg/syntax"
)

// This file holds argument readings of the matcher beyond a frame's own slots: who
// accuses in a claim noun's content clause, the pair "their" talks are between, the
// traveller to talks and the speaker of their outcome, the agents an "including" phrase
// lists, conjuncts hung inside a name, "along with" phrases, and a participle after an
// "against" phrase.

// claimedResponsibility reads "Israel's claim that Iran was behind the bombing" and
// "allegations by Washington that Moscow was responsible": a claim noun whose content
// clause ("that ...") makes its subject the author of something is an accusation by the
// claim's author, named by the noun's possessor, its "by"/"from" phrase or an actor
// modifying it ("American claims"). The noun's author is the accuser whatever is done
// with the claim ("Iran rejected Israel's claim that ..."); a claim with no author names
// no accuser, and a negated or modal clause ("was not behind", "might be behind"), a
// hedged noun ("fears that", "speculation that") or a clause that is no content clause
// (no "that") accuses no one. h is the head of the clause, its head the noun.
func (m *Matcher) claimedResponsibility(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, h int) []Match {
	n := v.word(h).Head
	if w := v.word(n); !claimNouns[v.lemmas[n]] && syntax.BaseRel(w.Deprel) == "nmod" && w.Head > 0 && claimNouns[v.lemmas[w.Head]] &&
		(v.caseOf(n) == "by" || v.caseOf(n) == "from") {
		n = w.Head // "claims by the administration that ...": the clause hung on the author
	}
	if !claimNouns[v.lemmas[n]] || hedgedClaims[v.lemmas[n]] || !v.hasChild(h, "mark", "that") || !v.hasChild(h, "cop", "be") {
		return out
	}
	if !v.makesAuthor(h) || v.modalOrNegated(h) != "" {
		return out
	}
	if b, _ := v.qualify(n); strings.HasPrefix(b, "conditional") || strings.HasPrefix(b, "hypothetical") || strings.HasPrefix(b, "negated") {
		return out // "if claims that ... are true", "any claim that", "no claims": what others
		// do with the claim ("rejected", "dismissed") does not undo it
	}
	accused := v.argument(h, v.subjects(h))
	accusers := v.claimAuthor(n)
	return m.accusations(out, seen, actors, accusers, accused, h, Frame{}, "claimed responsibility",
		"author<"+v.lemmas[n]+">acl>"+v.lemmas[h])
}

// occasionCases introduce the occasion of an act: "during their talks".
var occasionCases = map[string]bool{"during": true, "in": true, "at": true, "after": true, "following": true}

// hedgedClaims are claim nouns that state no one's accusation: a fear or a rumour.
var hedgedClaims = map[string]bool{"fear": true, "rumour": true, "rumor": true, "speculation": true, "suggestion": true}

// claimAuthor returns who makes the claim the noun at n names: its possessor ("Israel's
// claim", "its assertion"), its "by" or "from" phrase, or an actor modifying it ("US
// allegations", "American claims"); nil when the sentence does not say.
func (v *sentence) claimAuthor(n int) []int {
	for _, c := range v.kids[n] {
		d := v.word(c).Deprel
		switch {
		case d == "nmod:poss" || syntax.BaseRel(d) == "nmod" && (v.caseOf(c) == "by" || v.caseOf(c) == "from"):
			if as := v.actorsOf(c); len(as) > 0 {
				return as
			}
		case (d == "compound" || d == "amod") && c < n:
			if a := v.actor[c]; a >= 0 {
				return []int{a}
			}
		}
	}
	return nil
}

// theirMeeting returns the two parties of a meeting noun whose possessor is "their" and
// that names no other party ("encouraged Obama in their meeting", "Trump and Putin
// spoke after their phone call"): "their" is the pair the clause names, the two actors
// coordinated as the subject of the verb the noun is an argument or phrase of (also as a
// conjunct: "in a letter and in their meeting"), else its subject and its object when
// both are people ("Trump congratulated Putin during their call"), one actor each.
// Nil when the clause names no such pair, for a call for something ("their calls for
// reform", "their call to resign": a demand), and for a noun that is the clause's subject
// ("their talks collapsed": who else took part is not said), and under a negated, modal
// or conditional verb ("will meet for their first summit").
func (v *sentence) theirMeeting(t int) (a, b int, ok bool) {
	w := v.word(t)
	if w.UPOS != "NOUN" || !v.hasChild(t, "nmod:poss", "their") && !v.hasChild(t, "nmod", "their") {
		return 0, 0, false
	}
	for _, c := range v.kids[t] {
		if d := syntax.BaseRel(v.word(c).Deprel); d == "acl" || d == "nmod" && v.caseOf(c) == "for" {
			return 0, 0, false
		}
	}
	n := t
	for steps := 0; steps < 3 && v.word(n).Deprel == "conj" && v.word(n).Head > 0; steps++ {
		n = v.word(n).Head // "in a letter and in their meeting": the first conjunct's place
	}
	rel, h := syntax.BaseRel(v.word(n).Deprel), v.word(n).Head
	if rel == "nmod" && occasionCases[v.caseOf(n)] && h > 0 {
		// "agreed on a ceasefire during their talks" parsed with the phrase on the
		// noun before it: an occasion is the clause's
		if r := syntax.BaseRel(v.word(h).Deprel); r == "obj" || r == "obl" {
			rel, h = "obl", v.word(h).Head
		}
	}
	if rel != "obl" && rel != "obj" || h <= 0 || v.word(h).UPOS != "VERB" {
		return 0, 0, false
	}
	if v.lemmas[t] == "call" && rel != "obl" {
		return 0, 0, false // "repeated their calls for a ceasefire": a demand; "during their call" is a talk
	}
	if b, _ := v.qualify(h); b != "" {
		return 0, 0, false // "will meet for their first summit": not held yet
	}
	passive := isPassive(v, h)
	if reps := v.conjuncts(h, passive); len(reps) == 2 {
		return reps[0], reps[1], true
	} else if len(reps) > 2 {
		return 0, 0, false
	}
	subj := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, passive))
	if len(subj) == 0 && len(v.dependents(h, Slot{Rel: "nsubj"}, passive)) == 0 {
		subj = v.inheritedSubject(h)
	}
	var obj []int
	if rel == "obl" {
		obj = v.argument(h, v.dependents(h, Slot{Rel: "obj"}, passive))
	}
	// two people: the one the subject addresses ("encouraged Obama", "congratulated
	// Putin"); a state or group object is as often what the talk was about ("agreed to
	// keep Iran at bay during their talk")
	if len(subj) != 1 || len(obj) != 1 || !v.person[subj[0]] || !v.person[obj[0]] || v.actors[subj[0]].ID == v.actors[obj[0]].ID {
		return 0, 0, false
	}
	return subj[0], obj[0], true
}

// listed reports whether the noun phrase at c names members of the agents its head k
// names: an "including" phrase ("several countries, including France and Germany,",
// "officials including Pompeo") that names an actor, or a "like" or "such as" phrase
// under a relational noun (class relational-noun: "allies like Russia and Cuba",
// "neighbours such as Peru"), which names the ones the relation holds with. Under other
// nouns "such as" and "like" phrases are left out: they give examples of a kind more
// often than the ones who acted ("countries like Iran").
func (v *sentence) listed(k, c int) bool {
	if v.actor[c] < 0 {
		return false
	}
	switch v.caseOf(c) {
	case "including", "include":
		return true
	case "like", "as":
		return relationalNouns[v.lemmas[k]]
	}
	return false
}

// relationalNouns name actors by their relation to another ("allies", "partners").
var relationalNouns = wordClass("relational-noun")

// travelVerbs take a "for" phrase that says what the traveller went to do ("flew to
// Beijing for talks with Xi"): news tells the talks as held, as it tells the act of
// "landed in Erbil to meet" (enact-verb).
var travelVerbs = map[string]bool{"go": true, "come": true, "return": true, "leave": true, "visit": true}

// purposeParty returns the party of a meeting noun that is the purpose of a journey or a
// stay: "John Kerry flew to Beijing for talks with Xi", "Arriving for talks with NATO,
// Mogherini urged ...", "Macron is in Moscow for talks with Putin": the subject of the
// verb of travel (or of the place the subject is in). Nil for any other "for" phrase
// ("called for talks with Hamas" is a demand), and when the journey is to come ("will
// travel to Ankara for talks") or is negated.
func (v *sentence) purposeParty(t int) []int {
	w := v.word(t)
	h := w.Head
	if w.UPOS != "NOUN" || v.caseOf(t) != "for" || h <= 0 {
		return nil
	}
	switch rel := syntax.BaseRel(w.Deprel); {
	case rel == "obl" && v.word(h).UPOS == "VERB" && (enactVerbs[v.lemmas[h]] || travelVerbs[v.lemmas[h]]):
	case rel == "nmod" && v.actor[h] >= 0 && v.hasChild(h, "cop", "be") && v.hasChild(h, "case", "in"):
		// "is in Moscow for talks": the place is the clause's head ("are in talks in
		// preparation for a meeting" is no stay)
	default:
		return nil
	}
	if b, _ := v.qualify(h); b != "" || v.modalOrNegated(h) != "" {
		return nil
	}
	if as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h))); len(as) > 0 {
		return as
	}
	if len(v.subjects(h)) > 0 {
		return nil
	}
	return v.inheritedSubject(h)
}

// nameConjuncts returns the conjuncts the parser hung on a word inside the name the word
// at k is part of, other than k: in "sanctions on the Democratic Republic of the Congo and
// Rwanda" Rwanda is parsed as a conjunct of "Congo", the name's last word, while the name's
// head is "Republic". Conjuncts of k itself, and words of the same name, are left out.
func (v *sentence) nameConjuncts(k int) []int {
	a := v.actor[k]
	if a < 0 {
		return nil
	}
	var out []int
	for j := k - 1; j >= 1 && v.actor[j] == a; j-- {
		out = v.conjunctsOutside(j, a, out)
	}
	for j := k + 1; j <= len(v.s.Words) && v.actor[j] == a; j++ {
		out = v.conjunctsOutside(j, a, out)
	}
	return out
}

func (v *sentence) conjunctsOutside(j, a int, out []int) []int {
	for _, c := range v.kids[j] {
		if v.word(c).Deprel == "conj" && v.actor[c] != a {
			out = append(out, c)
		}
	}
	return out
}

// speakerOfTalks returns the speaker who reports on talks that name no other party as
// their own: a meeting noun that is the subject of the clause a speech verb reports
// ("Corbyn said talks with Barnier were very constructive", "Negotiations with the EU
// have made progress, Ross said"): who tells how the talks went took part in them. Nil for
// a meeting noun with an author of its own ("Trump's talks"), or between others. The
// speech verb is returned with the speaker.
func (v *sentence) speakerOfTalks(t int) ([]int, int) {
	w := v.word(t)
	if w.UPOS != "NOUN" || syntax.BaseRel(w.Deprel) != "nsubj" || w.Head <= 0 {
		return nil, 0
	}
	for _, c := range v.kids[t] {
		if d := v.word(c).Deprel; d == "nmod:poss" || d == "det" && v.lemmas[c] != "the" || syntax.BaseRel(d) == "nmod" && v.caseOf(c) == "between" {
			return nil, 0 // "their talks", "these talks", "talks between Iran and the EU"
		}
	}
	sp := 0
	if c := v.word(w.Head); c.Deprel == "ccomp" && c.Head > 0 && speechVerbs[v.lemmas[c.Head]] {
		sp = c.Head
	} else {
		for _, k := range v.kids[w.Head] {
			// "Talks with the EU made progress, Ross said": the speech verb parsed as
			// the clause's parataxis
			// (or its xcomp) after a comma, with a subject of its own
			if d := syntax.BaseRel(v.word(k).Deprel); (d == "parataxis" || d == "xcomp" || d == "ccomp" || d == "advcl") && speechVerbs[v.lemmas[k]] &&
				k > w.Head && len(v.subjects(k)) > 0 && v.word(v.subjects(k)[0]-1).Form == "," {
				sp = k
			}
		}
	}
	if sp == 0 {
		return nil, 0
	}
	if b, _ := v.qualify(sp); b != "" {
		return nil, 0
	}
	return v.argument(sp, v.subjects(sp)), sp
}

// comitatives returns the actors an "along with", "together with" or "alongside" phrase
// adds to the subject of the verb at t ("France, along with Germany, condemned Russia",
// "The United States, together with Britain, expelled ..."): the phrase hung on the
// subject, or on the verb between its subject and it. A phrase after the verb ("condemned
// the US along with its allies") is left alone: it may go with the object.
func (v *sentence) comitatives(t int) []int {
	subj := v.dependents(t, Slot{Rel: "nsubj"}, false)
	if len(subj) == 0 {
		return nil
	}
	first := subj[0]
	var out []int
	add := func(c int) {
		for _, a := range v.actorsOf(c) {
			if !contains(out, a) {
				out = append(out, a)
			}
		}
	}
	for _, s := range subj {
		for _, c := range v.kids[s] {
			if syntax.BaseRel(v.word(c).Deprel) == "nmod" && v.comitative(c) {
				add(c)
			}
		}
	}
	for _, c := range v.kids[t] {
		if c <= first || c >= t {
			continue
		}
		switch {
		case syntax.BaseRel(v.word(c).Deprel) == "obl" && v.comitative(c):
			add(c)
		case v.lemmas[c] == "together" || v.lemmas[c] == "along":
			// "together/advmod -> with Britain/obl"
			for _, g := range v.kids[c] {
				if syntax.BaseRel(v.word(g).Deprel) == "obl" && v.caseOf(g) == "with" {
					add(g)
				}
			}
		}
	}
	return out
}

// joinedParties returns the actors the subject joins in the act at t, its "in" clause:
// the object or "with" phrase of "join" ("Chile joined Peru in condemning Bolivia", "joined
// with Peru in calling for"), who take the same stand; none when the joining is not done
// ("will join", "refused to join").
func (v *sentence) joinedParties(t int) []int {
	w := v.word(t)
	j := w.Head
	if syntax.BaseRel(w.Deprel) != "advcl" || j <= 0 || v.lemmas[j] != "join" || !v.hasChild(t, "mark", "in") || v.modalOrNegated(j) != "" {
		return nil
	}
	var out []int
	for _, c := range v.kids[j] {
		if d := v.word(c).Deprel; d == "obj" || syntax.BaseRel(d) == "obl" && v.caseOf(c) == "with" {
			out = append(out, v.actorsOf(c)...)
		}
	}
	return out
}

// comitative reports whether the phrase at c is introduced by "alongside", "along with"
// or "together with".
func (v *sentence) comitative(c int) bool {
	with, along := false, false
	for _, k := range v.kids[c] {
		if syntax.BaseRel(v.word(k).Deprel) != "case" {
			continue
		}
		switch v.lemmas[k] {
		case "alongside":
			return true
		case "with":
			with = true
		case "along", "together":
			along = true
		}
		for _, f := range v.kids[k] {
			if v.word(f).Deprel == "fixed" && v.lemmas[f] == "with" {
				with = true
			}
		}
	}
	return with && along
}

// nearerOpponent returns the actors of an "against" phrase that the parser left on the
// noun a participle modifies, when the participle follows that phrase right away with
// no comma: in "pitting Iran-backed Houthi forces against a Saudi-led coalition supported
// by the U.S." the coalition is supported, not the forces (the nearer noun). Nil
// otherwise.
func (v *sentence) nearerOpponent(t int) []int {
	h := v.word(t).Head
	if h <= 0 || h >= t {
		return nil
	}
	for _, c := range v.kids[h] {
		if c <= h || c >= t || syntax.BaseRel(v.word(c).Deprel) != "nmod" || v.caseOf(c) != "against" {
			continue
		}
		last := c // the phrase must end right before the participle
		for _, g := range v.kids[c] {
			if g > last {
				last = g
			}
		}
		if last != t-1 {
			continue
		}
		if as := v.actorsOf(c); len(as) > 0 {
			return as
		}
	}
	return nil
}
