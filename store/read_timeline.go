package store

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg"
)

// A timeline item's position is one string that sorts in timeline order: the date; then
// events (0) before statements (1); then the article and the statement's byte offset in
// it, zero-padded, so that the statements of one day are in the order their article
// tells them; then the id.
const (
	statementPosition = `x.date + '|1|' + x.article + '|' + right('000000000000' + toString(x.start), 12) + '|' + x.id`
	eventPosition     = `ev.date + '|0|||' + ev.id`
)

// timelineCursor encodes the position of a timeline item.
func timelineCursor(pos string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(pos))
}

func parseTimelineCursor(c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || strings.Count(string(b), "|") != 4 {
		return "", geokg.Errorf(geokg.CodeInvalidArgument, "malformed cursor %q", c)
	}
	return string(b), nil
}

// Timeline returns a page of an entity's (or a pair's) dated statements and events (see
// geokg.GraphReader) in one query, ordered by date, then the events of the day, then its
// statements in the order of their articles. Undated statements and events are left out.
func (s *Store) Timeline(ctx context.Context, q geokg.TimelineQuery, p geokg.PageRequest) (geokg.TimelinePage, error) {
	params := map[string]any{"id": q.ID, "other": q.Other, "first": p.First + 1}
	f := geokg.RelationFilter{Types: q.Types, From: q.From, To: q.To}
	cond, err := statementCondition(f, params)
	if err != nil {
		return geokg.TimelinePage{}, err
	}
	dated := "x.date IS NOT NULL"
	if cond != "" {
		dated += " AND " + cond
	}
	var evCond []string
	if q.From != "" {
		evCond = append(evCond, "ev.date >= $from")
	}
	if q.To != "" {
		evCond = append(evCond, "ev.date <= $to")
	}
	evWhere := strings.Join(append([]string{"ev.date IS NOT NULL"}, evCond...), " AND ")
	var union string
	if q.Other == "" {
		union = `  MATCH (x:Evidence {subject: $id}) USING INDEX x:Evidence(subject) WHERE ` + dated + `
  RETURN x.date AS date, ` + statementPosition + ` AS pos, x, null AS ev
  UNION
  MATCH (x:Evidence {object: $id}) USING INDEX x:Evidence(object) WHERE ` + dated + `
  RETURN x.date AS date, ` + statementPosition + ` AS pos, x, null AS ev
  UNION
  MATCH (ev:Event)-[:TARGETS]->(:Entity {id: $id}) WHERE ` + evWhere + `
  RETURN ev.date AS date, ` + eventPosition + ` AS pos, null AS x, ev`
	} else {
		union = `  MATCH (x:Evidence {object: $other}) USING INDEX x:Evidence(object) WHERE x.subject = $id AND ` + dated + `
  RETURN x.date AS date, ` + statementPosition + ` AS pos, x, null AS ev
  UNION
  MATCH (x:Evidence {object: $id}) USING INDEX x:Evidence(object) WHERE x.subject = $other AND ` + dated + `
  RETURN x.date AS date, ` + statementPosition + ` AS pos, x, null AS ev
  UNION
  MATCH (ev:Event)-[:TARGETS]->(t:Entity) WHERE t.id IN [$id, $other] AND ` + evWhere + `
    AND (EXISTS { MATCH (y:Evidence)-[:ABOUT]->(ev)
                  WHERE (y.subject = $id AND y.object = $other) OR (y.subject = $other AND y.object = $id) }
         OR COUNT { (ev)-[:TARGETS]->(u:Entity) WHERE u.id IN [$id, $other] } = 2)
  RETURN DISTINCT ev.date AS date, ` + eventPosition + ` AS pos, null AS x, ev`
	}
	page := ""
	if p.After != "" {
		pos, err := parseTimelineCursor(p.After)
		if err != nil {
			return geokg.TimelinePage{}, err
		}
		params["after"] = pos
		page = "WHERE pos > $after\n"
	}
	cypher := `CALL () {
` + union + `
}
WITH date, pos, x, ev
` + page + `ORDER BY pos
LIMIT $first
OPTIONAL CALL (x) {
  MATCH (:Entity {id: x.subject})-[r]->(:Entity {id: x.object}) WHERE type(r) = x.type
  RETURN r LIMIT 1
}
RETURN date, pos, x, r, ev, CASE WHEN ev IS NULL THEN [] ELSE [(ev)-[:TARGETS]->(t:Entity) | t.id] END AS targets
ORDER BY pos`
	var out geokg.TimelinePage
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, params)
		if err != nil {
			return err
		}
		for _, r := range recs {
			item := geokg.TimelineItem{Date: str(r, "date")}
			item.Cursor = timelineCursor(str(r, "pos"))
			if x, ok := value[neo4j.Node](r, "x"); ok {
				st := statementFrom(x, r)
				item.Statement = &st
			} else if ev, ok := value[neo4j.Node](r, "ev"); ok {
				targets, _ := r.Get("targets")
				e := eventFrom(ev.Props, targets)
				item.Event = &e
			}
			out.Items = append(out.Items, item)
		}
		return nil
	})
	if err != nil {
		return geokg.TimelinePage{}, fmt.Errorf("timeline of %s: %w", q.ID, err)
	}
	if len(out.Items) > p.First {
		out.Items, out.HasNext = out.Items[:p.First], true
	}
	if n := len(out.Items); n > 0 {
		out.EndCursor = out.Items[n-1].Cursor
	}
	return out, nil
}

// value returns the record's value under key when it has type T.
func value[T any](r *neo4j.Record, key string) (T, bool) {
	v, _ := r.Get(key)
	t, ok := v.(T)
	return t, ok
}

// statementFrom reads a statement from an Evidence node and the record's relationship r
// (absent when the edge is gone meanwhile: then the edge has the evidence's triple only).
func statementFrom(x neo4j.Node, r *neo4j.Record) geokg.Statement {
	p := x.Props
	rel, _ := value[neo4j.Relationship](r, "r")
	st := geokg.Statement{
		Edge:     edgeOf(pstr(p, "subject"), pstr(p, "type"), pstr(p, "object"), rel),
		Evidence: evidenceFrom(p),
	}
	if at, ok := p["createdAt"].(time.Time); ok {
		st.CreatedAt = at
	}
	return st
}

// eventFrom reads an event from its properties and the list of its target ids.
func eventFrom(p map[string]any, targets any) geokg.Event {
	return geokg.Event{ID: pstr(p, "id"), Type: geokg.EventType(pstr(p, "type")), Date: pstr(p, "date"),
		Evidence: pstr(p, "evidence"), Targets: pstrings(map[string]any{"t": targets}, "t")}
}
