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

// A definite test or launch noun ("the launch", "the nuclear test") refers back to the
// test the nearest sentence telling one told in its main clause, within testWindow
// sentences, or to a test noun named with its author before ("Peru's missile launch ...
// the test"); a test of two authors, a test site, another test and a test told by no
// sentence before are no one's.
func TestDefiniteTestNounIsTheToldTest(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a launch told the sentence before", "Peru fired a ballistic missile into the sea on Friday. Chile condemned the launch.",
			[]string{"Chile CONDEMNS Peru"}, nil},
		{"a test with a modifier", "Peru conducted a nuclear test on Sunday. Chile condemned the nuclear test.",
			[]string{"Chile CONDEMNS Peru"}, nil},
		{"a test told two sentences before", "Peru fired a missile over the sea on Friday. The missile flew for an hour. Chile denounced the test.",
			[]string{"Chile CONDEMNS Peru"}, nil},
		{"a launch named with its author before", "Peru's missile launch alarmed the region. Officials met in Quito on Monday. Chile and Bolivia both condemned the test.",
			[]string{"Chile CONDEMNS Peru", "Bolivia CONDEMNS Peru"}, nil},
		// must not fire
		{"two authors", "Peru and Ecuador fired missiles into the sea on Friday. Chile condemned the launch.",
			nil, []string{"Chile CONDEMNS Peru", "Chile CONDEMNS Ecuador"}},
		{"a test site", "Peru fired a missile on Friday. Chile condemned the test site.",
			nil, []string{"Chile CONDEMNS Peru"}},
		{"another test", "Peru fired a missile on Friday. Chile condemned the first test.",
			nil, []string{"Chile CONDEMNS Peru"}},
		{"no test told", "Peru closed the border on Friday. Chile condemned the test.",
			nil, []string{"Chile CONDEMNS Peru"}},
		{"a test planned", "Peru will fire a missile next week. Chile condemned the launch.",
			nil, []string{"Chile CONDEMNS Peru"}},
	})
}
