package extract

import "github.com/geokg/geokg/extract/internal/text"

// The text stage (package extract/internal/text) cuts the article into tokens and
// sentences; this file gives its output the types the later stages read.

// Token is a word, number or punctuation mark of the text (the text stage's token: Text
// as in the text, Lower in lower case with curly apostrophes made straight, Start and
// End its byte offsets).
type Token = text.Token

// Sentence is a run of tokens that the text stage takes for one sentence.
type Sentence = text.Sentence

// MaxTokenBytes bounds the length of a single token; longer runs (an endless line
// without spaces) are cut so that memory stays bounded.
const MaxTokenBytes = text.MaxTokenBytes

// MaxSentenceTokens bounds the tokens of one sentence; a longer run is cut into pieces.
const MaxSentenceTokens = text.MaxSentenceTokens

// splitText runs the text stage on s in b's arrays and returns the sentences.
func splitText(s string, b *text.Buffers) []Sentence { return text.Split(s, b) }

// tokenize splits a phrase into tokens as the text stage does (text.Tokenize).
func tokenize(s string) []Token { return text.Tokenize(s) }

// datelineEnd returns the index of the first token after a dateline that opens a
// sentence ("PARIS (AFP) - "), or 0 (text.DatelineEnd).
func datelineEnd(toks []Token) int { return text.DatelineEnd(toks) }

// isCloser reports whether s closes a quotation or a bracket (text.IsCloser).
func isCloser(s string) bool { return text.IsCloser(s) }
