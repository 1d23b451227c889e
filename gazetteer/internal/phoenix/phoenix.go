// Package phoenix reads the actor and agent dictionaries of PETRARCH2 (the Phoenix
// dictionaries of the Open Event Data Alliance, MIT licence) into records. It knows the
// file syntax only (phrases, synonyms, codes, date restrictions, comments); what a code
// means for geokg is decided by the gazetteer generator.
//
// The format is described in dictionaries.rst beside the files:
//
//	PRIMARY_PHRASE_  [CODE]            ; a record, with an optional default code
//	+SYNONYM_PHRASE_                   ; synonyms of the record
//		[CODE 20011222-20141231]        ; date restrictions, one or more per line
//		[CODE >100401]  [CODE <990101]  ; open ranges; YYMMDD or YYYYMMDD
//	# comment
package phoenix

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Restriction is one bracketed code of a record, with the dates it holds within.
type Restriction struct {
	// Code is the CAMEO actor code ("AFGGOVEDU", "IGOUNO"); "---" is the null code.
	Code string
	// From and To bound the restriction (ISO dates, inclusive); "" is open. A code
	// without dates has both empty.
	From, To string
}

// Record is one actor entry: its primary phrase, its synonyms and its codes.
type Record struct {
	// Line is the 1-based line of the primary phrase.
	Line int
	// Phrase is the primary phrase as words, upper case as in the file
	// (["KOFI", "ANNAN"]); Synonyms are the '+' phrases, in file order.
	Phrase   []string
	Synonyms [][]string
	// Codes are the restrictions of the primary line and of the date lines, in order.
	Codes []Restriction
	// Comment is the text after the first '#' or ';' of the primary line, trimmed.
	Comment string
	// Section is the text of the last comment line before the record ("Presidents").
	Section string
	// Skipped counts bracketed codes that could not be read (bad dates); they are not in
	// Codes.
	Skipped int
}

// Parse reads an actor dictionary. Records without any phrase are dropped; it fails only
// when the reader fails or a synonym or date line comes before any record (the error
// names the line).
func Parse(r io.Reader) ([]Record, error) {
	var out []Record
	var cur *Record
	section := ""
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		trimmed := strings.TrimSpace(raw)
		switch {
		case trimmed == "":
			continue
		case strings.HasPrefix(trimmed, "#"):
			section = strings.TrimSpace(strings.TrimLeft(trimmed, "#"))
			continue
		}
		body, comment := splitComment(raw)
		switch {
		case strings.HasPrefix(raw, "+"):
			if cur == nil {
				return nil, fmt.Errorf("line %d: synonym before any record", n)
			}
			text, codes, skipped := splitCodes(body[1:])
			for _, part := range strings.Split(text, "+") {
				if words := Words(part); len(words) > 0 {
					cur.Synonyms = append(cur.Synonyms, words)
				}
			}
			cur.Codes = append(cur.Codes, codes...)
			cur.Skipped += skipped
		case raw[0] == ' ' || raw[0] == '\t':
			text, codes, skipped := splitCodes(body)
			if strings.TrimSpace(text) != "" || len(codes) == 0 && skipped == 0 {
				// an indented phrase: some files indent primaries; treat as a new record
				if words := Words(text); len(words) > 0 {
					out = appendRecord(out, cur)
					cur = &Record{Line: n, Phrase: words, Codes: codes, Skipped: skipped, Comment: comment, Section: section}
					continue
				}
				continue
			}
			if cur == nil {
				return nil, fmt.Errorf("line %d: date restriction before any record", n)
			}
			cur.Codes = append(cur.Codes, codes...)
			cur.Skipped += skipped
		default:
			out = appendRecord(out, cur)
			text, codes, skipped := splitCodes(body)
			cur = &Record{Line: n, Phrase: Words(text), Codes: codes, Skipped: skipped, Comment: comment, Section: section}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read actor dictionary: %w", err)
	}
	return appendRecord(out, cur), nil
}

func appendRecord(out []Record, r *Record) []Record {
	if r == nil || len(r.Phrase) == 0 {
		return out
	}
	return append(out, *r)
}

// splitComment cuts a line at its first '#' (or a ';' outside brackets, the TABARI
// comment) and returns the part before and the comment after.
func splitComment(line string) (string, string) {
	depth := 0
	for i, c := range line {
		switch c {
		case '[':
			depth++
		case ']':
			depth--
		case '#':
			return line[:i], strings.TrimSpace(strings.TrimLeft(line[i:], "#"))
		case ';':
			if depth == 0 {
				return line[:i], strings.TrimSpace(line[i+1:])
			}
		}
	}
	return line, ""
}

// splitCodes separates the phrase text of a line from its bracketed codes. It returns
// the text outside brackets, the codes that could be read and how many could not.
func splitCodes(s string) (string, []Restriction, int) {
	var text strings.Builder
	var codes []Restriction
	skipped := 0
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			text.WriteString(s)
			break
		}
		text.WriteString(s[:i])
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			skipped++
			break
		}
		if r, ok := ParseRestriction(s[i+1 : i+j]); ok {
			codes = append(codes, r)
		} else {
			skipped++
		}
		s = s[i+j+1:]
	}
	return text.String(), codes, skipped
}

// ParseRestriction reads the inside of a bracket: "CODE", "CODE >YYMMDD", "CODE
// <YYMMDD" or "CODE YYMMDD-YYMMDD" (any date may have four-digit years). It reports
// false for anything else (a missing code, a single date, a date of another length).
func ParseRestriction(s string) (Restriction, bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return Restriction{}, false
	}
	r := Restriction{Code: f[0]}
	if !validCode(r.Code) {
		return Restriction{}, false
	}
	rest := strings.Join(f[1:], "")
	if rest == "" {
		return r, true
	}
	var ok bool
	switch {
	case strings.HasPrefix(rest, ">"):
		r.From, ok = ParseDate(rest[1:])
	case strings.HasPrefix(rest, "<"):
		r.To, ok = ParseDate(rest[1:])
	default:
		a, b, found := strings.Cut(rest, "-")
		if !found {
			return Restriction{}, false
		}
		var ok2 bool
		r.From, ok = ParseDate(a)
		r.To, ok2 = ParseDate(b)
		ok = ok && ok2 && r.From <= r.To
	}
	if !ok {
		return Restriction{}, false
	}
	return r, true
}

func validCode(c string) bool {
	if c == "---" {
		return true
	}
	for _, r := range c {
		if (r < 'A' || r > 'Z') && r != '~' {
			return false
		}
	}
	return len(c) >= 3
}

// ParseDate turns YYMMDD or YYYYMMDD into an ISO date. Two-digit years below 30 are
// 20YY, the others 19YY (the files were written in 2014 and give earlier centuries in
// four digits).
func ParseDate(s string) (string, bool) {
	switch len(s) {
	case 6:
		yy, err := strconv.Atoi(s[:2])
		if err != nil {
			return "", false
		}
		century := "19"
		if yy < 30 {
			century = "20"
		}
		s = century + s
	case 8:
	default:
		return "", false
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// Words splits a phrase on blanks and underscores ("KOFI_ANNAN_" -> KOFI, ANNAN).
func Words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
}
