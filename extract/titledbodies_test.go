package extract

import "testing"

// TestTitledBodies checks that a national body named right before an official's title
// stands for the official on the frame stage, and that a body named on its own keeps
// its acts.
func TestTitledBodies(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the body before the title heads the parse", "President Boric of Chile took aim at Senator Ana Soto and Senate Foreign Relations Committee Chairman Luis Prado for their remarks.",
			[]string{"Gabriel Boric CONDEMNS Luis Prado"}, []string{"Gabriel Boric CONDEMNS Senate Foreign Relations Committee"}},
		{"the body before the title as the subject", "Senate Foreign Relations Committee Chairman Luis Prado condemned Bolivia.",
			[]string{"Luis Prado CONDEMNS Bolivia"}, []string{"Senate Foreign Relations Committee CONDEMNS Bolivia"}},
		{"the body on its own", "The Senate Foreign Relations Committee and Peruvian Minister Ana Ruiz condemned Bolivia.",
			[]string{"Senate Foreign Relations Committee CONDEMNS Bolivia"}, nil},
		{"the title after a comma", "Peru criticized Senator Tom Diaz and the House Foreign Affairs Committee chairman, Luis Vega, for their remarks.",
			[]string{"Peru CONDEMNS Luis Vega"}, nil},
	})
}
