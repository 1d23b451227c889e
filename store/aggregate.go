package store

import (
	"context"
	"fmt"

	"github.com/geokg/geokg"
)

// groupKeys gives, for each grouping of RelationCounts, the Cypher expressions of its key
// and the order of its groups. Months come in calendar order, the rest by count.
var groupKeys = map[geokg.GroupBy]struct{ with, order string }{
	geokg.ByType:    {"x.type AS key, x.type AS type, null AS month, null AS subject, null AS object", "n DESC, key"},
	geokg.ByMonth:   {"substring(x.date, 0, 7) AS key, null AS type, substring(x.date, 0, 7) AS month, null AS subject, null AS object", "key"},
	geokg.BySubject: {"x.subject AS key, null AS type, null AS month, x.subject AS subject, null AS object", "n DESC, key"},
	geokg.ByObject:  {"x.object AS key, null AS type, null AS month, null AS subject, x.object AS object", "n DESC, key"},
	geokg.ByDyad: {"CASE WHEN x.subject <= x.object THEN x.subject + '|' + x.object ELSE x.object + '|' + x.subject END AS key, " +
		"null AS type, null AS month, CASE WHEN x.subject <= x.object THEN x.subject ELSE x.object END AS subject, " +
		"CASE WHEN x.subject <= x.object THEN x.object ELSE x.subject END AS object", "n DESC, key"},
}

// RelationCounts counts statements by group (see geokg.GraphReader) in one query.
func (s *Store) RelationCounts(ctx context.Context, f geokg.RelationFilter, by geokg.GroupBy, first int) ([]geokg.RelationCount, error) {
	if by.Bucket() != "" {
		return s.periodCounts(ctx, f, by, first)
	}
	g, ok := groupKeys[by]
	if !ok {
		return nil, geokg.Errorf(geokg.CodeInvalidArgument, "unknown grouping %q", by)
	}
	params := map[string]any{"first": first}
	cond, err := statementCondition(f, params)
	if err != nil {
		return nil, err
	}
	dated := ""
	if by == geokg.ByMonth {
		dated = "x.date IS NOT NULL"
	}
	cypher := `MATCH (x:Evidence)
` + where(cond, dated) + `WITH ` + g.with + `, count(*) AS n
RETURN key, type, month, subject, object, n ORDER BY ` + g.order + ` LIMIT $first`
	var out []geokg.RelationCount
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, params)
		for _, r := range recs {
			out = append(out, geokg.RelationCount{Key: str(r, "key"), Type: geokg.RelationType(str(r, "type")),
				Month: str(r, "month"), Subject: str(r, "subject"), Object: str(r, "object"), Count: integer(r, "n")})
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("relation counts by %s: %w", by, err)
	}
	return out, nil
}

// TopActors counts statements per entity (see geokg.GraphReader) in one query. An actor of
// a symmetric type counts on either side whatever the direction asked, since its stored
// direction carries no meaning.
func (s *Store) TopActors(ctx context.Context, q geokg.TopActorsQuery, first int) ([]geokg.ActorCount, error) {
	dir := q.Direction
	if dir == "" {
		dir = geokg.Both
	}
	var symmetric []string
	for _, t := range geokg.RelationTypes {
		if t.Symmetric() {
			symmetric = append(symmetric, string(t))
		}
	}
	prefixes := make([]string, 0, len(q.Kinds))
	for _, k := range q.Kinds {
		if !k.Valid() {
			return nil, geokg.Errorf(geokg.CodeInvalidArgument, "unknown entity kind %q", k)
		}
		prefixes = append(prefixes, k.Prefix()+":")
	}
	params := map[string]any{"first": first, "dir": string(dir), "symmetric": symmetric, "prefixes": prefixes}
	cond, err := statementCondition(geokg.RelationFilter{Types: q.Types, From: q.From, To: q.To}, params)
	if err != nil {
		return nil, err
	}
	cypher := `MATCH (x:Evidence)
` + where(cond) + `UNWIND CASE
  WHEN $dir = 'BOTH' OR x.type IN $symmetric THEN [x.subject, x.object]
  WHEN $dir = 'OUT' THEN [x.subject]
  ELSE [x.object] END AS id
WITH id, count(*) AS n
WHERE size($prefixes) = 0 OR any(p IN $prefixes WHERE id STARTS WITH p)
WITH id, n ORDER BY n DESC, id LIMIT $first
MATCH (e:Entity {id: id})
RETURN e, n ORDER BY n DESC, e.id`
	var out []geokg.ActorCount
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, params)
		for _, r := range recs {
			out = append(out, geokg.ActorCount{Entity: entityFrom(node(r, "e")), Count: integer(r, "n")})
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("top actors: %w", err)
	}
	return out, nil
}

// Dyad summarises the statements between two entities (see geokg.GraphReader) in one
// query. It fails with INVALID_ARGUMENT when a and b are the same entity.
func (s *Store) Dyad(ctx context.Context, q geokg.DyadQuery) (geokg.DyadSummary, error) {
	a, b, within := q.A, q.B, q.Period
	if q.Bucket != "" && !q.Bucket.Valid() {
		return geokg.DyadSummary{}, geokg.Errorf(geokg.CodeInvalidArgument, "unknown bucket %q", q.Bucket)
	}
	types, err := typeNames(q.Types)
	if err != nil {
		return geokg.DyadSummary{}, err
	}
	if a == b {
		return geokg.DyadSummary{}, geokg.Errorf(geokg.CodeInvalidArgument, "a dyad needs two different entities")
	}
	const cypher = `OPTIONAL MATCH (na:Entity {id: $a})
OPTIONAL MATCH (nb:Entity {id: $b})
CALL () {
  CALL () {
    MATCH (x:Evidence {object: $b}) USING INDEX x:Evidence(object) WHERE x.subject = $a RETURN x
    UNION ALL
    MATCH (x:Evidence {object: $a}) USING INDEX x:Evidence(object) WHERE x.subject = $b RETURN x
  }
  WITH x WHERE x.type IN $types AND ($from IS NULL OR x.date >= $from) AND ($to IS NULL OR x.date <= $to)
  WITH x.type AS t, x.date AS d, count(*) AS n
  RETURN collect({t: t, d: d, n: n}) AS cells, min(d) AS first, max(d) AS last
}
RETURN na IS NOT NULL AS hasA, nb IS NOT NULL AS hasB, cells, first, last`
	var (
		cells       []geokg.DyadCell
		first, last string
		hasA, hasB  bool
	)
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, map[string]any{"a": a, "b": b, "from": null(within.From), "to": null(within.To), "types": types})
		if err != nil || len(recs) != 1 {
			return err
		}
		r := recs[0]
		hasA, hasB = boolean(r, "hasA"), boolean(r, "hasB")
		first, last = str(r, "first"), str(r, "last")
		v, _ := r.Get("cells")
		for _, c := range asList(v) {
			m, _ := c.(map[string]any)
			cells = append(cells, geokg.DyadCell{Type: geokg.RelationType(pstr(m, "t")), Date: pstr(m, "d"), Count: pint(m, "n")})
		}
		return nil
	})
	if err != nil {
		return geokg.DyadSummary{}, fmt.Errorf("dyad %s, %s: %w", a, b, err)
	}
	switch {
	case !hasA:
		return geokg.DyadSummary{}, geokg.Errorf(geokg.CodeNotFound, "no entity %q", a)
	case !hasB:
		return geokg.DyadSummary{}, geokg.Errorf(geokg.CodeNotFound, "no entity %q", b)
	}
	return geokg.SummarizeDyadQuery(q, cells, first, last), nil
}
