package frames

import "testing"

// TestWishedOutcomeIsNoDemand checks that wanting another to win, to succeed or to undergo
// an act ("Chile wants Peru to win", "wants Peru to be punished") wishes an outcome and
// demands nothing of it, while wanting or asking it to act is a demand.
func TestWishedOutcomeIsNoDemand(t *testing.T) {
	runMatchCases(t, []matchCase{
		{"wants another to win", "Chile wanted Peru to win the vote.", []string{"Chile", "Peru"}, nil},
		{"wants another to succeed", "Chile wants Peru to succeed.", []string{"Chile", "Peru"}, nil},
		{"wants another to be punished", "Chile wants Peru to be punished for the raid.", []string{"Chile", "Peru"}, nil},
		{"needs another to be recognized", "Bolivia needs Peru to be recognized as a partner.", []string{"Bolivia", "Peru"}, nil},
		{"wants another removed", "Chile wanted Peru removed from the pact.", []string{"Chile", "Peru"}, nil},
		{"wants another to act", "Chile wants Peru to lift the tariffs.", []string{"Chile", "Peru"}, []string{"Chile DEMANDS Peru"}},
		{"wants another to stop", "Chile wanted Peru to stop the raids.", []string{"Chile", "Peru"}, []string{"Chile DEMANDS Peru"}},
		{"wants another to win back trust", "Chile wants Peru to win back the trust of Bolivia.", []string{"Chile", "Peru", "Bolivia"}, []string{"Chile DEMANDS Peru"}},
	})
}
