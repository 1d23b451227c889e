package frames

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/wordclass"
	"github.com/geokg/geokg/syntax"
)

// This file is the frame matcher: given a parsed sentence and the places where actors
// are named in it, it finds the triggers of the lexicon and fills their source and
// target slots from the dependency tree. It reads the voice (passives), coordination,
// control and raising ("decided to expel"), relative clauses, participles ("the sanctions
// imposed by"), negation, modality, conditions and the verbs that make an act a threat
// ("threatened to impose sanctions") or leave it undone ("refused to", "called on ... to").

// Actor is an actor named in the sentence: the byte span of its mention in the text the
// sentence was read from, and an identity the caller understands.
type Actor struct {
	Start, End int
	ID         string
	// Person marks an official: "the Trump administration" does not stand for Trump.
	Person bool
	// Demonym marks an adjective of nationality ("Iranian"): it modifies the noun that
	// acts ("Iranian diplomats") and is no argument by itself.
	Demonym bool
	// State marks a country: the government nouns a place names stand for it ("the
	// authorities in Tehran").
	State bool
	// Armed marks an armed group or movement ("Hezbollah", "the Taliban"): its members
	// ("Hezbollah fighters") stand for it.
	Armed bool
	// Side is the ID of the state or organisation an official or a body speaks for
	// (an official's country, a ministry's state), or "": a report by one's own side is
	// one's own report ("Number 10 said Mrs May had phoned Corbyn").
	Side string
}

// Match is one frame that fired, or was blocked, on a sentence.
type Match struct {
	Type           geokg.RelationType
	Source, Target int // indexes into the actors given to Match
	// Trigger is the 1-based position of the trigger word in the sentence.
	Trigger int
	Frame   Frame
	// Path is the dependency path from the source to the target through the trigger,
	// as "nsubj<expel>obj" or "nsubj<threaten>xcomp>impose>obl:on".
	Path string
	// Blocked is why the frame did not make a relation ("negated", "modal: may",
	// "conditional: if", "question", "not done: refuse", "no source"), or "" when it did.
	// A match blocked with "no source" keeps its Target when the frame found one (-1
	// otherwise), for the caller to find the author in the article.
	Blocked string
	// TargetWord is the position of the word that filled the target slot though it names
	// no actor ("condemned the decision"), for a match blocked with "no target"; the
	// caller may know the act's author from the rest of the article. 0 for none.
	TargetWord int
	// Reading names a reading of the matcher's own rather than of the frame: "reported
	// act" (someone says another did a hostile act: an accusation), "reported
	// responsibility" ("X said Y was behind the attack") or "confirmed act" ("X confirmed
	// that Y had expelled Z": Y's act); "" for a frame's own reading.
	Reading string
}

// Rule names what made the relation, as the relation's explanation records it: the
// frame's file and line ("frame geokg:94"), or the reading and the frame it read
// ("reported act of frame cameo:283").
func (m Match) Rule() string {
	r := fmt.Sprintf("frame %s:%d", m.Frame.Origin, m.Frame.Line)
	switch {
	case m.Reading != "" && m.Frame.Line > 0:
		return m.Reading + " of " + r
	case m.Reading != "":
		return m.Reading
	}
	return r
}

// Matcher matches a lexicon's frames on parsed sentences. It is safe for concurrent use.
type Matcher struct {
	lex    *Lexicon
	stands func(lemma string) Agency
	// stems maps what is left of an inflected form of a trigger verb once its ending is
	// cut off to the trigger's lemma ("derid" and "derided" to "deride", "lobbi" to
	// "lobby", "extoll" to "extol"): see verbLemma.
	stems map[string]string
}

// Agency says whether a common noun names agents of the state that an actor modifying
// it stands for.
type Agency int

// The agencies of a noun.
const (
	Unknown        Agency = iota
	StandsForState        // "diplomats", "government", "forces", "army"
	NotTheState           // "rebel", "protester", "opposition", "lawmaker"
	// GroupMember names the members of an armed group ("fighter", "militant", "gunman"):
	// no agent of a state ("Syrian fighters" are not Syria), but they act for the armed
	// group that modifies them ("Hezbollah fighters", "Taliban militants").
	GroupMember
)

// NewMatcher returns a matcher of the lexicon's frames. stands says whether a common
// noun that names no actor stands for the actor that modifies it: "Iranian diplomats",
// "Iran's government", "the forces of Russia" act for Iran and Russia, while "Iranian
// protesters" and "American lawmakers" do not act for their states. A nil stands lets
// no noun stand for its modifier.
func NewMatcher(lex *Lexicon, stands func(lemma string) Agency) *Matcher {
	if stands == nil {
		stands = func(string) Agency { return Unknown }
	}
	m := &Matcher{lex: lex, stands: stands, stems: map[string]string{}}
	for _, f := range lex.Frames() {
		if f.POS == "VERB" {
			m.addStems(f.Lemma)
		}
	}
	for l := range wrongdoingVerbs {
		m.addStems(l) // the reported-wrongdoing reading's verbs: "meddled" as "meddl"
	}
	return m
}

// addStems files the verb lemma l under what its inflected forms leave once their ending
// is cut off (verbLemma).
func (m *Matcher) addStems(l string) {
	n := len(l)
	m.stems[l] = l
	switch {
	case n > 3 && l[n-1] == 'e':
		m.stems[l[:n-1]] = l // "derid-ed", "derid-ing"
	case n > 3 && l[n-1] == 'y':
		m.stems[l[:n-1]+"i"] = l // "lobbi-ed", "lobbi-es"
	case n > 2 && strings.IndexByte("bdgklmnprt", l[n-1]) >= 0:
		m.stems[l+l[n-1:]] = l // "extoll-ed"
	}
}

// verbLemma returns the lemma of the verb w for the lexicon: the lemmatiser's, or, when
// that names no verb trigger (nor a verb of class wrongdoing-verb), the trigger verb that w's written form inflects, which the
// lemmatiser gets wrong for verbs its treebanks lack ("derided" as "derid", "chided" as
// "chid", "rebuked" as "rebuk", "implored" as "implor", "entreated" as "entreate"): the
// past or -ing form without its ending ("-ing", "-ed", "-d"), read back through the
// spellings of the trigger's inflection (a final "e" dropped, "y" as "i", a doubled
// consonant). Not a present "-s" form: a noun tagged as a verb ("open to talks", "what
// worries Washington is attacks") is read as one often enough. The lemmatiser's lemma
// when neither names a trigger.
func (m *Matcher) verbLemma(w *syntax.Word, lemma string) string {
	if w.UPOS != "VERB" || w.XPOS != "VBD" && w.XPOS != "VBN" && w.XPOS != "VBG" || len(m.lex.Lookup(lemma, "VERB")) > 0 || wrongdoingVerbs[lemma] {
		return lemma
	}
	form := strings.ToLower(w.Form)
	for _, end := range []string{"ing", "ed", "d"} {
		if stem, ok := strings.CutSuffix(form, end); ok && len(stem) > 2 {
			if l, ok := m.stems[stem]; ok {
				return l
			}
		}
	}
	return lemma
}

// Prefilter tells from a sentence's words alone, before any parse, whether a frame of
// the lexicon could fire there: some word is a written form of a trigger, and the
// sentence also holds a form of one of the lemmas each of that frame's constraints asks
// for ("said" is a trigger only with the words its phrasal frames need).
type Prefilter struct {
	byForm map[string][][]map[string]bool // trigger form -> per frame, per constraint: forms
	speech map[string]bool                // the written forms of the speech verbs
	wrong  map[string]bool                // the written forms of the wrongdoing verbs
}

// NewPrefilter indexes the lexicon's frames by the written forms of their triggers and
// constraints, given a function that lists the forms of a lemma (syntax.Model.Forms).
func (l *Lexicon) NewPrefilter(forms func(lemma string) []string) *Prefilter {
	p := &Prefilter{byForm: map[string][][]map[string]bool{}, speech: map[string]bool{}, wrong: map[string]bool{}}
	for lem := range speechVerbs {
		for _, w := range forms(lem) {
			p.speech[w] = true
		}
	}
	for _, class := range []map[string]bool{wrongdoingVerbs, wrongdoingNouns} {
		for lem := range class {
			for _, w := range forms(lem) {
				p.wrong[w] = true
			}
		}
	}
	cache := map[string][]string{}
	formsOf := func(lemma string) []string {
		if f, ok := cache[lemma]; ok {
			return f
		}
		f := forms(lemma)
		cache[lemma] = f
		return f
	}
	for _, f := range l.frames {
		var cs []map[string]bool
		for _, c := range f.Requires {
			if len(c.Lemmas) == 1 && c.Lemmas[0] == AnyLemma {
				continue // "xcomp=*": any word, so no word to look for
			}
			written := map[string]bool{}
			for _, lem := range c.Lemmas {
				for _, w := range formsOf(lem) {
					written[w] = true
				}
			}
			cs = append(cs, written)
		}
		for _, w := range formsOf(f.Lemma) {
			p.byForm[w] = append(p.byForm[w], cs)
		}
	}
	return p
}

// CouldFire reports whether some frame could fire on a sentence of these lower-case
// words.
func (p *Prefilter) CouldFire(words []string) bool {
	speech := -1 // unknown yet
	for _, w := range words {
		if obligationWords[w] || p.wrong[w] {
			// "must", "should": read only as a speaker's demand, and a misdeed only as a
			// speaker's accusation ("said Iran had meddled"), so only with a speech verb
			if speech < 0 {
				speech = 0
				for _, x := range words {
					if p.speech[x] {
						speech = 1
						break
					}
				}
			}
			if speech == 1 {
				return true
			}
			continue
		}
		if readingWord(w) {
			return true
		}
		for _, cs := range p.byForm[w] {
			if allPresent(cs, words) {
				return true
			}
		}
	}
	return false
}

func allPresent(cs []map[string]bool, words []string) bool {
	for _, set := range cs {
		found := false
		for _, w := range words {
			if set[w] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// HasTrigger reports whether a word of the sentence is a trigger of the lexicon, so that
// a caller can skip the rest of the work for sentences that cannot hold a relation.
func (m *Matcher) HasTrigger(s *syntax.Sentence) bool {
	for i := range s.Words {
		w := &s.Words[i]
		if readingWord(strings.ToLower(w.Form)) || readingWord(strings.ToLower(w.Lemma)) {
			return true
		}
		if len(m.lex.Lookup(m.verbLemma(w, strings.ToLower(w.Lemma)), w.UPOS)) > 0 {
			return true
		}
	}
	return false
}

// Analyze tags and parses words whose offsets point into the text the actors' spans
// do, telling the tagger that the capitalised words of the actors' names (not
// demonyms) are proper nouns: "Beijing" is no -ing verb, "Caracas" no plural. Every
// other word's tags are predicted (tags the words came with are dropped).
func Analyze(m *syntax.Model, ws []syntax.Word, actors []Actor) {
	for i := range ws {
		ws[i].UPOS, ws[i].XPOS = "", ""
		r, _ := utf8.DecodeRuneInString(ws[i].Form)
		if !unicode.IsUpper(r) {
			continue
		}
		for _, a := range actors {
			if !a.Demonym && ws[i].Start >= a.Start && ws[i].End <= a.End {
				ws[i].UPOS, ws[i].XPOS = "PROPN", "NNP"
				break
			}
		}
	}
	m.AnalyzeWords(ws)
}

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
}

func newSentence(s *syntax.Sentence, actors []Actor, stands func(string) Agency) *sentence {
	n := len(s.Words)
	v := &sentence{s: s, stands: stands, kids: make([][]int, n+1), actor: make([]int, n+1), nAct: len(actors), lemmas: make([]string, n+1), actors: actors}
	for i := range v.actor {
		v.actor[i] = -1
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
	for _, k := range v.kids[i] {
		if syntax.BaseRel(v.word(k).Deprel) == "case" {
			c := v.lemmas[k]
			// "on behalf of", "because of": the last word of a multiword case
			for _, kk := range v.kids[k] {
				if v.word(kk).Deprel == "fixed" {
					c = v.lemmas[kk]
				}
			}
			return c
		}
	}
	return ""
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

// hasChild reports whether word h has a dependent with the relation and lemma.
func (v *sentence) hasChild(h int, rel, lemma string) bool {
	for _, k := range v.kids[h] {
		if syntax.BaseRel(v.word(k).Deprel) == rel && v.lemmas[k] == lemma {
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
	if w := v.word(t); len(out) == 0 && w.XPOS == "VBN" && (w.Deprel == "acl" || w.Deprel == "amod") && (slot.Rel == "obl" || slot.Rel == "nsubj") {
		// "the sanctions imposed on Belarus by the EU", "imposed by Washington on
		// Canada": the participle's second phrase hung on the noun of its first
		want := slot.Case
		if slot.Rel == "nsubj" {
			want = "by"
		}
		for _, k := range v.kids[t] {
			if syntax.BaseRel(v.word(k).Deprel) != "obl" {
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

// actorsOf returns the actors a dependent stands for: the actor named by the word;
// else, for a word that names no actor, the actor of its possessor, adjective, noun
// modifier or "of" phrase when the word is an agent of the state ("Iranian diplomats",
// "members of the MEK"), and the actors of its apposition ("the only two Arab states -
// Egypt and Jordan -"); then the same for its conjuncts ("Russia and China"). (An act's
// author - "backed his call", "the US decision" - is not read: on the dev articles it
// gave more false relations than true ones.)
func (v *sentence) actorsOf(k int) []int {
	var out []int
	add := func(a int) {
		for _, b := range out {
			if a == b {
				return
			}
		}
		out = append(out, a)
	}
	var visit func(k, depth int)
	visit = func(k, depth int) {
		if a := v.actor[k]; a >= 0 {
			if p := v.apposedPerson(k); depth == 0 && !v.person[a] && p >= 0 {
				// "Russian Foreign Ministry spokesperson Maria Zakharova accused" parsed
				// with the ministry as the head: the person the apposition names acts
				add(p)
			} else {
				add(a)
			}
		} else if a := v.flatName(k); a >= 0 {
			add(a) // "Mr Kerry", "President Putin" parsed with the title as the head
		} else if depth == 0 {
			agent, member := v.standsFor(k), v.memberOf(k)
			if p := v.apposedPerson(k); agent && p < 0 && v.nextPerson(k) >= 0 {
				// "visited Chinese leader Xi Jinping", "met Japan's foreign minister, Yoko
				// Kamikawa," parsed with the name apart: the person right after the title
				// holds it
				add(v.nextPerson(k))
				agent = false
			} else if agent && p >= 0 {
				// "Israel's prime minister, Benjamin Netanyahu,": the person named, not
				// the state the title is of
				add(p)
				agent = false
			}
			for _, c := range v.kids[k] {
				d := v.word(c).Deprel
				modifier := d == "nmod:poss" || d == "amod" || d == "compound" || d == "flat" ||
					syntax.BaseRel(d) == "nmod" && (v.caseOf(c) == "of" || v.caseOf(c) == "from" && !placedAgents[v.lemmas[k]] ||
						v.caseOf(c) == "in" && v.seatedIn(k, c))
				switch {
				case agent && syntax.BaseRel(d) == "nmod" && v.listed(c):
					// "several countries, including France and Germany,": the ones named
					visit(c, depth+1)
				case agent && (d == "flat" || d == "nmod:desc"):
					// "Deputy Foreign Minister ... Hossein Amir-Abdollahian": the title's holder
					if a := v.actor[c]; a >= 0 {
						add(a)
					}
				case agent && modifier:
					if a := v.actor[c]; a >= 0 && !v.person[a] {
						visit(c, depth+1) // and its conjuncts: "the powers of Qatar and Turkey"
					}
				case member && modifier:
					if a := v.actor[c]; a >= 0 && v.armed[a] {
						add(a) // "Hezbollah fighters", "militants of the Islamic State"
					}
				case d == "appos":
					visit(c, depth+1)
				}
			}
		}
		for _, c := range v.kids[k] {
			if v.word(c).Deprel == "conj" {
				visit(c, depth)
			}
		}
		for _, c := range v.nameConjuncts(k) {
			visit(c, depth) // "the Democratic Republic of the Congo and Rwanda"
		}
	}
	visit(k, 0)
	return out
}

// seatedAgents are the nouns of a state's government that a place after "in" names
// ("the authorities in Tehran", "officials in Moscow").
var seatedAgents = wordClass("seated-agent")

// seatedIn reports whether the "in" phrase c of the agent noun k names the state the
// noun stands for: k is a seated agent, c a country (by its name or capital), and no
// other actor or a foreign-modifier modifies k ("U.S. officials in Moscow" are the United
// States', "world leaders in China" no one's).
func (v *sentence) seatedIn(k, c int) bool {
	if !seatedAgents[v.lemmas[k]] || !v.country(v.actor[c]) {
		return false
	}
	if v.otherActorModifier(k, c) {
		return false
	}
	for _, o := range v.kids[k] {
		if d := v.word(o).Deprel; (d == "amod" || d == "compound") && foreignModifiers[v.lemmas[o]] {
			return false // "world leaders in China"
		}
	}
	return true
}

// otherActorModifier reports whether an actor other than the one at c modifies the noun
// at k (as its possessor, adjective, compound or nominal modifier).
func (v *sentence) otherActorModifier(k, c int) bool {
	for _, o := range v.kids[k] {
		if d := v.word(o).Deprel; o != c && v.actor[o] >= 0 && v.actor[o] != v.actor[c] && (d == "nmod:poss" || d == "amod" || d == "compound" || syntax.BaseRel(d) == "nmod") {
			return true
		}
	}
	return false
}

// foreignModifiers make a seated agent another state's ("world leaders in China",
// "foreign officials in Kabul").
var foreignModifiers = wordClass("foreign-modifier")

// country reports whether actor a is a state (not its demonym: "officials in Iranian
// cities" are nobody's).
func (v *sentence) country(a int) bool {
	return a >= 0 && !v.demonym[a] && v.actors[a].State
}

// placedAgents are agents whose "from" phrase is as often where they leave or are sent
// from ("troops from Syria") as whom they serve; "officials from Iran" are Iran's.
var placedAgents = map[string]bool{"troop": true, "force": true, "soldier": true, "army": true, "military": true, "unit": true, "personnel": true}

// nextPerson returns the person named right after the title noun k, or after it and a
// comma ("Japan's foreign minister, Yoko Kamikawa,"), or -1.
func (v *sentence) nextPerson(k int) int {
	n := len(v.s.Words)
	next := k + 1
	if next <= n && v.word(next).Form == "," {
		next++
	}
	if next > n || v.actor[next] < 0 || !v.person[v.actor[next]] {
		return -1
	}
	if next > k+1 {
		// set off by commas: the name must close with one, or end the sentence
		end := next
		for end+1 <= n && v.actor[end+1] == v.actor[next] {
			end++
		}
		if end+1 <= n && v.word(end+1).UPOS != "PUNCT" {
			return -1
		}
	}
	return v.actor[next]
}

// flatName returns the actor a word names through the rest of its name: a word that
// names none itself ("Mr", "President") whose flat dependent names one; -1 for none.
func (v *sentence) flatName(k int) int {
	// the person among the flat words, else the last actor: in "Arizona GOP Sen. John
	// McCain" parsed as one flat name headed by "Arizona", McCain acts, not the party
	found := -1
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "flat" {
			if a := v.actor[c]; a >= 0 && (found < 0 || v.person[a] || !v.person[found]) {
				found = a
			}
		}
	}
	if found >= 0 {
		return found
	}
	// "U.S. Secretary of State Hillary Clinton" parsed as Secretary -> of -> Hillary: a
	// capitalised title inside the sentence whose "of" phrase holds a person's name
	if w := v.word(k); k > 1 && (w.UPOS == "NOUN" || w.UPOS == "PROPN") && unicode.IsUpper(firstRune(w.Form)) {
		for _, c := range v.kids[k] {
			if syntax.BaseRel(v.word(c).Deprel) != "nmod" {
				continue
			}
			for _, g := range append([]int{c}, v.kids[c]...) {
				if a := v.actor[g]; a >= 0 && v.person[a] && (g == c || v.word(g).Deprel == "flat") {
					return a
				}
			}
		}
	}
	return -1
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// bindPossessives makes "its" and "their" the subject of their own clause when that
// subject is a country or group: in "The United States condemned China and reaffirmed
// its support for the Philippines" the support is the United States', whatever actor
// the article named last. A possessive in a clause whose subject names no actor keeps
// the actor it was given.
func (v *sentence) bindPossessives(actors []Actor) {
	for k := 1; k <= len(v.s.Words); k++ {
		if l := v.lemmas[k]; l != "its" && l != "their" || v.word(k).Deprel != "nmod:poss" || v.actor[k] < 0 {
			continue
		}
		n := v.word(k).Head
		if n <= 0 {
			continue
		}
		// up from the possessed noun through the phrases it sits in ("as one of its
		// allies") to the verb whose object or oblique they are
		for steps := 0; steps < 3 && n > 0 && syntax.BaseRel(v.word(n).Deprel) == "nmod"; steps++ {
			n = v.word(n).Head
		}
		if n <= 0 {
			continue
		}
		verb := v.word(n).Head
		switch syntax.BaseRel(v.word(n).Deprel) {
		case "obj", "obl", "iobj":
		default:
			continue
		}
		if verb <= 0 || v.word(verb).UPOS != "VERB" {
			continue
		}
		subj := v.argument(verb, v.dependents(verb, Slot{Rel: "nsubj"}, isPassive(v, verb)))
		if len(subj) == 0 {
			subj = v.inheritedSubject(verb)
		}
		if w := v.word(verb); len(subj) == 0 && w.Deprel == "acl" && w.XPOS == "VBN" && w.Head > 0 {
			subj = v.participleParty(verb)
		}
		if len(subj) == 1 && !v.person[subj[0]] && !v.demonym[subj[0]] && subj[0] != v.actor[k] {
			v.actor[k] = subj[0]
		}
	}
}

// participleParty returns whom "its" or "their" in the phrase of a participle modifying a
// noun stands for, the participle having no subject: the party its "on" or "against"
// phrase names ("sanctions imposed on Iraq after its invasion of Kuwait": Iraq), else the
// subject of the clause the noun is in ("Russia is under sanctions, imposed over its
// invasion of Ukraine": Russia), its predicate's or its verb's.
func (v *sentence) participleParty(p int) []int {
	var party []int
	for _, c := range v.kids[p] {
		if cs := v.caseOf(c); syntax.BaseRel(v.word(c).Deprel) == "obl" && (cs == "on" || cs == "against") {
			party = v.actorsOf(c)
		}
	}
	if len(party) > 0 {
		return party
	}
	n := v.word(p).Head
	if subj := v.argument(n, v.subjects(n)); len(subj) > 0 || v.word(n).Head <= 0 {
		return subj
	}
	g := v.word(n).Head
	return v.argument(g, v.subjects(g))
}

// bindReportedIt binds "it" as the subject of a speech verb's complement to the speech
// verb's subject: "The administration said it believed Russia was responsible" is the
// administration's belief, whatever actor the article named last. Only when that subject
// is one actor that is not a person ("he said it ..." leaves "it" alone).
func (v *sentence) bindReportedIt() {
	for k := 1; k <= len(v.s.Words); k++ {
		w := v.word(k)
		if v.lemmas[k] != "it" || v.actor[k] < 0 || syntax.BaseRel(w.Deprel) != "nsubj" || w.Head <= 0 {
			continue
		}
		c := v.word(w.Head)
		if c.Deprel != "ccomp" || c.Head <= 0 || !speechVerbs[v.lemmas[c.Head]] {
			continue
		}
		subj := v.argument(c.Head, v.subjects(c.Head))
		if len(subj) == 1 && !v.person[subj[0]] && !v.demonym[subj[0]] {
			v.actor[k] = subj[0]
		}
	}
}

// reportedThey returns the speakers "they" stands for as the subject of a speech verb's
// complement, when the speech verb's subject names two actors or more by nouns joined
// by "and" or listed ("Chile and Peru said they had signed a treaty", "the ministers of
// Chile, Peru and Bolivia said that they wanted ..."); nil otherwise, and for a "they"
// the article's coreference resolved.
func (v *sentence) reportedThey(k int) []int {
	w := v.word(k)
	if v.lemmas[k] != "they" || v.actor[k] >= 0 || syntax.BaseRel(w.Deprel) != "nsubj" || w.Head <= 0 {
		return nil
	}
	c := v.word(w.Head)
	if c.Deprel != "ccomp" || c.Head <= 0 || !speechVerbs[v.lemmas[c.Head]] {
		return nil
	}
	sp := c.Head
	subj := v.subjects(sp)
	for len(subj) == 0 && (v.word(sp).Deprel == "conj" || v.word(sp).Deprel == "advcl" && v.word(sp).XPOS == "VBG") {
		// "met in Berlin and said that they ...", "condemned the attack, saying they
		// ...": the subject of the verb it is joined to or hangs on
		sp = v.word(sp).Head
		subj = v.subjects(sp)
	}
	if len(subj) != 1 {
		return nil
	}
	var out []int
	add := func(as []int) {
		for _, a := range as {
			if !contains(out, a) {
				out = append(out, a)
			}
		}
	}
	add(v.actorsOf(subj[0]))
	for _, j := range v.kids[subj[0]] {
		if v.word(j).Deprel == "conj" {
			add(v.actorsOf(j))
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// withoutConjuncts drops from as the actors of k's conjuncts: "the military-backed
// government and the Brotherhood" - the participle modifies the government alone.
func (v *sentence) withoutConjuncts(k int, as []int) []int {
	if !v.modifyingParticiple(v.firstParticiple(k)) {
		return as
	}
	var drop []int
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "conj" {
			drop = append(drop, v.actorsOf(c)...)
		}
	}
	var out []int
	for _, a := range as {
		if !contains(drop, a) {
			out = append(out, a)
		}
	}
	return out
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

// possessorOf returns the actor that possesses the noun at k ("its plans"), or nil.
func (v *sentence) possessorOf(k int) []int {
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "nmod:poss" {
			if a := v.actor[c]; a >= 0 {
				return []int{a}
			}
		}
	}
	return nil
}

// likened returns the actors of the trigger's "like" phrase ("which like Iran and
// Hezbollah backs Assad"): they act as its subject does. Nil when it has none.
func (v *sentence) likened(t int) []int {
	var out []int
	for _, k := range v.kids[t] {
		if rel := syntax.BaseRel(v.word(k).Deprel); (rel == "obl" || rel == "nsubj") && v.caseOf(k) == "like" {
			out = append(out, v.actorsOf(k)...)
		}
	}
	return out
}

// likenedSubject returns the antecedent of a relative clause whose only subject is a
// "like" phrase ("Russia, which like Iran backs Assad" parsed with "like Iran" as the
// subject): the relative clause's noun; nil otherwise.
func (v *sentence) likenedSubject(t int) []int {
	w := v.word(t)
	if w.Deprel != "acl:relcl" || w.Head <= 0 || len(v.likened(t)) == 0 {
		return nil
	}
	for _, k := range v.subjects(t) {
		if v.caseOf(k) != "like" {
			return nil
		}
	}
	return v.actorsOf(w.Head)
}

// apposedPerson returns the official an apposition under word k names, through at most
// one title noun ("Russian/appos spokesperson/appos Maria Zakharova"), or -1.
func (v *sentence) apposedPerson(k int) int {
	for _, c := range v.kids[k] {
		if v.word(c).Deprel != "appos" {
			continue
		}
		if a := v.actor[c]; a >= 0 && v.person[a] {
			return a
		}
		if v.actor[c] < 0 {
			for _, g := range v.kids[c] {
				if a := v.actor[g]; a >= 0 && v.person[a] && v.word(g).Deprel == "appos" {
					return a
				}
			}
		}
		if v.actor[c] >= 0 && v.actor[c] == v.actor[k] {
			// "House Foreign Affairs Committee Chairman Ed Royce" parsed as one name with
			// the body's last word apposed and the chairman flat under it: the person
			for _, g := range v.kids[c] {
				if a := v.actor[g]; a >= 0 && v.person[a] && v.word(g).Deprel == "flat" {
					return a
				}
			}
		}
	}
	return -1
}

// standsFor reports whether the common noun at k acts for the actor that modifies it:
// the agents' nouns ("diplomats", "forces", "government", "Iran's ambassador"; a titled
// person the mention stage did not name rolls up to the state, which the gold files
// accept), and not when another modifier says the noun is no agent of the state
// ("Ugandan rebel forces", "opposition lawmakers").
func (v *sentence) standsFor(k int) bool {
	w := v.word(k)
	if w.UPOS != "NOUN" {
		return false
	}
	if v.stands(v.lemmas[k]) != StandsForState {
		return v.stateVoice(k)
	}
	bare := bareAgents[v.lemmas[k]]
	for _, c := range v.kids[k] {
		d := v.word(c).Deprel
		if (d == "compound" || d == "amod") && notTheState(v.stands(v.lemmas[c])) {
			return false
		}
		if bare && d == "compound" && v.actor[c] < 0 {
			return false // "an American disaster response team"
		}
	}
	return true
}

// bareAgents stand for their state only when no other noun says what they do ("a U.S.
// team", not "a U.S. rescue team").
var bareAgents = wordClass("bare-agent")

// stateVoice reports whether the noun at k names the media a state runs ("Chinese state
// media", "Iranian state-run television"): they speak for the state that modifies them.
func (v *sentence) stateVoice(k int) bool {
	if !stateVoices[v.lemmas[k]] {
		return false
	}
	for _, c := range v.kids[k] {
		if d := v.word(c).Deprel; (d == "compound" || d == "amod") && (v.lemmas[c] == "state" || stateVoiceModifiers[v.lemmas[c]] && v.hasChild(c, "compound", "state")) {
			return true // "state media", "state-run television" (split at the hyphen)
		}
	}
	return false
}

// stateVoices and stateVoiceModifiers name the media a state runs: see stateVoice.
var stateVoices, stateVoiceModifiers = wordClass("state-voice"), wordClass("state-voice-modifier")

// notTheState reports whether a noun of the agency names no agent of a state.
func notTheState(a Agency) bool { return a == NotTheState || a == GroupMember }

// memberOf reports whether the common noun at k names members of an armed group
// ("fighters", "militants"), who act for the armed group that modifies them.
func (v *sentence) memberOf(k int) bool {
	return v.word(k).UPOS == "NOUN" && v.stands(v.lemmas[k]) == GroupMember
}

// relativeAntecedent returns the noun a relative pronoun stands for ("the ministry,
// which ..."): the head of the relative clause the pronoun is in, or 0.
func (v *sentence) relativeAntecedent(k int) int {
	switch v.lemmas[k] {
	case "which", "who", "that", "whom":
	default:
		return 0
	}
	for h := v.word(k).Head; h > 0; h = v.word(h).Head {
		if v.word(h).Deprel == "acl:relcl" {
			if a := v.whoseNamed(k, v.word(h).Head); a > 0 {
				return a
			}
			return v.word(h).Head
		}
		if h == v.word(h).Head {
			break
		}
	}
	return v.setOffAntecedent(k)
}

// whoseNamed returns the name before "who" set off by a comma when the parser hung the
// relative clause on a noun n above it that names no actor and so is no one ("after a
// call with Lavrov, who then threatened ...", "drew protests from Chile and Peru, who
// accused ..."): "who" is said of people, and the name is the one it follows; else 0.
func (v *sentence) whoseNamed(k, n int) int {
	if v.lemmas[k] != "who" || v.word(n).UPOS != "NOUN" {
		return 0
	}
	a := v.beforeMark(k)
	if a <= 0 || a == n || v.actor[a] < 0 || !v.under(a, n) || len(v.actorsOf(n)) > 0 {
		return 0
	}
	return v.allJoined(a, k)
}

// oneAmong returns the subject said to be one of the group the noun at n names, when n
// is the predicate of a copula after "among" ("China was among the countries that
// ...") or the "of" phrase of "one" that is such a predicate or an apposition ("X was
// one of those who ...", "X, one of the few Democrats who ..."): what the group does in
// its relative clause, the subject does; 0 otherwise.
func (v *sentence) oneAmong(n int) int {
	p := n
	switch c := v.caseOf(n); {
	case c == "among":
	case c == "of" && v.lemmas[v.word(n).Head] == "one" && v.word(n).Head > 0:
		p = v.word(n).Head
	default:
		return 0
	}
	if v.word(p).Deprel == "appos" && v.word(p).Head > 0 && v.word(p).Head < p {
		return v.word(p).Head
	}
	if !v.hasChild(p, "cop", "be") {
		return 0
	}
	if subj := v.subjects(p); len(subj) == 1 {
		return subj[0]
	}
	return 0
}

// setOffAntecedent returns the noun before a relative clause set off by a comma, a dash
// or a bracket that the parser hung elsewhere (as a parataxis, conjunct, adverbial
// clause or the root: "the US, which carried out the strike", "Democrats, who accused
// him", "Mr Corbyn - who boycotted the dinner"): the word right before the mark, when
// the pronoun ("who", "which") is the subject of its clause and that word is a noun or a
// name not placed by a preposition of place ("talks in Moscow, which ..."), or 0.
func (v *sentence) setOffAntecedent(k int) int {
	if v.lemmas[k] != "who" && v.lemmas[k] != "which" || syntax.BaseRel(v.word(k).Deprel) != "nsubj" {
		return 0
	}
	if h := v.word(k).Head; h < k || v.word(h).Deprel == "acl:relcl" {
		return 0
	}
	a := v.beforeMark(k)
	if a > 0 && v.lemmas[k] == "who" {
		if p := v.describedPerson(a); p > 0 {
			return p // "Jeremy Corbyn, leader of the Labour Party, who ..."
		}
	}
	if a <= 0 || placePrepositions[v.caseOf(a)] {
		return 0
	}
	return v.allJoined(a, k)
}

// describedPerson returns the person's name that the phrase ending at a describes as
// its apposition, when a is not that person: "Jeremy Corbyn, leader of the Labour
// Party", "Michael Flynn, Trump's former adviser", "Sen. John McCain, R-Ariz." (a name
// with its party and state); climbing from a through the words of the phrase
// (compounds, modifiers, flat names) to the first apposition; 0 otherwise.
func (v *sentence) describedPerson(a int) int {
	isPerson := func(p int) bool {
		x := v.actor[p]
		if x < 0 {
			x = v.flatName(p)
		}
		return x >= 0 && v.person[x]
	}
	if isPerson(a) {
		return 0
	}
	p := a
	for steps := 0; steps < 8 && p > 0; steps++ {
		switch v.word(p).Deprel {
		case "appos":
			if h := v.word(p).Head; h > 0 && h < p && isPerson(h) {
				return h
			}
			return 0
		case "flat", "compound", "nmod", "amod", "nmod:poss", "conj":
			p = v.word(p).Head
		default:
			return 0
		}
	}
	return 0
}

// beforeMark returns the noun or name right before the comma, dash or bracket before
// the relative pronoun at k, or 0.
func (v *sentence) beforeMark(k int) int {
	if k < 3 {
		return 0
	}
	switch v.word(k - 1).Form {
	case ",", "-", "–", "—", "(":
	default:
		return 0
	}
	a := k - 2
	if v.word(a).Form == "." && a > 1 && v.word(a-1).UPOS == "PROPN" {
		a-- // "R-Ariz., who": an abbreviation's stop
	}
	if u := v.word(a).UPOS; u != "NOUN" && u != "PROPN" {
		return 0
	}
	return a
}

// allJoined returns the first of the nouns joined by "and" that end at a when the
// relative clause of the pronoun at k is in the plural: "Russia and China, who support
// Assad" is said of them all ("Russia, which is ...", "the White House and Democrats,
// who accused ...": of the last only); else a.
func (v *sentence) allJoined(a, k int) int {
	for v.word(a).Deprel == "conj" && v.hasChild(a, "cc", "and") && v.pluralClause(v.word(k).Head) {
		a = v.word(a).Head
	}
	return a
}

// pluralClause reports whether the verb at h, or its first auxiliary or copula, is in
// the plural of the present or past ("support", "are", "were", "have"); a past form
// ("accused") has no number.
func (v *sentence) pluralClause(h int) bool {
	for _, c := range v.kids[h] {
		if d := v.word(c).Deprel; c < h && (d == "aux" || d == "aux:pass" || d == "cop") {
			switch strings.ToLower(v.word(c).Form) {
			case "are", "were", "have", "do", "'re", "'ve":
				return true
			}
			return false
		}
	}
	return v.word(h).XPOS == "VBP"
}

// placePrepositions place what they introduce: a noun after them is where something
// is, not who acts in a relative clause set off after it.
var placePrepositions = wordClass("place-preposition")

// argument resolves the dependents that fill a slot of the word at t to actors. Only
// the dependent nearest to t counts: two subjects of one verb are a misparse ("US House
// Speaker Newt Gingrich met": the speaker, not the House, met), and a farther one is not
// a fallback. A core argument introduced by a preposition ("which like Iran backs") is
// a misparse too and names no argument.
func (v *sentence) argument(t int, deps []int) []int {
	var kept []int
	for _, d := range deps {
		// "Mexico, Bolivia and Cuba all expressed": the quantifier is no argument
		if !quantifiers[v.lemmas[d]] || v.actor[d] >= 0 {
			kept = append(kept, d)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	// "U.S. air strikes", "Israeli drone attacks": of several modifiers of an attack
	// noun, the ones that name no actor are no rival arguments (of other nouns a named
	// modifier is as often the topic: "the Syria peace deals", "Iran oil sanctions")
	if v.namedModifiers && modifiersOnly(v, kept) {
		var named []int
		for _, d := range kept {
			if v.actor[d] >= 0 {
				named = append(named, d)
			}
		}
		if len(named) > 0 {
			kept = named
		}
	}
	k := kept[0]
	for _, d := range kept[1:] {
		if abs(d-t) < abs(k-t) {
			k = d
		}
	}
	if rel := syntax.BaseRel(v.word(k).Deprel); (rel == "nsubj" || rel == "obj") && v.hasCase(k) {
		return nil
	}
	if as := v.reportedThey(k); len(as) > 0 {
		return as // "Chile and Peru said they had signed ...": the speakers
	}
	if ante := v.relativeAntecedent(k); ante > 0 {
		if syntax.BaseRel(v.word(k).Deprel) == "nsubj" && len(v.actorsOf(ante)) == 0 {
			if as := v.statementAuthor(ante); len(as) > 0 {
				return as // "issued a statement that condemned the strikes"
			}
		}
		if s := v.oneAmong(ante); s > 0 && len(v.actorsOf(ante)) == 0 {
			ante = s // "China was among the countries that reprimanded ...": China
		}
		k = ante
	}
	if a := v.actor[k]; a >= 0 && v.demonym[a] && !v.nationNoun(k) && !v.modifyingParticiple(v.word(k).Head) && !v.actsBy(k, t) {
		// "Argentine President X and ..." misparsed with the adjective as the head; a
		// plural people noun ("the Iranians", "the French") may stand for its state
		return nil
	}
	return v.actorsOf(k)
}

// nationNoun reports whether the demonym at k is a people noun that may stand for its
// state: a plural ("the Iranians", "Russians"), or a demonym whose plural is its
// adjective after "the" ("the French", "the Chinese", "the British"), with no word
// that makes it a crowd ("many Americans", "ordinary Russians": people, not their
// state; a number is not one: "expelled 60 Russians", "five Israelis were killed").
func (v *sentence) nationNoun(k int) bool {
	w := v.word(k)
	plural := w.XPOS == "NNPS" || w.XPOS == "NNS"
	the := false
	for _, c := range v.kids[k] {
		d := v.word(c).Deprel
		switch {
		case (d == "amod" || d == "det") && crowdWords[v.lemmas[c]]:
			return false
		case d == "det" && v.lemmas[c] == "the":
			the = true
		}
	}
	if plural {
		return true
	}
	if !the || k < len(v.s.Words) && firstRune(v.word(k+1).Form) >= 'A' && firstRune(v.word(k+1).Form) <= 'Z' {
		return false // "the Argentine President X"
	}
	f := strings.ToLower(w.Form)
	return strings.HasSuffix(f, "s") || strings.HasSuffix(f, "ese") || strings.HasSuffix(f, "ish") || strings.HasSuffix(f, "ch") || strings.HasSuffix(f, "sh")
}

// crowdWords make a people noun a crowd of its people, not its state ("many
// Americans", "ordinary Russians").
var crowdWords = wordClass("crowd-word")

// actsBy reports whether the adjective at k is the nationality of the act the noun t
// names: "the Iranian charges", "American support for Kyiv", "Russian aggression against
// Georgia" (an adjective of the trigger noun itself, before it).
func (v *sentence) actsBy(k, t int) bool {
	w := v.word(k)
	return w.Deprel == "amod" && w.Head == t && k < t && v.word(t).UPOS == "NOUN"
}

// modifiersOnly reports whether every dependent modifies a noun (compound, amod,
// possessor) rather than being a clause's argument.
func modifiersOnly(v *sentence, deps []int) bool {
	for _, d := range deps {
		switch v.word(d).Deprel {
		case "compound", "amod", "nmod:poss":
		default:
			return false
		}
	}
	return true
}

// quantifiers float beside the argument they quantify ("they all", "both").
var quantifiers = wordClass("quantifier")

func (v *sentence) hasCase(k int) bool {
	for _, c := range v.kids[k] {
		if syntax.BaseRel(v.word(c).Deprel) == "case" {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Verbs whose clausal complement is an act that has not happened.
var (
	threatVerbs = wordClass("threat-verb")
	undoneVerbs = wordClass("undone-verb")
	// Nouns that make an act under them possible or feared, not done: "the threat of
	// an invasion", "the danger of war", "calls for sanctions".
	undoneNouns = wordClass("undone-noun")
	// Nouns whose clause is someone's claim: "allegations that China pressured the WHO".
	claimNouns = wordClass("claim-noun")
	modalAux   = wordClass("modal")
	negation   = wordClass("negation")
	// Marks of a condition or an open question.
	conditionMarks = wordClass("condition")
)

// qualify returns why the trigger at t does not state a done act ("" when it does), and
// whether the act is threatened (a threat verb governs it).
func (v *sentence) qualify(t int) (blocked string, threat int) {
	isNoun := v.word(t).UPOS == "NOUN"
	for _, k := range v.kids[t] {
		w, d := v.lemmas[k], v.word(k).Deprel
		base := syntax.BaseRel(d)
		switch {
		case base == "aux" && (w == "should" || w == "must") && v.heldResponsible(t):
			// "Tehran should be held responsible": saying so is the accusation
		case base == "advmod" && negation[w] && !v.notOnly(k), base == "det" && (w == "no" || w == "neither"), d == "cc:preconj" && w == "neither",
			base == "cc" && w == "nor" && v.word(t).UPOS != "NOUN" && v.word(t).UPOS != "PROPN":
			// a verb joined by "nor" is negated: "Nor did Russia attack", "neither
			// attacked nor threatened it", "..., nor has it expelled them"
			return "negated: " + w, 0
		case base == "aux" && modalAux[w]:
			return "modal: " + w, 0
		case base == "mark" && w == "without":
			return "negated: without", 0 // "fled without fighting back"
		case base == "mark" && conditionMarks[w]:
			return "conditional: " + w, 0
		case base == "advmod" && w == "yet" && v.hasChild(t, "mark", "to"):
			return "not done: yet to", 0 // "has yet to recognise"
		case isNoun && base == "det" && (w == "any" || w == "possible"):
			return "hypothetical: " + w, 0
		case isNoun && (base == "amod" || base == "compound") && hypotheticalAdjectives[w]:
			// ("the potential/compound strike": the adjective tagged as a noun)
			return "hypothetical: " + w, 0
		case isNoun && (base == "amod" || base == "advmod") && (w == "alleged" || w == "suspected" || w == "purported" || w == "allegedly"):
			return "claimed: " + w, 0 // "alleged Chinese cyberattacks on the U.S."
		}
	}
	if v.word(t).XPOS == "VB" && v.hasChild(t, "mark", "to") && (v.hasChild(t, "cop", "be") || v.hasChild(t, "aux", "be")) {
		return "not done: be to", 0 // "Hook is to meet officials": a plan
	}
	// "Neither France nor Germany ...", "No country ...": a negated subject.
	for _, k := range v.subjects(t) {
		for _, c := range v.kids[k] {
			if w := v.lemmas[c]; (w == "neither" || w == "no") && syntax.BaseRel(v.word(c).Deprel) != "case" {
				return "negated: " + w, 0
			}
		}
	}
	// Walk up through the clauses that govern the trigger.
	child := t
	for h := v.word(t).Head; h > 0; child, h = h, v.word(h).Head {
		rel := v.word(child).Deprel
		base := syntax.BaseRel(rel)
		hl := v.lemmas[h]
		switch base {
		case "csubj":
			return "generic: subject clause", 0 // "agreeing a deal with the US would be tight"
		case "xcomp", "ccomp":
			if threatVerbs[hl] && base == "xcomp" {
				if b, _ := v.qualify(h); b != "" {
					return b, 0
				}
				return "", h
			}
			if base == "ccomp" && speechVerbs[hl] && undoneVerbs[hl] {
				// "told Iran to stop" leaves the act undone; "told reporters that Chile
				// was talking with Peru" reports it (the reporting rules read it), unless
				// the telling is itself negated or modal ("did not tell them that ...")
				if b := v.modalOrNegated(h); b != "" {
					return b, 0
				}
			} else if undoneVerbs[hl] {
				return "not done: " + hl, 0
			}
			if hl == "have" && base == "xcomp" && v.hasChild(child, "mark", "to") {
				return "not done: have to", 0 // "we have to arm the rebels": an obligation
			}
			if hl == "go" && base == "xcomp" && v.word(h).XPOS == "VBG" && v.hasChild(child, "mark", "to") {
				return "not done: going to", 0 // "were going to have meetings": a plan
			}
			for _, k := range v.kids[h] {
				if v.lemmas[k] == "yet" && base == "xcomp" {
					return "not done: yet to", 0 // "has yet to recognise"
				}
			}
			if base == "xcomp" {
				// "decided to expel": the control verb's own negation or modality counts
				if b, th := v.qualify(h); b != "" || th != 0 {
					return b, th
				}
			}
			return "", 0 // a reported act ("said X expelled Y") stands as reported
		case "acl", "nmod":
			if base == "nmod" && circumstances[v.caseOf(child)] {
				return "", 0 // "on display at his meeting with Putin": a circumstance, told as done
			}
			if hl == "threat" && base == "acl" && v.hasChild(child, "mark", "to") && v.word(h).UPOS == "NOUN" {
				// "China's threat to impose sanctions": like "threatened to impose"
				if b, _ := v.qualify(h); b != "" {
					return b, 0
				}
				return "", h
			}
			if rel == "acl:relcl" && v.hasChild(child, "nsubj", "who") {
				// "after a call with Lavrov, who then threatened ...": a clause of "who"
				// tells what someone did, not the content of the noun it hangs on
				return "", 0
			}
			if undoneNouns[hl] && !(base == "acl" && v.word(child).XPOS == "VBN") {
				// (not "pledges made by Mexico in talks with the US": a participle
				// that modifies the noun is done)
				return "not done: " + hl, 0
			}
			if claimNouns[hl] && base == "acl" && (v.hasChild(child, "mark", "that") || len(v.subjects(child)) > 0) {
				return "claimed: " + hl, 0 // "allegations that China pressured the WHO"
			}
			if base == "acl" && decisionNouns[hl] && v.hasChild(child, "mark", "to") {
				return v.qualify(h) // "the decision to expel the envoy": as done as the decision
			}
			if rel == "acl:relcl" || base == "acl" && v.word(child).XPOS == "VBN" && !v.hasChild(child, "mark", "to") {
				return "", 0 // "the sanctions imposed on Iraq": a reduced relative clause states a done act
			}
			continue // "all means to wipe out": the clause above the noun decides
		case "advcl":
			for _, k := range v.kids[child] {
				if syntax.BaseRel(v.word(k).Deprel) == "mark" && conditionMarks[v.lemmas[k]] {
					return "conditional: " + v.lemmas[k], 0
				}
			}
			if claimVerbs[hl] && (v.hasChild(child, "mark", "of") || v.hasChild(child, "mark", "for")) {
				return "claimed: " + hl, 0 // "accused the U.S. of using ...": the accuser's claim
			}
			if v.word(child).XPOS == "VBG" && (v.hasChild(child, "mark", "of") || v.hasChild(child, "mark", "for")) {
				continue // "of using ... as a pretext for hitting": the clause above decides
			}
			if decisionNouns[hl] && v.hasChild(child, "mark", "to") {
				return v.qualify(h) // "Obama's move to normalize relations": as done as the move
			}
			if v.hasChild(child, "mark", "to") && v.word(child).XPOS == "VB" && !v.ordinalBefore(child) && !enactVerbs[hl] && !causeVerbs[hl] {
				return "purpose: to", 0 // "sent troops to attack": an aim, not a done act
			}
			if v.mannerClause(child) {
				// "could go as far as cutting ties", "would respond by expelling": the
				// way the governing act is done shares its modality
				return v.qualify(h)
			}
			if undoneVerbs[hl] && (v.hasChild(child, "mark", "to") || v.hasChild(child, "mark", "from") || v.hasChild(child, "mark", "of") || v.hasChild(child, "mark", "on")) {
				return "not done: " + hl, 0 // "looking forward to meeting", "discourage Rome from supplying", "keen on opening"
			}
			return "", 0
		case "conj":
			// coordinated verbs share their auxiliaries and negation: "may expel or sanction";
			// a conjunct with a subject of its own does not ("Japan did not comment, but
			// South Korea condemned ...")
			if len(v.subjects(child)) > 0 {
				continue
			}
			for _, k := range v.kids[h] {
				w, d := v.lemmas[k], syntax.BaseRel(v.word(k).Deprel)
				if d == "aux" && modalAux[w] {
					return "modal: " + w, 0
				}
				if d == "advmod" && negation[w] && v.word(k).ID < v.word(child).ID {
					return "negated: " + w, 0
				}
			}
			continue
		case "obj", "nsubj", "obl", "root":
			if isNoun && base == "obj" && allegeVerbs[hl] {
				return "claimed: " + hl, 0 // "alleged Chinese cyberattacks", parsed with "alleged" as the verb
			}
			if isNoun && child == t && base == "obj" && presupposing[hl] {
				// "will not lift the sanctions imposed on Iraq", "would flout the embargo":
				// the act is there, whatever becomes of it
				return "", 0
			}
			if isNoun && child == t && base == "obj" && v.ownedByAnother(t, h) && (reactionVerbs[hl] || !undoneVerbs[hl] && !threatVerbs[hl]) {
				// "rejected British demands": the demand was made, rejecting it is another
				// act; "would fully implement all U.N. sanctions": the sanctions are there
				return "", 0
			}
			if isNoun && base == "obj" && (supportVerbs[hl] || hl == "have") {
				// "refused to issue a rebuke", "does not have a treaty with": the support
				// verb's clause decides
				return v.qualify(h)
			}
			if isNoun && base != "root" && (undoneVerbs[hl] || threatVerbs[hl]) && !(base == "obl" && circumstances[v.caseOf(child)]) {
				// ("was told in a phone call with Esper": the call is no complement of "tell")
				// "called for sanctions", "threatened sanctions"
				if threatVerbs[hl] {
					if b, _ := v.qualify(h); b != "" {
						return b, 0
					}
					return "", h
				}
				return "not done: " + hl, 0
			}
			if b := v.modalOrNegated(h); b != "" && child != t {
				return b, 0 // "would try all means to wipe out"
			}
			if isNoun && base != "root" && v.word(h).Head > 0 {
				// "must decide whether to revive US sanctions on Iran": a noun's act is
				// as done as the clause it is named in
				if b, _ := v.qualify(h); b != "" {
					return b, 0
				}
			}
			return "", 0
		default:
			return "", 0
		}
	}
	return "", 0
}

// hypotheticalAdjectives make the act a noun names one that may come, not one done: "a
// possible deal", "the planned summit", "an upcoming meeting".
var hypotheticalAdjectives = map[string]bool{"possible": true, "potential": true, "future": true, "proposed": true,
	"planned": true, "upcoming": true, "prospective": true, "expected": true, "mooted": true, "anticipated": true,
	"scheduled": true,
	// the same as participles, by their lemma: "a planned/VBN meeting"
	"plan": true, "propose": true, "expect": true, "anticipate": true, "schedule": true, "moot": true}

// claimVerbs make the act in their "of"/"for" clause a claim: "accused Iran of
// attacking", "blamed Russia for hacking".
var claimVerbs = map[string]bool{"accuse": true, "blame": true, "suspect": true, "charge": true}

// party reports whether actor a is one of the actors as (by entity), or speaks for
// the same side as one of them.
func party(actors []Actor, a int, as []int) bool {
	for _, b := range as {
		x, y := actors[a], actors[b]
		if x.ID == y.ID || x.Side != "" && (x.Side == y.ID || x.Side == y.Side) || y.Side != "" && y.Side == x.ID {
			return true
		}
	}
	return false
}

// circumstances are the prepositions of a circumstance of an act ("after its invasion",
// "in a phone call with", "at his meeting with"): what they name is told as done,
// whatever the modality of the act they situate.
var circumstances = wordClass("circumstance")

// reactionVerbs answer something already there: an act named by a noun as their object
// and owned by another ("rejected British demands") has happened.
var reactionVerbs = wordClass("reaction-verb")

// enactVerbs report the act of their to-infinitive as done ("moved to expel the
// ambassador", "prompting Tehran to accuse Washington"), where other verbs state an aim.
var enactVerbs = wordClass("enact-verb")

// causeVerbs make their object do the act of their to-infinitive ("prompting Tehran to
// accuse Washington", "forced Qatar to expel"): done, and done by the object.
var causeVerbs = wordClass("cause-verb")

// decisionNouns name a decided act: the act of their to-infinitive is as done as they
// are ("Obama's move to normalize relations", "the decision to expel the envoy").
var decisionNouns = wordClass("decision-noun")

// quantityNouns count what their "of" phrase names ("a raft of sanctions", "a series
// of strikes"): a verb's constraint on its object, or a light verb's subject, looks
// through them.
var quantityNouns = wordClass("quantity-noun")

// throughQuantity returns ks with, after each quantity noun, the nouns of its "of"
// phrase ("a raft of measures": raft, measures).
func (v *sentence) throughQuantity(ks []int) []int {
	var out []int
	for _, k := range ks {
		out = append(out, k)
		if !quantityNouns[v.lemmas[k]] {
			continue
		}
		for _, q := range v.kids[k] {
			if syntax.BaseRel(v.word(q).Deprel) == "nmod" && v.caseOf(q) == "of" {
				out = append(out, q)
			}
		}
	}
	return out
}

// presupposing verbs take an act that is already there as their object: the sanctions
// one lifts, extends or flouts have been imposed.
var presupposing = wordClass("presupposing-verb")

// heldResponsible reports whether the verb at t is "hold" with "responsible",
// "accountable" or "liable" as its predicate ("should be held responsible for the attacks").
func (v *sentence) heldResponsible(t int) bool {
	if v.lemmas[t] != "hold" {
		return false
	}
	for _, c := range v.kids[t] {
		// the parser gives the predicate as xcomp, or as obj in a short sentence
		if l, rel := v.lemmas[c], syntax.BaseRel(v.word(c).Deprel); (rel == "xcomp" || rel == "obj" && v.word(c).UPOS == "ADJ") && (l == "responsible" || l == "accountable" || l == "liable") {
			return true
		}
	}
	return false
}

// notOnly reports whether the negation at k opens "not only ... but": no negation.
func (v *sentence) notOnly(k int) bool {
	return k < len(v.s.Words) && v.lemmas[k+1] == "only"
}

// ordinalBefore reports whether the to-infinitive at k follows an ordinal or "only"
// ("one of the first to back", "the only country to recognise"): a done act, not an aim.
func (v *sentence) ordinalBefore(k int) bool {
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "mark" && v.lemmas[c] == "to" && c > 1 {
			switch v.lemmas[c-1] {
			case "first", "last", "second", "third", "only", "latest":
				return true
			}
		}
	}
	return false
}

// ownedByAnother reports whether the noun at t names its own author (a possessor, a
// nationality adjective or a proper-noun compound: "British demands", "Iran's charges")
// and the verb h has a subject: the noun's act is someone's, not the subject's plan.
func (v *sentence) ownedByAnother(t, h int) bool {
	subj := v.argument(h, v.subjects(h))
	if len(subj) == 0 {
		return false
	}
	for _, c := range v.kids[t] {
		w := v.word(c)
		if w.Deprel == "nmod:poss" || w.Deprel == "amod" && w.UPOS == "ADJ" && unicode.IsUpper(rune(w.Form[0])) || w.Deprel == "compound" && w.UPOS == "PROPN" {
			owner := v.actor[c]
			return owner < 0 || !party(v.actors, owner, subj)
		}
	}
	return false
}

// coercive reports whether an act of the type, held over another, is a threat: force,
// sanctions, expulsions, a break of ties. A veto or a protest promised is not.
func coercive(t geokg.RelationType) bool {
	switch t {
	case geokg.Attacks, geokg.Sanctions, geokg.Expels, geokg.SeversTiesWith:
		return true
	}
	return false
}

// threatModals are the auxiliaries of an act held over another: "will impose", "could
// sever".
var threatModals = map[string]bool{"will": true, "would": true, "could": true, "can": true, "may": true, "might": true}

// threatened returns the word that makes the act at t, blocked only by a modal, a threat
// (0 for none): the threat verb whose reported clause holds it ("Turkey warned it could
// sever ties with Israel"), or the act itself when a condition on another hangs on it
// ("the US will impose sanctions if Iran ...", "... should Iran refuse"). An act said
// to come ("said it will expel") is announced, not threatened.
func (v *sentence) threatened(t int, blocked string) int {
	modal, ok := strings.CutPrefix(blocked, "modal: ")
	if !ok || !threatModals[modal] || !v.hasChild(t, "aux", modal) {
		return 0 // the act's own modal, not one it shares with a verb it is coordinated with
	}
	for _, k := range v.kids[t] {
		if syntax.BaseRel(v.word(k).Deprel) == "advmod" && negation[v.lemmas[k]] {
			return 0 // "would not impose": no threat
		}
	}
	for _, k := range v.kids[t] {
		if v.word(k).Deprel != "advcl" {
			continue
		}
		for _, c := range v.kids[k] {
			w, d := v.lemmas[c], v.word(c).Deprel
			if d == "mark" && (w == "if" || w == "unless") || d == "aux" && w == "should" && c < v.subjectStart(k) {
				return t
			}
		}
	}
	child := t
	for h := v.word(t).Head; h > 0; child, h = h, v.word(h).Head {
		switch syntax.BaseRel(v.word(child).Deprel) {
		case "ccomp":
			if threatVerbs[v.lemmas[h]] && v.modalOrNegated(h) == "" {
				return h
			}
			return 0
		case "conj":
			continue
		default:
			return 0
		}
	}
	return 0
}

// mannerClause reports whether the adverbial -ing clause at k says how its head's act
// is done ("as far as cutting ties", "by expelling diplomats").
func (v *sentence) mannerClause(k int) bool {
	return v.word(k).XPOS == "VBG" && (v.hasChild(k, "mark", "as") || v.hasChild(k, "mark", "by") || v.hasChild(k, "case", "by"))
}

// modalHolder returns the word whose own auxiliary gives the act at t its modality: t,
// or the head of the manner clause t is ("could go as far as cutting").
func (v *sentence) modalHolder(t int) int {
	if w := v.word(t); syntax.BaseRel(w.Deprel) == "advcl" && v.mannerClause(t) && w.Head > 0 {
		return w.Head
	}
	return t
}

// ownThreat reports whether an act blocked only by a modal of possibility is a threat
// its own author makes: "Turkey said it could sever ties with Israel", "'We could go as
// far as cutting ties,' he added". Said of another ("Russia could invade, analysts
// said") or unsaid, it is speculation.
func (v *sentence) ownThreat(t int, blocked string, actors []Actor, src []int) bool {
	modal, ok := strings.CutPrefix(blocked, "modal: ")
	if !ok || modal != "could" && modal != "might" && modal != "may" || len(src) == 0 {
		return false
	}
	m := v.modalHolder(t)
	if !v.hasChild(m, "aux", modal) || v.modalOrNegated(m) != blocked {
		return false
	}
	sp := v.reportedBy(m)
	if sp == 0 {
		return false
	}
	speakers := v.argument(sp, v.subjects(sp))
	if len(speakers) == 0 {
		return false
	}
	for _, a := range speakers {
		for _, b := range src {
			if actors[a].ID != actors[b].ID {
				return false
			}
		}
	}
	return true
}

// announcedAct reports whether an act blocked by "will" or "would" (a refusal, or a
// decision of announceable type) is one its own subject announces: "Iran vowed it would
// defy the Security Council", "Caracas said it will reject the plan", "the United States
// said it would expel 60 Russian diplomats". An act declared is the act, not a modal one;
// one that another reports ("Britain said Iran would defy"), a condition ("would reject
// it if ...") and "may", "could" or a negation leave it blocked.
// The speakers are returned too: an act whose subject is a pronoun no actor resolves
// ("it would defy") is the speaker's.
func (v *sentence) announcedAct(t int, blocked string, actors []Actor, src []int) (bool, []int) {
	modal, ok := strings.CutPrefix(blocked, "modal: ")
	if !ok || modal != "will" && modal != "would" {
		return false, nil
	}
	m := v.modalHolder(t)
	if !v.hasChild(m, "aux", modal) || v.modalOrNegated(m) != blocked || v.conditional(m) || syntax.BaseRel(v.word(m).Deprel) != "ccomp" {
		return false, nil
	}
	for _, k := range v.kids[m] {
		if negation[v.lemmas[k]] || negation[strings.ToLower(v.word(k).Form)] {
			return false, nil // "would not reject"
		}
	}
	h := v.word(m).Head
	if h <= 0 || !speechVerbs[v.lemmas[h]] && !threatVerbs[v.lemmas[h]] || v.modalOrNegated(h) != "" {
		return false, nil
	}
	speakers := v.argument(h, v.subjects(h))
	if len(speakers) == 0 {
		return false, nil
	}
	if len(src) == 0 {
		subj := v.subjects(m)
		if len(subj) != 1 || v.word(subj[0]).UPOS != "PRON" {
			return false, nil
		}
	}
	for _, a := range speakers {
		for _, b := range src {
			if actors[a].ID != actors[b].ID {
				return false, nil
			}
		}
	}
	return true, speakers
}

// subjectStart returns the position of the clause's first subject, or the clause
// head's own position when it has none.
func (v *sentence) subjectStart(h int) int {
	if s := v.subjects(h); len(s) > 0 {
		return s[0]
	}
	return h
}

// modalOrNegated returns why the clause headed by h is not a done act: a modal
// auxiliary or a negation of its own, or "".
func (v *sentence) modalOrNegated(h int) string {
	for _, k := range v.kids[h] {
		w, d := v.lemmas[k], syntax.BaseRel(v.word(k).Deprel)
		switch {
		case d == "aux" && modalAux[w]:
			return "modal: " + w
		case d == "advmod" && negation[w]:
			return "negated: " + w
		}
	}
	return ""
}

// subjects returns the syntactic subjects of a clause head (nsubj or nsubj:pass).
func (v *sentence) subjects(h int) []int {
	var out []int
	for _, k := range v.kids[h] {
		if syntax.BaseRel(v.word(k).Deprel) == "nsubj" {
			out = append(out, k)
		}
	}
	return out
}

// inheritedSubject finds the actor-holding subject of a trigger that has none of its
// own: the subject of the verb it is coordinated with, of the verb that controls it
// ("decided to expel": the deciders; "urged Iran to stop": Iran), the noun a relative
// clause modifies, or the subject of the clause an adverbial clause hangs on. The
// subject passed on is the syntactic one: in "the gunmen were supported by Serbia and
// called ...", Serbia is no subject of "called".
func (v *sentence) inheritedSubject(t int) []int {
	onlyConj := true // every step so far went from a conjunct to its first verb
	for steps := 0; steps < 8; steps++ {
		w := v.word(t)
		h := w.Head
		if h <= 0 {
			return nil
		}
		switch rel := syntax.BaseRel(w.Deprel); rel {
		case "conj", "advcl", "xcomp":
			onlyConj = onlyConj && rel == "conj"
			if rel == "xcomp" || rel == "advcl" && causeVerbs[v.lemmas[h]] && v.hasChild(t, "mark", "to") {
				// "urged Iran to", "prompting Tehran to accuse": the object acts
				if objs := v.dependents(h, Slot{Rel: "obj"}, false); len(objs) > 0 {
					return v.argument(h, objs)
				}
			}
			if rel == "advcl" && (v.hasChild(t, "mark", "of") || v.hasChild(t, "mark", "for") || v.hasChild(t, "mark", "from")) && w.XPOS == "VBG" {
				// "accused the U.S. of using", "thanked Japan for helping", "blocked the
				// ministry from releasing": an object that names an actor does it (not
				// "faced criticism for congratulating Putin")
				if objs := v.dependents(h, Slot{Rel: "obj"}, false); len(objs) > 0 && !receiveVerbs[v.lemmas[h]] {
					return v.argument(h, objs) // "condemned foreign powers for backing": not the condemner
				}
			}
			if subj := v.subjects(h); len(subj) > 0 {
				return v.argument(h, subj)
			}
			t = h
		case "acl":
			if w.Deprel == "acl:relcl" {
				return v.actorsOf(h)
			}
			// "Pakistan denies the charge, accusing India of ...": a participle set off by
			// a comma is the clause's, misattached to the noun before it
			if w.XPOS == "VBG" && v.hasChild(t, "punct", ",") {
				if g := v.word(h).Head; g > 0 && v.word(g).UPOS == "VERB" {
					if subj := v.subjects(g); len(subj) > 0 {
						return v.argument(g, subj)
					}
				}
			}
			if steps == 0 && v.hasChild(t, "mark", "to") && controlNouns[v.lemmas[h]] && v.word(h).UPOS == "NOUN" {
				// "Britain's decision to expel", "China's threat to impose": the
				// noun's author, or the subject of the verb that makes it ("announced
				// its decision to")
				if as := v.owners(h); len(as) > 0 {
					return as
				}
				return v.supportSubject(h)
			}
			if w.XPOS == "VBG" && (steps == 0 || onlyConj) {
				// "released a statement condemning the attack": the statement's author
				// (the trigger's own participle: not "a video showing a hostage
				// criticizing ...")
				if as := v.statementAuthor(h); len(as) > 0 || statementNouns[v.lemmas[h]] {
					return as
				}
				switch syntax.BaseRel(v.word(h).Deprel) {
				case "nsubj", "obj", "iobj", "root", "conj":
					if !v.hasKid(t, "mark") && !v.hasChild(t, "punct", ",") {
						// "Russian forces backing the regime have taken a larger role":
						// an active participle's noun does it (not a gerund clause
						// misattached to the noun, "accused Iran of supplying", nor a
						// participle set off by a comma)
						return v.actorsOf(h)
					}
				}
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

// Nouns of a text that states a position ("statement", "communique", "resolution"), and
// the verbs whose subject makes one public ("released", "issued", "adopted").
var (
	statementNouns = wordClass("statement-noun")
	publishVerbs   = wordClass("publish-verb")
)

// hyphenPair returns the actors of a pair compound that modifies the noun at t ("the
// U.N.-Iraq accord", "the Israeli-Palestinian peace talks", "the Trump-Kim summit"; read
// for meetings and agreements, the events such a pair names, not for "U.S.-China
// cooperation", as often a topic as a fact; and only for a definite noun: "a
// British-American trade agreement" is as often one to come): two or
// three actors joined by hyphens written without spaces, before t and inside its
// modifiers, with only modifiers ("trade", "peace") between them and t. Nil otherwise.
func (v *sentence) hyphenPair(t int) []int {
	// the modifiers of t before it: the words just before t whose heads lead to t
	start := t
	for i := t - 1; i >= 1 && v.under(i, t); i-- {
		start = i
	}
	adjacent := func(i int) bool { return v.word(i).End == v.word(i+1).Start }
	var pair []int
	i := start
	definite := false // "the U.N.-Iraq accord"; not "a British-American trade agreement" that Brexit "would kill"
	for i < t && (v.word(i).UPOS == "DET" || v.word(i).Deprel == "nmod:poss" || v.word(i).Deprel == "case") {
		definite = definite || v.lemmas[i] == "the" || v.lemmas[i] == "this" || v.lemmas[i] == "that" || v.word(i).Deprel == "nmod:poss"
		i++
	}
	if !definite {
		return nil
	}
	for i < t {
		a := v.actor[i]
		if a < 0 {
			break
		}
		j := i
		for j+1 < t && v.actor[j+1] == a {
			j++
		}
		if contains(pair, a) {
			return nil
		}
		pair = append(pair, a)
		// a hyphen written tight between this actor and the next
		if j+2 < t && (v.word(j+1).Form == "-" || v.word(j+1).Form == "–") && adjacent(j) && adjacent(j+1) && v.actor[j+2] >= 0 {
			i = j + 2
			continue
		}
		i = j + 1
		break
	}
	if len(pair) < 2 || len(pair) > 3 {
		return nil
	}
	for ; i < t; i++ {
		// only plain modifiers between the pair and the noun ("trade", "nuclear")
		if d := v.word(i).Deprel; d != "compound" && d != "amod" || v.actor[i] >= 0 {
			return nil
		}
	}
	return pair
}

// under reports whether the word i is in the phrase headed by h.
func (v *sentence) under(i, h int) bool {
	for steps := 0; i > 0 && steps <= len(v.s.Words); steps++ {
		if i = v.word(i).Head; i == h {
			return true
		}
	}
	return false
}

// breakVerbs break or escape sanctions ("flouted", "evaded", "violated").
var breakVerbs = wordClass("break-verb")

// sanctionBreaker returns the subject of the verb that breaks the sanctions noun at t
// ("Iraq flouted the UN sanctions", "Pyongyang has evaded U.N. sanctions"): whoever
// breaks sanctions that name no other target is under them. Nil otherwise.
func (v *sentence) sanctionBreaker(t int) []int {
	w := v.word(t)
	if w.UPOS != "NOUN" || w.Deprel != "obj" || w.Head <= 0 || !breakVerbs[v.lemmas[w.Head]] {
		return nil
	}
	h := w.Head
	if b, _ := v.qualify(h); b != "" {
		return nil // "could evade sanctions", "did not violate sanctions"
	}
	if as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h))); len(as) > 0 {
		return as
	}
	return v.inheritedSubject(h)
}

// apposedName returns the actor a noun that names none is called by, when the parser
// hung the name set off by a comma on a word inside the noun's phrase rather than on
// the noun: "a militia backed by Iran, Harakat al-Nujaba," (the name parsed as Iran's
// apposition), "the Saudi-backed leader of the government-in-exile, Abed Rabbo Mansour
// Hadi,". The first apposition in the phrase that names an actor other than those in
// not; nil when there is none.
func (v *sentence) apposedName(n int, not []int) []int {
	for i := n + 1; i <= len(v.s.Words); i++ {
		if !v.under(i, n) {
			continue
		}
		a := v.actor[i]
		if v.word(i).Deprel != "appos" || a < 0 || contains(not, a) {
			continue
		}
		start := i
		for start > 1 && (v.actor[start-1] == a || v.word(start-1).UPOS == "DET") {
			start--
		}
		if start > 1 && v.word(start-1).Form == "," {
			return []int{a}
		}
	}
	return nil
}

// assetNouns name what a state or group owns that an attack on it attacks its owner ("a
// Russian jet", "Iran's nuclear facilities"); militaryAssetNouns are such only with a
// military word or an armed owner ("a Syrian air base", "ISIS positions", not "China's
// position"); assetVerbs attack only through such a noun ("struck a Syrian reactor", not
// "struck a deal").
var (
	assetNouns         = wordClass("asset-noun")
	militaryAssetNouns = wordClass("military-asset-noun")
	militaryWords      = wordClass("military-word")
	assetVerbs         = wordClass("asset-verb")
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

// harmVerbs tell what an attack did to its victim ("was killed in a strike").
var harmVerbs = wordClass("harm-verb")

// victims returns the victims of the attack noun at t: the subject of a passive verb of
// harm whose "in" or "by" phrase is the noun ("Mansour was killed in a US drone attack",
// "the base was hit by Iranian missiles strikes"), or the object of an active verb of
// harm that tells what the attack itself did, as its subject ("a US drone strike killed
// Mansour"), in its relative clause ("a Taliban bombing, which killed two US soldiers")
// or in its present participle ("an Israeli strike killing a Hamas commander"), with the
// path for the explanation; nil and "" otherwise. A harm only aimed at ("an operation to
// kill"), negated or modal ("a strike that could hit") names no victim.
func (v *sentence) victims(t int) ([]int, string) {
	w := v.word(t)
	if w.UPOS != "NOUN" {
		return nil, ""
	}
	if as, slot := v.harmedBy(t); len(as) > 0 {
		return as, slot
	}
	if w.Head <= 0 || syntax.BaseRel(w.Deprel) != "obl" || !harmVerbs[v.lemmas[w.Head]] {
		return nil, ""
	}
	if c := v.caseOf(t); c != "in" && c != "by" {
		return nil, ""
	}
	h := w.Head
	if !isPassive(v, h) {
		return nil, ""
	}
	return v.argument(h, v.dependents(h, Slot{Rel: "obj"}, true)), "nsubj:pass<" + v.lemmas[h] + ">obl"
}

// harmedBy returns the object of the active verb of harm whose doer is the attack noun
// at t: the verb the noun is the subject of, or the verb of the noun's relative clause
// (its subject a relative pronoun for the noun) or participle; or the passive subject of
// a relative clause "in which" ("a bombing in which five Israelis were killed"). Nil when there is
// none, or the harm is passive, aimed at ("to kill"), negated or modal. The slot
// names the path for the explanation.
func (v *sentence) harmedBy(t int) ([]int, string) {
	did := func(h int) []int {
		if !harmVerbs[v.lemmas[h]] || v.word(h).UPOS != "VERB" || isPassive(v, h) || v.hasChild(h, "mark", "to") || v.modalOrNegated(h) != "" {
			return nil
		}
		return v.argument(h, v.dependents(h, Slot{Rel: "obj"}, false))
	}
	if w := v.word(t); w.Deprel == "nsubj" && w.Head > 0 {
		if as := did(w.Head); len(as) > 0 {
			return as, "nsubj>" + v.lemmas[w.Head] + ">obj" // "a US drone strike killed Mansour"
		}
	}
	for _, c := range v.kids[t] {
		switch cw := v.word(c); {
		case cw.Deprel == "acl:relcl" && isPassive(v, c) && v.inWhich(c):
			// "a suicide bombing in which five Israelis were killed": the clause's
			// passive subject is the attack's victim
			if !harmVerbs[v.lemmas[c]] || cw.UPOS != "VERB" || v.modalOrNegated(c) != "" {
				continue
			}
			if as := v.argument(c, v.dependents(c, Slot{Rel: "obj"}, true)); len(as) > 0 {
				return as, "acl:relcl>" + v.lemmas[c] + ">nsubj:pass"
			}
			continue
		case cw.Deprel == "acl:relcl":
			subj := v.subjects(c)
			if len(subj) != 1 || v.relativeAntecedent(subj[0]) != t {
				continue // "the attack in which Iran killed ...": the clause has a doer of its own
			}
		case cw.Deprel == "acl" && len(v.subjects(c)) == 0:
			// "an Israeli strike killing a Hamas commander"; a past form with an object
			// is the noun's verb, misparsed ("a US drone strike killed Mansour")
		default:
			continue
		}
		if as := did(c); len(as) > 0 {
			return as, v.word(c).Deprel + ">" + v.lemmas[c] + ">obj"
		}
	}
	return nil, ""
}

// inWhich reports whether the relative clause at c is attached to its noun by "in which"
// or "during which" ("a bombing in which five people were killed").
func (v *sentence) inWhich(c int) bool {
	for _, k := range v.kids[c] {
		if syntax.BaseRel(v.word(k).Deprel) == "obl" && v.lemmas[k] == "which" && (v.caseOf(k) == "in" || v.caseOf(k) == "during") {
			return true
		}
	}
	return false
}

// provokers returns the author of the act that the coercive act at t answers, with the
// path for the explanation: the act named in an "in response to" (retaliation, reprisal,
// punishment) phrase, or the act an "over" phrase gives as the cause, of the trigger or
// of the verb that carries it ("U.N. sanctions in response to North Korea's nuclear test",
// "imposed sanctions over Ankara's assault", "missile strikes in response to Assad's use
// of sarin"). The author is the act's possessor, an actor modifying it or its "by"
// phrase; not its "of" phrase ("in response to the poisoning of a Russian spy": the
// victim), nor an actor the phrase itself names ("missiles over Japan": a place). Nil
// when there is none.
func (v *sentence) provokers(t int) ([]int, string) {
	heads := []int{t}
	if w := v.word(t); w.UPOS == "NOUN" && w.Deprel == "obj" && w.Head > 0 {
		heads = append(heads, w.Head) // "imposed sanctions in response to": the verb's phrase
	}
	for _, h := range heads {
		for _, c := range v.kids[h] {
			if b := syntax.BaseRel(v.word(c).Deprel); b != "obl" && b != "nmod" || v.word(c).UPOS != "NOUN" {
				continue
			}
			act, path := 0, ""
			switch cs := v.caseOf(c); {
			case (cs == "in" || cs == "as") && answerNouns[v.lemmas[c]]:
				for _, g := range v.kids[c] {
					if syntax.BaseRel(v.word(g).Deprel) == "nmod" && (v.caseOf(g) == "to" || v.caseOf(g) == "for") {
						act, path = g, cs+" "+v.lemmas[c]+" "+v.caseOf(g)
					}
				}
				for _, g := range v.kids[h] {
					// "strikes [in retaliation] [for a Peruvian attack]": the act's phrase
					// hung beside the answer, right after it
					if b := syntax.BaseRel(v.word(g).Deprel); act == 0 && g > c && (b == "obl" || b == "nmod") && (v.caseOf(g) == "to" || v.caseOf(g) == "for") && v.nextPhrase(c, g) {
						act, path = g, cs+" "+v.lemmas[c]+" "+v.caseOf(g)
					}
				}
			case cs == "over":
				act, path = c, "over"
			}
			if act == 0 || v.actor[act] >= 0 {
				continue
			}
			for _, k := range v.kids[act] {
				d := v.word(k).Deprel
				if (d == "nmod:poss" || d == "amod" || d == "compound") && v.actor[k] >= 0 {
					return []int{v.actor[k]}, path + ">" + d
				}
				if syntax.BaseRel(d) == "nmod" && v.caseOf(k) == "by" {
					if as := v.actorsOf(k); len(as) > 0 {
						return as, path + ">nmod:by"
					}
				}
			}
		}
	}
	return nil, ""
}

// nextPhrase reports whether the phrase headed by g starts right after the phrase
// headed by c ends.
func (v *sentence) nextPhrase(c, g int) bool {
	end := c
	for _, k := range v.kids[c] {
		if k > end {
			end = k
		}
	}
	first := g
	for _, k := range v.kids[g] {
		if k < first {
			first = k
		}
	}
	return first == end+1
}

// claimers returns who claims the attack noun at t as their own act, with the path: the
// subject of "claim", "take", "accept" or "assume" whose object is "responsibility" or
// "credit" for the attack ("the Taliban claimed responsibility for a car bombing",
// "responsibility for the attack was claimed by Islamic Jihad"; also with the "for"
// phrase parsed as the verb's: "Hamas took responsibility for the attack"), of "claim" with the
// attack as its object ("The IS group claimed the attack"), the agent of "claimed" with
// the attack as its passive subject ("the attack was claimed by IS"), or the agent of
// "claimed" in a participle or relative clause of the attack ("an attack claimed by the Islamic State
// group", "air attacks, which were claimed by Houthi rebels"). A claim that is negated,
// modal or not done ("has not claimed responsibility", "stopped short of claiming
// responsibility", "no group has claimed") names no one; nil then and otherwise.
func (v *sentence) claimers(t int) ([]int, string) {
	w := v.word(t)
	claimedBy := func(c int) []int {
		if b, _ := v.qualify(c); b != "" {
			return nil
		}
		for _, k := range v.subjects(c) {
			for _, d := range v.kids[k] {
				if l := v.lemmas[d]; (l == "no" || l == "neither") && syntax.BaseRel(v.word(d).Deprel) == "det" {
					return nil // "no terrorist group has claimed responsibility"
				}
			}
		}
		p := isPassive(v, c)
		if as := v.argument(c, v.dependents(c, Slot{Rel: "nsubj"}, p)); len(as) > 0 {
			return as
		}
		if p {
			return nil
		}
		return v.inheritedSubject(c) // "released a video claiming responsibility for"
	}
	claimVerb := func(c int) bool {
		switch v.lemmas[c] {
		case "claim", "take", "accept", "assume":
			return v.word(c).UPOS == "VERB"
		}
		return false
	}
	if h := w.Head; h > 0 && syntax.BaseRel(w.Deprel) == "nmod" && v.caseOf(t) == "for" && (v.lemmas[h] == "responsibility" || v.lemmas[h] == "credit") {
		if r := v.word(h); r.Head > 0 && (r.Deprel == "obj" || r.Deprel == "nsubj:pass") && claimVerb(r.Head) {
			if as := claimedBy(r.Head); len(as) > 0 {
				return as, "nsubj<" + v.lemmas[r.Head] + ">obj<" + v.lemmas[h] + ">nmod:for"
			}
		}
	}
	if h := w.Head; h > 0 && syntax.BaseRel(w.Deprel) == "obl" && v.caseOf(t) == "for" && claimVerb(h) {
		// "took responsibility for the attack", the "for" phrase attached to the verb
		for _, r := range v.kids[h] {
			if l := v.lemmas[r]; v.word(r).Deprel == "obj" && (l == "responsibility" || l == "credit") {
				if as := claimedBy(h); len(as) > 0 {
					return as, "nsubj<" + v.lemmas[h] + ">obl:for"
				}
			}
		}
	}
	if h := w.Head; h > 0 && w.Deprel == "obj" && v.lemmas[h] == "claim" && v.word(h).UPOS == "VERB" {
		if as := claimedBy(h); len(as) > 0 {
			return as, "nsubj<claim>obj"
		}
	}
	if h := w.Head; h > 0 && w.Deprel == "nsubj:pass" && v.lemmas[h] == "claim" && v.word(h).UPOS == "VERB" {
		// "the attack was claimed by the Islamic State"
		if as := claimedBy(h); len(as) > 0 {
			return as, "obl:agent<claim>nsubj:pass"
		}
	}
	for _, c := range v.kids[t] {
		if d := v.word(c).Deprel; (d == "acl" || d == "acl:relcl") && v.lemmas[c] == "claim" && isPassive(v, c) || d == "acl" && v.lemmas[c] == "claim" && v.word(c).XPOS == "VBN" {
			for _, k := range v.kids[c] {
				if v.word(k).Deprel == "obl:agent" || syntax.BaseRel(v.word(k).Deprel) == "obl" && v.caseOf(k) == "by" {
					if b, _ := v.qualify(c); b == "" {
						if as := v.argument(c, []int{k}); len(as) > 0 {
							return as, d + ">claim>obl:agent"
						}
					}
				}
			}
		}
	}
	return nil, ""
}

// verbReads reports whether the verb at k is itself a trigger of type typ whose frame's
// constraints its clause meets (as hostileVerb asks): then its own frame reads the act.
func (m *Matcher) verbReads(v *sentence, k int, typ geokg.RelationType) bool {
	for _, f := range m.lex.Lookup(v.lemmas[k], "VERB") {
		if f.Type == typ && v.satisfies(k, f.Requires, isPassive(v, k)) {
			return true
		}
	}
	return false
}

// relativeCarrier returns the support verb of a relative clause on the noun trigger at
// t whose object the noun is: "the sanctions that the US imposed", "the strikes Israel
// carried out against Hezbollah" (the relative pronoun as its object, or none: "the
// sanctions the US re-imposed"), active, with a subject of its own, and not negated,
// modal or undone; 0 otherwise.
func (v *sentence) relativeCarrier(t int) int {
	for _, r := range v.kids[t] {
		if v.word(r).Deprel != "acl:relcl" || !supportVerbs[v.lemmas[r]] || v.word(r).UPOS != "VERB" || isPassive(v, r) {
			continue
		}
		objs := v.dependents(r, Slot{Rel: "obj"}, false)
		if len(objs) > 1 || len(objs) == 1 && v.relativeAntecedent(objs[0]) != t {
			continue // "the sanctions that imposed costs": the noun is no object
		}
		if len(v.dependents(r, Slot{Rel: "nsubj"}, false)) == 0 {
			continue
		}
		if b, _ := v.qualify(r); b != "" {
			continue // "the sanctions the US may impose"
		}
		return r
	}
	return 0
}

// instrumentOf returns the verb whose "with" phrase the noun trigger at t is, when the
// verb is active and has an object: the act is the means by which the verb's subject
// does something to its object ("the US slapped North Korea with new sanctions", "hit
// China with tariffs", "has targeted Iran with sanctions", "supplied Kyiv with aid").
// 0 for a "with" phrase that is a circumstance of its own ("with sanctions looming") or
// of a noun, for a passive verb, and for a verb negated, modal or not done.
func (v *sentence) instrumentOf(t int) int {
	w := v.word(t)
	if w.UPOS != "NOUN" || w.Head <= 0 || syntax.BaseRel(w.Deprel) != "obl" || v.caseOf(t) != "with" {
		return 0
	}
	h := w.Head
	if v.word(h).UPOS != "VERB" || isPassive(v, h) || len(v.dependents(h, Slot{Rel: "obj"}, false)) == 0 {
		return 0
	}
	for _, k := range v.kids[t] {
		if u := v.word(k).UPOS; u == "VERB" || u == "AUX" {
			return 0 // "with sanctions looming"
		}
	}
	if b, _ := v.qualify(h); b != "" {
		return 0 // "may slap Peru with sanctions": the verb's clause decides
	}
	return h
}

// controlNouns name an act by its author with the act in their "to" clause ("Britain's
// decision to expel", "China's threat to impose"): the author does the act (whether it
// is done, the noun says: "plan", "refusal" leave it undone).
var controlNouns = wordClass("control-noun")

// receiveVerbs take a reaction as their object: whoever "faced criticism for
// congratulating Putin" congratulated him.
var receiveVerbs = map[string]bool{"face": true, "draw": true, "receive": true, "earn": true, "win": true, "get": true, "attract": true, "incur": true, "suffer": true}

// likelihoodWords judge how likely a clause is: "it is highly likely Russia was behind
// it" is the speaker's attribution.
var likelihoodWords = map[string]bool{"likely": true, "clear": true, "certain": true, "probable": true, "evident": true, "obvious": true}

// reactions are the types of a reaction to what another did or holds.
var reactions = map[geokg.RelationType]bool{geokg.Supports: true, geokg.Condemns: true, geokg.Rejects: true, geokg.Recognizes: true}

// stanceNouns name an act or a stance as a whole ("a move", "a position").
var stanceNouns = wordClass("stance-noun")

// stanceAuthor returns the author of the act or stance that a stance noun set in
// apposition sums up: "Guaido declared himself leader - a move recognised by the US"
// (Guaido), "Iraq insisted the flight was humanitarian, a position which China
// supported" (Iraq). The author is the nearest subject that names an actor in the
// clauses above it: the apposition sums up the clause's act ("Japan condemned the tests,
// a move which Australia supported": Japan's condemnation), not the thing the clause is
// about. Nil for a noun that is no stance noun in apposition.
func (v *sentence) stanceAuthor(k int) []int {
	w := v.word(k)
	if !stanceNouns[v.lemmas[k]] || w.UPOS != "NOUN" || w.Head <= 0 || v.actor[k] >= 0 {
		return nil
	}
	if d := w.Deprel; d != "appos" && d != "obl:unmarked" {
		return nil
	}
	n := w.Head
	if v.actor[n] >= 0 {
		return nil // "Russia, a country which ...": the apposition is of an actor
	}
	for steps := 0; steps < 6 && n > 0; steps, n = steps+1, v.word(n).Head {
		if as := v.argument(n, v.subjects(n)); len(as) > 0 {
			return as
		}
	}
	return nil
}

// judgingStatement returns the statement noun an adjective trigger qualifies ("a
// critical resolution on China", "a statement supportive of Kyiv"), or 0.
func (v *sentence) judgingStatement(t int) int {
	w := v.word(t)
	if w.UPOS != "ADJ" || w.Head <= 0 || w.Deprel != "amod" && syntax.BaseRel(w.Deprel) != "acl" {
		return 0
	}
	if n := w.Head; statementNouns[v.lemmas[n]] && v.word(n).UPOS == "NOUN" {
		return n
	}
	return 0
}

// statementAuthor returns the author of the statement noun at n, whose participle or
// relative clause says what the statement does ("released a joint statement condemning
// the attack", "issued a communique that urged Iran to ..."): the statement's own author
// ("Russia's statement", "a statement by the EU", "a Kremlin statement"), else the
// subject of the verb that makes it public when the statement is that verb's object
// ("The leaders of Britain and France have released a statement"), or of a speech verb
// it is the "in" phrase of ("Iran said in a statement"). Nil for any other noun, and for
// a statement whose author the sentence does not say.
func (v *sentence) statementAuthor(n int) []int {
	if !statementNouns[v.lemmas[n]] || v.word(n).UPOS != "NOUN" {
		return nil
	}
	for _, c := range v.kids[n] {
		d := v.word(c).Deprel
		switch {
		case d == "nmod:poss" || syntax.BaseRel(d) == "nmod" && (v.caseOf(c) == "by" || v.caseOf(c) == "from" || v.caseOf(c) == "of"):
			if as := v.actorsOf(c); len(as) > 0 {
				return as
			}
		case d == "compound" || d == "amod":
			if a := v.actor[c]; a >= 0 && !v.person[a] {
				return []int{a} // "a Kremlin statement", "an Iranian statement"
			}
		}
	}
	w := v.word(n)
	h := w.Head
	if h <= 0 || v.word(h).UPOS != "VERB" {
		return nil
	}
	passive := isPassive(v, h)
	switch {
	case publishVerbs[v.lemmas[h]] && v.slotOf(n, passive) == Slot{Rel: "obj"}:
	case speechVerbs[v.lemmas[h]] && syntax.BaseRel(w.Deprel) == "obl" && v.caseOf(n) == "in":
	default:
		return nil
	}
	if b, _ := v.qualify(h); b != "" {
		return nil // "must issue a statement promising to ...": not made public yet
	}
	if as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, passive)); len(as) > 0 {
		return as
	}
	if passive {
		return nil
	}
	return v.inheritedSubject(h)
}

// speechVerbs report what someone says: an act in their clausal complement is the
// speaker's claim unless the speaker is the actor ("Iran said it expelled ...").
var speechVerbs = wordClass("speech-verb")

// reportedBy returns the clause head of the speech verb whose complement holds t, or 0.
func (v *sentence) reportedBy(t int) int {
	child := t
	for h := v.word(t).Head; h > 0; child, h = h, v.word(h).Head {
		switch syntax.BaseRel(v.word(child).Deprel) {
		case "ccomp":
			if speechVerbs[v.lemmas[h]] {
				return h
			}
			return 0
		case "conj", "xcomp", "advcl":
			continue
		default:
			return 0
		}
	}
	return 0
}

// Match returns the frames that fire on the sentence, each with its source and target
// actors, and those that were blocked (negation, modality, ...), which the explanation
// shows; only matches with Blocked == "" state a relation.
//
// Its steps: prepare the sentence (lemmas, parse repairs, bound pronouns); for each word
// that triggers frames, read the trigger (voice, negation, modality, threat), then match
// each of its frames, most specific first (matchFrame); then the readings no trigger's
// frame carries (sentenceReadings).
func (m *Matcher) Match(s *syntax.Sentence, actors []Actor) []Match {
	if len(actors) == 0 || len(s.Words) == 0 {
		return nil
	}
	v := m.prepare(s, actors)
	question := isQuestion(s)
	var out []Match
	seen := map[[3]int]bool{}
	for t := 1; t <= len(s.Words); t++ {
		w := v.word(t)
		fs := m.lex.Lookup(v.lemmas[t], w.UPOS)
		if len(fs) == 0 || v.actor[t] >= 0 {
			continue
		}
		tr := v.readTrigger(t, fs[0].Type, question)
		for _, f := range bySpecificity(fs) {
			out = m.matchFrame(v, actors, seen, out, tr, f)
		}
	}
	v.namedModifiers = false
	return m.sentenceReadings(v, actors, seen, out, question)
}

// prepare returns the sentence as the matcher reads it: the verbs' lemmas as the lexicon
// knows them, the parser's known mistakes repaired (lists, hyphenated participles, a
// relative clause set off by commas), possessives and a reported "it" bound to actors.
func (m *Matcher) prepare(s *syntax.Sentence, actors []Actor) *sentence {
	v := newSentence(s, actors, m.stands)
	for t := 1; t <= len(s.Words); t++ {
		v.lemmas[t] = m.verbLemma(v.word(t), v.lemmas[t])
	}
	v.repairLists()
	v.repairHyphenParticiples()
	v.repairSetOffRelative()
	v.bindPossessives(actors)
	v.bindReportedIt()
	return v
}

// isQuestion reports whether the sentence ends with a question mark, or with one before its
// last token (a closing quotation mark). s has at least one word.
func isQuestion(s *syntax.Sentence) bool {
	n := len(s.Words)
	return s.Words[n-1].Form == "?" || n > 1 && s.Words[n-2].Form == "?"
}

// triggerWord is a word that triggers frames, read once for all its frames.
type triggerWord struct {
	t       int    // the word's index
	passive bool   // the word is in the passive voice
	blocked string // why it states no act (negation, modality, question, ...), or ""
	threat  int    // the word that holds the act over another ("warned", "will"), or 0
}

// readTrigger returns how the word t, whose most general frame is of type typ, is read:
// its voice, and what blocks it or makes its act a threat (see qualify and threatened);
// a comma between subject and verb, or a question, blocks it.
func (v *sentence) readTrigger(t int, typ geokg.RelationType, question bool) triggerWord {
	passive := isPassive(v, t)
	blocked, threat := v.qualify(t)
	if h := v.threatened(t, blocked); h > 0 && coercive(typ) {
		// "warned it could sever ties with Israel", "will impose sanctions should
		// Iran refuse": the act held over another is a threat
		blocked, threat = "", h
	}
	if blocked == "" && v.commaBeforeVerb(t) {
		blocked = "comma between subject and verb (likely a misparse)"
	}
	if question && blocked == "" {
		blocked = "question"
	}
	return triggerWord{t: t, passive: passive, blocked: blocked, threat: threat}
}

// argSlot is where an argument was found: a slot of the trigger, or a path through other
// words ("nsubj<have>obj") kept in pieces that slot joins when the match's path is written
// (so that the steps which find an argument pass its path on without building it).
type argSlot struct {
	s    Slot      // s.Rel is the path's first piece
	more [4]string // the pieces after it
}

// slotAt returns the argument slot s.
func slotAt(s Slot) argSlot { return argSlot{s: s} }

// slotVia returns the argument slot whose Rel is s.Rel followed by a, b, c and d.
func slotVia(s Slot, a, b, c, d string) argSlot {
	return argSlot{s: s, more: [4]string{a, b, c, d}}
}

// slot returns the slot with its pieces joined.
func (a argSlot) slot() Slot {
	s := a.s
	s.Rel = s.Rel + a.more[0] + a.more[1] + a.more[2] + a.more[3]
	return s
}

// frameAct is one frame read on its trigger, as the steps of matchFrame fill it in.
type frameAct struct {
	triggerWord
	f                Frame
	src, tgt         []int              // the source and target actors
	srcSlot, tgtSlot argSlot            // where they were found (the match's Path)
	carrier          int                // the support verb whose subject is the source ("imposed sanctions"), or 0
	relCarrier       int                // the support verb of a relative clause on the noun trigger, or 0
	instrument       int                // the verb whose "with" phrase the noun trigger is, or 0
	stmt             int                // the statement the trigger judges ("a critical resolution"), or 0
	likenedRelative  bool               // the source is that of a relative clause likened to another
	typ              geokg.RelationType // the type the act states: the frame's, or Threatens
	reason           string             // why it states no relation (the match's Blocked), or ""
	reading          string             // the match's Reading
}

// matchFrame appends to out the matches of frame f on the trigger tr, none when the
// frame's constraints fail, and records in seen the pairs it states. Its steps fill the
// source (sources), the target (targets, modifiedTargets), settle the type and what
// blocks it (statedType, participantPairs, checkSource, announced, reported,
// reciprocalPairs) and write the matches (emit); participantPairs and reciprocalPairs
// may write them themselves, one for each pair of parties.
func (m *Matcher) matchFrame(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, tr triggerWord, f Frame) []Match {
	if !v.satisfies(tr.t, f.Requires, tr.passive) {
		return out
	}
	if f.Type == geokg.Demands && v.copularXcomp(tr.t) {
		return out // "wanted it to be a tough bill": a wish about a thing, asked of no one
	}
	v.namedModifiers = f.Type == geokg.Attacks
	fa := m.sources(v, frameAct{triggerWord: tr, f: f})
	fa = v.targets(fa)
	fa, ok := v.modifiedTargets(fa)
	if !ok {
		return out
	}
	fa = v.statedType(fa)
	fa, out, done := v.participantPairs(actors, seen, out, fa)
	if done {
		return out
	}
	fa = v.checkSource(actors, fa)
	fa = v.announced(actors, fa)
	fa, out = m.reported(v, actors, seen, out, fa)
	fa, out, done = v.reciprocalPairs(actors, seen, out, fa)
	if done {
		return out
	}
	return v.emit(actors, seen, out, fa)
}

// sources returns fa with its source filled in: the actors of the frame's source slots,
// else (for an adjective or verb without a subject) the subject its clause inherits, the
// parties a meeting is between or held with, the subject of the support verb ("imposed
// sanctions"), of a relative clause on the noun ("the sanctions that the US imposed"), of
// the verb the noun is the instrument of ("slapped Belarus with sanctions"), the claimer of
// an attack, the author of a judging statement or the subject of a likened relative
// clause; with those who act along with a subject ("France, along with Germany, ...") and
// those it is likened to.
func (m *Matcher) sources(v *sentence, fa frameAct) frameAct {
	t, f, passive, w := fa.t, fa.f, fa.passive, v.word(fa.t)
	src, sl := v.fill(t, f.Source, passive)
	srcSlot := slotAt(sl)
	if len(src) == 0 && (w.UPOS == "VERB" || w.UPOS == "ADJ" && w.Deprel == "xcomp") && !passive && containsRel(f.Source, "nsubj") && len(v.dependents(t, Slot{Rel: "nsubj"}, passive)) == 0 {
		// "has remained loyal to Maduro": an adjective's subject is its verb's
		src, srcSlot = v.inheritedSubject(t), slotAt(Slot{Rel: "nsubj"})
	}
	between := false
	if f.Type == geokg.Meets && w.UPOS == "NOUN" && (len(src) == 0 || srcSlot.s.Rel == "compound" || srcSlot.s.Rel == "amod") && v.betweenNamed(t) {
		// "the Argentina meeting between Trump and Xi": its "between" phrase names
		// the parties; the modifier is where or what, not who, and the clause's
		// subject no party ("Serbia spoke after a meeting between Iran and Albania")
		src, between = nil, true
	}
	if len(src) == 0 && f.Type == geokg.Meets && !between {
		if src = v.meetingParty(t); len(src) > 0 {
			srcSlot = slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">obl", "", "")
		} else if src = v.purposeParty(t); len(src) > 0 {
			// "flew to Beijing for talks with Xi"
			srcSlot = slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">obl:for", "", "")
		} else if as, sp := v.speakerOfTalks(t); len(as) > 0 {
			// "Corbyn said talks with Barnier were constructive"
			src, srcSlot = as, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[sp], ">", v.lemmas[w.Head], ">nsubj")
		}
	}
	carrier := 0 // the support verb whose subject is the source
	if len(src) == 0 {
		if src = v.carrierSubject(t, Reciprocal(f.Type) && w.UPOS == "NOUN"); len(src) > 0 {
			srcSlot = slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">obj", "", "")
			carrier = w.Head
		}
	}
	relCarrier := 0 // the support verb of a relative clause on the noun trigger
	if len(src) == 0 && w.UPOS == "NOUN" {
		if r := v.relativeCarrier(t); r > 0 {
			if as := v.argument(r, v.dependents(r, Slot{Rel: "nsubj"}, false)); len(as) > 0 {
				// "the sanctions that the US imposed", "the strikes Israel carried out"
				src, srcSlot, relCarrier = as, slotVia(Slot{Rel: "acl:relcl>"}, v.lemmas[r], ">nsubj", "", ""), r
			}
		}
	}
	instrument := 0 // the verb whose "with" phrase the noun trigger is
	if len(src) == 0 && (coercive(f.Type) || f.Type == geokg.Aids) {
		// a verb that is itself a trigger of the type reads the act ("slapped
		// Belarus with sanctions": the frame of "slap" does)
		if h := v.instrumentOf(t); h > 0 && !m.verbReads(v, h, f.Type) {
			// "the US slapped North Korea with new sanctions": the verb's subject,
			// else the one its clause inherits
			as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, false))
			if len(as) == 0 {
				as = v.inheritedSubject(h)
			}
			if len(as) > 0 {
				src, srcSlot, instrument = as, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[h], ">obl:with", "", ""), h
			}
		}
	}
	if len(src) == 0 && f.Type == geokg.Attacks && w.UPOS == "NOUN" {
		if as, slot := v.claimers(t); len(as) > 0 {
			// "the Taliban claimed responsibility for a car bombing", "an attack
			// claimed by the Islamic State group": the claimer did it
			src, srcSlot = as, slotAt(Slot{Rel: slot})
		}
	}
	stmt := v.judgingStatement(t)
	if len(src) == 0 && stmt > 0 {
		// "sponsored a critical resolution on China": the statement's author
		if src = v.statementAuthor(stmt); len(src) > 0 {
			srcSlot = slotAt(Slot{Rel: "amod"})
		}
	}
	likenedRelative := false
	if len(src) == 0 {
		if ls := v.likenedSubject(t); len(ls) > 0 {
			src, srcSlot, likenedRelative = ls, slotAt(Slot{Rel: "nsubj"}), true
		}
	}
	if len(src) > 0 && srcSlot == slotAt(Slot{Rel: "nsubj"}) && !passive {
		// "France, along with Germany, condemned Russia": the company acts too
		for _, a := range v.comitatives(t) {
			if !contains(src, a) {
				src = append(src, a)
			}
		}
	}
	if len(src) > 0 {
		// "Russia, which like Iran backs Assad": those it is likened to do it too
		for _, a := range v.likened(t) {
			if !contains(src, a) {
				src = append(src, a)
			}
		}
	}
	fa.src, fa.srcSlot = src, srcSlot
	fa.carrier, fa.relCarrier, fa.instrument, fa.stmt, fa.likenedRelative = carrier, relCarrier, instrument, stmt, likenedRelative
	return fa
}

// targets returns fa with its target filled in from the frame's target slots, else from
// the phrases around the trigger: the pair of a hyphenated compound ("US-China talks",
// which sets the source too), the other of "their meeting", an attack's victims, the
// target phrase of the relative clause or of the instrument verb, what a coercive act
// answers, what a statement is about, the author of what is rejected, denied or welcomed,
// those who break sanctions, the other side of embargoed goods, the recipient of aid and
// the one a demand is on.
func (v *sentence) targets(fa frameAct) frameAct {
	t, f, passive, w := fa.t, fa.f, fa.passive, v.word(fa.t)
	src, srcSlot := fa.src, fa.srcSlot
	relCarrier, instrument, stmt := fa.relCarrier, fa.instrument, fa.stmt
	tgt, sl := v.fill(t, f.Target, passive)
	tgtSlot := slotAt(sl)
	if len(tgt) == 0 && (f.Type == geokg.Meets || f.Type == geokg.SignsAgreementWith) && w.UPOS == "NOUN" {
		if pair := v.hyphenPair(t); len(pair) >= 2 {
			// "the U.N.-Iraq accord", "US-China trade talks": between the two
			src, tgt = pair[:len(pair)-1], pair[1:]
			srcSlot, tgtSlot = slotAt(Slot{Rel: "compound"}), slotAt(Slot{Rel: "compound"})
		}
	}
	if len(tgt) == 0 && f.Type == geokg.Meets {
		if a, b, ok := v.theirMeeting(t); ok {
			// "encouraged Obama in their meeting": "their" is the clause's pair
			src, tgt = []int{a}, []int{b}
			srcSlot, tgtSlot = slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">", syntax.BaseRel(w.Deprel), ""), slotAt(Slot{Rel: "their"})
		}
	}
	if len(tgt) == 0 && f.Type == geokg.Attacks {
		if as, slot := v.victims(t); len(as) > 0 {
			// "Mansour was killed in a US drone attack", "a strike that killed
			// Mansour": the one the attack hit
			tgt, tgtSlot = as, slotAt(Slot{Rel: slot})
		}
	}
	if len(tgt) == 0 && relCarrier > 0 {
		// "the sanctions that the US imposed on Iran": the target phrase is the
		// relative clause's
		for _, sl := range f.Target {
			if syntax.BaseRel(sl.Rel) != "nmod" || sl.Case == "" {
				continue
			}
			if as := v.argument(relCarrier, v.dependents(relCarrier, Slot{Rel: "obl", Case: sl.Case}, false)); len(as) > 0 {
				tgt, tgtSlot = as, slotVia(Slot{Rel: "obl<", Case: sl.Case}, v.lemmas[relCarrier], "", "", "")
				break
			}
		}
	}
	if len(tgt) == 0 && instrument > 0 {
		if as := v.argument(instrument, v.dependents(instrument, Slot{Rel: "obj"}, false)); len(as) > 0 {
			// "... slapped North Korea with new sanctions": the verb's object
			tgt, tgtSlot = as, slotVia(Slot{Rel: "obj<"}, v.lemmas[instrument], ">", "", "")
		}
	}
	if len(tgt) == 0 && coercive(f.Type) {
		if as, slot := v.provokers(t); len(as) > 0 {
			// "U.N. sanctions in response to North Korea's nuclear test",
			// "sanctions over Ankara's assault": the author of the act answered
			tgt, tgtSlot = as, slotAt(Slot{Rel: slot})
		}
	}
	if len(tgt) == 0 && stmt > 0 {
		// "a critical resolution on China": what the statement is about
		for _, c := range []string{"on", "against", "about", "of", "towards", "toward"} {
			if as := v.argument(stmt, v.dependents(stmt, Slot{Rel: "nmod", Case: c}, false)); len(as) > 0 {
				tgt, tgtSlot = as, slotAt(Slot{Rel: "nmod", Case: c})
				break
			}
		}
	}
	if len(tgt) == 0 && (f.Type == geokg.Rejects || f.Type == geokg.Denies ||
		f.Type == geokg.Supports && w.UPOS == "VERB" && welcomeVerbs[v.lemmas[t]]) {
		if k, as := v.refusedAuthor(t, f, passive, src); len(as) > 0 {
			// "Peru rejected Chile's proposal", "denied the charges made by the
			// US": whose proposal or charge it was; "welcomed Russia's decision
			// to withdraw": whose act it was
			tgt, tgtSlot = as, slotVia(Slot{Rel: v.word(k).Deprel}, "<", v.lemmas[k], ">author", "")
		}
	}
	if len(tgt) == 0 && f.Type == geokg.Sanctions {
		if as := v.sanctionBreaker(t); len(as) > 0 {
			// "Iraq flouted the UN sanctions": those who break sanctions
			// that name no target are under them
			tgt, tgtSlot = as, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">obj", "", "")
		}
	}
	if len(tgt) == 0 && f.Type == geokg.Sanctions {
		// "an embargo on trade with Iraq", "a ban on imports from Russia": the
		// goods' other side
		if as := v.tradePartner(t); len(as) > 0 {
			tgt, tgtSlot = as, slotAt(Slot{Rel: "nmod", Case: "on"})
		}
	}
	if len(tgt) == 0 && f.Type == geokg.Aids && w.UPOS == "NOUN" {
		if as := v.recipient(t); len(as) > 0 {
			// "Pakistan is the fifth largest recipient of US aid": who receives it
			tgt, tgtSlot = as, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">nmod:of", "", "")
		}
	}
	if len(tgt) == 0 && f.Type == geokg.Demands {
		if k, as := v.demandedOf(t); len(as) > 0 {
			// "Canada demanded that Saudi Arabia free the activists", "British
			// demands that Russia explain": the demand is on the subject of
			// what it asks for
			tgt, tgtSlot = as, slotVia(Slot{Rel: syntax.BaseRel(v.word(k).Deprel)}, ">nsubj", "", "", "")
		}
	}
	fa.src, fa.srcSlot, fa.tgt, fa.tgtSlot = src, srcSlot, tgt, tgtSlot
	return fa
}

// modifiedTargets returns fa with the target a modifying clause or an owner gives it: the
// object of a likened relative clause, the object a set-off participle describes, a
// support's beneficiary (which sets the source too), the noun a participle modifies, the
// author of the stance a reaction is to, and the owner of what is attacked, supported or
// recognised. It returns false when the frame reads nothing: an asset verb ("shot down")
// without both an author and an owner.
func (v *sentence) modifiedTargets(fa frameAct) (frameAct, bool) {
	t, f, passive, w := fa.t, fa.f, fa.passive, v.word(fa.t)
	src, srcSlot, tgt, tgtSlot := fa.src, fa.srcSlot, fa.tgt, fa.tgtSlot
	likenedRelative := fa.likenedRelative
	if likenedRelative {
		// the relative pronoun misparsed as the object is the subject: the object
		// is the clause's other noun
		tgt = nil
		for _, k := range v.dependents(t, Slot{Rel: "obj"}, passive) {
			if v.relativeAntecedent(k) == 0 {
				tgt = append(tgt, v.actorsOf(k)...)
			}
		}
	}
	if len(tgt) == 0 && containsRel(f.Target, "obj") {
		if o := v.apposedParticiple(t); o > 0 {
			// "fighting Hamas, supported by Qatar and Turkey,": the participle set
			// off after an object describes it
			tgt, tgtSlot = v.actorsOf(o), slotAt(Slot{Rel: "obj"})
		}
	}
	if bs, bt := v.beneficiary(t, f.Type); len(bs) > 0 && len(bt) > 0 {
		// "Maduro still has the support of Turkey": the support is Turkey's, for him
		src, tgt = bs, bt
		srcSlot, tgtSlot = slotAt(Slot{Rel: "nmod", Case: "of"}), slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">obj", "", "")
	}
	if len(tgt) == 0 && (w.Deprel == "acl" || v.modifyingParticiple(t)) && containsRel(f.Target, "obj") {
		// "the diplomats expelled by Albania": the participle's noun is its object
		tgt, tgtSlot = v.withoutConjuncts(w.Head, v.actorsOf(w.Head)), slotAt(Slot{Rel: "obj"})
		if as := v.nearerOpponent(t); len(as) > 0 {
			// "pitting the Houthis against a coalition supported by the US"
			tgt = as
		}
		if len(tgt) == 0 && f.Type == geokg.Supports && v.modifyingParticiple(t) {
			// "its United States-backed plans": backing someone's plan backs them
			tgt = v.possessorOf(w.Head)
		}
		if len(tgt) == 0 {
			// "a militia backed by Iran, Harakat al-Nujaba,": the name set off
			// after the phrase, misattached inside it
			tgt = v.apposedName(w.Head, src)
		}
	}
	if len(tgt) == 0 && reactions[f.Type] && len(src) > 0 {
		// "declared himself leader - a move recognised by the US", "..., a
		// position which China supported": the stance's author
		tw := v.slotWord(t, f.Target, passive)
		if (w.Deprel == "acl" || v.modifyingParticiple(t)) && containsRel(f.Target, "obj") {
			tw = w.Head
		}
		if tw > 0 {
			if a := v.relativeAntecedent(tw); a > 0 {
				tw = a
			}
			if as := v.stanceAuthor(tw); len(as) > 0 {
				tgt, tgtSlot = as, slotAt(Slot{Rel: "appos"})
			}
		}
	}
	if f.Type == geokg.Attacks && w.UPOS == "VERB" {
		// "Turkey shot down a Russian jet", "Israel struck Iran's reactor":
		// attacking what an actor owns attacks the owner (only with an author:
		// an act told without one is left to the pattern table). The asset verbs
		// attack nothing else ("struck a deal", "the sanctions target Iran").
		assetOnly := len(f.Requires) == 0 && assetVerbs[f.Lemma]
		if assetOnly {
			tgt = nil
		}
		if len(tgt) == 0 && len(src) > 0 {
			if as, sl := v.ownedTarget(t, f.Target, passive, v.assetOwner); len(as) > 0 {
				tgt, tgtSlot = as, slotAt(sl)
			}
		}
		if assetOnly && (len(tgt) == 0 || len(src) == 0) {
			return fa, false
		}
	}
	if len(tgt) == 0 && len(src) > 0 && (f.Type == geokg.Supports || f.Type == geokg.Recognizes) {
		// "backed Israel's right to defend itself", "a commitment to Israel's
		// security", "recognized Kosovo's independence": what a state holds
		// stands for the state
		if as, sl := v.ownedTarget(t, f.Target, passive, v.stakeOwner); len(as) > 0 {
			tgt, tgtSlot = as, slotAt(sl)
		}
	}
	fa.src, fa.srcSlot, fa.tgt, fa.tgtSlot = src, srcSlot, tgt, tgtSlot
	return fa, true
}

// statedType returns fa with the type it states and why not: the trigger's block; a
// threat on a friendly act is a promise, not done, and a hostile act held over another a
// threat by the one who holds it; the one who says another should be held responsible is
// the source; telling in writing is no meeting.
func (v *sentence) statedType(fa frameAct) frameAct {
	t, f, w := fa.t, fa.f, v.word(fa.t)
	blocked, threat := fa.blocked, fa.threat
	src, srcSlot := fa.src, fa.srcSlot
	typ := f.Type
	reason := blocked
	if threat != 0 && reason == "" && !hostile(f.Type) {
		// "pledged to continue close collaboration": a promise, not a threat
		reason = "not done: " + v.lemmas[threat]
	}
	if threat != 0 && reason == "" {
		if ts := v.dependents(threat, Slot{Rel: "nsubj"}, isPassive(v, threat)); len(ts) > 0 {
			if as := v.argument(threat, ts); len(as) > 0 {
				src = as
			}
		}
		typ = geokg.Threatens
	}
	if reason == "" && len(src) == 0 && v.heldResponsible(t) {
		// "says Tehran should be held responsible": whoever says so accuses
		if sp := v.reportedBy(t); sp > 0 {
			if src = v.argument(sp, v.subjects(sp)); len(src) == 0 {
				src = v.inheritedSubject(sp)
			}
			srcSlot = slotVia(Slot{Rel: "nsubj<"}, v.lemmas[sp], ">ccomp", "", "")
		}
	}
	if reason == "" && typ == geokg.Meets && w.UPOS == "VERB" && tellingVerbs[v.lemmas[t]] {
		if n := v.writtenWith(t); n > 0 {
			reason = "written: " + v.lemmas[n] // "told Barr in a letter": no meeting
		}
	}
	fa.typ, fa.reason, fa.src, fa.srcSlot = typ, reason, src, srcSlot
	return fa
}

// participantPairs handles a meeting or reciprocal circumstance without a source: when the
// act was between two or three parties ("talks between Russia and Ukraine"), it appends a
// match for every pair of them to out and returns true; or it returns fa with the reason
// such parties state no act (one side unnamed, the clause blocked).
func (v *sentence) participantPairs(actors []Actor, seen map[[3]int]bool, out []Match, fa frameAct) (frameAct, []Match, bool) {
	t, f, w := fa.t, fa.f, v.word(fa.t)
	src, typ, reason := fa.src, fa.typ, fa.reason
	if reason == "" && len(src) == 0 && (typ == geokg.Meets || Reciprocal(typ) && v.circumstance(t)) {
		// "Talks between Russia and Ukraine ended", "the talks, which included
		// Russia, Ukraine and Turkey, ended", "during a call between Trump and
		// Turnbull", "after an agreement between Russia and the rebels": those the
		// act was between took part, every pair of them
		if ps, slot := v.participants(t); len(ps) >= 2 && len(ps) <= maxReciprocal {
			circ := v.circumstance(t)
			if circ && oneSide(actors, ps) {
				// "at a summit between Kim and South Korean President Moon": one
				// party unnamed, the other named twice
				reason = "no source"
			} else if b, _ := v.qualify(w.Head); b != "" && !circ {
				reason = b // "talks between them will begin", "... could resume"
			} else {
				path := "nsubj<" + v.lemmas[w.Head] + ">" + v.lemmas[t] + ">" + slot
				if circ {
					path = "obl:" + v.caseOf(t) + "<" + v.lemmas[w.Head] + ">" + v.lemmas[t] + ">" + slot
				}
				out = everyPair(out, seen, actors, ps, Match{Type: typ, Trigger: t, Frame: f, Path: path})
				return fa, out, true
			}
		}
	}
	fa.reason = reason
	return fa, out, false
}

// checkSource returns fa blocked when it has no source, or when it is a journey that is
// not a person's or that goes home; a journey's targets are only those abroad.
func (v *sentence) checkSource(actors []Actor, fa frameAct) frameAct {
	t, passive := fa.t, fa.passive
	src, tgt, reason := fa.src, fa.tgt, fa.reason
	if reason == "" && len(src) == 0 {
		reason = "no source"
	}
	if reason == "" && journeyWords[v.lemmas[t]] && (passive || !v.allPersons(src)) {
		// "Americans traveled to Syria", "jets flew to Syria", "five prisoners were
		// flown to Qatar": only a person who travels visits
		reason = "no visit: not a person's journey"
	}
	if reason == "" && journeyWords[v.lemmas[t]] {
		// "Nunes made a trip to the White House", "flew back to Washington": a
		// journey home visits no one
		var abroad []int
		for _, a := range tgt {
			home := false
			for _, b := range src {
				home = home || actors[b].Side != "" && actors[b].Side == actors[a].ID
			}
			if !home {
				abroad = append(abroad, a)
			}
		}
		if tgt = abroad; len(tgt) == 0 {
			reason = "no visit: a journey home"
		}
	}
	fa.tgt, fa.reason = tgt, reason
	return fa
}

// announced returns fa unblocked when its source holds a coercive act over another (a
// threat) or announces a rejection or an act it will do; an unresolved source is then the
// one who announced it.
func (v *sentence) announced(actors []Actor, fa frameAct) frameAct {
	t := fa.t
	src, typ, reason := fa.src, fa.typ, fa.reason
	if coercive(typ) && v.ownThreat(t, reason, actors, src) {
		reason, typ = "", geokg.Threatens
	}
	if typ == geokg.Rejects || announceable(typ) {
		if ok, speakers := v.announcedAct(t, reason, actors, src); ok {
			reason = "" // "Iran vowed it would defy the council's decision", "said it would expel"
			if len(src) == 0 {
				src = speakers // "it" unresolved: the one who vowed
			}
		}
	}
	fa.src, fa.typ, fa.reason = src, typ, reason
	return fa
}

// reported returns fa blocked when another than its parties reports it ("Ukraine said
// Russia attacked Kyiv"), with the accusations such a report of wrongdoing makes appended
// to out, or unblocked with the reading "confirmed act" when the speaker confirms what
// another did.
func (m *Matcher) reported(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, fa frameAct) (frameAct, []Match) {
	t, f := fa.t, fa.f
	src, tgt, typ, reason := fa.src, fa.tgt, fa.typ, fa.reason
	var speakers []int
	reading := ""
	if sp := v.reportedBy(t); reason == "" && sp > 0 && !v.firstPerson(src) {
		// "Ukraine said Russia attacked Kyiv" is Ukraine's claim, not a fact;
		// "Iran said it expelled them" is Iran's own act, and so is a quotation's
		// "we" ("“We killed them,” says Omar, a Taliban commander": the speaker's
		// side, whoever the parse makes the verb's subject)
		for _, a := range v.argument(sp, v.subjects(sp)) {
			if party(actors, a, src) || !hostile(typ) && party(actors, a, tgt) {
				// "Obama said he and Castro spoke": a party tells of its own act;
				// "Abbas confirmed Israel shared information with the PA": the
				// other party of a friendly act bears it out
				continue
			}
			reason = "reported by another: " + v.lemmas[sp]
			speakers = append(speakers, a)
		}
		if len(speakers) > 0 && wrongdoing(typ) && v.saying(sp) {
			// ... and a claim that another did a hostile act is an accusation
			// (not one unsaid: "did not say Russia attacked", "would claim that").
			out = m.accusations(out, seen, actors, speakers, src, t, f, "reported act",
				"nsubj<"+v.lemmas[sp]+">ccomp>"+v.lemmas[t])
		}
		if len(speakers) > 0 && confirmVerbs[v.lemmas[sp]] && v.doneBefore(t) && v.confirmed(sp) {
			// "Obama confirmed that Jordan had taken part in the strikes": the
			// speaker bears out what another did
			reason, reading = "", "confirmed act"
		}
	}
	fa.reason, fa.reading = reason, reading
	return fa, out
}

// reciprocalPairs handles a reciprocal act without a target ("Saudi Arabia and Iran
// agreed to restore ties"): when two or three conjuncts act, it appends a match for every
// pair of them to out and returns true, unless they addressed another, which blocks fa.
func (v *sentence) reciprocalPairs(actors []Actor, seen map[[3]int]bool, out []Match, fa frameAct) (frameAct, []Match, bool) {
	t, f, passive := fa.t, fa.f, fa.passive
	tgt, srcSlot, carrier, typ, reason := fa.tgt, fa.srcSlot, fa.carrier, fa.typ, fa.reason
	if reason == "" && len(tgt) == 0 && Reciprocal(typ) {
		// "Saudi Arabia and Iran agreed to restore ties": the coordinated
		// subjects act on each other, one actor for each conjunct
		reps := v.conjuncts(t, passive)
		if carrier > 0 && v.word(t).Deprel == "obj" && (v.lemmas[carrier] == "have" || typ != geokg.CooperatesWith) {
			// "the US and the UK have an alliance", "the US and China announced
			// an agreement": the support verb's subjects (not "Russia and the US
			// have carried out exercises": each their own)
			reps = v.conjuncts(carrier, isPassive(v, carrier))
		}
		if len(reps) >= 2 && len(reps) <= maxReciprocal {
			if v.addressee(t) {
				// "the leaders of Germany and France told him": they addressed
				// another, whom the sentence names by no actor
				reason = "addressed another: " + v.lemmas[t]
			} else {
				// every pair of them: "the foreign ministers of Germany, France
				// and Italy met" is three meetings of two
				out = everyPair(out, seen, actors, reps, Match{Type: typ, Trigger: t, Frame: f,
					Path: srcSlot.slot().String() + "<" + v.lemmas[t] + ">conj"})
				return fa, out, true
			}
		}
	}
	fa.reason = reason
	return fa, out, false
}

// emit appends fa's matches to out: one for each source and target pair not yet in seen
// (recorded there), or, when blocked, one blocked match (one a source when only the
// target is missing, one a target when only the source is: the caller may find the other
// in the article).
func (v *sentence) emit(actors []Actor, seen map[[3]int]bool, out []Match, fa frameAct) []Match {
	t, f, passive := fa.t, fa.f, fa.passive
	src, tgt, srcSlot, tgtSlot := fa.src, fa.tgt, fa.srcSlot, fa.tgtSlot
	typ, reason, reading := fa.typ, fa.reason, fa.reading
	if reason == "" && len(tgt) == 0 {
		reason = "no target"
	}
	path := srcSlot.slot().String() + "<" + v.lemmas[t] + ">" + tgtSlot.slot().String()
	if reason == "no target" {
		// the caller may find the target in the article: one match a source
		tw := v.slotWord(t, f.Target, passive)
		if tw > 0 {
			if a := v.relativeAntecedent(tw); a > 0 {
				tw = a // "the plan, which was rejected by ...": the plan
			}
		}
		for _, a := range src {
			out = append(out, Match{Type: typ, Source: a, Target: -1, Trigger: t, Frame: f, Path: path, Blocked: reason, TargetWord: tw})
		}
		return out
	}
	if reason == "no source" && len(tgt) > 0 {
		// the caller may find the author in the article (a definite act noun
		// that refers back: "the strikes on Damascus killed ..."): one match a
		// target
		for _, b := range tgt {
			out = append(out, Match{Type: typ, Source: -1, Target: b, Trigger: t, Frame: f, Path: path, Blocked: reason})
		}
		return out
	}
	if reason != "" {
		out = append(out, Match{Type: typ, Source: -1, Target: -1, Trigger: t, Frame: f, Path: path, Blocked: reason})
		return out
	}
	for _, a := range src {
		for _, b := range tgt {
			if a == b || actors[a].ID == actors[b].ID {
				continue
			}
			if typ == geokg.Meets && personVerbs[v.lemmas[t]] && (!v.person[a] || !v.person[b]) {
				continue
			}
			key := [3]int{a, b, t}
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, Match{Type: typ, Source: a, Target: b, Trigger: t, Frame: f, Path: path, Reading: reading})
		}
	}
	return out
}

// sentenceReadings appends to out the matches of the readings no trigger's frame carries
// (retaliations; and, unless the sentence is a question, responsibilities, reported
// wrongdoing, verdicts, obligations, memberships, allegations, consequences, conditional
// threats, goods' targets, vowed answers and alliances), recording in seen the pairs they state.
func (m *Matcher) sentenceReadings(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, question bool) []Match {
	out = m.retaliations(v, actors, seen, out)
	if !question {
		out = m.responsibilities(v, actors, seen, out)
		out = m.reportedWrongdoing(v, actors, seen, out)
		out = m.verdicts(v, actors, seen, out)
		out = m.obligations(v, actors, seen, out)
		out = m.memberships(v, actors, seen, out)
		out = m.allegations(v, actors, seen, out)
		out = m.consequences(v, actors, seen, out)
		out = m.conditionalThreats(v, actors, seen, out)
		out = m.goodsTargets(v, actors, seen, out)
		out = m.vowedAnswers(v, actors, seen, out)
		out = m.alliances(v, actors, seen, out)
	}
	return out
}

// conjuncts returns one actor for each conjunct of the trigger's subject (the actor the
// conjunct's head word names, else the first it stands for), or nil.
func (v *sentence) conjuncts(t int, passive bool) []int {
	subj := v.dependents(t, Slot{Rel: "nsubj"}, passive)
	if len(subj) != 1 {
		return nil
	}
	rep := func(k int) int {
		if a := v.actor[k]; a >= 0 && !v.demonym[a] {
			return a
		}
		if as := v.actorsOf(k); len(as) > 0 {
			return as[0]
		}
		return -1
	}
	var out []int
	heads := []int{subj[0]}
	for _, c := range v.kids[subj[0]] {
		if v.word(c).Deprel == "conj" {
			heads = append(heads, c)
		}
	}
	for _, h := range heads {
		if a := rep(h); a >= 0 && !contains(out, a) {
			out = append(out, a)
		}
	}
	if len(out) < 2 && len(heads) == 1 && v.actor[subj[0]] < 0 {
		// "the foreign ministers of Germany, France and Italy": the list the agents are of
		if as := v.actorsOf(subj[0]); len(as) >= 2 {
			return as
		}
	}
	return out
}

// participants returns the parties of a meeting noun that is its clause's subject and
// names no author, with the slot that named them: its "between" phrase ("Talks between
// Russia and Ukraine ended"), its "including" phrase ("talks including Iran and Iraq
// began") or the object of a relative clause that includes them ("the talks, which
// included Russia, Ukraine and Turkey, ended"); and those of the "between" or "among"
// phrase of a reciprocal noun in a circumstance of its clause ("during a call between
// Trump and Turnbull"). Nil otherwise: a meeting noun elsewhere ("called for talks
// between A and B", "ahead of a summit between A and B") is no meeting that took place.
func (v *sentence) participants(t int) ([]int, string) {
	w := v.word(t)
	if w.UPOS != "NOUN" || w.Head <= 0 {
		return nil, ""
	}
	if v.circumstance(t) {
		// "during a phone call between Trump and Turnbull", "at a summit between Kim
		// and Moon": a circumstance is told as done, whatever the clause it situates
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

// journeyWords are the words of a journey that is a visit only when a person makes it
// (class `journey-word`).
var journeyWords = wordClass("journey-word")

// allPersons reports whether every actor of as is a person.
func (v *sentence) allPersons(as []int) bool {
	for _, a := range as {
		if !v.person[a] {
			return false
		}
	}
	return len(as) > 0
}

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

// confirmVerbs bear out an act as done: "X confirmed that Y had expelled Z" tells of
// Y's act, where "X said Y expelled Z" is X's claim.
var confirmVerbs = wordClass("confirm-verb")

// confirmed reports whether the confirmation verb at sp stands: not negated, modal,
// conditional or left undone ("did not confirm", "could not confirm", "declined to
// confirm").
func (v *sentence) confirmed(sp int) bool {
	if b, _ := v.qualify(sp); b != "" {
		return false
	}
	return v.modalOrNegated(sp) == ""
}

// doneBefore reports whether the verb at t tells of an act done: a past form.
func (v *sentence) doneBefore(t int) bool {
	w := v.word(t)
	switch w.XPOS {
	case "VBD":
		return true
	case "VBN":
		for _, k := range v.kids[t] {
			if x := v.word(k); syntax.BaseRel(x.Deprel) == "aux" && (v.lemmas[k] == "have" || x.XPOS == "VBD") {
				return true // "had shelled", "were expelled"
			}
		}
	}
	return false
}

// wrongdoing reports whether an act of the type, said of another, alleges wrongdoing:
// "Ukraine said Russia attacked Kyiv", "Seoul says Pyongyang threatened it". Reporting
// another's sanctions, condemnations or demands accuses no one.
func wrongdoing(t geokg.RelationType) bool { return t == geokg.Attacks || t == geokg.Threatens }

// hostile reports whether an act of the type, warned of, is a threat: conflictual
// types (a negative weight on the cooperation-conflict scale).
func hostile(t geokg.RelationType) bool { return t.Goldstein() < 0 }

// accusations appends ACCUSES(speaker, accused) for each pair of distinct actors.
func (m *Matcher) accusations(out []Match, seen map[[3]int]bool, actors []Actor, speakers, accused []int, t int, f Frame, reading, path string) []Match {
	for _, a := range speakers {
		for _, b := range accused {
			key := [3]int{a, b, -t}
			if actors[a].ID == actors[b].ID || seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, Match{Type: geokg.Accuses, Source: a, Target: b, Trigger: t, Frame: f, Path: path, Reading: reading})
		}
	}
	return out
}

// wrongdoingVerbs name misdeeds that a speaker tells of another as an accusation
// ("Canada said Iran had meddled in its elections").
var wrongdoingVerbs = wordClass("wrongdoing-verb")

// reportedWrongdoing reads a misdeed told of another in the complement of a speech verb
// or in a quotation the parse hangs on one ("“The Cuban government has been harassing
// our diplomats,” he said", "Canada said Iran had meddled in its elections"): the speaker
// accuses the misdeed's subject (reading "reported wrongdoing"). Not when the misdeed is
// negated, modal, conditional, asked or left undone ("could destabilise", "has never
// interfered"), nor of the speaker's own side.
func (m *Matcher) reportedWrongdoing(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		verb := v.lemmas[h] // verbLemma's: "meddled" read as "meddl" is "meddle"
		if !wrongdoingVerbs[verb] || v.word(h).UPOS != "VERB" || isPassive(v, h) {
			continue
		}
		sp := v.reportedBy(h)
		if sp == 0 || !v.saying(sp) {
			continue
		}
		if b, _ := v.qualify(h); b != "" || v.modalOrNegated(h) != "" {
			continue
		}
		accused := v.argument(h, v.subjects(h))
		if len(accused) == 0 || v.firstPerson(accused) {
			continue
		}
		var speakers []int
		for _, a := range v.speakers(sp) {
			if !party(actors, a, accused) {
				speakers = append(speakers, a)
			}
		}
		out = m.accusations(out, seen, actors, speakers, accused, h, Frame{Lemma: verb}, "reported wrongdoing",
			"nsubj<"+v.lemmas[sp]+">ccomp>"+verb)
	}
	for n := 1; n <= len(v.s.Words); n++ {
		if !wrongdoingNouns[v.lemmas[n]] || v.word(n).UPOS != "NOUN" {
			continue
		}
		out = m.reportedMisdeedNoun(v, actors, seen, out, n)
	}
	return out
}

// saying reports whether the speech verb at sp is said: not negated, modal, conditional
// or left undone ("never argued that ...", "would state that ...").
func (v *sentence) saying(sp int) bool {
	b, _ := v.qualify(sp)
	return b == "" && v.modalOrNegated(sp) == ""
}

// speakers returns the actors who speak with the speech verb at sp: its subjects, else,
// for "say" with none, its object after it, which the parser makes of an inverted
// speaker ("“...,” said Chinese spokesman Shen Guofang").
func (v *sentence) speakers(sp int) []int {
	if subj := v.subjects(sp); len(subj) > 0 || v.lemmas[sp] != "say" {
		return v.argument(sp, subj)
	}
	var objs []int
	for _, c := range v.kids[sp] {
		if v.word(c).Deprel == "obj" && c > sp {
			objs = append(objs, c)
		}
	}
	return v.argument(sp, objs)
}

// wrongdoingNouns name misdeeds an actor is said to commit ("US interference", "crimes
// committed by Syria", "provocations from Iran").
var wrongdoingNouns = wordClass("wrongdoing-noun")

// reportedMisdeedNoun reads a misdeed noun at n owned by an actor (its possessor, an
// actor's adjective or compound, its "by" or "from" phrase, or the agent of its
// participle: "crimes committed by Syria") inside what a speaker says: the speaker
// accuses the owner. Not when the noun is negated ("no interference") or its clause is
// negated, modal, conditional, asked or undone, nor of the speaker's side.
func (m *Matcher) reportedMisdeedNoun(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, n int) []Match {
	var owners []int
	committed := false // "crimes committed by Syria": the participle tells the deed as done
	for _, c := range v.kids[n] {
		w := v.word(c)
		switch r := w.Deprel; {
		case r == "det" && (v.lemmas[c] == "no" || v.lemmas[c] == "any"):
			return out
		case (r == "nmod:poss" || r == "amod" || r == "compound") && v.actor[c] >= 0:
			owners = append(owners, v.actor[c])
		case syntax.BaseRel(r) == "nmod" && v.actor[c] >= 0 && (v.caseOf(c) == "by" || v.caseOf(c) == "from"):
			owners = append(owners, v.actor[c])
		case r == "acl" && w.XPOS == "VBN":
			for _, g := range v.kids[c] {
				if v.word(g).Deprel == "obl:agent" && v.actor[g] >= 0 {
					owners = append(owners, v.actor[g])
					committed = true
				}
			}
		}
	}
	if len(owners) == 0 {
		return out
	}
	// the clause the noun is in, up through nominal relations and the relative clauses
	// of nouns ("one point, which is US interference"), to a speech verb's complement
	h, sp := n, 0
	for k := 0; k < 8 && h > 0; k++ {
		if sp = v.reportedBy(h); sp > 0 {
			break
		}
		switch syntax.BaseRel(v.word(h).Deprel) {
		case "nmod":
			if !committed && v.caseOf(h) != "of" {
				// "the investigation into Russian meddling", "his role in the Ukraine
				// meddling": a topic, no deed told ("cases of Russian interference" is one)
				return out
			}
			h = v.word(h).Head
			continue
		case "obj", "obl", "nsubj", "conj", "appos", "iobj", "acl":
			h = v.word(h).Head
			continue
		}
		break
	}
	if sp == 0 || !v.saying(sp) {
		return out
	}
	if b, _ := v.qualify(h); b != "" || v.modalOrNegated(h) != "" {
		return out
	}
	var speakers []int
	for _, a := range v.speakers(sp) {
		if !party(actors, a, owners) {
			speakers = append(speakers, a)
		}
	}
	return m.accusations(out, seen, actors, speakers, owners, n, Frame{Lemma: v.lemmas[n]}, "reported wrongdoing",
		"nsubj<"+v.lemmas[sp]+">ccomp>"+v.lemmas[h]+">"+v.lemmas[n])
}

// responsibilities reads "X said Y was behind the attack" and "X says Y is responsible
// for ...": a speech verb whose complement makes its subject the author of something
// is an accusation by the speaker. A negated or modal complement ("was not behind", "may
// be responsible") accuses no one.
func (m *Matcher) responsibilities(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		w := v.word(h)
		sp, likely := w.Head, 0
		if r := syntax.BaseRel(w.Deprel); (r == "acl" || r == "ccomp") && sp > 0 && v.word(sp).UPOS == "NOUN" {
			out = m.claimedResponsibility(v, actors, seen, out, h) // "Israel's claim that Iran was behind it"
			continue
		}
		if r := syntax.BaseRel(w.Deprel); (r == "xcomp" || r == "ccomp" || r == "csubj") && sp > 0 && likelihoodWords[v.lemmas[sp]] &&
			syntax.BaseRel(v.word(sp).Deprel) == "ccomp" {
			// "saying it is highly likely Russia was behind it": the speaker of the
			// likelihood
			likely, sp = sp, v.word(sp).Head
		} else if r != "ccomp" {
			continue
		}
		if sp <= 0 || !speechVerbs[v.lemmas[sp]] {
			continue
		}
		behind := v.hasChild(h, "case", "behind") && v.hasChild(h, "cop", "be")
		responsible := (v.lemmas[h] == "responsible" || v.lemmas[h] == "accountable" || v.lemmas[h] == "culprit") && v.hasChild(h, "cop", "be")
		if !behind && !responsible {
			continue
		}
		if likely > 0 {
			if b, _ := v.qualify(likely); b != "" || v.modalOrNegated(likely) != "" || v.modalOrNegated(h) != "" {
				continue // "it is not likely that ..."
			}
		} else if b, _ := v.qualify(h); b != "" || v.modalOrNegated(h) != "" {
			continue
		}
		accused := v.argument(h, v.subjects(h))
		speakers := v.argument(sp, v.subjects(sp))
		if len(speakers) == 0 && len(v.subjects(sp)) == 0 {
			speakers = v.inheritedSubject(sp) // "released a statement condemning ... and saying"
		}
		out = m.accusations(out, seen, actors, speakers, accused, h, Frame{}, "reported responsibility",
			"nsubj<"+v.lemmas[sp]+">ccomp>"+v.lemmas[h])
	}
	return out
}

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
// the noun, after it, when the verb has a subject of its own and the noun no possessor
// ("Israel conducted strikes on Syria", "announced new tariffs on Chinese goods", parsed
// with "on ..." as the verb's), or on the noun of the trigger's own "by" or "from" phrase
// when that names an actor ("sanctions by the EU against Russia", "a visit by Merkel to
// Washington"). Nil for other slots and triggers.
func (v *sentence) misattached(t int, sl Slot) []int {
	w := v.word(t)
	if sl.Rel != "nmod" || sl.Case == "" || w.UPOS != "NOUN" {
		return nil
	}
	var out []int
	if h := w.Head; h > 0 && w.Deprel == "obj" && supportVerbs[v.lemmas[h]] && len(v.subjects(h)) > 0 && !isPassive(v, h) && !v.hasKid(t, "nmod:poss") {
		// (the verb's own subject is the noun's author: not "makes Obama's visit to
		// Russia critical", nor a subject taken from another clause)
		for _, k := range v.kids[h] {
			if k > t && syntax.BaseRel(v.word(k).Deprel) == "obl" && v.caseOf(k) == sl.Case {
				out = append(out, k)
			}
		}
	}
	for _, c := range v.kids[t] {
		if syntax.BaseRel(v.word(c).Deprel) != "nmod" || c < t || (v.caseOf(c) != "by" && v.caseOf(c) != "from") || len(v.actorsOf(c)) == 0 {
			continue
		}
		for _, g := range v.kids[c] {
			if g > c && syntax.BaseRel(v.word(g).Deprel) == "nmod" && v.caseOf(g) == sl.Case {
				out = append(out, g)
			}
		}
	}
	return out
}

// personVerbs are a meeting only between people.
var personVerbs = wordClass("person-verb")

// beneficiaryVerbs make their subject the one a noun of support or aid is for: "has
// the support of", "won the backing of", "received aid from".
var beneficiaryVerbs = wordClass("beneficiary-verb")

// beneficiary reads the giver and the receiver of support or aid named by a noun that a
// beneficiary verb takes as its object ("Maduro has the support of Turkey and Russia",
// "Kyiv received aid from Berlin"): the actors of its "of" or "from" phrase give, the
// verb's subject receives. Both are nil for any other noun.
func (v *sentence) beneficiary(t int, typ geokg.RelationType) (givers, receivers []int) {
	w := v.word(t)
	if typ != geokg.Supports && typ != geokg.Aids || w.UPOS != "NOUN" || w.Deprel != "obj" || !beneficiaryVerbs[v.lemmas[w.Head]] {
		return nil, nil
	}
	for _, c := range []string{"of", "from"} {
		if as := v.argument(t, v.dependents(t, Slot{Rel: "nmod", Case: c}, false)); len(as) > 0 {
			givers = as
			break
		}
	}
	h := w.Head
	if b, _ := v.qualify(h); len(givers) == 0 || b != "" {
		return nil, nil // "hopes to win the backing of Poland": not had yet
	}
	receivers = v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h)))
	if len(receivers) == 0 {
		receivers = v.inheritedSubject(h)
	}
	return givers, receivers
}

// givesVerdict reports whether the verb at t gives its object a verdict ("called the
// attacks misguided").
func (v *sentence) givesVerdict(t int) bool {
	judged, _, _ := v.verdict(t)
	return judged > 0
}

// copularXcomp reports whether the trigger's open complement is "to be" something.
func (v *sentence) copularXcomp(t int) bool {
	for _, k := range v.kids[t] {
		if v.word(k).Deprel == "xcomp" && (v.lemmas[k] == "be" || v.hasChild(k, "cop", "be")) {
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
	h := w.Head
	if as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h))); len(as) > 0 {
		return as
	}
	return v.inheritedSubject(h)
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

// responseVerbs answer with the act their "with" phrase names ("responded with a
// warning", "retaliated with strikes").
var responseVerbs = map[string]bool{"respond": true, "reply": true, "react": true, "retaliate": true, "answer": true, "hit": true, "strike": true}

// supportVerbs carry a noun trigger whose actor is their subject: "the US imposed
// sanctions", "Iran lodged a protest", "Russia launched an attack", "France expressed
// its support".
var supportVerbs = wordClass("support-verb")

// supportSubject returns the subject actors of the support verb whose object is the
// noun trigger at t ("the US imposed sanctions"), or nil.
func (v *sentence) supportSubject(t int) []int { return v.carrierSubject(t, false) }

// carrierSubject is supportSubject where, for a reciprocal noun, "have" carries the noun
// too: who has a meeting, a call, a treaty or an alliance with another takes part in it
// ("Cuba has an extradition treaty with the US", "Pompeo had a good meeting with Kim",
// "the US and the UK have the greatest alliance"). Of other nouns "have" names the
// receiver ("has the support of Turkey") or the one who holds something ("has claims").
func (v *sentence) carrierSubject(t int, reciprocal bool) []int {
	k := t
	if w := v.word(k); w.UPOS == "NOUN" && w.Deprel == "conj" && w.Head > 0 && v.word(w.Head).Deprel == "obj" {
		k = w.Head // "sent greetings and praise to": the conjunct shares the object's verb
	}
	if w := v.word(k); syntax.BaseRel(w.Deprel) == "nmod" && w.Head > 0 && quantityNouns[v.lemmas[w.Head]] && v.caseOf(k) == "of" {
		k = w.Head // "imposed a raft of sanctions": the quantity stands for them
	}
	w := v.word(k)
	if w.UPOS != "NOUN" || w.Head <= 0 {
		return nil
	}
	h := w.Head
	switch {
	case syntax.BaseRel(w.Deprel) == "obl" && responseVerbs[v.lemmas[h]] && v.caseOf(k) == "with":
		// "Jiang responded with a warning"
		return v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h)))
	case w.Deprel != "obj" || !supportVerbs[v.lemmas[h]] && !(reciprocal && v.lemmas[h] == "have"):
		return nil
	}
	if as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h))); len(as) > 0 {
		return as
	}
	return v.inheritedSubject(h)
}

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

// WordsFile holds the matcher's word classes (speech verbs, support verbs, verbs and
// nouns that leave an act undone, ...): "class: word word ..." lines, # comments.
const WordsFile = "data/words.txt"

// wordClasses are the classes of WordsFile, read once.
var wordClasses = func() map[string]map[string]bool {
	b, err := dataFS.ReadFile(WordsFile)
	if err != nil {
		panic("frames: embedded " + WordsFile + ": " + err.Error())
	}
	classes, err := wordclass.Parse(string(b))
	if err != nil {
		panic("frames: embedded " + WordsFile + ": " + err.Error()) // a broken build; tests rule it out
	}
	return classes
}()

// wordClass returns the words of a class of WordsFile.
func wordClass(name string) map[string]bool {
	c, ok := wordClasses[name]
	if !ok {
		panic("frames: no word class " + name + " in " + WordsFile)
	}
	return c
}

// refusableNouns name what one can refuse or deny being its author's ("a proposal", "a
// demand", "aid"); claim nouns are what one denies.
var refusableNouns = wordClass("refusable-noun")

// authoringVerbs make the act of the noun their participle modifies ("the decision
// taken by", "the step announced by"): their agent is its author.
var authoringVerbs = map[string]bool{"make": true, "take": true, "announce": true, "launch": true, "propose": true}

// welcomeVerbs welcome or praise an act; welcomedNouns name an act one welcomes as its
// author's (a decision, a move, efforts).
var welcomeVerbs, welcomedNouns = wordClass("welcome-verb"), wordClass("welcomed-noun")

// refusedAuthor returns, for a REJECTS or DENIES trigger t whose object (a verb's obj, a
// noun's "of" phrase; through quantity nouns) is a noun naming no actor, that noun and
// its author: its possessor, nationality adjective or name compound ("Chile's proposal",
// "the British demand", "the Hamas offer"), its "by" or "from" phrase ("a proposal by
// Chile", "aid from Qatar") or the agent of its participle ("the charges made by the
// US"). REJECTS takes refusable nouns, DENIES claim nouns, SUPPORTS (a welcome verb:
// "welcomed Russia's decision to withdraw") welcomed nouns. Authors among the subjects
// (src) are left out: one's own plan is not rejected from outside; for SUPPORTS so is
// the subjects' own side ("the minister welcomed the British decision").
func (v *sentence) refusedAuthor(t int, f Frame, passive bool, src []int) (int, []int) {
	nouns := refusableNouns
	switch f.Type {
	case geokg.Denies:
		nouns = claimNouns
	case geokg.Supports:
		nouns = welcomedNouns
	}
	var objs []int
	if v.word(t).UPOS == "NOUN" {
		objs = v.dependents(t, Slot{Rel: "nmod", Case: "of"}, false)
	} else {
		objs = v.dependents(t, Slot{Rel: "obj"}, passive)
	}
	for _, k := range v.throughQuantity(objs) {
		if v.actor[k] >= 0 || v.word(k).UPOS != "NOUN" || !nouns[v.lemmas[k]] {
			continue
		}
		var as []int
		for _, c := range v.kids[k] {
			w := v.word(c)
			switch {
			case w.Deprel == "nmod:poss", w.Deprel == "compound" && w.UPOS == "PROPN",
				w.Deprel == "amod" && v.actor[c] >= 0 && c < k:
				as = append(as, v.actorsOf(c)...)
			case w.Deprel == "nmod" && (v.caseOf(c) == "by" || v.caseOf(c) == "from" || v.caseOf(c) == "of"):
				as = append(as, v.actorsOf(c)...)
			case w.Deprel == "acl" && w.XPOS == "VBN" && v.reducedParticiple(c) &&
				(f.Type != geokg.Supports || authoringVerbs[v.lemmas[c]]):
				// a welcomed act's participle only when it makes the act ("the decision
				// taken by Iraq"; not "..., also known by the acronym ISIL")
				for _, g := range v.kids[c] {
					if v.word(g).Deprel == "obl:agent" || v.word(g).Deprel == "obl" && v.caseOf(g) == "by" {
						as = append(as, v.actorsOf(g)...)
					}
				}
			}
		}
		var out []int
		for _, a := range as {
			if f.Type == geokg.Supports && party(v.actors, a, src) {
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

// announceable reports whether an act of type t is a state's decision that its author
// announces as done by saying it will do it ("The United States said it would expel 60
// Russian diplomats", "Iraq said it would sever ties"): expulsions, sanctions and their
// lifting, ties cut or restored, recognition. Announced, it is read as the act
// (announcedAct); "could", "might", a condition or a negation still block it.
func announceable(t geokg.RelationType) bool {
	switch t {
	case geokg.Expels, geokg.Sanctions, geokg.LiftsSanctions, geokg.SeversTiesWith, geokg.RestoresTiesWith, geokg.Recognizes:
		return true
	}
	return false
}

// ownBody reports whether one of a and b is a person and the other the state or state
// body the person speaks for ("Pentagon spokesman Rear Adm. John Kirby told ...": the
// spokesman and the Pentagon are one party, not two that met).
func ownBody(a, b Actor) bool {
	if a.Person == b.Person {
		return false
	}
	if b.Person {
		a, b = b, a
	}
	return a.Side != "" && (a.Side == b.ID || a.Side == b.Side)
}

// addressee reports whether the verb at t names the one it addresses: an indirect
// object or a pronoun or name as its object ("the leaders of Germany and France told
// him", "Britain and France called them"), who is the other party of a contact, not the
// coordinated subjects each other.
func (v *sentence) addressee(t int) bool {
	if v.word(t).UPOS != "VERB" {
		return false
	}
	for _, k := range v.kids[t] {
		switch v.word(k).Deprel {
		case "iobj":
			return true
		case "obj":
			if u := v.word(k).UPOS; u == "PRON" || u == "PROPN" && !calendarWords[strings.ToLower(v.lemmas[k])] {
				return true // not "spoke Tuesday", a time the parser took for an object
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
