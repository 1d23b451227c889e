package extract

import "testing"

// TestTriggersInNamesAndParticles checks, on sentences written for this test, that a
// capitalised trigger word inside a sentence is read as a word of a name ("House
// Republicans" houses no one), not in a headline, and that a particle verb ("take in")
// needs its particle next to it ("rolled back" is no backing; "told reporters X was"
// tells X nothing).
func TestTriggersInNamesAndParticles(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"a verb", "Turkey houses Hezbollah fighters near the border.",
			[]string{"Turkey HOSTS Hezbollah"}, nil},
		{"take in", "Albania took in MEK members in 2013.",
			[]string{"Albania HOSTS People's Mujahedeen of Iran"}, nil},
		{"a name's word", "Putin met House Republicans in Moscow, and Hezbollah praised him.",
			nil, []string{"Vladimir Putin HOSTS Republican Party"}},
		{"a headline", "Turkey Houses Hezbollah Fighters Near Border",
			[]string{"Turkey HOSTS Hezbollah"}, nil},
		{"a particle far from its verb", "Hezbollah has taken more and more territory in Syria.",
			nil, []string{"Hezbollah HOSTS Syria"}},
		// "back" after a verb is its particle; the one told is the person right after
		{"back as a verb", "Iran continues to back Hezbollah in Syria.",
			[]string{"Iran SUPPORTS Hezbollah"}, nil},
		{"back as a particle", "Iran helped roll back Hezbollah in southern Syria.",
			nil, []string{"Iran SUPPORTS Hezbollah"}},
		{"told a person", "Putin told President-elect Xi that the talks would go on.",
			[]string{"Vladimir Putin MEETS Xi Jinping"}, nil},
		{"told reporters of a person", "Putin told reporters Xi was a friend of Russia.",
			nil, []string{"Vladimir Putin MEETS Xi Jinping"}},
		// arms and sites with a nationality stand for their state (gazetteer classes
		// state-arm, state-site)
		{"arms and sites", "Iranian drones attacked Saudi oil facilities.",
			[]string{"Iran ATTACKS Saudi Arabia"}, nil},
		{"arms near a site attack nothing", "Iranian drones were seen near Saudi oil facilities.",
			nil, []string{"Iran ATTACKS Saudi Arabia"}},
		{"warships by their class", "Four Chilean frigates shelled Peruvian bases at dawn.",
			[]string{"Chile ATTACKS Peru"}, nil},
	})
	// an agent's plural that the treebanks keep as its lemma ("troops") is the agent: the
	// frames read it without the pattern table
	checkSentenceCases(t, x.WithoutPatterns(), []sentenceCase{
		{"troops", "Russian troops attacked Ukraine on Monday.",
			[]string{"Russia ATTACKS Ukraine"}, nil},
		{"troops of a group", "NATO troops attacked Serbia in 1999.",
			[]string{"NATO ATTACKS Serbia"}, nil},
		{"rebel troops are no state's", "Ugandan rebel troops attacked Kenya.",
			nil, []string{"Uganda ATTACKS Kenya"}},
	})
	checkSentenceCases(t, x, []sentenceCase{
		// a participle before a name, a deal struck, a commitment, a place after "taken in"
		{"a participle before a title", "Russia said it backed the protesters of ousted President Viktor Yanukovych.",
			nil, []string{"Russia EXPELS Viktor Yanukovych"}},
		{"a deal struck", "Officials said the United States is striking a Syria peace deal.",
			nil, []string{"United States ATTACKS Syria"}},
		{"committed to", "Iran said Russia remained committed to the deal with Tehran.",
			nil, []string{"Iran ACCUSES Russia"}},
		{"taken in a country", "Russia counted the heavy losses Hezbollah has taken in Syria.",
			nil, []string{"Hezbollah HOSTS Syria"}},
	})
}
