package main

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/ingest"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/store"
)

// stopAfter is a graph writer that cuts Neo4j away (stops the proxy) once n writes went
// through, as a Neo4j killed mid-ingest.
type stopAfter struct {
	*store.Store
	proxy  *neo4jtest.Proxy
	n      int
	writes atomic.Int64
}

func (w *stopAfter) Write(ctx context.Context, xs []*geokg.Extraction) (geokg.WriteSummary, error) {
	if w.writes.Add(1) > int64(w.n) {
		w.proxy.Stop()
	}
	return w.Store.Write(ctx, xs)
}

// TestIngestRerunAfterNeo4jWentAway: Neo4j gone mid-ingest, then the same command again:
// the graph is what a clean run gives, counted.
func TestIngestRerunAfterNeo4jWentAway(t *testing.T) {
	s := neo4jtest.Open(t)
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	code, _, errOut := runCLI(t, "ingest", "--batch", "2", "../../examples/articles")
	require.Equal(t, exitOK, code, errOut)
	clean, err := s.Stats(context.Background())
	require.NoError(t, err)

	s = neo4jtest.Open(t) // an empty graph again
	proxy := neo4jtest.NewProxy(t)
	cfg := neo4jtest.Config()
	cfg.URI = proxy.URI()
	via, err := store.Open(cfg)
	require.NoError(t, err)
	defer via.Close(context.Background())
	x, err := newExtractor(&options{})
	require.NoError(t, err)
	p := &ingest.Pipeline{Extractor: x, Graph: &stopAfter{Store: via, proxy: proxy, n: 2}, BatchSize: 2}
	rep, err := p.Paths(context.Background(), []string{"../../examples/articles"})
	require.Error(t, err)
	assert.Equal(t, geokg.CodeUnavailable, geokg.ErrorCode(err))
	assert.Equal(t, 4, rep.Written, "two batches of two went in before Neo4j went away")
	assert.Empty(t, rep.Failures)
	partial, err := s.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 4, partial.Articles, "the report counts what the graph holds")

	code, _, errOut = runCLI(t, "ingest", "--batch", "2", "../../examples/articles")
	require.Equal(t, exitOK, code, errOut)
	again, err := s.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, clean, again, "the rerun resumes to the graph of a clean run")
}
