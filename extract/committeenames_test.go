package extract

import "testing"

// TestChamberCommitteeNames checks that a chamber's committee named by any capitalised
// field ("House Ways and Means Committee") is one body its chairman leads, before his
// title or after "chairman of the", and that a field joined by "and" is not cut to its
// last word as a country's committee. Sentences written for the test.
func TestChamberCommitteeNames(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"a field of two words joined by and", "House Roads and Bridges Committee Chairman Luis Prado criticized Bolivia.",
			[]string{"Luis Prado LEADS House Roads and Bridges Committee", "Luis Prado CONDEMNS Bolivia"}, []string{"Luis Prado LEADS Bolivian Bridges Committee"}},
		{"a field the body words lack", "Senate Appropriations Committee Chairwoman Ana Soto criticized Bolivia.",
			[]string{"Ana Soto LEADS Senate Appropriations Committee"}, nil},
		{"chairman of the committee", "Peru protested. Rep. Marta Vidal, the chairman of the House Harbours Committee, criticized Bolivia.",
			[]string{"Marta Vidal LEADS House Harbours Committee"}, nil},
		{"a chamber word in lower case names no committee", "The house Roads Committee Chairman Luis Prado criticized Bolivia.",
			nil, []string{"Luis Prado LEADS House Roads Committee"}},
		{"a committee head in lower case", "Senate Roads committee members criticized Bolivia.",
			nil, []string{"Senate Roads committee CONDEMNS Bolivia"}},
	}, relationStrings, nil)
}

// TestChamberChairs checks that a chamber word and a field before a chairman's title
// name the chamber's committee of that field, which the chairman leads, as a member of
// the chamber; a party's caucus is no committee. Sentences written for the test.
func TestChamberChairs(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"the field alone", "Congress debated the bill. Senate Roads Chairman Luis Prado criticized Bolivia.",
			[]string{"Luis Prado LEADS Senate Roads Committee", "Luis Prado MEMBER_OF United States Senate", "Luis Prado CONDEMNS Bolivia"}, nil},
		{"a field joined by and", "Congress debated the bill. House Roads and Bridges Chairwoman Ana Soto criticized Bolivia.",
			[]string{"Ana Soto LEADS House Roads and Bridges Committee"}, nil},
		{"the committee named in full before", "The House Harbours Committee met. House Harbours Chairman Luis Prado criticized Bolivia.",
			[]string{"Luis Prado LEADS House Harbours Committee"}, nil},
		{"a party's caucus", "Congress debated the bill. House Unionist Caucus Chairman Luis Prado criticized Bolivia.",
			nil, []string{"Luis Prado LEADS House Unionist Caucus Committee"}},
		{"no name after the title", "Congress debated the bill. The House Roads chairman criticized Bolivia.",
			nil, []string{"House Roads Committee CONDEMNS Bolivia"}},
	}, relationStrings, nil)
}
