package gazetteer

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWordClasses(t *testing.T) {
	classes, err := WordClasses()
	require.NoError(t, err)
	assert.True(t, classes["seated"]["ministry"])
	assert.True(t, classes["rebel-head"]["separatists"])

	got, err := ParseWordClasses("# comment\na: x y\n\na: z\nb: w\n")
	require.NoError(t, err)
	assert.Equal(t, map[string]map[string]bool{"a": {"x": true, "y": true, "z": true}, "b": {"w": true}}, got)
	for _, bad := range []string{"no colon here", "a:", ": x", "a: Upper"} {
		_, err := ParseWordClasses(bad)
		assert.Error(t, err, bad)
	}
}

func TestWordClassesAreDocumented(t *testing.T) {
	classes, err := WordClasses()
	require.NoError(t, err)
	readme, err := os.ReadFile("data/README.md")
	require.NoError(t, err)
	for c := range classes {
		assert.Contains(t, string(readme), "`"+c+"`", "class %s of %s is described in data/README.md", c, WordsFile)
	}
}
