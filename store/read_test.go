package store_test

import (
	"context"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

const (
	alb    = "country:ALB"
	irn    = "country:IRN"
	usa    = "country:USA"
	khatib = "official:esmail-khatib"
	mek    = "group:peoples-mujahedeen-of-iran"
)

func keys(edges []geokg.Edge) []string {
	out := []string{}
	for _, e := range edges {
		out = append(out, e.Key())
	}
	return out
}

func TestEntityRelationsMatchesRelations(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	_, err := s.Write(ctx, []*geokg.Extraction{neo4jtest.Fixture("entity relations")})
	require.NoError(t, err)

	ids := []string{alb, irn, usa, khatib, mek, "country:NOPE"}
	queries := map[string]geokg.EntityRelationQuery{
		"both":         {},
		"out":          {Direction: geokg.Out},
		"in":           {Direction: geokg.In},
		"types":        {Direction: geokg.Both, Types: []geokg.RelationType{geokg.Accuses, geokg.Supports, geokg.Meets}},
		"date range":   {From: "2022-09-07", To: "2022-09-09"},
		"out in range": {Direction: geokg.Out, From: "2022-09-10"},
	}
	for name, q := range queries {
		t.Run(name, func(t *testing.T) {
			for _, first := range []int{1, 2, 10} {
				// Page through every entity at once, and compare with Relations one by one.
				got := map[string][]string{}
				after := map[string]string{}
				pending := ids
				for len(pending) > 0 {
					// Entities that need the same next cursor share a batch.
					byAfter := map[string][]string{}
					for _, id := range pending {
						byAfter[after[id]] = append(byAfter[after[id]], id)
					}
					pending = nil
					for cur, batch := range byAfter {
						pages, err := s.EntityRelations(ctx, batch, q, geokg.PageRequest{First: first, After: cur})
						require.NoError(t, err)
						for _, id := range batch {
							page := pages[id]
							assert.LessOrEqual(t, len(page.Edges), first)
							got[id] = append(got[id], keys(page.Edges)...)
							if page.HasNext {
								after[id] = page.EndCursor
								pending = append(pending, id)
							}
						}
					}
				}
				counts, err := s.CountEntityRelations(ctx, ids, q)
				require.NoError(t, err)
				for _, id := range ids {
					want, err := s.Relations(ctx, q.Filter(id), geokg.PageRequest{First: 100}, true)
					require.NoError(t, err)
					assert.Equal(t, keys(want.Edges), append([]string{}, got[id]...), "%s first %d", id, first)
					assert.Equal(t, want.Total, counts[id], id)
				}
			}
		})
	}

	_, err = s.EntityRelations(ctx, ids, geokg.EntityRelationQuery{}, geokg.PageRequest{First: 2, After: "bad"})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
	_, err = s.EntityRelations(ctx, ids, geokg.EntityRelationQuery{Types: []geokg.RelationType{"X]-() DETACH DELETE"}}, geokg.PageRequest{First: 2})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}

func TestNeighborhood(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	_, err := s.Write(ctx, []*geokg.Extraction{neo4jtest.Fixture("neighborhood")})
	require.NoError(t, err)

	type node struct {
		id    string
		depth int
	}
	tests := []struct {
		name      string
		q         geokg.NeighborhoodQuery
		nodes     []node
		edges     []string
		truncated bool
	}{
		{"depth 0 is the entity alone", geokg.NeighborhoodQuery{ID: alb, Depth: 0, Limit: 100},
			[]node{{alb, 0}}, []string{}, false},
		{"one hop, strongest ties first", geokg.NeighborhoodQuery{ID: alb, Depth: 1, Limit: 100},
			[]node{{alb, 0}, {irn, 1}, {usa, 1}, {mek, 1}},
			[]string{"country:ALB|ACCUSES|country:IRN", "country:ALB|HOSTS|group:peoples-mujahedeen-of-iran",
				"country:ALB|MEETS|country:IRN", "country:ALB|SEVERS_TIES_WITH|country:IRN", "country:USA|SUPPORTS|country:ALB"}, false},
		{"two hops from Khatib", geokg.NeighborhoodQuery{ID: khatib, Depth: 2, Limit: 100},
			[]node{{khatib, 0}, {usa, 1}, {alb, 2}},
			[]string{"country:USA|SANCTIONS|official:esmail-khatib", "country:USA|SUPPORTS|country:ALB"}, false},
		{"types", geokg.NeighborhoodQuery{ID: alb, Depth: 3, Limit: 100, Types: []geokg.RelationType{geokg.Supports, geokg.Sanctions}},
			[]node{{alb, 0}, {usa, 1}, {khatib, 2}},
			[]string{"country:USA|SANCTIONS|official:esmail-khatib", "country:USA|SUPPORTS|country:ALB"}, false},
		{"limit keeps the strongest", geokg.NeighborhoodQuery{ID: alb, Depth: 2, Limit: 2},
			[]node{{alb, 0}, {irn, 1}},
			[]string{"country:ALB|ACCUSES|country:IRN", "country:ALB|MEETS|country:IRN", "country:ALB|SEVERS_TIES_WITH|country:IRN"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := s.Neighborhood(ctx, tc.q)
			require.NoError(t, err)
			var nodes []node
			for _, n := range g.Nodes {
				nodes = append(nodes, node{n.Entity.ID, n.Depth})
				assert.NotEmpty(t, n.Entity.Name)
				assert.True(t, n.Entity.Kind.Valid())
			}
			assert.Equal(t, tc.nodes, nodes)
			got := keys(g.Edges)
			sort.Strings(got)
			assert.Equal(t, tc.edges, got)
			assert.Equal(t, tc.truncated, g.Truncated)
			for _, e := range g.Edges {
				assert.Equal(t, 1, e.Count)
				assert.Positive(t, e.Confidence)
			}
		})
	}

	_, err = s.Neighborhood(ctx, geokg.NeighborhoodQuery{ID: "country:NOPE", Depth: 1, Limit: 10})
	assert.Equal(t, geokg.CodeNotFound, geokg.ErrorCode(err))
	_, err = s.Neighborhood(ctx, geokg.NeighborhoodQuery{ID: alb, Depth: 4, Limit: 10})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}

func TestPaths(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	_, err := s.Write(ctx, []*geokg.Extraction{neo4jtest.Fixture("paths")})
	require.NoError(t, err)

	tests := []struct {
		name string
		q    geokg.PathQuery
		want [][]string // each path as its hops' keys
	}{
		{"Albania to Khatib through the United States", geokg.PathQuery{From: alb, To: khatib, MaxHops: 3, First: 3},
			[][]string{{"country:USA|SUPPORTS|country:ALB", "country:USA|SANCTIONS|official:esmail-khatib"}}},
		{"no path through an entity twice", geokg.PathQuery{From: alb, To: khatib, MaxHops: 4, First: 10},
			[][]string{{"country:USA|SUPPORTS|country:ALB", "country:USA|SANCTIONS|official:esmail-khatib"}}},
		{"each parallel edge is a path", geokg.PathQuery{From: irn, To: khatib, MaxHops: 3, First: 5},
			[][]string{
				{"country:ALB|ACCUSES|country:IRN", "country:USA|SUPPORTS|country:ALB", "country:USA|SANCTIONS|official:esmail-khatib"},
				{"country:ALB|MEETS|country:IRN", "country:USA|SUPPORTS|country:ALB", "country:USA|SANCTIONS|official:esmail-khatib"},
				{"country:ALB|SEVERS_TIES_WITH|country:IRN", "country:USA|SUPPORTS|country:ALB", "country:USA|SANCTIONS|official:esmail-khatib"},
			}},
		{"walks that come back are not paths", geokg.PathQuery{From: irn, To: usa, MaxHops: 4, First: 5},
			[][]string{
				{"country:ALB|ACCUSES|country:IRN", "country:USA|SUPPORTS|country:ALB"},
				{"country:ALB|MEETS|country:IRN", "country:USA|SUPPORTS|country:ALB"},
				{"country:ALB|SEVERS_TIES_WITH|country:IRN", "country:USA|SUPPORTS|country:ALB"},
			}},
		{"first caps the paths", geokg.PathQuery{From: irn, To: khatib, MaxHops: 3, First: 1}, nil},
		{"too far", geokg.PathQuery{From: irn, To: khatib, MaxHops: 2, First: 5}, [][]string{}},
		{"types", geokg.PathQuery{From: alb, To: khatib, MaxHops: 4, First: 5, Types: []geokg.RelationType{geokg.Supports}}, [][]string{}},
		{"direct", geokg.PathQuery{From: irn, To: alb, MaxHops: 4, First: 1, Types: []geokg.RelationType{geokg.SeversTiesWith}},
			[][]string{{"country:ALB|SEVERS_TIES_WITH|country:IRN"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			paths, err := s.Paths(ctx, tc.q)
			require.NoError(t, err)
			got := [][]string{}
			for _, p := range paths {
				require.Len(t, p.Nodes, len(p.Hops)+1)
				assert.Equal(t, tc.q.From, p.Nodes[0].ID)
				assert.Equal(t, tc.q.To, p.Nodes[len(p.Nodes)-1].ID)
				for i, h := range p.Hops {
					ends := []string{h.Subject, h.Object}
					assert.ElementsMatch(t, []string{p.Nodes[i].ID, p.Nodes[i+1].ID}, ends, "hop %d joins its nodes", i)
				}
				got = append(got, keys(p.Hops))
			}
			if tc.want == nil {
				assert.Len(t, got, tc.q.First)
				return
			}
			sort.Slice(got, func(i, j int) bool { return got[i][0] < got[j][0] })
			assert.Equal(t, tc.want, got)
		})
	}

	_, err = s.Paths(ctx, geokg.PathQuery{From: alb, To: "official:nobody", MaxHops: 2, First: 1})
	assert.Equal(t, geokg.CodeNotFound, geokg.ErrorCode(err))
	_, err = s.Paths(ctx, geokg.PathQuery{From: alb, To: khatib, MaxHops: 5, First: 1})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
	_, err = s.Paths(ctx, geokg.PathQuery{From: alb, To: alb, MaxHops: 2, First: 1})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}

// timelineEntry renders a timeline item as "date TYPE subject>object" or "date EVENT id".
func timelineEntry(it geokg.TimelineItem) string {
	if it.Event != nil {
		return it.Date + " EVENT " + it.Event.ID
	}
	st := it.Statement
	return it.Date + " " + string(st.Edge.Type) + " " + st.Edge.Subject + ">" + st.Edge.Object
}

func TestTimeline(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	x := neo4jtest.Fixture("timeline")
	_, err := s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)

	tests := []struct {
		name string
		q    geokg.TimelineQuery
		want []string
	}{
		{"an entity: statements and events in date order", geokg.TimelineQuery{ID: alb}, []string{
			"2022-07-15 EVENT event:cyberattack-2022-07-15-alb",
			"2022-09-01 MEETS country:ALB>country:IRN",
			"2022-09-07 SEVERS_TIES_WITH country:ALB>country:IRN",
			"2022-09-10 *", "2022-09-10 *", "2022-09-10 *",
		}},
		{"a pair, both directions, and the event the pair's statements are about", geokg.TimelineQuery{ID: irn, Other: alb}, []string{
			"2022-07-15 EVENT event:cyberattack-2022-07-15-alb",
			"2022-09-01 MEETS country:ALB>country:IRN",
			"2022-09-07 SEVERS_TIES_WITH country:ALB>country:IRN",
			"2022-09-10 ACCUSES country:ALB>country:IRN",
		}},
		{"a pair without shared events", geokg.TimelineQuery{ID: usa, Other: alb}, []string{
			"2022-09-10 SUPPORTS country:USA>country:ALB",
		}},
		{"dates and types", geokg.TimelineQuery{ID: alb, From: "2022-09-02", To: "2022-09-10", Types: []geokg.RelationType{geokg.SeversTiesWith, geokg.Hosts}}, []string{
			"2022-09-07 SEVERS_TIES_WITH country:ALB>country:IRN",
			"2022-09-10 HOSTS country:ALB>group:peoples-mujahedeen-of-iran",
		}},
		{"unknown entity", geokg.TimelineQuery{ID: "country:NOPE"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, first := range []int{1, 4, 100} {
				var got []string
				after := ""
				for {
					page, err := s.Timeline(ctx, tc.q, geokg.PageRequest{First: first, After: after})
					require.NoError(t, err)
					require.LessOrEqual(t, len(page.Items), first)
					for _, it := range page.Items {
						got = append(got, timelineEntry(it))
						if it.Statement != nil {
							assert.NotEmpty(t, it.Statement.Evidence.Sentence)
							assert.Equal(t, it.Date, it.Statement.Evidence.Date)
							assert.Equal(t, 1, it.Statement.Edge.Count, "the statement comes with its edge")
							assert.Equal(t, x.Article.ID, it.Statement.Evidence.ArticleID)
						} else {
							assert.Equal(t, []string{alb}, it.Event.Targets)
						}
					}
					if !page.HasNext {
						break
					}
					after = page.EndCursor
				}
				require.Len(t, got, len(tc.want), "first %d: %v", first, got)
				for i, w := range tc.want {
					if w[len(w)-1] == '*' {
						assert.Equal(t, w[:len(w)-1], got[i][:len(w)-1])
						continue
					}
					assert.Equal(t, w, got[i], "first %d", first)
				}
			}
		})
	}

	_, err = s.Timeline(ctx, geokg.TimelineQuery{ID: alb}, geokg.PageRequest{First: 2, After: "%%"})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}

// twoArticles writes the fixture twice: the second article one month later, and Britain
// condemning Iran in it.
func twoArticles(t *testing.T, s interface {
	Write(context.Context, []*geokg.Extraction) (geokg.WriteSummary, error)
}) {
	t.Helper()
	a, b := neo4jtest.Fixture("aggregate a"), neo4jtest.Fixture("aggregate b")
	for i := range b.Relations {
		b.Relations[i].Date = "2022-10-0" + string(rune('1'+i))
	}
	b.Entities = append(b.Entities, geokg.Entity{ID: "country:GBR", Kind: geokg.KindCountry, Name: "United Kingdom", Code: "GBR"})
	b.Relations = append(b.Relations, geokg.Relation{Subject: "country:GBR", Type: geokg.Condemns, Object: irn,
		Evidence: "Britain condemned Iran.", Start: 150, End: 172, Date: "2022-10-20", Confidence: 0.8})
	_, err := s.Write(context.Background(), []*geokg.Extraction{a, b})
	require.NoError(t, err)
}

func TestRelationCounts(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	twoArticles(t, s)

	render := func(cs []geokg.RelationCount) map[string]int {
		m := map[string]int{}
		for _, c := range cs {
			m[c.Key] = c.Count
		}
		return m
	}
	tests := []struct {
		name   string
		filter geokg.RelationFilter
		by     geokg.GroupBy
		first  int
		want   map[string]int
	}{
		{"by type", geokg.RelationFilter{}, geokg.ByType, 100, map[string]int{
			"ACCUSES": 2, "SEVERS_TIES_WITH": 2, "SANCTIONS": 2, "HOSTS": 2, "SUPPORTS": 2, "MEETS": 2, "CONDEMNS": 1}},
		{"by month", geokg.RelationFilter{}, geokg.ByMonth, 100, map[string]int{"2022-09": 6, "2022-10": 7}},
		{"by subject, object filter", geokg.RelationFilter{Object: irn}, geokg.BySubject, 100, map[string]int{alb: 6, "country:GBR": 1}},
		{"by object, date range", geokg.RelationFilter{From: "2022-10-01", To: "2022-10-03"}, geokg.ByObject, 100, map[string]int{irn: 2, khatib: 1}},
		{"by dyad", geokg.RelationFilter{Either: alb}, geokg.ByDyad, 100, map[string]int{
			alb + "|" + irn: 6, alb + "|" + mek: 2, alb + "|" + usa: 2}},
		{"by type, min confidence, article", geokg.RelationFilter{MinConfidence: 0.85, ArticleID: geokg.ArticleID("aggregate a")}, geokg.ByType, 100,
			map[string]int{"ACCUSES": 1, "SEVERS_TIES_WITH": 1}},
		{"first", geokg.RelationFilter{}, geokg.ByDyad, 1, map[string]int{alb + "|" + irn: 6}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := s.RelationCounts(ctx, tc.filter, tc.by, tc.first)
			require.NoError(t, err)
			assert.Equal(t, tc.want, render(cs))
			for i, c := range cs {
				switch tc.by {
				case geokg.ByType:
					assert.Equal(t, c.Key, string(c.Type))
				case geokg.ByMonth:
					assert.Equal(t, c.Key, c.Month)
					if i > 0 {
						assert.Less(t, cs[i-1].Month, c.Month, "months in calendar order")
					}
				case geokg.BySubject:
					assert.Equal(t, c.Key, c.Subject)
				case geokg.ByObject:
					assert.Equal(t, c.Key, c.Object)
				case geokg.ByDyad:
					assert.Equal(t, c.Key, c.Subject+"|"+c.Object)
				}
				if tc.by != geokg.ByMonth && i > 0 {
					assert.GreaterOrEqual(t, cs[i-1].Count, c.Count, "largest first")
				}
			}
		})
	}
	_, err := s.RelationCounts(ctx, geokg.RelationFilter{}, "DECADE", 10)
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}

func TestTopActors(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	twoArticles(t, s)

	tests := []struct {
		name  string
		q     geokg.TopActorsQuery
		first int
		want  []string // id=count, most first
	}{
		// MEETS is symmetric: both of its actors count whatever the direction.
		{"out", geokg.TopActorsQuery{Direction: geokg.Out}, 10, []string{"country:ALB=8", "country:USA=4", "country:GBR=1", "country:IRN=2"}},
		{"in", geokg.TopActorsQuery{Direction: geokg.In}, 2, []string{"country:IRN=7", "country:ALB=4"}},
		{"both, one type", geokg.TopActorsQuery{Types: []geokg.RelationType{geokg.Sanctions}}, 10, []string{"country:USA=2", "official:esmail-khatib=2"}},
		{"dated", geokg.TopActorsQuery{Direction: geokg.Out, From: "2022-10-20"}, 10, []string{"country:GBR=1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.TopActors(ctx, tc.q, tc.first)
			require.NoError(t, err)
			m := map[string]bool{}
			for i, a := range got {
				m[a.Entity.ID+"="+itoa(a.Count)] = true
				assert.NotEmpty(t, a.Entity.Name)
				if i > 0 {
					assert.GreaterOrEqual(t, got[i-1].Count, a.Count)
				}
			}
			want := map[string]bool{}
			for _, w := range tc.want {
				want[w] = true
			}
			assert.Equal(t, want, m)
		})
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestDyad(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	twoArticles(t, s)

	d, err := s.Dyad(ctx, geokg.DyadQuery{A: irn, B: alb})
	require.NoError(t, err)
	assert.Equal(t, irn, d.A)
	assert.Equal(t, alb, d.B)
	assert.Equal(t, 6, d.Total, "both directions: ALB accuses, severs, meets, twice")
	assert.ElementsMatch(t, []geokg.TypeCount{{Type: geokg.Accuses, Count: 2}, {Type: geokg.Meets, Count: 2}, {Type: geokg.SeversTiesWith, Count: 2}}, d.ByType)
	assert.Equal(t, []geokg.MonthCount{{Month: "2022-09", Count: 3}, {Month: "2022-10", Count: 3}}, d.ByMonth)
	assert.Equal(t, "2022-09-01", d.FirstSeen)
	assert.Equal(t, "2022-10-06", d.LastSeen)
	mean := (geokg.Accuses.Goldstein() + geokg.SeversTiesWith.Goldstein() + geokg.Meets.Goldstein()) / 3
	require.Len(t, d.Score, 2)
	assert.Equal(t, "2022-09", d.Score[0].Month)
	assert.InDelta(t, mean, d.Score[0].Score, 1e-9)
	assert.Equal(t, 3, d.Score[0].Count)
	assert.InDelta(t, mean, d.MeanScore, 1e-9)

	d, err = s.Dyad(ctx, geokg.DyadQuery{A: usa, B: irn})
	require.NoError(t, err)
	assert.Equal(t, 0, d.Total)
	assert.Empty(t, d.ByType)
	assert.Empty(t, d.Score)

	_, err = s.Dyad(ctx, geokg.DyadQuery{A: alb, B: "country:NOPE"})
	assert.Equal(t, geokg.CodeNotFound, geokg.ErrorCode(err))
	_, err = s.Dyad(ctx, geokg.DyadQuery{A: alb, B: alb})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}

func TestStatementsSince(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	a := neo4jtest.Fixture("statements a")
	_, err := s.Write(ctx, []*geokg.Extraction{a})
	require.NoError(t, err)

	all, err := s.Statements(ctx, geokg.RelationFilter{}, geokg.StatementCursor{}, 100)
	require.NoError(t, err)
	require.Len(t, all, 6)
	for i, st := range all {
		assert.False(t, st.CreatedAt.IsZero())
		assert.Equal(t, 1, st.Edge.Count)
		assert.NotEmpty(t, st.Evidence.Sentence)
		if i > 0 {
			assert.True(t, st.Cursor().After(all[i-1].Cursor()), "in cursor order")
		}
	}
	rest, err := s.Statements(ctx, geokg.RelationFilter{}, all[2].Cursor(), 100)
	require.NoError(t, err)
	assert.Equal(t, all[3:], rest)
	limited, err := s.Statements(ctx, geokg.RelationFilter{}, geokg.StatementCursor{}, 2)
	require.NoError(t, err)
	assert.Equal(t, all[:2], limited)
	sanctions, err := s.Statements(ctx, geokg.RelationFilter{Types: []geokg.RelationType{geokg.Sanctions}}, geokg.StatementCursor{}, 100)
	require.NoError(t, err)
	require.Len(t, sanctions, 1)
	assert.Equal(t, "The U.S. sanctioned Khatib.", sanctions[0].Evidence.Sentence)
	for _, st := range all {
		assert.Equal(t, geokg.RelationFilter{Types: []geokg.RelationType{geokg.Sanctions}}.MatchStatement(st), st.Edge.Type == geokg.Sanctions)
	}

	// Writing the same article again adds nothing; a new article adds its statements only.
	last := all[len(all)-1].Cursor()
	_, err = s.Write(ctx, []*geokg.Extraction{a, neo4jtest.Fixture("statements b")})
	require.NoError(t, err)
	added, err := s.Statements(ctx, geokg.RelationFilter{}, last, 100)
	require.NoError(t, err)
	require.Len(t, added, 6)
	for _, st := range added {
		assert.Equal(t, geokg.ArticleID("statements b"), st.Evidence.ArticleID)
		assert.Equal(t, 2, st.Edge.Count, "the edge as it stands now")
	}

	// Statements written by one query share their creation time: the id orders them.
	c := neo4jtest.Fixture("statements c")
	c.Relations = []geokg.Relation{c.Relations[2], c.Relations[2]}
	c.Relations[1].Start, c.Relations[1].End = 200, 227
	_, err = s.Write(ctx, []*geokg.Extraction{c})
	require.NoError(t, err)
	twins, err := s.Statements(ctx, geokg.RelationFilter{}, added[len(added)-1].Cursor(), 100)
	require.NoError(t, err)
	require.Len(t, twins, 2)
	require.True(t, twins[0].CreatedAt.Equal(twins[1].CreatedAt))
	second, err := s.Statements(ctx, geokg.RelationFilter{}, twins[0].Cursor(), 100)
	require.NoError(t, err)
	require.Len(t, second, 1, "a cursor at the same time keeps what has a greater id")
	assert.Equal(t, twins[1].Evidence.ID, second[0].Evidence.ID)
}

// TestPathsNeverComeBack: with more paths asked for than the shortest, the next come from
// longer paths, not from walks that pass an entity twice over parallel relations.
func TestPathsNeverComeBack(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	text := "a chain and a triangle"
	x := &geokg.Extraction{Article: geokg.Article{ID: geokg.ArticleID(text), Title: "Chains"}, Extractor: geokg.ExtractorVersion}
	for _, c := range []string{"XA", "XB", "XC", "XD", "XE", "XF"} {
		x.Entities = append(x.Entities, geokg.Entity{ID: "country:" + c, Kind: geokg.KindCountry, Name: "Country " + c, Code: c})
	}
	for i, r := range []struct {
		s string
		t geokg.RelationType
		o string
	}{
		{"XA", geokg.Accuses, "XB"}, {"XA", geokg.Condemns, "XB"}, {"XA", geokg.Threatens, "XB"}, {"XB", geokg.Supports, "XC"},
		{"XA", geokg.Aids, "XD"}, {"XD", geokg.Aids, "XE"}, {"XE", geokg.Aids, "XF"}, {"XF", geokg.Aids, "XC"},
	} {
		x.Relations = append(x.Relations, geokg.Relation{Subject: "country:" + r.s, Type: r.t, Object: "country:" + r.o,
			Evidence: "Sentence.", Start: 10 * i, End: 10*i + 9, Date: "2024-01-01", Confidence: 0.8})
	}
	_, err := s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)

	paths, err := s.Paths(ctx, geokg.PathQuery{From: "country:XA", To: "country:XC", MaxHops: 4, First: 4})
	require.NoError(t, err)
	var lengths []int
	for _, p := range paths {
		lengths = append(lengths, len(p.Hops))
		seen := map[string]bool{}
		for _, n := range p.Nodes {
			assert.False(t, seen[n.ID], "%s twice", n.ID)
			seen[n.ID] = true
		}
	}
	assert.Equal(t, []int{2, 2, 2, 4}, lengths)
}

func TestArticleRelationsMatchesRelations(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	a, b := neo4jtest.Fixture("article relations a"), neo4jtest.Fixture("article relations b")
	b.Relations = b.Relations[2:4]
	_, err := s.Write(ctx, []*geokg.Extraction{a, b})
	require.NoError(t, err)
	ids := []string{a.Article.ID, b.Article.ID, "article:unknown"}

	for _, first := range []int{1, 4, 10} {
		got := map[string][]string{}
		for _, id := range ids {
			after := ""
			for {
				pages, err := s.ArticleRelations(ctx, []string{a.Article.ID, b.Article.ID, "article:unknown"}, geokg.PageRequest{First: first, After: after})
				require.NoError(t, err)
				page := pages[id]
				got[id] = append(got[id], keys(page.Edges)...)
				if !page.HasNext {
					break
				}
				after = page.EndCursor
			}
		}
		counts, err := s.CountArticleRelations(ctx, ids)
		require.NoError(t, err)
		for _, id := range ids {
			want, err := s.Relations(ctx, geokg.RelationFilter{ArticleID: id}, geokg.PageRequest{First: 100}, true)
			require.NoError(t, err)
			assert.Equal(t, keys(want.Edges), append([]string{}, got[id]...), "%s first %d", id, first)
			assert.Equal(t, want.Total, counts[id])
		}
	}
	counts, err := s.CountArticleRelations(ctx, ids)
	require.NoError(t, err)
	assert.Equal(t, map[string]int{a.Article.ID: 6, b.Article.ID: 2, "article:unknown": 0}, counts)
	_, err = s.ArticleRelations(ctx, ids, geokg.PageRequest{First: 1, After: "bad"})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}
