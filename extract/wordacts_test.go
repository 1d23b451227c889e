package extract

import "testing"

// TestWordActPurposes checks that an act done in words, told as the to-infinitive of a
// done act or of a gathering or text (the occasion of saying it), is done, while the same
// infinitive stays an aim under a plan, a future, an effort, or a verb whose object is
// sent to say it, and a deed that is no word stays an aim. Sentences written here.
func TestWordActPurposes(t *testing.T) {
	runWantNot(t, []wantNot{
		{"took to Twitter to criticize",
			"Chilean President Ana Ruiz took to Twitter on Tuesday to criticize Peru.",
			[]string{"Ana Ruiz CONDEMNS Peru"}, nil},
		{"went on television to denounce",
			"Peruvian Foreign Minister Jorge Salas went on television to denounce Chile.",
			[]string{"Jorge Salas CONDEMNS Chile"}, nil},
		{"a press conference to accuse",
			"Chilean President Ana Ruiz held a news conference on Monday to accuse Bolivia of smuggling arms.",
			[]string{"Ana Ruiz ACCUSES Bolivia"}, nil},
		{"a deed stays an aim",
			"Chilean President Ana Ruiz sent troops to attack Peru.",
			nil, []string{"Ana Ruiz ATTACKS Peru"}},
		{"a future occasion",
			"Chilean President Ana Ruiz will go on television to denounce Peru.",
			nil, []string{"Ana Ruiz CONDEMNS Peru"}},
		{"a plan with an infinitive of its own",
			"Chilean President Ana Ruiz is going to fly to La Paz next week to press Bolivia on the dispute.",
			nil, []string{"Ana Ruiz DEMANDS Bolivia"}},
		{"an effort",
			"Chilean President Ana Ruiz sought to condemn Peru.",
			nil, []string{"Ana Ruiz CONDEMNS Peru"}},
	})
}
