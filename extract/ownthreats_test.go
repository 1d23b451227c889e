package extract

import "testing"

// TestOwnThreats checks that an attack, sanctions or an answer that its own author says
// it will give or stands ready to give is its threat to the one it names (the target, or
// the author of the act answered), while readiness or an answer said of another, denied,
// or a response to no hostile act is none. Sentences written here.
func TestOwnThreats(t *testing.T) {
	runWantNot(t, []wantNot{
		{"said it would attack", "Peru said it would attack Chile.",
			[]string{"Peru THREATENS Chile"}, nil},
		{"said it was ready to attack", "Peru said it was ready to attack Chile.",
			[]string{"Peru THREATENS Chile"}, nil},
		{"said it stands ready", "Peru said it stands ready to attack Chile.",
			[]string{"Peru THREATENS Chile"}, nil},
		{"said it was prepared to bomb what another owns", "Peru said it was prepared to bomb Chilean bases.",
			[]string{"Peru THREATENS Chile"}, nil},
		{"said it was prepared to retaliate against", "Peru said it was prepared to retaliate against Chile.",
			[]string{"Peru THREATENS Chile"}, nil},
		{"said it would respond to another's action", "Peru said it would respond to the Chilean action.",
			[]string{"Peru THREATENS Chile"}, nil},
		// none
		{"readiness said of another", "Chile said Peru was ready to attack Bolivia.",
			nil, []string{"Peru THREATENS Bolivia", "Chile THREATENS Bolivia"}},
		{"readiness denied", "Peru said it was not ready to attack Chile.",
			nil, []string{"Peru THREATENS Chile"}},
		{"an attack denied", "Peru said it would not attack Chile.",
			nil, []string{"Peru THREATENS Chile"}},
		{"a break of ties denied", "Peru said it could not sever ties with Chile.",
			nil, []string{"Peru THREATENS Chile"}},
		{"an answer said of another", "Chile said Peru would retaliate against Bolivian tariffs.",
			nil, []string{"Chile THREATENS Bolivia"}},
		{"a reply to a proposal", "Peru said it would respond to the Chilean proposal next week.",
			nil, []string{"Peru THREATENS Chile"}},
		{"ready to talk", "Peru said it was ready to talk with Chile.",
			nil, []string{"Peru THREATENS Chile"}},
		{"an answer warned to another: the warning names whom it threatens",
			"Bolivia imposed sanctions on Peru on Monday. Peru warned Chile that it would respond to the sanctions in kind.",
			[]string{"Peru THREATENS Chile"}, []string{"Peru THREATENS Bolivia"}},
	})
}
