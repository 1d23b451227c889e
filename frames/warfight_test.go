package frames

import "testing"

// TestWarAndFightAttacks checks that a war, fight, battle or military campaign waged on a
// state or an armed group attacks it (the owner of the noun, the subject of "at war with"
// or of the fighting verb), and that a fight of words, courts, trade or by proxy, one
// against a person, one of a verb with no subject of its own and one owned by a pronoun
// state none, on sentences written for this test.
func TestWarAndFightAttacks(t *testing.T) {
	runNounCases(t, []nounCase{
		{"at war with", "Peru has been at war with the Shining Path since 2015.",
			[]string{"Peru", "Shining Path"}, []string{"Peru ATTACKS Shining Path"}},
		{"a possessor's war on", "Chile's war on the Shining Path has cost billions.",
			[]string{"Chile", "Shining Path"}, []string{"Chile ATTACKS Shining Path"}},
		{"a government's fight against", "The Bolivian government's fight against the Taliban has stalled.",
			[]string{"Bolivian", "Taliban"}, []string{"Bolivian ATTACKS Taliban"}},
		{"a nationality's battle against", "The Chilean battle against Hezbollah lasted a decade.",
			[]string{"Chilean", "Hezbollah"}, []string{"Chilean ATTACKS Hezbollah"}},
		{"a bombing campaign", "Peru's bombing campaign against the Shining Path killed hundreds.",
			[]string{"Peru", "Shining Path"}, []string{"Peru ATTACKS Shining Path"}},
		{"a military campaign launched", "Chile launched a military campaign against the Taliban.",
			[]string{"Chile", "Taliban"}, []string{"Chile ATTACKS Taliban"}},
		{"battling a group", "Bolivia is battling the Shining Path in the north.",
			[]string{"Bolivia", "Shining Path"}, []string{"Bolivia ATTACKS Shining Path"}},
		{"fought against a state", "Peru fought against Chile in the last century.",
			[]string{"Peru", "Chile"}, []string{"Peru ATTACKS Chile"}},
		// no attack
		{"a trade war", "Peru is locked in a trade war with Chile.",
			[]string{"Peru", "Chile"}, nil},
		{"a legal battle", "Chile is in a legal battle against Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"a war of words", "Peru's war of words with Chile grew louder.",
			[]string{"Peru", "Chile"}, nil},
		{"a proxy war", "Bolivia's proxy war with Chile has dragged on.",
			[]string{"Bolivia", "Chile"}, nil},
		{"a pressure campaign", "Peru's pressure campaign against Chile failed.",
			[]string{"Peru", "Chile"}, nil},
		{"a fight against a person", "Peru's fight against Lavrov went to the courts.",
			[]string{"Peru", "Lavrov"}, nil},
		{"fighting alongside", "Bolivia is fighting alongside Chilean troops.",
			[]string{"Bolivia", "Chilean"}, nil},
		{"trained to fight", "Peru is training Chilean troops to fight the Shining Path.",
			[]string{"Peru", "Chilean", "Shining Path"}, nil},
		{"committed to battling", "Congress pressed Chile to commit to battling the Taliban.",
			[]string{"Chile", "Taliban"}, nil},
		{"their fight", "Peru helped Bolivia in their fight against the Shining Path.",
			[]string{"Peru", "Bolivia", "Shining Path"}, nil},
		{"a war wanted", "Peru wants a war with Chile.",
			[]string{"Peru", "Chile"}, nil},
		{"close to a war", "Peru was close to entering a war with Chile.",
			[]string{"Peru", "Chile"}, nil},
	})
}

// TestHyphenAgents checks that an actor joined by a hyphen to a participle before a noun
// is the participle's, and the noun the argument of the word the parser hung the actor on
// ("against Peru-backed rebels"), on sentences written for this test.
func TestHyphenAgents(t *testing.T) {
	runNounCases(t, []nounCase{
		{"a campaign against the backed group", "Chile pointed to Peru's air campaign against Bolivia-backed Hezbollah in the south.",
			[]string{"Chile", "Peru", "Bolivia", "Hezbollah"}, []string{"Peru ATTACKS Hezbollah", "Bolivia SUPPORTS Hezbollah"}},
		{"a war against the backed group", "Peru's war against Bolivia-backed Hezbollah in the south goes on.",
			[]string{"Peru", "Bolivia", "Hezbollah"}, []string{"Peru ATTACKS Hezbollah", "Bolivia SUPPORTS Hezbollah"}},
	})
}

// TestShotDown checks that "shot down" before a noun phrase, which the parser reads as a
// noun and a preposition, attacks the owner of the thing shot down, and that a proposal
// "shot down" attacks no one, on sentences written for this test.
func TestShotDown(t *testing.T) {
	runNounCases(t, []nounCase{
		{"a name before shot down", "Peru shot down a Chilean drone on Monday.",
			[]string{"Peru", "Chilean"}, []string{"Peru ATTACKS Chilean"}},
		{"after a subordinator", "The crisis began after Bolivia shot down a Peruvian warplane near the border.",
			[]string{"Bolivia", "Peruvian"}, []string{"Bolivia ATTACKS Peruvian"}},
		{"a proposal shot down", "Peru shot down the Chilean proposal at the summit.",
			[]string{"Peru", "Chilean"}, nil},
	})
}
