package frames

import "testing"

// TestWelcomingAVisitorIsNoSupport checks that welcoming a person with no act of theirs
// named ("Ruiz welcomed Boric warmly") greets a visitor and supports no one, while
// welcoming a person as someone, doing something, or an act of theirs is support.
func TestWelcomingAVisitorIsNoSupport(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true}, "Ruiz": {Person: true}})
	runActorCases(t, []actorCase{
		{"a visitor welcomed", "Ruiz welcomed Boric warmly on Monday.", actors("Ruiz", "Boric"), nil},
		{"a visitor welcomed on arrival", "Boric was welcomed by Ruiz upon his arrival in the capital.", actors("Boric", "Ruiz"), nil},
		{"a person welcomed as a partner", "Ruiz welcomed Boric as a partner in the talks.", actors("Ruiz", "Boric"), []string{"Ruiz SUPPORTS Boric"}},
		{"a person welcomed to do something", "Ruiz welcomed Boric to join the talks on the border.", actors("Ruiz", "Boric"), []string{"Ruiz SUPPORTS Boric"}},
		{"an act welcomed", "Ruiz welcomed Boric's decision to reopen the border.", actors("Ruiz", "Boric"), []string{"Ruiz SUPPORTS Boric"}},
	})
}
