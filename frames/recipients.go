package frames

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file finds who receives a reaction named by a noun whose author stands in its
// "from" phrase ("criticism from Chile", "calls from Chile") or modifies it ("Chile's
// calls", "Chilean protests"): the noun names no target, the clause it is part of does.

var (
	// Verbs whose subject receives the reaction that is their object: "ignored calls from
	// Chile", "faced criticism from Chile", "received a request from Chile".
	receivedVerbs = wordClass("received-verb")
	// Of those, the verbs that take a threat as one made to the subject: "defied threats
	// from Beijing" (not "faces a threat from Iran": a danger, no act).
	defiedVerbs = wordClass("defied-verb")
	// Verbs whose subject draws the praise or criticism that is their object: "won praise
	// from Chile", "Peru's remarks prompted criticism from Chile".
	drawnVerbs = wordClass("drawn-verb")
)

// receives reports whether the verb at h makes its subject receive a reaction of type
// typ that is its object: a received verb, for a threat a defied one, and for praise or
// criticism a verb that draws it.
func (v *sentence) receives(h int, typ geokg.RelationType) bool {
	l := v.lemmas[h]
	if typ == geokg.Condemns || typ == geokg.Supports {
		return receivedVerbs[l] || drawnVerbs[l]
	}
	return receivedVerbs[l] && (typ != geokg.Threatens || defiedVerbs[l])
}

// reactionRecipient returns the actors that receive the reaction named by the noun t of
// type typ, whose author is the actor of its "from" phrase or of its modifier, the clause
// whose subject they are, and whether they are that subject's owner:
//
//	[Peru] has come under criticism from Chile        the subject of the verb "under" hangs on
//	[Peru] is under criticism from Chile              the subject of the "under" phrase
//	[Peru] refused despite pleas from Chile           the subject of the clause "despite" hangs on
//	[Peru's] tests went on despite condemnation from  the owner of that subject
//	[Peru] ignored calls from Chile                   the subject of a verb of class received-verb
//	[Peru] won praise from Chile                      or, for praise or criticism, drawn-verb
//
// A threat is received only when defied or ignored ("despite threats from Beijing",
// "defied threats from Beijing"): "is under threat from Iran" and "faces threats from Iran"
// tell of a danger. Nil when the noun stands elsewhere, or the clause names no actor.
func (v *sentence) reactionRecipient(t int, typ geokg.RelationType) (as []int, clause int, owner bool) {
	if q := v.reactionCount(t); q > 0 {
		t = q // "drew a wave of criticism from Chile": the count stands where the noun would
	}
	w := v.word(t)
	h := w.Head
	threat := typ == geokg.Threatens
	rel := syntax.BaseRel(w.Deprel)
	cs := v.caseOf(t)
	despite := false
	switch {
	case v.hasChild(t, "cop", "be") && cs == "under" && !threat:
		clause = t // "is under criticism from"
	case h <= 0:
		return nil, 0, false
	case rel == "obl" && cs == "under" && v.word(h).UPOS == "VERB" && !threat:
		clause = h // "came under criticism from"
	case (rel == "obl" || rel == "nmod") && (cs == "despite" || cs == "of" && v.hasFixed(t, "spite")):
		// "despite pleas from", "in spite of protests from"; hung on the object
		// ("held the vote despite threats from"): the clause's
		clause, despite = h, true
		if rel == "nmod" && v.word(h).UPOS != "VERB" {
			clause = v.word(h).Head
		}
		if clause <= 0 || v.word(clause).UPOS != "VERB" {
			return nil, 0, false
		}
	case rel == "obj" && v.word(h).UPOS == "VERB" && v.receives(h, typ):
		clause = h // "ignored calls from", "received a request from"
	default:
		return nil, 0, false
	}
	if !despite && v.modalOrNegated(clause) != "" {
		// "may come under criticism", "did not receive a request" (what a clause does
		// despite a reaction leaves the reaction made: "did not withdraw despite calls")
		return nil, 0, false
	}
	subj := v.subjects(clause)
	if len(subj) == 0 {
		if v.word(clause).UPOS == "VERB" && !isPassive(v, clause) {
			return v.inheritedSubject(clause), clause, false
		}
		return nil, 0, false
	}
	if isPassive(v, clause) {
		return nil, 0, false // "was approved despite objections from": the subject did nothing
	}
	if as := v.argument(clause, subj); len(as) > 0 {
		return as, clause, false
	}
	if v.word(subj[0]).UPOS == "NOUN" {
		// "Peru's missile tests continued despite condemnation from Chile": the act's author
		return v.owners(subj[0]), clause, true
	}
	return nil, 0, false
}

// hasFixed reports whether the case word of t has a fixed child with the lemma ("in
// spite of").
func (v *sentence) hasFixed(t int, lemma string) bool {
	for _, k := range v.kids[t] {
		if syntax.BaseRel(v.word(k).Deprel) != "case" {
			continue
		}
		for _, kk := range v.kids[k] {
			if v.word(kk).Deprel == "fixed" && v.lemmas[kk] == lemma {
				return true
			}
		}
	}
	return false
}

// vagueSource reports whether the "from" phrase of the reaction noun t (or of the verb
// it is the object of) names a place or a camp rather than its author: "criticism from within the US", "from across Europe",
// "from both sides of the aisle".
func (v *sentence) vagueSource(t int) bool {
	for _, k := range v.kids[t] {
		if r := syntax.BaseRel(v.word(k).Deprel); r != "nmod" && r != "obl" {
			continue
		}
		from := false
		for _, c := range v.kids[k] {
			if syntax.BaseRel(v.word(c).Deprel) == "case" {
				switch v.lemmas[c] {
				case "from":
					from = true
				case "within", "inside", "across", "around", "outside", "throughout":
					return true
				}
			}
		}
		if f := strings.ToLower(v.word(k).Form); from && (f == "side" || f == "sides") {
			return true
		}
	}
	return false
}

// reactionCounts count or span a reaction their "of" phrase names (class
// reaction-count-noun, with quantity-noun and span-noun): "a wave of criticism",
// "months of criticism", "a chorus of condemnation".
var reactionCounts = joinedClasses(wordClass("reaction-count-noun"), quantityNouns, spanNouns)

// reactionCount returns the noun that counts or spans the reaction noun t, t being its
// "of" phrase ("drew [a wave] of criticism from Chile", "faced [months] of criticism"),
// or 0.
func (v *sentence) reactionCount(t int) int {
	w := v.word(t)
	if h := w.Head; h > 0 && syntax.BaseRel(w.Deprel) == "nmod" && v.caseOf(t) == "of" && v.word(h).UPOS == "NOUN" && reactionCounts[v.lemmas[h]] {
		return h
	}
	return 0
}
