package extract

import "testing"

// TestWindowSubjectOfTheController checks, on sentences written for this test, that the
// word window takes no subject the parse gives to another doer of a trigger without a
// subject of its own (subjectsOfController): the noun a participle modifies, the noun a
// relative clause modifies, an indefinite pronoun subject.
func TestWindowSubjectOfTheController(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a participle's noun", "Peruvian prosecutors said the files contain testimony supporting Bolivia's version of events.",
			nil, []string{"Peru SUPPORTS Bolivia"}},
		{"a relative clause on two coordinated nouns", "Chile froze the assets of banks and traders who support Bolivia's smuggling networks.",
			nil, []string{"Chile SUPPORTS Bolivia"}},
		{"a relative clause on a generic pronoun", "The Chilean minister condemned the harsh treatment Peru reserves for all who criticize Bolivia.",
			nil, []string{"Peru CONDEMNS Bolivia", "Chile CONDEMNS Bolivia"}},
		{"an indefinite pronoun subject", "Since the Andean Pact collapsed, everybody praises Chile.",
			nil, []string{"Andean Community SUPPORTS Chile"}},
		{"an indefinite pronoun subject of a joint act", "Peru and Chile tried sanctions and talks, yet nothing worked to end the blockade by Bolivia.",
			nil, []string{"Peru COOPERATES_WITH Chile"}},
		// kept: the doer's phrase names the window's subject, or its owner does
		{"a participle's noun modified by the state", "Peruvian troops fighting Chile crossed the river.",
			[]string{"Peru ATTACKS Chile"}, nil},
		{"an alliance the state is part of", "Ecuador is part of a regional alliance fighting the Shining Path.",
			[]string{"Ecuador ATTACKS Shining Path"}, nil},
		{"a statement by the subject", "Chile issued a statement condemning Peru's raid on the border post.",
			[]string{"Chile CONDEMNS Peru"}, nil},
		{"a relative clause on the subject's apposition", "Peru invited Senator Ana Ruiz, a veteran socialist who criticized Chile at a rally.",
			[]string{"Ana Ruiz CONDEMNS Chile"}, nil},
	})
}

// TestWindowSubjectOfACommaParticiple checks, on sentences written for this test, that a
// participle set off by a comma tells of the subject of the clause it hangs on
// (participleSubject, adverbialParticiple): a window subject before that subject, in
// another clause or in the object of the verb it hangs on is dropped; the subject of the
// main clause past a reported clause is kept.
func TestWindowSubjectOfACommaParticiple(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the first clause's subject", "Bolivia does not yet have the means to reach the coast, but Senator Ruiz has spoken out against Peru's efforts to build a port, urging fellow members of the Andean Pact to prepare for a blockade.",
			nil, []string{"Bolivia DEMANDS Andean Community"}},
		{"another conjunct's subject", "Chile does not have the votes, but Senator Ruiz has spoken out against Bolivia's plans to build a dam, urging Peru to step in.",
			nil, []string{"Chile DEMANDS Peru"}},
		{"the object of the verb it hangs on", "He appeared evasive when confronted by senators who criticized what they called shifting positions on confronting Peru, supporting Chile and keeping a strong army.",
			nil, []string{"Peru SUPPORTS Chile"}},
		// kept: the main clause's subject past a reported clause
		{"the reporter's subject", "Peru's navy acknowledged the incident on Sunday but claimed that Chilean boats fired first, accusing Bolivia of provocations.",
			[]string{"Peru ACCUSES Bolivia"}, nil},
	})
}

// TestWindowListedObjectsAreNoPartners checks that actors listed as the object of a verb
// before them are not read as partners of each other by the word window's act between
// coordinated subjects (listedArguments), while coordinated subjects, a list that a
// verb makes do the act and a list after a subordinator still are; on sentences written
// for this test.
func TestWindowListedObjectsAreNoPartners(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"visited to discuss", "President Boric visited Peru and Bolivia to discuss trade.",
			nil, []string{"Peru MEETS Bolivia"}},
		{"telephoned to discuss", "President Boric telephoned Peru and Bolivia to discuss the floods.",
			[]string{"Gabriel Boric MEETS Peru"}, []string{"Peru MEETS Bolivia"}},
		// partners acting together
		{"coordinated subjects", "Peru and Bolivia worked together to reopen the border.",
			[]string{"Peru COOPERATES_WITH Bolivia"}, nil},
		{"made to work together", "The floods forced Peru and Bolivia to work together.",
			[]string{"Peru COOPERATES_WITH Bolivia"}, nil},
		{"after a subordinator", "The tension eased as Peru and Bolivia worked to reopen the border.",
			[]string{"Peru COOPERATES_WITH Bolivia"}, nil},
	})
}
