package store_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// TestWritePlansSeekByIndex runs a write, a rewrite and a deletion, then asks Neo4j to
// EXPLAIN every statement they ran, with the same parameters: no plan may scan a label, a
// relationship type or all nodes, since a scan makes a write's cost grow with the graph.
// Plans are cached, so a plan made on an empty graph must be right on a large one too.
func TestWritePlansSeekByIndex(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	type stmt struct {
		cypher string
		params map[string]any
	}
	var mu sync.Mutex
	var ran []stmt
	seen := map[string]bool{}
	s.RecordStatements(func(cypher string, params map[string]any) {
		mu.Lock()
		defer mu.Unlock()
		if !seen[cypher] {
			seen[cypher] = true
			ran = append(ran, stmt{cypher, params})
		}
	})
	a, b := neo4jtest.Fixture("plan check a"), neo4jtest.Fixture("plan check b")
	b.Article.Source = "wire"
	_, err := s.Write(ctx, []*geokg.Extraction{a, b})
	require.NoError(t, err)
	b.Relations = b.Relations[:2]
	b.Entities = b.Entities[:2]
	b.Events = nil
	b.Relations[0].Event = ""
	b.Relations[0].Confidence = 0.95 // a changed statement
	b.Relations[1].Confidence = 0.1  // and a removed extreme: a recount
	_, err = s.Write(ctx, []*geokg.Extraction{b})
	require.NoError(t, err)
	_, err = s.ArticleVersions(ctx, []string{a.Article.ID})
	require.NoError(t, err)
	require.NoError(t, s.DeleteArticle(ctx, b.Article.ID))
	s.RecordStatements(nil)

	for _, st := range ran {
		ops, err := s.PlanOperators(ctx, st.cypher, st.params)
		require.NoError(t, err, st.cypher)
		for _, op := range ops {
			assert.False(t, strings.Contains(op, "LabelScan") || strings.Contains(op, "AllNodesScan") || strings.Contains(op, "TypeScan"),
				"%s in the plan of\n%s\n(%s)", op, st.cypher, strings.Join(ops, " < "))
		}
	}
	assert.GreaterOrEqual(t, len(ran), 18, "the write path's statements were recorded")
	ops, err := s.PlanOperators(ctx, "MATCH (n:Article) RETURN n", nil)
	require.NoError(t, err)
	assert.Contains(t, strings.Join(ops, " "), "NodeByLabelScan", "the check sees a scan where there is one")
}
