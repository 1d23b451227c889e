package frames

import "testing"

// TestMatchReadsTraitNouns checks that a failing of character a speaker names (class
// trait-noun: recklessness, brinkmanship, incompetence ...), owned by an actor through its
// possessor, adjective or "of" phrase, is the speaker's condemnation of the owner, that a
// label noun of recklessness given by a verdict verb condemns as an adjective does, and
// that other contempt nouns' "of" phrase is no owner.
func TestMatchReadsTraitNouns(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a trait's of phrase", "Ruiz said the recklessness of Peru endangers the region.", []string{"Ruiz", "Peru"},
			[]string{"Ruiz CONDEMNS Peru"}, nil},
		{"a possessor's brinkmanship", "Lima said Santiago's brinkmanship must stop.", []string{"Lima", "Santiago"},
			[]string{"Lima CONDEMNS Santiago"}, nil},
		{"incompetence in a quotation", "“The Bolivian incompetence has cost lives,” Arce said.", []string{"Bolivian", "Arce"},
			[]string{"Arce CONDEMNS Bolivian"}, nil},
		{"an act called madness", "Ruiz said Peru's move was madness.", []string{"Ruiz", "Peru"},
			[]string{"Ruiz CONDEMNS Peru"}, nil},
		// must not fire
		{"a trait of no actor", "Ruiz said the recklessness of the smugglers endangered Peru.", []string{"Ruiz", "Peru"},
			nil, []string{"Ruiz CONDEMNS Peru"}},
		{"the victim of an occupation", "Ruiz said the occupation of Bolivia must end.", []string{"Ruiz", "Bolivia"},
			nil, []string{"Ruiz CONDEMNS Bolivia"}},
		{"a trait denied", "Ruiz said there had been no Peruvian brinkmanship.", []string{"Ruiz", "Peruvian"},
			nil, []string{"Ruiz CONDEMNS Peruvian"}},
		{"a trait in a condition", "Ruiz said Bolivia would respond if Peru showed its recklessness again.", []string{"Ruiz", "Bolivia", "Peru", "its"},
			nil, []string{"Ruiz CONDEMNS Peru"}},
	})
}
