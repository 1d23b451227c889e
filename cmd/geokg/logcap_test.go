package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/resolvers"
	"github.com/geokg/geokg/server"
)

// TestLogValuesAreCapped: a request's text never reaches the log whole, whatever carries
// it (a string, an error, a group, the logger's own attributes).
func TestLogValuesAreCapped(t *testing.T) {
	long := strings.Repeat("é", 5000) // 10,000 bytes
	var buf bytes.Buffer
	log := slog.New(cappedHandler{slog.NewTextHandler(&buf, nil)}).With("with", long)
	log.Error("request failed", "err", errors.New("search "+long), "text", long, slog.Group("g", "v", long))
	out := buf.String()
	assert.Less(t, len(out), 6*maxLogValue, "four capped values and a few words")
	assert.Equal(t, 4, strings.Count(out, " bytes in all)"))
	assert.NotContains(t, out, "\ufffd", "cut on a character boundary")

	buf.Reset()
	slog.New(cappedHandler{slog.NewTextHandler(&buf, nil)}).Info("short", "k", "v")
	assert.Contains(t, buf.String(), "k=v")
}

// TestJSONLogsCarryTheRequestID: with --log-format json, what a request logs is one JSON
// object a line with the request's id, the one sent back in X-Request-Id.
func TestJSONLogsCarryTheRequestID(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(cappedHandler{slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})})
	h := server.New(server.Config{Logger: log}, resolvers.New(nil, nil, nil, geokg.Limits{}), nil)

	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/healthz", nil)
	req.Header.Set("X-Request-Id", "dash-42")
	h.ServeHTTP(rec, req)
	assert.Equal(t, "dash-42", rec.Header().Get("X-Request-Id"))
	var line map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &line), buf.String())
	assert.Equal(t, "dash-42", line["request_id"])

	buf.Reset()
	rec = httptest.NewRecorder()
	req = httptest.NewRequest(http.MethodGet, "/healthz", nil)
	req.Header.Set("X-Request-Id", "bad id\nwith a newline")
	h.ServeHTTP(rec, req)
	id := rec.Header().Get("X-Request-Id")
	assert.Regexp(t, "^[0-9a-f]{16}$", id, "an unsafe id is replaced")
	assert.Contains(t, buf.String(), `"request_id":"`+id+`"`)

	code, _, errOut := runCLI(t, "version", "--log-format", "yaml")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "bad --log-format")
}
