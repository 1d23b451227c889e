package frames

import "testing"

// TestJourneyMaker checks that a visit or trip with no possessor is made by the subject of
// the verb that ends it or whose "on" or "from" phrase it is, or of the copula it follows
// after "on"; not by a modal or negated clause's subject, not through other meeting nouns,
// and not for a journey that is passive or told of others.
func TestJourneyMaker(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true, Side: "Chile"}, "Boric": {Person: true, Side: "Chile"}})
	runActorCases(t, []actorCase{
		{"wrapped up a visit", "Ruiz wrapped up a visit to Peru on Friday.", actors("Ruiz", "Peru"),
			[]string{"Ruiz MEETS Peru"}},
		{"ended a trip", "Boric ended a three-day trip to Bolivia on Sunday.", actors("Boric", "Bolivia"),
			[]string{"Boric MEETS Bolivia"}},
		{"returned from a trip to two", "Boric returned from a trip to Peru and Bolivia on Sunday.", actors("Boric", "Peru", "Bolivia"),
			[]string{"Boric MEETS Peru", "Boric MEETS Bolivia"}},
		{"said on a visit", "Ruiz said on an official visit to Peru that the border would stay open.", actors("Ruiz", "Peru"),
			[]string{"Ruiz MEETS Peru"}},
		{"speaking on a visit", "Speaking on a visit to Lima, Ruiz praised the port.", actors("Lima", "Ruiz"),
			[]string{"Ruiz MEETS Lima"}},
		{"is on a state visit", "Boric is on a state visit to Ecuador.", actors("Boric", "Ecuador"),
			[]string{"Boric MEETS Ecuador"}},
		{"will wrap up", "Ruiz will wrap up a visit to Peru on Friday.", actors("Ruiz", "Peru"),
			nil},
		{"will be on a visit", "Boric will be on a state visit to Ecuador next week.", actors("Boric", "Ecuador"),
			nil},
		{"participle of a future clause", "Boric will leave next week, embarking on a trip to Bolivia.", actors("Boric", "Bolivia"),
			nil},
		{"cut off contacts", "Ruiz cut off contacts with Peru.", actors("Ruiz", "Peru"),
			[]string{"Ruiz SEVERS_TIES_WITH Peru"}},
		{"commented on talks", "Ruiz commented on talks with Peru.", actors("Ruiz", "Peru"),
			nil},
		{"ended the sanctions", "Chile ended its sanctions on Peru.", actors("Chile", "Peru"),
			[]string{"Chile LIFTS_SANCTIONS Peru"}},
		{"a journey home", "Boric returned from a visit to Chile.", actors("Boric", "Chile"),
			nil},
	})
}
