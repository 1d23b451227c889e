package export

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// BenchmarkExport writes every statement (and every relation) of a graph of 10,000
// statements, as NDJSON and CSV, to io.Discard; it reports rows per second and the heap in
// use after the export, which stays that of one page however many rows there are.
//
//	go test -run '^$' -bench Export -benchtime 5x ./export/
func BenchmarkExport(b *testing.B) {
	s := neo4jtest.Open(b)
	ctx := context.Background()
	const n = 10000
	var text strings.Builder
	x := &geokg.Extraction{Extractor: geokg.ExtractorVersion}
	for k := range 20 {
		x.Entities = append(x.Entities, geokg.Entity{ID: fmt.Sprintf("group:g%02d", k), Kind: geokg.KindGroup, Name: fmt.Sprintf("Group %02d", k), Aliases: []string{}})
	}
	types := []geokg.RelationType{geokg.Accuses, geokg.Sanctions, geokg.Meets, geokg.Supports}
	for i := range n {
		start := text.Len()
		fmt.Fprintf(&text, "Group %02d acted on group %02d, statement %d of the benchmark. ", i%20, (i+1)%20, i)
		x.Relations = append(x.Relations, geokg.Relation{Subject: fmt.Sprintf("group:g%02d", i%20), Type: types[i%len(types)], Object: fmt.Sprintf("group:g%02d", (i+1)%20),
			Evidence: text.String()[start : text.Len()-1], Start: start, End: text.Len() - 1, Date: fmt.Sprintf("2022-%02d-%02d", 1+i%12, 1+i%28), Confidence: 0.8})
	}
	x.Article = geokg.Article{ID: geokg.ArticleID(text.String()), Title: "Benchmark"}
	if _, err := s.Write(ctx, []*geokg.Extraction{x}); err != nil {
		b.Fatal(err)
	}
	for _, what := range []What{Statements, Relations} {
		for _, format := range []Format{NDJSON, CSV} {
			b.Run(string(what)+"."+string(format), func(b *testing.B) {
				b.ReportAllocs()
				rows := 0
				var heap uint64
				for b.Loop() {
					k, err := Write(ctx, io.Discard, s, Request{What: what, Format: format})
					if err != nil {
						b.Fatal(err)
					}
					rows += k
					var m runtime.MemStats
					runtime.ReadMemStats(&m)
					heap = max(heap, m.HeapInuse)
				}
				b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
				b.ReportMetric(float64(heap)/(1<<20), "MiB-heap")
			})
		}
	}
}
