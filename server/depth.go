package server

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// depthLimit rejects operations whose selections nest deeper than max.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (d depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (d depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the operation and fails with LIMIT_EXCEEDED when it is
// too deep.
func (d depthLimit) MutateOperationContext(_ context.Context, op *graphql.OperationContext) *gqlerror.Error {
	if op.Operation == nil {
		return nil
	}
	if depth := selectionDepth(op.Operation.SelectionSet, map[string]bool{}); depth > d.max {
		err := gqlerror.Errorf("depth limit: the query nests %d levels, more than the limit of %d", depth, d.max)
		err.Extensions = map[string]any{"code": "LIMIT_EXCEEDED"}
		return err
	}
	return nil
}

// selectionDepth is the deepest chain of fields in set, following fragments once each.
func selectionDepth(set ast.SelectionSet, seen map[string]bool) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				// Introspection (GraphiQL asks 15 levels deep) is bounded by the schema, not
				// by the graph's data, so it does not count.
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, seen)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, seen)
		case *ast.FragmentSpread:
			if seen[s.Name] || s.Definition == nil {
				continue
			}
			seen[s.Name] = true
			d = selectionDepth(s.Definition.SelectionSet, seen)
			delete(seen, s.Name)
		}
		if d > deepest {
			deepest = d
		}
	}
	return deepest
}
