package store

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TraceStatements has f told every statement the store's transactions run (nil stops).
func (s *Store) TraceStatements(f func(cypher string, params map[string]any)) { s.statements = f }

// ExplainOperators asks Neo4j to EXPLAIN a statement with its parameters and returns the
// operators of the plan, depth first.
func (s *Store) ExplainOperators(ctx context.Context, cypher string, params map[string]any) ([]string, error) {
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
		var walk func(p neo4j.Plan)
		walk = func(p neo4j.Plan) {
			if p == nil {
				return
			}
			ops = append(ops, p.Operator())
			for _, c := range p.Children() {
				walk(c)
			}
		}
		walk(sum.Plan())
		return nil
	})
	return ops, err
}
