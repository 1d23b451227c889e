// Package scoring matches extracted relations against expected ones the way the
// evaluation's score.py does, for tests that check the extractor against gold files and
// against the sample articles' expected relations, and for cmd/geokg-learn.
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

// Gold is an evaluation gold file (../shared/eval/GUIDELINE.md), as far as the matching
// and cmd/geokg-learn read it.
type Gold struct {
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Relation is one relation of a gold file.
type Relation struct {
	Subject  string             `json:"subject"`
	Type     geokg.RelationType `json:"type"`
	Object   string             `json:"object"`
	Evidence string             `json:"evidence"`
	Optional bool               `json:"optional"`
}

// Entity is a gold file's entity, as the matching reads it.
type Entity struct {
	Name    string   `json:"name"`
	Code    string   `json:"code"`
	Aliases []string `json:"aliases"`
}

// Index resolves extracted entities to the names of a gold file's entities as score.py's
// GoldIndex does: by country code first, then by name or an alias, normalised (Norm); the
// first gold entity to claim a key keeps it.
type Index map[string]string

// NewIndex returns the index of the gold entities.
func NewIndex(gold []Entity) Index {
	idx := Index{}
	for _, e := range gold {
		keys := []string{Norm(e.Name)}
		for _, a := range e.Aliases {
			keys = append(keys, Norm(a))
		}
		if e.Code != "" {
			keys = append(keys, "code:"+strings.ToUpper(e.Code))
		}
		for _, k := range keys {
			if _, ok := idx[k]; k != "" && !ok {
				idx[k] = e.Name
			}
		}
	}
	return idx
}

// Resolve returns the gold name of the extracted entity e, or "?" and e's name when no
// gold entity is e.
func (idx Index) Resolve(e geokg.Entity) string {
	if e.Code != "" {
		if n, ok := idx["code:"+strings.ToUpper(e.Code)]; ok {
			return n
		}
	}
	for _, c := range append([]string{e.Name}, e.Aliases...) {
		if n, ok := idx[Norm(c)]; ok {
			return n
		}
	}
	return "?" + e.Name
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
