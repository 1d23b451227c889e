package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word of text as the tokenizer cuts it: its form and its byte offsets.
type Token struct {
	Form       string
	Start, End int // byte offsets in the text: text[Start:End] == Form
	SpaceAfter bool
	// LineBreak says that a line break follows the token (before the next token).
	LineBreak bool
	// ParaBreak says that an empty line follows the token.
	ParaBreak bool
}

// Tokenize cuts text into Universal Dependencies words as the English treebanks do:
// punctuation apart ("Iran," -> "Iran" ","), clitics apart ("don't" -> "do" "n't",
// "Iran's" -> "Iran" "'s", "countries'" -> "countries" "'"), hyphenated compounds apart
// ("U.S.-led" -> "U.S." "-" "led") except after common prefixes ("re-elected",
// "anti-government") and in numbers such as phone numbers; abbreviations ("U.S.",
// "Mr.", "Jan.") and numbers ("1,000.5") whole; URLs and e-mail addresses whole.
// Curly and straight quotes are both understood.
func Tokenize(text string) []Token {
	// news text runs about six bytes a word, space and punctuation included: one
	// allocation where appending from nothing made seven for a sentence of 30 words
	out := make([]Token, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if n := len(out); n > 0 {
				out[n-1].SpaceAfter = true
				if r == '\n' {
					if out[n-1].LineBreak {
						out[n-1].ParaBreak = true
					}
					out[n-1].LineBreak = true
				}
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		out = splitChunk(out, text, i, j)
		i = j
	}
	if len(out) == 0 {
		return nil // a text without words has none
	}
	return out
}

// splitChunk appends the words of text[start:end], a run without white space.
func splitChunk(out []Token, text string, start, end int) []Token {
	chunk := text[start:end]
	if isURL(chunk) {
		// Keep closing punctuation of the sentence out of the URL.
		e := end
		for e > start && strings.ContainsRune(".,;:!?)]\"'”’", rune(text[e-1])) {
			e--
		}
		out = append(out, Token{Form: text[start:e], Start: start, End: e})
		return splitChunk(out, text, e, end)
	}
	// Leading punctuation.
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:])
		if !isLeadingPunct(r) || (r == '\'' || r == '’') && startsDecade(text[start+size:end]) {
			break
		}
		n := size
		if r == '`' && strings.HasPrefix(text[start:end], "``") {
			n = 2
		}
		out = append(out, Token{Form: text[start : start+n], Start: start, End: start + n})
		start += n
	}
	if start == end {
		return out
	}
	// Trailing punctuation, kept aside to be appended after the core.
	var tail []Token
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if r == '.' {
			core := text[start:end]
			if strings.HasSuffix(core, "...") {
				k := end - 3
				for k > start && text[k-1] == '.' {
					k--
				}
				tail = append(tail, Token{Form: text[k:end], Start: k, End: end})
				end = k
				continue
			}
			if isAbbreviation(core) {
				break
			}
		}
		if !isTrailingPunct(r) {
			break
		}
		tail = append(tail, Token{Form: text[end-size : end], Start: end - size, End: end})
		end -= size
	}
	if start < end {
		out = splitWord(out, text, start, end)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// splitWord splits the core of a chunk: clitics, dashes, slashes, hyphens, currency.
func splitWord(out []Token, text string, start, end int) []Token {
	w := text[start:end]
	// Currency symbols and the like stand apart from the number they precede.
	if r, size := utf8.DecodeRuneInString(w); size < len(w) && (unicode.Is(unicode.Sc, r) || r == '#') {
		out = append(out, Token{Form: w[:size], Start: start, End: start + size})
		return splitWord(out, text, start+size, end)
	}
	// Percent and the like after a number.
	if r, size := utf8.DecodeLastRuneInString(w); size < len(w) && r == '%' {
		out = splitWord(out, text, start, end-size)
		return append(out, Token{Form: "%", Start: end - size, End: end})
	}
	// Dashes and ellipses inside a chunk ("war—and", "yes...no").
	for _, sep := range []string{"—", "–", "--", "...", "…"} {
		if k := strings.Index(w, sep); k > 0 && k+len(sep) < len(w) {
			out = splitWord(out, text, start, start+k)
			out = append(out, Token{Form: sep, Start: start + k, End: start + k + len(sep)})
			return splitChunk(out, text, start+k+len(sep), end)
		}
	}
	// Clitics at the end: n't, 's, 're, 've, 'll, 'd, 'm, and the bare possessive '.
	if base, clitic := cutClitic(w); clitic != "" {
		k := start + len(base)
		if base != "" {
			out = splitWord(out, text, start, k)
		}
		return append(out, Token{Form: text[k:end], Start: k, End: end})
	}
	for _, joined := range [...]string{"cannot", "gonna", "wanna", "gotta"} {
		if len(w) == len(joined) && hasPrefixASCIIFold(w, joined) {
			return append(out, Token{Form: w[:3], Start: start, End: start + 3}, Token{Form: w[3:], Start: start + 3, End: end})
		}
	}
	// Slashes between words ("and/or", "Israel/Palestine"), not in numbers (1/2).
	if k := strings.IndexByte(w, '/'); k > 0 && k < len(w)-1 && !isNumberish(w) {
		out = splitWord(out, text, start, start+k)
		out = append(out, Token{Form: "/", Start: start + k, End: start + k + 1})
		return splitWord(out, text, start+k+1, end)
	}
	// Hyphens: compounds are split, except after common prefixes and in numbers.
	if k := strings.IndexByte(w, '-'); k > 0 && k < len(w)-1 && !isNumberish(w) && !hyphenPrefixes[strings.ToLower(w[:k])] && !hyphenSuffixes[strings.ToLower(w[k+1:])] {
		out = append(out, Token{Form: w[:k], Start: start, End: start + k}, Token{Form: "-", Start: start + k, End: start + k + 1})
		return splitWord(out, text, start+k+1, end)
	}
	return append(out, Token{Form: w, Start: start, End: end})
}

// hyphenPrefixes are the prefixes the treebanks keep joined to the word they precede.
var hyphenPrefixes = map[string]bool{
	"re": true, "pro": true, "anti": true, "non": true, "co": true, "pre": true, "post": true,
	"ex": true, "self": true, "e": true, "multi": true, "inter": true, "counter": true, "semi": true,
	"mid": true, "sub": true, "neo": true, "pan": true, "quasi": true, "ultra": true, "x": true,
}

// hyphenSuffixes are the words that, after a hyphen, make one title with the word before
// ("President-elect", "minister-designate"): split, the title reads as a verb ("elect")
// with the name after it as its object.
var hyphenSuffixes = map[string]bool{"elect": true, "designate": true}

// cutClitic splits a word into its base and a final clitic, or returns clitic "".
func cutClitic(w string) (base, clitic string) {
	norm := strings.ReplaceAll(w, "’", "'")
	lower := strings.ToLower(norm)
	if strings.HasSuffix(lower, "n't") && len(lower) > 3 {
		// The byte length of the clitic in w: "n" + apostrophe + "t".
		n := len(w) - (len(norm) - 3) // bytes of "n't" as written
		base := w[:len(w)-n]
		return base, w[len(w)-n:]
	}
	for _, c := range []string{"'s", "'re", "'ve", "'ll", "'d", "'m"} {
		if strings.HasSuffix(lower, c) && len(lower) > len(c) {
			n := len(w) - (len(norm) - len(c))
			prev, _ := utf8.DecodeLastRuneInString(w[:len(w)-n])
			if unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == '.' {
				return w[:len(w)-n], w[len(w)-n:]
			}
		}
	}
	// Plural possessive: "countries'" -> "countries" "'".
	if (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) && len(w) > 2 {
		n := 1
		if strings.HasSuffix(w, "’") {
			n = len("’")
		}
		return w[:len(w)-n], w[len(w)-n:]
	}
	return "", ""
}

func isLeadingPunct(r rune) bool {
	return strings.ContainsRune("\"'`([{“‘«<¿¡*", r)
}

func isTrailingPunct(r rune) bool {
	return strings.ContainsRune(".,;:!?\"')]}”’»>…*", r)
}

// startsDecade reports whether s starts like the rest of "'90s" or "'03".
func startsDecade(s string) bool {
	return len(s) >= 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9'
}

func isNumberish(w string) bool {
	digits := 0
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits++
		case strings.ContainsRune(".,:-/", r):
		default:
			return false
		}
	}
	return digits > 0
}

func isURL(w string) bool {
	if hasPrefixASCIIFold(w, "http://") || hasPrefixASCIIFold(w, "https://") || hasPrefixASCIIFold(w, "www.") {
		return true
	}
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.Contains(w[at:], ".") && !strings.HasSuffix(w, ".")
}

// hasPrefixASCIIFold reports whether s begins with prefix, a lower-case ASCII string, in
// any case of its letters: strings.HasPrefix(strings.ToLower(s), prefix), without the
// copy, for a prefix none of whose letters is the lower case of a letter outside ASCII
// (as "k" is of the Kelvin sign): those isURL and splitWord ask about.
func hasPrefixASCIIFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// abbreviations end with a period that belongs to the word.
var abbreviations = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`mr mrs ms dr prof gen col lt sgt capt maj adm cmdr sen rep gov pres
		st jr sr inc ltd co corp bros vs etc no nos jan feb mar apr jun jul aug sep sept oct nov dec
		mt ft rev hon amb fr messrs dept univ assn est approx al e.g i.e a.m p.m u.s u.k u.n u.s.a
		d.c e.u n.y l.a`) {
		abbreviations[a] = true
	}
}

// isAbbreviation reports whether w (ending in a period) is an abbreviation whose period
// is part of the word: a listed abbreviation, an initial ("J."), or dotted letters
// ("U.S.", "N.A.T.O.").
func isAbbreviation(w string) bool {
	core := strings.TrimSuffix(w, ".")
	if core == "" {
		return false
	}
	if abbreviations[strings.ToLower(core)] {
		return true
	}
	if r, size := utf8.DecodeRuneInString(core); size == len(core) && unicode.IsUpper(r) {
		return true
	}
	// Dotted letters: every other rune a period.
	parts := strings.Split(core, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 || !unicode.IsLetter([]rune(p)[0]) {
			return false
		}
	}
	return true
}
