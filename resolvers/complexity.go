package resolvers

import (
	"github.com/geokg/geokg"
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
	entityRelations := func(child int, _ *geokg.Direction, _ []geokg.RelationType, _, _ *string, first *int, _ *string) int {
		return page(child, first, d)
	}
	c.Country.Relations = entityRelations
	c.Group.Relations = entityRelations
	c.Official.Relations = entityRelations
	c.Article.Relations = func(child int, first *int, _ *string) int { return page(child, first, d) }
	c.Query.Relations = func(child int, _ *model.RelationFilter, first *int, _ *string) int { return page(child, first, d) }
	c.Query.Articles = func(child int, _, _, _ *string, first *int, _ *string) int { return page(child, first, d) }
	c.Query.Search = func(child int, _ string, _ []geokg.Kind, first *int) int {
		return page(child, first, r.Limits.DefaultSearch)
	}
	c.Query.SearchHits = c.Query.Search
	c.Relation.Evidence = func(child int, first *int) int { return page(child, first, r.Limits.DefaultEvidence) }
	c.Relation.ContestedBy = c.Relation.Evidence
	// A neighborhood's child cost counts one node and one edge; it holds up to limit nodes.
	c.Query.Neighborhood = func(child int, _ string, _ *int, _ []geokg.RelationType, limit *int, _ *model.HopFilter) int {
		return page(child, limit, r.Limits.DefaultNeighborhood)
	}
	// A path's child cost counts one hop; it has up to maxHops of them.
	c.Query.Paths = func(child int, _, _ string, maxHops *int, _ []geokg.RelationType, first *int, _ *model.HopFilter) int {
		hops := r.Limits.DefaultPathHops
		if maxHops != nil && *maxHops > 0 {
			hops = *maxHops
		}
		return page(hops*child, first, r.Limits.DefaultPaths)
	}
	c.Query.Timeline = func(child int, _ string, _, _, _ *string, _ []geokg.RelationType, first *int, _ *string) int {
		return page(child, first, d)
	}
	c.Query.RelationCounts = func(child int, _ *model.RelationFilter, _ geokg.GroupBy, first *int) int {
		return page(child, first, r.Limits.DefaultGroups)
	}
	c.Query.TopActors = func(child int, _ *geokg.RelationType, _ *geokg.Direction, _, _ *string, first *int) int {
		return page(child, first, r.Limits.DefaultSearch)
	}
	return c
}
