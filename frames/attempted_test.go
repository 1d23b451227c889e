package frames

import "testing"

// TestAttemptedAskingIsAsking checks that an attempt to ask someone to act ("tried to
// persuade Chile", "sought to press Chile", "Peru's efforts to convince Chile") is the asking
// done, while an attempt negated, modal or planned, an attempt at another act and the act
// the asking is about state nothing.
func TestAttemptedAskingIsAsking(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Chile": {}, "Peru": {}, "Bolivia": {}, "Boric": {Person: true}})
	runActorCases(t, []actorCase{
		{"tried to persuade", "Peru tried to persuade Chile to reopen the border.", actors("Peru", "Chile"), []string{"Peru DEMANDS Chile"}},
		{"sought to press", "Peru sought to press Chile to withdraw its troops.", actors("Peru", "Chile"), []string{"Peru DEMANDS Chile"}},
		{"trying to coax", "Boric has been trying to coax Chile to keep the summit on the calendar.", actors("Boric", "Chile"), []string{"Boric DEMANDS Chile"}},
		{"tried to convince", "Peru tried to convince Chile to drop the case.", actors("Peru", "Chile"), []string{"Peru DEMANDS Chile"}},
		{"tried to pressure into", "Peru tried to pressure Chile into dropping the case.", actors("Peru", "Chile"), []string{"Peru DEMANDS Chile"}},
		{"efforts to persuade", "Peru's efforts to persuade Chile to reopen the border failed.", actors("Peru", "Chile"), []string{"Peru DEMANDS Chile"}},
		{"the asked act stays an aim", "Peru tried to persuade Chile to attack Bolivia.", actors("Peru", "Chile", "Bolivia"), []string{"Peru DEMANDS Chile"}},
		{"will try", "Peru will try to persuade Chile to reopen the border.", actors("Peru", "Chile"), nil},
		{"did not try", "Peru did not try to persuade Chile to reopen the border.", actors("Peru", "Chile"), nil},
		{"may seek", "Peru may seek to press Chile on the border.", actors("Peru", "Chile"), nil},
		{"a plan", "Peru plans to persuade Chile to reopen the border.", actors("Peru", "Chile"), nil},
		{"an attempted attack", "Peru tried to attack Chile.", actors("Peru", "Chile"), nil},
	})
}

// TestAttemptMeansIsDone checks that the way an attempt was made ("tried to isolate Chile
// by urging Bolivia to cut ties") is done when the attempt is, while its aim, the means of
// an attempt to come and the means of an act that is no attempt stay as they were.
func TestAttemptMeansIsDone(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Chile": {}, "Peru": {}, "Bolivia": {}})
	runActorCases(t, []actorCase{
		{"tried to by urging", "Peru tried to isolate Chile by urging Bolivia to cut ties.", actors("Peru", "Chile", "Bolivia"), []string{"Peru DEMANDS Bolivia"}},
		{"sought to by calling on", "Peru sought to end the dispute by calling on Chile to withdraw.", actors("Peru", "Chile"), []string{"Peru DEMANDS Chile"}},
		{"will try to by calling on", "Peru will try to end the dispute by calling on Chile to withdraw.", actors("Peru", "Chile"), nil},
		{"plans to by calling on", "Peru plans to end the dispute by calling on Chile to withdraw.", actors("Peru", "Chile"), nil},
		{"did not try", "Peru did not try to isolate Chile by urging Bolivia to cut ties.", actors("Peru", "Chile", "Bolivia"), nil},
	})
}
