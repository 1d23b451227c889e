package frames

import "testing"

// TestMatchReadsEvaluativeWords checks that an evaluative noun or adjective of
// PolarityFile (or a word of abuse) that a verb of naming gives an actor, or that a
// speaker says an actor is, condemns the actor when negative and supports it when
// positive; and that a negated or ended verdict, an adjective of a place, a thing that is
// no actor or act (or only an actor's), a pronoun, a verb of view and a participle of a
// noun ("the decree labeling") read none.
func TestMatchReadsEvaluativeWords(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"called a loser", "Boric called Ruiz a loser.", []string{"Boric", "Ruiz"},
			[]string{"Boric CONDEMNS Ruiz"}, nil},
		{"described as a failed state", "Lima described Santiago as a failed state.", []string{"Lima", "Santiago"},
			[]string{"Lima CONDEMNS Santiago"}, nil},
		{"branded, parsed with an indirect object", "Boric branded Peru a failed state.", []string{"Boric", "Peru"},
			[]string{"Boric CONDEMNS Peru"}, nil},
		{"a heedless old man", "Boric called Ruiz a heedless old man.", []string{"Boric", "Ruiz"},
			[]string{"Boric CONDEMNS Ruiz"}, nil},
		{"called a hero", "Boric called Ruiz a hero.", []string{"Boric", "Ruiz"},
			[]string{"Boric SUPPORTS Ruiz"}, nil},
		{"said to be a genuine hero", "Boric said Ruiz is a genuine hero.", []string{"Boric", "Ruiz"},
			[]string{"Boric SUPPORTS Ruiz"}, nil},
		{"said to be an enemy", "Ruiz said Lima was a real enemy of the region.", []string{"Ruiz", "Lima"},
			[]string{"Ruiz CONDEMNS Lima"}, nil},
		{"said to be unfit", "Boric said Ruiz was unfit to lead.", []string{"Boric", "Ruiz"},
			[]string{"Boric CONDEMNS Ruiz"}, nil},
		{"a participle set off", "Quito met Lima, calling Santiago a liar.", []string{"Quito", "Lima", "Santiago"},
			[]string{"Quito CONDEMNS Santiago"}, nil},
		{"an opening participle", "Describing Lima as a negative force, Ruiz said the talks had failed.", []string{"Lima", "Ruiz"},
			[]string{"Ruiz CONDEMNS Lima"}, nil},
		// must not fire
		{"a verdict denied", "Boric said Ruiz was not a liar.", []string{"Boric", "Ruiz"},
			nil, []string{"Boric CONDEMNS Ruiz"}},
		{"no longer a threat", "Ruiz said Lima is no longer a threat.", []string{"Ruiz", "Lima"},
			nil, []string{"Ruiz CONDEMNS Lima"}},
		{"a dangerous place", "Ruiz said Lima was a dangerous place.", []string{"Ruiz", "Lima"},
			nil, []string{"Ruiz CONDEMNS Lima"}},
		{"a meeting praised", "Boric called the Lima summit wonderful.", []string{"Boric", "Lima"},
			nil, []string{"Boric SUPPORTS Lima"}},
		{"a pronoun", "Boric called him a liar.", []string{"Boric", "him"},
			nil, []string{"Boric CONDEMNS him"}},
		{"a verb of view", "Ruiz sees Lima as a threat.", []string{"Ruiz", "Lima"},
			nil, []string{"Ruiz CONDEMNS Lima"}},
		{"a victim", "Ruiz called Lima a victim.", []string{"Ruiz", "Lima"},
			nil, []string{"Ruiz CONDEMNS Lima"}},
		{"a noun's participle", "Quito denounced the decree labeling Lima a threat.", []string{"Quito", "Lima"},
			nil, []string{"Quito CONDEMNS Lima"}},
		{"a participle hung on the clause", "Governments from Quito to Lima denounced Boric's decree labeling Santiago as a threat.", []string{"Quito", "Lima", "Boric", "Santiago"},
			nil, []string{"Quito CONDEMNS Santiago"}},
		{"relations praised", "Ruiz said Peruvian-Chilean relations were the best in years.", []string{"Ruiz", "Peruvian"},
			nil, []string{"Ruiz SUPPORTS Peruvian"}},
	})
}
