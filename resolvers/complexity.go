package resolvers

import (
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/model"
)

// Complexity returns the cost model of the schema: a paged field costs its page size
// times the cost of one item, so that the complexity limit scales with first.
func (r *Resolver) Complexity() graph.ComplexityRoot {
	var c graph.ComplexityRoot
	page := func(child int, first *int, def int) int {
		n := def
		if first != nil && *first > 0 {
			n = *first
		}
		return 1 + n*child
	}
	d := r.Limits.DefaultPage
	entityRelations := func(child int, _ *model.Direction, _ []model.RelationType, _, _ *string, first *int, _ *string) int {
		return page(child, first, d)
	}
	c.Country.Relations = entityRelations
	c.Group.Relations = entityRelations
	c.Official.Relations = entityRelations
	c.Article.Relations = func(child int, first *int, _ *string) int { return page(child, first, d) }
	c.Query.Relations = func(child int, _ *model.RelationFilter, first *int, _ *string) int { return page(child, first, d) }
	c.Query.Search = func(child int, _ string, _ []model.EntityKind, first *int) int { return page(child, first, 10) }
	c.Relation.Evidence = func(child int, first *int) int { return page(child, first, 10) }
	return c
}
