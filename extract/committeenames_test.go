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

// TestLegislatureCommittees checks that a committee named by its field without a chamber
// word is the committee of the legislature the sentence ties it to (a chamber before
// it, a legislator's title, a foreign parliament after "in"), or the one chamber's
// committee of that field the article named, not a committee of the country named last;
// with nothing tying it to a legislature it stays as it was. Sentences written for the
// test.
func TestLegislatureCommittees(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"a senator's title", "Congress debated the bill. Sen. Ana Ruiz, chairwoman of the Intelligence Committee, criticized Chile.",
			[]string{"Ana Ruiz LEADS Senate Intelligence Committee"}, []string{"Ana Ruiz LEADS Chilean Intelligence Committee"}},
		{"a representative's title", "Congress debated the bill. Rep. Luis Soto, chairman of the Finance Committee, criticized Chile.",
			[]string{"Luis Soto LEADS House Finance Committee"}, []string{"Luis Soto LEADS American Finance Committee"}},
		{"the chamber written in full before the field", "Chile accused Peru of meddling. Marta Vega, the top Democrat on the House of Representatives Intelligence Committee, criticized Chile.",
			[]string{"Marta Vega MEMBER_OF House Intelligence Committee"}, []string{"Marta Vega MEMBER_OF Chilean Intelligence Committee"}},
		{"the chamber's committee the article named", "The Senate Intelligence Committee met in Lima. Peru protested. Intelligence Committee Chairman Luis Soto criticized Peru.",
			[]string{"Luis Soto LEADS Senate Intelligence Committee"}, []string{"Luis Soto LEADS Peruvian Intelligence Committee"}},
		{"a possessive of a field with an apostrophe", "Peru protested. Rep. Luis Soto, chairman of the House Veterans' Harbours Committee, criticized Peru.",
			[]string{"Luis Soto LEADS House Veterans' Harbours Committee"}, []string{"Luis Soto LEADS House Harbours Committee"}},
		{"a foreign parliament after in", "The United States protested. Pedro Lima, chairman of the Foreign Affairs Committee in Peru's parliament, criticized Chile.",
			nil, []string{"Pedro Lima LEADS House Foreign Affairs Committee", "Pedro Lima LEADS Congressional Foreign Affairs Committee"}},
		{"the gazetteer's committee after the country", "Peru protested. Luis Soto, the top Democrat on the U.S. House Intelligence Committee, criticized Peru.",
			[]string{"House Intelligence Committee PART_OF United States"}, []string{"American House Intelligence Committee PART_OF United States"}},
		{"a field of a chamber's committee only", "Congress debated the bill. Sen. Ana Ruiz, chairwoman of the Judiciary Committee, criticized Chile.",
			[]string{"Ana Ruiz LEADS Senate Judiciary Committee"}, []string{"Ana Ruiz LEADS Judiciary Committee"}},
		{"a field of two words", "Congress debated the bill. Rep. Luis Soto, a member of the Armed Services Committee, criticized Chile.",
			[]string{"Luis Soto MEMBER_OF House Armed Services Committee"}, nil},
		{"the Congress and a senator's title", "Sen. Ana Ruiz, a member of the Appropriations Committee, said Congress would act.",
			[]string{"Ana Ruiz MEMBER_OF Senate Appropriations Committee"}, []string{"Ana Ruiz MEMBER_OF Congressional Appropriations Committee"}},
		{"nothing ties it to a legislature", "Peru protested. Pedro Lima, chairman of the Foreign Affairs Committee, criticized Chile.",
			nil, []string{"Pedro Lima LEADS House Foreign Affairs Committee", "Pedro Lima LEADS Senate Foreign Affairs Committee", "Pedro Lima LEADS Congressional Foreign Affairs Committee"}},
	}, relationStrings, nil)
}
