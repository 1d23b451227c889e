package extract

import "testing"

// TestActsToldOfUndoneNouns checks that a past act told in a relative clause of a noun of
// an act not done ("a call in which ...", "an accusation Bolivia denied") is done, and that an
// act noun whose author a "by" phrase names survives its rejection, while a claim's
// clause, an act under a modal and what the rejected call asks for stay undone. Sentences
// written here.
func TestActsToldOfUndoneNouns(t *testing.T) {
	runWantNot(t, []wantNot{
		{"a call in which he asked",
			"Chilean President Ana Ruiz recalled a phone call in which Peruvian President Jorge Salas asked Bolivia to reopen the border.",
			[]string{"Jorge Salas DEMANDS Bolivia"}, nil},
		{"an accusation denied",
			"Chile blamed Bolivia for the smuggling, an accusation Bolivia denied.",
			[]string{"Bolivia DENIES Chile"}, nil},
		{"demands by another rejected",
			"Peru rejected demands by Chile for a ceasefire.",
			[]string{"Chile DEMANDS Peru", "Peru REJECTS Chile"}, nil},
		{"a claim's clause",
			"Analysts discussed reports that Peruvian President Jorge Salas shared the border maps with Bolivian officials.",
			nil, []string{"Jorge Salas COOPERATES_WITH Bolivia"}},
		{"what a rejected call asks for",
			"Peru rejected calls by Chile to impose sanctions on Bolivia.",
			nil, []string{"Chile SANCTIONS Bolivia", "Peru SANCTIONS Bolivia"}},
		{"a modal in the relative clause",
			"Peru rejected a plan under which Chile would impose sanctions on Bolivia.",
			nil, []string{"Chile SANCTIONS Bolivia"}},
	})
}
