package server_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/ingest"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/server"
)

// scopedRelations is a page of relations whose evidence names its article and date.
type scopedRelations struct {
	Edges []struct {
		Node struct {
			ID       string
			Evidence []struct {
				Sentence string
				Date     string
				Article  struct{ ID string }
			}
			Event *struct{ ID string }
		}
	}
}

// TestEvidenceComesFromWithinTheFilter: the evidence under the relations of an article,
// of relations filtered by article, and of an entity's relations in a date range is the
// evidence of that article or of those dates, not of every article that reports the
// relation (the evidence loader used to drop the filter).
func TestEvidenceComesFromWithinTheFilter(t *testing.T) {
	h, s := newServer(t, server.Config{})
	a, b := neo4jtest.Fixture("scoped evidence a"), neo4jtest.Fixture("scoped evidence b")
	for i := range b.Relations { // article b: other sentences, a month later, no event
		b.Relations[i].Evidence = "Later: " + b.Relations[i].Evidence
		b.Relations[i].Date = "2022-10-20"
		b.Relations[i].Event = ""
	}
	write(t, s, a, b)
	c := client.New(h, client.Path("/query"))
	const sel = `edges { node { id evidence { sentence date article { id } } event { id } } }`

	check := func(t *testing.T, page scopedRelations, article, date string) {
		t.Helper()
		require.Len(t, page.Edges, 6, "every relation of the fixture")
		for _, e := range page.Edges {
			require.Len(t, e.Node.Evidence, 1, "%s: one statement in scope, not both articles'", e.Node.ID)
			ev := e.Node.Evidence[0]
			assert.Equal(t, date, ev.Date, e.Node.ID)
			if article != "" {
				assert.Equal(t, article, ev.Article.ID, e.Node.ID)
			}
		}
	}

	t.Run("Article.relations", func(t *testing.T) {
		var resp struct {
			Article struct{ Relations scopedRelations }
		}
		post(t, c, `{ article(id: "`+b.Article.ID+`") { relations { `+sel+` } } }`, &resp)
		check(t, resp.Article.Relations, b.Article.ID, "2022-10-20")
		for _, e := range resp.Article.Relations.Edges {
			assert.Nil(t, e.Node.Event, "%s: article b names no event", e.Node.ID)
		}
	})
	t.Run("relations(filter: article)", func(t *testing.T) {
		var resp struct{ Relations scopedRelations }
		post(t, c, `{ relations(filter: {article: "`+b.Article.ID+`"}) { `+sel+` } }`, &resp)
		check(t, resp.Relations, b.Article.ID, "2022-10-20")
	})
	t.Run("relations(filter: from, to)", func(t *testing.T) {
		var resp struct{ Relations scopedRelations }
		post(t, c, `{ relations(filter: {from: "2022-10-01", to: "2022-10-31"}) { `+sel+` } }`, &resp)
		check(t, resp.Relations, b.Article.ID, "2022-10-20")
	})
	t.Run("Entity.relations(from, to)", func(t *testing.T) {
		var resp struct {
			Entity struct{ Relations scopedRelations }
		}
		post(t, c, `{ entity(id: "country:ALB") { relations(from: "2022-10-01", to: "2022-10-31", first: 10) { `+sel+` } } }`, &resp)
		require.Len(t, resp.Entity.Relations.Edges, 5, "Albania's relations")
		for _, e := range resp.Entity.Relations.Edges {
			require.Len(t, e.Node.Evidence, 1, e.Node.ID)
			assert.Equal(t, "2022-10-20", e.Node.Evidence[0].Date, e.Node.ID)
		}
	})
	t.Run("nested article relations keep each article's scope", func(t *testing.T) {
		// Evidence -> article -> relations -> evidence: the inner evidence is the inner
		// article's, for both articles in one response.
		var resp struct {
			Relations struct {
				Edges []struct {
					Node struct {
						Evidence []struct {
							Article struct {
								ID        string
								Relations scopedRelations
							}
						}
					}
				}
			}
		}
		post(t, c, `{ relations(filter: {subject: "country:ALB", types: [ACCUSES]}, first: 1) { edges { node { evidence(first: 2) {
		    article { id relations(first: 10) { edges { node { id evidence(first: 2) { sentence date article { id } } } } } } } } } } }`, &resp)
		require.Len(t, resp.Relations.Edges, 1)
		seen := 0
		for _, ev := range resp.Relations.Edges[0].Node.Evidence {
			date := "2022-10-20"
			if ev.Article.ID == a.Article.ID {
				date = "2022-09-10"
			}
			for _, e := range ev.Article.Relations.Edges {
				require.Len(t, e.Node.Evidence, 1, e.Node.ID)
				assert.Equal(t, ev.Article.ID, e.Node.Evidence[0].Article.ID, e.Node.ID)
				if e.Node.ID == "country:ALB|ACCUSES|country:IRN" {
					assert.Equal(t, date, e.Node.Evidence[0].Date)
				}
			}
			seen++
		}
		assert.Equal(t, 2, seen, "both articles")
	})
	t.Run("unfiltered relations keep all evidence", func(t *testing.T) {
		var resp struct{ Relations scopedRelations }
		post(t, c, `{ relations { `+sel+` } }`, &resp)
		require.Len(t, resp.Relations.Edges, 6)
		for _, e := range resp.Relations.Edges {
			assert.Len(t, e.Node.Evidence, 2, e.Node.ID)
		}
	})
}

// TestEvidenceSaysWhyTheExtractorReadIt reads the example articles through the real
// extractor, then asks over HTTP for the rule, trigger and path of every statement: each is
// what the extractor said of the relation, and the frames among them name their lexicon
// line, trigger lemma and dependency path.
func TestEvidenceSaysWhyTheExtractorReadIt(t *testing.T) {
	h, s := newServer(t, server.Config{})
	ctx := context.Background()
	gz, err := gazetteer.Default()
	require.NoError(t, err)
	p := &ingest.Pipeline{Extractor: extract.New(gz), Graph: s}
	type why struct{ Rule, Trigger, Path string }
	want := map[string]map[string]why{} // article id -> statement -> explanation
	key := func(subject, rt, object string, start, end int) string {
		if geokg.RelationType(rt).Symmetric() && object < subject {
			subject, object = object, subject
		}
		return fmt.Sprintf("%s %s %s %d-%d", subject, rt, object, start, end)
	}
	var xs []*geokg.Extraction
	require.NoError(t, document.Walk([]string{"../examples/articles"}, func(d document.Document) error {
		x, err := p.Extract(ctx, d)
		if err != nil {
			return err
		}
		xs = append(xs, x)
		if want[x.Article.ID] == nil {
			want[x.Article.ID] = map[string]why{}
		}
		for _, r := range x.Relations {
			want[x.Article.ID][key(r.Subject, string(r.Type), r.Object, r.Start, r.End)] = why{r.Rule, r.Trigger, r.Path}
		}
		return nil
	}))
	write(t, s, xs...)
	c := client.New(h, client.Path("/query"))

	frames := 0
	for id, statements := range want {
		var resp struct {
			Article struct {
				Relations struct {
					Edges []struct {
						Node struct {
							Type            string
							Subject, Object struct{ ID string }
							Evidence        []struct {
								Start, End          int
								Rule, Trigger, Path *string
							}
						}
					}
				}
			}
		}
		post(t, c, `{ article(id: "`+id+`") { relations(first: 100) { edges { node {
		    type subject { id } object { id } evidence(first: 10) { start end rule trigger path } } } } } }`, &resp)
		got := map[string]why{}
		for _, e := range resp.Article.Relations.Edges {
			n := e.Node
			for _, ev := range n.Evidence {
				got[key(n.Subject.ID, n.Type, n.Object.ID, ev.Start, ev.End)] = why{deref(ev.Rule), deref(ev.Trigger), deref(ev.Path)}
			}
		}
		assert.Equal(t, statements, got, "article %s", id)
		for k, w := range got {
			assert.NotEmpty(t, w.Rule, "%s: every statement says which rule read it", k)
			if strings.HasPrefix(w.Rule, "frame ") {
				frames++
				assert.Regexp(t, `^frame (geokg|cameo):[0-9]+$`, w.Rule, k)
				assert.NotEmpty(t, w.Trigger, "%s: a frame's trigger lemma", k)
				assert.Contains(t, w.Path, "<"+w.Trigger+">", "%s: a frame's path goes through its trigger", k)
			}
		}
	}
	assert.Positive(t, frames, "the example articles have relations read by frames")
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// A page of relations reads only the properties of the statements that its selection
// asks for (store.RelationsWith); another selection of the same statements (an alias, an
// entity's relations beside it) that asks for others gets them all the same, and the
// page's own selection gets what it asked, fragments included.
func TestEvidenceSelectionsGetWhatEachAsks(t *testing.T) {
	h, s := newServer(t, server.Config{})
	x := neo4jtest.Fixture("evidence selections")
	for i := range x.Relations { // every property set, so that one left out shows
		r := &x.Relations[i]
		r.Rule, r.Trigger, r.Path, r.Before, r.After = "pattern verb", "blame", "nsubj<blame>obj", "Before it.", "After it."
	}
	write(t, s, x)
	c := client.New(h, client.Path("/query"))
	const all = `id sentence start end date confidence extractor rule trigger path before after article { id title url published source }`
	type page struct {
		Relations struct {
			Edges []struct {
				Node struct {
					A []map[string]any
					B []map[string]any
				}
			}
		}
		Entity struct {
			Relations struct {
				Edges []struct{ Node struct{ B []map[string]any } }
			}
		}
	}
	var alone, both page
	post(t, c, `{ relations(first: 10) { edges { node { B: evidence(first: 5) { `+all+` } } } } }`, &alone)
	post(t, c, `{ relations(first: 10) { edges { node { A: evidence(first: 5) { sentence date }
	    B: evidence(first: 5) { `+all+` } } } }
	  entity(id: "country:ALB") { relations(first: 10) { edges { node { B: evidence(first: 5) { `+all+` } } } } } }`, &both)
	require.Len(t, both.Relations.Edges, len(alone.Relations.Edges))
	require.NotEmpty(t, alone.Relations.Edges)
	statements := 0
	for i, e := range both.Relations.Edges {
		want := alone.Relations.Edges[i].Node.B
		assert.Equal(t, want, e.Node.B, "edge %d: the alias that asks for everything gets everything", i)
		require.Len(t, e.Node.A, len(want))
		for j, ev := range e.Node.A {
			assert.Equal(t, map[string]any{"sentence": want[j]["sentence"], "date": want[j]["date"]}, ev, "edge %d", i)
			assert.Equal(t, "Before it.", want[j]["before"])
			statements++
		}
	}
	assert.Positive(t, statements)
	for _, e := range both.Entity.Relations.Edges {
		for _, ev := range e.Node.B {
			assert.Equal(t, "nsubj<blame>obj", ev["path"], "an entity's relations beside the page: every property")
			assert.NotEmpty(t, ev["extractor"])
		}
	}
	assert.NotEmpty(t, both.Entity.Relations.Edges)

	// Properties asked through fragments are read too.
	var fragments page
	post(t, c, `query { relations(first: 10) { edges { node { A: evidence(first: 5) { sentence ...Context ... on Evidence { rule } } } } } }
	  fragment Context on Evidence { before after }`, &fragments)
	require.NotEmpty(t, fragments.Relations.Edges)
	for _, e := range fragments.Relations.Edges {
		require.NotEmpty(t, e.Node.A)
		for _, ev := range e.Node.A {
			assert.Equal(t, map[string]any{"sentence": ev["sentence"], "before": "Before it.", "after": "After it.", "rule": "pattern verb"}, ev)
		}
	}

	// The page's own selection, projected, and a page asking for everything give the same
	// values for what both ask.
	var projected page
	post(t, c, `{ relations(first: 10) { edges { node { A: evidence(first: 5) { sentence date } } } } }`, &projected)
	for i, e := range projected.Relations.Edges {
		for j, ev := range e.Node.A {
			assert.Equal(t, alone.Relations.Edges[i].Node.B[j]["sentence"], ev["sentence"])
			assert.Equal(t, alone.Relations.Edges[i].Node.B[j]["date"], ev["date"])
		}
	}
}
