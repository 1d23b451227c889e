package extract

import "testing"

// TestChargedOfDescription checks that a description after a verb that charges with
// "of" ("accused the country of smuggling") is read as its actor, while an "of" phrase
// that names whose it is, or follows another verb, keeps its reading, on sentences
// written for this test.
func TestChargedOfDescription(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"accused the country of", "Bolivia closed the border on Monday. Chile accused the country of smuggling.",
			[]string{"Chile ACCUSES Bolivia"}, nil},
		{"accusing the group of", "The Shining Path bombed a bridge near Ayacucho. Peru issued a statement accusing the group of war crimes.",
			[]string{"Peru ACCUSES Shining Path"}, nil},
		{"accused the administration of", "The Boric administration tightened the border rules. Peru accused the administration of lying.",
			[]string{"Peru ACCUSES Chile"}, nil},
		// must keep their reading or not fire
		{"the government of a named country", "Chile accused the government of Peru of lying.",
			[]string{"Chile ACCUSES Peru"}, nil},
		{"of after another verb", "Bolivia closed the border on Monday. Chile praised the country of origin.",
			nil, []string{"Chile SUPPORTS Bolivia"}},
	})
}
