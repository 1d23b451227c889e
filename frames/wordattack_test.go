package frames

import "testing"

// TestWordsAttackIsCondemnation checks that a person's attack on another person or on a
// body that is neither a state nor armed ("Ruiz attacked Boric", "fired back at Boric",
// "Ruiz's attacks on the Andean Pact") is words, CONDEMNS, while an attack on a state or
// an armed group, or one by a state or an armed group, stays ATTACKS.
func TestWordsAttackIsCondemnation(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true}, "Boric": {Person: true}, "Andean Pact": {}, "Shining Path": {Armed: true}})
	runActorCases(t, []actorCase{
		{"a person attacked a person", "Senator Ruiz attacked Boric on Monday.", actors("Ruiz", "Boric"), []string{"Ruiz CONDEMNS Boric"}},
		{"a person fired back at a person", "Ruiz fired back at Boric after the vote.", actors("Ruiz", "Boric"), []string{"Ruiz CONDEMNS Boric"}},
		{"a person's attacks on a body", "Ruiz's attacks on the Andean Pact drew a rebuke.", actors("Ruiz", "Andean Pact"), []string{"Ruiz CONDEMNS Andean Pact"}},
		{"a state attacked a state", "Chile attacked Peru on Monday.", actors("Chile", "Peru"), []string{"Chile ATTACKS Peru"}},
		{"a person attacked a state", "Ruiz attacked Peru in 1995.", actors("Ruiz", "Peru"), []string{"Ruiz ATTACKS Peru"}},
		{"a person attacked an armed group", "Ruiz attacked the Shining Path in 1992.", actors("Ruiz", "Shining Path"), []string{"Ruiz ATTACKS Shining Path"}},
		{"an armed group attacked a person", "The Shining Path attacked Boric on Monday.", actors("Shining Path", "Boric"), []string{"Shining Path ATTACKS Boric"}},
	})
}
