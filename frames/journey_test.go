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

// TestTalksUnderWay checks that those a copula puts "in" talks, or "in the midst" of them,
// hold them: with the "with" phrase's party, else with each other; not when negated or
// modal, and not for talks with no other party.
func TestTalksUnderWay(t *testing.T) {
	actors := castOf(t, map[string]Actor{})
	runActorCases(t, []actorCase{
		{"in the midst of talks", "Peru and Chile are in the midst of peace talks.", actors("Peru", "Chile"),
			[]string{"Peru MEETS Chile"}},
		{"in the middle of negotiations", "Cuba and Mexico were in the middle of negotiations when the storm hit.", actors("Cuba", "Mexico"),
			[]string{"Cuba MEETS Mexico"}},
		{"in discussions", "Colombia and Venezuela are in discussions on trade.", actors("Colombia", "Venezuela"),
			[]string{"Colombia MEETS Venezuela"}},
		{"in negotiations with", "Peru and Ecuador were in negotiations with Bolivia over the border.", actors("Peru", "Ecuador", "Bolivia"),
			[]string{"Peru MEETS Bolivia", "Ecuador MEETS Bolivia"}},
		{"not in the midst", "Peru and Chile are not in the midst of talks.", actors("Peru", "Chile"),
			nil},
		{"could be in the midst", "Peru and Chile could soon be in the midst of talks.", actors("Peru", "Chile"),
			nil},
		{"will be in talks", "Brazil and Paraguay will be in talks next week.", actors("Brazil", "Paraguay"),
			nil},
		{"in talks alone", "Spain is in talks on the budget.", actors("Spain"),
			nil},
	})
}

// TestTwoTitledSubjects checks that two subjects the parser hangs side by side on a
// reciprocal verb, joined by "and" ("President Boric and Peruvian leader Castillo met"),
// act with each other as coordinated subjects do; not two subjects of two clauses, nor
// an act that is not done.
func TestTwoTitledSubjects(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true, Side: "Chile"}, "leader Pedro Castillo": {Person: true, Side: "Peru"},
		"counterpart Pedro Castillo": {Person: true, Side: "Peru"}, "Ruiz": {Person: true, Side: "Chile"}})
	runActorCases(t, []actorCase{
		{"met three times", "President Boric and Peruvian leader Pedro Castillo have met three times.", actors("Boric", "leader Pedro Castillo"),
			[]string{"Boric MEETS leader Pedro Castillo"}},
		{"his counterpart", "President Boric and his Peruvian counterpart Pedro Castillo met in Lima on Monday.", actors("Boric", "counterpart Pedro Castillo"),
			[]string{"Boric MEETS counterpart Pedro Castillo"}},
		{"will meet", "President Boric and Peruvian leader Pedro Castillo will meet next week.", actors("Boric", "leader Pedro Castillo"),
			nil},
		{"two clauses", "Ruiz said Peruvian leader Pedro Castillo met reporters.", actors("Ruiz", "leader Pedro Castillo"),
			nil},
	})
}

// TestMeetingOccasion checks that coordinated subjects whose act took place during, at or
// after talks, a meeting or a call that names no party of its own met each other; not
// when the noun names another party or a body, when the verb is passive, or when its act
// is not done.
func TestMeetingOccasion(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true, Side: "Chile"}, "Ruiz": {Person: true, Side: "Peru"}})
	runActorCases(t, []actorCase{
		{"discussed during talks", "Chile and Peru discussed the border dispute during talks on Monday.", actors("Chile", "Peru"),
			[]string{"Chile MEETS Peru"}},
		{"talks in a capital", "Chile and Peru discussed trade during talks in Lima.", actors("Chile", "Peru", "Lima"),
			[]string{"Chile MEETS Peru"}},
		{"in a meeting, agreed", "In a meeting on Monday, Boric and Ruiz agreed to reopen the border.", actors("Boric", "Ruiz"),
			[]string{"Boric MEETS Ruiz"}},
		{"during a phone call", "Boric and Ruiz discussed the crisis during a phone call.", actors("Boric", "Ruiz"),
			[]string{"Boric MEETS Ruiz"}},
		{"talks with another", "Chile and Peru clashed during talks with Bolivia.", actors("Chile", "Peru", "Bolivia"),
			[]string{"Chile MEETS Bolivia", "Peru MEETS Bolivia"}},
		{"a meeting of a body", "Chile and Peru clashed at a meeting of the Andean Pact.", actors("Chile", "Peru", "Andean Pact"),
			nil},
		{"passive", "Chile and Peru were criticised at the summit.", actors("Chile", "Peru"),
			nil},
		{"will discuss", "Chile and Peru will discuss trade during talks in Lima.", actors("Chile", "Peru", "Lima"),
			nil},
		{"did not discuss", "Chile and Peru did not discuss trade during the talks.", actors("Chile", "Peru"),
			nil},
		{"one subject", "Chile discussed trade during talks on Monday.", actors("Chile"),
			nil},
	})
}

// TestJointAppearance checks that a joint appearance with someone is a meeting with
// them, and that of "their joint appearance" the pair the clause names; not an
// appearance that is not joint.
func TestJointAppearance(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true, Side: "Chile"}, "President Castillo": {Person: true, Side: "Peru"},
		"Castillo": {Person: true, Side: "Peru"}})
	runActorCases(t, []actorCase{
		{"during a joint appearance", "Boric spoke during a joint appearance with President Castillo.", actors("Boric", "President Castillo"),
			[]string{"Boric MEETS President Castillo"}},
		{"a joint news appearance", "During a joint news appearance with President Castillo, Boric praised the treaty.", actors("President Castillo", "Boric"),
			[]string{"Boric MEETS President Castillo"}},
		{"their joint appearance", "At their joint appearance in Lima, Boric told Castillo to open the border.", actors("Boric", "Castillo"),
			[]string{"Boric MEETS Castillo", "Boric DEMANDS Castillo"}},
		{"not joint", "Boric spoke during an appearance with President Castillo.", actors("Boric", "President Castillo"),
			nil},
	})
}
