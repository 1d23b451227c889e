package document

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FromText reads a plain-text article. Invalid UTF-8 in text is replaced by U+FFFD.
//
// An optional header block of "key: value" lines ending in a line that is exactly
// "---" gives the metadata: title, url (or an http(s) source), and date or
// published, from which the first ISO date (YYYY-MM-DD) is taken, else any other
// common date form; a value such as "unknown (...)" gives no date. Keys are
// case-insensitive and source_repo, source_path and other keys are ignored. A
// title that is a bracketed note ("[no headline in source]") counts as no title.
//
// Without a header, the first non-empty line is taken for the title only when it
// is short (under 200 characters), does not end with sentence punctuation, and is
// followed by a blank line and more text.
//
// The body is then cleaned (see the package documentation): hard-wrapped lines are
// joined into paragraphs, furniture lines are dropped, and when no date was given
// a date line near the top ("Sunday, Jul 06, 2025") gives Published. FromText
// cannot fail; the Text of empty or all-furniture input is "".
func FromText(text string) Document {
	return fromText(text, "")
}

// fromText is FromText with a title known from elsewhere (a JSON record), which
// replaces the header's and is dropped from the body when repeated there.
func fromText(text, title string) Document {
	text = normalizeText(text)
	var d Document
	d.Title = title
	body, ok := parseHeader(text, &d)
	if !ok {
		body = text
		if title == "" {
			d.Title, body = leadingTitle(body)
		}
	}
	d.Text, d.Published = cleanBody(body, d.Title, d.Published)
	return d
}

// normalizeText makes text valid UTF-8 with "\n" line ends and no byte order
// mark, turns non-breaking spaces into spaces and drops invisible format and
// control characters other than tab and newline: zero-width characters and
// bidirectional controls, which would split a name ("Ir\u200dan") for the
// extractor, never reach it or the stored evidence, so offsets count the text
// as stored.
func normalizeText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch r {
		case '\r', '\v', '\f', '\u2028', '\u2029', '\u0085':
			return '\n'
		case '\t', '\n':
			return r
		case '\u00a0', '\u2007', '\u202f', '\u3000', '\u2009', '\u200a', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2008', '\u205f', '\u1680':
			return ' '
		case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', // zero-width and soft hyphen
			'\u200e', '\u200f', '\u061c', // directional marks
			'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', // bidirectional embeddings and overrides
			'\u2066', '\u2067', '\u2068', '\u2069': // bidirectional isolates
			return -1
		}
		if r < 0x20 || (r >= 0x7f && r < 0xa0) {
			return -1
		}
		return r
	}, s)
}

var headerLine = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_.-]{0,40})[ \t]*:[ \t]*(.*)$`)

// parseHeader reads a "key: value ... ---" header (or a "---"-delimited front
// matter) at the start of text into d and returns the rest of the text.
func parseHeader(text string, d *Document) (string, bool) {
	rest := strings.TrimLeft(text, "\n \t")
	if line, after, _ := strings.Cut(rest, "\n"); strings.TrimSpace(line) == "---" {
		rest = after // front matter: "---", the header lines, "---"
	}
	var keys [][2]string
	known := false
	for n := 0; n < 64; n++ {
		line, after, found := strings.Cut(rest, "\n")
		line = strings.TrimRight(line, " \t")
		if line == "---" {
			if !known {
				return text, false
			}
			for _, kv := range keys {
				applyHeader(d, kv[0], kv[1])
			}
			return after, true
		}
		m := headerLine.FindStringSubmatch(line)
		if m == nil || !found {
			return text, false
		}
		key := strings.ToLower(m[1])
		switch key {
		case "title", "date", "url", "source", "source_repo", "source_path", "published":
			known = true
		}
		keys = append(keys, [2]string{key, strings.TrimSpace(m[2])})
		rest = after
	}
	return text, false
}

func applyHeader(d *Document, key, value string) {
	value = unquote(value)
	switch key {
	case "title":
		if d.Title == "" && !(strings.HasPrefix(value, "[") && strings.HasSuffix(value, "]")) {
			d.Title = collapseSpaces(value)
		}
	case "url", "link":
		if d.URL == "" {
			d.URL = value
		}
	case "source":
		if d.URL == "" && (strings.HasPrefix(value, "http://") || strings.HasPrefix(value, "https://")) {
			d.URL = value
		}
	case "date", "published":
		if d.Published == "" {
			d.Published = dateFromHeader(value)
		}
	}
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

// leadingTitle takes a title line off text without header; see FromText.
func leadingTitle(text string) (string, string) {
	if t := repeatedHeadline(text); t != "" {
		// Pages saved as text often show the headline twice near the top; cleanBody drops
		// the copies because they repeat the title.
		return t, text
	}
	rest := strings.TrimLeft(text, " \t\n")
	line, after, found := strings.Cut(rest, "\n")
	if !found {
		return "", text
	}
	title := collapseSpaces(line)
	next, _, _ := strings.Cut(after, "\n")
	if title == "" || utf8.RuneCountInString(title) >= 200 || strings.TrimSpace(next) != "" ||
		strings.TrimSpace(after) == "" || endsSentence(title) || len(strings.Fields(title)) < 3 ||
		isFurniture(title) {
		return "", text
	}
	if _, ok := dateLine(title); ok {
		return "", text
	}
	return title, after
}

// repeatedHeadline returns a headline-like line (3 to 30 words, no final full stop) that
// stands twice on its own among the first 20 lines of text, or "".
func repeatedHeadline(text string) string {
	seen := map[string]bool{}
	for i, line := range strings.SplitN(text, "\n", 21) {
		if i == 20 {
			break
		}
		t := collapseSpaces(line)
		if n := len(strings.Fields(t)); n < 3 || n > 30 || endsSentence(t) {
			continue
		}
		if seen[t] {
			return t
		}
		seen[t] = true
	}
	return ""
}

var (
	mdImage    = regexp.MustCompile(`!\[([^\]\n]*)\]\([^)\n]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]\n]+)\]\([^)\n]*\)`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__)([^*_\n]+)(\*\*|__)`)
	mdHeading  = regexp.MustCompile(`(?m)^[ \t]{0,3}#{1,6}[ \t]+`)
	mdQuote    = regexp.MustCompile(`(?m)^[ \t]{0,3}>[ \t]?`)
)

// fromMarkdown reads a Markdown article: like FromText, after front matter is
// read, a leading "# " heading becomes the title, and images, link targets,
// strong emphasis and heading and quote markers are removed.
func fromMarkdown(text string) Document {
	text = normalizeText(text)
	var d Document
	body, ok := parseHeader(text, &d)
	if !ok {
		body = text
	}
	trimmed := strings.TrimLeft(body, " \t\n")
	if line, after, _ := strings.Cut(trimmed, "\n"); strings.HasPrefix(line, "# ") {
		if d.Title == "" {
			d.Title = collapseSpaces(simplifyMarkdown(strings.TrimPrefix(line, "# ")))
		}
		body = after
	}
	body = simplifyMarkdown(body)
	if !ok && d.Title == "" {
		d.Title, body = leadingTitle(body)
	}
	d.Text, d.Published = cleanBody(body, d.Title, d.Published)
	return d
}

func simplifyMarkdown(s string) string {
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdEmphasis.ReplaceAllString(s, "$2")
	s = mdHeading.ReplaceAllString(s, "")
	return mdQuote.ReplaceAllString(s, "")
}

// collapseSpaces trims s and turns each run of white space into one space.
func collapseSpaces(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// unit is a paragraph candidate of the body.
type unit struct {
	text        string
	blankBefore bool
}

// splitUnits splits a body into paragraph candidates: one per line, or, for
// hard-wrapped text, one per block of lines, where an indented line also starts
// a new paragraph.
func splitUnits(body string) []unit {
	lines := strings.Split(body, "\n")
	wrapped := isHardWrapped(lines)
	var units []unit
	var cur []string
	blank := true
	flush := func() {
		if len(cur) > 0 {
			units = append(units, unit{text: collapseSpaces(strings.Join(cur, " ")), blankBefore: blank})
			cur = cur[:0]
			blank = false
		}
	}
	for _, line := range lines {
		if strings.TrimSpace(line) == "" {
			flush()
			blank = true
			continue
		}
		if !wrapped {
			cur = append(cur, line)
			flush()
			continue
		}
		if len(cur) > 0 && (strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t")) {
			flush()
		}
		if uiExact[foldKey(line)] {
			// a sign-off such as "REUTER" is a paragraph of its own
			flush()
			cur = append(cur, line)
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return units
}

// isHardWrapped reports whether the lines look wrapped at a fixed width, as in
// old wire copy: most lines are short and many lines continue the sentence of the
// line before, starting with a lower-case letter.
func isHardWrapped(lines []string) bool {
	nonBlank, short, pairs, lowerStarts := 0, 0, 0, 0
	prevBlank := true
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			prevBlank = true
			continue
		}
		nonBlank++
		if len(t) <= 100 {
			short++
		}
		if !prevBlank {
			pairs++
			r, _ := utf8.DecodeRuneInString(t)
			if unicode.IsLower(r) || unicode.IsDigit(r) {
				lowerStarts++
			}
		}
		prevBlank = false
	}
	return nonBlank >= 4 && short*10 >= nonBlank*9 && pairs*2 >= nonBlank && lowerStarts*4 >= pairs
}
