package extract

import "testing"

// TestSlotActors checks the actors a frame finds in its slots as common nouns: a
// state's people named by their standing or their work ("senior Russian figures", "a
// Japanese team", "Iranian officers", "American personnel", "Chile's top general",
// "Peru's army chief", "Chilean border guards"), the government nouns a
// capital or a country names after "in" ("officials in Ankara", "the government in
// Kabul", not the government named before), the media a state runs, and a demonym
// standing for its nation ("the French"); and that a crowd of a nation's people ("many
// Americans"), people of a place ("protesters in Tehran"), its students, its speakers'
// language ("Russian-speaking residents") and media the state does not run are not the
// state.
func TestSlotActors(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"figures", "Senior Russian figures warned Britain against new strikes.",
			[]string{"Russia THREATENS United Kingdom"}, nil},
		{"team", "A Japanese team held talks with Vietnam on Monday.",
			[]string{"Japan MEETS Vietnam"}, nil},
		{"officers", "Iranian officers have threatened Iraq.",
			[]string{"Iran THREATENS Iraq"}, nil},
		{"personnel expelled", "Russian personnel were expelled by Norway.",
			[]string{"Norway EXPELS Russia"}, nil},
		{"general", "Chile's top general accused Bolivia of aggression.",
			[]string{"Chile ACCUSES Bolivia"}, nil},
		{"general killed", "A Peruvian drone strike killed a senior Bolivian general on Monday.",
			[]string{"Peru ATTACKS Bolivia"}, nil},
		{"chief", "For its first move, Chile killed Bolivia's military chief, then shelled the border.",
			[]string{"Chile ATTACKS Bolivia"}, nil},
		{"guards", "Chilean border guards attacked Bolivia on Sunday.",
			[]string{"Chile ATTACKS Bolivia"}, nil},
		{"a rebel general", "A Chilean rebel general condemned Peru.",
			nil, []string{"Chile CONDEMNS Peru"}},
		{"a general strike", "A Bolivian general strike hit Peru's exports.",
			nil, []string{"Bolivia ATTACKS Peru"}},
		{"officials in a capital", "Officials in Ankara condemned Greece on Friday.",
			[]string{"Turkey CONDEMNS Greece"}, nil},
		{"the government in a capital is not the one named before",
			"The Chinese government criticised Taiwan. The government in Kabul has accused Pakistan of sheltering the attackers.",
			[]string{"China CONDEMNS Taiwan", "Afghanistan ACCUSES Pakistan"}, []string{"China ACCUSES Pakistan"}},
		{"state media", "Chinese state media have accused Japan of provocations.",
			[]string{"China ACCUSES Japan"}, nil},
		{"the French", "The French have condemned Iran for the arrests.",
			[]string{"France CONDEMNS Iran"}, nil},
		{"many Americans", "Many Americans support Israel.",
			nil, []string{"United States SUPPORTS Israel"}},
		{"many Iranians", "Many Iranians have condemned Britain.",
			nil, []string{"Iran CONDEMNS United Kingdom"}},
		{"protesters in a capital", "Hundreds of protesters in Tehran condemned Britain.",
			nil, []string{"Iran CONDEMNS United Kingdom"}},
		{"students", "Iranian students condemned Britain on Friday.",
			nil, []string{"Iran CONDEMNS United Kingdom"}},
		{"speakers of a language", "Russian-speaking residents condemned Ukraine.",
			nil, []string{"Russia CONDEMNS Ukraine"}},
		{"media", "Chinese media have accused Japan of provocations.",
			nil, []string{"China ACCUSES Japan"}},
		{"a described team", "An American disaster response team arrived in Nepal this week.",
			nil, []string{"United States MEETS Nepal"}},
	})
}

// TestCapitalAgents checks a state's title or body written with a capital and no name
// after it, which the tagger takes for a name ("the Peruvian Ambassador", "the Bolivian
// Navy", "Chile's Air Force"): it stands for its state as the common noun does; a
// person named after the title's phrase holds the title ("the President of Bolivia, Ana
// Soto,"); a rebel army is no state's, and a regime is no title of the person named
// after it.
func TestCapitalAgents(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"ambassador", "The Peruvian Ambassador condemned Chile on Monday.",
			[]string{"Peru CONDEMNS Chile"}, nil},
		{"ambassador summoned", "Bolivia summoned the Peruvian Ambassador on Monday.",
			[]string{"Bolivia MEETS Peru"}, nil},
		{"president", "The Peruvian President praised Chile for its help.",
			[]string{"Peru SUPPORTS Chile"}, nil},
		{"navy", "The Bolivian Navy attacked a Chilean patrol boat.",
			[]string{"Bolivia ATTACKS Chile"}, nil},
		{"air force", "Chile's Air Force attacked Bolivian positions on Sunday.",
			[]string{"Chile ATTACKS Bolivia"}, nil},
		{"embassy", "The Chilean Embassy in Lima praised Peru's reforms.",
			[]string{"Chile SUPPORTS Peru"}, nil},
		{"the holder named after the title's phrase", "Chile sanctioned the President of Bolivia, Ana Soto, on Monday.",
			[]string{"Chile SANCTIONS Ana Soto"}, []string{"Chile SANCTIONS Bolivia"}},
		{"the post of a person named before it", "Chile sanctioned Ana Soto, Bolivia's Minister of Defence, on Monday.",
			[]string{"Chile SANCTIONS Ana Soto"}, []string{"Chile SANCTIONS Bolivia"}},
		{"the post of a person named before it, criticised", "Peru criticized Gabriel Ruiz, Chile's Foreign Minister, on Friday.",
			[]string{"Peru CONDEMNS Gabriel Ruiz"}, []string{"Peru CONDEMNS Chile"}},
		{"a rebel army", "A Chilean rebel Army attacked Peru.",
			nil, []string{"Chile ATTACKS Peru"}},
		{"a regime is no title", "In decrying Bolivia's brutal regime, Minister Ruiz cited the deaths of students.",
			[]string{"Ruiz CONDEMNS Bolivia"}, nil},
	})
}

// TestOfficeTitleOpening checks a title of an office that opens the sentence and that the
// parser hangs its holder's name on through its "of" phrase ("Minister of Defence Gabriel
// Boric"): the holder acts; a noun that is no title ("Supporters of Gabriel Boric") still
// names no one.
func TestOfficeTitleOpening(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"minister of defence", "Minister of Defence Gabriel Boric and his Peruvian counterpart signed an agreement on Saturday.",
			[]string{"Gabriel Boric SIGNS_AGREEMENT_WITH Peru"}, nil},
		{"supporters", "Supporters of Gabriel Boric condemned Peru on Monday.",
			nil, []string{"Gabriel Boric CONDEMNS Peru"}},
	})
}
