package frames

import "testing"

// TestTimePartners checks that a partner or target that the parser hung on the time
// phrase before it ("held talks on Tuesday with Bolivia") is the act's, and that a time
// opened by another preposition or a day "for" someone keeps its phrase. Each relation
// comes twice, by the verb's frame and by the noun's.
func TestTimePartners(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true, Side: "Chile"}, "Soto": {Person: true, Side: "Bolivia"}})
	runActorCases(t, []actorCase{
		{"talks on a day with", "Ruiz held talks on Tuesday with Soto in Lima.", actors("Ruiz", "Soto", "Lima"),
			[]string{"Ruiz MEETS Soto", "Ruiz MEETS Soto"}},
		{"an offensive on a day against", "Chile launched an offensive on Monday against Bolivia.", actors("Chile", "Bolivia"),
			[]string{"Chile ATTACKS Bolivia", "Chile ATTACKS Bolivia"}},
		{"sanctions last week against", "Chile imposed sanctions last week against Bolivia and Peru.", actors("Chile", "Bolivia", "Peru"),
			[]string{"Chile SANCTIONS Bolivia", "Chile SANCTIONS Peru", "Chile SANCTIONS Bolivia", "Chile SANCTIONS Peru"}},
		{"a day for someone", "It was a hard week for Bolivia, Ruiz said on Monday.", actors("Bolivia", "Ruiz"),
			nil},
		{"a time since which", "Chile has waited since Monday for talks about Bolivia.", actors("Chile", "Bolivia"),
			nil},
	})
}
