package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/store"
)

// TestRoutingURI: the store works behind a neo4j:// routing URI (as with a cluster or
// Aura), here against the local Neo4j, which routes to itself: a write, then reads that see
// it (docs/scaling.md).
func TestRoutingURI(t *testing.T) {
	neo4jtest.Open(t)
	cfg := neo4jtest.Config()
	if !strings.HasPrefix(cfg.URI, "bolt://") {
		t.Skipf("NEO4J_URI %q is not a bolt:// address", cfg.URI)
	}
	cfg.URI = "neo4j://" + strings.TrimPrefix(cfg.URI, "bolt://")
	s, err := store.Open(cfg)
	require.NoError(t, err)
	defer s.Close(context.Background())
	ctx := context.Background()
	require.NoError(t, s.Ping(ctx))
	x := neo4jtest.Fixture("routed article")
	_, err = s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)
	st, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, geokg.Stats{Articles: 1, Entities: 5, Events: 1, Evidence: 6, Edges: 6}, st, "the read sees the write")
	versions, err := s.ArticleVersions(ctx, []string{x.Article.ID})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{x.Article.ID: geokg.ExtractorVersion}, versions)
}
