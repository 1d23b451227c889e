package events

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/geokg/geokg"
)

// TestMerge runs the stage alone: the events as the reading found them and relations
// naming each in, one event per happening out, the relations naming the survivors.
func TestMerge(t *testing.T) {
	const article = "article:0123456789abcdef"
	ev := func(typ geokg.EventType, date string, targets ...string) geokg.Event {
		if targets == nil {
			targets = []string{}
		}
		return geokg.Event{ID: ID(typ, date, targets, article), Type: typ, Date: date, Targets: targets}
	}
	tests := []struct {
		name   string
		in     []geokg.Event
		want   []string          // type date targets of the events left
		rename map[string]string // the event a relation names before and after
	}{
		{"one event", []geokg.Event{ev(geokg.Cyberattack, "2022-07-15", "country:ALB")},
			[]string{"CYBERATTACK 2022-07-15 [country:ALB]"},
			map[string]string{"event:cyberattack-2022-07-15-country-alb": "event:cyberattack-2022-07-15-country-alb"}},
		{"shared target, one date unknown",
			[]geokg.Event{ev(geokg.Cyberattack, "2022-07-15", "country:ALB"), ev(geokg.Cyberattack, "", "country:ALB", "country:IRN")},
			[]string{"CYBERATTACK 2022-07-15 [country:ALB country:IRN]"},
			map[string]string{
				"event:cyberattack-2022-07-15-country-alb":  "event:cyberattack-2022-07-15-country-alb-country-irn",
				"event:cyberattack-country-alb-country-irn": "event:cyberattack-2022-07-15-country-alb-country-irn"}},
		{"a bare mention joins the nearest earlier event of its type",
			[]geokg.Event{ev(geokg.Summit, "2022-05-01", "country:PER"), ev(geokg.Protest, "2022-05-02"), ev(geokg.Summit, "")},
			[]string{"SUMMIT 2022-05-01 [country:PER]", "PROTEST 2022-05-02 []"},
			map[string]string{
				"event:summit-2022-05-01-country-per": "event:summit-2022-05-01-country-per",
				"event:protest-2022-05-02":            "event:protest-2022-05-02",
				"event:summit-0123456789ab":           "event:summit-2022-05-01-country-per"}},
		{"different dates stay apart",
			[]geokg.Event{ev(geokg.Election, "2022-05-01", "country:PER"), ev(geokg.Election, "2023-05-01", "country:PER")},
			[]string{"ELECTION 2022-05-01 [country:PER]", "ELECTION 2023-05-01 [country:PER]"},
			map[string]string{
				"event:election-2022-05-01-country-per": "event:election-2022-05-01-country-per",
				"event:election-2023-05-01-country-per": "event:election-2023-05-01-country-per"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rels := []geokg.Relation{{Type: geokg.Accuses}} // names no event
			for _, e := range tt.in {
				rels = append(rels, geokg.Relation{Type: geokg.Accuses, Event: e.ID})
			}
			before := make([]geokg.Relation, len(rels))
			copy(before, rels)
			out := Merge(tt.in, rels, article)
			rename := map[string]string{}
			for i, r := range rels[1:] {
				rename[before[i+1].Event] = r.Event
			}
			assert.Empty(t, rels[0].Event)
			var got []string
			for _, e := range out {
				assert.Equal(t, ID(e.Type, e.Date, e.Targets, article), e.ID)
				got = append(got, fmt.Sprint(e.Type, " ", e.Date, " ", e.Targets))
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.rename, rename)
		})
	}
}

// TestID: an event is named by its type, date and targets; one with neither date nor
// targets by its type and its article, so that two articles' "the cyberattack" differ.
func TestID(t *testing.T) {
	assert.Equal(t, "event:cyberattack-2022-07-15-country-alb", ID(geokg.Cyberattack, "2022-07-15", []string{"country:ALB"}, "article:ff"))
	assert.Equal(t, "event:cyberattack-0123456789ab", ID(geokg.Cyberattack, "", nil, "article:0123456789abcdef"))
	assert.NotEqual(t, ID(geokg.Cyberattack, "", nil, "article:aa"), ID(geokg.Cyberattack, "", nil, "article:bb"))
}
