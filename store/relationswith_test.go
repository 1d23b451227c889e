package store_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// RelationsWith gives, in one statement, what Relations, Entities and EvidenceWithArticles
// give together: the same pages, the same ends, the same statements and articles.
func TestRelationsWithMatchesItsParts(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	_, err := s.Write(ctx, []*geokg.Extraction{neo4jtest.Fixture("relations with")})
	require.NoError(t, err)

	filters := map[string]geokg.RelationFilter{
		"either":     {Either: irn},
		"all":        {},
		"date range": {Either: alb, From: "2022-09-07", To: "2022-09-09"},
		"as of":      {Either: irn, AsOf: "2022-09-08"},
		"ordered":    {Either: irn, Order: geokg.RelationOrder{Field: geokg.OrderCount, Direction: geokg.Desc}},
		"nothing":    {Either: "country:NOPE"},
	}
	withs := []geokg.PageWith{{}, {Ends: true}, {Evidence: 1}, {Ends: true, Evidence: 5, Articles: true}}
	for name, f := range filters {
		t.Run(name, func(t *testing.T) {
			for _, with := range withs {
				for _, first := range []int{1, 2, 100} {
					after, pages := "", 0
					for {
						want, err := s.Relations(ctx, f, geokg.PageRequest{First: first, After: after}, false)
						require.NoError(t, err)
						got, err := s.RelationsWith(ctx, f, geokg.PageRequest{First: first, After: after}, with)
						require.NoError(t, err)
						assert.Equal(t, want, got.EdgePage, "%+v first %d page %d", with, first, pages)
						var ids []string
						var reqs []geokg.EvidenceRequest
						for _, e := range want.Edges {
							ids = append(ids, e.Subject, e.Object)
							reqs = append(reqs, geokg.EvidenceOf(e, f.Scope()))
						}
						wantEnds, err := s.Entities(ctx, ids)
						require.NoError(t, err)
						if !with.Ends {
							wantEnds = map[string]geokg.Entity{}
						}
						assert.Equal(t, wantEnds, got.Entities)
						wantEv, wantArts := map[geokg.EvidenceRequest][]geokg.Evidence{}, map[string]geokg.Article{}
						if with.Evidence > 0 {
							wantEv, wantArts, err = s.EvidenceWithArticles(ctx, reqs, with.Evidence)
							require.NoError(t, err)
							if !with.Articles {
								wantArts = map[string]geokg.Article{}
							}
						}
						assert.Equal(t, wantEv, got.Evidence)
						assert.Equal(t, wantArts, got.Articles)
						if with.Evidence > 0 && len(want.Edges) > 0 {
							assert.NotEmpty(t, got.Evidence, "every edge the filter selects has statements within its scope")
						}
						pages++
						if !want.HasNext {
							break
						}
						after = want.EndCursor
					}
				}
			}
		})
	}
	_, err = s.RelationsWith(ctx, geokg.RelationFilter{Types: []geokg.RelationType{"NOPE"}}, geokg.PageRequest{First: 1}, geokg.PageWith{Ends: true})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}
