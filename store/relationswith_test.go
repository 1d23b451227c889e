package store_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// RelationsWith gives, in one statement, what Relations, Entities and EvidenceWithArticles
// give together: the same pages, the same ends, the same statements and articles.
func TestRelationsWithMatchesItsParts(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	x := neo4jtest.Fixture("relations with")
	for i := range x.Relations { // every property set, so that one left out shows
		r := &x.Relations[i]
		r.Rule, r.Trigger, r.Path, r.Before, r.After = "pattern verb", "blame", "nsubj<blame>obj", "Before it.", "After it."
	}
	_, err := s.Write(ctx, []*geokg.Extraction{x})
	require.NoError(t, err)

	filters := map[string]geokg.RelationFilter{
		"either":     {Either: irn},
		"all":        {},
		"date range": {Either: alb, From: "2022-09-07", To: "2022-09-09"},
		"as of":      {Either: irn, AsOf: "2022-09-08"},
		"ordered":    {Either: irn, Order: geokg.RelationOrder{Field: geokg.OrderCount, Direction: geokg.Desc}},
		"nothing":    {Either: "country:NOPE"},
	}
	withs := []geokg.PageWith{{}, {Ends: true}, {Evidence: 1}, {Ends: true, Evidence: 5, Articles: true},
		{Evidence: 5, Articles: true, EvidenceFields: geokg.EvidenceSentence | geokg.EvidenceDate | geokg.EvidenceBefore | geokg.EvidenceRule},
		// The bench's page: the ends' names, the statements' sentences and dates, the
		// articles' titles and urls; and other projections of the ends and articles.
		{Ends: true, Evidence: 5, Articles: true, EvidenceFields: geokg.EvidenceSentence | geokg.EvidenceDate,
			EntityFields: geokg.EntityName, ArticleFields: geokg.ArticleTitle | geokg.ArticleURL},
		{Ends: true, Evidence: 2, Articles: true, EntityFields: geokg.EntityCode | geokg.EntityCountry | geokg.EntityAliases,
			ArticleFields: geokg.ArticleSource | geokg.ArticlePublished},
		// The bench's page as it is now read: the edges' counts alone, the statements
		// without their ids and events; and other projections of the edges and statements.
		{Ends: true, Evidence: 5, Articles: true, EvidenceFields: geokg.EvidenceSentence | geokg.EvidenceDate | geokg.EvidenceArticle,
			EntityFields: geokg.EntityName, ArticleFields: geokg.ArticleTitle | geokg.ArticleURL, EdgeFields: geokg.EdgeCount},
		{Evidence: 3, EvidenceFields: geokg.EvidenceID | geokg.EvidenceEvent | geokg.EvidenceRule,
			EdgeFields: geokg.EdgeFirstSeen | geokg.EdgeSources | geokg.EdgeConfidence},
		{EdgeFields: geokg.EdgeArticles | geokg.EdgeLastSeen}}
	for name, f := range filters {
		t.Run(name, func(t *testing.T) {
			for _, with := range withs {
				for _, first := range []int{1, 2, 100} {
					after, pages := "", 0
					for {
						want, err := s.Relations(ctx, f, geokg.PageRequest{First: first, After: after}, false)
						require.NoError(t, err)
						got, err := s.RelationsWith(ctx, f, geokg.PageRequest{First: first, After: after}, with)
						require.NoError(t, err)
						assert.Equal(t, onlyEdgeFields(want, with.EdgeFields, f.Order), got.EdgePage, "%+v first %d page %d", with, first, pages)
						var ids []string
						var reqs []geokg.EvidenceRequest
						for _, e := range want.Edges {
							ids = append(ids, e.Subject, e.Object)
							reqs = append(reqs, geokg.EvidenceOf(e, f.Scope()))
						}
						wantEnds, err := s.Entities(ctx, ids)
						require.NoError(t, err)
						if !with.Ends {
							wantEnds = map[string]geokg.Entity{}
						}
						for id, en := range wantEnds {
							wantEnds[id] = onlyEntityFields(en, with.EntityFields)
						}
						assert.Equal(t, wantEnds, got.Entities)
						wantEv, wantArts := map[geokg.EvidenceRequest][]geokg.Evidence{}, map[string]geokg.Article{}
						if with.Evidence > 0 {
							wantEv, wantArts, err = s.EvidenceWithArticles(ctx, reqs, with.Evidence)
							require.NoError(t, err)
							if !with.Articles {
								wantArts = map[string]geokg.Article{}
							}
							for id, a := range wantArts {
								wantArts[id] = onlyArticleFields(a, with.ArticleFields)
							}
							for q, list := range wantEv {
								for i := range list {
									list[i] = onlyFields(list[i], with.EvidenceFields)
								}
								wantEv[q] = list
							}
						}
						assert.Equal(t, wantEv, got.Evidence)
						assert.Equal(t, wantArts, got.Articles)
						if with.Evidence > 0 && len(want.Edges) > 0 {
							assert.NotEmpty(t, got.Evidence, "every edge the filter selects has statements within its scope")
						}
						pages++
						if !want.HasNext {
							break
						}
						after = want.EndCursor
					}
				}
			}
		})
	}
	_, err = s.RelationsWith(ctx, geokg.RelationFilter{Types: []geokg.RelationType{"NOPE"}}, geokg.PageRequest{First: 1}, geokg.PageWith{Ends: true})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
}

// keep sets *dst to src when on, as a read asked for that property brings it.
func keep[T any](on bool, dst *T, src T) {
	if on {
		*dst = src
	}
}

// onlyEdgeFields is page with the properties of its edges that fields does not hold left
// zero (but the one the order sorts by, which the cursors hold), as RelationsWith reads
// them when asked for fields.
func onlyEdgeFields(page geokg.EdgePage, fields geokg.EdgeFields, order geokg.RelationOrder) geokg.EdgePage {
	if fields != 0 {
		fields |= order.Field.Property()
	}
	out := page
	out.Edges = nil
	for _, e := range page.Edges {
		p := geokg.Edge{Subject: e.Subject, Type: e.Type, Object: e.Object, Cursor: e.Cursor}
		keep(fields.Has(geokg.EdgeCount), &p.Count, e.Count)
		keep(fields.Has(geokg.EdgeArticles), &p.Articles, e.Articles)
		keep(fields.Has(geokg.EdgeSources), &p.Sources, e.Sources)
		keep(fields.Has(geokg.EdgeFirstSeen), &p.FirstSeen, e.FirstSeen)
		keep(fields.Has(geokg.EdgeLastSeen), &p.LastSeen, e.LastSeen)
		keep(fields.Has(geokg.EdgeConfidence), &p.Confidence, e.Confidence)
		out.Edges = append(out.Edges, p)
	}
	return out
}

// onlyFields is ev with the properties fields does not hold left zero, as RelationsWith
// reads it when asked for fields.
func onlyFields(ev geokg.Evidence, fields geokg.EvidenceFields) geokg.Evidence {
	var out geokg.Evidence
	keep(fields.Has(geokg.EvidenceID), &out.ID, ev.ID)
	keep(fields.Has(geokg.EvidenceArticle), &out.ArticleID, ev.ArticleID)
	keep(fields.Has(geokg.EvidenceEvent), &out.EventID, ev.EventID)
	keep(fields.Has(geokg.EvidenceSentence), &out.Sentence, ev.Sentence)
	keep(fields.Has(geokg.EvidenceStart), &out.Start, ev.Start)
	keep(fields.Has(geokg.EvidenceEnd), &out.End, ev.End)
	keep(fields.Has(geokg.EvidenceDate), &out.Date, ev.Date)
	keep(fields.Has(geokg.EvidenceConfidence), &out.Confidence, ev.Confidence)
	keep(fields.Has(geokg.EvidenceExtractor), &out.Extractor, ev.Extractor)
	keep(fields.Has(geokg.EvidenceRule), &out.Rule, ev.Rule)
	keep(fields.Has(geokg.EvidenceTrigger), &out.Trigger, ev.Trigger)
	keep(fields.Has(geokg.EvidencePath), &out.Path, ev.Path)
	keep(fields.Has(geokg.EvidenceBefore), &out.Before, ev.Before)
	keep(fields.Has(geokg.EvidenceAfter), &out.After, ev.After)
	return out
}

// onlyEntityFields is en with the properties fields does not hold left zero (its id and
// kind kept, its aliases empty), as RelationsWith reads the ends when asked for fields.
func onlyEntityFields(en geokg.Entity, fields geokg.EntityFields) geokg.Entity {
	out := geokg.Entity{ID: en.ID, Kind: en.Kind, Aliases: []string{}}
	keep(fields.Has(geokg.EntityName), &out.Name, en.Name)
	keep(fields.Has(geokg.EntityCode), &out.Code, en.Code)
	keep(fields.Has(geokg.EntitySubtype), &out.Subtype, en.Subtype)
	keep(fields.Has(geokg.EntityTitle), &out.Title, en.Title)
	keep(fields.Has(geokg.EntityCountry), &out.Country, en.Country)
	keep(fields.Has(geokg.EntityAliases), &out.Aliases, en.Aliases)
	return out
}

// onlyArticleFields is a with the properties fields does not hold left zero (its id
// kept; its url also with its source, which falls back on it).
func onlyArticleFields(a geokg.Article, fields geokg.ArticleFields) geokg.Article {
	out := geokg.Article{ID: a.ID}
	keep(fields.Has(geokg.ArticleTitle), &out.Title, a.Title)
	keep(fields.Has(geokg.ArticleURL) || fields.Has(geokg.ArticleSource), &out.URL, a.URL)
	keep(fields.Has(geokg.ArticlePublished), &out.Published, a.Published)
	keep(fields.Has(geokg.ArticleSource), &out.Source, a.Source)
	return out
}

// A read asked for some properties of the statements (or of the edges) brings those, and
// leaves the others zero; asked for all of them (or none named), it brings everything.
func TestEvidenceFields(t *testing.T) {
	assert.True(t, geokg.EvidenceFields(0).Has(geokg.EvidenceBefore))
	assert.True(t, geokg.AllEvidenceFields.Has(geokg.EvidenceBefore|geokg.EvidenceAfter))
	assert.False(t, geokg.EvidenceSentence.Has(geokg.EvidenceBefore))
	assert.Equal(t, geokg.EvidenceFields(0), geokg.AllEvidenceFields.Normal())
	assert.Equal(t, geokg.EvidenceDate, geokg.EvidenceDate.Normal())
	full := geokg.Evidence{ID: "x", ArticleID: "a", EventID: "e", Sentence: "s", Start: 1, End: 2, Date: "2022", Confidence: 0.5,
		Extractor: "v", Rule: "r", Trigger: "t", Path: "p", Before: "b", After: "f"}
	assert.Equal(t, full, onlyFields(full, 0))
	assert.Equal(t, full, onlyFields(full, geokg.AllEvidenceFields))
	assert.Equal(t, geokg.Evidence{Start: 1, After: "f"}, onlyFields(full, geokg.EvidenceStart|geokg.EvidenceAfter))
	assert.Equal(t, geokg.Evidence{ID: "x", ArticleID: "a", EventID: "e"}, onlyFields(full, geokg.EvidenceID|geokg.EvidenceArticle|geokg.EvidenceEvent))
	assert.Equal(t, geokg.Edge{Subject: "s", Type: geokg.Accuses, Object: "o", Count: 3, Confidence: 0.5},
		onlyEdgeFields(geokg.EdgePage{Edges: []geokg.Edge{{Subject: "s", Type: geokg.Accuses, Object: "o", Count: 3, Articles: 2, Sources: 1,
			FirstSeen: "2022", LastSeen: "2023", Confidence: 0.5}}}, geokg.EdgeCount, geokg.RelationOrder{Field: geokg.OrderConfidence}).Edges[0])
}
