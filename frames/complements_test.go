package frames

import "testing"

// A to-infinitive the parser hangs as a subject or adverbial clause on an adjective of
// promptness or a verb of voting or choosing is its complement: its act is the subject's,
// as done as the adjective or verb.
func TestInfinitiveComplements(t *testing.T) {
	tests := []matchCase{
		{"quick to", "Peru was quick to condemn Chile.", []string{"Peru", "Chile"}, []string{"Peru CONDEMNS Chile"}},
		{"too quick to", "Bolivia has been too quick to blame Ecuador.", []string{"Bolivia", "Ecuador"}, []string{"Bolivia ACCUSES Ecuador"}},
		{"swift to", "Colombia was swift to back Brazil.", []string{"Colombia", "Brazil"}, []string{"Colombia SUPPORTS Brazil"}},
		{"among the first to", "Greece was among the first to condemn Turkey.", []string{"Greece", "Turkey"}, []string{"Greece CONDEMNS Turkey"}},
		{"voted, an adverb between", "Kenya voted in May to expel Ghana's ambassador.", []string{"Kenya", "Ghana"}, []string{"Kenya EXPELS Ghana"}},
		{"chose to", "Panama has chosen to back Honduras.", []string{"Panama", "Honduras"}, []string{"Panama SUPPORTS Honduras"}},
		{"not quick to", "Peru was not quick to condemn Chile.", []string{"Peru", "Chile"}, nil},
		{"never quick to", "France was never quick to criticize Italy.", []string{"France", "Italy"}, nil},
		{"will be quick to", "Bolivia will be quick to condemn Ecuador.", []string{"Bolivia", "Ecuador"}, nil},
		{"would be the first to", "Colombia would be the first to attack Brazil.", []string{"Colombia", "Brazil"}, nil},
		{"a condition", "If Uruguay is quick to condemn Argentina, tensions will rise.", []string{"Uruguay", "Argentina"}, nil},
		{"reluctant to", "Argentina was reluctant to criticize Uruguay.", []string{"Argentina", "Uruguay"}, nil},
		{"may vote to", "Nigeria may vote next week to recognise Senegal.", []string{"Nigeria", "Senegal"}, nil},
		{"did not choose to", "Panama did not choose to back Honduras.", []string{"Panama", "Honduras"}, nil},
		{"travelled to, an aim", "Peru sent troops to attack Chile.", []string{"Peru", "Chile"}, nil},
	}
	runMatchCases(t, tests)
}
