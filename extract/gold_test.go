package extract

import (
	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/scoring"
)

// scoreAgainstGold matches predicted relations to the gold as score.py does and returns
// the true positives, false positives and missed required relations.
func scoreAgainstGold(gold scoring.Gold, ex *geokg.Extraction) (tp, fp, fn []string) {
	resolve := scoring.NewIndex(gold.Entities).Resolve
	required, optional := map[string]bool{}, map[string]bool{}
	for _, r := range gold.Relations {
		if r.Optional {
			optional[scoring.Key(r.Subject, string(r.Type), r.Object)] = true
		} else {
			required[scoring.Key(r.Subject, string(r.Type), r.Object)] = true
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
