package server_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/resolvers"
	"github.com/geokg/geokg/server"
)

// BenchmarkRelationsPage posts the query of `geokg-bench compare`'s "relations" read (a
// busy country's first 50 relations, their ends, 5 statements each with their articles)
// to the handler in the process, one request after another, over a graph of 600 articles
// (country:Q00 the subject of all 3,000 statements, 60 objects, 5 types). Besides the time
// it reports the process's CPU time per request (user and system, Neo4j's excluded: it
// runs in its own process), which the machine's load moves less than latency. Run by hand:
//
//	go test -run='^$' -bench=RelationsPage -benchtime=200x ./server/
func BenchmarkRelationsPage(b *testing.B) {
	h := pageGraph(b)
	benchmarkPost(b, h, `{"query":"query($id: ID!) { relations(filter: {either: $id}, first: 50) { edges { node { type count subject { id name } object { id name } evidence(first: 5) { sentence date article { title url } } } } } }","variables":{"id":"country:Q00"}}`,
		func(body string) bool { return strings.Count(body, `"sentence"`) == 250 })
}

// BenchmarkSmallReads posts the two small reads of `geokg-bench compare`, an entity's
// lookup and its paths of up to 4 hops (3 of them), to the handler in the process over
// BenchmarkRelationsPage's graph, one request after another: what a request costs the
// process besides its statement (HTTP, GraphQL, the loaders). Run by hand:
//
//	go test -run='^$' -bench=SmallReads -benchtime=2000x ./server/
func BenchmarkSmallReads(b *testing.B) {
	h := pageGraph(b)
	b.Run("entity", func(b *testing.B) {
		benchmarkPost(b, h, `{"query":"query($id: ID!) { entity(id: $id) { id name kind } }","variables":{"id":"country:Q00"}}`,
			func(body string) bool { return strings.Contains(body, `"Country Q00"`) })
	})
	b.Run("paths", func(b *testing.B) {
		benchmarkPost(b, h, `{"query":"query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) { length nodes { id } hops { type } } }","variables":{"from":"country:Q01","to":"country:Q02"}}`,
			func(body string) bool { return strings.Contains(body, `"length":2`) })
	})
}

// pageGraph writes BenchmarkRelationsPage's graph and returns the API's handler over it.
func pageGraph(b *testing.B) http.Handler {
	b.Helper()
	s := neo4jtest.Open(b)
	ctx := context.Background()
	types := []geokg.RelationType{geokg.Accuses, geokg.Condemns, geokg.Sanctions, geokg.Supports, geokg.Threatens}
	country := func(i int) geokg.Entity {
		code := fmt.Sprintf("Q%02d", i)
		return geokg.Entity{ID: "country:" + code, Kind: geokg.KindCountry, Name: "Country " + code, Code: code}
	}
	var batch []*geokg.Extraction
	for a := range 600 {
		date := fmt.Sprintf("%d-%02d-%02d", 2021+a%3, a%12+1, a%28+1)
		text := fmt.Sprintf("page article %d", a)
		x := &geokg.Extraction{Article: geokg.Article{ID: geokg.ArticleID(text), Title: text, URL: "https://example.org/" + fmt.Sprint(a), Published: date},
			Extractor: geokg.ExtractorVersion, Entities: []geokg.Entity{country(0)}}
		for k := range 5 {
			obj := country(1 + (a*5+k)%60)
			x.Entities = append(x.Entities, obj)
			t := types[(a/12+k)%len(types)]
			x.Relations = append(x.Relations, geokg.Relation{Subject: "country:Q00", Type: t, Object: obj.ID, Date: date, Confidence: 0.7,
				Evidence: fmt.Sprintf("Country Q00 %s %s, statement %d of article %d.", t, obj.Name, k, a), Start: k * 100, End: k*100 + 80})
		}
		batch = append(batch, x)
		if len(batch) == 200 {
			if _, err := s.Write(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
	root := resolvers.New(s, s, nil, geokg.DefaultLimits)
	root.Texts = s
	return server.New(server.Config{}, root, s)
}

// benchmarkPost posts body to h, one request after another, failing on an error or a
// response that ok refuses. Besides the time it reports the process's CPU time per
// request (user and system, Neo4j's excluded: it runs in its own process), which the
// machine's load moves less than latency.
func benchmarkPost(b *testing.B, h http.Handler, body string, ok func(string) bool) {
	do := func() {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), `"errors"`) || !ok(rec.Body.String()) {
			b.Fatalf("%d %.300s", rec.Code, rec.Body.String())
		}
	}
	do() // warm: plans, connections
	cpu := func() time.Duration {
		var ru syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	b.ReportAllocs()
	b.ResetTimer()
	began := cpu()
	for b.Loop() {
		do()
	}
	b.ReportMetric(float64((cpu()-began).Microseconds())/float64(b.N), "cpu-µs/op")
}
