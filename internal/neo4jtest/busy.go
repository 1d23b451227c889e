package neo4jtest

import (
	"context"
	"fmt"
	"testing"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/store"
)

// BusyGraph writes, through s.Write in batches of 200, a graph with one busy entity for the
// benchmarks of reads: articles synthetic articles titled "<title> N", each of 5
// statements whose subject is country Q00 ("Country Q00") and whose objects cycle through
// countries Q01 to Q<others>; the statement types rotate through five interaction types,
// moving on every typeEvery articles; dates spread over 2021–2023. It returns the busy
// entity's ID.
func BusyGraph(tb testing.TB, s *store.Store, title string, articles, others, typeEvery int) string {
	tb.Helper()
	ctx := context.Background()
	types := []geokg.RelationType{geokg.Accuses, geokg.Condemns, geokg.Sanctions, geokg.Supports, geokg.Threatens}
	country := func(i int) geokg.Entity {
		code := fmt.Sprintf("Q%02d", i)
		return geokg.Entity{ID: "country:" + code, Kind: geokg.KindCountry, Name: "Country " + code, Code: code}
	}
	busy := country(0)
	var batch []*geokg.Extraction
	for a := range articles {
		date := fmt.Sprintf("%d-%02d-%02d", 2021+a%3, a%12+1, a%28+1)
		text := fmt.Sprintf("%s %d", title, a)
		x := &geokg.Extraction{Article: geokg.Article{ID: geokg.ArticleID(text), Title: text, URL: "https://example.org/" + fmt.Sprint(a), Published: date},
			Extractor: geokg.ExtractorVersion, Entities: []geokg.Entity{busy}}
		for k := range 5 {
			obj := country(1 + (a*5+k)%others)
			x.Entities = append(x.Entities, obj)
			t := types[(a/typeEvery+k)%len(types)]
			x.Relations = append(x.Relations, geokg.Relation{Subject: busy.ID, Type: t, Object: obj.ID, Date: date, Confidence: 0.7,
				Evidence: fmt.Sprintf("%s %s %s, statement %d of article %d.", busy.Name, t, obj.Name, k, a), Start: k * 100, End: k*100 + 80})
		}
		batch = append(batch, x)
		if len(batch) == 200 || a == articles-1 {
			if _, err := s.Write(ctx, batch); err != nil {
				tb.Fatal(err)
			}
			batch = nil
		}
	}
	return busy.ID
}
