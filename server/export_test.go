package server_test

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/export"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/ingest"
	"github.com/geokg/geokg/server"
)

// get answers a GET of path on h.
func get(t *testing.T, h http.Handler, path string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// apiRelations returns the ids and statement counts of the relations the API gives for
// a filter, all pages.
func apiRelations(t *testing.T, c *client.Client, filter string) map[string]int {
	t.Helper()
	out := map[string]int{}
	after := ""
	for {
		var resp struct {
			Relations struct {
				Edges []struct {
					Node struct {
						ID    string
						Count int
					}
				}
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
		post(t, c, `query($after: String) { relations(filter: `+filter+`, first: 100, after: $after) {
		  edges { node { id count } } pageInfo { hasNextPage endCursor } } }`, &resp, client.Var("after", after))
		for _, e := range resp.Relations.Edges {
			out[e.Node.ID] = e.Node.Count
		}
		if !resp.Relations.PageInfo.HasNextPage {
			return out
		}
		after = resp.Relations.PageInfo.EndCursor
	}
}

// TestExportRelationsAndStatements: /export/relations.csv and .ndjson give, for a filter
// in query parameters, the relations that the API's relations(filter:) gives, with the
// documented columns; /export/statements.* gives one row per statement of them, with its
// sentence, its context and its article.
func TestExportRelationsAndStatements(t *testing.T) {
	h, c := exampleServer(t)
	want := apiRelations(t, c, `{either: "country:ALB"}`)
	require.NotEmpty(t, want)
	statements := 0
	for _, n := range want {
		statements += n
	}

	rec := get(t, h, "/export/relations.csv?either=country:ALB")
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Equal(t, "text/csv; charset=utf-8", rec.Header().Get("Content-Type"))
	assert.Contains(t, rec.Header().Get("Content-Disposition"), "geokg-relations.csv")
	rows, err := csv.NewReader(rec.Body).ReadAll()
	require.NoError(t, err)
	require.Equal(t, export.RelationColumns, rows[0])
	got := map[string]int{}
	for _, r := range rows[1:] {
		rec := map[string]string{}
		for i, col := range rows[0] {
			rec[col] = r[i]
		}
		got[rec["subject"]+"|"+rec["type"]+"|"+rec["object"]] = atoi(t, rec["statements"])
		assert.NotEmpty(t, rec["subject_name"])
		assert.NotEmpty(t, rec["object_name"])
	}
	assert.Equal(t, want, got, "the CSV holds the API's relations with their statement counts")

	rec = get(t, h, "/export/relations.ndjson?either=country:ALB")
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "application/x-ndjson", rec.Header().Get("Content-Type"))
	lines := ndjson(t, rec.Body.String())
	assert.Len(t, lines, len(want))
	for _, l := range lines {
		assert.Len(t, l, len(export.RelationColumns), "every column is a key")
		assert.Contains(t, want, l["subject"].(string)+"|"+l["type"].(string)+"|"+l["object"].(string))
		assert.IsType(t, float64(0), l["statements"], "counts are numbers")
	}

	rec = get(t, h, "/export/statements.ndjson?either=country:ALB")
	require.Equal(t, http.StatusOK, rec.Code)
	lines = ndjson(t, rec.Body.String())
	assert.Len(t, lines, statements, "one row per statement of the relations")
	withContext := 0
	for _, l := range lines {
		assert.Len(t, l, len(export.StatementColumns))
		assert.NotEmpty(t, l["sentence"])
		assert.NotEmpty(t, l["article"])
		assert.True(t, l["subject"] == "country:ALB" || l["object"] == "country:ALB")
		if l["before"] != nil || l["after"] != nil {
			withContext++
		}
	}
	assert.Positive(t, withContext, "statements carry the sentences around them")

	rec = get(t, h, "/export/statements.csv?either=country:ALB&types=ACCUSES,SEVERS_TIES_WITH&from=2022-09-01&to=2022-12-31")
	require.Equal(t, http.StatusOK, rec.Code)
	rows, err = csv.NewReader(rec.Body).ReadAll()
	require.NoError(t, err)
	require.Equal(t, export.StatementColumns, rows[0])
	require.Greater(t, len(rows), 1)
	for _, r := range rows[1:] {
		assert.Contains(t, []string{"ACCUSES", "SEVERS_TIES_WITH"}, r[4])
		assert.GreaterOrEqual(t, r[1], "2022-09-01")
		assert.LessOrEqual(t, r[1], "2022-12-31")
	}

	// Nothing matches: a file with its header only.
	rec = get(t, h, "/export/relations.csv?subject=country:ALB&types=AIDS&from=1990-01-01&to=1990-12-31")
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, strings.Join(export.RelationColumns, ",")+"\n", rec.Body.String())
}

// TestExportRefusesBadRequests: malformed filters are INVALID_ARGUMENT with HTTP 400, an
// unknown export 404, and with --protect-reads the API key is required.
func TestExportRefusesBadRequests(t *testing.T) {
	h, s := newServer(t, server.Config{APIKey: "k3y", ProtectReads: true})
	gz, err := gazetteer.Default()
	require.NoError(t, err)
	ingestExamples(t, &ingest.Pipeline{Extractor: extract.New(gz), Graph: s})
	key := []string{"Authorization", "Bearer k3y"}
	for path, want := range map[string]string{
		"/export/relations.csv?types=LIKES":                             "unknown relation type",
		"/export/relations.csv?from=2022-13-01":                         "not a date",
		"/export/statements.ndjson?subject=Albania":                     "not an entity id",
		"/export/statements.ndjson?minConfidence=2":                     "minConfidence",
		"/export/relations.ndjson?colour=red":                           "unknown parameter",
		"/export/relations.ndjson?article=xyz":                          "not an article id",
		"/export/relations.csv?subject=country:ALB&subject=country:IRN": "given 2 times",
	} {
		rec := get(t, h, path, key...)
		assert.Equal(t, http.StatusBadRequest, rec.Code, path)
		assert.Contains(t, rec.Body.String(), want, path)
		assert.Contains(t, rec.Body.String(), `"code":"INVALID_ARGUMENT"`, path)
	}
	rec := get(t, h, "/export/entities.csv", key...)
	assert.Equal(t, http.StatusNotFound, rec.Code)
	rec = get(t, h, "/export/relations.xlsx", key...)
	assert.Equal(t, http.StatusNotFound, rec.Code)

	rec = get(t, h, "/export/relations.csv")
	assert.Equal(t, http.StatusUnauthorized, rec.Code)
	assert.Contains(t, rec.Body.String(), "UNAUTHENTICATED")
	rec = get(t, h, "/export/relations.csv", key...)
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"))
}

func ndjson(t *testing.T, body string) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(body))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), sc.Text())
		out = append(out, m)
	}
	return out
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	var n int
	require.NoError(t, json.Unmarshal([]byte(s), &n), s)
	return n
}

// TestStatementContextAndArticleText: each statement carries the sentences before and
// after its own; an article gives its text, in which every statement's start and end
// byte offsets find its sentence, between its context; ingestArticle says how many
// statements it wrote without a date.
func TestStatementContextAndArticleText(t *testing.T) {
	_, c := exampleServer(t)
	var list struct {
		Articles struct{ Items []struct{ ID string } }
	}
	post(t, c, `{ articles(first: 50) { items { id } } }`, &list)
	require.NotEmpty(t, list.Articles.Items)
	type article struct {
		ID        string
		Text      *string
		Relations struct {
			Edges []struct {
				Node struct {
					Evidence []struct {
						Sentence      string
						Start, End    int
						Before, After *string
					}
				}
			}
		}
	}
	var articles []article
	for _, a := range list.Articles.Items {
		var resp struct{ Article article }
		post(t, c, `query($id: ID!) { article(id: $id) { id text relations(first: 100) { edges { node {
		  evidence(first: 20) { sentence start end before after } } } } } }`, &resp, client.Var("id", a.ID))
		articles = append(articles, resp.Article)
	}
	checked, before, after := 0, 0, 0
	for _, a := range articles {
		require.NotNil(t, a.Text, a.ID)
		text := *a.Text
		for _, e := range a.Relations.Edges {
			for _, ev := range e.Node.Evidence {
				require.LessOrEqual(t, ev.End, len(text), a.ID)
				assert.Equal(t, ev.Sentence, text[ev.Start:ev.End], "the offsets are bytes of Article.text")
				if ev.Before != nil {
					before++
					i := strings.LastIndex(text[:ev.Start], *ev.Before)
					assert.GreaterOrEqual(t, i, 0, "before stands before the sentence")
					assert.Empty(t, strings.TrimSpace(text[i+len(*ev.Before):ev.Start]), "just before it")
				} else {
					assert.Empty(t, strings.TrimSpace(text[:ev.Start]), "only the first sentence has none before")
				}
				if ev.After != nil {
					after++
					i := strings.Index(text[ev.End:], *ev.After)
					assert.GreaterOrEqual(t, i, 0, "after stands after the sentence")
					assert.Empty(t, strings.TrimSpace(text[ev.End:ev.End+i]), "just after it")
				}
				checked++
			}
		}
	}
	assert.Greater(t, checked, 50)
	assert.Positive(t, before)
	assert.Positive(t, after)

	var ing struct {
		IngestArticle struct {
			RelationCount, UndatedCount int
			Article                     struct{ Text string }
		}
	}
	const undated = "Albania accused Iran of a cyberattack. Iran denied it."
	post(t, c, `mutation($text: String!) { ingestArticle(input: {text: $text}) { relationCount undatedCount article { text } } }`,
		&ing, client.Var("text", undated))
	assert.Positive(t, ing.IngestArticle.RelationCount)
	assert.Equal(t, ing.IngestArticle.RelationCount, ing.IngestArticle.UndatedCount, "no date anywhere: every statement is undated")
	assert.Equal(t, undated, ing.IngestArticle.Article.Text)
	post(t, c, `mutation($text: String!) { ingestArticle(input: {text: $text, published: "2024-05-01"}) { relationCount undatedCount } }`,
		&ing, client.Var("text", undated+" "))
	assert.Positive(t, ing.IngestArticle.RelationCount)
	assert.Zero(t, ing.IngestArticle.UndatedCount, "the published date dates them")
}

// TestExportPagesThroughManyStatements: an export larger than a page of the graph (500
// rows) comes whole over HTTP, each statement once.
func TestExportPagesThroughManyStatements(t *testing.T) {
	h, s := newServer(t, server.Config{})
	const n = 1234
	var text strings.Builder
	x := &geokg.Extraction{Extractor: geokg.ExtractorVersion,
		Entities: []geokg.Entity{
			{ID: "country:ALB", Kind: geokg.KindCountry, Name: "Albania", Code: "ALB", Aliases: []string{"Albania"}},
			{ID: "country:IRN", Kind: geokg.KindCountry, Name: "Iran", Code: "IRN", Aliases: []string{"Iran"}},
		}}
	for i := range n {
		start := text.Len()
		fmt.Fprintf(&text, "Albania accused Iran again (%d). ", i)
		x.Relations = append(x.Relations, geokg.Relation{Subject: "country:ALB", Type: geokg.Accuses, Object: "country:IRN",
			Evidence: text.String()[start : text.Len()-1], Start: start, End: text.Len() - 1, Date: "2022-09-10", Confidence: 0.9})
	}
	x.Article = geokg.Article{ID: geokg.ArticleID(text.String()), Title: "Many accusations", Text: text.String()}
	_, err := s.Write(context.Background(), []*geokg.Extraction{x})
	require.NoError(t, err)

	rec := get(t, h, "/export/statements.ndjson?subject=country:ALB")
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	lines := ndjson(t, rec.Body.String())
	require.Len(t, lines, n, "every statement, over three pages")
	seen := map[string]bool{}
	for i, l := range lines {
		id := l["id"].(string)
		assert.False(t, seen[id], "statement %s twice", id)
		seen[id] = true
		if i > 0 {
			assert.Greater(t, id, lines[i-1]["id"].(string), "in id order")
		}
	}
	rec = get(t, h, "/export/relations.csv")
	require.Equal(t, http.StatusOK, rec.Code)
	rows, err := csv.NewReader(rec.Body).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, fmt.Sprint(n), rows[1][6], "one relation of all those statements")
}
