package extract

import "testing"

// TestVerdictsSaidOfTheClauseSubject checks the parse checks of the sentence rules that
// read a speaker's negative words as said of an actor (saidof.go), on sentences written
// for this test: the actor is the subject of the reported clause and the negative word
// its predicate; not a word of a nested clause, a passive's agent, a clause whose head
// speaks itself, or an actor that is no subject.
func TestVerdictsSaidOfTheClauseSubject(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"a copula-like verb's verdict", "Chile said Peru's new tariffs amounted to blackmail.",
			[]string{"Chile CONDEMNS Peru"}, nil},
		{"a verdict in the object", "Chile said Peru was holding an illegitimate election.",
			[]string{"Chile CONDEMNS Peru"}, nil},
		{"a verdict verb's second phrase", "Turkey considers Hezbollah a terrorist organisation.",
			[]string{"Turkey ACCUSES Hezbollah"}, nil},
		{"a quote's subject", "\"Peru's raid on our border was an act of aggression,\" Chile said.",
			[]string{"Chile CONDEMNS Peru"}, nil},
		{"a means clause shares its subject", "Canada said India had made an error by supporting criminal gangs.",
			[]string{"Canada ACCUSES India"}, nil},
		{"a verdict beside an against phrase", "Chile said Peru was sponsoring terrorism against Bolivian villages.",
			[]string{"Chile ACCUSES Peru"}, nil},
		{"a verdict against an actor", "Chile said Peru's raid was an act of aggression against Bolivia.",
			[]string{"Chile CONDEMNS Peru"}, nil},
		// not: the words are the clause head's own matter, another clause's, an agent's
		{"a prediction", "Ecuador said a divided Peru would help the rebels by fostering terrorism.",
			nil, []string{"Ecuador ACCUSES Peru", "Ecuador CONDEMNS Peru"}},
		{"the head speaks of it", "Chile said Peru has long complained about the danger of terrorism.",
			nil, []string{"Chile ACCUSES Peru", "Chile CONDEMNS Peru"}},
		{"the head believes it", "Ecuador said Bolivia believes it is terrorism.",
			nil, []string{"Ecuador ACCUSES Bolivia", "Ecuador CONDEMNS Bolivia"}},
		{"a passive's agent", "Bolivia said the Peruvian observers were subjected to fire by terrorist gangs.",
			nil, []string{"Bolivia ACCUSES Peru", "Bolivia CONDEMNS Peru"}},
		{"a quote whose subject is the speaker's side", "\"We call upon the Peruvians to fight terror and deal with the terrorist groups in their midst,\" Chile said.",
			nil, []string{"Chile ACCUSES Peru", "Chile CONDEMNS Peru"}},
		{"an actor modifying a subject that is used", "Brazil said the Peru issue was being used to protect a corrupt gang.",
			nil, []string{"Brazil CONDEMNS Peru"}},
		{"a clause of its own", "\"Peru is our partner, and aggression from Bolivia is the real threat,\" Chile said.",
			nil, []string{"Chile CONDEMNS Peru"}},
		{"a force against an evil", "Minister Ruiz said Peru is a leading force against terrorism in the region.",
			nil, []string{"Ruiz ACCUSES Peru", "Ruiz CONDEMNS Peru"}},
		{"a partner against an evil", "Chile said Bolivia was a partner in the struggle against terrorism.",
			nil, []string{"Chile ACCUSES Bolivia", "Chile CONDEMNS Bolivia"}},
		{"a bulwark against evils", "Chile said Peru remains the main bulwark against terrorism and crime.",
			nil, []string{"Chile ACCUSES Peru", "Chile CONDEMNS Peru"}},
		{"a verdict verb's force against an evil", "Chile called the Bolivian government a main force against terrorism.",
			nil, []string{"Chile ACCUSES Bolivia", "Chile CONDEMNS Bolivia"}},
	})
}

// TestCriticismReceivedByTheSubject checks that a reaction drawn or faced ("drew criticism
// from X") is received by the verb's subject on the parse: not by an actor in a
// relative's antecedent or a modifier.
func TestCriticismReceivedByTheSubject(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"the subject draws it", "Denmark drew sharp criticism from China after it announced the plan.",
			[]string{"China CONDEMNS Denmark"}, nil},
		{"a decision draws it", "Chile will not visit Peru, a decision that has drawn criticism from Bolivia.",
			nil, []string{"Bolivia CONDEMNS Peru"}},
		{"an owned motion receives it", "Denmark's motion received support from Norway and Iceland.",
			[]string{"Norway SUPPORTS Denmark", "Iceland SUPPORTS Denmark"}, nil},
		{"a plan named with its owner draws it", "The Chilean proposal has drawn criticism from Peru.",
			[]string{"Peru CONDEMNS Chile"}, nil},
	})
}

// TestObligationsOnOnesOwnSide checks that what an official says their own state must do
// is no demand of it (a view of its course), while an obligation put on another stays a
// demand; sentences written for this test.
func TestObligationsOnOnesOwnSide(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"another's", "Russian President Vladimir Putin said China must stop the drills.",
			[]string{"Vladimir Putin DEMANDS China"}, nil},
		{"one's own state", "Russian President Vladimir Putin said Russia must tackle its corruption problem.",
			nil, []string{"Vladimir Putin DEMANDS Russia"}},
	})
}

// TestWarningsThatThreaten checks the warning clause rule on sentences written for this
// test: a warning threatens the actor its clause names when it names a hostile
// consequence, harm to the ties or the warner's side acting; a modal alone warns of what
// may happen.
func TestWarningsThatThreaten(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"a consequence", "Iran warned that Canada would face repercussions over the seizure.",
			[]string{"Iran THREATENS Canada"}, nil},
		{"harm to the ties", "China warned that countries backing Denmark would damage their relations with it.",
			[]string{"China THREATENS Denmark"}, nil},
		{"the warner's side acts", "Russia warned that Moscow would not come to Syria's aid again.",
			[]string{"Russia THREATENS Syria"}, nil},
		{"a modal alone", "NATO warned that Russia could use the crisis as a pretext.",
			nil, []string{"NATO THREATENS Russia"}},
		{"a prediction", "Germany warned that the European Union could no longer rely on Canada.",
			nil, []string{"Germany THREATENS European Union"}},
	})
}
