package resolvers

import (
	"github.com/geokg/geokg"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/model"
)

// The weights of the Neo4j work that a field's page size does not show.
const (
	// perArticle is the entities an article or an event is taken to name (Article.entities,
	// Event.targets, IngestResult.entities are not paged): each one's selection runs that
	// many times.
	perArticle = 20
	// countCost is a totalCount: a count over every matching relation, not just a page.
	countCost = 10
	// aggregateCost is a field that aggregates over the whole graph or a whole filter
	// (stats, relationCounts, topActors, dyad) before it returns its few rows.
	aggregateCost = 100
	// textCost is an article's text (Article.text), up to geokg.MaxArticleBytes: one
	// request carries at most MaxComplexity/textCost of them.
	textCost = 500
)

// Complexity returns the cost model of the schema, which stands for the Neo4j work of a
// request: a paged field costs its page size times the cost of one item, so nested pages
// multiply; unpaged lists of entities cost perArticle items; a neighborhood costs its
// depth times its limit; counts and aggregates cost what they scan. A request over the
// limit is refused before any of it runs.
func (r *Resolver) Complexity() graph.ComplexityRoot {
	var c graph.ComplexityRoot
	l := r.Limits.OrDefaults()
	// A page over its limit is refused by the resolver with its own message (page size
	// limit) before any work, so it costs at most the limit here.
	page := func(child int, first *int, def, most int) int {
		n := def
		if first != nil && *first > 0 {
			n = min(*first, most)
		}
		return 1 + n*child
	}
	d := r.Limits.DefaultPage
	entityRelations := func(child int, _ *geokg.Direction, _ []geokg.RelationType, _, _ *string, first *int, _ *string, _ *model.RelationOrder, _ *bool, _ *string) int {
		return page(child, first, d, l.MaxPage)
	}
	c.Country.Relations = entityRelations
	c.Group.Relations = entityRelations
	c.Official.Relations = entityRelations
	c.Article.Relations = func(child int, first *int, _ *string) int { return page(child, first, d, l.MaxPage) }
	c.Article.Text = func(int) int { return textCost }
	c.Query.Relations = func(child int, _ *model.RelationFilter, first *int, _ *string, _ *model.RelationOrder) int {
		return page(child, first, d, l.MaxPage)
	}
	c.Query.Articles = func(child int, _, _, _ *string, first *int, _ *string) int { return page(child, first, d, l.MaxPage) }
	c.Query.Search = func(child int, _ string, _ []geokg.Kind, first *int) int {
		return page(child, first, r.Limits.DefaultSearch, l.MaxPage)
	}
	c.Query.SearchHits = c.Query.Search
	c.Relation.Evidence = func(child int, first *int) int { return page(child, first, r.Limits.DefaultEvidence, l.MaxPage) }
	c.Relation.ContestedBy = c.Relation.Evidence
	// A neighborhood's child cost counts one node and one edge; it holds up to limit nodes,
	// and each hop of depth expands the frontier again.
	c.Query.Neighborhood = func(child int, _ string, depth *int, _ []geokg.RelationType, limit *int, _ *model.HopFilter, _ *string) int {
		hops := r.Limits.DefaultDepth
		if depth != nil {
			hops = *depth
		}
		return page(max(min(hops, l.MaxDepth), 1)*child, limit, r.Limits.DefaultNeighborhood, l.MaxNeighborhood)
	}
	// A path's child cost counts one hop; it has up to maxHops of them.
	c.Query.Paths = func(child int, _, _ string, maxHops *int, _ []geokg.RelationType, first *int, _ *model.HopFilter, _ *string) int {
		hops := r.Limits.DefaultPathHops
		if maxHops != nil && *maxHops > 0 {
			hops = *maxHops
		}
		return page(min(hops, l.MaxPathHops)*child, first, r.Limits.DefaultPaths, l.MaxPaths)
	}
	c.Query.Timeline = func(child int, _ string, _, _, _ *string, _ []geokg.RelationType, first *int, _ *string) int {
		return page(child, first, d, l.MaxPage)
	}
	c.Query.RelationCounts = func(child int, _ *model.RelationFilter, _ geokg.GroupBy, first *int) int {
		return aggregateCost + page(child, first, r.Limits.DefaultGroups, l.MaxGroups)
	}
	c.Query.TopActors = func(child int, _ *geokg.RelationType, _ []geokg.RelationType, _ []geokg.Kind, _ *bool, _ *geokg.Direction, _, _ *string, first *int) int {
		return aggregateCost + page(child, first, r.Limits.DefaultSearch, l.MaxPage)
	}
	entities := func(child int) int { return 1 + perArticle*child }
	c.Article.Entities = entities
	c.Event.Targets = entities
	c.IngestResult.Entities = entities
	c.RelationConnection.TotalCount = func(int) int { return countCost }
	c.Query.Stats = func(child int) int { return aggregateCost + child }
	c.Query.Dyad = func(child int, _, _ string, _, _ *string, _ *geokg.Bucket, _ *bool) int { return aggregateCost + child }
	c.Query.TypeSeries = func(child int, _ *model.RelationFilter, _ *geokg.Bucket) int { return aggregateCost + child }
	c.Query.ActorScore = func(child int, _ string, _ *geokg.Direction, _ []geokg.RelationType, _ *bool, _, _ *string, _ *geokg.Bucket) int {
		return aggregateCost + child
	}
	c.Query.Events = func(child int, _ []geokg.EventType, _, _, _ *string, first *int, _ *string) int {
		return page(child, first, d, l.MaxPage)
	}
	c.Query.Entities = func(child int, _ *geokg.Kind, first *int, _ *string) int { return page(child, first, d, l.MaxPage) }
	// A full-text search ranks every match before it pages.
	c.Query.SearchStatements = func(child int, _ string, first *int, _ *string) int {
		return countCost + page(child, first, d, l.MaxPage)
	}
	return c
}
