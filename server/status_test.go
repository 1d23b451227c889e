package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/server"
)

// TestDocumentedHTTPStatuses checks the statuses and error codes that docs/api.md gives
// for requests refused before GraphQL runs. Before, a body over the limit was answered
// 200 with INVALID_ARGUMENT and no limit named, and an unsupported transport with an
// error without extensions.code.
func TestDocumentedHTTPStatuses(t *testing.T) {
	h, _ := newServer(t, server.Config{})
	srv := httptest.NewServer(h)
	defer srv.Close()
	big := `{"query": "{ stats { articles } }", "variables": {"pad": "` + strings.Repeat("x", 4<<20) + `"}}`
	tests := []struct {
		name, method, contentType string
		body                      io.Reader
		status                    int
		code, says                string
	}{
		{"body over 4 MiB", http.MethodPost, "application/json", strings.NewReader(big), http.StatusRequestEntityTooLarge, "LIMIT_EXCEEDED", "request body limit"},
		{"body over 4 MiB without a length", http.MethodPost, "application/json", io.MultiReader(strings.NewReader(big)), http.StatusRequestEntityTooLarge, "LIMIT_EXCEEDED", "request body limit"},
		{"PUT", http.MethodPut, "application/json", strings.NewReader(`{"query": "{ stats { articles } }"}`), http.StatusBadRequest, "INVALID_ARGUMENT", "transport not supported"},
		{"POST of text", http.MethodPost, "text/plain", strings.NewReader(`{ stats { articles } }`), http.StatusBadRequest, "INVALID_ARGUMENT", "transport not supported"},
		{"a body under the limit", http.MethodPost, "application/json", strings.NewReader(`{"query": "{ stats { articles } }"}`), http.StatusOK, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, srv.URL+"/query", tc.body)
			require.NoError(t, err)
			req.Header.Set("Content-Type", tc.contentType)
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			assert.Equal(t, tc.status, resp.StatusCode)
			var body struct {
				Errors []struct {
					Message    string
					Extensions struct{ Code string }
				}
			}
			require.NoError(t, json.NewDecoder(resp.Body).Decode(&body))
			if tc.code == "" {
				assert.Empty(t, body.Errors)
				return
			}
			require.Len(t, body.Errors, 1)
			assert.Equal(t, tc.code, body.Errors[0].Extensions.Code)
			assert.True(t, strings.HasPrefix(body.Errors[0].Message, tc.says), body.Errors[0].Message)
		})
	}
}
