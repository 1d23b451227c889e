package extract

import "testing"

// TestCriticisedPairActIsBoths checks that a criticism or a protest of an act two parties
// do together, the two named by a tight hyphen before the noun ("the Peru-Chile drills"),
// is aimed at both, and that a conflict so named, a spaced dash or an act of one is not.
func TestCriticisedPairActIsBoths(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"protested drills", "Bolivia has protested the ongoing Peru-Chile naval drills near its coast.",
			[]string{"Bolivia CONDEMNS Peru", "Bolivia CONDEMNS Chile"}, nil},
		{"criticised a pact", "Bolivia sharply criticised the Peru-Chile pact on Monday.",
			[]string{"Bolivia CONDEMNS Peru", "Bolivia CONDEMNS Chile"}, nil},
		{"condemned exercises of a state and a group", "Ecuador condemned the Peru-OAS exercises.",
			[]string{"Ecuador CONDEMNS Peru"}, nil},
		// must not fire
		{"a war's sides are not its joint authors", "Bolivia condemned the Peru-Chile war.",
			nil, []string{"Bolivia CONDEMNS Peru"}},
		{"one state's drills", "Bolivia has protested the ongoing Chilean naval drills.",
			nil, []string{"Bolivia CONDEMNS Peru"}},
	})
}
