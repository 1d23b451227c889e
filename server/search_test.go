package server_test

import (
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/ingest"
	"github.com/geokg/geokg/server"
)

// TestSearchRanksExactNamesFirst searches the example data: exact names, codes and
// aliases come first, then prefixes, and short words are not matched fuzzily. Before,
// "Iran" gave Iraq, Oman and people with Iran-like names right after Iran, "Putin" gave
// Justin Trudeau and "US" ranked agencies above the United States.
func TestSearchRanksExactNamesFirst(t *testing.T) {
	h, s := newServer(t, server.Config{})
	gz, err := gazetteer.Default()
	require.NoError(t, err)
	ingestExamples(t, &ingest.Pipeline{Extractor: extract.New(gz), Graph: s})
	c := client.New(h, client.Path("/query"))

	type hit struct {
		Entity  struct{ ID, Name string }
		Score   float64
		Match   string
		Matched string
	}
	search := func(text string) []hit {
		var resp struct{ SearchHits []hit }
		post(t, c, `query($text: String!) { searchHits(text: $text, first: 10) { entity { id name } score match matched } }`, &resp, client.Var("text", text))
		for i := 1; i < len(resp.SearchHits); i++ {
			assert.LessOrEqual(t, resp.SearchHits[i].Score, resp.SearchHits[i-1].Score, "%s: best first", text)
		}
		return resp.SearchHits
	}

	iran := search("Iran")
	require.NotEmpty(t, iran)
	assert.Equal(t, hit{Entity: struct{ ID, Name string }{"country:IRN", "Iran"}, Score: 5, Match: "EXACT", Matched: "Iran"}, iran[0])
	for _, h := range iran {
		assert.NotContains(t, []string{"country:IRQ", "country:OMN"}, h.Entity.ID, "Iran is not Iraq or Oman")
		assert.Contains(t, strings.ToLower(h.Matched), "iran", "%s matched %q", h.Entity.ID, h.Matched)
	}

	for _, h := range search("Putin") {
		assert.NotEqual(t, "official:justin-trudeau", h.Entity.ID, "Putin is not Justin")
	}

	us := search("US")
	require.NotEmpty(t, us)
	assert.Equal(t, "country:USA", us[0].Entity.ID, "the United States before its agencies: %+v", us)
	assert.Equal(t, "EXACT", us[0].Match)

	alban := search("Alban")
	require.NotEmpty(t, alban)
	assert.Equal(t, "country:ALB", alban[0].Entity.ID)
	assert.Equal(t, "PREFIX", alban[0].Match)

	// search answers the same entities, without the scores.
	var plain struct{ Search []struct{ ID string } }
	post(t, c, `{ search(text: "US", first: 10) { id } }`, &plain)
	require.Len(t, plain.Search, len(us))
	for i := range us {
		assert.Equal(t, us[i].Entity.ID, plain.Search[i].ID)
	}
}
