package server_test

import (
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/ingest"
	"github.com/geokg/geokg/server"
)

// TestDyadOfAPeriod: Albania and Iran in all of the example articles, then from
// 2022-09-08 only: fewer statements, all dated in the period.
func TestDyadOfAPeriod(t *testing.T) {
	h, s := newServer(t, server.Config{})
	gz, err := gazetteer.Default()
	require.NoError(t, err)
	ingestExamples(t, &ingest.Pipeline{Extractor: extract.New(gz), Graph: s})
	c := client.New(h, client.Path("/query"))

	type dyad struct {
		Total               int
		FirstSeen, LastSeen string
		ByMonth             []struct {
			Month string
			Count int
		}
	}
	var all, part struct{ Dyad dyad }
	post(t, c, `{ dyad(a: "country:ALB", b: "country:IRN") { total firstSeen lastSeen byMonth { month count } } }`, &all)
	post(t, c, `{ dyad(a: "country:ALB", b: "country:IRN", from: "2022-09-08", to: "2022-12-31") { total firstSeen lastSeen byMonth { month count } } }`, &part)
	require.Positive(t, part.Dyad.Total)
	assert.Less(t, part.Dyad.Total, all.Dyad.Total)
	assert.Less(t, all.Dyad.FirstSeen, "2022-09-08", "the example has statements before the period")
	assert.GreaterOrEqual(t, part.Dyad.FirstSeen, "2022-09-08")
	assert.LessOrEqual(t, part.Dyad.LastSeen, "2022-12-31")
	sum := 0
	for _, m := range part.Dyad.ByMonth {
		sum += m.Count
	}
	assert.Equal(t, part.Dyad.Total, sum, "every statement of the period is dated")

	errs := gqlErrors(t, h, `{ dyad(a: "country:ALB", b: "country:IRN", from: "2022-9-8") { total } }`)
	assert.Equal(t, "INVALID_ARGUMENT", errs[0]["extensions"].(map[string]any)["code"])
}
