package extract

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/scoring"
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

// scoreAgainstGold matches predicted relations to the gold as score.py does and returns
// the true positives, false positives and missed required relations.
func scoreAgainstGold(gold goldFile, ex *geokg.Extraction) (tp, fp, fn []string) {
	byKey := map[string]string{}
	kind := map[string]string{}
	for _, e := range gold.Entities {
		kind[e.Name] = e.Kind
		keys := []string{scoring.Norm(e.Name)}
		for _, a := range e.Aliases {
			keys = append(keys, scoring.Norm(a))
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
			if n, ok := byKey[scoring.Norm(c)]; ok {
				return n
			}
		}
		return "?" + e.Name
	}
	required, optional := map[string]bool{}, map[string]bool{}
	for _, r := range gold.Relations {
		if r.Optional {
			optional[scoring.Key(r.Subject, r.Type, r.Object)] = true
		} else {
			required[scoring.Key(r.Subject, r.Type, r.Object)] = true
		}
	}
	ents := map[string]geokg.Entity{}
	for _, e := range ex.Entities {
		ents[e.ID] = e
	}
	got := map[string]bool{}
	for _, r := range ex.Relations {
		got[scoring.Key(resolve(ents[r.Subject]), string(r.Type), resolve(ents[r.Object]))] = true
	}
	tp, fp, fn = scoring.Compare(got, required, optional)
	return tp, fp, fn
}
