package extract

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// TestPartyApposition covers partyApposition: an official's party stated by its member
// noun in an apposition.
func TestPartyApposition(t *testing.T) {
	x := New(partyPeopleGazetteer(t))
	checkCases(t, x, []sentenceCase{
		{"a state before the noun", "Senator Ana Ruiz, a Cusco Unionist, criticized the plan on Monday.",
			[]string{"Ana Ruiz MEMBER_OF Unity Movement"}, nil},
		{"the noun alone, in a pair", "The bill was written by Senator Ana Ruiz, a Unionist, and Senator Pedro Soto.",
			[]string{"Ana Ruiz MEMBER_OF Unity Movement"}, []string{"Pedro Soto MEMBER_OF Unity Movement"}},
		{"a relative clause after", "Senator Ana Ruiz, the Lima Unionist who chairs the panel, said Bolivia had lied.",
			[]string{"Ana Ruiz MEMBER_OF Unity Movement"}, nil},
		{"a modifier and a title", "Senator Ana Ruiz, a moderate Civic senator, said Bolivia had lied.",
			[]string{"Ana Ruiz MEMBER_OF Civic Party"}, nil},
		{"a member of a chamber", "Senator Ana Ruiz, a Civic member of the Senate, said Bolivia had lied.",
			[]string{"Ana Ruiz MEMBER_OF Civic Party"}, nil},
		{"another country's official", "Chilean Senator Pedro Soto, a Unionist, said Bolivia had lied.",
			nil, []string{"Pedro Soto MEMBER_OF Unity Movement"}},
		{"a compound word", "Senator Ana Ruiz, a Civic-backed candidate, said Bolivia had lied.",
			nil, []string{"Ana Ruiz MEMBER_OF Civic Party"}},
		{"an ally, not a member", "Senator Ana Ruiz, a Unionist ally, said Bolivia had lied.",
			nil, []string{"Ana Ruiz MEMBER_OF Unity Movement"}},
		{"no official before", "Senator Ana Ruiz visited Cusco, a Unionist stronghold, on Monday.",
			nil, []string{"Ana Ruiz MEMBER_OF Unity Movement"}},
		{"a name no mention reads", "The bill, written by Jose Vidal, a Unionist, and Marta Soto, a Civic, was blocked.",
			[]string{"Jose Vidal MEMBER_OF Unity Movement", "Marta Soto MEMBER_OF Civic Party"}, nil},
		{"a place before the apposition", "Senator Ana Ruiz spoke in Cusco City, a Unionist who chairs the panel said on Monday.",
			nil, []string{"Cusco City MEMBER_OF Unity Movement"}},
		{"another country's word", "Senator Ana Ruiz, a Chilean Unionist, said Bolivia had lied.",
			nil, []string{"Ana Ruiz MEMBER_OF Unity Movement"}},
		{"a paper's name", "Jose Vidal, The Lima Unionist, wrote that Bolivia had lied.",
			nil, []string{"Jose Vidal MEMBER_OF Unity Movement"}},
		{"an honorific's person is left to it", "Ana Ruiz criticised Bolivia. Ms Ruiz, a Unionist, said Bolivia had lied.",
			nil, []string{"Ms Ruiz MEMBER_OF Unity Movement"}},
		{"a word of two parties", "Senator Ana Ruiz, a Green, said Bolivia had lied.",
			nil, []string{"Ana Ruiz MEMBER_OF Green Party", "Ana Ruiz MEMBER_OF Chilean Greens"}},
	}, relationStrings, nil)
}

// TestSeatOnBody covers the seat on a body stated with "on": a party word before "on
// the <body>" in an apposition (partyApposition, seatBody), past the official's home
// place, and "who sits/serves on the <body>" (seatOn).
func TestSeatOnBody(t *testing.T) {
	g, err := gazetteer.FromFile(gazetteer.File{
		Countries: []gazetteer.Country{
			{Code: "PER", Name: "Peru", Demonyms: []string{"Peruvian"}},
			{Code: "BOL", Name: "Bolivia", Demonyms: []string{"Bolivian"}},
		},
		Groups: []gazetteer.Group{
			{Name: "Civic Party", Subtype: geokg.Party, Country: "PER"},
			{Name: "Senate Trade Committee", Subtype: geokg.Agency, Country: "PER"},
		},
	})
	require.NoError(t, err)
	x := New(g)
	checkCases(t, x, []sentenceCase{
		{"the top party member on a committee", "Senator Ana Ruiz, the top Civic on the Senate Trade Committee, criticized Bolivia.",
			[]string{"Ana Ruiz MEMBER_OF Civic Party", "Ana Ruiz MEMBER_OF Senate Trade Committee"}, nil},
		{"a ranking member past her home place", "Senator Ana Ruiz of Cusco, the ranking Civic on the Senate Trade Committee, criticized Bolivia.",
			[]string{"Ana Ruiz MEMBER_OF Civic Party", "Ana Ruiz MEMBER_OF Senate Trade Committee"}, nil},
		{"who sits on", "Senator Ana Ruiz, who sits on the Senate Trade Committee, criticized Bolivia.",
			[]string{"Ana Ruiz MEMBER_OF Senate Trade Committee"}, nil},
		{"a thing of the committee", "Senator Ana Ruiz, the top Civic on the Senate Trade Committee staff, criticized Bolivia.",
			[]string{"Ana Ruiz MEMBER_OF Civic Party"}, []string{"Ana Ruiz MEMBER_OF Senate Trade Committee"}},
		{"who once sat on", "Senator Ana Ruiz, who once sat on the Senate Trade Committee, criticized Bolivia.",
			nil, []string{"Ana Ruiz MEMBER_OF Senate Trade Committee"}},
		{"who reports on", "Ana Ruiz, who reports on the Senate Trade Committee for Peruvian radio, criticized Bolivia.",
			nil, []string{"Ana Ruiz MEMBER_OF Senate Trade Committee"}},
	}, relationStrings, nil)
}
