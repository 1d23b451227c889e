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
