package document

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var isoDate = regexp.MustCompile(`(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[^\d]|$)`)

// dateFromHeader returns the first valid ISO date in a header value, else the
// value read as another common date form, else "".
func dateFromHeader(v string) string {
	for _, m := range isoDate.FindAllStringSubmatch(v, 4) {
		if d, ok := makeDate(m[1], m[2], m[3]); ok {
			return d
		}
	}
	d, _ := NormalizeDate(v)
	return d
}

// makeDate returns the ISO date for year, month and day strings when they name a
// real day between the years 1000 and 2999.
func makeDate(y, m, d string) (string, bool) {
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	di, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil {
		return "", false
	}
	return validDate(yi, mi, di)
}

func validDate(y, m, d int) (string, bool) {
	if y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
	"2006/01/02",
	"2006.01.02",
	"20060102",
}

// NormalizeDate reads a date written in a common form — RFC 3339 and ISO 8601
// timestamps, RFC 1123/822 (RSS) dates, "2006/01/02", "January 2, 2006",
// "2 Jan 2006", "Monday, January 2, 2006 3:04 PM ET" — and returns it as ISO
// YYYY-MM-DD. A timestamp gives the date in its own time zone, as written.
// Numeric day/month orders other than year first are ambiguous and not read. It
// returns "" and false when s holds no date it can read.
func NormalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return "", false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return validDate(t.Year(), int(t.Month()), t.Day())
		}
	}
	if m := isoDate.FindStringSubmatch(s); m != nil && strings.HasPrefix(strings.TrimSpace(s), m[1]) {
		if d, ok := makeDate(m[1], m[2], m[3]); ok {
			return d, true
		}
	}
	return wordsDate(s, false)
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var dateFillers = map[string]bool{
	// weekdays
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	// times and zones
	"am": true, "pm": true, "a": true, "p": true, "m": true, "et": true, "est": true, "edt": true,
	"ct": true, "cst": true, "cdt": true, "mt": true, "mst": true, "mdt": true, "pt": true,
	"pst": true, "pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true, "cest": true,
	"eet": true, "eest": true, "ist": true, "jst": true, "aest": true, "z": true, "t": true,
	// labels
	"updated": true, "update": true, "published": true, "posted": true, "last": true,
	"modified": true, "on": true, "at": true, "first": true, "date": true, "created": true,
	"of": true, "the": true, "th": true, "st": true, "nd": true, "rd": true,
}

var dateToken = regexp.MustCompile(`[\p{L}]+|\d+`)

// wordsDate reads a date written with a month name ("Sunday, Jul 06, 2025",
// "2 September 2014") or an ISO date. When strict, every word of s must belong to
// a date: a weekday, month, number, time, time zone or a label such as "Updated".
func wordsDate(s string, strict bool) (string, bool) {
	if m := isoDate.FindStringSubmatch(s); m != nil {
		if d, ok := makeDate(m[1], m[2], m[3]); ok {
			if !strict || onlyDateWords(s) {
				return d, true
			}
			return "", false
		}
	}
	month, year, day := 0, 0, 0
	for _, tok := range dateToken.FindAllString(s, 40) {
		lt := strings.ToLower(tok)
		if m, ok := months[lt]; ok {
			if month == 0 {
				month = m
			}
			continue
		}
		if n, err := strconv.Atoi(tok); err == nil {
			if len(tok) == 4 && year == 0 && n >= 1000 {
				year = n
			}
			continue
		}
		if strict && !dateFillers[lt] {
			return "", false
		}
	}
	if month == 0 || year == 0 {
		return "", false
	}
	// the day is the first number of 1 to 31 that is not part of a time ("3:04")
	for _, loc := range dateToken.FindAllStringIndex(s, 40) {
		tok := s[loc[0]:loc[1]]
		n, err := strconv.Atoi(tok)
		if err != nil || n < 1 || n > 31 || len(tok) > 2 {
			continue
		}
		if loc[1] < len(s) && s[loc[1]] == ':' || loc[0] > 0 && s[loc[0]-1] == ':' {
			continue
		}
		day = n
		break
	}
	if day == 0 {
		return "", false
	}
	return validDate(year, month, day)
}

var isoLine = regexp.MustCompile(`\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`)

// onlyDateWords reports whether s holds nothing but an ISO date or timestamp and
// date words.
func onlyDateWords(s string) bool {
	rest := isoLine.ReplaceAllString(s, " ")
	for _, tok := range dateToken.FindAllString(rest, 40) {
		lt := strings.ToLower(tok)
		if _, err := strconv.Atoi(tok); err == nil {
			continue
		}
		if _, ok := months[lt]; !ok && !dateFillers[lt] {
			return false
		}
	}
	return true
}

// dateLine reports whether s is a line that only gives a date (and perhaps a
// time and a label such as "Updated"), and returns the date.
func dateLine(s string) (string, bool) {
	if len(s) > 100 || len(strings.Fields(s)) > 14 {
		return "", false
	}
	return wordsDate(s, true)
}
