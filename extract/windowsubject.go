package extract

import (
	"strings"

	"github.com/geokg/geokg/frames"
	"github.com/geokg/geokg/syntax"
)

// This file holds the parse checks of the subject of a word-window reading whose trigger
// has, on the parse, a doer other than a noun subject of its own: the noun a participle
// or a relative clause modifies, or an indefinite pronoun. A window subject outside that
// doer's phrase is the actor of another clause (docs/extraction-reference.md, stage 7, "a subject
// the parse gives to the controller"). As in windowcheck.go, a reading is removed only
// where the parse states it plainly.

// subjectsOfController returns the window's subjects of a reading at token i of sentence si
// that the parse s does not give to another doer (controllerOf): none when the trigger's
// subject is an indefinite pronoun ("everybody praises Chile", "nothing worked to end
// the blockade"); otherwise, when the parse names the noun that does the act, the window
// subjects that stand in that noun's phrase, name it as their apposition ("Senator Ruiz,
// a veteran socialist who criticized Chile"), stand in the phrase of the subject of the
// clause the noun is part of ("Ecuador is part of an alliance fighting the rebels"), are
// set off by dashes or joined by "and" to the noun, or stand after it outside its
// modifiers (outsideSubject); a window subject before the noun or inside its modifiers is
// dropped ("the files contain testimony supporting Bolivia's version", "banks and
// traders who support Bolivia": no support by the Peruvian speaker or by Chile). A
// reference (FormRef) keeps the reading; so does every subject without a parse.
func (d *document) subjectsOfController(s *syntax.Sentence, si, i int, subjs []*Mention) []*Mention {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) {
		return subjs
	}
	t := wordAt(s, toks[i].Start)
	if indefiniteSubject(s, t) {
		return nil // "everyone praises Peru": no one named
	}
	doer, owner := controllerOf(s, t)
	if doer == 0 {
		return subjs
	}
	var kept []*Mention
	for _, m := range subjs {
		if m.Form == FormRef || m.Start >= m.End || m.End > len(toks) {
			kept = append(kept, m)
			continue
		}
		w := spanHead(s, toks[m.Start].Start, toks[m.End-1].End)
		if d.namedInPhrase(s, si, m.ent, doer) || inSubjectPhrase(s, doer, w) || owner > 0 && mentionInPhrase(s, toks, m, owner) ||
			d.setOff(si, m) || coordinatedBefore(s, toks, m, doer) || !outsideSubject(s, w, doer) {
			kept = append(kept, m)
		}
	}
	return kept
}

// controllerOf returns the word of s that does the act of the verb at t, when the parse
// states it plainly: the noun a relative clause with a relative pronoun subject modifies
// (relativeHead), or the noun a present participle modifies ("the rebels fighting
// Peru"), with owner the subject of the nearest clause above that noun (clauseOwner), for
// the participle only. It returns 0 for a verb with another subject, a participle after a
// comma (it often tells of the main clause's subject, whatever noun the parse hangs it on)
// or with a preposition or subordinator of its own ("while backing Chile"), and a noun of
// time or a text ("a statement condemning Peru": its author condemns).
func controllerOf(s *syntax.Sentence, t int) (doer, owner int) {
	w := s.Word(t)
	if w == nil || w.Head == 0 {
		return 0, 0
	}
	for _, c := range s.Children(t) {
		if x := s.Word(c); x.Deprel == "nsubj" {
			if relativePronoun(x.Form) || strings.EqualFold(x.Form, "that") {
				return relativeHead(s, t, c), 0
			}
			return 0, 0
		}
	}
	for _, c := range s.Children(t) {
		switch s.Word(c).Deprel {
		case "mark", "nsubj:pass", "csubj", "expl", "case":
			return 0, 0 // "while backing Chile", "after accusing Peru"
		}
	}
	h := s.Word(w.Head)
	if w.Deprel != "acl" || w.XPOS != "VBG" || h.UPOS != "NOUN" && h.UPOS != "PROPN" || afterComma(s, t) || controlNoun(h) {
		return 0, 0
	}
	return w.Head, clauseOwner(s, w.Head)
}

// indefiniteSubject reports whether the subject of the verb at t of s (its own, or for an
// infinitive whose head verb has no object, its head verb's) is an indefinite pronoun
// ("everyone", "nothing", "no one"), which names no actor: "nothing has worked to stop
// Peru's program", "everyone praises the Andean Pact".
func indefiniteSubject(s *syntax.Sentence, t int) bool {
	for k := 0; k < 2 && t > 0; k++ {
		for _, c := range s.Children(t) {
			if x := s.Word(c); x.Deprel == "nsubj" {
				return indefinitePronouns[strings.ToLower(x.Form)] || strings.EqualFold(x.Form, "one") && hasChildForm(s, c, "no")
			}
		}
		if s.Word(t).Deprel != "xcomp" {
			return false
		}
		t = s.Word(t).Head
		for _, c := range s.Children(t) {
			if r := s.Word(c).Deprel; r == "obj" || r == "iobj" {
				return false // "urged no one to": the object controls
			}
		}
	}
	return false
}

// indefinitePronouns stand for no one in particular.
var indefinitePronouns = map[string]bool{"everyone": true, "everybody": true, "nothing": true, "nobody": true, "none": true,
	"someone": true, "somebody": true, "anyone": true, "anybody": true, "something": true, "anything": true, "everything": true}

// genericPronouns stand, as a relative clause's noun, for people no actor names ("all who
// criticize Peru", "those who back Chile").
var genericPronouns = map[string]bool{"those": true, "all": true, "anyone": true, "everyone": true, "others": true}

// hasChildForm reports whether the word at w of s has a dependent written form (any case).
func hasChildForm(s *syntax.Sentence, w int, form string) bool {
	for _, c := range s.Children(w) {
		if strings.EqualFold(s.Word(c).Form, form) {
			return true
		}
	}
	return false
}

// relativeHead returns the noun that the relative clause headed by the verb at t of s
// modifies, when its subject c is a relative pronoun standing right after that noun or
// after its last conjunct ("entities and individuals who support Peru"), including an
// apposition the parse hangs the clause on ("not just from people who support Boric":
// subjectsOfController keeps a window subject that the apposition names); else 0, also for
// a text, which says what its author says (relativeAntecedent).
func relativeHead(s *syntax.Sentence, t, c int) int {
	w := s.Word(t)
	if w.Deprel != "acl:relcl" || w.Head <= 0 || w.Head >= c {
		return 0
	}
	last := w.Head
	for _, k := range s.Children(w.Head) {
		if s.Word(k).Deprel == "conj" && k < c {
			last = k
		}
	}
	a := s.Word(w.Head)
	if last != c-1 || a.UPOS != "NOUN" && a.UPOS != "PROPN" && !genericPronouns[strings.ToLower(a.Form)] || controlNoun(a) {
		return 0
	}
	if a.Deprel == "appos" && a.Head > 0 {
		if h := s.Word(a.Head); h.UPOS == "VERB" || h.UPOS == "AUX" || h.UPOS == "ADJ" {
			return 0 // "met Corbyn, a veteran socialist who", the apposition hung on a verb: garbled
		}
	}
	return w.Head
}

// controlNoun reports whether the noun x cannot be a participle's doer for the checks
// above: a noun of time ("on Friday morning threatening Peru"), or a text or statement,
// whose author does what it says.
func controlNoun(x *syntax.Word) bool {
	lemma := strings.ToLower(x.Lemma)
	return timeNouns[lemma] || writingNouns[lemma] || statementNouns[lemma]
}

// clauseOwner returns the subject of the nearest verb or predicate above the noun at n
// of s that has one ("Chile issued a statement", "Peru is part of a coalition", "Peru
// drew red lines for any deal"); else 0.
func clauseOwner(s *syntax.Sentence, n int) int {
	for k := 0; k < 8 && n > 0; k++ {
		n = s.Word(n).Head
		for _, c := range s.Children(n) {
			if s.Word(c).Deprel == "nsubj" {
				return c
			}
		}
	}
	return 0
}

// afterComma reports whether the word at t of s follows a comma, past adverbs ("a move by
// Peru, effectively recognizing Chile").
func afterComma(s *syntax.Sentence, t int) bool {
	for k := t - 1; k > 0; k-- {
		switch x := s.Word(k); {
		case x.Form == ",":
			return true
		case x.UPOS != "ADV":
			return false
		}
	}
	return false
}

// listedArguments reports whether the parse s of the sentence of tokens toks makes the
// coordination that the mention m opens the object or oblique of a verb before it: the
// actors listed there are whom someone else visits, meets or works with ("Ruiz visited
// Peru and Chile to discuss trade", "Ruiz will meet with Peru and Chile to discuss the
// floods"), not subjects acting together. The coordination is climbed through its
// conjuncts, names and appositions, and compounds of a name; a list the parser hung on a
// common noun ("as Peru and Chile work to") or took with a subordinator for a preposition
// (clauseCases) counts not, nor does a verb whose infinitive, the trigger at token i, its
// object does ("forced Peru and Chile to work together"). False without a parse.
func listedArguments(s *syntax.Sentence, toks []Token, m *Mention, i int) bool {
	if s == nil || m.Start >= m.End || m.End > len(toks) || i < 0 || i >= len(toks) {
		return false
	}
	t := wordAt(s, toks[i].Start)
	w := spanHead(s, toks[m.Start].Start, toks[m.End-1].End)
	for k := 0; k < 12 && w > 0; k++ {
		x := s.Word(w)
		switch syntax.BaseRel(x.Deprel) {
		case "conj", "flat", "appos", "list":
			w = x.Head
			continue
		case "compound":
			if s.Word(x.Head).UPOS != "PROPN" {
				return false // "as Peru and Chile work to": a list the parser hung on a noun
			}
			w = x.Head
			continue
		case "obj", "iobj", "obl":
			return x.Head > 0 && x.Head < w && s.Word(x.Head).UPOS == "VERB" && !clauseCases[caseWord(s, w)] && !controlledBy(s, t, x.Head)
		}
		return false
	}
	return false
}

// controlledBy reports whether the trigger t of s is the infinitive of the verb v that
// v's object does: an xcomp, or any clause of a verb that makes its object act (class
// cause-verb of frames/data/words.txt: "forced Peru and Chile to work together", which
// the parser hangs as an adverbial clause).
func controlledBy(s *syntax.Sentence, t, v int) bool {
	x := s.Word(t)
	return x != nil && x.Head == v && (syntax.BaseRel(x.Deprel) == "xcomp" || makingVerbs[strings.ToLower(s.Word(v).Lemma)])
}

// makingVerbs (class cause-verb of frames/data/words.txt) make their object do the act of
// their infinitive.
var makingVerbs = frames.WordClass("cause-verb")
