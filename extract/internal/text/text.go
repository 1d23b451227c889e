// Package text is the extractor's first stage: it cuts an article's text into tokens
// with byte offsets and the tokens into sentences, and marks the sentences of page
// furniture (lists of headlines or links) that later stages skip. Input: the article
// text; output: its sentences ([]Sentence), each with its tokens (Split).
package text

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Split is the text stage: it cuts s into tokens and groups them into sentences,
// marking page furniture. The sentences' Tokens are slices of one array of every token
// in order. With b not nil, Split builds in b's arrays when they are large enough and
// leaves the arrays it used in b, for the next call to reuse (the result is then valid
// until that call, or b.Reset).
func Split(s string, b *Buffers) []Sentence {
	if b == nil {
		b = &Buffers{}
	}
	b.Tokens = TokenizeInto(b.Tokens[:0], s)
	b.Sentences = splitSentencesInto(b.Sentences[:0], s, b.Tokens)
	return b.Sentences
}

// Buffers are the arrays of one Split, kept for the next.
type Buffers struct {
	Tokens    []Token
	Sentences []Sentence
}

// Reset empties b and drops its references to the text it was last used on.
func (b *Buffers) Reset() {
	clear(b.Tokens[:cap(b.Tokens)])
	clear(b.Sentences[:cap(b.Sentences)])
	b.Tokens, b.Sentences = b.Tokens[:0], b.Sentences[:0]
}

// Months maps the names of the months and their abbreviations, in lower case, to their
// numbers ("sept" is September).
var Months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
	"apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
	"nov": 11, "december": 12, "dec": 12,
}

// Token is a word, number or punctuation mark of the text, with its byte offsets.
type Token struct {
	Text  string // as in the text
	Lower string // lower case, curly apostrophes made straight
	Start int    // byte offset of the first byte
	End   int    // byte offset after the last byte
}

// IsWord reports whether the token starts with a letter or digit.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// IsPossessive reports whether the token is the possessive ending "'s", with a straight
// or a typographic apostrophe (Lower has it straight).
func (t Token) IsPossessive() bool {
	return t.Lower == "'s"
}

// IsCapitalized reports whether the token starts with an upper-case letter.
func (t Token) IsCapitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsAllCaps reports whether every letter of the token is upper case (and there is one).
func (t Token) IsAllCaps() bool {
	seen := false
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			seen = true
		}
	}
	return seen
}

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
const MaxTokenBytes = 256

// MaxSentenceTokens bounds the tokens of one sentence; a longer run is cut into pieces.
const MaxSentenceTokens = 400

// Tokenize splits text into tokens. Words keep internal apostrophes ("don't" stays one
// token, but a possessive "'s" is its own token), dotted abbreviations stay whole
// ("U.S.", "a.m."), hyphens are tokens of their own ("Iran-backed" gives three tokens)
// and every other non-space character is a token. Line breaks are not tokens; the
// sentence splitter looks at the text between tokens for them.
func Tokenize(text string) []Token {
	return TokenizeInto(make([]Token, 0, len(text)/5+1), text)
}

// TokenizeInto is Tokenize appending to toks, whose capacity may be reused.
func TokenizeInto(toks []Token, text string) []Token {
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= 0x80 && unicode.IsSpace(r):
			i += size
			continue
		case isWordRune(r):
			end := scanWord(text, i)
			if end-i > MaxTokenBytes {
				end = cutAt(text, i, MaxTokenBytes)
			}
			// a possessive or contraction "'s", "’s", "n't" stays out of the word
			word := text[i:end]
			if k := possessiveStart(word); k > 0 {
				toks = append(toks, newToken(text, i, i+k))
				toks = append(toks, newToken(text, i+k, end))
			} else {
				toks = append(toks, newToken(text, i, end))
			}
			i = end
		default:
			toks = append(toks, newToken(text, i, i+size))
			i += size
		}
	}
	return toks
}

func newToken(text string, start, end int) Token {
	s := text[start:end]
	return Token{Text: s, Lower: lowerToken(s), Start: start, End: end}
}

// lowerToken returns s in lower case with curly apostrophes made straight; ASCII words
// without capitals are returned as they are, without allocating.
func lowerToken(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s
		}
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	lower := strings.ToLower(s)
	if strings.ContainsRune(lower, '’') {
		lower = strings.ReplaceAll(lower, "’", "'")
	}
	return lower
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// scanWord returns the end of the word starting at i: letters, digits and marks, with
// apostrophes, dots and commas inside when a word character follows ("don't", "U.S.",
// "1,000", "3.5"). A dotted abbreviation keeps its final dot.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if r == '\'' || r == '’' || r == '.' || r == ',' {
			next, nsize := utf8.DecodeRuneInString(text[j+size:])
			if j+size < len(text) && isWordRune(next) {
				if r == ',' && !(unicode.IsDigit(prevRune(text, j)) && unicode.IsDigit(next)) {
					break
				}
				if r == '.' && !dottedContinues(text, i, j, next) {
					break
				}
				j += size + nsize
				continue
			}
			if r == '.' && isDottedAbbrev(text[i:j]) {
				j += size // the final dot of "U.S."
			}
		}
		break
	}
	return j
}

// dottedContinues reports whether a dot at j inside a word starting at i joins the word:
// between single letters ("U.S", "a.m") or between digits ("3.5").
func dottedContinues(text string, i, j int, next rune) bool {
	prev := prevRune(text, j)
	if unicode.IsDigit(prev) && unicode.IsDigit(next) {
		return true
	}
	// the letter run before the dot must be a single letter
	k := j
	_, size := utf8.DecodeLastRuneInString(text[:k])
	k -= size
	if k > i {
		pr, _ := utf8.DecodeLastRuneInString(text[:k])
		if pr != '.' {
			return false
		}
	}
	// and so must the one after it
	after := j + 1 + utf8.RuneLen(next)
	if after < len(text) {
		nr, _ := utf8.DecodeRuneInString(text[after:])
		if isWordRune(nr) {
			return false
		}
	}
	return unicode.IsLetter(next)
}

// isDottedAbbrev reports whether w looks like "U.S" or "a.m" (single letters joined by
// dots), which takes a final dot.
func isDottedAbbrev(w string) bool {
	if len(w) < 3 || !strings.Contains(w, ".") {
		return false
	}
	for k, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 || !unicode.IsLetter([]rune(part)[0]) {
			return false
		}
		_ = k
	}
	return true
}

func prevRune(text string, j int) rune {
	r, _ := utf8.DecodeLastRuneInString(text[:j])
	return r
}

// cutAt returns the largest rune boundary at or before i+n.
func cutAt(text string, i, n int) int {
	j := i + n
	for j > i && !utf8.RuneStart(text[j]) {
		j--
	}
	if j == i {
		_, size := utf8.DecodeRuneInString(text[i:])
		return i + size
	}
	return j
}

// possessiveStart returns the offset in w of a trailing "'s", "’s" or "'" possessive, or
// 0 when there is none.
func possessiveStart(w string) int {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return len(w) - len(suf)
		}
	}
	return 0
}

// abbreviations are words that take a dot without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "cmdr": true, "adm": true, "sgt": true, "sen": true, "rep": true,
	"gov": true, "pres": true, "prof": true, "rev": true, "st": true, "jr": true, "sr": true,
	"no": true, "vs": true, "inc": true, "corp": true, "ltd": true, "co": true, "mt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "fig": true, "approx": true,
	"gens": true, "sens": true, "reps": true, "messrs": true, "hon": true, "amb": true,
	"brig": true, "cpl": true, "pvt": true,
}

// titleAbbreviations are abbreviations that always precede a name, so a capital after
// them never starts a sentence.
var titleAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "cmdr": true, "adm": true, "sgt": true, "sen": true, "rep": true,
	"gov": true, "pres": true, "prof": true, "rev": true, "st": true, "hon": true, "amb": true,
	"gens": true, "sens": true, "reps": true, "messrs": true, "brig": true, "cpl": true,
	"pvt": true,
}

// splitSentences groups the tokens of text into sentences. A sentence ends at a line
// break, or at ".", "!" or "?" (with any closing quotes and brackets) followed by a word
// that starts a sentence, unless the dot closes an abbreviation ("Gen.", "Sept.", "U.S.")
// or an initial ("George H. W. Bush").
func splitSentences(text string, toks []Token) []Sentence {
	return splitSentencesInto(nil, text, toks)
}

// splitSentencesInto is splitSentences appending to out, whose capacity may be reused.
func splitSentencesInto(out []Sentence, text string, toks []Token) []Sentence {
	if n := len(toks)/20 + 1; cap(out) < n { // news sentences run about 25 tokens
		out = make([]Sentence, 0, n)
	}
	wrapped := isHardWrapped(text)
	para := 0
	start := 0 // token index where the current sentence starts
	emit := func(end int) {
		if end <= start {
			return
		}
		for end-start > MaxSentenceTokens {
			out = append(out, Sentence{Start: toks[start].Start, End: toks[start+MaxSentenceTokens-1].End, Tokens: toks[start : start+MaxSentenceTokens], Paragraph: para})
			start += MaxSentenceTokens
		}
		out = append(out, Sentence{Start: toks[start].Start, End: toks[end-1].End, Tokens: toks[start:end], Paragraph: para})
		start = end
	}
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) {
			gap := text[toks[i].End:toks[i+1].Start]
			if nl := strings.Count(gap, "\n"); nl > 0 && (!wrapped || nl > 1 || isIndented(gap)) {
				emit(i + 1)
				if nl > 1 {
					para++
				}
				continue
			}
		}
		t := toks[i]
		if t.Text != "." && t.Text != "!" && t.Text != "?" && t.Text != "…" && !strings.HasSuffix(t.Text, ".") {
			continue
		}
		// take closing quotes and brackets into the sentence
		end := i + 1
		for end < len(toks) && IsCloser(toks[end].Text) && toks[end].Start == toks[end-1].End {
			end++
		}
		if end >= len(toks) {
			break
		}
		if gap := text[toks[end-1].End:toks[end].Start]; strings.Count(gap, "\n") > 0 && (!wrapped || strings.Count(gap, "\n") > 1 || isIndented(gap)) {
			// the line-break rule above handles it
			i = end - 2
			if i < 0 {
				i = 0
			}
			continue
		}
		if toks[end].Start == toks[end-1].End && !gluedSentenceEnd(toks, i, end) {
			continue // no space after the dot
		}
		if t.Text == "." && i > 0 && toks[i-1].End == t.Start {
			w := toks[i-1].Lower
			if abbreviations[w] && (titleAbbreviations[w] || !startsSentence(toks[end])) {
				continue
			}
			if _, month := Months[w]; month && abbreviations[w] && unicode.IsDigit(rune(toks[end].Text[0])) {
				continue // "Aug. 6"
			}
			if utf8.RuneCountInString(toks[i-1].Text) == 1 && toks[i-1].IsCapitalized() {
				continue // an initial
			}
		}
		if strings.HasSuffix(t.Text, ".") && t.Text != "." {
			// "U.S." or "a.m." ends a sentence only before a clear sentence start
			if !startsSentence(toks[end]) || toks[end].IsCapitalized() && !commonStarter[toks[end].Lower] {
				continue
			}
		}
		if !startsSentence(toks[end]) {
			continue
		}
		emit(end)
		i = end - 1
	}
	emit(len(toks))
	furniture := furnitureLines(text, wrapped)
	f := 0
	for k := range out {
		out[k].Index = k
		for f < len(furniture) && furniture[f][1] <= out[k].Start {
			f++
		}
		if f < len(furniture) && furniture[f][0] <= out[k].Start && out[k].End <= furniture[f][1] {
			out[k].Furniture = true
		}
		if inlineLinks(out[k].Tokens) {
			out[k].Furniture = true
		}
	}
	return out
}

// gluedSentenceEnd reports whether the dot at i, with nothing between it (and its
// closers) and the token at end, still ends a sentence because the page lost the space:
// a lower-case word that is no abbreviation, the dot, then a word in title case or "I",
// perhaps after an opening quotation mark ("in a week.The talks", "he said.“We will").
// Web addresses and file names ("state.gov", "report.PDF") have no title-case word
// after the dot.
func gluedSentenceEnd(toks []Token, i, end int) bool {
	if toks[i].Text != "." || i == 0 || toks[i-1].End != toks[i].Start {
		return false
	}
	prev, next := toks[i-1], toks[end]
	if len(prev.Text) < 2 || prev.Text != prev.Lower || abbreviations[prev.Lower] || !isLetters(prev.Text) {
		return false
	}
	if (next.Text == "“" || next.Text == "‘") && end+1 < len(toks) && toks[end+1].Start == next.End {
		next = toks[end+1]
	}
	if next.Text == "I" {
		return true
	}
	r, size := utf8.DecodeRuneInString(next.Text)
	r2, _ := utf8.DecodeRuneInString(next.Text[size:])
	return unicode.IsUpper(r) && unicode.IsLower(r2)
}

// isLetters reports whether s holds letters only.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// inlineLinks reports whether a sentence holds a run of link texts pasted into it by the
// page it was taken from: a person's name repeated in full and glued to the next link's
// first word ("Sen. Ron Johnson Ronald (Ron) Harold JohnsonOvernight Health Care: ..."),
// which no sentence of the article says.
func inlineLinks(toks []Token) bool {
	for i, t := range toks {
		head, ok := gluedName(t.Text)
		if !ok {
			continue
		}
		for k := max(0, i-8); k < i; k++ {
			if toks[k].Text == head {
				return true
			}
		}
	}
	return false
}

// gluedName splits a word made of two capitalised words with no space between them
// ("JohnsonOvernight") and returns the first; ok is false for any other word, and for
// names that are written so ("McCain", "DeSantis", "MacArthur": the first part is
// shorter than three letters or a prefix of such names).
func gluedName(w string) (string, bool) {
	if len(w) < 6 || w[0] < 'A' || w[0] > 'Z' {
		return "", false
	}
	for j := 1; j < len(w); j++ {
		c := w[j]
		if c >= 'A' && c <= 'Z' {
			head, tail := w[:j], w[j:]
			if len(head) < 3 || head == "Mac" || len(tail) < 3 || !isLowerASCII(head[1:]) || !isLowerASCII(tail[1:]) {
				return "", false
			}
			return head, true
		}
		if c < 'a' || c > 'z' {
			return "", false
		}
	}
	return "", false
}

// isLowerASCII reports whether s is made of ASCII lower-case letters only.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// isIndented reports whether the white space between two tokens ends a line and
// indents the next one (a paragraph start in hard-wrapped text).
func isIndented(gap string) bool {
	i := strings.LastIndexByte(gap, '\n')
	return i >= 0 && len(gap)-i-1 >= 2
}

// isHardWrapped reports whether the text breaks its lines inside sentences, as wire
// copy of the 1980s does: many lines of similar length that end without punctuation.
func isHardWrapped(text string) bool {
	lines, open := 0, 0
	all := strings.Split(text, "\n")
	for k, line := range all {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		lines++
		if k+1 >= len(all) {
			continue
		}
		next := strings.TrimSpace(all[k+1])
		r, _ := utf8.DecodeRuneInString(next)
		if n := len(line); n >= 30 && n <= 100 && !endsSentence(line) && unicode.IsLower(r) {
			open++
		}
	}
	return open >= 5 && open*10 >= lines*2
}

// endsSentence reports whether a line ends with sentence punctuation.
func endsSentence(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '.', '!', '?', '"', '”', ':', '’', '\'', ')', ']':
		return true
	}
	return false
}

// furnitureLines returns the byte ranges of page furniture: runs of three or more
// consecutive short lines without sentence punctuation (lists of headlines, links,
// navigation), and the lines of a page's media widgets (widgetLine). Hard-wrapped text
// has none.
func furnitureLines(text string, wrapped bool) [][2]int {
	if wrapped {
		return nil
	}
	var out [][2]int
	runStart, runLen, runEnd := -1, 0, 0
	flush := func() {
		if runLen >= 3 {
			out = append(out, [2]int{runStart, runEnd})
		}
		runStart, runLen = -1, 0
	}
	pos := 0
	for pos <= len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		line := strings.TrimSpace(text[pos:end])
		switch {
		case line == "":
			// blank lines neither break nor extend a run
		case widgetLine(line):
			flush()
			out = append(out, [2]int{pos, end})
		case !endsSentence(line) && len(strings.Fields(line)) <= 20:
			if runStart < 0 {
				runStart = pos
			}
			runLen++
			runEnd = end
		default:
			flush()
		}
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	flush()
	return out
}

// widgetLine reports whether a line of text is the text of a news page's media widget,
// copied with the article: a video player's list of clips ("JUST WATCHED <clip title>
// Replay More Videos ... MUST WATCH <clip title> 01:55"), a photo gallery's captions
// ("Photos: <gallery> – <caption> Hide Caption 3 of 21"), or a picture's credit and
// caption ("Image copyright <agency> Image caption <caption>"). Their titles are other
// stories' headlines and their captions describe pictures: the analysts' guideline
// annotates nothing in them.
func widgetLine(line string) bool {
	if strings.HasPrefix(line, "JUST WATCHED ") || strings.Contains(line, " Replay More Videos") ||
		strings.HasPrefix(line, "Image copyright ") || strings.HasPrefix(line, "Image caption ") {
		return true
	}
	// "Hide Caption 3 of 21"
	for rest := line; ; {
		k := strings.Index(rest, "Hide Caption ")
		if k < 0 {
			return false
		}
		rest = rest[k+len("Hide Caption "):]
		n, of, ok := strings.Cut(rest, " of ")
		if ok && n != "" && strings.Trim(n, "0123456789") == "" && of != "" && of[0] >= '0' && of[0] <= '9' {
			return true
		}
	}
}

// commonStarter lists words that often start a sentence after "U.S." or "a.m.".
var commonStarter = map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true, "in": true,
	"but": true, "a": true, "an": true, "this": true, "that": true, "there": true, "on": true,
	"i": true, "its": true, "his": true, "her": true, "their": true, "after": true, "as": true,
}

// IsCloser reports whether s closes a quotation or a bracket, which a sentence keeps
// after its final stop.
func IsCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

// startsSentence reports whether a token can open a sentence: a capital, a digit, an
// opening quote or bracket, or a letter of a script without case.
func startsSentence(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	switch {
	case unicode.IsUpper(r), unicode.IsDigit(r):
		return true
	case r == '"' || r == '“' || r == '‘' || r == '(' || r == '[' || r == '«' || r == '\'':
		return true
	case unicode.IsLetter(r) && !unicode.IsLower(r):
		return true // scripts without case
	}
	return false
}

// wireOutlets are the outlets whose datelines may end at the closing bracket, with no
// dash: "Washington (CNN) President Ruiz said ...". Not "AP", which is as often the
// acronym of a name ("the Andean Pact (AP) Council").
var wireOutlets = map[string]bool{"CNN": true, "Reuters": true, "AFP": true, "UPI": true}

// datelineDashes end a dateline.
var datelineDashes = map[string]bool{"-": true, "--": true, "—": true, "–": true, "―": true}

// DatelineEnd returns the index of the first token after a dateline that opens a
// sentence, or 0 when there is none. A dateline is one or more place names in capitals
// joined by "/" or ",", optionally a date and an agency in brackets, then a dash:
// "PARIS/BERLIN (AFP) - ", "TOKYO, June 2 (Kyodo) -- ". With an agency in brackets the
// places may be written in title case ("Geneva, May 5 (AP) — "), and with a wire outlet's
// name alone in them (wireOutlets) the dateline may end at the bracket, before a word
// that opens a sentence ("Washington (CNN) President Ruiz said"). The places of a
// dateline say where the story was filed, not who acts.
func DatelineEnd(toks []Token) int {
	if len(toks) < 3 || !toks[0].IsWord() || !toks[0].IsCapitalized() {
		return 0
	}
	allCaps, agency, long := true, false, false
	for i := 0; i < len(toks) && i < 16; i++ {
		t := toks[i]
		switch {
		case datelineDashes[t.Text]:
			if i == 0 || !agency && (!allCaps || !long) {
				return 0 // "US - Iran talks" is no dateline
			}
			end := i + 1
			for end < len(toks) && datelineDashes[toks[end].Text] {
				end++
			}
			if end >= len(toks) {
				return 0
			}
			return end
		case t.Text == "(":
			j := i + 1
			for j < len(toks) && j < i+6 && toks[j].Text != ")" {
				if !toks[j].IsCapitalized() && toks[j].Text != "-" && toks[j].Text != "." {
					return 0
				}
				j++
			}
			if j >= len(toks) || toks[j].Text != ")" || j == i+1 {
				return 0
			}
			agency = true
			if i > 0 && j+1 < len(toks) && wireOutlets[toks[i+1].Text] && j == i+2 && startsSentence(toks[j+1]) && !datelineDashes[toks[j+1].Text] {
				return j + 1 // "Washington (CNN) President Ruiz said": the outlet's dateline without a dash
			}
			i = j
		case t.Text == "/" || t.Text == "," || t.Text == ".":
		case isDigits(t.Text):
		case t.IsWord():
			if _, month := Months[strings.TrimSuffix(t.Lower, ".")]; month && t.IsCapitalized() {
				continue
			}
			if !t.IsCapitalized() {
				return 0
			}
			if !t.IsAllCaps() {
				allCaps = false
			} else if utf8.RuneCountInString(t.Text) >= 4 {
				long = true
			}
		default:
			return 0
		}
	}
	return 0
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
