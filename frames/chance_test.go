package frames

import "testing"

// TestClauseSharesChance checks that an -ing participle with no subject or mark of its
// own, and the to-infinitive of a verb that causes or goes for an act, are as possible or
// conditional as the clause they hang on, while a negation, a plan ("will") or an aim
// of that clause is not passed on, in sentences written for this test.
func TestClauseSharesChance(t *testing.T) {
	checkUndone(t, []undoneCase{
		{"If it comes under attack, the Shining Path could place more emphasis on lashing out at Peruvian targets.", "lashing", true},
		{"Experts say Chile could lose its allies if it ends up rejecting the deal with Peru.", "rejecting", true},
		{"Ruiz said a new vote could force Bolivia to cut off all ties with Chile.", "cut", true},
		{"Ruiz said such a step by Boric would force Bolivia to cut off all ties with Chile.", "cut", true},
		{"Ruiz said the vote did not force Bolivia to cut off all ties with Chile.", "cut", true},
		{"Ruiz could fly to Lima to meet Boric next week.", "meet", true},
		{"Peru will withdraw from the pact, accusing Chile of violating it.", "accusing", false},
		{"Peru has been active in efforts to end the feud, meeting Chile three times last year.", "meeting", false},
		{"Peru did not comment, citing its talks with Chile.", "citing", false},
		{"Ruiz said the vote forced Bolivia to cut off all ties with Chile.", "cut", false},
		{"Ruiz will fly to Lima to meet Boric next week.", "meet", false},
		{"Peru attacked the rebels, killing ten fighters.", "killing", false},
	})
}
