package store

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DropIndex drops the index of that name, so that a test can see Migrate create it again.
func (s *Store) DropIndex(ctx context.Context, name string) error {
	return s.write(ctx, func(t *tx) error { return t.exec("DROP INDEX "+name+" IF EXISTS", nil) })
}

// BackdateStatements sets the creation time of every statement to lag after the start
// of its date (undated ones to at), as if each had been written then, so that a test can
// ask for the graph as known on an earlier day.
func (s *Store) BackdateStatements(ctx context.Context, lag time.Duration, at time.Time) error {
	return s.write(ctx, func(t *tx) error {
		return t.exec(`MATCH (x:Evidence)
SET x.createdAt = CASE WHEN x.date IS NULL THEN $at ELSE datetime(x.date) + duration({seconds: $lag}) END`,
			map[string]any{"at": at, "lag": int64(lag / time.Second)})
	})
}

// Drift recounts every edge's derived properties and every entity's aliases from the
// evidence and the mentions, and describes each one that differs from what the writes
// kept, and each statement not linked to exactly its edge's two ends (SUBJECT, OBJECT) and
// its article (FROM); a test of the incremental counts wants it empty.
func (s *Store) Drift(ctx context.Context) ([]string, error) {
	var out []string
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`MATCH (s:Entity)-[r]->(o:Entity)
CALL (s, r, o) {
  MATCH (x:Evidence {subject: s.id, type: type(r), object: o.id})
  RETURN count(x) AS c, count(DISTINCT x.article) AS arts, count(DISTINCT x.source) AS srcs,
         min(x.date) AS first, max(x.date) AS last, max(x.confidence) AS conf
}
WITH s, r, o, c, arts, srcs, first, last, conf
WHERE r.count <> c OR r.articles <> arts OR r.sources <> srcs OR coalesce(r.firstSeen, '-') <> coalesce(first, '-')
   OR coalesce(r.lastSeen, '-') <> coalesce(last, '-') OR r.confidence <> conf
RETURN [s.id, type(r), o.id, 'kept', r.count, r.articles, r.sources, r.firstSeen, r.lastSeen, r.confidence,
        'recounted', c, arts, srcs, first, last, conf] AS d
UNION ALL
MATCH (x:Evidence)
WHERE NOT EXISTS { MATCH (s:Entity {id: x.subject})-[r]->(o:Entity {id: x.object}) WHERE type(r) = x.type }
RETURN ['evidence without its edge', x.id] AS d
UNION ALL
MATCH (x:Evidence)
WHERE COUNT { (x)-[:SUBJECT]->() } <> 1 OR NOT EXISTS { (x)-[:SUBJECT]->(n:Entity) WHERE n.id = x.subject }
   OR COUNT { (x)-[:OBJECT]->() } <> 1 OR NOT EXISTS { (x)-[:OBJECT]->(n:Entity) WHERE n.id = x.object }
   OR COUNT { (x)-[:FROM]->() } <> 1 OR NOT EXISTS { (x)-[:FROM]->(a:Article) WHERE a.id = x.article }
RETURN ['evidence not linked to exactly its ends and its article', x.id] AS d
UNION ALL
MATCH (n:Entity)
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)
WITH n, count(m) AS c, collect(m.aliases) AS lists
WITH n, c, reduce(acc = [], l IN lists | acc + [a IN l WHERE NOT a IN acc]) AS aliases
WHERE c = 0 OR size(aliases) <> size(n.aliases) OR any(a IN aliases WHERE NOT a IN n.aliases)
   OR reduce(t = 0, k IN n.aliasCounts | t + k) <> reduce(t = 0, l IN lists | t + size(l))
RETURN ['entity', n.id, n.aliases, n.aliasCounts, 'mentions', c, aliases] AS d`, nil)
		if err != nil {
			return err
		}
		for _, r := range recs {
			v, _ := r.Get("d")
			out = append(out, fmt.Sprint(v))
		}
		return nil
	})
	return out, err
}

// RecordStatements has f told every statement the store's transactions run (nil stops).
func (s *Store) RecordStatements(f func(cypher string, params map[string]any)) { s.statements = f }

// PlanOperators asks Neo4j to EXPLAIN a statement with its parameters and returns the
// operators of the plan, depth first.
func (s *Store) PlanOperators(ctx context.Context, cypher string, params map[string]any) ([]string, error) {
	return s.plan(ctx, cypher, params, false)
}

// PlanSteps is PlanOperators with each operator's details after its name ("Expand(Into)
// (s)-[r:AIDS]->(o)").
func (s *Store) PlanSteps(ctx context.Context, cypher string, params map[string]any) ([]string, error) {
	return s.plan(ctx, cypher, params, true)
}

func (s *Store) plan(ctx context.Context, cypher string, params map[string]any, details bool) ([]string, error) {
	var ops []string
	err := s.read(ctx, func(t *tx) error {
		res, err := t.mtx.Run(ctx, "EXPLAIN "+cypher, params)
		if err != nil {
			return err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return err
		}
		walkPlan(sum.Plan(), func(p neo4j.Plan) {
			op := p.Operator()
			if d, ok := p.Arguments()["Details"].(string); ok && details {
				op += " " + d
			}
			ops = append(ops, op)
		})
		return nil
	})
	return ops, err
}

// UnlinkEvidence removes every statement's SUBJECT and OBJECT relationships, leaving the
// graph as a store that did not link them wrote it; it returns how many it removed.
func (s *Store) UnlinkEvidence(ctx context.Context) (int, error) {
	n := 0
	err := s.write(ctx, func(t *tx) error {
		recs, err := t.collect(`MATCH (:Evidence)-[r:SUBJECT|OBJECT]->() DELETE r RETURN count(r) AS n`, nil)
		if err == nil && len(recs) == 1 {
			n = integer(recs[0], "n")
		}
		return err
	})
	return n, err
}

// SetLinkBatch sets how many statements one transaction of the migration that links
// statements looks at, and returns a function that restores it.
func SetLinkBatch(n int) (restore func()) {
	old := linkBatch
	linkBatch = n
	return func() { linkBatch = old }
}

// Rows runs a read statement and returns its rows: a node as its id property, a
// relationship as its type, a list element by element, anything else as it is.
func (s *Store) Rows(ctx context.Context, cypher string, params map[string]any) ([]map[string]any, error) {
	var out []map[string]any
	var plain func(v any) any
	plain = func(v any) any {
		switch x := v.(type) {
		case neo4j.Node:
			return x.Props["id"]
		case neo4j.Relationship:
			return x.Type
		case []any:
			l := make([]any, len(x))
			for i, e := range x {
				l[i] = plain(e)
			}
			return l
		}
		return v
	}
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, params)
		if err != nil {
			return err
		}
		for _, r := range recs {
			row := map[string]any{}
			for i, k := range r.Keys {
				row[k] = plain(r.Values[i])
			}
			out = append(out, row)
		}
		return nil
	})
	return out, err
}

// Profiled is what Neo4j's PROFILE of one statement said: the database hits summed over
// every operator of the plan, the rows the statement returned, and the operators, depth
// first, with their own hits ("Expand(All) 1020").
type Profiled struct {
	Hits, Rows int64
	Operators  []string
}

// Profile runs a statement under PROFILE with its parameters in a read transaction, reads
// every record, and returns what the profile said.
func (s *Store) Profile(ctx context.Context, cypher string, params map[string]any) (Profiled, error) {
	var out Profiled
	err := s.read(ctx, func(t *tx) error {
		res, err := t.mtx.Run(ctx, "PROFILE "+cypher, params)
		if err != nil {
			return err
		}
		for res.Next(ctx) {
			out.Rows++
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return err
		}
		walkPlan(sum.Profile(), func(p neo4j.ProfiledPlan) {
			out.Hits += p.DbHits()
			out.Operators = append(out.Operators, fmt.Sprintf("%s %d", p.Operator(), p.DbHits()))
		})
		return nil
	})
	return out, err
}

// walkPlan calls visit on every operator of a plan (an EXPLAIN's or a PROFILE's), depth
// first, the operator before its children; a nil plan has none.
func walkPlan[P interface{ Children() []P }](p P, visit func(P)) {
	if any(p) == nil {
		return
	}
	visit(p)
	for _, c := range p.Children() {
		walkPlan(c, visit)
	}
}
