package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/neo4jtest"
)

// BenchmarkDashboardReads times the dashboard reads of one entity on a synthetic graph of
// 2,000 articles, 60 countries and 16,000 statements over three years: each starts from
// an index (the entity's id, the evidence triple, subject or object, the full-text index),
// so it reads the entity's statements, not the graph's. Run by hand:
//
//	go test -run='^$' -bench=DashboardReads -benchtime=20x ./store/
func BenchmarkDashboardReads(b *testing.B) {
	s := neo4jtest.Open(b)
	ctx := context.Background()
	types := []geokg.RelationType{geokg.Accuses, geokg.Condemns, geokg.Sanctions, geokg.Meets, geokg.Supports, geokg.Threatens, geokg.Aids, geokg.MemberOf}
	country := func(i int) geokg.Entity {
		code := fmt.Sprintf("Q%02d", i%60)
		return geokg.Entity{ID: "country:" + code, Kind: geokg.KindCountry, Name: "Country " + code, Code: code}
	}
	var batch []*geokg.Extraction
	for a := range 2000 {
		date := fmt.Sprintf("%d-%02d-%02d", 2021+a%3, a%12+1, a%28+1)
		text := fmt.Sprintf("synthetic article %d", a)
		x := &geokg.Extraction{Article: geokg.Article{ID: geokg.ArticleID(text), Title: text, Published: date}, Extractor: geokg.ExtractorVersion,
			Events: []geokg.Event{{ID: fmt.Sprintf("event:protest-%d", a), Type: geokg.Protest, Date: date, Targets: []string{country(a).ID}}}}
		seen := map[string]bool{}
		for k := range 8 {
			subj, obj := country(a+k), country(a*7+k+1)
			if subj.ID == obj.ID {
				continue
			}
			for _, e := range []geokg.Entity{subj, obj} {
				if !seen[e.ID] {
					seen[e.ID] = true
					x.Entities = append(x.Entities, e)
				}
			}
			t := types[(a+k)%len(types)]
			x.Relations = append(x.Relations, geokg.Relation{Subject: subj.ID, Type: t, Object: obj.ID, Date: date, Confidence: 0.5 + float64(k)/20,
				Evidence: fmt.Sprintf("%s %s %s in statement %d of article %d.", subj.Name, t, obj.Name, k, a), Start: k * 100, End: k*100 + 80})
		}
		batch = append(batch, x)
		if len(batch) == 100 {
			if _, err := s.Write(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
	id := "country:Q07"
	reads := map[string]func() error{
		"entity relations by count as of a date": func() error {
			_, err := s.EntityRelations(ctx, []string{id}, geokg.EntityRelationQuery{Direction: geokg.Both, AsOf: "2099-12-31",
				Order: geokg.RelationOrder{Field: geokg.OrderCount, Direction: geokg.Desc}}, geokg.PageRequest{First: 20})
			return err
		},
		"entity relations, default order (for comparison)": func() error {
			_, err := s.EntityRelations(ctx, []string{id}, geokg.EntityRelationQuery{Direction: geokg.Both}, geokg.PageRequest{First: 20})
			return err
		},
		"entity relations by last seen": func() error {
			_, err := s.EntityRelations(ctx, []string{id}, geokg.EntityRelationQuery{Direction: geokg.Both,
				Order: geokg.RelationOrder{Field: geokg.OrderLastSeen, Direction: geokg.Desc}}, geokg.PageRequest{First: 20})
			return err
		},
		"actor score by month": func() error {
			_, err := s.ActorScore(ctx, geokg.ActorScoreQuery{ID: id, Bucket: geokg.Month})
			return err
		},
		"type series of an entity by quarter": func() error {
			_, err := s.TypeSeries(ctx, geokg.RelationFilter{Either: id}, geokg.Quarter)
			return err
		},
		"relation counts of an entity by week": func() error {
			_, err := s.RelationCounts(ctx, geokg.RelationFilter{Either: id, From: "2022-01-01", To: "2022-12-31"}, geokg.ByWeek, 100)
			return err
		},
		"search statements": func() error {
			_, err := s.SearchStatements(ctx, "Country Q07 SANCTIONS", geokg.PageRequest{First: 20})
			return err
		},
		"events of a target": func() error {
			_, err := s.ListEvents(ctx, geokg.EventQuery{Target: id}, geokg.PageRequest{First: 20})
			return err
		},
		"neighborhood as of a date": func() error {
			_, err := s.Neighborhood(ctx, geokg.NeighborhoodQuery{ID: id, Depth: 1, Limit: 50, Hops: geokg.HopFilter{AsOf: "2099-12-31"}})
			return err
		},
	}
	for name, read := range reads {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if err := read(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
