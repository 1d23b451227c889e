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
		// "<actor> <Country> envoy <Name>": the country is the post's place
		{"envoy of an organisation to a place", "UN Syria envoy Ana Ruiz met the rebels.",
			[]string{"Ana Ruiz MEMBER_OF United Nations"}, []string{"Ana Ruiz MEMBER_OF Syria"}},
		{"possessive organisation before the place", "The UN's Iraq envoy, Ana Ruiz, would take part.",
			[]string{"Ana Ruiz MEMBER_OF United Nations"}, []string{"Ana Ruiz MEMBER_OF Iraq"}},
		{"country's envoy for another", "The US Iran envoy Ana Ruiz spoke on Monday.",
			[]string{"Ana Ruiz MEMBER_OF United States"}, []string{"Ana Ruiz MEMBER_OF Iran"}},
		{"a country's own envoy", "Iran envoy Ana Ruiz spoke on Monday.",
			[]string{"Ana Ruiz MEMBER_OF Iran"}, nil},
		{"a country's own ambassador after an organisation", "The UN Iran ambassador Ana Ruiz spoke on Monday.",
			nil, []string{"Ana Ruiz MEMBER_OF United Nations"}},
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
