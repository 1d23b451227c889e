package frames

import "testing"

// TestNewsTriggers checks entries of the lexicon added for triggers that news use and that
// CAMEO lacks or reads loosely: each sense with the arguments that make it, and the other
// senses of the same word, which must state nothing (or their own relation).
func TestNewsTriggers(t *testing.T) {
	runNounCases(t, []nounCase{
		// SANCTIONS: "hit / slap / punish X with" a sanctions noun
		{"hit with tariffs", "Washington hit Ankara with new tariffs on steel.",
			[]string{"Washington", "Ankara"}, []string{"Washington SANCTIONS Ankara"}},
		{"slapped with sanctions", "The EU slapped Belarus with fresh sanctions in June.",
			[]string{"EU", "Belarus"}, []string{"EU SANCTIONS Belarus"}},
		{"punished with sanctions", "Canada punished Iran with targeted sanctions.",
			[]string{"Canada", "Iran"}, []string{"Canada SANCTIONS Iran"}},
		{"hit with something else", "Chile hit Peru with a late goal on Sunday.",
			[]string{"Chile", "Peru"}, nil},
		{"hit with weapons is an attack", "Israel hit Hezbollah with rockets overnight.",
			[]string{"Israel", "Hezbollah"}, []string{"Israel ATTACKS Hezbollah"}},
		{"hit back at is criticism", "Poland hit back at Russia on Tuesday.",
			[]string{"Poland", "Russia"}, []string{"Poland CONDEMNS Russia"}},
		// CONDEMNS: attacking someone for what they said or did, as something, on air or in a
		// speech is criticism; attacking a country is an attack
		{"attacked for doing", "Rama attacked Lavrov for refusing to meet the envoy.",
			[]string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"attacked for remarks", "Germany attacked Hungary for its remarks on the refugees.",
			[]string{"Germany", "Hungary"}, []string{"Germany CONDEMNS Hungary"}},
		{"attacked as", "Rama attacked Lavrov as a liar.",
			[]string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"attacked in a speech", "Rama attacked Lavrov in a speech on Sunday.",
			[]string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"attacked for the second time is an attack", "Russia attacked Ukraine for the second time on Monday.",
			[]string{"Russia", "Ukraine"}, []string{"Russia ATTACKS Ukraine"}},
		{"attacked with drones", "Russia attacked Ukraine with drones overnight.",
			[]string{"Russia", "Ukraine"}, []string{"Russia ATTACKS Ukraine"}},
		// HOSTS and SUPPORTS: welcoming a visitor to a place hosts them; welcoming someone or
		// what they did supports them; welcoming a death supports no one
		{"welcomed to a place", "Rama welcomed Lavrov to his residence on Monday.",
			[]string{"Rama", "Lavrov"}, []string{"Rama HOSTS Lavrov"}},
		{"welcomed someone", "Japan welcomed Canada warmly.",
			[]string{"Japan", "Canada"}, []string{"Japan SUPPORTS Canada"}},
		{"welcomed a death", "Hezbollah welcomed the death of Lavrov.",
			[]string{"Hezbollah", "Lavrov"}, nil},
		// a call to someone is a phone call; a call on someone, a demand
		{"a phone call to", "Rama's phone call to Lavrov lasted an hour.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"a call on", "Japan's call on Russia to leave the islands went unanswered.",
			[]string{"Japan", "Russia"}, []string{"Japan DEMANDS Russia"}},
		// AIDS: arms named by their kind
		{"provided with ships", "Japan provided Vietnam with six patrol ships.",
			[]string{"Japan", "Vietnam"}, []string{"Japan AIDS Vietnam"}},
		{"delivered helicopters to", "Russia delivered two helicopters to Mali last week.",
			[]string{"Russia", "Mali"}, []string{"Russia AIDS Mali"}},
		// SUPPORTS: a state's commitment to another
		{"commitment to", "Washington's commitment to Seoul is iron-clad, the envoy said.",
			[]string{"Washington", "Seoul"}, []string{"Washington SUPPORTS Seoul"}},
		{"reaffirmed commitment", "Turkey reaffirmed its commitment to Qatar on Sunday.",
			[]string{"Turkey", "Qatar"}, []string{"Turkey SUPPORTS Qatar"}},
		{"commitment not reaffirmed", "Turkey did not reaffirm the commitment to Qatar.",
			[]string{"Turkey", "Qatar"}, nil},
		{"commitment to no actor", "Japan's commitment to the treaty worried Russia.",
			[]string{"Japan", "Russia"}, nil},
		// MEETS: arriving in a country, talking with someone
		{"arrived in a capital", "Lavrov arrived in Ankara on Monday for two days of talks.",
			[]string{"Lavrov", "Ankara"}, []string{"Lavrov MEETS Ankara"}},
		{"arrival still to come", "Lavrov will arrive in Ankara on Monday.",
			[]string{"Lavrov", "Ankara"}, nil},
		{"arrived at no actor", "Lavrov arrived at the airport after Ankara closed its airspace.",
			[]string{"Lavrov", "Ankara"}, nil},
		{"talked with", "Japan talked with Russia about the islands last week.",
			[]string{"Japan", "Russia"}, []string{"Japan MEETS Russia"}},
		{"talked to", "Rama talked to Lavrov by phone on Friday.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		// CONDEMNS: calling someone out
		{"called out for", "Chile called out Peru for dumping cheap steel.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"called out over", "Rama called out Lavrov over his remarks.",
			[]string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"called out in public", "Japan publicly called out China on Monday.",
			[]string{"Japan", "China"}, []string{"Japan CONDEMNS China"}},
		{"called out names", "Chile called out the names of the Peru victims.",
			[]string{"Chile", "Peru"}, nil},
		{"called on is a demand", "Chile called on Peru to stop.",
			[]string{"Chile", "Peru"}, []string{"Chile DEMANDS Peru"}},
		// MEETS: calling a person is phoning them; a label, a summons or a call of no one
		// is none
		{"called on a day", "Rama called Lavrov on Monday to congratulate him.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"called and told", "Rama called Lavrov and told him the news.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"called a name", "Rama called Lavrov a liar.", // a word of abuse condemns; no call
			[]string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"called a quoted name", "Rama called Lavrov “the little minister” on Monday.",
			[]string{"Rama", "Lavrov"}, nil},
		{"called weak", "Rama called Lavrov weak and dishonest.",
			[]string{"Rama", "Lavrov"}, nil},
		{"called as a witness", "Rama called Lavrov as a witness.",
			[]string{"Rama", "Lavrov"}, nil},
		{"called to testify", "Rama called Lavrov to testify before the court.",
			[]string{"Rama", "Lavrov"}, nil},
		{"a state called", "Chile called Peru on Monday.",
			[]string{"Chile", "Peru"}, nil},
		{"two who called for something", "Rama and Lavrov called the attack barbaric.",
			[]string{"Rama", "Lavrov"}, nil},
		// EXPELS: ordering a state's people out
		{"ordered diplomats out of the country", "Russia ordered 23 British diplomats out of the country.",
			[]string{"Russia", "British"}, []string{"Russia EXPELS British"}},
		{"ordered diplomats out of a state", "Britain ordered 23 Russian diplomats out of London.",
			[]string{"Britain", "Russian"}, []string{"Britain EXPELS Russian"}},
		{"ordered diplomats out of a capital", "Peru ordered four Iranian diplomats out of Lima.",
			[]string{"Peru", "Iranian"}, []string{"Peru EXPELS Iranian"}},
		{"ordered to stay is no expulsion", "Peru ordered the Iranian ambassador to stay in Lima.",
			[]string{"Peru", "Iranian"}, nil},
		{"ordered its own troops out", "Chile ordered its troops out of Bolivia.",
			[]string{"Chile", "Bolivia"}, nil},
		{"chatted with", "Rama chatted with Lavrov on the sidelines of the summit.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"chatted about is a topic", "Rama chatted about Lavrov with reporters.",
			[]string{"Rama", "Lavrov"}, nil},
		{"talked about is a topic", "Japan talked about Russia in its defence paper.",
			[]string{"Japan", "Russia"}, nil},
		// ATTACKS: killing a state's or an armed group's people
		{"killed fighters", "Israel killed Hezbollah fighters in southern Lebanon.",
			[]string{"Israel", "Hezbollah"}, []string{"Israel ATTACKS Hezbollah"}},
		{"killed in a place", "Five Russian soldiers were killed in Syria.",
			[]string{"Russian", "Syria"}, nil},
	})
}

// TestAssetTargets checks that attacking what a state or group owns (a plane, a drone, an
// embassy, a facility, an armed group's positions) attacks the owner, and that the verbs
// that attack only such things ("strike", "hit", "target", "destroy", "down") state no
// attack on a thing no actor owns, a person's thing, an actor named as their object, a
// state's "position", or what another holder before the nationality has.
func TestAssetTargets(t *testing.T) {
	runNounCases(t, []nounCase{
		{"shot down a warplane", "Turkey has shot down a Russian warplane near the border.",
			[]string{"Turkey", "Russian"}, []string{"Turkey ATTACKS Russian"}},
		{"struck a reactor", "Israel has struck the Iranian nuclear reactor.",
			[]string{"Israel", "Iranian"}, []string{"Israel ATTACKS Iranian"}},
		{"hit a possessor's facilities", "Israel hit Iran's nuclear facilities at dawn.",
			[]string{"Israel", "Iran"}, []string{"Israel ATTACKS Iran"}},
		{"downed a drone", "Venezuela downed a Colombian drone over the river.",
			[]string{"Venezuela", "Colombian"}, []string{"Venezuela ATTACKS Colombian"}},
		{"stormed an embassy", "Hezbollah stormed the British embassy in the capital.",
			[]string{"Hezbollah", "British"}, []string{"Hezbollah ATTACKS British"}},
		{"an armed group's positions", "Jordan targeted Taliban positions in the valley.",
			[]string{"Jordan", "Taliban"}, []string{"Jordan ATTACKS Taliban"}},
		{"passive with the owner", "An American drone was destroyed by Iran on Friday.",
			[]string{"American", "Iran"}, []string{"Iran ATTACKS American"}},
		{"struck a blow", "Japan struck a blow to Chile's hopes.",
			[]string{"Japan", "Chile"}, nil},
		{"rules that target a state", "The new rules target Iran and its banks, Canada said.",
			[]string{"Iran", "Canada"}, nil},
		{"targeted in a speech", "Jordan targeted Iran in a speech.",
			[]string{"Jordan", "Iran"}, nil},
		{"a person's base", "Mexico targeted Lavrov's base with new duties.",
			[]string{"Mexico", "Lavrov"}, nil},
		{"a state's position is a stance", "Japan attacked China's position on the islands.",
			[]string{"Japan", "China"}, nil},
		{"the opposition's targets", "Jordan hit Iranian opposition targets near the border.",
			[]string{"Jordan", "Iranian"}, nil},
		{"a hypothetical strike", "Israel might hit Iran's nuclear facilities before the vote.",
			[]string{"Israel", "Iran"}, nil},
		// the verbs of bombardment and the sites a group holds
		{"pounded a group's sites", "Chile pounded three Taliban sites near the border.",
			[]string{"Chile", "Taliban"}, []string{"Chile ATTACKS Taliban"}},
		{"bombed a group's camps", "Jordan bombed Taliban camps in the north.",
			[]string{"Jordan", "Taliban"}, []string{"Jordan ATTACKS Taliban"}},
		{"destroyed a state's platforms", "Peru destroyed two Chilean platforms at the field.",
			[]string{"Peru", "Chilean"}, []string{"Peru ATTACKS Chilean"}},
		{"dropped bombs on positions", "Peru dropped bombs on Taliban positions in the valley.",
			[]string{"Peru", "Taliban"}, []string{"Peru ATTACKS Taliban"}},
		{"dropped a demand", "Peru dropped its demands on Chile in the talks.",
			[]string{"Peru", "Chile"}, nil},
		{"pounded a table", "Chile pounded the table at the meeting with Peru.",
			[]string{"Chile", "Peru"}, nil},
		// a noun of attack reaches the owner of its target too; its author comes from
		// the verb it is under
		{"airstrikes on a group's targets", "Peru launched airstrikes against Taliban targets.",
			[]string{"Peru", "Taliban"}, []string{"Peru ATTACKS Taliban"}},
		{"strikes on a group's depots", "Jordan said its strikes on Taliban depots worked.",
			[]string{"Jordan", "its", "Taliban"}, []string{"its ATTACKS Taliban"}},
		{"strikes without an author", "The strikes on Taliban depots went on all night.",
			[]string{"Taliban"}, nil},
		{"a strike on a person's base", "Peru launched a strike on Boric's base in the south.",
			[]string{"Peru", "Boric"}, nil},
	})
}

// TestObjectOwners checks the CAMEO patterns whose object is a thing of the target
// (target obj>owner): opposing someone's plan or proposal rejects them, seizing a
// country's city or ships attacks it; an object that names an act ("support", "denial")
// is its author's, so repeating or reiterating it states nothing about that author, and
// one's own plan or an unowned one has no target.
func TestObjectOwners(t *testing.T) {
	runNounCases(t, []nounCase{
		{"opposed a possessor's plan", "Japan opposed China's plan for the islands.",
			[]string{"Japan", "China"}, []string{"Japan REJECTS China"}},
		{"opposed a nationality's proposal", "Canada opposed the Russian proposal at the meeting.",
			[]string{"Canada", "Russian"}, []string{"Canada REJECTS Russian"}},
		{"seized a country's city", "Hezbollah seized the Syrian city of Qusayr in June.",
			[]string{"Hezbollah", "Syrian"}, []string{"Hezbollah ATTACKS Syrian"}},
		{"seized a possessor's airport", "The Taliban seized Uganda's airport on Sunday.",
			[]string{"Taliban", "Uganda"}, []string{"Taliban ATTACKS Uganda"}},
		{"its own plan", "Japan opposed its own plan after the vote.",
			[]string{"Japan"}, nil},
		{"an unowned plan", "Japan opposed the plan, China said.",
			[]string{"Japan", "China"}, nil},
		{"reiterated another's support", "Rama reiterated Lavrov's support for the treaty.",
			[]string{"Rama", "Lavrov"}, nil},
		{"repeated another's denials", "Rama repeated Lavrov's denials of the report.",
			[]string{"Rama", "Lavrov"}, nil},
		{"blocked a nationality's effort", "Chile blocked a Peruvian effort at the council to list the ships.",
			[]string{"Chile", "Peruvian"}, []string{"Chile REJECTS Peruvian"}},
		{"blocked a possessor's bid", "Russia blocked Peru's bid to join the council.",
			[]string{"Russia", "Peru"}, []string{"Russia REJECTS Peru"}},
		{"blocked a council's resolution", "Russia blocked a resolution of the Security Council.",
			[]string{"Russia", "Security Council"}, []string{"Russia REJECTS Security Council"}},
		{"blocked a road", "Chile blocked Peru's roads for a day.",
			[]string{"Chile", "Peru"}, nil},
		{"would block an effort", "Chile would block Peru's efforts to build a dam.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestStakeOwners checks that supporting or recognizing what a state holds (its
// sovereignty, security, right, independence) supports or recognizes the state, and that
// a thing no actor holds, one's own, or one whose holder the parse leaves open states
// nothing.
func TestStakeOwners(t *testing.T) {
	runNounCases(t, []nounCase{
		{"backed a right", "Canada backed Israel's right to defend itself.",
			[]string{"Canada", "Israel"}, []string{"Canada SUPPORTS Israel"}},
		{"commitment to security", "Japan's commitment to Korea's security is firm.",
			[]string{"Japan", "Korea"}, []string{"Japan SUPPORTS Korea"}},
		{"supports integrity", "Britain supports Ukraine's territorial integrity.",
			[]string{"Britain", "Ukraine"}, []string{"Britain SUPPORTS Ukraine"}},
		{"recognized independence", "Turkey recognized Kosovo's independence in 2008.",
			[]string{"Turkey", "Kosovo"}, []string{"Turkey RECOGNIZES Kosovo"}},
		{"the sovereignty of", "Chile backed the sovereignty of Bolivia over the lake.",
			[]string{"Chile", "Bolivia"}, []string{"Chile SUPPORTS Bolivia"}},
		{"an unheld right", "Canada backed the right to protest, Israel said.",
			[]string{"Canada", "Israel"}, nil},
		{"its own security", "Japan backed its own security first.",
			[]string{"Japan"}, nil},
		{"a thing that is no stake", "Canada recognized Israel's venue for the games.",
			[]string{"Canada", "Israel"}, nil},
	})
}

// TestPersuasionTriggers checks the verbs of persuading someone to act (DEMANDS when the act
// asked is stated: "prodded Peru to", "cajoled Chile into"), and the same verbs with no act
// asked of the one pushed, which state nothing.
func TestPersuasionTriggers(t *testing.T) {
	runNounCases(t, []nounCase{
		{"prodded to", "Chile prodded Peru to reopen the border crossing.",
			[]string{"Chile", "Peru"}, []string{"Chile DEMANDS Peru"}},
		{"pushed to", "Brazil pushed Bolivia to lower its gas prices.",
			[]string{"Brazil", "Bolivia"}, []string{"Brazil DEMANDS Bolivia"}},
		{"nudged to", "The Andean Pact nudged Ecuador to join the customs union.",
			[]string{"Andean Pact", "Ecuador"}, []string{"Andean Pact DEMANDS Ecuador"}},
		{"persuaded to", "President Boric persuaded Minister Ruiz to stay in the cabinet.",
			[]string{"President Boric", "Minister Ruiz"}, []string{"President Boric DEMANDS Minister Ruiz"}},
		{"convinced by, passive", "Bolivia was convinced by Chile to sign the accord.",
			[]string{"Bolivia", "Chile"}, []string{"Chile DEMANDS Bolivia"}},
		{"cajoled into", "Argentina cajoled Uruguay into signing the accord.",
			[]string{"Argentina", "Uruguay"}, []string{"Argentina DEMANDS Uruguay"}},
		{"pushed to the brink asks nothing", "The crisis pushed Peru and Chile to the brink of war.",
			[]string{"Peru", "Chile"}, nil},
		{"pushed a state's bill asks nothing of it", "Chile pushed a bill on Peru's fishing rights.",
			[]string{"Chile", "Peru"}, nil},
		{"nudged closer asks nothing", "Brazil nudged Bolivia closer to a trade war.",
			[]string{"Brazil", "Bolivia"}, nil},
		{"convinced that is a belief", "Chile convinced Peru that the plan was sound.",
			[]string{"Chile", "Peru"}, nil},
		{"leaned on to", "Brazil leaned on Bolivia to drop the tariff.",
			[]string{"Brazil", "Bolivia"}, []string{"Brazil DEMANDS Bolivia"}},
		{"challenged to", "President Boric challenged Peru to publish the report.",
			[]string{"President Boric", "Peru"}, []string{"President Boric DEMANDS Peru"}},
		{"leaned on for support asks nothing", "Chile leaned on Peru during the crisis.",
			[]string{"Chile", "Peru"}, nil},
		{"challenged in court asks nothing", "Chile challenged Peru in court.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestAskedFor checks asking someone for a thing ("asked the EU for an extension",
// "asked Peru for its help": DEMANDS of the one asked), and the uses of "ask" with "for"
// that ask nothing of an actor.
func TestAskedFor(t *testing.T) {
	runNounCases(t, []nounCase{
		{"asked for an extension", "Chile asked the Andean Pact for an extension of the deadline.",
			[]string{"Chile", "Andean Pact"}, []string{"Chile DEMANDS Andean Pact"}},
		{"asks for authorization", "President Boric asks Congress for authorization to deploy troops.",
			[]string{"President Boric", "Congress"}, []string{"President Boric DEMANDS Congress"}},
		{"asked for copies", "Peru asked Bolivia for copies of the recordings.",
			[]string{"Peru", "Bolivia"}, []string{"Peru DEMANDS Bolivia"}},
		{"was asked for, passive", "Bolivia was asked by Peru for an explanation.",
			[]string{"Bolivia", "Peru"}, []string{"Peru DEMANDS Bolivia"}},
		{"asked for help for another asks nothing of it", "Chile asked for help for Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"asked about asks nothing", "Chile asked about Peru's plans.",
			[]string{"Chile", "Peru"}, nil},
		{"asked for nothing, negated", "Chile did not ask Peru for money.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestLendingAndBailouts checks lending and bailouts as aid (AIDS: "loaned Peru 300
// million", "agreed to lend Peru money", "bailed out Bolivia", "offered Peru a bailout",
// "Chile's bailout of Peru") and the senses that give no aid: lending support (backing),
// weight or legitimacy, a bailout named only by the one helped, "bailed out" of a deal.
func TestLendingAndBailouts(t *testing.T) {
	runNounCases(t, []nounCase{
		{"loaned", "Chile loaned Bolivia 300 million dollars.",
			[]string{"Chile", "Bolivia"}, []string{"Chile AIDS Bolivia"}},
		{"lend money", "Chile agreed to lend Peru 500 million euros.",
			[]string{"Chile", "Peru"}, []string{"Chile AIDS Peru"}},
		{"bailed out", "Chile bailed out Bolivia in 2010.",
			[]string{"Chile", "Bolivia"}, []string{"Chile AIDS Bolivia"}},
		{"offered a bailout", "Chile offered Peru a new bailout.",
			[]string{"Chile", "Peru"}, []string{"Chile AIDS Peru"}},
		{"bailout of", "The crisis ended with Chile's bailout of Bolivia.",
			[]string{"Chile", "Bolivia"}, []string{"Chile AIDS Bolivia"}},
		{"bailout for", "The crisis ended with a Chilean bailout for Bolivia.",
			[]string{"Chilean", "Bolivia"}, []string{"Chilean AIDS Bolivia"}},
		{"lent support is backing, no aid", "Chile agreed to lend support to Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile SUPPORTS Peru"}},
		{"lent legitimacy is no aid", "The summit lends Peru legitimacy.",
			[]string{"Peru"}, nil},
		{"the helped one's bailout", "The Peruvian bailout was approved by Chile.",
			[]string{"Peruvian", "Chile"}, nil},
	})
}

// TestCriticismIdioms checks the idioms of public criticism (CONDEMNS: "took a swipe at",
// "took a shot at", "made digs at", "singled out for criticism", "railed against"; for
// praise SUPPORTS) and the senses of "take", "make", "fire", "single out" and "rail" that
// state nothing or their own relation.
func TestCriticismIdioms(t *testing.T) {
	runNounCases(t, []nounCase{
		{"took a swipe at", "President Boric took a swipe at Peru in his speech.",
			[]string{"President Boric", "Peru"}, []string{"President Boric CONDEMNS Peru"}},
		{"took jabs at", "Minister Ruiz took several jabs at Bolivia on Monday.",
			[]string{"Minister Ruiz", "Bolivia"}, []string{"Minister Ruiz CONDEMNS Bolivia"}},
		{"took a shot at", "Minister Ruiz took a shot at Chile, saying its policies were reckless.",
			[]string{"Minister Ruiz", "Chile"}, []string{"Minister Ruiz CONDEMNS Chile"}},
		{"made digs at", "President Boric continued to make digs at Peru online.",
			[]string{"President Boric", "Peru"}, []string{"President Boric CONDEMNS Peru"}},
		{"fired a shot at", "Chile fired a shot at Peru across the border.",
			[]string{"Chile", "Peru"}, []string{"Chile ATTACKS Peru"}},
		{"made a stop at", "Chile made a stop at the border of Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"singled out for criticism", "Chile singled out Peru for criticism at the summit.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"singled out for praise", "Chile singled out Peru for praise at the summit.",
			[]string{"Chile", "Peru"}, []string{"Chile SUPPORTS Peru"}},
		{"singled out as a target", "The Shining Path singled out Peru as its first target.",
			[]string{"Shining Path", "Peru"}, nil},
		{"took a seat at", "Chile took a seat at the table with Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"railed against", "President Boric railed against Bolivia for closing the border.",
			[]string{"President Boric", "Bolivia"}, []string{"President Boric CONDEMNS Bolivia"}},
		{"railed against a thing", "Chile railed against the heat in Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"took hostages", "The Shining Path took Peruvian hostages in the raid.",
			[]string{"Shining Path", "Peruvian"}, []string{"Shining Path ATTACKS Peruvian"}},
	})
}

// TestTributeAndDrillNouns checks nouns beside the acts they name: a tribute or homage to
// someone, or an embrace of them, praises them (SUPPORTS, like "praise"), drills or
// manoeuvres with someone are a joint exercise (COOPERATES_WITH, like "exercise"), a detente
// with someone restores ties (like "rapprochement"); the same nouns with no partner state
// nothing.
func TestTributeAndDrillNouns(t *testing.T) {
	runNounCases(t, []nounCase{
		{"paid homage to", "President Boric paid homage to Minister Ruiz on Tuesday.",
			[]string{"President Boric", "Minister Ruiz"}, []string{"President Boric SUPPORTS Minister Ruiz"}},
		{"possessor's tributes to", "Chile's tributes to Peru angered Bolivia.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile SUPPORTS Peru"}},
		{"tribute to the victims of a group", "Peru paid tribute to the victims of the Shining Path.",
			[]string{"Peru", "Shining Path"}, nil},
		{"conducted drills with", "Chile conducted naval drills with Peru in March.",
			[]string{"Chile", "Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"possessor's drills with", "Chile's joint drills with Peru ended on Friday.",
			[]string{"Chile", "Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"drills in a place", "Chile conducted naval drills in Peru in March.",
			[]string{"Chile", "Peru"}, nil},
		{"drills bought from", "Chile bought mining drills from Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"embrace of", "Chile's embrace of Peru worried Bolivia.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile SUPPORTS Peru"}},
		{"embrace of an idea", "Chile's embrace of free trade worried Bolivia.",
			[]string{"Chile", "Bolivia"}, nil},
		{"detente with", "Chile's detente with Bolivia ended a long feud.",
			[]string{"Chile", "Bolivia"}, []string{"Chile RESTORES_TIES_WITH Bolivia"}},
	})
}

// TestAcknowledgedStakes checks "acknowledge": acknowledging a state's independence or
// sovereignty recognizes it; acknowledging a role, forces or a fact states nothing about
// whose they are (no support).
func TestAcknowledgedStakes(t *testing.T) {
	runNounCases(t, []nounCase{
		{"acknowledged a possessor's independence", "Chile acknowledged Bolivia's independence in 1850.",
			[]string{"Chile", "Bolivia"}, []string{"Chile RECOGNIZES Bolivia"}},
		{"acknowledged a nationality's sovereignty", "Peru acknowledged Chilean sovereignty over the islands.",
			[]string{"Peru", "Chilean"}, []string{"Peru RECOGNIZES Chilean"}},
		{"acknowledged a group's role", "Chile acknowledged the Shining Path's central role in the region.",
			[]string{"Chile", "Shining Path"}, nil},
		{"acknowledged a strategic role", "Peru acknowledged Bolivia's strategic role on the lake.",
			[]string{"Peru", "Bolivia"}, nil},
		{"acknowledged a state's forces", "Chile acknowledged Peru's forces at the border.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestAngerWords checks that one angry, furious, frustrated or exasperated with another
// condemns it, in the adjective, the participle the parser reads as a verb, the verb that
// names the one angered as its object and the noun with its owner; and that anger denied,
// only possible, reported of another or at no actor states nothing.
func TestAngerWords(t *testing.T) {
	runNounCases(t, []nounCase{
		{"angry at", "Chile is angry at Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"furious with over", "Chile was furious with Peru over the vote.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"upset with", "Bolivia was upset with Chile.",
			[]string{"Bolivia", "Chile"}, []string{"Bolivia CONDEMNS Chile"}},
		{"grew frustrated with", "Chile grew frustrated with Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"was exasperated with", "Chile was exasperated with Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"infuriated someone", "Peru infuriated Chile.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"voiced frustration at (the verb's frame and the noun's)", "Chile voiced frustration at Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru", "Chile CONDEMNS Peru"}},
		{"anger at as a noun", "Chile's anger at Peru grew.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"not angry", "Chile is not angry at Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"may grow frustrated", "Chile may grow frustrated with Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"angry as another says", "Chile said Peru was angry at Bolivia.",
			[]string{"Chile", "Peru", "Bolivia"}, nil},
		{"upset by a death", "Chile was upset by the death of a Peruvian soldier.",
			[]string{"Chile", "Peruvian"}, nil},
		{"frustrated plans is thwarting", "Chile frustrated Peru's plans.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestDismayWords checks that one disturbed, disgusted or horrified by or at another
// condemns it; and that one denied or reported of another, one troubled by a plight and
// the active "troubled" of a thing state nothing.
func TestDismayWords(t *testing.T) {
	runNounCases(t, []nounCase{
		{"disturbed by", "Chile was disturbed by Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"deeply disturbed by", "Chile was deeply disturbed by Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"disgusted by", "Bolivia was disgusted by Chile.",
			[]string{"Bolivia", "Chile"}, []string{"Bolivia CONDEMNS Chile"}},
		{"horrified at", "Bolivia was horrified at Chile.",
			[]string{"Bolivia", "Chile"}, []string{"Bolivia CONDEMNS Chile"}},
		// must not fire
		{"not disturbed", "Chile was not disturbed by Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"disturbed as another says", "Chile said Peru was disturbed by Bolivia.",
			[]string{"Chile", "Peru", "Bolivia"}, nil},
		{"troubled by a death", "Chile was troubled by the death of a Peruvian soldier.",
			[]string{"Chile", "Peruvian"}, nil},
		{"a thing that troubled", "The Peruvian missiles troubled Chile.",
			[]string{"Peruvian", "Chile"}, nil},
	})
}

// TestJoinedStand checks that joining another in taking a stand ("Chile joined Peru in
// condemning Bolivia") sides with it and makes the stand the other's too, and that a
// joining not done, a "join" in a date or an act that is no stand states no support.
func TestJoinedStand(t *testing.T) {
	runNounCases(t, []nounCase{
		{"joined in condemning", "Chile joined Peru in condemning Bolivia.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile SUPPORTS Peru", "Chile CONDEMNS Bolivia", "Peru CONDEMNS Bolivia"}},
		{"joined with in calling for", "Chile joined with Peru in calling for a ceasefire.",
			[]string{"Chile", "Peru"}, []string{"Chile SUPPORTS Peru"}},
		{"two joined one in backing", "Chile and Bolivia joined Peru in backing the resolution.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile SUPPORTS Peru", "Bolivia SUPPORTS Peru"}},
		{"officials joined in criticizing", "President Boric joined Minister Ruiz in criticizing Peru.",
			[]string{"President Boric", "Minister Ruiz", "Peru"}, []string{"President Boric SUPPORTS Minister Ruiz", "President Boric CONDEMNS Peru", "Minister Ruiz CONDEMNS Peru"}},
		{"joined in voting", "Chile joined Peru in voting against the bill.",
			[]string{"Chile", "Peru"}, nil},
		{"joined in a year", "Chile joined Peru in 2010.",
			[]string{"Chile", "Peru"}, nil},
		{"will join", "Chile will join Peru in opposing the plan.",
			[]string{"Chile", "Peru"}, nil},
		{"refused to join", "Chile refused to join Peru in opposing the plan.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestCriticNoun checks that a critic of an actor, named with the noun as an ally is,
// condemns it (a person too), and that a former critic, critics not named and a place set
// off before the subject state nothing.
func TestCriticNoun(t *testing.T) {
	runNounCases(t, []nounCase{
		{"apposition", "Senator Ruiz, a fierce critic of President Boric, spoke on Monday.",
			[]string{"Senator Ruiz", "President Boric"}, []string{"Senator Ruiz CONDEMNS President Boric"}},
		{"copula", "Chile is a harsh critic of Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"possessor", "Senator Ruiz has been Boric's sharpest critic.",
			[]string{"Senator Ruiz", "Boric"}, []string{"Senator Ruiz CONDEMNS Boric"}},
		{"former critic", "Senator Ruiz, a former critic of Peru, spoke.",
			[]string{"Senator Ruiz", "Peru"}, nil},
		{"critics not named", "Critics of Peru say Chile is right.",
			[]string{"Peru", "Chile"}, nil},
		{"met critics", "Senator Ruiz met critics of Peru.",
			[]string{"Senator Ruiz", "Peru"}, nil},
		{"a place before the subject", "In Chile, a critic of Peru said the vote was rigged.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestCriticOfAct checks that a critic of an act, a policy or a strategy whose author the
// phrase names condemns the author (its possessor, a nationality, or the state a
// possessive "government" stands for), and that a critic of a thing that is no act, or
// of an act with no author named, states nothing.
func TestCriticOfAct(t *testing.T) {
	runNounCases(t, []nounCase{
		{"possessor's policy", "Senator Ruiz, a longtime critic of Peru's trade policy, spoke.",
			[]string{"Senator Ruiz", "Peru"}, []string{"Senator Ruiz CONDEMNS Peru"}},
		{"nationality's programs", "Senator Ruiz, a critic of the Peruvian mining programs, spoke.",
			[]string{"Senator Ruiz", "Peruvian"}, []string{"Senator Ruiz CONDEMNS Peruvian"}},
		{"copula, approach", "Chile has been a vocal critic of Boric's approach to the talks.",
			[]string{"Chile", "Boric"}, []string{"Chile CONDEMNS Boric"}},
		{"treatment of others", "Senator Ruiz, an outspoken critic of Peru's treatment of Bolivians, spoke.",
			[]string{"Senator Ruiz", "Peru"}, []string{"Senator Ruiz CONDEMNS Peru"}},
		{"government's strategy", "Senator Ruiz, a critic of the Peruvian government's strategy, spoke.",
			[]string{"Senator Ruiz", "Peruvian"}, []string{"Senator Ruiz CONDEMNS Peruvian"}},
		// must not fire
		{"no act", "Senator Ruiz, a critic of Peru's economy, spoke.",
			[]string{"Senator Ruiz", "Peru"}, nil},
		{"no author", "Senator Ruiz, a critic of the trade policy, met Peru's envoy.",
			[]string{"Senator Ruiz", "Peru"}, nil},
		{"former critic", "Senator Ruiz, a former critic of Peru's trade policy, spoke.",
			[]string{"Senator Ruiz", "Peru"}, nil},
	})
}

// TestGratitude checks that gratitude to an actor supports it, in the adjective, the noun
// with its owner and the noun expressed, and that gratitude denied or to no actor states
// nothing.
func TestGratitude(t *testing.T) {
	runNounCases(t, []nounCase{
		{"grateful to", "Chile is grateful to Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile SUPPORTS Peru"}},
		{"thankful to", "President Boric was thankful to Peru for its help.",
			[]string{"President Boric", "Peru"}, []string{"President Boric SUPPORTS Peru"}},
		{"gratitude to", "Chile's gratitude to Peru is clear.",
			[]string{"Chile", "Peru"}, []string{"Chile SUPPORTS Peru"}},
		{"expressed gratitude to", "Chile expressed its gratitude to Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile SUPPORTS Peru"}},
		{"not grateful", "Chile is not grateful to Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"grateful to no actor", "Chile is grateful to the rescuers who reached Peru.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestPropUp checks that keeping a leader or government standing ("prop up", "shore up")
// supports it, and that one's own economy shored up, a goal and an attempt state nothing.
func TestPropUp(t *testing.T) {
	runNounCases(t, []nounCase{
		{"propped up", "Peru propped up President Boric for years.",
			[]string{"Peru", "President Boric"}, []string{"Peru SUPPORTS President Boric"}},
		{"shoring up", "Bolivia is shoring up the Shining Path.",
			[]string{"Bolivia", "Shining Path"}, []string{"Bolivia SUPPORTS Shining Path"}},
		// must not fire
		{"its own economy", "Peru shored up its economy.",
			[]string{"Peru", "its"}, nil},
		{"a goal", "Peru's goal to prop up President Boric is clear.",
			[]string{"Peru", "President Boric"}, nil},
		{"an attempt", "Bolivia sought to shore up President Boric.",
			[]string{"Bolivia", "President Boric"}, nil},
		{"propped up by his elbow", "President Boric propped himself up on his elbow next to Ruiz.",
			[]string{"President Boric", "Ruiz"}, nil},
	})
}

// TestSeizedLand checks that seizing, capturing, overrunning or taking control of land
// that lies in a country ("large parts of Peru", "swaths of territory in Bolivia",
// "control of much of Chile") attacks that country, and that what is seized in a country
// but is no land of it, land taken back from a group, or a seizure not done states nothing.
func TestSeizedLand(t *testing.T) {
	runNounCases(t, []nounCase{
		{"seized large parts of a country", "The Taliban seized large parts of Peru in June.",
			[]string{"Taliban", "Peru"}, []string{"Taliban ATTACKS Peru"}},
		{"seized control of parts of two countries", "The Taliban has seized control of large parts of Peru and Bolivia.",
			[]string{"Taliban", "Peru", "Bolivia"}, []string{"Taliban ATTACKS Peru", "Taliban ATTACKS Bolivia"}},
		{"captured swaths of territory in a country", "Hezbollah captured wide swaths of territory in Peru last year.",
			[]string{"Hezbollah", "Peru"}, []string{"Hezbollah ATTACKS Peru"}},
		{"took control of a swath of a country", "The Taliban has taken control of a large swath of Chile.",
			[]string{"Taliban", "Chile"}, []string{"Taliban ATTACKS Chile"}},
		{"overrun chunks of a country", "Hezbollah has overrun large chunks of northern Bolivia.",
			[]string{"Hezbollah", "Bolivia"}, []string{"Hezbollah ATTACKS Bolivia"}},
		{"land taken from a group", "Peru seized large areas from the Taliban.",
			[]string{"Peru", "Taliban"}, []string{"Peru ATTACKS Taliban"}},
		{"a possessor's airport still", "The Taliban seized Uganda's airport on Sunday.",
			[]string{"Taliban", "Uganda"}, []string{"Taliban ATTACKS Uganda"}},
		{"a clause joined after the land", "Hezbollah seized large areas of Peru and Bolivia, and Chile has sent troops since May.",
			[]string{"Hezbollah", "Peru", "Bolivia", "Chile"}, []string{"Hezbollah ATTACKS Peru", "Hezbollah ATTACKS Bolivia"}},
		{"control of a country itself", "The Peruvian Party seized control of Peru after the vote.",
			[]string{"Peruvian Party", "Peru"}, nil},
		{"goods seized in a country", "Chile seized large quantities of cocaine in Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"control of a company", "Chile took control of the largest oil company of Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"took part in a country", "Chile took part in exercises in Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"a seizure only feared", "The Taliban could seize large parts of Peru, Chile said.",
			[]string{"Taliban", "Peru", "Chile"}, nil},
	})
}

// TestAnnexedLand checks that annexing land attacks the country it is taken from or lies
// in, by the verb or the noun ("annexed the Atacama from Bolivia", "Chile's annexation of
// the Atacama from Bolivia"), and that an annexation only possible, or the annex of a
// building, states nothing.
func TestAnnexedLand(t *testing.T) {
	runNounCases(t, []nounCase{
		{"annexed a region from a country", "Chile annexed the Atacama region from Bolivia in 1884.",
			[]string{"Chile", "Bolivia"}, []string{"Chile ATTACKS Bolivia"}},
		{"a possessor's annexation from a country", "Chile's annexation of the Atacama from Bolivia angered many.",
			[]string{"Chile", "Bolivia"}, []string{"Chile ATTACKS Bolivia"}},
		{"annexed a country's city", "Chile annexed the Bolivian city of Antofagasta.",
			[]string{"Chile", "Bolivian"}, []string{"Chile ATTACKS Bolivian"}},
		{"annexed parts of a country", "Chile annexed large parts of Bolivia after the war.",
			[]string{"Chile", "Bolivia"}, []string{"Chile ATTACKS Bolivia"}},
		// no attack
		{"an annexation only possible", "Chile may annex large parts of Bolivia.",
			[]string{"Chile", "Bolivia"}, nil},
		{"the annex of a building", "The annex of the Chilean embassy in Bolivia was closed.",
			[]string{"Chilean", "Bolivia"}, nil},
	})
}
