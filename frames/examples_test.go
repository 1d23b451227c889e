package frames

import "testing"

// TestMatchReadsRelationalExamples checks that the actors a relational noun names by
// example ("allies like Peru and Chile", "neighbours such as Peru", "allies including
// Peru") are the arguments of the frame the noun fills, as those of an agent noun with
// "including" are, and that a kind of state given by example ("countries like Peru"), a
// relational noun with no actor listed and a negated act are not.
func TestMatchReadsRelationalExamples(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"allies like, givers of support", "Bolivia retains the support of allies like Peru and Chile.", []string{"Bolivia", "Peru", "Chile"},
			[]string{"Peru SUPPORTS Bolivia", "Chile SUPPORTS Bolivia"}, nil},
		{"neighbours such as, a subject", "Neighbours such as Peru and Bolivia condemned Chile.", []string{"Peru", "Bolivia", "Chile"},
			[]string{"Peru CONDEMNS Chile", "Bolivia CONDEMNS Chile"}, nil},
		{"allies including, a subject", "Allies including Peru and Bolivia condemned Chile.", []string{"Peru", "Bolivia", "Chile"},
			[]string{"Peru CONDEMNS Chile", "Bolivia CONDEMNS Chile"}, nil},
		{"partners like, an object", "Chile criticized partners like Peru.", []string{"Chile", "Peru"},
			[]string{"Chile CONDEMNS Peru"}, nil},
		// must not fire
		{"a kind of state by example", "Countries like Peru condemned Chile.", []string{"Peru", "Chile"},
			nil, []string{"Peru CONDEMNS Chile"}},
		{"allies with no actor listed", "Allies like the rebels condemned Chile.", []string{"Chile"},
			nil, []string{"Chile CONDEMNS Chile"}},
		{"a negated act", "Allies like Peru never condemned Chile.", []string{"Peru", "Chile"},
			nil, []string{"Peru CONDEMNS Chile"}},
	})
}
