package frames

import (
	"sort"
	"strings"

	"github.com/geokg/geokg/syntax"
)

// This file fills a frame's slots from the trigger's dependents (fill, misattached,
// slotWord) and checks its constraints (satisfies), most specific frames first.

func containsRel(slots []Slot, rel string) bool {
	for _, s := range slots {
		if s.Rel == rel {
			return true
		}
	}
	return false
}

// fill returns the actors of the first slot, in order, that names some. A verb's
// "obl:P" slot is also filled by an "nmod:P" of its direct object: the parser often
// hangs the phrase on the noun ("cut [ties with Iran]", "imposed [sanctions on Iran]"),
// and the frame means the same.
func (v *sentence) fill(t int, slots []Slot, passive bool) ([]int, Slot) {
	for _, sl := range slots {
		if sl.Owner {
			// "opposed Obama's plan", "seized Ukrainian ships": whose the object is
			for _, k := range v.throughQuantity(v.dependents(t, Slot{Rel: sl.Rel}, passive)) {
				if v.actor[k] >= 0 || v.word(k).UPOS != "NOUN" {
					continue
				}
				if as := v.actorsOf(k); len(as) > 0 {
					return as, Slot{Rel: sl.Rel} // "expelled Iranian diplomats": they stand for Iran
				}
				if as := v.owners(k); len(as) > 0 {
					return as, sl
				}
				if as := v.landOwners(k); len(as) > 0 {
					return as, sl // "seized large parts of Peru": the country it lies in
				}
			}
			continue
		}
		if as := v.argument(t, v.dependents(t, sl, passive)); len(as) > 0 {
			return as, sl
		}
		if as := v.argument(t, v.misattached(t, sl)); len(as) > 0 {
			return as, sl
		}
		if sl.Rel == "obl" && v.word(t).UPOS == "VERB" && !v.givesVerdict(t) {
			// (not "calling the attacks on Rice misguided": a verdict's object is judged)
			for _, o := range v.throughQuantity(v.dependents(t, Slot{Rel: "obj"}, passive)) {
				if sl.Case == "from" && departureNouns[v.lemmas[o]] {
					continue // "demanded a withdrawal from Bolivia": the place left
				}
				if as := v.argument(o, v.dependents(o, Slot{Rel: "nmod", Case: sl.Case}, false)); len(as) > 0 {
					return as, sl
				}
			}
			// "stands in solidarity with Britain": the phrase hung on the verb's own
			// "in" phrase
			for _, k := range v.kids[t] {
				if syntax.BaseRel(v.word(k).Deprel) == "obl" && v.caseOf(k) == "in" && v.word(k).UPOS == "NOUN" {
					if as := v.argument(k, v.dependents(k, Slot{Rel: "nmod", Case: sl.Case}, false)); len(as) > 0 {
						return as, sl
					}
				}
			}
		}
	}
	return nil, Slot{}
}

// departureNouns name leaving a place ("withdrawal", "pullout").
var departureNouns = wordClass("departure-noun")

// slotWord returns the first dependent of t in the first of the slots that has one, or 0.
func (v *sentence) slotWord(t int, slots []Slot, passive bool) int {
	for _, sl := range slots {
		if deps := v.dependents(t, sl, passive); len(deps) > 0 {
			return deps[0]
		}
		if deps := v.misattached(t, sl); len(deps) > 0 {
			return deps[0]
		}
	}
	return 0
}

// misattached returns the phrases that fill a noun trigger's nominal-modifier slot
// ("nmod:on") though the parser hung them elsewhere: on the support verb that carries
// the noun, or the threat verb that threatens it, after it, when the verb has a subject
// of its own and the noun no possessor ("Israel conducted strikes on Syria", "announced
// new tariffs on Chinese goods", "has threatened tariffs on Chilean goods", parsed with
// "on ..." as the verb's), on the noun of the trigger's own "by" or "from" phrase
// when that names an actor ("sanctions by the EU against Russia", "a visit by Merkel to
// Washington"), on the rate of its "of" phrase (class `rate-word`: "tariffs of 25% on
// Chilean goods", "a levy of 10 percent on Peru"), or, for a war or fight, on the verb
// that joins it or the noun of taking part it is the "in" phrase of, right after it
// ("leads the war on the Shining Path", "an ally in the fight against the Taliban").
// Nil for other slots and triggers.
func (v *sentence) misattached(t int, sl Slot) []int {
	w := v.word(t)
	if sl.Rel != "nmod" || sl.Case == "" || w.UPOS != "NOUN" {
		return nil
	}
	var out []int
	if h := w.Head; h > 0 && w.Deprel == "obj" && (supportVerbs[v.lemmas[h]] || threatVerbs[v.lemmas[h]]) && len(v.subjects(h)) > 0 && !isPassive(v, h) && !v.hasKid(t, "nmod:poss") {
		// (the verb's own subject is the noun's author: not "makes Obama's visit to
		// Russia critical", nor a subject taken from another clause)
		for _, k := range v.kids[h] {
			if k > t && syntax.BaseRel(v.word(k).Deprel) == "obl" && v.caseOf(k) == sl.Case {
				out = append(out, k)
			}
		}
	}
	if h := w.Head; h > 0 && warWords[v.lemmas[t]] && (w.Deprel == "obj" && fightJoinVerbs[v.lemmas[h]] || syntax.BaseRel(w.Deprel) == "nmod" && fightPartNouns[v.lemmas[h]]) {
		for _, k := range v.kids[h] {
			if b := syntax.BaseRel(v.word(k).Deprel); (b == "obl" || b == "nmod") && v.caseOf(k) == sl.Case && v.nextPhrase(t, k) {
				out = append(out, k)
			}
		}
	}
	for _, c := range v.kids[t] {
		if syntax.BaseRel(v.word(c).Deprel) != "nmod" || c < t {
			continue
		}
		if cs := v.caseOf(c); cs != "by" && cs != "from" || len(v.actorsOf(c)) == 0 {
			if cs != "of" || !rateWords[strings.ToLower(v.word(c).Form)] {
				continue
			}
		}
		for _, g := range v.kids[c] {
			if g > c && syntax.BaseRel(v.word(g).Deprel) == "nmod" && v.caseOf(g) == sl.Case {
				out = append(out, g)
			}
		}
	}
	return out
}

// rateWords name a rate ("25%", "10 percent"): a noun's "of" phrase that holds its
// amount, on which the parser hangs the noun's other phrases.
var rateWords = wordClass("rate-word")

// bySpecificity orders a trigger's frames with the most constrained first (file order
// among equals): the first frame that fires for a pair of actors is the only one, so
// "rejected the accusations" is a denial before it is a rejection, and "told them to
// leave" an expulsion before it is a demand.
func bySpecificity(fs []Frame) []Frame {
	score := func(f Frame) int {
		n := 0
		for _, c := range f.Requires {
			if c.Lemmas[0] != AnyLemma {
				n += 2
			} else {
				n++
			}
		}
		return n
	}
	sorted := true
	for i := 1; i < len(fs); i++ {
		if score(fs[i]) > score(fs[i-1]) {
			sorted = false
			break
		}
	}
	if sorted {
		return fs
	}
	out := append([]Frame(nil), fs...)
	sort.SliceStable(out, func(i, j int) bool { return score(out[i]) > score(out[j]) })
	return out
}

// satisfies checks a frame's constraints on the trigger's other dependents.
func (v *sentence) satisfies(t int, cs []Constraint, passive bool) bool {
	for _, c := range cs {
		ok := false
		deps := v.throughQuantity(v.dependents(t, c.Slot, passive))
		if c.Slot.Rel == "xcomp" {
			// an adjective parsed as the object is the predicate ("be held responsible"
			// read responsible/obj in a short sentence): no adjective is an object
			for _, k := range v.kids[t] {
				if v.word(k).Deprel == "obj" && v.word(k).UPOS == "ADJ" {
					deps = append(deps, k)
				}
			}
		}
		for _, k := range deps {
			if c.Lemmas[0] == AnyLemma || contains(c.Lemmas, v.lemmas[k]) {
				ok = true
				break
			}
		}
		if !ok && c.Slot == (Slot{Rel: "compound:prt"}) {
			// "hit back at": the particle parsed as an adverb right after the verb
			if p := v.particle(t); p > 0 {
				ok = c.Lemmas[0] == AnyLemma || contains(c.Lemmas, v.lemmas[p])
			}
		}
		if w := v.word(t); !ok && c.Slot == (Slot{Rel: "obj"}) && w.XPOS == "VBN" && (w.Deprel == "acl" || w.Deprel == "amod") && w.Head > 0 {
			// "the sanctions imposed on Russia by the EU": a past participle's noun is
			// its object
			ok = contains(c.Lemmas, v.lemmas[w.Head])
		}
		if !ok {
			return false
		}
	}
	return true
}
