package extract

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file holds the parse checks of the pattern table's word-window readings. The table
// reads the words no frame decided; on the sentence's parse (windowParse) a verb pattern's
// reading is dropped when the parse tells what the window could not see, in the
// categories below (docs/extraction.md, stage 7). Each check removes a reading only where
// the parse states it plainly: the window is often right where the parse is wrong.

// windowParse returns the parse of sentence si for the checks below: the frame stage's, or,
// for a sentence it did not parse (no frame trigger in it), one made for the reading, which
// is rare enough to cost little (BENCHMARKS.md); nil for a sentence too long to parse.
func (d *document) windowParse(si int) *syntax.Sentence {
	if d.parsed != nil {
		return d.parsed
	}
	s, _ := d.parseNamed(si)
	return s
}

// undoneOnParse reports whether the act the pattern table read at token i of sentence si
// is, on the sentence's parse s, no act done, though the window between the subject and the
// trigger held no word that said so: the matcher's judgement of a trigger
// (frames.Matcher.Qualify) finds it modal, conditional, negated or the complement of a
// verb or noun that leaves it undone ("hopes the move will pressure the other parties to
// open talks", "said he'd talk to Seoul", "an effort to pressure Seoul", "Treasury intends
// to impose sanctions ... to hold officials accountable"), or the parse takes the trigger
// for a predicative adjective ("said it was open to talks": a disposition, no act). A
// "that" complement of "tell" is a report for the matcher, not an act undone ("told Fox
// News that officials are talking with the Turks"); "told Iran to open talks" is undone. A threat (typ THREATENS) or a pattern of the future is left to the
// window, which reads threats itself.
func (d *document) undoneOnParse(s *syntax.Sentence, si, i int, typ geokg.RelationType, p *Pattern) bool {
	if s == nil || typ == geokg.Threatens || p.Future || i < 0 || i >= len(d.sents[si].Tokens) {
		return false
	}
	w := wordAt(s, d.sents[si].Tokens[i].Start)
	if w == 0 {
		return false
	}
	if x := s.Word(w); x.UPOS == "ADJ" && x.Deprel != "amod" {
		return true // "is open to talks": a disposition
	}
	return d.x.matcher.Qualify(s, w) != ""
}

// nounAsVerb reports whether the parse s of sentence si takes the verb pattern's trigger
// at token i for the head of a noun phrase: a noun with a determiner, an adjective, a
// compound, a possessor, a number or a preposition of its own, or a noun modifying
// another as its compound. A past form is never one. The pattern of an attack on a place
// ("Russia struck in Syria") read on such a noun places an attack, it does not tell one:
// "U.S. drone attacks in neighbouring Pakistan", "the nerve agent attack in the UK", "a
// suicide bombing in Kabul" (no attack on Pakistan, the UK, Afghanistan).
func (d *document) nounAsVerb(s *syntax.Sentence, si, i int) bool {
	if s == nil || i < 0 || i >= len(d.sents[si].Tokens) {
		return false
	}
	if pastForm(d.sents[si].Tokens[i].Lower) {
		return false // "Chile struck in Peru": a past form is a verb, whatever the tagger says
	}
	t := wordAt(s, d.sents[si].Tokens[i].Start)
	w := s.Word(t)
	if w == nil || w.UPOS != "NOUN" {
		return false
	}
	if syntax.BaseRel(w.Deprel) == "compound" {
		return true // "bomb makers"
	}
	for _, c := range s.Children(t) {
		switch s.Word(c).Deprel {
		case "det", "amod", "compound", "nmod:poss", "nummod", "case":
			return true
		}
	}
	return false
}

// subjectsOutsidePhrases returns the window's subjects of a reading in sentence si that
// are not, on the sentence's parse s, inside a prepositional phrase of place or time: a
// subject whose noun phrase (the name itself, or the noun it modifies as a compound,
// adjective or possessor) takes "on", "in", "at", "from"... before it is no clause's
// subject ("mocked the victims on its official Twitter feed and used the attack to
// criticize US policy", "in a Washington Post column, Hugh Hewitt accused ...", "Kurdish
// groups in northern Syria, which have worked with the US"). A reference (FormRef) is
// kept; without a parse every subject is.
func (d *document) subjectsOutsidePhrases(s *syntax.Sentence, si int, subjs []*Mention) []*Mention {
	if s == nil {
		return subjs
	}
	toks := d.sents[si].Tokens
	var kept []*Mention
	for _, m := range subjs {
		if m.Form == FormRef || m.Start >= m.End || m.End > len(toks) || !inPhrase(s, spanHead(s, toks[m.Start].Start, toks[m.End-1].End), toks[m.Start].Start) {
			kept = append(kept, m)
		}
	}
	return kept
}

// inPhrase reports whether the word at w of s, or the noun it modifies as a compound, a
// name, an adjective or a possessor, is an oblique or nominal modifier with a preposition
// of place or time before byte offset start.
func inPhrase(s *syntax.Sentence, w, start int) bool {
	for k := 0; k < 4 && w > 0; k++ {
		word := s.Word(w)
		switch rel := word.Deprel; {
		case rel == "compound" || rel == "flat" || rel == "amod" || rel == "nmod:poss":
			w = word.Head
			continue
		case (syntax.BaseRel(rel) == "obl" || syntax.BaseRel(rel) == "nmod") && rel != "obl:agent":
			return caseBefore(s, w, start) != ""
		}
		return false
	}
	return false
}

// caseBefore returns the preposition of place or time that the word at w of s takes
// ("on its Twitter feed", "in a Washington Post column") when it stands before the byte
// offset start (not a word inside the name: "Moon Jae-in"), or "".
func caseBefore(s *syntax.Sentence, w, start int) string {
	for _, c := range s.Children(w) {
		x := s.Word(c)
		if syntax.BaseRel(x.Deprel) != "case" || x.Start >= start {
			continue
		}
		switch strings.ToLower(x.Form) {
		case "on", "in", "at", "from", "into", "during", "under", "inside", "within", "across", "through", "over":
			return x.Form
		}
	}
	return ""
}

// determinedNoun reports whether, on the parse s of sentence si, the verb pattern's
// trigger at token i is a noun with a determiner (other than "that") or a possessor of
// its own ("received a personal request from Xi", "the Hagel decision appeals to"): a
// noun phrase, no verb. Past forms stay verbs, and so does a noun that has the reading's
// subject subj among its dependents ("The US stands by": a verb the parse misread); false
// without a parse or a subject.
func (d *document) determinedNoun(s *syntax.Sentence, si, i int, subj *Mention) bool {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) || subj == nil || subj.Start >= subj.End || subj.End > len(toks) {
		return false
	}
	if pastForm(toks[i].Lower) {
		return false
	}
	sh := spanHead(s, toks[subj.Start].Start, toks[subj.End-1].End)
	t := wordAt(s, toks[i].Start)
	if w := s.Word(t); w == nil || w.UPOS != "NOUN" {
		return false
	}
	det := false
	for _, c := range s.Children(t) {
		x := s.Word(c)
		if c == sh {
			return false // "The US stands by": the subject parsed as the noun's modifier, a verb misread
		}
		if (x.Deprel == "det" && !strings.EqualFold(x.Form, "that")) || x.Deprel == "nmod:poss" {
			det = true // ("that John Kerry and Obama negotiate with": a conjunction misread)
		}
	}
	return det
}

// otherDoerOnParse reports whether, on the parse s of sentence si, the act at token i
// that the pattern table reads as reported (an accusation of m by the speaker) has a
// doer the parse names plainly and m is not it: the verb's subject or passive agent
// (a verb joined to another, or a control verb's complement, takes the subject of the
// verb it depends on; a relative clause's, the noun it modifies), a noun's possessor,
// adjective or compound, or the subject of the verb whose object the noun is ("carried
// out attacks"). The window often pairs a reported act with a neighbouring actor
// ("With help from Jordan and Qatar, the U.S. conducted airstrikes ..., the Pentagon
// said" is no accusation of Jordan). A noun's adjective or compound counts only as a
// word of one of the sentence's actors. False without a parse, or when the parse names no
// doer: the window may then be right.
func (d *document) otherDoerOnParse(s *syntax.Sentence, si, i int, m *Mention) bool {
	toks := d.sents[si].Tokens
	if s == nil || m == nil || m.Form == FormRef || i < 0 || i >= len(toks) || m.Start >= m.End || m.End > len(toks) {
		return false
	}
	t := wordAt(s, toks[i].Start)
	if t == 0 {
		return false
	}
	var doers []int
	for _, x := range actDoers(s, t) {
		if r := s.Word(x).Deprel; r == "amod" || r == "compound" {
			// a noun's modifier is its doer only as an actor's word: "atomic bomb",
			// "cyberhacking attacks" name none
			if q := tokenAt(toks, s.Word(x).Start); q < 0 || d.mentionAt(si, q) == nil {
				continue
			}
		}
		doers = append(doers, x)
	}
	if len(doers) == 0 {
		return false
	}
	h := spanHead(s, toks[m.Start].Start, toks[m.End-1].End)
	for k := 0; k < 6 && h > 0; k++ {
		for _, x := range doers {
			if h == x {
				return false
			}
		}
		w := s.Word(h)
		switch syntax.BaseRel(w.Deprel) {
		case "compound", "amod", "nmod:poss", "flat", "conj", "appos", "nmod":
			h = w.Head
			continue
		}
		break
	}
	return true
}

// actDoers returns the words of the parse s that name the doer of the act at word t
// (otherDoerOnParse), or nil.
func actDoers(s *syntax.Sentence, t int) []int {
	var out []int
	w := s.Word(t)
	collect := func(h int, rels ...string) {
		for _, c := range s.Children(h) {
			r := s.Word(c).Deprel
			for _, want := range rels {
				if r == want {
					out = append(out, c)
				}
			}
		}
	}
	if w.UPOS == "NOUN" {
		collect(t, "nmod:poss", "amod", "compound")
		if syntax.BaseRel(w.Deprel) == "obj" && w.Head > 0 {
			collect(w.Head, "nsubj", "obl:agent")
		}
		return out
	}
	for k := 0; k < 4 && t > 0; k++ {
		collect(t, "nsubj", "obl:agent")
		if len(out) > 0 {
			return out
		}
		x := s.Word(t)
		switch x.Deprel {
		case "conj", "xcomp":
			t = x.Head
			continue
		case "acl", "acl:relcl":
			return []int{x.Head}
		}
		break
	}
	return out
}
