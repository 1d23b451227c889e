package frames

import "testing"

// TestAnsweredActs checks CAMEO's phrasal frames whose object is someone else's act that
// the verb answers: ignoring or rejecting an appeal or a demand rejects its author,
// defying or denouncing a criticism or an accusation denies its author; not one's own
// appeal, and not an act that is no demand or charge.
func TestAnsweredActs(t *testing.T) {
	actors := castOf(t, map[string]Actor{})
	runActorCases(t, []actorCase{
		{"ignored the appeal of", "Peru ignored the appeal of Chile.", actors("Peru", "Chile"),
			[]string{"Peru REJECTS Chile"}},
		{"rejected the call of", "Bolivia rejected the call of Peru for a truce.", actors("Bolivia", "Peru"),
			[]string{"Bolivia REJECTS Peru"}},
		{"defied the criticism", "Bolivia defied Chile's criticism.", actors("Bolivia", "Chile"),
			[]string{"Chile CONDEMNS Bolivia", "Bolivia DENIES Chile"}},
		{"ignored its own appeal", "Peru ignored its own appeal.", actors("Peru"),
			nil},
		{"denounced an attack", "Chile denounced the attack of Peru.", actors("Chile", "Peru"),
			nil},
	})
}

// TestSanctionedAnswers checks that an answer given in sanctions to another's act
// sanctions the act's owner, for each responder; an answer vowed (a threat), negated,
// possible or only threatened, an answer in words or force, and an act of no named owner
// are no sanction.
func TestSanctionedAnswers(t *testing.T) {
	actors := castOf(t, map[string]Actor{})
	runActorCases(t, []actorCase{
		{"responded with tariffs", "Peru and Bolivia have responded to Chile's tariffs with retaliatory tariffs.",
			actors("Peru", "Bolivia", "Chile"), []string{"Peru SANCTIONS Chile", "Bolivia SANCTIONS Chile"}},
		{"penalties of its own", "Bolivia responded to the Chilean duties on copper with penalties of its own.",
			actors("Bolivia", "Chilean"), []string{"Bolivia SANCTIONS Chilean"}},
		{"retaliated against", "Ecuador retaliated against Colombia's sanctions with tariffs on coffee.",
			actors("Ecuador", "Colombia"), []string{"Ecuador SANCTIONS Colombia"}},
		{"vowed", "Peru vowed to respond to Chile's tariffs with tariffs.",
			actors("Peru", "Chile"), []string{"Peru THREATENS Chile"}},
		{"negated", "Peru did not respond to Chile's tariffs with tariffs.",
			actors("Peru", "Chile"), nil},
		{"only threatened", "Peru responded to Chile's tariffs with threatened tariffs.",
			actors("Peru", "Chile"), nil},
		{"possible", "Peru responded to Chile's tariffs with possible penalties.",
			actors("Peru", "Chile"), nil},
		{"in words", "Peru responded to Chile's criticism with a statement.",
			actors("Peru", "Chile"), nil},
		{"no owner", "Peru responded to the tariffs on Bolivian wine with penalties.",
			actors("Peru", "Bolivian"), nil},
	})
}
