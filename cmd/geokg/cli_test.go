package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/ingest"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// runCLI runs the CLI in-process and returns its exit code, stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

const sampleArticle = `title: Albania cuts ties with Iran
date: 2022-09-07
---
Albania cut diplomatic ties with Iran on Wednesday over a cyberattack in July.

The United States condemned Iran and imposed sanctions on its intelligence ministry.
`

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", sampleArticle)
	empty := writeFile(t, dir, "empty.txt", "  \n\t ")
	binary := writeFile(t, dir, "binary.txt", "\x00\x01\x02ELF")
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1") // nothing listens there
	tests := []struct {
		name string
		args []string
		code int
		says string
	}{
		{"no command", nil, exitUsage, "Usage:"},
		{"help", []string{"help"}, exitOK, "Commands:"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"command help", []string{"extract", "--help"}, exitOK, "Usage: geokg extract"},
		{"bad flag", []string{"extract", "--nope"}, exitUsage, "flag provided but not defined"},
		{"bad format", []string{"extract", "--format", "xml", good}, exitUsage, "--format must be text or json"},
		{"no file", []string{"extract"}, exitUsage, "name at least one FILE"},
		{"missing file", []string{"extract", filepath.Join(dir, "nope.txt")}, exitInvalid, "geokg extract: read article: stat " + filepath.Join(dir, "nope.txt") + ": no such file"},
		{"missing file: parse", []string{"parse", filepath.Join(dir, "nope.txt")}, exitInvalid, "geokg parse: read article: stat "},
		{"empty file", []string{"extract", empty}, exitInvalid, "empty article"},
		{"binary file", []string{"extract", binary}, exitInvalid, "binary"},
		{"extract ok", []string{"extract", good}, exitOK, "SEVERS_TIES_WITH"},
		{"flags after the file", []string{"extract", good, "--format", "json"}, exitOK, `"type": "SEVERS_TIES_WITH"`},
		{"--out into a folder not made yet", []string{"extract", "--out", filepath.Join(dir, "new", "out"), good}, exitOK, ""},
		{"--out onto a file", []string{"extract", "--out", good, good}, exitFailure, "create output folder"},
		{"a file named like a flag after --", []string{"extract", "--", "-x.txt"}, exitInvalid, "-x.txt"},
		{"neo4j down: migrate", []string{"migrate"}, exitUnavailable, "make neo4j-up"},
		{"neo4j down: ingest", []string{"ingest", good}, exitUnavailable, "graph database unavailable"},
		{"ingest without paths", []string{"ingest"}, exitUsage, "name at least one file or folder"},
		{"bad gazetteer", []string{"extract", "--gazetteer", filepath.Join(dir, "none.yaml"), good}, exitInvalid, "gazetteer"},
		{"version", []string{"version"}, exitOK, "extractor"},
		{"extract from standard input", []string{"extract", "-"}, exitOK, "SEVERS_TIES_WITH"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			withStdin(t, sampleArticle)
			code, out, errOut := runCLI(t, tc.args...)
			assert.Equal(t, tc.code, code, "stdout: %s\nstderr: %s", out, errOut)
			assert.Contains(t, out+errOut, tc.says)
		})
	}
}

// withStdin makes text the process's standard input for the rest of the test.
func withStdin(t *testing.T, text string) {
	t.Helper()
	f, err := os.Open(writeFile(t, t.TempDir(), "stdin", text))
	require.NoError(t, err)
	old := os.Stdin
	os.Stdin = f
	t.Cleanup(func() { os.Stdin = old; f.Close() })
}

// TestIngestExitCodes checks the documented exit codes of ingest against the real Neo4j:
// 3 when nothing could be ingested, naming the input and no internals (a missing file
// used to exit 5 with "ingested 0 of 0" and "walk"), 5 when some inputs failed and others
// were written, 0 for standard input as for extract (ingest - used to fail).
func TestIngestExitCodes(t *testing.T) {
	neo4jtest.Open(t)
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", sampleArticle)
	empty := writeFile(t, dir, "empty.txt", "  \n\t ")
	missing := filepath.Join(dir, "nope.txt")
	emptyDir := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		code     int
		says     string
		saysNot  []string
		ingested string
	}{
		{"missing file", []string{"ingest", missing}, exitInvalid, "nope.txt: no such file or directory", []string{"walk", "ingested 0"}, ""},
		{"empty file", []string{"ingest", empty}, exitInvalid, "empty.txt", []string{"walk", "ingested 0"}, ""},
		{"folder without articles", []string{"ingest", emptyDir}, exitInvalid, "no article found", []string{"ingested 0"}, ""},
		{"a good file and a missing one", []string{"ingest", good, missing}, exitPartial, "nope.txt", []string{"walk"}, "ingested 1 of 1 article(s)"},
		{"standard input (the same text as good.txt: --force writes it again)", []string{"ingest", "--force", "-"}, exitOK, "", nil, "ingested 1 of 1 article(s)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			withStdin(t, sampleArticle)
			code, out, errOut := runCLI(t, tc.args...)
			assert.Equal(t, tc.code, code, "stdout: %s\nstderr: %s", out, errOut)
			assert.Contains(t, errOut, tc.says)
			for _, not := range tc.saysNot {
				assert.NotContains(t, out+errOut, not)
			}
			if tc.ingested != "" {
				assert.Contains(t, out, tc.ingested)
			}
		})
	}
}

// TestHealthAsksWhereServeListens: health asks the server at GEOKG_ADDR, as serve listens
// there (it used to ask 127.0.0.1:8080 whatever GEOKG_ADDR said).
func TestHealthAsksWhereServeListens(t *testing.T) {
	var asked atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/readyz" {
			asked.Add(1)
		}
	}))
	defer srv.Close()
	t.Setenv("GEOKG_ADDR", strings.TrimPrefix(srv.URL, "http://"))
	code, out, errOut := runCLI(t, "health")
	assert.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "ready")
	assert.Equal(t, int32(1), asked.Load())

	for addr, want := range map[string]string{
		"127.0.0.1:9090": "http://127.0.0.1:9090/readyz",
		"0.0.0.0:8080":   "http://127.0.0.1:8080/readyz",
		":8080":          "http://127.0.0.1:8080/readyz",
		"[::]:8080":      "http://127.0.0.1:8080/readyz",
		"example.org:80": "http://example.org:80/readyz",
	} {
		assert.Equal(t, want, readyURL(addr), addr)
	}
}

// TestVersionIsStamped: version prints the version stamped at build (make build), else the
// commit, never Go's "(devel)" placeholder.
func TestVersionIsStamped(t *testing.T) {
	code, out, _ := runCLI(t, "version")
	require.Equal(t, exitOK, code)
	assert.NotContains(t, out, "(devel)")
	old := version
	version = "v1.2.3"
	t.Cleanup(func() { version = old })
	_, out, _ = runCLI(t, "version")
	assert.True(t, strings.HasPrefix(out, "geokg v1.2.3 (extractor "), out)
}

// TestMigrateSaysWhatItDid: on a graph whose schema is there, migrate says that it created
// nothing (it used to say "up to date" also after creating the schema; the store's test
// checks what it counts when it creates).
func TestMigrateSaysWhatItDid(t *testing.T) {
	neo4jtest.Open(t) // migrated
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	code, out, errOut := runCLI(t, "migrate")
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, "schema was up to date: nothing created\n", out)
}

// TestExtractJSONShape checks the stable JSON of `geokg extract --format json`.
func TestExtractJSONShape(t *testing.T) {
	file := writeFile(t, t.TempDir(), "a.txt", sampleArticle)
	code, out, errOut := runCLI(t, "extract", "--format", "json", file)
	require.Equal(t, exitOK, code, errOut)
	var got struct {
		Article   map[string]any   `json:"article"`
		Entities  []map[string]any `json:"entities"`
		Events    []map[string]any `json:"events"`
		Relations []map[string]any `json:"relations"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.ElementsMatch(t, []string{"id", "title", "url", "published"}, keys(got.Article))
	assert.Nil(t, got.Article["url"], "an unknown url is null")
	assert.Equal(t, "2022-09-07", got.Article["published"])
	assert.Equal(t, "Albania cuts ties with Iran", got.Article["title"])
	assert.True(t, strings.HasPrefix(got.Article["id"].(string), "article:"))
	ids := map[string]map[string]any{}
	for _, e := range got.Entities {
		ids[e["id"].(string)] = e
	}
	require.Contains(t, ids, "country:ALB")
	assert.Equal(t, "Country", ids["country:ALB"]["kind"])
	assert.Equal(t, "ALB", ids["country:ALB"]["code"])
	assert.Contains(t, ids["country:ALB"]["aliases"], "Albania")
	found := false
	for _, r := range got.Relations {
		for _, k := range []string{"subject", "type", "object", "evidence", "start", "end", "date", "confidence"} {
			assert.Contains(t, r, k)
		}
		if r["subject"] == "country:ALB" && r["type"] == "SEVERS_TIES_WITH" && r["object"] == "country:IRN" {
			found = true
			assert.Equal(t, "Albania cut diplomatic ties with Iran on Wednesday over a cyberattack in July.", r["evidence"])
			assert.Equal(t, "2022-09-07", r["date"], "Wednesday before a Wednesday publication is the same day")
		}
	}
	assert.True(t, found, "ALB SEVERS_TIES_WITH IRN in %s", out)
}

// TestExtractSeedArticle runs the client's example through the CLI.
func TestExtractSeedArticle(t *testing.T) {
	seed := "../../../shared/seeds/000_9c1774077d8a9da4.txt"
	if _, err := os.Stat(seed); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the shared seed article is missing under CI=true: %v", err)
		}
		t.Skipf("the shared seed article is not here (%v)", err)
	}
	code, out, errOut := runCLI(t, "extract", "--format", "json", seed)
	require.Equal(t, exitOK, code, errOut)
	var got struct {
		Entities  []struct{ ID string }
		Relations []struct{ Subject, Type, Object string }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	var ids []string
	for _, e := range got.Entities {
		ids = append(ids, e.ID)
	}
	assert.Subset(t, ids, []string{"country:ALB", "country:IRN", "country:USA"})
	var rels []string
	for _, r := range got.Relations {
		rels = append(rels, r.Subject+" "+r.Type+" "+r.Object)
	}
	assert.Subset(t, rels, []string{"country:ALB ACCUSES country:IRN", "country:ALB SEVERS_TIES_WITH country:IRN"})
}

// TestIngestTwiceChangesNothing ingests against the real Neo4j.
func TestIngestTwiceChangesNothing(t *testing.T) {
	s := neo4jtest.Open(t) // empty graph, and the test lock
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", sampleArticle)
	writeFile(t, dir, "b.jsonl", `{"title":"Sanctions","published":"2023-01-02","text":"Canada imposed sanctions on Russia. Russia condemned Canada."}`+"\n")

	code, out, errOut := runCLI(t, "ingest", dir)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "ingested 2 of 2 article(s)")
	first, err := s.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 2, first.Articles)
	assert.Positive(t, first.Edges)

	code, out, errOut = runCLI(t, "ingest", dir)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "read 2, skipped as unchanged 2, failed 0, written 0", "a rerun extracts nothing")
	again, err := s.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, first, again, "ingesting the same files twice changes nothing")

	code, out, errOut = runCLI(t, "ingest", "--force", dir)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "ingested 2 of 2 article(s)", "--force reads them again")
	again, err = s.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, first, again, "writing the same extraction again changes nothing")

	code, out, _ = runCLI(t, "stats")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, `"articles":2`)

	writeFile(t, dir, "c.json", `{"title": "no text here"}`)
	code, out, errOut = runCLI(t, "ingest", dir)
	assert.Equal(t, exitPartial, code, "one bad file among good ones")
	assert.Contains(t, errOut, "c.json")
	assert.Contains(t, out, "read 2, skipped as unchanged 2, failed 1")
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// TestIngestExamples ingests the sample articles that `make run` serves.
func TestIngestExamples(t *testing.T) {
	s := neo4jtest.Open(t)
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	code, out, errOut := runCLI(t, "ingest", "../../examples/articles")
	require.Equal(t, exitOK, code, errOut)
	st, err := s.Stats(context.Background())
	require.NoError(t, err)
	assert.Greater(t, st.Edges, 50, "the examples say a lot: %+v", st)
	// BENCHMARKS.md gives these counts.
	bench, err := os.ReadFile("../../BENCHMARKS.md")
	require.NoError(t, err)
	m := regexp.MustCompile(`The (\d+) sample articles \((\d+) relation statements of (\d+) relations among (\d+) entities`).FindStringSubmatch(string(bench))
	require.NotNil(t, m, "BENCHMARKS.md counts the sample articles")
	assert.Contains(t, out, fmt.Sprintf("ingested %s of %s article(s), %s relation statement(s)", m[1], m[1], m[2]))
	assert.Equal(t, fmt.Sprint(st.Articles, st.Evidence, st.Edges, st.Entities), strings.Join(m[1:], " "))
}

// TestIngestSeedArticle ingests the client's example and finds its countries and relations
// in the graph.
func TestIngestSeedArticle(t *testing.T) {
	seed := "../../../shared/seeds/000_9c1774077d8a9da4.txt"
	if _, err := os.Stat(seed); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the shared seed article is missing under CI=true: %v", err)
		}
		t.Skipf("the shared seed article is not here (%v)", err)
	}
	s := neo4jtest.Open(t)
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	code, _, errOut := runCLI(t, "ingest", seed)
	require.Equal(t, exitOK, code, errOut)
	ents, err := s.Entities(context.Background(), []string{"country:ALB", "country:IRN", "country:USA"})
	require.NoError(t, err)
	assert.Len(t, ents, 3)
	page, err := s.Relations(context.Background(), geokg.RelationFilter{Subject: "country:ALB", Object: "country:IRN"}, geokg.PageRequest{First: 20}, false)
	require.NoError(t, err)
	var types []geokg.RelationType
	for _, e := range page.Edges {
		types = append(types, e.Type)
	}
	assert.Subset(t, types, []geokg.RelationType{geokg.Accuses, geokg.SeversTiesWith})
}

func TestInterruptedRunSaysSo(t *testing.T) {
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // as if Ctrl-C came at once
	var out, errOut bytes.Buffer
	code := run(ctx, []string{"migrate"}, &out, &errOut)
	assert.Equal(t, exitInterrupted, code)
	assert.Contains(t, errOut.String(), "interrupted")
}

// TestExtractExplain: --explain names, per sentence, the actors, the parse, the frames
// that fired or were blocked, and the rule and trigger behind each relation.
func TestExtractExplain(t *testing.T) {
	code, out, errOut := runCLI(t, "extract", "--explain", filepath.Join("..", "..", "examples", "articles", "13-albania-iran-ties.txt"))
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "actors:")
	assert.Contains(t, out, "parse:")
	assert.Regexp(t, `frame:   Albania SEVERS_TIES_WITH Iran via "severed" \(frame geokg:\d+\) nsubj<sever>obl:with`, out)
	assert.Regexp(t, `blocked: \w+ "\w+" \(frame (geokg|cameo):\d+\) \S*: `, out)
	assert.Contains(t, out, "=> Albania SEVERS_TIES_WITH Iran  [")
	assert.Contains(t, out, "=> Edi Rama LEADS Albania  [title]")

	code, _, errOut = runCLI(t, "extract", "--explain", "--format", "json", filepath.Join("..", "..", "examples", "articles", "13-albania-iran-ties.txt"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "--explain prints text")
}

// badLineJSONL is a JSON Lines file with two good records around a broken line.
const badLineJSONL = `{"title":"Sanctions","text":"Canada imposed sanctions on Russia."}
{"title": broken
{"title":"Ties","text":"Albania cut diplomatic ties with Iran."}
`

// TestExtractBadJSONLLine: the good records are printed, the bad line is named, exit 5.
func TestExtractBadJSONLLine(t *testing.T) {
	path := writeFile(t, t.TempDir(), "x.jsonl", badLineJSONL)
	code, out, errOut := runCLI(t, "extract", "--format", "json", path)
	assert.Equal(t, exitPartial, code, errOut)
	assert.Contains(t, errOut, "x.jsonl:2: invalid JSON")
	assert.Contains(t, out, "country:CAN")
	assert.Contains(t, out, "country:IRN")
}

// TestIngestBadJSONLLine: one broken line keeps the file's good records.
func TestIngestBadJSONLLine(t *testing.T) {
	s := neo4jtest.Open(t)
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	path := writeFile(t, t.TempDir(), "x.jsonl", badLineJSONL)
	code, out, errOut := runCLI(t, "ingest", path)
	assert.Equal(t, exitPartial, code, errOut)
	assert.Contains(t, errOut, "x.jsonl:2: invalid JSON")
	assert.Contains(t, out, "ingested 2 of 2 article(s)")
	st, err := s.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 2, st.Articles)
}

// TestInvisibleCharactersDoNotHideNames: a zero-width joiner inside "Iran" or bidirectional
// controls around a name neither lose the relation nor stay in the evidence.
func TestInvisibleCharactersDoNotHideNames(t *testing.T) {
	text := "Albania accused Ir\u200dan of a cyberattack on its government.\n\n" +
		"The \u202eUnited States\u202c condemned \u2067Russia\u2069 on Friday.\n"
	path := writeFile(t, t.TempDir(), "zw.txt", text)
	code, out, errOut := runCLI(t, "extract", "--format", "json", path)
	require.Equal(t, exitOK, code, errOut)
	var got struct {
		Relations []struct{ Subject, Type, Object, Evidence string }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	var rels []string
	for _, r := range got.Relations {
		rels = append(rels, r.Subject+" "+r.Type+" "+r.Object)
		assert.NotRegexp(t, "[\u200b-\u200f\u202a-\u202e\u2066-\u2069]", r.Evidence)
	}
	assert.Contains(t, rels, "country:ALB ACCUSES country:IRN")
	assert.Contains(t, rels, "country:USA CONDEMNS country:RUS")
}

// TestIngestStoppedSaysARerunResumes: Neo4j gone mid-ingest is exit 4 (not 1), says so and
// that a rerun resumes; an interruption counts what was committed.
func TestIngestStoppedSaysARerunResumes(t *testing.T) {
	var errOut bytes.Buffer
	o := &options{stderr: &errOut}
	gone := fmt.Errorf("write batch of 50: %w", geokg.WrapError(geokg.CodeUnavailable, errors.New("EOF"), "graph database unavailable"))
	code := report(&errOut, "ingest", ingestStopped(context.Background(), o, ingest.Report{Written: 40, Relations: 300}, gone))
	assert.Equal(t, exitUnavailable, code)
	assert.Contains(t, errOut.String(), "the graph database went away after 40 article(s) were committed; run the same command again to resume")

	errOut.Reset()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := ingestStopped(ctx, o, ingest.Report{Written: 40, Relations: 300}, fmt.Errorf("interrupted: %w", context.Canceled))
	require.ErrorIs(t, err, context.Canceled)
	assert.Contains(t, errOut.String(), "interrupted: 40 article(s), 300 relation statement(s) committed; run the same command again to resume")
}
