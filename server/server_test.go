package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/ingest"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/resolvers"
	"github.com/geokg/geokg/server"
	"github.com/geokg/geokg/store"
)

// newServer returns the real HTTP handler over a real, empty Neo4j graph.
func newServer(t *testing.T, cfg server.Config) (http.Handler, *store.Store) {
	t.Helper()
	s := neo4jtest.Open(t)
	g, err := gazetteer.Default()
	require.NoError(t, err)
	return wire(cfg, s, &ingest.Pipeline{Extractor: extract.New(g), Graph: s}), s
}

// wire builds the handler over s as cmd/geokg does, with subscriptions polling every 50ms.
func wire(cfg server.Config, s *store.Store, in geokg.Ingester) http.Handler {
	root := resolvers.New(s, s, in, cfg.Limits)
	root.Feed = server.NewPoller(s, 50*time.Millisecond, 0, nil)
	root.Texts, cfg.Export = s, s
	return server.New(cfg, root, s)
}

// contractPathsQuery is the paths request, which must work as written.
const contractPathsQuery = `{ paths(from: "country:ALB", to: "official:esmail-khatib", maxHops: 3, first: 3) {
    hops { type subject { id } object { id } evidence { sentence } } } }`

// pathHop is one hop of a paths answer, as the contract request selects it.
type pathHop struct {
	Type     string
	Subject  struct{ ID string }
	Object   struct{ ID string }
	Evidence []struct{ Sentence string }
}

// contractPaths is the answer to contractPathsQuery.
type contractPaths struct {
	Paths []struct{ Hops []pathHop }
}

func write(t *testing.T, s *store.Store, xs ...*geokg.Extraction) {
	t.Helper()
	_, err := s.Write(context.Background(), xs)
	require.NoError(t, err)
}

func TestContractQueries(t *testing.T) {
	h, s := newServer(t, server.Config{})
	write(t, s, neo4jtest.Fixture("contract"))
	c := client.New(h, client.Path("/query"))

	var search struct {
		Search []struct{ ID, Kind, Name string }
	}
	c.MustPost(`{ search(text: "Albania", first: 5) { id kind name } }`, &search)
	require.NotEmpty(t, search.Search)
	assert.Equal(t, "country:ALB", search.Search[0].ID)
	assert.Equal(t, "Country", search.Search[0].Kind)

	var entity struct {
		Entity struct {
			Name      string
			Relations struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Type     string
						Object   struct{ ID, Name string }
						Evidence []struct {
							Sentence string
							Article  struct{ Title string }
						}
					}
				}
			}
		}
	}
	c.MustPost(`{ entity(id: "country:ALB") { name relations(direction: OUT, types: [SEVERS_TIES_WITH], first: 10) {
	    totalCount edges { node { type object { id name } evidence { sentence article { title } } } } } } }`, &entity)
	assert.Equal(t, "Albania", entity.Entity.Name)
	assert.Equal(t, 1, entity.Entity.Relations.TotalCount)
	require.Len(t, entity.Entity.Relations.Edges, 1)
	node := entity.Entity.Relations.Edges[0].Node
	assert.Equal(t, "SEVERS_TIES_WITH", node.Type)
	assert.Equal(t, "country:IRN", node.Object.ID)
	require.Len(t, node.Evidence, 1)
	assert.Equal(t, "Albania cut ties with Tehran.", node.Evidence[0].Sentence)
	assert.Equal(t, "Albania and Iran", node.Evidence[0].Article.Title)

	var paths contractPaths
	c.MustPost(contractPathsQuery, &paths)
	require.Len(t, paths.Paths, 1)
	require.Len(t, paths.Paths[0].Hops, 2)
	assert.Equal(t, "SUPPORTS", paths.Paths[0].Hops[0].Type)
	assert.Equal(t, "The U.S. backed Albania.", paths.Paths[0].Hops[0].Evidence[0].Sentence)
	assert.Equal(t, "SANCTIONS", paths.Paths[0].Hops[1].Type)
	assert.Equal(t, "The U.S. sanctioned Khatib.", paths.Paths[0].Hops[1].Evidence[0].Sentence)

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
	assert.Equal(t, 3, dyad.Dyad.Total)
	assert.Len(t, dyad.Dyad.ByType, 3)

	var accuses struct {
		Relations struct {
			Edges []struct {
				Node struct {
					Date  string
					Event struct {
						Type, Date string
						Targets    []struct{ ID string }
					}
				}
			}
		}
	}
	c.MustPost(`{ relations(filter: {types: [ACCUSES]}) { edges { node { date event { type date targets { id } } } } } }`, &accuses)
	require.Len(t, accuses.Relations.Edges, 1)
	acc := accuses.Relations.Edges[0].Node
	assert.Equal(t, "2022-09-10", acc.Date)
	assert.Equal(t, "CYBERATTACK", acc.Event.Type, "an ACCUSES about an event names it")
	assert.Equal(t, "2022-07-15", acc.Event.Date)
	assert.Equal(t, []struct{ ID string }{{ID: "country:ALB"}}, acc.Event.Targets)

	var stats struct {
		Stats struct{ Articles, Relations int }
	}
	c.MustPost(`{ stats { articles relations } }`, &stats)
	assert.Equal(t, 1, stats.Stats.Articles)
	assert.Equal(t, 6, stats.Stats.Relations)
}

func TestNestedRequestCostsBoundedQueries(t *testing.T) {
	h, s := newServer(t, server.Config{})
	// n countries each condemn Albania in an article of their own: n edges, n evidence, n articles.
	const n = 30
	var xs []*geokg.Extraction
	for i := range n {
		code := fmt.Sprintf("Q%02d", i)
		text := "article " + code
		xs = append(xs, &geokg.Extraction{
			Article:   geokg.Article{ID: geokg.ArticleID(text), Title: "Title " + code, Published: "2024-01-01"},
			Extractor: geokg.ExtractorVersion,
			Entities: []geokg.Entity{
				{ID: "country:ALB", Kind: geokg.KindCountry, Name: "Albania", Code: "ALB"},
				{ID: "country:" + code, Kind: geokg.KindCountry, Name: "Country " + code, Code: code},
			},
			Relations: []geokg.Relation{{Subject: "country:" + code, Type: geokg.Condemns, Object: "country:ALB",
				Evidence: code + " condemned Albania.", End: 20, Date: "2024-01-01", Confidence: 0.8}},
		})
	}
	write(t, s, xs...)
	c := client.New(h, client.Path("/query"))
	query := `query($first: Int) { relations(filter: {object: "country:ALB"}, first: $first) {
	  totalCount edges { node { type date event { id type } subject { id name ... on Country { code } } object { id aliases }
	  evidence { sentence article { title published } } } } } }`
	cost := func(first int) int64 {
		var resp struct {
			Relations struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Evidence []struct{ Article struct{ Title string } }
					}
				}
			}
		}
		before := s.QueryCount()
		raw, err := c.RawPost(query, client.Var("first", first))
		require.NoError(t, err)
		require.Empty(t, raw.Errors)
		data, _ := json.Marshal(raw.Data)
		require.NoError(t, json.Unmarshal(data, &resp))
		require.Len(t, resp.Relations.Edges, first)
		assert.Equal(t, n, resp.Relations.TotalCount)
		for _, e := range resp.Relations.Edges {
			require.Len(t, e.Node.Evidence, 1)
			require.NotEmpty(t, e.Node.Evidence[0].Article.Title)
		}
		return s.QueryCount() - before
	}
	small, large := cost(2), cost(n)
	t.Logf("nested request: %d queries for 2 edges, %d for %d", small, large, n)
	assert.Equal(t, small, large, "queries must not grow with the page: %d for 2 edges, %d for %d", small, large, n)
	assert.LessOrEqual(t, large, int64(6), "relations, count, entities, evidence, articles")
}

func TestLimitsSayWhichLimit(t *testing.T) {
	h, s := newServer(t, server.Config{Limits: geokg.Limits{MaxQueryDepth: 6, MaxComplexity: 5000}})
	write(t, s, neo4jtest.Fixture("limits"))
	tests := []struct {
		name, query, code, says string
	}{
		{"page size", `{ relations(first: 1000) { totalCount } }`, "LIMIT_EXCEEDED", "page size limit"},
		{"depth", `{ relations { edges { node { subject { relations { edges { node { type } } } } } } } }`, "LIMIT_EXCEEDED", "depth limit"},
		{"complexity", `{ relations(first: 100) { edges { node { evidence(first: 100) { sentence } } } } }`, "LIMIT_EXCEEDED", "complexity limit"},
		{"introspection is exempt from the depth limit but a deep query is not", `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } relations { edges { node { subject { relations { edges { node { type } } } } } } } }`, "LIMIT_EXCEEDED", "depth limit: the query nests 8 levels"},
		{"bad id", `{ entity(id: "nokind") { id } }`, "INVALID_ARGUMENT", "malformed entity id"},
		{"bad date", `{ relations(filter: {from: "July"}) { totalCount } }`, "INVALID_ARGUMENT", "not a date"},
		{"impossible date", `{ relations(filter: {to: "2022-13-45"}) { totalCount } }`, "INVALID_ARGUMENT", `"2022-13-45" is not a date`},
		{"no such day", `{ relations(filter: {from: "2023-02-29"}) { totalCount } }`, "INVALID_ARGUMENT", `"2023-02-29" is not a date`},
		{"search word too long", `{ search(text: "` + strings.Repeat("x", 5000) + `") { id } }`, "INVALID_ARGUMENT", "search text is 5000 characters, over the limit of 200"},
		{"bad cursor", `{ relations(after: "zzz") { totalCount } }`, "INVALID_ARGUMENT", "malformed cursor"},
		{"syntax", `{ relations(`, "INVALID_ARGUMENT", ""},
		{"unknown field", `{ nope }`, "INVALID_ARGUMENT", "nope"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first := gqlErrors(t, h, tc.query)[0]
			assert.Contains(t, first["message"], tc.says)
			ext, _ := first["extensions"].(map[string]any)
			assert.Equal(t, tc.code, ext["code"])
		})
	}
}

func TestMutationsNeedTheAPIKey(t *testing.T) {
	h, s := newServer(t, server.Config{APIKey: "s3cret"})
	write(t, s, neo4jtest.Fixture("keyed"))
	c := client.New(h, client.Path("/query"))
	del := `mutation($id: ID!) { deleteArticle(id: $id) }`
	id := geokg.ArticleID("keyed")

	resp, err := c.RawPost(del, client.Var("id", id))
	require.NoError(t, err)
	require.NotNil(t, resp.Errors)
	assert.Contains(t, string(resp.Errors), "UNAUTHENTICATED")

	var ok struct{ DeleteArticle bool }
	require.NoError(t, c.Post(del, &ok, client.Var("id", id), client.AddHeader("Authorization", "Bearer s3cret")))
	assert.True(t, ok.DeleteArticle)

	resp, err = c.RawPost(del, client.Var("id", id), client.AddHeader("X-API-Key", "s3cret"))
	require.NoError(t, err)
	assert.Contains(t, string(resp.Errors), "NOT_FOUND")

	// Reads stay open.
	var st struct{ Stats struct{ Articles int } }
	c.MustPost(`{ stats { articles } }`, &st)
	assert.Equal(t, 0, st.Stats.Articles)
}

func TestIngestArticleMutation(t *testing.T) {
	h, _ := newServer(t, server.Config{})
	c := client.New(h, client.Path("/query"))
	text := "Albania accused Iran of a cyberattack on Monday. The United States imposed sanctions on Iran."
	var resp struct {
		IngestArticle struct {
			Article       struct{ ID, Published string }
			Entities      []struct{ ID string }
			RelationCount int
		}
	}
	c.MustPost(`mutation($text: String!) { ingestArticle(input: {text: $text, title: "Test", published: "2024-05-06"}) {
	  article { id published } entities { id } relationCount } }`, &resp, client.Var("text", text))
	assert.Equal(t, "2024-05-06", resp.IngestArticle.Article.Published)
	assert.True(t, strings.HasPrefix(resp.IngestArticle.Article.ID, "article:"))
	var ids []string
	for _, e := range resp.IngestArticle.Entities {
		ids = append(ids, e.ID)
	}
	assert.Subset(t, ids, []string{"country:ALB", "country:IRN", "country:USA"})
	assert.Positive(t, resp.IngestArticle.RelationCount)

	bad, err := c.RawPost(`mutation { ingestArticle(input: {text: "   "}) { relationCount } }`)
	require.NoError(t, err)
	assert.Contains(t, string(bad.Errors), "INVALID_ARGUMENT")

	for _, u := range []string{"javascript:alert(1)", "file:///etc/passwd", "//example.com/a", "example.com/a"} {
		bad, err = c.RawPost(`mutation($url: String) { ingestArticle(input: {text: "Canada condemned Russia.", url: $url}) { relationCount } }`, client.Var("url", u))
		require.NoError(t, err)
		assert.Contains(t, string(bad.Errors), "INVALID_ARGUMENT", u)
		assert.Contains(t, string(bad.Errors), "url must be an http or https address", u)
	}
	c.MustPost(`mutation { ingestArticle(input: {text: "Canada condemned Russia.", url: "HTTPS://example.com/a"}) { relationCount } }`, &resp)
}

func TestHTTPRoutes(t *testing.T) {
	h, _ := newServer(t, server.Config{})
	srv := httptest.NewServer(h)
	defer srv.Close()
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 200, "/nope": 404} {
		resp, err := http.Get(srv.URL + path)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, want, resp.StatusCode, path)
	}
	// The playground answers at / (503 with instructions when its assets are not built).
	resp, err := http.Get(srv.URL + "/")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		assert.Contains(t, string(body), "geokg playground")
	} else {
		assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
		assert.Contains(t, string(body), "make web")
	}
	// GraphQL over GET works too, for quick links.
	resp, err = http.Get(srv.URL + "/query?query=%7Bstats%7Barticles%7D%7D")
	require.NoError(t, err)
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.JSONEq(t, `{"data":{"stats":{"articles":0}}}`, string(body))
}

func TestDatabaseDownIsUnavailable(t *testing.T) {
	s, err := store.Open(store.Config{URI: "bolt://127.0.0.1:1"})
	require.NoError(t, err)
	defer s.Close(context.Background())
	h := wire(server.Config{Limits: geokg.Limits{RequestTimeout: 3 * time.Second}}, s, nil)
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(`{"query":"{ stats { articles } }"}`))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(rec, req)
	var resp struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &resp), rec.Body.String())
	require.NotEmpty(t, resp.Errors)
	assert.Equal(t, "UNAVAILABLE", resp.Errors[0].Extensions["code"])
	assert.Equal(t, "graph database unavailable", resp.Errors[0].Message, "no internals shown")
	assert.Equal(t, true, resp.Errors[0].Extensions["retryable"], "a client can tell a transient failure from a bug")

	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
}

// TestPlaygroundIntrospection runs the introspection query GraphiQL sends when it loads:
// it nests deeper than the depth limit and must pass anyway.
func TestPlaygroundIntrospection(t *testing.T) {
	h, _ := newServer(t, server.Config{})
	c := client.New(h, client.Path("/query"))
	resp, err := c.RawPost(introspectionQuery)
	require.NoError(t, err)
	require.Empty(t, resp.Errors, "%s", resp.Errors)
	assert.Contains(t, fmt.Sprint(resp.Data), "relationAdded")
}

// introspectionQuery is the shape of the query GraphiQL 4 sends to learn the schema.
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}`
