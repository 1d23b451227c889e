package extract

import "testing"

// TestSideNounNearGroup checks that "the militants", "the insurgents" and their kin
// stand for the one armed group named in the three sentences before them when the
// article calls no group so, and for none when two are named there, when the group is
// named further back or for "the rebels", on sentences written for this test.
func TestSideNounNearGroup(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the militants", "The Shining Path bombed a bridge near Ayacucho on Monday. Peru condemned the militants.",
			[]string{"Peru CONDEMNS Shining Path"}, nil},
		{"the insurgents as object of a demand", "The Shining Path seized a town. President Gabriel Boric urged the insurgents to lay down their arms.",
			[]string{"Gabriel Boric DEMANDS Shining Path"}, nil},
		{"the terrorists' possessive", "The Shining Path bombed a bridge near Ayacucho. Peru condemned the terrorists' attack.",
			[]string{"Peru CONDEMNS Shining Path"}, nil},
		// must not fire
		{"two groups before", "The Shining Path and the FARC met in Lima. Peru condemned the militants.",
			nil, []string{"Peru CONDEMNS Shining Path", "Peru CONDEMNS FARC"}},
		{"rebels name the other side", "The Shining Path bombed a bridge near Ayacucho. Peru condemned the rebels.",
			nil, []string{"Peru CONDEMNS Shining Path"}},
		{"group named far back", "The Shining Path bombed a bridge near Ayacucho. Rains fell on Lima. Prices rose in Cusco. Schools closed in Puno. Peru condemned the militants.",
			nil, []string{"Peru CONDEMNS Shining Path"}},
	})
}
