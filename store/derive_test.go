package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/store"
)

// randomExtraction returns a seeded random extraction of article n over five countries:
// every relation type may occur, dates, sources and aliases vary and some are missing.
func randomExtraction(rng *rand.Rand, n int) *geokg.Extraction {
	codes := []string{"ALB", "IRN", "USA", "GBR", "FRA"}
	aliases := []string{"capital", "government", "regime", "leaders", "officials"}
	sources := []string{"", "reuters", "apnews", "bbc"}
	x := &geokg.Extraction{
		Article: geokg.Article{ID: geokg.ArticleID(fmt.Sprintf("random article %d", n)), Title: fmt.Sprint("article ", n),
			Source: sources[rng.IntN(len(sources))]},
		Extractor: geokg.ExtractorVersion,
	}
	named := map[string]bool{}
	for range 2 + rng.IntN(6) {
		s, o := codes[rng.IntN(len(codes))], codes[rng.IntN(len(codes))]
		if s == o {
			continue
		}
		start := rng.IntN(5) * 10
		date := ""
		if rng.IntN(4) > 0 {
			date = fmt.Sprintf("2024-0%d-%02d", 1+rng.IntN(9), 1+rng.IntN(28))
		}
		x.Relations = append(x.Relations, geokg.Relation{Subject: "country:" + s, Type: geokg.RelationTypes[rng.IntN(len(geokg.RelationTypes))],
			Object: "country:" + o, Evidence: "s", Start: start, End: start + 5, Date: date, Confidence: float64(50+rng.IntN(50)) / 100})
		named[s], named[o] = true, true
	}
	for _, c := range codes {
		if !named[c] && rng.IntN(3) > 0 {
			continue
		}
		var as []string
		for _, a := range aliases {
			if rng.IntN(3) == 0 {
				as = append(as, c+" "+a)
			}
		}
		x.Entities = append(x.Entities, geokg.Entity{ID: "country:" + c, Kind: geokg.KindCountry, Name: c, Code: c, Aliases: as})
	}
	return x
}

func requireNoDrift(t *testing.T, s *store.Store, when string) {
	t.Helper()
	drift, err := s.Drift(context.Background())
	require.NoError(t, err)
	require.Empty(t, drift, "derived properties differ from a recount %s", when)
}

// TestDerivedPropertiesStayExact: the counts, dates, confidence and sources of edges and
// the aliases of entities, kept incrementally, equal a recount from the evidence and the
// mentions after every kind of change: new articles, rewrites with another extraction,
// identical rewrites, duplicates in a batch and deletions.
func TestDerivedPropertiesStayExact(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(13, 1))
	written := map[int]*geokg.Extraction{}
	for round := range 12 {
		var batch []*geokg.Extraction
		for range 1 + rng.IntN(6) {
			n := rng.IntN(30)
			var x *geokg.Extraction
			switch {
			case written[n] != nil && rng.IntN(3) == 0:
				x = written[n] // the same again
			default:
				x = randomExtraction(rng, n)
				x.Article.ID = geokg.ArticleID(fmt.Sprintf("random article %d", n))
			}
			batch = append(batch, x)
			written[n] = x
		}
		if round%4 == 3 {
			batch = append(batch, batch[0]) // a duplicate in one batch
		}
		_, err := s.Write(ctx, batch)
		require.NoError(t, err)
		requireNoDrift(t, s, fmt.Sprintf("after write round %d", round))
		if round%3 == 2 {
			for n, x := range written {
				require.NoError(t, s.DeleteArticle(ctx, x.Article.ID))
				delete(written, n)
				break
			}
			requireNoDrift(t, s, fmt.Sprintf("after a deletion in round %d", round))
		}
	}
	st, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, len(written), st.Articles)
	for _, x := range written {
		require.NoError(t, s.DeleteArticle(ctx, x.Article.ID))
	}
	st, err = s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, geokg.Stats{}, st, "deleting every article leaves nothing")
}

// TestTwoProcessesWritingTheSameActorsCountEverything: two stores (as two geokg processes
// would, with no lock between them) write overlapping articles at once; the derived
// properties still equal a recount.
func TestTwoProcessesWritingTheSameActorsCountEverything(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	other, err := store.Open(neo4jtest.Config()) // a second process: no lock shared with s
	require.NoError(t, err)
	defer other.Close(ctx)
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for w, st := range []*store.Store{s, other, s, other} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			for i := range 8 {
				x := randomExtraction(rng, 100*w+i)
				_, err := st.Write(ctx, []*geokg.Extraction{x, randomExtraction(rng, 100*w+i+50)})
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.NoError(t, err)
	}
	requireNoDrift(t, s, "after concurrent writers")
}
