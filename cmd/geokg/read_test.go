package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/export"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// TestReadCommands ingests the sample articles and reads them back through show, path
// and export, with names resolved through search.
func TestReadCommands(t *testing.T) {
	s := neo4jtest.Open(t)
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	code, _, errOut := runCLI(t, "ingest", "../../examples/articles")
	require.Equal(t, exitOK, code, errOut)
	ctx := context.Background()

	t.Run("show", func(t *testing.T) {
		code, out, errOut := runCLI(t, "show", "Albania", "--first", "100")
		require.Equal(t, exitOK, code, errOut)
		assert.True(t, strings.HasPrefix(out, "Albania (Country, ALB) country:ALB\n"), out)
		total, err := s.CountEntityRelations(ctx, []string{"country:ALB"}, geokg.EntityRelationQuery{Direction: geokg.Both})
		require.NoError(t, err)
		assert.Contains(t, out, "\n"+itoa(total["country:ALB"])+" relation(s)\n")
		assert.Contains(t, out, "-SEVERS_TIES_WITH-> Iran  [")
		assert.Contains(t, out, "Albania severed diplomatic relations with Iran on Wednesday")
		assert.Contains(t, out, "context: ", "the evidence's context")
		assert.Contains(t, out, "(example.org) https://example.org/")

		// By alias and by id, the same entity.
		_, byAlias, _ := runCLI(t, "show", "Tirana", "--first", "100")
		_, byID, _ := runCLI(t, "show", "country:ALB", "--first", "100")
		assert.Equal(t, out, byAlias)
		assert.Equal(t, out, byID)
	})

	t.Run("ambiguous and unknown names", func(t *testing.T) {
		code, out, errOut := runCLI(t, "show", "Ministry")
		assert.Equal(t, exitInvalid, code)
		assert.Empty(t, out)
		assert.Contains(t, errOut, `"Ministry" is ambiguous; give one of these ids:`)
		assert.Contains(t, errOut, "group:ministry-of-foreign-affairs-of-iran")
		code, _, errOut = runCLI(t, "show", "Atlantis")
		assert.Equal(t, exitInvalid, code)
		assert.Contains(t, errOut, `no entity matches "Atlantis"`)
		code, _, errOut = runCLI(t, "path", "Albania", "Atlantis")
		assert.Equal(t, exitInvalid, code)
		assert.Contains(t, errOut, `no entity matches "Atlantis"`)
		code, _, _ = runCLI(t, "show")
		assert.Equal(t, exitUsage, code)
	})

	t.Run("path", func(t *testing.T) {
		code, out, errOut := runCLI(t, "path", "Albania", "Khatib", "--first", "3")
		require.Equal(t, exitOK, code, errOut)
		paths, err := s.Paths(ctx, geokg.PathQuery{From: "country:ALB", To: "official:esmail-khatib", MaxHops: 3, First: 3})
		require.NoError(t, err)
		require.NotEmpty(t, paths)
		for i, p := range paths {
			assert.Contains(t, out, itoa(i+1)+". "+chain(p)+"\n")
		}
		assert.Contains(t, out, "Albania", "each hop with its evidence")
		assert.Regexp(t, `\n     2022-\d\d-\d\d  "`, out, "each hop with its evidence")

		code, out, errOut = runCLI(t, "path", "Albania", "Khatib", "--polarity", "cooperation", "--max-hops", "1")
		require.Equal(t, exitOK, code, errOut)
		assert.Equal(t, "Albania and Esmail Khatib are not connected within 1 hop(s)\n", out)
	})

	t.Run("export", func(t *testing.T) {
		code, out, errOut := runCLI(t, "export", "--either", "Albania")
		require.Equal(t, exitOK, code, errOut)
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		require.NoError(t, err)
		assert.Equal(t, export.RelationColumns, rows[0])
		total, err := s.CountRelations(ctx, geokg.RelationFilter{Either: "country:ALB"})
		require.NoError(t, err)
		assert.Len(t, rows, total+1, "one row per relation of Albania, after the header")

		file := filepath.Join(t.TempDir(), "accusations.ndjson")
		code, _, errOut = runCLI(t, "export", "--format", "ndjson", "--what", "statements", "--subject", "Albania", "--types", "ACCUSES", "--output", file)
		require.Equal(t, exitOK, code, errOut)
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		page, err := s.Relations(ctx, geokg.RelationFilter{Subject: "country:ALB", Types: []geokg.RelationType{geokg.Accuses}}, geokg.PageRequest{First: 100}, false)
		require.NoError(t, err)
		n := 0
		for _, e := range page.Edges {
			n += e.Count
		}
		assert.Len(t, lines, n, "one line per statement")
		assert.Contains(t, errOut, "wrote "+itoa(n)+" statements to "+file)
		for _, l := range lines {
			var m map[string]any
			require.NoError(t, json.Unmarshal([]byte(l), &m))
			assert.Equal(t, "country:ALB", m["subject"])
			assert.Equal(t, "ACCUSES", m["type"])
			assert.NotEmpty(t, m["sentence"])
		}

		code, _, errOut = runCLI(t, "export", "--format", "xml")
		assert.Equal(t, exitUsage, code)
		assert.Contains(t, errOut, "csv or ndjson")
		code, _, errOut = runCLI(t, "export", "--types", "LIKES")
		assert.Equal(t, exitInvalid, code)
		assert.Contains(t, errOut, "unknown relation type")
	})
}

// TestIngestCountsUndatedStatements: statements whose date neither the text nor the
// article fixes are written, and the ingest says how many.
func TestIngestCountsUndatedStatements(t *testing.T) {
	neo4jtest.Open(t)
	t.Setenv("NEO4J_URI", neo4jtest.Config().URI)
	file := writeFile(t, t.TempDir(), "undated.txt", "Albania accused Iran of a cyberattack.\n")
	code, out, errOut := runCLI(t, "ingest", file)
	require.Equal(t, exitOK, code, errOut)
	assert.Regexp(t, `ingested 1 of 1 article\(s\), (\d+) relation statement\(s\) \(\d+ without a date: in the graph, left out of date series\)`, out)

	dated := writeFile(t, t.TempDir(), "dated.txt", "date: 2022-09-07\n---\nAlbania accused Iran of a cyberattack.\n")
	code, out, errOut = runCLI(t, "ingest", dated)
	require.Equal(t, exitOK, code, errOut)
	assert.NotContains(t, out, "without a date")
}

func itoa(n int) string { return strconv.Itoa(n) }
