package extract

import "testing"

// TestGovernmentHead checks that a known head of state or government named as the head
// of a government ("the government of Gabriel Boric", "Boric's new administration")
// LEADS his country, and that a name before the noun, a former head and an official
// who heads no state do not. Sentences written for the test.
func TestGovernmentHead(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"the government of a head", "Peru protested against the government of Gabriel Boric on Monday.",
			[]string{"Gabriel Boric LEADS Chile"}, nil},
		{"a possessive head and one word between", "Peru said Gabriel Boric's new administration lied.",
			[]string{"Gabriel Boric LEADS Chile"}, nil},
		{"the regime of a head", "Peru condemned the regime of Gabriel Boric.",
			[]string{"Gabriel Boric LEADS Chile"}, nil},
		{"a former head", "Peru recalled the government of former leader Gabriel Boric.",
			nil, []string{"Gabriel Boric LEADS Chile"}},
		{"a name before the noun", "Peru condemned the Gabriel Boric administration.",
			nil, []string{"Gabriel Boric LEADS Chile"}},
		{"no head of a state", "Peru condemned Carrie Lam's administration.",
			nil, []string{"Carrie Lam LEADS China"}},
	}, relationStrings, nil)
}
