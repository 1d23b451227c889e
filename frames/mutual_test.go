package frames

import "testing"

// An act traded (insults, accusations, threats, fire) is done by each party to the other:
// the subject and its "with" partner, or two or three coordinated subjects.
func TestMutualActs(t *testing.T) {
	tests := []matchCase{
		{"traded insults with", "Peru traded insults with Chile.", []string{"Peru", "Chile"}, []string{"Peru CONDEMNS Chile", "Chile CONDEMNS Peru"}},
		{"exchanged threats, coordinated", "Bolivia and Ecuador exchanged threats on Monday.", []string{"Bolivia", "Ecuador"}, []string{"Bolivia THREATENS Ecuador", "Ecuador THREATENS Bolivia"}},
		{"traded blame", "Argentina and Uruguay traded blame for the collapse of the talks.", []string{"Argentina", "Uruguay"}, []string{"Argentina ACCUSES Uruguay", "Uruguay ACCUSES Argentina"}},
		{"exchanged fire with", "Colombia exchanged fire with Brazil.", []string{"Colombia", "Brazil"}, []string{"Colombia ATTACKS Brazil", "Brazil ATTACKS Colombia"}},
		{"traded barbs, perfect", "Peru has again traded barbs with Chile.", []string{"Peru", "Chile"}, []string{"Peru CONDEMNS Chile", "Chile CONDEMNS Peru"}},
		{"goods traded", "Cuba traded goods with Panama.", []string{"Cuba", "Panama"}, nil},
		{"ambassadors exchanged, a recognition", "Honduras and Guatemala exchanged ambassadors.", []string{"Honduras", "Guatemala"}, []string{"Honduras RECOGNIZES Guatemala", "Guatemala RECOGNIZES Honduras"}},
		{"views exchanged, talks", "Spain exchanged views with Portugal.", []string{"Spain", "Portugal"}, []string{"Spain MEETS Portugal"}},
		{"negated", "Nicaragua did not trade insults with Belize.", []string{"Nicaragua", "Belize"}, nil},
		{"modal", "Jamaica and Haiti could trade blows.", []string{"Jamaica", "Haiti"}, nil},
	}
	runMatchCases(t, tests)
}
