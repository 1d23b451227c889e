package extract

import "testing"

// TestRebuttalOfTheLatestAccusation checks that disputing or rebutting accusations,
// charges or allegations in a sentence that names only the denier denies the accusers of
// the latest accusation against it, as rejecting them does; a report disputed is no
// accusation answered, but rejects the account of its owner (CAMEO's sense of dispute).
func TestRebuttalOfTheLatestAccusation(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"disputed the charges", "Peru accused Chile of spying on its navy. Chile disputed the charges on Monday.",
			[]string{"Chile DENIES Peru"}, nil},
		{"rebutted the allegations", "Bolivia accused Ecuador of meddling in the vote. Ecuador rebutted the allegations.",
			[]string{"Ecuador DENIES Bolivia"}, nil},
		{"disputed a report", "Bolivia accused Ecuador of meddling in the vote. Ecuador disputed the report.",
			nil, []string{"Ecuador DENIES Bolivia"}},
		{"disputed another's report", "Ecuador disputed Bolivia's report on the border clash.",
			[]string{"Ecuador REJECTS Bolivia"}, []string{"Ecuador DENIES Bolivia"}},
	})
}
