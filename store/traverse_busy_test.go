package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// busyGraph writes a hub country tied to 30 countries, the i-th by i+1 statements, and a
// second hub tied to the first 20 of them by 1 statement each and to 15 others of its own,
// the j-th by 100+j statements.
func busyGraph(t *testing.T, s interface {
	Write(context.Context, []*geokg.Extraction) (geokg.WriteSummary, error)
}) (hub, hub2 string, spokes, own []string) {
	t.Helper()
	country := func(code string) geokg.Entity {
		return geokg.Entity{ID: geokg.EntityID(geokg.KindCountry, code), Kind: geokg.KindCountry, Name: "Land " + code, Code: code}
	}
	x := &geokg.Extraction{Article: geokg.Article{ID: geokg.ArticleID("busy neighbourhood"), Title: "busy", Published: "2024-01-01"}, Extractor: geokg.ExtractorVersion}
	h, h2 := country("HUB"), country("HUC")
	x.Entities = append(x.Entities, h, h2)
	offset := 0
	state := func(s, o string, n int) {
		for range n {
			x.Relations = append(x.Relations, geokg.Relation{Subject: s, Type: geokg.Supports, Object: o, Evidence: "s.", Start: offset, End: offset + 2, Date: "2024-01-01", Confidence: 0.5})
			offset += 3
		}
	}
	for i := range 30 {
		c := country(fmt.Sprintf("A%c%c", 'A'+i/26, 'A'+i%26))
		x.Entities = append(x.Entities, c)
		spokes = append(spokes, c.ID)
		state(h.ID, c.ID, i+1)
		if i < 20 {
			state(h2.ID, c.ID, 1)
		}
	}
	for j := range 15 {
		c := country(fmt.Sprintf("B%c%c", 'A'+j/26, 'A'+j%26))
		x.Entities = append(x.Entities, c)
		own = append(own, c.ID)
		state(h2.ID, c.ID, 100+j)
	}
	_, err := s.Write(context.Background(), []*geokg.Extraction{x})
	require.NoError(t, err)
	return h.ID, h2.ID, spokes, own
}

// TestNeighborhoodOfABusyEntity: around an entity with more neighbours than the limit,
// the neighbourhood keeps the most strongly tied, in order, says it was cut, and a busy
// entity of the first level brings its own strongest neighbours into the second (each
// entity of a level offers at most limit + 1 of them).
func TestNeighborhoodOfABusyEntity(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	hub, hub2, spokes, own := busyGraph(t, s)

	g, err := s.Neighborhood(ctx, geokg.NeighborhoodQuery{ID: hub, Depth: 1, Limit: 10})
	require.NoError(t, err)
	var ids []string
	for _, n := range g.Nodes {
		ids = append(ids, n.Entity.ID)
	}
	want := []string{hub}
	for i := 29; i >= 21; i-- {
		want = append(want, spokes[i])
	}
	assert.Equal(t, want, ids, "the hub, then its 9 strongest ties, strongest first")
	assert.True(t, g.Truncated)

	// From the weakest spoke tied to both hubs: level 1 is the two hubs, level 2 the
	// strongest of their other neighbours: hub2's own (100+ statements) before the spokes.
	g, err = s.Neighborhood(ctx, geokg.NeighborhoodQuery{ID: spokes[0], Depth: 2, Limit: 8})
	require.NoError(t, err)
	var depth2 []string
	for _, n := range g.Nodes {
		if n.Depth == 2 {
			depth2 = append(depth2, n.Entity.ID)
		}
	}
	assert.Equal(t, []string{own[14], own[13], own[12], own[11], own[10]}, depth2)
	assert.Equal(t, hub, g.Nodes[1].Entity.ID, "the hub (1 statement, id first) ...")
	assert.Equal(t, hub2, g.Nodes[2].Entity.ID)
	assert.True(t, g.Truncated)
	assert.NotEmpty(t, g.Edges)
}
