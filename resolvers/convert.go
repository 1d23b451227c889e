package resolvers

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/graph/model"
)

// The functions below translate domain values into gqlgen's models; no model travels
// inward.

func entityModel(e geokg.Entity) model.Entity {
	aliases := e.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	switch e.Kind {
	case geokg.KindCountry:
		return &model.Country{ID: e.ID, Kind: geokg.KindCountry, Name: e.Name, Aliases: aliases, Code: e.Code}
	case geokg.KindGroup:
		g := &model.Group{ID: e.ID, Kind: geokg.KindGroup, Name: e.Name, Aliases: aliases, CountryCode: e.Country}
		if st := e.Subtype; st.Valid() {
			g.Subtype = &st
		}
		return g
	default:
		return &model.Official{ID: e.ID, Kind: geokg.KindOfficial, Name: e.Name, Aliases: aliases, Title: optional(e.Title), CountryCode: e.Country}
	}
}

func relationModel(e geokg.Edge) model.Relation {
	return model.Relation{
		ID: e.Key(), Type: e.Type, SubjectID: e.Subject, ObjectID: e.Object,
		Cameo: optional(e.Type.CAMEO()), Plover: optional(e.Type.PLOVER()), Goldstein: goldstein(e.Type),
		Symmetric: e.Type.Symmetric(), Count: e.Count, ArticleCount: e.Articles, SourceCount: e.Sources,
		FirstSeen: optional(e.FirstSeen), LastSeen: optional(e.LastSeen), Date: optional(e.LastSeen),
		Confidence: geokg.RoundConfidence(e.Confidence),
	}
}

func evidenceModel(ev geokg.Evidence) model.Evidence {
	// The optional strings share one allocation (a page holds hundreds of statements).
	opt := &[6]string{ev.Date, ev.Rule, ev.Trigger, ev.Path, ev.Before, ev.After}
	return model.Evidence{
		ID: ev.ID, Sentence: ev.Sentence, Start: ev.Start, End: ev.End, Date: optionalIn(&opt[0]),
		Confidence: geokg.RoundConfidence(ev.Confidence), Extractor: ev.Extractor, ArticleID: ev.ArticleID, EventID: ev.EventID,
		Rule: optionalIn(&opt[1]), Trigger: optionalIn(&opt[2]), Path: optionalIn(&opt[3]),
		Before: optionalIn(&opt[4]), After: optionalIn(&opt[5]),
	}
}

func articleModel(a geokg.Article) *model.Article {
	// The model and its optional strings in one allocation.
	box := &struct {
		m   model.Article
		opt [4]string
	}{opt: [4]string{a.Title, a.URL, a.Published, a.SourceName()}}
	box.m = model.Article{ID: a.ID, Title: optionalIn(&box.opt[0]), URL: optionalIn(&box.opt[1]), Published: optionalIn(&box.opt[2]),
		Source: optionalIn(&box.opt[3])}
	return &box.m
}

func eventModel(ev geokg.Event) *model.Event {
	return &model.Event{ID: ev.ID, Type: ev.Type, Date: optional(ev.Date), Evidence: optional(ev.Evidence), TargetIDs: ev.Targets}
}

// optionalIn returns s, or nil when *s is empty: optional for strings that share an
// allocation.
func optionalIn(s *string) *string {
	if *s == "" {
		return nil
	}
	return s
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// pageSize applies the default and the maximum to a requested page size.
func (r *Resolver) pageSize(first *int, def int) (int, error) {
	if first == nil {
		return def, nil
	}
	switch {
	case *first < 0:
		return 0, geokg.Errorf(geokg.CodeInvalidArgument, "first must not be negative")
	case *first > r.Limits.MaxPage:
		return 0, geokg.Errorf(geokg.CodeLimitExceeded, "page size limit: first must be at most %d", r.Limits.MaxPage)
	}
	return *first, nil
}

// bound checks an optional date argument that bounds a period, full or partial
// (geokg.ParseDateBound): a year or a month means its first day as a start and its last
// day as an end (end true). Days that do not exist ("2022-13-45", "2023-02-29") and other
// forms ("2022-9-8") are INVALID_ARGUMENT.
func bound(name string, v *string, end bool) (string, error) {
	if v == nil || *v == "" {
		return "", nil
	}
	d, err := geokg.ParseDateBound(*v, end)
	if err != nil {
		return "", geokg.Errorf(geokg.CodeInvalidArgument, "%s: %q is not a date (want YYYY-MM-DD, YYYY-MM or YYYY)", name, *v)
	}
	return d, nil
}

// period checks the from and to date arguments of a query.
func period(from, to *string) (geokg.Period, error) {
	var p geokg.Period
	var err error
	if p.From, err = bound("from", from, false); err != nil {
		return p, err
	}
	p.To, err = bound("to", to, true)
	return p, err
}

// child returns the field named name among the sub-selections of f (or of the current
// field when f is nil), or nil when the request does not select it.
func child(ctx context.Context, f *graphql.CollectedField, name string) *graphql.CollectedField {
	op := graphql.GetOperationContext(ctx)
	var fields []graphql.CollectedField
	if f == nil {
		fields = graphql.CollectFieldsCtx(ctx, nil)
	} else {
		fields = graphql.CollectFields(op, f.Selections, nil)
	}
	for i := range fields {
		if fields[i].Name == name {
			return &fields[i]
		}
	}
	return nil
}

// children returns the fields among the sub-selections of f (nil: of the field being
// resolved) whose name is one of names, aliases included (each alias is a field of its
// own).
func children(ctx context.Context, f *graphql.CollectedField, names ...string) []graphql.CollectedField {
	var fields []graphql.CollectedField
	if f == nil {
		fields = graphql.CollectFieldsCtx(ctx, nil)
	} else {
		fields = graphql.CollectFields(graphql.GetOperationContext(ctx), f.Selections, nil)
	}
	var out []graphql.CollectedField
	for _, c := range fields {
		if slices.Contains(names, c.Name) {
			out = append(out, c)
		}
	}
	return out
}

// intArg returns an Int argument of a selected field, or def.
func intArg(ctx context.Context, f *graphql.CollectedField, name string, def int) int {
	if f == nil {
		return def
	}
	switch v := f.ArgumentMap(graphql.GetOperationContext(ctx).Variables)[name].(type) {
	case int64:
		return int(v)
	case int:
		return v
	case float64:
		return int(v)
	}
	return def
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
