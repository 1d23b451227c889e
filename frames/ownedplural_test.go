package frames

import "testing"

// TestOwnedPluralActsInPlace checks that a plural act noun without a determiner whose
// author a demonym or a name before it gives ("Chilean sanctions against Peru") names
// acts in place, as "the" would, under a clause that does not do them, while one a word
// of class fresh-word makes new, one hung on a noun of a round to come, one counted and
// one that is the subject of what may come are not, in sentences written for this test.
func TestOwnedPluralActsInPlace(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Chilean": {State: true, Demonym: true}})
	runActorCases(t, []actorCase{
		{"weakened", "Bolivia wants to weaken Chilean sanctions against Peru.",
			actors("Bolivia", "Chilean", "Peru"), []string{"Chilean SANCTIONS Peru"}},
		{"softened", "Bolivia hopes to soften Chilean sanctions against Peru.",
			actors("Bolivia", "Chilean", "Peru"), []string{"Chilean SANCTIONS Peru"}},
		{"undermined", "Bolivia is trying to undermine Chilean sanctions against Peru.",
			actors("Bolivia", "Chilean", "Peru"), []string{"Chilean SANCTIONS Peru"}},
		{"new", "Bolivia wants to weaken new Chilean sanctions against Peru.",
			actors("Bolivia", "Chilean", "Peru"), nil},
		{"next round", "Bolivia wants to weaken the next round of Chilean sanctions against Peru.",
			actors("Bolivia", "Chilean", "Peru"), nil},
		{"counted", "Bolivia wants to weaken five Chilean sanctions against Peru.",
			actors("Bolivia", "Chilean", "Peru"), nil},
		{"subject of what may come", "Bolivia feared that limited Chilean strikes against Peru would lead to a war.",
			actors("Bolivia", "Chilean", "Peru"), nil},
	})
}
