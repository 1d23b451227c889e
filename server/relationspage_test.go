package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/server"
)

// A root page of relations brings its ends, its statements and their articles on the
// relations' models, read with the properties its selection asks for, in one statement
// whatever the page's size: every field answers what the graph holds (checked against the
// store's own lookups), and selections the page's read does not cover (aliases asking
// for other properties, fragments) get theirs too.
func TestRelationsPageCarriesWhatItSelects(t *testing.T) {
	h, s := newServer(t, server.Config{})
	// n Albanian groups each accuse Albania in two articles of their own: n edges of
	// two statements, every end and article with every property set.
	const n = 30
	var xs []*geokg.Extraction
	for i := range n {
		code := fmt.Sprintf("Q%02d", i)
		group := geokg.Entity{ID: "group:g" + code, Kind: geokg.KindGroup, Name: "Group " + code, Subtype: geokg.ArmedGroup,
			Country: "ALB", Aliases: []string{"G" + code}}
		for k, day := range []string{"2024-01-01", "2024-02-01"} {
			text := fmt.Sprintf("article %s %d", code, k)
			xs = append(xs, &geokg.Extraction{
				Article: geokg.Article{ID: geokg.ArticleID(text), Title: "Title " + text, URL: "https://news.example/" + code,
					Published: day, Source: "Source " + code},
				Extractor: geokg.ExtractorVersion,
				Entities: []geokg.Entity{
					{ID: "country:ALB", Kind: geokg.KindCountry, Name: "Albania", Code: "ALB", Aliases: []string{"Albania"}},
					group,
				},
				Relations: []geokg.Relation{{Subject: group.ID, Type: geokg.Accuses, Object: "country:ALB",
					Evidence: fmt.Sprintf("%s accused Albania (%d).", group.Name, k), End: 25, Date: day, Confidence: 0.8,
					Rule: "pattern verb", Before: "Before it."}},
			})
		}
	}
	write(t, s, xs...)
	c := client.New(h, client.Path("/query"))

	type article struct {
		Title, URL, Published, Source *string
	}
	type entity struct {
		ID, Name, Kind string
		Aliases        []string
		Code           *string
		Subtype        *string
		Country        *struct{ Code string }
	}
	type statement struct {
		ID, Sentence      string
		Date, Rule        *string
		Before            *string
		Article, Article2 *article
	}
	type page struct {
		Relations struct {
			Edges []struct {
				Node struct {
					Type                      string
					Subject, Object, Subject2 *entity
					Evidence                  []statement
				}
			}
		}
	}
	ask := func(query string, first int) (page, int64) {
		t.Helper()
		before := s.QueryCount()
		raw, err := c.RawPost(query, client.Var("first", first))
		require.NoError(t, err)
		require.Empty(t, raw.Errors)
		var p page
		data, _ := json.Marshal(raw.Data)
		require.NoError(t, json.Unmarshal(data, &p))
		require.Len(t, p.Relations.Edges, first)
		return p, s.QueryCount() - before
	}
	ctx := context.Background()
	str := func(v string) *string {
		if v == "" {
			return nil
		}
		return &v
	}
	// check holds every selected field of p to the store's lookups; whole says which
	// selections ask for every property of the ends and articles (else: names, titles and
	// urls).
	check := func(p page, whole bool) {
		t.Helper()
		var ids []string
		for _, e := range p.Relations.Edges {
			ids = append(ids, e.Node.Subject.ID, e.Node.Object.ID)
		}
		ents, err := s.Entities(ctx, ids)
		require.NoError(t, err)
		for _, e := range p.Relations.Edges {
			rel := e.Node
			assert.Equal(t, "ACCUSES", rel.Type)
			for _, end := range []*entity{rel.Subject, rel.Object} {
				want := ents[end.ID]
				assert.Equal(t, want.Name, end.Name, end.ID)
				assert.Equal(t, string(want.Kind), end.Kind, end.ID)
			}
			if whole {
				want := ents[rel.Subject.ID]
				require.NotNil(t, rel.Subject2)
				assert.Equal(t, want.Aliases, rel.Subject2.Aliases)
				assert.Equal(t, string(want.Subtype), *rel.Subject2.Subtype)
				if rel.Subject2.Country != nil {
					assert.Equal(t, want.Country, rel.Subject2.Country.Code, "a group's country, from its country's code")
				}
				assert.Equal(t, []string{"Albania"}, rel.Object.Aliases, "the object's own selection asks for its aliases")
			}
			req := geokg.EvidenceRequest{Subject: rel.Subject.ID, Type: geokg.Accuses, Object: rel.Object.ID}
			evs, err := s.Evidence(ctx, []geokg.EvidenceRequest{req}, 5)
			require.NoError(t, err)
			want := evs[req]
			require.Len(t, rel.Evidence, len(want))
			require.Len(t, want, 2)
			var artIDs []string
			for _, ev := range want {
				artIDs = append(artIDs, ev.ArticleID)
			}
			arts, err := s.Articles(ctx, artIDs)
			require.NoError(t, err)
			for j, ev := range rel.Evidence {
				assert.Equal(t, want[j].Sentence, ev.Sentence, "newest first")
				assert.Equal(t, str(want[j].Date), ev.Date)
				a := arts[want[j].ArticleID]
				require.NotNil(t, ev.Article)
				assert.Equal(t, str(a.Title), ev.Article.Title)
				assert.Equal(t, str(a.URL), ev.Article.URL)
				if whole {
					assert.Equal(t, want[j].ID, ev.ID)
					assert.Equal(t, str(want[j].Rule), ev.Rule)
					assert.Equal(t, str(want[j].Before), ev.Before)
					require.NotNil(t, ev.Article2)
					assert.Equal(t, str(a.Published), ev.Article2.Published)
					assert.Equal(t, str(a.SourceName()), ev.Article2.Source)
					assert.Nil(t, ev.Article2.Title, "not asked by the alias")
				}
			}
		}
	}

	// The bench's selection: one statement for the page and everything in it, whatever
	// its size.
	bench := `query($first: Int) { relations(filter: {object: "country:ALB"}, first: $first) { edges { node {
	  type subject { id name kind } object { id name kind } evidence(first: 5) { sentence date article { title url } } } } } }`
	for _, first := range []int{2, n} {
		p, queries := ask(bench, first)
		assert.Equal(t, int64(1), queries, "the bench's page of %d relations", first)
		check(p, false)
	}

	// Aliases and fragments that ask for other properties of the same ends and articles:
	// the page reads what they ask for together, still in one statement.
	aliased := `query($first: Int) { relations(filter: {object: "country:ALB"}, first: $first) { edges { node {
	  type subject { id name kind } object { id name kind aliases ... on Country { code } }
	  subject2: subject { id ... on Group { aliases subtype } }
	  evidence(first: 5) { id sentence date rule ...Context article { title url } article2: article { published source } } } } } }
	  fragment Context on Evidence { before }`
	for _, first := range []int{2, n} {
		p, queries := ask(aliased, first)
		assert.Equal(t, int64(1), queries, "a page of %d relations with aliases", first)
		check(p, true)
	}
	// A group's country is loaded by its code (batched): one query more.
	withCountry := strings.Replace(aliased, "aliases subtype", "aliases subtype country { code }", 1)
	p, queries := ask(withCountry, n)
	assert.Equal(t, int64(2), queries, "the page and the groups' country")
	check(p, true)
	for _, e := range p.Relations.Edges {
		require.NotNil(t, e.Node.Subject2.Country)
	}

	// An alias of the evidence asking for other properties than the page read loads
	// them: it gets them, not the page's projection.
	var two struct {
		Relations struct {
			Edges []struct {
				Node struct {
					A []map[string]any
					B []map[string]any
				}
			}
		}
	}
	post(t, c, `{ relations(filter: {object: "country:ALB"}, first: 3) { edges { node {
	  A: evidence(first: 1) { sentence } B: evidence(first: 2) { rule before article { source } } } } } }`, &two)
	require.Len(t, two.Relations.Edges, 3)
	for _, e := range two.Relations.Edges {
		require.Len(t, e.Node.A, 1)
		require.Len(t, e.Node.B, 2)
		assert.Equal(t, map[string]any{"sentence": e.Node.A[0]["sentence"]}, e.Node.A[0])
		assert.NotEmpty(t, e.Node.A[0]["sentence"])
		for _, ev := range e.Node.B {
			assert.Equal(t, "pattern verb", ev["rule"])
			assert.Equal(t, "Before it.", ev["before"])
			assert.Contains(t, ev["article"].(map[string]any)["source"], "Source Q")
		}
	}
}

// A root page of relations reads of its edges the properties that its selections show
// (every alias of edges and node, fragments included) and of its statements the id, the
// article and the event only when asked: every property shown is the graph's (checked
// against the store's own Relations and Evidence), in one statement, whichever of them a
// selection leaves out.
func TestRelationsPageReadsTheEdgePropertiesItShows(t *testing.T) {
	h, s := newServer(t, server.Config{})
	// Two articles: the first two edges reported twice (one later), the others once.
	one, two := neo4jtest.Fixture("edge properties one"), neo4jtest.Fixture("edge properties two")
	two.Relations = two.Relations[:2]
	for i := range two.Relations {
		two.Relations[i].Date, two.Relations[i].Confidence = "2023-01-0"+fmt.Sprint(i+1), 0.95
	}
	two.Article.Source = "Other Source"
	write(t, s, one, two)
	c := client.New(h, client.Path("/query"))
	ctx := context.Background()
	want, err := s.Relations(ctx, geokg.RelationFilter{Either: "country:ALB"}, geokg.PageRequest{First: 10}, false)
	require.NoError(t, err)
	require.Greater(t, len(want.Edges), 3)
	byID := map[string]geokg.Edge{}
	for _, e := range want.Edges {
		byID[e.Key()] = e
	}
	opt := func(v string) any {
		if v == "" {
			return nil
		}
		return v
	}
	queries := map[string]string{
		"the bench's properties": `{ relations(filter: {either: "country:ALB"}, first: 10) { edges { node { id count } } } }`,
		"aliases and fragments": `{ relations(filter: {either: "country:ALB"}, first: 10) {
		  edges { cursor node { id articleCount } } more: edges { node { id ...Seen c: confidence } }
		  pageInfo { endCursor } } }
		  fragment Seen on Relation { firstSeen lastSeen date sourceCount }`,
		"none of them": `{ relations(filter: {either: "country:ALB"}, first: 10) { edges { node { id type subject { id } } } } }`,
	}
	names := map[string]string{"count": "count", "articleCount": "articles", "sourceCount": "sources", "firstSeen": "firstSeen",
		"lastSeen": "lastSeen", "date": "lastSeen", "c": "confidence"}
	for name, query := range queries {
		var got map[string]map[string]any
		before := s.QueryCount()
		post(t, c, query, &got)
		assert.Equal(t, int64(1), s.QueryCount()-before, name)
		conn := got["relations"]
		for _, list := range []string{"edges", "more"} {
			edges, _ := conn[list].([]any)
			for _, e := range edges {
				e := e.(map[string]any)
				node := e["node"].(map[string]any)
				w, ok := byID[node["id"].(string)]
				require.True(t, ok, "%s: %v", name, node["id"])
				if cur, ok := e["cursor"]; ok {
					assert.Equal(t, w.Cursor, cur, name)
				}
				for field, prop := range names {
					v, ok := node[field]
					if !ok {
						continue
					}
					switch prop {
					case "count":
						assert.EqualValues(t, w.Count, v, "%s %s %s", name, w.Key(), field)
					case "articles":
						assert.EqualValues(t, w.Articles, v, "%s %s %s", name, w.Key(), field)
					case "sources":
						assert.EqualValues(t, w.Sources, v, "%s %s %s", name, w.Key(), field)
					case "firstSeen":
						assert.Equal(t, opt(w.FirstSeen), v, "%s %s %s", name, w.Key(), field)
					case "lastSeen":
						assert.Equal(t, opt(w.LastSeen), v, "%s %s %s", name, w.Key(), field)
					case "confidence":
						assert.InDelta(t, geokg.RoundConfidence(w.Confidence), v, 1e-9, "%s %s %s", name, w.Key(), field)
					}
				}
			}
		}
	}
	counts := map[int]bool{}
	for _, e := range want.Edges {
		counts[e.Count] = true
	}
	assert.Len(t, counts, 2, "edges of two counts, so that a count read from another edge shows")

	// The statements' ids and events, asked or not: the events are the statements' own.
	var page struct {
		Relations struct {
			Edges []struct {
				Node struct {
					ID       string
					Evidence []struct {
						ID       *string
						Sentence string
						Event    *struct{ ID string }
						Article  struct{ Title string }
					}
				}
			}
		}
	}
	post(t, c, `{ relations(filter: {either: "country:ALB"}, first: 10) { edges { node { id evidence(first: 5) { id sentence event { id } article { title } } } } } }`, &page)
	events := 0
	for _, e := range page.Relations.Edges {
		w := byID[e.Node.ID]
		req := geokg.EvidenceOf(w, geokg.EvidenceScope{})
		evs, err := s.Evidence(ctx, []geokg.EvidenceRequest{req}, 5)
		require.NoError(t, err)
		require.Len(t, e.Node.Evidence, len(evs[req]))
		for j, ev := range e.Node.Evidence {
			require.NotNil(t, ev.ID)
			assert.Equal(t, evs[req][j].ID, *ev.ID)
			assert.Equal(t, "Albania and Iran", ev.Article.Title)
			if evs[req][j].EventID == "" {
				assert.Nil(t, ev.Event)
			} else {
				events++
				require.NotNil(t, ev.Event)
				assert.Equal(t, evs[req][j].EventID, ev.Event.ID)
			}
		}
	}
	assert.Positive(t, events, "a statement about an event")
}

// What a field asks of the page's carried parts is worked out once per selection of the
// request, not once per field of the document: a fragment's field merged with other
// fields in two places is two selections, each answered with what it asks.
func TestRelationsPageSelectionsOfOneFragmentGetWhatEachAsks(t *testing.T) {
	h, s := newServer(t, server.Config{})
	write(t, s, neo4jtest.Fixture("one fragment, two selections"))
	c := client.New(h, client.Path("/query"))
	var got struct {
		Relations struct {
			Edges, More []struct {
				Node struct {
					Subject struct {
						ID, Name string
						Aliases  []string
					}
				}
			}
		}
	}
	post(t, c, `{ relations(filter: {subject: "country:ALB"}, first: 5) {
	  edges { node { ...R subject { name } } } more: edges { node { ...R subject { aliases } } } } }
	  fragment R on Relation { subject { id } }`, &got)
	require.NotEmpty(t, got.Relations.Edges)
	require.Len(t, got.Relations.More, len(got.Relations.Edges))
	for i, e := range got.Relations.Edges {
		assert.Equal(t, "country:ALB", e.Node.Subject.ID)
		assert.Equal(t, "Albania", e.Node.Subject.Name)
		assert.Equal(t, "country:ALB", got.Relations.More[i].Node.Subject.ID)
		assert.ElementsMatch(t, []string{"Albania", "Tirana"}, got.Relations.More[i].Node.Subject.Aliases, "the second selection's own property")
	}
}
