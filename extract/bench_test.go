package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// BenchmarkExtract reads every dev article of ../shared/eval/dev once per iteration
// with the embedded gazetteer; SetBytes makes the MB/s figure the throughput in article
// text.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "dev", "*.txt"))
	if len(files) == 0 {
		b.Skip("../shared/eval/dev not found: the benchmark corpus is outside the repository")
	}
	type article struct {
		meta geokg.Article
		body string
	}
	var arts []article
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		meta, body := splitEvalHeader(string(raw))
		arts = append(arts, article{meta, body})
		size += len(body)
	}
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	x := New(g)
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := x.Extract(ctx, a.body, a.meta); err != nil {
				b.Fatal(err)
			}
		}
	}
}
