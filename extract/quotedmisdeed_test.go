package extract

import "testing"

// TestQuotedMisdeedIsTheSpeakers checks that a misdeed or a word of contempt told of an
// actor in a quoted sentence that attributes nothing is the quotation's speaker's, named
// in another sentence of the paragraph or the one that introduces the quotation.
func TestQuotedMisdeedIsTheSpeakers(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"contempt in the quotation's second sentence", "“We will defend our people,” Bolivian Foreign Minister Ana Ruiz said. “The world must stop the Chilean aggression.”",
			[]string{"Ana Ruiz CONDEMNS Chile"}, nil},
		{"contempt after a colon", "In a statement, Bolivian Foreign Minister Ana Ruiz said:\n\n“Peru must answer for its brutality.”",
			[]string{"Ana Ruiz CONDEMNS Peru"}, nil},
		{"a misdeed noun", "“We will defend our people,” Bolivian Foreign Minister Ana Ruiz said. “Chilean interference has wrecked the talks.”",
			[]string{"Ana Ruiz ACCUSES Chile"}, nil},
		// must not fire
		{"a speaker who is no actor", "Bolivian Foreign Minister Ana Ruiz spoke in La Paz. “The world must stop the Chilean aggression,” the protesters chanted.",
			nil, []string{"Ana Ruiz CONDEMNS Chile"}},
		{"no quotation", "Bolivian Foreign Minister Ana Ruiz spoke in La Paz. The Chilean occupation of the islands began in May.",
			nil, []string{"Ana Ruiz CONDEMNS Chile"}},
		{"another's view", "“We will defend our people,” Bolivian Foreign Minister Ana Ruiz said. “Peruvians are tired of the Chilean occupation.”",
			nil, []string{"Ana Ruiz CONDEMNS Chile"}},
		{"a condition", "“We will defend our people,” Bolivian Foreign Minister Ana Ruiz said. “We will respond if Chile renews its aggression.”",
			nil, []string{"Ana Ruiz CONDEMNS Chile"}},
	})
}
