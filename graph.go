package geokg

import (
	"context"
	"slices"
	"strings"
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
	// Rule, Trigger and Path explain why the extractor read the statement (see
	// Relation): the frame ("frame cameo:1566", its lexicon file and line) or rule family
	// ("pattern verb", "title", "body", "sentence rule"), the trigger word (a frame's
	// lemma, "expel"; a pattern's word in lower case, "expelled"), and for frames the
	// dependency path between the two actors through the trigger ("nsubj<expel>obj").
	// They are "" where the rule has none and on evidence written before extractors
	// recorded them.
	Rule, Trigger, Path string
	// Before and After are the sentences around Sentence in the article (see
	// Relation.Before); "" at the text's ends and on evidence written before they were
	// recorded.
	Before, After string
}

// Edge is a relation as the graph holds it: one per subject, type and object, however
// many articles report it. Count is the number of its evidence records.
type Edge struct {
	Subject, Object string // entity ids
	Type            RelationType
	Count           int
	Articles        int    // distinct articles that report it
	Sources         int    // distinct sources (Article.SourceName) of those articles
	FirstSeen       string // earliest evidence date, or ""
	LastSeen        string // latest evidence date, or ""
	Confidence      float64
	// Cursor is the edge's position in the order of the query that returned it, for
	// paging on after it; empty where that query has no order.
	Cursor string
}

// ContestingTypes are the types of the statements by which an edge's object contests
// it: B DENIES A or B REJECTS A contests any relation of A to B.
var ContestingTypes = []RelationType{Denies, Rejects}

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
	// Order sorts a list of edges (the zero order is subject, type, object); statements
	// and counts ignore it.
	Order RelationOrder
	// AsOf (an ISO date, or "") keeps the graph as known on that date: statements dated
	// after it, or written after that day ended, are left out (see EvidenceScope.AsOf);
	// the edges of a page are then counted over those statements. MatchStatement ignores
	// it (a new statement is known now).
	AsOf string
}

// EvidenceScope narrows the evidence of an edge: to statements dated From to To
// (inclusive ISO dates, open when "") and to one article (any when ArticleID is "").
type EvidenceScope struct {
	From, To  string
	ArticleID string
	// AsOf (an ISO date, or "") keeps the statements known on that date: undated or dated
	// on or before it, and written (Evidence.createdAt) before the day ended (AsOfEnd).
	AsOf string
}

// Scope returns the part of f that applies to each statement of an edge, so that the
// evidence shown under an edge is the evidence for which the filter selected it.
func (f RelationFilter) Scope() EvidenceScope {
	return EvidenceScope{From: f.From, To: f.To, ArticleID: f.ArticleID, AsOf: f.AsOf}
}

// EvidenceRequest asks for the statements of the edge Subject-Type->Object within Scope.
// It is comparable, and so serves as a key.
type EvidenceRequest struct {
	Subject string
	Type    RelationType
	Object  string
	Scope   EvidenceScope
}

// EvidenceOf returns the request for the statements of e within scope.
func EvidenceOf(e Edge, scope EvidenceScope) EvidenceRequest {
	return EvidenceRequest{Subject: e.Subject, Type: e.Type, Object: e.Object, Scope: scope}
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

// PageWith says what a page of relations brings along with its edges in the same read:
// the entities at their ends, at most Evidence statements of each edge (newest first,
// within the filter's scope; 0: none) and, with Articles, the articles of those
// statements (their properties but the text). EvidenceFields, when not zero, are the
// properties of the statements to read, their id, article and event included (the
// others are left zero); zero reads them all. EntityFields and ArticleFields do the same
// for the ends (besides their ids and kinds) and the articles (besides their ids).
// EdgeFields does it for the edges' own derived properties (besides their triples and
// the property the page is ordered by, which its cursors hold): a caller that projects
// them must ask for every one its page shows, as nothing loads the others later.
type PageWith struct {
	Ends           bool
	Evidence       int
	Articles       bool
	EvidenceFields EvidenceFields
	EntityFields   EntityFields
	ArticleFields  ArticleFields
	EdgeFields     EdgeFields
}

// Covers reports whether a page read with w brings everything a page read with o would:
// the ends if o asks for them, at least as many statements, their articles, and every
// property o asks for.
func (w PageWith) Covers(o PageWith) bool {
	return (!o.Ends || w.Ends && w.EntityFields.Has(o.EntityFields.orAll())) &&
		w.Evidence >= o.Evidence &&
		(o.Evidence == 0 || w.EvidenceFields.Has(o.EvidenceFields.orAll())) &&
		(!o.Articles || w.Articles && w.ArticleFields.Has(o.ArticleFields.orAll()))
}

// EdgeFields is a set of the derived properties of an edge (Count, Articles, Sources,
// FirstSeen, LastSeen, Confidence) that a read brings besides its triple. The zero set
// and AllEdgeFields both mean every property.
type EdgeFields uint8

// The derived properties of an edge, one bit each.
const (
	EdgeCount EdgeFields = 1 << iota
	EdgeArticles
	EdgeSources
	EdgeFirstSeen
	EdgeLastSeen
	EdgeConfidence

	AllEdgeFields EdgeFields = 1<<iota - 1
)

// Has reports whether the set holds every property of p; the zero set holds them all.
func (f EdgeFields) Has(p EdgeFields) bool { return fieldsHave(f, p) }

// Normal returns the set with every property as zero, so that equal sets compare equal.
func (f EdgeFields) Normal() EdgeFields { return fieldsNormal(f, AllEdgeFields) }

// edgeFieldNames are the names of the properties EdgeFields selects, as the store keeps
// them (the API serves "articles" as articleCount, "sources" as sourceCount, "lastSeen"
// also as date).
var edgeFieldNames = map[string]EdgeFields{
	"count": EdgeCount, "articles": EdgeArticles, "sources": EdgeSources,
	"firstSeen": EdgeFirstSeen, "lastSeen": EdgeLastSeen, "confidence": EdgeConfidence,
}

// EdgeField returns the bit of the edge property named name ("count", "lastSeen", ...),
// and false for a name that has none.
func EdgeField(name string) (EdgeFields, bool) {
	f, ok := edgeFieldNames[name]
	return f, ok
}

// Property returns the property of an edge that a page in the order f is sorted by, and
// 0 for the order by triple (or an unknown field).
func (f OrderField) Property() EdgeFields {
	switch f {
	case OrderCount:
		return EdgeCount
	case OrderConfidence:
		return EdgeConfidence
	case OrderLastSeen:
		return EdgeLastSeen
	case OrderFirstSeen:
		return EdgeFirstSeen
	}
	return 0
}

// EntityFields is a set of the properties of an entity that a read brings besides its
// ID and Kind, which always come. The zero set and AllEntityFields both mean every
// property.
type EntityFields uint8

// The properties of an entity, one bit each.
const (
	EntityName EntityFields = 1 << iota
	EntityCode
	EntitySubtype
	EntityTitle
	EntityCountry
	EntityAliases

	AllEntityFields EntityFields = 1<<iota - 1
)

// Has reports whether the set holds every property of p; the zero set holds them all.
func (f EntityFields) Has(p EntityFields) bool { return fieldsHave(f, p) }

// Normal returns the set with every property as zero, so that equal sets compare equal.
func (f EntityFields) Normal() EntityFields { return fieldsNormal(f, AllEntityFields) }

func (f EntityFields) orAll() EntityFields { return fieldsOrAll(f, AllEntityFields) }

// entityFieldNames are the names of the properties EntityFields selects, as the store
// keeps them and the API serves them (an entity's country is its country's code).
var entityFieldNames = map[string]EntityFields{
	"name": EntityName, "code": EntityCode, "subtype": EntitySubtype, "title": EntityTitle,
	"country": EntityCountry, "aliases": EntityAliases,
}

// EntityField returns the bit of the entity property named name ("name", "code", ...),
// and false for a name that has none (id and kind are always read).
func EntityField(name string) (EntityFields, bool) {
	f, ok := entityFieldNames[name]
	return f, ok
}

// ArticleFields is a set of the properties of an article (its text aside) that a read
// brings besides its ID, which always comes. The zero set and AllArticleFields both mean
// every property.
type ArticleFields uint8

// The properties of an article, one bit each.
const (
	ArticleTitle ArticleFields = 1 << iota
	ArticleURL
	ArticlePublished
	ArticleSource

	AllArticleFields ArticleFields = 1<<iota - 1
)

// Has reports whether the set holds every property of p; the zero set holds them all.
func (f ArticleFields) Has(p ArticleFields) bool { return fieldsHave(f, p) }

// Normal returns the set with every property as zero, so that equal sets compare equal.
func (f ArticleFields) Normal() ArticleFields { return fieldsNormal(f, AllArticleFields) }

func (f ArticleFields) orAll() ArticleFields { return fieldsOrAll(f, AllArticleFields) }

// articleFieldNames are the names of the properties ArticleFields selects, as the store
// keeps them ("url" is also read for "source": Article.SourceName falls back on it).
var articleFieldNames = map[string]ArticleFields{
	"title": ArticleTitle, "url": ArticleURL, "published": ArticlePublished, "source": ArticleSource,
}

// ArticleField returns the bit of the article property named name, and false for a name
// that has none (the id is always read; the text never is).
func ArticleField(name string) (ArticleFields, bool) {
	f, ok := articleFieldNames[name]
	return f, ok
}

// EvidenceFields is a set of the properties of a statement (Evidence) that a read
// brings, its ID, ArticleID ("article") and EventID ("event") included. The zero set and
// AllEvidenceFields both mean every property.
type EvidenceFields uint16

// The properties of a statement, one bit each.
const (
	EvidenceSentence EvidenceFields = 1 << iota
	EvidenceStart
	EvidenceEnd
	EvidenceDate
	EvidenceConfidence
	EvidenceExtractor
	EvidenceRule
	EvidenceTrigger
	EvidencePath
	EvidenceBefore
	EvidenceAfter
	EvidenceID
	EvidenceArticle
	EvidenceEvent

	AllEvidenceFields EvidenceFields = 1<<iota - 1
)

// Has reports whether the set holds every property of p; the zero set holds them all.
func (f EvidenceFields) Has(p EvidenceFields) bool { return fieldsHave(f, p) }

func (f EvidenceFields) orAll() EvidenceFields { return fieldsOrAll(f, AllEvidenceFields) }

// Normal returns the set with every property as zero, so that equal sets compare equal.
func (f EvidenceFields) Normal() EvidenceFields { return fieldsNormal(f, AllEvidenceFields) }

// evidenceFieldNames are the names of the properties EvidenceFields selects, as the store
// keeps them and the API serves them.
var evidenceFieldNames = map[string]EvidenceFields{
	"sentence": EvidenceSentence, "start": EvidenceStart, "end": EvidenceEnd,
	"date": EvidenceDate, "confidence": EvidenceConfidence, "extractor": EvidenceExtractor,
	"rule": EvidenceRule, "trigger": EvidenceTrigger, "path": EvidencePath,
	"before": EvidenceBefore, "after": EvidenceAfter,
	"id": EvidenceID, "article": EvidenceArticle, "event": EvidenceEvent,
}

// EvidenceField returns the bit of the statement property named name ("sentence",
// "rule", "id", "article" (its ArticleID), "event" (its EventID), ...), and false for a
// name that has none.
func EvidenceField(name string) (EvidenceFields, bool) {
	f, ok := evidenceFieldNames[name]
	return f, ok
}

// EdgePageWith is a page of edges with what PageWith asked for: the entities at their
// ends by id (an end that is gone is absent), the statements of each edge keyed by
// EvidenceOf(edge, filter.Scope()) (an edge without any is absent), the articles by id.
type EdgePageWith struct {
	EdgePage
	Entities map[string]Entity
	Evidence map[EvidenceRequest][]Evidence
	Articles map[string]Article
}

// SearchHit is an entity found by search: its score (see MatchEntity), how it matched
// and the name, code or alias that matched.
type SearchHit struct {
	Entity  Entity
	Score   float64
	Match   Match
	Matched string
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
	// Migrate sets up constraints and indexes and returns how many it created; running it
	// again changes nothing (and returns 0).
	Migrate(ctx context.Context) (int, error)
	// Write stores the extractions in one transaction: all of them or none. Writing the
	// same article again replaces its earlier extraction and changes nothing if the
	// extraction is the same. It fails with INVALID_ARGUMENT for an invalid extraction
	// and UNAVAILABLE when the database cannot be reached.
	Write(ctx context.Context, xs []*Extraction) (WriteSummary, error)
	// DeleteArticle retracts an article's evidence, drops edges left without evidence and
	// entities left without any mention. It fails with NOT_FOUND for an unknown article.
	DeleteArticle(ctx context.Context, id string) error
}

// The graph's reads come in roles, one interface each, as their callers use them; every
// method fails with UNAVAILABLE when the database cannot be reached and with
// LIMIT_EXCEEDED when the context's deadline passes, and implementations are safe for
// concurrent use.

// Lookup loads things by id in batches (the per-request loaders of the API).
type Lookup interface {
	// Entities returns the entities with the given ids, keyed by id; unknown ids are absent.
	Entities(ctx context.Context, ids []string) (map[string]Entity, error)
	// Articles returns the articles with the given ids, keyed by id; unknown ids are absent.
	Articles(ctx context.Context, ids []string) (map[string]Article, error)
	// Events returns the events with the given ids, keyed by id; unknown ids are absent.
	Events(ctx context.Context, ids []string) (map[string]Event, error)
	// ArticleEntities returns the ids of the entities each article mentions, keyed by article id.
	ArticleEntities(ctx context.Context, articleIDs []string) (map[string][]string, error)
	// Evidence returns, for each request, the statements of its edge within its scope
	// (dated in its range, from its article), newest first, at most perEdge each, keyed
	// by the request; requests whose edge has none are absent.
	Evidence(ctx context.Context, reqs []EvidenceRequest, perEdge int) (map[EvidenceRequest][]Evidence, error)
	// Contests returns, for each edge (its Key), the statements that contest it: the
	// DENIES and REJECTS statements of its object about its subject, newest first, at
	// most perEdge each; uncontested edges are absent.
	Contests(ctx context.Context, edges []Edge, perEdge int) (map[string][]Statement, error)
}

// RelationReader pages through relations: all of them, an entity's, an article's.
type RelationReader interface {
	// Relations returns a page of edges matching the filter; withTotal also counts them all.
	Relations(ctx context.Context, f RelationFilter, p PageRequest, withTotal bool) (EdgePage, error)
	// CountRelations counts the edges matching the filter.
	CountRelations(ctx context.Context, f RelationFilter) (int, error)
	// EntityRelations returns one page of edges of each entity in ids, keyed by id, in
	// the order of Relations, all with the same query and page request, in one round
	// trip; unknown ids get an empty page. It fails with INVALID_ARGUMENT for an unknown
	// type or a bad cursor.
	EntityRelations(ctx context.Context, ids []string, q EntityRelationQuery, p PageRequest) (map[string]EdgePage, error)
	// CountEntityRelations counts the edges of each entity in ids that match q, keyed by id.
	CountEntityRelations(ctx context.Context, ids []string, q EntityRelationQuery) (map[string]int, error)
	// ArticleRelations returns one page of the edges each article reports, keyed by article
	// id, in the order of Relations, all with the same page request, in one round trip;
	// unknown ids get an empty page. It fails with INVALID_ARGUMENT for a bad cursor.
	ArticleRelations(ctx context.Context, ids []string, p PageRequest) (map[string]EdgePage, error)
	// CountArticleRelations counts the edges each article reports, keyed by article id.
	CountArticleRelations(ctx context.Context, ids []string) (map[string]int, error)
}

// Explorer finds entities and what connects them.
type Explorer interface {
	// Search finds entities whose name or aliases match text, best first, at most first.
	Search(ctx context.Context, text string, kinds []Kind, first int) ([]SearchHit, error)
	// Stats counts the graph's nodes and edges.
	Stats(ctx context.Context) (Stats, error)
	// Neighborhood returns the entities within q.Depth hops of q.ID, nearest first, and
	// the edges among them, ignoring direction. It fails with NOT_FOUND for an unknown
	// entity, and with INVALID_ARGUMENT for an unknown type or a depth or limit beyond
	// DefaultLimits (MaxDepth hops, MaxNeighborhood entities).
	Neighborhood(ctx context.Context, q NeighborhoodQuery) (Subgraph, error)
	// Paths returns up to q.First shortest paths from q.From to q.To of at most
	// q.MaxHops edges, ignoring direction, shortest first; none when they are not
	// connected within that many hops. It fails with NOT_FOUND for an unknown entity, and
	// with INVALID_ARGUMENT when From and To are the same or MaxHops or First is beyond
	// DefaultLimits (MaxPathHops, MaxPaths).
	Paths(ctx context.Context, q PathQuery) ([]Path, error)
	// ListArticles returns a page of the articles matching q, newest first (by published
	// date, undated ones last, then by id). It fails with INVALID_ARGUMENT for a bad cursor.
	ListArticles(ctx context.Context, q ArticleQuery, p PageRequest) (ArticlePage, error)
}

// ArticleQuery selects articles: published within the period (an empty period keeps the
// undated ones too) and from the source (Article.SourceName, exactly), when set.
type ArticleQuery struct {
	Period
	Source string
}

// ArticlePage is one page of articles; EndCursor continues after the last.
type ArticlePage struct {
	Articles  []Article
	HasNext   bool
	EndCursor string
}

// Analyst answers timelines and dashboards; it counts statements.
type Analyst interface {
	// Timeline returns a page of the dated statements and events of an entity (or of a
	// pair) in date order. It fails with INVALID_ARGUMENT for a bad cursor.
	Timeline(ctx context.Context, q TimelineQuery, p PageRequest) (TimelinePage, error)
	// RelationCounts counts the statements (evidence records, not edges) matching f,
	// grouped by by, at most first groups. For statements, f.MinConfidence bounds the
	// statement's own confidence. It fails with INVALID_ARGUMENT for an unknown grouping.
	RelationCounts(ctx context.Context, f RelationFilter, by GroupBy, first int) ([]RelationCount, error)
	// TopActors returns the entities with the most statements matching q, most first, at
	// most first.
	TopActors(ctx context.Context, q TopActorsQuery, first int) ([]ActorCount, error)
	// Dyad summarises the statements between q.A and q.B, in both directions, of q.Types,
	// dated within q's period (all of them, undated ones too, for the zero period), with
	// series by q.Bucket (SummarizeDyadQuery). It fails with NOT_FOUND when either entity
	// is unknown and INVALID_ARGUMENT when A and B are the same.
	Dyad(ctx context.Context, q DyadQuery) (DyadSummary, error)
}

// Period is a range of ISO dates, each end included; an empty end is open.
type Period struct {
	From, To string
}

// StatementReader reads statements in the order they were written (subscriptions).
type StatementReader interface {
	// Statements returns the statements written after the cursor that match f (see
	// RelationFilter.MatchStatement), in the order of their cursors (creation time, then
	// id), at most limit. It fails with INVALID_ARGUMENT for an unknown type.
	Statements(ctx context.Context, f RelationFilter, after StatementCursor, limit int) ([]Statement, error)
}

// GraphReader is every read of the graph: what the store implements.
type GraphReader interface {
	Lookup
	RelationReader
	Explorer
	Analyst
	StatementReader
	Dashboard
}

// EntityRelationQuery selects the edges of an entity: on which side it stands, the
// types (all when empty) and the evidence date range (inclusive ISO dates, open when "").
type EntityRelationQuery struct {
	Direction Direction
	Types     []RelationType
	From, To  string
	// Order sorts the page (the zero order is subject, type, object).
	Order RelationOrder
	// AsOf keeps the graph as known on that date (see RelationFilter.AsOf): the edges
	// with a statement known then, counted over those statements only.
	AsOf string
}

// Filter returns the RelationFilter that selects the edges of entity id that q selects.
func (q EntityRelationQuery) Filter(id string) RelationFilter {
	f := RelationFilter{Types: q.Types, From: q.From, To: q.To, Order: q.Order, AsOf: q.AsOf}
	switch q.Direction {
	case Out:
		f.Subject = id
	case In:
		f.Object = id
	default:
		f.Either = id
	}
	return f
}

// NeighborhoodQuery asks for the entities within Depth hops of entity ID over edges of
// Types (all when empty): at most Limit entities, the start included.
type NeighborhoodQuery struct {
	ID    string
	Depth int
	Types []RelationType
	Limit int
	Hops  HopFilter
}

// Polarity is the sign of a relation type's Goldstein weight: CONFLICT below zero,
// COOPERATION above; the structural types (weight 0) have none.
type Polarity string

// The polarities.
const (
	Conflict    Polarity = "CONFLICT"
	Cooperation Polarity = "COOPERATION"
)

// Valid reports whether p is one of the polarities.
func (p Polarity) Valid() bool { return p == Conflict || p == Cooperation }

// Of reports whether t has polarity p.
func (p Polarity) Of(t RelationType) bool {
	g := t.Goldstein()
	return (p == Conflict && g < 0) || (p == Cooperation && g > 0)
}

// HopFilter says which edges a traversal (neighborhood, paths) may follow, on top of its
// types: those of a polarity, reported within a period, by at least a number of sources.
// The zero filter follows every edge.
type HopFilter struct {
	Polarity Polarity // empty: either
	// From and To (ISO dates, each may be empty) keep the edges whose dates overlap
	// them: first seen on or before To, last seen on or after From.
	From, To string
	// MinSources keeps the edges reported by at least this many distinct sources
	// (Edge.Sources, all dates); 0 or 1 keeps all.
	MinSources int
	// AsOf (an ISO date, or "") follows only the edges known on that date (see
	// EvidenceScope.AsOf), whose counts and dates are then those of the statements known.
	AsOf string
}

// Scope returns the evidence scope of the filter's period, for the evidence shown on
// the edges it kept.
func (f HopFilter) Scope() EvidenceScope { return EvidenceScope{From: f.From, To: f.To, AsOf: f.AsOf} }

// HopTypes returns the types a traversal follows: types (every type when empty) kept to
// the filter's polarity. It fails with INVALID_ARGUMENT when none is left.
func HopTypes(types []RelationType, f HopFilter) ([]RelationType, error) {
	if f.Polarity == "" {
		return types, nil
	}
	if !f.Polarity.Valid() {
		return nil, Errorf(CodeInvalidArgument, "unknown polarity %q", f.Polarity)
	}
	if len(types) == 0 {
		types = RelationTypes
	}
	var out []RelationType
	for _, t := range types {
		if f.Polarity.Of(t) {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return nil, Errorf(CodeInvalidArgument, "none of the types %v has polarity %s", types, f.Polarity)
	}
	return out, nil
}

// Subgraph is a part of the graph ready to draw: entities and the edges among them.
type Subgraph struct {
	Nodes []SubgraphNode
	Edges []Edge
	// Truncated says that the limit left entities or edges out.
	Truncated bool
}

// SubgraphNode is an entity of a Subgraph and its distance in hops from the start.
type SubgraphNode struct {
	Entity Entity
	Depth  int
}

// PathQuery asks for up to First shortest paths between two entities of at most MaxHops
// edges of Types (all when empty).
type PathQuery struct {
	From, To string
	MaxHops  int
	Types    []RelationType
	First    int
	Hops     HopFilter
}

// Path is a chain of edges from one entity to another. Hops[i] joins Nodes[i] and
// Nodes[i+1] and keeps its stored direction, so its subject may be either of them.
type Path struct {
	Nodes []Entity
	Hops  []Edge
}

// Statement is one evidence record together with the edge it supports, as the graph
// holds that edge when read.
type Statement struct {
	Edge     Edge
	Evidence Evidence
	// CreatedAt is when the statement was first written.
	CreatedAt time.Time
}

// StatementCursor is a position in the order in which statements were written: creation
// time, then evidence id. The zero cursor stands before every statement.
type StatementCursor struct {
	CreatedAt time.Time
	ID        string
}

// Cursor returns the position of st.
func (st Statement) Cursor() StatementCursor {
	return StatementCursor{CreatedAt: st.CreatedAt, ID: st.Evidence.ID}
}

// After reports whether c stands after d.
func (c StatementCursor) After(d StatementCursor) bool {
	return c.CreatedAt.After(d.CreatedAt) || (c.CreatedAt.Equal(d.CreatedAt) && c.ID > d.ID)
}

// MatchStatement reports whether the statement st passes the filter, with the meaning
// the filter has for statements: types, subject, object and either side as for edges
// (symmetric types in their stored order), the date range and the article on the
// statement itself, and MinConfidence on the statement's own confidence.
func (f RelationFilter) MatchStatement(st Statement) bool {
	e, ev := st.Edge, st.Evidence
	if len(f.Types) > 0 && !slices.Contains(f.Types, e.Type) {
		return false
	}
	switch {
	case f.Subject != "" && e.Subject != f.Subject,
		f.Object != "" && e.Object != f.Object,
		f.Either != "" && e.Subject != f.Either && e.Object != f.Either,
		f.From != "" && (ev.Date == "" || ev.Date < f.From),
		f.To != "" && (ev.Date == "" || ev.Date > f.To),
		f.ArticleID != "" && ev.ArticleID != f.ArticleID,
		f.MinConfidence > 0 && ev.Confidence < f.MinConfidence:
		return false
	}
	return true
}

// TimelineQuery asks for the dated statements of entity ID (with Other, only those
// between the two, in either direction) and the dated events that target it (with
// Other, those that target either and that a statement between the two is about),
// between From and To (inclusive ISO dates, open when "") and of Types (all when empty;
// events are kept whatever the types).
type TimelineQuery struct {
	ID, Other string
	From, To  string
	Types     []RelationType
}

// TimelineItem is one dated entry of a timeline: a statement or an event.
type TimelineItem struct {
	Date      string
	Statement *Statement // set for a statement
	Event     *Event     // set for an event
	// Cursor is the item's position, for paging after it.
	Cursor string
}

// TimelinePage is a page of a timeline in date order (then id). EndCursor continues
// after its last item.
type TimelinePage struct {
	Items     []TimelineItem
	HasNext   bool
	EndCursor string
}

// GroupBy says how RelationCounts groups statements.
type GroupBy string

// The groupings of RelationCounts.
const (
	ByType    GroupBy = "TYPE"    // one group per relation type
	ByMonth   GroupBy = "MONTH"   // one group per month (YYYY-MM) of the statement date; undated statements are left out
	BySubject GroupBy = "SUBJECT" // one group per subject
	ByObject  GroupBy = "OBJECT"  // one group per object
	ByDyad    GroupBy = "DYAD"    // one group per unordered pair of entities, both directions together
	// One group per period of the statement date (Bucket.Of); undated statements are left out.
	ByDay     GroupBy = "DAY"
	ByWeek    GroupBy = "WEEK"
	ByQuarter GroupBy = "QUARTER"
	ByYear    GroupBy = "YEAR"
)

// Valid reports whether g is one of the groupings.
func (g GroupBy) Valid() bool {
	switch g {
	case ByType, ByMonth, BySubject, ByObject, ByDyad, ByDay, ByWeek, ByQuarter, ByYear:
		return true
	}
	return false
}

// Bucket returns the period of a grouping by date (MONTH, DAY, WEEK, QUARTER, YEAR), or
// "" for the others.
func (g GroupBy) Bucket() Bucket {
	switch g {
	case ByDay, ByWeek, ByMonth, ByQuarter, ByYear:
		return Bucket(g)
	}
	return ""
}

// RelationCount is the number of statements in one group. Key identifies the group (the
// type, the month, the entity id, or the two entity ids of a dyad joined by "|", the
// smaller first); the field of the grouping is set as well (for a dyad, Subject and
// Object hold its two ids).
type RelationCount struct {
	Key             string
	Type            RelationType
	Month           string
	Subject, Object string
	Count           int
	// Period is the key of the period (Bucket.Of) when grouped by date.
	Period string
}

// TopActorsQuery selects the statements that TopActors counts: of Types (all when
// empty), with the actor on the side Direction says, dated between From and To
// (inclusive, open when "").
type TopActorsQuery struct {
	Types     []RelationType
	Direction Direction
	From, To  string
	// Kinds keeps the actors of these kinds (all when empty).
	Kinds []Kind
}

// ActorCount is an entity and how many statements it takes part in.
type ActorCount struct {
	Entity Entity
	Count  int
}

// DyadCell counts the statements between two entities of one type in one month ("" for
// undated statements).
type DyadCell struct {
	Type  RelationType
	Month string
	Count int
	// Date is the day, when the cell counts one day ("" otherwise).
	Date string
}

// TypeCount is the number of statements of one type.
type TypeCount struct {
	Type  RelationType
	Count int
}

// MonthCount is the number of statements in one month (YYYY-MM).
type MonthCount struct {
	Month string
	Count int
}

// MonthScore is the cooperation-conflict score of one month: the mean Goldstein weight
// (RelationType.Goldstein, -10 conflict .. +10 cooperation) of its interaction
// statements (structural types left out), and how many statements it averages.
type MonthScore struct {
	Month string
	Score float64
	Count int
}

// DyadSummary describes what two entities said and did to each other, in both
// directions: statement counts by type and by month, the first and last dates, and a
// cooperation-conflict score per month and overall.
type DyadSummary struct {
	A, B                string
	Total               int
	ByType              []TypeCount
	ByMonth             []MonthCount
	FirstSeen, LastSeen string
	Score               []MonthScore
	// MeanScore is the mean Goldstein weight of all dated and undated interaction
	// statements, 0 when there are none.
	MeanScore float64
	// ByPeriod and ScoreByPeriod are ByMonth and Score by the bucket the query asked
	// (MONTH by default); set by SummarizeDyadQuery.
	ByPeriod      []PeriodCount
	ScoreByPeriod []PeriodScore
}

// SummarizeDyad builds the summary of the dyad a, b from its cells: ByType ordered by
// count (then type), ByMonth and Score by month; first and last are the dates of the
// earliest and latest statements.
func SummarizeDyad(a, b string, cells []DyadCell, first, last string) DyadSummary {
	d := DyadSummary{A: a, B: b, FirstSeen: first, LastSeen: last, ByType: []TypeCount{}, ByMonth: []MonthCount{}, Score: []MonthScore{}}
	byType := map[RelationType]int{}
	byMonth := map[string]int{}
	weight := map[string]float64{}
	weighed := map[string]int{}
	var sum float64
	var n int
	for _, c := range cells {
		d.Total += c.Count
		byType[c.Type] += c.Count
		if c.Month != "" {
			byMonth[c.Month] += c.Count
		}
		if c.Type.Structural() {
			continue // membership is not cooperation or conflict
		}
		w := c.Type.Goldstein() * float64(c.Count)
		sum, n = sum+w, n+c.Count
		if c.Month != "" {
			weight[c.Month] += w
			weighed[c.Month] += c.Count
		}
	}
	for t, c := range byType {
		d.ByType = append(d.ByType, TypeCount{Type: t, Count: c})
	}
	slices.SortFunc(d.ByType, func(x, y TypeCount) int {
		if x.Count != y.Count {
			return y.Count - x.Count
		}
		return strings.Compare(string(x.Type), string(y.Type))
	})
	for m, c := range byMonth {
		d.ByMonth = append(d.ByMonth, MonthCount{Month: m, Count: c})
	}
	slices.SortFunc(d.ByMonth, func(x, y MonthCount) int { return strings.Compare(x.Month, y.Month) })
	for m, c := range weighed {
		d.Score = append(d.Score, MonthScore{Month: m, Score: weight[m] / float64(c), Count: c})
	}
	slices.SortFunc(d.Score, func(x, y MonthScore) int { return strings.Compare(x.Month, y.Month) })
	if n > 0 {
		d.MeanScore = sum / float64(n)
	}
	return d
}

// StatementFeed delivers statements as they are written, by this process or any other.
type StatementFeed interface {
	// Subscribe returns a channel of the statements matching f (see
	// RelationFilter.MatchStatement) written from now on, oldest first. The channel is
	// closed when ctx ends or when the subscriber falls too far behind. It fails with
	// UNAVAILABLE when the feed is shut down.
	Subscribe(ctx context.Context, f RelationFilter) (<-chan Statement, error)
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
	// Source names the outlet or site; empty for the host of URL (Article.SourceName).
	Source string
}

// Ingester reads articles and writes what it extracts to the graph.
type Ingester interface {
	// IngestArticle extracts one article and writes it. It fails with INVALID_ARGUMENT for
	// input that holds no article text and with UNAVAILABLE when the graph cannot be written.
	IngestArticle(ctx context.Context, in ArticleInput) (*Extraction, error)
}

// SummarizeDyadQuery builds the summary of the dyad of q from cells that count one type
// on one day each (DyadCell.Date): SummarizeDyad, with ByPeriod and ScoreByPeriod by
// q.Bucket (MONTH when empty).
func SummarizeDyadQuery(q DyadQuery, cells []DyadCell, first, last string) DyadSummary {
	byDay := make([]StatementCell, 0, len(cells))
	for i, c := range cells {
		if c.Month == "" && len(c.Date) >= 7 {
			cells[i].Month = c.Date[:7]
		}
		byDay = append(byDay, StatementCell{Type: c.Type, Date: c.Date, Count: c.Count})
	}
	d := SummarizeDyad(q.A, q.B, cells, first, last)
	b := q.Bucket
	if b == "" {
		b = Month
	}
	d.ByPeriod = CountByPeriod(byDay, b)
	d.ScoreByPeriod, _, _ = ScoreByPeriod(byDay, b)
	return d
}

// fieldSet is a set of the properties of a node that a read brings, one bit each
// (EntityFields, ArticleFields, EvidenceFields); the zero set means every property.
type fieldSet interface{ ~uint8 | ~uint16 }

// fieldsHave reports whether f holds every property of p; the zero set holds them all.
func fieldsHave[F fieldSet](f, p F) bool { return f == 0 || f&p == p }

// fieldsNormal returns f, or zero when f holds all, so that equal sets compare equal.
func fieldsNormal[F fieldSet](f, all F) F {
	if f&all == all {
		return 0
	}
	return f
}

// fieldsOrAll returns f, or all when f is the zero set.
func fieldsOrAll[F fieldSet](f, all F) F {
	if f == 0 {
		return all
	}
	return f
}
