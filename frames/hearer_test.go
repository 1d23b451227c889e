package frames

import "testing"

// TestObligationOnTheHearer checks that an obligation told to a hearer ("told Peru that it
// must withdraw") is the teller's demand of the hearer, whatever the pronoun was resolved
// to and also where the parser hangs the told clause on a noun, while a joint aim, a
// warning and a clause told to no actor are none.
func TestObligationOnTheHearer(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true}, "Ruiz": {Person: true}, "she": {ID: "Boric", Person: true}, "Peru": {}, "Chile": {}, "Bolivia": {}})
	runActorCases(t, []actorCase{
		{"told it must", "Chile told Peru that it must withdraw its troops.", actors("Chile", "Peru"), []string{"Chile DEMANDS Peru"}},
		{"told they should", "President Boric told Bolivia they should reopen the border.", actors("Boric", "Bolivia"), []string{"Boric DEMANDS Bolivia"}},
		{"pronoun resolved to the teller", "Boric told Ruiz that she should resign.", actors("Boric", "Ruiz", "she"), []string{"Boric DEMANDS Ruiz", "Boric MEETS Ruiz"}},
		{"clause hung on a noun", "Boric told Ruiz at a meeting with Bolivian trade leaders that she should stay on.", actors("Boric", "Ruiz", "she"), []string{"Boric DEMANDS Ruiz"}},
		{"reminded", "Chile reminded Bolivia that it must honour the treaty.", actors("Chile", "Bolivia"), []string{"Chile DEMANDS Bolivia"}},
		{"joint aim", "Boric told Peru on Monday that they must all work together on trade.", actors("Boric", "Peru"), nil},
		{"warning", "Chile warned Bolivia that it should not count on its support.", actors("Chile", "Bolivia"), []string{"Chile THREATENS Bolivia"}},
		{"told to no actor", "Chile reminded reporters that it must honour the treaty.", actors("Chile"), nil},
		{"would need", "Chile told Peru it would need to reopen the border.", actors("Chile", "Peru"), nil},
	})
}
