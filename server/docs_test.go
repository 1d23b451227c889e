package server_test

import (
	"context"
	"encoding/json"
	"fmt"
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
	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/ingest"
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

// documentedQueries returns every GraphQL example of README.md and docs/api.md, and where
// it is written. A block of several anonymous operations ({ ... } { ... }) gives each.
func documentedQueries(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, file := range []string{"../README.md", "../docs/api.md"} {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		blocks := regexp.MustCompile("(?s)```graphql\n(.*?)```").FindAllStringSubmatch(string(src), -1)
		require.NotEmpty(t, blocks, file)
		for b, m := range blocks {
			for o, op := range operations(m[1]) {
				if _, dup := out[op]; !dup {
					out[op] = fmt.Sprintf("%s block %d operation %d", strings.TrimPrefix(file, "../"), b+1, o+1)
				}
			}
		}
	}
	return out
}

// operations splits a document into its top-level operations: each runs from the end of
// the previous one to the brace that closes its selection set.
func operations(doc string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range doc {
		switch r {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				out = append(out, strings.TrimSpace(doc[start:i+1])+"\n")
				start = i + 1
			}
		}
	}
	return out
}

// emptyAnswer names what is empty in a query's data: a root field that is null, or any
// list in the answer that is empty ("" when nothing is).
func emptyAnswer(data map[string]any) string {
	if len(data) == 0 {
		return "no data"
	}
	var walk func(path string, v any) string
	walk = func(path string, v any) string {
		switch v := v.(type) {
		case []any:
			if len(v) == 0 {
				return path + " is an empty list"
			}
			for i, x := range v {
				if e := walk(fmt.Sprintf("%s[%d]", path, i), x); e != "" {
					return e
				}
			}
		case map[string]any:
			for k, x := range v {
				if e := walk(path+"."+k, x); e != "" {
					return e
				}
			}
		}
		return ""
	}
	for k, v := range data {
		if v == nil {
			return k + " is null"
		}
		if e := walk(k, v); e != "" {
			return e
		}
	}
	return ""
}

// ingestExamples writes examples/articles/ as `make run` does (geokg ingest).
func ingestExamples(t *testing.T, p *ingest.Pipeline) {
	t.Helper()
	rep, err := p.Paths(context.Background(), []string{"../examples/articles"})
	require.NoError(t, err)
	require.Empty(t, rep.Failures)
	require.Positive(t, rep.Documents)
}

// TestDocumentedExamplesAnswerOnTheExampleData: every example tab of the playground is in
// docs/api.md, and every example query of the playground, README.md and docs/api.md runs
// against what `make run` loads (examples/articles/) without errors and with data: no
// root field null and no list empty. Before, they asked about entities no example article
// mentions and answered [] and null.
func TestDocumentedExamplesAnswerOnTheExampleData(t *testing.T) {
	docs, err := os.ReadFile("../docs/api.md")
	require.NoError(t, err)
	h, s := newServer(t, server.Config{})
	gz, err := gazetteer.Default()
	require.NoError(t, err)
	pipeline := &ingest.Pipeline{Extractor: extract.New(gz), Graph: s}
	ingestExamples(t, pipeline)
	c := client.New(h, client.Path("/query"))
	srv := httptest.NewServer(h)
	defer srv.Close()

	// Each query once, by its text: the playground's tabs are also in docs/api.md.
	queries := documentedQueries(t)
	for _, q := range playgroundExamples(t) {
		assert.Contains(t, string(docs), "```graphql\n"+q+"```", "docs/api.md shows the example as the playground has it")
		assert.Contains(t, queries, q)
	}
	require.Greater(t, len(queries), 10)
	for q, name := range queries {
		t.Run(name, func(t *testing.T) {
			if !strings.Contains(q, "subscription ") {
				raw, err := c.RawPost(q)
				require.NoError(t, err)
				require.Empty(t, raw.Errors, "errors: %s", raw.Errors)
				data, _ := raw.Data.(map[string]any)
				assert.Empty(t, emptyAnswer(data), "%s\nanswer: %v", q, raw.Data)
				return
			}
			// A live tab answers when an article with such statements is written: write
			// the example article on sanctions again as new updates, one after another,
			// until the subscription (registered some time after subscribe) delivers.
			docs, err := document.ReadFile("../examples/articles/14-us-sanctions-khatib.txt")
			require.NoError(t, err)
			d := docs[0]
			ws := dialGraphQLWS(t, srv.URL)
			payload, _ := json.Marshal(map[string]string{"query": q})
			ws.send(wsMessage{ID: "1", Type: "subscribe", Payload: payload})
			stop, stopped := make(chan struct{}), make(chan error, 1)
			go func() {
				for update := 1; ; update++ {
					select {
					case <-stop:
						stopped <- nil
						return
					default:
					}
					in := geokg.ArticleInput{Text: d.Text + "\n\nUpdate " + strconv.Itoa(update) + ".", Title: d.Title, Published: d.Published}
					if _, err := pipeline.IngestArticle(context.Background(), in); err != nil {
						stopped <- err
						return
					}
				}
			}()
			m, err := ws.next(time.Minute)
			close(stop)
			require.NoError(t, <-stopped)
			require.NoError(t, err, "the subscription delivered nothing")
			require.Equal(t, "next", m.Type, "%s", m.Payload)
			var resp struct {
				Data   map[string]any
				Errors json.RawMessage
			}
			require.NoError(t, json.Unmarshal(m.Payload, &resp))
			require.Empty(t, resp.Errors)
			assert.Empty(t, emptyAnswer(resp.Data), "%s", m.Payload)
		})
	}
}

// TestDocumentedWeightsAreTheOntologys checks the Goldstein table of docs/api.md against
// geokg.RelationType.Goldstein, CAMEO, PLOVER and PLOVERMode.
func TestDocumentedWeightsAreTheOntologys(t *testing.T) {
	docs, err := os.ReadFile("../docs/api.md")
	require.NoError(t, err)
	rows := map[string][]string{}
	for _, m := range regexp.MustCompile(`(?m)^\| ([A-Z_]+) \| ([0-9-]+) \| ([^|]+) \| ([^|]+) \|$`).FindAllStringSubmatch(string(docs), -1) {
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
		plover := rt.PLOVER()
		if m := rt.PLOVERMode(); m != "" {
			plover += ":" + m
		}
		if plover == "" {
			plover = "-"
		}
		assert.Equal(t, plover, row[2], rt)
		if rt.Structural() {
			assert.Equal(t, "0 (not scored)", row[1], rt)
			continue
		}
		w, err := strconv.ParseFloat(strings.TrimPrefix(strings.TrimSpace(row[1]), "+"), 64)
		require.NoError(t, err, rt)
		assert.Equal(t, rt.Goldstein(), w, rt)
	}
}
