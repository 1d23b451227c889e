package extract

import "testing"

// TestApposedActorOwnsNoPossessive checks that an "its" after an indefinite apposition
// that describes a state ("Peru, an Andean Pact member,") is the state's, not the
// actor named inside the apposition, and that an actor outside an apposition still owns it.
func TestApposedActorOwnsNoPossessive(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a member of a bloc", "Peru, an Andean Pact member, defended its air strikes on the Shining Path.",
			[]string{"Peru ATTACKS Shining Path"}, []string{"Andean Community ATTACKS Shining Path"}},
		{"a member of a bloc who reports", "Peru, an Andean Pact member, said its troops had killed Shining Path fighters.",
			nil, []string{"Peru ACCUSES Andean Community"}},
		{"an ally of a state", "Chile, a close ally of Bolivia, defended its air strikes on the Shining Path.",
			[]string{"Chile ATTACKS Shining Path"}, []string{"Bolivia ATTACKS Shining Path"}},
		{"the bloc as the subject", "Peru said the Andean Pact had defended its air strikes on the Shining Path.",
			[]string{"Andean Community ATTACKS Shining Path"}, []string{"Peru ATTACKS Shining Path"}},
	})
}
