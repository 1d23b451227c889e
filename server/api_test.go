package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/server"
	"github.com/geokg/geokg/store"
)

// post runs a query and decodes its data into resp, failing on any error.
func post(t *testing.T, c *client.Client, query string, resp any, opts ...client.Option) {
	t.Helper()
	raw, err := c.RawPost(query, opts...)
	require.NoError(t, err)
	require.Empty(t, raw.Errors, "errors: %s", raw.Errors)
	data, err := json.Marshal(raw.Data)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, resp))
}

// gqlErrors runs a query that must fail and returns its errors.
func gqlErrors(t *testing.T, h http.Handler, query string) []map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(rec, req)
	var resp struct{ Errors []map[string]any }
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &resp))
	require.NotEmpty(t, resp.Errors, "want errors, got %s", rec.Body)
	return resp.Errors
}

func TestPathsCarryEveryHopsEvidence(t *testing.T) {
	h, s := newServer(t, server.Config{})
	write(t, s, neo4jtest.Fixture("paths"))
	c := client.New(h, client.Path("/query"))

	var resp struct {
		Paths []struct {
			Hops   []pathHop
			Nodes  []struct{ ID, Name string }
			Length int
		}
	}
	before := s.QueryCount()
	// The contract query, with nodes and length.
	post(t, c, `{ paths(from: "country:ALB", to: "official:esmail-khatib", maxHops: 3, first: 3) {
	    hops { type subject { id } object { id } evidence { sentence } } nodes { id name } length } }`, &resp)
	queries := s.QueryCount() - before
	require.Len(t, resp.Paths, 1)
	p := resp.Paths[0]
	assert.Equal(t, 2, p.Length)
	require.Len(t, p.Hops, 2)
	// Albania <-SUPPORTS- United States -SANCTIONS-> Esmail Khatib
	assert.Equal(t, "SUPPORTS", p.Hops[0].Type)
	assert.Equal(t, "country:USA", p.Hops[0].Subject.ID)
	assert.Equal(t, "country:ALB", p.Hops[0].Object.ID)
	assert.Equal(t, []struct{ Sentence string }{{"The U.S. backed Albania."}}, p.Hops[0].Evidence)
	assert.Equal(t, "SANCTIONS", p.Hops[1].Type)
	assert.Equal(t, "country:USA", p.Hops[1].Subject.ID)
	assert.Equal(t, "official:esmail-khatib", p.Hops[1].Object.ID)
	assert.Equal(t, []struct{ Sentence string }{{"The U.S. sanctioned Khatib."}}, p.Hops[1].Evidence)
	assert.Equal(t, []struct{ ID, Name string }{{"country:ALB", "Albania"}, {"country:USA", "United States"}, {"official:esmail-khatib", "Esmail Khatib"}}, p.Nodes)
	assert.Equal(t, int64(2), queries, "one query for the paths, one for the evidence of every hop")

	// Several paths: the evidence of all their hops still comes in one query.
	var many struct {
		Paths []struct {
			Hops []pathHop
		}
	}
	before = s.QueryCount()
	post(t, c, `{ paths(from: "country:IRN", to: "official:esmail-khatib", maxHops: 4, first: 5) {
	    hops { type subject { id name } object { id } evidence { sentence article { title } } } } }`, &many)
	queries = s.QueryCount() - before
	require.Len(t, many.Paths, 3, "one per relation between Iran and Albania")
	for _, p := range many.Paths {
		require.Len(t, p.Hops, 3)
		for _, h := range p.Hops {
			require.Len(t, h.Evidence, 1)
		}
	}
	assert.Equal(t, int64(2), queries, "paths, evidence with its articles")
}

func TestDyadCountsWhatWasWritten(t *testing.T) {
	h, s := newServer(t, server.Config{})
	a, b := neo4jtest.Fixture("dyad a"), neo4jtest.Fixture("dyad b")
	b.Relations[1].Date = "2022-10-03" // Albania severs ties again in October
	write(t, s, a, b)
	c := client.New(h, client.Path("/query"))

	var resp struct {
		Dyad struct {
			A, B   struct{ ID, Name string }
			Total  int
			ByType []struct {
				Type  string
				Count int
			}
			ByMonth []struct {
				Month string
				Count int
			}
			FirstSeen, LastSeen string
			Score               []struct {
				Month string
				Score float64
				Count int
			}
			MeanScore float64
		}
	}
	// The contract query, with the rest of the fields.
	post(t, c, `{ dyad(a: "country:ALB", b: "country:IRN") { total byType { type count }
	    a { id name } b { id name } byMonth { month count } firstSeen lastSeen score { month score count } meanScore } }`, &resp)
	d := resp.Dyad
	// Written: ALB ACCUSES IRN, ALB SEVERS_TIES_WITH IRN, IRN MEETS ALB, in each of two articles.
	assert.Equal(t, 6, d.Total)
	assert.ElementsMatch(t, []struct {
		Type  string
		Count int
	}{{"ACCUSES", 2}, {"SEVERS_TIES_WITH", 2}, {"MEETS", 2}}, d.ByType)
	assert.Equal(t, []struct {
		Month string
		Count int
	}{{"2022-09", 5}, {"2022-10", 1}}, d.ByMonth)
	assert.Equal(t, "Albania", d.A.Name)
	assert.Equal(t, "Iran", d.B.Name)
	assert.Equal(t, "2022-09-01", d.FirstSeen)
	assert.Equal(t, "2022-10-03", d.LastSeen)
	require.Len(t, d.Score, 2)
	sep := (2*geokg.Accuses.Goldstein() + geokg.SeversTiesWith.Goldstein() + 2*geokg.Meets.Goldstein()) / 5
	assert.InDelta(t, sep, d.Score[0].Score, 1e-9)
	assert.InDelta(t, geokg.SeversTiesWith.Goldstein(), d.Score[1].Score, 1e-9)
	assert.InDelta(t, (2*geokg.Accuses.Goldstein()+2*geokg.SeversTiesWith.Goldstein()+2*geokg.Meets.Goldstein())/6, d.MeanScore, 1e-9)

	// Both directions: the same counts with a and b swapped.
	var swapped struct{ Dyad struct{ Total int } }
	post(t, c, `{ dyad(a: "country:IRN", b: "country:ALB") { total } }`, &swapped)
	assert.Equal(t, 6, swapped.Dyad.Total)

	errs := gqlErrors(t, h, `{ dyad(a: "country:ALB", b: "country:XXX") { total } }`)
	assert.Equal(t, "NOT_FOUND", errs[0]["extensions"].(map[string]any)["code"])
}

func TestDashboardAggregates(t *testing.T) {
	h, s := newServer(t, server.Config{})
	a, b := neo4jtest.Fixture("dashboard a"), neo4jtest.Fixture("dashboard b")
	b.Relations[2].Date = "2022-10-09"
	write(t, s, a, b)
	c := client.New(h, client.Path("/query"))

	var byType struct {
		RelationCounts []struct {
			Key   string
			Type  string
			Count int
		}
	}
	post(t, c, `{ relationCounts(groupBy: TYPE) { key type count } }`, &byType)
	require.Len(t, byType.RelationCounts, 6)
	for _, rc := range byType.RelationCounts {
		assert.Equal(t, rc.Key, rc.Type)
		assert.Equal(t, 2, rc.Count, "statements, not relations: every relation was stated twice")
	}

	var byMonth struct {
		RelationCounts []struct {
			Month string
			Count int
		}
	}
	post(t, c, `{ relationCounts(filter: {types: [SANCTIONS]}, groupBy: MONTH) { month count } }`, &byMonth)
	assert.Equal(t, []struct {
		Month string
		Count int
	}{{"2022-09", 1}, {"2022-10", 1}}, byMonth.RelationCounts)

	var byDyad struct {
		RelationCounts []struct {
			Key     string
			Subject struct{ Name string }
			Object  struct{ Name string }
			Count   int
		}
	}
	post(t, c, `{ relationCounts(filter: {either: "country:ALB"}, groupBy: DYAD, first: 1) { key subject { name } object { name } count } }`, &byDyad)
	require.Len(t, byDyad.RelationCounts, 1)
	assert.Equal(t, "country:ALB|country:IRN", byDyad.RelationCounts[0].Key)
	assert.Equal(t, "Albania", byDyad.RelationCounts[0].Subject.Name)
	assert.Equal(t, "Iran", byDyad.RelationCounts[0].Object.Name)
	assert.Equal(t, 6, byDyad.RelationCounts[0].Count)

	var top struct {
		TopActors []struct {
			Entity struct {
				ID   string
				Kind string
			}
			Count int
		}
	}
	post(t, c, `{ topActors(direction: OUT, first: 2) { entity { id kind } count } }`, &top)
	require.Len(t, top.TopActors, 2)
	assert.Equal(t, "country:ALB", top.TopActors[0].Entity.ID)
	assert.Equal(t, 8, top.TopActors[0].Count, "accuses, severs, hosts, meets: twice each")
	assert.Equal(t, "country:USA", top.TopActors[1].Entity.ID)
	assert.Equal(t, 4, top.TopActors[1].Count)
	post(t, c, `{ topActors(type: SANCTIONS, direction: IN, from: "2022-10-01") { entity { id kind } count } }`, &top)
	require.Len(t, top.TopActors, 1)
	assert.Equal(t, "official:esmail-khatib", top.TopActors[0].Entity.ID)
	assert.Equal(t, "Official", top.TopActors[0].Entity.Kind)
	assert.Equal(t, 1, top.TopActors[0].Count)
}

func TestNeighborhoodForAGraphView(t *testing.T) {
	h, s := newServer(t, server.Config{})
	write(t, s, neo4jtest.Fixture("neighborhood"))
	c := client.New(h, client.Path("/query"))

	var resp struct {
		Neighborhood struct {
			Nodes []struct {
				ID, Kind, Name string
				Depth          int
			}
			Edges []struct {
				ID, SubjectID, ObjectID, Type string
				Count                         int
				Confidence                    float64
				Relation                      struct {
					Evidence []struct{ Sentence string }
				}
			}
			Truncated bool
		}
	}
	before := s.QueryCount()
	post(t, c, `{ neighborhood(id: "official:esmail-khatib", depth: 2) {
	    nodes { id kind name depth } edges { id subjectId objectId type count confidence relation { evidence { sentence } } } truncated } }`, &resp)
	assert.Equal(t, int64(2), s.QueryCount()-before, "one query for the subgraph, one for the evidence of its relations")
	n := resp.Neighborhood
	require.Len(t, n.Nodes, 3)
	assert.Equal(t, "official:esmail-khatib", n.Nodes[0].ID)
	assert.Equal(t, "Official", n.Nodes[0].Kind)
	assert.Equal(t, 0, n.Nodes[0].Depth)
	assert.Equal(t, "country:USA", n.Nodes[1].ID)
	assert.Equal(t, 1, n.Nodes[1].Depth)
	assert.Equal(t, "country:ALB", n.Nodes[2].ID)
	assert.Equal(t, 2, n.Nodes[2].Depth)
	require.Len(t, n.Edges, 2)
	for _, e := range n.Edges {
		assert.Equal(t, e.SubjectID+"|"+e.Type+"|"+e.ObjectID, e.ID)
		assert.Equal(t, 1, e.Count)
		assert.Positive(t, e.Confidence)
		require.Len(t, e.Relation.Evidence, 1)
	}
	assert.False(t, n.Truncated)

	post(t, c, `{ neighborhood(id: "country:ALB", depth: 3, limit: 2) { nodes { id kind name depth } truncated } }`, &resp)
	assert.Len(t, resp.Neighborhood.Nodes, 2)
	assert.True(t, resp.Neighborhood.Truncated)
}

func TestTimelineOfAPair(t *testing.T) {
	h, s := newServer(t, server.Config{})
	write(t, s, neo4jtest.Fixture("timeline"))
	c := client.New(h, client.Path("/query"))

	type page struct {
		Timeline struct {
			Items []struct {
				Date, Kind string
				Statement  *struct {
					Type     string
					Subject  struct{ ID string }
					Object   struct{ ID string }
					Evidence struct {
						Sentence string
						Article  struct{ Title string }
					}
					Relation struct{ Count int }
				}
				Event *struct {
					Type    string
					Targets []struct{ ID string }
				}
			}
			PageInfo struct {
				HasNextPage bool
				EndCursor   string
			}
		}
	}
	query := `query($after: String) { timeline(id: "country:ALB", other: "country:IRN", first: 2, after: $after) {
	  items { date kind statement { type subject { id } object { id } evidence { sentence article { title } } relation { count } }
	          event { type targets { id } } }
	  pageInfo { hasNextPage endCursor } } }`
	var got []string
	var after any
	for range 5 {
		var p page
		before := s.QueryCount()
		post(t, c, query, &p, client.Var("after", after))
		assert.LessOrEqual(t, s.QueryCount()-before, int64(4), "timeline, entities, articles, events")
		for _, it := range p.Timeline.Items {
			if it.Kind == "EVENT" {
				require.NotNil(t, it.Event)
				got = append(got, it.Date+" "+it.Event.Type+" "+it.Event.Targets[0].ID)
				continue
			}
			require.NotNil(t, it.Statement)
			assert.Equal(t, "Albania and Iran", it.Statement.Evidence.Article.Title)
			assert.Equal(t, 1, it.Statement.Relation.Count)
			got = append(got, it.Date+" "+it.Statement.Subject.ID+" "+it.Statement.Type+" "+it.Statement.Object.ID+": "+it.Statement.Evidence.Sentence)
		}
		if !p.Timeline.PageInfo.HasNextPage {
			break
		}
		after = p.Timeline.PageInfo.EndCursor
	}
	assert.Equal(t, []string{
		"2022-07-15 CYBERATTACK country:ALB",
		"2022-09-01 country:ALB MEETS country:IRN: Iran met Albania.",
		"2022-09-07 country:ALB SEVERS_TIES_WITH country:IRN: Albania cut ties with Tehran.",
		"2022-09-10 country:ALB ACCUSES country:IRN: Albania blames Iran.",
	}, got)
}

func TestTraversalLimitsSayWhichLimit(t *testing.T) {
	h, s := newServer(t, server.Config{})
	write(t, s, neo4jtest.Fixture("traversal limits"))
	tests := []struct {
		name, query, code, says string
	}{
		{"neighborhood depth", `{ neighborhood(id: "country:ALB", depth: 4) { truncated } }`, "LIMIT_EXCEEDED", "hop limit"},
		{"neighborhood size", `{ neighborhood(id: "country:ALB", limit: 501) { truncated } }`, "LIMIT_EXCEEDED", "neighborhood size limit"},
		{"path hops", `{ paths(from: "country:ALB", to: "country:IRN", maxHops: 5) { length } }`, "LIMIT_EXCEEDED", "hop limit"},
		{"path count", `{ paths(from: "country:ALB", to: "country:IRN", first: 21) { length } }`, "LIMIT_EXCEEDED", "path count limit"},
		{"evidence page", `{ relations(first: 1) { edges { node { evidence(first: 101) { sentence } } } } }`, "LIMIT_EXCEEDED", "page size limit"},
		{"timeline page", `{ timeline(id: "country:ALB", first: 101) { items { date } } }`, "LIMIT_EXCEEDED", "page size limit"},
		{"group count", `{ relationCounts(groupBy: TYPE, first: 1001) { key } }`, "LIMIT_EXCEEDED", "group count limit"},
		{"negative depth", `{ neighborhood(id: "country:ALB", depth: -1) { truncated } }`, "INVALID_ARGUMENT", "depth"},
		{"unknown entity", `{ neighborhood(id: "country:XXX") { truncated } }`, "NOT_FOUND", "country:XXX"},
		{"same ends", `{ paths(from: "country:ALB", to: "country:ALB") { length } }`, "INVALID_ARGUMENT", "different"},
		{"bad timeline cursor", `{ timeline(id: "country:ALB", after: "zzz") { items { date } } }`, "INVALID_ARGUMENT", "malformed cursor"},
		{"bad id", `{ dyad(a: "Albania", b: "country:IRN") { total } }`, "INVALID_ARGUMENT", "malformed entity id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			errs := gqlErrors(t, h, tc.query)
			assert.Contains(t, errs[0]["message"], tc.says)
			ext, _ := errs[0]["extensions"].(map[string]any)
			assert.Equal(t, tc.code, ext["code"])
		})
	}
}

// TestDoublyNestedRelationsCostBoundedQueries: the relations of every subject of a page,
// and the relations of every object of those, cost the same number of queries whatever
// the page size.
func TestDoublyNestedRelationsCostBoundedQueries(t *testing.T) {
	h, s := newServer(t, server.Config{Limits: geokg.Limits{MaxQueryDepth: 14, MaxComplexity: 1_000_000}})
	// n countries each condemn Albania, meet a partner of their own and are sanctioned by it.
	const n = 30
	var xs []*geokg.Extraction
	for i := range n {
		code, partner := fmt.Sprintf("Q%02d", i), fmt.Sprintf("R%02d", i)
		text := "nested article " + code
		xs = append(xs, &geokg.Extraction{
			Article:   geokg.Article{ID: geokg.ArticleID(text), Title: "Title " + code, Published: "2024-01-01"},
			Extractor: geokg.ExtractorVersion,
			Entities: []geokg.Entity{
				{ID: "country:ALB", Kind: geokg.KindCountry, Name: "Albania", Code: "ALB"},
				{ID: "country:" + code, Kind: geokg.KindCountry, Name: "Country " + code, Code: code},
				{ID: "country:" + partner, Kind: geokg.KindCountry, Name: "Partner " + partner, Code: partner},
			},
			Relations: []geokg.Relation{
				{Subject: "country:" + code, Type: geokg.Condemns, Object: "country:ALB", Evidence: code + " condemned Albania.", End: 20, Date: "2024-01-01", Confidence: 0.8},
				{Subject: "country:" + code, Type: geokg.Meets, Object: "country:" + partner, Evidence: code + " met " + partner + ".", Start: 21, End: 40, Date: "2024-01-02", Confidence: 0.8},
				{Subject: "country:" + partner, Type: geokg.Sanctions, Object: "country:" + code, Evidence: partner + " sanctioned " + code + ".", Start: 41, End: 60, Date: "2024-01-03", Confidence: 0.8},
			},
		})
	}
	began := time.Now()
	write(t, s, xs...)
	t.Logf("written in %s", time.Since(began))
	c := client.New(h, client.Path("/query"))
	query := `query($first: Int) { relations(filter: {object: "country:ALB"}, first: $first) {
	  edges { node { type subject { id name relations(first: 5, types: [MEETS, SANCTIONS]) {
	    totalCount edges { node { type object { id name relations(direction: IN, first: 3) {
	      totalCount edges { node { type subject { id } evidence { sentence article { title } } } } } }
	      evidence { sentence article { title } } } } } } } } } }`
	type inner struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				Type    string
				Subject struct{ ID string }
				Object  struct {
					ID        string
					Relations *inner
				}
				Evidence []struct {
					Sentence string
					Article  struct{ Title string }
				}
			}
		}
	}
	cost := func(first int) int64 {
		var resp struct {
			Relations struct {
				Edges []struct {
					Node struct {
						Subject struct {
							ID        string
							Relations inner
						}
					}
				}
			}
		}
		before, began := s.QueryCount(), time.Now()
		post(t, c, query, &resp, client.Var("first", first))
		spent := s.QueryCount() - before
		t.Logf("first %d: %d queries in %s", first, spent, time.Since(began))
		require.Len(t, resp.Relations.Edges, first)
		for _, e := range resp.Relations.Edges {
			subj := e.Node.Subject
			rels := subj.Relations
			assert.Equal(t, 2, rels.TotalCount, subj.ID)
			require.Len(t, rels.Edges, 2, subj.ID)
			for _, r := range rels.Edges {
				require.Len(t, r.Node.Evidence, 1)
				assert.NotEmpty(t, r.Node.Evidence[0].Article.Title)
				obj := r.Node.Object
				if obj.ID == subj.ID { // SANCTIONS points at the subject: the partner is the other end
					continue
				}
				require.NotNil(t, obj.Relations, obj.ID)
				assert.Equal(t, 1, obj.Relations.TotalCount, "%s is met by one country", obj.ID)
				require.Len(t, obj.Relations.Edges, 1)
				assert.Equal(t, subj.ID, obj.Relations.Edges[0].Node.Subject.ID)
			}
		}
		return spent
	}
	small, large := cost(2), cost(n)
	t.Logf("doubly nested request: %d queries for 2 edges, %d for %d", small, large, n)
	assert.Equal(t, small, large, "queries must not grow with the page: %d for 2 edges, %d for %d", small, large, n)
	// relations, entities; per level: relations, counts, entities, evidence, articles.
	assert.LessOrEqual(t, large, int64(12))
}

// wsMessage is a graphql-transport-ws message.
type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// wsClient speaks graphql-transport-ws to the server at url.
type wsClient struct {
	t    *testing.T
	conn *websocket.Conn
	ack  wsMessage // the server's connection_ack
}

func dialGraphQLWS(t *testing.T, url string) *wsClient {
	t.Helper()
	return dialGraphQLWSWith(t, url, json.RawMessage(`{}`))
}

// dialGraphQLWSWith connects with init as the connection_init payload.
func dialGraphQLWSWith(t *testing.T, url string, init json.RawMessage) *wsClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, strings.Replace(url, "http://", "ws://", 1)+"/query",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.CloseNow() })
	require.Equal(t, "graphql-transport-ws", conn.Subprotocol())
	c := &wsClient{t: t, conn: conn}
	c.send(wsMessage{Type: "connection_init", Payload: init})
	ack, err := c.next(5 * time.Second)
	require.NoError(t, err)
	require.Equal(t, "connection_ack", ack.Type)
	c.ack = ack
	return c
}

func (c *wsClient) send(m wsMessage) {
	c.t.Helper()
	b, err := json.Marshal(m)
	require.NoError(c.t, err)
	require.NoError(c.t, c.conn.Write(context.Background(), websocket.MessageText, b))
}

// next returns the next message other than a ping (which it answers), or an error when
// none comes within wait.
func (c *wsClient) next(wait time.Duration) (wsMessage, error) {
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	for {
		_, b, err := c.conn.Read(ctx)
		if err != nil {
			return wsMessage{}, err
		}
		var m wsMessage
		if err := json.Unmarshal(b, &m); err != nil {
			return wsMessage{}, err
		}
		if m.Type == "ping" {
			c.send(wsMessage{Type: "pong"})
			continue
		}
		return m, nil
	}
}

func TestRelationAddedSubscription(t *testing.T) {
	h, s := newServer(t, server.Config{})
	write(t, s, neo4jtest.Fixture("written before the subscription"))
	srv := httptest.NewServer(h)
	defer srv.Close()

	// Another process writes: a store of its own, not the server's.
	other, err := store.Open(neo4jtest.Config())
	require.NoError(t, err)
	defer other.Close(context.Background())

	c := dialGraphQLWS(t, srv.URL)
	sub, _ := json.Marshal(map[string]any{"query": `subscription { relationAdded(filter: {types: [SANCTIONS]}) {
	  type subject { id name } object { id } count evidence { sentence article { title } } } }`})
	c.send(wsMessage{ID: "1", Type: "subscribe", Payload: sub})

	type payload struct {
		Data struct {
			RelationAdded struct {
				Type     string
				Subject  struct{ ID, Name string }
				Object   struct{ ID string }
				Count    int
				Evidence []struct {
					Sentence string
					Article  struct{ Title string }
				}
			}
		}
		Errors json.RawMessage
	}
	// The server cannot tell when the subscription is in place, so write until a statement
	// arrives: each attempt is a new article in which the U.S. sanctions Khatib once more.
	var got payload
	for attempt := 1; ; attempt++ {
		require.LessOrEqual(t, attempt, 10, "no relation arrived")
		x := neo4jtest.Fixture(fmt.Sprintf("written while subscribed, attempt %d", attempt))
		x.Article.Title = fmt.Sprintf("Attempt %d", attempt)
		x.Relations[2].Evidence = fmt.Sprintf("The U.S. sanctioned Khatib, attempt %d.", attempt)
		_, err := other.Write(context.Background(), []*geokg.Extraction{x})
		require.NoError(t, err)
		m, err := c.next(time.Second)
		if err != nil {
			continue // not subscribed yet when this article was written
		}
		require.Equal(t, "next", m.Type, "message: %s", m.Payload)
		require.Equal(t, "1", m.ID)
		require.NoError(t, json.Unmarshal(m.Payload, &got))
		require.Empty(t, got.Errors)
		rel := got.Data.RelationAdded
		assert.Equal(t, "SANCTIONS", rel.Type, "only the types asked for")
		assert.Equal(t, "country:USA", rel.Subject.ID)
		assert.Equal(t, "United States", rel.Subject.Name)
		assert.Equal(t, "official:esmail-khatib", rel.Object.ID)
		assert.GreaterOrEqual(t, rel.Count, attempt+1, "the relation as it stands, with every article so far")
		require.Len(t, rel.Evidence, 1, "the new statement only")
		assert.Equal(t, x.Relations[2].Evidence, rel.Evidence[0].Sentence)
		assert.Equal(t, x.Article.Title, rel.Evidence[0].Article.Title)
		break
	}

	// Statements that do not match the filter never arrive; the next matching one does.
	x := neo4jtest.Fixture("unmatched")
	x.Relations = x.Relations[:2] // ACCUSES and SEVERS_TIES_WITH only
	_, err = other.Write(context.Background(), []*geokg.Extraction{x})
	require.NoError(t, err)
	x = neo4jtest.Fixture("matched")
	x.Relations[2].Evidence = "The U.S. sanctioned Khatib at last."
	_, err = other.Write(context.Background(), []*geokg.Extraction{x})
	require.NoError(t, err)
	m, err := c.next(5 * time.Second)
	require.NoError(t, err)
	require.Equal(t, "next", m.Type)
	require.NoError(t, json.Unmarshal(m.Payload, &got))
	assert.Equal(t, "The U.S. sanctioned Khatib at last.", got.Data.RelationAdded.Evidence[0].Sentence)

	c.send(wsMessage{ID: "1", Type: "complete"})
}

// TestNestedArticleRelationsCostBoundedQueries: the relations of the article of every
// statement of a page come in one batch, whatever the page size.
func TestNestedArticleRelationsCostBoundedQueries(t *testing.T) {
	h, s := newServer(t, server.Config{Limits: geokg.Limits{MaxComplexity: 1_000_000}})
	const n = 30
	var xs []*geokg.Extraction
	for i := range n {
		code := fmt.Sprintf("Q%02d", i)
		text := "article relations " + code
		xs = append(xs, &geokg.Extraction{
			Article:   geokg.Article{ID: geokg.ArticleID(text), Title: "Title " + code},
			Extractor: geokg.ExtractorVersion,
			Entities: []geokg.Entity{
				{ID: "country:ALB", Kind: geokg.KindCountry, Name: "Albania", Code: "ALB"},
				{ID: "country:" + code, Kind: geokg.KindCountry, Name: "Country " + code, Code: code},
			},
			Relations: []geokg.Relation{
				{Subject: "country:" + code, Type: geokg.Condemns, Object: "country:ALB", Evidence: code + " condemned Albania.", End: 20, Confidence: 0.8},
				{Subject: "country:ALB", Type: geokg.Rejects, Object: "country:" + code, Evidence: "Albania rejected " + code + ".", Start: 21, End: 40, Confidence: 0.8},
			},
		})
	}
	write(t, s, xs...)
	c := client.New(h, client.Path("/query"))
	query := `query($first: Int) { relations(filter: {object: "country:ALB"}, first: $first) { edges { node {
	  evidence { article { title relations(first: 5) { totalCount edges { node { type subject { name } evidence { sentence } } } } } } } } } }`
	cost := func(first int) int64 {
		var resp struct {
			Relations struct {
				Edges []struct {
					Node struct {
						Evidence []struct {
							Article struct {
								Relations struct {
									TotalCount int
									Edges      []struct {
										Node struct {
											Type     string
											Evidence []struct{ Sentence string }
										}
									}
								}
							}
						}
					}
				}
			}
		}
		before := s.QueryCount()
		post(t, c, query, &resp, client.Var("first", first))
		spent := s.QueryCount() - before
		require.Len(t, resp.Relations.Edges, first)
		for _, e := range resp.Relations.Edges {
			require.Len(t, e.Node.Evidence, 1)
			rels := e.Node.Evidence[0].Article.Relations
			assert.Equal(t, 2, rels.TotalCount)
			require.Len(t, rels.Edges, 2)
			for _, r := range rels.Edges {
				require.Len(t, r.Node.Evidence, 1)
			}
		}
		return spent
	}
	small, large := cost(2), cost(n)
	t.Logf("article relations nested in a page: %d queries for 2 edges, %d for %d", small, large, n)
	assert.Equal(t, small, large)
}

func TestSubscriptionsNeedTheKeyWhenReadsAreProtected(t *testing.T) {
	h, s := newServer(t, server.Config{APIKey: "s3cret", ProtectReads: true})
	srv := httptest.NewServer(h)
	defer srv.Close()
	sub, _ := json.Marshal(map[string]any{"query": `subscription { relationAdded { type } }`})

	anonymous := dialGraphQLWS(t, srv.URL)
	anonymous.send(wsMessage{ID: "1", Type: "subscribe", Payload: sub})
	m, err := anonymous.next(5 * time.Second)
	require.NoError(t, err)
	assert.Contains(t, string(m.Payload), "UNAUTHENTICATED", "%s: %s", m.Type, m.Payload)

	keyed := dialGraphQLWSWith(t, srv.URL, json.RawMessage(`{"apiKey": "s3cret"}`))
	keyed.send(wsMessage{ID: "1", Type: "subscribe", Payload: sub})
	for attempt := range 10 {
		write(t, s, neo4jtest.Fixture(fmt.Sprintf("keyed subscription %d", attempt)))
		if m, err = keyed.next(time.Second); err == nil {
			break
		}
	}
	require.NoError(t, err)
	assert.Equal(t, "next", m.Type, "%s", m.Payload)
	assert.Contains(t, string(m.Payload), `"relationAdded"`)
}

// TestAnUnknownEntityNullsOnlyItsField: a dashboard that asks for several things at once
// still gets the others when one names an entity the graph does not hold. Before,
// neighborhood, paths and dyad were non-null, and their NOT_FOUND nulled the whole data.
func TestAnUnknownEntityNullsOnlyItsField(t *testing.T) {
	h, s := newServer(t, server.Config{})
	write(t, s, neo4jtest.Fixture("an unknown entity"))
	body, _ := json.Marshal(map[string]string{"query": `{
	  entity(id: "country:ALB") { name }
	  dyad(a: "country:ALB", b: "country:ZZZ") { total }
	  paths(from: "country:ALB", to: "country:ZZZ") { length }
	  neighborhood(id: "country:ZZZ") { truncated }
	  stats { articles } }`})
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(rec, req)
	require.Equal(t, http.StatusOK, rec.Code)
	var resp struct {
		Data   map[string]any
		Errors []struct {
			Path       []string
			Extensions struct{ Code string }
		}
	}
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &resp), rec.Body.String())
	require.NotNil(t, resp.Data, "the data survives: %s", rec.Body)
	assert.Equal(t, map[string]any{"name": "Albania"}, resp.Data["entity"])
	assert.Equal(t, map[string]any{"articles": float64(1)}, resp.Data["stats"])
	for _, field := range []string{"dyad", "paths", "neighborhood"} {
		assert.Contains(t, resp.Data, field)
		assert.Nil(t, resp.Data[field], field)
	}
	codes := map[string]string{}
	for _, e := range resp.Errors {
		codes[strings.Join(e.Path, ".")] = e.Extensions.Code
	}
	assert.Equal(t, map[string]string{"dyad": "NOT_FOUND", "paths": "NOT_FOUND", "neighborhood": "NOT_FOUND"}, codes)
}

// TestTimelineTellsADayInTheArticlesOrder: the statements of one day come in the order of
// their article (they came in the order of their ids' hashes), and confidences are shown
// rounded (0.8 × 0.8 is not 0.6400000000000001).
func TestTimelineTellsADayInTheArticlesOrder(t *testing.T) {
	h, s := newServer(t, server.Config{})
	x := neo4jtest.Fixture("one day")
	for i := range x.Relations {
		x.Relations[i].Date = "2022-09-10"
	}
	x.Relations[0].Confidence = 0.8 * 0.8
	write(t, s, x)
	c := client.New(h, client.Path("/query"))
	var resp struct {
		Timeline struct {
			Items []struct {
				Kind      string
				Statement *struct {
					Evidence struct {
						Start      int
						Confidence float64
					}
					Relation struct{ Confidence float64 }
				}
			}
			PageInfo struct{ EndCursor string }
		}
	}
	const q = `query($after: String) { timeline(id: "country:ALB", first: 3, after: $after) { items { kind statement {
	  evidence { start confidence } relation { confidence } } } pageInfo { endCursor } } }`
	var starts []int
	var after any
	for range 3 { // a page at a time: the cursor keeps the order too
		post(t, c, q, &resp, client.Var("after", after))
		for _, it := range resp.Timeline.Items {
			if it.Statement != nil {
				starts = append(starts, it.Statement.Evidence.Start)
				if it.Statement.Evidence.Start == 0 {
					assert.Equal(t, 0.64, it.Statement.Evidence.Confidence)
				}
			}
		}
		after = resp.Timeline.PageInfo.EndCursor
	}
	// Albania's statements of the fixture, in the order the article tells them.
	assert.Equal(t, []int{0, 21, 79, 102, 127}, starts)

	var rel struct {
		Relations struct {
			Edges []struct{ Node struct{ Confidence float64 } }
		}
	}
	post(t, c, `{ relations(filter: {subject: "country:ALB", types: [ACCUSES]}) { edges { node { confidence } } } }`, &rel)
	require.Len(t, rel.Relations.Edges, 1)
	assert.Equal(t, 0.64, rel.Relations.Edges[0].Node.Confidence)
}
