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

// TestActNounOfAPossibleOutcome checks that an act named with "a" as the subject of a
// modal predicate ("a strike on Peru could strengthen") may come, while one named with
// "the" or an owner came, and that a verb the parser takes for a noun's modifier is as
// done as the noun ("the possibility of the Chilean army launching airstrikes"), in
// sentences written for this test.
func TestActNounOfAPossibleOutcome(t *testing.T) {
	checkUndone(t, []undoneCase{
		{"Lima and Santiago argued over the possibility of the Chilean army launching airstrikes in the country.", "launching", true},
		{"Peru ended the sanctions regime against Chile last year.", "sanctions", false},
		{"A Chilean strike on Peru could strengthen the Shining Path.", "strike", true},
		{"An attack on Peru would unite the region against Chile.", "attack", true},
		{"The Chilean strike on Peru could strengthen the Shining Path.", "strike", false},
		{"Chile's attack on Peru could not hide its weakness.", "attack", false},
	})
}

// TestInvertedCondition checks that an act in a clause opened by "were" or "had" before
// its subject ("Were Chile to attack Peru, ...") is a condition, while "had" as a verb of
// its own, or a clause after the condition, is not, in sentences written for this test.
func TestInvertedCondition(t *testing.T) {
	checkUndone(t, []undoneCase{
		{"Were Chile to attack Peru, Bolivia would respond.", "attack", true},
		{"Had Chile attacked Peru, Bolivia would have cut ties with it.", "attacked", true},
		{"Ruiz arrived in Lima on Monday, had a meeting with Boric and left.", "meeting", false},
		{"Chile had attacked Peru before the talks.", "attacked", false},
		{"Bolivian leaders, however, were quick to draw a comparison to the summit with Peru last year.", "summit", false},
	})
}

// TestPossibleActsStayThreats checks, on the matcher, that an act merely possible or
// conditional is not read as done, while one its author holds over another on a
// condition stays a threat ("will impose sanctions should Chile refuse"), in sentences
// written for this test.
func TestPossibleActsStayThreats(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"participle of a possible act", "If it comes under attack, the Shining Path could place more emphasis on lashing out at Peruvian targets.",
			[]string{"Shining Path", "Peruvian"}, nil, []string{"Shining Path CONDEMNS Peruvian", "Shining Path ATTACKS Peruvian"}},
		{"a possible strike", "A Chilean strike on Peru could strengthen the Shining Path.",
			[]string{"Chilean", "Peru", "Shining Path"}, nil, []string{"Chilean ATTACKS Peru"}},
		{"an inverted condition", "Were Chile to attack Peru, Bolivia would respond.",
			[]string{"Chile", "Peru", "Bolivia"}, nil, []string{"Chile ATTACKS Peru"}},
		{"a conditional threat", "Peru will impose sanctions on Chile should Chile refuse the deal.",
			[]string{"Peru", "Chile"}, []string{"Peru THREATENS Chile"}, []string{"Peru SANCTIONS Chile"}},
	})
}
