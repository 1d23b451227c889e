package frames

import "testing"

// TestAwaitedActsAreNotDone checks that an act in a present-tense clause after "before"
// or "until" is awaited, not done ("before it blames Peru", "before he heads to Lima to
// meet"), while the same clause in the past tells a done act.
func TestAwaitedActsAreNotDone(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Chile": {}, "Peru": {}, "Bolivia": {}, "Boric": {Person: true}, "Ruiz": {Person: true}})
	runActorCases(t, []actorCase{
		{"before Chile blames", "The panel is waiting for the inquiry before Chile blames Peru.", actors("Chile", "Peru"), nil},
		{"until it blames", "Chile is holding its fire until Peru blames Bolivia.", actors("Chile", "Peru", "Bolivia"), nil},
		{"before Boric heads to meet", "The army paraded days before Boric heads to Lima to meet Ruiz.", actors("Boric", "Ruiz"), nil},
		{"days before he meets", "The vote will take place days before Boric meets Ruiz in Quito.", actors("Boric", "Ruiz"), nil},
		{"before Chile blamed", "The panel waited for the inquiry before Chile blamed Peru.", actors("Chile", "Peru"), []string{"Chile ACCUSES Peru"}},
		{"days before he met", "The vote took place days before Boric met Ruiz in Quito.", actors("Boric", "Ruiz"), []string{"Boric MEETS Ruiz"}},
		{"until it withdrew", "Chile criticized Peru until Peru withdrew its troops.", actors("Chile", "Peru"), []string{"Chile CONDEMNS Peru"}},
	})
}
