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
