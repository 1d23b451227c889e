package frames

import (
	"sort"
	"strings"

	"github.com/geokg/geokg"
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
		if sl.Case == "with" && v.strayWith {
			if as := v.strayWithPhrase(t); len(as) > 0 {
				return as, sl
			}
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

// strayWithPhrase returns the actors of a "with" phrase that follows the trigger at t but
// that the parser hung on a word before the trigger or after the phrase, or read apart:
// "spoke by phone with President Ruiz" (the name taken for an apposition of "phone"),
// "held her summit with Ruiz last month" ("with" on "month"), "had a good meeting with
// Ruiz" (the name taken for the object of "with"). The "with" comes within seven words
// after t, past no punctuation, verb, pronoun, conjunction or other preposition but the
// ones of a place, a time or a means ("by phone", "in early November"), and is not the
// case of a phrase of t or of a meeting noun between t and it that reads the phrase
// itself ("spoke at a press conference with Ruiz" is the conference's). The phrase is the
// words after it up to the first punctuation (not a name's hyphen), verb, preposition or
// conjunction (six at most), and its actor the last one it names ("with Peru's President
// Ana Ruiz", "with Shining Path leader Ana Ruiz": the person), read as the noun it
// modifies stands for it when it is a nationality ("with his Peruvian counterpart":
// Peru). Nil otherwise, and for a noun that is the object of a verb that stops it ("end
// its contacts with") or that holds the phrase ("renew talks with": misattached reads
// that of a support verb), one "ahead of" or "before" which is to come, and one owned
// by a pronoun bound to a person named as an object (objectsOwner).
func (v *sentence) strayWithPhrase(t int) []int {
	n := len(v.s.Words)
	w := 0
	for j := t + 1; j <= n && j <= t+7; j++ {
		f := v.word(j)
		if strings.EqualFold(f.Form, "with") {
			w = j
			break
		}
		switch f.UPOS {
		case "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ", "PRON":
			return nil
		case "ADP":
			if !strayPrepositions[strings.ToLower(f.Form)] {
				return nil
			}
		}
	}
	if w == 0 || v.objectsOwner(t) {
		return nil
	}
	if c := v.caseOf(t); c == "ahead" || c == "before" || c == "of" && v.lemmas[v.word(t).Head] == "ahead" {
		return nil // "ahead of his meeting with Ruiz": one to come
	}
	if h := v.word(w).Head; v.word(w).Deprel == "case" && h > 0 {
		if g := v.word(h).Head; g == t || g > t && g < w && v.word(g).UPOS == "NOUN" && v.withNouns[v.lemmas[g]] {
			// the phrase of the trigger, or of a meeting noun after it that reads it
			// ("spoke at a press conference with Ruiz" is the conference's)
			return nil
		}
	}
	if h := v.word(t).Head; h > 0 && v.word(t).Deprel == "obj" && (stopVerbs[v.lemmas[h]] || v.word(w).Deprel == "case" && v.actor[v.word(w).Head] >= 0 && v.word(v.word(w).Head).Head == h) {
		// "end its contacts with Peru": a meeting stopped; "urged him to renew talks
		// with Peru": the verb's own phrase that names the actor, which misattached
		// reads for a support verb only
		return nil
	}
	last := 0
phrase:
	for k := w + 1; k <= n && k <= w+6; k++ {
		switch f := v.word(k); f.UPOS {
		case "PUNCT":
			if f.Form != "-" && f.Form != "–" {
				break phrase // (not the hyphen inside a name: "al-Qaeda")
			}
		case "VERB", "AUX", "ADP", "CCONJ", "SCONJ":
			break phrase
		}
		if v.actor[k] >= 0 {
			last = k
		}
	}
	if last == 0 {
		return nil
	}
	if a := v.actor[last]; !v.demonym[a] {
		return []int{a}
	}
	if h := v.word(last).Head; h > last && h <= w+6 && (v.word(h).UPOS == "NOUN" || v.word(h).UPOS == "PROPN") {
		return v.actorsOf(h)
	}
	return nil
}

// objectsOwner reports whether the noun at t is owned by a pronoun ("his", "her") bound
// to a person the sentence names as an object or an oblique and not as a subject before
// the noun: "Flynn misled Ruiz about his contacts with Peru" (the coreference step's
// nearest person, where the clause's subject is meant).
func (v *sentence) objectsOwner(t int) bool {
	for _, c := range v.kids[t] {
		a := v.actor[c]
		if v.word(c).Deprel != "nmod:poss" || !possessivePronouns[strings.ToLower(v.word(c).Form)] || a < 0 || !v.person[a] {
			continue
		}
		named, subject := false, false
		for k := 1; k <= len(v.s.Words); k++ {
			if k == c || v.actor[k] < 0 || v.actors[v.actor[k]].ID != v.actors[a].ID || v.word(k).UPOS == "PRON" || possessivePronouns[strings.ToLower(v.word(k).Form)] {
				continue
			}
			switch syntax.BaseRel(v.word(k).Deprel) {
			case "nsubj":
				subject = subject || k < t
			case "obj", "iobj", "obl":
				named = true
			}
		}
		return named && !subject
	}
	return false
}

// possessivePronouns are the pronouns that own a person's act ("his talks").
var possessivePronouns = map[string]bool{"his": true, "her": true}

// strayWithTypes are the types whose "with" slots strayWithPhrase fills.
var strayWithTypes = map[geokg.RelationType]bool{geokg.Meets: true, geokg.SignsAgreementWith: true, geokg.CooperatesWith: true}

// strayPrepositions may stand between a trigger and a "with" phrase hung elsewhere:
// those of a place, a time or a means ("at the palace with", "by phone with").
var strayPrepositions = map[string]bool{"at": true, "in": true, "on": true, "by": true, "over": true, "during": true}

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
