package frames

import (
	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file reads a terrorist or threat label one actor gives another, which no trigger
// word carries: "Peru considers Hamas a terrorist organization", "called Peru a threat".

var (
	// Verbs that give their object a label: "considers X a terrorist group", "sees X as
	// a terror organization", "designated X a state sponsor of terrorism".
	labelVerbs = wordClass("label-verb")
	// Words that make a label a terrorist one: "a terrorist organization", "a terror
	// group", "terrorists", "a state sponsor of terrorism".
	terrorWords = wordClass("terror-word")
	// Nouns that label their bearer a danger to others, an accusation as a terrorist
	// label is: "called Peru a threat to the region", "sees Peru as a menace".
	threatLabels = wordClass("threat-label")
)

// terrorLabels reads a terrorist label that an actor gives another: "Peru considers
// Hamas a terrorist organization", "Chile sees the group as a terror outfit", "Hamas,
// which Peru deems a terrorist group,", "the PKK is designated a terror group by Chile",
// "designated Bolivia a state sponsor of terrorism": the labeller ACCUSES the labelled
// (the ontology's "labels as terrorist"). A label denied, wished, planned or asked about
// ("does not consider", "plans to designate", "urged Peru to list") is none, and a
// pronoun other than a relative one is not read as the labelled ("labeling it a
// terrorist organization": what "it" is the article says before).
func (m *Matcher) terrorLabels(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		if v.word(h).UPOS != "VERB" || !labelVerbs[v.lemmas[h]] {
			continue
		}
		judged, label, passive := v.terrorLabel(h)
		if judged == 0 {
			continue
		}
		// a relative pronoun stands for the one labelled ("Hamas, which Peru considers ...")
		relative := relativePronouns[v.lemmas[judged]] || v.lemmas[judged] == "that"
		if v.word(judged).UPOS == "PRON" && !relative {
			continue
		}
		if b, _ := v.qualify(h); b != "" || v.modalOrNegated(h) != "" || v.conditional(h) {
			continue
		}
		var src []int
		if passive {
			src = v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, true))
			if len(src) == 0 {
				// "is designated a terror group by the US", parsed with the agent on the label
				for _, c := range v.kids[label] {
					if syntax.BaseRel(v.word(c).Deprel) == "nmod" && v.caseOf(c) == "by" {
						src = append(src, v.actorsOf(c)...)
					}
				}
			}
		} else {
			src = v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, false))
			if len(src) == 0 && !v.unsetParticiple(h) {
				src = v.inheritedSubject(h)
			}
		}
		var tgt []int
		if w := v.word(h); w.Deprel == "acl" && judged == w.Head {
			tgt = v.actorsOf(judged) // "Hamas, considered a terrorist group by Peru,"
		} else {
			tgt = v.argument(h, []int{judged})
			if a := v.beforeMark(judged); len(tgt) == 0 && relative && a > 0 && !placePrepositions[v.caseOf(a)] {
				// "Hamas, which Peru considers ..." with the relative clause hung on the
				// verb before: the name before the comma (not a place: "a group in Gaza,
				// which ...")
				tgt = v.actorsOf(a)
			}
		}
		if len(src) == 0 || len(tgt) == 0 {
			continue
		}
		f := Frame{Type: geokg.Accuses, Lemma: v.lemmas[h], POS: "VERB"}
		path := "nsubj<" + v.lemmas[h] + ">" + v.lemmas[label]
		reading := "terrorist label"
		if threatLabels[v.lemmas[label]] {
			reading = "threat label"
		}
		out = crossPairs(out, seen, actors, src, tgt, -h, Match{Type: geokg.Accuses, Trigger: h, Frame: f, Path: path, Reading: reading}, nil)
	}
	return out
}

// unsetParticiple reports whether the verb at h is an -ing participle the parser hangs on
// a verb as an adverbial clause with no comma, mark or subject before it: most often it
// modifies the noun before it ("denounced the decree labeling Peru a threat": the decree
// labels, not the one who denounced it).
func (v *sentence) unsetParticiple(h int) bool {
	w := v.word(h)
	return w.XPOS == "VBG" && syntax.BaseRel(w.Deprel) == "advcl" && !v.hasChild(h, "punct", ",") && !v.hasKid(h, "mark")
}

// terrorLabel returns, for a label verb h, the word labelled, the terrorist label given
// it and whether the labeller stands in a passive's agent; judged is 0 when h gives no
// terrorist label.
//
//	considers [Hamas] [a terrorist organization]     object, second object or xcomp
//	considers [Hamas] to be [a terrorist group]      object, xcomp with a copula
//	sees [the group] as [a terror outfit]            object, "as" phrase
//	deems [the Shining Path] [a terrorist group] object, the label apposed to it or unmarked
//	[which] Peru considers [a terrorist group]       a relative pronoun parsed as a subject
//	[which] is considered [a terrorist group] by X   passive subject, xcomp or object
//	[Hamas], considered [a terrorist group] by X     the noun a participle modifies
func (v *sentence) terrorLabel(h int) (judged, label int, passive bool) {
	w := v.word(h)
	passive = isPassive(v, h)
	var objs []int
	for _, k := range v.kids[h] {
		if d := v.word(k).Deprel; d == "obj" || d == "iobj" {
			objs = append(objs, k)
		}
	}
	for _, k := range v.kids[h] {
		d := syntax.BaseRel(v.word(k).Deprel)
		asPhrase := d == "obl" && v.caseOf(k) == "as" || d == "advcl" && (v.hasChild(k, "mark", "as") || v.hasChild(k, "case", "as"))
		second := v.word(k).Deprel == "obl:unmarked" && len(objs) > 0 // "deems the Shining Path a terrorist group"
		if d != "xcomp" && d != "obj" && d != "iobj" && !asPhrase && !second || !v.terrorWord(k) {
			continue
		}
		label = k
		switch {
		case passive:
			for _, s := range v.kids[h] {
				if v.word(s).Deprel == "nsubj:pass" {
					return s, label, true
				}
			}
		case w.Deprel == "acl" && w.XPOS == "VBN" && w.Head > 0 && len(objs) <= 1:
			// "Hamas, considered a terrorist group by Peru,": the noun modified is labelled
			return w.Head, label, true
		case d == "xcomp" && len(v.subjects(k)) > 0:
			return v.subjects(k)[0], label, false // "considers [Hamas to be] a terrorist group"
		}
		for _, o := range objs {
			if o != k {
				return o, label, false
			}
		}
		if subj := v.subjects(h); len(subj) == 2 && (relativePronouns[v.lemmas[subj[0]]] || v.lemmas[subj[0]] == "that") {
			// "Hamas, which Peru considers a terrorist group," parsed with the relative
			// pronoun as a second subject: the pronoun is the one labelled
			return subj[0], label, false
		}
		return 0, 0, false
	}
	// "deems the Shining Path a terrorist group" parsed with the label apposed to the object
	for _, o := range objs {
		for _, c := range v.kids[o] {
			if v.word(c).Deprel == "appos" && v.terrorWord(c) {
				return o, c, passive
			}
		}
	}
	return 0, 0, false
}

// terrorWord reports whether the noun at k is a label that accuses: a terror word itself
// ("terrorists"), modified by one ("a terrorist organization", "a terror group"), a
// sponsor of one ("a state sponsor of terrorism"), or a threat label ("a threat to the
// region", "the biggest menace").
func (v *sentence) terrorWord(k int) bool {
	if threatLabels[v.lemmas[k]] {
		return v.word(k).UPOS == "NOUN"
	}
	if v.lemmas[k] == "terrorist" {
		return v.word(k).UPOS == "NOUN" // "called them terrorists" ("terrorism" judges an act)
	}
	if v.word(k).UPOS != "NOUN" && v.word(k).UPOS != "PROPN" {
		return false
	}
	for _, c := range v.kids[k] {
		d := v.word(c).Deprel
		switch {
		case (d == "amod" || d == "compound") && terrorWords[v.lemmas[c]] && v.lemmas[c] != "terrorism":
			return true
		case syntax.BaseRel(d) == "nmod" && v.caseOf(c) == "of" && v.lemmas[k] == "sponsor" && terrorWords[v.lemmas[c]]:
			return true
		}
	}
	return false
}
