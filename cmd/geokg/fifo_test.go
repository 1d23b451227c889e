//go:build unix

package main

import (
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtractRefusesFIFO: `geokg extract` named a FIFO says so and exits 3 rather than
// hanging.
func TestExtractRefusesFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pipe.txt")
	require.NoError(t, syscall.Mkfifo(path, 0o600))
	code, _, errOut := runCLI(t, "extract", path)
	assert.Equal(t, exitInvalid, code)
	assert.Contains(t, errOut, "not a regular file")
}
