package extract

import "testing"

// TestTrainedForces checks that training or equipping a state's forces aids the state
// ("Canada trains Albanian forces"), and that forces named with the opposition are no
// agents of their state ("the Albanian opposition forces", as "Albanian rebel forces").
func TestTrainedForces(t *testing.T) {
	checkSentenceCases(t, New(testGazetteer(t)), []sentenceCase{
		{"a state's forces trained", "Canada has been training Albanian forces near the border since March.",
			[]string{"Canada AIDS Albania"}, nil},
		{"opposition forces trained", "Canada has been training the Albanian opposition forces near the border since March.",
			nil, []string{"Canada AIDS Albania"}},
		{"rebel forces trained", "Canada has been training Albanian rebel forces near the border since March.",
			nil, []string{"Canada AIDS Albania"}},
	})
}
