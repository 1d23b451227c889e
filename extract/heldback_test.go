package extract

import "testing"

// TestHeldBack checks that a negated verb of holding back ("not hesitate to") vows its
// act under "will" or "would", a threat when the act is hostile, and tells it done in the
// past, while a hesitation not negated, under another modal or a condition leaves the act
// undone. Sentences written here.
func TestHeldBack(t *testing.T) {
	runWantNot(t, []wantNot{
		{"would not hesitate, with a condition on the act",
			"Peru would not hesitate to impose sanctions on Chile if the talks fail.",
			[]string{"Peru THREATENS Chile"}, []string{"Peru SANCTIONS Chile"}},
		{"said it will not hesitate",
			"Peruvian President Jorge Salas said Peru will not hesitate to launch strikes on Bolivia.",
			[]string{"Peru THREATENS Bolivia"}, []string{"Peru ATTACKS Bolivia"}},
		{"did not hesitate",
			"Chile did not hesitate to impose sanctions on Peru.",
			[]string{"Chile SANCTIONS Peru"}, nil},
		{"would hesitate",
			"Chile would hesitate to impose sanctions on Peru.",
			nil, []string{"Chile SANCTIONS Peru", "Chile THREATENS Peru"}},
		{"a condition on the hesitation",
			"The talks would collapse if Chile would not hesitate to impose sanctions on Peru.",
			nil, []string{"Chile SANCTIONS Peru", "Chile THREATENS Peru"}},
	})
}
