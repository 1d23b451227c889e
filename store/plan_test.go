package store_test

import (
	"context"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/store"
)

// TestWritePlansSeekByIndex runs a write, a rewrite and a deletion, then asks Neo4j to
// EXPLAIN every statement they ran, with the same parameters: no plan may scan a label, a
// relationship type or all nodes, since a scan makes a write's cost grow with the graph.
// Plans are cached, so a plan made on an empty graph must be right on a large one too.
func TestWritePlansSeekByIndex(t *testing.T) {
	s := neo4jtest.Open(t)
	ran := writePath(t, s)
	assert.GreaterOrEqual(t, len(ran), 18, "the write path's statements were recorded")
	assertNoScans(t, s, ran, "LabelScan", "AllNodesScan", "TypeScan")
}

// TestWritePlansExpandByType asks Neo4j to EXPLAIN every statement of the write path, as
// TestWritePlansSeekByIndex does, and fails on an expansion that names no relationship
// type. Between two entities, an untyped expansion (MATCH (s)-[r]->(o) WHERE type(r) =
// p.t, or MERGE (s)-[r:$(p.t)]->(o), which Neo4j 5.26 plans as an untyped Expand(Into) and
// a filter) reads every outgoing edge of the subject, of all types: a busy country's
// edges grow with the graph, and so did every write's reads of them (BENCHMARKS.md,
// "Ingesting a corpus as the graph grows (issue 13)").
func TestWritePlansExpandByType(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	ran := writePath(t, s)
	steps, err := s.PlanSteps(ctx, "MATCH (s:Entity {id: $a})-[r]->(o:Entity {id: $b}) WHERE type(r) = $t RETURN r",
		map[string]any{"a": "x", "b": "y", "t": "AIDS"})
	require.NoError(t, err)
	require.NotEmpty(t, untypedExpansions(steps), "the check sees an untyped expansion where there is one: %v", steps)
	expands := 0
	for _, st := range ran {
		steps, err := s.PlanSteps(ctx, st.cypher, st.params)
		require.NoError(t, err, st.cypher)
		for _, step := range steps {
			if strings.Contains(step, "Expand") {
				expands++
			}
		}
		assert.Empty(t, untypedExpansions(steps), "in the plan of\n%s", st.cypher)
	}
	assert.Greater(t, expands, 5, "the check saw the write path's expansions")
}

// untyped matches a relationship pattern with no type: -[r]->, <-[anon_0]-.
var untyped = regexp.MustCompile(`-\[\w*\]-`)

// untypedExpansions returns the plan's expansions whose relationship names no type.
func untypedExpansions(steps []string) []string {
	var out []string
	for _, step := range steps {
		if strings.Contains(step, "Expand") && untyped.MatchString(step) {
			out = append(out, step)
		}
	}
	return out
}

// writePath runs a write, a rewrite (a changed statement, a removed one that needs a
// recount, a removed entity and event) and a deletion, and returns the statements they ran.
func writePath(t *testing.T, s *store.Store) []statement {
	t.Helper()
	ctx := context.Background()
	return recordStatements(s, func() {
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
	})
}

// statement is a Cypher statement a store ran, with its parameters.
type statement struct {
	cypher string
	params map[string]any
}

// recordStatements runs f and returns each distinct statement the store ran meanwhile,
// with the parameters of its first run.
func recordStatements(s *store.Store, f func()) []statement {
	var mu sync.Mutex
	var ran []statement
	seen := map[string]bool{}
	s.RecordStatements(func(cypher string, params map[string]any) {
		mu.Lock()
		defer mu.Unlock()
		if !seen[cypher] {
			seen[cypher] = true
			ran = append(ran, statement{cypher, params})
		}
	})
	defer s.RecordStatements(nil)
	f()
	return ran
}

// assertNoScans asks Neo4j to EXPLAIN each statement with its parameters and fails on a
// plan operator that contains one of the scans; it first checks that a plain label match
// is seen as a scan, so that the check cannot pass by reading nothing.
func assertNoScans(t *testing.T, s *store.Store, ran []statement, scans ...string) {
	t.Helper()
	ctx := context.Background()
	ops, err := s.PlanOperators(ctx, "MATCH (n:Article) RETURN n", nil)
	require.NoError(t, err)
	require.Contains(t, strings.Join(ops, " "), "NodeByLabelScan", "the check sees a scan where there is one")
	for _, st := range ran {
		ops, err := s.PlanOperators(ctx, st.cypher, st.params)
		require.NoError(t, err, st.cypher)
		for _, op := range ops {
			for _, scan := range scans {
				assert.False(t, strings.Contains(op, scan), "%s in the plan of\n%s\n(%s)", op, st.cypher, strings.Join(ops, " < "))
			}
		}
	}
}
