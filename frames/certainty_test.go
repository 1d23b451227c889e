package frames

import "testing"

// TestMatchReadsCertainty checks that certainty held of a clause reports it as a speech
// verb does: an attack or a misdeed told under "is convinced / confident / certain / sure
// that" or a denied doubt ("has no doubt that", "said there was little doubt that") is the
// holder's accusation, not a fact; a doubt held, a certainty denied or a future act
// accuses no one, and the writer's own "there is no doubt that" tells the act.
func TestMatchReadsCertainty(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"convinced", "Lima is convinced that Santiago shelled Quito.", []string{"Lima", "Santiago", "Quito"},
			[]string{"Lima ACCUSES Santiago"}, []string{"Santiago ATTACKS Quito"}},
		{"confident", "Lima is confident that Santiago attacked Quito.", []string{"Lima", "Santiago", "Quito"},
			[]string{"Lima ACCUSES Santiago"}, []string{"Santiago ATTACKS Quito"}},
		{"sure without that", "Ruiz was sure Santiago had attacked Quito.", []string{"Ruiz", "Santiago", "Quito"},
			[]string{"Ruiz ACCUSES Santiago"}, []string{"Santiago ATTACKS Quito"}},
		{"no doubt held", "Lima has no doubt that Santiago shelled Quito.", []string{"Lima", "Santiago", "Quito"},
			[]string{"Lima ACCUSES Santiago"}, []string{"Santiago ATTACKS Quito"}},
		{"little doubt said", "Ruiz said there was little doubt that Santiago attacked Quito.", []string{"Ruiz", "Santiago", "Quito"},
			[]string{"Ruiz ACCUSES Santiago"}, []string{"Santiago ATTACKS Quito"}},
		{"no doubt of a misdeed", "Lima has no doubt that Santiago meddled in the election.", []string{"Lima", "Santiago"},
			[]string{"Lima ACCUSES Santiago"}, nil},
		{"the writer's certainty", "There is no doubt that Santiago attacked Quito.", []string{"Santiago", "Quito"},
			[]string{"Santiago ATTACKS Quito"}, nil},
		// must not fire
		{"certainty denied", "Lima is not sure that Santiago attacked Quito.", []string{"Lima", "Santiago", "Quito"},
			nil, []string{"Lima ACCUSES Santiago", "Santiago ATTACKS Quito"}},
		{"doubt held", "Lima has doubts that Santiago attacked Quito.", []string{"Lima", "Santiago", "Quito"},
			nil, []string{"Lima ACCUSES Santiago", "Santiago ATTACKS Quito"}},
		{"a future act", "Lima has no doubt that Santiago will attack Quito.", []string{"Lima", "Santiago", "Quito"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"own side's act", "Lima is confident that its troops defeated Santiago.", []string{"Lima", "its", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
	})
}
