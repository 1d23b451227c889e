package frames

import "testing"

// TestKnowingIsNoObligationDemanded checks that what a speaker says another should know,
// understand or see ("Peru should know that ...") is no demand of it, while an act the
// speaker says another must do still is.
func TestKnowingIsNoObligationDemanded(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true}, "Peru": {}, "Chile": {}})
	runActorCases(t, []actorCase{
		{"should know", "Boric said Peru should know that the border will stay closed.", actors("Boric", "Peru"), nil},
		{"must understand", "Boric said Peru must understand that Chile will not back down.", actors("Boric", "Peru", "Chile"), nil},
		{"must not see", "\"Peru must not see Chilean weakness,\" Boric said.", actors("Peru", "Chile", "Boric"), nil},
		{"must release", "Boric said Peru must release the prisoners.", actors("Boric", "Peru"), []string{"Boric DEMANDS Peru"}},
		{"should reopen", "Boric said Peru should reopen the border with Chile.", actors("Boric", "Peru", "Chile"), []string{"Boric DEMANDS Peru"}},
	})
}
