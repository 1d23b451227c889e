package extract

import "testing"

// TestJudgedActIsDone checks that the act a judging verb's "for" gerund tells ("criticised
// Peru for attacking Chile") is done even when the judging is negated or held back, and
// that an act in another kind of clause of such a verb is not.
func TestJudgedActIsDone(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a negated criticism", "Bolivia did not condemn Peru for attacking Chile.",
			[]string{"Peru ATTACKS Chile"}, []string{"Bolivia CONDEMNS Peru"}},
		{"a criticism refrained from", "President Arce refrained from criticising Peru for expelling Chilean diplomats.",
			[]string{"Peru EXPELS Chile"}, []string{"Arce CONDEMNS Peru"}},
		// must not fire
		{"an act the judging would follow", "Bolivia would not condemn Peru if it attacked Chile.",
			nil, []string{"Peru ATTACKS Chile"}},
		{"an aim, not a judged act", "Bolivia refrained from criticising Peru to avoid angering Chile.",
			nil, []string{"Bolivia CONDEMNS Peru"}},
	})
}
