package extract

import (
	"unsafe"

	"github.com/geokg/geokg/extract/internal/text"
)

// The text stage (package extract/internal/text) cuts the article into tokens and
// sentences; this file gives its output the types the later stages read.

// Token is a word, number or punctuation mark of the text: Text as in the text, Lower in
// lower case with curly apostrophes made straight, Start and End its byte offsets (End
// after the last byte). It is the text stage's token, with the predicates the later
// stages use.
type Token text.Token

// isWord reports whether the token starts with a letter or digit.
func (t Token) isWord() bool { return text.Token(t).IsWord() }

// isCapitalized reports whether the token starts with an upper-case letter.
func (t Token) isCapitalized() bool { return text.Token(t).IsCapitalized() }

// isAllCaps reports whether every letter of the token is upper case (and there is one).
func (t Token) isAllCaps() bool { return text.Token(t).IsAllCaps() }

// Sentence is a run of tokens that the splitter takes for one sentence. Start and End
// are byte offsets into the article text; Tokens are its tokens.
type Sentence struct {
	Start, End int
	Tokens     []Token
	Index      int // position in the article
	Paragraph  int // index of the paragraph the sentence is in
	// Furniture marks a sentence inside page furniture (a list of headlines or links),
	// which the extractor reads nothing from.
	Furniture bool
}

// MaxTokenBytes bounds the length of a single token; longer runs (an endless line
// without spaces) are cut so that memory stays bounded.
const MaxTokenBytes = text.MaxTokenBytes

// MaxSentenceTokens bounds the tokens of one sentence; a longer run is cut into pieces.
const MaxSentenceTokens = text.MaxSentenceTokens

// splitText runs the text stage on s in b's arrays and returns the sentences.
func splitText(s string, b *text.Buffers) []Sentence {
	ts := text.Split(s, b)
	sents := make([]Sentence, len(ts))
	for i, t := range ts {
		sents[i] = Sentence{Start: t.Start, End: t.End, Tokens: asTokens(t.Tokens), Index: t.Index,
			Paragraph: t.Paragraph, Furniture: t.Furniture}
	}
	return sents
}

// asTokens views tokens of the text stage as Tokens, without a copy: Token is defined
// on text.Token, so the two have one underlying type and one memory layout.
func asTokens(ts []text.Token) []Token {
	return unsafe.Slice((*Token)(unsafe.SliceData(ts)), len(ts))
}

// textTokens is asTokens the other way.
func textTokens(ts []Token) []text.Token {
	return unsafe.Slice((*text.Token)(unsafe.SliceData(ts)), len(ts))
}

// tokenize splits a phrase into tokens as the text stage does (text.Tokenize).
func tokenize(s string) []Token { return asTokens(text.Tokenize(s)) }

// datelineEnd returns the index of the first token after a dateline that opens a
// sentence ("PARIS (AFP) - "), or 0 (text.DatelineEnd).
func datelineEnd(toks []Token) int { return text.DatelineEnd(textTokens(toks)) }

// isCloser reports whether s closes a quotation or a bracket (text.IsCloser).
func isCloser(s string) bool { return text.IsCloser(s) }
