package server_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/server"
)

// relationNode is a relation as the dashboard tests select it.
type relationNode struct {
	ID, Type            string
	Count               int
	Confidence          float64
	FirstSeen, LastSeen string
	Cameo, Plover       *string
	Goldstein           *float64
}

type relationsPage struct {
	Edges []struct {
		Cursor string
		Node   relationNode
	}
	PageInfo struct {
		HasNextPage bool
		EndCursor   string
	}
	TotalCount int
}

const relationFields = `edges { cursor node { id type count confidence firstSeen lastSeen cameo plover goldstein } } pageInfo { hasNextPage endCursor }`

func ids(p relationsPage) []string {
	var out []string
	for _, e := range p.Edges {
		out = append(out, e.Node.ID)
	}
	return out
}

// TestRelationListsInOrder: relations and an entity's relations sorted by count, dates or
// confidence, paged through the order's cursors; interactionsOnly leaves out the
// structural types; every relation and statement carries its CAMEO code, PLOVER type and
// Goldstein weight.
func TestRelationListsInOrder(t *testing.T) {
	h, c := exampleServer(t)

	var whole struct{ Relations relationsPage }
	post(t, c, `{ relations(first: 100, orderBy: {field: COUNT}) { `+relationFields+` totalCount } }`, &whole)
	all := whole.Relations.Edges
	require.Greater(t, len(all), 10)
	for i := 1; i < len(all); i++ {
		a, b := all[i-1].Node, all[i].Node
		assert.GreaterOrEqual(t, a.Count, b.Count, "most statements first")
		if a.Count == b.Count {
			assert.Less(t, a.ID, b.ID, "ties by subject, type, object")
		}
	}
	for _, e := range all {
		n := e.Node
		if n.Type == "LEADS" || n.Type == "MEMBER_OF" || n.Type == "PART_OF" {
			assert.Nil(t, n.Goldstein, n.ID)
			assert.Nil(t, n.Cameo, n.ID)
			continue
		}
		require.NotNil(t, n.Goldstein, n.ID)
		require.NotNil(t, n.Plover, n.ID)
		require.NotNil(t, n.Cameo, n.ID)
	}

	var paged []string
	after := ""
	for range 100 {
		var page struct{ Relations relationsPage }
		post(t, c, `query($after: String) { relations(first: 7, after: $after, orderBy: {field: COUNT, direction: DESC}) { `+relationFields+` } }`, &page,
			client.Var("after", after))
		paged = append(paged, ids(page.Relations)...)
		if !page.Relations.PageInfo.HasNextPage {
			break
		}
		after = page.Relations.PageInfo.EndCursor
	}
	require.Len(t, paged, whole.Relations.TotalCount, "every relation once")
	assert.Equal(t, ids(whole.Relations), paged[:len(all)], "pages of 7 give the same order")

	var iran struct {
		Entity struct {
			Relations relationsPage
		}
	}
	q := `query($after: String) { entity(id: "country:IRN") { relations(first: 2, after: $after, interactionsOnly: true, orderBy: {field: LAST_SEEN, direction: DESC}) { ` + relationFields + ` totalCount } } }`
	var seen []relationNode
	after = ""
	for range 50 {
		post(t, c, q, &iran, client.Var("after", after))
		for _, e := range iran.Entity.Relations.Edges {
			seen = append(seen, e.Node)
		}
		if !iran.Entity.Relations.PageInfo.HasNextPage {
			break
		}
		after = iran.Entity.Relations.PageInfo.EndCursor
	}
	require.Greater(t, len(seen), 3)
	assert.Equal(t, iran.Entity.Relations.TotalCount, len(seen))
	for i, n := range seen {
		assert.NotContains(t, []string{"LEADS", "MEMBER_OF", "PART_OF"}, n.Type)
		if i > 0 {
			assert.GreaterOrEqual(t, seen[i-1].LastSeen, n.LastSeen, "latest first")
		}
	}

	var accusation struct {
		Relations relationsPage
	}
	post(t, c, `{ relations(filter: {types: [ACCUSES], interactionsOnly: true}, orderBy: {field: CONFIDENCE, direction: ASC}) { `+relationFields+` } }`, &accusation)
	require.NotEmpty(t, accusation.Relations.Edges)
	n := accusation.Relations.Edges[0].Node
	assert.Equal(t, "112", *n.Cameo)
	assert.Equal(t, "ACCUSE", *n.Plover)
	assert.Equal(t, -2.0, *n.Goldstein)

	errs := gqlErrors(t, h, `{ relations(filter: {types: [LEADS], interactionsOnly: true}) { totalCount } }`)
	assert.Equal(t, "INVALID_ARGUMENT", errs[0]["extensions"].(map[string]any)["code"])
	errs = gqlErrors(t, h, `{ relations(orderBy: {field: LAST_SEEN}, after: "`+whole.Relations.Edges[0].Cursor+`") { totalCount } }`)
	assert.Equal(t, "INVALID_ARGUMENT", errs[0]["extensions"].(map[string]any)["code"], "a cursor of another order")
}

// TestAggregatesByPeriod: relationCounts, typeSeries, dyad and actorScore by day, week,
// month, quarter and year over partial dates; the totals agree.
func TestAggregatesByPeriod(t *testing.T) {
	h, c := exampleServer(t)

	type count struct {
		Key, Period string
		Month       *string
		Count       int
	}
	sums := map[string]int{}
	for _, by := range []string{"DAY", "WEEK", "MONTH", "QUARTER", "YEAR"} {
		var resp struct{ RelationCounts []count }
		post(t, c, `{ relationCounts(filter: {from: "2022", to: "2024-06"}, groupBy: `+by+`, first: 1000) { key period month count } }`, &resp)
		require.NotEmpty(t, resp.RelationCounts, by)
		for i, rc := range resp.RelationCounts {
			assert.Equal(t, rc.Key, rc.Period, by)
			if i > 0 {
				assert.Less(t, resp.RelationCounts[i-1].Key, rc.Key, "calendar order")
			}
			sums[by] += rc.Count
		}
		first, last := resp.RelationCounts[0].Key, resp.RelationCounts[len(resp.RelationCounts)-1].Key
		assert.GreaterOrEqual(t, first, "2022", by)
		assert.LessOrEqual(t, last[:4], "2024", by)
	}
	for _, by := range []string{"DAY", "WEEK", "QUARTER", "YEAR"} {
		assert.Equal(t, sums["MONTH"], sums[by], "%s counts the statements MONTH counts", by)
	}
	var full struct{ RelationCounts []count }
	post(t, c, `{ relationCounts(filter: {from: "2022-01-01", to: "2024-06-30"}, groupBy: YEAR) { key count } }`, &full)
	total := 0
	for _, rc := range full.RelationCounts {
		total += rc.Count
	}
	assert.Equal(t, sums["YEAR"], total, "2022 is 2022-01-01 as a from, 2024-06 ends on 2024-06-30")

	var types struct {
		RelationCounts []struct{ Key string }
	}
	post(t, c, `{ relationCounts(filter: {interactionsOnly: true}, groupBy: TYPE) { key } }`, &types)
	for _, rc := range types.RelationCounts {
		assert.NotContains(t, []string{"LEADS", "MEMBER_OF", "PART_OF"}, rc.Key)
	}

	var series struct {
		TypeSeries []struct {
			Type, Period string
			Count        int
		}
	}
	post(t, c, `{ typeSeries(filter: {from: "2022", to: "2024-06"}, bucket: QUARTER) { type period count } }`, &series)
	require.NotEmpty(t, series.TypeSeries)
	n := 0
	for _, s := range series.TypeSeries {
		assert.Contains(t, s.Period, "-Q")
		n += s.Count
	}
	assert.Equal(t, sums["QUARTER"], n)

	var dyad struct {
		Dyad struct {
			Total    int
			ByMonth  []struct{ Count int }
			ByPeriod []struct {
				Period string
				Count  int
			}
			ScoreByPeriod []struct {
				Period string
				Score  float64
			}
		}
	}
	post(t, c, `{ dyad(a: "country:ALB", b: "country:IRN", from: "2022", to: "2022", bucket: WEEK, interactionsOnly: true) {
	  total byMonth { count } byPeriod { period count } scoreByPeriod { period score } } }`, &dyad)
	require.NotEmpty(t, dyad.Dyad.ByPeriod)
	weeks, months := 0, 0
	for _, p := range dyad.Dyad.ByPeriod {
		assert.Regexp(t, `^2022-W\d\d$`, p.Period)
		weeks += p.Count
	}
	for _, m := range dyad.Dyad.ByMonth {
		months += m.Count
	}
	assert.Equal(t, months, weeks)
	require.NotEmpty(t, dyad.Dyad.ScoreByPeriod)

	var actor struct {
		ActorScore struct {
			Entity    struct{ ID string }
			Total     int
			ByPeriod  []struct{ Period string }
			Score     []struct{ Score float64 }
			MeanScore float64
		}
	}
	post(t, c, `{ actorScore(id: "country:IRN", bucket: YEAR, interactionsOnly: true) { entity { id } total byPeriod { period } score { score } meanScore } }`, &actor)
	assert.Equal(t, "country:IRN", actor.ActorScore.Entity.ID)
	assert.Positive(t, actor.ActorScore.Total)
	require.NotEmpty(t, actor.ActorScore.ByPeriod)
	assert.Len(t, actor.ActorScore.ByPeriod[0].Period, 4)
	assert.Negative(t, actor.ActorScore.MeanScore, "Iran is mostly accused and sanctioned in the examples")

	var top struct {
		TopActors []struct {
			Entity struct{ ID string }
			Count  int
		}
	}
	post(t, c, `{ topActors(types: [ACCUSES, SANCTIONS], kinds: [Country], direction: IN, first: 5) { entity { id } count } }`, &top)
	require.NotEmpty(t, top.TopActors)
	for _, a := range top.TopActors {
		assert.True(t, strings.HasPrefix(a.Entity.ID, "country:"), a.Entity.ID)
	}

	errs := gqlErrors(t, h, `{ actorScore(id: "country:NOPE") { total } }`)
	assert.Equal(t, "NOT_FOUND", errs[0]["extensions"].(map[string]any)["code"])
	errs = gqlErrors(t, h, `{ relationCounts(filter: {from: "2022-13"}, groupBy: YEAR) { key } }`)
	assert.Equal(t, "INVALID_ARGUMENT", errs[0]["extensions"].(map[string]any)["code"])
}

// TestDashboardListsAndNode: events, entities by kind and statements by their words, a
// page at a time; node(id) finds each of them again.
func TestDashboardListsAndNode(t *testing.T) {
	h, c := exampleServer(t)

	type event struct {
		ID, Type, Date string
		Targets        []struct{ ID string }
	}
	var events struct {
		Events struct {
			Items    []event
			PageInfo struct {
				HasNextPage bool
				EndCursor   string
			}
		}
	}
	post(t, c, `{ events(first: 100) { items { id type date targets { id } } pageInfo { hasNextPage endCursor } } }`, &events)
	all := events.Events.Items
	require.NotEmpty(t, all)
	for i := 1; i < len(all); i++ {
		if all[i].Date != "" {
			assert.GreaterOrEqual(t, all[i-1].Date, all[i].Date, "newest first")
		}
	}
	var albania struct {
		Events struct{ Items []event }
	}
	post(t, c, `{ events(target: "country:ALB", types: [CYBERATTACK], from: "2022", to: "2022") { items { id type date targets { id } } } }`, &albania)
	require.NotEmpty(t, albania.Events.Items)
	for _, ev := range albania.Events.Items {
		assert.Equal(t, "CYBERATTACK", ev.Type)
		assert.Contains(t, ev.Targets, struct{ ID string }{"country:ALB"})
	}

	var countries []string
	after := ""
	for range 50 {
		var page struct {
			Entities struct {
				Items []struct {
					ID   string
					Kind string
				}
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
		post(t, c, `query($after: String) { entities(kind: Country, first: 4, after: $after) { items { id kind } pageInfo { hasNextPage endCursor } } }`, &page,
			client.Var("after", after))
		for _, e := range page.Entities.Items {
			assert.Equal(t, "Country", e.Kind)
			countries = append(countries, e.ID)
		}
		if !page.Entities.PageInfo.HasNextPage {
			break
		}
		after = page.Entities.PageInfo.EndCursor
	}
	assert.Greater(t, len(countries), 8)
	assert.Contains(t, countries, "country:ALB")
	for i := 1; i < len(countries); i++ {
		assert.Less(t, countries[i-1], countries[i], "id order")
	}

	var hits struct {
		SearchStatements struct {
			Items []struct {
				Score     float64
				Statement struct {
					ID, Type string
					Plover   *string
					Subject  struct{ ID string }
					Evidence struct {
						Sentence string
						Article  struct{ ID string }
					}
					Relation struct{ ID string }
				}
			}
		}
	}
	post(t, c, `{ searchStatements(text: "severed diplomatic", first: 5) { items { score statement { id type plover subject { id } evidence { sentence article { id } } relation { id } } } } }`, &hits)
	require.NotEmpty(t, hits.SearchStatements.Items)
	st := hits.SearchStatements.Items[0].Statement
	assert.Contains(t, strings.ToLower(st.Evidence.Sentence), "severed diplomatic")
	assert.NotEmpty(t, st.Evidence.Article.ID)

	type nodeAnswer struct {
		Node map[string]any
	}
	for id, typename := range map[string]string{
		"country:ALB":            "Country",
		all[0].ID:                "Event",
		st.Evidence.Article.ID:   "Article",
		st.ID:                    "Statement",
		st.Relation.ID:           "Relation",
		"official:esmail-khatib": "Official",
	} {
		var resp nodeAnswer
		post(t, c, `query($id: ID!) { node(id: $id) { __typename id } }`, &resp, client.Var("id", id))
		require.NotNil(t, resp.Node, id)
		assert.Equal(t, typename, resp.Node["__typename"], id)
		assert.Equal(t, id, resp.Node["id"])
	}
	var none nodeAnswer
	post(t, c, `{ node(id: "country:ZZZ") { id } }`, &none)
	assert.Nil(t, none.Node)
	errs := gqlErrors(t, h, `{ node(id: "nothing") { id } }`)
	assert.Equal(t, "INVALID_ARGUMENT", errs[0]["extensions"].(map[string]any)["code"])
}

// TestGraphAsOfOverHTTP: an entity's relations, a neighborhood and paths as known on a
// date: what was written after it, or is dated after it, is left out.
func TestGraphAsOfOverHTTP(t *testing.T) {
	_, c := exampleServer(t)
	yesterday := time.Now().UTC().AddDate(0, 0, -1).Format(time.DateOnly)
	tomorrow := time.Now().UTC().AddDate(0, 0, 1).Format(time.DateOnly)

	type answer struct {
		Entity struct {
			Relations relationsPage
		}
		Neighborhood struct {
			Nodes []struct{ ID string }
			Edges []struct{ Count int }
		}
		Paths []struct {
			Hops []struct {
				Count    int
				Evidence []struct{ Date string }
			}
		}
	}
	query := `query($asOf: Date) {
	  entity(id: "country:ALB") { relations(first: 100, asOf: $asOf) { ` + relationFields + ` totalCount } }
	  neighborhood(id: "country:ALB", asOf: $asOf) { nodes { id } edges { count } }
	  paths(from: "country:ALB", to: "official:esmail-khatib", asOf: $asOf) { hops { count evidence { date } } } }`
	var now, before, after answer
	post(t, c, query, &now, client.Var("asOf", nil))
	post(t, c, query, &before, client.Var("asOf", yesterday))
	post(t, c, query, &after, client.Var("asOf", tomorrow))
	require.NotEmpty(t, now.Entity.Relations.Edges)
	require.NotEmpty(t, now.Paths)
	assert.Empty(t, before.Entity.Relations.Edges, "the examples were written today")
	assert.Zero(t, before.Entity.Relations.TotalCount)
	assert.Len(t, before.Neighborhood.Nodes, 1, "the start alone")
	assert.Empty(t, before.Paths)
	assert.Equal(t, ids(now.Entity.Relations), ids(after.Entity.Relations))
	assert.Equal(t, now.Neighborhood, after.Neighborhood)

	// A statement dated in the future is not known as of tomorrow.
	ingestText(t, c, "Albania accused Iran of carrying out the cyberattack on its government websites.",
		"https://news.example.net/albania-iran-2099", "Wire Service", "2099-01-05")
	var later, future answer
	post(t, c, query, &later, client.Var("asOf", tomorrow))
	post(t, c, query, &future, client.Var("asOf", "2099"))
	count := func(a answer, id string) int {
		for _, e := range a.Entity.Relations.Edges {
			if e.Node.ID == id {
				return e.Node.Count
			}
		}
		return 0
	}
	accuses := "country:ALB|ACCUSES|country:IRN"
	require.Positive(t, count(after, accuses))
	assert.Equal(t, count(after, accuses), count(later, accuses), "dated 2099: not known as of tomorrow")
	assert.Equal(t, count(after, accuses)+1, count(future, accuses), "known as of the end of 2099")
	for _, p := range later.Paths {
		for _, hop := range p.Hops {
			for _, ev := range hop.Evidence {
				assert.LessOrEqual(t, ev.Date, tomorrow, "the evidence shown is as of the date too")
			}
		}
	}
}

// TestDashboardListsCostBoundedQueries: an ordered page of an entity's relations as of a
// date, a page of statement hits and a page of events, each with what a dashboard nests
// in them, cost as many queries for 30 items as for 2.
func TestDashboardListsCostBoundedQueries(t *testing.T) {
	h, s := newServer(t, server.Config{})
	const n = 30
	var xs []*geokg.Extraction
	for i := range n {
		code := fmt.Sprintf("Q%02d", i)
		text := "article " + code
		date := fmt.Sprintf("2024-01-%02d", i%28+1)
		xs = append(xs, &geokg.Extraction{
			Article:   geokg.Article{ID: geokg.ArticleID(text), Title: "Title " + code, Published: date},
			Extractor: geokg.ExtractorVersion,
			Entities: []geokg.Entity{
				{ID: "country:ALB", Kind: geokg.KindCountry, Name: "Albania", Code: "ALB"},
				{ID: "country:" + code, Kind: geokg.KindCountry, Name: "Country " + code, Code: code},
			},
			Events: []geokg.Event{{ID: "event:protest-" + code, Type: geokg.Protest, Date: date, Targets: []string{"country:" + code}}},
			Relations: []geokg.Relation{{Subject: "country:" + code, Type: geokg.Condemns, Object: "country:ALB", Event: "event:protest-" + code,
				Evidence: code + " condemned Albania.", End: 20, Date: date, Confidence: 0.8}},
		})
	}
	write(t, s, xs...)
	c := client.New(h, client.Path("/query"))
	tomorrow := time.Now().UTC().AddDate(0, 0, 1).Format(time.DateOnly)
	queries := map[string]string{
		"ordered relations as of a date": `query($first: Int, $asOf: Date) { entity(id: "country:ALB") {
		  relations(first: $first, orderBy: {field: LAST_SEEN}, asOf: $asOf, interactionsOnly: true) {
		    totalCount edges { node { type cameo goldstein subject { name } evidence { sentence article { title } } } } } } }`,
		"statement hits": `query($first: Int) { searchStatements(text: "condemned Albania", first: $first) {
		  items { score statement { type plover subject { name } object { name } evidence { sentence article { title } event { type } }
		    relation { count evidence { sentence } } } } } }`,
		"events":   `query($first: Int) { events(types: [PROTEST], first: $first) { items { id date targets { name } } } }`,
		"entities": `query($first: Int) { entities(kind: Country, first: $first) { items { name relations(first: 5) { edges { node { type } } } } } }`,
	}
	for name, query := range queries {
		t.Run(name, func(t *testing.T) {
			cost := func(first int) int64 {
				before := s.QueryCount()
				raw, err := c.RawPost(query, client.Var("first", first), client.Var("asOf", tomorrow))
				require.NoError(t, err)
				require.Empty(t, raw.Errors)
				data, _ := json.Marshal(raw.Data)
				assert.GreaterOrEqual(t, strings.Count(string(data), `"name"`)+strings.Count(string(data), `"id"`), first, "%s", data)
				return s.QueryCount() - before
			}
			small, large := cost(2), cost(n)
			t.Logf("%s: %d queries for 2, %d for %d", name, small, large, n)
			assert.Equal(t, small, large, "queries must not grow with the page")
			assert.LessOrEqual(t, large, int64(6))
		})
	}
}
