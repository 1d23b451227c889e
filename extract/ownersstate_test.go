package extract

import "testing"

// TestOwnersState checks that the state an official's "his" or "her" owns ("her
// country", "his administration", "her government") is read as an actor, while an
// official's act on his own government and a government named as a time or a place are
// not, on sentences written for this test.
func TestOwnersState(t *testing.T) {
	const intro = "President Anna Ruiz of Peru spoke on Monday. "
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"her administration as subject", intro + "Her administration imposed sanctions on Bolivia.",
			[]string{"Peru SANCTIONS Bolivia"}, nil},
		{"her country after said", intro + "She said her country backs Bolivia's bid to join the bloc.",
			[]string{"Peru SUPPORTS Bolivia"}, nil},
		{"her country as target", intro + "Ruiz said Bolivian sanctions on her country were unfair.",
			[]string{"Bolivia SANCTIONS Peru"}, nil},
		{"her administration's deal", intro + "Ruiz defended her administration's deal with Bolivia.",
			[]string{"Peru SIGNS_AGREEMENT_WITH Bolivia"}, nil},
		// must not fire
		{"own government as object", intro + "Ruiz instructed her administration to condemn Bolivia.",
			nil, []string{"Anna Ruiz DEMANDS Peru"}},
		{"government as time", intro + "Early in her administration, Bolivia condemned Chile.",
			nil, []string{"Peru CONDEMNS Chile"}},
		{"party is no state", intro + "Her party condemned Bolivia.",
			nil, []string{"Peru CONDEMNS Bolivia"}},
		{"official named as a government", "President Pedro Castillo of Peru spoke on Monday. Prime Minister Mario Soto of Chile spoke too. " +
			"Soto's office accused the Castillo administration of plotting after Bolivia imposed sanctions on his country's banks.",
			nil, []string{"Bolivia SANCTIONS Peru"}},
	})
}
