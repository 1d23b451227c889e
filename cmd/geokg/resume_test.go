package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/ingest"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/store"
)

// graphDump lists every edge with its derived properties, and the counts of the graph.
func graphDump(t *testing.T, s *store.Store) []string {
	t.Helper()
	ctx := context.Background()
	st, err := s.Stats(ctx)
	require.NoError(t, err)
	out := []string{fmt.Sprintf("%+v", st)}
	page := geokg.PageRequest{First: 100}
	for {
		p, err := s.Relations(ctx, geokg.RelationFilter{}, page, false)
		require.NoError(t, err)
		for _, e := range p.Edges {
			out = append(out, fmt.Sprint(e.Subject, e.Type, e.Object, e.Count, e.Articles, e.Sources, e.FirstSeen, e.LastSeen, e.Confidence))
		}
		if !p.HasNext {
			break
		}
		page.After = p.EndCursor
	}
	sort.Strings(out)
	return out
}

// TestInterruptedIngestResumes: a run stopped after its first batch and run again ends
// with the graph of a run that was not stopped, and the rerun extracts only the articles
// the first run did not commit.
func TestInterruptedIngestResumes(t *testing.T) {
	s := neo4jtest.Open(t)
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	const examples = "../../examples/articles"

	code, _, errOut := runCLI(t, "ingest", examples)
	require.Equal(t, exitOK, code, errOut)
	want := graphDump(t, s)
	require.NoError(t, s.Reset(context.Background()))

	x, err := newExtractor(&options{})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := &ingest.Pipeline{Extractor: x, Graph: s, Known: s, BatchSize: 4, Workers: 1,
		Progress: func(pr ingest.Progress) {
			if pr.Written > 0 {
				cancel() // stop after the first batch
			}
		}}
	rep, err := p.Paths(ctx, []string{examples})
	require.ErrorIs(t, err, context.Canceled)
	require.Equal(t, 4, rep.Written, "the first batch was committed")

	code, out, errOut := runCLI(t, "ingest", examples)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "skipped as unchanged 4,", "the rerun skips what was committed")
	assert.Equal(t, want, graphDump(t, s), "the resumed run ends with the graph of an uninterrupted one")
}

// TestReextractRewritesWhatAnOlderExtractorRead: an article in the graph as an older
// extractor read it (fewer relations, another version) is rewritten by reextract, which
// leaves current articles and articles not in the graph alone; the graph ends as a fresh
// ingest leaves it.
func TestReextractRewritesWhatAnOlderExtractorRead(t *testing.T) {
	s := neo4jtest.Open(t)
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", sampleArticle)
	b := writeFile(t, dir, "b.jsonl", `{"title":"Sanctions","published":"2023-01-02","text":"Canada imposed sanctions on Russia. Russia condemned Canada."}`+"\n")
	code, _, errOut := runCLI(t, "ingest", a, b)
	require.Equal(t, exitOK, code, errOut)
	want := graphDump(t, s)
	require.NoError(t, s.Reset(context.Background()))

	x, err := newExtractor(&options{})
	require.NoError(t, err)
	docs, err := document.ReadFile(a)
	require.NoError(t, err)
	p := &ingest.Pipeline{Extractor: x}
	old, err := p.Extract(context.Background(), docs[0])
	require.NoError(t, err)
	require.Greater(t, len(old.Relations), 1)
	old.Extractor = "rules-0.1"
	old.Relations = old.Relations[:1]
	_, err = s.Write(context.Background(), []*geokg.Extraction{old})
	require.NoError(t, err)
	require.NotEqual(t, want, graphDump(t, s))

	extra := writeFile(t, dir, "c.txt", "Albania accused Iran of a cyberattack on its government.")
	code, out, errOut := runCLI(t, "reextract", dir)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "rewrote 1 article(s) read by an older extractor")
	assert.Contains(t, out, "2 of 3 were current or not in the graph", "b and c are not in the graph: left alone")
	_ = extra
	code, _, errOut = runCLI(t, "ingest", b)
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, want, graphDump(t, s), "the rewritten article reads as a fresh ingest")
}

// TestIngestCorpusInputs: a gzipped JSON Lines file with field names of its own, the
// outlet counted as the edge's source, and a JSON Lines stream on standard input.
func TestIngestCorpusInputs(t *testing.T) {
	s := neo4jtest.Open(t)
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	dir := t.TempDir()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	_, err := z.Write([]byte(`{"headline":"Sanctions","body":"Canada imposed sanctions on Russia.","outlet":"Wire One"}
{"headline":"Sanctions again","body":"Canada imposed new sanctions on Russia on Monday.","outlet":"Wire Two"}
`))
	require.NoError(t, err)
	require.NoError(t, z.Close())
	writeFile(t, dir, "feed.jsonl.gz", b.String())

	code, _, errOut := runCLI(t, "ingest", "--fields", "nope=x", dir)
	assert.Equal(t, exitUsage, code, errOut)
	code, out, errOut := runCLI(t, "ingest", "--fields", "text=body,title=headline,source=outlet", dir)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "ingested 2 of 2 article(s)")
	page, err := s.Relations(context.Background(), geokg.RelationFilter{Subject: "country:CAN", Types: []geokg.RelationType{geokg.Sanctions}}, geokg.PageRequest{First: 5}, false)
	require.NoError(t, err)
	require.Len(t, page.Edges, 1)
	assert.Equal(t, 2, page.Edges[0].Sources, "each record's outlet is a source")

	withStdin(t, `{"title":"Talks","text":"Iran met Iraq on Tuesday."}`+"\n")
	code, out, errOut = runCLI(t, "ingest", "--stdin-format", "jsonl", "-")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "ingested 1 of 1 article(s)")
	st, err := s.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 3, st.Articles)
}
