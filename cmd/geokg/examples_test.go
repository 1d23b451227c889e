package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/internal/scoring"
)

// Floors of the examples check: what the extractor reaches on examples/articles, a little
// lowered so that noise in unrelated changes does not fail the test but a regression does.
const (
	examplesMinPrecision = 0.93
	examplesMinRecall    = 0.86
)

// expectedRelation is one record of examples/expected.json.
type expectedRelation struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Subject  string `json:"subject"`
	Type     string `json:"type"`
	Object   string `json:"object"`
	Optional bool   `json:"optional"`
}

// exampleScore is the outcome of the examples check.
type exampleScore struct {
	tp, fp, fn    int
	falsePos      []string
	missed        []string
	optionalFound int
}

// scoreExamples extracts every example article through the CLI's path (document reading
// and cleaning, then extraction) and matches the relations to expected.json: a predicted
// entity stands for an expected name when its name or one of its aliases is that name
// after normalisation.
func scoreExamples(t *testing.T) exampleScore {
	t.Helper()
	dir := filepath.Join("..", "..", "examples")
	data, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	require.NoError(t, err)
	var expected []expectedRelation
	require.NoError(t, json.Unmarshal(data, &expected))

	type doc struct {
		required, optional map[string]bool
		names              map[string]string // normalised name -> expected name
	}
	docs := map[string]*doc{}
	for _, r := range expected {
		src := r.File
		if r.Line > 0 {
			src = fmt.Sprintf("%s:%d", r.File, r.Line)
		}
		d := docs[src]
		if d == nil {
			d = &doc{required: map[string]bool{}, optional: map[string]bool{}, names: map[string]string{}}
			docs[src] = d
		}
		k := scoring.Key(r.Subject, r.Type, r.Object)
		if r.Optional {
			d.optional[k] = true
		} else {
			d.required[k] = true
		}
		d.names[scoring.Norm(r.Subject)] = r.Subject
		d.names[scoring.Norm(r.Object)] = r.Object
	}

	g, err := gazetteer.Load()
	require.NoError(t, err)
	x := extract.New(g)
	var s exampleScore
	seen := map[string]bool{}
	files, err := filepath.Glob(filepath.Join(dir, "articles", "*"))
	require.NoError(t, err)
	for _, f := range files {
		ds, err := document.ReadFile(f)
		require.NoError(t, err, f)
		for i, dd := range ds {
			src := filepath.Base(f)
			if len(ds) > 1 {
				src = fmt.Sprintf("%s:%d", src, i+1)
			}
			d := docs[src]
			require.NotNil(t, d, "no expected relations for %s", src)
			seen[src] = true
			ex, err := x.Extract(context.Background(), dd.Text, geokg.Article{Title: dd.Title, URL: dd.URL, Published: dd.Published})
			require.NoError(t, err, src)
			resolve := map[string]string{}
			for _, e := range ex.Entities {
				name := "?" + e.Name
				for _, c := range append([]string{e.Name}, e.Aliases...) {
					if n, ok := d.names[scoring.Norm(c)]; ok {
						name = n
						break
					}
				}
				resolve[e.ID] = name
			}
			got := map[string]bool{}
			for _, r := range ex.Relations {
				got[scoring.Key(resolve[r.Subject], string(r.Type), resolve[r.Object])] = true
			}
			for k := range got {
				switch {
				case d.required[k]:
					s.tp++
				case d.optional[k]:
					s.optionalFound++
				default:
					s.fp++
					s.falsePos = append(s.falsePos, src+": "+k)
				}
			}
			for k := range d.required {
				if !got[k] {
					s.fn++
					s.missed = append(s.missed, src+": "+k)
				}
			}
		}
	}
	for src := range docs {
		assert.True(t, seen[src], "expected.json names %s, which is not among the articles", src)
	}
	sort.Strings(s.falsePos)
	sort.Strings(s.missed)
	return s
}

// TestExamples is the independent check of the extractor: the example articles and
// expected.json were written apart from the extraction rules, so their score measures
// how the rules generalise beyond the evaluation's dev texts.
func TestExamples(t *testing.T) {
	s := scoreExamples(t)
	p := float64(s.tp) / float64(max(1, s.tp+s.fp))
	r := float64(s.tp) / float64(max(1, s.tp+s.fn))
	t.Logf("examples: tp %d fp %d fn %d (optional found %d): precision %.3f recall %.3f", s.tp, s.fp, s.fn, s.optionalFound, p, r)
	for _, k := range s.falsePos {
		t.Logf("false positive: %s", k)
	}
	for _, k := range s.missed {
		t.Logf("missed: %s", k)
	}
	assert.GreaterOrEqual(t, p, examplesMinPrecision, "precision on examples/")
	assert.GreaterOrEqual(t, r, examplesMinRecall, "recall on examples/")
}
