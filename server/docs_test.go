package server_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/server"
)

// playgroundExamples returns the queries of the playground's example tabs.
func playgroundExamples(t *testing.T) []string {
	t.Helper()
	src, err := os.ReadFile("../web/src/examples.js")
	require.NoError(t, err)
	var out []string
	for _, m := range regexp.MustCompile("(?s)query: `(.*?)`").FindAllStringSubmatch(string(src), -1) {
		out = append(out, m[1])
	}
	require.NotEmpty(t, out)
	return out
}

// TestExamplesAreDocumentedAndRun: every example tab of the playground is in docs/api.md
// and runs without errors against the real Neo4j.
func TestExamplesAreDocumentedAndRun(t *testing.T) {
	docs, err := os.ReadFile("../docs/api.md")
	require.NoError(t, err)
	h, s := newServer(t, server.Config{PollInterval: 50 * time.Millisecond})
	write(t, s, neo4jtest.Fixture("examples"))
	c := client.New(h, client.Path("/query"))
	srv := httptest.NewServer(h)
	defer srv.Close()

	for _, q := range playgroundExamples(t) {
		title, _, _ := strings.Cut(q, "\n")
		t.Run(title, func(t *testing.T) {
			assert.Contains(t, string(docs), "```graphql\n"+q+"```", "docs/api.md shows the example as the playground has it")
			if !strings.Contains(q, "subscription ") {
				raw, err := c.RawPost(q)
				require.NoError(t, err)
				require.Empty(t, raw.Errors, "errors: %s", raw.Errors)
				assert.NotEmpty(t, raw.Data)
				return
			}
			ws := dialGraphQLWS(t, srv.URL)
			payload, _ := json.Marshal(map[string]string{"query": q})
			ws.send(wsMessage{ID: "1", Type: "subscribe", Payload: payload})
			for attempt := range 10 {
				x := neo4jtest.Fixture("examples, subscribed " + strconv.Itoa(attempt))
				_, err := s.Write(context.Background(), []*geokg.Extraction{x})
				require.NoError(t, err)
				m, err := ws.next(time.Second)
				if err != nil {
					continue
				}
				require.Equal(t, "next", m.Type, "%s", m.Payload)
				var resp struct {
					Data   map[string]any
					Errors json.RawMessage
				}
				require.NoError(t, json.Unmarshal(m.Payload, &resp))
				require.Empty(t, resp.Errors)
				assert.NotEmpty(t, resp.Data)
				return
			}
			t.Fatal("the subscription delivered nothing")
		})
	}
}

// TestDocumentedWeightsAreTheOntologys checks the Goldstein table of docs/api.md against
// geokg.RelationType.Goldstein and CAMEO.
func TestDocumentedWeightsAreTheOntologys(t *testing.T) {
	docs, err := os.ReadFile("../docs/api.md")
	require.NoError(t, err)
	rows := map[string][]string{}
	for _, m := range regexp.MustCompile(`(?m)^\| ([A-Z_]+) \| ([0-9-]+) \| ([^|]+) \|$`).FindAllStringSubmatch(string(docs), -1) {
		rows[m[1]] = m[2:]
	}
	require.Len(t, rows, len(geokg.RelationTypes), "one row per relation type")
	for _, rt := range geokg.RelationTypes {
		row, ok := rows[string(rt)]
		require.True(t, ok, "%s is in the table", rt)
		cameo := rt.CAMEO()
		if cameo == "" {
			cameo = "-"
		}
		assert.Equal(t, cameo, row[0], rt)
		if rt.Structural() {
			assert.Equal(t, "0 (not scored)", row[1], rt)
			continue
		}
		w, err := strconv.ParseFloat(strings.TrimPrefix(strings.TrimSpace(row[1]), "+"), 64)
		require.NoError(t, err, rt)
		assert.Equal(t, rt.Goldstein(), w, rt)
	}
}
