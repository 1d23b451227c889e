package frames

import "testing"

// TestWelcomingAVisitorHostsThem checks that welcoming a person with no act of theirs
// named ("Ruiz welcomed Boric warmly") greets a visitor and hosts them, while welcoming a
// person into a body is neither, and welcoming a person as someone, doing something, or
// an act of theirs is support.
func TestWelcomingAVisitorHostsThem(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true}, "Ruiz": {Person: true}})
	runActorCases(t, []actorCase{
		{"a visitor welcomed", "Ruiz welcomed Boric warmly on Monday.", actors("Ruiz", "Boric"), []string{"Ruiz HOSTS Boric"}},
		{"a visitor welcomed on arrival", "Boric was welcomed by Ruiz upon his arrival in the capital.", actors("Boric", "Ruiz"), []string{"Ruiz HOSTS Boric"}},
		{"a visitor welcomed with a parade", "Ruiz welcomed Boric with a military parade.", actors("Ruiz", "Boric"), []string{"Ruiz HOSTS Boric"}},
		{"a welcome to come", "Ruiz would welcome Boric.", actors("Ruiz", "Boric"), nil},
		{"a person welcomed into a body", "Ruiz welcomed Boric into the cabinet.", actors("Ruiz", "Boric"), nil},
		{"a person welcomed as a partner", "Ruiz welcomed Boric as a partner in the talks.", actors("Ruiz", "Boric"), []string{"Ruiz SUPPORTS Boric"}},
		{"a person welcomed to do something", "Ruiz welcomed Boric to join the talks on the border.", actors("Ruiz", "Boric"), []string{"Ruiz SUPPORTS Boric"}},
		{"an act welcomed", "Ruiz welcomed Boric's decision to reopen the border.", actors("Ruiz", "Boric"), []string{"Ruiz SUPPORTS Boric"}},
	})
}
