package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestVisitsForOthers checks that a journey to a country made, as its sentence tells, to
// meet another state's official is no visit of the place's country, while a journey with
// a meeting of the host's side, with an official of no known country, or with meetings
// with others told in other sentences stays a visit. Sentences written here.
func TestVisitsForOthers(t *testing.T) {
	runWantNot(t, []wantNot{
		{"traveled to meet another state's leader",
			"Chilean President Ana Ruiz traveled to Quito on Monday to meet Peruvian President Jorge Salas.",
			[]string{"Ana Ruiz MEETS Jorge Salas"}, []string{"Ana Ruiz MEETS Ecuador"}},
		{"flew for talks with another state's minister",
			"Chilean President Ana Ruiz flew to Geneva for talks with Peruvian Foreign Minister Jorge Salas.",
			[]string{"Ana Ruiz MEETS Jorge Salas"}, []string{"Ana Ruiz MEETS Switzerland"}},
		{"met the host's leader",
			"Chilean President Ana Ruiz arrived in Lima on Monday and met Peruvian President Jorge Salas.",
			[]string{"Ana Ruiz MEETS Peru"}, nil},
		{"meetings with others told apart",
			"Chilean President Ana Ruiz arrived in Quito on Monday. Last year she met Peruvian President Jorge Salas in Lima.",
			[]string{"Ana Ruiz MEETS Ecuador"}, nil},
	})
}

// wantNot is a text with relations it must give and relations it must not give.
type wantNot struct {
	name, text string
	want, not  []string
}

// runWantNot extracts each text (dated 2019-05-01) and checks its relations.
func runWantNot(t *testing.T, tests []wantNot) {
	t.Helper()
	x := embeddedExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := relationsOn(t, x, tt.text, "2019-05-01")
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, n := range tt.not {
				assert.NotContains(t, got, n)
			}
		})
	}
}
