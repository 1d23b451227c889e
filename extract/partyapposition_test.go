package extract

import "testing"

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
