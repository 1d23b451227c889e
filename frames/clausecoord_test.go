package frames

import "testing"

// TestCoordinatedClausesWithoutComma checks that two clauses joined by "and" without a
// comma, which the parser reads as one verb with a list of objects, are split: the actors
// before the second verb are its subject, not more targets of the first (a finite verb, or
// a verb the parser took for a noun's compound); a list of objects before a bare
// infinitive and a plain list of targets keep their reading.
func TestCoordinatedClausesWithoutComma(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Shining Path": {Armed: true}})
	runActorCases(t, []actorCase{
		{"a finite second verb", "Peru continues to bomb the Shining Path and Chile and Bolivia arm the rebels.",
			actors("Peru", "Shining Path", "Chile", "Bolivia"), []string{"Peru ATTACKS Shining Path"}},
		{"a second verb read as a compound", "Peru continues to bomb the Shining Path and Chile and Bolivia arm groups in the region.",
			actors("Peru", "Shining Path", "Chile", "Bolivia"), []string{"Peru ATTACKS Shining Path"}},
		{"a bare infinitive", "Peru helped Chile and Bolivia build a road.",
			actors("Peru", "Chile", "Bolivia"), nil},
		{"a plain list of targets", "Peru bombed the Shining Path and Chile and Bolivia last year.",
			actors("Peru", "Shining Path", "Chile", "Bolivia"), []string{"Peru ATTACKS Shining Path", "Peru ATTACKS Chile", "Peru ATTACKS Bolivia"}},
	})
}
