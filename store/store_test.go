package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

func TestWriteIsIdempotent(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	x := neo4jtest.Fixture("first article")

	sum, err := s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)
	assert.Equal(t, 6, sum.Relations)
	first, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, geokg.Stats{Articles: 1, Entities: 5, Events: 1, Evidence: 6, Edges: 6}, first)

	_, err = s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)
	again, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, first, again, "writing the same article twice must change nothing")
}

func TestSecondArticleAddsEvidenceNotEdges(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	a, b := neo4jtest.Fixture("article a"), neo4jtest.Fixture("article b")
	b.Relations[0].Date = "2022-09-12"
	_, err := s.Write(ctx, []*geokg.Extraction{a, b})
	require.NoError(t, err)

	st, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, 2, st.Articles)
	assert.Equal(t, 6, st.Edges, "a relation reported twice is one edge")
	assert.Equal(t, 12, st.Evidence)

	page, err := s.Relations(ctx, geokg.RelationFilter{Subject: "country:ALB", Types: []geokg.RelationType{geokg.Accuses}}, geokg.PageRequest{First: 10}, true)
	require.NoError(t, err)
	require.Len(t, page.Edges, 1)
	e := page.Edges[0]
	assert.Equal(t, 2, e.Count)
	assert.Equal(t, 2, e.Articles)
	assert.Equal(t, "2022-09-10", e.FirstSeen)
	assert.Equal(t, "2022-09-12", e.LastSeen)
	assert.Equal(t, 1, page.Total)

	all := geokg.EvidenceOf(e, geokg.EvidenceScope{})
	ofA := geokg.EvidenceOf(e, geokg.EvidenceScope{ArticleID: a.Article.ID})
	dated := geokg.EvidenceOf(e, geokg.EvidenceScope{From: "2022-09-11", To: "2022-09-30"})
	empty := geokg.EvidenceOf(e, geokg.EvidenceScope{To: "2022-01-01"})
	ev, err := s.Evidence(ctx, []geokg.EvidenceRequest{all, ofA, dated, empty}, 10)
	require.NoError(t, err)
	require.Len(t, ev[all], 2)
	assert.Equal(t, "2022-09-12", ev[all][0].Date, "newest evidence first")
	assert.Equal(t, "Albania blames Iran.", ev[all][0].Sentence)
	assert.Equal(t, "event:cyberattack-2022-07-15-alb", ev[all][0].EventID)
	// Each request keeps its own scope, in the same query.
	require.Len(t, ev[ofA], 1, "only the statement of article a")
	assert.Equal(t, a.Article.ID, ev[ofA][0].ArticleID)
	require.Len(t, ev[dated], 1, "only the statement dated in the range")
	assert.Equal(t, "2022-09-12", ev[dated][0].Date)
	assert.NotContains(t, ev, empty, "nothing in the range")
}

func TestRewriteRetractsWhatIsGone(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	x := neo4jtest.Fixture("rewritten article")
	_, err := s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)

	// A newer extractor reads the same article and no longer finds HOSTS nor the MEK.
	x.Relations = x.Relations[:3]
	x.Entities = x.Entities[:4]
	_, err = s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)
	st, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, geokg.Stats{Articles: 1, Entities: 4, Events: 1, Evidence: 3, Edges: 3}, st)
}

func TestDeleteArticle(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	a, b := neo4jtest.Fixture("kept"), neo4jtest.Fixture("deleted")
	b.Entities = append(b.Entities, geokg.Entity{ID: "country:GBR", Kind: geokg.KindCountry, Name: "United Kingdom", Code: "GBR", Aliases: []string{"Britain"}})
	b.Relations = append(b.Relations, geokg.Relation{Subject: "country:GBR", Type: geokg.Condemns, Object: "country:IRN", Evidence: "Britain condemned Iran.", Start: 150, End: 172, Confidence: 0.8})
	_, err := s.Write(ctx, []*geokg.Extraction{a, b})
	require.NoError(t, err)

	require.NoError(t, s.DeleteArticle(ctx, b.Article.ID))
	st, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, geokg.Stats{Articles: 1, Entities: 5, Events: 1, Evidence: 6, Edges: 6}, st, "only what article b alone said is gone")

	err = s.DeleteArticle(ctx, b.Article.ID)
	assert.Equal(t, geokg.CodeNotFound, geokg.ErrorCode(err))
}

func TestRelationsFiltersAndPages(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	_, err := s.Write(ctx, []*geokg.Extraction{neo4jtest.Fixture("filters")})
	require.NoError(t, err)

	tests := []struct {
		name   string
		filter geokg.RelationFilter
		want   []string
	}{
		{"all", geokg.RelationFilter{}, []string{
			"country:ALB|ACCUSES|country:IRN", "country:ALB|HOSTS|group:peoples-mujahedeen-of-iran",
			"country:ALB|MEETS|country:IRN", "country:ALB|SEVERS_TIES_WITH|country:IRN",
			"country:USA|SANCTIONS|official:esmail-khatib", "country:USA|SUPPORTS|country:ALB"}},
		{"either side", geokg.RelationFilter{Either: "country:USA"}, []string{
			"country:USA|SANCTIONS|official:esmail-khatib", "country:USA|SUPPORTS|country:ALB"}},
		{"object and type", geokg.RelationFilter{Object: "country:IRN", Types: []geokg.RelationType{geokg.SeversTiesWith, geokg.Sanctions}}, []string{
			"country:ALB|SEVERS_TIES_WITH|country:IRN"}},
		{"date range", geokg.RelationFilter{From: "2022-09-08", To: "2022-09-09"}, []string{
			"country:USA|SANCTIONS|official:esmail-khatib"}},
		{"min confidence", geokg.RelationFilter{MinConfidence: 0.85}, []string{
			"country:ALB|ACCUSES|country:IRN", "country:ALB|SEVERS_TIES_WITH|country:IRN"}},
		{"symmetric stored once in id order", geokg.RelationFilter{Types: []geokg.RelationType{geokg.Meets}}, []string{
			"country:ALB|MEETS|country:IRN"}},
		{"article", geokg.RelationFilter{ArticleID: geokg.ArticleID("filters")}, []string{
			"country:ALB|ACCUSES|country:IRN", "country:ALB|HOSTS|group:peoples-mujahedeen-of-iran",
			"country:ALB|MEETS|country:IRN", "country:ALB|SEVERS_TIES_WITH|country:IRN",
			"country:USA|SANCTIONS|official:esmail-khatib", "country:USA|SUPPORTS|country:ALB"}},
		{"article, either side, type and date", geokg.RelationFilter{ArticleID: geokg.ArticleID("filters"), Either: "country:USA",
			Types: []geokg.RelationType{geokg.Supports, geokg.Sanctions}, From: "2022-09-10"}, []string{
			"country:USA|SUPPORTS|country:ALB"}},
		{"unknown article", geokg.RelationFilter{ArticleID: "article:nope"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			after := ""
			for {
				page, err := s.Relations(ctx, tc.filter, geokg.PageRequest{First: 2, After: after}, true)
				require.NoError(t, err)
				assert.Equal(t, len(tc.want), page.Total)
				for _, e := range page.Edges {
					got = append(got, e.Key())
				}
				if !page.HasNext {
					break
				}
				after = page.EndCursor
			}
			assert.Equal(t, tc.want, got)
		})
	}

	_, err = s.Relations(ctx, geokg.RelationFilter{}, geokg.PageRequest{First: 2, After: "not a cursor"}, false)
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
	_, err = s.Relations(ctx, geokg.RelationFilter{Types: []geokg.RelationType{"DROP_ALL"}}, geokg.PageRequest{First: 2}, false)
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}

func TestSearchIsTypoTolerant(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	_, err := s.Write(ctx, []*geokg.Extraction{neo4jtest.Fixture("search")})
	require.NoError(t, err)

	hits, err := s.Search(ctx, "Mojahedin", nil, 5)
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Equal(t, "group:peoples-mujahedeen-of-iran", hits[0].Entity.ID)

	hits, err = s.Search(ctx, "Alban", []geokg.Kind{geokg.KindCountry}, 5)
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Equal(t, "Albania", hits[0].Entity.Name)
	assert.ElementsMatch(t, []string{"Albania", "Tirana"}, hits[0].Entity.Aliases)

	_, err = s.Search(ctx, "  ~~ ", nil, 5)
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}

// TestMigrateSaysWhatItCreated: Migrate reports the indexes it created (so that `geokg
// migrate` does not say "up to date" after creating the schema) and nothing the second time.
func TestMigrateSaysWhatItCreated(t *testing.T) {
	s := neo4jtest.Open(t) // migrated
	ctx := context.Background()
	created, err := s.Migrate(ctx)
	require.NoError(t, err)
	assert.Zero(t, created, "the schema was there")
	require.NoError(t, s.DropIndex(ctx, "evidence_date"))
	require.NoError(t, s.DropIndex(ctx, "event_type"))
	created, err = s.Migrate(ctx)
	require.NoError(t, err)
	assert.Equal(t, 2, created)
	created, err = s.Migrate(ctx)
	require.NoError(t, err)
	assert.Zero(t, created)
}

// TestConcurrentWritersCountEveryStatement writes many articles that report the same
// relation from concurrent transactions: the edge must count every one of them.
func TestConcurrentWritersCountEveryStatement(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	const writers = 8
	errs := make(chan error, writers)
	for i := range writers {
		go func() {
			x := neo4jtest.Fixture(fmt.Sprintf("concurrent article %d", i))
			_, err := s.Write(ctx, []*geokg.Extraction{x})
			errs <- err
		}()
	}
	for range writers {
		require.NoError(t, <-errs)
	}
	page, err := s.Relations(ctx, geokg.RelationFilter{Subject: "country:ALB", Types: []geokg.RelationType{geokg.Accuses}}, geokg.PageRequest{First: 5}, false)
	require.NoError(t, err)
	require.Len(t, page.Edges, 1)
	assert.Equal(t, writers, page.Edges[0].Count)
	assert.Equal(t, writers, page.Edges[0].Articles)
}

func TestEvidenceExplainsTheRead(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	x := neo4jtest.Fixture("explained article")
	x.Relations[0].Rule, x.Relations[0].Trigger, x.Relations[0].Path = "frame geokg:47", "blame", "nsubj<blame>obj"
	x.Relations[2].Rule, x.Relations[2].Trigger = "pattern verb", "sanction"
	// x.Relations[1] says nothing, as evidence written by an older extractor.
	_, err := s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)
	first, err := s.Stats(ctx)
	require.NoError(t, err)

	type why struct{ Rule, Trigger, Path string }
	read := func() map[geokg.RelationType]why {
		t.Helper()
		sts, err := s.Statements(ctx, geokg.RelationFilter{}, geokg.StatementCursor{}, 100)
		require.NoError(t, err)
		require.Len(t, sts, len(x.Relations))
		out := map[geokg.RelationType]why{}
		for _, st := range sts {
			ev := st.Evidence
			out[st.Edge.Type] = why{ev.Rule, ev.Trigger, ev.Path}
			// The evidence of an edge reads the same properties as a statement.
			got, err := s.Evidence(ctx, []geokg.EvidenceRequest{geokg.EvidenceOf(st.Edge, geokg.EvidenceScope{})}, 10)
			require.NoError(t, err)
			require.Len(t, got[geokg.EvidenceOf(st.Edge, geokg.EvidenceScope{})], 1)
			assert.Equal(t, ev, got[geokg.EvidenceOf(st.Edge, geokg.EvidenceScope{})][0])
		}
		return out
	}
	got := read()
	assert.Equal(t, why{"frame geokg:47", "blame", "nsubj<blame>obj"}, got[geokg.Accuses])
	assert.Equal(t, why{"pattern verb", "sanction", ""}, got[geokg.Sanctions])
	assert.Equal(t, why{}, got[geokg.SeversTiesWith], "evidence without an explanation reads as empty strings")

	_, err = s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)
	again, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, first, again, "writing the same article twice must change nothing")
	assert.Equal(t, got, read())

	// A newer extractor reads the same statements for other reasons: the evidence follows it.
	x.Extractor = "rules-test-next"
	x.Relations[0].Rule, x.Relations[0].Trigger, x.Relations[0].Path = "title", "blame", ""
	x.Relations[1].Rule, x.Relations[1].Trigger, x.Relations[1].Path = "frame geokg:12", "cut", "nsubj<cut>obl"
	x.Relations[2].Rule, x.Relations[2].Trigger = "", ""
	_, err = s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)
	rewritten, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, first, rewritten, "the same statements, read again")
	got = read()
	assert.Equal(t, why{"title", "blame", ""}, got[geokg.Accuses])
	assert.Equal(t, why{"frame geokg:12", "cut", "nsubj<cut>obl"}, got[geokg.SeversTiesWith])
	assert.Equal(t, why{}, got[geokg.Sanctions], "an explanation the new read lacks is gone")
}
