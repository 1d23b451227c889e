package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/internal/neo4jtest"
)

// TestDocumentedReadCommands runs every `geokg show`, `geokg path` and `geokg export`
// example of README.md against the sample articles: each must exit 0 and print something.
func TestDocumentedReadCommands(t *testing.T) {
	neo4jtest.Open(t)
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	code, _, errOut := runCLI(t, "ingest", "../../examples/articles")
	require.Equal(t, exitOK, code, errOut)
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	n := 0
	for _, m := range regexp.MustCompile(`(?m)^geokg ((?:show|path|export)\b.*)$`).FindAllStringSubmatch(string(readme), -1) {
		n++
		args := shellWords(m[1])
		code, out, errOut := runCLI(t, args...)
		assert.Equal(t, exitOK, code, "geokg %s: %s", m[1], errOut)
		assert.NotEmpty(t, strings.TrimSpace(out), "geokg %s", m[1])
		assert.NotContains(t, out, "not connected", "geokg %s", m[1])
	}
	assert.GreaterOrEqual(t, n, 5, "README shows the read commands")
}

// shellWords splits a command line on spaces, keeping "double-quoted words" together.
func shellWords(s string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`"([^"]*)"|(\S+)`).FindAllStringSubmatch(s, -1) {
		if m[2] != "" {
			out = append(out, m[2])
		} else {
			out = append(out, m[1])
		}
	}
	return out
}
