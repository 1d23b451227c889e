package frames

import "testing"

// TestKillingNounsAttack checks that a killing, murder or assassination noun whose author
// is named attacks its "of" object, also under another's undone clause, while one that
// names only its victim, or is hedged, attacks no one, in sentences written for this test.
func TestKillingNounsAttack(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true}, "Soto": {Person: true}})
	runActorCases(t, []actorCase{
		{"avenge a killing", "Soto called on Bolivians to avenge the Chilean killing of Ruiz.",
			actors("Soto", "Bolivians", "Chilean", "Ruiz"), []string{"Soto DEMANDS Bolivians", "Chilean ATTACKS Ruiz"}},
		{"by phrase", "Peru condemned the assassination of Ruiz by Chile.",
			actors("Peru", "Ruiz", "Chile"), []string{"Chile ATTACKS Ruiz"}},
		{"possessed murders", "Chile's murders of Peruvians shocked Bolivia.",
			actors("Chile", "Peruvians", "Bolivia"), []string{"Chile ATTACKS Peruvians"}},
		{"victim only", "Peru mourned Ruiz's killing.",
			actors("Peru", "Ruiz"), nil},
		{"planned", "Peru foiled the planned assassination of Ruiz by Chile.",
			actors("Peru", "Ruiz", "Chile"), nil},
	})
}
