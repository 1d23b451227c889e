package frames

import "testing"

// TestPresupposedActNouns checks that a definite act noun whose author is named is read
// as done under a modal, undone or asked clause that belongs to another actor's verb,
// while one hedged, coming, a meeting, or the object of preventing or of its own
// author's plan is not, in sentences written for this test.
func TestPresupposedActNouns(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true}})
	runActorCases(t, []actorCase{
		{"weighed response", "Bolivia is weighing a response to Peru's invasion of Chile.",
			actors("Bolivia", "Peru", "Chile"), []string{"Peru ATTACKS Chile"}},
		{"planned retaliation", "Bolivia plans to retaliate for the Peruvian strikes on Chile.",
			actors("Bolivia", "Peruvian", "Chile"), []string{"Peruvian ATTACKS Chile"}},
		{"urged condemnation", "Ruiz urged Bolivia to condemn Peru's invasion of Chile.",
			actors("Ruiz", "Bolivia", "Chile", "Peru"), []string{"Peru ATTACKS Chile", "Ruiz DEMANDS Bolivia"}},
		{"prevented", "Bolivia wants to prevent Peru's invasion of Chile.",
			actors("Bolivia", "Peru", "Chile"), nil},
		{"own plan", "Peru plans to step up its strikes on Chile.",
			actors("Peru", "Chile"), nil},
		{"possible", "Bolivia fears a possible Peruvian invasion of Chile.",
			actors("Bolivia", "Peruvian", "Chile"), nil},
		{"coming", "Bolivia is bracing for the coming Peruvian offensive against Chile.",
			actors("Bolivia", "Peruvian", "Chile"), nil},
		{"meeting", "Bolivia is preparing for Peru's summit with Chile.",
			actors("Bolivia", "Peru", "Chile"), nil},
		{"supposed", "Bolivia would not accept Peru's supposed deal with Chile.",
			actors("Bolivia", "Peru", "Chile"), nil},
	})
}
