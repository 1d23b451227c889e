package store_test

import (
	"context"
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
	busy := neo4jtest.BusyGraph(b, s, "busy article", 2000, 39, 39)
	page, err := s.Relations(ctx, geokg.RelationFilter{Either: busy}, geokg.PageRequest{First: 50}, false)
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
			p, err := s.Profile(ctx, r.cypher, params)
			if err != nil || p.Rows != 50 {
				b.Fatalf("%d rows, %v", p.Rows, err)
			}
			for b.Loop() {
				if _, err := s.Rows(ctx, r.cypher, params); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(p.Hits), "dbhits/op")
		})
	}
}
