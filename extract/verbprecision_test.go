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

// TestWelcomedVisitorsAreHosted checks that a person welcomed to or at a place is a
// visitor the subject hosts, however the parser hangs the place, that a person welcomed
// with no place is a visitor greeted and hosted too, not supported, and that a welcome of
// what someone did is still support.
func TestWelcomedVisitorsAreHosted(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"welcomed to a city hung on the name", "President Boric welcomed Minister Ruiz to Lima on Monday.",
			[]string{"Gabriel Boric HOSTS Ruiz"}, []string{"Gabriel Boric SUPPORTS Ruiz"}},
		{"welcomed at a residence", "President Boric welcomed President Milei at his resort in Vina del Mar with a banquet.",
			[]string{"Gabriel Boric HOSTS Javier Milei"}, []string{"Gabriel Boric SUPPORTS Javier Milei"}},
		{"welcomed warmly", "Peru welcomed President Boric warmly.",
			[]string{"Peru HOSTS Gabriel Boric"}, []string{"Peru SUPPORTS Gabriel Boric"}},
		{"a state welcomed to a bloc", "Peru welcomed Chile to the Andean Pact on Monday.",
			nil, []string{"Peru HOSTS Chile"}},
		{"a decision welcomed at a meeting", "Peru welcomed Chile's decision at the meeting in Lima.",
			[]string{"Peru SUPPORTS Chile"}, []string{"Peru HOSTS Chile"}},
	})
}

// TestAStanceIsNoSubject checks that a country named by a stance before a group ("a
// pro-Peru lobby group") is no subject of what the group does, and that the search for a
// subject does not go past it, while the country acting itself still does.
func TestAStanceIsNoSubject(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a pro-state group demanded", "Another pro-Peru lobby group demanded that Boric resign.",
			nil, []string{"Peru DEMANDS Gabriel Boric"}},
		{"a pro-state organisation lobbying", "The sponsor is a pro-Peru organization lobbying Chile hard for the defeat of the bill.",
			nil, []string{"Peru DEMANDS Chile"}},
		{"an anti-state group past a country", "Bolivia said an anti-Peru group criticized Chile on Monday.",
			nil, []string{"Peru CONDEMNS Chile", "Bolivia CONDEMNS Chile"}},
		{"the state itself", "Peru demanded that Boric resign.",
			[]string{"Peru DEMANDS Gabriel Boric"}, nil},
	})
}

// TestRelativeClauseSubjectIsItsNoun checks that the act of a relative clause whose
// subject is "who", "which" or "that" is the act of the noun the clause modifies, not of
// an actor the word window finds before that noun; an apposition of the actor and a text
// the actor wrote keep the actor's act.
func TestRelativeClauseSubjectIsItsNoun(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"militias who fought", "Peru sent rifles to militias who fought Chilean troops in the north.",
			nil, []string{"Peru ATTACKS Chile"}},
		{"a coalition that backed", "President Boric praised the coalition that has backed Ruiz in Bolivia.",
			nil, []string{"Gabriel Boric SUPPORTS Ruiz"}},
		{"fighters who were fighting", "Peru sent advisers to train local fighters who were fighting the Shining Path.",
			nil, []string{"Peru ATTACKS Shining Path"}},
		{"a verb joined to the clause's verb", "Minister Ruiz knows the smugglers who crossed the river and blockaded Peruvian troops.",
			nil, []string{"Ruiz SANCTIONS Peru"}},
		{"an apposition's clause", "President Boric met Minister Ruiz, a veteran socialist who criticized Peru at a rally.",
			[]string{"Ruiz CONDEMNS Peru"}, nil},
		{"a text's clause", "Minister Ruiz has written a book which criticized Peru.",
			[]string{"Ruiz CONDEMNS Peru"}, nil},
	})
}

// TestJointActAfterAnUndoneNoun checks that an act between coordinated subjects in the
// infinitive right after a noun of an act not done ("their willingness to discuss") took
// no place, while a purpose of what they did together still tells one.
func TestJointActAfterAnUndoneNoun(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"willingness to discuss", "Minister Ruiz and Minister Soto signaled their willingness to discuss the plan.",
			nil, []string{"Ruiz MEETS Soto"}},
		{"a plan to work together", "Peru and Chile announced a plan to work together on the border.",
			nil, []string{"Peru COOPERATES_WITH Chile"}},
		{"sat together to discuss", "Minister Ruiz and Minister Soto sat together on Monday to discuss the plan.",
			[]string{"Ruiz MEETS Soto"}, nil},
	})
}

// TestAnActThatBefellItsPossessor checks that a verdict on an act that befell its
// possessor ("called Boric's arrest a violation") judges whoever did it, not the
// possessor, while a possessor who did the act ("Bolivia's arrest of Boric", "Boric's
// decision") is still judged.
func TestAnActThatBefellItsPossessor(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"an arrest called a violation", "Foreign Minister Ana Ruiz of Peru called Gabriel Boric's arrest a flagrant violation of international law.",
			nil, []string{"Ana Ruiz CONDEMNS Gabriel Boric"}},
		{"a killing said to be illegal", "A Peruvian official said Gabriel Boric's killing was illegal.",
			nil, []string{"Peru CONDEMNS Gabriel Boric"}},
		{"an arrest of another", "Peru called Bolivia's arrest of Gabriel Boric a flagrant violation of international law.",
			[]string{"Peru CONDEMNS Bolivia"}, []string{"Peru CONDEMNS Gabriel Boric"}},
		{"a decision", "Peru called Gabriel Boric's decision a grave mistake.",
			[]string{"Peru CONDEMNS Gabriel Boric"}, nil},
	})
}

// TestRequestedMeetingIsUndone checks that a meeting only requested ("requested a meeting
// with", "requested talks with") took no place, while one held still tells a meeting.
func TestRequestedMeetingIsUndone(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a meeting requested", "Chile requested a meeting with Peru on Monday.",
			nil, []string{"Chile MEETS Peru"}},
		{"talks requested", "President Boric requested talks with Peru over the border.",
			nil, []string{"Gabriel Boric MEETS Peru"}},
		{"a summit requesting", "Bolivia is requesting a summit with Chile.",
			nil, []string{"Bolivia MEETS Chile"}},
		{"a meeting held", "Chile held a meeting with Peru on Monday.",
			[]string{"Chile MEETS Peru"}, nil},
	})
}
