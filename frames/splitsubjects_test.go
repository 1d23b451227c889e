package frames

import "testing"

// TestSplitSubjects checks that a list of subjects the parser splits into two subjects of
// one verb acts together ("Boric, his Bolivian counterpart Arce and ... signed"), while a
// subject with a marker ("for Boric to ...") and a gerund's clause join no list.
func TestSplitSubjects(t *testing.T) {
	actors := castOf(t, map[string]Actor{
		"Boric":          {Person: true, Side: "Chile"},
		"Luis Arce":      {Person: true, Side: "Bolivia"},
		"Pedro Castillo": {Person: true, Side: "Peru"},
		"his":            {ID: "Boric", Person: true, Side: "Chile"},
		"Ruiz":           {Person: true, Side: "Peru"},
		"Mr. Soto":       {Person: true, Side: "Chile"},
		"Ana Ruiz":       {Person: true, Side: "Peru"},
		"Andean Pact":    {},
		"its":            {ID: "Bolivia", State: true},
	})
	runActorCases(t, []actorCase{
		{"title and counterpart in a list", "President Boric, his Bolivian counterpart Luis Arce and Peruvian President Pedro Castillo have officially signed the new trade pact.",
			actors("Boric", "his", "Luis Arce", "Pedro Castillo"),
			[]string{"Boric SIGNS_AGREEMENT_WITH Luis Arce", "Boric SIGNS_AGREEMENT_WITH Pedro Castillo", "Luis Arce SIGNS_AGREEMENT_WITH Pedro Castillo"}},
		{"an apposition parsed as a second subject", "Ana Ruiz, a Lima Unionist who sits on the Andean Pact panel, publicly blasted Bolivia for its actions.",
			actors("Ana Ruiz", "Andean Pact", "Bolivia", "its"),
			[]string{"Ana Ruiz CONDEMNS Bolivia"}},
		{"a gerund's clause is no member", "Stumping for Ruiz in Lima on Wednesday, Mr. Soto blamed Bolivia for the crisis.",
			actors("Ruiz", "Mr. Soto", "Bolivia"),
			[]string{"Mr. Soto ACCUSES Bolivia"}},
	})
}
