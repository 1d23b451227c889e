package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
)

// TestRankPairs groups left pairs by head and shape, counts articles once each, and sorts
// by articles, then pairs, then head and shape.
func TestRankPairs(t *testing.T) {
	c := func(head, shape string) leftPair {
		return leftPair{head: head, shape: shape, types: []string{"MEETS"}, example: "Peru -> Chile | example"}
	}
	rows := rankPairs([][]leftPair{
		{c("tie", "nmod:poss:'s<tie>nmod:with"), c("tie", "nmod:poss:'s<tie>nmod:with"), c("envoy", "amod<envoy>nmod:to")},
		{c("envoy", "amod<envoy>nmod:to")},
		{c("border", "nmod:poss:'s<border>nmod:with")},
	})
	var got []string
	for _, r := range rows {
		got = append(got, r.head+" "+r.shape)
	}
	assert.Equal(t, []string{"envoy amod<envoy>nmod:to", "tie nmod:poss:'s<tie>nmod:with", "border nmod:poss:'s<border>nmod:with"}, got)
	assert.Equal(t, 2, rows[0].articles)
	assert.Equal(t, 1, rows[1].articles)
	assert.Equal(t, 2, rows[1].pairs)
	var out bytes.Buffer
	printRanking(&out, rows, 1)
	assert.Equal(t, "2\t2\tenvoy\tamod<envoy>nmod:to\tMEETS\tPeru -> Chile | example\n", out.String())
}

// TestNameOrList leaves out the paths that join the parts of a name, a title or a list.
func TestNameOrList(t *testing.T) {
	for path, want := range map[string]bool{
		"nsubj<hail>obj>nmod":         false,
		"compound<obj<hail>nsubj":     false,
		"conj<iran":                   true,
		"amod<nmod:desc<ana":          true,
		"nsubj<say>ccomp>nsubj>appos": true,
		"nmod:poss<relationship>nmod": false,
		"nsubj<say>parataxis>nsubj":   true,
	} {
		assert.Equal(t, want, nameOrList(path), path)
	}
}

// TestRankCorpus ranks the pairs the rules leave in a small corpus of invented sentences:
// an unread construction counted in both articles it occurs in, in the order of the text;
// a pair read as a relation (a meeting, a title) is left out.
func TestRankCorpus(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	require.NoError(t, os.WriteFile(corpus, []byte(`{"title": "One", "text": "Cuba hailed its ties with Russia on Monday."}
{"title": "Two", "text": "Peru hailed its ties with Chile on Friday. Peru met Chile in Lima."}
{"title": "Three", "text": "Bolivia hailed its ties with Chile on Friday."}
`), 0o644))
	g, err := gazetteer.Load()
	require.NoError(t, err)
	rows, err := rankCorpus(extract.New(g), corpus, 2)
	require.NoError(t, err)
	require.NotEmpty(t, rows)
	assert.Equal(t, "hail", rows[0].head)
	assert.Equal(t, "nsubj<hail>obj>nmod:with", rows[0].shape)
	assert.Equal(t, 2, rows[0].articles) // Peru and Chile meet: that article's pair is left out
	assert.Equal(t, "Cuba -> Russia | Cuba hailed its ties with Russia on Monday.", rows[0].example)
	for _, r := range rows {
		assert.NotContains(t, r.shape, "<meet>")
	}
}
