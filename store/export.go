package store

import (
	"context"
	"fmt"

	"github.com/geokg/geokg"
)

// StatementsAfter returns the statements matching f (see geokg.RelationFilter.MatchStatement)
// whose evidence id is greater than after ("" for the first), in evidence id order, at
// most limit, each with its edge as it stands: one page of an export, so that an export
// pages through every statement with constant memory. It fails with INVALID_ARGUMENT for
// an unknown type.
func (s *Store) StatementsAfter(ctx context.Context, f geokg.RelationFilter, after string, limit int) ([]geokg.Statement, error) {
	params := map[string]any{"limit": limit, "afterID": after}
	cond, err := statementCondition(f, params)
	if err != nil {
		return nil, err
	}
	// The id's uniqueness index serves both the order and the cursor.
	cypher := `MATCH (x:Evidence) USING INDEX x:Evidence(id)
` + where("x.id > $afterID", cond) + `WITH x ORDER BY x.id LIMIT $limit
OPTIONAL CALL (x) {
  MATCH (:Entity {id: x.subject})-[r]->(:Entity {id: x.object}) WHERE type(r) = x.type
  RETURN r LIMIT 1
}
RETURN x, r ORDER BY x.id`
	var out []geokg.Statement
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, params)
		for _, r := range recs {
			out = append(out, statementFrom(node(r, "x"), r))
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("statements after %q: %w", after, err)
	}
	return out, nil
}
