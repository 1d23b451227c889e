package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPolarKeepsStrongPlainWords checks that polar keeps the plain words of a strong
// mean valence that keep accepts, sorted, and leaves out weak ones, emoticons, phrases
// and the refused.
func TestPolarKeepsStrongPlainWords(t *testing.T) {
	lex := "liar\t-2.3\t0.8\t[]\n:(\t-1.9\t0.7\t[]\nhero\t2.6\t0.5\t[]\nbrute\t-2.9\t0.5\t[]\n" +
		"meh\t-0.3\t0.4\t[]\nkind of\t1.8\t0.4\t[]\nparty\t1.7\t0.6\t[]\nabuser\t-2.6\t0.5\t[]\n"
	neg, pos, err := polar(strings.NewReader(lex), func(w string) bool { return w != "party" })
	require.NoError(t, err)
	assert.Equal(t, []string{"abuser", "brute", "liar"}, neg)
	assert.Equal(t, []string{"hero"}, pos)
	_, _, err = polar(strings.NewReader("liar\tbad\n"), func(string) bool { return true })
	assert.Error(t, err, "a mean that is no number")
}

// TestGeneratedFileIsCurrent regenerates polarity.txt from the VADER lexicon that
// VADER_LEXICON names (make vader-lexicon fetches it; scripts/test.sh sets it) and
// compares it with the committed file: `make polarity` was run after the last change of
// the generator or of the classes it leaves out. It skips without the lexicon, and fails
// without it under CI=true.
func TestGeneratedFileIsCurrent(t *testing.T) {
	in := os.Getenv("VADER_LEXICON")
	if in == "" && os.Getenv("CI") == "true" {
		t.Fatal("VADER_LEXICON is unset under CI=true: scripts/test.sh fetches the lexicon (make vader-lexicon)")
	}
	if in == "" {
		t.Skip("VADER_LEXICON is unset: the generated file cannot be checked (make polarity fetches the lexicon)")
	}
	data := filepath.Join("..", "..", "data")
	out := filepath.Join(t.TempDir(), "polarity.txt")
	require.NoError(t, run(in, filepath.Join(data, "words.txt"), out))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join(data, "polarity.txt"))
	require.NoError(t, err)
	assert.True(t, string(want) == string(got), "frames/data/polarity.txt is stale: run make polarity")
}
