package frames

import "testing"

// TestClaimedResponsibility checks that a claim noun whose content clause makes someone
// the author of something is an accusation by the claim's author, whoever handles the
// claim, and that a claim without an author, a hedged noun or a negated or modal clause
// accuses no one.
func TestClaimedResponsibility(t *testing.T) {
	runNounCases(t, []nounCase{
		{"possessor's allegation", "The minister dismissed Chad's allegation that Sudan was behind the raid.",
			[]string{"Chad", "Sudan"}, []string{"Chad ACCUSES Sudan"}},
		{"claims by, rejected by the accused", "Moscow rejected claims by Washington that Russia was behind the cyber attacks.",
			[]string{"Moscow", "Washington", "Russia"}, []string{"Moscow DENIES Washington", "Washington ACCUSES Russia"}},
		{"responsible", "The minister repeated Britain's assertion that Russia was responsible for the poisoning.",
			[]string{"Britain", "Russia"}, []string{"Britain ACCUSES Russia"}},
		{"adjective author", "The report backed American claims that Iran was behind the attack.",
			[]string{"American", "Iran"}, []string{"American ACCUSES Iran"}},
		{"no author", "Iran denied the claim that Israel was behind the attack.",
			[]string{"Iran", "Israel"}, nil},
		{"modal clause", "The minister dismissed Chad's allegation that Sudan might be behind the raid.",
			[]string{"Chad", "Sudan"}, nil},
		{"negated clause", "The minister repeated Chad's claim that Sudan was not behind the raid.",
			[]string{"Chad", "Sudan"}, nil},
		{"a fear is no accusation", "The minister shared Chad's fear that Sudan was behind the raid.",
			[]string{"Chad", "Sudan"}, nil},
		{"no content clause", "The minister repeated the claim that Chad made against Sudan, which was behind the raid.",
			[]string{"Chad", "Sudan"}, nil},
	})
}

// TestTheirMeeting checks that "their" on a meeting noun that names no other party is the
// pair the clause names: its coordinated subjects, or its subject and object when both
// are people; and that a lone subject, an object that is a state, a call for something,
// a meeting only announced and a meeting that is the subject name no pair.
func TestTheirMeeting(t *testing.T) {
	runNounCases(t, []nounCase{
		{"subject and object", "Lavrov thanked Rama warmly during their meeting in Tirana.",
			[]string{"Lavrov", "Rama"}, []string{"Lavrov MEETS Rama", "Lavrov SUPPORTS Rama"}},
		{"second conjunct of a phrase", "Lavrov praised Rama in a letter and in their meeting last year.",
			[]string{"Lavrov", "Rama"}, []string{"Lavrov MEETS Rama", "Lavrov SUPPORTS Rama"}},
		{"coordinated subjects", "Chile and Peru agreed on a ceasefire during their talks on Monday.",
			[]string{"Chile", "Peru"}, []string{"Chile MEETS Peru", "Chile SIGNS_AGREEMENT_WITH Peru"}},
		{"lone subject", "Lavrov has grown more confident since their last meeting.",
			[]string{"Lavrov"}, nil},
		{"a state as object is what was talked about", "Lavrov agreed to keep Iran at bay during their talks.",
			[]string{"Lavrov", "Iran"}, nil},
		{"a call for something", "Chile and Peru repeated their calls for a ceasefire.",
			[]string{"Chile", "Peru"}, nil},
		{"announced", "Lavrov will brief Rama at their meeting next week.",
			[]string{"Lavrov", "Rama"}, nil},
		{"meeting as subject", "Their meeting with Rama ended without a deal.",
			[]string{"Rama"}, nil},
	})
}

// TestSeatedAgents checks that the government nouns of class seated-agent placed in a
// country by "in" ("the authorities in Tehran", "officials in Moscow", "regulators in
// Chile", "prosecutors in Lima") act for that
// country, and that other agents so placed ("diplomats in Moscow"), agents another actor
// modifies ("American officials in Moscow") or a foreign-modifier makes another state's
// ("world leaders in Beijing") and a place that is no state do not.
func TestSeatedAgents(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"authorities in a capital", "The authorities in Tehran accused Britain of spying.",
			[]string{"Tehran", "Britain"}, []string{"Tehran ACCUSES Britain"}, nil},
		{"officials in a capital", "Officials in Moscow condemned Poland on Friday.",
			[]string{"Moscow", "Poland"}, []string{"Moscow CONDEMNS Poland"}, nil},
		{"government in a country, as object", "Chile has urged the government in Peru to release the prisoners.",
			[]string{"Chile", "Peru"}, []string{"Chile DEMANDS Peru"}, nil},
		{"coordinated places", "Authorities in Germany and Denmark warned Turkey.",
			[]string{"Germany", "Denmark", "Turkey"}, []string{"Germany THREATENS Turkey", "Denmark THREATENS Turkey"}, nil},
		{"another state's officials", "American officials in Moscow condemned Poland.",
			[]string{"American", "Moscow", "Poland"}, []string{"American CONDEMNS Poland"}, []string{"Moscow CONDEMNS Poland"}},
		{"diplomats are often foreign", "Diplomats in Moscow condemned Poland.",
			[]string{"Moscow", "Poland"}, nil, []string{"Moscow CONDEMNS Poland"}},
		{"world leaders", "World leaders in Beijing have condemned Poland.",
			[]string{"Beijing", "Poland"}, nil, []string{"Beijing CONDEMNS Poland"}},
		{"a people's place", "Protesters in Tehran condemned Britain.",
			[]string{"Tehran", "Britain"}, nil, []string{"Tehran CONDEMNS Britain"}},
		{"regulators in a country", "Regulators in Chile criticised Peru over the merger.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}, nil},
		{"regulators in a country, as object", "Peru negotiated with regulators in Bolivia.",
			[]string{"Peru", "Bolivia"}, []string{"Peru MEETS Bolivia"}, nil},
		{"prosecutors in a capital", "Prosecutors in Lima accused Chile of hiding evidence.",
			[]string{"Lima", "Chile"}, []string{"Lima ACCUSES Chile"}, nil},
		{"another state's prosecutors", "Chilean prosecutors in Lima accused Bolivia of hiding evidence.",
			[]string{"Chilean", "Lima", "Bolivia"}, []string{"Chilean ACCUSES Bolivia"}, []string{"Lima ACCUSES Bolivia"}},
		{"foreign regulators", "Foreign regulators in Chile criticised Peru.",
			[]string{"Chile", "Peru"}, nil, []string{"Chile CONDEMNS Peru"}},
		{"lawyers are no state's", "Lawyers in Lima accused Chile of hiding evidence.",
			[]string{"Lima", "Chile"}, nil, []string{"Lima ACCUSES Chile"}},
	})
}

// TestNationNouns checks that a demonym standing as a noun for its nation ("the
// Russians", "the French", "the Chinese") is an argument, and that a crowd of its people
// ("many Americans", "some Israelis") is not its state.
func TestNationNouns(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"the French", "The French have condemned Iran for the arrests.",
			[]string{"French", "Iran"}, []string{"French CONDEMNS Iran"}, nil},
		{"the Chinese", "The Chinese have warned Japan against any provocation.",
			[]string{"Chinese", "Japan"}, []string{"Chinese THREATENS Japan"}, nil},
		{"the Chinese as object", "Britain has been talking with the Chinese about the island.",
			[]string{"Britain", "Chinese"}, []string{"Britain MEETS Chinese"}, nil},
		{"many", "Many Americans support Israel.",
			[]string{"Americans", "Israel"}, nil, []string{"Americans SUPPORTS Israel"}},
		{"many, as subject of a perfect", "Many Israelis have condemned Egypt for the decision.",
			[]string{"Israelis", "Egypt"}, nil, []string{"Israelis CONDEMNS Egypt"}},
		{"an adjective before a name", "The French President Emmanuel Dupont condemned Iran.",
			[]string{"French", "Iran"}, nil, []string{"French CONDEMNS Iran"}},
	})
}

// TestStateAgentNouns checks that a state's people named by their standing or their work
// ("senior Russian figures", "a U.S. team") and the media it runs ("Chinese state media")
// act for it, and that a team another noun describes ("a rescue team") or media the state
// does not run do not.
func TestStateAgentNouns(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"figures", "Senior Russian figures warned Britain against new strikes.",
			[]string{"Russian", "Britain"}, []string{"Russian THREATENS Britain"}, nil},
		{"team", "An Iranian team held talks with Oman on Sunday.",
			[]string{"Iranian", "Oman"}, []string{"Iranian MEETS Oman"}, nil},
		{"state media", "Chinese state media have accused Japan of provocations.",
			[]string{"Chinese", "Japan"}, []string{"Chinese ACCUSES Japan"}, nil},
		{"state-run television", "Iranian state-run television has accused Israel of sabotage.",
			[]string{"Iranian", "Israel"}, []string{"Iranian ACCUSES Israel"}, nil},
		{"a described team", "An American rescue team arrived in Nepal on Monday.",
			[]string{"American", "Nepal"}, nil, []string{"American MEETS Nepal"}},
		{"media", "Chinese media have accused Japan of provocations.",
			[]string{"Chinese", "Japan"}, nil, []string{"Chinese ACCUSES Japan"}},
	})
}

// TestIncludingList checks that the agents an "including" phrase lists act as their head
// does, and that examples of a kind ("such as", "like") and a list under a noun that
// names no agents do not.
func TestIncludingList(t *testing.T) {
	runNounCases(t, []nounCase{
		{"subject", "Several governments, including Britain and Russia, expelled Iranian diplomats.",
			[]string{"Britain", "Russia", "Iranian"}, []string{"Britain EXPELS Iranian", "Russia EXPELS Iranian"}},
		{"passive agent", "Maduro is backed by several governments including Russia and Cuba.",
			[]string{"Maduro", "Russia", "Cuba"}, []string{"Russia SUPPORTS Maduro", "Cuba SUPPORTS Maduro"}},
		{"object", "Albania held talks with several governments, including Russia, on Monday.",
			[]string{"Albania", "Russia"}, []string{"Albania MEETS Russia", "Albania MEETS Russia"}}, // "held" and "talks",
		{"such as gives examples", "Governments such as Britain have expelled Iranian diplomats.",
			[]string{"Britain", "Iranian"}, nil},
		{"no agents", "Albania banned imports of several goods, including Russian gas.",
			[]string{"Albania", "Russian"}, nil},
	})
}

// TestPurposeParty checks that the one who travels or stays somewhere for talks holds
// them, and that a call for talks, a journey to come and a stay that is no place name no
// party.
func TestPurposeParty(t *testing.T) {
	runNounCases(t, []nounCase{
		{"flew for talks", "Lavrov flew to Tirana on Sunday for talks with Rama.",
			[]string{"Lavrov", "Rama"}, []string{"Lavrov MEETS Rama"}},
		{"participle opening the sentence", "Arriving for talks with NATO, Lavrov urged calm.",
			[]string{"NATO", "Lavrov"}, []string{"Lavrov MEETS NATO"}},
		{"stay in a place", "Lavrov is in Tirana for talks with Rama.",
			[]string{"Lavrov", "Tirana", "Rama"}, []string{"Lavrov MEETS Rama"}},
		{"a call for talks is a demand", "Albania called for talks with Serbia.",
			[]string{"Albania", "Serbia"}, nil},
		{"a journey to come", "Lavrov will travel to Tirana next week for talks with Rama.",
			[]string{"Lavrov", "Rama"}, nil},
		{"talks that are no place", "Albania and Serbia are in talks in preparation for a meeting with Rama.",
			[]string{"Albania", "Serbia", "Rama"}, []string{"Albania MEETS Serbia"}}, // in talks: with each other, not Rama
	})
}

// TestNameConjuncts checks that a conjunct the parser hung on the last word of a name of
// several words is coordinated with the whole name, and that the words of one name are
// no conjuncts of it.
func TestNameConjuncts(t *testing.T) {
	runNounCases(t, []nounCase{
		{"object", "The EU imposed sanctions on the Democratic Republic of the Congo and Rwanda.",
			[]string{"EU", "Democratic Republic of the Congo", "Rwanda"},
			[]string{"EU SANCTIONS Democratic Republic of the Congo", "EU SANCTIONS Rwanda", // "imposed"
				"EU SANCTIONS Democratic Republic of the Congo", "EU SANCTIONS Rwanda"}}, // "sanctions"
		{"direct object", "Albania condemned the Islamic Republic of Iran and Syria.",
			[]string{"Albania", "Islamic Republic of Iran", "Syria"},
			[]string{"Albania CONDEMNS Islamic Republic of Iran", "Albania CONDEMNS Syria"}},
		{"a name with 'and'", "Albania condemned Trinidad and Tobago.",
			[]string{"Albania", "Trinidad and Tobago"}, []string{"Albania CONDEMNS Trinidad and Tobago"}},
		{"a conjunct that names no actor", "The EU imposed sanctions on the Democratic Republic of the Congo and its neighbours.",
			[]string{"EU", "Democratic Republic of the Congo"},
			[]string{"EU SANCTIONS Democratic Republic of the Congo", "EU SANCTIONS Democratic Republic of the Congo"}},
	})
}

// TestSpeakerOfTalks checks that a speaker who reports how talks with another went took
// part in them, and that talks between others, talks of another and talks to come do
// not make the speaker a party.
func TestSpeakerOfTalks(t *testing.T) {
	runNounCases(t, []nounCase{
		{"said talks were constructive", "Lavrov said talks with Rama were very useful.",
			[]string{"Lavrov", "Rama"}, []string{"Lavrov MEETS Rama"}},
		{"speaker after the quote", "Negotiations with Albania have made progress, Lavrov said.",
			[]string{"Albania", "Lavrov"}, []string{"Lavrov MEETS Albania"}},
		{"talks between others", "Lavrov said talks between Iran and Albania were useful.",
			[]string{"Lavrov", "Iran", "Albania"}, []string{"Iran MEETS Albania"}}, // the parties met; Lavrov is none
		{"talks of another", "Lavrov said Serbia's talks with Albania were useful.",
			[]string{"Lavrov", "Serbia", "Albania"}, []string{"Serbia MEETS Albania"}},
		{"talks to come", "Lavrov said talks with Albania would resume next week.",
			[]string{"Lavrov", "Albania"}, nil},
	})
}

// TestComitatives checks that an "along with", "together with" or "alongside" phrase on
// the subject acts with it, and that one after the verb, or on a passive's subject,
// adds no subject.
func TestComitatives(t *testing.T) {
	runNounCases(t, []nounCase{
		{"along with, set off", "France, along with Germany, condemned Russia.",
			[]string{"France", "Germany", "Russia"}, []string{"France CONDEMNS Russia", "Germany CONDEMNS Russia"}},
		{"together with", "Albania, together with Kosovo, expelled Iranian diplomats.",
			[]string{"Albania", "Kosovo", "Iranian"}, []string{"Albania EXPELS Iranian", "Kosovo EXPELS Iranian"}},
		{"alongside", "Iran, alongside Russia, has been supporting Syria.",
			[]string{"Iran", "Russia", "Syria"}, []string{"Iran SUPPORTS Syria", "Russia SUPPORTS Syria"}},
		{"after the verb", "Russia condemned France along with Germany.",
			[]string{"Russia", "France", "Germany"}, []string{"Russia CONDEMNS France"}},
		{"passive subject", "Spain was warned by Russia along with Portugal.",
			[]string{"Spain", "Russia", "Portugal"}, []string{"Russia THREATENS Spain"}},
	})
}

// TestNearerOpponent checks that a participle right after an "against" phrase modifies
// that phrase's noun, and that other phrases, or a participle set off by a comma, leave
// it on its own noun.
func TestNearerOpponent(t *testing.T) {
	runNounCases(t, []nounCase{
		{"against phrase", "The war pits the Taliban against the Afghan government backed by the United States.",
			[]string{"Taliban", "Afghan", "United States"}, []string{"United States SUPPORTS Afghan"}},
		{"set off by a comma", "The war pits the Taliban, backed by Pakistan, against the Afghan government.",
			[]string{"Taliban", "Pakistan", "Afghan"}, []string{"Pakistan SUPPORTS Taliban"}},
		{"a place phrase", "Albania condemned the Houthis in Yemen backed by Iran.",
			[]string{"Albania", "Houthis", "Yemen", "Iran"}, []string{"Albania CONDEMNS Houthis", "Iran SUPPORTS Houthis"}},
	})
}
