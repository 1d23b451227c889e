package extract

import "testing"

// TestWindowSubjectOfTheController checks, on sentences written for this test, that the
// word window takes no subject the parse gives to another doer of a trigger without a
// subject of its own (subjectsOfController): the noun a participle modifies, the noun a
// relative clause modifies, an indefinite pronoun subject.
func TestWindowSubjectOfTheController(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a participle's noun", "Peruvian prosecutors said the files contain testimony supporting Bolivia's version of events.",
			nil, []string{"Peru SUPPORTS Bolivia"}},
		{"a relative clause on two coordinated nouns", "Chile froze the assets of banks and traders who support Bolivia's smuggling networks.",
			nil, []string{"Chile SUPPORTS Bolivia"}},
		{"a relative clause on a generic pronoun", "The Chilean minister condemned the harsh treatment Peru reserves for all who criticize Bolivia.",
			nil, []string{"Peru CONDEMNS Bolivia", "Chile CONDEMNS Bolivia"}},
		{"an indefinite pronoun subject", "Since the Andean Pact collapsed, everybody praises Chile.",
			nil, []string{"Andean Community SUPPORTS Chile"}},
		{"an indefinite pronoun subject of a joint act", "Peru and Chile tried sanctions and talks, yet nothing worked to end the blockade by Bolivia.",
			nil, []string{"Peru COOPERATES_WITH Chile"}},
		// kept: the doer's phrase names the window's subject, or its owner does
		{"a participle's noun modified by the state", "Peruvian troops fighting Chile crossed the river.",
			[]string{"Peru ATTACKS Chile"}, nil},
		{"an alliance the state is part of", "Ecuador is part of a regional alliance fighting the Shining Path.",
			[]string{"Ecuador ATTACKS Shining Path"}, nil},
		{"a statement by the subject", "Chile issued a statement condemning Peru's raid on the border post.",
			[]string{"Chile CONDEMNS Peru"}, nil},
		{"a relative clause on the subject's apposition", "Peru invited Senator Ana Ruiz, a veteran socialist who criticized Chile at a rally.",
			[]string{"Ana Ruiz CONDEMNS Chile"}, nil},
	})
}
