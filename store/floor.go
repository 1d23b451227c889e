package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/geokg/geokg"
)

// FloorRead names one of the reads that `make bench-compare` measures, as hand-written
// Cypher: the floor that geokg's GraphQL is compared with. They are benchmark reads, not
// part of the API.
type FloorRead string

// The floor reads and their parameters.
const (
	FloorEntity       FloorRead = "entity"       // $id
	FloorRelations    FloorRead = "relations"    // $id: its first 50 relations, 5 statements each with their article
	FloorNeighborhood FloorRead = "neighborhood" // $id: depth 2, 50 entities, at most 200 edges among them
	FloorPaths        FloorRead = "paths"        // $from, $to: 3 shortest paths of up to 4 hops
	FloorDashboard    FloorRead = "dashboard"    // $a, $b: statements between them by type and month
)

// FloorCypher is the hand-written Cypher of each floor read. REL in them stands for every
// relation type of the ontology (as geokg's reads name them: an untyped expansion would
// walk the articles' MENTIONS too).
var FloorCypher = withRelationTypes(map[FloorRead]string{
	FloorEntity: `MATCH (n:Entity {id: $id}) RETURN n.id AS id, n.name AS name, n.kind AS kind`,
	FloorRelations: `MATCH (:Entity {id: $id})-[r:REL]-(:Entity)
WITH DISTINCT r
WITH startNode(r) AS s, r, endNode(r) AS o
ORDER BY s.id, type(r), o.id LIMIT 50
CALL (s, r, o) {
  MATCH (x:Evidence {subject: s.id, type: type(r), object: o.id})
  WITH x ORDER BY x.date DESC LIMIT 5
  MATCH (x)-[:FROM]->(a:Article)
  RETURN collect({sentence: x.sentence, date: x.date, title: a.title, url: a.url}) AS evidence
}
RETURN s.id AS s, s.name AS sname, type(r) AS t, o.id AS o, o.name AS oname, r.count AS count, evidence`,
	FloorNeighborhood: `MATCH (c:Entity {id: $id})-[r:REL]-(n:Entity)
WITH c, n, sum(r.count) AS w ORDER BY w DESC, n.id LIMIT 49
WITH c, collect(n) AS l1
CALL (c, l1) {
  UNWIND l1 AS f
  CALL (f, c, l1) {
    MATCH (f)-[r:REL]-(m:Entity) WHERE m <> c AND NOT m IN l1
    RETURN m, r.count AS k ORDER BY k DESC LIMIT 50
  }
  WITH l1, m, sum(k) AS w ORDER BY w DESC, m.id
  WITH l1, collect(m) AS found
  RETURN found[..(49 - size(l1))] AS l2
}
WITH [c] + l1 + l2 AS seen
UNWIND seen AS a
MATCH (a)-[r:REL]->(z:Entity) WHERE z IN seen
WITH a, r, z ORDER BY r.count DESC LIMIT 200
RETURN a.id AS s, type(r) AS t, z.id AS o, r.count AS count`,
	FloorPaths: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 3 (a) (()-[r:REL]-(x)){1,4} (b)
  WHERE NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | type(r)] AS types`,
	FloorDashboard: `MATCH (x:Evidence {object: $b}) WHERE x.subject = $a
RETURN x.type AS t, substring(x.date, 0, 7) AS m, count(*) AS n
UNION ALL
MATCH (x:Evidence {object: $a}) WHERE x.subject = $b
RETURN x.type AS t, substring(x.date, 0, 7) AS m, count(*) AS n`,
})

func withRelationTypes(m map[FloorRead]string) map[FloorRead]string {
	types := make([]string, 0, len(geokg.RelationTypes))
	for _, t := range geokg.RelationTypes {
		types = append(types, string(t))
	}
	for k, v := range m {
		m[k] = strings.ReplaceAll(v, "[r:REL]", "[r:"+strings.Join(types, "|")+"]")
	}
	return m
}

// Floor runs one floor read in a read transaction and returns how many rows it gave,
// every row read to its end.
func (s *Store) Floor(ctx context.Context, read FloorRead, params map[string]any) (int, error) {
	cypher, ok := FloorCypher[read]
	if !ok {
		return 0, fmt.Errorf("floor: unknown read %q", read)
	}
	rows := 0
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collectAll(cypher, params)
		rows = len(recs)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("floor %s: %w", read, err)
	}
	return rows, nil
}
