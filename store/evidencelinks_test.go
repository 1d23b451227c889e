package store_test

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/store"
)

// fromEnds is the traversal of docs/design.md with parameters: from an edge's two ends to
// the statements linked to both (SUBJECT, OBJECT) with the edge's type, and their articles.
const fromEnds = `MATCH (s:Entity {id: $s})-[r]->(o:Entity {id: $o}) WHERE type(r) = $t
MATCH (s)<-[:SUBJECT]-(x:Evidence)-[:OBJECT]->(o)
WHERE x.type = type(r)
MATCH (x)-[:FROM]->(a:Article)
RETURN x.id AS x, a.id AS a`

// linkedFromEnds is fromEnds without the edge: the statements linked to the two ends with
// the type, whether or not the edge is there (a stale link would show here).
const linkedFromEnds = `MATCH (s:Entity {id: $s})<-[:SUBJECT]-(x:Evidence)-[:OBJECT]->(o:Entity {id: $o})
WHERE x.type = $t
RETURN x.id AS x`

// reached returns, sorted, the statements and the articles that a Cypher query reaches
// from an edge's ends (the rows' x and a columns).
func reached(t *testing.T, s *store.Store, cypher string, tr triple) (xs, as []string) {
	t.Helper()
	rows, err := s.Rows(context.Background(), cypher, map[string]any{"s": tr.s, "t": string(tr.t), "o": tr.o})
	require.NoError(t, err)
	seenA := map[string]bool{}
	for _, r := range rows {
		xs = append(xs, fmt.Sprint(r["x"]))
		if a, ok := r["a"]; ok && !seenA[fmt.Sprint(a)] {
			seenA[fmt.Sprint(a)] = true
			as = append(as, fmt.Sprint(a))
		}
	}
	sort.Strings(xs)
	sort.Strings(as)
	return xs, as
}

type triple struct {
	s, o string
	t    geokg.RelationType
}

// byIndex returns, sorted, an edge's statements and their articles as the API reads them
// (the evidence_triple index).
func byIndex(t *testing.T, s *store.Store, tr triple) (xs, as []string) {
	t.Helper()
	q := geokg.EvidenceRequest{Subject: tr.s, Type: tr.t, Object: tr.o}
	ev, _, err := s.EvidenceWithArticles(context.Background(), []geokg.EvidenceRequest{q}, 1000)
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, x := range ev[q] {
		xs = append(xs, x.ID)
		if !seen[x.ArticleID] {
			seen[x.ArticleID] = true
			as = append(as, x.ArticleID)
		}
	}
	sort.Strings(xs)
	sort.Strings(as)
	return xs, as
}

// requireReachable checks every edge of the graph, and every edge of known (which may be
// gone): the traversal from its ends reaches exactly the statements and articles the index
// gives, and no statement is linked to the ends of an edge that is gone.
func requireReachable(t *testing.T, s *store.Store, known map[triple]bool, when string) {
	t.Helper()
	ctx := context.Background()
	page, err := s.Relations(ctx, geokg.RelationFilter{}, geokg.PageRequest{First: 100}, false)
	require.NoError(t, err)
	require.False(t, page.HasNext)
	present := map[triple]bool{}
	for _, e := range page.Edges {
		tr := triple{s: e.Subject, t: e.Type, o: e.Object}
		present[tr], known[tr] = true, true
	}
	for tr := range known {
		wantX, wantA := byIndex(t, s, tr)
		gotX, gotA := reached(t, s, fromEnds, tr)
		assert.Equal(t, wantX, gotX, "%s: statements reached from the ends of %v", when, tr)
		assert.Equal(t, wantA, gotA, "%s: articles reached from the ends of %v", when, tr)
		linked, _ := reached(t, s, linkedFromEnds, tr)
		assert.Equal(t, wantX, linked, "%s: statements linked to the ends of %v", when, tr)
		if present[tr] {
			assert.NotEmpty(t, gotX, "%s: an edge has statements", when)
		} else {
			assert.Empty(t, wantX, "%s: an edge that is gone has no statements", when)
		}
	}
	requireNoDrift(t, s, when)
}

// TestEvidenceIsReachableFromTheEdgesEnds: after every kind of write (an ingest, the same
// articles written again as `ingest --force` does, a rewrite by a newer extractor as
// `reextract` does, a deletion), Cypher reaches from an edge's two ends exactly that edge's
// statements (SUBJECT, OBJECT) and their articles (FROM), as the property index gives them.
func TestEvidenceIsReachableFromTheEdgesEnds(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	known := map[triple]bool{}

	a, b := neo4jtest.Fixture("links a"), neo4jtest.Fixture("links b")
	b.Article.Source = "wire"
	old := neo4jtest.Fixture("links c") // as an older extractor read it: fewer statements
	old.Extractor = "rules-0.1"
	old.Relations = old.Relations[:2]
	_, err := s.Write(ctx, []*geokg.Extraction{a, b, old})
	require.NoError(t, err)
	requireReachable(t, s, known, "after an ingest")

	_, err = s.Write(ctx, []*geokg.Extraction{a, b, old})
	require.NoError(t, err)
	requireReachable(t, s, known, "after the same articles written again (--force)")

	cur := neo4jtest.Fixture("links c")
	cur.Relations = append(cur.Relations[2:], geokg.Relation{Subject: "country:IRN", Type: geokg.Threatens,
		Object: "group:peoples-mujahedeen-of-iran", Evidence: "Iran threatened the MEK.", Start: 145, End: 169, Date: "2022-09-11", Confidence: 0.7})
	_, err = s.Write(ctx, []*geokg.Extraction{cur})
	require.NoError(t, err)
	xs, _ := byIndex(t, s, triple{s: "country:IRN", t: geokg.Threatens, o: "group:peoples-mujahedeen-of-iran"})
	require.Len(t, xs, 1, "the rewrite's new statement is there")
	requireReachable(t, s, known, "after a rewrite by a newer extractor (reextract)")

	b.Relations = b.Relations[4:]
	b.Entities = b.Entities[:3]
	b.Events, b.Relations[0].Event = nil, ""
	_, err = s.Write(ctx, []*geokg.Extraction{b})
	require.NoError(t, err)
	require.NoError(t, s.DeleteArticle(ctx, a.Article.ID))
	require.NoError(t, s.DeleteArticle(ctx, cur.Article.ID))
	requireReachable(t, s, known, "after statements were retracted and articles deleted")
	gone := 0
	for tr := range known {
		if xs, _ := byIndex(t, s, tr); len(xs) == 0 {
			gone++
		}
	}
	assert.Positive(t, gone, "some edges went, and nothing is linked to their ends")
}

// TestMigrationLinksEvidence: a graph written without the SUBJECT and OBJECT links (as
// stores before them wrote it) gets them from Migrate, across several of its transactions,
// and then reads from the edges' ends as a graph written with them does; a second Migrate
// changes nothing.
func TestMigrationLinksEvidence(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	known := map[triple]bool{}
	var xs []*geokg.Extraction
	for i := range 4 {
		xs = append(xs, neo4jtest.Fixture(fmt.Sprint("migration ", i)))
	}
	_, err := s.Write(ctx, xs)
	require.NoError(t, err)
	requireReachable(t, s, known, "as written")
	removed, err := s.UnlinkEvidence(ctx)
	require.NoError(t, err)
	require.Equal(t, 2*4*6, removed, "two links for each of 24 statements")
	for tr := range known {
		got, _ := reached(t, s, fromEnds, tr)
		require.Empty(t, got, "without the links, nothing is reached from the ends")
	}

	defer store.SetLinkBatch(5)() // 24 statements: 5 transactions
	var created int
	ran := recordStatements(s, func() {
		created, err = s.Migrate(ctx)
	})
	require.NoError(t, err)
	assert.Zero(t, created, "no index was missing")
	assert.GreaterOrEqual(t, len(ran), 2, "the migration's statements were recorded")
	assertNoScans(t, s, ran, "LabelScan", "AllNodesScan", "TypeScan")
	requireReachable(t, s, known, "after the migration")

	// A graph linked in part (an older build wrote some articles since).
	_, err = s.UnlinkEvidence(ctx)
	require.NoError(t, err)
	_, err = s.Write(ctx, xs[:1])
	require.NoError(t, err)
	_, err = s.Migrate(ctx)
	require.NoError(t, err)
	requireReachable(t, s, known, "after the migration of a graph linked in part")
	_, err = s.Migrate(ctx)
	require.NoError(t, err)
	requireReachable(t, s, known, "after a second migration")
}

// TestDocumentedCypherRuns runs every Cypher example of docs/design.md on the fixture's
// graph: each must answer rows; the traversal from an edge's ends must reach exactly the
// statements and articles of the edge it names.
func TestDocumentedCypherRuns(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	x, y := neo4jtest.Fixture("documented cypher"), neo4jtest.Fixture("documented cypher again")
	_, err := s.Write(ctx, []*geokg.Extraction{x, y})
	require.NoError(t, err)
	doc, err := os.ReadFile("../docs/design.md")
	require.NoError(t, err)
	blocks := regexp.MustCompile("(?s)```cypher\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	require.NotEmpty(t, blocks, "docs/design.md has Cypher examples")
	for _, b := range blocks {
		rows, err := s.Rows(ctx, b[1], nil)
		require.NoError(t, err, b[1])
		assert.NotEmpty(t, rows, "the example answers on the fixture's graph:\n%s", b[1])
		if _, ok := rows[0]["x"]; !ok {
			continue
		}
		var gotX, gotA []string
		for _, r := range rows {
			gotX, gotA = append(gotX, fmt.Sprint(r["x"])), append(gotA, fmt.Sprint(r["a"]))
			assert.Equal(t, "country:ALB", r["s"])
			assert.Equal(t, "ACCUSES", r["r"])
			assert.Equal(t, "country:IRN", r["o"])
		}
		sort.Strings(gotX)
		sort.Strings(gotA)
		wantX, wantA := byIndex(t, s, triple{s: "country:ALB", t: geokg.Accuses, o: "country:IRN"})
		assert.Equal(t, wantX, gotX, "the example reaches the edge's statements")
		assert.Equal(t, wantA, gotA, "and their articles")
	}
}
