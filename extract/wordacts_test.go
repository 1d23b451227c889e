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
		{"a call to reaffirm a stance",
			"Chilean President Ana Ruiz spoke with Peru's president to reaffirm Chile's support for Peru.",
			[]string{"Chile SUPPORTS Peru"}, nil},
		{"a meeting to reiterate a stance, the one met is no speaker",
			"Peruvian Foreign Minister Jorge Salas met his Bolivian counterpart to reiterate Peru's backing of Bolivia.",
			[]string{"Peru SUPPORTS Bolivia"}, nil},
		{"a host underlines a stance",
			"Chilean President Ana Ruiz received Jorge Salas in Santiago to underline Chile's backing of Peru.",
			[]string{"Chile SUPPORTS Peru"}, nil},
		{"a planned journey to reaffirm",
			"Chilean President Ana Ruiz will travel to Lima to reaffirm Chile's support for Peru.",
			nil, []string{"Chile SUPPORTS Peru"}},
		{"a journey not made to reaffirm",
			"Chilean President Ana Ruiz did not travel to Lima to reaffirm Chile's support for Peru.",
			nil, []string{"Chile SUPPORTS Peru"}},
		{"a hoped meeting to reaffirm",
			"Chilean President Ana Ruiz hopes to meet Jorge Salas to reaffirm Chile's support for Peru.",
			nil, []string{"Chile SUPPORTS Peru"}},
		{"a wish to reaffirm",
			"Chilean President Ana Ruiz wants to reaffirm Chile's support for Peru.",
			nil, []string{"Chile SUPPORTS Peru"}},
		{"a meeting to discuss a stance states none",
			"Chilean President Ana Ruiz met Jorge Salas to discuss Peru's support for Bolivia.",
			nil, []string{"Peru SUPPORTS Bolivia"}},
	})
}
