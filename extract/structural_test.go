package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStructuralSentences checks the structural relations stated by the shape of a
// sentence (not by a title alone): each case lists relations that must be written and
// relations that must not.
func TestStructuralSentences(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string
		notWant []string
	}{
		// "<group> led by <title> <Name>": the title and its country before the name
		{"led by a titled name", "Talks stalled between Israel and Hamas led by Syrian President Omar Haddad.",
			[]string{"Omar Haddad LEADS Hamas"}, nil},
		{"headed by a possessive title", "Hezbollah, headed by Jordan's former Prime Minister Karim Nasr, said no.",
			[]string{"Karim Nasr LEADS Hezbollah"}, nil},
		{"led by a title without nationality", "France courted the MEK, led by the former Interior Minister Rubén Ortiz, for years.",
			[]string{"Rubén Ortiz LEADS People's Mujahedeen of Iran"}, nil},
		{"led by after an acronym in brackets", "France courted the People's Mujahedeen of Iran (MEK) led by Commander Rubén Ortiz.",
			[]string{"Rubén Ortiz LEADS People's Mujahedeen of Iran"}, nil},
		{"led by after a bracketed aside", "The second round of talks (with Hamas) led by President Omar Haddad of Jordan failed.",
			nil, []string{"Omar Haddad LEADS Hamas"}},
		{"led by a common noun before the name", "Hamas, led by a Jordanian lawyer, Ana Ruiz, said no.",
			nil, []string{"Ana Ruiz LEADS Hamas"}},
		{"led by a group and a name", "The offensive by Hezbollah led by the Syrian army and President Karim Nasr failed.",
			nil, []string{"Karim Nasr LEADS Hezbollah"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := relationStrings(extractText(t, tt.text, "2024-05-01"))
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, got, w)
			}
		})
	}
}
