package proccpu

import (
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		name string
		line string
		want time.Duration
	}{
		{"plain", "42 (java) S 1 42 42 0 -1 4194560 100 0 0 0 250 30 0 0 20 0 40 0", 2800 * time.Millisecond},
		{"a command with spaces and parentheses", "7 (node (peer) x) R 1 7 7 0 -1 0 0 0 0 0 5 5 0 0", 100 * time.Millisecond},
		{"too short", "7 (node) R 1 7", -1},
		{"no command", "7 node R 1 7 7 0 -1 0 0 0 0 0 5 5", -1},
		{"not numbers", "7 (x) R 1 7 7 0 -1 0 0 0 0 0 a b 0 0", -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, parse([]byte(c.line)))
		})
	}
}

func TestOf(t *testing.T) {
	assert.Equal(t, time.Duration(-1), Of(0))
	assert.Equal(t, time.Duration(-1), Of(-3))
	if runtime.GOOS != "linux" {
		t.Skip("no /proc on " + runtime.GOOS)
	}
	assert.GreaterOrEqual(t, Of(os.Getpid()), time.Duration(0))
}
