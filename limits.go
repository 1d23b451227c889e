package geokg

import (
	"fmt"
	"time"
)

// MaxArticleBytes is the largest article text geokg reads (8 MiB): one file's article, one
// JSON record's text and the extractor's input are held to it, and ArticleTooLarge names
// it. A file of many articles (JSON, JSON Lines) may be larger.
const MaxArticleBytes = 8 << 20

// ArticleTooLarge returns the INVALID_ARGUMENT error for an article of n bytes over
// limit bytes (MaxArticleBytes unless configured otherwise), naming the limit.
func ArticleTooLarge(n, limit int) error {
	size := fmt.Sprintf("%d bytes", limit)
	if limit%(1<<20) == 0 {
		size = fmt.Sprintf("%d MiB (%d bytes)", limit>>20, limit)
	}
	return Errorf(CodeInvalidArgument, "the article is %d bytes, over the article size limit of %s; split it", n, size)
}

// Limits bound what one request may ask for; a request over a limit fails with
// LIMIT_EXCEEDED and a message that names the limit. DefaultLimits are geokg's, declared
// here once: the API, the store's caps and the CLI's flags take them from here, and a
// test checks the schema's argument defaults and docs/api.md against them.
type Limits struct {
	// DefaultPage and MaxPage: first of relations, Entity.relations, Article.relations
	// and timeline (20, 100); MaxPage also bounds evidence, search and topActors.
	DefaultPage, MaxPage int
	// DefaultEvidence is the evidence per relation when first is absent (10).
	DefaultEvidence int
	// DefaultSearch is the first of search and topActors when absent (10).
	DefaultSearch int
	// DefaultDepth and MaxDepth: the hops of neighborhood (1, 3).
	DefaultDepth, MaxDepth int
	// DefaultNeighborhood and MaxNeighborhood: the entities of a neighborhood (100, 500).
	DefaultNeighborhood, MaxNeighborhood int
	// DefaultPathHops and MaxPathHops: the longest path (3, 4).
	DefaultPathHops, MaxPathHops int
	// DefaultPaths and MaxPaths: the first of paths (3, 20).
	DefaultPaths, MaxPaths int
	// DefaultGroups and MaxGroups: the first of relationCounts (100, 1000).
	DefaultGroups, MaxGroups int
	// MaxQueryDepth is the deepest selection accepted (12); introspection is exempt.
	MaxQueryDepth int
	// MaxComplexity is the highest query cost accepted; paged fields cost first times
	// their items (20000).
	MaxComplexity int
	// MaxRootFields is the most top-level fields (aliases each count) of one operation
	// (20): a thousand aliased searches in one request are refused, not run.
	MaxRootFields int
	// RootParallelism is how many top-level fields of one request run at once (4), so
	// that one request holds a bounded share of Neo4j's connections.
	RootParallelism int
	// MaxClientRequests is how many requests one client (its API key, else its address)
	// may have in flight (8); more answer HTTP 429 with LIMIT_EXCEEDED. Websockets are
	// not counted.
	MaxClientRequests int
	// MaxBodyBytes bounds a request body (4 MiB, enough for ingestArticle).
	MaxBodyBytes int64
	// RequestTimeout bounds each operation; it reaches Neo4j as the transaction timeout
	// (15s).
	RequestTimeout time.Duration
}

// DefaultLimits are geokg's limits.
var DefaultLimits = Limits{
	DefaultPage: 20, MaxPage: 100,
	DefaultEvidence: 10,
	DefaultSearch:   10,
	DefaultDepth:    1, MaxDepth: 3,
	DefaultNeighborhood: 100, MaxNeighborhood: 500,
	DefaultPathHops: 3, MaxPathHops: 4,
	DefaultPaths: 3, MaxPaths: 20,
	DefaultGroups: 100, MaxGroups: 1000,
	MaxQueryDepth:     12,
	MaxComplexity:     20000,
	MaxRootFields:     20,
	RootParallelism:   4,
	MaxClientRequests: 8,
	MaxBodyBytes:      4 << 20,
	RequestTimeout:    15 * time.Second,
}

// OrDefaults returns l with every zero (or negative) field set to DefaultLimits'.
func (l Limits) OrDefaults() Limits {
	d := DefaultLimits
	for _, f := range []struct{ v, def *int }{
		{&l.DefaultPage, &d.DefaultPage}, {&l.MaxPage, &d.MaxPage}, {&l.DefaultEvidence, &d.DefaultEvidence},
		{&l.DefaultSearch, &d.DefaultSearch}, {&l.DefaultDepth, &d.DefaultDepth}, {&l.MaxDepth, &d.MaxDepth},
		{&l.DefaultNeighborhood, &d.DefaultNeighborhood}, {&l.MaxNeighborhood, &d.MaxNeighborhood},
		{&l.DefaultPathHops, &d.DefaultPathHops}, {&l.MaxPathHops, &d.MaxPathHops},
		{&l.DefaultPaths, &d.DefaultPaths}, {&l.MaxPaths, &d.MaxPaths},
		{&l.DefaultGroups, &d.DefaultGroups}, {&l.MaxGroups, &d.MaxGroups},
		{&l.MaxQueryDepth, &d.MaxQueryDepth}, {&l.MaxComplexity, &d.MaxComplexity},
		{&l.MaxRootFields, &d.MaxRootFields}, {&l.RootParallelism, &d.RootParallelism}, {&l.MaxClientRequests, &d.MaxClientRequests},
	} {
		if *f.v <= 0 {
			*f.v = *f.def
		}
	}
	if l.MaxBodyBytes <= 0 {
		l.MaxBodyBytes = d.MaxBodyBytes
	}
	if l.RequestTimeout <= 0 {
		l.RequestTimeout = d.RequestTimeout
	}
	return l
}
