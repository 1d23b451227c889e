package extract

import "testing"

// TestArgumentsOfGroupsMeetingsAndReactions checks three families of arguments on
// sentences written for this test: the members of an armed group stand for the group
// (not a nationality for its state), the parties of a meeting noun that is a clause's
// subject met (not when the meeting is called for, planned or called off), a verb
// particle parsed as an adverb ("hit back at") still makes its frame, and "without"
// or "instructed to" leave an act undone.
func TestArgumentsOfGroupsMeetingsAndReactions(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"members of an armed group as agent", "Israeli positions were shelled by Hezbollah fighters overnight.",
			[]string{"Hezbollah ATTACKS Israel"}, nil},
		{"members of an armed group as subject", "Taliban militants attacked Pakistan on Sunday.",
			[]string{"Taliban ATTACKS Pakistan"}, nil},
		{"gunmen of an armed group", "Houthi gunmen attacked Saudi positions near the border.",
			[]string{"Houthi movement ATTACKS Saudi Arabia"}, nil},
		{"members of an armed group in of", "Members of the Taliban attacked Pakistan on Sunday.",
			[]string{"Taliban ATTACKS Pakistan"}, nil},
		{"fighters of a nationality are no state", "Syrian fighters attacked Turkish positions.",
			nil, []string{"Syria ATTACKS Turkey"}},
		{"militants from a country are no state", "Pakistani militants attacked India on Sunday.",
			nil, []string{"Pakistan ATTACKS India"}},

		{"talks between two as a subject", "Talks between Russia and Ukraine ended without agreement.",
			[]string{"Russia MEETS Ukraine"}, nil},
		{"talks that included three", "The talks, which included Russia, Ukraine and Turkey, ended on Friday.",
			[]string{"Russia MEETS Ukraine", "Russia MEETS Turkey", "Ukraine MEETS Turkey"}, nil},
		{"negotiations including two", "Negotiations including Iran and Iraq began in Geneva on Monday.",
			[]string{"Iran MEETS Iraq"}, nil},
		{"talks called for", "Germany called for talks between Russia and Ukraine.",
			nil, []string{"Russia MEETS Ukraine"}},
		{"talks called off", "Talks between Russia and Ukraine were called off.",
			nil, []string{"Russia MEETS Ukraine"}},
		{"talks planned", "Talks between Russia and Ukraine are planned for next month.",
			nil, []string{"Russia MEETS Ukraine"}},
		{"talks to come", "Talks including Iran and Iraq will begin next week.",
			nil, []string{"Iran MEETS Iraq"}},
		{"talks between two to come", "Talks between Russia and Ukraine will begin next week.",
			nil, []string{"Russia MEETS Ukraine"}},
		{"a meeting due", "A meeting between Russia and Ukraine is due to take place in June.",
			nil, []string{"Russia MEETS Ukraine"}},
		{"a meeting named by its venue", "Markets rallied after the Argentina meeting between Russia and China on Friday.",
			[]string{"Russia MEETS China"}, []string{"Argentina MEETS Russia", "Argentina MEETS China"}},
		{"talks between two in an object", "Turkey hosted talks between Russia and Ukraine on Friday.",
			[]string{"Russia MEETS Ukraine"}, nil},
		{"talks that may include", "The talks, which could include Russia and Ukraine, ended on Friday.",
			nil, []string{"Russia MEETS Ukraine"}},

		{"hit back at an act's agent", "Moscow hit back at the sanctions imposed by the European Union.",
			[]string{"Russia CONDEMNS European Union"}, nil},
		{"hit back at an actor", "Iran hit back at Israel on Monday.",
			[]string{"Iran CONDEMNS Israel"}, nil},
		{"without doing", "Iran ended the talks without consulting Russia.",
			nil, []string{"Iran MEETS Russia"}},
		{"without a noun", "Turkey consulted Russia without delay on Monday.",
			[]string{"Turkey MEETS Russia"}, nil},
		{"instructed to", "Britain instructed its navy to attack Iranian vessels.",
			nil, []string{"United Kingdom ATTACKS Iran"}},
		{"back as an adverb of place", "Iran sent its envoy back to Israel on Monday.",
			nil, []string{"Iran CONDEMNS Israel"}},
	})
}
