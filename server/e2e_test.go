package server_test

import (
	"context"
	"os"
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
	"github.com/geokg/geokg/server"
)

// seedArticle is the client's example article, shared by every part of the project.
const seedArticle = "../../shared/seeds/000_9c1774077d8a9da4.txt"

// TestSeedAndDevArticlesEndToEnd reads the seed article and the dev articles through the
// real extractor into the real Neo4j, then asks the contract's questions over HTTP.
func TestSeedAndDevArticlesEndToEnd(t *testing.T) {
	if _, err := os.Stat(seedArticle); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the shared seed article is missing under CI=true: %v", err)
		}
		t.Skipf("the shared seed article is not here (%v)", err)
	}
	h, s := newServer(t, server.Config{})
	ctx := context.Background()
	gz, err := gazetteer.Default()
	require.NoError(t, err)
	p := &ingest.Pipeline{Extractor: extract.New(gz), Graph: s}
	var xs []*geokg.Extraction
	var seed *geokg.Extraction
	require.NoError(t, document.Walk([]string{seedArticle, "../examples/articles"}, func(d document.Document) error {
		x, err := p.Extract(ctx, d)
		if err != nil {
			return err
		}
		if d.Source == seedArticle {
			seed = x
		}
		xs = append(xs, x)
		return nil
	}))
	require.NotNil(t, seed)
	require.Greater(t, len(xs), 10)
	write(t, s, xs...)
	c := client.New(h, client.Path("/query"))

	// The sentence of the seed that states each relation.
	sentence := func(subject string, rt geokg.RelationType, object string) string {
		for _, r := range seed.Relations {
			if r.Subject == subject && r.Type == rt && r.Object == object {
				return r.Evidence
			}
		}
		t.Fatalf("the seed no longer yields %s %s %s", subject, rt, object)
		return ""
	}

	// paths(from: Albania, to: Esmail Khatib): Albania <-SUPPORTS- United States -SANCTIONS->
	// Esmail Khatib, among the other two-hop paths (through Iran) the examples add.
	var paths contractPaths
	c.MustPost(strings.Replace(contractPathsQuery, "first: 3", "first: 20", 1), &paths)
	require.NotEmpty(t, paths.Paths)
	var shortest []pathHop
	require.Len(t, paths.Paths[0].Hops, 2, "the shortest paths have two hops")
	for _, p := range paths.Paths {
		if len(p.Hops) == 2 && p.Hops[0].Subject.ID == "country:USA" && p.Hops[1].Subject.ID == "country:USA" {
			shortest = p.Hops
		}
	}
	require.NotNil(t, shortest, "the path through the United States: %+v", paths.Paths)
	assert.Equal(t, "SUPPORTS", shortest[0].Type)
	assert.Equal(t, "country:USA", shortest[0].Subject.ID)
	assert.Equal(t, "country:ALB", shortest[0].Object.ID)
	assert.Contains(t, shortest[0].Evidence, struct{ Sentence string }{sentence("country:USA", geokg.Supports, "country:ALB")})
	assert.Equal(t, "SANCTIONS", shortest[1].Type)
	assert.Equal(t, "country:USA", shortest[1].Subject.ID)
	assert.Equal(t, "official:esmail-khatib", shortest[1].Object.ID)
	assert.Contains(t, shortest[1].Evidence, struct{ Sentence string }{sentence("country:USA", geokg.Sanctions, "official:esmail-khatib")})

	// Albania's relations include SEVERS_TIES_WITH Iran with the seed's sentence.
	var entity struct {
		Entity struct {
			Relations struct {
				Edges []struct {
					Node struct {
						Type     string
						Object   struct{ ID string }
						Evidence []struct {
							Sentence string
							Article  struct{ Title string }
						}
					}
				}
			}
		}
	}
	post(t, c, `{ entity(id: "country:ALB") { name relations(direction: OUT, types: [SEVERS_TIES_WITH], first: 10) {
	    totalCount edges { node { type object { id name } evidence { sentence article { title } } } } } } }`, &entity)
	var severs []string
	for _, e := range entity.Entity.Relations.Edges {
		if e.Node.Object.ID == "country:IRN" {
			for _, ev := range e.Node.Evidence {
				severs = append(severs, ev.Sentence)
			}
		}
	}
	assert.Contains(t, severs, sentence("country:ALB", geokg.SeversTiesWith, "country:IRN"))

	// dyad(Albania, Iran) counts what was written between them, both directions.
	want := map[string]int{}
	total := 0
	for _, x := range xs {
		for _, r := range x.Relations {
			if (r.Subject == "country:ALB" && r.Object == "country:IRN") || (r.Subject == "country:IRN" && r.Object == "country:ALB") {
				want[string(r.Type)]++
				total++
			}
		}
	}
	require.Positive(t, total)
	var dyad struct {
		Dyad struct {
			Total  int
			ByType []struct {
				Type  string
				Count int
			}
		}
	}
	c.MustPost(`{ dyad(a: "country:ALB", b: "country:IRN") { total byType { type count } } }`, &dyad)
	assert.Equal(t, total, dyad.Dyad.Total)
	got := map[string]int{}
	for _, bt := range dyad.Dyad.ByType {
		got[bt.Type] = bt.Count
	}
	assert.Equal(t, want, got)
}
