package resolvers

import (
	"context"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/graph/model"
)

// This file holds the argument checks and mappings of the dashboard fields: ordered and
// as-of relation lists, series by period, lists of events and entities, full-text search
// over statements and node(id).

// goldstein returns the weight of t, or nil for the structural types, which are not scored.
func goldstein(t geokg.RelationType) *float64 {
	if t.Structural() || !t.Valid() {
		return nil
	}
	w := t.Goldstein()
	return &w
}

func sortDirection(s string) *geokg.SortDirection {
	if s == "" {
		return nil
	}
	d := geokg.SortDirection(s)
	return &d
}

// relationOrder checks an orderBy argument; its direction is DESC when absent.
func relationOrder(in *model.RelationOrder) (geokg.RelationOrder, error) {
	if in == nil {
		return geokg.RelationOrder{}, nil
	}
	o := geokg.RelationOrder{Field: in.Field, Direction: geokg.Desc}
	if in.Direction != nil {
		o.Direction = *in.Direction
	}
	return o, o.Check()
}

// entityRelationQuery checks the arguments of an entity's relations.
func entityRelationQuery(direction *geokg.Direction, types []geokg.RelationType, from, to *string,
	orderBy *model.RelationOrder, interactionsOnly *bool, asOf *string) (geokg.EntityRelationQuery, error) {
	q := geokg.EntityRelationQuery{Direction: geokg.Both, Types: types}
	if direction != nil {
		q.Direction = *direction
	}
	var err error
	if q.From, err = bound("from", from, false); err != nil {
		return q, err
	}
	if q.To, err = bound("to", to, true); err != nil {
		return q, err
	}
	if q.AsOf, err = bound("asOf", asOf, true); err != nil {
		return q, err
	}
	if deref(interactionsOnly) {
		if q.Types, err = geokg.Interactions(q.Types); err != nil {
			return q, err
		}
	}
	q.Order, err = relationOrder(orderBy)
	return q, err
}

// bucketOr returns the bucket asked, MONTH when absent.
func bucketOr(b *geokg.Bucket) geokg.Bucket {
	if b == nil {
		return geokg.Month
	}
	return *b
}

// dyadQuery checks the arguments of dyad.
func dyadQuery(a, b string, from, to *string, bucket *geokg.Bucket, interactionsOnly *bool) (geokg.DyadQuery, error) {
	q := geokg.DyadQuery{A: a, B: b, Bucket: bucketOr(bucket)}
	for _, id := range []string{a, b} {
		if err := entityID(id); err != nil {
			return q, err
		}
	}
	var err error
	if q.Period, err = period(from, to); err != nil {
		return q, err
	}
	if deref(interactionsOnly) {
		q.Types, err = geokg.Interactions(nil)
	}
	return q, err
}

// actorScoreQuery checks the arguments of actorScore.
func actorScoreQuery(id string, direction *geokg.Direction, types []geokg.RelationType, interactionsOnly *bool, from, to *string, bucket *geokg.Bucket) (geokg.ActorScoreQuery, error) {
	q := geokg.ActorScoreQuery{ID: id, Direction: geokg.Both, Types: types, Bucket: bucketOr(bucket)}
	if direction != nil {
		q.Direction = *direction
	}
	if err := entityID(id); err != nil {
		return q, err
	}
	var err error
	if q.Period, err = period(from, to); err != nil {
		return q, err
	}
	if deref(interactionsOnly) {
		q.Types, err = geokg.Interactions(q.Types)
	}
	return q, err
}

func periodCountsModel(ps []geokg.PeriodCount) []model.PeriodCount {
	out := make([]model.PeriodCount, 0, len(ps))
	for _, p := range ps {
		out = append(out, model.PeriodCount{Period: p.Period, Count: p.Count})
	}
	return out
}

func periodScoresModel(ps []geokg.PeriodScore) []model.PeriodScore {
	out := make([]model.PeriodScore, 0, len(ps))
	for _, p := range ps {
		out = append(out, model.PeriodScore{Period: p.Period, Score: p.Score, Count: p.Count})
	}
	return out
}

func typeSeriesModel(cs []geokg.TypePeriodCount) []model.TypePeriodCount {
	out := make([]model.TypePeriodCount, 0, len(cs))
	for _, c := range cs {
		out = append(out, model.TypePeriodCount{Type: c.Type, Period: c.Period, Count: c.Count})
	}
	return out
}

func actorScoreModel(a geokg.ActorScore) *model.ActorScore {
	return &model.ActorScore{EntityID: a.ID, Total: a.Total, ByPeriod: periodCountsModel(a.ByPeriod),
		Score: periodScoresModel(a.Score), MeanScore: a.MeanScore}
}

// eventQuery checks the arguments of events.
func (r *Resolver) eventQuery(types []geokg.EventType, from, to, target *string, first *int, after *string) (geokg.EventQuery, geokg.PageRequest, error) {
	q := geokg.EventQuery{Types: types, Target: deref(target)}
	p := geokg.PageRequest{After: deref(after)}
	var err error
	if q.Target != "" {
		if err = entityID(q.Target); err != nil {
			return q, p, err
		}
	}
	if q.Period, err = period(from, to); err != nil {
		return q, p, err
	}
	p.First, err = r.pageSize(first, r.Limits.DefaultPage)
	return q, p, err
}

// eventPageModel maps a page of events and loads their targets in one batch when asked.
func (r *Resolver) eventPageModel(ctx context.Context, page geokg.EventPage) (*model.EventPage, error) {
	out := &model.EventPage{Items: make([]model.Event, 0, len(page.Events)),
		PageInfo: &model.PageInfo{HasNextPage: page.HasNext, EndCursor: optional(page.EndCursor)}}
	var targets []string
	for _, ev := range page.Events {
		loaders(ctx).events.Prime(ev.ID, &ev)
		out.Items = append(out.Items, *eventModel(ev))
		targets = append(targets, ev.Targets...)
	}
	if child(ctx, child(ctx, nil, "items"), "targets") != nil && len(targets) > 0 {
		if _, err := loaders(ctx).entities.LoadAll(ctx, targets); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// entityPageModel maps a page of entities, primes the entity loader with them and, when
// the selection asks for their relations, loads those for the whole page in one batch.
func (r *Resolver) entityPageModel(ctx context.Context, page geokg.EntityPage) (*model.EntityPage, error) {
	out := &model.EntityPage{Items: make([]model.Entity, 0, len(page.Entities)),
		PageInfo: &model.PageInfo{HasNextPage: page.HasNext, EndCursor: optional(page.EndCursor)}}
	ids := make([]string, 0, len(page.Entities))
	for _, e := range page.Entities {
		loaders(ctx).entities.Prime(e.ID, &e)
		out.Items = append(out.Items, entityModel(e))
		ids = append(ids, e.ID)
	}
	if nested := child(ctx, child(ctx, nil, "items"), "relations"); nested != nil && len(ids) > 0 {
		if err := r.primeEntityRelations(ctx, ids, nested); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// statementHitsModel maps a page of statement hits and primes the loaders for their
// statements, as a timeline does.
func (r *Resolver) statementHitsModel(ctx context.Context, page geokg.StatementHitPage) (*model.StatementHitPage, error) {
	out := &model.StatementHitPage{Items: make([]model.StatementHit, 0, len(page.Hits)),
		PageInfo: &model.PageInfo{HasNextPage: page.HasNext, EndCursor: optional(page.EndCursor)}}
	var edges []geokg.Edge
	var ids, articles, events []string
	for _, h := range page.Hits {
		out.Items = append(out.Items, model.StatementHit{Statement: statementModel(h.Statement), Score: h.Score})
		edges = append(edges, h.Statement.Edge)
		ids = append(ids, h.Statement.Edge.Subject, h.Statement.Edge.Object)
		articles = append(articles, h.Statement.Evidence.ArticleID)
		if h.Statement.Evidence.EventID != "" {
			events = append(events, h.Statement.Evidence.EventID)
		}
	}
	statement := child(ctx, child(ctx, nil, "items"), "statement")
	evidence := child(ctx, statement, "evidence")
	l := loaders(ctx)
	if len(ids) > 0 && (child(ctx, statement, "subject") != nil || child(ctx, statement, "object") != nil) {
		if _, err := l.entities.LoadAll(ctx, ids); err != nil {
			return nil, err
		}
	}
	if len(articles) > 0 && child(ctx, evidence, "article") != nil {
		if _, err := l.articles.LoadAll(ctx, articles); err != nil {
			return nil, err
		}
	}
	if len(events) > 0 && child(ctx, evidence, "event") != nil {
		if _, err := l.events.LoadAll(ctx, events); err != nil {
			return nil, err
		}
	}
	return out, r.prime(ctx, requests(edges, geokg.EvidenceScope{}), child(ctx, statement, "relation"), nil)
}

// node finds what a global id names: through the loaders for entities, articles and
// events, by evidence id for a statement, by its triple for a relation; null when it is
// not in the graph.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	kind, err := geokg.NodeKind(id)
	if err != nil {
		return nil, err
	}
	l := loaders(ctx)
	switch kind {
	case "Relation":
		s, t, o, _ := geokg.SplitRelationID(id)
		page, err := r.Relations.Relations(ctx, geokg.RelationFilter{Subject: s, Object: o, Types: []geokg.RelationType{geokg.RelationType(t)}}, geokg.PageRequest{First: 1}, false)
		if err != nil || len(page.Edges) == 0 {
			return nil, err
		}
		rel := relationModel(page.Edges[0])
		return &rel, nil
	case "Evidence":
		m, err := r.Dashboard.StatementsByID(ctx, []string{id})
		st, ok := m[id]
		if err != nil || !ok {
			return nil, err
		}
		return statementModel(st), nil
	case string(geokg.KindArticle):
		a, err := l.articles.Load(ctx, id)
		if err != nil || a == nil {
			return nil, err
		}
		return articleModel(*a), nil
	case string(geokg.KindEvent):
		ev, err := l.events.Load(ctx, id)
		if err != nil || ev == nil {
			return nil, err
		}
		return eventModel(*ev), nil
	}
	e, err := r.entity(ctx, id)
	if err != nil || e == nil {
		return nil, err
	}
	n, _ := e.(model.Node)
	return n, nil
}
