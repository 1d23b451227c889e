package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/store"
)

// dashboardGraph writes twoArticles and a third article in which Albania accuses Iran
// twice more, so that the relations' counts differ.
func dashboardGraph(t *testing.T) *store.Store {
	t.Helper()
	s := neo4jtest.Open(t)
	twoArticles(t, s)
	c := neo4jtest.Fixture("aggregate c")
	c.Relations = []geokg.Relation{
		{Subject: alb, Type: geokg.Accuses, Object: irn, Evidence: "Albania again blamed Iran.", Start: 0, End: 26, Date: "2022-11-02", Confidence: 0.95},
		{Subject: alb, Type: geokg.Accuses, Object: irn, Evidence: "Tirana blamed Tehran once more.", Start: 27, End: 58, Date: "2022-11-03", Confidence: 0.5},
	}
	_, err := s.Write(context.Background(), []*geokg.Extraction{c})
	require.NoError(t, err)
	return s
}

// orderKey returns the value of the order field of e, for checking an order.
func less(o geokg.RelationOrder, a, b geokg.Edge) bool {
	var c int
	switch o.Field {
	case geokg.OrderCount:
		c = a.Count - b.Count
	case geokg.OrderConfidence:
		switch {
		case a.Confidence < b.Confidence:
			c = -1
		case a.Confidence > b.Confidence:
			c = 1
		}
	case geokg.OrderLastSeen:
		c = compareStrings(a.LastSeen, b.LastSeen)
	case geokg.OrderFirstSeen:
		c = compareStrings(a.FirstSeen, b.FirstSeen)
	}
	if o.Direction == geokg.Desc {
		c = -c
	}
	if c != 0 {
		return c < 0
	}
	return a.Key() < b.Key()
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestRelationsInOrder(t *testing.T) {
	s := dashboardGraph(t)
	ctx := context.Background()
	orders := []geokg.RelationOrder{
		{Field: geokg.OrderCount, Direction: geokg.Desc},
		{Field: geokg.OrderCount, Direction: geokg.Asc},
		{Field: geokg.OrderLastSeen, Direction: geokg.Desc},
		{Field: geokg.OrderFirstSeen, Direction: geokg.Asc},
		{Field: geokg.OrderConfidence, Direction: geokg.Desc},
	}
	for _, o := range orders {
		t.Run(string(o.Field)+" "+string(o.Direction), func(t *testing.T) {
			whole, err := s.Relations(ctx, geokg.RelationFilter{Order: o}, geokg.PageRequest{First: 100}, true)
			require.NoError(t, err)
			require.Len(t, whole.Edges, 7)
			assert.Equal(t, 7, whole.Total)
			assert.True(t, slices.IsSortedFunc(whole.Edges, func(a, b geokg.Edge) int {
				if less(o, a, b) {
					return -1
				}
				return 1
			}), "sorted by %s %s, then by key: %v", o.Field, o.Direction, keys(whole.Edges))
			// Pages of 2 give the same list, through the order's cursors.
			var paged []string
			after := ""
			for range 10 {
				page, err := s.Relations(ctx, geokg.RelationFilter{Order: o}, geokg.PageRequest{First: 2, After: after}, false)
				require.NoError(t, err)
				paged = append(paged, keys(page.Edges)...)
				if !page.HasNext {
					break
				}
				after = page.EndCursor
			}
			assert.Equal(t, keys(whole.Edges), paged)

			// An entity's relations in the same order, paged likewise.
			q := geokg.EntityRelationQuery{Direction: geokg.Both, Order: o}
			all, err := s.EntityRelations(ctx, []string{alb}, q, geokg.PageRequest{First: 100})
			require.NoError(t, err)
			var mine []string
			for _, e := range whole.Edges {
				if e.Subject == alb || e.Object == alb {
					mine = append(mine, e.Key())
				}
			}
			assert.Equal(t, mine, keys(all[alb].Edges))
			var pagedMine []string
			after = ""
			for range 10 {
				pages, err := s.EntityRelations(ctx, []string{alb}, q, geokg.PageRequest{First: 1, After: after})
				require.NoError(t, err)
				pagedMine = append(pagedMine, keys(pages[alb].Edges)...)
				if !pages[alb].HasNext {
					break
				}
				after = pages[alb].EndCursor
			}
			assert.Equal(t, mine, pagedMine)
		})
	}
	top, err := s.Relations(ctx, geokg.RelationFilter{Order: orders[0]}, geokg.PageRequest{First: 1}, false)
	require.NoError(t, err)
	assert.Equal(t, alb+"|ACCUSES|"+irn, top.Edges[0].Key(), "the most reported first")
	assert.Equal(t, 4, top.Edges[0].Count)

	// A cursor of one order is refused by another.
	_, err = s.Relations(ctx, geokg.RelationFilter{Order: orders[2]}, geokg.PageRequest{First: 2, After: top.EndCursor}, false)
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
	_, err = s.Relations(ctx, geokg.RelationFilter{Order: geokg.RelationOrder{Field: "NAME", Direction: geokg.Asc}}, geokg.PageRequest{First: 2}, false)
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}

func TestGraphAsOf(t *testing.T) {
	s := dashboardGraph(t)
	ctx := context.Background()

	// Written today: as of yesterday nothing was known, as of tomorrow everything.
	yesterday := time.Now().UTC().AddDate(0, 0, -1).Format(time.DateOnly)
	tomorrow := time.Now().UTC().AddDate(0, 0, 1).Format(time.DateOnly)
	pages, err := s.EntityRelations(ctx, []string{alb}, geokg.EntityRelationQuery{AsOf: yesterday}, geokg.PageRequest{First: 100})
	require.NoError(t, err)
	assert.Empty(t, pages[alb].Edges, "statements written after the date are left out")
	pages, err = s.EntityRelations(ctx, []string{alb}, geokg.EntityRelationQuery{AsOf: tomorrow}, geokg.PageRequest{First: 100})
	require.NoError(t, err)
	assert.Len(t, pages[alb].Edges, 5)

	// As if each statement had been written the day after its date, at noon: the
	// accusation dated 11-02 was not known on 11-02.
	jan := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	require.NoError(t, s.BackdateStatements(ctx, 36*time.Hour, jan))
	q := geokg.EntityRelationQuery{Direction: geokg.Out, AsOf: "2022-11-02", Types: []geokg.RelationType{geokg.Accuses}}
	pages, err = s.EntityRelations(ctx, []string{alb}, q, geokg.PageRequest{First: 1})
	require.NoError(t, err)
	require.Len(t, pages[alb].Edges, 1)
	assert.Equal(t, 2, pages[alb].Edges[0].Count, "09-10 and 10-01")

	// From here on, as if each statement had been written on its day, at noon.
	require.NoError(t, s.BackdateStatements(ctx, 12*time.Hour, jan))

	// As of 8 September 2022 Albania had severed ties (09-07) and met Iran (09-01) only.
	q = geokg.EntityRelationQuery{Direction: geokg.Both, AsOf: "2022-09-08"}
	pages, err = s.EntityRelations(ctx, []string{alb}, q, geokg.PageRequest{First: 100})
	require.NoError(t, err)
	assert.Equal(t, []string{alb + "|MEETS|" + irn, alb + "|SEVERS_TIES_WITH|" + irn}, keys(pages[alb].Edges))
	for _, e := range pages[alb].Edges {
		assert.Equal(t, 1, e.Count, "counted over the statements known then: %s", e.Key())
		assert.LessOrEqual(t, e.LastSeen, "2022-09-08")
	}
	counts, err := s.CountEntityRelations(ctx, []string{alb}, q)
	require.NoError(t, err)
	assert.Equal(t, 2, counts[alb])

	// Ordered and as of a date: the accusation counts its statements up to then.
	q = geokg.EntityRelationQuery{Direction: geokg.Out, AsOf: "2022-11-02", Order: geokg.RelationOrder{Field: geokg.OrderCount, Direction: geokg.Desc}}
	pages, err = s.EntityRelations(ctx, []string{alb}, q, geokg.PageRequest{First: 1})
	require.NoError(t, err)
	require.Len(t, pages[alb].Edges, 1)
	assert.Equal(t, alb+"|ACCUSES|"+irn, pages[alb].Edges[0].Key())
	assert.Equal(t, 3, pages[alb].Edges[0].Count, "the statement of 11-03 was not known on 11-02")
	assert.Equal(t, "2022-11-02", pages[alb].Edges[0].LastSeen)

	// Evidence as of the date.
	ev, err := s.Evidence(ctx, []geokg.EvidenceRequest{{Subject: alb, Type: geokg.Accuses, Object: irn, Scope: geokg.EvidenceScope{AsOf: "2022-09-30"}}}, 10)
	require.NoError(t, err)
	for _, list := range ev {
		require.Len(t, list, 1)
		assert.Equal(t, "2022-09-10", list[0].Date)
	}

	// A neighborhood as of 8 September: Albania and Iran only.
	g, err := s.Neighborhood(ctx, geokg.NeighborhoodQuery{ID: alb, Depth: 2, Limit: 50, Hops: geokg.HopFilter{AsOf: "2022-09-08"}})
	require.NoError(t, err)
	var ids []string
	for _, n := range g.Nodes {
		ids = append(ids, n.Entity.ID)
	}
	assert.ElementsMatch(t, []string{alb, irn}, ids)
	for _, e := range g.Edges {
		assert.Equal(t, 1, e.Count, e.Key())
	}

	// Paths: Albania to Khatib through the United States needs the 09-09 sanction and the
	// 09-10 support.
	paths, err := s.Paths(ctx, geokg.PathQuery{From: alb, To: khatib, MaxHops: 3, First: 3, Hops: geokg.HopFilter{AsOf: "2022-09-09"}})
	require.NoError(t, err)
	assert.Empty(t, paths, "the support of 09-10 was not known on 09-09")
	paths, err = s.Paths(ctx, geokg.PathQuery{From: alb, To: khatib, MaxHops: 3, First: 3, Hops: geokg.HopFilter{AsOf: "2022-09-10"}})
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, h := range paths[0].Hops {
		assert.Equal(t, 1, h.Count, "the October statements are not counted: %s", h.Key())
	}
	all, err := s.Paths(ctx, geokg.PathQuery{From: alb, To: khatib, MaxHops: 3, First: 3})
	require.NoError(t, err)
	assert.Equal(t, 2, all[0].Hops[0].Count)
}

func TestSeriesByPeriod(t *testing.T) {
	s := dashboardGraph(t)
	ctx := context.Background()
	render := func(cs []geokg.RelationCount) map[string]int {
		m := map[string]int{}
		for _, c := range cs {
			assert.Equal(t, c.Key, c.Period)
			m[c.Key] = c.Count
		}
		return m
	}
	for by, want := range map[geokg.GroupBy]map[string]int{
		geokg.ByYear:    {"2022": 15},
		geokg.ByQuarter: {"2022-Q3": 6, "2022-Q4": 9},
		geokg.ByMonth:   {"2022-09": 6, "2022-10": 7, "2022-11": 2},
		geokg.ByWeek:    {"2022-W35": 1, "2022-W36": 5, "2022-W39": 2, "2022-W40": 4, "2022-W42": 1, "2022-W44": 2},
	} {
		cs, err := s.RelationCounts(ctx, geokg.RelationFilter{}, by, 100)
		require.NoError(t, err, by)
		assert.Equal(t, want, render(cs), by)
		assert.True(t, slices.IsSortedFunc(cs, func(a, b geokg.RelationCount) int { return compareStrings(a.Key, b.Key) }), by)
	}
	days, err := s.RelationCounts(ctx, geokg.RelationFilter{Either: alb, From: "2022-11-01"}, geokg.ByDay, 1)
	require.NoError(t, err)
	assert.Equal(t, []geokg.RelationCount{{Key: "2022-11-02", Period: "2022-11-02", Count: 1}}, days, "first keeps the earliest days")

	series, err := s.TypeSeries(ctx, geokg.RelationFilter{Object: irn}, geokg.Quarter)
	require.NoError(t, err)
	assert.Equal(t, []geokg.TypePeriodCount{
		{Type: geokg.Accuses, Period: "2022-Q3", Count: 1}, {Type: geokg.Meets, Period: "2022-Q3", Count: 1}, {Type: geokg.SeversTiesWith, Period: "2022-Q3", Count: 1},
		{Type: geokg.Accuses, Period: "2022-Q4", Count: 3}, {Type: geokg.Condemns, Period: "2022-Q4", Count: 1}, {Type: geokg.Meets, Period: "2022-Q4", Count: 1}, {Type: geokg.SeversTiesWith, Period: "2022-Q4", Count: 1},
	}, series)

	// Iran as the object (and on either side of a meeting): 4 accusations, 2 severed
	// ties, 2 meetings, Britain's condemnation.
	a, err := s.ActorScore(ctx, geokg.ActorScoreQuery{ID: irn, Direction: geokg.In, Bucket: geokg.Month})
	require.NoError(t, err)
	assert.Equal(t, 9, a.Total)
	assert.Equal(t, []geokg.PeriodCount{{Period: "2022-09", Count: 3}, {Period: "2022-10", Count: 4}, {Period: "2022-11", Count: 2}}, a.ByPeriod)
	require.Len(t, a.Score, 3)
	assert.Equal(t, geokg.Accuses.Goldstein(), a.Score[2].Score)
	assert.InDelta(t, (4*geokg.Accuses.Goldstein()+2*geokg.SeversTiesWith.Goldstein()+2*geokg.Meets.Goldstein()+geokg.Condemns.Goldstein())/9, a.MeanScore, 1e-9)
	out, err := s.ActorScore(ctx, geokg.ActorScoreQuery{ID: irn, Direction: geokg.Out, Bucket: geokg.Year})
	require.NoError(t, err)
	assert.Equal(t, []geokg.PeriodCount{{Period: "2022", Count: 2}}, out.ByPeriod, "only its meetings, a symmetric type")
	_, err = s.ActorScore(ctx, geokg.ActorScoreQuery{ID: "country:NOPE"})
	assert.Equal(t, geokg.CodeNotFound, geokg.ErrorCode(err))

	d, err := s.Dyad(ctx, geokg.DyadQuery{A: alb, B: irn, Bucket: geokg.Quarter, Types: []geokg.RelationType{geokg.Accuses}})
	require.NoError(t, err)
	assert.Equal(t, 4, d.Total)
	assert.Equal(t, []geokg.PeriodCount{{Period: "2022-Q3", Count: 1}, {Period: "2022-Q4", Count: 3}}, d.ByPeriod)
	assert.Equal(t, "2022-11-03", d.LastSeen)

	top, err := s.TopActors(ctx, geokg.TopActorsQuery{Direction: geokg.Both, Kinds: []geokg.Kind{geokg.KindOfficial, geokg.KindGroup}}, 10)
	require.NoError(t, err)
	require.Len(t, top, 2)
	assert.Equal(t, []string{mek, khatib}, []string{top[0].Entity.ID, top[1].Entity.ID}, "two statements each, then by id")
}

func TestDashboardLists(t *testing.T) {
	s := dashboardGraph(t)
	ctx := context.Background()

	ev, err := s.ListEvents(ctx, geokg.EventQuery{Target: alb}, geokg.PageRequest{First: 10})
	require.NoError(t, err)
	require.Len(t, ev.Events, 1)
	assert.Equal(t, "event:cyberattack-2022-07-15-alb", ev.Events[0].ID)
	assert.Equal(t, []string{alb}, ev.Events[0].Targets)
	for _, q := range []geokg.EventQuery{{Target: irn}, {Types: []geokg.EventType{geokg.Coup}}, {Period: geokg.Period{From: "2022-08-01"}}} {
		ev, err := s.ListEvents(ctx, q, geokg.PageRequest{First: 10})
		require.NoError(t, err)
		assert.Empty(t, ev.Events, "%+v", q)
	}
	ev, err = s.ListEvents(ctx, geokg.EventQuery{Types: []geokg.EventType{geokg.Cyberattack}, Period: geokg.Period{From: "2022-07-01", To: "2022-07-31"}}, geokg.PageRequest{First: 10})
	require.NoError(t, err)
	assert.Len(t, ev.Events, 1)

	var countries []string
	after := ""
	for range 10 {
		page, err := s.ListEntities(ctx, []geokg.Kind{geokg.KindCountry}, geokg.PageRequest{First: 3, After: after})
		require.NoError(t, err)
		for _, e := range page.Entities {
			countries = append(countries, e.ID)
		}
		if !page.HasNext {
			break
		}
		after = page.EndCursor
	}
	assert.Equal(t, []string{alb, "country:GBR", irn, usa}, countries)
	every, err := s.ListEntities(ctx, nil, geokg.PageRequest{First: 100})
	require.NoError(t, err)
	assert.Len(t, every.Entities, 6)
	_, err = s.ListEntities(ctx, nil, geokg.PageRequest{First: 1, After: "%%"})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))

	hits, err := s.SearchStatements(ctx, "cut ties", geokg.PageRequest{First: 10})
	require.NoError(t, err)
	require.Len(t, hits.Hits, 2, "both articles say it")
	for _, h := range hits.Hits {
		assert.Equal(t, "Albania cut ties with Tehran.", h.Statement.Evidence.Sentence)
		assert.Equal(t, alb+"|SEVERS_TIES_WITH|"+irn, h.Statement.Edge.Key())
		assert.Equal(t, 2, h.Statement.Edge.Count)
		assert.Positive(t, h.Score)
	}
	var found []string
	after = ""
	for range 10 {
		page, err := s.SearchStatements(ctx, "Tehr", geokg.PageRequest{First: 1, After: after})
		require.NoError(t, err)
		for _, h := range page.Hits {
			found = append(found, h.Statement.Evidence.ID)
		}
		if !page.HasNext {
			break
		}
		after = page.EndCursor
	}
	assert.Len(t, found, 3, "a prefix of the last word: two severed ties and one accusation name Tehran")
	none, err := s.SearchStatements(ctx, "cut sanctions", geokg.PageRequest{First: 10})
	require.NoError(t, err)
	assert.Empty(t, none.Hits, "every word is required")
	_, err = s.SearchStatements(ctx, "   ", geokg.PageRequest{First: 10})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))

	sts, err := s.StatementsByID(ctx, []string{found[0], "evidence:nope"})
	require.NoError(t, err)
	require.Len(t, sts, 1)
	assert.Equal(t, found[0], sts[found[0]].Evidence.ID)
}
