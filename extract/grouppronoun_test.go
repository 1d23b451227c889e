package extract

import "testing"

// TestGroupPronounNamesTheList checks that "all of them", "each of them" and "both of
// them" as a clause's subject stand for the list of actors that opens their sentence as
// its subject, or for the countries of the sentence before, and for no one when they are
// no subject, when their own sentence names a country before them, or when "both" has
// more than two actors behind it.
func TestGroupPronounNamesTheList(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"all of them after a list in the sentence before", "The move is meant to pressure the other parties to the pact, Peru, Chile and Ecuador. But all of them have urged Bolivia not to leave the pact.",
			[]string{"Peru DEMANDS Bolivia", "Chile DEMANDS Bolivia", "Ecuador DEMANDS Bolivia"}, nil},
		{"each of them after a list in the sentence before", "Peru, Chile and Ecuador signed the pact in May. Each of them has since accused Bolivia of breaking it.",
			[]string{"Peru ACCUSES Bolivia", "Chile ACCUSES Bolivia", "Ecuador ACCUSES Bolivia"}, nil},
		{"both of them after a pair", "The talks drew envoys of Peru and Chile on Monday. Both of them accused Bolivia of violating the ceasefire.",
			[]string{"Peru ACCUSES Bolivia", "Chile ACCUSES Bolivia"}, nil},
		// must not fire
		{"all of them as an object", "Peru, Chile and Ecuador sent envoys. Bolivia criticised all of them.",
			nil, []string{"Bolivia CONDEMNS Peru", "Bolivia CONDEMNS Chile", "Bolivia CONDEMNS Ecuador"}},
		{"a country of its own sentence before it", "Peru, Chile and Ecuador sent envoys. Uruguay hosted the talks, and all of them condemned Bolivia's missile test.",
			nil, []string{"Peru CONDEMNS Bolivia", "Chile CONDEMNS Bolivia", "Ecuador CONDEMNS Bolivia"}},
		{"both of them after three", "Peru, Chile and Ecuador sent envoys. Both of them accused Bolivia of violating the ceasefire.",
			nil, []string{"Peru ACCUSES Bolivia", "Chile ACCUSES Bolivia", "Ecuador ACCUSES Bolivia"}},
	})
}
