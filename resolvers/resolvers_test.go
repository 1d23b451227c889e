package resolvers_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/resolvers"
)

// fakeGraph answers from memory and records the calls the resolvers make, so that these
// tests need no Neo4j (the server package tests the same API against the real one).
type fakeGraph struct {
	mu    sync.Mutex
	calls map[string]int
	last  map[string]any
	edges map[string][]geokg.Edge // by entity id, both directions
}

func newFakeGraph() *fakeGraph {
	g := &fakeGraph{calls: map[string]int{}, last: map[string]any{}, edges: map[string][]geokg.Edge{}}
	// A star: country:C00 is sanctioned by 20 countries, each met by a partner.
	for i := range 20 {
		c, p := fmt.Sprintf("country:S%02d", i), fmt.Sprintf("country:T%02d", i)
		sanction := geokg.Edge{Subject: c, Type: geokg.Sanctions, Object: "country:C00", Count: 1}
		meet := geokg.Edge{Subject: c, Type: geokg.Meets, Object: p, Count: 1}
		g.edges["country:C00"] = append(g.edges["country:C00"], sanction)
		g.edges[c] = append(g.edges[c], sanction, meet)
		g.edges[p] = append(g.edges[p], meet)
	}
	return g
}

func (g *fakeGraph) called(name string, arg any) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.calls[name]++
	g.last[name] = arg
}

func (g *fakeGraph) count(name string) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.calls[name]
}

func (g *fakeGraph) Entities(_ context.Context, ids []string) (map[string]geokg.Entity, error) {
	g.called("Entities", ids)
	out := map[string]geokg.Entity{}
	for _, id := range ids {
		out[id] = geokg.Entity{ID: id, Kind: geokg.KindCountry, Name: "Name of " + id, Code: id[len(id)-3:]}
	}
	return out, nil
}

func (g *fakeGraph) Relations(_ context.Context, f geokg.RelationFilter, p geokg.PageRequest, _ bool) (geokg.EdgePage, error) {
	g.called("Relations", f)
	edges := g.edges[f.Object]
	if len(edges) > p.First {
		return geokg.EdgePage{Edges: edges[:p.First], HasNext: true}, nil
	}
	return geokg.EdgePage{Edges: edges}, nil
}

func (g *fakeGraph) EntityRelations(_ context.Context, ids []string, q geokg.EntityRelationQuery, p geokg.PageRequest) (map[string]geokg.EdgePage, error) {
	g.called("EntityRelations", q)
	out := map[string]geokg.EdgePage{}
	for _, id := range ids {
		edges := g.edges[id]
		out[id] = geokg.EdgePage{Edges: edges[:min(p.First, len(edges))]}
	}
	return out, nil
}

func (g *fakeGraph) CountEntityRelations(_ context.Context, ids []string, q geokg.EntityRelationQuery) (map[string]int, error) {
	g.called("CountEntityRelations", q)
	out := map[string]int{}
	for _, id := range ids {
		out[id] = len(g.edges[id])
	}
	return out, nil
}

func (g *fakeGraph) Evidence(_ context.Context, reqs []geokg.EvidenceRequest, perEdge int) (map[geokg.EvidenceRequest][]geokg.Evidence, error) {
	g.called("Evidence", perEdge)
	out := map[geokg.EvidenceRequest][]geokg.Evidence{}
	for _, q := range reqs {
		key := q.Subject + "|" + string(q.Type) + "|" + q.Object
		out[q] = []geokg.Evidence{{ID: "evidence:" + key, ArticleID: "article:1", Sentence: key + "."}}
	}
	return out, nil
}

// The fake holds no articles and no events.

func (g *fakeGraph) Articles(context.Context, []string) (map[string]geokg.Article, error) {
	return map[string]geokg.Article{}, nil
}

func (g *fakeGraph) Events(context.Context, []string) (map[string]geokg.Event, error) {
	return map[string]geokg.Event{}, nil
}

// Contests: country:C00 denies every sanction on it, twice.
func (g *fakeGraph) Contests(_ context.Context, edges []geokg.Edge, perEdge int) (map[string][]geokg.Statement, error) {
	g.called("Contests", perEdge)
	out := map[string][]geokg.Statement{}
	for _, e := range edges {
		if e.Type != geokg.Sanctions || e.Object != "country:C00" {
			continue
		}
		for i := range 2 {
			denial := geokg.Edge{Subject: e.Object, Type: geokg.Denies, Object: e.Subject, Count: 2}
			out[e.Key()] = append(out[e.Key()], geokg.Statement{Edge: denial, Evidence: geokg.Evidence{ID: fmt.Sprintf("%s-%d", e.Key(), i)}})
		}
	}
	return out, nil
}

func (g *fakeGraph) ListArticles(_ context.Context, q geokg.ArticleQuery, p geokg.PageRequest) (geokg.ArticlePage, error) {
	g.called("ListArticles", []any{q, p})
	return geokg.ArticlePage{}, nil
}

func (g *fakeGraph) ArticleEntities(context.Context, []string) (map[string][]string, error) {
	return map[string][]string{}, nil
}

func (g *fakeGraph) ArticleRelations(_ context.Context, ids []string, _ geokg.PageRequest) (map[string]geokg.EdgePage, error) {
	return map[string]geokg.EdgePage{}, nil
}

func (g *fakeGraph) CountArticleRelations(context.Context, []string) (map[string]int, error) {
	return map[string]int{}, nil
}

func (g *fakeGraph) CountRelations(_ context.Context, f geokg.RelationFilter) (int, error) {
	g.called("CountRelations", f)
	return len(g.edges[f.Object]), nil
}

func (g *fakeGraph) Search(_ context.Context, text string, _ []geokg.Kind, first int) ([]geokg.SearchHit, error) {
	g.called("Search", []any{text, first})
	return nil, nil
}

func (g *fakeGraph) Stats(context.Context) (geokg.Stats, error) {
	g.called("Stats", nil)
	return geokg.Stats{Entities: len(g.edges)}, nil
}

func (g *fakeGraph) Dyad(_ context.Context, q geokg.DyadQuery) (geokg.DyadSummary, error) {
	g.called("Dyad", q)
	return geokg.DyadSummary{A: q.A, B: q.B}, nil
}

func (g *fakeGraph) Neighborhood(_ context.Context, q geokg.NeighborhoodQuery) (geokg.Subgraph, error) {
	g.called("Neighborhood", q)
	return geokg.Subgraph{Nodes: []geokg.SubgraphNode{{Entity: geokg.Entity{ID: q.ID, Kind: geokg.KindCountry, Name: "Start"}}}}, nil
}

func (g *fakeGraph) Paths(_ context.Context, q geokg.PathQuery) ([]geokg.Path, error) {
	g.called("Paths", q)
	return nil, nil
}

func (g *fakeGraph) Timeline(_ context.Context, q geokg.TimelineQuery, p geokg.PageRequest) (geokg.TimelinePage, error) {
	g.called("Timeline", p)
	return geokg.TimelinePage{}, nil
}

func (g *fakeGraph) RelationCounts(_ context.Context, f geokg.RelationFilter, by geokg.GroupBy, first int) ([]geokg.RelationCount, error) {
	g.called("RelationCounts", []any{f, by, first})
	return []geokg.RelationCount{{Key: "SANCTIONS", Type: geokg.Sanctions, Count: 20}}, nil
}

func (g *fakeGraph) TopActors(_ context.Context, q geokg.TopActorsQuery, first int) ([]geokg.ActorCount, error) {
	g.called("TopActors", []any{q, first})
	return nil, nil
}

// fakeFeed hands the subscription a channel the test writes to.
type fakeFeed struct {
	ch     chan geokg.Statement
	filter geokg.RelationFilter
}

func (f *fakeFeed) Subscribe(_ context.Context, filter geokg.RelationFilter) (<-chan geokg.Statement, error) {
	f.filter = filter
	return f.ch, nil
}

func newClient(g *fakeGraph, feed geokg.StatementFeed) *client.Client {
	root := &resolvers.Resolver{Lookup: g, Relations: g, Explorer: g, Analyst: g, Limits: geokg.DefaultLimits}
	root.Feed = feed
	h := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: root, Complexity: root.Complexity()}))
	h.AddTransport(transport.POST{})
	h.AddTransport(transport.Websocket{KeepAlivePingInterval: time.Second})
	h.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(root.WithLoaders(ctx))
	})
	return client.New(h)
}

func code(t *testing.T, err error) string {
	t.Helper()
	require.Error(t, err)
	var list client.RawJsonError
	require.ErrorAs(t, err, &list)
	var errs []struct {
		Message string
		Path    []any
	}
	require.NoError(t, json.Unmarshal(list.RawMessage, &errs))
	require.NotEmpty(t, errs)
	return errs[0].Message
}

func TestDefaultsReachTheGraph(t *testing.T) {
	g := newFakeGraph()
	c := newClient(g, nil)
	var resp map[string]any

	c.MustPost(`{ neighborhood(id: "country:C00") { truncated } }`, &resp)
	assert.Equal(t, geokg.NeighborhoodQuery{ID: "country:C00", Depth: 1, Limit: 100}, g.last["Neighborhood"])

	c.MustPost(`{ paths(from: "country:C00", to: "country:T01", types: [MEETS]) { length } }`, &resp)
	assert.Equal(t, geokg.PathQuery{From: "country:C00", To: "country:T01", MaxHops: 3, Types: []geokg.RelationType{geokg.Meets}, First: 3}, g.last["Paths"])

	c.MustPost(`{ timeline(id: "country:C00") { items { date } } }`, &resp)
	assert.Equal(t, geokg.PageRequest{First: 20}, g.last["Timeline"])

	c.MustPost(`{ relationCounts(filter: {either: "country:C00", minConfidence: 0.5}, groupBy: MONTH) { key count } }`, &resp)
	assert.Equal(t, []any{geokg.RelationFilter{Either: "country:C00", MinConfidence: 0.5}, geokg.ByMonth, 100}, g.last["RelationCounts"])

	c.MustPost(`{ topActors(type: SANCTIONS, direction: IN) { count } }`, &resp)
	assert.Equal(t, []any{geokg.TopActorsQuery{Types: []geokg.RelationType{geokg.Sanctions}, Direction: geokg.In}, 10}, g.last["TopActors"])
}

func TestLimitsAreCheckedBeforeTheGraph(t *testing.T) {
	g := newFakeGraph()
	c := newClient(g, nil)
	var resp map[string]any
	for query, says := range map[string]string{
		`{ neighborhood(id: "country:C00", depth: 4) { truncated } }`:                                       "hop limit: depth must be at most 3",
		`{ neighborhood(id: "country:C00", limit: 501) { truncated } }`:                                     "neighborhood size limit: limit must be at most 500",
		`{ paths(from: "country:C00", to: "country:T01", maxHops: 5) { length } }`:                          "hop limit: maxHops must be at most 4",
		`{ paths(from: "country:C00", to: "country:T01", first: 0) { length } }`:                            "first must be at least 1",
		`{ relationCounts(groupBy: TYPE, first: 1001) { key } }`:                                            "group count limit: first must be at most 1000",
		`{ topActors(first: 101) { count } }`:                                                               "page size limit: first must be at most 100",
		`{ timeline(id: "country:C00", from: "last week") { items { date } } }`:                             `from: "last week" is not a date (want YYYY-MM-DD, YYYY-MM or YYYY)`,
		`{ relations(filter: {object: "country:C00"}) { edges { node { evidence(first: 101) { id } } } } }`: "page size limit: first must be at most 100",
	} {
		assert.Equal(t, says, code(t, c.Post(query, &resp)), query)
	}
	assert.Zero(t, g.count("Neighborhood")+g.count("Paths")+g.count("RelationCounts")+g.count("TopActors")+g.count("Timeline"))
}

func TestNestedEntityRelationsLoadOncePerLevel(t *testing.T) {
	g := newFakeGraph()
	c := newClient(g, nil)
	var resp struct {
		Relations struct {
			Edges []struct {
				Node struct {
					Subject struct {
						Relations struct {
							TotalCount int
							Edges      []struct {
								Node struct {
									Object struct {
										Relations struct{ TotalCount int }
									}
									Evidence []struct{ Sentence string }
								}
							}
						}
					}
				}
			}
		}
	}
	c.MustPost(`{ relations(filter: {object: "country:C00"}, first: 20) { edges { node { subject {
	  relations(first: 5, types: [MEETS]) { totalCount edges { node { object { relations(direction: IN) { totalCount } } evidence { sentence } } } } } } } } }`, &resp)
	require.Len(t, resp.Relations.Edges, 20)
	for _, e := range resp.Relations.Edges {
		rels := e.Node.Subject.Relations
		assert.Equal(t, 2, rels.TotalCount)
		require.Len(t, rels.Edges, 2)
		for _, r := range rels.Edges {
			require.Len(t, r.Node.Evidence, 1)
		}
	}
	assert.Equal(t, 1, g.count("Relations"))
	assert.Equal(t, 2, g.count("EntityRelations"), "one batch per level")
	assert.Equal(t, 2, g.count("CountEntityRelations"), "one batch per level")
	assert.Equal(t, 1, g.count("Evidence"))
}

func TestRelationAddedMapsEachStatement(t *testing.T) {
	g := newFakeGraph()
	feed := &fakeFeed{ch: make(chan geokg.Statement, 1)}
	c := newClient(g, feed)
	sub := c.Websocket(`subscription { relationAdded(filter: {types: [SANCTIONS], either: "country:C00"}) {
	  type count subject { name } evidence { sentence } } }`)
	defer sub.Close()
	feed.ch <- geokg.Statement{
		Edge:     geokg.Edge{Subject: "country:S01", Type: geokg.Sanctions, Object: "country:C00", Count: 3},
		Evidence: geokg.Evidence{ID: "evidence:new", Sentence: "S01 sanctioned C00 again."},
	}
	var resp struct {
		RelationAdded struct {
			Type     string
			Count    int
			Subject  struct{ Name string }
			Evidence []struct{ Sentence string }
		}
	}
	require.NoError(t, sub.Next(&resp))
	assert.Equal(t, "SANCTIONS", resp.RelationAdded.Type)
	assert.Equal(t, 3, resp.RelationAdded.Count)
	assert.Equal(t, "Name of country:S01", resp.RelationAdded.Subject.Name)
	assert.Equal(t, []struct{ Sentence string }{{"S01 sanctioned C00 again."}}, resp.RelationAdded.Evidence, "the new statement, not the relation's stored evidence")
	assert.Zero(t, g.count("Evidence"))
	assert.Equal(t, geokg.RelationFilter{Types: []geokg.RelationType{geokg.Sanctions}, Either: "country:C00"}, feed.filter)
}

// TestEverythingIsDescribed: every type, field, argument and enum value of the schema has
// a description, which the playground shows.
func TestEverythingIsDescribed(t *testing.T) {
	schema := graph.NewExecutableSchema(graph.Config{Resolvers: &resolvers.Resolver{}}).Schema()
	for name, def := range schema.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		assert.NotEmpty(t, def.Description, "type %s", name)
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			assert.NotEmpty(t, f.Description, "field %s.%s", name, f.Name)
			for _, a := range f.Arguments {
				assert.NotEmpty(t, a.Description, "argument %s.%s(%s)", name, f.Name, a.Name)
			}
		}
		for _, v := range def.EnumValues {
			assert.NotEmpty(t, v.Description, "enum value %s.%s", name, v.Name)
		}
	}
}

// TestSchemaDefaultsAreTheLimits: the schema's argument defaults are geokg.DefaultLimits,
// which are declared once (limits.go); docs/api.md's table of limits says the same.
func TestSchemaDefaultsAreTheLimits(t *testing.T) {
	schema := graph.NewExecutableSchema(graph.Config{Resolvers: &resolvers.Resolver{}}).Schema()
	d := geokg.DefaultLimits
	want := map[string]int{
		"Query.relations.first": d.DefaultPage, "Query.timeline.first": d.DefaultPage,
		"Country.relations.first": d.DefaultPage, "Group.relations.first": d.DefaultPage,
		"Official.relations.first": d.DefaultPage, "Article.relations.first": d.DefaultPage,
		"Relation.evidence.first": d.DefaultEvidence,
		"Query.search.first":      d.DefaultSearch, "Query.searchHits.first": d.DefaultSearch, "Query.topActors.first": d.DefaultSearch,
		"Query.neighborhood.depth": d.DefaultDepth, "Query.neighborhood.limit": d.DefaultNeighborhood,
		"Query.paths.maxHops": d.DefaultPathHops, "Query.paths.first": d.DefaultPaths,
		"Query.relationCounts.first": d.DefaultGroups,
		"Query.events.first":         d.DefaultPage, "Query.entities.first": d.DefaultPage, "Query.searchStatements.first": d.DefaultPage,
	}
	for path, n := range want {
		parts := strings.Split(path, ".")
		f := schema.Types[parts[0]].Fields.ForName(parts[1])
		require.NotNil(t, f, path)
		arg := f.Arguments.ForName(parts[2])
		require.NotNil(t, arg, path)
		require.NotNil(t, arg.DefaultValue, path)
		assert.Equal(t, fmt.Sprint(n), arg.DefaultValue.Raw, path)
	}

	docs, err := os.ReadFile("../docs/api.md")
	require.NoError(t, err)
	for _, row := range []string{
		fmt.Sprintf("`timeline`) | %d | %d | `page size limit` |", d.DefaultPage, d.MaxPage),
		fmt.Sprintf("(`Relation.evidence(first)`) | %d | %d |", d.DefaultEvidence, d.MaxPage),
		fmt.Sprintf("`search(first)`, `topActors(first)` | %d | %d |", d.DefaultSearch, d.MaxPage),
		fmt.Sprintf("`relationCounts(first)` groups | %d | %d |", d.DefaultGroups, d.MaxGroups),
		fmt.Sprintf("`neighborhood(depth)` hops | %d | %d |", d.DefaultDepth, d.MaxDepth),
		fmt.Sprintf("`neighborhood(limit)` entities | %d | %d ", d.DefaultNeighborhood, d.MaxNeighborhood),
		fmt.Sprintf("`paths(maxHops)` | %d | %d |", d.DefaultPathHops, d.MaxPathHops),
		fmt.Sprintf("`paths(first)` | %d | %d |", d.DefaultPaths, d.MaxPaths),
		fmt.Sprintf("| %d (`--max-depth`) |", d.MaxQueryDepth),
		fmt.Sprintf("| %d (`--max-complexity`) |", d.MaxComplexity),
		fmt.Sprintf("| %d s (`--request-timeout`)", int(d.RequestTimeout.Seconds())),
		fmt.Sprintf("| %d MiB | `request body limit`", d.MaxBodyBytes>>20),
		fmt.Sprintf("| %d (`--max-root-fields`) | `root field limit` |", d.MaxRootFields),
		fmt.Sprintf("| %d (`--root-parallelism`)", d.RootParallelism),
		fmt.Sprintf("| %d (`--max-client-requests`) | `client request limit`", d.MaxClientRequests),
	} {
		assert.Contains(t, string(docs), row)
	}
}

func TestContestedLoadsOnceForAPage(t *testing.T) {
	g := newFakeGraph()
	c := newClient(g, nil)
	type Contest struct {
		Type        string
		Contested   bool
		ContestedBy []struct {
			Type    string
			Subject struct{ ID string }
		}
	}
	var resp struct {
		Relations struct {
			Edges []struct {
				Node struct {
					Contested   bool
					ContestedBy []struct {
						Type    string
						Subject struct{ ID string }
					}
					Subject struct {
						Relations struct{ Edges []struct{ Node Contest } }
					}
				}
			}
		}
	}
	c.MustPost(`{ relations(filter: {object: "country:C00"}, first: 20) { edges { node { contested contestedBy(first: 1) { type subject { id } }
	  subject { relations(types: [MEETS]) { edges { node { type contested contestedBy { type } } } } } } } } }`, &resp)
	require.Len(t, resp.Relations.Edges, 20)
	for _, e := range resp.Relations.Edges {
		assert.True(t, e.Node.Contested)
		require.Len(t, e.Node.ContestedBy, 1, "first: 1 of two denials")
		assert.Equal(t, "DENIES", e.Node.ContestedBy[0].Type)
		assert.Equal(t, "country:C00", e.Node.ContestedBy[0].Subject.ID)
		require.NotEmpty(t, e.Node.Subject.Relations.Edges)
		for _, m := range e.Node.Subject.Relations.Edges {
			// The fake's sanctions on C00 are contested, its meetings not.
			assert.Equal(t, m.Node.Type == "SANCTIONS", m.Node.Contested, m.Node.Type)
			assert.Equal(t, m.Node.Type == "SANCTIONS", len(m.Node.ContestedBy) == 2, m.Node.Type)
		}
	}
	assert.Positive(t, g.count("Contests"))
	// One batch per level when the loaders' wait window catches every field; a loaded machine
	// can split a level in two or three. Without batching it would be one call per relation
	// (20 at the first level alone).
	assert.Less(t, g.count("Contests"), 8, "batches per level, not one call per relation")
}
