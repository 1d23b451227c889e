package store

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/geokg/geokg"
)

func TestEdgeStateNext(t *testing.T) {
	tr := triple{s: "country:ALB", t: geokg.Accuses, o: "country:IRN"}
	st := func(id, article, source, date string, conf float64) statement {
		return statement{id: id, article: article, source: source, date: date, tr: tr, conf: conf}
	}
	busy := edgeState{exists: true, count: 10, articles: 6, sources: 3, first: "2020-01-01", last: "2024-12-31", conf: 0.9}
	tests := []struct {
		name        string
		cur         edgeState
		old, now    []statement
		other       map[string]bool
		want        edgeState
		wantRecount bool
	}{
		{"a first statement makes the edge", edgeState{}, nil, []statement{st("e1", "a1", "bbc", "2022-05-01", 0.7)}, nil,
			edgeState{exists: true, count: 1, articles: 1, sources: 1, first: "2022-05-01", last: "2022-05-01", conf: 0.7}, false},
		{"a new article on a busy edge", busy, nil, []statement{st("e1", "a1", "bbc", "2022-05-01", 0.7), st("e2", "a1", "bbc", "", 0.95)},
			map[string]bool{"bbc": true},
			edgeState{exists: true, count: 12, articles: 7, sources: 3, first: "2020-01-01", last: "2024-12-31", conf: 0.95}, false},
		{"a new source", busy, nil, []statement{st("e1", "a1", "dw", "2025-01-02", 0.5)}, map[string]bool{},
			edgeState{exists: true, count: 11, articles: 7, sources: 4, first: "2020-01-01", last: "2025-01-02", conf: 0.9}, false},
		{"the same statements again change nothing", busy, []statement{st("e1", "a1", "bbc", "2022-05-01", 0.7)}, []statement{st("e1", "a1", "bbc", "2022-05-01", 0.7)}, nil,
			busy, false},
		{"an article's last statement on the edge goes, its source stays through others", busy, []statement{st("e1", "a1", "bbc", "2022-05-01", 0.7)}, nil,
			map[string]bool{"bbc": true},
			edgeState{exists: true, count: 9, articles: 5, sources: 3, first: "2020-01-01", last: "2024-12-31", conf: 0.9}, false},
		{"a source's last statement goes", busy, []statement{st("e1", "a1", "bbc", "2022-05-01", 0.7)}, nil, map[string]bool{},
			edgeState{exists: true, count: 9, articles: 5, sources: 2, first: "2020-01-01", last: "2024-12-31", conf: 0.9}, false},
		{"the earliest date goes: recount", busy, []statement{st("e1", "a1", "bbc", "2020-01-01", 0.7)}, nil, nil, busy, true},
		{"the highest confidence goes: recount", busy, []statement{st("e1", "a1", "bbc", "2022-01-01", 0.9)}, nil, nil, busy, true},
		{"the highest confidence goes and comes back in the rewrite", busy, []statement{st("e1", "a1", "bbc", "2022-01-01", 0.9)}, []statement{st("e2", "a1", "bbc", "2022-01-01", 0.9)}, nil,
			busy, false},
		{"the last statement goes: the edge goes", edgeState{exists: true, count: 1, articles: 1, sources: 1, first: "2022-05-01", last: "2022-05-01", conf: 0.7},
			[]statement{st("e1", "a1", "bbc", "2022-05-02", 0.6)}, nil, map[string]bool{}, edgeState{}, false},
		{"an edge written before the counts were kept: recount", edgeState{exists: true, count: 3, legacy: true}, nil, []statement{st("e1", "a1", "", "", 0.5)}, nil,
			edgeState{exists: true, count: 3, legacy: true}, true},
		{"counts that do not add up: recount", edgeState{}, []statement{st("e1", "a1", "", "", 0.5)}, nil, nil, edgeState{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := edgeDeltas(tc.old, tc.now)[tr]
			if d == nil {
				assert.Equal(t, tc.cur, tc.want, "no change, so the state must be the same")
				return
			}
			got, recount := tc.cur.next(d, tc.other)
			assert.Equal(t, tc.wantRecount, recount)
			if !recount {
				assert.Equal(t, tc.want, got)
			}
		})
	}
}

func TestAliasDeltas(t *testing.T) {
	old := []mention{{article: "a1", entity: "country:IRN", aliases: []string{"Iran", "Tehran"}}}
	now := []mention{{article: "a1", entity: "country:IRN", aliases: []string{"Iran", "Islamic Republic"}},
		{article: "a2", entity: "country:IRN", aliases: []string{"Tehran", "Tehran"}},
		{article: "a2", entity: "country:ALB", aliases: []string{"Albania"}}}
	d := aliasDeltas(old, now)
	aliases, counts := d["country:IRN"].apply([]string{"Iran", "Tehran", "Persia"}, []int{3, 1, 2})
	assert.Equal(t, []string{"Iran", "Tehran", "Persia", "Islamic Republic"}, aliases, "order kept, new ones last")
	assert.Equal(t, []int{3, 1, 2, 1}, counts)
	aliases, counts = d["country:ALB"].apply([]string{}, []int{})
	assert.Equal(t, []string{"Albania"}, aliases)
	assert.Equal(t, []int{1}, counts)

	gone := aliasDeltas(now[2:], nil)["country:ALB"]
	aliases, counts = gone.apply([]string{"Albania", "Tirana"}, []int{1, 4})
	assert.Equal(t, []string{"Tirana"}, aliases, "an alias no mention uses any more goes")
	assert.Equal(t, []int{4}, counts)
	assert.Empty(t, aliasDeltas(old, old), "the same mentions again change nothing")
	assert.Equal(t, " | Iran | Tehran", aliasText([]string{"Iran", "Tehran"}))

	a, c := aliasCounts([][]string{{"Iran", "Tehran"}, {"Iran"}, {}})
	assert.Equal(t, []string{"Iran", "Tehran"}, a)
	assert.Equal(t, []int{2, 1}, c)
}
