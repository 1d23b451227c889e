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
