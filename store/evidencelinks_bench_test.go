package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// BenchmarkEvidenceOfAPage compares two ways to read the 5 newest statements of each of
// 50 edges of a busy entity (as a page of relations with evidence does): the
// evidence_triple index (what the API reads) and the traversal from the edge's ends by the
// statements' SUBJECT and OBJECT relationships. The graph: 2,000 articles of 5 statements,
// 40 countries, country Q00 the subject of every statement (10,000), each other country the
// object of about 250. It reports the time and the PROFILE's database hits of each. Run by
// hand:
//
//	go test -run='^$' -bench=EvidenceOfAPage -benchtime=50x ./store/
func BenchmarkEvidenceOfAPage(b *testing.B) {
	s := neo4jtest.Open(b)
	ctx := context.Background()
	types := []geokg.RelationType{geokg.Accuses, geokg.Condemns, geokg.Sanctions, geokg.Supports, geokg.Threatens}
	country := func(i int) geokg.Entity {
		code := fmt.Sprintf("Q%02d", i)
		return geokg.Entity{ID: "country:" + code, Kind: geokg.KindCountry, Name: "Country " + code, Code: code}
	}
	busy := country(0)
	var batch []*geokg.Extraction
	for a := range 2000 {
		date := fmt.Sprintf("%d-%02d-%02d", 2021+a%3, a%12+1, a%28+1)
		text := fmt.Sprintf("busy article %d", a)
		x := &geokg.Extraction{Article: geokg.Article{ID: geokg.ArticleID(text), Title: text, Published: date},
			Extractor: geokg.ExtractorVersion, Entities: []geokg.Entity{busy}}
		for k := range 5 {
			obj := country(1 + (a*5+k)%39)
			x.Entities = append(x.Entities, obj)
			t := types[(a/39+k)%len(types)]
			x.Relations = append(x.Relations, geokg.Relation{Subject: busy.ID, Type: t, Object: obj.ID, Date: date, Confidence: 0.7,
				Evidence: fmt.Sprintf("%s %s %s, statement %d of article %d.", busy.Name, t, obj.Name, k, a), Start: k * 100, End: k*100 + 80})
		}
		batch = append(batch, x)
		if len(batch) == 200 {
			if _, err := s.Write(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
	page, err := s.Relations(ctx, geokg.RelationFilter{Either: busy.ID}, geokg.PageRequest{First: 50}, false)
	if err != nil || len(page.Edges) != 50 {
		b.Fatalf("a page of 50 relations: %d, %v", len(page.Edges), err)
	}
	var rows []map[string]any
	for _, e := range page.Edges {
		rows = append(rows, map[string]any{"s": e.Subject, "t": string(e.Type), "o": e.Object})
	}
	reads := []struct{ name, cypher string }{
		{"index", `UNWIND $rows AS p
CALL (p) {
  MATCH (x:Evidence {subject: p.s, type: p.t, object: p.o}) USING INDEX x:Evidence(subject, type, object)
  WITH x ORDER BY x.date DESC, x.id LIMIT 5
  MATCH (x)-[:FROM]->(a:Article)
  RETURN collect(x.id) AS xs, collect(a.id) AS arts
}
RETURN p, xs, arts`},
		{"traversal", `UNWIND $rows AS p
MATCH (s:Entity {id: p.s}), (o:Entity {id: p.o})
CALL (s, o, p) {
  MATCH (s)<-[:SUBJECT]-(x:Evidence)-[:OBJECT]->(o)
  WHERE x.type = p.t
  WITH x ORDER BY x.date DESC, x.id LIMIT 5
  MATCH (x)-[:FROM]->(a:Article)
  RETURN collect(x.id) AS xs, collect(a.id) AS arts
}
RETURN p, xs, arts`},
	}
	for _, r := range reads {
		b.Run(r.name, func(b *testing.B) {
			params := map[string]any{"rows": rows}
			hits, n, err := s.DBHits(ctx, r.cypher, params)
			if err != nil || n != 50 {
				b.Fatalf("%d rows, %v", n, err)
			}
			for b.Loop() {
				if _, err := s.Rows(ctx, r.cypher, params); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(hits), "dbhits/op")
		})
	}
}
