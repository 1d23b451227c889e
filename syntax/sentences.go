package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxSentenceWords bounds a sentence: a longer run of words without an end (a table,
// a list, bad input) is cut into pieces of this many words, so time and memory per
// sentence stay bounded.
const MaxSentenceWords = 200

// SplitSentences groups tokens into sentences. A sentence ends at ".", "!", "?" or an
// ellipsis followed by a word that can start a sentence (closing quotes and brackets
// stay with the sentence they close), at an empty line, and at a line break after a
// line that reads as a headline or a line of its own (in text that is not hard-wrapped).
// Abbreviations ("Mr.", "U.S.") end a sentence only before a word that usually starts
// one ("The", "He", ...).
func SplitSentences(toks []Token) [][]Token {
	var out [][]Token
	wrapped := isHardWrappedTokens(toks)
	start := 0
	for i := 0; i < len(toks); i++ {
		end := false
		t := toks[i]
		next := i + 1
		switch {
		case t.ParaBreak:
			end = true
		case isTerminator(t.Form):
			// Closing quotes and brackets belong to this sentence.
			for next < len(toks) && isCloser(toks[next].Form) && !toks[next-1].SpaceAfter {
				next++
			}
			if next >= len(toks) || toks[next-1].LineBreak || startsSentence(toks[next]) {
				end = true
			}
			i = next - 1
			if toks[i].ParaBreak {
				end = true
			}
		case isAbbreviation(t.Form) && strings.HasSuffix(t.Form, "."):
			if next < len(toks) && commonStarters[toks[next].Form] {
				end = true
			}
		case t.LineBreak && !wrapped:
			end = true
		}
		if !end && i+1-start >= MaxSentenceWords {
			end = true
		}
		if end {
			out = append(out, toks[start:i+1])
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}

func isTerminator(f string) bool {
	switch f {
	case ".", "!", "?", "...", "…", "?!", "!!":
		return true
	}
	return strings.Trim(f, ".!?") == "" && f != ""
}

func isCloser(f string) bool {
	switch f {
	case "\"", "'", "”", "’", ")", "]", "»":
		return true
	}
	return false
}

// startsSentence reports whether t can begin a sentence: a capital letter, a digit, or
// an opening quote or bracket.
func startsSentence(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Form)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘([«", r)
}

// commonStarters are words that begin sentences far more often than they follow an
// abbreviation inside one.
var commonStarters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An He She It They We I You This That These Those His Her Its
		Their Our But And In On At As After Before When While If However Meanwhile Earlier Later
		There Some Many Most Other Another No Yet So Still Also Since Under`) {
		commonStarters[w] = true
	}
}

// isHardWrappedTokens reports whether the text's lines are wrapped at a fixed width,
// so that a line break inside a paragraph does not end a sentence: most lines break
// after a word that does not end a sentence.
func isHardWrappedTokens(toks []Token) bool {
	breaks, open := 0, 0
	for i, t := range toks {
		if !t.LineBreak || t.ParaBreak || i+1 == len(toks) {
			continue
		}
		breaks++
		if !isTerminator(t.Form) && !isCloser(t.Form) && t.Form != ":" {
			open++
		}
	}
	return breaks >= 3 && open*2 > breaks
}

// Sentences tokenises text, splits it into sentences and analyses each, keeping the
// words' byte offsets in text.
func (m *Model) Sentences(text string) []Sentence {
	var out []Sentence
	m.EachSentence(text, func(s Sentence) bool { out = append(out, s); return true })
	return out
}

// EachSentence analyses text a sentence at a time and calls fn with each, in order,
// until fn returns false. Text is read a paragraph at a time (a sentence never crosses
// an empty line; a paragraph longer than maxChunk is cut at a line break or a space), so
// memory stays that of one chunk whatever the size of the text.
func (m *Model) EachSentence(text string, fn func(Sentence) bool) {
	n := 0
	for start := 0; start < len(text); {
		end := chunkEnd(text, start)
		toks := Tokenize(text[start:end])
		for i := range toks {
			toks[i].Start += start
			toks[i].End += start
		}
		for _, st := range SplitSentences(toks) {
			ws := make([]Word, len(st))
			for i, t := range st {
				ws[i] = Word{Form: t.Form, Start: t.Start, End: t.End, SpaceAfter: t.SpaceAfter}
			}
			m.AnalyzeWords(ws)
			n++
			s := Sentence{ID: itoa(n), Text: text[st[0].Start:st[len(st)-1].End], Words: ws}
			if !fn(s) {
				return
			}
		}
		start = end
	}
}

// maxChunk bounds the text EachSentence tokenises at once.
const maxChunk = 1 << 20

// chunkEnd returns where the chunk of text that starts at start ends: after the next
// empty line, else at a line break or space before maxChunk bytes, else at maxChunk
// (on a rune boundary).
func chunkEnd(text string, start int) int {
	rest := text[start:]
	limit := min(len(rest), maxChunk)
	if i := strings.Index(rest[:limit], "\n\n"); i >= 0 {
		return start + i + 2
	}
	if limit == len(rest) {
		return len(text)
	}
	if i := strings.LastIndexByte(rest[:limit], '\n'); i > 0 {
		return start + i + 1
	}
	if i := strings.LastIndexAny(rest[:limit], " \t"); i > 0 {
		return start + i + 1
	}
	for limit > 0 && !utf8.RuneStart(rest[limit]) {
		limit--
	}
	if limit == 0 {
		return len(text)
	}
	return start + limit
}
