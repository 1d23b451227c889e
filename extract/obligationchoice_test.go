package extract

import "testing"

// TestObligationsAskingNoAct checks that an obligation a speaker reports is no demand when
// what it asks is knowing, deciding or finding out (a choice or a lesson described), while
// an act asked, a choice the speaker names and a way to be found stay demands. Sentences
// written here.
func TestObligationsAskingNoAct(t *testing.T) {
	runWantNot(t, []wantNot{
		{"a tough call",
			"Peruvian President Jorge Salas met Chilean President Ana Ruiz on Monday. \"The Chilean president has to make a tough call,\" Salas said.",
			nil, []string{"Jorge Salas DEMANDS Ana Ruiz"}},
		{"has to decide whether",
			"Peruvian President Jorge Salas said Chile has to decide whether it wants peace.",
			nil, []string{"Jorge Salas DEMANDS Chile"}},
		{"needs to know",
			"\"Chile needs to know that Peru stands united,\" Peruvian President Jorge Salas said.",
			nil, []string{"Jorge Salas DEMANDS Chile"}},
		{"has to find out",
			"Peruvian President Jorge Salas said Chile has to find out who armed the rebels.",
			nil, []string{"Jorge Salas DEMANDS Chile"}},
		{"must figure out",
			"Peruvian President Jorge Salas said Chile must figure out what went wrong at the border.",
			nil, []string{"Jorge Salas DEMANDS Chile"}},
		{"an act asked",
			"Peruvian President Jorge Salas said Chile must withdraw its troops from the border.",
			[]string{"Jorge Salas DEMANDS Chile"}, nil},
		{"a choice named",
			"Peruvian President Jorge Salas said Chile must choose to end the blockade.",
			[]string{"Jorge Salas DEMANDS Chile"}, nil},
		{"a way to be found",
			"Peruvian President Jorge Salas said Chile needs to find a way to end the blockade.",
			[]string{"Jorge Salas DEMANDS Chile"}, nil},
	})
}
