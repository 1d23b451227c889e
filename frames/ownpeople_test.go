package frames

import "testing"

// TestOwnPeopleAreNoParty checks that an official's own nation named by its people
// ("Boric urged Chileans to vote") or by its agents ("Boric told Chilean diplomats to
// stay") is no other party of the act, while another nation so named is, and so is the
// official's own state named by its name.
func TestOwnPeopleAreNoParty(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true, Side: "Chile"}, "Ruiz": {Person: true, Side: "Peru"},
		"Chileans": {ID: "Chile", Demonym: true}, "Chilean": {ID: "Chile", Demonym: true},
		"Peruvians": {ID: "Peru", Demonym: true}, "Peruvian": {ID: "Peru", Demonym: true}})
	runActorCases(t, []actorCase{
		{"own people urged", "President Boric urged Chileans to stay calm.", actors("Boric", "Chileans"), nil},
		{"own people called on", "Boric called on Chileans to vote on Sunday.", actors("Boric", "Chileans"), nil},
		{"own diplomats told", "Boric told Chilean diplomats to stay in Lima.", actors("Boric", "Chilean"), nil},
		{"own diplomats criticised", "Boric criticized Chilean diplomats for the delay.", actors("Boric", "Chilean"), nil},
		{"another nation's people urged", "President Boric urged Peruvians to stay calm.", actors("Boric", "Peruvians"),
			[]string{"Boric DEMANDS Peru"}},
		{"another state's diplomats told", "Boric told Peruvian diplomats to leave Santiago.", actors("Boric", "Peruvian"),
			[]string{"Boric EXPELS Peru"}},
		{"own state by its name", "Ruiz urged Peru to stay out of the dispute.", actors("Ruiz", "Peru"),
			[]string{"Ruiz DEMANDS Peru"}},
		{"own state by its authorities", "Ruiz urged Peruvian authorities to stop the attacks.", actors("Ruiz", "Peruvian"),
			[]string{"Ruiz DEMANDS Peru"}},
	})
}

// TestOwnStateIsNoCounterpart checks that a state and its own official are no two parties
// of a meeting or an agreement ("a Chile meeting with Boric"), while a state and another's
// official are, and an official's act on his own state of another type still counts.
func TestOwnStateIsNoCounterpart(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true, Side: "Chile"}, "Ruiz": {Person: true, Side: "Peru"}})
	runActorCases(t, []actorCase{
		{"a state's talks with its official", "Chile held talks with Boric on Monday.", actors("Chile", "Boric"), nil},
		{"a state's meeting with its official", "After a Chile meeting with Boric, the talks ended.", actors("Chile", "Boric"), nil},
		{"an official's deal with his state", "Boric signed a deal with Chile on Monday.", actors("Boric", "Chile"), nil},
		{"a state met another's official", "Chile met Ruiz on Monday.", actors("Chile", "Ruiz"), []string{"Chile MEETS Ruiz"}},
		{"an official blamed his own state", "Boric blamed Chile for the delay.", actors("Boric", "Chile"), []string{"Boric ACCUSES Chile"}},
	})
}
