package store_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// TestTextAndContextAreStored: an article keeps its text (loaded only by ArticleTexts,
// never by article lookups), its statements their context; a rewrite without them keeps
// the text and drops contexts the new read lacks.
func TestTextAndContextAreStored(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	const text = "Albania blames Iran. Albania cut ties with Tehran."
	x := neo4jtest.Fixture(text)
	x.Article.Text = text
	x.Relations[0].After = "Albania cut ties with Tehran."
	x.Relations[1].Before = "Albania blames Iran."
	_, err := s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)

	texts, err := s.ArticleTexts(ctx, []string{x.Article.ID, "article:unknown"})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{x.Article.ID: text}, texts)
	arts, err := s.Articles(ctx, []string{x.Article.ID})
	require.NoError(t, err)
	assert.Empty(t, arts[x.Article.ID].Text, "lookups leave the text out")
	assert.Equal(t, "Albania and Iran", arts[x.Article.ID].Title)
	page, err := s.ListArticles(ctx, geokg.ArticleQuery{}, geokg.PageRequest{First: 10})
	require.NoError(t, err)
	require.Len(t, page.Articles, 1)
	assert.Empty(t, page.Articles[0].Text)
	assert.Equal(t, x.Article.ID, page.Articles[0].ID)

	evidence := func(rt geokg.RelationType, o string) geokg.Evidence {
		t.Helper()
		req := geokg.EvidenceRequest{Subject: "country:ALB", Type: rt, Object: o}
		m, err := s.Evidence(ctx, []geokg.EvidenceRequest{req}, 10)
		require.NoError(t, err)
		require.Len(t, m[req], 1)
		return m[req][0]
	}
	ev := evidence(geokg.Accuses, "country:IRN")
	assert.Equal(t, "", ev.Before)
	assert.Equal(t, "Albania cut ties with Tehran.", ev.After)
	assert.Equal(t, "Albania blames Iran.", evidence(geokg.SeversTiesWith, "country:IRN").Before)

	// Written again without text or context: the text stays, the contexts go.
	y := neo4jtest.Fixture(text)
	_, err = s.Write(ctx, []*geokg.Extraction{y})
	require.NoError(t, err)
	texts, err = s.ArticleTexts(ctx, []string{x.Article.ID})
	require.NoError(t, err)
	assert.Equal(t, text, texts[x.Article.ID])
	assert.Empty(t, evidence(geokg.Accuses, "country:IRN").After)
}

// TestStatementsAfterPagesInIDOrder: pages of statements by evidence id, filtered as
// statements are, cover each statement once.
func TestStatementsAfterPagesInIDOrder(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	_, err := s.Write(ctx, []*geokg.Extraction{neo4jtest.Fixture("one"), neo4jtest.Fixture("two")})
	require.NoError(t, err)
	var ids []string
	after := ""
	for {
		sts, err := s.StatementsAfter(ctx, geokg.RelationFilter{}, after, 5)
		require.NoError(t, err)
		for _, st := range sts {
			ids = append(ids, st.Evidence.ID)
			assert.Greater(t, st.Evidence.ID, after, "in id order")
			after = st.Evidence.ID
			assert.Positive(t, st.Edge.Count, "with the edge as it stands")
		}
		if len(sts) < 5 {
			break
		}
	}
	assert.Len(t, ids, 12, "six statements in each of two articles")

	sts, err := s.StatementsAfter(ctx, geokg.RelationFilter{Either: "country:ALB", From: "2022-09-08", Types: []geokg.RelationType{geokg.Accuses, geokg.Hosts}}, "", 100)
	require.NoError(t, err)
	assert.Len(t, sts, 4, "ACCUSES and HOSTS of 2022-09-10, in both articles")
	for _, st := range sts {
		assert.True(t, geokg.RelationFilter{Either: "country:ALB", From: "2022-09-08", Types: []geokg.RelationType{geokg.Accuses, geokg.Hosts}}.MatchStatement(st))
	}
	_, err = s.StatementsAfter(ctx, geokg.RelationFilter{Types: []geokg.RelationType{"LIKES"}}, "", 10)
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}
