package extract

import "testing"

// TestPartyBeforeTitle covers partyBeforeTitle: an official's party named by its one-word
// name before the title or the name.
func TestPartyBeforeTitle(t *testing.T) {
	x := New(partyPeopleGazetteer(t))
	checkCases(t, x, []sentenceCase{
		{"before a legislator's title", "Civic Senator Ana Ruiz criticized Bolivia on Monday.",
			[]string{"Ana Ruiz MEMBER_OF Civic Party"}, nil},
		{"a chamber before the word", "Senate Civic leader Ana Ruiz criticized Bolivia on Monday.",
			[]string{"Ana Ruiz MEMBER_OF Civic Party"}, []string{"Ana Ruiz LEADS Civic Party"}},
		{"a nominee", "Bolivia praised presumptive Unionist presidential nominee Gov. Ana Ruiz on Monday.",
			[]string{"Ana Ruiz MEMBER_OF Unity Movement"}, nil},
		{"a title after a possessive", "Peru's Civic President Ana Ruiz visited Bolivia.",
			[]string{"Ana Ruiz MEMBER_OF Civic Party"}, nil},
		{"a noun between", "Bolivia praised the Civic principles President Ana Ruiz defends.",
			nil, []string{"Ana Ruiz MEMBER_OF Civic Party"}},
		{"another party's name", "Christian Civic Senator Ana Ruiz criticized Bolivia on Monday.",
			nil, []string{"Ana Ruiz MEMBER_OF Civic Party"}},
		{"a stance", "Pro-Civic Senator Ana Ruiz criticized Bolivia on Monday.",
			nil, []string{"Ana Ruiz MEMBER_OF Civic Party"}},
		{"another country's party", "Chilean Civic Senator Pedro Soto criticized Bolivia on Monday.",
			nil, []string{"Pedro Soto MEMBER_OF Civic Party"}},
		{"a pronoun after", "President Ana Ruiz of Chile spoke. Bolivia praised the Civic candidate she defeated.",
			nil, []string{"Ana Ruiz MEMBER_OF Civic Party"}},
	}, relationStrings, nil)
}

// TestChamberPartyLeader covers the title stage's reading of a party's leader in one
// chamber ("House GOP leader X"): a member of the party, not its leader.
func TestChamberPartyLeader(t *testing.T) {
	x := New(partyPeopleGazetteer(t))
	checkCases(t, x, []sentenceCase{
		{"a chamber before the party", "House Unity Movement leader Ana Ruiz criticized Bolivia on Monday.",
			[]string{"Ana Ruiz MEMBER_OF Unity Movement"}, []string{"Ana Ruiz LEADS Unity Movement"}},
		{"the party's own leader", "Unity Movement leader Ana Ruiz criticized Bolivia on Monday.",
			[]string{"Ana Ruiz LEADS Unity Movement"}, nil},
	}, relationStrings, nil)
}
