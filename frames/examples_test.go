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

// TestMatchReadsPartInAnAct checks that the owner of a part noun (class part-noun: role,
// part, involvement, complicity) whose "in" gerund names an act does that act ("Peru's
// role in propping up Boric"), however the parser hangs the gerund, and that a part
// denied, hoped for or of no actor is no act.
func TestMatchReadsPartInAnAct(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a role in propping up", "Tensions rose over Peru's role in propping up President Boric.", []string{"Peru", "Boric"},
			[]string{"Peru SUPPORTS Boric"}, nil},
		{"involvement in supporting", "Chile condemned Bolivia's involvement in supporting the Shining Path.", []string{"Chile", "Bolivia", "Shining Path"},
			[]string{"Bolivia SUPPORTS Shining Path"}, nil},
		{"a part in backing", "Peru's part in backing Boric angered Chile.", []string{"Peru", "Boric", "Chile"},
			[]string{"Peru SUPPORTS Boric"}, nil},
		{"the role of an actor", "Chile criticized the role of Peru in arming the Shining Path.", []string{"Chile", "Peru", "Shining Path"},
			[]string{"Peru AIDS Shining Path"}, nil},
		// must not fire
		{"a role denied", "Peru denied its role in backing the Shining Path.", []string{"Peru", "its", "Shining Path"},
			nil, []string{"Peru SUPPORTS Shining Path"}},
		{"a role hoped for", "Peru hopes to play a role in backing Boric.", []string{"Peru", "Boric"},
			nil, []string{"Peru SUPPORTS Boric"}},
		{"a role of no actor", "The army's role in backing Boric angered Chile.", []string{"Boric", "Chile"},
			nil, []string{"Chile SUPPORTS Boric"}},
		{"a role in a plan", "Peru praised its role in the plan to back Boric.", []string{"Peru", "its", "Boric"},
			nil, []string{"Peru SUPPORTS Boric"}},
	})
}
