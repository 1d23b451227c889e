package main

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLogValuesAreCapped: a request's text never reaches the log whole, whatever carries
// it (a string, an error, a group, the logger's own attributes).
func TestLogValuesAreCapped(t *testing.T) {
	long := strings.Repeat("é", 5000) // 10,000 bytes
	var buf bytes.Buffer
	log := slog.New(cappedHandler{slog.NewTextHandler(&buf, nil)}).With("with", long)
	log.Error("request failed", "err", errors.New("search "+long), "text", long, slog.Group("g", "v", long))
	out := buf.String()
	assert.Less(t, len(out), 6*maxLogValue, "four capped values and a few words")
	assert.Equal(t, 4, strings.Count(out, " bytes in all)"))
	assert.NotContains(t, out, "\ufffd", "cut on a character boundary")

	buf.Reset()
	slog.New(cappedHandler{slog.NewTextHandler(&buf, nil)}).Info("short", "k", "v")
	assert.Contains(t, buf.String(), "k=v")
}
