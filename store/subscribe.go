package store

import (
	"context"
	"fmt"
	"time"

	"github.com/geokg/geokg"
)

// Statements returns the statements written after a cursor (see geokg.GraphReader) in one
// query, each with its edge as it stands now.
func (s *Store) Statements(ctx context.Context, f geokg.RelationFilter, after geokg.StatementCursor, limit int) ([]geokg.Statement, error) {
	params := map[string]any{"limit": limit}
	cond, err := statementCondition(f, params)
	if err != nil {
		return nil, err
	}
	cursor := "x.createdAt IS NOT NULL"
	if !after.CreatedAt.IsZero() {
		// As datetime() writes it: an offset, not a named zone, else equal times compare unequal.
		params["at"], params["after"] = after.CreatedAt.In(utcOffset), after.ID
		cursor = "(x.createdAt > $at OR (x.createdAt = $at AND x.id > $after))"
	}
	cypher := `MATCH (x:Evidence) USING INDEX x:Evidence(createdAt)
` + where(cursor, cond) + `WITH x ORDER BY x.createdAt, x.id LIMIT $limit
OPTIONAL CALL (x) {
  MATCH (:Entity {id: x.subject})-[r]->(:Entity {id: x.object}) WHERE type(r) = x.type
  RETURN r LIMIT 1
}
RETURN x, r ORDER BY x.createdAt, x.id`
	var out []geokg.Statement
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, params)
		for _, r := range recs {
			out = append(out, statementFrom(node(r, "x"), r))
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("statements: %w", err)
	}
	return out, nil
}

// utcOffset is UTC as an offset ("Z"): the form in which datetime() stores a time. The
// driver sends a time in a zone named "Offset" as an offset, and any other as a named zone.
var utcOffset = time.FixedZone("Offset", 0)
