package extract

import "testing"

// TestNewsMediumReports checks that a news agency's report of an act that is no attack or
// threat is the news, so the act stands, while its report of an attack stays a report.
// Sentences written here.
func TestNewsMediumReports(t *testing.T) {
	runWantNot(t, []wantNot{
		{"a meeting reported",
			"Peruvian Vice Minister Jorge Salas met the Chilean ambassador in Lima on Tuesday, the Xinhua News Agency reported.",
			[]string{"Jorge Salas MEETS Chile"}, nil},
		{"a demand reported",
			"Chilean President Ana Ruiz urged Bolivia to reopen the border, Xinhua News Agency reported.",
			[]string{"Ana Ruiz DEMANDS Bolivia"}, nil},
		{"an attack reported",
			"Xinhua News Agency reported that Chile had attacked Peru.",
			nil, []string{"Chile ATTACKS Peru"}},
	})
}
