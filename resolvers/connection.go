package resolvers

import (
	"context"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/graph/model"
)

// relationConnection loads one page of relations and primes the request's loaders with
// everything the selection set asks of the page (subjects, objects, evidence and its
// articles and events), one batch each, so that nested fields cost no further queries.
func (r *Resolver) relationConnection(ctx context.Context, f geokg.RelationFilter, first *int, after *string) (*model.RelationConnection, error) {
	n, err := r.pageSize(first, r.Limits.DefaultPage)
	if err != nil {
		return nil, err
	}
	p := geokg.PageRequest{First: n}
	if after != nil {
		p.After = *after
	}
	page, err := r.Graph.Relations(ctx, f, p, false)
	if err != nil {
		return nil, err
	}
	conn := &model.RelationConnection{
		Edges:    make([]model.RelationEdge, 0, len(page.Edges)),
		PageInfo: &model.PageInfo{HasNextPage: page.HasNext, EndCursor: optional(page.EndCursor)},
		Filter:   f,
	}
	for _, e := range page.Edges {
		rel := relationModel(e)
		conn.Edges = append(conn.Edges, model.RelationEdge{Cursor: e.Cursor, Node: &rel})
	}
	if err := r.prime(ctx, page.Edges); err != nil {
		return nil, err
	}
	return conn, nil
}

// prime loads, in one batch per kind of thing, what the selection asks of the edges.
func (r *Resolver) prime(ctx context.Context, edges []geokg.Edge) error {
	l := loaders(ctx)
	if l == nil || len(edges) == 0 {
		return nil
	}
	node := child(ctx, child(ctx, nil, "edges"), "node")
	if node == nil {
		return nil
	}
	if child(ctx, node, "subject") != nil || child(ctx, node, "object") != nil {
		ids := make([]string, 0, 2*len(edges))
		for _, e := range edges {
			ids = append(ids, e.Subject, e.Object)
		}
		if _, err := l.entities.LoadAll(ctx, ids); err != nil {
			return err
		}
	}
	evField := child(ctx, node, "evidence")
	if evField == nil {
		return nil
	}
	per := r.evidenceLimit(intArg(ctx, evField, "first", 10))
	keys := make([]string, 0, len(edges))
	for _, e := range edges {
		keys = append(keys, evidenceKey(per, e.Key()))
	}
	lists, err := l.evidence.LoadAll(ctx, keys)
	if err != nil {
		return err
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
	if child(ctx, evField, "article") != nil && len(articleIDs) > 0 {
		if _, err := l.articles.LoadAll(ctx, articleIDs); err != nil {
			return err
		}
	}
	if child(ctx, evField, "event") != nil && len(eventIDs) > 0 {
		if _, err := l.events.LoadAll(ctx, eventIDs); err != nil {
			return err
		}
	}
	return nil
}

// evidenceLimit clamps the evidence per relation to the page maximum.
func (r *Resolver) evidenceLimit(n int) int {
	if n <= 0 {
		return 0
	}
	if n > r.Limits.MaxPage {
		return r.Limits.MaxPage
	}
	return n
}

// entityRelations is the relations field of every entity type.
func (r *Resolver) entityRelations(ctx context.Context, id string, direction *model.Direction, types []model.RelationType, from, to *string, first *int, after *string) (*model.RelationConnection, error) {
	f := geokg.RelationFilter{Types: relationTypes(types)}
	var err error
	if f.From, err = date("from", from); err != nil {
		return nil, err
	}
	if f.To, err = date("to", to); err != nil {
		return nil, err
	}
	dir := model.DirectionBoth
	if direction != nil {
		dir = *direction
	}
	switch dir {
	case model.DirectionOut:
		f.Subject = id
	case model.DirectionIn:
		f.Object = id
	default:
		f.Either = id
	}
	return r.relationConnection(ctx, f, first, after)
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

// country loads the country with an ISO code, or nil.
func (r *Resolver) country(ctx context.Context, code string) (*model.Country, error) {
	if code == "" {
		return nil, nil
	}
	e, err := r.entity(ctx, geokg.EntityID(geokg.KindCountry, code))
	if err != nil || e == nil {
		return nil, err
	}
	c, _ := e.(*model.Country)
	return c, nil
}
