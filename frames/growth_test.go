package frames

import "testing"

// TestGrowthCarriers checks that a verb of growth carries the relation noun it grows
// ("strengthened cooperation with Peru": the subject cooperates), like the support verbs,
// and that a growth not done, a noun owned by another, or a noun of no relation give none.
func TestGrowthCarriers(t *testing.T) {
	runNounCases(t, []nounCase{
		{"strengthened cooperation", "Chile strengthened cooperation with Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"deepened, a day between", "Chile deepened cooperation on Monday with Bolivia.",
			[]string{"Chile", "Bolivia"}, []string{"Chile COOPERATES_WITH Bolivia"}},
		{"enhanced partnership", "Bolivia enhanced its partnership with Peru.",
			[]string{"Bolivia", "Peru"}, []string{"Bolivia COOPERATES_WITH Peru"}},
		{"boosted aid", "Chile boosted aid to Bolivia last year.",
			[]string{"Chile", "Bolivia"}, []string{"Chile AIDS Bolivia"}},
		{"strengthened sanctions", "Chile strengthened sanctions on Bolivia.",
			// the verb's frame and the noun's
			[]string{"Chile", "Bolivia"}, []string{"Chile SANCTIONS Bolivia", "Chile SANCTIONS Bolivia"}},
		// not: a growth wished or denied, another's noun, no relation noun
		{"a growth wished", "Chile wants to deepen cooperation with Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"a growth denied", "Chile did not strengthen cooperation with Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"another's noun", "Chile strengthened Bolivia's cooperation with Peru.",
			[]string{"Chile", "Bolivia", "Peru"}, []string{"Bolivia COOPERATES_WITH Peru"}},
		{"no relation noun", "Chile strengthened its border with Peru.",
			[]string{"Chile", "Peru"}, nil},
	})
}
