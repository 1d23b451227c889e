package server_test

import (
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/export"
)

// TestDocumentedExports runs every export address of README.md and docs/api.md against the
// sample articles (each must answer rows), and checks docs/api.md's column tables against
// the columns the exports write.
func TestDocumentedExports(t *testing.T) {
	h, _ := exampleServer(t)
	urls := 0
	for _, file := range []string{"../README.md", "../docs/api.md"} {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		for _, m := range regexp.MustCompile(`http://localhost:8080(/export/[^'"\s]+)`).FindAllStringSubmatch(string(src), -1) {
			urls++
			rec := get(t, h, m[1])
			require.Equal(t, http.StatusOK, rec.Code, "%s: %s", m[1], rec.Body.String())
			lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
			min := 1
			if strings.Contains(m[1], ".csv") {
				min = 2 // the header and a row
			}
			assert.GreaterOrEqual(t, len(lines), min, "%s answers rows", m[1])
		}
	}
	assert.GreaterOrEqual(t, urls, 2)

	docs, err := os.ReadFile("../docs/api.md")
	require.NoError(t, err)
	for heading, want := range map[string][]string{"Relations (`relations.csv`": export.RelationColumns, "Statements (`statements.csv`": export.StatementColumns} {
		i := strings.Index(string(docs), heading)
		require.GreaterOrEqual(t, i, 0, heading)
		// The table: from its header to the first line that is not a row.
		table := string(docs[i:])
		start := strings.Index(table, "\n|")
		end := strings.Index(table[start+1:], "\n\n")
		require.Positive(t, end, heading)
		table = table[start : start+1+end]
		var got []string
		for _, m := range regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\|").FindAllStringSubmatch(table, -1) {
			got = append(got, m[1])
		}
		assert.Equal(t, want, got, heading)
	}
}
