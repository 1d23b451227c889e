package frames

import "testing"

// TestMatchReadsThreatLabels checks that a label verb that calls another a threat or a
// menace ("called Peru a threat to the region", "views Peru as a mortal threat",
// "designated the firm a security threat") is the labeller's accusation, as a terrorist
// label is; and that a label denied or wished, a threat that is no label, and a
// participle that modifies the noun before it accuse no one.
func TestMatchReadsThreatLabels(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"called a threat", "Lima called Santiago a threat to the region.", []string{"Lima", "Santiago"},
			[]string{"Lima ACCUSES Santiago"}, nil},
		{"viewed as a threat", "Ruiz views Santiago as a mortal threat to Peru.", []string{"Ruiz", "Santiago", "Peru"},
			[]string{"Ruiz ACCUSES Santiago"}, nil},
		{"a participle after a comma", "Lima and Quito met on Monday, calling the Shining Path a threat to the region.", []string{"Lima", "Quito", "Shining Path"},
			[]string{"Lima ACCUSES Shining Path", "Quito ACCUSES Shining Path"}, nil},
		// must not fire
		{"a label denied", "Lima does not see Santiago as a threat.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"a label asked for", "Lima urged Quito to call Santiago a threat.", []string{"Lima", "Quito", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago", "Quito ACCUSES Santiago"}},
		{"the threat called", "Lima called the threat from Santiago serious.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"a participle of the noun before", "Lima denounced the decree labeling Santiago as a threat to the region.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
	})
}

// TestSpeakerNamesThreat checks that a speaker who says another is a threat accuses it,
// as one who says it is responsible does, and not when the saying or the clause is
// negated or modal.
func TestSpeakerNamesThreat(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"said to be a threat", "Lima said Santiago is a threat to the region.", []string{"Lima", "Santiago"},
			[]string{"Lima ACCUSES Santiago"}, nil},
		{"a quoted threat", "“Santiago is the biggest threat to stability,” Ruiz said.", []string{"Santiago", "Ruiz"},
			[]string{"Ruiz ACCUSES Santiago"}, nil},
		// must not fire
		{"no threat", "Lima said Santiago is not a threat.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"a possible threat", "Lima said Santiago could be a threat.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
		{"a threat growing", "Lima said the threat from Santiago is growing.", []string{"Lima", "Santiago"},
			nil, []string{"Lima ACCUSES Santiago"}},
	})
}
