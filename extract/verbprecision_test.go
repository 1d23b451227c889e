package extract

import "testing"

// TestDeadlinesThatSendPeopleAway checks the expulsion read between "give/order/tell"
// and a deadline: people given time to leave are expelled; a state given time to act,
// people told not to leave, or a deadline for something else are not.
func TestDeadlinesThatSendPeopleAway(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"diplomats given hours to leave", "Peru gave Chilean diplomats 72 hours to leave the country.",
			[]string{"Peru EXPELS Chile"}, nil},
		{"a state's name before its diplomats", "Peru gave Chile diplomats 72 hours to leave the country.",
			[]string{"Peru EXPELS Chile"}, nil},
		{"an envoy given days to leave", "Bolivia gave Chile's ambassador five days to leave.",
			[]string{"Bolivia EXPELS Chile"}, nil},
		{"a state given time to comply", "In May, Peru gave Chile 60 days to return to compliance with the treaty.",
			nil, []string{"Peru EXPELS Chile"}},
		{"a state given another chance", "Peru has given Bolivia another chance to see the old days are over.",
			nil, []string{"Peru EXPELS Bolivia"}},
		{"a state given time to leave a bloc", "Chile gave Bolivia six more months to leave the bloc.",
			nil, []string{"Chile EXPELS Bolivia"}},
		{"people told not to leave", "Peru ordered all its soldiers in Chile not to leave their bases for days.",
			nil, []string{"Peru EXPELS Chile"}},
	})
}
