package geokg_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/geokg/geokg"
)

func TestRankSearch(t *testing.T) {
	ents := []geokg.Entity{
		{ID: "country:IRN", Name: "Iran", Code: "IRN", Aliases: []string{"Iran", "Tehran", "Iranian"}},
		{ID: "country:IRQ", Name: "Iraq", Code: "IRQ", Aliases: []string{"Iraq", "Baghdad"}},
		{ID: "country:OMN", Name: "Oman", Code: "OMN", Aliases: []string{"Oman"}},
		{ID: "group:ministry-of-foreign-affairs-of-iran", Name: "Ministry of Foreign Affairs of Iran", Aliases: []string{"Iran's Ministry of Foreign Affairs"}},
		{ID: "official:iraj-masjedi", Name: "Iraj Masjedi"},
		{ID: "official:justin-trudeau", Name: "Justin Trudeau", Aliases: []string{"Trudeau"}},
		{ID: "official:vladimir-putin", Name: "Vladimir Putin", Aliases: []string{"Putin"}},
		{ID: "country:USA", Name: "United States", Code: "USA", Aliases: []string{"U.S.", "Washington"}},
		{ID: "group:united-states-navy", Name: "United States Navy", Aliases: []string{"US Navy"}},
		{ID: "group:united-states-department-of-the-treasury", Name: "United States Department of the Treasury", Aliases: []string{"US Treasury"}},
		{ID: "country:ALB", Name: "Albania", Code: "ALB", Aliases: []string{"Albania", "Tirana"}},
		{ID: "group:peoples-mujahedeen-of-iran", Name: "People's Mujahedeen of Iran", Aliases: []string{"MEK", "Mujahedin-e-Khalq"}},
	}
	ids := func(hits []geokg.SearchHit) []string {
		var out []string
		for _, h := range hits {
			out = append(out, h.Entity.ID)
		}
		return out
	}
	tests := []struct {
		text    string
		want    []string // the hits, in order
		match   geokg.Match
		matched string // of the first hit
	}{
		{"Iran", []string{"country:IRN", "group:peoples-mujahedeen-of-iran", "group:ministry-of-foreign-affairs-of-iran"}, geokg.MatchExact, "Iran"},
		{"iran", []string{"country:IRN", "group:peoples-mujahedeen-of-iran", "group:ministry-of-foreign-affairs-of-iran"}, geokg.MatchExact, "Iran"},
		{"Putin", []string{"official:vladimir-putin"}, geokg.MatchExact, "Putin"},
		{"US", []string{"country:USA", "group:united-states-navy", "group:united-states-department-of-the-treasury"}, geokg.MatchExact, "U.S."},
		{"USA", []string{"country:USA"}, geokg.MatchExact, "USA"},
		{"Alban", []string{"country:ALB"}, geokg.MatchPrefix, "Albania"},
		{"Mojahedin", []string{"group:peoples-mujahedeen-of-iran"}, geokg.MatchFuzzy, "Mujahedin-e-Khalq"},
		{"Irn", []string{"country:IRN"}, geokg.MatchExact, "IRN"},
		{"Irak", nil, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			hits := geokg.RankSearch(tc.text, ents, 10)
			if got := ids(hits); !equal(got, tc.want) {
				t.Fatalf("RankSearch(%q) = %v, want %v", tc.text, got, tc.want)
			}
			if len(hits) == 0 {
				return
			}
			if hits[0].Match != tc.match || hits[0].Matched != tc.matched {
				t.Errorf("first hit matched %s %q, want %s %q", hits[0].Match, hits[0].Matched, tc.match, tc.matched)
			}
			for i := 1; i < len(hits); i++ {
				if hits[i].Score > hits[i-1].Score {
					t.Errorf("hit %d scores %v, more than the hit before it (%v)", i, hits[i].Score, hits[i-1].Score)
				}
			}
		})
	}
	if hits := geokg.RankSearch("Iran", ents, 1); len(hits) != 1 {
		t.Errorf("first 1 gave %d hits", len(hits))
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestCheckSearchText(t *testing.T) {
	tests := []struct {
		name, text, says string
	}{
		{"a name", "Iran", ""},
		{"the longest text", strings.Repeat("ab ", geokg.MaxSearchText/3), ""},
		{"the longest word", strings.Repeat("a", geokg.MaxSearchWord), ""},
		{"a word too long", strings.Repeat("a", geokg.MaxSearchWord+1), "a search word is 65 characters, over the limit of 64"},
		{"a text too long", strings.Repeat("ab ", 100), "search text is 300 characters, over the limit of 200"},
		{"no words", " ?! ", "search text has no words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := geokg.CheckSearchText(tt.text)
			if tt.says == "" {
				assert.NoError(t, err)
				return
			}
			assert.Equal(t, geokg.CodeInvalidArgument, geokg.ErrorCode(err))
			assert.EqualError(t, err, tt.says)
		})
	}
}
