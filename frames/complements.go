package frames

import "github.com/geokg/geokg/syntax"

var (
	// promptAdjectives say how soon their subject did the act of their to-infinitive
	// (class prompt-adjective: "was quick to condemn", "the first to recognise").
	promptAdjectives = wordClass("prompt-adjective")
	// complementVerbs take a to-infinitive as their complement, never as an aim (class
	// complement-verb: "voted unanimously to impose", "chose to back").
	complementVerbs = wordClass("complement-verb")
)

// repairInfinitiveComplements makes the complement (xcomp) of its head a to-infinitive the
// parser hung as a subject clause or an adverbial clause where it can only be a
// complement: on a predicate adjective of promptness that has a subject of its own ("Peru
// was quick to condemn Chile", "Peru was the first to recognise Chile": a clause with a
// subject has no subject clause), or on a verb that takes a to-infinitive as complement
// ("the council voted unanimously to impose sanctions", "has chosen to back Peru": no
// aim). The complement's subject is then its head's, and its act as done as the head, as
// for the complements the parser reads as such. It reports whether it changed anything.
func (v *sentence) repairInfinitiveComplements() bool {
	return v.repairEach(1, len(v.s.Words), func(t int) bool {
		w := v.word(t)
		rel := syntax.BaseRel(w.Deprel)
		if rel != "csubj" && rel != "advcl" || w.XPOS != "VB" || w.Head < 1 || !v.hasChild(t, "mark", "to") {
			return false
		}
		if !v.promptPredicate(w.Head) && !(complementVerbs[v.lemmas[w.Head]] && v.word(w.Head).UPOS == "VERB") {
			return false
		}
		w.Deprel = "xcomp"
		return true
	})
}

// promptPredicate reports whether the word at h is an adjective of promptness (or the
// ordinal "first") that "be" makes the predicate of a subject of its own (also when the
// parser took the adjective for a passive participle: "Peru was swift to").
func (v *sentence) promptPredicate(h int) bool {
	return promptAdjectives[v.lemmas[h]] && v.withBe(h) && len(v.subjects(h)) > 0
}

// repairControlNounClauses hangs on a noun of class control-noun the to-infinitive that
// follows it but that the parser hung as an adverbial clause of the verb whose object the
// noun is ("Chile condemned Peru's threat to invade Bolivia", "welcomed Peru's decision
// to lift sanctions on Chile"): the clause is the noun's act, done by the noun's author,
// not an aim of the verb. It reports whether it changed anything.
func (v *sentence) repairControlNounClauses() bool {
	return v.repairEach(1, len(v.s.Words), func(t int) bool {
		w := v.word(t)
		if syntax.BaseRel(w.Deprel) != "advcl" || w.XPOS != "VB" || w.Head < 1 {
			return false
		}
		if t < 3 || v.lemmas[t-1] != "to" || v.word(t-1).Head != t || v.word(t-1).Deprel != "mark" {
			return false
		}
		n := v.word(t - 2)
		if !controlNouns[v.lemmas[t-2]] || n.UPOS != "NOUN" || n.Head != w.Head || syntax.BaseRel(n.Deprel) != "obj" {
			return false
		}
		w.Head, w.Deprel = t-2, "acl"
		return true
	})
}
