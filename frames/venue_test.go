package frames

import "testing"

// TestVenueIsNoParty checks that a journey to a place to meet others there ("flew to Peru
// for talks with Bolivia", "traveled to Peru to meet Soto" of Bolivia) is no visit to the
// place's state, while a journey to meet that state or its officials, or for talks that
// name no party, is.
func TestVenueIsNoParty(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true, Side: "Chile"}, "Soto": {Person: true, Side: "Bolivia"}, "Vega": {Person: true, Side: "Peru"}})
	runActorCases(t, []actorCase{
		{"flew there for talks with another", "Ruiz flew to Peru on Monday for talks with Bolivia.", actors("Ruiz", "Peru", "Bolivia"),
			[]string{"Ruiz MEETS Bolivia"}},
		{"traveled there to meet another's official", "Ruiz traveled to Peru to meet Soto.", actors("Ruiz", "Peru", "Soto"),
			[]string{"Ruiz MEETS Soto"}},
		{"arrived there for talks with another", "Ruiz arrived in Peru for talks with Bolivia.", actors("Ruiz", "Peru", "Bolivia"),
			[]string{"Ruiz MEETS Bolivia"}},
		{"flew there for talks with its official", "Ruiz flew to Peru on Monday for talks with Vega.", actors("Ruiz", "Peru", "Vega"),
			[]string{"Ruiz MEETS Peru", "Ruiz MEETS Vega"}},
		{"summoned for a meeting with another", "Peru summoned Soto for a meeting with Vega.", actors("Peru", "Soto", "Vega"),
			[]string{"Peru MEETS Soto"}},
		{"arrived there for talks", "Ruiz arrived in Peru for talks.", actors("Ruiz", "Peru"),
			[]string{"Ruiz MEETS Peru"}},
	})
}
