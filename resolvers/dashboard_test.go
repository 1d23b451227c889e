package resolvers_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/geokg/geokg"
)

// TestDashboardArgumentsReachTheGraph: partial dates become full ones, interactionsOnly
// becomes the types that are not structural, an order's direction is DESC by default,
// and asOf reaches the traversals, before the graph is asked.
func TestDashboardArgumentsReachTheGraph(t *testing.T) {
	g := newFakeGraph()
	c := newClient(g, nil)
	var resp map[string]any
	interactions, _ := geokg.Interactions(nil)

	c.MustPost(`{ relations(filter: {object: "country:C00", from: "2022", to: "2022-02", interactionsOnly: true}, orderBy: {field: COUNT}) { totalCount } }`, &resp)
	assert.Equal(t, geokg.RelationFilter{Object: "country:C00", From: "2022-01-01", To: "2022-02-28", Types: interactions,
		Order: geokg.RelationOrder{Field: geokg.OrderCount, Direction: geokg.Desc}}, g.last["Relations"])

	c.MustPost(`{ entity(id: "country:C00") { relations(types: [SANCTIONS, LEADS], interactionsOnly: true, asOf: "2024", orderBy: {field: LAST_SEEN, direction: ASC}) { totalCount } } }`, &resp)
	assert.Equal(t, geokg.EntityRelationQuery{Direction: geokg.Both, Types: []geokg.RelationType{geokg.Sanctions}, AsOf: "2024-12-31",
		Order: geokg.RelationOrder{Field: geokg.OrderLastSeen, Direction: geokg.Asc}}, g.last["EntityRelations"])

	c.MustPost(`{ neighborhood(id: "country:C00", asOf: "2023-02", hops: {from: "2022"}) { truncated } }`, &resp)
	assert.Equal(t, geokg.NeighborhoodQuery{ID: "country:C00", Depth: 1, Limit: 100, Hops: geokg.HopFilter{From: "2022-01-01", AsOf: "2023-02-28"}}, g.last["Neighborhood"])

	c.MustPost(`{ paths(from: "country:C00", to: "country:T01", asOf: "2022-09-14") { length } }`, &resp)
	assert.Equal(t, "2022-09-14", g.last["Paths"].(geokg.PathQuery).Hops.AsOf)

	c.MustPost(`{ topActors(type: SANCTIONS, types: [ACCUSES, MEMBER_OF], kinds: [Country], interactionsOnly: true, from: "2022") { count } }`, &resp)
	assert.Equal(t, []any{geokg.TopActorsQuery{Types: []geokg.RelationType{geokg.Accuses, geokg.Sanctions}, Kinds: []geokg.Kind{geokg.KindCountry},
		Direction: geokg.Both, From: "2022-01-01"}, 10}, g.last["TopActors"])

	c.MustPost(`{ dyad(a: "country:C00", b: "country:T01", from: "2022", to: "2022", bucket: WEEK, interactionsOnly: true) { total } }`, &resp)
	assert.Equal(t, geokg.DyadQuery{A: "country:C00", B: "country:T01", Period: geokg.Period{From: "2022-01-01", To: "2022-12-31"},
		Types: interactions, Bucket: geokg.Week}, g.last["Dyad"])

	c.MustPost(`{ relationCounts(groupBy: QUARTER) { key period } }`, &resp)
	assert.Equal(t, []any{geokg.RelationFilter{}, geokg.ByQuarter, 100}, g.last["RelationCounts"])

	for query, says := range map[string]string{
		`{ relations(filter: {types: [LEADS, PART_OF], interactionsOnly: true}) { totalCount } }`: "interactionsOnly leaves none of the types",
		`{ relations(filter: {from: "2022-9"}) { totalCount } }`:                                  `from: "2022-9" is not a date`,
		`{ entity(id: "country:C00") { relations(asOf: "yesterday") { totalCount } } }`:           `asOf: "yesterday" is not a date`,
		`{ node(id: "nothing") { id } }`:                                                          "malformed id",
	} {
		assert.Contains(t, code(t, c.Post(query, &resp)), says, query)
	}
}
