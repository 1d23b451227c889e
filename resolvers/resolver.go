// Package resolvers implements the GraphQL schema (schema.graphqls) over the domain: each
// resolver parses its arguments, makes one call to the graph (geokg.GraphReader or
// geokg.Ingester), and maps domain values to gqlgen's models. Nested fields are loaded in
// batches through per-request loaders, which a connection primes for the whole page, so a
// request costs a bounded number of queries whatever the nesting.
package resolvers

import (
	"github.com/geokg/geokg"
)

// Limits bounds what one request may ask for.
type Limits struct {
	DefaultPage int // page size when first is absent (20)
	MaxPage     int // largest first accepted (100)
}

// Resolver is the root resolver. Its dependencies are set by hand in cmd/geokg.
type Resolver struct {
	Graph    geokg.GraphReader
	Writer   geokg.GraphWriter
	Ingester geokg.Ingester
	Limits   Limits
}

// New returns a root resolver with default limits where limits are zero.
func New(g geokg.GraphReader, w geokg.GraphWriter, in geokg.Ingester, limits Limits) *Resolver {
	if limits.DefaultPage <= 0 {
		limits.DefaultPage = 20
	}
	if limits.MaxPage <= 0 {
		limits.MaxPage = 100
	}
	return &Resolver{Graph: g, Writer: w, Ingester: in, Limits: limits}
}
