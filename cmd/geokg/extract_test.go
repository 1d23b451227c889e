package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/extract"
)

// flakyReader reads every document but the ones named in fail, whose extraction fails
// with the error given; cancel, when set, is called as a failing document is read (a
// run interrupted while it extracts).
type flakyReader struct {
	fail   map[string]error
	cancel context.CancelFunc
	read   []string
}

func (f *flakyReader) extraction(d document.Document) (*geokg.Extraction, error) {
	f.read = append(f.read, d.Source)
	if err := f.fail[d.Source]; err != nil {
		if f.cancel != nil {
			f.cancel()
		}
		return nil, err
	}
	return &geokg.Extraction{Article: geokg.Article{ID: "article:" + d.Source, Title: d.Source}}, nil
}

func (f *flakyReader) Extract(_ context.Context, d document.Document) (*geokg.Extraction, error) {
	return f.extraction(d)
}

func (f *flakyReader) Explain(_ context.Context, d document.Document) (*extract.Explanation, error) {
	x, err := f.extraction(d)
	if err != nil {
		return nil, err
	}
	return &extract.Explanation{Extraction: x}, nil
}

// TestPrinterGoesOnPastAFailedArticle checks that one article whose extraction fails
// (an internal error of the extractor) is reported and left out, and that the articles
// after it are still read and printed, as `geokg ingest` does; a run's only article, or
// an interrupted run, still stops with the error.
func TestPrinterGoesOnPastAFailedArticle(t *testing.T) {
	broken := geokg.Errorf(geokg.CodeInternal, "extractor failed on this article: boom")
	docs := []document.Document{{Source: "in.jsonl:1"}, {Source: "in.jsonl:2"}, {Source: "in.jsonl:3"}}
	tests := []struct {
		name       string
		docs       []document.Document
		explain    bool
		alone      bool
		interrupt  bool
		wantRead   []string
		wantOut    []string // the articles printed
		wantFailed int
		wantErr    bool
		wantStderr string
	}{
		{name: "json lines, the second fails", docs: docs,
			wantRead: []string{"in.jsonl:1", "in.jsonl:2", "in.jsonl:3"}, wantOut: []string{"in.jsonl:1", "in.jsonl:3"},
			wantFailed: 1, wantStderr: "skipped extractor failed on this article: boom"},
		{name: "explained, the second fails", docs: docs, explain: true,
			wantRead: []string{"in.jsonl:1", "in.jsonl:2", "in.jsonl:3"}, wantOut: []string{"# in.jsonl:1:", "# in.jsonl:3:"},
			wantFailed: 1, wantStderr: "skipped extractor failed"},
		{name: "the only article fails", docs: docs[1:2], alone: true,
			wantRead: []string{"in.jsonl:2"}, wantErr: true},
		{name: "interrupted while the second is read", docs: docs, interrupt: true,
			wantRead: []string{"in.jsonl:1", "in.jsonl:2"}, wantOut: []string{"in.jsonl:1"}, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			r := &flakyReader{fail: map[string]error{"in.jsonl:2": broken}}
			if tc.interrupt {
				r.fail["in.jsonl:2"] = context.Canceled
				r.cancel = cancel
			}
			var out, stderr bytes.Buffer
			pr := printer{w: &out, stderr: &stderr, format: "json", explain: tc.explain, many: !tc.alone, alone: tc.alone}
			failed, err := pr.print(ctx, r, tc.docs)
			assert.Equal(t, tc.wantRead, r.read, "documents read")
			if tc.wantErr {
				require.Error(t, err)
			} else {
				require.NoError(t, err)
			}
			assert.Len(t, failed, tc.wantFailed)
			for _, f := range failed {
				assert.True(t, errors.Is(f, broken), "a failure keeps its error: %v", f)
			}
			for _, src := range tc.wantOut {
				assert.Contains(t, out.String(), src)
			}
			assert.Equal(t, len(tc.wantOut), printed(out.String()), "only the articles read print: %s", out.String())
			if tc.wantStderr != "" {
				assert.Contains(t, stderr.String(), tc.wantStderr)
			} else {
				assert.Empty(t, stderr.String(), "a failure that stops the run is its error, not a skip")
			}
		})
	}
}

// printed counts the articles in an output: a JSON object per line, or an explanation's
// header.
func printed(out string) int {
	n := 0
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "{") || strings.HasPrefix(line, "# ") {
			n++
		}
	}
	return n
}
