package proccpu

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

func TestLocalNeo4j(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("NEO4J_HOME_DIR", "")
	assert.Equal(t, 0, LocalNeo4j())
	t.Setenv("NEO4J_HOME_DIR", dir)
	assert.Equal(t, 0, LocalNeo4j(), "no pid file")
	for line, want := range map[string]int{"4242 7687\n": 4242, "": 0, "x 7687": 0} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "neo4j.pid"), []byte(line), 0o644))
		assert.Equal(t, want, LocalNeo4j(), line)
	}
}
