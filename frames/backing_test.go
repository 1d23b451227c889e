package frames

import "testing"

// TestBackingSupportIsSupport checks that support offered, pledged, given, extended or lent
// to an actor backs it unless a modifier makes it material help, which aids it, and that
// support provided aids unless a modifier makes it backing, on sentences written for this
// test.
func TestBackingSupportIsSupport(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true}})
	runActorCases(t, []actorCase{
		{"offered support", "Chile offered its full support to Peru on Monday.", actors("Chile", "Peru"), []string{"Chile SUPPORTS Peru"}},
		{"pledged support", "Bolivia pledged its unwavering support to Boric.", actors("Bolivia", "Boric"), []string{"Bolivia SUPPORTS Boric"}},
		{"gave support", "Chile gave political support to Peru.", actors("Chile", "Peru"), []string{"Chile SUPPORTS Peru"}},
		{"extended support", "Chile extended its support to Peru after the vote.", actors("Chile", "Peru"), []string{"Chile SUPPORTS Peru"}},
		{"lending support", "Bolivia is lending its support to Boric.", actors("Bolivia", "Boric"), []string{"Bolivia SUPPORTS Boric"}},
		{"military support", "Chile offered military support to Peru.", actors("Chile", "Peru"), []string{"Chile AIDS Peru"}},
		{"financial support", "Bolivia pledged financial support to Peru.", actors("Bolivia", "Peru"), []string{"Bolivia AIDS Peru"}},
		{"provided full support", "Chile provided its full support to Peru.", actors("Chile", "Peru"), []string{"Chile SUPPORTS Peru"}},
		{"provided moral support", "Bolivia has provided moral support to Boric.", actors("Bolivia", "Boric"), []string{"Bolivia SUPPORTS Boric"}},
		{"provided support", "Chile provided support to Peru during the floods.", actors("Chile", "Peru"), []string{"Chile AIDS Peru"}},
	})
}
