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
