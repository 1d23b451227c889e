package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
)

// TestSelfLabelled labels every pair of actors of invented sentences by the rules' own
// reading: the type they read from the sentence (both orders for a symmetric type), NONE
// for the other order and for pairs they leave.
func TestSelfLabelled(t *testing.T) {
	g, err := gazetteer.Load()
	require.NoError(t, err)
	x := extract.New(g)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Iran accused Israel of sabotage.", []string{"Iran ACCUSES Israel", "Israel NONE Iran"}},
		{"Putin met Xi in Beijing.", []string{"Vladimir Putin MEETS Xi Jinping", "Vladimir Putin NONE China",
			"Xi Jinping MEETS Vladimir Putin", "Xi Jinping NONE China", "China NONE Vladimir Putin", "China NONE Xi Jinping"}},
		{"Cuba hailed its ties with Russia on Monday.", []string{"Cuba NONE Russia", "Russia NONE Cuba"}},
		{"France said Germany would not attack Italy.", []string{"France NONE Germany", "France NONE Italy",
			"Germany NONE France", "Germany NONE Italy", "Italy NONE France", "Italy NONE Germany"}},
	} {
		_, cands, err := x.AllPairs(context.Background(), tc.text, geokg.Article{Published: "2026-01-05"})
		require.NoError(t, err, tc.text)
		var got []string
		for _, q := range selfLabelled(cands) {
			got = append(got, q.src+" "+string(classes[q.class])+" "+q.tgt)
		}
		assert.Equal(t, tc.want, got, tc.text)
		// Candidates leaves out the pairs the rules related, either way
		_, left, err := x.Candidates(context.Background(), tc.text, geokg.Article{Published: "2026-01-05"})
		require.NoError(t, err)
		n := 0
		for _, c := range cands {
			if c.Read == "" && !readBetween(cands, c.Target.ID, c.Source.ID) {
				n++
			}
		}
		assert.Len(t, left, n, tc.text)
	}
}

// readBetween reports whether the rules read a type from src to tgt among cands.
func readBetween(cands []extract.Candidate, src, tgt string) bool {
	for _, c := range cands {
		if c.Source.ID == src && c.Target.ID == tgt && c.Read != "" {
			return true
		}
	}
	return false
}

// TestReadCorpus leaves out of training the corpus lines the annotated articles name and
// any corpus article of an annotated text.
func TestReadCorpus(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644))
	}
	write("corpus.jsonl", `{"title": "One", "text": "Iran accused Israel of sabotage."}
{"title": "Two", "text": "Putin met Xi in Beijing."}
{"title": "Three", "text": "Cuba hailed its ties with Russia on Monday."}
`)
	write("g1-001.txt", "source_repo: allsides-world corpus line 2\nsource_path: x\ntitle: Two\ndate: \n---\nPutin met Xi in Beijing.\n")
	write("g1-001.gold.json", `{"entities": [], "relations": []}`)
	write("002.txt", "title: Three\ndate: 2026-01-05\n---\nCuba hailed its ties with Russia on Monday.\n")
	write("002.gold.json", `{"entities": [], "relations": []}`)
	lines, texts, err := annotated([]string{dir})
	require.NoError(t, err)
	assert.Equal(t, map[int]bool{2: true}, lines)
	assert.Len(t, texts, 2)
	g, err := gazetteer.Load()
	require.NoError(t, err)
	arts, left, err := readCorpus(extract.New(g), filepath.Join(dir, "corpus.jsonl"), lines, texts, 2)
	require.NoError(t, err)
	assert.Equal(t, 2, left)
	require.Len(t, arts, 1)
	require.Len(t, arts[0].pairs, 2)
	assert.Equal(t, classIndex(geokg.Accuses), arts[0].pairs[0].class)
}
