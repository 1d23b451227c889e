package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
	rec := postQuery(t, h, `{"query":"query A { stats { articles } } query B { stats { entities } }"}`, nil)
	var resp struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &resp), rec.Body.String())
	require.NotEmpty(t, resp.Errors)
	assert.Equal(t, "INVALID_ARGUMENT", resp.Errors[0].Extensions["code"])
	assert.Contains(t, resp.Errors[0].Message, "operationName")
	t.Log(resp.Errors[0].Message)
}
