package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestScanNameTrailingParticleOnly: a run of name words that is nothing but a particle and
// its hyphen ("Al-" opening a sentence) is no name, and scanName must say so without
// reading before the sentence's first token.
func TestScanNameTrailingParticleOnly(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want int // the returned end; at when there is no name
	}{
		{"Al- said nothing.", 0, 0},
		{"Al - said nothing.", 0, 0},
		{"Ana Ruiz said nothing.", 0, 2},
		{"Then Al- said nothing.", 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			_, d := castOf(t, tc.text)
			var got int
			assert.NotPanics(t, func() { got = d.scanName(0, tc.at) })
			assert.Equal(t, tc.want, got)
		})
	}
}
