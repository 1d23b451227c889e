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

// TestMatchReadsWeaponUse checks that using a weapon of mass harm (chemical weapons,
// sarin, chlorine) is an attack on whom it is used against, and that told by another it
// is that speaker's accusation even with no target; not a use supposed, denied or asked,
// nor the use of other means.
func TestMatchReadsWeaponUse(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"used against", "Santiago used chemical weapons against Quito.", []string{"Santiago", "Quito"},
			[]string{"Santiago ATTACKS Quito"}, nil},
		{"a use on", "Lima condemned Santiago's use of sarin on Quito.", []string{"Lima", "Santiago", "Quito"},
			[]string{"Santiago ATTACKS Quito"}, nil},
		{"said with no target", "Lima said Santiago had used chemical weapons.", []string{"Lima", "Santiago"},
			[]string{"Lima ACCUSES Santiago"}, nil},
		{"concluded", "Lima concluded that Santiago used chlorine in the siege.", []string{"Lima", "Santiago"},
			[]string{"Lima ACCUSES Santiago"}, nil},
		{"acknowledged", "Lima acknowledged that Santiago used chemical weapons against Quito.", []string{"Lima", "Santiago", "Quito"},
			[]string{"Lima ACCUSES Santiago"}, nil},
		// must not fire
		{"a use supposed", "Lima said Santiago could use chemical weapons.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"a use denied", "Lima said Santiago never used chemical weapons.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"a use asked", "Lima asked whether Santiago used chemical weapons.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"any use", "Lima warned that any use of chemical weapons by Santiago would cross a line.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"other means", "Lima said Santiago used its army to build roads.", []string{"Lima", "Santiago", "its"},
			nil, []string{"Lima ACCUSES Santiago"}},
	})
}

// TestEvidenceNamesCulprit checks that evidence or confidence held, or a doubt denied, that another is
// behind, responsible for or involved in a hostile act is the holder's accusation, also
// when the holder tells someone there is such evidence; and that evidence denied or only
// offered, a doubt held and a negated clause accuse no one.
func TestEvidenceNamesCulprit(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"evidence held", "Lima has evidence that Santiago was behind the raid.", []string{"Lima", "Santiago"},
			[]string{"Lima ACCUSES Santiago"}, nil},
		{"evidence told", "The Andean Pact told Ruiz there was evidence that Santiago was involved in the attacks.", []string{"Andean Pact", "Ruiz", "Santiago"},
			[]string{"Andean Pact ACCUSES Santiago"}, nil},
		{"no doubt held", "Lima has no doubt that Santiago was responsible for the blast.", []string{"Lima", "Santiago"},
			[]string{"Lima ACCUSES Santiago"}, nil},
		{"confidence held", "Lima has high confidence that Santiago was behind the raid.", []string{"Lima", "Santiago"},
			[]string{"Lima ACCUSES Santiago"}, nil},
		{"confidence said to be", "Ruiz said there was growing confidence that Santiago had shelled the post.", []string{"Ruiz", "Santiago"},
			[]string{"Ruiz ACCUSES Santiago"}, nil},
		// must not fire
		{"no evidence", "Lima found no evidence that Santiago was involved in the coup.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"evidence offered", "Lima could present evidence that Santiago was behind the raid.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"doubt held", "Ruiz said there was some doubt that Santiago was behind the raid.", []string{"Ruiz", "Santiago"},
			nil, []string{"Ruiz ACCUSES Santiago"}},
		{"clause negated", "Lima has evidence that Santiago was not behind the raid.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"little confidence", "Lima has little confidence that Santiago was behind the raid.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"confidence in a future act", "Lima has confidence that Santiago will keep the truce.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
	})
}

// TestMatchReadsReportedCleft checks that an act told in a cleft sentence under a speech
// verb ("said it was Peru that shelled the post") is the speaker's claim as the plain
// complement is, and that a cleft no one reports tells the act.
func TestMatchReadsReportedCleft(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"attack in a cleft", "Lima said it was Santiago that shelled Quito.", []string{"Lima", "Santiago", "Quito"},
			[]string{"Lima ACCUSES Santiago"}, []string{"Santiago ATTACKS Quito"}},
		{"misdeed in a cleft", "Ruiz said it was Santiago that meddled in the election.", []string{"Ruiz", "Santiago"},
			[]string{"Ruiz ACCUSES Santiago"}, nil},
		{"a cleft told", "It was Santiago that attacked Quito.", []string{"Santiago", "Quito"},
			[]string{"Santiago ATTACKS Quito"}, nil},
		// must not fire
		{"a relative clause", "Lima said Santiago, which shelled Quito, was ready to talk.", []string{"Lima", "Santiago", "Quito"},
			nil, []string{"Lima ACCUSES Santiago"}},
	})
}
