package extract

import "testing"

// TestLegislatorChamber: a legislator's title names the chamber he sits in, of the
// country the title or the article names; not a representative of anything else, nor a
// senator of a country without such a chamber, and his acts stay his. Sentences
// written here.
func TestLegislatorChamber(t *testing.T) {
	x := embeddedExtractor(t)
	checkCases(t, x, []sentenceCase{
		{"a senator", "Sen. Ana Quiroga-Salas, a Democrat, criticized the U.S. plan for Peru.",
			[]string{"Ana Quiroga-Salas MEMBER_OF United States Senate"}, []string{"Ana Quiroga-Salas MEMBER_OF United States"}},
		{"a senator written out", "Senator Luis Prado-Mena said the U.S. should help Peru.",
			[]string{"Luis Prado-Mena MEMBER_OF United States Senate"}, nil},
		{"a representative", "Rep. Pedro Ibarra-Leal said the United States should act in Peru.",
			[]string{"Pedro Ibarra-Leal MEMBER_OF United States Congress"}, nil},
		{"a congresswoman", "Congresswoman Rosa Mena-Vidal visited Peru with a U.S. delegation.",
			[]string{"Rosa Mena-Vidal MEMBER_OF United States Congress"}, nil},
		{"the speaker of the house", "House Speaker Marta Ruiz-Vidal met Chile's president on Monday during her U.S. tour.",
			[]string{"Marta Ruiz-Vidal LEADS United States House of Representatives"}, nil},
		{"a chamber's leader", "Senate Majority Leader Tomas Ortega-Vidal said the U.S. would not back Peru.",
			[]string{"Tomas Ortega-Vidal MEMBER_OF United States Senate"}, nil},
		{"the country named with the title", "U.S. Sen. Ana Quiroga-Salas criticized Peru.",
			[]string{"Ana Quiroga-Salas MEMBER_OF United States Senate", "Ana Quiroga-Salas MEMBER_OF United States"}, nil},
		{"a party's senator", "Republican Sen. Ana Quiroga-Salas criticized the U.S. deal with Peru.",
			[]string{"Ana Quiroga-Salas MEMBER_OF United States Senate"}, nil},
		{"a state's senator", "Texas Sen. Ana Quiroga-Salas criticized the U.S. deal with Peru.",
			[]string{"Ana Quiroga-Salas MEMBER_OF United States Senate"}, nil},
		{"another post's title", "Trade Representative Pedro Ibarra-Leal met Peru's envoy in the U.S. capital.",
			nil, []string{"Pedro Ibarra-Leal MEMBER_OF United States Congress"}},
		{"a representative of something else", "The EU's high representative, Ana Quiroga-Salas, visited the U.S. Senate.",
			nil, []string{"Ana Quiroga-Salas MEMBER_OF United States Congress"}},
		{"a title of another name", "EU High Representative Ana Quiroga-Salas flew to the U.S. on Monday.",
			nil, []string{"Ana Quiroga-Salas MEMBER_OF United States Congress"}},
		{"a country without the chamber", "Peruvian Senator Luis Prado-Mena criticized the U.S. plan.",
			nil, []string{"Luis Prado-Mena MEMBER_OF United States Senate"}},
		{"another country's legislature in the sentence", "Sen. Luis Prado-Mena, who chairs the Peruvian Congress' trade committee, criticized the U.S. plan.",
			nil, []string{"Luis Prado-Mena MEMBER_OF United States Senate"}},
		{"no country named", "Sen. Luis Prado-Mena criticized the plan.",
			nil, []string{"Luis Prado-Mena MEMBER_OF United States Senate"}},
		{"the legislator's act stays his", "Rep. Pedro Ibarra-Leal accused the United States of lying to Peru.",
			[]string{"Pedro Ibarra-Leal ACCUSES United States", "Pedro Ibarra-Leal MEMBER_OF United States Congress"}, nil},
	}, relationStrings, nil)
}

// TestTheLegislature: "the parliament", "the Senate", "the House" named alone are the
// legislature or chamber the article has named, and act as it; with none named, two
// named, or a chamber word written in lower case, they are no actor. Sentences written
// here.
func TestTheLegislature(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"the parliament after its country's", "Peru's parliament approved the budget. The parliament also urged Chile to reopen the border.",
			[]string{"Peruvian Parliament DEMANDS Chile"}, nil},
		{"the Senate after Congress", "Congress debated the border bill. The Senate urged Bolivia to free the prisoners.",
			[]string{"United States Senate DEMANDS Bolivia"}, nil},
		{"the House after Congress", "Congress debated the border bill. The House voted to condemn Bolivia.",
			[]string{"United States House of Representatives CONDEMNS Bolivia"}, nil},
		{"the House past its party", "Congress debated the border bill. The Republican-controlled House voted to condemn Bolivia.",
			[]string{"United States House of Representatives CONDEMNS Bolivia"}, nil},
		{"the Senate after a senator", "Sen. Ana Quiroga-Salas criticized the U.S. deal with Chile. The Senate urged Bolivia to free the prisoners.",
			[]string{"United States Senate DEMANDS Bolivia"}, nil},
		// must not fire
		{"no legislature named", "Bolivia criticized Chile. The Senate urged Bolivia to free the prisoners.",
			nil, []string{"United States Senate DEMANDS Bolivia"}},
		{"two parliaments named", "Peru's parliament and Chile's parliament met in Lima. The parliament urged Bolivia to free the prisoners.",
			nil, []string{"Peruvian Parliament DEMANDS Bolivia", "Chilean Parliament DEMANDS Bolivia"}},
		{"a house of two chambers' country", "Britain's Parliament debated the bill. The House voted to condemn Bolivia.",
			nil, []string{"United States House of Representatives CONDEMNS Bolivia"}},
		{"a house in lower case", "Congress debated the bill. Bolivian troops attacked the house of a Chilean envoy.",
			nil, []string{"Bolivia ATTACKS United States House of Representatives"}},
		{"the start of a committee's name", "Congress debated the bill. The House Intelligence Committee urged Bolivia to free the prisoners.",
			[]string{"House Intelligence Committee DEMANDS Bolivia"}, []string{"United States House of Representatives DEMANDS Bolivia"}},
	})
}
