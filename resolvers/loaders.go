package resolvers

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vikstrous/dataloadgen"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/graph/model"
)

// Loaders batch the lookups of one request. They live in the request's context.
type Loaders struct {
	entities loader[string, *geokg.Entity]
	articles loader[string, *geokg.Article]
	events   loader[string, *geokg.Event]
	// evidence loads the evidence of an edge within a scope, at most a limit.
	evidence loader[evidenceKey, []geokg.Evidence]
	// articleEntities maps an article id to the ids of the entities it mentions.
	articleEntities loader[string, []string]
	// entityRelations loads a page of an entity's relations; the pages of all entities
	// asked with the same arguments come in one query.
	entityRelations loader[relationsKey, geokg.EdgePage]
	// entityRelationCounts counts an entity's relations, likewise batched.
	entityRelationCounts loader[relationsKey, int]
	// articleRelations loads a page of the relations an article reports; the pages of all
	// articles asked with the same page request come in one query.
	articleRelations loader[relationsKey, geokg.EdgePage]
	// articleRelationCounts counts the relations an article reports, batched.
	articleRelationCounts loader[string, int]
	// contests loads the statements that contest an edge, at most MaxPage of them.
	contests loader[contestKey, []geokg.Statement]
	// articleTexts loads articles' texts ("" when unknown).
	articleTexts loader[string, string]
	// needs holds what each selection of the request that shows a relation's carried
	// parts asks of them (see carriesEnd and carriesEvidence), worked out once for all
	// the elements of a list, not once per element.
	needs sync.Map // selectionKey -> geokg.PageWith
}

// selectionKey names a field's collected sub-selections: gqlgen collects the fields of
// a selection set once per request and gives every element of a list the same
// collection, whose slice is never changed after. The pointer keeps the slice alive, so
// no other selection can take its address while the key is held.
type selectionKey struct {
	first *ast.Selection
	n     int
}

// need returns what the field f asks of a relation's carried parts, as ask works it
// out, once per selection of the request (l may be nil: then every time).
func (l *Loaders) need(f *graphql.CollectedField, ask func() geokg.PageWith) geokg.PageWith {
	if l == nil || len(f.Selections) == 0 {
		return ask()
	}
	k := selectionKey{first: &f.Selections[0], n: len(f.Selections)}
	if w, ok := l.needs.Load(k); ok {
		return w.(geokg.PageWith)
	}
	w := ask()
	l.needs.Store(k, w)
	return w
}

// contestKey names the edge whose contesting statements are wanted.
type contestKey struct {
	subject, object string
	typ             geokg.RelationType
}

func contestKeyOf(rel *model.Relation) contestKey {
	return contestKey{subject: rel.SubjectID, object: rel.ObjectID, typ: rel.Type}
}

// relationsKey identifies one entity's relations page: the entity and the arguments.
type relationsKey struct {
	id   string
	args relationsArgs
}

// relationsArgs are the arguments of an entity's relations in a comparable form.
type relationsArgs struct {
	direction       geokg.Direction
	types, from, to string // types joined with ","
	first           int
	after           string
	order           geokg.RelationOrder
	asOf            string
}

func newRelationsArgs(q geokg.EntityRelationQuery, p geokg.PageRequest) relationsArgs {
	types := make([]string, 0, len(q.Types))
	for _, t := range q.Types {
		types = append(types, string(t))
	}
	return relationsArgs{direction: q.Direction, types: strings.Join(types, ","), from: q.From, to: q.To, first: p.First, after: p.After,
		order: q.Order, asOf: q.AsOf}
}

func (a relationsArgs) query() geokg.EntityRelationQuery {
	q := geokg.EntityRelationQuery{Direction: a.direction, From: a.from, To: a.to, Order: a.order, AsOf: a.asOf}
	if a.types != "" {
		for _, t := range strings.Split(a.types, ",") {
			q.Types = append(q.Types, geokg.RelationType(t))
		}
	}
	return q
}

// byArgs groups keys by their arguments, keeping each key's index.
// byIDsAndArgs adapts a lookup of many ids with the same arguments into a loader fetch:
// keys are grouped by their arguments, and each group costs one call.
func byIDsAndArgs[T any](get func(context.Context, []string, relationsArgs) (map[string]T, error)) func(context.Context, []relationsKey) ([]T, []error) {
	return func(ctx context.Context, keys []relationsKey) ([]T, []error) {
		out := make([]T, len(keys))
		for args, at := range byArgs(keys) {
			m, err := get(ctx, idsAt(keys, at), args)
			if err != nil {
				return nil, []error{err} // one error for every key: dataloadgen gives it to all
			}
			for _, i := range at {
				out[i] = m[keys[i].id]
			}
		}
		return out, nil
	}
}

func byArgs(keys []relationsKey) map[relationsArgs][]int {
	groups := map[relationsArgs][]int{}
	for i, k := range keys {
		groups[k.args] = append(groups[k.args], i)
	}
	return groups
}

func idsAt(keys []relationsKey, at []int) []string {
	ids := make([]string, 0, len(at))
	for _, i := range at {
		ids = append(ids, keys[i].id)
	}
	return ids
}

// fetchFunc loads the values of keys in their order (a dataloadgen fetch).
type fetchFunc[K comparable, V any] func(context.Context, []K) ([]V, []error)

// loader is a dataloadgen loader that keeps its fetch, so that what can be batched
// without waiting (a page's subjects, its evidence, a root lookup) is fetched at once with
// LoadNow, and only fields whose keys arrive one resolver at a time wait for a batch. It
// is made on its first use: a request builds only the loaders its fields use (a lookup of
// one entity, one), and building the others costs it nothing.
type loader[K comparable, V any] struct {
	r *Resolver
	// build returns the fetch over r's roles; a function without captured variables, so
	// that setting it allocates nothing.
	build func(*Resolver) fetchFunc[K, V]
	opts  []dataloadgen.Option

	once  sync.Once
	fetch fetchFunc[K, V]
	dl    *dataloadgen.Loader[K, V]
	mu    sync.Mutex
	known map[K]bool // keys primed or fetched by LoadNow: their values are in the cache
}

// isKnown reports whether k's value is in the cache (primed, or fetched by LoadNow).
func (l *loader[K, V]) isKnown(k K) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.known[k]
}

// newLoader returns a loader over fetch.
func newLoader[K comparable, V any](fetch fetchFunc[K, V], opts ...dataloadgen.Option) *loader[K, V] {
	return &loader[K, V]{build: func(*Resolver) fetchFunc[K, V] { return fetch }, opts: opts}
}

// over sets the fetch of the loader: build's, over r, made on the loader's first use.
func (l *loader[K, V]) over(r *Resolver, build func(*Resolver) fetchFunc[K, V]) {
	l.r, l.build, l.opts = r, build, loaderOptions
}

// get returns the dataloadgen loader, made on the first call.
func (l *loader[K, V]) get() *dataloadgen.Loader[K, V] {
	l.once.Do(func() {
		l.fetch = l.build(l.r)
		l.dl = dataloadgen.NewLoader(l.fetch, l.opts...)
	})
	return l.dl
}

// Load returns the value of a key, waiting for a batch unless the key is in the cache.
func (l *loader[K, V]) Load(ctx context.Context, k K) (V, error) { return l.get().Load(ctx, k) }

// LoadAll returns the values of keys in one batch (see dataloadgen.Loader.LoadAll).
func (l *loader[K, V]) LoadAll(ctx context.Context, keys []K) ([]V, error) {
	return l.get().LoadAll(ctx, keys)
}

// Prime puts a value in the cache (unless one is there) and remembers the key as known.
func (l *loader[K, V]) Prime(k K, v V) bool {
	dl := l.get()
	l.mu.Lock()
	if l.known == nil {
		l.known = map[K]bool{}
	}
	l.known[k] = true
	l.mu.Unlock()
	return dl.Prime(k, v)
}

// LoadNow fetches the keys not yet known in one call, without waiting for a batch, primes
// the loader with the values (so that the fields that ask for them later find them) and
// returns the values of keys in their order.
func (l *loader[K, V]) LoadNow(ctx context.Context, keys []K) ([]V, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	l.get()
	seen := make(map[K]bool, len(keys))
	missing := make([]K, 0, len(keys))
	for _, k := range keys {
		if !l.isKnown(k) && !seen[k] {
			seen[k] = true
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		vals, errs := l.fetch(ctx, missing)
		for _, err := range errs {
			if err != nil {
				return nil, err
			}
		}
		if len(vals) != len(missing) {
			return nil, fmt.Errorf("loader: %d values for %d keys", len(vals), len(missing))
		}
		for i, k := range missing {
			l.Prime(k, vals[i])
		}
	}
	// Every key is in the cache now: Load returns without a batch.
	out := make([]V, len(keys))
	for i, k := range keys {
		v, err := l.Load(ctx, k)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

type loadersKey struct{}

// loaderOptions: batches up to 1000 keys (more than a page may hold) gathered for 1ms.
// Only loads that come one resolver at a time wait (nested fields that no page primed);
// root lookups and the priming of a page use LoadNow and do not wait.
var loaderOptions = []dataloadgen.Option{dataloadgen.WithBatchCapacity(1000), dataloadgen.WithWait(time.Millisecond)}

// WithLoaders returns ctx carrying fresh loaders over r.Lookup and r.Relations, for one
// request.
func (r *Resolver) WithLoaders(ctx context.Context) context.Context {
	// One allocation for all the loaders; each is made when a field first uses it (see
	// loader). The functions given to over capture nothing: they read r when called.
	l := &Loaders{}
	l.entities.over(r, func(r *Resolver) fetchFunc[string, *geokg.Entity] { return byID(r.Lookup.Entities) })
	l.articles.over(r, func(r *Resolver) fetchFunc[string, *geokg.Article] { return byID(r.Lookup.Articles) })
	l.events.over(r, func(r *Resolver) fetchFunc[string, *geokg.Event] { return byID(r.Lookup.Events) })
	l.evidence.over(r, func(r *Resolver) fetchFunc[evidenceKey, []geokg.Evidence] {
		g := r.Lookup
		return func(ctx context.Context, keys []evidenceKey) ([][]geokg.Evidence, []error) {
			// One query per limit, for all the edges and scopes asked with it.
			byLimit := map[int][]geokg.EvidenceRequest{}
			for _, k := range keys {
				byLimit[k.limit] = append(byLimit[k.limit], k.req)
			}
			// Every property is read, whatever the selection.
			found := map[evidenceKey][]geokg.Evidence{}
			for n, reqs := range byLimit {
				m, err := g.Evidence(ctx, reqs, n)
				if err != nil {
					return nil, []error{err} // one error for every key: dataloadgen gives it to all
				}
				for q, ev := range m {
					found[evidenceKey{req: q, limit: n}] = ev
				}
			}
			out := make([][]geokg.Evidence, len(keys))
			for i, k := range keys {
				out[i] = found[k]
			}
			return out, nil
		}
	})
	l.articleEntities.over(r, func(r *Resolver) fetchFunc[string, []string] { return inOrder(r.Lookup.ArticleEntities) })
	l.articleTexts.over(r, func(r *Resolver) fetchFunc[string, string] { return inOrder(r.loadTexts) })
	l.entityRelations.over(r, func(r *Resolver) fetchFunc[relationsKey, geokg.EdgePage] {
		rel := r.Relations
		return byIDsAndArgs(func(ctx context.Context, ids []string, a relationsArgs) (map[string]geokg.EdgePage, error) {
			return rel.EntityRelations(ctx, ids, a.query(), geokg.PageRequest{First: a.first, After: a.after})
		})
	})
	l.entityRelationCounts.over(r, func(r *Resolver) fetchFunc[relationsKey, int] {
		rel := r.Relations
		return byIDsAndArgs(func(ctx context.Context, ids []string, a relationsArgs) (map[string]int, error) {
			return rel.CountEntityRelations(ctx, ids, a.query())
		})
	})
	l.articleRelations.over(r, func(r *Resolver) fetchFunc[relationsKey, geokg.EdgePage] {
		rel := r.Relations
		return byIDsAndArgs(func(ctx context.Context, ids []string, a relationsArgs) (map[string]geokg.EdgePage, error) {
			return rel.ArticleRelations(ctx, ids, geokg.PageRequest{First: a.first, After: a.after})
		})
	})
	l.articleRelationCounts.over(r, func(r *Resolver) fetchFunc[string, int] { return inOrder(r.Relations.CountArticleRelations) })
	l.contests.over(r, func(r *Resolver) fetchFunc[contestKey, []geokg.Statement] {
		g, max := r.Lookup, r.Limits.MaxPage
		return func(ctx context.Context, keys []contestKey) ([][]geokg.Statement, []error) {
			edges := make([]geokg.Edge, len(keys))
			for i, k := range keys {
				edges[i] = geokg.Edge{Subject: k.subject, Type: k.typ, Object: k.object}
			}
			m, err := g.Contests(ctx, edges, max)
			if err != nil {
				return nil, []error{err} // one error for every key: dataloadgen gives it to all
			}
			out := make([][]geokg.Statement, len(keys))
			for i, e := range edges {
				out[i] = m[e.Key()]
			}
			return out, nil
		}
	})
	return context.WithValue(ctx, loadersKey{}, l)
}

// loaders returns the request's loaders; a context without them gets fresh ones that
// load through nothing, which only happens when the server was wired wrongly.
func loaders(ctx context.Context) *Loaders {
	l, _ := ctx.Value(loadersKey{}).(*Loaders)
	return l
}

// byID adapts a batch lookup by ids into a loader fetch; unknown ids load as nil.
func byID[T any](get func(context.Context, []string) (map[string]T, error)) func(context.Context, []string) ([]*T, []error) {
	return func(ctx context.Context, ids []string) ([]*T, []error) {
		m, err := get(ctx, ids)
		if err != nil {
			return nil, []error{err} // one error for every key: dataloadgen gives it to all
		}
		out := make([]*T, len(ids))
		for i, id := range ids {
			if v, ok := m[id]; ok {
				out[i] = &v
			}
		}
		return out, nil
	}
}

// inOrder adapts a batch lookup by ids into a loader fetch; unknown ids load as zero.
func inOrder[T any](get func(context.Context, []string) (map[string]T, error)) func(context.Context, []string) ([]T, []error) {
	return func(ctx context.Context, ids []string) ([]T, []error) {
		m, err := get(ctx, ids)
		if err != nil {
			return nil, []error{err} // one error for every key: dataloadgen gives it to all
		}
		out := make([]T, len(ids))
		for i, id := range ids {
			out[i] = m[id]
		}
		return out, nil
	}
}

// evidenceKey asks for the evidence of one edge within a scope (the dates and article of
// the filter that selected the edge), at most limit statements. The loader's fetch reads
// every property of the statements, which answers any selection of them (a page that
// reads only some carries them on its relations' models instead: see pageRead.carry).
type evidenceKey struct {
	req   geokg.EvidenceRequest
	limit int
}

// relationEvidenceKey asks for the evidence of a relation as the response has it.
func relationEvidenceKey(rel *model.Relation, limit int) evidenceKey {
	req := geokg.EvidenceRequest{Subject: rel.SubjectID, Type: rel.Type, Object: rel.ObjectID, Scope: rel.Scope}
	return evidenceKey{req: req, limit: limit}
}

// evidenceFields returns the properties of a statement that the selection f (of an
// Evidence) asks for, its id, its article's id (for article) and its event's id (for
// event) included, normalised (0: every one; also when it asks for none of them, or for a
// field it does not know).
func evidenceFields(ctx context.Context, f *graphql.CollectedField) geokg.EvidenceFields {
	if f == nil {
		return 0
	}
	return selectedFields(ctx, []graphql.CollectedField{*f}, geokg.EvidenceField).Normal()
}

// relationProperties are the fields of a Relation that show a property of its edge, and
// the property each shows.
var relationProperties = map[string]geokg.EdgeFields{
	"count": geokg.EdgeCount, "articleCount": geokg.EdgeArticles, "sourceCount": geokg.EdgeSources,
	"firstSeen": geokg.EdgeFirstSeen, "lastSeen": geokg.EdgeLastSeen, "date": geokg.EdgeLastSeen,
	"confidence": geokg.EdgeConfidence,
}

// edgeFields returns the properties of an edge that the selections fs (of relations) ask
// for together, normalised as entityFields does: the fields that show none (the id, the
// type and what follows from it, the ends, the statements...) are passed over.
func edgeFields(ctx context.Context, fs []graphql.CollectedField) geokg.EdgeFields {
	return selectedFields(ctx, fs, func(name string) (geokg.EdgeFields, bool) {
		f, ok := relationProperties[name]
		return f, ok
	}, "id", "type", "cameo", "plover", "goldstein", "symmetric", "subject", "object",
		"contested", "contestedBy", "event", "evidence").Normal()
}

// entityFields returns the properties of an entity that the selections fs (of entities)
// ask for together, normalised (0: every one; also when they ask for none of them, or
// for a field that is neither a property nor answered without one).
func entityFields(ctx context.Context, fs []graphql.CollectedField) geokg.EntityFields {
	return selectedFields(ctx, fs, geokg.EntityField, "id", "kind", "relations").Normal()
}

// articleFields returns the properties of an article that the selections fs (of
// articles) ask for together, normalised as entityFields does.
func articleFields(ctx context.Context, fs []graphql.CollectedField) geokg.ArticleFields {
	return selectedFields(ctx, fs, geokg.ArticleField, "id", "text", "entities", "relations").Normal()
}

// selectedFields returns the union of the property bits (bit) of the fields that the
// selections fs ask for, passing over __typename and the fields named in skip (always
// read, or loaded by id); 0 when one of them is no property.
func selectedFields[F ~uint8 | ~uint16](ctx context.Context, fs []graphql.CollectedField, bit func(string) (F, bool), skip ...string) F {
	var fields F
	for _, f := range fs {
	next:
		for _, c := range graphql.CollectFields(graphql.GetOperationContext(ctx), f.Selections, nil) {
			if c.Name == "__typename" {
				continue
			}
			for _, k := range skip {
				if c.Name == k {
					continue next
				}
			}
			b, ok := bit(c.Name)
			if !ok {
				return 0
			}
			fields |= b
		}
	}
	return fields
}
