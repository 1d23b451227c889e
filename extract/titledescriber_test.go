package extract

import "testing"

// TestTitleDescriber checks that words of a post's holder between a possessive country
// and the title ("Peru's new president", "Chile's newly elected president", "de facto")
// leave the country the post's, and that "former", "incoming" or "its" do not.
// Sentences written for the test.
func TestTitleDescriber(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"new", "Peru's new president, Ana Ruiz, criticized Chile.",
			[]string{"Ana Ruiz LEADS Peru", "Ana Ruiz CONDEMNS Chile"}, []string{"Peru CONDEMNS Chile"}},
		{"newly elected", "Bolivia's newly elected president, Marta Vidal, met Chile.",
			[]string{"Marta Vidal LEADS Bolivia"}, nil},
		{"de facto", "Peru's de facto ruler, Luis Prado, criticized Chile.",
			[]string{"Luis Prado LEADS Peru"}, nil},
		{"a past holder", "Peru's former president, Ana Ruiz, criticized Chile.",
			nil, []string{"Ana Ruiz LEADS Peru"}},
		{"a holder to come", "Peru's incoming president, Ana Ruiz, criticized Chile.",
			nil, []string{"Ana Ruiz LEADS Peru"}},
		{"its owner is not read", "Chile said its young leader, Ana Ruiz, criticized Peru.",
			nil, []string{"Ana Ruiz LEADS Peru"}},
	}, relationStrings, nil)
}
