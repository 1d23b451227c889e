package extract

import "testing"

func TestBareActNounIsThePreviousSentencesAct(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a reaction to an act of no relation type", "Russia moved warships into the strait on Monday. France criticised the move.",
			[]string{"France CONDEMNS Russia"}, nil},
		{"the act receives the reaction", "Turkey closed its border with Syria on Tuesday. The move drew sharp criticism from Germany.",
			[]string{"Germany CONDEMNS Turkey"}, nil},
		{"an official's act", "Chancellor Angela Merkel pulled German troops out of Mali on Friday. Washington welcomed the decision.",
			[]string{"United States SUPPORTS Angela Merkel"}, nil},
		// must not fire
		{"a statement is no act", "Russia said it would move warships. France criticised the move.",
			nil, []string{"France CONDEMNS Russia"}},
		{"two authors", "Russia and China held joint drills on Monday. Japan criticised the move.",
			nil, []string{"Japan CONDEMNS Russia", "Japan CONDEMNS China"}},
		{"a planned act", "Russia will hold drills near the border next week. Japan criticised the move.",
			nil, []string{"Japan CONDEMNS Russia"}},
		{"an act not done", "Russia did not close the border. Japan welcomed the decision.",
			nil, []string{"Japan SUPPORTS Russia"}},
		{"another act named by a noun before", "Russia pushed back on Turkey's decision to close the border. Germany criticised the move.",
			nil, []string{"Germany CONDEMNS Russia"}},
		{"a move named by its own clause", "Russia moved warships into the strait on Monday. France criticised the move to deploy them.",
			nil, []string{"France CONDEMNS Russia"}},
	})
}
