package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg"
)

// evidenceByTriple makes the planner find a relation's evidence through the index on
// (subject, type, object). Plans are cached, and one made while the graph was nearly empty
// may otherwise scan every statement for each relation.
const evidenceByTriple = "USING INDEX x:Evidence(subject, type, object)"

// typeNames checks relation types against the ontology and returns their names, or every
// type of the ontology when ts is empty. Only names it returns may reach a Cypher string.
func typeNames(ts []geokg.RelationType) ([]string, error) {
	names := make([]string, 0, len(ts))
	for _, t := range ts {
		if !t.Valid() {
			return nil, geokg.Errorf(geokg.CodeInvalidArgument, "unknown relation type %q", t)
		}
		names = append(names, string(t))
	}
	if len(names) == 0 {
		for _, t := range geokg.RelationTypes {
			names = append(names, string(t))
		}
	}
	return names, nil
}

// relTypes returns the relationship type expression of a pattern, such as
// "ACCUSES|CONDEMNS", for the checked types (all when empty).
func relTypes(ts []geokg.RelationType) (string, error) {
	names, err := typeNames(ts)
	if err != nil {
		return "", err
	}
	return strings.Join(names, "|"), nil
}

// entityRelMatch builds the MATCH and WHERE that bind s, r and o to the edges of the
// entity whose id is the Cypher variable id, as q selects them (its order and the page
// are edgeTail's).
func entityRelMatch(q geokg.EntityRelationQuery, params map[string]any) (string, error) {
	types, err := relTypes(q.Types)
	if err != nil {
		return "", err
	}
	if err := checkAsOf(q.AsOf); err != nil {
		return "", err
	}
	rel := "[r:" + types + "]"
	var b strings.Builder
	switch q.Direction {
	case geokg.Out:
		b.WriteString("MATCH (s:Entity {id: id})-" + rel + "->(o:Entity)\n")
	case geokg.In:
		b.WriteString("MATCH (s:Entity)-" + rel + "->(o:Entity {id: id})\n")
	default:
		b.WriteString("MATCH (:Entity {id: id})-" + rel + "-(:Entity)\nWITH DISTINCT r\nWITH startNode(r) AS s, r, endNode(r) AS o\n")
	}
	var where []string
	if cond := evidenceCondition(geokg.RelationFilter{From: q.From, To: q.To, AsOf: q.AsOf}, params); cond != "" {
		where = append(where, "EXISTS { MATCH (x:Evidence {subject: s.id, type: type(r), object: o.id}) "+evidenceByTriple+" WHERE "+cond+" }")
	}
	if len(where) > 0 {
		b.WriteString("WHERE " + strings.Join(where, " AND ") + "\n")
	}
	return b.String(), nil
}

// EntityRelations returns a page of edges for each entity (see geokg.GraphReader) with one
// query: every entity's page is a subquery over the same pattern.
func (s *Store) EntityRelations(ctx context.Context, ids []string, q geokg.EntityRelationQuery, p geokg.PageRequest) (map[string]geokg.EdgePage, error) {
	if len(ids) == 0 {
		return map[string]geokg.EdgePage{}, nil
	}
	params := map[string]any{"ids": ids, "first": p.First + 1}
	match, err := entityRelMatch(q, params)
	if err != nil {
		return nil, err
	}
	tail, err := edgeTail(q.Order, q.AsOf, p.After, params, false)
	if err != nil {
		return nil, err
	}
	return s.orderedPagesByID(ctx, match+tail, params, p.First, q.Order, "entity relations")
}

// CountEntityRelations counts the edges of each entity (see geokg.GraphReader) with one query.
func (s *Store) CountEntityRelations(ctx context.Context, ids []string, q geokg.EntityRelationQuery) (map[string]int, error) {
	out := make(map[string]int, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	params := map[string]any{"ids": ids}
	match, err := entityRelMatch(q, params)
	if err != nil {
		return nil, err
	}
	cypher := `UNWIND $ids AS id
WITH DISTINCT id
CALL (id) {
` + match + `RETURN count(r) AS n
}
RETURN id, n`
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, params)
		for _, rec := range recs {
			out[str(rec, "id")] = integer(rec, "n")
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("count entity relations: %w", err)
	}
	return out, nil
}

// edgeOf builds an edge from its ends, type and relationship.
func edgeOf(s, t, o string, rel neo4j.Relationship) geokg.Edge {
	p := rel.Props
	return geokg.Edge{
		Subject: s, Type: geokg.RelationType(t), Object: o,
		Count: pint(p, "count"), Articles: pint(p, "articles"), Sources: pint(p, "sources"),
		FirstSeen: pstr(p, "firstSeen"), LastSeen: pstr(p, "lastSeen"), Confidence: pfloat(p, "confidence"),
	}
}

// statementCondition returns the conditions on an Evidence x for a filter read over
// statements (see geokg.RelationFilter.MatchStatement), joined with AND, or "". Types are
// parameters here, as they are values of x.type.
func statementCondition(f geokg.RelationFilter, params map[string]any) (string, error) {
	var c []string
	if len(f.Types) > 0 {
		names, err := typeNames(f.Types)
		if err != nil {
			return "", err
		}
		params["types"] = names
		c = append(c, "x.type IN $types")
	}
	if f.Subject != "" {
		params["subject"] = f.Subject
		c = append(c, "x.subject = $subject")
	}
	if f.Object != "" {
		params["object"] = f.Object
		c = append(c, "x.object = $object")
	}
	if f.Either != "" {
		params["either"] = f.Either
		c = append(c, "(x.subject = $either OR x.object = $either)")
	}
	if f.MinConfidence > 0 {
		params["minConfidence"] = f.MinConfidence
		c = append(c, "x.confidence >= $minConfidence")
	}
	if cond := evidenceCondition(f, params); cond != "" {
		c = append(c, cond)
	}
	return strings.Join(c, " AND "), nil
}

// where prefixes non-empty conditions with WHERE.
func where(conds ...string) string {
	var keep []string
	for _, c := range conds {
		if c != "" {
			keep = append(keep, c)
		}
	}
	if len(keep) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(keep, " AND ") + "\n"
}

// articleRelMatch binds s, r and o to the edges that the article whose id is the Cypher
// variable id reports, through its evidence; after, when set, keeps the edges after that
// cursor in the order of Relations.
func articleRelMatch(after string, params map[string]any) (string, error) {
	match := `MATCH (x:Evidence {article: id}) USING INDEX x:Evidence(article)
WITH DISTINCT x.subject AS sid, x.type AS tid, x.object AS oid
MATCH (s:Entity {id: sid})-[r]->(o:Entity {id: oid}) WHERE type(r) = tid
`
	if after != "" {
		cs, ct, co, err := parseEdgeCursor(after)
		if err != nil {
			return "", err
		}
		params["cs"], params["ct"], params["co"] = cs, ct, co
		match += "AND (s.id > $cs OR (s.id = $cs AND (type(r) > $ct OR (type(r) = $ct AND o.id > $co))))\n"
	}
	return match, nil
}

// ArticleRelations returns a page of edges for each article (see geokg.GraphReader) with
// one query, from the articles' evidence.
func (s *Store) ArticleRelations(ctx context.Context, ids []string, p geokg.PageRequest) (map[string]geokg.EdgePage, error) {
	if len(ids) == 0 {
		return map[string]geokg.EdgePage{}, nil
	}
	params := map[string]any{"ids": ids, "first": p.First + 1}
	match, err := articleRelMatch(p.After, params)
	if err != nil {
		return nil, err
	}
	return s.pagesByID(ctx, match, params, p.First, "article relations")
}

// CountArticleRelations counts the edges of each article (see geokg.GraphReader) with one query.
func (s *Store) CountArticleRelations(ctx context.Context, ids []string) (map[string]int, error) {
	out := make(map[string]int, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	match, _ := articleRelMatch("", nil)
	cypher := `UNWIND $ids AS id
WITH DISTINCT id
CALL (id) {
` + match + `RETURN count(r) AS n
}
RETURN id, n`
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, map[string]any{"ids": ids})
		for _, rec := range recs {
			out[str(rec, "id")] = integer(rec, "n")
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("count article relations: %w", err)
	}
	return out, nil
}

// trimPage cuts a page fetched with one edge more than first down to first, noting
// whether more follow, and sets its end cursor.
func trimPage(page geokg.EdgePage, first int) geokg.EdgePage {
	if len(page.Edges) > first {
		page.Edges, page.HasNext = page.Edges[:first], true
	}
	if n := len(page.Edges); n > 0 {
		page.EndCursor = page.Edges[n-1].Cursor
	}
	return page
}

// pagesByID runs match (which reads the parameter id and binds s, r, o) once for every id
// of $ids in one query, and returns each id's page of at most first edges.
func (s *Store) pagesByID(ctx context.Context, match string, params map[string]any, first int, what string) (map[string]geokg.EdgePage, error) {
	cypher := `UNWIND $ids AS id
WITH DISTINCT id
CALL (id) {
` + match + `RETURN s.id AS s, type(r) AS t, o.id AS o, r ORDER BY s, t, o LIMIT $first
}
RETURN id, s, t, o, r`
	return s.collectPages(ctx, cypher, params, first, what, func(rec *neo4j.Record) geokg.Edge {
		e := edgeFrom(rec)
		e.Cursor = edgeCursor(e)
		return e
	})
}

// collectPages runs cypher, which returns an id and the columns edge reads, and groups
// the edges into each id's page of at most first (the query fetches one more).
func (s *Store) collectPages(ctx context.Context, cypher string, params map[string]any, first int, what string, edge func(*neo4j.Record) geokg.Edge) (map[string]geokg.EdgePage, error) {
	out := map[string]geokg.EdgePage{}
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, params)
		if err != nil {
			return err
		}
		for _, rec := range recs {
			id := str(rec, "id")
			page := out[id]
			page.Edges = append(page.Edges, edge(rec))
			out[id] = page
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	for id, page := range out {
		out[id] = trimPage(page, first)
	}
	return out, nil
}
