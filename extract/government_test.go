package extract

import "testing"

// TestHostileActOnOfficialsGovernment checks that a hostile act aimed at an official's
// possessive "government" or "regime" aims at the official's country, while support of
// it stays the official's, on sentences written for this test.
func TestHostileActOnOfficialsGovernment(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"blamed X's government", "President Anna Ruiz of Peru spoke on Monday. Bolivia blamed President Anna Ruiz's government for the blast.",
			[]string{"Bolivia ACCUSES Peru"}, []string{"Bolivia ACCUSES Anna Ruiz"}},
		{"condemned X's regime", "President Anna Ruiz of Peru spoke on Monday. Bolivia condemned Ruiz's regime on Tuesday.",
			[]string{"Bolivia CONDEMNS Peru"}, []string{"Bolivia CONDEMNS Anna Ruiz"}},
		// must stay the official's
		{"backs X's government", "President Anna Ruiz of Peru spoke on Monday. Bolivia backs President Anna Ruiz's government in the war.",
			[]string{"Bolivia SUPPORTS Anna Ruiz"}, []string{"Bolivia SUPPORTS Peru"}},
	})
}
