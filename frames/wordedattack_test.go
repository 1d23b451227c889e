package frames

import "testing"

// TestWordedAttackIsCondemnation checks that an attack the sentence tells as one of words
// (an adjective or a name of words on the attack noun, a message it was made in, a reason
// "for" an owned noun, "over" a noun of conduct, a participle of saying after it) is
// CONDEMNS, also from a person on a state, while attacks with no such mark and "for its
// part" stay ATTACKS (the light verb, "launched an attack", is checked in extract).
func TestWordedAttackIsCondemnation(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true}, "Boric": {Person: true}, "Peru": {State: true}, "Chile": {State: true}})
	runActorCases(t, []actorCase{
		{"a state's blistering attack", "Chile's blistering attack on Peru surprised the region.", actors("Chile", "Peru"), []string{"Chile CONDEMNS Peru"}},
		{"verbal attacks", "Chile's verbal attacks on Peru continued.", actors("Chile", "Peru"), []string{"Chile CONDEMNS Peru"}},
		{"attacked for its conduct", "Ruiz attacked Peru for its expansion.", actors("Ruiz", "Peru"), []string{"Ruiz CONDEMNS Peru"}},
		{"attacked over a policy", "Ruiz attacked Peru over its border policy.", actors("Ruiz", "Peru"), []string{"Ruiz CONDEMNS Peru"}},
		{"attacked in a debate", "Chile attacked Peru in a debate at the assembly.", actors("Chile", "Peru"), []string{"Chile CONDEMNS Peru"}},
		// attacks of force
		{"for its part", "Peru, for its part, attacked Chile.", actors("Peru", "Chile"), []string{"Peru ATTACKS Chile"}},
		{"attacked in the night", "Chile attacked Peru in the night.", actors("Chile", "Peru"), []string{"Chile ATTACKS Peru"}},
	})
}
