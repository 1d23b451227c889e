package frames

import "testing"

// TestCompoundPairs checks that two actors joined by "and" or "or" that the parser read as
// modifiers of the second one's last word ("Japan and South" as compounds of "Korea") are
// both arguments of the act, and that a pair the parser read right keeps its reading.
func TestCompoundPairs(t *testing.T) {
	actors := castOf(t, map[string]Actor{
		"South Korea": {ID: "South Korea", State: true},
		"Japan":       {ID: "Japan", State: true},
	})
	runActorCases(t, []actorCase{
		{"object pair", "China condemned Japan and South Korea.", actors("China", "Japan", "South Korea"),
			[]string{"China CONDEMNS Japan", "China CONDEMNS South Korea"}},
		{"object pair with of", "Peru accused Japan and South Korea of provocations.", actors("Peru", "Japan", "South Korea"),
			[]string{"Peru ACCUSES Japan", "Peru ACCUSES South Korea"}},
		{"read right already", "Peru criticized Chile and Bolivia.", actors("Peru", "Chile", "Bolivia"),
			[]string{"Peru CONDEMNS Chile", "Peru CONDEMNS Bolivia"}},
		{"second first", "China condemned South Korea and Japan.", actors("China", "South Korea", "Japan"),
			[]string{"China CONDEMNS South Korea", "China CONDEMNS Japan"}},
	})
}
