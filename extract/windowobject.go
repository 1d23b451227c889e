package extract

import (
	"strings"

	"github.com/geokg/geokg/syntax"
)

// This file holds the parse checks of the OBJECT side and of the trigger's sense of the
// pattern table's verb readings (windowcheck.go holds the others, on the subject and the
// act): on the sentence's parse a reading is dropped where the parse states plainly that
// the trigger names no act (docs/extraction.md, stage 7).

// modifierTrigger reports whether, on the parse s of sentence si, the trigger at token i
// of verb pattern pi, or the pattern's noun (the token before after), modifies a noun
// that follows it as an adjective or a compound: it names a kind of thing, no act ("had
// a cordial working relationship", "several other allied nations", "a hotline telephone
// line", "drills with attack helicopters"). The parser takes many a verb for an
// adjective ("has historically attacked Chilean targets"): the trigger counts only with
// no argument of its own, right after a word that opens a noun phrase (a determiner,
// adjective, number, possessor or preposition, or another modifier of the same noun),
// and not when the noun it modifies is one of the pattern's ("expanded economic
// sanctions", "launched coordinated attacks"); the pattern's noun counts only as a bare
// compound ("struck a historic deal Sunday morning" is a deal struck). False without a
// parse.
func (d *document) modifierTrigger(s *syntax.Sentence, si, i, pi, after int) bool {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) {
		return false
	}
	nouns := patterns.nounSets[pi]
	if t := wordAt(s, toks[i].Start); t > 0 && nounModifier(s, t, nouns) && phraseOpener(s, t) && !hasArgument(s, t) {
		return true
	}
	if n := after - 1; len(nouns) > 0 && n > i && n < len(toks) {
		// "conducting drills with attack helicopters": the pattern's noun names a kind
		w := wordAt(s, toks[n].Start)
		return w > 0 && syntax.BaseRel(s.Word(w).Deprel) == "compound" && nounModifier(s, w, nouns) && !hasModifier(s, w)
	}
	return false
}

// nounModifier reports whether the word at w of s is an adjective or compound modifier of
// a noun after it that is none of nouns (a pattern's nouns).
func nounModifier(s *syntax.Sentence, w int, nouns map[string]bool) bool {
	x := s.Word(w)
	if r := syntax.BaseRel(x.Deprel); r != "amod" && r != "compound" || x.Head <= w {
		return false
	}
	h := s.Word(x.Head)
	return h.UPOS == "NOUN" && !nouns[strings.ToLower(h.Form)]
}

// phraseOpener reports whether the word before w in s (quotation marks aside) opens or
// belongs to a noun phrase: a determiner, adjective, number or preposition, a possessor,
// or a modifier of the same noun as w ("a working relationship", "other allied nations",
// "a series of telephone calls", "the deconfliction telephone line").
func phraseOpener(s *syntax.Sentence, w int) bool {
	p := w - 1
	for p > 0 && s.Word(p).UPOS == "PUNCT" && strings.ContainsAny(s.Word(p).Form, "\"“”'‘’") {
		p--
	}
	if p <= 0 {
		return false
	}
	x := s.Word(p)
	if x.Deprel == "nmod:poss" {
		return true
	}
	switch x.UPOS {
	case "DET", "ADJ", "NUM", "ADP":
		return true
	}
	switch syntax.BaseRel(x.Deprel) {
	case "compound", "amod", "nummod", "det":
		return x.Head == s.Word(w).Head
	}
	return false
}

// hasModifier reports whether the word at w of s has a determiner, adjective, number or
// possessor of its own: the head of a noun phrase the parser hung on the next noun ("a
// historic deal Sunday morning"), no compound.
func hasModifier(s *syntax.Sentence, w int) bool {
	for _, c := range s.Children(w) {
		switch rel := s.Word(c).Deprel; syntax.BaseRel(rel) {
		case "det", "amod", "nummod":
			return true
		case "nmod":
			if rel == "nmod:poss" {
				return true
			}
		}
	}
	return false
}

// hasArgument reports whether the word at w of s has an object, oblique or nominal
// modifier of its own: a verb the parser took for a modifier.
func hasArgument(s *syntax.Sentence, w int) bool {
	for _, c := range s.Children(w) {
		switch syntax.BaseRel(s.Word(c).Deprel) {
		case "obj", "iobj", "obl", "nmod", "ccomp", "xcomp":
			return true
		}
	}
	return false
}
