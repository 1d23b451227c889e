package frames

import "testing"

// TestPhrasalIdioms checks the phrasal idioms of criticism (bristling at, tearing into,
// taking to task, taking aim at, lashing out against, railing at), of
// backing (standing behind, vouching for) and of courting (courting, wooing): with an actor
// in the idiom's slot; not when negated or modal, and not for a thing in that slot.
func TestPhrasalIdioms(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true, Side: "Chile"}, "Boric": {Person: true, Side: "Chile"}})
	runActorCases(t, []actorCase{
		{"bristled at", "Ruiz bristled at Peru over the tariffs.", actors("Ruiz", "Peru"),
			[]string{"Ruiz CONDEMNS Peru"}},
		{"tears into", "Boric regularly tears into Bolivia in his speeches.", actors("Boric", "Bolivia"),
			[]string{"Boric CONDEMNS Bolivia"}},
		{"took to task", "Chile took Peru to task for the blockade.", actors("Chile", "Peru"),
			[]string{"Chile CONDEMNS Peru"}},
		{"took aim at", "Ruiz took aim at Boric in an interview.", actors("Ruiz", "Boric"),
			[]string{"Ruiz CONDEMNS Boric"}},
		{"lashed out against", "Peru lashed out against Chile on Monday.", actors("Peru", "Chile"),
			[]string{"Peru CONDEMNS Chile"}},
		{"railed at", "Boric railed at Bolivia in his speech.", actors("Boric", "Bolivia"),
			[]string{"Boric CONDEMNS Bolivia"}},
		{"stands behind", "Ecuador stands behind Peru in the dispute.", actors("Ecuador", "Peru"),
			[]string{"Ecuador SUPPORTS Peru"}},
		{"vouched for", "Ruiz vouched for Boric before the committee.", actors("Ruiz", "Boric"),
			[]string{"Ruiz SUPPORTS Boric"}},
		{"courted", "Ruiz spent months courting Boric.", actors("Ruiz", "Boric"),
			[]string{"Ruiz MEETS Boric"}},
		{"wooed", "Peru wooed Chile with offers of trade.", actors("Peru", "Chile"),
			[]string{"Peru MEETS Chile"}},
		{"bristled at an idea", "Ruiz bristled at the idea of talks with Peru.", actors("Ruiz", "Peru"),
			nil},
		{"did not take to task", "Bolivia did not take Chile to task.", actors("Bolivia", "Chile"),
			nil},
		{"took aim at a thing", "Bolivia took aim at the report on Chile.", actors("Bolivia", "Chile"),
			nil},
		{"took a stand", "Chile took a stand with Peru.", actors("Chile", "Peru"),
			nil},
		{"may court", "Peru may court Chile next year.", actors("Peru", "Chile"),
			nil},
		{"courted controversy", "Ruiz courted controversy in Peru.", actors("Ruiz", "Peru"),
			nil},
	})
}
