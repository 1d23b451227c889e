package extract

import "testing"

// TestWindowReadingsCheckedOnTheParse checks the parse checks of the pattern table's word
// window (windowcheck.go) on sentences written for this test: what the parse shows is no
// act done is not read, and its neighbours that are done still are.
func TestWindowReadingsCheckedOnTheParse(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		// an act not done, though no word between the subject and the trigger says so
		{"a predicative adjective", "Chile said it was open to talks with Peru.",
			nil, []string{"Chile MEETS Peru"}},
		{"a contracted modal", "Peru said he'd talk to Chile and reach out to Bolivia too.",
			nil, []string{"Peru MEETS Chile"}},
		{"the complement of a verb that leaves it undone", "Peru has been preparing to work with Chile on the border.",
			nil, []string{"Peru COOPERATES_WITH Chile"}},
		{"a proposal's clause", "Peru proposed that Chile work with Bolivia on the border.",
			nil, []string{"Chile COOPERATES_WITH Bolivia"}},
		{"a noun that leaves it undone", "Bolivia has the ability to work with Chile on trade.",
			nil, []string{"Bolivia COOPERATES_WITH Chile"}},
		// a place named with an attack noun is no target
		{"an attack noun with its modifiers", "Rebels in Chile were weakened by Peruvian drone attacks in neighbouring Bolivia.",
			nil, []string{"Chilean rebels ATTACKS Bolivia", "Peru ATTACKS Bolivia"}},
		{"a compound attack noun", "Chile, Peru and Ecuador said the nerve agent attack in Bolivia was reprehensible.",
			nil, []string{"Chile ATTACKS Bolivia", "Peru ATTACKS Bolivia"}},
		{"a capital as the place", "The Taliban claimed a suicide bombing in Kabul on Monday.",
			nil, []string{"Taliban ATTACKS Afghanistan"}},
		// an actor inside a prepositional phrase is no subject
		{"a place of a group's members", "Several armed groups in the southern Philippines have pledged allegiance to the Islamic State.",
			nil, []string{"Philippines SUPPORTS Islamic State"}},
		{"a place of fighters", "Kurdish fighters in northern Syria have worked with the United States for years.",
			nil, []string{"Syria COOPERATES_WITH United States"}},
		{"a place before a relative clause", "Rebels in northern Syria, which have worked with the United States against the militants, were attacked.",
			nil, []string{"Syria COOPERATES_WITH United States"}},
		// a verb pattern on a noun with a determiner: no act of the sentence's subject
		{"a request received", "Peru had received a personal request from Chile.",
			nil, []string{"Peru DEMANDS Chile"}},
		{"a request approved", "Bolivia formally approved an extradition request from Peru.",
			nil, []string{"Bolivia DEMANDS Peru"}},
		{"a demand studied", "Bolivia studied the latest demand from Chile for a corridor.",
			nil, []string{"Bolivia DEMANDS Chile"}},
		// done: the neighbours
		{"a subject with a phrase set off", "Chile, in a statement, accused Peru of spying.",
			[]string{"Chile ACCUSES Peru"}, nil},
		{"a place after the object", "Turkey has worked with the United States in northern Syria for years.",
			[]string{"Turkey COOPERATES_WITH United States"}, nil},
		{"a past form struck in a place", "Chile struck in Peru on Monday.",
			[]string{"Chile ATTACKS Peru"}, nil},
		{"a past form bombed in a place", "Chilean jets bombed in Peru on Monday, the army said.",
			[]string{"Chile ATTACKS Peru"}, nil},
		{"a request made", "Peru requested that Chile extradite the suspect.",
			[]string{"Peru DEMANDS Chile"}, nil},
		{"a demand heeded by its addressee", "Ecuador ignored the demand from Peru.",
			[]string{"Peru DEMANDS Ecuador"}, []string{"Ecuador DEMANDS Peru"}},
		{"working with", "Peru has been working with Chile on the border.",
			[]string{"Peru COOPERATES_WITH Chile"}, nil},
		{"talks opened", "Chile opened talks with Peru on Monday.",
			[]string{"Chile MEETS Peru"}, nil},
		{"a talk held", "Peru talked to Chile on Monday and reached out to Bolivia too.",
			[]string{"Peru MEETS Chile"}, nil},
		{"a complement of telling reports the act", "Peru told reporters that its officials were talking with Bolivia about the border.",
			[]string{"Peru MEETS Bolivia"}, nil},
		{"held accountable", "Argentina held Chilean officials accountable for the raid.",
			[]string{"Argentina ACCUSES Chile"}, nil},
	})
}

// TestReportedActsAccuseTheirDoer checks that the pattern table's reading of a reported
// act as the speaker's accusation names, where the parse names the act's doer, that doer
// and no neighbouring actor (otherDoerOnParse), on sentences written for this test.
func TestReportedActsAccuseTheirDoer(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		// the parse names another doer: no accusation of the window's neighbour
		{"an act by whoever did it", "Chile's foreign minister, Ana Ruiz, said Peru was still investigating who carried out the bombing in Lima.",
			nil, []string{"Ana Ruiz ACCUSES Peru"}},
		{"an act by the men of a relative clause", "The Kremlin said Belarus had arrested the men who bombed the Polish embassy in Minsk.",
			nil, []string{"Russia ACCUSES Belarus"}},
		{"an act by gunmen in a clause of time", "Foreign Minister Karl Tamm of Estonia said Latvia was hit when unknown gunmen attacked Riga.",
			nil, []string{"Karl Tamm ACCUSES Latvia"}},
		// the doer the parse names, or none it names: the accusation stands
		{"the doer as the subject", "The Syrian foreign ministry said Israel had struck Damascus airport.",
			[]string{"Ministry of Foreign Affairs of Syria ACCUSES Israel"}, nil},
		{"the doer of a noun with an adjective", "Foreign Minister Karl Tamm of Estonia said Iran was on track to build an atomic bomb.",
			[]string{"Karl Tamm ACCUSES Iran"}, nil},
		{"a reported act the frames read", "Estonia's foreign ministry said Russia had shelled Narva overnight.",
			[]string{"Estonian Foreign Ministry ACCUSES Russia"}, nil},
	})
}
