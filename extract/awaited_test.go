package extract

import "testing"

// TestAwaitedActsAreNotDone checks that an act in a present-tense clause after "before"
// or "until" is awaited, not done, on the frames' parse and in the word window's check,
// while the past tense tells a done act; on sentences written for this test.
func TestAwaitedActsAreNotDone(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a meeting days ahead", "The vote will take place days before President Boric meets President Ruiz in Quito.",
			nil, []string{"Gabriel Boric MEETS Ruiz"}},
		{"a journey to meet", "President Boric praised the army days before he heads to Lima to meet President Ruiz.",
			nil, []string{"Gabriel Boric MEETS Ruiz"}},
		{"a blame awaited", "Chile is holding its fire until Lima blames Bolivia.",
			nil, []string{"Peru ACCUSES Bolivia"}},
		{"a blame awaited by a pronoun", "Chile is waiting for the inquiry before it blames Peru.",
			nil, []string{"Chile ACCUSES Peru"}},
		{"a meeting that took place", "The vote took place days before President Boric met President Ruiz in Quito.",
			[]string{"Gabriel Boric MEETS Ruiz"}, nil},
		{"a blame that came", "Chile waited for the inquiry before it blamed Peru.",
			[]string{"Chile ACCUSES Peru"}, nil},
	})
}
