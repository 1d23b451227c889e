package resolvers

import (
	"context"
	"slices"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/graph/model"
)

// This file holds the argument checks and mappings of the traversal, timeline, dashboard
// and subscription fields.

// intOr returns *v, or def when v is nil.
func intOr(v *int, def int) int {
	if v == nil {
		return def
	}
	return *v
}

// bounded checks an Int argument against [lo, hi]: below lo is INVALID_ARGUMENT, above hi
// is LIMIT_EXCEEDED with a message that starts with the name of the limit.
func bounded(name string, v, lo, hi int, limit string) error {
	switch {
	case v < lo:
		return geokg.Errorf(geokg.CodeInvalidArgument, "%s must be at least %d", name, lo)
	case v > hi:
		return geokg.Errorf(geokg.CodeLimitExceeded, "%s: %s must be at most %d", limit, name, hi)
	}
	return nil
}

// entityID checks an entity id argument.
func entityID(id string) error {
	_, _, err := geokg.ParseEntityID(id)
	return err
}

// relationFilter converts the schema's filter.
func relationFilter(filter *model.RelationFilter) (geokg.RelationFilter, error) {
	if filter == nil {
		return geokg.RelationFilter{}, nil
	}
	f := geokg.RelationFilter{Types: filter.Types, MinConfidence: deref(filter.MinConfidence),
		Subject: deref(filter.Subject), Object: deref(filter.Object), Either: deref(filter.Either), ArticleID: deref(filter.Article)}
	var err error
	if f.From, err = bound("from", filter.From, false); err != nil {
		return f, err
	}
	if f.To, err = bound("to", filter.To, true); err != nil {
		return f, err
	}
	if deref(filter.InteractionsOnly) {
		f.Types, err = geokg.Interactions(f.Types)
	}
	return f, err
}

// search finds entities for search and searchHits and primes the entity loader with them.
func (r *Resolver) search(ctx context.Context, text string, kinds []geokg.Kind, first *int) ([]geokg.SearchHit, error) {
	n, err := r.pageSize(first, r.Limits.DefaultSearch)
	if err != nil {
		return nil, err
	}
	hits, err := r.Explorer.Search(ctx, text, kinds, n)
	if err != nil {
		return nil, err
	}
	for _, h := range hits {
		loaders(ctx).entities.Prime(h.Entity.ID, &h.Entity)
	}
	return hits, nil
}

// neighborhoodQuery checks the arguments of neighborhood.
func (r *Resolver) neighborhoodQuery(id string, depth *int, types []geokg.RelationType, limit *int, hops *model.HopFilter, asOf *string) (geokg.NeighborhoodQuery, error) {
	q := geokg.NeighborhoodQuery{ID: id, Depth: intOr(depth, r.Limits.DefaultDepth), Types: types, Limit: intOr(limit, r.Limits.DefaultNeighborhood)}
	if err := entityID(id); err != nil {
		return q, err
	}
	var err error
	if q.Hops, err = hopFilter(types, hops); err != nil {
		return q, err
	}
	if q.Hops.AsOf, err = bound("asOf", asOf, true); err != nil {
		return q, err
	}
	if err := bounded("depth", q.Depth, 0, r.Limits.MaxDepth, "hop limit"); err != nil {
		return q, err
	}
	return q, bounded("limit", q.Limit, 1, r.Limits.MaxNeighborhood, "neighborhood size limit")
}

// neighborhoodModel maps a subgraph and primes the loaders with its entities and with
// what the selection asks of its relations.
func (r *Resolver) neighborhoodModel(ctx context.Context, g geokg.Subgraph, scope geokg.EvidenceScope) (*model.Neighborhood, error) {
	out := &model.Neighborhood{Nodes: make([]model.GraphNode, 0, len(g.Nodes)), Edges: make([]model.GraphEdge, 0, len(g.Edges)), Truncated: g.Truncated}
	l := loaders(ctx)
	for _, n := range g.Nodes {
		e := n.Entity
		l.entities.Prime(e.ID, &e)
		out.Nodes = append(out.Nodes, model.GraphNode{ID: e.ID, Kind: e.Kind, Name: e.Name, Depth: n.Depth, Entity: entityModel(e)})
	}
	for _, e := range g.Edges {
		rel := relationModel(e)
		rel.Scope = scope
		out.Edges = append(out.Edges, model.GraphEdge{
			ID: rel.ID, SubjectID: e.Subject, ObjectID: e.Object, Type: rel.Type, Symmetric: rel.Symmetric,
			Cameo: rel.Cameo, Plover: rel.Plover, Goldstein: rel.Goldstein,
			Count: e.Count, SourceCount: e.Sources, Confidence: rel.Confidence, FirstSeen: rel.FirstSeen, LastSeen: rel.LastSeen, Relation: &rel,
		})
	}
	return out, r.prime(ctx, requests(g.Edges, scope), child(ctx, child(ctx, nil, "edges"), "relation"), nil)
}

// pathQuery checks the arguments of paths.
func (r *Resolver) pathQuery(from, to string, maxHops *int, types []geokg.RelationType, first *int, hops *model.HopFilter, asOf *string) (geokg.PathQuery, error) {
	q := geokg.PathQuery{From: from, To: to, MaxHops: intOr(maxHops, r.Limits.DefaultPathHops), Types: types, First: intOr(first, r.Limits.DefaultPaths)}
	for _, id := range []string{from, to} {
		if err := entityID(id); err != nil {
			return q, err
		}
	}
	var err error
	if q.Hops, err = hopFilter(types, hops); err != nil {
		return q, err
	}
	if q.Hops.AsOf, err = bound("asOf", asOf, true); err != nil {
		return q, err
	}
	if err := bounded("maxHops", q.MaxHops, 1, r.Limits.MaxPathHops, "hop limit"); err != nil {
		return q, err
	}
	return q, bounded("first", q.First, 1, r.Limits.MaxPaths, "path count limit")
}

// pathsModel maps paths and primes the loaders with their entities and, for all the hops
// of all the paths at once, with what the selection asks of them (their evidence above all).
func (r *Resolver) pathsModel(ctx context.Context, paths []geokg.Path, scope geokg.EvidenceScope) ([]model.Path, error) {
	out := make([]model.Path, 0, len(paths))
	var hops []geokg.Edge
	l := loaders(ctx)
	for _, p := range paths {
		mp := model.Path{Hops: make([]model.Relation, 0, len(p.Hops)), Nodes: make([]model.Entity, 0, len(p.Nodes)), Length: len(p.Hops)}
		for _, e := range p.Nodes {
			l.entities.Prime(e.ID, &e)
			mp.Nodes = append(mp.Nodes, entityModel(e))
		}
		for _, h := range p.Hops {
			rel := relationModel(h)
			rel.Scope = scope
			mp.Hops = append(mp.Hops, rel)
		}
		hops = append(hops, p.Hops...)
		out = append(out, mp)
	}
	return out, r.prime(ctx, requests(hops, scope), child(ctx, nil, "hops"), nil)
}

// hopFilter checks the hops argument of neighborhood and paths: its dates, a minimum of
// sources that is not negative, and a polarity that leaves some of the types.
func hopFilter(types []geokg.RelationType, in *model.HopFilter) (geokg.HopFilter, error) {
	if in == nil {
		return geokg.HopFilter{}, nil
	}
	f := geokg.HopFilter{Polarity: deref(in.Polarity), MinSources: deref(in.MinSources)}
	var err error
	if f.From, err = bound("hops.from", in.From, false); err != nil {
		return f, err
	}
	if f.To, err = bound("hops.to", in.To, true); err != nil {
		return f, err
	}
	if f.MinSources < 0 {
		return f, geokg.Errorf(geokg.CodeInvalidArgument, "hops.minSources must not be negative")
	}
	_, err = geokg.HopTypes(types, f)
	return f, err
}

// timelineQuery checks the arguments of timeline.
func (r *Resolver) timelineQuery(id string, other, from, to *string, types []geokg.RelationType, first *int, after *string) (geokg.TimelineQuery, geokg.PageRequest, error) {
	q := geokg.TimelineQuery{ID: id, Other: deref(other), Types: types}
	p := geokg.PageRequest{After: deref(after)}
	var err error
	if err = entityID(id); err != nil {
		return q, p, err
	}
	if q.Other != "" {
		if err = entityID(q.Other); err != nil {
			return q, p, err
		}
	}
	if q.From, err = bound("from", from, false); err != nil {
		return q, p, err
	}
	if q.To, err = bound("to", to, true); err != nil {
		return q, p, err
	}
	p.First, err = r.pageSize(first, r.Limits.DefaultPage)
	return q, p, err
}

// timelineModel maps a timeline page and primes the loaders for its statements' relations.
func (r *Resolver) timelineModel(ctx context.Context, page geokg.TimelinePage) (*model.Timeline, error) {
	out := &model.Timeline{
		Items:    make([]model.TimelineItem, 0, len(page.Items)),
		PageInfo: &model.PageInfo{HasNextPage: page.HasNext, EndCursor: optional(page.EndCursor)},
	}
	var edges []geokg.Edge
	for _, it := range page.Items {
		item := model.TimelineItem{Date: it.Date, Cursor: it.Cursor}
		switch {
		case it.Statement != nil:
			item.Kind = model.TimelineItemKindStatement
			item.Statement = statementModel(*it.Statement)
			edges = append(edges, it.Statement.Edge)
		case it.Event != nil:
			item.Kind = model.TimelineItemKindEvent
			item.Event = eventModel(*it.Event)
		}
		out.Items = append(out.Items, item)
	}
	return out, r.primeTimeline(ctx, page.Items, edges)
}

// primeTimeline loads, one batch each, what the selection asks of a timeline's items: the
// statements' subjects and objects, articles and events, their relations' evidence, and
// the events' targets.
func (r *Resolver) primeTimeline(ctx context.Context, items []geokg.TimelineItem, edges []geokg.Edge) error {
	l := loaders(ctx)
	itemsField := child(ctx, nil, "items")
	statement := child(ctx, itemsField, "statement")
	ends := child(ctx, statement, "subject") != nil || child(ctx, statement, "object") != nil
	targets := child(ctx, child(ctx, itemsField, "event"), "targets") != nil
	var entityIDs, articleIDs, eventIDs []string
	for _, it := range items {
		switch {
		case it.Statement != nil:
			if ends {
				entityIDs = append(entityIDs, it.Statement.Edge.Subject, it.Statement.Edge.Object)
			}
			articleIDs = append(articleIDs, it.Statement.Evidence.ArticleID)
			if it.Statement.Evidence.EventID != "" {
				eventIDs = append(eventIDs, it.Statement.Evidence.EventID)
			}
		case it.Event != nil && targets:
			entityIDs = append(entityIDs, it.Event.Targets...)
		}
	}
	evidence := child(ctx, statement, "evidence")
	loads := []struct {
		wanted bool
		load   func() error
	}{
		{len(entityIDs) > 0, func() error { _, err := l.entities.LoadNow(ctx, entityIDs); return err }},
		{child(ctx, evidence, "article") != nil && len(articleIDs) > 0, func() error { _, err := l.articles.LoadNow(ctx, articleIDs); return err }},
		{child(ctx, evidence, "event") != nil && len(eventIDs) > 0, func() error { _, err := l.events.LoadNow(ctx, eventIDs); return err }},
	}
	for _, ld := range loads {
		if ld.wanted {
			if err := ld.load(); err != nil {
				return err
			}
		}
	}
	return r.prime(ctx, requests(edges, geokg.EvidenceScope{}), child(ctx, statement, "relation"), nil)
}

// statementModel maps a statement.
func statementModel(st geokg.Statement) *model.Statement {
	ev := evidenceModel(st.Evidence)
	rel := relationModel(st.Edge)
	return &model.Statement{
		ID: st.Evidence.ID, Date: optional(st.Evidence.Date), Type: st.Edge.Type,
		Cameo: optional(st.Edge.Type.CAMEO()), Plover: optional(st.Edge.Type.PLOVER()), Goldstein: goldstein(st.Edge.Type),
		SubjectID: st.Edge.Subject, ObjectID: st.Edge.Object, Evidence: &ev, Relation: &rel,
	}
}

// relationCountsModel maps the groups of relationCounts.
func relationCountsModel(cs []geokg.RelationCount) []model.RelationCount {
	out := make([]model.RelationCount, 0, len(cs))
	for _, c := range cs {
		mc := model.RelationCount{Key: c.Key, Month: optional(c.Month), Period: optional(c.Period), SubjectID: c.Subject, ObjectID: c.Object, Count: c.Count}
		if c.Type != "" {
			t := c.Type
			mc.Type = &t
		}
		out = append(out, mc)
	}
	return out
}

// topActorsQuery checks the arguments of topActors.
func (r *Resolver) topActorsQuery(typeArg *geokg.RelationType, types []geokg.RelationType, kinds []geokg.Kind, interactionsOnly *bool,
	direction *geokg.Direction, from, to *string, first *int) (geokg.TopActorsQuery, int, error) {
	q := geokg.TopActorsQuery{Direction: geokg.Both, Types: types, Kinds: kinds}
	if typeArg != nil && !slices.Contains(q.Types, *typeArg) {
		q.Types = append(q.Types, *typeArg)
	}
	if direction != nil {
		q.Direction = *direction
	}
	var err error
	if deref(interactionsOnly) {
		if q.Types, err = geokg.Interactions(q.Types); err != nil {
			return q, 0, err
		}
	}
	if q.From, err = bound("from", from, false); err != nil {
		return q, 0, err
	}
	if q.To, err = bound("to", to, true); err != nil {
		return q, 0, err
	}
	n, err := r.pageSize(first, r.Limits.DefaultSearch)
	return q, n, err
}

// actorCountsModel maps topActors and primes the entity loader with the actors.
func actorCountsModel(ctx context.Context, as []geokg.ActorCount) []model.ActorCount {
	out := make([]model.ActorCount, 0, len(as))
	for _, a := range as {
		e := a.Entity
		loaders(ctx).entities.Prime(e.ID, &e)
		out = append(out, model.ActorCount{Entity: entityModel(e), Count: a.Count})
	}
	return out
}

// dyadModel maps a dyad summary.
func dyadModel(d geokg.DyadSummary) *model.Dyad {
	out := &model.Dyad{AID: d.A, BID: d.B, Total: d.Total, FirstSeen: optional(d.FirstSeen), LastSeen: optional(d.LastSeen), MeanScore: d.MeanScore,
		ByType: make([]model.TypeCount, 0, len(d.ByType)), ByMonth: make([]model.MonthCount, 0, len(d.ByMonth)), Score: make([]model.MonthScore, 0, len(d.Score)),
		ByPeriod: periodCountsModel(d.ByPeriod), ScoreByPeriod: periodScoresModel(d.ScoreByPeriod)}
	for _, t := range d.ByType {
		out.ByType = append(out.ByType, model.TypeCount{Type: t.Type, Count: t.Count})
	}
	for _, m := range d.ByMonth {
		out.ByMonth = append(out.ByMonth, model.MonthCount{Month: m.Month, Count: m.Count})
	}
	for _, s := range d.Score {
		out.Score = append(out.Score, model.MonthScore{Month: s.Month, Score: s.Score, Count: s.Count})
	}
	return out
}

// relationAdded subscribes to the feed and maps each new statement to its relation with
// that statement as the evidence. The channel closes when ctx ends or the feed drops
// the subscriber.
func (r *Resolver) relationAdded(ctx context.Context, filter *model.RelationFilter) (<-chan *model.Relation, error) {
	if r.Feed == nil {
		return nil, geokg.Errorf(geokg.CodeUnavailable, "subscriptions are not enabled on this server")
	}
	f, err := relationFilter(filter)
	if err != nil {
		return nil, err
	}
	in, err := r.Feed.Subscribe(ctx, f)
	if err != nil {
		return nil, err
	}
	out := make(chan *model.Relation)
	go func() {
		defer close(out)
		for st := range in {
			rel := relationModel(st.Edge)
			rel.Preloaded = []geokg.Evidence{st.Evidence}
			select {
			case out <- &rel:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

// articleQuery checks the arguments of articles.
func (r *Resolver) articleQuery(from, to, source *string, first *int, after *string) (geokg.ArticleQuery, geokg.PageRequest, error) {
	var q geokg.ArticleQuery
	p := geokg.PageRequest{After: deref(after)}
	var err error
	if q.Period, err = period(from, to); err != nil {
		return q, p, err
	}
	q.Source = strings.TrimSpace(deref(source))
	p.First, err = r.pageSize(first, r.Limits.DefaultPage)
	return q, p, err
}

// articlePageModel maps a page of articles and primes the article loader with them.
func articlePageModel(ctx context.Context, page geokg.ArticlePage) *model.ArticlePage {
	out := &model.ArticlePage{
		Items:    make([]model.Article, 0, len(page.Articles)),
		PageInfo: &model.PageInfo{HasNextPage: page.HasNext, EndCursor: optional(page.EndCursor)},
	}
	for _, a := range page.Articles {
		loaders(ctx).articles.Prime(a.ID, &a)
		out.Items = append(out.Items, *articleModel(a))
	}
	return out
}
