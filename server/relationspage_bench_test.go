package server_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/internal/proccpu"
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
	neo4jtest.BusyGraph(b, s, "page article", 600, 60, 12)
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
	began, neoBegan := cpu(), neo4jCPU()
	for b.Loop() {
		do()
	}
	b.ReportMetric(float64((cpu()-began).Microseconds())/float64(b.N), "cpu-µs/op")
	if neoBegan >= 0 {
		b.ReportMetric(float64((neo4jCPU()-neoBegan).Microseconds())/float64(b.N), "neo4j-cpu-µs/op")
	}
}

// neo4jCPU returns the CPU time (user and system) of the local Neo4j that
// scripts/neo4j.sh started under $NEO4J_HOME_DIR, from /proc (at the kernel's clock tick,
// 10 ms: run enough requests), or -1 when it cannot be read (another Neo4j, another
// system).
func neo4jCPU() time.Duration { return proccpu.Of(proccpu.LocalNeo4j()) }
