// Package resolvers implements the GraphQL schema (schema.graphqls) over the domain: each
// resolver parses its arguments, makes one call to the graph (one of the read roles of
// geokg, or geokg.Ingester), and maps domain values to gqlgen's models. Nested fields are
// loaded in batches through per-request loaders, which a connection primes for the whole
// page, so a request costs a bounded number of queries whatever the nesting.
package resolvers

import (
	"context"

	"github.com/geokg/geokg"
)

// Resolver is the root resolver. Its dependencies are set by hand in cmd/geokg; a role
// that no field of a request needs may be nil (tests wire only what they use).
type Resolver struct {
	// Lookup and Relations feed the per-request loaders and the relation connections.
	Lookup    geokg.Lookup
	Relations geokg.RelationReader
	// Explorer answers search, stats, neighborhood and paths; Analyst timeline and the
	// dashboard aggregates.
	Explorer geokg.Explorer
	Analyst  geokg.Analyst
	// Dashboard answers the series, lists and lookups of dashboards (typeSeries,
	// actorScore, events, entities, searchStatements, node).
	Dashboard geokg.Dashboard
	// Deleter and Ingester serve the mutations.
	Deleter  ArticleDeleter
	Ingester geokg.Ingester
	// Feed delivers new statements to subscriptions; relationAdded fails with UNAVAILABLE
	// when it is nil.
	Feed   geokg.StatementFeed
	Limits geokg.Limits
	// Texts loads articles' texts (Article.text), which answers UNAVAILABLE when it is nil.
	Texts ArticleTexts
}

// ArticleDeleter retracts an article (see geokg.GraphWriter).
type ArticleDeleter interface {
	DeleteArticle(ctx context.Context, id string) error
}

// New returns a root resolver over g with limits (geokg.DefaultLimits where zero).
func New(g geokg.GraphReader, d ArticleDeleter, in geokg.Ingester, limits geokg.Limits) *Resolver {
	return &Resolver{Lookup: g, Relations: g, Explorer: g, Analyst: g, Dashboard: g, Deleter: d, Ingester: in, Limits: limits.OrDefaults()}
}
