package extract

import "testing"

// TestFiniteConjunctOfTheUpperVerb checks that a finite verb the parser joins to the
// gerund or infinitive of a denial's complement is the denial's conjunct, so the denial
// does not hold it back, and that a conjunct of the complement's own form still is.
func TestFiniteConjunctOfTheUpperVerb(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"through a planning complement", "Bolivia denied it was planning to arm the rebels and accused Chile of lying.",
			[]string{"Bolivia ACCUSES Chile"}, nil},
		// must not fire
		{"a conjunct of the complement's own form", "Bolivia denied it was planning to arm the rebels and to accuse Chile of lying.",
			nil, []string{"Bolivia ACCUSES Chile"}},
	})
}
