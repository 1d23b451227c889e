package syntax

import "strings"

// A sentence of news has a verb. When the tagger takes a sentence's only verb for a noun,
// an adjective or a participle ("casualties rise/NN", "the two sides blame/NN each other",
// "Peru's ally stood/JJ firm", "Chilean warplanes bombed/VBN Bolivian positions" read as
// a noun phrase with a reduced relative), the parser can only hang the sentence on a noun,
// and every frame of that verb loses its subject. repairVerbless retags such a sentence's
// likeliest verb as a finite one and parses it again; the new analysis is kept only when it
// makes that word the root with a subject before it, so headlines and fragments without a
// verb ("Talks in Lima", "Update at 8 a.m.") stay as they were.

// minVerblessWords is the shortest sentence (words other than punctuation) that
// repairVerbless reads: shorter ones are mostly headlines, captions and datelines.
const minVerblessWords = 5

// maxVerbMargin is how far (in the tagger's weight units) the best finite verb class of a
// candidate may score below the class the tagger chose. Set on the treebanks' dev sets: the
// verbs the tagger missed in sentences of prose scored within it, while fragments of
// reviews and signatures ("great service", "nice local bagel place") lie far beyond it.
const maxVerbMargin = 10000

// finiteTags are the tags of a finite verb, in the order a form is tried for them.
var finiteTags = [...]string{"VBD", "VBZ", "VBP"}

// predicateless reports whether the analysis ws has no verb of its own: its root is a
// noun or a name, it holds no copula, and every verb or auxiliary in it modifies a noun
// (a participle or a relative clause).
func predicateless(ws []Word) bool {
	words := 0
	for i := range ws {
		w := &ws[i]
		if w.UPOS != "PUNCT" {
			words++
		}
		switch {
		case w.Head == 0 && w.UPOS != "NOUN" && w.UPOS != "PROPN":
			return false
		case w.Deprel == "cop":
			return false
		case (w.UPOS == "VERB" || w.UPOS == "AUX") && w.Deprel != "acl" && w.Deprel != "amod" && w.Deprel != "acl:relcl":
			return false
		}
	}
	return words >= minVerblessWords
}

// verbCandidate returns the word of a predicateless sentence that the tagger would most
// readily have read as a finite verb, and the class to read it as; -1 when no word may be
// one. sc holds the sentence's forms and tags from the analysis. A candidate is a lower-case
// word after the first whose form is a finite form of a verb the treebanks know (a VBZ ends
// in -s, a VBD is a known past, a VBP is the lemma itself), not a name, a function word or
// punctuation, and not already a finite verb; among them the one whose best finite class
// scores closest to the class the tagger chose.
func (m *Model) verbCandidate(ws []Word, sc *scratch) (int, int, int32) {
	best, bestClass, bestMargin := -1, -1, int32(0)
	scores := sc.scores(len(m.tagger.upos))
	for i := 1; i < len(ws); i++ {
		w := &ws[i]
		switch w.UPOS {
		case "NOUN", "ADJ", "VERB":
		default:
			continue
		}
		if w.UPOS == "VERB" && w.XPOS != "VBN" || w.Form == "" || w.Form[0] < 'a' || w.Form[0] > 'z' {
			continue
		}
		if _, unambiguous := m.tagger.dict[sc.forms[i]]; unambiguous {
			continue
		}
		var buf [len(finiteTags)]int
		classes := buf[:0] // the finite classes the form may have, before any scoring
		for _, xpos := range finiteTags {
			if c, ok := m.tagger.classOf("VERB", xpos); ok && m.lemmas.finiteForm(w.Form, xpos) {
				classes = append(classes, c)
			}
		}
		if len(classes) == 0 {
			continue
		}
		p1, p2 := sc.tags[i-1], -1
		if i > 1 {
			p2 = sc.tags[i-2]
		}
		sc.feats = tagFeatures(sc.feats[:0], sc.tf, i, p1, p2)
		m.tagger.w.score(sc.feats, scores)
		for _, c := range classes {
			if margin := scores[sc.tags[i]] - scores[c]; best < 0 || margin < bestMargin {
				best, bestClass, bestMargin = i, c, margin
			}
		}
	}
	return best, bestClass, bestMargin
}

// finiteForm reports whether form can be the finite verb form xpos (VBD, VBZ or VBP) of a
// verb the treebanks know.
func (l *lemmatizer) finiteForm(form, xpos string) bool {
	lower := strings.ToLower(form)
	lemma := l.lemma(lower, "VERB", xpos)
	if l.known[lemma]&lemmaVerb == 0 {
		return false
	}
	switch xpos {
	case "VBZ":
		return lemma != lower && strings.HasSuffix(lower, "s")
	case "VBD":
		_, irregular := l.exceptions[lemmaKey(lower, "VBD")]
		return irregular || lemma != lower && strings.HasSuffix(lower, "ed")
	default:
		return lemma == lower
	}
}

// repairVerbless reads again, in place, a predicateless sentence with its likeliest verb
// tagged as a finite verb (see the top of this file), and a capitalised word before it
// that the treebanks know as no noun read as a name. It keeps the new analysis only when
// that word is its root, has a subject before it and is no subordinate clause, and no
// other verb loses its subject.
func (m *Model) repairVerbless(ws []Word, sc *scratch) {
	if !predicateless(ws) {
		return
	}
	i, c, margin := m.verbCandidate(ws, sc)
	if i < 0 || margin > maxVerbMargin {
		return
	}
	again := make([]Word, len(ws))
	for k, w := range ws {
		again[k] = Word{Form: w.Form, Start: w.Start, End: w.End, SpaceAfter: w.SpaceAfter}
	}
	again[i].UPOS, again[i].XPOS = m.tagger.upos[c], m.tagger.xpos[c]
	for k := range i {
		if m.unknownCapitalNoun(ws[k]) {
			again[k].UPOS, again[k].XPOS = "PROPN", "NNP" // "Ruiz blamed ...": a name, the subject
		}
	}
	m.analyze(again, sc)
	if again[i].Head != 0 || !hasSubjectBefore(again, i+1, i+1) || hasChild(again, i+1, "mark") {
		return // no root, no subject, or a subordinate clause ("as casualties rise")
	}
	for k := range ws {
		if ws[k].UPOS == "VERB" && hasSubject(ws, k+1) && !hasSubject(again, k+1) {
			return // a clause lost its subject ("the deal both countries signed")
		}
	}
	copy(ws, again)
}

// unknownCapitalNoun reports whether w is a capitalised word the tagger read as a common
// noun though the treebanks know no such noun: a name the tagger did not know, which at
// the start of a sentence it often takes for a noun.
func (m *Model) unknownCapitalNoun(w Word) bool {
	return w.UPOS == "NOUN" && w.Form != "" && w.Form[0] >= 'A' && w.Form[0] <= 'Z' &&
		m.lemmas.known[strings.ToLower(w.Lemma)]&lemmaNoun == 0
}

// hasChild reports whether the word with id h has a dependent with relation deprel.
func hasChild(ws []Word, h int, deprel string) bool {
	for k := range ws {
		if ws[k].Head == h && ws[k].Deprel == deprel {
			return true
		}
	}
	return false
}
