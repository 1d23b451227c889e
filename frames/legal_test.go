package frames

import "testing"

// TestMatchReadsChargesBrought checks that charges or a case brought, filed or pressed
// against an actor, and charges recommended against one, are the accusation of whoever
// brings or recommends them, also when the parser hangs the "against" phrase on the
// verb; and that charges supposed or not brought, and other things brought, accuse no
// one.
func TestMatchReadsChargesBrought(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"charges brought", "Lima brought charges against President Boric.", []string{"Lima", "Boric"},
			[]string{"Lima ACCUSES Boric"}, nil},
		{"charges pressed", "Lima pressed charges against President Boric.", []string{"Lima", "Boric"},
			[]string{"Lima ACCUSES Boric"}, nil},
		{"charges recommended", "The Andean Pact is recommending charges against President Boric.", []string{"Andean Pact", "Boric"},
			[]string{"Andean Pact ACCUSES Boric"}, nil},
		// must not fire
		{"charges supposed", "Lima may bring charges against President Boric.", []string{"Lima", "Boric"},
			nil, []string{"Lima ACCUSES Boric"}},
		{"charges not brought", "Lima decided not to bring charges against President Boric.", []string{"Lima", "Boric"},
			nil, []string{"Lima ACCUSES Boric"}},
		{"troops brought", "Lima brought troops to the border with Santiago.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
	})
}
