package syntax

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// treebank reads a file of ../shared/treebanks (outside the repository), skipping the
// test where it is absent, except under CI=true, where it fails.
func treebank(tb testing.TB, rel string) []Sentence {
	tb.Helper()
	path := filepath.Join("..", "..", "shared", "treebanks", rel)
	f, err := os.Open(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("the treebank is missing under CI=true: %v", err)
		}
		tb.Skipf("the shared treebanks are not here (%v)", err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	require.NoError(tb, err)
	return s
}

func embeddedModel(tb testing.TB) *Model {
	tb.Helper()
	m, err := Default()
	require.NoError(tb, err)
	return m
}

// TestEmbeddedModelAccuracy guards against a broken or stale embedded model with loose
// floors on the held-out test sets (make parser-eval prints the exact figures).
func TestEmbeddedModelAccuracy(t *testing.T) {
	m := embeddedModel(t)
	for _, set := range []struct {
		file           string
		upos, uas, las float64
	}{
		{"ud-english-ewt/en_ewt-ud-test.conllu", 0.93, 0.82, 0.77},
		{"ud-english-gum-cc-by/en_gum-cc-by-test.conllu", 0.92, 0.80, 0.75},
	} {
		sc := m.Evaluate(treebank(t, set.file))
		t.Logf("%s: %s", set.file, sc)
		assert.GreaterOrEqual(t, sc.UPOS, set.upos, "UPOS of %s", set.file)
		assert.GreaterOrEqual(t, sc.UAS, set.uas, "UAS of %s", set.file)
		assert.GreaterOrEqual(t, sc.LAS, set.las, "LAS of %s", set.file)
		assert.GreaterOrEqual(t, sc.Lemma, 0.95, "lemmas of %s", set.file)
	}
}

func TestEmbeddedModelIsCredited(t *testing.T) {
	m := embeddedModel(t)
	assert.Contains(t, m.Info, "EWT")
	assert.Contains(t, m.Info, "CC BY-SA 4.0")
	credits, err := os.ReadFile(filepath.Join("model", "CREDITS.md"))
	require.NoError(t, err)
	assert.Contains(t, string(credits), "CC BY-SA 4.0")
	assert.Contains(t, string(credits), "CC BY 4.0")
}
