package frames

import "testing"

// TestOwnVoiceThreats checks that a state's official or body who says the state will or
// could do a hostile act makes the state's threat, as the state saying it itself does;
// another state's official, a negation, a condition-free prediction of another and an
// act already done are no threat.
func TestOwnVoiceThreats(t *testing.T) {
	actors := castOf(t, map[string]Actor{
		"Boric":   {Person: true, Side: "Chile"},
		"Ruiz":    {Person: true, Side: "Peru"},
		"Soto":    {Person: true},
		"his":     {ID: "Boric", Person: true, Side: "Chile"},
		"Chile's": {ID: "Chile", State: true},
	})
	runActorCases(t, []actorCase{
		{"official: said the state would attack", "President Boric said Chile would attack Bolivia.", actors("Boric", "Chile", "Bolivia"),
			[]string{"Chile THREATENS Bolivia"}},
		{"official: set aside after the clause", "Chile will attack Bolivia, Boric said.", actors("Chile", "Bolivia", "Boric"),
			[]string{"Chile THREATENS Bolivia"}},
		{"official: could cut ties", "Boric said Chile could cut ties with Bolivia.", actors("Boric", "Chile", "Bolivia"),
			[]string{"Chile THREATENS Bolivia"}},
		{"official: may expel", "Chile may expel Bolivian diplomats, Boric said.", actors("Chile", "Bolivian", "Boric"),
			[]string{"Chile THREATENS Bolivian"}},
		{"another state's official predicts", "Ruiz said Chile would attack Bolivia.", actors("Ruiz", "Chile", "Bolivia"),
			nil},
		{"a person of no state predicts", "Soto said Chile would attack Bolivia.", actors("Soto", "Chile", "Bolivia"),
			nil},
		{"official: would not", "Boric said Chile would not attack Bolivia.", actors("Boric", "Chile", "Bolivia"),
			nil},
	})
}
