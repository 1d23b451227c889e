package frames

import "testing"

// TestAttackOnPlants checks that an attack on a state's plants, refineries or pipelines
// attacks the state, also when an armed group claims it, while a plant that is no
// attack's target, or a person's, names no attack.
func TestAttackOnPlants(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Shining Path": {}, "Ruiz": {Person: true, Side: "Chile"}})
	runActorCases(t, []actorCase{
		{"claimed an assault on plants", "The Shining Path claimed responsibility for the assault on two Peruvian oil plants.", actors("Shining Path", "Peruvian"),
			[]string{"Shining Path ATTACKS Peruvian"}},
		{"bombed a refinery", "Chile bombed a Peruvian refinery on Monday.", actors("Chile", "Peruvian"),
			[]string{"Chile ATTACKS Peruvian"}},
		{"shelled a pipeline", "Chile shelled the Bolivian pipeline near the border.", actors("Chile", "Bolivian"),
			[]string{"Chile ATTACKS Bolivian"}},
		{"visited a plant", "Ruiz visited a Peruvian oil plant on Monday.", actors("Ruiz", "Peruvian"),
			nil},
		{"a person's plant", "Chile bombed Ruiz's plant.", actors("Chile", "Ruiz"),
			nil},
	})
}
