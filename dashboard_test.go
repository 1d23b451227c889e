package geokg_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
)

func TestBucketOf(t *testing.T) {
	tests := []struct {
		b          geokg.Bucket
		date, want string
	}{
		{geokg.Day, "2022-09-14", "2022-09-14"},
		{geokg.Week, "2022-09-14", "2022-W37"},
		{geokg.Week, "2022-01-01", "2021-W52"}, // a Saturday: the ISO week of the year before
		{geokg.Week, "2024-12-30", "2025-W01"}, // a Monday: the first week of the next year
		{geokg.Week, "2022-10-03", "2022-W40"},
		{geokg.Month, "2022-09-14", "2022-09"},
		{geokg.Quarter, "2022-01-01", "2022-Q1"},
		{geokg.Quarter, "2022-03-31", "2022-Q1"},
		{geokg.Quarter, "2022-04-01", "2022-Q2"},
		{geokg.Quarter, "2022-09-14", "2022-Q3"},
		{geokg.Quarter, "2022-12-31", "2022-Q4"},
		{geokg.Year, "2022-09-14", "2022"},
		{geokg.Month, "", ""},
		{geokg.Month, "2022-9-14", ""},
		{geokg.Month, "2023-02-29", ""},
		{"DECADE", "2022-09-14", ""},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, tc.b.Of(tc.date), "%s of %q", tc.b, tc.date)
	}
	assert.True(t, geokg.Quarter.Valid())
	assert.False(t, geokg.Bucket("DECADE").Valid())
}

func TestParseDateBound(t *testing.T) {
	tests := []struct {
		in         string
		from, to   string
		wantsError bool
	}{
		{in: "2022", from: "2022-01-01", to: "2022-12-31"},
		{in: "2022-09", from: "2022-09-01", to: "2022-09-30"},
		{in: "2024-02", from: "2024-02-01", to: "2024-02-29"},
		{in: "2023-02", from: "2023-02-01", to: "2023-02-28"},
		{in: "2022-12", from: "2022-12-01", to: "2022-12-31"},
		{in: "2022-09-14", from: "2022-09-14", to: "2022-09-14"},
		{in: "2022-9-8", wantsError: true},
		{in: "2022-13", wantsError: true},
		{in: "2023-02-29", wantsError: true},
		{in: "22", wantsError: true},
		{in: "last week", wantsError: true},
		{in: "2022-09-14T00:00", wantsError: true},
	}
	for _, tc := range tests {
		from, err := geokg.ParseDateBound(tc.in, false)
		to, err2 := geokg.ParseDateBound(tc.in, true)
		if tc.wantsError {
			assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err), tc.in)
			assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err2), tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		require.NoError(t, err2, tc.in)
		assert.Equal(t, tc.from, from, tc.in)
		assert.Equal(t, tc.to, to, tc.in)
	}
}

func TestSeriesByPeriod(t *testing.T) {
	cells := []geokg.StatementCell{
		{Type: geokg.Accuses, Date: "2022-09-14", Count: 2},
		{Type: geokg.Meets, Date: "2022-09-30", Count: 1},
		{Type: geokg.Accuses, Date: "2022-10-01", Count: 1},
		{Type: geokg.MemberOf, Date: "2022-10-02", Count: 5}, // structural: counted, not scored
		{Type: geokg.Sanctions, Date: "", Count: 3},          // undated: in the mean only
	}
	assert.Equal(t, []geokg.PeriodCount{{Period: "2022-Q3", Count: 3}, {Period: "2022-Q4", Count: 6}}, geokg.CountByPeriod(cells, geokg.Quarter))
	assert.Equal(t, []geokg.PeriodCount{{Period: "2022", Count: 9}}, geokg.CountByPeriod(cells, geokg.Year))
	assert.Equal(t, []geokg.TypePeriodCount{
		{Type: geokg.Accuses, Period: "2022-09", Count: 2}, {Type: geokg.Meets, Period: "2022-09", Count: 1},
		{Type: geokg.MemberOf, Period: "2022-10", Count: 5}, {Type: geokg.Accuses, Period: "2022-10", Count: 1},
	}, geokg.CountByTypeAndPeriod(cells, geokg.Month))
	series, mean, n := geokg.ScoreByPeriod(cells, geokg.Quarter)
	assert.Equal(t, []geokg.PeriodScore{
		{Period: "2022-Q3", Score: (2*geokg.Accuses.Goldstein() + geokg.Meets.Goldstein()) / 3, Count: 3},
		{Period: "2022-Q4", Score: geokg.Accuses.Goldstein(), Count: 1},
	}, series)
	assert.Equal(t, 7, n)
	assert.InDelta(t, (3*geokg.Accuses.Goldstein()+geokg.Meets.Goldstein()+3*geokg.Sanctions.Goldstein())/7, mean, 1e-9)

	a := geokg.SummarizeActor(geokg.ActorScoreQuery{ID: "country:ALB"}, cells)
	assert.Equal(t, 12, a.Total)
	assert.Equal(t, geokg.CountByPeriod(cells, geokg.Month), a.ByPeriod, "MONTH by default")

	d := geokg.SummarizeDyadQuery(geokg.DyadQuery{A: "a", B: "b", Bucket: geokg.Week}, []geokg.DyadCell{
		{Type: geokg.Accuses, Date: "2022-09-14", Count: 2}, {Type: geokg.Accuses, Date: "2022-09-30", Count: 1}}, "2022-09-14", "2022-09-30")
	assert.Equal(t, []geokg.MonthCount{{Month: "2022-09", Count: 3}}, d.ByMonth)
	assert.Equal(t, []geokg.PeriodCount{{Period: "2022-W37", Count: 2}, {Period: "2022-W39", Count: 1}}, d.ByPeriod)
	assert.Len(t, d.ScoreByPeriod, 2)
}

func TestInteractionsAndOrder(t *testing.T) {
	all, err := geokg.Interactions(nil)
	require.NoError(t, err)
	assert.Len(t, all, len(geokg.RelationTypes)-3)
	assert.NotContains(t, all, geokg.Leads)
	some, err := geokg.Interactions([]geokg.RelationType{geokg.Accuses, geokg.MemberOf})
	require.NoError(t, err)
	assert.Equal(t, []geokg.RelationType{geokg.Accuses}, some)
	_, err = geokg.Interactions([]geokg.RelationType{geokg.PartOf})
	assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))

	assert.NoError(t, geokg.RelationOrder{}.Check())
	assert.NoError(t, geokg.RelationOrder{Field: geokg.OrderLastSeen, Direction: geokg.Asc}.Check())
	assert.Error(t, geokg.RelationOrder{Field: "NAME", Direction: geokg.Asc}.Check())
	assert.Error(t, geokg.RelationOrder{Field: geokg.OrderCount, Direction: "UP"}.Check())
}

func TestNodeKind(t *testing.T) {
	for id, want := range map[string]string{
		"country:ALB":                     "Country",
		"official:esmail-khatib":          "Official",
		"article:abc":                     "Article",
		"event:cyberattack-2022-07-15":    "Event",
		"evidence:0123":                   "Evidence",
		"country:ALB|ACCUSES|country:IRN": "Relation",
	} {
		got, err := geokg.NodeKind(id)
		require.NoError(t, err, id)
		assert.Equal(t, want, got, id)
	}
	for _, id := range []string{"", "ALB", "evidence:", "country:ALB|NOPE|country:IRN", "country:ALB|ACCUSES"} {
		_, err := geokg.NodeKind(id)
		assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err), id)
	}
}

func TestPLOVER(t *testing.T) {
	for _, rt := range geokg.RelationTypes {
		if rt.Structural() {
			assert.Empty(t, rt.PLOVER(), rt)
			continue
		}
		assert.NotEmpty(t, rt.PLOVER(), rt)
	}
	assert.Equal(t, "SANCTION", geokg.Expels.PLOVER())
	assert.Equal(t, "expel", geokg.Expels.PLOVERMode())
	assert.Equal(t, "ASSAULT", geokg.Attacks.PLOVER())
}
