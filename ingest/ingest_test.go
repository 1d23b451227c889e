package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/ingest"
)

// writer is a geokg.GraphWriter whose Write runs onWrite.
type writer struct {
	mu        sync.Mutex
	committed int
	onWrite   func(ctx context.Context, w *writer, xs []*geokg.Extraction) error
}

func (w *writer) Migrate(context.Context) (int, error) { return 0, nil }

func (w *writer) Write(ctx context.Context, xs []*geokg.Extraction) (geokg.WriteSummary, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.onWrite(ctx, w, xs); err != nil {
		return geokg.WriteSummary{}, err
	}
	return geokg.WriteSummary{Articles: len(xs)}, nil
}

func (w *writer) DeleteArticle(context.Context, string) error { return nil }

// articles writes n small articles into a folder and returns it.
func articles(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		text := fmt.Sprintf("Albania accused Iran of cyberattack number %d. The United States condemned Iran.", i)
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)), []byte(text), 0o644))
	}
	return dir
}

func pipeline(t *testing.T, w *writer) *ingest.Pipeline {
	t.Helper()
	g, err := gazetteer.Default()
	require.NoError(t, err)
	return &ingest.Pipeline{Extractor: extract.New(g), Graph: w, BatchSize: 1, Workers: 1}
}

// TestDatabaseGoneIsNotABadInput: when Neo4j goes away the run stops with UNAVAILABLE,
// counts what was committed, and the articles in flight are not reported as failures
// ("skipped ...: context canceled").
func TestDatabaseGoneIsNotABadInput(t *testing.T) {
	w, gone := goneAfter(2)
	rep, err := pipeline(t, w).Paths(context.Background(), []string{articles(t, 20)})
	require.ErrorIs(t, err, gone)
	assert.Equal(t, geokg.CodeUnavailable, geokg.ErrorCode(err))
	assert.Equal(t, 2, rep.Written)
	assert.Empty(t, rep.Failures, "no input was bad")
}

// TestInterruptCountsWhatWasCommitted: Ctrl-C arriving while a batch commits does not
// cut the commit off uncounted; the report counts every article the graph holds.
func TestInterruptCountsWhatWasCommitted(t *testing.T) {
	ctx, interrupt := context.WithCancel(context.Background())
	defer interrupt()
	w := &writer{onWrite: func(ctx context.Context, w *writer, xs []*geokg.Extraction) error {
		w.committed += len(xs) // the server commits ...
		if w.committed == 3 {
			interrupt() // ... while Ctrl-C arrives
		}
		return ctx.Err() // a driver reports a cancelled context even after the commit
	}}
	rep, err := pipeline(t, w).Paths(ctx, []string{articles(t, 20)})
	require.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, w.committed, rep.Written, "the report counts what was committed")
	assert.Equal(t, 3, w.committed, "no batch starts after the interruption")
	assert.Empty(t, rep.Failures, "articles not reached are not failures")
}

// TestCountsSayWhatWasDone: the pipeline's counters (served at /metrics) count written
// articles and batches, documents left out as unreadable, and articles whose write failed.
func TestCountsSayWhatWasDone(t *testing.T) {
	w, gone := goneAfter(3)
	dir := articles(t, 3)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "empty.txt"), []byte("   \n"), 0o644))
	p := pipeline(t, w)
	rep, err := p.Paths(context.Background(), []string{dir})
	require.NoError(t, err)
	require.Len(t, rep.Failures, 1)
	_, err = p.IngestArticle(context.Background(), geokg.ArticleInput{Text: "Albania accused Iran of a cyberattack."})
	require.ErrorIs(t, err, gone)
	c := p.Counts()
	assert.Equal(t, int64(3), c.Ingested)
	assert.Equal(t, int64(3), c.Batches, "one article a batch")
	assert.Equal(t, int64(1), c.Failed, "the write that failed carried one article")
	assert.Equal(t, int64(1), c.Skipped, "the empty file")
}

// goneAfter returns a writer that commits n articles and then fails with gone, as when
// Neo4j went away.
func goneAfter(n int) (w *writer, gone error) {
	gone = geokg.WrapError(geokg.CodeUnavailable, errors.New("connection reset"), "graph database unavailable")
	return &writer{onWrite: func(_ context.Context, w *writer, xs []*geokg.Extraction) error {
		if w.committed == n {
			return gone
		}
		w.committed += len(xs)
		return nil
	}}, gone
}

// known is an ingest.Known over a map of article ids to extractor versions.
type known map[string]string

func (k known) ArticleVersions(_ context.Context, ids []string) (map[string]string, error) {
	out := map[string]string{}
	for _, id := range ids {
		if v, ok := k[id]; ok {
			out[id] = v
		}
	}
	return out, nil
}

// TestSkipsWhatTheGraphHolds: articles the graph holds as read by this extractor are not
// extracted (unless Force); with OnlyOlder only those read by another version are.
func TestSkipsWhatTheGraphHolds(t *testing.T) {
	dir := articles(t, 5)
	var ids []string
	for i := range 5 {
		docs, err := document.ReadFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)))
		require.NoError(t, err)
		ids = append(ids, geokg.ArticleID(docs[0].Text))
	}
	graph := known{ids[0]: geokg.ExtractorVersion, ids[1]: geokg.ExtractorVersion, ids[2]: "rules-0.1"}
	tests := []struct {
		name               string
		force, onlyOlder   bool
		written, unchanged int
	}{
		{"new and older articles are written", false, false, 3, 2},
		{"--force writes them all", true, false, 5, 0},
		{"reextract writes only what an older extractor read", false, true, 1, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var wrote []string
			w := &writer{onWrite: func(_ context.Context, _ *writer, xs []*geokg.Extraction) error {
				for _, x := range xs {
					wrote = append(wrote, x.Article.ID)
				}
				return nil
			}}
			p := pipeline(t, w)
			p.Known, p.Force, p.OnlyOlder = graph, tc.force, tc.onlyOlder
			var last ingest.Progress
			p.Progress = func(pr ingest.Progress) { last = pr }
			rep, err := p.Paths(context.Background(), []string{dir})
			require.NoError(t, err)
			assert.Equal(t, tc.written, rep.Written)
			assert.Equal(t, tc.unchanged, rep.Unchanged)
			assert.Equal(t, 5, rep.Documents)
			assert.Len(t, wrote, tc.written)
			assert.Equal(t, ingest.Progress{Documents: 5, Unchanged: tc.unchanged, Written: tc.written, Relations: rep.Relations, Elapsed: last.Elapsed}, last)
			if tc.onlyOlder {
				assert.Equal(t, []string{ids[2]}, wrote)
			}
		})
	}
}
