package extract

import "testing"

// TestAccusationsInThePipeline checks, through the whole pipeline (so that the sentence
// is parsed at all), that a finding shown by its author's report, a part in a plot told
// by a speaker and a lawsuit filed are accusations.
func TestAccusationsInThePipeline(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a report's finding", "Chile's report showed that Peru meddled in the vote.",
			[]string{"Chile ACCUSES Peru"}, nil},
		{"part of a plot", "Peru said Chile was part of the plot.",
			[]string{"Peru ACCUSES Chile"}, nil},
		{"a lawsuit filed", "Bolivia filed a lawsuit against Peru on Monday.",
			[]string{"Bolivia ACCUSES Peru"}, nil},
		// must not fire
		{"a finding with no author", "The report showed that Peru meddled in the vote.",
			nil, []string{"Chile ACCUSES Peru"}},
		{"part of a coalition", "Peru said Chile was part of the coalition.",
			nil, []string{"Peru ACCUSES Chile"}},
	})
}
