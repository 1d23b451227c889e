// Package scoring matches extracted relations against expected ones the way the
// evaluation's score.py does, for tests that check the extractor against gold files and
// against the sample articles' expected relations.
package scoring

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/geokg/geokg"
)

var (
	possessive = regexp.MustCompile(`'s\b`)
	spaces     = regexp.MustCompile(`\s+`)
)

// Norm normalises a name as score.py does: NFKC, lower case, straight quotes, no
// possessive "'s", punctuation to spaces, single spaces, no leading "the".
func Norm(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "`", "'").Replace(s)
	s = possessive.ReplaceAllString(s, "")
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.IsSpace(r) {
			return r
		}
		return ' '
	}, s)
	s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	return strings.TrimPrefix(s, "the ")
}

// Key identifies a relation by subject, type and object names; symmetric types are keyed
// with their two names in order, since their direction carries no meaning.
func Key(s, t, o string) string {
	if geokg.RelationType(t).Symmetric() && o < s {
		s, o = o, s
	}
	return s + " " + t + " " + o
}

// Compare splits the relations found (keys) into true positives, false positives and
// misses against the required ones; optional relations count as neither. Each list is sorted.
func Compare(found, required, optional map[string]bool) (tp, fp, fn []string) {
	for k := range found {
		switch {
		case required[k]:
			tp = append(tp, k)
		case !optional[k]:
			fp = append(fp, k)
		}
	}
	for k := range required {
		if !found[k] {
			fn = append(fn, k)
		}
	}
	sort.Strings(tp)
	sort.Strings(fp)
	sort.Strings(fn)
	return tp, fp, fn
}
