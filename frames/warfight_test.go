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

// TestFightJoined checks that a war or fight with no owner is waged by whoever takes part
// in it: the subject of a verb of joining or leading it, of taking part, participating,
// contributing or helping in it, and the actor a relational noun of it ("an ally in the
// fight against") stands for; and that one only hoped or asked, one helped with its
// helped named, and one of a noun of no part ("a setback in the fight") state none, on
// sentences written for this test.
func TestFightJoined(t *testing.T) {
	runNounCases(t, []nounCase{
		{"joined the fight", "Peru joined the fight against the Shining Path in 2015.",
			[]string{"Peru", "Shining Path"}, []string{"Peru ATTACKS Shining Path"}},
		{"leads the war", "Chile leads the war on the Shining Path.",
			[]string{"Chile", "Shining Path"}, []string{"Chile ATTACKS Shining Path"}},
		{"contributes troops to the fight", "Chile contributes troops to the fight against the Taliban.",
			[]string{"Chile", "Taliban"}, []string{"Chile ATTACKS Taliban"}},
		{"took part in the campaign", "Bolivia took part in the military campaign against the Shining Path.",
			[]string{"Bolivia", "Shining Path"}, []string{"Bolivia ATTACKS Shining Path"}},
		{"participates in the battle", "Peru participates in the battle against Hezbollah.",
			[]string{"Peru", "Hezbollah"}, []string{"Peru ATTACKS Hezbollah"}},
		{"helps in the fight", "Bolivia has helped in the fight against the Taliban.",
			[]string{"Bolivia", "Taliban"}, []string{"Bolivia ATTACKS Taliban"}},
		{"an ally in the fight", "Bolivia, a key ally in the fight against the Shining Path, sent troops.",
			[]string{"Bolivia", "Shining Path"}, []string{"Bolivia ATTACKS Shining Path"}},
		{"a partner in the war", "Chile is a reliable partner in the war on the Taliban.",
			[]string{"Chile", "Taliban"}, []string{"Chile ATTACKS Taliban"}},
		{"a role in the fight", "Peru's role in the fight against the Shining Path has grown.",
			[]string{"Peru", "Shining Path"}, []string{"Peru ATTACKS Shining Path"}},
		{"plays a role in the fight", "Peru plays a key role in the fight against the Shining Path.",
			[]string{"Peru", "Shining Path"}, []string{"Peru ATTACKS Shining Path"}},
		{"allied with another in the fight", "Chile is allied with Bolivia in the fight against the Taliban.",
			[]string{"Chile", "Bolivia", "Taliban"}, []string{"Chile ATTACKS Taliban", "Bolivia ATTACKS Taliban"}},
		{"a participle aiding the fight", "Chile has been active in the north, aiding the fight against the Shining Path.",
			[]string{"Chile", "Shining Path"}, []string{"Chile ATTACKS Shining Path"}},
		{"an owner's involvement in the war", "Chile's involvement in the war on the Taliban grew.",
			[]string{"Chile", "Taliban"}, []string{"Chile ATTACKS Taliban"}},
		{"forces battling", "Peruvian forces battling the Shining Path retook the town.",
			[]string{"Peruvian", "Shining Path"}, []string{"Peruvian ATTACKS Shining Path"}},
		{"a role in battling", "Peru has taken a leading role in battling the Shining Path.",
			[]string{"Peru", "Shining Path"}, []string{"Peru ATTACKS Shining Path"}},
		{"forces battling in a phrase", "Chile sent advisers to Peruvian forces battling the Shining Path.",
			[]string{"Chile", "Peruvian", "Shining Path"}, []string{"Peruvian ATTACKS Shining Path"}},
		// none
		{"wants a role", "Peru wants a role in the fight against the Shining Path.",
			[]string{"Peru", "Shining Path"}, nil},
		{"any role in the fight", "Ruiz believes any Peruvian role in the fight against the Shining Path must be approved.",
			[]string{"Ruiz", "Peruvian", "Shining Path"}, nil},
		{"attacked troops aiding the fight", "Peru attacked Chilean troops aiding the fight against the Shining Path.",
			[]string{"Peru", "Shining Path"}, nil},
		{"hopes to join", "Peru hopes to join the fight against the Shining Path.",
			[]string{"Peru", "Shining Path"}, nil},
		{"asked to join", "Chile urged Bolivia to join the fight against the Taliban.",
			[]string{"Chile", "Bolivia", "Taliban"}, []string{"Chile DEMANDS Bolivia"}},
		{"did not join", "Peru did not join the war on the Shining Path.",
			[]string{"Peru", "Shining Path"}, nil},
		{"helped another in the fight", "Chile helped Bolivia in the fight against the Taliban.",
			[]string{"Chile", "Bolivia", "Taliban"}, []string{"Bolivia ATTACKS Taliban"}},
		{"a setback in the fight", "Peru suffered a setback in the fight against the Shining Path.",
			[]string{"Peru", "Shining Path"}, nil},
		{"a fight against a person", "Peru joined the fight against Lavrov.",
			[]string{"Peru", "Lavrov"}, nil},
	})
}
