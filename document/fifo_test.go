//go:build unix

package document

import (
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFIFORefused: a FIFO named as a file is refused instead of blocking for a writer
// that never comes (without the check, this test hangs until go test's timeout).
func TestFIFORefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pipe.txt")
	require.NoError(t, syscall.Mkfifo(path, 0o600))
	_, err := ReadFile(path)
	require.ErrorIs(t, err, ErrNotRegular)
	assert.Contains(t, err.Error(), "pipe.txt")

	var files []string
	err = Walk([]string{path}, func(d Document) error { files = append(files, d.Source); return nil })
	assert.ErrorIs(t, err, ErrNotRegular)
	assert.Empty(t, files)
}
