package extract

import "testing"

// TestInquiryIntoACountry checks that a country named before an inquiry noun ("the Peru
// probe") is what the inquiry is into, not its author: criticism of the inquiry names no
// target from it; its possessor still is its author.
func TestInquiryIntoACountry(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"slammed a country's inquiry", "President Gabriel Boric of Chile slammed the Peru probe as a witch-hunt.",
			nil, []string{"Gabriel Boric CONDEMNS Peru"}},
		{"the inquiry's owner", "President Gabriel Boric of Chile slammed Bolivia's Peru probe.",
			[]string{"Gabriel Boric CONDEMNS Bolivia"}, []string{"Gabriel Boric CONDEMNS Peru"}},
	})
}
