package extract

import "testing"

// TestWindowTriggerModifyingANounIsNoAct checks, on sentences written for this test, that
// a verb reading whose trigger (or the pattern's noun) the parse makes a modifier of
// another noun is not read (modifierTrigger), and that its neighbours still are: a
// modifier of the pattern's own noun, a noun phrase misparsed onto the next noun, a verb
// the parser took for an adjective.
func TestWindowTriggerModifyingANounIsNoAct(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"an adjective of a list's noun", "Tariffs were imposed on Peru, Chile, Bolivia and several other allied nations.",
			nil, []string{"Chile COOPERATES_WITH Bolivia"}},
		{"a compound of a device", "Peru and Chile were using a hotline telephone line for the border.",
			nil, []string{"Peru MEETS Chile"}},
		{"a gerund naming a kind", "Peru and Chile have a warm working relationship.",
			nil, []string{"Peru COOPERATES_WITH Chile"}},
		{"the pattern's noun as a compound", "Peruvian warships were conducting drills with attack helicopters in waters off Chile last week.",
			nil, []string{"Peru ATTACKS Chile"}},
		// read: the act itself
		{"a modifier of the pattern's noun", "Chile and Peru launched coordinated attacks on the Shining Path.",
			[]string{"Chile COOPERATES_WITH Peru"}, nil},
		{"the pattern's noun with its own adjective", "Peru and Chile struck a historic deal Sunday morning.",
			[]string{"Peru SIGNS_AGREEMENT_WITH Chile"}, nil},
	})
}
