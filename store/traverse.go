package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg"
)

// The hard caps of the traversals: geokg's limits, which the API checks first.
var (
	maxNeighborhoodDepth = geokg.DefaultLimits.MaxDepth
	maxNeighborhoodLimit = geokg.DefaultLimits.MaxNeighborhood
	maxPathHops          = geokg.DefaultLimits.MaxPathHops
	maxPaths             = geokg.DefaultLimits.MaxPaths
)

// edgesPerNode bounds the edges of a neighborhood: at most this many times its limit of
// entities, enough for a drawing to stay readable.
const edgesPerNode = 4

// Neighborhood returns the entities around one entity and the edges among them (see
// geokg.GraphReader) in one query. It expands one hop at a time, breadth first: each
// level keeps the entities most strongly tied to the level before (by the summed
// statement counts of the edges that reach them, then by id) until q.Limit entities are
// held. Each entity of a level offers only its q.Limit + 1 most strongly tied new
// neighbours to the next (no more could be kept, and one more says the limit cut), so
// that the rows a level ranks around entities with thousands of relations are bounded by
// the limit, not by their degree. The edges are every edge of the allowed types among them, strongest first, at
// most 4 × q.Limit. It fails with INVALID_ARGUMENT when depth or limit is out of range.
func (s *Store) Neighborhood(ctx context.Context, q geokg.NeighborhoodQuery) (geokg.Subgraph, error) {
	if q.Depth < 0 || q.Depth > maxNeighborhoodDepth {
		return geokg.Subgraph{}, geokg.Errorf(geokg.CodeInvalidArgument, "depth must be between 0 and %d", maxNeighborhoodDepth)
	}
	if q.Limit < 1 || q.Limit > maxNeighborhoodLimit {
		return geokg.Subgraph{}, geokg.Errorf(geokg.CodeInvalidArgument, "limit must be between 1 and %d", maxNeighborhoodLimit)
	}
	hopTypes, err := geokg.HopTypes(q.Types, q.Hops)
	if err != nil {
		return geokg.Subgraph{}, err
	}
	if err := checkAsOf(q.Hops.AsOf); err != nil {
		return geokg.Subgraph{}, err
	}
	types, err := relTypes(hopTypes)
	if err != nil {
		return geokg.Subgraph{}, err
	}
	params := map[string]any{"id": q.ID, "limit": q.Limit, "perNode": q.Limit + 1}
	hop := hopCondition(q.Hops, params)
	var b strings.Builder
	b.WriteString(`MATCH (start:Entity {id: $id})
WITH [start] AS seen, [start] AS frontier, [[start]] AS levels, false AS cut
`)
	// Depth is a checked small integer: one expansion step per hop.
	for range q.Depth {
		// A level with no room left (the limit was reached) ranks nothing: it only asks
		// whether any entity is left out, which stops at the first.
		b.WriteString(`WITH seen, frontier, levels, cut, $limit - size(seen) AS room
CALL (seen, frontier, room) {
  WITH seen, frontier WHERE room > 0
  UNWIND frontier AS f
  CALL (f, seen) {
    MATCH (f)-[r:` + types + `]-(n:Entity)
    WHERE NOT n IN seen AND ` + hop + `
    WITH n, sum(r.count) AS c
    RETURN n, c ORDER BY c DESC, n.id LIMIT $perNode
  }
  WITH n, sum(c) AS w
  ORDER BY w DESC, n.id
  RETURN collect(n) AS found
}
WITH seen, frontier, levels, room, found,
  cut OR size(found) > room OR (room <= 0 AND size(frontier) > 0 AND EXISTS {
    UNWIND frontier AS f
    MATCH (f)-[r:` + types + `]-(n:Entity)
    WHERE NOT n IN seen AND ` + hop + `
    RETURN n
  }) AS cut
WITH seen + found[..room] AS seen, found[..room] AS frontier, levels + [found[..room]] AS levels, cut
`)
	}
	b.WriteString(`CALL (seen) {
  UNWIND seen AS a
  MATCH (a)-[r:` + types + `]->(z:Entity)
  WHERE z IN seen AND ` + hop + `
  WITH a, r, z ORDER BY r.count DESC, a.id, type(r), z.id
  LIMIT $maxEdges
  RETURN collect(` + edgeRow("a", "r", "z") + `) AS edges
}
RETURN [l IN levels | [n IN l | ` + entityList("n") + `]] AS levels, edges, cut`)
	maxEdges := edgesPerNode * q.Limit
	params["maxEdges"] = maxEdges + 1
	var out geokg.Subgraph
	found := false
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(b.String(), params)
		if err != nil || len(recs) == 0 {
			return err
		}
		found = true
		r := recs[0]
		levels, _ := r.Get("levels")
		for depth, level := range asList(levels) {
			for _, n := range asList(level) {
				if l := asList(n); l != nil {
					out.Nodes = append(out.Nodes, geokg.SubgraphNode{Entity: entityFromList(l), Depth: depth})
				}
			}
		}
		edges, _ := r.Get("edges")
		for _, e := range asList(edges) {
			out.Edges = append(out.Edges, edgeFromRow(e))
		}
		cut, _ := r.Get("cut")
		out.Truncated, _ = cut.(bool)
		return nil
	})
	if err != nil {
		return geokg.Subgraph{}, fmt.Errorf("neighborhood of %s: %w", q.ID, err)
	}
	if !found {
		return geokg.Subgraph{}, geokg.Errorf(geokg.CodeNotFound, "no entity %q", q.ID)
	}
	if len(out.Edges) > maxEdges {
		out.Edges, out.Truncated = out.Edges[:maxEdges], true
	}
	if err := s.recountAsOf(ctx, out.Edges, q.Hops.AsOf); err != nil {
		return geokg.Subgraph{}, fmt.Errorf("neighborhood of %s as of %s: %w", q.ID, q.Hops.AsOf, err)
	}
	return out, nil
}

// Paths returns the shortest paths between two entities (see geokg.GraphReader) in one
// query: Cypher's SHORTEST k over undirected edges of the allowed types, keeping simple
// paths only (no entity twice), so that k > 1 yields the next shortest after the
// shortest. It fails with INVALID_ARGUMENT when from and to are the same or when the hop
// count or the number of paths is out of range.
func (s *Store) Paths(ctx context.Context, q geokg.PathQuery) ([]geokg.Path, error) {
	switch {
	case q.From == q.To:
		return nil, geokg.Errorf(geokg.CodeInvalidArgument, "from and to must be different entities")
	case q.MaxHops < 1 || q.MaxHops > maxPathHops:
		return nil, geokg.Errorf(geokg.CodeInvalidArgument, "maxHops must be between 1 and %d", maxPathHops)
	case q.First < 1 || q.First > maxPaths:
		return nil, geokg.Errorf(geokg.CodeInvalidArgument, "first must be between 1 and %d", maxPaths)
	}
	hopTypes, err := geokg.HopTypes(q.Types, q.Hops)
	if err != nil {
		return nil, err
	}
	if err := checkAsOf(q.Hops.AsOf); err != nil {
		return nil, err
	}
	types, err := relTypes(hopTypes)
	if err != nil {
		return nil, err
	}
	params := map[string]any{"from": q.From, "to": q.To}
	hop := hopCondition(q.Hops, params)
	// SHORTEST takes literal integers: First and MaxHops are checked integers.
	cypher := `OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
OPTIONAL CALL (a, b) {
  MATCH p = SHORTEST ` + strconv.Itoa(q.First) + ` ((a) (()-[r:` + types + `]-(x) WHERE ` + hop + `){1,` + strconv.Itoa(q.MaxHops) + `} (b)
    WHERE NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..]))
  RETURN p, length(p) AS hops
}
RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo, hops,
  [n IN nodes(p) | ` + entityList("n") + `] AS nodes,
  [r IN relationships(p) | ` + edgeRow("startNode(r)", "r", "endNode(r)") + `] AS rels
ORDER BY hops`
	var paths []geokg.Path
	hasFrom, hasTo := false, false
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, params)
		if err != nil {
			return err
		}
		for _, r := range recs {
			hasFrom, hasTo = boolean(r, "hasFrom"), boolean(r, "hasTo")
			nodes, _ := r.Get("nodes")
			rels, _ := r.Get("rels")
			if nodes == nil {
				continue
			}
			var p geokg.Path
			for _, n := range asList(nodes) {
				p.Nodes = append(p.Nodes, entityFromList(asList(n)))
			}
			for _, e := range asList(rels) {
				p.Hops = append(p.Hops, edgeFromRow(e))
			}
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("paths from %s to %s: %w", q.From, q.To, err)
	}
	switch {
	case !hasFrom:
		return nil, geokg.Errorf(geokg.CodeNotFound, "no entity %q", q.From)
	case !hasTo:
		return nil, geokg.Errorf(geokg.CodeNotFound, "no entity %q", q.To)
	}
	if q.Hops.AsOf != "" {
		var hops []geokg.Edge
		for _, p := range paths {
			hops = append(hops, p.Hops...)
		}
		if err := s.recountAsOf(ctx, hops, q.Hops.AsOf); err != nil {
			return nil, fmt.Errorf("paths as of %s: %w", q.Hops.AsOf, err)
		}
		for _, p := range paths {
			n := copy(p.Hops, hops)
			hops = hops[n:]
		}
	}
	return paths, nil
}

// hopCondition returns the condition on a relationship r that the hop filter f keeps
// ("true" for the zero filter), its values added to params: enough sources, and dates
// that overlap the period (first seen on or before its end, last seen on or after its
// start). The dates are the relation's own, not its statements': a condition inside a
// quantified path pattern of paths cannot run a subquery over r's evidence.
func hopCondition(f geokg.HopFilter, params map[string]any) string {
	c := []string{"true"}
	if f.MinSources > 1 {
		params["hopMinSources"] = f.MinSources
		c = append(c, "r.sources >= $hopMinSources")
	}
	if f.From != "" {
		params["hopFrom"] = f.From
		c = append(c, "r.lastSeen >= $hopFrom")
	}
	if f.To != "" {
		params["hopTo"] = f.To
		c = append(c, "r.firstSeen <= $hopTo")
	}
	if end, err := geokg.AsOfEnd(f.AsOf); f.AsOf != "" && err == nil {
		// Known on that date: a statement dated by then and written before its end.
		params["hopAsOf"], params["hopAsOfEnd"] = f.AsOf, end
		// hx, not x: paths names its hops' entities x.
		c = append(c, "EXISTS { MATCH (hx:Evidence {subject: startNode(r).id, type: type(r), object: endNode(r).id}) "+
			"USING INDEX hx:Evidence(subject, type, object) WHERE (hx.date IS NULL OR hx.date <= $hopAsOf) AND hx.createdAt < $hopAsOfEnd }")
	}
	return strings.Join(c, " AND ")
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func boolean(r *neo4j.Record, key string) bool {
	v, _ := r.Get(key)
	b, _ := v.(bool)
	return b
}
