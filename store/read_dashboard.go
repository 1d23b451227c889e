package store

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg"
)

// This file holds the reads of dashboards: ordered pages of edges, the graph as known on
// a date, series by period, lists of events and entities, full-text search over
// statements and lookups of statements by id.

// statementIndex is the name of the full-text index over the sentences of statements.
const statementIndex = "evidence_sentences"

// orderKeys gives, for each order field, the Cypher expression of its key over the map p
// of an edge's properties. Undated edges sort as "" (the earliest).
var orderKeys = map[geokg.OrderField]string{
	geokg.OrderCount:      "p.count",
	geokg.OrderConfidence: "p.confidence",
	geokg.OrderLastSeen:   "coalesce(p.lastSeen, '')",
	geokg.OrderFirstSeen:  "coalesce(p.firstSeen, '')",
}

// orderValue returns the key of e in the order field, as its cursor holds it.
func orderValue(f geokg.OrderField, e geokg.Edge) string {
	switch f {
	case geokg.OrderCount:
		return strconv.Itoa(e.Count)
	case geokg.OrderConfidence:
		return strconv.FormatFloat(e.Confidence, 'g', -1, 64)
	case geokg.OrderLastSeen:
		return e.LastSeen
	case geokg.OrderFirstSeen:
		return e.FirstSeen
	}
	return ""
}

// orderedCursor encodes the position of e in an order: the field, its key, then the
// edge's triple. The zero order keeps the cursor of Relations (the triple alone).
func orderedCursor(o geokg.RelationOrder, e geokg.Edge) string {
	if o.Field == "" {
		return edgeCursor(e)
	}
	return base64.RawURLEncoding.EncodeToString([]byte(strings.Join(
		[]string{string(o.Field), orderValue(o.Field, e), e.Subject, string(e.Type), e.Object}, "\x00")))
}

// parseOrderedCursor reads a cursor of the order o into its key (typed as the field's
// values are) and triple. A cursor of another order is INVALID_ARGUMENT.
func parseOrderedCursor(o geokg.RelationOrder, c string) (key any, s, t, obj string, err error) {
	if o.Field == "" {
		s, t, obj, err = parseEdgeCursor(c)
		return nil, s, t, obj, err
	}
	bad := geokg.Errorf(geokg.CodeInvalidArgument, "malformed cursor %q for the order %s", c, o.Field)
	b, err := base64.RawURLEncoding.DecodeString(c)
	parts := strings.Split(string(b), "\x00")
	if err != nil || len(parts) != 5 || parts[0] != string(o.Field) {
		return nil, "", "", "", bad
	}
	switch o.Field {
	case geokg.OrderCount:
		n, err := strconv.ParseInt(parts[1], 10, 64)
		if err != nil {
			return nil, "", "", "", bad
		}
		key = n
	case geokg.OrderConfidence:
		f, err := strconv.ParseFloat(parts[1], 64)
		if err != nil {
			return nil, "", "", "", bad
		}
		key = f
	default:
		key = parts[1]
	}
	return key, parts[2], parts[3], parts[4], nil
}

// asOfParams adds the parameters of an as-of date (the date and the instant its day
// ends) and returns the condition on an Evidence x that keeps the statements known on
// that date, or "" when asOf is "".
func asOfParams(asOf string, params map[string]any) (string, error) {
	if asOf == "" {
		return "", nil
	}
	end, err := geokg.AsOfEnd(asOf)
	if err != nil {
		return "", err
	}
	params["asOf"], params["asOfEnd"] = asOf, end
	return "(x.date IS NULL OR x.date <= $asOf) AND x.createdAt < $asOfEnd", nil
}

// edgeTail returns what follows a pattern that binds s, r and o to edges in a page query:
// with asOf, the edges' counts and dates taken again over the statements known on that
// date (edges without any left out); the position after the cursor after in the order;
// and the RETURN of s, t, o and the properties p (not r itself: no reader needs more than
// its properties), sorted, at most $first. With parts (for a statement that reads the
// page's parts after the page is cut, see RelationsWith), p is the relationship itself
// (with asOf, the map of its recounted properties), whose properties that statement
// reads as it needs them, and the entity nodes sNode and oNode at its ends come too, so
// that their properties are read without seeking them again.
func edgeTail(order geokg.RelationOrder, asOf, after string, params map[string]any, parts bool) (string, error) {
	if err := order.Check(); err != nil {
		return "", err
	}
	var b strings.Builder
	cond, err := asOfParams(asOf, params)
	if err != nil {
		return "", err
	}
	if cond != "" {
		b.WriteString(`CALL (s, r, o) {
  MATCH (x:Evidence {subject: s.id, type: type(r), object: o.id}) ` + evidenceByTriple + `
  WHERE ` + cond + `
  RETURN {count: count(x), articles: count(DISTINCT x.article), sources: count(DISTINCT x.source),
          firstSeen: min(x.date), lastSeen: max(x.date), confidence: max(x.confidence)} AS p
}
WITH s, r, o, p WHERE p.count > 0
`)
	} else {
		// p is the relationship itself until the page is cut: the order key reads only its
		// own property, and the map of its properties is made for the page's edges alone,
		// not for every edge the match found (a busy entity's hundreds).
		b.WriteString("WITH s, r, o, r AS p\n")
	}
	key, cmpOp, dir := "0", ">", ""
	if order.Field != "" {
		key = orderKeys[order.Field]
		if order.Direction == geokg.Desc {
			cmpOp, dir = "<", " DESC"
		}
	}
	b.WriteString("WITH s, r, o, p, " + key + " AS k\n")
	if after != "" {
		ck, cs, ct, co, err := parseOrderedCursor(order, after)
		if err != nil {
			return "", err
		}
		params["cs"], params["ct"], params["co"] = cs, ct, co
		tie := "(s.id > $cs OR (s.id = $cs AND (type(r) > $ct OR (type(r) = $ct AND o.id > $co))))"
		if ck == nil {
			b.WriteString("WHERE " + tie + "\n")
		} else {
			params["ck"] = ck
			b.WriteString("WHERE k " + cmpOp + " $ck OR (k = $ck AND " + tie + ")\n")
		}
	}
	props, ends := "properties(p)", ""
	if parts {
		props, ends = "p", ", s AS sNode, o AS oNode"
	}
	b.WriteString("RETURN s.id AS s, type(r) AS t, o.id AS o, " + props + " AS p" + ends + " ORDER BY k" + dir + ", s, t, o LIMIT $first")
	return b.String(), nil
}

// pagedEdge reads an edge of a query that ends with edgeTail, its cursor in order.
func pagedEdge(rec *neo4j.Record, order geokg.RelationOrder) geokg.Edge {
	v, _ := rec.Get("p")
	e := edgeOf(str(rec, "s"), str(rec, "t"), str(rec, "o"), neo4j.Relationship{Props: asMap(v)})
	e.Cursor = orderedCursor(order, e)
	return e
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// recountAsOf sets the counts and dates of edges to those of their statements known on
// the date asOf, with one query; edges without any keep theirs (a traversal found them
// through statements known then, so they have some).
func (s *Store) recountAsOf(ctx context.Context, edges []geokg.Edge, asOf string) error {
	if asOf == "" || len(edges) == 0 {
		return nil
	}
	rows := make([]map[string]any, 0, len(edges))
	for i, e := range edges {
		rows = append(rows, map[string]any{"i": i, "s": e.Subject, "t": string(e.Type), "o": e.Object})
	}
	params := map[string]any{"rows": rows}
	cond, err := asOfParams(asOf, params)
	if err != nil {
		return err
	}
	return s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`UNWIND $rows AS e
CALL (e) {
  MATCH (x:Evidence {subject: e.s, type: e.t, object: e.o}) `+evidenceByTriple+`
  WHERE `+cond+`
  RETURN {count: count(x), articles: count(DISTINCT x.article), sources: count(DISTINCT x.source),
          firstSeen: min(x.date), lastSeen: max(x.date), confidence: max(x.confidence)} AS p
}
RETURN e.i AS i, p`, params)
		for _, rec := range recs {
			v, _ := rec.Get("p")
			p := asMap(v)
			if pint(p, "count") == 0 {
				continue
			}
			e := &edges[integer(rec, "i")]
			*e = edgeOf(e.Subject, string(e.Type), e.Object, neo4j.Relationship{Props: p})
		}
		return err
	})
}

// periodCounts counts the statements matching f by the period of by (RelationCounts for
// a grouping by date): one query counts them by day, geokg.CountByPeriod sums the days.
func (s *Store) periodCounts(ctx context.Context, f geokg.RelationFilter, by geokg.GroupBy, first int) ([]geokg.RelationCount, error) {
	cells, err := s.statementCells(ctx, f, false)
	if err != nil {
		return nil, fmt.Errorf("relation counts by %s: %w", by, err)
	}
	periods := geokg.CountByPeriod(cells, by.Bucket())
	out := make([]geokg.RelationCount, 0, min(first, len(periods)))
	for _, p := range periods[:min(first, len(periods))] {
		c := geokg.RelationCount{Key: p.Period, Period: p.Period, Count: p.Count}
		if by == geokg.ByMonth {
			c.Month = p.Period
		}
		out = append(out, c)
	}
	return out, nil
}

// statementCells counts the dated statements matching f by day, and by type too when
// byType, in one query: through the evidence index on subject or object when f names an
// entity, else over every statement.
func (s *Store) statementCells(ctx context.Context, f geokg.RelationFilter, byType bool) ([]geokg.StatementCell, error) {
	params := map[string]any{}
	cond, err := statementCondition(f, params)
	if err != nil {
		return nil, err
	}
	typ := "null"
	if byType {
		typ = "x.type"
	}
	// Start from the index of the entity the filter names, if any, not from every statement.
	start := "MATCH (x:Evidence)\n"
	switch {
	case f.Subject != "":
		start = "MATCH (x:Evidence {subject: $subject}) USING INDEX x:Evidence(subject)\n"
	case f.Object != "":
		start = "MATCH (x:Evidence {object: $object}) USING INDEX x:Evidence(object)\n"
	case f.Either != "":
		start = `CALL () {
  MATCH (x:Evidence {subject: $either}) USING INDEX x:Evidence(subject) RETURN x
  UNION
  MATCH (x:Evidence {object: $either}) USING INDEX x:Evidence(object) RETURN x
}
WITH x
`
	}
	cypher := start + where(cond, "x.date IS NOT NULL") + `RETURN ` + typ + ` AS t, x.date AS d, count(*) AS n`
	var out []geokg.StatementCell
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, params)
		for _, r := range recs {
			out = append(out, geokg.StatementCell{Type: geokg.RelationType(str(r, "t")), Date: str(r, "d"), Count: integer(r, "n")})
		}
		return err
	})
	return out, err
}

// TypeSeries counts statements by type and period (see geokg.Dashboard) in one query.
func (s *Store) TypeSeries(ctx context.Context, f geokg.RelationFilter, b geokg.Bucket) ([]geokg.TypePeriodCount, error) {
	if !b.Valid() {
		return nil, geokg.Errorf(geokg.CodeInvalidArgument, "unknown bucket %q", b)
	}
	cells, err := s.statementCells(ctx, f, true)
	if err != nil {
		return nil, fmt.Errorf("type series: %w", err)
	}
	return geokg.CountByTypeAndPeriod(cells, b), nil
}

// ActorScore summarises an actor's statements over time (see geokg.Dashboard) in one
// query: seeks of the evidence index on subject and on object. On the side OUT (IN) an
// actor of a symmetric type counts on either side, as in TopActors.
func (s *Store) ActorScore(ctx context.Context, q geokg.ActorScoreQuery) (geokg.ActorScore, error) {
	b := q.Bucket
	if b == "" {
		b = geokg.Month
	}
	if !b.Valid() {
		return geokg.ActorScore{}, geokg.Errorf(geokg.CodeInvalidArgument, "unknown bucket %q", b)
	}
	types, err := typeNames(q.Types)
	if err != nil {
		return geokg.ActorScore{}, err
	}
	var symmetric []string
	for _, t := range geokg.RelationTypes {
		if t.Symmetric() {
			symmetric = append(symmetric, string(t))
		}
	}
	dir := q.Direction
	if dir == "" {
		dir = geokg.Both
	}
	params := map[string]any{"id": q.ID, "types": types, "symmetric": symmetric, "dir": string(dir), "from": null(q.From), "to": null(q.To)}
	const cypher = `OPTIONAL MATCH (e:Entity {id: $id})
CALL () {
  CALL () {
    MATCH (x:Evidence {subject: $id}) USING INDEX x:Evidence(subject)
    WHERE $dir <> 'IN' OR x.type IN $symmetric
    RETURN x
    UNION ALL
    MATCH (x:Evidence {object: $id}) USING INDEX x:Evidence(object)
    WHERE $dir <> 'OUT' OR x.type IN $symmetric
    RETURN x
  }
  WITH x WHERE x.type IN $types AND ($from IS NULL OR x.date >= $from) AND ($to IS NULL OR x.date <= $to)
  WITH x.type AS t, x.date AS d, count(*) AS n
  RETURN collect({t: t, d: d, n: n}) AS cells
}
RETURN e IS NOT NULL AS found, cells`
	var (
		cells []geokg.StatementCell
		found bool
	)
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, params)
		if err != nil || len(recs) != 1 {
			return err
		}
		found = boolean(recs[0], "found")
		v, _ := recs[0].Get("cells")
		for _, c := range asList(v) {
			m := asMap(c)
			cells = append(cells, geokg.StatementCell{Type: geokg.RelationType(pstr(m, "t")), Date: pstr(m, "d"), Count: pint(m, "n")})
		}
		return nil
	})
	if err != nil {
		return geokg.ActorScore{}, fmt.Errorf("actor score of %s: %w", q.ID, err)
	}
	if !found {
		return geokg.ActorScore{}, geokg.Errorf(geokg.CodeNotFound, "no entity %q", q.ID)
	}
	q.Bucket = b
	return geokg.SummarizeActor(q, cells), nil
}

// keyCursor encodes a position in an order of a string key then an id.
func keyCursor(key, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(key + "\x00" + id))
}

func parseKeyCursor(c string) (key, id string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	key, id, ok := strings.Cut(string(b), "\x00")
	if err != nil || !ok {
		return "", "", geokg.Errorf(geokg.CodeInvalidArgument, "malformed cursor %q", c)
	}
	return key, id, nil
}

// ListEvents returns a page of events, newest first (see geokg.Dashboard), in one query:
// from the target's TARGETS when there is one, else through the indexes on event type
// and date.
func (s *Store) ListEvents(ctx context.Context, q geokg.EventQuery, p geokg.PageRequest) (geokg.EventPage, error) {
	types := make([]string, 0, len(q.Types))
	for _, t := range q.Types {
		if !t.Valid() {
			return geokg.EventPage{}, geokg.Errorf(geokg.CodeInvalidArgument, "unknown event type %q", t)
		}
		types = append(types, string(t))
	}
	params := map[string]any{"first": p.First + 1, "from": null(q.From), "to": null(q.To), "target": q.Target}
	var b strings.Builder
	if q.Target != "" {
		b.WriteString("MATCH (ev:Event)-[:TARGETS]->(:Entity {id: $target})\n")
	} else {
		b.WriteString("MATCH (ev:Event)\n")
	}
	var c []string
	if len(types) > 0 {
		params["types"] = types
		c = append(c, "ev.type IN $types")
	}
	if q.From != "" {
		c = append(c, "ev.date >= $from")
	}
	if q.To != "" {
		c = append(c, "ev.date <= $to")
	}
	b.WriteString(where(strings.Join(c, " AND ")))
	b.WriteString("WITH ev, coalesce(ev.date, '') AS k\n")
	if p.After != "" {
		k, id, err := parseKeyCursor(p.After)
		if err != nil {
			return geokg.EventPage{}, err
		}
		params["ck"], params["cid"] = k, id
		b.WriteString("WHERE k < $ck OR (k = $ck AND ev.id > $cid)\n")
	}
	b.WriteString(`WITH ev, k ORDER BY k DESC, ev.id LIMIT $first
RETURN ev, [(ev)-[:TARGETS]->(t:Entity) | t.id] AS targets ORDER BY k DESC, ev.id`)
	var out geokg.EventPage
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(b.String(), params)
		for _, r := range recs {
			targets, _ := r.Get("targets")
			out.Events = append(out.Events, eventFrom(node(r, "ev").Props, targets))
		}
		return err
	})
	if err != nil {
		return geokg.EventPage{}, fmt.Errorf("list events: %w", err)
	}
	if len(out.Events) > p.First {
		out.Events, out.HasNext = out.Events[:p.First], true
	}
	if n := len(out.Events); n > 0 {
		out.EndCursor = keyCursor(out.Events[n-1].Date, out.Events[n-1].ID)
	}
	return out, nil
}

// ListEntities returns a page of entities in id order (see geokg.Dashboard), in one
// query: a range seek of each kind's id index, which gives the order.
func (s *Store) ListEntities(ctx context.Context, kinds []geokg.Kind, p geokg.PageRequest) (geokg.EntityPage, error) {
	labels := make([]string, 0, len(kinds))
	for _, k := range kinds {
		if !k.Valid() {
			return geokg.EntityPage{}, geokg.Errorf(geokg.CodeInvalidArgument, "unknown entity kind %q", k)
		}
		labels = append(labels, string(k))
	}
	if len(labels) == 0 {
		labels = []string{"Entity"}
	}
	after := ""
	if p.After != "" {
		b, err := base64.RawURLEncoding.DecodeString(p.After)
		if err != nil || len(b) == 0 {
			return geokg.EntityPage{}, geokg.Errorf(geokg.CodeInvalidArgument, "malformed cursor %q", p.After)
		}
		after = string(b)
	}
	// Labels are checked kinds, never user text.
	var parts []string
	for _, l := range labels {
		parts = append(parts, "  MATCH (n:"+l+") WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $first")
	}
	cypher := "CALL () {\n" + strings.Join(parts, "\n  UNION\n") + "\n}\nRETURN n ORDER BY n.id LIMIT $first"
	var out geokg.EntityPage
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, map[string]any{"after": after, "first": p.First + 1})
		for _, r := range recs {
			out.Entities = append(out.Entities, entityFrom(node(r, "n")))
		}
		return err
	})
	if err != nil {
		return geokg.EntityPage{}, fmt.Errorf("list entities: %w", err)
	}
	if len(out.Entities) > p.First {
		out.Entities, out.HasNext = out.Entities[:p.First], true
	}
	if n := len(out.Entities); n > 0 {
		out.EndCursor = base64.RawURLEncoding.EncodeToString([]byte(out.Entities[n-1].ID))
	}
	return out, nil
}

// minPrefix is the shortest last word that search also reads as a prefix: "a*" would
// expand to every word of the index.
const minPrefix = 3

// statementLucene turns free text into a Lucene query over sentences: every word
// required, the last (of minPrefix letters or more) also as a prefix.
func statementLucene(text string) string {
	words := geokg.SearchWords(text)
	parts := make([]string, 0, len(words))
	for i, w := range words {
		if i == len(words)-1 && len([]rune(w)) >= minPrefix {
			parts = append(parts, "+("+w+" "+w+"*)")
		} else {
			parts = append(parts, "+"+w)
		}
	}
	return strings.Join(parts, " ")
}

// SearchStatements finds statements by their sentence (see geokg.Dashboard) in one
// query over the full-text index. The cursor is the number of hits before the page.
func (s *Store) SearchStatements(ctx context.Context, text string, p geokg.PageRequest) (geokg.StatementHitPage, error) {
	if err := geokg.CheckSearchText(text); err != nil {
		return geokg.StatementHitPage{}, err
	}
	skip := 0
	if p.After != "" {
		b, err := base64.RawURLEncoding.DecodeString(p.After)
		n, perr := strconv.Atoi(string(b))
		if err != nil || perr != nil || n < 0 {
			return geokg.StatementHitPage{}, geokg.Errorf(geokg.CodeInvalidArgument, "malformed cursor %q", p.After)
		}
		skip = n
	}
	limit := min(p.First+1, geokg.MaxStatementSearchHits-skip)
	var out geokg.StatementHitPage
	if limit <= 0 {
		return out, nil
	}
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`CALL db.index.fulltext.queryNodes($index, $q, {skip: $skip, limit: $limit}) YIELD node AS x, score
OPTIONAL CALL (x) {
  MATCH (:Entity {id: x.subject})-[r]->(:Entity {id: x.object}) WHERE type(r) = x.type
  RETURN r LIMIT 1
}
RETURN x, r, score`, map[string]any{"index": statementIndex, "q": statementLucene(text), "skip": skip, "limit": limit})
		for _, r := range recs {
			v, _ := r.Get("score")
			score, _ := v.(float64)
			out.Hits = append(out.Hits, geokg.StatementHit{Statement: statementFrom(node(r, "x"), r), Score: score})
		}
		return err
	})
	if err != nil {
		return geokg.StatementHitPage{}, fmt.Errorf("search statements %q: %w", text, err)
	}
	if len(out.Hits) > p.First {
		out.Hits, out.HasNext = out.Hits[:p.First], true
	}
	if len(out.Hits) > 0 {
		out.EndCursor = base64.RawURLEncoding.EncodeToString([]byte(strconv.Itoa(skip + len(out.Hits))))
	}
	return out, nil
}

// StatementsByID returns statements by evidence id (see geokg.Dashboard) in one query.
func (s *Store) StatementsByID(ctx context.Context, ids []string) (map[string]geokg.Statement, error) {
	out := make(map[string]geokg.Statement, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`MATCH (x:Evidence) WHERE x.id IN $ids
OPTIONAL CALL (x) {
  MATCH (:Entity {id: x.subject})-[r]->(:Entity {id: x.object}) WHERE type(r) = x.type
  RETURN r LIMIT 1
}
RETURN x, r`, map[string]any{"ids": ids})
		for _, r := range recs {
			st := statementFrom(node(r, "x"), r)
			out[st.Evidence.ID] = st
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("statements by id: %w", err)
	}
	return out, nil
}

// orderedPagesByID runs match (which reads the parameter id, binds s, r, o and ends
// with edgeTail) once for every id of $ids in one query, and returns each id's page of
// at most first edges, with cursors in order.
func (s *Store) orderedPagesByID(ctx context.Context, match string, params map[string]any, first int, order geokg.RelationOrder, what string) (map[string]geokg.EdgePage, error) {
	cypher := `UNWIND $ids AS id
WITH DISTINCT id
CALL (id) {
` + match + `
}
RETURN id, s, t, o, p`
	return s.collectPages(ctx, cypher, params, first, what, func(rec *neo4j.Record) geokg.Edge { return pagedEdge(rec, order) })
}

// checkAsOf fails with INVALID_ARGUMENT for an as-of date that is set and not a date.
func checkAsOf(asOf string) error {
	if asOf == "" {
		return nil
	}
	_, err := geokg.AsOfEnd(asOf)
	return err
}
