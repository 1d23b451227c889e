package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/geokg/geokg"
)

// goldFile is the part of an evaluation gold file the tests read.
type goldFile struct {
	Entities []struct {
		Name    string   `json:"name"`
		Kind    string   `json:"kind"`
		Code    string   `json:"code"`
		Aliases []string `json:"aliases"`
	} `json:"entities"`
	Relations []struct {
		Subject  string `json:"subject"`
		Type     string `json:"type"`
		Object   string `json:"object"`
		Optional bool   `json:"optional"`
	} `json:"relations"`
}

var (
	possessiveRe = regexp.MustCompile(`'s\b`)
	spacesRe     = regexp.MustCompile(`\s+`)
)

// normName normalises a name as score.py does: NFKC, lower case, straight quotes, no
// possessive, punctuation to spaces, no leading "the".
func normName(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "`", "'").Replace(s)
	s = possessiveRe.ReplaceAllString(s, "")
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.IsSpace(r) {
			return r
		}
		return ' '
	}, s)
	s = strings.TrimSpace(spacesRe.ReplaceAllString(s, " "))
	return strings.TrimPrefix(s, "the ")
}

// scoreAgainstGold matches predicted relations to the gold as score.py does and returns
// the true positives, false positives and missed required relations.
func scoreAgainstGold(gold goldFile, ex *geokg.Extraction) (tp, fp, fn []string) {
	byKey := map[string]string{}
	kind := map[string]string{}
	for _, e := range gold.Entities {
		kind[e.Name] = e.Kind
		keys := []string{normName(e.Name)}
		for _, a := range e.Aliases {
			keys = append(keys, normName(a))
		}
		if e.Code != "" {
			keys = append(keys, "code:"+strings.ToUpper(e.Code))
		}
		for _, k := range keys {
			if _, ok := byKey[k]; !ok && k != "" {
				byKey[k] = e.Name
			}
		}
	}
	resolve := func(e geokg.Entity) string {
		if e.Code != "" {
			if n, ok := byKey["code:"+strings.ToUpper(e.Code)]; ok {
				return n
			}
		}
		for _, c := range append([]string{e.Name}, e.Aliases...) {
			if n, ok := byKey[normName(c)]; ok {
				return n
			}
		}
		return "?" + e.Name
	}
	key := func(s, t, o string) string {
		if t == "MEETS" || t == "SIGNS_AGREEMENT_WITH" || t == "COOPERATES_WITH" {
			if o < s {
				s, o = o, s
			}
		}
		return s + " " + t + " " + o
	}
	required, optional := map[string]bool{}, map[string]bool{}
	for _, r := range gold.Relations {
		if r.Optional {
			optional[key(r.Subject, r.Type, r.Object)] = true
		} else {
			required[key(r.Subject, r.Type, r.Object)] = true
		}
	}
	ents := map[string]geokg.Entity{}
	for _, e := range ex.Entities {
		ents[e.ID] = e
	}
	got := map[string]bool{}
	for _, r := range ex.Relations {
		got[key(resolve(ents[r.Subject]), string(r.Type), resolve(ents[r.Object]))] = true
	}
	for k := range got {
		switch {
		case required[k]:
			tp = append(tp, k)
		case !optional[k]:
			fp = append(fp, k)
		}
	}
	for k := range required {
		if !got[k] {
			fn = append(fn, k)
		}
	}
	sort.Strings(tp)
	sort.Strings(fp)
	sort.Strings(fn)
	return tp, fp, fn
}
