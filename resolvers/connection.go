package resolvers

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/graph/model"
)

// relationConnection loads one page of relations and primes the request's loaders with
// everything the selection set asks of the page (subjects, objects, evidence and its
// articles and events), one batch each, so that nested fields cost no further queries.
// When the store reads a page with its parts (relationPages), what the page's read
// brought is carried on the relations' models instead (see carry).
func (r *Resolver) relationConnection(ctx context.Context, f geokg.RelationFilter, first *int, after *string) (*model.RelationConnection, error) {
	n, err := r.pageSize(first, r.Limits.DefaultPage)
	if err != nil {
		return nil, err
	}
	p := geokg.PageRequest{First: n, After: deref(after)}
	if pw, ok := r.Relations.(relationPages); ok && loaders(ctx) != nil {
		read, err := r.pageWith(ctx, pw, f, p)
		if err != nil {
			return nil, err
		}
		conn := connectionModel(read.got.EdgePage, f.Scope())
		conn.Filter = f
		read.carry(conn)
		return conn, r.prime(ctx, requests(read.got.Edges, f.Scope()), child(ctx, child(ctx, nil, "edges"), "node"), read)
	}
	page, err := r.Relations.Relations(ctx, f, p, false)
	if err != nil {
		return nil, err
	}
	conn := connectionModel(page, f.Scope())
	conn.Filter = f
	return conn, r.primeConnection(ctx, requests(page.Edges, f.Scope()))
}

// relationPages is a RelationReader that reads a page of relations with its ends,
// evidence and articles in one query.
type relationPages interface {
	RelationsWith(ctx context.Context, f geokg.RelationFilter, p geokg.PageRequest, with geokg.PageWith) (geokg.EdgePageWith, error)
}

// pageRead is a page of relations read with its parts: what was asked (with) and what
// came (got).
type pageRead struct {
	with  geokg.PageWith
	got   geokg.EdgePageWith
	scope geokg.EvidenceScope
}

// pageWith reads a page of relations with what the selection asks of its edges (their
// ends, their evidence and its articles, each with the properties the selection names)
// in one query. The ends and articles also prime the request's loaders when they were
// read whole, for the other fields of the request that show them.
func (r *Resolver) pageWith(ctx context.Context, pw relationPages, f geokg.RelationFilter, p geokg.PageRequest) (*pageRead, error) {
	rel := child(ctx, child(ctx, nil, "edges"), "node")
	var with geokg.PageWith
	// The edges' properties that every selection of the page's relations asks for (their
	// model fields answer from the read, with nothing to load them later).
	var nodes []graphql.CollectedField
	for _, edges := range children(ctx, nil, "edges") {
		nodes = append(nodes, children(ctx, &edges, "node")...)
	}
	with.EdgeFields = edgeFields(ctx, nodes)
	if rel != nil {
		if ends := children(ctx, rel, "subject", "object"); len(ends) > 0 {
			with.Ends, with.EntityFields = true, entityFields(ctx, ends)
		}
		if ev := child(ctx, rel, "evidence"); ev != nil {
			if per := intArg(ctx, ev, "first", r.Limits.DefaultEvidence); per > 0 && per <= r.Limits.MaxPage {
				with.Evidence = per // otherwise the evidence resolver says what is wrong
				with.EvidenceFields = evidenceFields(ctx, ev)
				if arts := children(ctx, ev, "article"); len(arts) > 0 {
					with.Articles, with.ArticleFields = true, articleFields(ctx, arts)
				}
			}
		}
	}
	got, err := pw.RelationsWith(ctx, f, p, with)
	if err != nil {
		return nil, err
	}
	l := loaders(ctx)
	if with.Ends && with.EntityFields == 0 {
		for _, e := range got.Edges {
			for _, id := range []string{e.Subject, e.Object} {
				if en, ok := got.Entities[id]; ok {
					l.entities.Prime(id, &en)
				} else {
					l.entities.Prime(id, nil) // gone, as the loader would find it
				}
			}
		}
	}
	if with.Articles && with.ArticleFields == 0 {
		for id, a := range got.Articles {
			l.articles.Prime(id, &a)
		}
	}
	return &pageRead{with: with, got: got, scope: f.Scope()}, nil
}

// carry puts what the page's read brought on the relations of conn (its page): their
// ends, their statements and the statements' articles, as models, and what they hold
// (Relation.Carried), so that the fields whose selection it covers answer from the model
// with no loader.
func (pr *pageRead) carry(conn *model.RelationConnection) {
	articles := map[string]*model.Article{}
	if pr.with.Articles {
		for id, a := range pr.got.Articles {
			articles[id] = articleModel(a)
		}
	}
	for i := range conn.Edges {
		rel := conn.Edges[i].Node
		rel.Carried = pr.with
		if pr.with.Ends {
			if en, ok := pr.got.Entities[rel.SubjectID]; ok {
				rel.Subject = entityModel(en)
			}
			if en, ok := pr.got.Entities[rel.ObjectID]; ok {
				rel.Object = entityModel(en)
			}
		}
		if pr.with.Evidence > 0 {
			list := pr.got.Evidence[geokg.EvidenceRequest{Subject: rel.SubjectID, Type: rel.Type, Object: rel.ObjectID, Scope: pr.scope}]
			rel.Evidence = make([]model.Evidence, len(list))
			for j, ev := range list {
				rel.Evidence[j] = evidenceModel(ev)
				rel.Evidence[j].Article = articles[ev.ArticleID] // nil when gone or not read: the resolver loads it
			}
		}
	}
}

// connectionModel maps a page of edges whose evidence comes from within scope.
func connectionModel(page geokg.EdgePage, scope geokg.EvidenceScope) *model.RelationConnection {
	conn := &model.RelationConnection{
		Edges:    make([]model.RelationEdge, 0, len(page.Edges)),
		PageInfo: &model.PageInfo{HasNextPage: page.HasNext, EndCursor: optional(page.EndCursor)},
	}
	for _, e := range page.Edges {
		rel := relationModel(e)
		rel.Scope = scope
		conn.Edges = append(conn.Edges, model.RelationEdge{Cursor: e.Cursor, Node: &rel})
	}
	return conn
}

// requests returns the evidence requests of edges within one scope.
func requests(edges []geokg.Edge, scope geokg.EvidenceScope) []geokg.EvidenceRequest {
	out := make([]geokg.EvidenceRequest, 0, len(edges))
	for _, e := range edges {
		out = append(out, geokg.EvidenceOf(e, scope))
	}
	return out
}

// primeConnection primes the loaders for the relations of a connection's page.
func (r *Resolver) primeConnection(ctx context.Context, edges []geokg.EvidenceRequest) error {
	return r.prime(ctx, edges, child(ctx, child(ctx, nil, "edges"), "node"), nil)
}

// prime loads, in one batch per kind of thing, what the selection rel (of a Relation) asks
// of the edges (each with the scope of its evidence): their subjects and objects, their
// evidence and its articles and events, and the relations of their subjects and objects
// (with what those ask in turn), so that nested fields cost the same few queries however
// many edges there are. What read (nil: nothing) brought on the models is not loaded
// again.
func (r *Resolver) prime(ctx context.Context, edges []geokg.EvidenceRequest, rel *graphql.CollectedField, read *pageRead) error {
	l := loaders(ctx)
	if l == nil || len(edges) == 0 || rel == nil {
		return nil
	}
	subject, object := child(ctx, rel, "subject"), child(ctx, rel, "object")
	// The subjects and objects load beside the evidence (two queries at once, not one
	// after the other).
	var entityErr error
	var wg sync.WaitGroup
	if (subject != nil || object != nil) && (read == nil || !read.with.Ends) {
		ids := make([]string, 0, 2*len(edges))
		for _, e := range edges {
			ids = append(ids, e.Subject, e.Object)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, entityErr = l.entities.LoadNow(ctx, ids)
		}()
	}
	err := r.primeEvidence(ctx, edges, child(ctx, rel, "evidence"), read)
	wg.Wait()
	if err != nil {
		return err
	}
	if entityErr != nil {
		return entityErr
	}
	if child(ctx, rel, "event") != nil {
		if err := r.primeEvents(ctx, edges); err != nil {
			return err
		}
	}
	// The relations of the subjects and of the objects, one batch for each.
	for _, side := range []*graphql.CollectedField{subject, object} {
		if side == nil {
			continue // child(ctx, nil, ...) would read the selection of the field being resolved
		}
		nested := child(ctx, side, "relations")
		if nested == nil {
			continue
		}
		ids := make([]string, 0, len(edges))
		for _, e := range edges {
			if side == subject {
				ids = append(ids, e.Subject)
			} else {
				ids = append(ids, e.Object)
			}
		}
		if err := r.primeEntityRelations(ctx, ids, nested); err != nil {
			return err
		}
	}
	return nil
}

// primeEvents loads what Relation.event reads: the newest statements of each edge (as
// many as Relation.evidence shows by default, so the two share a query) and the events
// they name.
func (r *Resolver) primeEvents(ctx context.Context, edges []geokg.EvidenceRequest) error {
	l := loaders(ctx)
	keys := make([]evidenceKey, 0, len(edges))
	for _, e := range edges {
		keys = append(keys, evidenceKey{req: e, limit: r.Limits.DefaultEvidence})
	}
	lists, err := l.evidence.LoadNow(ctx, keys)
	if err != nil {
		return err
	}
	var eventIDs []string
	for _, list := range lists {
		for _, ev := range list {
			if ev.EventID != "" {
				eventIDs = append(eventIDs, ev.EventID)
				break
			}
		}
	}
	if len(eventIDs) > 0 {
		_, err = l.events.LoadNow(ctx, eventIDs)
	}
	return err
}

// primeEvidence loads the evidence of the edges that the selection ev asks for, and its
// articles and events; the evidence and articles that read brought are not loaded again.
func (r *Resolver) primeEvidence(ctx context.Context, edges []geokg.EvidenceRequest, ev *graphql.CollectedField, read *pageRead) error {
	if ev == nil {
		return nil
	}
	l := loaders(ctx)
	per := intArg(ctx, ev, "first", r.Limits.DefaultEvidence)
	if per <= 0 || per > r.Limits.MaxPage {
		return nil // the evidence resolver says what is wrong
	}
	var lists [][]geokg.Evidence
	articlesKnown := false
	if read != nil && read.with.Evidence > 0 {
		// The page read this selection's statements (and their articles when it asks for
		// them): they are on the models.
		for _, e := range edges {
			lists = append(lists, read.got.Evidence[e])
		}
		articlesKnown = read.with.Articles
	} else {
		keys := make([]evidenceKey, 0, len(edges))
		for _, e := range edges {
			keys = append(keys, evidenceKey{req: e, limit: per})
		}
		if la, ok := r.Lookup.(evidenceArticles); ok && child(ctx, ev, "article") != nil {
			if err := primeEvidenceWithArticles(ctx, la, l, keys, per); err != nil {
				return err
			}
		}
		var err error
		if lists, err = l.evidence.LoadNow(ctx, keys); err != nil {
			return err
		}
	}
	var articleIDs, eventIDs []string
	for _, list := range lists {
		for _, ev := range list {
			articleIDs = append(articleIDs, ev.ArticleID)
			if ev.EventID != "" {
				eventIDs = append(eventIDs, ev.EventID)
			}
		}
	}
	if article := child(ctx, ev, "article"); article != nil && len(articleIDs) > 0 {
		if !articlesKnown {
			if _, err := l.articles.LoadNow(ctx, articleIDs); err != nil {
				return err
			}
		}
		if nested := child(ctx, article, "relations"); nested != nil {
			if err := r.primeArticleRelations(ctx, articleIDs, nested); err != nil {
				return err
			}
		}
	}
	if child(ctx, ev, "event") != nil && len(eventIDs) > 0 {
		if _, err := l.events.LoadNow(ctx, eventIDs); err != nil {
			return err
		}
	}
	return nil
}

// primeArticleRelations loads the relations field (the selection f) of every article in
// ids in one batch, with their totalCount when asked, and primes what f asks of their
// edges. Arguments the resolver would refuse are left for it to report.
func (r *Resolver) primeArticleRelations(ctx context.Context, ids []string, f *graphql.CollectedField) error {
	first := intArg(ctx, f, "first", r.Limits.DefaultPage)
	if first < 0 || first > r.Limits.MaxPage {
		return nil
	}
	after, _ := f.ArgumentMap(graphql.GetOperationContext(ctx).Variables)["after"].(string)
	l := loaders(ctx)
	keys := make([]relationsKey, 0, len(ids))
	for _, id := range ids {
		keys = append(keys, relationsKey{id: id, args: newRelationsArgs(geokg.EntityRelationQuery{}, geokg.PageRequest{First: first, After: after})})
	}
	pages, err := l.articleRelations.LoadNow(ctx, keys)
	if err != nil {
		return err
	}
	if child(ctx, f, "totalCount") != nil {
		if _, err := l.articleRelationCounts.LoadNow(ctx, ids); err != nil {
			return err
		}
	}
	scopes := make([]geokg.EvidenceScope, len(ids))
	for i, id := range ids {
		scopes[i] = geokg.EvidenceScope{ArticleID: id}
	}
	return r.prime(ctx, distinctRequests(pages, scopes), nodeOf(ctx, f), nil)
}

// distinctRequests returns the evidence requests of the edges of the pages, each once;
// the edges of pages[i] have the scope scopes[i].
func distinctRequests(pages []geokg.EdgePage, scopes []geokg.EvidenceScope) []geokg.EvidenceRequest {
	var out []geokg.EvidenceRequest
	seen := map[geokg.EvidenceRequest]bool{}
	for i, p := range pages {
		for _, e := range p.Edges {
			q := geokg.EvidenceOf(e, scopes[i])
			if !seen[q] {
				seen[q] = true
				out = append(out, q)
			}
		}
	}
	return out
}

// primeEntityRelations loads the relations field (the selection f) of every entity in ids
// in one batch, with their totalCount when asked, and primes what f asks of their edges.
// Arguments the resolver would refuse are left for it to report.
func (r *Resolver) primeEntityRelations(ctx context.Context, ids []string, f *graphql.CollectedField) error {
	args := f.ArgumentMap(graphql.GetOperationContext(ctx).Variables)
	var direction *geokg.Direction
	if d, ok := args["direction"].(string); ok {
		dir := geokg.Direction(d)
		direction = &dir
	}
	var types []geokg.RelationType
	if ts, ok := args["types"].([]any); ok {
		for _, t := range ts {
			if s, ok := t.(string); ok {
				types = append(types, geokg.RelationType(s))
			}
		}
	}
	str := func(name string) *string {
		v, ok := args[name].(string)
		if !ok {
			return nil
		}
		return &v
	}
	var order *model.RelationOrder
	if o, ok := args["orderBy"].(map[string]any); ok {
		field, _ := o["field"].(string)
		dir, _ := o["direction"].(string)
		order = &model.RelationOrder{Field: geokg.OrderField(field), Direction: sortDirection(dir)}
	}
	only, _ := args["interactionsOnly"].(bool)
	q, err := entityRelationQuery(direction, types, str("from"), str("to"), order, &only, str("asOf"))
	if err != nil {
		return nil // the resolver says what is wrong
	}
	first := intArg(ctx, f, "first", r.Limits.DefaultPage)
	if first < 0 || first > r.Limits.MaxPage {
		return nil
	}
	after, _ := args["after"].(string)
	l := loaders(ctx)
	keys := make([]relationsKey, 0, len(ids))
	for _, id := range ids {
		keys = append(keys, relationsKey{id: id, args: newRelationsArgs(q, geokg.PageRequest{First: first, After: after})})
	}
	pages, err := l.entityRelations.LoadNow(ctx, keys)
	if err != nil {
		return err
	}
	if child(ctx, f, "totalCount") != nil {
		counts := make([]relationsKey, 0, len(ids))
		for _, id := range ids {
			counts = append(counts, relationsKey{id: id, args: newRelationsArgs(q, geokg.PageRequest{})})
		}
		if _, err := l.entityRelationCounts.LoadNow(ctx, counts); err != nil {
			return err
		}
	}
	scopes := make([]geokg.EvidenceScope, len(ids))
	for i, id := range ids {
		scopes[i] = q.Filter(id).Scope()
	}
	return r.prime(ctx, distinctRequests(pages, scopes), nodeOf(ctx, f), nil)
}

// entityRelations is the relations field of every entity type. It loads the page through
// the request's loader, so that the relations of all the entities of a list (nested
// relations) come in one query per set of arguments.
func (r *Resolver) entityRelations(ctx context.Context, id string, direction *geokg.Direction, types []geokg.RelationType, from, to *string, first *int, after *string,
	orderBy *model.RelationOrder, interactionsOnly *bool, asOf *string) (*model.RelationConnection, error) {
	q, err := entityRelationQuery(direction, types, from, to, orderBy, interactionsOnly, asOf)
	if err != nil {
		return nil, err
	}
	n, err := r.pageSize(first, r.Limits.DefaultPage)
	if err != nil {
		return nil, err
	}
	p := geokg.PageRequest{First: n, After: deref(after)}
	page, err := loaders(ctx).entityRelations.Load(ctx, relationsKey{id: id, args: newRelationsArgs(q, p)})
	if err != nil {
		return nil, err
	}
	f := q.Filter(id)
	conn := connectionModel(page, f.Scope())
	conn.Filter, conn.EntityID, conn.EntityQuery = f, id, q
	return conn, r.primeConnection(ctx, requests(page.Edges, f.Scope()))
}

// articleRelations is the relations field of Article. It loads the page through the
// request's loader, so that the relations of all the articles of a list come in one query.
func (r *Resolver) articleRelations(ctx context.Context, id string, first *int, after *string) (*model.RelationConnection, error) {
	n, err := r.pageSize(first, r.Limits.DefaultPage)
	if err != nil {
		return nil, err
	}
	p := geokg.PageRequest{First: n, After: deref(after)}
	page, err := loaders(ctx).articleRelations.Load(ctx, relationsKey{id: id, args: newRelationsArgs(geokg.EntityRelationQuery{}, p)})
	if err != nil {
		return nil, err
	}
	f := geokg.RelationFilter{ArticleID: id}
	conn := connectionModel(page, f.Scope())
	conn.Filter, conn.ArticleID = f, id
	return conn, r.primeConnection(ctx, requests(page.Edges, f.Scope()))
}

// totalCount counts the relations of a connection: through the batched loaders for an
// entity's or an article's relations, with one query otherwise.
func (r *Resolver) totalCount(ctx context.Context, conn *model.RelationConnection) (int, error) {
	switch {
	case conn.EntityID != "":
		return loaders(ctx).entityRelationCounts.Load(ctx, relationsKey{id: conn.EntityID, args: newRelationsArgs(conn.EntityQuery, geokg.PageRequest{})})
	case conn.ArticleID != "":
		return loaders(ctx).articleRelationCounts.Load(ctx, conn.ArticleID)
	}
	return r.Relations.CountRelations(ctx, conn.Filter)
}

// entity loads one entity through the request's loader, or nil when it is unknown.
func (r *Resolver) entity(ctx context.Context, id string) (model.Entity, error) {
	if id == "" {
		return nil, nil
	}
	e, err := loaders(ctx).entities.Load(ctx, id)
	if err != nil || e == nil {
		return nil, err
	}
	return entityModel(*e), nil
}

// rootEntity looks one entity up for a root field: one query, no wait for a batch (a root
// field has nothing to batch with). When its relations are selected, they are loaded and
// primed at once too. It returns nil when the entity is unknown.
func (r *Resolver) rootEntity(ctx context.Context, id string) (model.Entity, error) {
	es, err := loaders(ctx).entities.LoadNow(ctx, []string{id})
	if err != nil || len(es) == 0 || es[0] == nil {
		return nil, err
	}
	if rel := child(ctx, nil, "relations"); rel != nil {
		if err := r.primeEntityRelations(ctx, []string{id}, rel); err != nil {
			return nil, err
		}
	}
	return entityModel(*es[0]), nil
}

// entities loads entities through the request's loader, in the order of ids, leaving out
// unknown ones.
func (r *Resolver) entities(ctx context.Context, ids []string) ([]model.Entity, error) {
	es, err := loaders(ctx).entities.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]model.Entity, 0, len(es))
	for _, e := range es {
		if e != nil {
			out = append(out, entityModel(*e))
		}
	}
	return out, nil
}

// country loads the country with an ISO code, or nil; root is true for the root field,
// which looks it up at once (see rootEntity), false for a field of a list's elements,
// which batch.
func (r *Resolver) country(ctx context.Context, code string, root bool) (*model.Country, error) {
	if code == "" {
		return nil, nil
	}
	get := r.entity
	if root {
		get = r.rootEntity
	}
	e, err := get(ctx, geokg.EntityID(geokg.KindCountry, code))
	if err != nil || e == nil {
		return nil, err
	}
	c, _ := e.(*model.Country)
	return c, nil
}

// nodeOf returns the node selection under the edges of a connection's selection f, or nil.
func nodeOf(ctx context.Context, f *graphql.CollectedField) *graphql.CollectedField {
	if f == nil {
		return nil
	}
	edges := child(ctx, f, "edges")
	if edges == nil {
		return nil
	}
	return child(ctx, edges, "node")
}

// evidenceArticles is a Lookup that reads statements with their articles in one query.
type evidenceArticles interface {
	EvidenceWithArticles(ctx context.Context, reqs []geokg.EvidenceRequest, perEdge int) (map[geokg.EvidenceRequest][]geokg.Evidence, map[string]geokg.Article, error)
}

// primeEvidenceWithArticles loads the evidence of the keys the loader does not hold yet
// (all of the same limit per) with its articles, in one query, and primes the evidence
// and article loaders with them.
func primeEvidenceWithArticles(ctx context.Context, la evidenceArticles, l *Loaders, keys []evidenceKey, per int) error {
	var reqs []geokg.EvidenceRequest
	seen := map[geokg.EvidenceRequest]bool{}
	for _, k := range keys {
		if !l.evidence.isKnown(k) && !seen[k.req] {
			seen[k.req] = true
			reqs = append(reqs, k.req)
		}
	}
	if len(reqs) == 0 {
		return nil
	}
	found, articles, err := la.EvidenceWithArticles(ctx, reqs, per)
	if err != nil {
		return err
	}
	for _, k := range keys {
		if seen[k.req] {
			l.evidence.Prime(k, found[k.req]) // every property
		}
	}
	for id, a := range articles {
		l.articles.Prime(id, &a)
	}
	return nil
}

// carriesEnd reports whether the relation's model carries its ends with every property
// the field being resolved (its subject or object) asks for.
func carriesEnd(ctx context.Context, rel *model.Relation) bool {
	if !rel.Carried.Ends {
		return false
	}
	fc := graphql.GetFieldContext(ctx)
	return fc != nil && rel.Carried.Covers(loaders(ctx).need(&fc.Field, func() geokg.PageWith {
		return geokg.PageWith{Ends: true, EntityFields: entityFields(ctx, []graphql.CollectedField{fc.Field})}
	}))
}

// carriesEvidence reports whether the relation's model carries its first n statements
// with every property the field being resolved (its evidence) asks for, and their
// articles with theirs when it asks for them.
func carriesEvidence(ctx context.Context, rel *model.Relation, n int) bool {
	if rel.Carried.Evidence == 0 && n > 0 {
		return false
	}
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return false
	}
	need := loaders(ctx).need(&fc.Field, func() geokg.PageWith {
		need := geokg.PageWith{EvidenceFields: evidenceFields(ctx, &fc.Field)}
		if arts := children(ctx, &fc.Field, "article"); len(arts) > 0 {
			need.Articles, need.ArticleFields = true, articleFields(ctx, arts)
		}
		return need
	})
	need.Evidence = n
	return rel.Carried.Covers(need)
}
