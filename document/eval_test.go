package document

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// devDir is the evaluation set, found relative to this package: the articles are
// not part of the repository.
const devDir = "../../shared/eval/dev"

func devFiles(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(devDir, "*.txt"))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("evaluation articles not found in %s", devDir)
		}
		t.Skipf("evaluation articles not found in %s; skipping", devDir)
	}
	return files
}

func TestDevArticles(t *testing.T) {
	for _, f := range devFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			docs, err := ReadFile(f)
			require.NoError(t, err)
			require.Len(t, docs, 1)
			d := docs[0]
			assert.NotEmpty(t, strings.TrimSpace(d.Text))
			assert.True(t, utf8.ValidString(d.Text))
			assert.NotContains(t, d.Text, "\n\n\n")
			assert.NotContains(t, d.Text, "---\n")
			if d.Published != "" {
				assert.Regexp(t, `^\d{4}-\d{2}-\d{2}$`, d.Published)
			}
		})
	}
}

func TestDevSeedFurniture(t *testing.T) {
	devFiles(t)
	docs, err := ReadFile(filepath.Join(devDir, "seed.txt"))
	require.NoError(t, err)
	d := docs[0]
	assert.Equal(t, "2025-07-06", d.Published)
	assert.NotEmpty(t, d.Title)
	assert.True(t, strings.HasPrefix(d.Text, "Albania blames Iran for the renewed attack"), "first paragraph: %.80q", d.Text)
	lines := strings.Split(d.Text, "\n")
	for _, l := range lines {
		assert.NotEqual(t, "Arab Press", l)
		assert.NotEqual(t, "Sunday, Jul 06, 2025", l)
		assert.NotEqual(t, d.Title, l, "the title line is repeated")
		for _, r := range l {
			assert.False(t, r >= 0x0600 && r <= 0x06FF, "the Arabic slogan line is kept: %q", l)
			break
		}
	}
	assert.NotContains(t, d.Text, "Related Articles")
	seen := map[string]bool{}
	for _, p := range strings.Split(d.Text, "\n\n") {
		assert.False(t, seen[p], "duplicate paragraph %.60q", p)
		seen[p] = true
	}
}

// TestDevGoldEvidenceKept checks that cleaning keeps every sentence an analyst
// used as evidence in the gold annotations.
func TestDevGoldEvidenceKept(t *testing.T) {
	ws := regexp.MustCompile(`\s+`)
	for _, f := range devFiles(t) {
		raw, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".gold.json")
		if err != nil {
			continue
		}
		var gold struct {
			Relations, Events []struct{ Evidence string }
		}
		require.NoError(t, json.Unmarshal(raw, &gold), f)
		docs, err := ReadFile(f)
		require.NoError(t, err)
		flat := ws.ReplaceAllString(docs[0].Text, " ")
		for _, r := range append(gold.Relations, gold.Events...) {
			ev := strings.TrimSpace(ws.ReplaceAllString(r.Evidence, " "))
			if ev != "" {
				assert.Contains(t, flat, ev, "%s: evidence dropped by cleaning", filepath.Base(f))
			}
		}
	}
}
