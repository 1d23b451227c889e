package frames

import "testing"

// TestNamedAccord checks that coordinated subjects who sign an agreement named by a proper
// name ("the Lima Accord", "the Treaty of Lima") or a declaration sign it with each other,
// as they do an agreement named by a common noun, while a name that is no agreement is
// still someone addressed and a declaration signed by one party names no other.
func TestNamedAccord(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true, Side: "Chile"}, "Arce": {Person: true, Side: "Bolivia"}})
	runActorCases(t, []actorCase{
		{"signed a named accord", "Peru and Chile signed the Lima Accord in 1929.", actors("Peru", "Chile"),
			[]string{"Peru SIGNS_AGREEMENT_WITH Chile"}},
		{"signed a treaty named with its place", "Peru and Chile signed the Treaty of Lima in 1929.", actors("Peru", "Chile"),
			[]string{"Peru SIGNS_AGREEMENT_WITH Chile"}},
		{"a declaration signed by two", "The Andean Declaration, signed by Peru and Chile in 1929, fixed the border.", actors("Peru", "Chile"),
			[]string{"Peru SIGNS_AGREEMENT_WITH Chile"}},
		{"signed a joint declaration", "Boric and Arce signed a joint declaration on trade.", actors("Boric", "Arce"),
			[]string{"Boric SIGNS_AGREEMENT_WITH Arce"}},
		{"a declaration of one", "Boric signed a declaration of emergency.", actors("Boric"),
			nil},
		{"a name addressed", "Peru and Chile met Arce on Monday.", actors("Peru", "Chile", "Arce"),
			[]string{"Peru MEETS Arce", "Chile MEETS Arce"}},
	})
}
