package frames

import (
	"slices"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file reads reciprocal acts: the parties a meeting or agreement is between
// (participants, meetingParty, setOffParty), every pair of them (everyPair), journeys,
// addressees, writing that is no meeting (writtenWith) and meetings called off (calledOff).

// circumstances are the prepositions of a circumstance of an act ("after its invasion",
// "in a phone call with", "at his meeting with"): what they name is told as done,
// whatever the modality of the act they situate.
var circumstances = wordClass("circumstance")

// participants returns the parties of a reciprocal noun that is its clause's subject and
// names no author, with the slot that named them: its "between" phrase ("Talks between
// Russia and Ukraine ended", "the deal between Peru and Chile was signed"), its
// "including" phrase ("talks including Iran and Iraq began") or the object of a relative
// clause that includes them ("the talks, which included Russia, Ukraine and Turkey,
// ended"); and those of the "between" or "among" phrase of a reciprocal noun in a
// circumstance of its clause ("during a call between Trump and Turnbull") or dated as done
// (pastMarked: "praised the 1929 treaty between Chile and Peru"). Nil otherwise: a
// reciprocal noun elsewhere is read by placedParticipants, where its clause tells it as
// done ("called for talks between A and B", "ahead of a summit between A and B", "the
// June 12 summit between A and B" are no act that took place).
func (v *sentence) participants(t int) ([]int, string) {
	w := v.word(t)
	if w.UPOS != "NOUN" || w.Head <= 0 {
		return nil, ""
	}
	if v.circumstance(t) || v.pastMarked(t) || v.jointAct(t) || v.counted(t) {
		// "during a phone call between Trump and Turnbull", "at a summit between Kim
		// and Moon": a circumstance is told as done, whatever the clause it situates;
		// so is an act its modifier dates as past or under way ("described the recent
		// call between Boric and Ruiz", "the 1993 accords between Peru and Chile") or
		// names as done together ("built as a joint venture between Chile and Peru"),
		// or counts or spans ("a year of talks between", "five calls between")
		for _, c := range v.kids[t] {
			if syntax.BaseRel(v.word(c).Deprel) == "nmod" && (v.caseOf(c) == "between" || v.caseOf(c) == "among") {
				return v.actorsOf(c), "nmod:" + v.caseOf(c)
			}
		}
		return nil, ""
	}
	if syntax.BaseRel(w.Deprel) != "nsubj" {
		return nil, ""
	}
	for _, c := range v.kids[t] {
		d := v.word(c).Deprel
		switch {
		case syntax.BaseRel(d) == "nmod" && (v.caseOf(c) == "between" || meetingMembers[v.caseOf(c)]):
			return v.actorsOf(c), "nmod:" + v.caseOf(c)
		case d == "acl:relcl" && meetingMembers[v.lemmas[c]]:
			if b, _ := v.qualify(c); b != "" {
				return nil, "" // "the talks, which could include Iran"
			}
			for _, s := range v.kids[c] {
				if syntax.BaseRel(v.word(s).Deprel) == "nsubj" && v.relativeAntecedent(s) == t {
					for _, o := range v.kids[c] {
						if v.word(o).Deprel == "obj" {
							return v.actorsOf(o), "relcl>" + v.lemmas[c] + ">obj"
						}
					}
				}
			}
		}
	}
	return nil, ""
}

// placedParticipants returns the parties named by the "between" phrase of a reciprocal
// noun that participants leaves, one that is no subject, circumstance, dated act, joint
// act or count: the object, oblique, modifier, conjunct or predicate of its clause
// ("brokered the treaty between Chile and Peru", "a statement on the call between Boric
// and Ruiz", "it was the only treaty between Lima and Quito"). participantPairs writes them
// only where qualify finds the noun told as done ("called for talks between", "any deal
// between", "a possible summit between" are none). Nil for a noun with an author of its
// own ("Peru's talks between ..."), and for a subject, which participants reads.
func (v *sentence) placedParticipants(t int) []int {
	w := v.word(t)
	if w.UPOS != "NOUN" || syntax.BaseRel(w.Deprel) == "nsubj" || syntax.BaseRel(w.Deprel) == "compound" {
		return nil
	}
	var ps []int
	for _, c := range v.kids[t] {
		d := v.word(c).Deprel
		if d == "nmod:poss" {
			return nil
		}
		if syntax.BaseRel(d) == "nmod" && v.caseOf(c) == "between" {
			ps = v.actorsOf(c)
		}
	}
	return ps
}

// unstatedCases are the prepositions of a phrase that names an act not told as done
// (class unstated-case): one to come ("ahead of a summit between", "the path to a deal
// between", "worked toward talks between") or one a comparison names ("no more than an
// agreement between").
var unstatedCases = wordClass("unstated-case")

// comparativeWords are comparatives the tagger may miss ("deeper/JJ cooperation") (class
// comparative-word).
var comparativeWords = wordClass("comparative-word")

// placeUndone returns why the reciprocal noun at t, read by placedParticipants, names no
// act done where qualify finds none: a phrase of a preposition of class unstated-case; an
// apposition to a noun that names none ("a planned summit, the first meeting between");
// a comparative modifier ("deeper cooperation between", "closer ties": one wished for);
// or the clause that holds it, its verb or predicate noun modal or negated ("could
// affect a deal between", "is not a revival of the pact between", which qualify lets
// stand for the deal as a thing), an infinitive ("made trips to broker an agreement
// between": an aim) or a gerund ("the chances of negotiating a deal between": an act
// under way or hoped for). "" when none.
func (v *sentence) placeUndone(t int) string {
	w := v.word(t)
	for k := t; k > 0; k = v.word(k).Head {
		// up the chain of phrases: "ahead of a new round of talks between"
		if b := syntax.BaseRel(v.word(k).Deprel); b != "obl" && b != "nmod" {
			break
		}
		if unstatedCases[v.caseOf(k)] {
			return "not done: " + v.caseOf(k)
		}
		if c := v.caseToken(k); c > 1 && unstatedCases[strings.ToLower(v.word(c-1).Form)] {
			return "not done: " + strings.ToLower(v.word(c-1).Form) // "ahead of", "ahead" hung apart
		}
		if h := v.word(k).Head; h > 0 && unstatedCases[v.lemmas[h]] {
			return "not done: " + v.lemmas[h] // "ahead of a summit between", hung on "ahead"
		}
	}
	if w.Deprel == "appos" && w.Head > 0 {
		if r, _ := v.qualify(w.Head); r != "" {
			return r
		}
		return v.placeUndone(w.Head)
	}
	for _, c := range v.kids[t] {
		x := v.word(c)
		f := strings.ToLower(x.Form)
		switch base := syntax.BaseRel(x.Deprel); {
		case base == "amod" && (x.XPOS == "JJR" || comparativeWords[f]):
			return "not done: " + f
		case base == "amod" && f == "next":
			return "hypothetical: next" // "the next meeting between"
		case base == "det" && (f == "a" || f == "an"):
			return "hypothetical: " + f // "a deal between Chile and Peru": none in particular
		case (base == "compound" || base == "nummod" || base == "nmod") && (calendarWords[f] || x.UPOS == "NUM"):
			// "the June 12 summit between": a day, which may be to come
			return "not done: dated by a day"
		}
	}
	for h := t; h > 0; h = v.word(h).Head {
		if h != t && v.word(h).UPOS != "VERB" && !v.hasKid(h, "cop") {
			continue
		}
		if b := v.modalOrNegated(h); b != "" {
			return b
		}
		if h == t {
			continue
		}
		if v.hasChild(h, "mark", "to") {
			return "purpose: to"
		}
		if v.word(h).XPOS == "VBG" && !v.hasKid(h, "aux") {
			return "not done: " + strings.ToLower(v.word(h).Form)
		}
		break
	}
	return ""
}

// spanNouns name a span of time through which their "of" phrase went on (class span-noun).
var spanNouns = wordClass("span-noun")

// counted reports whether the plural act noun at t is counted or spanned: the "of" phrase
// of a span of time or a quantity noun ("a year of talks", "months of negotiations", "a
// series of meetings"), or counted by a number of two or more ("five phone calls"), where
// the count is an argument or phrase of a verb or noun (not "ahead of a new round of
// talks", "before two summits"). Acts counted are told as done, as far as their clause
// says (participantPairs checks it).
func (v *sentence) counted(t int) bool {
	w := v.word(t)
	if w.XPOS != "NNS" {
		return false
	}
	if h := w.Head; h > 0 && syntax.BaseRel(w.Deprel) == "nmod" && v.caseOf(t) == "of" && (spanNouns[v.lemmas[h]] || quantityNouns[v.lemmas[h]]) {
		return v.countInClause(h)
	}
	for _, c := range v.kids[t] {
		if v.word(c).Deprel == "nummod" && !singleCounts[strings.ToLower(v.word(c).Form)] {
			return v.countInClause(t)
		}
	}
	return false
}

// singleCounts count no more than one act ("one meeting").
var singleCounts = map[string]bool{"1": true, "one": true, "zero": true, "0": true}

// wishNouns name a wish, plan or schedule of an act (class wish-noun).
var wishNouns = wordClass("wish-noun")

// countInClause reports whether the count at n is a verb's argument or circumstance
// ("hosted a year of talks", "during months of negotiations") or a phrase of a noun that
// is no wish or plan ("diplomacy, including five calls"; not "plans for two rounds of
// talks"): a phrase of another case ("ahead of a new round of talks", "before two
// summits") tells of acts to come.
func (v *sentence) countInClause(n int) bool {
	h := v.word(n).Head
	if h <= 0 {
		return false
	}
	switch c := v.caseOf(n); v.word(h).UPOS {
	case "VERB":
		return c == "" || circumstances[c]
	case "NOUN":
		return !pendingMarks[c] && !wishNouns[v.lemmas[h]]
	}
	return false
}

// pastMarks are adjectives that tell an act took place or is under way (class
// past-mark, with the class under-way: "the recent talks", "the ongoing talks").
var pastMarks = wordClass("past-mark")

// pastMarked reports whether a modifier of the act noun at t dates it as done or under
// way: an adjective of class past-mark or under-way ("the recent call", "the ongoing
// talks", "their last meeting"), a year ("the 1993 accords"), or a possessive of past time
// ("last week's summit", "yesterday's talks"). Not a day or month ("the June 12 summit"),
// which may be still to come.
func (v *sentence) pastMarked(t int) bool {
	if v.word(t).UPOS != "NOUN" {
		return false
	}
	for _, c := range v.kids[t] {
		x := v.word(c)
		f := strings.ToLower(x.Form)
		switch syntax.BaseRel(x.Deprel) {
		case "amod":
			if pastMarks[f] || underWay[f] {
				return true
			}
		case "compound", "nummod":
			if len(f) == 4 && (strings.HasPrefix(f, "19") || strings.HasPrefix(f, "20")) && strings.Trim(f, "0123456789") == "" {
				return true
			}
		case "nmod":
			if x.Deprel == "nmod:poss" && (f == "yesterday" || v.hasChild(c, "amod", "last")) {
				return true
			}
		}
	}
	return false
}

// journeyWords are the words of a journey that is a visit only when a person makes it
// (class `journey-word`).
var journeyWords = wordClass("journey-word")

// gatheringNouns name a gathering that a journey made for it does not make a visit of the
// place's country, unless the gathering names it (class `gathering-noun`); partyNouns name
// one only when they name parties and the place is none of them (class `party-noun`);
// attendVerbs take the gathering as their object (class `attend-verb`).
var (
	gatheringNouns = wordClass("gathering-noun")
	partyNouns     = wordClass("party-noun")
	attendVerbs    = wordClass("attend-verb")
)

// gatheringOfOthers returns the noun of a gathering of others that the journey at t is
// made for, in its "for" phrase or as the object of an infinitive of attending: "arrived
// in Hanoi for the summit", "arrived in Quito for the summit of the Andean Pact", "flew to
// Geneva for talks with Lavrov", "arrived in Singapore to attend the summit"; those who
// travel there for it visit no government of the place. A gathering that names the place
// or a party of its side ("for talks with Abu Dhabi's crown prince", "for a summit with
// Ecuador"), and talks or a meeting that name no party ("flew to Moscow for talks") leave
// the visit; 0 then.
func (v *sentence) gatheringOfOthers(t int, tgt []int) int {
	for _, c := range v.kids[t] {
		n, rel := c, syntax.BaseRel(v.word(c).Deprel)
		switch {
		case (rel == "obl" || rel == "nmod") && v.caseOf(c) == "for":
		case (rel == "advcl" || rel == "xcomp") && attendVerbs[v.lemmas[c]]:
			n = 0
			for _, o := range v.kids[c] {
				if v.word(o).Deprel == "obj" {
					n = o
				}
			}
		default:
			continue
		}
		if n == 0 || !gatheringNouns[v.lemmas[n]] && !partyNouns[v.lemmas[n]] {
			continue
		}
		parties := v.actorsUnder(n)
		if slices.ContainsFunc(tgt, func(a int) bool { return party(v.actors, a, parties) }) || len(parties) == 0 && partyNouns[v.lemmas[n]] {
			return 0
		}
		return n
	}
	return 0
}

// actorsUnder returns the actors named in the phrase headed by k, k's own included.
func (v *sentence) actorsUnder(k int) []int {
	var out []int
	for i := 1; i < len(v.actor); i++ {
		if a := v.actor[i]; a >= 0 && (i == k || v.under(i, k)) && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// allPersons reports whether every actor of as is a person.
func (v *sentence) allPersons(as []int) bool {
	for _, a := range as {
		if !v.person[a] {
			return false
		}
	}
	return len(as) > 0
}

// circumstance reports whether the noun at t is a circumstance of its clause: an
// oblique or a nominal modifier whose preposition is of class `circumstance` ("after
// talks", "during a call", "at a summit").
func (v *sentence) circumstance(t int) bool {
	b := syntax.BaseRel(v.word(t).Deprel)
	return (b == "obl" || b == "nmod") && circumstances[v.caseOf(t)]
}

// betweenNamed reports whether the noun at t has a "between" phrase that names two
// actors or more.
func (v *sentence) betweenNamed(t int) bool {
	for _, c := range v.kids[t] {
		if syntax.BaseRel(v.word(c).Deprel) == "nmod" && v.caseOf(c) == "between" && len(v.actorsOf(c)) >= 2 {
			return true
		}
	}
	return false
}

// meetingMembers are the verbs of a relative clause that name a meeting's parties,
// and the prepositions ("including") that do.
var meetingMembers = map[string]bool{"include": true, "involve": true, "including": true, "involving": true}

// maxReciprocal is the most coordinated actors read as acting on each other: "Chile,
// Peru and Bolivia signed a pact" is three agreements of two, but an accord "clinched by
// the United States, France, Britain, Germany, Russia, China and Iran" is one accord of
// seven, not twenty-one of two.
const maxReciprocal = 3

// Reciprocal reports whether an act of the type done by coordinated actors with no
// object is done between them ("Japan and the Philippines signed a pact").
func Reciprocal(t geokg.RelationType) bool {
	switch t {
	case geokg.Meets, geokg.SignsAgreementWith, geokg.CooperatesWith, geokg.RestoresTiesWith, geokg.SeversTiesWith:
		return true
	}
	return false
}

// firstPerson reports whether the actors as are all named by first-person pronouns ("we",
// "I": a quotation's speaker, as the caller resolved them).
func (v *sentence) firstPerson(as []int) bool {
	if len(as) == 0 {
		return false
	}
	for _, a := range as {
		named := false
		for k := 1; k < len(v.actor); k++ {
			if v.actor[k] != a {
				continue
			}
			if l := v.lemmas[k]; l != "we" && l != "i" {
				return false
			}
			named = true
		}
		if !named {
			return false
		}
	}
	return true
}

// personVerbs are a meeting only between people.
var personVerbs = wordClass("person-verb")

// meetingParty returns the subject of the clause a meeting noun sets the scene of ("Pompeo
// said in a call with Guterres", "Iran said after talks with Russia that ..."): the
// noun's verb's subject, when the noun is that verb's "in", "during", "after", "at" or
// "following" phrase and has no party of its own. Nil otherwise.
func (v *sentence) meetingParty(t int) []int {
	w := v.word(t)
	switch v.caseOf(t) {
	case "in", "during", "after", "at", "following":
	default:
		return nil
	}
	if rel := syntax.BaseRel(w.Deprel); w.UPOS == "NOUN" && w.Head > 0 && (rel == "nmod" || rel == "obl" && v.word(w.Head).UPOS != "VERB") {
		return v.setOffParty(t)
	}
	if w.UPOS != "NOUN" || syntax.BaseRel(w.Deprel) != "obl" || w.Head <= 0 || v.word(w.Head).UPOS != "VERB" {
		return nil
	}
	return v.clauseSubject(w.Head)
}

// occasionVerb returns the verb whose occasion the meeting noun at t is, when the noun
// names no party of its own: its "during", "at", "in", "after" or "following" phrase
// ("Peru and Chile discussed trade during talks", "in a meeting on Monday, Boric and
// Ruiz agreed to ..."). 0 for other types, for a passive verb and one whose act is not
// done ("were criticised at the summit", "will discuss trade during talks"), and for a
// noun with an actor on it other than its place ("at the OAS summit", "during talks with
// Bolivia", "at a meeting of EU ministers"; not "talks in Lima").
func (v *sentence) occasionVerb(t int, typ geokg.RelationType) int {
	w := v.word(t)
	switch v.caseOf(t) {
	case "in", "during", "after", "at", "following":
	default:
		return 0
	}
	h := w.Head
	if typ != geokg.Meets || w.UPOS != "NOUN" || syntax.BaseRel(w.Deprel) != "obl" || h <= 0 || v.word(h).UPOS != "VERB" || isPassive(v, h) {
		return 0
	}
	if blocked, _ := v.qualify(h); blocked != "" {
		return 0
	}
	for _, k := range v.kids[t] {
		if c := v.caseOf(k); c != "in" && c != "at" && v.lemmas[k] != "their" && len(v.actorsOf(k)) > 0 {
			return 0
		}
	}
	return h
}

// courseVerbs go through or end a journey their subject makes (class course-verb:
// "wrapped up a visit to Lima", "ended a trip to Peru").
var courseVerbs = wordClass("course-verb")

// journeyParty returns who makes the journey at t (a visit or trip: destinationWord) as
// the words around the noun tell, and the path to them: the subject of a verb of class
// course-verb whose object it is ("Ruiz wrapped up a visit to Lima"), of a verb whose "on"
// or "from" phrase it is ("Ruiz said on a visit to Lima", "returned from a trip to
// Peru"). Nil otherwise (and for other meeting nouns: "cut off contacts with Peru",
// "commented on talks with Peru"), for a passive ("the visit was cut short"), and for a
// participle set off from a modal or negated clause, whose journey is not made either
// ("will leave next week, embarking on a trip to Peru").
func (v *sentence) journeyParty(t int) ([]int, argSlot) {
	w := v.word(t)
	h, c := w.Head, v.caseOf(t)
	switch {
	case w.UPOS != "NOUN" || !destinationWord(v.lemmas[t]):
	case w.Deprel == "obj" && h > 0 && courseVerbs[v.lemmas[h]] && !isPassive(v, h):
		return v.clauseSubject(h), slotVia(Slot{Rel: "nsubj<"}, v.lemmas[h], ">obj", "", "")
	case (c == "on" || c == "from") && syntax.BaseRel(w.Deprel) == "obl" && h > 0 && v.word(h).UPOS == "VERB" && !isPassive(v, h) && !v.modalParticiple(h):
		return v.clauseSubject(h), slotVia(Slot{Rel: "nsubj<"}, v.lemmas[h], ">obl", "", "")
	}
	return nil, argSlot{}
}

// midstNouns hold what goes on in their "of" phrase (class midst-noun: "in the midst of
// talks").
var midstNouns = wordClass("midst-noun")

// midstHead returns the midst noun whose "of" phrase t is ("the midst of talks"), else t.
func (v *sentence) midstHead(t int) int {
	if h := v.word(t).Head; h > 0 && v.caseOf(t) == "of" && midstNouns[v.lemmas[h]] {
		return h
	}
	return t
}

// copularParty returns the subject a copula puts in the journey or talks at t: "Ruiz is on
// a state visit to Lima", "Peru is in talks with Chile", "Peru and Chile are in the midst
// of talks" (then each other's party). Nil for other phrases ("Peru is on talks with
// Chile") and nouns, and for a midst modal or negated ("are not in the midst of talks").
func (v *sentence) copularParty(t int) []int {
	k := v.midstHead(t)
	c := v.caseOf(k)
	if v.word(t).UPOS != "NOUN" || !v.hasKid(k, "cop") || !(c == "on" && destinationWord(v.lemmas[t]) || c == "in" && partyNouns[v.lemmas[t]]) {
		return nil
	}
	if k != t && v.modalOrNegated(k) != "" {
		return nil // "are not in the midst of talks"
	}
	return v.argument(k, v.dependents(k, Slot{Rel: "nsubj"}, false))
}

// clauseSubject returns the subject actors of the verb at h (the agent of a passive), else
// those its clause inherits.
func (v *sentence) clauseSubject(h int) []int {
	if as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h))); len(as) > 0 {
		return as
	}
	return v.inheritedSubject(h)
}

// modalParticiple reports whether the verb at h is a participle of an adverbial clause
// whose governing clause is modal or negated ("will leave, embarking on a trip").
func (v *sentence) modalParticiple(h int) bool {
	w := v.word(h)
	return w.XPOS == "VBG" && syntax.BaseRel(w.Deprel) == "advcl" && w.Head > 0 && v.modalOrNegated(w.Head) != ""
}

// callNouns name a conversation at a distance ("in a phone call", "during a telephone
// conversation"); addressVerbs speak to their object ("told", "urged", "invited").
var callNouns, addressVerbs = wordClass("call-noun"), wordClass("address-verb")

// callAddressee returns the person a call with no party of its own was made to: the
// object of the active verb of class address-verb whose "in" or "during" phrase the call
// noun t is ("Boric told Ruiz in a phone call that ...", "invited Ruiz to Lima during a
// telephone conversation"). Nil for other nouns ("told Ruiz at a news conference": a
// conference is no talk between the two), other verbs ("praised Ruiz in a call": Ruiz is
// what was said, not who heard it), a passive or qualified verb, and an object that is no
// person ("told CNN in a phone call", "assured the government").
func (v *sentence) callAddressee(t int) []int {
	w := v.word(t)
	if !callNouns[v.lemmas[t]] || syntax.BaseRel(w.Deprel) != "obl" || w.Head <= 0 {
		return nil
	}
	if c := v.caseOf(t); c != "in" && c != "during" {
		return nil
	}
	h := w.Head
	if v.word(h).UPOS != "VERB" || !addressVerbs[v.lemmas[h]] || isPassive(v, h) {
		return nil
	}
	if b, _ := v.qualify(h); b != "" {
		return nil
	}
	var out []int
	for _, rel := range []string{"obj", "iobj"} {
		for _, a := range v.argument(h, v.dependents(h, Slot{Rel: rel}, false)) {
			if v.person[a] && !contains(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// callFollowers are the words that may follow the person called on the phone ("called
// Ruiz on Monday", "called Ruiz to congratulate him", "called Ruiz and told him", "called
// Ruiz."); anything else there is as often a label ("called Ruiz a liar", "calling Ruiz
// “Rocket Man”", "called Ruiz, the host, weak").
var callFollowers = wordClass("call-follower")

// quoteMarks open or close a quotation.
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true, "'": true, "‘": true, "’": true}

// labelsObject reports whether the verb at t, a verb that also labels (class
// label-verb: "call"), says something of its object rather than reaching it: no object
// that names an actor ("Chile and Peru called for talks", "called the attack barbaric":
// no call between them), a quotation after the verb ("called Ruiz a “liar”"), an open
// complement
// ("called Ruiz a threat", "called Ruiz to testify": a label or a summons), a second
// noun phrase ("called Ruiz a liar", parsed as an unmarked oblique; not a time: "called
// Ruiz Monday"), an "as" phrase ("called Ruiz as a witness"), a verdict ("called Ruiz's
// remarks unacceptable"), or a word after the object's phrase that no phone call has
// there (callFollowers). "Boric called Ruiz on Monday to congratulate him" is a phone
// call: its "to" clause is the caller's purpose.
func (v *sentence) labelsObject(t int) bool {
	if !labelVerbs[v.lemmas[t]] || v.word(t).UPOS != "VERB" {
		return false
	}
	objs := v.dependents(t, Slot{Rel: "obj"}, false)
	if len(objs) == 0 || len(v.actorsOf(objs[0])) == 0 {
		return true // "Chile and Peru called the attack barbaric": no call between them
	}
	for k := t + 1; k <= len(v.s.Words); k++ {
		if quoteMarks[v.word(k).Form] {
			return true // "called Ruiz a “liar”", "calling Ruiz “Rocket Man”"
		}
	}
	for _, k := range v.kids[t] {
		switch d := v.word(k).Deprel; {
		case d == "xcomp":
			return true
		case d == "obl:unmarked" && !syntax.TimeNoun(v.lemmas[k]):
			return true
		case syntax.BaseRel(d) == "obl" && v.caseOf(k) == "as":
			return true
		}
	}
	if next := v.phraseEnd(objs[0]) + 1; next <= len(v.s.Words) {
		if w := v.word(next); !callFollowers[strings.ToLower(w.Form)] && !syntax.TimeNoun(w.Lemma) {
			return true
		}
	}
	return v.givesVerdict(t)
}

// phraseEnd returns the position of the last word of the phrase headed by k.
func (v *sentence) phraseEnd(k int) int {
	end := k
	for _, c := range v.kids[k] {
		if e := v.phraseEnd(c); e > end {
			end = e
		}
	}
	return end
}

// setOffParty returns the party of a meeting noun whose phrase is set off by a comma and
// hangs on a noun ("Baka, in talks with the IMF, said", "officials finished the rules,
// in consultation with Iraqi diplomats"): the phrase belongs to the clause, so the party
// is the noun itself when it is the clause's subject, else the subject of the verb the
// noun is an argument of. Nil when no comma sets the phrase off.
func (v *sentence) setOffParty(t int) []int {
	c := 0
	for _, k := range v.kids[t] {
		if syntax.BaseRel(v.word(k).Deprel) == "case" {
			c = k
			break
		}
	}
	if c <= 1 || v.word(c-1).Form != "," {
		return nil
	}
	n := v.word(t).Head
	for steps := 0; steps < 3 && n > 0; steps++ {
		w := v.word(n)
		switch syntax.BaseRel(w.Deprel) {
		case "nsubj":
			return v.actorsOf(n)
		case "obj", "obl", "iobj":
			h := w.Head
			if h <= 0 || v.word(h).UPOS != "VERB" {
				return nil
			}
			if as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h))); len(as) > 0 {
				return as
			}
			return v.inheritedSubject(h)
		case "nmod", "appos", "conj":
			n = w.Head
			continue
		}
		return nil
	}
	return nil
}

// addressee reports whether the verb at t names the one it addresses: an indirect
// object, a pronoun or name as its object ("the leaders of Germany and France told
// him", "Britain and France called them"), or people (people) in its "with" phrase or as
// the object of "meet", who are the other party of a contact, not the coordinated
// subjects each other. A name that is the object the frame requires (cs) names the act,
// not another party ("Peru and Chile signed the Lima Accord").
func (v *sentence) addressee(t int, cs []Constraint) bool {
	if v.word(t).UPOS != "VERB" {
		return false
	}
	for _, k := range v.kids[t] {
		switch d := v.word(k).Deprel; {
		case d == "iobj":
			return true
		case d == "obj" && requiredObject(cs, v.lemmas[k]):
		case d == "obj":
			if u := v.word(k).UPOS; u == "PRON" || u == "PROPN" && !calendarWords[strings.ToLower(v.lemmas[k])] {
				return true // not "spoke Tuesday", a time the parser took for an object
			}
			if v.lemmas[t] == "meet" && v.people(k) {
				return true // "Boric and Ruiz met business leaders" (not "visited the town")
			}
		case syntax.BaseRel(d) == "obl" && v.caseOf(k) == "with" && v.people(k):
			return true // "met with the lawmakers", "with a delegation of farmers"
		}
	}
	return false
}

// requiredObject reports whether the constraints cs require lemma as the object.
func requiredObject(cs []Constraint, lemma string) bool {
	for _, c := range cs {
		if c.Slot == (Slot{Rel: "obj"}) && contains(c.Lemmas, lemma) {
			return true
		}
	}
	return false
}

// people reports whether the noun at k names people another than each other: a name,
// an agent noun ("the lawmakers", "business leaders"), a plural or a body of people
// (class `people-noun`: "a delegation"); not "each other", "one another".
func (v *sentence) people(k int) bool {
	w := v.word(k)
	if v.lemmas[k] == "other" || v.lemmas[k] == "another" || v.mutualAct(w.Head) {
		return false
	}
	switch {
	case w.UPOS == "PROPN":
		return !calendarWords[v.lemmas[k]]
	case w.UPOS != "NOUN":
		return false
	}
	return v.stands(v.lemmas[k]) != Unknown || w.XPOS == "NNS" || peopleNouns[v.lemmas[k]]
}

// peopleNouns are nouns of a body of people (class people-noun: "a delegation").
var peopleNouns = wordClass("people-noun")

// exerciseNouns name military exercises (class exercise-noun: "the Chile-Peru drills").
var exerciseNouns = wordClass("exercise-noun")

// mutualAct reports whether the act at t is one its subjects do to each other: an object
// or oblique "each" or "one" followed by "other" or "another" ("Peru and Bolivia have
// been attacking each other", "shelled one another"), wherever the parser hangs the
// second word.
func (v *sentence) mutualAct(t int) bool {
	for _, k := range v.kids[t] {
		if r := syntax.BaseRel(v.word(k).Deprel); (r == "obj" || r == "obl") && k+1 < len(v.lemmas) {
			if l := v.lemmas[k]; (l == "each" || l == "one") && (v.lemmas[k+1] == "other" || v.lemmas[k+1] == "another") {
				return true
			}
		}
	}
	return false
}

// calendarWords are the names of days and months (class calendar-word).
var calendarWords = wordClass("calendar-word")

// oneSide reports whether two of the actors ps are one side: one entity, or an official
// and the country or body they speak for (two officials of one country are two).
func oneSide(actors []Actor, ps []int) bool {
	for i, a := range ps {
		for _, b := range ps[i+1:] {
			x, y := actors[a], actors[b]
			if x.ID == y.ID || x.Side != "" && x.Side == y.ID || y.Side != "" && y.Side == x.ID {
				return true
			}
		}
	}
	return false
}

// everyPair appends m for every pair of distinct actors of ps, the earlier as its source
// (a reciprocal act among them: "the foreign ministers of Germany, France and Italy met"
// is three meetings of two), skipping pairs seen for m's trigger and a person paired with
// the state or body they speak for (ownBody).
func everyPair(out []Match, seen map[[3]int]bool, actors []Actor, ps []int, m Match) []Match {
	for i, a := range ps {
		for _, b := range ps[i+1:] {
			key := [3]int{a, b, m.Trigger}
			if actors[a].ID == actors[b].ID || seen[key] || ownBody(actors[a], actors[b]) {
				continue
			}
			seen[key] = true
			m.Source, m.Target = a, b
			out = append(out, m)
		}
	}
	return out
}

// tellingVerbs are the meetings read from telling someone something, which a written
// message makes no meeting (a journey or a meeting told of in writing stays one: "'Just
// arrived in Vietnam,' he wrote in a Twitter post").
var tellingVerbs = map[string]bool{"tell": true, "assure": true, "brief": true, "inform": true}

// writingNouns name a written message: one who tells or assures another in one has not met
// him ("told Barr in a letter", "in a tweet, telling Tillerson he was wasting his time").
var writingNouns = wordClass("writing-noun")

// writtenWith returns the word of a written message (writingNouns) that the verb at t, or
// the verb it is a participle, complement or conjunct of, takes as an oblique with "in",
// "by", "via" or "on" ("told Barr in a letter", "dismissed the efforts in a tweet, telling
// Tillerson ..."), or 0.
func (v *sentence) writtenWith(t int) int {
	for k, hop := t, 0; k > 0 && hop < 2; k, hop = v.word(k).Head, hop+1 {
		for _, c := range v.kids[k] {
			if syntax.BaseRel(v.word(c).Deprel) != "obl" || !writingNouns[v.lemmas[c]] {
				continue
			}
			switch v.caseOf(c) {
			case "in", "by", "via", "on":
				return c
			}
		}
		switch syntax.BaseRel(v.word(k).Deprel) {
		case "advcl", "xcomp", "conj":
		default:
			return 0
		}
	}
	return 0
}

// othersThanVenues returns the targets of the journey at t (destinationWord) but
// the places it went to only to meet others: when its purpose (purposeParties) names parties and none is the
// target or of its side, the target is the venue ("flew to Peru for talks with Bolivia",
// "traveled to Peru to meet Soto" of Bolivia); "for talks with Vega" of Peru, or talks
// that name no party, keep it.
func (v *sentence) othersThanVenues(actors []Actor, t int, tgt []int) []int {
	ps := v.purposeParties(t)
	if len(ps) == 0 {
		return tgt
	}
	var out []int
	for _, a := range tgt {
		if party(actors, a, ps) {
			out = append(out, a)
		}
	}
	return out
}

// purposeParties returns the parties the purpose of the act at t names: those "with"
// whom a gathering or talks (classes gathering-noun, party-noun) in its "for" phrase were ("for talks with Bolivia"), or whom the
// "meet" of its to-infinitive meets ("to meet Soto", "to meet with Soto").
func (v *sentence) purposeParties(t int) []int {
	for _, k := range v.kids[t] {
		d, l := syntax.BaseRel(v.word(k).Deprel), v.lemmas[k]
		switch {
		case d == "obl" && v.caseOf(k) == "for" && v.word(k).UPOS == "NOUN" && (partyNouns[l] || gatheringNouns[l]):
			return v.argument(k, v.dependents(k, Slot{Rel: "nmod", Case: "with"}, false))
		case (d == "advcl" || d == "xcomp") && l == "meet" && v.hasChild(k, "mark", "to"):
			if as := v.argument(k, v.dependents(k, Slot{Rel: "obj"}, false)); len(as) > 0 {
				return as
			}
			return v.argument(k, v.dependents(k, Slot{Rel: "obl", Case: "with"}, false))
		}
	}
	return nil
}

// destinationWord reports whether lemma is a word of a journey whose target is the place
// gone to: a journey-word ("flew to Peru", "arrived in Lima") or a visit or landing (class
// destination-word: "visited Peru", "landed in Lima").
func destinationWord(lemma string) bool {
	return journeyWords[lemma] || destinationWords[lemma]
}

var destinationWords = wordClass("destination-word")

// toAssembly reports whether the verb at t speaks "to" an assembly (class assembly-noun:
// "spoke to the General Assembly", "talked to parliament"): a speech before it, not a
// meeting with it.
func (v *sentence) toAssembly(t int) bool {
	for _, k := range v.dependents(t, Slot{Rel: "obl", Case: "to"}, false) {
		if assemblyNouns[v.lemmas[k]] {
			return true
		}
	}
	return false
}

// speakingVerbs are the verbs of speaking "to" someone (class speaking-verb), and
// assemblyNouns the assemblies one speaks to in a speech (class assembly-noun).
var speakingVerbs, assemblyNouns = wordClass("speaking-verb"), wordClass("assembly-noun")

// Words of calledOff (classes of frames/data/words.txt): verbs, and verbs with their
// particle ("call-off"), that call an act off before it takes place, and modifiers that
// tell it had begun.
var (
	callOffVerbs    = wordClass("call-off-verb")
	callOffPhrasals = wordClass("call-off-phrasal")
	underWay        = wordClass("under-way")
)

// calledOff returns the verb whose object (or passive subject) the act noun at t is and that
// calls it off before it takes place ("cancelled his visit to Peru", "postponed the summit
// with Arce", "called off talks with Bolivia", "Boric's visit to Peru was scrapped"), or 0; a noun a modifier tells was under way took place
// ("cancelled the talks ongoing for a year", "scrapped the current talks", "the talks with
// Peru that had gone on for a year").
func (v *sentence) calledOff(t int) int {
	h, rel := v.word(t).Head, v.word(t).Deprel
	if rel != "obj" && rel != "nsubj:pass" || h <= 0 {
		return 0
	}
	called := callOffVerbs[v.lemmas[h]]
	for _, c := range v.kids[h] {
		if x := v.word(c); x.Deprel == "compound:prt" && callOffPhrasals[v.lemmas[h]+"-"+strings.ToLower(x.Form)] {
			called = true
		}
	}
	if !called || v.underWay(t) {
		return 0
	}
	return h
}

// underWay reports whether a modifier of the act noun at t tells it had begun: a clause
// or participle ("the negotiations ongoing for a year", also within eight words when the
// parser loses it: "that had gone on"), an adjective of class under-way ("the current
// talks"), or a clause on its "with" phrase ("the talks with Peru that had gone on").
func (v *sentence) underWay(t int) bool {
	for k := t + 1; k+1 < len(v.lemmas) && k <= t+8; k++ {
		if w := strings.ToLower(v.word(k).Form); w == "ongoing" || (w == "that" || w == "which") && slices.Contains([]string{"had", "have", "were"}, strings.ToLower(v.word(k+1).Form)) {
			return true
		}
	}
	for _, c := range v.kids[t] {
		x := v.word(c)
		if rel := syntax.BaseRel(x.Deprel); rel == "acl" || rel == "amod" && underWay[strings.ToLower(x.Form)] {
			return true
		}
		if syntax.BaseRel(x.Deprel) == "nmod" {
			for _, g := range v.kids[c] {
				if syntax.BaseRel(v.word(g).Deprel) == "acl" {
					return true
				}
			}
		}
	}
	return false
}

// CalledOff reports whether, on the parse s, the act noun at word w (1-based) is the object
// of a verb that calls it off before it takes place (calledOff: "canceled a meeting with",
// "turned down talks with"), so the pattern table's noun readings ask what the frames ask.
func (m *Matcher) CalledOff(s *syntax.Sentence, w int) bool {
	if s == nil || w < 1 || w > len(s.Words) {
		return false
	}
	return newSentence(s, nil, m.stands).calledOff(w) > 0
}
