package frames

import "testing"

// TestCalledOffMeetingIsNone checks that a visit, meeting or summit cancelled, scrapped or
// called off before it takes place is no meeting, while a visit ended or begun took place,
// and so did talks a clause tells were under way, on sentences written for this test.
func TestCalledOffMeetingIsNone(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true}, "Arce": {Person: true}})
	runActorCases(t, []actorCase{
		{"cancelled a visit", "Chile cancelled Boric's visit to Peru after the attack.", actors("Chile", "Boric", "Peru"), nil},
		{"visit was scrapped", "Boric's visit to Bolivia was scrapped on Monday.", actors("Boric", "Bolivia"), nil},
		{"called off a summit", "Chile called off Boric's summit with Arce on Friday.", actors("Chile", "Boric", "Arce"), nil},
		{"scrapped a meeting", "Chile has scrapped Boric's meeting with Arce.", actors("Chile", "Boric", "Arce"), nil},
		{"visit ended", "Boric's visit to Peru ended on Friday.", actors("Boric", "Peru"), []string{"Boric MEETS Peru"}},
		{"visit began", "Boric's visit to Peru began on Friday.", actors("Boric", "Peru"), []string{"Boric MEETS Peru"}},
		{"talks under way", "Chile cancelled Boric's talks with Arce that had gone on for a year.", actors("Chile", "Boric", "Arce"), []string{"Boric MEETS Arce"}},
	})
}
