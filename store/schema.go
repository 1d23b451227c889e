package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/geokg/geokg"
)

// fulltextIndex is the name of the full-text index over entity names and aliases.
const fulltextIndex = "entity_names"

// schemaStatements returns the constraints and indexes geokg needs, each idempotent.
func schemaStatements() []string {
	stmts := []string{
		// Every actor also carries the Entity label, so that one lookup finds any kind.
		"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
	}
	for _, label := range []string{"Country", "Group", "Official", "Event", "Article", "Evidence"} {
		stmts = append(stmts, fmt.Sprintf(
			"CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE", strings.ToLower(label), label))
	}
	stmts = append(stmts,
		"CREATE FULLTEXT INDEX "+fulltextIndex+" IF NOT EXISTS FOR (n:Country|Group|Official) ON EACH [n.name, n.aliasText] "+
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}}",
		// Full-text search over the sentences of statements (searchStatements).
		"CREATE FULLTEXT INDEX "+statementIndex+" IF NOT EXISTS FOR (n:Evidence) ON EACH [n.sentence] "+
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}}",
		"CREATE INDEX evidence_triple IF NOT EXISTS FOR (e:Evidence) ON (e.subject, e.type, e.object)",
		// Whether other articles state an edge with a source, when a write adds or removes it.
		"CREATE INDEX evidence_triple_source IF NOT EXISTS FOR (e:Evidence) ON (e.subject, e.type, e.object, e.source)",
		"CREATE INDEX evidence_object IF NOT EXISTS FOR (e:Evidence) ON (e.object)",
		"CREATE INDEX evidence_subject IF NOT EXISTS FOR (e:Evidence) ON (e.subject)",
		// Statements in the order they were written, for the relationAdded subscription.
		"CREATE INDEX evidence_created IF NOT EXISTS FOR (e:Evidence) ON (e.createdAt)",
		"CREATE INDEX evidence_date IF NOT EXISTS FOR (e:Evidence) ON (e.date)",
		"CREATE INDEX evidence_article IF NOT EXISTS FOR (e:Evidence) ON (e.article)",
		"CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)",
		"CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)",
		"CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)",
		"CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)",
	)
	for _, t := range geokg.RelationTypes {
		name := strings.ToLower(string(t))
		stmts = append(stmts,
			fmt.Sprintf("CREATE INDEX rel_%s_first IF NOT EXISTS FOR ()-[r:%s]-() ON (r.firstSeen)", name, t),
			fmt.Sprintf("CREATE INDEX rel_%s_last IF NOT EXISTS FOR ()-[r:%s]-() ON (r.lastSeen)", name, t),
		)
	}
	return stmts
}

// Migrate creates the constraints and indexes that are missing, waits until they are
// online, links the statements of a graph written before statements were linked to their
// edge's ends (see linkEvidence), and returns how many constraints and indexes it created
// (the statements it linked are logged). Running it again changes nothing and returns 0.
// It fails with UNAVAILABLE when Neo4j cannot be reached.
func (s *Store) Migrate(ctx context.Context) (int, error) {
	created := 0
	for _, stmt := range schemaStatements() {
		var n int
		err := s.write(ctx, func(t *tx) (err error) {
			n, err = t.schemaChange(stmt)
			return err
		})
		if err != nil {
			return created, fmt.Errorf("migrate: %w", err)
		}
		created += n
	}
	if err := s.write(ctx, func(t *tx) error { return t.exec("CALL db.awaitIndexes(300)", nil) }); err != nil {
		return created, fmt.Errorf("migrate: await indexes: %w", err)
	}
	linked, err := s.linkEvidence(ctx)
	if err != nil {
		return created, fmt.Errorf("migrate: %w", err)
	}
	if linked > 0 {
		s.log.Info("migrate: linked statements to the ends of their edges", "statements", linked)
	}
	return created, nil
}

// linkBatch is how many statements one transaction of linkEvidence looks at (a variable
// so that a test can see the migration cross batches).
var linkBatch = 5000

// linkEvidence gives every statement (Evidence) its SUBJECT and OBJECT relationships to
// the entities at the ends of its edge, as Write does, and returns how many statements
// lacked one and got it. Graphs written before Write linked them (or by an
// older build since) get them here. Whether anything is missing is decided from Neo4j's
// count store (one relationship of each type per statement), so a graph that is linked
// costs three constant-time counts; otherwise the statements are visited in id order,
// linkBatch per transaction, each transaction costing its batch whatever the graph's size.
func (s *Store) linkEvidence(ctx context.Context) (int, error) {
	complete := false
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`CALL () { MATCH (x:Evidence) RETURN count(x) AS n }
CALL () { MATCH (:Evidence)-[r:SUBJECT]->() RETURN count(r) AS subjects }
CALL () { MATCH (:Evidence)-[r:OBJECT]->() RETURN count(r) AS objects }
RETURN n, subjects, objects`, nil)
		if err != nil || len(recs) != 1 {
			return err
		}
		n := integer(recs[0], "n")
		complete = integer(recs[0], "subjects") == n && integer(recs[0], "objects") == n
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("count linked statements: %w", err)
	}
	if complete {
		return 0, nil
	}
	linked, after := 0, ""
	for {
		var n, k int
		var last string
		err := s.write(ctx, func(t *tx) error {
			recs, err := t.collect(`MATCH (x:Evidence) WHERE x.id > $after
WITH x ORDER BY x.id LIMIT $batch
WITH collect(x) AS xs
CALL (xs) {
  UNWIND xs AS x
  WITH x WHERE NOT EXISTS { (x)-[:SUBJECT]->() } OR NOT EXISTS { (x)-[:OBJECT]->() }
  MATCH (s:Entity {id: x.subject})
  MATCH (o:Entity {id: x.object})
  MERGE (x)-[:SUBJECT]->(s)
  MERGE (x)-[:OBJECT]->(o)
  RETURN count(x) AS linked
}
RETURN size(xs) AS seen, xs[-1].id AS last, linked`, map[string]any{"after": after, "batch": linkBatch})
			if err != nil || len(recs) != 1 {
				return err
			}
			n, k, last = integer(recs[0], "seen"), integer(recs[0], "linked"), str(recs[0], "last")
			return nil
		})
		if err != nil {
			return linked, fmt.Errorf("link statements after %q: %w", after, err)
		}
		linked += k
		if n < linkBatch {
			return linked, nil
		}
		after = last
	}
}

// Reset deletes every node and relationship, in batches of 10,000 nodes. It is meant for
// tests and for `geokg reset`; constraints and indexes stay.
func (s *Store) Reset(ctx context.Context) error {
	for {
		deleted := 0
		err := s.write(ctx, func(t *tx) error {
			recs, err := t.collect("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n", nil)
			if err == nil && len(recs) == 1 {
				deleted = integer(recs[0], "n")
			}
			return err
		})
		if err != nil {
			return fmt.Errorf("reset: %w", err)
		}
		if deleted == 0 {
			return nil
		}
	}
}
