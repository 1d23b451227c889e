package geokg

import (
	"context"
	"time"
)

// Evidence is one statement of a relation in one article: the sentence, where it stands
// and what the extractor made of it.
type Evidence struct {
	ID         string
	ArticleID  string
	Sentence   string
	Start, End int
	Date       string // ISO date, or ""
	Confidence float64
	Extractor  string
	EventID    string // the event the statement is about, or ""
}

// Edge is a relation as the graph holds it: one per subject, type and object, however
// many articles report it. Count is the number of its evidence records.
type Edge struct {
	Subject, Object string // entity ids
	Type            RelationType
	Count           int
	Articles        int    // distinct articles that report it
	FirstSeen       string // earliest evidence date, or ""
	LastSeen        string // latest evidence date, or ""
	Confidence      float64
	// Cursor is the edge's position in the order of the query that returned it, for
	// paging on after it; empty where that query has no order.
	Cursor string
}

// Key returns "subject|TYPE|object", which identifies the edge.
func (e Edge) Key() string { return e.Subject + "|" + string(e.Type) + "|" + e.Object }

// Direction says which edges of an entity a query wants.
type Direction string

// The directions of an entity's edges.
const (
	Out  Direction = "OUT"
	In   Direction = "IN"
	Both Direction = "BOTH"
)

// RelationFilter selects edges. Empty fields select everything. Either matches edges
// with the entity on either side. From and To bound the evidence dates (inclusive ISO
// dates); MinConfidence bounds the edge confidence; ArticleID keeps edges reported by
// that article.
type RelationFilter struct {
	Types         []RelationType
	Subject       string
	Object        string
	Either        string
	From, To      string
	MinConfidence float64
	ArticleID     string
}

// PageRequest asks for First items after the opaque cursor After.
type PageRequest struct {
	First int
	After string
}

// EdgePage is one page of edges in a stable order. EndCursor continues after the last
// edge; Total is set only when it was asked for.
type EdgePage struct {
	Edges     []Edge
	HasNext   bool
	EndCursor string
	Total     int
}

// SearchHit is an entity found by full-text search with its relevance score.
type SearchHit struct {
	Entity Entity
	Score  float64
}

// Stats counts what the graph holds.
type Stats struct {
	Articles, Entities, Events, Evidence, Edges int
}

// WriteSummary says what a write did.
type WriteSummary struct {
	Articles  int // articles written
	Relations int // evidence records written
	Entities  int // entities written or updated
	Duration  time.Duration
}

// GraphWriter changes the graph. Implementations are safe for concurrent use.
type GraphWriter interface {
	// Migrate sets up constraints and indexes; running it again changes nothing.
	Migrate(ctx context.Context) error
	// Write stores the extractions in one transaction: all of them or none. Writing the
	// same article again replaces its earlier extraction and changes nothing if the
	// extraction is the same. It fails with INVALID_ARGUMENT for an invalid extraction
	// and UNAVAILABLE when the database cannot be reached.
	Write(ctx context.Context, xs []*Extraction) (WriteSummary, error)
	// DeleteArticle retracts an article's evidence, drops edges left without evidence and
	// entities left without any mention. It fails with NOT_FOUND for an unknown article.
	DeleteArticle(ctx context.Context, id string) error
}

// GraphReader answers queries over the graph. Implementations are safe for concurrent
// use. Every method fails with UNAVAILABLE when the database cannot be reached and with
// LIMIT_EXCEEDED when the context's deadline passes.
type GraphReader interface {
	// Entities returns the entities with the given ids, keyed by id; unknown ids are absent.
	Entities(ctx context.Context, ids []string) (map[string]Entity, error)
	// Articles returns the articles with the given ids, keyed by id; unknown ids are absent.
	Articles(ctx context.Context, ids []string) (map[string]Article, error)
	// Events returns the events with the given ids, keyed by id; unknown ids are absent.
	Events(ctx context.Context, ids []string) (map[string]Event, error)
	// Search finds entities whose name or aliases match text, best first, at most first.
	Search(ctx context.Context, text string, kinds []Kind, first int) ([]SearchHit, error)
	// Relations returns a page of edges matching the filter; withTotal also counts them all.
	Relations(ctx context.Context, f RelationFilter, p PageRequest, withTotal bool) (EdgePage, error)
	// Evidence returns the evidence of each edge (by Edge.Key), newest first, at most
	// perEdge each, filtered by the same date range and article as f.
	Evidence(ctx context.Context, edges []Edge, f RelationFilter, perEdge int) (map[string][]Evidence, error)
	// CountRelations counts the edges matching the filter.
	CountRelations(ctx context.Context, f RelationFilter) (int, error)
	// ArticleEntities returns the ids of the entities each article mentions, keyed by article id.
	ArticleEntities(ctx context.Context, articleIDs []string) (map[string][]string, error)
	// Stats counts the graph's nodes and edges.
	Stats(ctx context.Context) (Stats, error)
}

// Graph is the knowledge graph: what store.Store implements over Neo4j.
type Graph interface {
	GraphWriter
	GraphReader
	// Ping checks that the database answers.
	Ping(ctx context.Context) error
	// Close releases the connections.
	Close(ctx context.Context) error
}

// ArticleInput is one article as a user hands it in: plain text or HTML, and what is
// known about it.
type ArticleInput struct {
	Text, HTML            string
	URL, Title, Published string
}

// Ingester reads articles and writes what it extracts to the graph.
type Ingester interface {
	// IngestArticle extracts one article and writes it. It fails with INVALID_ARGUMENT for
	// input that holds no article text and with UNAVAILABLE when the graph cannot be written.
	IngestArticle(ctx context.Context, in ArticleInput) (*Extraction, error)
}
