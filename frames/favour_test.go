package frames

import "testing"

// TestActsFavouredAreNotDone checks that an act someone favours, backs or supports doing,
// or backs away from, is not done ("backed attacking Peru", "favors sending arms to
// Peru"), while a noun act of another that someone supports is there ("supported the OAS
// sanctions on Peru").
func TestActsFavouredAreNotDone(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Chile": {}, "Peru": {}, "Bolivia": {}, "OAS": {}})
	runActorCases(t, []actorCase{
		{"backed attacking", "Chile, which has backed attacking Peru and Bolivia, told reporters it had no plans.", actors("Chile", "Peru", "Bolivia"), nil},
		{"favors sending", "Chile said it favors sending arms to Peru in the fight against the rebels.", actors("Chile", "Peru"), nil},
		{"backed away from blaming", "Chile backed away from blaming Peru for the raid.", actors("Chile", "Peru"), nil},
		{"supported another's sanctions", "Chile supported the OAS sanctions against Peru.", actors("Chile", "OAS", "Peru"), []string{"OAS SANCTIONS Peru"}},
		{"attacked", "Chile has attacked Peru for years.", actors("Chile", "Peru"), []string{"Chile ATTACKS Peru"}},
	})
}
