package server_test

import (
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/server"
)

// TestRootLookupsCostOneQuery: a root lookup is one query (it has nothing to batch with),
// and an entity's relations with their ends, evidence and articles cost a fixed number of
// queries, loaded when the root field resolves (not one field at a time after a wait).
func TestRootLookupsCostOneQuery(t *testing.T) {
	h, s := newServer(t, server.Config{})
	x := neo4jtest.Fixture("root lookups")
	write(t, s, x)
	c := client.New(h, client.Path("/query"))

	cases := []struct {
		name, query string
		queries     int64
	}{
		{"entity", `{ entity(id: "country:ALB") { id name kind } }`, 1},
		{"country", `{ country(code: "alb") { id name code } }`, 1},
		{"article", `{ article(id: "` + x.Article.ID + `") { id title } }`, 1},
		// the entity, its page, the ends, the evidence with its articles
		{"entity with relations", `{ entity(id: "country:ALB") { id relations(first: 10) { edges { node {
		    type subject { name } object { name } evidence { sentence article { title } } } } } } }`, 4},
		// a page of relations with its ends, evidence and articles: one statement
		{"relations with evidence", `{ relations(filter: {either: "country:ALB"}, first: 10) { edges { node {
		    type subject { name } object { name } evidence(first: 5) { sentence date article { title url } } } } } }`, 1},
		{"relations with evidence, no articles", `{ relations(filter: {either: "country:ALB"}, first: 10) { edges { node {
		    type subject { name } evidence { sentence } } } } }`, 1},
	}
	for _, tc := range cases {
		before := s.QueryCount()
		var resp map[string]any
		post(t, c, tc.query, &resp)
		assert.Equal(t, tc.queries, s.QueryCount()-before, tc.name)
		require.Len(t, resp, 1, tc.name)
		for _, v := range resp {
			assert.NotNil(t, v, tc.name)
		}
	}
	var resp struct {
		Entity struct {
			Relations struct {
				Edges []struct {
					Node struct {
						Type     string
						Subject  struct{ Name string }
						Evidence []struct {
							Sentence string
							Article  struct{ Title string }
						}
					}
				}
			}
		}
	}
	post(t, c, cases[3].query, &resp)
	edges := resp.Entity.Relations.Edges
	require.Len(t, edges, 5, "Albania's relations in the fixture")
	for _, e := range edges {
		require.Len(t, e.Node.Evidence, 1)
		assert.Equal(t, "Albania and Iran", e.Node.Evidence[0].Article.Title)
		assert.NotEmpty(t, e.Node.Subject.Name)
	}
}
