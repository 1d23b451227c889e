// Package resolvers implements the GraphQL schema (schema.graphqls) over the domain: each
// resolver parses its arguments, makes one call to the graph (geokg.GraphReader or
// geokg.Ingester), and maps domain values to gqlgen's models. Nested fields are loaded in
// batches through per-request loaders, which a connection primes for the whole page, so a
// request costs a bounded number of queries whatever the nesting.
package resolvers

import (
	"github.com/geokg/geokg"
)

// Limits bounds what one request may ask for. A request over a limit fails with
// LIMIT_EXCEEDED and a message that names the limit.
type Limits struct {
	DefaultPage int // page size when first is absent (20)
	MaxPage     int // largest first accepted (100), evidence per relation included
	// MaxDepth is the deepest neighborhood (3 hops).
	MaxDepth int
	// MaxPathHops is the longest path (4 hops).
	MaxPathHops int
	// DefaultNeighborhood and MaxNeighborhood bound the entities of a neighborhood (100, 500).
	DefaultNeighborhood int
	MaxNeighborhood     int
	// MaxPaths is the largest first of paths (20).
	MaxPaths int
	// MaxGroups is the largest first of relationCounts (1000).
	MaxGroups int
}

// Resolver is the root resolver. Its dependencies are set by hand in cmd/geokg.
type Resolver struct {
	Graph    geokg.GraphReader
	Writer   geokg.GraphWriter
	Ingester geokg.Ingester
	// Feed delivers new statements to subscriptions; relationAdded fails with UNAVAILABLE
	// when it is nil.
	Feed   geokg.StatementFeed
	Limits Limits
}

// New returns a root resolver with default limits where limits are zero.
func New(g geokg.GraphReader, w geokg.GraphWriter, in geokg.Ingester, limits Limits) *Resolver {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&limits.DefaultPage, 20)
	def(&limits.MaxPage, 100)
	def(&limits.MaxDepth, 3)
	def(&limits.MaxPathHops, 4)
	def(&limits.DefaultNeighborhood, 100)
	def(&limits.MaxNeighborhood, 500)
	def(&limits.MaxPaths, 20)
	def(&limits.MaxGroups, 1000)
	return &Resolver{Graph: g, Writer: w, Ingester: in, Limits: limits}
}
