package frames

import "github.com/geokg/geokg/syntax"

// Qualify says, on the parse s, whether the act named at word w (1-based) is told as done,
// as the matcher judges a trigger before it fires: "" for a done act, else the reason it is
// not ("modal: would", "not done: hope", "conditional: if", "negated: not", ...), the
// reasons Match.Blocked gives. It lets a reader of word windows (the extractor's pattern
// table) ask the parse about a word no frame decided. A threat verb that governs the act
// ("threatened to impose") is no block: the caller reads the threat itself.
func (m *Matcher) Qualify(s *syntax.Sentence, w int) string {
	if s == nil || w < 1 || w > len(s.Words) {
		return ""
	}
	blocked, _ := newSentence(s, nil, m.stands).qualify(w)
	return blocked
}

// Written returns, on the parse s, the lemma of the written message ("letter", "tweet") in
// which the verb at word w (1-based) tells or assures someone ("told Barr in a letter"),
// or "": telling someone in writing is no meeting. It lets the pattern table's reading of
// telling as a meeting ask what the frames ask.
func (m *Matcher) Written(s *syntax.Sentence, w int) string {
	if s == nil || w < 1 || w > len(s.Words) {
		return ""
	}
	v := newSentence(s, nil, m.stands)
	if n := v.writtenWith(w); n > 0 {
		return v.lemmas[n]
	}
	return ""
}
