package wordclass

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	got, err := Parse("# comment\na: x y\n\na: z\nb: w\n")
	require.NoError(t, err)
	assert.Equal(t, map[string]map[string]bool{"a": {"x": true, "y": true, "z": true}, "b": {"w": true}}, got)
	for _, bad := range []string{"no colon here", "a:", ": x", "a: Upper", "speech verb say", "speech-verb:", "modal: May"} {
		_, err := Parse(bad)
		assert.Error(t, err, bad)
	}
}
