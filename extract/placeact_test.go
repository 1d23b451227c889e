package extract

import "testing"

// TestPlaceActObjects checks that a country written out as the compound of a noun of an
// act done in or to a place is no object of a criticism (it tells where the act is),
// while an abbreviation, a possessor and an adjective still name the act's author.
// Sentences written here.
func TestPlaceActObjects(t *testing.T) {
	runWantNot(t, []wantNot{
		{"a potential mission",
			"Senator Luis Soto, a lawmaker criticizing the possible Peru mission, gave a speech on Monday.",
			nil, []string{"Luis Soto CONDEMNS Peru"}},
		{"an abbreviation",
			"Senator Luis Soto criticized the US strikes.",
			[]string{"Luis Soto CONDEMNS United States"}, nil},
		{"a possessor",
			"Senator Luis Soto criticized Peru's mission in Bolivia.",
			[]string{"Luis Soto CONDEMNS Peru"}, nil},
	})
}
