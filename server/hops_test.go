package server_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
)

// hopAnswer is a hop or an edge as the hop filter tests select it.
type hopAnswer struct {
	ID, Type            string
	FirstSeen, LastSeen string
	SourceCount         int
}

// TestTraversalsFollowPolarityDatesAndSources: "how are Albania and the United States
// connected through hostile acts in 2022, on at least two sources" in one query, on the
// example articles (one source each) and a second outlet's report of Albania's accusation.
func TestTraversalsFollowPolarityDatesAndSources(t *testing.T) {
	h, c := exampleServer(t)

	var paths struct{ Paths []struct{ Hops []hopAnswer } }
	post(t, c, `{ paths(from: "country:ALB", to: "country:USA", maxHops: 2, first: 10) { hops { id type firstSeen lastSeen } } }`, &paths)
	all := 0
	for _, p := range paths.Paths {
		for _, hop := range p.Hops {
			if geokg.RelationType(hop.Type).Goldstein() > 0 {
				all++
			}
		}
	}
	require.Positive(t, all, "unfiltered, some hops cooperate (the United States supports Albania)")

	paths.Paths = nil
	post(t, c, `{ paths(from: "country:ALB", to: "country:USA", maxHops: 2, first: 10,
	    hops: {polarity: CONFLICT, from: "2022-01-01", to: "2022-12-31"}) { hops { id type firstSeen lastSeen } } }`, &paths)
	require.NotEmpty(t, paths.Paths)
	for _, p := range paths.Paths {
		for _, hop := range p.Hops {
			assert.Negative(t, geokg.RelationType(hop.Type).Goldstein(), hop.ID)
			assert.LessOrEqual(t, hop.FirstSeen, "2022-12-31", hop.ID)
			assert.GreaterOrEqual(t, hop.LastSeen, "2022-01-01", hop.ID)
		}
	}

	var nb struct {
		Neighborhood struct {
			Nodes []struct{ ID string }
			Edges []hopAnswer
		}
	}
	post(t, c, `{ neighborhood(id: "country:IRN", hops: {polarity: COOPERATION}) { nodes { id } edges { id type sourceCount } } }`, &nb)
	require.NotEmpty(t, nb.Neighborhood.Edges)
	for _, e := range nb.Neighborhood.Edges {
		assert.Positive(t, geokg.RelationType(e.Type).Goldstein(), e.ID)
		assert.Equal(t, 1, e.SourceCount, e.ID)
	}

	// A second outlet reports Albania's accusation: the only tie on two sources.
	ingestText(t, c, "Albania accused Iran of carrying out the cyberattack on its government websites.",
		"https://news.example.net/albania-iran", "", "2022-09-08")
	nb.Neighborhood.Nodes, nb.Neighborhood.Edges = nil, nil
	post(t, c, `{ neighborhood(id: "country:IRN", hops: {minSources: 2}) { nodes { id } edges { id type sourceCount } } }`, &nb)
	require.Len(t, nb.Neighborhood.Edges, 1)
	assert.Equal(t, "country:ALB|ACCUSES|country:IRN", nb.Neighborhood.Edges[0].ID)
	assert.Equal(t, 2, nb.Neighborhood.Edges[0].SourceCount)
	assert.Len(t, nb.Neighborhood.Nodes, 2)

	paths.Paths = nil
	post(t, c, `{ paths(from: "country:ALB", to: "country:USA", maxHops: 3, hops: {minSources: 2}) { hops { id } } }`, &paths)
	assert.Empty(t, paths.Paths, "no other tie has two sources")

	for query, says := range map[string]string{
		`{ paths(from: "country:ALB", to: "country:USA", types: [MEETS], hops: {polarity: CONFLICT}) { length } }`: "has polarity CONFLICT",
		`{ neighborhood(id: "country:IRN", hops: {minSources: -1}) { truncated } }`:                                "minSources must not be negative",
		`{ neighborhood(id: "country:IRN", hops: {from: "2022-13-01"}) { truncated } }`:                            "is not a date",
	} {
		errs := gqlErrors(t, h, query)
		require.NotEmpty(t, errs, query)
		assert.Contains(t, errs[0]["message"], says, query)
		assert.Equal(t, "INVALID_ARGUMENT", errs[0]["extensions"].(map[string]any)["code"], query)
	}
}
