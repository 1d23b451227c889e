package extract

import "testing"

// TestNamedPairNamesBothStates checks that a plural name of two states ("the Koreas",
// "the two Koreas", "both Koreas") stands for both, and that an act "between" it is
// between them; a place named by it and a guessed pair ("the two countries") are not
// read so.
func TestNamedPairNamesBothStates(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"talks between the two Koreas", "The festival sparked the first talks between the two Koreas in years.",
			[]string{"North Korea MEETS South Korea"}, nil},
		{"cooperation between the Koreas", "The park was the last symbol of economic cooperation between the Koreas.",
			[]string{"North Korea COOPERATES_WITH South Korea"}, nil},
		{"the leaders of both Koreas", "The leaders of both Koreas held a historic meeting at the border.",
			[]string{"North Korea MEETS South Korea"}, nil},
		// must not fire
		{"a border between the Koreas", "The border separating the Koreas is heavily armed.",
			nil, []string{"North Korea MEETS South Korea", "North Korea COOPERATES_WITH South Korea"}},
		{"talks between a guessed pair", "Peru hailed its ties with Chile. Bolivia criticised Ecuador. Officials said talks between the two countries were fruitful.",
			nil, []string{"Bolivia MEETS Ecuador", "Ecuador MEETS Bolivia"}},
	})
}
