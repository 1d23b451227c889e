package geokg_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/geokg/geokg"
)

func TestSummarizeDyad(t *testing.T) {
	d := geokg.SummarizeDyad("country:ALB", "country:IRN", []geokg.DyadCell{
		{Type: geokg.Accuses, Month: "2022-09", Count: 2},
		{Type: geokg.Meets, Month: "2022-09", Count: 1},
		{Type: geokg.SignsAgreementWith, Month: "2022-07", Count: 1},
		{Type: geokg.MemberOf, Month: "2022-07", Count: 3}, // structural: counted, not scored
		{Type: geokg.Accuses, Month: "", Count: 1},         // undated: no month
	}, "2022-07-02", "2022-09-30")

	assert.Equal(t, 8, d.Total)
	assert.Equal(t, []geokg.TypeCount{{Type: geokg.Accuses, Count: 3}, {Type: geokg.MemberOf, Count: 3}, {Type: geokg.Meets, Count: 1}, {Type: geokg.SignsAgreementWith, Count: 1}}, d.ByType)
	assert.Equal(t, []geokg.MonthCount{{Month: "2022-07", Count: 4}, {Month: "2022-09", Count: 3}}, d.ByMonth)
	assert.Equal(t, []geokg.MonthScore{
		{Month: "2022-07", Score: geokg.SignsAgreementWith.Goldstein(), Count: 1},
		{Month: "2022-09", Score: (2*geokg.Accuses.Goldstein() + geokg.Meets.Goldstein()) / 3, Count: 3},
	}, d.Score)
	assert.InDelta(t, (3*geokg.Accuses.Goldstein()+geokg.Meets.Goldstein()+geokg.SignsAgreementWith.Goldstein())/5, d.MeanScore, 1e-9)
	assert.Equal(t, "2022-07-02", d.FirstSeen)

	empty := geokg.SummarizeDyad("a", "b", nil, "", "")
	assert.Zero(t, empty.Total)
	assert.NotNil(t, empty.ByType)
	assert.Zero(t, empty.MeanScore)
}

func TestMatchStatement(t *testing.T) {
	st := geokg.Statement{
		Edge:      geokg.Edge{Subject: "country:USA", Type: geokg.Sanctions, Object: "official:esmail-khatib"},
		Evidence:  geokg.Evidence{ArticleID: "article:1", Date: "2022-09-09", Confidence: 0.8},
		CreatedAt: time.Now(),
	}
	tests := []struct {
		f    geokg.RelationFilter
		want bool
	}{
		{geokg.RelationFilter{}, true},
		{geokg.RelationFilter{Types: []geokg.RelationType{geokg.Accuses, geokg.Sanctions}}, true},
		{geokg.RelationFilter{Types: []geokg.RelationType{geokg.Accuses}}, false},
		{geokg.RelationFilter{Subject: "country:USA", Object: "official:esmail-khatib"}, true},
		{geokg.RelationFilter{Subject: "official:esmail-khatib"}, false},
		{geokg.RelationFilter{Either: "official:esmail-khatib"}, true},
		{geokg.RelationFilter{Either: "country:IRN"}, false},
		{geokg.RelationFilter{From: "2022-09-09", To: "2022-09-09"}, true},
		{geokg.RelationFilter{From: "2022-09-10"}, false},
		{geokg.RelationFilter{To: "2022-09-08"}, false},
		{geokg.RelationFilter{MinConfidence: 0.8}, true},
		{geokg.RelationFilter{MinConfidence: 0.81}, false},
		{geokg.RelationFilter{ArticleID: "article:2"}, false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, tc.f.MatchStatement(st), "%+v", tc.f)
	}
	undated := st
	undated.Evidence.Date = ""
	assert.False(t, geokg.RelationFilter{From: "2000-01-01"}.MatchStatement(undated), "a date range leaves undated statements out")
}

func TestStatementCursorOrder(t *testing.T) {
	at := time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)
	a := geokg.StatementCursor{CreatedAt: at, ID: "evidence:a"}
	b := geokg.StatementCursor{CreatedAt: at, ID: "evidence:b"}
	c := geokg.StatementCursor{CreatedAt: at.Add(time.Nanosecond), ID: "evidence:0"}
	assert.True(t, b.After(a))
	assert.True(t, c.After(b))
	assert.False(t, a.After(a))
	assert.True(t, a.After(geokg.StatementCursor{}))
}

func TestHopTypesKeepThePolarity(t *testing.T) {
	conflict, err := geokg.HopTypes(nil, geokg.HopFilter{Polarity: geokg.Conflict})
	if err != nil {
		t.Fatal(err)
	}
	coop, err := geokg.HopTypes(nil, geokg.HopFilter{Polarity: geokg.Cooperation})
	if err != nil {
		t.Fatal(err)
	}
	if len(conflict) != 10 || len(coop) != 9 {
		t.Errorf("conflict %v, cooperation %v: want 10 and 9 types (the 3 structural ones have none)", conflict, coop)
	}
	for _, ty := range conflict {
		if ty.Goldstein() >= 0 {
			t.Errorf("%s in CONFLICT weighs %v", ty, ty.Goldstein())
		}
	}
	if got, _ := geokg.HopTypes([]geokg.RelationType{geokg.Meets, geokg.Attacks, geokg.Leads}, geokg.HopFilter{Polarity: geokg.Conflict}); len(got) != 1 || got[0] != geokg.Attacks {
		t.Errorf("MEETS, ATTACKS, LEADS kept to CONFLICT: %v, want [ATTACKS]", got)
	}
	if got, _ := geokg.HopTypes([]geokg.RelationType{geokg.Meets}, geokg.HopFilter{MinSources: 2}); len(got) != 1 {
		t.Errorf("no polarity changes the types: %v", got)
	}
	if _, err := geokg.HopTypes([]geokg.RelationType{geokg.Meets}, geokg.HopFilter{Polarity: geokg.Conflict}); geokg.ErrorCode(err) != geokg.CodeInvalidArgument {
		t.Errorf("MEETS kept to CONFLICT: %v, want INVALID_ARGUMENT", err)
	}
	if _, err := geokg.HopTypes(nil, geokg.HopFilter{Polarity: "HOSTILE"}); geokg.ErrorCode(err) != geokg.CodeInvalidArgument {
		t.Errorf("unknown polarity: %v, want INVALID_ARGUMENT", err)
	}
}

// TestEvidenceFieldNamesCoverEveryBit checks that each property a statement reads on
// demand has a bit of its own, together all of them, and that the names always read or
// unknown have none.
func TestEvidenceFieldNamesCoverEveryBit(t *testing.T) {
	var all geokg.EvidenceFields
	for _, name := range []string{"sentence", "start", "end", "date", "confidence", "extractor", "rule", "trigger", "path", "before", "after",
		"id", "article", "event"} {
		bit, ok := geokg.EvidenceField(name)
		assert.True(t, ok, name)
		assert.Zero(t, all&bit, "%s shares a bit", name)
		all |= bit
	}
	assert.Equal(t, geokg.AllEvidenceFields, all)
	for _, name := range []string{"nope", "subject", "text"} {
		_, ok := geokg.EvidenceField(name)
		assert.False(t, ok, name)
	}
}

// TestEdgeFieldNamesCoverEveryBit is TestEvidenceFieldNamesCoverEveryBit for the derived
// properties of an edge, and each order sorts by one of them.
func TestEdgeFieldNamesCoverEveryBit(t *testing.T) {
	var all geokg.EdgeFields
	for _, name := range []string{"count", "articles", "sources", "firstSeen", "lastSeen", "confidence"} {
		bit, ok := geokg.EdgeField(name)
		assert.True(t, ok, name)
		assert.Zero(t, all&bit, "%s shares a bit", name)
		all |= bit
	}
	assert.Equal(t, geokg.AllEdgeFields, all)
	assert.Equal(t, geokg.EdgeFields(0), all.Normal())
	assert.True(t, geokg.EdgeFields(0).Has(geokg.EdgeSources))
	assert.False(t, geokg.EdgeCount.Has(geokg.EdgeSources))
	for _, name := range []string{"id", "type", "subject", "articleCount", "nope"} {
		_, ok := geokg.EdgeField(name)
		assert.False(t, ok, name)
	}
	for f, want := range map[geokg.OrderField]geokg.EdgeFields{geokg.OrderCount: geokg.EdgeCount, geokg.OrderConfidence: geokg.EdgeConfidence,
		geokg.OrderLastSeen: geokg.EdgeLastSeen, geokg.OrderFirstSeen: geokg.EdgeFirstSeen, "": 0} {
		assert.Equal(t, want, f.Property(), "%q", f)
	}
}

// TestEntityAndArticleFieldNamesCoverEveryBit is TestEvidenceFieldNamesCoverEveryBit for
// the properties of the ends and of the articles of a page.
func TestEntityAndArticleFieldNamesCoverEveryBit(t *testing.T) {
	var ents geokg.EntityFields
	for _, name := range []string{"name", "code", "subtype", "title", "country", "aliases"} {
		bit, ok := geokg.EntityField(name)
		assert.True(t, ok, name)
		assert.Zero(t, ents&bit, "%s shares a bit", name)
		ents |= bit
	}
	assert.Equal(t, geokg.AllEntityFields, ents)
	assert.Equal(t, geokg.EntityFields(0), ents.Normal())
	var arts geokg.ArticleFields
	for _, name := range []string{"title", "url", "published", "source"} {
		bit, ok := geokg.ArticleField(name)
		assert.True(t, ok, name)
		assert.Zero(t, arts&bit, "%s shares a bit", name)
		arts |= bit
	}
	assert.Equal(t, geokg.AllArticleFields, arts)
	assert.Equal(t, geokg.ArticleFields(0), arts.Normal())
	for _, name := range []string{"id", "kind", "relations", "nope"} {
		_, ok := geokg.EntityField(name)
		assert.False(t, ok, name)
	}
	for _, name := range []string{"id", "text", "entities", "nope"} {
		_, ok := geokg.ArticleField(name)
		assert.False(t, ok, name)
	}
}

// TestPageWithCovers: a page read covers a field when it brought at least what the field
// asks for; zero sets of properties mean every property on both sides.
func TestPageWithCovers(t *testing.T) {
	bench := geokg.PageWith{Ends: true, Evidence: 5, Articles: true, EvidenceFields: geokg.EvidenceSentence | geokg.EvidenceDate,
		EntityFields: geokg.EntityName, ArticleFields: geokg.ArticleTitle | geokg.ArticleURL}
	tests := []struct {
		name      string
		read, ask geokg.PageWith
		covers    bool
	}{
		{"nothing asked", geokg.PageWith{}, geokg.PageWith{}, true},
		{"ends not read", geokg.PageWith{Evidence: 5}, geokg.PageWith{Ends: true, EntityFields: geokg.EntityName}, false},
		{"the names of the ends", bench, geokg.PageWith{Ends: true, EntityFields: geokg.EntityName}, true},
		{"the aliases of the ends", bench, geokg.PageWith{Ends: true, EntityFields: geokg.EntityAliases}, false},
		{"every property of the ends", bench, geokg.PageWith{Ends: true}, false},
		{"every property read", geokg.PageWith{Ends: true}, geokg.PageWith{Ends: true, EntityFields: geokg.EntityAliases}, true},
		{"fewer statements", bench, geokg.PageWith{Evidence: 3, EvidenceFields: geokg.EvidenceDate}, true},
		{"more statements", bench, geokg.PageWith{Evidence: 6, EvidenceFields: geokg.EvidenceDate}, false},
		{"another property of the statements", bench, geokg.PageWith{Evidence: 5, EvidenceFields: geokg.EvidenceRule}, false},
		{"every property of the statements", bench, geokg.PageWith{Evidence: 5}, false},
		{"no statements asked", geokg.PageWith{}, geokg.PageWith{Evidence: 0, EvidenceFields: geokg.EvidenceRule}, true},
		{"the articles' titles", bench, geokg.PageWith{Evidence: 5, EvidenceFields: geokg.EvidenceDate, Articles: true, ArticleFields: geokg.ArticleTitle}, true},
		{"the articles' sources", bench, geokg.PageWith{Evidence: 5, EvidenceFields: geokg.EvidenceDate, Articles: true, ArticleFields: geokg.ArticleSource}, false},
		{"articles not read", geokg.PageWith{Evidence: 5}, geokg.PageWith{Evidence: 5, Articles: true}, false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.covers, tc.read.Covers(tc.ask), tc.name)
	}
}
