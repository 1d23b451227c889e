package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
)

func TestEvidenceSpan(t *testing.T) {
	text := "Peru recalled its envoy.\nChile said the move\nwas  regrettable."
	s, e := evidenceSpan(text, "Chile said the move was regrettable")
	assert.Equal(t, "Chile said the move\nwas  regrettable", text[s:e])
	s, e = evidenceSpan(text, "Bolivia said nothing")
	assert.Equal(t, [2]int{-1, -1}, [2]int{s, e})
}

// TestReadArticle labels the pairs of an invented article: the pair the gold relates in
// that sentence is of its type, the other order NONE; the rules' own reading is in base.
func TestReadArticle(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644))
	}
	write("001.txt", "title: Invented\ndate: 2026-01-05\n---\nCuba hailed its ties with Russia on Monday.\n\nIran accused Israel of sabotage.\n")
	write("001.gold.json", `{"entities": [{"name": "Cuba", "kind": "Country", "code": "CUB"}, {"name": "Russia", "kind": "Country", "code": "RUS"},
	 {"name": "Iran", "kind": "Country", "code": "IRN"}, {"name": "Israel", "kind": "Country", "code": "ISR"}],
	 "relations": [{"subject": "Cuba", "type": "SUPPORTS", "object": "Russia", "evidence": "Cuba hailed its ties with Russia"},
	 {"subject": "Iran", "type": "ACCUSES", "object": "Israel", "evidence": "Iran accused Israel of sabotage"}]}`)
	g, err := gazetteer.Load()
	require.NoError(t, err)
	a, err := readArticle(extract.New(g), filepath.Join(dir, "001.gold.json"))
	require.NoError(t, err)
	assert.Equal(t, map[string]bool{"Iran ACCUSES Israel": true}, a.base)
	assert.Len(t, a.required, 2)
	require.Len(t, a.pairs, 2)
	assert.Equal(t, [3]any{"Cuba", "Russia", classIndex(geokg.Supports)}, [3]any{a.pairs[0].src, a.pairs[0].tgt, a.pairs[0].class})
	assert.Equal(t, [3]any{"Russia", "Cuba", 0}, [3]any{a.pairs[1].src, a.pairs[1].tgt, a.pairs[1].class})
}

// TestCrossValidate trains both variants on invented pairs whose one feature decides the
// label, and checks that the held-out readings find them.
func TestCrossValidate(t *testing.T) {
	var arts []article
	for i := range 6 {
		a := article{fold: i % 2}
		for range 5 {
			a.pairs = append(a.pairs,
				pair{features: []string{"path=nsubj<hail>obj", "headtype=SUPPORTS", "roles=nsubj|obj"}, class: classIndex(geokg.Supports), src: "Cuba", tgt: "Russia"},
				pair{features: []string{"path=nsubj<visit>obj", "headtype=SUPPORTS", "roles=nsubj|obl"}, src: "Russia", tgt: "Cuba"})
		}
		arts = append(arts, a)
	}
	p := trainParams{epochs: 5, rate: 0.1, l2: 1e-3, minCount: 1}
	for name, inst := range map[string]instances{"multinomial": multinomial, "typed": typed} {
		held := crossValidate(arts, 2, p, inst)
		for i := range arts {
			require.Len(t, held[i], 10, name)
			assert.Equal(t, "Cuba SUPPORTS Russia", held[i][0].key, name)
			assert.Greater(t, held[i][0].prob, 0.9, name)
			assert.Less(t, held[i][1].prob, 0.1, name)
		}
	}
}

func TestRunErrors(t *testing.T) {
	assert.ErrorContains(t, run(nil), "usage")
	assert.ErrorContains(t, run([]string{"-variant", "forest", "x"}), "unknown variant")
	assert.ErrorContains(t, run([]string{"-folds", "1", "x"}), "usage")
}
