package frames

import "testing"

// An act "no longer" done is an act ended: nothing is read; "longer" alone states it.
func TestNoLongerIsNegated(t *testing.T) {
	tests := []matchCase{
		{"no longer recognises", "Ruiz said he no longer recognised the Andean Council.", []string{"Ruiz", "Andean Council"}, nil},
		{"no longer backs", "Chile no longer supports Peru.", []string{"Chile", "Peru"}, nil},
		{"no longer, passive", "Boric is no longer recognized by Chile.", []string{"Boric", "Chile"}, nil},
		{"a support that lasts longer", "Chile supported Peru longer than any other state.", []string{"Chile", "Peru"}, []string{"Chile SUPPORTS Peru"}},
	}
	runMatchCases(t, tests)
}
