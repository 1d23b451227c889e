package extract

import "testing"

// TestQuotedObligationIsTheSpeakersDemand checks that an obligation a quoted sentence
// that attributes nothing puts on another actor ("must", "should", "needs to") is a
// demand of the quotation's speaker, named in another sentence of the paragraph or in
// the one that introduces the quotation.
func TestQuotedObligationIsTheSpeakersDemand(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"in the quotation's second sentence", "“We will defend our people,” Bolivian Foreign Minister Ana Ruiz said. “Chile must withdraw its troops from the border.”",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"after a colon", "In a statement, Bolivian Foreign Minister Ana Ruiz said:\n\n“Peru should release the fishermen at once.”",
			[]string{"Ana Ruiz DEMANDS Peru"}, nil},
		{"a negated obligation", "“The talks have failed,” Bolivian Foreign Minister Ana Ruiz said. “Chile must not leave the table.”",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"needs to", "“The talks have failed,” Bolivian Foreign Minister Ana Ruiz said. “Chile needs to return to the table.”",
			[]string{"Ana Ruiz DEMANDS Chile"}, nil},
		{"a person, by a speaker of no known country", "“The talks have failed,” Senator Pedro Tello said. “President Boric must resign.”",
			[]string{"Pedro Tello DEMANDS Gabriel Boric"}, nil},
		// must not fire
		{"a body, by a speaker of no known country (maybe his own)", "“The talks have failed,” Senator Pedro Tello said. “The Andean Pact must act now.”",
			nil, []string{"Pedro Tello DEMANDS Andean Community"}},
		{"the speaker's own side", "“We will defend our people,” Bolivian Foreign Minister Ana Ruiz said. “Bolivia must protect its borders.”",
			nil, []string{"Ana Ruiz DEMANDS Bolivia"}},
		{"what should have been done", "“We will defend our people,” Bolivian Foreign Minister Ana Ruiz said. “Chile should have warned the villagers.”",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
		{"what was needed", "“We will defend our people,” Bolivian Foreign Minister Ana Ruiz said. “Chile needed to act fast.”",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
		{"a condition", "“We will defend our people,” Bolivian Foreign Minister Ana Ruiz said. “If Chile must close the border, it will lose the trade.”",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
		{"a question", "“We will defend our people,” Bolivian Foreign Minister Ana Ruiz said. “Why should Chile withdraw its troops?”",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
		{"no quotation", "Bolivian Foreign Minister Ana Ruiz spoke in La Paz. Chile must withdraw its troops from the border.",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
		{"a speaker who is no actor", "Bolivian Foreign Minister Ana Ruiz spoke in La Paz. “Chile must withdraw its troops,” the protesters chanted.",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
		{"what the obliged should know", "“We will defend our people,” Bolivian Foreign Minister Ana Ruiz said. “Chile should know that we are ready.”",
			nil, []string{"Ana Ruiz DEMANDS Chile"}},
	})
}
