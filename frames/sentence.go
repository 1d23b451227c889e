package frames

import (
	"strings"
	"unicode/utf8"

	"github.com/geokg/geokg/syntax"
)

// This file holds the sentence as the matcher reads it (the parse, lemmas, actors by word,
// children) and the plain reading of its tree: cases, slots, voice, dependents,
// particles and participles.

// sentence is the per-call view of a parsed sentence.
type sentence struct {
	s       *syntax.Sentence
	kids    [][]int // dependents of each word (index 0: the root's), in order
	actor   []int   // the actor whose mention holds each word, -1 for none
	nAct    int
	person  []bool // per actor: an official
	demonym []bool // per actor: an adjective of nationality
	armed   []bool // per actor: an armed group
	actors  []Actor
	lemmas  []string // lower-case lemmas
	stands  func(lemma string) Agency
	// namedModifiers lets a noun's modifier that names an actor win over nearer
	// modifiers that do not (set per frame: attacks only).
	namedModifiers bool
	// strayWith lets a slot's "with" phrase be read where the parser hung it away from
	// the trigger (set per frame: strayWithTypes; slots.go, strayWithPhrase), and
	// withNouns are the nouns that read such a phrase of their own (Matcher.withNouns).
	strayWith bool
	withNouns map[string]bool
}

func newSentence(s *syntax.Sentence, actors []Actor, stands func(string) Agency) *sentence {
	n := len(s.Words)
	v := &sentence{s: s, stands: stands, kids: make([][]int, n+1), actor: make([]int, n+1), nAct: len(actors), lemmas: make([]string, n+1), actors: actors}
	// the dependents of all words share one array, each word's with a capacity of its
	// own (an append past it, as rebuildKids may make, copies it): v.actor counts them
	// first
	for i := range s.Words {
		if h := s.Words[i].Head; h >= 0 && h <= n {
			v.actor[h]++
		}
	}
	flat := make([]int, n)
	off := 0
	for h, c := range v.actor {
		if c > 0 {
			v.kids[h] = flat[off : off : off+c]
			off += c
		}
		v.actor[h] = -1
	}
	v.person, v.demonym, v.armed = make([]bool, len(actors)), make([]bool, len(actors)), make([]bool, len(actors))
	for a, act := range actors {
		v.person[a], v.demonym[a], v.armed[a] = act.Person, act.Demonym, act.Armed
	}
	for i := range s.Words {
		w := &s.Words[i]
		if w.Head >= 0 && w.Head <= n {
			v.kids[w.Head] = append(v.kids[w.Head], i+1)
		}
		v.lemmas[i+1] = strings.ToLower(w.Lemma)
		best := -1
		for a, act := range actors {
			if w.Start >= act.Start && w.End <= act.End && (best < 0 || act.End-act.Start < actors[best].End-actors[best].Start) {
				best = a
			}
		}
		v.actor[i+1] = best
	}
	return v
}

func (v *sentence) word(i int) *syntax.Word { return &v.s.Words[i-1] }

// caseOf returns the preposition of an obl or nmod dependent: the lemma of its case
// child ("obl:on"), or "" when it has none.
func (v *sentence) caseOf(i int) string {
	k := v.caseToken(i)
	if k == 0 {
		return ""
	}
	c := v.lemmas[k]
	// "on behalf of", "because of": the last word of a multiword case
	for _, kk := range v.kids[k] {
		if v.word(kk).Deprel == "fixed" {
			c = v.lemmas[kk]
		}
	}
	return c
}

// caseToken returns the index of the case word of the phrase at k, 0 when it has none.
func (v *sentence) caseToken(k int) int {
	for _, c := range v.kids[k] {
		if syntax.BaseRel(v.word(c).Deprel) == "case" {
			return c
		}
	}
	return 0
}

// slotOf returns how the dependent k of a trigger fills a slot: its relation, with the
// preposition for obl and nmod ("obl:with"), and with the voice undone for passives
// (nsubj:pass is obj; obl:agent, or obl with "by", is nsubj).
func (v *sentence) slotOf(k int, passive bool) Slot {
	rel := v.word(k).Deprel
	base := syntax.BaseRel(rel)
	switch {
	case rel == "nsubj:pass":
		return Slot{Rel: "obj"}
	case rel == "obl:agent" || passive && base == "obl" && v.caseOf(k) == "by":
		return Slot{Rel: "nsubj"}
	case rel == "nmod:poss":
		return Slot{Rel: "nmod:poss"}
	case base == "obl" || base == "nmod":
		return Slot{Rel: base, Case: v.caseOf(k)}
	case rel == "compound:prt":
		return Slot{Rel: "compound:prt"}
	case base == "advcl": // with its marker, as obl with its preposition: "attacked X for refusing"
		for _, m := range v.kids[k] {
			if v.word(m).Deprel == "mark" {
				return Slot{Rel: base, Case: v.lemmas[m]}
			}
		}
	case base == "nsubj":
		return Slot{Rel: "nsubj"}
	}
	return Slot{Rel: base}
}

// commaBeforeVerb reports whether a relative pronoun and a comma of the trigger's own
// clause stand between its subject and it: "Lithuania and Poland, which border Belarus,
// have urged the EU" misparsed with Belarus as the subject of "urged". The parser's known
// weakness is a relative clause closed by a comma; the frame then does not trust the
// subject.
func (v *sentence) commaBeforeVerb(t int) bool {
	subj := v.subjects(t)
	if len(subj) == 0 {
		return false
	}
	first := subj[0]
	relative, comma := false, false
	for k := 1; k < t; k++ {
		h := v.word(k).Head
		switch v.lemmas[k] {
		case "which", "who", "whom", "whose":
			relative = relative || h == t || h == first
		}
		if k > first && v.word(k).Form == "," && (h == t || h == first) {
			comma = true
		}
	}
	return relative && comma
}

// root returns the word that heads the sentence's main clause, or 0.
func (v *sentence) root() int {
	for i := 1; i <= len(v.s.Words); i++ {
		if v.word(i).Deprel == "root" {
			return i
		}
	}
	return 0
}

// hasChild reports whether word h has a dependent with the relation and lemma.
func (v *sentence) hasChild(h int, rel, lemma string) bool {
	for _, k := range v.kids[h] {
		if syntax.BaseRel(v.word(k).Deprel) == rel && v.lemmas[k] == lemma {
			return true
		}
	}
	return false
}

// withBe reports whether "be" is the copula or an auxiliary of word h ("was quick to",
// "was involved in", "is to meet").
func (v *sentence) withBe(h int) bool {
	return v.hasChild(h, "cop", "be") || v.hasChild(h, "aux", "be")
}

// hasChildIn reports whether word h has a dependent with the relation rel (compared whole,
// subtype and all) and a lemma among the words ("mark" and conditionMarks: a clause
// introduced by "if" or "unless").
func (v *sentence) hasChildIn(h int, rel string, words map[string]bool) bool {
	for _, k := range v.kids[h] {
		if v.word(k).Deprel == rel && words[v.lemmas[k]] {
			return true
		}
	}
	return false
}

func isPassive(v *sentence, t int) bool {
	for _, k := range v.kids[t] {
		if d := v.word(k).Deprel; d == "nsubj:pass" || d == "aux:pass" {
			return true
		}
	}
	return false
}

// dependents returns the trigger's dependents that fill the slot. An indirect object
// fills the object slot of a verb that has no direct one ("told him to leave" is parsed
// either way).
func (v *sentence) dependents(t int, slot Slot, passive bool) []int {
	var out []int
	for _, k := range v.kids[t] {
		if v.slotOf(k, passive) == slot && !(slot.Rel == "obj" && v.word(k).Deprel == "obj" && v.word(k).UPOS == "ADJ") {
			// (an adjective parsed as an object is a predicate: "held responsible")
			out = append(out, k)
		}
	}
	if len(out) == 0 && slot == (Slot{Rel: "obj"}) {
		return v.dependents(t, Slot{Rel: "iobj"}, passive)
	}
	if w := v.word(t); len(out) == 0 && w.XPOS == "VBN" && (slot.Rel == "obl" || slot.Rel == "nsubj") && (w.Deprel == "acl" || w.Deprel == "amod" || passive && slot.Rel == "nsubj") {
		// "the sanctions imposed on Belarus by the EU", "imposed by Washington on
		// Canada": the participle's second phrase hung on the noun of its first; a
		// passive verb's agent hung on its "as" phrase ("Boric is recognized as
		// Peru's head of state by Chile")
		want := slot.Case
		if slot.Rel == "nsubj" {
			want = "by"
		}
		asOnly := w.Deprel != "acl" && w.Deprel != "amod"
		for _, k := range v.kids[t] {
			if syntax.BaseRel(v.word(k).Deprel) != "obl" || asOnly && v.caseOf(k) != "as" {
				continue
			}
			for _, g := range v.kids[k] {
				if syntax.BaseRel(v.word(g).Deprel) == "nmod" && v.caseOf(g) == want {
					out = append(out, g)
				}
			}
		}
	}
	if p := v.particle(t); len(out) == 0 && p > 0 && slot.Rel == "obl" && slot.Case != "" {
		// "Iran hit back at Israel": the phrase hung on the particle parsed as an adverb
		for _, k := range v.kids[p] {
			if v.slotOf(k, passive) == slot {
				out = append(out, k)
			}
		}
	}
	if len(out) == 0 && slot == (Slot{Rel: "nsubj"}) && v.modifyingParticiple(t) {
		// "the Iranian-backed militia", "the US-imposed sanctions": the participle's
		// own modifier is its agent
		for _, k := range v.kids[t] {
			if d := v.word(k).Deprel; (d == "compound" || d == "amod" || syntax.BaseRel(d) == "obl" && v.caseOf(k) == "") && v.actor[k] >= 0 && k < t {
				out = append(out, k)
			}
		}
	}
	return out
}

// particle returns the verb particle ("back", "out") that the parse reads as an adverb
// right after the verb at t ("hit back at"), or 0.
func (v *sentence) particle(t int) int {
	p := t + 1
	if p > len(v.s.Words) || v.word(p).Head != t || v.word(p).Deprel != "advmod" || !particles[v.lemmas[p]] {
		return 0
	}
	return p
}

// particles are the verb particles the parse may read as adverbs.
var particles = map[string]bool{"back": true, "out": true, "off": true, "up": true, "down": true, "away": true}

// apposedParticiple returns the object a past participle set off by a comma describes
// ("fighting Hamas, supported by Qatar,", parsed as an adverbial clause of "fighting"):
// its head's object just before the comma; 0 for none.
func (v *sentence) apposedParticiple(t int) int {
	w := v.word(t)
	if w.XPOS != "VBN" || w.Deprel != "advcl" || len(v.subjects(t)) > 0 || isPassive(v, t) {
		return 0
	}
	comma := 0
	for _, k := range v.kids[t] {
		if k < t && v.word(k).Form == "," {
			comma = k
		}
	}
	if comma == 0 {
		return 0
	}
	for _, o := range v.dependents(w.Head, Slot{Rel: "obj"}, false) {
		if o < comma && o > comma-6 {
			last := o
			for _, c := range v.kids[o] {
				if c > last && c < comma {
					last = c
				}
			}
			if last == comma-1 || last == o {
				return o
			}
		}
	}
	return 0
}

// modifyingParticiple reports whether the verb at t is a past participle that modifies
// a noun ("backed" in "the Saudi-backed leader").
func (v *sentence) modifyingParticiple(t int) bool {
	w := v.word(t)
	return w.UPOS == "VERB" && w.XPOS == "VBN" && (w.Deprel == "amod" || w.Deprel == "acl")
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// firstParticiple returns the first participle modifying the noun at k, or k itself.
func (v *sentence) firstParticiple(k int) int {
	for _, c := range v.kids[k] {
		if v.modifyingParticiple(c) {
			return c
		}
	}
	return k
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// subjectStart returns the position of the clause's first subject, or the clause
// head's own position when it has none.
func (v *sentence) subjectStart(h int) int {
	if s := v.subjects(h); len(s) > 0 {
		return s[0]
	}
	return h
}

// tight reports whether the word i is written with no space before the word after it
// (the parts of "Iran-backed").
func (v *sentence) tight(i int) bool { return v.word(i).End == v.word(i+1).Start }

// under reports whether the word i is in the phrase headed by h.
func (v *sentence) under(i, h int) bool {
	for steps := 0; i > 0 && steps <= len(v.s.Words); steps++ {
		if i = v.word(i).Head; i == h {
			return true
		}
	}
	return false
}

// reducedParticiple reports whether the participle at p stands alone after its noun ("the
// charges made by the US"), not as a clause with its own subject, auxiliary or mark ("the
// allegations that they were paid by Russia": the agent is the content's).
func (v *sentence) reducedParticiple(p int) bool {
	for _, c := range v.kids[p] {
		switch syntax.BaseRel(v.word(c).Deprel) {
		case "nsubj", "aux", "mark", "cop":
			return false
		}
	}
	return true
}
