package frames

import "testing"

// TestEachOther checks that an act whose object is "each other" or "one another" is done
// by each of the coordinated subjects to the other, two relations; that two persons'
// attack on each other is words (CONDEMNS); and that a negated or modal one, or a need of
// each other, states nothing.
func TestEachOther(t *testing.T) {
	runMatchCases(t, []matchCase{
		{"condemned one another", "Peru and Chile condemned one another.", []string{"Peru", "Chile"}, []string{"Peru CONDEMNS Chile", "Chile CONDEMNS Peru"}},
		{"criticised each other, perfect", "Peru and Chile have criticised each other over the border.", []string{"Peru", "Chile"}, []string{"Peru CONDEMNS Chile", "Chile CONDEMNS Peru"}},
		{"blamed each other", "Bolivia and Ecuador blamed each other for the collapse of the talks.", []string{"Bolivia", "Ecuador"}, []string{"Bolivia ACCUSES Ecuador", "Ecuador ACCUSES Bolivia"}},
		{"states attacked each other", "Colombia and Brazil attacked each other.", []string{"Colombia", "Brazil"}, []string{"Colombia ATTACKS Brazil", "Brazil ATTACKS Colombia"}},
		{"praised one another", "Uruguay and Paraguay praised one another.", []string{"Uruguay", "Paraguay"}, []string{"Uruguay SUPPORTS Paraguay", "Paraguay SUPPORTS Uruguay"}},
		{"negated", "Peru and Chile did not criticise each other.", []string{"Peru", "Chile"}, nil},
		{"modal", "Peru and Chile could sanction each other.", []string{"Peru", "Chile"}, nil},
		{"need each other", "Peru and Chile need each other.", []string{"Peru", "Chile"}, nil},
	})
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true}, "Boric": {Person: true}})
	runActorCases(t, []actorCase{
		{"persons attacked each other", "Ruiz and Boric have attacked each other as too soft on crime.", actors("Ruiz", "Boric"), []string{"Ruiz CONDEMNS Boric", "Boric CONDEMNS Ruiz"}},
	})
}

// TestAgreeWith checks that agreeing with another, or admiring one, takes its side
// (SUPPORTS), while agreeing terms with another (an object, an infinitive, a "to" or "on"
// phrase, a thing agreed) takes no side, and a negated agreement states nothing.
func TestAgreeWith(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true}, "Boric": {Person: true}, "Peru": {}, "Chile": {}})
	runActorCases(t, []actorCase{
		{"agrees with", "Boric agrees with Peru.", actors("Boric", "Peru"), []string{"Boric SUPPORTS Peru"}},
		{"said that agreed with", "Ruiz said that Chile agreed with Boric.", actors("Chile", "Boric"), []string{"Chile SUPPORTS Boric"}},
		{"who agrees with", "Ruiz, who agrees with Boric, spoke on Monday.", actors("Ruiz", "Boric"), []string{"Ruiz SUPPORTS Boric"}},
		{"admires", "Ruiz admires Boric.", actors("Ruiz", "Boric"), []string{"Ruiz SUPPORTS Boric"}},
		{"agreed with to reopen", "Chile agreed with Peru to reopen the border.", actors("Chile", "Peru"), nil},
		{"agreed with on a ceasefire", "Chile agreed with Peru on a ceasefire.", actors("Chile", "Peru"), []string{"Chile SIGNS_AGREEMENT_WITH Peru"}},
		{"the deal agreed with", "Chile praised the deal it agreed with Peru.", actors("Chile", "Peru"), nil},
		{"the text agreed with", "Boric will not change the text agreed with Peru.", actors("Boric", "Peru"), nil},
		{"negated", "Chile does not agree with Peru.", actors("Chile", "Peru"), nil},
	})
}
