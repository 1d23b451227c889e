package store_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// TestHotReadPlansSeekByIndex runs the hot reads (the entity lookup, a page of an entity's
// relations with their evidence, articles and totals, a neighborhood, paths and the
// dashboard aggregates that make bench-compare measures), then asks Neo4j to EXPLAIN every
// statement they ran with the same parameters: no plan may scan a label or all nodes,
// since a scan makes a read's cost grow with the whole graph. Plans are cached, so a plan
// made on a small graph must be right on a large one too.
func TestHotReadPlansSeekByIndex(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	x := neo4jtest.Fixture("hot read plans")
	_, err := s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)

	ran := recordStatements(s, func() {
		_, err = s.Entities(ctx, []string{"country:IRN", "country:ALB"})
		require.NoError(t, err)
		_, err = s.Articles(ctx, []string{x.Article.ID})
		require.NoError(t, err)
		page, err := s.Relations(ctx, geokg.RelationFilter{Either: "country:IRN"}, geokg.PageRequest{First: 50}, true)
		require.NoError(t, err)
		require.NotEmpty(t, page.Edges)
		_, err = s.Relations(ctx, geokg.RelationFilter{Subject: "country:ALB", Object: "country:IRN", From: "2022-01-01"}, geokg.PageRequest{First: 10}, true)
		require.NoError(t, err)
		with := geokg.PageWith{Ends: true, Evidence: 5, Articles: true}
		_, err = s.RelationsWith(ctx, geokg.RelationFilter{Either: "country:IRN"}, geokg.PageRequest{First: 50}, with)
		require.NoError(t, err)
		_, err = s.RelationsWith(ctx, geokg.RelationFilter{Either: "country:IRN", From: "2022-01-01", AsOf: "2024-01-01"}, geokg.PageRequest{First: 50}, with)
		require.NoError(t, err)
		// The API's page as the bench asks it: every part with the properties selected.
		with = geokg.PageWith{Ends: true, Evidence: 5, Articles: true, EvidenceFields: geokg.EvidenceSentence | geokg.EvidenceDate | geokg.EvidenceArticle,
			EntityFields: geokg.EntityName, ArticleFields: geokg.ArticleTitle | geokg.ArticleURL, EdgeFields: geokg.EdgeCount}
		_, err = s.RelationsWith(ctx, geokg.RelationFilter{Either: "country:IRN"}, geokg.PageRequest{First: 50}, with)
		require.NoError(t, err)
		_, err = s.RelationsWith(ctx, geokg.RelationFilter{Either: "country:IRN", AsOf: "2024-01-01", Order: geokg.RelationOrder{Field: geokg.OrderLastSeen, Direction: geokg.Desc}},
			geokg.PageRequest{First: 50}, with)
		require.NoError(t, err)
		var reqs []geokg.EvidenceRequest
		for _, e := range page.Edges {
			reqs = append(reqs, geokg.EvidenceOf(e, geokg.EvidenceScope{}))
		}
		_, err = s.Evidence(ctx, reqs, 5)
		require.NoError(t, err)
		q := geokg.EntityRelationQuery{Direction: geokg.Both}
		_, err = s.EntityRelations(ctx, []string{"country:IRN"}, q, geokg.PageRequest{First: 50})
		require.NoError(t, err)
		_, err = s.CountEntityRelations(ctx, []string{"country:IRN"}, q)
		require.NoError(t, err)
		_, err = s.ArticleEntities(ctx, []string{x.Article.ID})
		require.NoError(t, err)
		_, err = s.Neighborhood(ctx, geokg.NeighborhoodQuery{ID: "country:IRN", Depth: 2, Limit: 50})
		require.NoError(t, err)
		_, err = s.Paths(ctx, geokg.PathQuery{From: "group:peoples-mujahedeen-of-iran", To: "official:esmail-khatib", MaxHops: 4, First: 3})
		require.NoError(t, err)
		_, err = s.Dyad(ctx, geokg.DyadQuery{A: "country:ALB", B: "country:IRN"})
		require.NoError(t, err)
		_, err = s.RelationCounts(ctx, geokg.RelationFilter{Either: "country:IRN"}, geokg.ByMonth, 100)
		require.NoError(t, err)
	})

	require.GreaterOrEqual(t, len(ran), 10, "the hot reads' statements were recorded")
	assertNoScans(t, s, ran, "LabelScan", "AllNodesScan")
}
