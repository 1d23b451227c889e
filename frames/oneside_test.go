package frames

import "testing"

// TestOneSideListIsNoPair checks that officials of one state listed as examples of the
// subject noun ("leaders, including Ruiz, Soto and Vega, forged the pact") are one side
// of the act, not its parties to each other, while officials of two states so listed
// are.
func TestOneSideListIsNoPair(t *testing.T) {
	const text = "The pact was forged by three leaders, including Ruiz, Soto and Vega, in Lima."
	officials := func(sides ...string) func(string) []Actor {
		return func(s string) []Actor {
			var out []Actor
			for k, n := range []string{"Ruiz", "Soto", "Vega"} {
				out = append(out, span(t, s, n, Actor{ID: n, Person: true, Side: sides[k]}))
			}
			return out
		}
	}
	runActorCases(t, []actorCase{
		{"officials of one state", text, officials("Peru", "Peru", "Peru"), nil},
		{"officials of two states", text, officials("Peru", "Chile", "Peru"),
			[]string{"Ruiz SIGNS_AGREEMENT_WITH Soto", "Ruiz SIGNS_AGREEMENT_WITH Vega", "Soto SIGNS_AGREEMENT_WITH Vega"}},
	})
}
