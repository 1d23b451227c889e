package store_test

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/store"
)

// TestBenchReadsProfile compares, read by read, the database hits and rows of the
// statements geokg's store runs for `make bench-compare`'s reads (with the arguments the
// API's resolvers give it for the bench's queries) with those of the floor's statement,
// each under PROFILE, on the graph the local Neo4j holds. It is a measuring tool, not a
// check: it runs only with GEOKG_PROFILE_READS=1, over a graph seeded by
// `geokg-bench seed` (which it does not reset), and logs its table:
//
//	GEOKG_PROFILE_READS=1 go test ./store/ -run TestBenchReadsProfile -v -count=1
func TestBenchReadsProfile(t *testing.T) {
	if os.Getenv("GEOKG_PROFILE_READS") != "1" {
		t.Skip("a measuring tool over a seeded graph: GEOKG_PROFILE_READS=1")
	}
	s, err := store.Open(neo4jtest.Config())
	require.NoError(t, err)
	defer s.Close(context.Background())
	ctx := context.Background()
	const busy, other, from, to = "country:USA", "country:RUS", "group:bench-group-000", "group:bench-group-001"
	page := geokg.PageWith{Ends: true, Evidence: 5, Articles: true, EvidenceFields: geokg.EvidenceSentence | geokg.EvidenceDate | geokg.EvidenceArticle,
		EntityFields: geokg.EntityName, ArticleFields: geokg.ArticleTitle | geokg.ArticleURL, EdgeFields: geokg.EdgeCount}
	reads := []struct {
		name   string
		floor  store.FloorRead
		params map[string]any
		geokg  func() error
	}{
		{"entity", store.FloorEntity, map[string]any{"id": busy}, func() error { _, err := s.Entities(ctx, []string{busy}); return err }},
		{"relations", store.FloorRelations, map[string]any{"id": busy}, func() error {
			_, err := s.RelationsWith(ctx, geokg.RelationFilter{Either: busy}, geokg.PageRequest{First: 50}, page)
			return err
		}},
		{"neighborhood", store.FloorNeighborhood, map[string]any{"id": busy}, func() error {
			_, err := s.Neighborhood(ctx, geokg.NeighborhoodQuery{ID: busy, Depth: 2, Limit: 50})
			return err
		}},
		{"paths", store.FloorPaths, map[string]any{"from": from, "to": to}, func() error {
			_, err := s.Paths(ctx, geokg.PathQuery{From: from, To: to, MaxHops: 4, First: 3})
			return err
		}},
		{"dashboard", store.FloorDashboard, map[string]any{"a": busy, "b": other}, func() error {
			_, err := s.Dyad(ctx, geokg.DyadQuery{A: busy, B: other, Bucket: geokg.Month})
			return err
		}},
	}
	for _, r := range reads {
		var mu sync.Mutex
		var ran []statement
		s.RecordStatements(func(cypher string, params map[string]any) {
			mu.Lock()
			defer mu.Unlock()
			ran = append(ran, statement{cypher, params})
		})
		require.NoError(t, r.geokg(), r.name)
		s.RecordStatements(nil)
		var hits, rows int64
		var ops []string
		for _, st := range ran {
			p, err := s.Profile(ctx, st.cypher, st.params)
			require.NoError(t, err, st.cypher)
			hits, rows = hits+p.Hits, rows+p.Rows
			ops = append(ops, strings.Join(p.Operators, " < "))
		}
		f, err := s.Profile(ctx, store.FloorCypher[r.floor], r.params)
		require.NoError(t, err, r.name)
		t.Logf("%-12s geokg: %d statement(s), %d db hits, %d rows; floor: %d db hits, %d rows", r.name, len(ran), hits, rows, f.Hits, f.Rows)
		for i, o := range ops {
			t.Logf("%-12s geokg %d: %s", r.name, i+1, o)
		}
		t.Logf("%-12s floor: %s", r.name, strings.Join(f.Operators, " < "))
	}
}
