package server_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/resolvers"
	"github.com/geokg/geokg/server"
)

// postQuery posts a GraphQL document with extra headers and returns the response.
func postQuery(t *testing.T, h http.Handler, body string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	h.ServeHTTP(rec, req)
	return rec
}

// TestConnectionAckEchoesNoCredentials: the websocket connection_ack does not send the
// client's API key back (before, it echoed the whole connection_init payload).
func TestConnectionAckEchoesNoCredentials(t *testing.T) {
	h, _ := newServer(t, server.Config{APIKey: "s3cret"})
	srv := httptest.NewServer(h)
	defer srv.Close()
	c := dialGraphQLWSWith(t, srv.URL, json.RawMessage(`{"apiKey": "s3cret", "Authorization": "Bearer s3cret"}`))
	assert.NotContains(t, string(c.ack.Payload), "s3cret")
}

// TestBearerSchemeIsCaseInsensitive: "bearer KEY" and "BEARER KEY" are the key (RFC 7235:
// the scheme is case-insensitive).
func TestBearerSchemeIsCaseInsensitive(t *testing.T) {
	h, _ := newServer(t, server.Config{APIKey: "s3cret", ProtectReads: true})
	for _, auth := range []string{"Bearer s3cret", "bearer s3cret", "BEARER s3cret"} {
		rec := postQuery(t, h, `{"query":"{ stats { articles } }"}`, map[string]string{"Authorization": auth})
		assert.NotContains(t, rec.Body.String(), "UNAUTHENTICATED", auth)
		assert.Contains(t, rec.Body.String(), `"articles"`, auth)
	}
	rec := postQuery(t, h, `{"query":"{ stats { articles } }"}`, map[string]string{"Authorization": "Basic s3cret"})
	assert.Contains(t, rec.Body.String(), "UNAUTHENTICATED")
}

// TestSecurityHeaders: the pages, the API and the health checks forbid framing and
// content sniffing.
func TestSecurityHeaders(t *testing.T) {
	h, _ := newServer(t, server.Config{})
	for _, r := range []*http.Request{
		httptest.NewRequest(http.MethodGet, "/", nil),
		httptest.NewRequest(http.MethodGet, "/healthz", nil),
		httptest.NewRequest(http.MethodGet, "/query?query=%7Bstats%7Barticles%7D%7D", nil),
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"), r.URL.Path)
		assert.Contains(t, rec.Header().Get("Content-Security-Policy"), "frame-ancestors 'none'", r.URL.Path)
		assert.Equal(t, "DENY", rec.Header().Get("X-Frame-Options"), r.URL.Path)
	}
	rec := postQuery(t, h, `{"query":"{ stats { articles } }"}`, nil)
	assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"))
	assert.Contains(t, rec.Header().Get("Content-Security-Policy"), "default-src 'none'", "the API's JSON runs nothing")
}

// TestIntrospectionCanBeSwitchedOff: production servers may hide the schema.
func TestIntrospectionCanBeSwitchedOff(t *testing.T) {
	const q = `{"query":"{ __schema { queryType { name } } }"}`
	on, _ := newServer(t, server.Config{})
	assert.Contains(t, postQuery(t, on, q, nil).Body.String(), `"Query"`)
	off, _ := newServer(t, server.Config{NoIntrospection: true})
	body := postQuery(t, off, q, nil).Body.String()
	assert.NotContains(t, body, `"Query"`)
	assert.Contains(t, body, "introspection")
}

// TestSeveralOperationsWithoutAName: a document of several operations and no
// operationName gets a message that says what to do.
func TestSeveralOperationsWithoutAName(t *testing.T) {
	h, _ := newServer(t, server.Config{})
	first := gqlErrors(t, h, "query A { stats { articles } } query B { stats { entities } }")[0]
	assert.Equal(t, "INVALID_ARGUMENT", first["extensions"].(map[string]any)["code"])
	assert.Equal(t, "the document holds several operations: name the one to run in operationName", first["message"])
}

// aliasBomb is a query of n aliased search fields.
func aliasBomb(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " s%d: search(text: \"Iran\") { id }", i)
	}
	b.WriteString(" }")
	q, _ := json.Marshal(map[string]string{"query": b.String()})
	return string(q)
}

// TestRootFieldLimit: a thousand aliased searches are refused before any runs; fragments
// do not hide them.
func TestRootFieldLimit(t *testing.T) {
	h, s := newServer(t, server.Config{})
	before := s.QueryCount()
	body := postQuery(t, h, aliasBomb(1000), nil).Body.String()
	assert.Contains(t, body, "LIMIT_EXCEEDED")
	assert.Contains(t, body, "root field limit: the operation has 1000 top-level fields (aliases count), at most 20")
	assert.Equal(t, before, s.QueryCount(), "nothing ran")

	var spread strings.Builder
	for i := range 21 {
		fmt.Fprintf(&spread, " s%d: stats { articles }", i)
	}
	q, _ := json.Marshal(map[string]string{"query": "{ ...F } fragment F on Query {" + spread.String() + " }"})
	assert.Contains(t, postQuery(t, h, string(q), nil).Body.String(), "root field limit")
	assert.NotContains(t, postQuery(t, h, aliasBomb(20), nil).Body.String(), "errors")
}

// countingExplorer records how many searches run at once.
type countingExplorer struct {
	geokg.Explorer
	now, most atomic.Int64
}

func (c *countingExplorer) Search(ctx context.Context, text string, kinds []geokg.Kind, first int) ([]geokg.SearchHit, error) {
	n := c.now.Add(1)
	defer c.now.Add(-1)
	for m := c.most.Load(); n > m && !c.most.CompareAndSwap(m, n); m = c.most.Load() {
	}
	return c.Explorer.Search(ctx, text, kinds, first)
}

// TestRootFieldsRunWithBoundedParallelism: the top-level fields of one request take at
// most RootParallelism connections at once, however many it has.
func TestRootFieldsRunWithBoundedParallelism(t *testing.T) {
	s := neo4jtest.Open(t)
	cfg := server.Config{Limits: geokg.Limits{RootParallelism: 2}}
	root := resolvers.New(s, s, nil, cfg.Limits)
	counting := &countingExplorer{Explorer: s}
	root.Explorer = counting
	h := server.New(cfg, root, s)
	body := postQuery(t, h, aliasBomb(20), nil).Body.String()
	require.NotContains(t, body, "errors")
	assert.Positive(t, counting.most.Load())
	assert.LessOrEqual(t, counting.most.Load(), int64(2))
}

// TestClientRequestLimit: a client with MaxClientRequests requests in flight gets 429 for
// the next one; another client (another key) does not.
func TestClientRequestLimit(t *testing.T) {
	s := neo4jtest.Open(t)
	cfg := server.Config{APIKey: "k", Limits: geokg.Limits{MaxClientRequests: 2}}
	root := resolvers.New(s, s, nil, cfg.Limits)
	started, release := make(chan struct{}, 2), make(chan struct{})
	root.Explorer = &blockingExplorer{Explorer: s, started: started, release: release}
	h := server.New(cfg, root, s)
	search := `{"query":"{ search(text: \"Iran\") { id } }"}`
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() { defer wg.Done(); postQuery(t, h, search, map[string]string{"X-API-Key": "one"}) }()
	}
	<-started
	<-started
	rec := postQuery(t, h, `{"query":"{ stats { articles } }"}`, map[string]string{"X-API-Key": "one"})
	assert.Equal(t, http.StatusTooManyRequests, rec.Code)
	assert.Contains(t, rec.Body.String(), "client request limit")
	assert.Equal(t, "1", rec.Header().Get("Retry-After"))
	other := postQuery(t, h, `{"query":"{ stats { articles } }"}`, map[string]string{"X-API-Key": "two"})
	assert.Equal(t, http.StatusOK, other.Code, other.Body.String())
	close(release)
	wg.Wait()
	again := postQuery(t, h, `{"query":"{ stats { articles } }"}`, map[string]string{"X-API-Key": "one"})
	assert.Equal(t, http.StatusOK, again.Code, "the slots are given back")
}

// blockingExplorer holds every search until release is closed.
type blockingExplorer struct {
	geokg.Explorer
	started chan struct{}
	release chan struct{}
}

func (b *blockingExplorer) Search(ctx context.Context, text string, kinds []geokg.Kind, first int) ([]geokg.SearchHit, error) {
	b.started <- struct{}{}
	<-b.release
	return b.Explorer.Search(ctx, text, kinds, first)
}

// TestMetrics: /metrics counts operations by name and answer code, with their latency,
// and the Neo4j queries the store reports.
func TestMetrics(t *testing.T) {
	s := neo4jtest.Open(t)
	m := server.NewMetrics()
	m.Pool, m.Ingest = fakePool{}, fakeIngest{}
	cfg := server.Config{Metrics: m}
	h := server.New(cfg, resolvers.New(s, s, nil, cfg.Limits), s)
	postQuery(t, h, `{"query":"query Dash { stats { articles } }"}`, nil)
	postQuery(t, h, `{"query":"query Dash { stats { articles } }"}`, nil)
	postQuery(t, h, `{"query":"{ entity(id: \"nokind\") { id } }"}`, nil)
	m.ObserveQuery(3*time.Millisecond, nil)
	m.ObserveQuery(2*time.Second, errors.New("lost"))
	m.ObserveAcquire(20 * time.Millisecond)

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	require.Equal(t, http.StatusOK, rec.Code)
	body := rec.Body.String()
	for _, line := range []string{
		`geokg_graphql_operations_total{operation="Dash",code="OK"} 2`,
		`geokg_graphql_operations_total{operation="anonymous",code="INVALID_ARGUMENT"} 1`,
		`geokg_graphql_operation_duration_seconds_count{operation="Dash"} 2`,
		`geokg_graphql_operation_duration_seconds_bucket{operation="Dash",le="+Inf"} 2`,
		`geokg_neo4j_query_duration_seconds_bucket{le="0.005"} 1`,
		`geokg_neo4j_query_duration_seconds_count 2`,
		`geokg_neo4j_query_errors_total 1`,
		`geokg_neo4j_acquire_duration_seconds_bucket{le="0.01"} 0`,
		`geokg_neo4j_acquire_duration_seconds_bucket{le="0.025"} 1`,
		`geokg_neo4j_pool_in_use 3`, `geokg_neo4j_pool_idle 47`, `geokg_neo4j_pool_waiting 2`, `geokg_neo4j_pool_size 50`,
		`geokg_ingest_articles_total 10`, `geokg_ingest_skipped_total 1`, `geokg_ingest_failed_total 2`,
		`geokg_ingest_statements_total 30`, `geokg_ingest_batches_total 4`,
	} {
		assert.Contains(t, body, line+"\n")
	}
}

type fakePool struct{}

func (fakePool) PoolUse() (inUse, waiting, size int) { return 3, 2, 50 }

type fakeIngest struct{}

func (fakeIngest) IngestCounts() (ingested, skipped, failed, statements, batches int64) {
	return 10, 1, 2, 30, 4
}

// TestPersistedQueriesOnly: with an allow-list, a client without the key runs the listed
// queries, sent whole or by hash, and nothing else; the key lifts the restriction.
func TestPersistedQueriesOnly(t *testing.T) {
	const listed = "query Dash { stats { articles } }"
	h, _ := newServer(t, server.Config{APIKey: "k", PersistedQueries: map[string]string{"Dash": listed}})
	whole, _ := json.Marshal(map[string]any{"query": listed})
	assert.Contains(t, postQuery(t, h, string(whole), nil).Body.String(), `"articles"`)

	sum := sha256.Sum256([]byte(listed))
	byHash, _ := json.Marshal(map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}})
	assert.Contains(t, postQuery(t, h, string(byHash), nil).Body.String(), `"articles"`)

	other := `{"query":"{ stats { entities } }"}`
	body := postQuery(t, h, other, nil).Body.String()
	assert.Contains(t, body, "INVALID_ARGUMENT")
	assert.Contains(t, body, "persisted queries only")
	assert.Contains(t, postQuery(t, h, other, map[string]string{"X-API-Key": "k"}).Body.String(), `"entities"`)
}

// TestComplexityCountsTheDatabaseWork: at the default limit, requests whose Neo4j work
// multiplies (pages nested in the entities of an article, a count under every edge of a
// large page, a wide neighborhood three hops deep) are refused with LIMIT_EXCEEDED before
// any query runs; each cost less than the limit when only page sizes counted. Ordinary
// requests, and the same neighborhood one hop deep, still run.
func TestComplexityCountsTheDatabaseWork(t *testing.T) {
	h, s := newServer(t, server.Config{})
	x := neo4jtest.Fixture("complexity")
	write(t, s, x)
	article := geokg.ArticleID("complexity")
	neighborhood := func(depth int) string {
		return fmt.Sprintf(`{ neighborhood(id: "country:ALB", depth: %d, limit: 500) {
			nodes { id name entity { ... on Country { aliases } } }
			edges { id type relation { evidence(first: 5) { sentence } } } } }`, depth)
	}
	for name, query := range map[string]string{
		"pages in the entities of an article": `{ article(id: "` + article + `") { entities { ... on Country {
			relations(first: 100) { totalCount edges { node { evidence(first: 20) { sentence } } } } } } } }`,
		"a count under every edge of a large page": `{ relations(first: 100) { edges { node { subject { ... on Country {
			relations(first: 100) { totalCount } } } } } } }`,
		"a wide neighborhood three hops deep": neighborhood(3),
	} {
		t.Run(name, func(t *testing.T) {
			before := s.QueryCount()
			first := gqlErrors(t, h, query)[0]
			assert.Contains(t, first["message"], "complexity limit")
			ext, _ := first["extensions"].(map[string]any)
			assert.Equal(t, "LIMIT_EXCEEDED", ext["code"])
			assert.Equal(t, before, s.QueryCount(), "refused before it ran")
		})
	}
	for name, query := range map[string]string{
		"a page of relations":           `{ relations(first: 20) { totalCount edges { node { type subject { id name } object { id name } evidence(first: 3) { sentence } } } } }`,
		"an article's entities":         `{ article(id: "` + article + `") { entities { id name ... on Country { relations(first: 5) { totalCount } } } } }`,
		"the neighborhood one hop deep": neighborhood(1),
	} {
		t.Run(name, func(t *testing.T) {
			rec := postQuery(t, h, mustJSON(t, map[string]string{"query": query}), nil)
			require.Equal(t, http.StatusOK, rec.Code)
			assert.NotContains(t, rec.Body.String(), `"errors"`)
		})
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}
