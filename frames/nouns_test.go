package frames

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/syntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nounCase is a sentence, its actors and exactly the relations the frames must state
// (nil: none).
type nounCase struct {
	name, text string
	actors     []string
	want       []string
}

func runNounCases(t *testing.T, tests []nounCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, blocked := matchText(t, tt.text, tt.actors...)
			assert.ElementsMatch(t, tt.want, got, "blocked: %v", blocked)
		})
	}
}

// TestStatementAuthor checks that what a statement does ("a statement condemning ...",
// "a communique that urged ...") is its author's act: the subject of the verb that makes
// it public, or its own author; and that a statement someone else handles is not theirs.
func TestStatementAuthor(t *testing.T) {
	runNounCases(t, []nounCase{
		{"participle of a released statement", "The leaders of Poland and Latvia released a joint statement condemning Belarus.",
			[]string{"Poland", "Latvia", "Belarus"}, []string{"Poland CONDEMNS Belarus", "Latvia CONDEMNS Belarus"}},
		{"relative clause of an issued statement", "Canada issued a statement that condemned Iran on Sunday.",
			[]string{"Canada", "Iran"}, []string{"Canada CONDEMNS Iran"}},
		{"said in a statement", "Japan said in a statement criticising China that the drills were dangerous.",
			[]string{"Japan", "China"}, []string{"Japan CONDEMNS China"}},
		{"the statement's own author", "A statement by Egypt urging Ethiopia to halt the dam was read out.",
			[]string{"Egypt", "Ethiopia"}, []string{"Egypt DEMANDS Ethiopia"}},
		{"an adopted resolution", "The European Parliament adopted a resolution condemning Hungary.",
			[]string{"European Parliament", "Hungary"}, []string{"European Parliament CONDEMNS Hungary"}},
		{"a vetoed resolution is not the vetoer's", "Russia vetoed a resolution condemning Syria.",
			[]string{"Russia", "Syria"}, nil},
		{"a statement received is not the receiver's", "Chile received a letter condemning Peru.",
			[]string{"Chile"}, nil},
		{"a statement not released", "Norway may release a statement condemning Russia.",
			[]string{"Norway", "Russia"}, nil},
		{"a statement still to be issued", "Oman must issue a statement promising to sign an accord recognising Qatar.",
			[]string{"Oman", "Qatar"}, nil},
		{"a clause under the statement's participle", "Hamas released a video showing a captive soldier criticizing Israel.",
			[]string{"Hamas", "Israel"}, nil},
		{"another noun's participle", "Spain released a report describing Morocco's border policy.",
			[]string{"Spain", "Morocco"}, nil},
	})
}

// TestHyphenPair checks that a pair compound of actors before a reciprocal noun ("the
// Japan-Korea accord") relates them, and nothing else does.
func TestHyphenPair(t *testing.T) {
	runNounCases(t, []nounCase{
		{"pair accord", "The Japan-Korea accord was signed by both foreign ministers.",
			[]string{"Japan", "Korea"}, []string{"Japan SIGNS_AGREEMENT_WITH Korea"}},
		{"pair with a modifier between", "Officials said the US-China trade talks resumed in Geneva on Monday.",
			[]string{"US", "China"}, []string{"US MEETS China"}},
		{"three members", "The Chile-Peru-Bolivia pact took effect in May.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile SIGNS_AGREEMENT_WITH Peru", "Chile SIGNS_AGREEMENT_WITH Bolivia", "Peru SIGNS_AGREEMENT_WITH Bolivia"}},
		{"an indefinite pair noun may be one to come", "The plans would kill a Japan-Korea trade agreement.",
			[]string{"Japan", "Korea"}, nil},
		{"a dash with spaces is no pair", "Ghana - Togo talks are a sign of hope, the paper wrote.",
			[]string{"Ghana", "Togo"}, nil},
		{"a hostile noun is no pair", "The Iran-Iraq war lasted eight years.",
			[]string{"Iran", "Iraq"}, nil},
		{"a possible deal", "Analysts doubt a possible India-Pakistan deal.",
			[]string{"India", "Pakistan"}, nil},
		{"cooperation is a topic", "Japan-Korea cooperation is no fantasy, the editorial said.",
			[]string{"Japan", "Korea"}, nil},
		{"joint exercises are held", "Bolivia protested the joint Chile-Peru military exercises.",
			[]string{"Bolivia", "Chile", "Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"drills named by adjectives, no determiner", "Tension rose amid joint Chilean-Peruvian naval drills.",
			[]string{"Chilean", "Peruvian"}, []string{"Chilean COOPERATES_WITH Peruvian"}},
		{"drills to come", "The Chile-Peru drills will start next week.",
			[]string{"Chile", "Peru"}, nil},
		{"drills called off", "Chile called off the Chile-Peru drills.",
			[]string{"Chile", "Peru"}, nil},
		{"planned drills", "Bolivia protested the planned Chile-Peru drills.",
			[]string{"Bolivia", "Chile", "Peru"}, nil},
		{"upcoming drills", "Bolivia protested the upcoming Chile-Peru drills.",
			[]string{"Bolivia", "Chile", "Peru"}, nil},
		{"an alliance is a topic", "The Chile-Peru alliance is no fantasy, the editorial said.",
			[]string{"Chile", "Peru"}, nil},
		{"a political maneuver", "Analysts criticized the Chile-Peru maneuver in the assembly.",
			[]string{"Chile", "Peru"}, nil},
		{"a planned summit", "The planned Mali-Niger summit will open on Friday.",
			[]string{"Mali", "Niger"}, nil},
		{"hopes of an accord", "Hopes of a Sudan-Chad accord rose this week.",
			[]string{"Sudan", "Chad"}, nil},
		{"a brokered deal is not the broker's", "A Qatar-brokered deal ended the fighting in Darfur.",
			[]string{"Qatar", "Darfur"}, nil},
		{"an ordinal before the pair", "Talks stalled after the first Mali-Niger summit in June.",
			[]string{"Mali", "Niger"}, []string{"Mali MEETS Niger"}},
		{"an adjective before the pair", "The president signed the new Chile-Peru trade agreement on Monday.",
			[]string{"Chile", "Peru"}, []string{"Chile SIGNS_AGREEMENT_WITH Peru"}},
		{"a meeting that will open", "The Mali-Niger summit will open on Friday.",
			[]string{"Mali", "Niger"}, nil},
		{"an ordinal before a meeting that will open", "The second Mali-Niger summit could be held in Bamako.",
			[]string{"Mali", "Niger"}, nil},
		{"an agreement that will take effect was struck", "The Chile-Peru accord will take effect in May.",
			[]string{"Chile", "Peru"}, []string{"Chile SIGNS_AGREEMENT_WITH Peru"}},
	})
}

// TestJointActs checks that an act named "joint" (an operation, patrols, a project, a
// venture ...) is a cooperation of its author with the "with" or "between" party, of the
// pair its compound names, or of the coordinated subjects of its support verb; and not
// without "joint", nor one wanted, proposed or told in a modal clause.
func TestJointActs(t *testing.T) {
	runNounCases(t, []nounCase{
		{"a joint operation with", "Chile launched a joint operation with Peru against the smugglers.",
			[]string{"Chile", "Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"a joint venture between", "The mine was built as a joint venture between Chile and Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"joint patrols of a pair", "Bolivia protested joint Chile-Peru patrols along the border.",
			[]string{"Bolivia", "Chile", "Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"a joint project of two adjectives", "Bolivia protested a joint Chilean-Peruvian project.",
			[]string{"Bolivia", "Chilean", "Peruvian"}, []string{"Chilean COOPERATES_WITH Peruvian"}},
		{"a pair after and", "Bolivia rebuilt its forts and the joint Chile-Peru patrols have ended.",
			[]string{"Bolivia", "Chile", "Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"coordinated subjects", "Chile and Peru launched a joint operation against the smugglers.",
			[]string{"Chile", "Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"not joint", "Chile launched an operation with Peru against the smugglers.",
			[]string{"Chile", "Peru"}, nil},
		{"wanted", "Chile wants to pursue joint projects with Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"proposed", "Chile proposed a joint venture between Peru and Bolivia.",
			[]string{"Chile", "Peru", "Bolivia"}, nil},
		{"a modal clause", "Any strike on Bolivia would be seen as a joint Chile-Peru operation.",
			[]string{"Bolivia", "Chile", "Peru"}, nil},
	})
}

// TestSetOffMeeting checks that a meeting noun set off by a comma ("Rama, in talks with
// the IMF, said") is its clause subject's meeting, however the parser attaches it.
func TestSetOffMeeting(t *testing.T) {
	runNounCases(t, []nounCase{
		{"set off after the subject", "Rama, in talks with the IMF in Washington, said Albania needed time.",
			[]string{"Rama", "IMF", "Albania"}, []string{"Rama MEETS IMF"}},
		{"set off after the object", "Norwegian officials finished the draft rules, in consultation with Swedish diplomats.",
			[]string{"Norwegian", "Swedish"}, []string{"Norwegian MEETS Swedish"}},
		{"not set off: the object's own talks", "Lavrov criticised the delay in talks with Kyiv.",
			[]string{"Lavrov", "Kyiv"}, nil},
	})
}

// TestDemonymAuthor checks that a nationality adjective of an act noun is the act's
// author ("American support for Kyiv"), and only of the noun it modifies.
func TestDemonymAuthor(t *testing.T) {
	runNounCases(t, []nounCase{
		{"support", "Russian support for Belarus grew after the vote.",
			[]string{"Russian", "Belarus"}, []string{"Russian SUPPORTS Belarus"}},
		{"negotiations", "The British negotiations with Iran stalled in June.",
			[]string{"British", "Iran"}, []string{"British MEETS Iran"}},
		{"an adjective of another noun", "Iranian protesters welcomed the support for Britain.",
			[]string{"Iranian", "Britain"}, nil},
	})
}

// TestLeaderParticiples checks that the actor joined by a hyphen to "led" before an act
// noun is the act's author ("the Peru-led invasion of Chile"), and that "led" makes no
// author of a noun that names no act.
func TestLeaderParticiples(t *testing.T) {
	runNounCases(t, []nounCase{
		{"a name", "The Peru-led invasion of Chile began in March.",
			[]string{"Peru", "Chile"}, []string{"Peru ATTACKS Chile"}},
		{"a nationality", "The Peruvian-led invasion of Bolivia ended in May.",
			[]string{"Peruvian", "Bolivia"}, []string{"Peruvian ATTACKS Bolivia"}},
		{"sanctions", "The Chile-led sanctions against Bolivia took effect on Monday.",
			[]string{"Chile", "Bolivia"}, []string{"Chile SANCTIONS Bolivia"}},
		{"a coalition names no act", "The Peru-led coalition bombed Bolivia on Monday.",
			[]string{"Peru", "Bolivia"}, nil},
		{"an inquiry into an act", "A Peru-led inquiry into the invasion of Bolivia opened in May.",
			[]string{"Peru", "Bolivia"}, nil},
		{"a backer is no author", "The Peru-backed invasion of Bolivia began in March.",
			[]string{"Peru", "Bolivia"}, nil},
	})
}

// TestObjectControl checks that the object of a verb does what its "of"/"for" gerund
// says ("thanked Japan for helping Kenya"), and that an accusation's gerund is a claim.
func TestObjectControl(t *testing.T) {
	runNounCases(t, []nounCase{
		{"condemned for", "Canada condemned Russia for attacking Ukraine.",
			[]string{"Canada", "Russia", "Ukraine"}, []string{"Canada CONDEMNS Russia", "Russia ATTACKS Ukraine"}},
		{"thanked for", "Kenya thanked Japan for supporting Somalia.",
			[]string{"Kenya", "Japan", "Somalia"}, []string{"Kenya SUPPORTS Japan", "Japan SUPPORTS Somalia"}},
		{"blocked from", "Officials blocked Norway from releasing a statement condemning Russia.",
			[]string{"Norway", "Russia"}, nil},
		{"criticism for: the subject acts", "Chile faced criticism for congratulating Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile SUPPORTS Peru"}},
		{"an object that names no actor", "Russia condemned foreign powers for backing Guaido.",
			[]string{"Russia", "Guaido"}, nil},
		{"alleged", "Officials discussed alleged Russian attacks on Georgia.",
			[]string{"Russian", "Georgia"}, nil},
		{"accused of: a claim", "Moscow accused Washington of using the incident as a pretext for bombing Syria.",
			[]string{"Moscow", "Washington", "Syria"}, []string{"Moscow ACCUSES Washington"}},
		// the gerund hung on the object by the parse
		{"criticised two for", "Minister Ruiz criticized Chile and Peru for negotiating with the Shining Path.",
			[]string{"Minister Ruiz", "Chile", "Peru", "Shining Path"}, []string{"Minister Ruiz CONDEMNS Chile",
				"Minister Ruiz CONDEMNS Peru", "Chile MEETS Shining Path", "Peru MEETS Shining Path"}},
		{"a government praised for", "Minister Ruiz praised Peru's government for negotiating with Bolivia.",
			[]string{"Minister Ruiz", "Peru", "Bolivia"}, []string{"Minister Ruiz SUPPORTS Peru", "Peru MEETS Bolivia"}},
		{"two accused of: a claim", "Minister Ruiz accused Chile and Peru of attacking Bolivia.",
			[]string{"Minister Ruiz", "Chile", "Peru", "Bolivia"}, []string{"Minister Ruiz ACCUSES Chile", "Minister Ruiz ACCUSES Peru"}},
		{"two suspected of: a claim", "Peru suspected Chile and Bolivia of arming the Shining Path.",
			[]string{"Peru", "Chile", "Bolivia", "Shining Path"}, nil},
		{"two blocked from", "Peru blocked Chile and Bolivia from meeting the Shining Path.",
			[]string{"Peru", "Chile", "Bolivia", "Shining Path"}, nil},
	})
}

// TestStanceAuthor checks that a reaction to a move or position set in apposition ("-
// a move recognised by Chile") is to the author of what it sums up.
func TestStanceAuthor(t *testing.T) {
	runNounCases(t, []nounCase{
		{"participle of an apposed move", "Ruiz declared himself interim president on Monday - a move recognised by Chile and Peru.",
			[]string{"Ruiz", "Chile", "Peru"}, []string{"Chile RECOGNIZES Ruiz", "Peru RECOGNIZES Ruiz"}},
		{"relative clause of an apposed position", "Serbia insisted the vote was illegal, a position which Russia supported in the council.",
			[]string{"Serbia", "Russia"}, []string{"Russia SUPPORTS Serbia"}},
		{"the clause's act, not its object", "Japan condemned North Korea's missile tests, a move which Australia supported.",
			[]string{"Japan", "North Korea", "Australia"}, []string{"Australia SUPPORTS Japan"}},
		{"not in apposition", "Russia supported the move after the vote in Kiev.",
			[]string{"Russia", "Kiev"}, nil},
	})
}

// TestAgentsFrom checks that agents of the state "from" an actor act for it ("officials
// from Iran and Iraq"), but troops "from" a place need not be its.
func TestAgentsFrom(t *testing.T) {
	runNounCases(t, []nounCase{
		{"officials from two states", "Officials from Iran and Iraq criticised Turkey.",
			[]string{"Iran", "Iraq", "Turkey"}, []string{"Iran CONDEMNS Turkey", "Iraq CONDEMNS Turkey"}},
		{"diplomats from", "Diplomats from Norway met Colombia's ambassador in Havana.",
			[]string{"Norway", "Colombia", "Havana"}, []string{"Norway MEETS Colombia"}},
		{"a meeting to come", "Rama is also to meet diplomats from Norway this week.",
			[]string{"Rama", "Norway"}, nil},
		{"troops from a place", "Forces from Syria attacked Lebanon.",
			[]string{"Syria", "Lebanon"}, nil},
		{"protesters from", "Protesters from Iran condemned Britain.",
			[]string{"Iran", "Britain"}, nil},
	})
}

// TestSanctionBreaker checks that whoever breaks sanctions that name no target is
// their target, and that sanctions on another keep their own target.
func TestSanctionBreaker(t *testing.T) {
	runNounCases(t, []nounCase{
		{"flouted", "Libya flouted the UN sanctions again in May.",
			[]string{"Libya", "UN"}, []string{"UN SANCTIONS Libya"}},
		{"sanctions on another", "Turkey violated US sanctions on Iran.",
			[]string{"Turkey", "US", "Iran"}, []string{"US SANCTIONS Iran"}},
		{"may evade", "Pyongyang may evade UN sanctions.",
			[]string{"Pyongyang", "UN"}, nil},
		{"enforced, not broken", "Norway enforced the UN sanctions.",
			[]string{"Norway", "UN"}, nil},
	})
}

// TestApposedName checks that a participle's noun takes the name set off after its
// phrase ("a militia backed by Iran, the Fatemiyoun Brigade,").
func TestApposedName(t *testing.T) {
	runNounCases(t, []nounCase{
		{"name after the agent", "In Syria, a militia backed by Iran, the Fatemiyoun Brigade, said it would fight on.",
			[]string{"Syria", "Iran", "Fatemiyoun Brigade"}, []string{"Iran SUPPORTS Fatemiyoun Brigade"}},
		{"a list of agents is no name", "A militia backed by Iran, Syria and Russia attacked the town.",
			[]string{"Iran", "Syria", "Russia"}, nil},
	})
}

// TestJudgingStatement checks that an adjective of judgement on a statement noun is the
// statement's author's judgement of what it is about.
func TestJudgingStatement(t *testing.T) {
	runNounCases(t, []nounCase{
		{"critical resolution", "Canada sponsored a critical resolution on Iran at the assembly.",
			[]string{"Canada", "Iran"}, []string{"Canada CONDEMNS Iran"}},
		{"a critical resolution vetoed", "China vetoed a critical resolution on Myanmar.",
			[]string{"China", "Myanmar"}, nil},
		{"critical of another noun", "Peru sent critical observers to Bolivia.",
			[]string{"Peru", "Bolivia"}, nil},
	})
}

// TestAgreementVerbs checks the verbs that make an agreement and that a list of many
// parties to one accord is not read as agreements of each pair.
func TestAgreementVerbs(t *testing.T) {
	runNounCases(t, []nounCase{
		{"clinched", "Chile and Peru clinched an agreement on fishing.",
			[]string{"Chile", "Peru"}, []string{"Chile SIGNS_AGREEMENT_WITH Peru"}},
		{"three parties", "The agreement was clinched by Chile, Peru and Bolivia in May.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile SIGNS_AGREEMENT_WITH Peru", "Chile SIGNS_AGREEMENT_WITH Bolivia", "Peru SIGNS_AGREEMENT_WITH Bolivia"}},
		{"one accord of many parties", "The accord was signed by Chile, Peru, Bolivia and Ecuador in May.",
			[]string{"Chile", "Peru", "Bolivia", "Ecuador"}, nil},
	})
}

// TestParticipleObject checks that a past participle's noun meets a frame's object
// constraint ("the sanctions imposed on Russia by the EU").
func TestParticipleObject(t *testing.T) {
	runNounCases(t, []nounCase{
		{"agent after target", "The sanctions imposed on Belarus by the EU hurt its economy.",
			[]string{"Belarus", "EU"}, []string{"EU SANCTIONS Belarus"}},
		{"agent before target", "Tariffs imposed by Washington on Canada took effect on Friday.",
			[]string{"Washington", "Canada"}, []string{"Washington SANCTIONS Canada"}},
		{"another noun", "The rules imposed on Belarus by the EU were published.",
			[]string{"Belarus", "EU"}, nil},
	})
}

// TestVictims checks that the subject of a passive verb of harm is the target of the
// attack noun it was harmed in.
func TestVictims(t *testing.T) {
	runNounCases(t, []nounCase{
		{"killed in a strike", "Mansour was killed in a US drone strike in May.",
			[]string{"Mansour", "US"}, []string{"US ATTACKS Mansour"}},
		{"active verb", "Mansour survived a US drone strike in May.",
			[]string{"Mansour", "US"}, nil},
		{"where, not whom", "Two soldiers were killed in a Taliban attack in Kabul.",
			[]string{"Taliban", "Kabul"}, nil},
		{"the attack as the subject", "A Chilean drone strike killed Ramos in the north last week.",
			[]string{"Chilean", "Ramos"}, []string{"Chilean ATTACKS Ramos"}},
		{"its relative clause", "Peru carried out an air strike that destroyed the Bolivian embassy on Monday.",
			[]string{"Peru", "Bolivian"}, []string{"Peru ATTACKS Bolivian"}},
		{"its relative clause set off", "A Hamas bombing, which killed two Israeli officials, shocked the region.",
			[]string{"Hamas", "Israeli"}, []string{"Hamas ATTACKS Israeli"}},
		{"its participle", "The Ecuadorian army carried out a strike killing Castillo on Friday.",
			[]string{"Ecuadorian", "Castillo"}, []string{"Ecuadorian ATTACKS Castillo"}},
		{"a harm only aimed at", "The Danish operation to kill Berg was approved by the cabinet.",
			[]string{"Danish", "Berg"}, nil},
		{"a harm that may come", "A Serbian strike could kill Novak.",
			[]string{"Serbian", "Novak"}, nil},
		{"a harm denied", "The Turkish raid did not hurt Greece, and no strike killed Greek troops.",
			[]string{"Turkish", "Greece", "Greek"}, nil},
		{"the clause's own doer", "The attack in which Chile killed Ramos was filmed.",
			[]string{"Chile", "Ramos"}, nil},
	})
}

// TestControlNouns checks that the author of a decision or threat does the act in its
// "to" clause, that a threat of a coercive act is a threat, and that plans and refusals
// leave the act undone.
func TestControlNouns(t *testing.T) {
	runNounCases(t, []nounCase{
		{"decision", "Britain's decision to expel Russian diplomats angered Moscow.",
			[]string{"Britain", "Russian", "Moscow"}, []string{"Britain EXPELS Russian"}},
		{"move", "Moscow's move to expel British diplomats followed within days.",
			[]string{"Moscow", "British"}, []string{"Moscow EXPELS British"}},
		{"threat", "China's threat to cut ties with Lithuania was criticised.",
			[]string{"China", "Lithuania"}, []string{"China THREATENS Lithuania"}},
		{"refusal", "Russia's refusal to recognise Kosovo is well known.",
			[]string{"Russia", "Kosovo"}, nil},
		{"plan", "Iran's plan to attack Israel was foiled.",
			[]string{"Iran", "Israel"}, nil},
		{"a pledge made in talks", "The deal includes pledges made by Chile in talks with Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile MEETS Peru"}},
		{"no author", "Serbia criticised the decision to recognise Kosovo.",
			[]string{"Serbia", "Kosovo"}, nil},
	})
}

// TestLikelyBehind checks that a speaker who finds it likely that another was behind
// something accuses it, also when the speaker is a statement's author.
func TestLikelyBehind(t *testing.T) {
	runNounCases(t, []nounCase{
		{"statement saying it is likely", "The leaders of Poland and Latvia released a statement condemning the attack and saying it is highly likely Belarus was behind it.",
			[]string{"Poland", "Latvia", "Belarus"}, []string{"Poland ACCUSES Belarus", "Latvia ACCUSES Belarus"}},
		{"said it was clear", "Canada said it was clear that Iran was behind the attack.",
			[]string{"Canada", "Iran"}, []string{"Canada ACCUSES Iran"}},
		{"not likely", "Canada said it was not likely that Iran was behind the attack.",
			[]string{"Canada", "Iran"}, nil},
	})
}

// TestMilitaryOperation checks that a military operation or a bombardment is an attack on
// the one it is against, and that an operation without an actor against it is none.
func TestMilitaryOperation(t *testing.T) {
	runNounCases(t, []nounCase{
		{"possessor's operation against", "Kenya's operation against al-Shabaab entered its third week.",
			[]string{"Kenya", "al-Shabaab"}, []string{"Kenya ATTACKS al-Shabaab"}},
		{"launched an operation against", "Nigeria launched a military operation against Boko Haram on Friday.",
			[]string{"Nigeria", "Boko Haram"}, []string{"Nigeria ATTACKS Boko Haram"}},
		{"adjective author", "The Turkish operation against the PKK drew criticism from Sweden.",
			[]string{"Turkish", "PKK", "Sweden"}, []string{"Turkish ATTACKS PKK", "Sweden CONDEMNS Turkish"}},
		{"bombardment of", "Chad's bombardment of the rebels' positions angered Sudan.",
			[]string{"Chad", "Sudan"}, nil},
		{"bombardment of an actor", "Observers blamed Ethiopia's bombardment of Tigray for the exodus.",
			[]string{"Ethiopia", "Tigray"}, []string{"Ethiopia ATTACKS Tigray"}},
		{"an operation on the border names no target", "Mali's operation on the border with Niger ended.",
			[]string{"Mali", "Niger"}, nil},
		{"an operation with a partner is no attack on it", "Ghana's joint operation with Togo seized weapons.",
			[]string{"Ghana", "Togo"}, []string{"Ghana COOPERATES_WITH Togo"}},
		{"an operation halted", "Iraq halted its operation against the Islamic State.",
			[]string{"Iraq", "Islamic State"}, nil},
		{"an operation only considered", "Turkey may launch an operation against the YPG.",
			[]string{"Turkey", "YPG"}, nil},
	})
}

// TestRefusedAuthor checks that rejecting an actor's proposal, demand or aid rejects that
// actor, and denying its charges denies it; and that a noun with no author, one's own
// plan or a noun that is no proposal relates nobody.
func TestRefusedAuthor(t *testing.T) {
	runNounCases(t, []nounCase{
		{"possessor's offer", "Iran rejected Saudi Arabia's offer of talks.",
			[]string{"Iran", "Saudi Arabia"}, []string{"Iran REJECTS Saudi Arabia"}},
		{"proposal by", "Peru rejected the proposal by Chile on fishing rights.",
			[]string{"Peru", "Chile"}, []string{"Peru REJECTS Chile"}},
		{"aid from", "Eritrea rejected aid from Sweden after the floods.",
			[]string{"Eritrea", "Sweden"}, []string{"Eritrea REJECTS Sweden"}},
		{"the rejection of a plan", "Jordan's rejection of the Israeli plan surprised nobody.",
			[]string{"Jordan", "Israeli"}, []string{"Jordan REJECTS Israeli"}},
		{"charges made by", "Cuba denied the accusations made by the United States.",
			[]string{"Cuba", "United States"}, []string{"Cuba DENIES United States"}},
		{"claims dismissed", "Peru dismissed Chile's claims about the border.",
			[]string{"Peru", "Chile"}, []string{"Peru DENIES Chile"}},
		{"an agent inside the claim's content", "Chad denied the allegations that it was paid by Libya.",
			[]string{"Chad", "Libya"}, nil},
		{"a request from", "Japan rejected a request from Russia to hold talks.",
			// the request was made: a demand on the one who rejects it
			[]string{"Japan", "Russia"}, []string{"Japan REJECTS Russia", "Russia DEMANDS Japan"}},
		{"a plan with no author", "Peru rejected the plan, Chile said.",
			[]string{"Peru", "Chile"}, nil},
		{"one's own plan", "Peru and Chile rejected their own plan.",
			[]string{"Peru", "Chile"}, nil},
		{"a noun that is no proposal", "Peru rejected Chile's version of history.",
			[]string{"Peru", "Chile"}, nil},
		{"a plan about an actor", "Peru rejected a plan for Chile.",
			[]string{"Peru", "Chile"}, nil},
		{"a rejection not made", "Peru may reject Chile's proposal.",
			[]string{"Peru", "Chile"}, nil},
	})
}

// TestSetOffRelative checks that the main verb after a relative clause set off by commas
// ("X, which ..., condemned Y") takes the opening phrase as its subject, and that a
// clause with its own subject keeps it.
func TestSetOffRelative(t *testing.T) {
	runNounCases(t, []nounCase{
		{"which", "Egypt, which has long backed Sudan, criticised Ethiopia.",
			[]string{"Egypt", "Sudan", "Ethiopia"}, []string{"Egypt SUPPORTS Sudan", "Egypt CONDEMNS Ethiopia"}},
		{"whose", "Turkey, whose troops entered Syria in 2016, attacked the YPG.",
			[]string{"Turkey", "Syria", "YPG"}, []string{"Turkey ATTACKS YPG"}},
		{"who", "Lavrov, who met Kerry in Geneva, accused Ukraine of violating the truce.",
			[]string{"Lavrov", "Kerry", "Ukraine"}, []string{"Lavrov MEETS Kerry", "Lavrov ACCUSES Ukraine"}},
		{"a copula in the relative clause", "Mr. Lavrov, who has been under pressure at home, directly accused Ukraine of violating the truce.",
			[]string{"Lavrov", "Ukraine"}, []string{"Lavrov ACCUSES Ukraine"}},
		{"an adjective the parser made the head", "Democratic Senator Ted Cruz, who sits on the committee, accused Iran of lying.",
			[]string{"Ted Cruz", "Iran"}, []string{"Ted Cruz ACCUSES Iran"}},
		{"an adjective the parser made the head, the name its conjunct", "Democratic Senator Ted Cruz, who chairs the committee, accused Iran of lying.",
			[]string{"Ted Cruz", "Iran"}, []string{"Ted Cruz ACCUSES Iran"}},
		{"the main verb has its own subject", "Chile, which hosted the talks, said Peru attacked Bolivia.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile ACCUSES Peru"}},
		{"a later clause is not the opening phrase's", "Chile, which hosted the talks, said Peru and Bolivia condemned Ecuador.",
			[]string{"Chile", "Peru", "Bolivia", "Ecuador"}, nil}, // a reported condemnation, and none by Chile
	})
}

// TestConditionalThreat checks that a hostile act threatened on a condition another must
// meet threatens that other, so does any act but quitting under "threaten", and that a
// condition on oneself or in the passive, quitting, a non-hostile act vowed, an act named
// against someone else or a threat not made relate nobody this way.
func TestConditionalThreat(t *testing.T) {
	runNounCases(t, []nounCase{
		{"threatened to attack if", "The Taliban threatened to attack the convoys if Kabul did not release its prisoners.",
			[]string{"Taliban", "Kabul"}, []string{"Taliban THREATENS Kabul"}},
		{"vowed to attack unless", "Hamas vowed to attack again unless Israel lifted the siege.",
			[]string{"Hamas", "Israel"}, []string{"Hamas THREATENS Israel"}},
		{"a condition on oneself", "Serbia threatened to expel the envoys if it lost the vote.",
			[]string{"Serbia"}, nil},
		{"an act that is no hostility", "Norway threatened to resign from the council if Sweden joined it.",
			[]string{"Norway", "Sweden"}, nil},
		{"no condition", "Chile has threatened to impose new sanctions.",
			[]string{"Chile"}, nil},
		{"a threat not made", "Ghana did not threaten to expel diplomats if Togo closed the border.",
			[]string{"Ghana", "Togo"}, nil},
		// with "threaten", any act held over another's conduct but quitting
		{"threatened to withhold aid if", "Canada threatened to withhold its aid if Peru did not fire the prosecutor.",
			[]string{"Canada", "Peru"}, []string{"Canada THREATENS Peru"}},
		{"threatened to withdraw unless", "Chile threatened to withdraw from the pact unless Peru and Bolivia agree to new terms.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile THREATENS Peru", "Chile THREATENS Bolivia"}},
		{"threatened on a day to counter", "Bolivia threatened on Saturday to counter Chile if Peru holds joint drills with Chile.",
			[]string{"Bolivia", "Chile", "Peru"}, []string{"Bolivia THREATENS Peru"}},
		{"a passive condition", "Canada threatened to withhold its aid unless the prosecutor was dismissed by Peru.",
			[]string{"Canada", "Peru"}, nil},
		{"any act, vowed", "Chile vowed to keep its embassy open if Peru reopened its own.",
			[]string{"Chile", "Peru"}, nil},
		{"any act, a threat not made", "Chile could threaten to leave the pact if Peru insists.",
			[]string{"Chile", "Peru"}, nil},
		// a consequence threatened or warned of: on a condition, or for someone
		{"warned of consequences if", "Peru warned of severe consequences if Chile moved troops to the border.",
			[]string{"Peru", "Chile"}, []string{"Peru THREATENS Chile"}},
		{"threatened punishment if", "Peru threatened severe punishment if Chile were found responsible.",
			[]string{"Peru", "Chile"}, []string{"Peru THREATENS Chile"}},
		{"warned of consequences for", "Peru warned of consequences for Chile.",
			[]string{"Peru", "Chile"}, []string{"Peru THREATENS Chile"}},
		{"consequences of harm", "Peru warned of dire economic consequences if Chile left the pact.",
			[]string{"Peru", "Chile"}, nil},
		{"consequences for no one", "Peru warned of consequences for the region.",
			[]string{"Peru"}, nil},
		{"consequences not warned of", "Peru did not warn of consequences if Chile moved troops.",
			[]string{"Peru", "Chile"}, nil},
	})
}

// TestGoodsTargets checks that sanctions and tariffs on a country's goods or firms
// target that country ("tariffs on Chinese goods"), and that goods of no named country,
// or a country that is no owner of the goods, give no target.
func TestGoodsTargets(t *testing.T) {
	runNounCases(t, []nounCase{
		{"imposed on a nationality's goods", "Chile imposed tariffs on Peruvian goods.",
			// the verb's frame and the noun's (its phrase hung on the verb)
			[]string{"Chile", "Peruvian"}, []string{"Chile SANCTIONS Peruvian", "Chile SANCTIONS Peruvian"}},
		{"a noun's target through the goods", "The Bolivian tariffs on Chilean wine took effect on Monday.",
			[]string{"Bolivian", "Chilean"}, []string{"Bolivian SANCTIONS Chilean"}},
		{"firms of a country", "Norway announced sanctions against Belarusian banks.",
			[]string{"Norway", "Belarusian"}, []string{"Norway SANCTIONS Belarusian"}},
		{"a name before the goods", "Mexico slapped tariffs on US imports.",
			[]string{"Mexico", "US"}, []string{"Mexico SANCTIONS US"}},
		{"threatened on goods", "Ghana threatened tariffs on Togolese imports.",
			[]string{"Ghana", "Togolese"}, []string{"Ghana THREATENS Togolese"}},
		{"people and firms coordinated", "Norway imposed sanctions on Belarusian citizens and firms.",
			[]string{"Norway", "Belarusian"}, []string{"Norway SANCTIONS Belarusian"}},
		{"threatened, the goods hung on the verb", "Chile has threatened tariffs on Peruvian goods.",
			[]string{"Chile", "Peruvian"}, []string{"Chile THREATENS Peruvian"}},
		{"threatened on a country hung on the verb", "Chile has also threatened automobile tariffs on Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile THREATENS Peru"}},
		{"tariffs raised", "Chile hiked tariffs on Peruvian imports on Friday.",
			[]string{"Chile", "Peruvian"}, []string{"Chile SANCTIONS Peruvian"}},
		{"duties raised", "Chile raised duties on Peruvian steel to 25 percent.",
			[]string{"Chile", "Peruvian"}, []string{"Chile SANCTIONS Peruvian"}},
		{"levies imposed", "Chile imposed levies on Peruvian goods.",
			[]string{"Chile", "Peruvian"}, []string{"Chile SANCTIONS Peruvian"}},
		// the goods hung on the rate of the noun's "of" phrase
		{"a rate's goods", "Chile imposed tariffs of 25% on Peruvian steel.",
			[]string{"Chile", "Peruvian"}, []string{"Chile SANCTIONS Peruvian"}},
		{"a rate's goods, threatened", "Boric threatened to impose tariffs of 45% on imported Peruvian goods.",
			[]string{"Boric", "Peruvian"}, []string{"Boric THREATENS Peruvian"}},
		{"a rate's country", "Chile imposed a levy of 10 percent on Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile SANCTIONS Peru"}},
		{"a rate's goods of no country", "Chile imposed tariffs of 25% on steel.",
			[]string{"Chile"}, nil},
		{"a rate's goods, lowered", "Chile lowered tariffs of 25% on Peruvian steel.",
			[]string{"Chile", "Peruvian"}, nil},
		// not: goods of no country, a country named in another phrase
		{"goods of no country", "Chile imposed tariffs on steel imports.",
			[]string{"Chile"}, nil},
		{"a country after the goods", "Chile imposed tariffs on goods shipped through Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"tariffs lowered", "Chile lowered tariffs on Peruvian goods.",
			[]string{"Chile", "Peruvian"}, nil},
		{"a duty of care", "Chile has a duty to protect Peruvian workers.",
			[]string{"Chile", "Peruvian"}, nil},
		{"a duty on no one", "The duty of Chile to Peru was clear.",
			[]string{"Chile", "Peru"}, nil},
		// not: sanctions on goods said to come, or denied
		{"said he would impose", "Rama said he would impose tariffs on Peruvian imports starting in June.",
			[]string{"Rama", "Peruvian"}, nil},
		{"said it will slap", "Chile said on Monday it will slap tariffs on Peruvian goods.",
			[]string{"Chile", "Peruvian"}, nil},
		{"has not imposed", "Chile has not imposed tariffs on Peruvian imports.",
			[]string{"Chile", "Peruvian"}, nil},
	})
}

// TestFormalProtest checks that representations or a protest lodged with an actor
// condemn it, and that a complaint lodged with a body does not condemn the body.
func TestFormalProtest(t *testing.T) {
	runNounCases(t, []nounCase{
		{"representations", "China lodged solemn representations with Japan over the visit.",
			[]string{"China", "Japan"}, []string{"China CONDEMNS Japan"}},
		{"a protest", "Hanoi lodged a protest with Beijing.",
			[]string{"Hanoi", "Beijing"}, []string{"Hanoi CONDEMNS Beijing"}},
		{"a complaint with a body", "Mexico lodged a complaint with the WTO.",
			[]string{"Mexico", "WTO"}, nil},
		{"an appeal", "Chile lodged an appeal with the court of Peru.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestReciprocalHave checks that who has a reciprocal act (a meeting, a call, a treaty,
// an alliance) with another takes part in it, that coordinated subjects of the verb that
// carries such a noun act on each other, and that "have" names no author of other nouns
// nor of a meeting to come.
func TestReciprocalHave(t *testing.T) {
	runNounCases(t, []nounCase{
		{"a treaty", "Cuba has an extradition treaty with Peru.",
			[]string{"Cuba", "Peru"}, []string{"Cuba SIGNS_AGREEMENT_WITH Peru"}},
		{"a meeting", "Rama had a good meeting with Lavrov today in Tirana.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"coordinated subjects", "The US and the UK have the greatest alliance the world has known.",
			[]string{"US", "UK"}, []string{"US COOPERATES_WITH UK"}},
		{"coordinated subjects of a support verb", "Chile and Peru announced an agreement on fishing rights.",
			[]string{"Chile", "Peru"}, []string{"Chile SIGNS_AGREEMENT_WITH Peru"}},
		{"each their own exercises", "Both Chile and Peru have carried out large military exercises this month.",
			[]string{"Chile", "Peru"}, nil},
		{"negated", "Senegal does not have an extradition treaty with Peru.",
			[]string{"Senegal", "Peru"}, nil},
		{"to come", "Chile will have a meeting with Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"going to", "Chile and Peru are going to have talks next week.",
			[]string{"Chile", "Peru"}, nil},
		{"going to, a verb", "Russia is going to expel British diplomats.",
			[]string{"Russia", "British"}, nil},
		{"support is the receiver's", "Maduro has the support of Turkey.",
			[]string{"Maduro", "Turkey"}, []string{"Turkey SUPPORTS Maduro"}},
		{"no reciprocal noun", "Chile has claims on Peru's coast.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestCircumstanceParties checks that the parties of the "between" or "among" phrase of a
// reciprocal noun in a circumstance of its clause took part in it, whatever the clause,
// and that a reciprocal noun elsewhere names none.
func TestCircumstanceParties(t *testing.T) {
	runNounCases(t, []nounCase{
		{"during talks", "The deal was struck during talks between Iran and Albania in Vienna.",
			[]string{"Iran", "Albania"}, []string{"Iran MEETS Albania"}},
		{"after a meeting", "Serbia left the bloc after a meeting between Iran and Albania.",
			[]string{"Serbia", "Iran", "Albania"}, []string{"Iran MEETS Albania"}},
		{"the subject is no party", "Serbia spoke after talks between Iran and Albania.",
			[]string{"Serbia", "Iran", "Albania"}, []string{"Iran MEETS Albania"}},
		{"at a summit among three", "Tirana was quiet at the summit among Iran, Serbia and Albania.",
			[]string{"Iran", "Serbia", "Albania"}, []string{"Iran MEETS Serbia", "Iran MEETS Albania", "Serbia MEETS Albania"}},
		{"an agreement", "Fighting stopped after an agreement between Iran and Albania.",
			[]string{"Iran", "Albania"}, []string{"Iran SIGNS_AGREEMENT_WITH Albania"}},
		{"ahead of a summit", "Serbia spoke ahead of a summit between Iran and Albania.",
			[]string{"Serbia", "Iran", "Albania"}, nil},
		{"before talks", "Serbia spoke before talks between Iran and Albania.",
			[]string{"Serbia", "Iran", "Albania"}, nil},
		{"a planned meeting", "Serbia spoke after a planned meeting between Iran and Albania.",
			[]string{"Serbia", "Iran", "Albania"}, nil},
	})
}

// TestCallAddressee checks that the one a person told, urged or invited in a phone call
// that names no party of its own was on the call, and that a call with its own party, a
// news conference, a verb that speaks of its object, a state and an undone act give none.
func TestCallAddressee(t *testing.T) {
	runNounCases(t, []nounCase{
		{"told in a phone call", "Rama told Lavrov in a phone call that the border would stay open.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"invited during a conversation", "Rama invited Lavrov to Tirana during a telephone conversation on Friday.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"the call opens the sentence", "In a call on Monday, Rama congratulated Lavrov on his victory.",
			// congratulating is support (CAMEO)
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov", "Rama SUPPORTS Lavrov"}},
		// not: another noun, a verb of what was said, a state, a call of its own party,
		// a modal act, a passive
		{"a news conference", "Rama urged Lavrov at a news conference to release the ship.",
			[]string{"Rama", "Lavrov"}, []string{"Rama DEMANDS Lavrov"}},
		{"praise names the topic", "Rama praised Lavrov in a phone call with reporters.",
			[]string{"Rama", "Lavrov"}, []string{"Rama SUPPORTS Lavrov"}},
		{"a state addressed", "Rama warned Serbia in a phone call that the border would close.",
			[]string{"Rama", "Serbia"}, []string{"Rama THREATENS Serbia"}},
		{"a modal act", "Rama may invite Lavrov to Tirana during a phone call next week.",
			[]string{"Rama", "Lavrov"}, nil},
	})
}

// TestOneSide checks that an official and the country they speak for are one side, and
// two officials of one country are two.
func TestOneSide(t *testing.T) {
	actors := []Actor{{ID: "Moon", Side: "South Korea"}, {ID: "South Korea"}, {ID: "Yoon", Side: "South Korea"}, {ID: "Kim"}}
	assert.True(t, oneSide(actors, []int{0, 1}))
	assert.True(t, oneSide(actors, []int{3, 1, 0}))
	assert.False(t, oneSide(actors, []int{0, 2}))
	assert.False(t, oneSide(actors, []int{0, 3}))
}

// TestProvokers checks that a coercive act given as the answer to another's act ("in
// response to", "in retaliation for", "over") targets that act's author, and not the
// victim of the act nor a place.
func TestProvokers(t *testing.T) {
	runNounCases(t, []nounCase{
		{"in response to", "The EU imposed tougher measures in response to Iran's nuclear test.",
			[]string{"EU", "Iran"}, []string{"EU SANCTIONS Iran"}},
		{"over", "Chile slapped sanctions over Peru's assault on Bolivia.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile SANCTIONS Peru", "Chile SANCTIONS Peru", "Peru ATTACKS Bolivia"}},
		{"in retaliation, the act beside it", "Chile launched strikes in retaliation for a Peruvian attack on its troops.",
			[]string{"Chile", "Peruvian"}, []string{"Chile ATTACKS Peruvian"}},
		{"by its agent", "Chile expelled the diplomats in response to a raid by Peru on its embassy.",
			[]string{"Chile", "Peru"}, []string{"Chile EXPELS Peru"}},
		{"the victim is no author", "Chile expelled diplomats in response to the poisoning of a Russian spy.",
			[]string{"Chile", "Russian"}, nil},
		{"a place", "Chile fired missiles over Japan.",
			[]string{"Chile", "Japan"}, nil},
		{"no coercive act", "Chile praised Peru's leaders in response to Bolivia's offer.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile SUPPORTS Peru"}},
	})
}

// TestMisattachedPhrases checks that a noun trigger's target phrase that the parser hung
// on the support verb carrying the noun, or on the noun of the trigger's own "by" phrase,
// is the noun's; that a noun with an author of its own takes no phrase of the verb; and
// that an adjective of a hypothetical act tagged as a noun still makes it hypothetical.
func TestMisattachedPhrases(t *testing.T) {
	runNounCases(t, []nounCase{
		{"on the support verb", "Chile conducted strikes on Peru overnight.",
			[]string{"Chile", "Peru"}, []string{"Chile ATTACKS Peru"}},
		{"on the author's phrase", "Sanctions by the EU against Belarus took effect.",
			[]string{"EU", "Belarus"}, []string{"EU SANCTIONS Belarus"}},
		{"a visit by, to", "A visit by Rama to Moscow ended the crisis.",
			[]string{"Rama", "Moscow"}, []string{"Rama MEETS Moscow"}},
		{"an appeal made", "Chile made an appeal to Peru on Monday.",
			[]string{"Chile", "Peru"}, []string{"Chile DEMANDS Peru"}},
		{"the noun's own author", "The crisis makes Chile's visit to Peru critical.",
			[]string{"Chile", "Peru"}, nil},
		{"a potential strike", "The potential strike by Chile against Peru worries Bolivia.",
			[]string{"Chile", "Peru", "Bolivia"}, nil},
	})
}

// TestClaimedAttacks checks that who claims an attack as their own (responsibility or
// credit for it, the attack itself, an agent of "claimed") did it, and that a claim
// negated, denied to be made or left undone names no one.
func TestClaimedAttacks(t *testing.T) {
	runNounCases(t, []nounCase{
		{"responsibility claimed", "Hezbollah claimed responsibility for the attack on Chile.",
			[]string{"Hezbollah", "Chile"}, []string{"Hezbollah ATTACKS Chile"}},
		{"responsibility claimed by", "Responsibility for the attack on Chile was claimed by Hezbollah.",
			[]string{"Hezbollah", "Chile"}, []string{"Hezbollah ATTACKS Chile"}},
		{"claimed the attack", "The Taliban claimed the attack on the Ugandan embassy.",
			[]string{"Taliban", "Ugandan"}, []string{"Taliban ATTACKS Ugandan"}},
		{"an attack claimed by", "Gunmen stormed a hotel in an attack on Peru claimed by Hezbollah.",
			[]string{"Peru", "Hezbollah"}, []string{"Hezbollah ATTACKS Peru"}},
		{"relative clause", "Chile condemned the air attacks on Peru, which were claimed by Hezbollah.",
			[]string{"Chile", "Peru", "Hezbollah"}, []string{"Hezbollah ATTACKS Peru"}},
		{"took responsibility, for on the verb", "Hezbollah took responsibility for the attack on Chile.",
			[]string{"Hezbollah", "Chile"}, []string{"Hezbollah ATTACKS Chile"}},
		{"accepted responsibility, for on the verb", "Hezbollah accepted responsibility for the bombing of the Ugandan embassy.",
			[]string{"Hezbollah", "Ugandan"}, []string{"Hezbollah ATTACKS Ugandan"}},
		{"took credit, for on the verb", "Hezbollah quickly took credit for the raid on Chile.",
			[]string{"Hezbollah", "Chile"}, []string{"Hezbollah ATTACKS Chile"}},
		{"responsibility not taken", "Hezbollah did not take responsibility for the attack on Chile.",
			[]string{"Hezbollah", "Chile"}, nil},
		{"responsibility for another thing", "Chile took responsibility for the security of Peru after the attack.",
			[]string{"Chile", "Peru"}, nil},
		{"not claimed", "Hezbollah has not claimed responsibility for the attack on Chile.",
			[]string{"Hezbollah", "Chile"}, nil},
		{"no claimer", "No group has claimed responsibility for the bombing of the Ugandan embassy.",
			[]string{"Ugandan"}, nil},
		{"short of claiming", "Hezbollah stopped short of claiming responsibility for the attack on Chile.",
			[]string{"Hezbollah", "Chile"}, nil},
	})
}

// TestInstrumentActs checks that a coercive act or aid named in the "with" phrase of an
// active verb is done by the verb's subject to its object, and that a "with" phrase that
// is a circumstance of its own, a passive verb or a modal names no such act.
func TestInstrumentActs(t *testing.T) {
	runNounCases(t, []nounCase{
		{"slapped with sanctions", "Chile slapped Peru with new sanctions.",
			[]string{"Chile", "Peru"}, []string{"Chile SANCTIONS Peru"}},
		{"pounded with airstrikes", "Russia pounded Ukraine with airstrikes.",
			[]string{"Russia", "Ukraine"}, []string{"Russia ATTACKS Ukraine"}},
		{"a relative clause's subject", "Chile, which has targeted Peru with sanctions, praised Bolivia.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile SANCTIONS Peru", "Chile SUPPORTS Bolivia"}},
		{"a circumstance", "Chile met Peru with sanctions looming.",
			[]string{"Chile", "Peru"}, []string{"Chile MEETS Peru"}},
		{"passive", "Peru was hit with sanctions by Chile.",
			[]string{"Peru", "Chile"}, nil},
		{"modal", "Chile may slap Peru with sanctions.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestActiveParticiples checks that the noun an active participle modifies does what the
// participle says, and that a gerund clause misattached to a noun, a participle set off
// by a comma and a noun in a prepositional phrase do not.
func TestActiveParticiples(t *testing.T) {
	runNounCases(t, []nounCase{
		{"the participle's noun", "Iranian forces attacking Iraq were seen on Monday.",
			[]string{"Iranian", "Iraq"}, []string{"Iranian ATTACKS Iraq"}},
		{"as an object", "Chile condemned Russian diplomats supporting Peru.",
			[]string{"Chile", "Russian", "Peru"}, []string{"Chile CONDEMNS Russian", "Russian SUPPORTS Peru"}},
		{"a gerund clause of an accusation", "Chile accused Iranian diplomats of supporting Peru.",
			[]string{"Chile", "Iranian", "Peru"}, []string{"Chile ACCUSES Iranian"}},
		{"a noun in a phrase", "Chile spoke about Russian diplomats supporting Peru.",
			[]string{"Chile", "Russian", "Peru"}, nil},
	})
}

// TestRelativeCarrier checks that a noun trigger that is the object of a support verb in
// a relative clause on it takes that clause's subject as its source, and the clause's
// target phrase as its target; a noun that is the clause's subject, and a clause that
// is modal, give none.
func TestRelativeCarrier(t *testing.T) {
	runNounCases(t, []nounCase{
		{"that ... imposed on", "Peru condemned the sanctions that Chile imposed on Bolivia in May.",
			[]string{"Peru", "Chile", "Bolivia"}, []string{"Chile SANCTIONS Bolivia"}},
		{"no relative pronoun", "Peru mocked the strikes Chile carried out against Bolivia.",
			[]string{"Peru", "Chile", "Bolivia"}, []string{"Chile ATTACKS Bolivia"}},
		{"the noun is the clause's subject", "The sanctions that hurt Bolivia were lifted by Chile.",
			[]string{"Bolivia", "Chile"}, nil},
		{"a modal clause", "Peru fears the sanctions that Chile may impose on Bolivia.",
			[]string{"Peru", "Chile", "Bolivia"}, nil},
	})
}

// TestAddressedAnother checks that coordinated subjects of a contact verb that names
// whom they addressed did not meet each other, while those with no one addressed did
// (a day the parser took for an object addresses no one).
func TestAddressedAnother(t *testing.T) {
	runNounCases(t, []nounCase{
		{"told him", "The leaders of Peru and Chile told him the deal was dead.",
			[]string{"Peru", "Chile"}, nil},
		{"told a news medium", "Peruvian and Chilean officials told Reuters that the talks went well.",
			[]string{"Peruvian", "Chilean"}, nil},
		{"spoke on a day", "Peru and Chile spoke Tuesday about the border.",
			[]string{"Peru", "Chile"}, []string{"Peru MEETS Chile"}},
		{"met with people", "Boric and Ruiz met with the lawmakers before the vote.",
			[]string{"Boric", "Ruiz"}, nil},
		{"met with agents", "Boric and Ruiz met with business leaders in Lima.",
			[]string{"Boric", "Ruiz"}, nil},
		{"met people", "Boric and Ruiz met business leaders in Lima.",
			[]string{"Boric", "Ruiz"}, nil},
		{"met with a delegation", "Chile and Peru met with a delegation of farmers on Monday.",
			[]string{"Chile", "Peru"}, nil},
		{"met in a place", "Boric and Ruiz met in Lima on Monday.",
			[]string{"Boric", "Ruiz"}, []string{"Boric MEETS Ruiz"}},
		{"met with each other", "Boric and Ruiz met with each other in Lima.",
			[]string{"Boric", "Ruiz"}, []string{"Boric MEETS Ruiz"}},
	})
}

// TestDemandedClause checks that a demand whose "that" clause names who is to act is a
// demand on that clause's subject, for verbs and nouns of demanding only, and that a
// clause joined by "nor" is negated.
func TestDemandedClause(t *testing.T) {
	runNounCases(t, []nounCase{
		{"demanded that", "Peru demanded that Chile release the fishermen.",
			[]string{"Peru", "Chile"}, []string{"Peru DEMANDS Chile"}},
		{"a demand that", "Peru repeated its demand that Chile pay compensation.",
			[]string{"Peru", "its", "Chile"}, []string{"Peru DEMANDS Chile"}},
		{"requested that", "Bolivia formally requested that the UN investigate the raid.",
			[]string{"Bolivia", "UN"}, []string{"Bolivia DEMANDS UN"}},
		{"told, not demanded", "Peru told reporters that Chile had withdrawn its troops.",
			[]string{"Peru", "Chile"}, nil},
		{"the speaker's own side", "Peru is demanding that we sign the deal, the minister said.",
			[]string{"Peru", "we"}, nil},
		{"a participle inherits no demander", "Bolivia wrote to Peru, requesting that Chile attend the talks.",
			[]string{"Bolivia", "Peru", "Chile"}, nil},
		{"nor", "Nor did Chile attack Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"neither ... nor", "Chile neither condemned nor sanctioned Peru.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestFlatNamePerson checks that a name the parser reads as one flat phrase with a group
// and a person in it ("Arizona GOP Sen. Lavrov") stands for the person, and that a
// flat phrase with one actor stands for it.
func TestFlatNamePerson(t *testing.T) {
	runNounCases(t, []nounCase{
		{"the person of a flat name", "Arizona GOP Sen. Lavrov, a hawkish member, blasted Rama.",
			[]string{"GOP", "Lavrov", "Rama"}, []string{"Lavrov CONDEMNS Rama"}},
		{"a flat name with one actor", "Mr Lavrov called on Rama on Sunday to resign.",
			[]string{"Lavrov", "Rama"}, []string{"Lavrov DEMANDS Rama"}},
	})
}

// TestJointConference checks that a news conference held with someone is a meeting with
// them, and that one held with reporters is none.
func TestJointConference(t *testing.T) {
	runNounCases(t, []nounCase{
		{"said at a news conference with", "Lavrov said at a joint news conference with Rama that talks would resume.",
			[]string{"Lavrov", "Rama"}, []string{"Lavrov MEETS Rama"}},
		{"speaking at a press conference with", "Rama, speaking at a press conference with Lavrov, praised the deal.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"with reporters", "Lavrov held a news conference with reporters in Tirana.",
			[]string{"Lavrov", "Tirana"}, nil},
	})
}

// TestJourneys checks that a person's journey to a country (an arrival too), and a meal,
// greeting or sitting down with someone, is a meeting, while a journey by a people, an
// armed group or a plane, a passive one, a journey to no actor, and one made for a
// gathering of others is none.
func TestJourneys(t *testing.T) {
	runNounCases(t, []nounCase{
		{"traveled to", "Lavrov traveled to Tirana on Monday.",
			[]string{"Lavrov", "Tirana"}, []string{"Lavrov MEETS Tirana"}},
		{"a trip by an actor that is no person", "During its trip to Albania, Lavrov met students.",
			[]string{"its", "Albania", "Lavrov"}, nil},
		{"dinner with", "Lavrov had dinner with Rama on Friday.",
			[]string{"Lavrov", "Rama"}, []string{"Lavrov MEETS Rama"}},
		{"greeted", "Lavrov greeted Rama at the airport.",
			[]string{"Lavrov", "Rama"}, []string{"Lavrov MEETS Rama"}},
		{"a people's journey", "Albanians traveled to Moscow in large numbers.",
			[]string{"Albanians", "Moscow"}, nil},
		{"flown to", "Five prisoners were flown to Albania.",
			[]string{"Albania"}, nil},
		// an arrival is a journey: a person's, to a gathering the place holds or to no gathering
		{"arrived in", "Lavrov arrived in Quito on Monday.",
			[]string{"Lavrov", "Quito"}, []string{"Lavrov MEETS Quito"}},
		{"a people's arrival", "Albanians arrived in Quito last week.",
			[]string{"Albanians", "Quito"}, nil},
		{"arrived for a summit of others", "Lavrov arrived in Quito for the summit of the Andean Pact.",
			[]string{"Lavrov", "Quito", "Andean Pact"}, nil},
		{"arrived for their summit", "Rama and Lavrov arrived in Quito for their summit.",
			[]string{"Rama", "Lavrov", "Quito"}, []string{"Rama MEETS Lavrov"}},
		{"arrived to attend a summit", "Lavrov arrived in Quito to attend the summit.",
			[]string{"Lavrov", "Quito"}, nil},
		{"flew for talks with another", "Lavrov flew to Quito for talks with Peru.",
			[]string{"Lavrov", "Quito", "Peru"}, []string{"Lavrov MEETS Peru"}},
		{"arrived for a state visit", "Lavrov arrived in Peru for a state visit.",
			[]string{"Lavrov", "Peru"}, []string{"Lavrov MEETS Peru"}},
		{"arrived for talks", "Lavrov arrived in Peru for talks.",
			[]string{"Lavrov", "Peru"}, []string{"Lavrov MEETS Peru"}},
	})
}

// TestLandings checks that a person's landing in a country is a visit to it, as an
// arrival is, while a landing by a missile or a plane, a landing to come, one at home, one
// in no actor and one made for a gathering of others is none.
func TestLandings(t *testing.T) {
	runNounCases(t, []nounCase{
		{"landed in", "Lavrov landed in Quito late on Tuesday.",
			[]string{"Lavrov", "Quito"}, []string{"Lavrov MEETS Quito"}},
		{"landed and headed for talks", "Lavrov landed in Peru and headed to the palace for talks with Rama.",
			[]string{"Lavrov", "Peru", "Rama"}, []string{"Lavrov MEETS Peru", "Lavrov MEETS Rama"}},
		{"a missile landed", "A Peruvian missile landed in Chile.",
			[]string{"Peruvian", "Chile"}, nil},
		{"jets landed", "Peruvian jets landed in Chile on Sunday.",
			[]string{"Peruvian", "Chile"}, nil},
		{"will land", "Lavrov will land in Quito on Monday.",
			[]string{"Lavrov", "Quito"}, nil},
		{"landed in trouble", "Lavrov landed in hot water over the remarks.",
			[]string{"Lavrov"}, nil},
		{"landed for a summit of others", "Lavrov landed in Quito for the summit of the Andean Pact.",
			[]string{"Lavrov", "Quito", "Andean Pact"}, nil},
	})
}

// TestRankedHolder checks that the to-infinitive of a noun ranked by an ordinal, a
// superlative or "only" is done by whom the noun stands for: the subject of the noun as a
// predicate or of the verb it completes, or the name it is apposed to; while a ranked
// noun in another place, "the last country to", and an act only tried name no one.
func TestRankedHolder(t *testing.T) {
	runNounCases(t, []nounCase{
		{"was the first to visit", "Lavrov was the first foreign minister to visit Quito since 1990.",
			[]string{"Lavrov", "Quito"}, []string{"Lavrov MEETS Quito"}},
		{"became the first to visit", "Lavrov became the first Russian leader to visit Quito.",
			[]string{"Lavrov", "Russian", "Quito"}, []string{"Lavrov MEETS Quito"}},
		{"apposed", "Lavrov, the first foreign minister to visit Quito, praised the talks.",
			[]string{"Lavrov", "Quito"}, []string{"Lavrov MEETS Quito"}},
		{"the only country to", "Chile was the only country to condemn Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"the last country to", "Chile is the last country to condemn Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"tried", "Lavrov was the first foreign minister to try to visit Quito.",
			[]string{"Lavrov", "Quito"}, nil},
		{"a ranked noun as a subject", "The first country to condemn Peru will be Chile.",
			[]string{"Peru", "Chile"}, nil},
	})
}

// TestContacts checks that someone's contacts or conversations with another are talks
// with them, while contacts with no named partner, contacts only planned, and contacts
// that are denied are none.
func TestContacts(t *testing.T) {
	runNounCases(t, []nounCase{
		{"his contacts with", "Rama lied about his contacts with Lavrov last year.",
			[]string{"Rama", "his", "Lavrov"}, []string{"his MEETS Lavrov"}},
		{"a conversation with", "In a telephone conversation with Rama on Monday, Lavrov raised the dispute.",
			[]string{"Rama", "Lavrov"}, []string{"Lavrov MEETS Rama"}},
		{"a possessor's conversations", "Rama's conversations with Lavrov went well.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"in contact with", "Rama has been in regular contact with Lavrov.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"no contact with", "Rama has had no contact with Lavrov.",
			[]string{"Rama", "Lavrov"}, nil},
		{"no partner", "Rama denied any improper contacts.",
			[]string{"Rama"}, nil},
		{"a conversation wanted", "Rama wants a conversation with Lavrov.",
			[]string{"Rama", "Lavrov"}, nil},
		{"contact lenses", "Rama bought contact lenses from Lavrov.",
			[]string{"Rama", "Lavrov"}, nil},
	})
}

// TestMeetingOccasions checks that other occasions of meeting someone are meetings with
// them (a breakfast, a supper, a sitdown, a photo op, an audience, a video conference; huddling, parleying
// or visiting with someone), while such occasions cancelled, hoped for or without a
// partner, and the other senses of the words, are none.
func TestMeetingOccasions(t *testing.T) {
	runNounCases(t, []nounCase{
		{"a breakfast with", "Ruiz criticised Peru during a working breakfast with Boric.",
			[]string{"Ruiz", "Peru", "Boric"}, []string{"Ruiz CONDEMNS Peru", "Ruiz MEETS Boric"}},
		{"a supper with", "Ruiz raised the dispute at a supper with Boric.",
			[]string{"Ruiz", "Boric"}, []string{"Ruiz MEETS Boric"}},
		{"a sitdown with", "Ruiz had a formal sitdown with Boric on Friday.",
			[]string{"Ruiz", "Boric"}, []string{"Ruiz MEETS Boric"}},
		{"a photo op with", "Ruiz struck a softer tone during a photo op with Boric.",
			[]string{"Ruiz", "Boric"}, []string{"Ruiz MEETS Boric"}},
		{"an audience with", "Ruiz had a private audience with Boric on Friday.",
			[]string{"Ruiz", "Boric"}, []string{"Ruiz MEETS Boric"}},
		{"a videoconference with", "Ruiz held a videoconference with Boric on Monday.",
			[]string{"Ruiz", "Boric"}, []string{"Ruiz MEETS Boric"}},
		{"huddled with", "Ruiz huddled with Boric on Tuesday evening.",
			[]string{"Ruiz", "Boric"}, []string{"Ruiz MEETS Boric"}},
		{"parlaying with", "Ruiz had been parlaying with Boric for months.",
			[]string{"Ruiz", "Boric"}, []string{"Ruiz MEETS Boric"}},
		{"visits with", "In Santiago, Ruiz visits with Boric.",
			[]string{"Santiago", "Ruiz", "Boric"}, []string{"Ruiz MEETS Boric"}},
		{"a photo opportunity cancelled", "Ruiz canceled a photo opportunity with Boric.",
			[]string{"Ruiz", "Boric"}, nil},
		{"a breakfast hoped for", "Ruiz hopes to have breakfast with Boric.",
			[]string{"Ruiz", "Boric"}, nil},
		{"a huddle to come", "Ruiz will huddle with Boric next week.",
			[]string{"Ruiz", "Boric"}, nil},
		{"an audience of listeners", "Ruiz spoke to a large audience in Chile.",
			[]string{"Ruiz", "Chile"}, nil},
		{"visited with no actor", "Ruiz visited with relatives in Chile.",
			[]string{"Ruiz", "Chile"}, nil},
		{"an opportunity", "Ruiz saw an opportunity with Boric.",
			[]string{"Ruiz", "Boric"}, nil},
	})
}

// TestUnknownVerbForms checks that a trigger verb's past or -ing form that the
// lemmatiser does not know ("derided" as "derid", "re-imposed") is still read as the trigger, with
// the same judgement of negation and arguments.
func TestUnknownVerbForms(t *testing.T) {
	runNounCases(t, []nounCase{
		{"derided", "Rama derided Lavrov as a coward.",
			[]string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"chided", "Rama chided Lavrov for the delay.",
			[]string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"rebuked", "Rama sharply rebuked Lavrov on Monday.",
			[]string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"implored", "Rama implored Lavrov to end the blockade.",
			[]string{"Rama", "Lavrov"}, []string{"Rama DEMANDS Lavrov"}},
		{"telephoned", "Rama telephoned Lavrov on Friday.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"chiding", "Rama has been chiding Lavrov for weeks.",
			[]string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"negated", "Rama has never chided Lavrov.",
			[]string{"Rama", "Lavrov"}, nil},
		{"no actor chided", "Rama chided the reporters.",
			[]string{"Rama"}, nil},
		{"re- written with a hyphen", "Chile re-imposed sanctions on Peru in May.",
			[]string{"Chile", "Peru"}, []string{"Chile SANCTIONS Peru", "Chile SANCTIONS Peru"}}, // the verb and its noun
		{"re- with a hyphen, its base form", "Chile decided to re-impose sanctions on Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile SANCTIONS Peru"}},
		{"re- with a hyphen, modal", "Chile could re-impose sanctions on Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"re- with a hyphen, no trigger", "Chile re-imposed border checks near Peru.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestVerbalAttacks checks that mocking, taunting or insulting someone is condemning
// them, and that mocking an idea, or mocking that is negated, condemns no one.
func TestVerbalAttacks(t *testing.T) {
	runNounCases(t, []nounCase{
		{"mocked", "Rama mocked Lavrov for his speech.",
			[]string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"taunted", "Rama taunted Lavrov as a coward.",
			[]string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"insulted", "Rama insulted Lavrov at the summit.",
			[]string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"an idea mocked", "Rama mocked the idea of a new tax.",
			[]string{"Rama"}, nil},
		{"negated", "Rama did not insult Lavrov.",
			[]string{"Rama", "Lavrov"}, nil},
	})
}

// TestSummoned checks that summoning someone is meeting them, and that a summons only
// threatened or denied is none.
func TestSummoned(t *testing.T) {
	runNounCases(t, []nounCase{
		{"summoned", "Rama summoned Lavrov on Tuesday.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"summoned for talks", "Rama summoned Lavrov for talks on the border.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"may summon", "Rama may summon Lavrov next week.",
			[]string{"Rama", "Lavrov"}, nil},
		{"not summoned", "Rama has not summoned Lavrov.",
			[]string{"Rama", "Lavrov"}, nil},
	})
}

// TestLobbying checks that lobbying someone or pleading with them is a demand on them,
// while lobbying for a cause names no one and a plea only hoped for is none.
func TestLobbying(t *testing.T) {
	runNounCases(t, []nounCase{
		{"lobbied", "Rama lobbied Lavrov to lift the ban.",
			[]string{"Rama", "Lavrov"}, []string{"Rama DEMANDS Lavrov"}},
		{"pleaded with", "Rama pleaded with Lavrov to reopen the border.",
			[]string{"Rama", "Lavrov"}, []string{"Rama DEMANDS Lavrov"}},
		{"lobbying for a cause", "Rama has been lobbying for a new port in Durres.",
			[]string{"Rama"}, nil},
		{"a plea not made", "Rama refused to plead with Lavrov.",
			[]string{"Rama", "Lavrov"}, nil},
	})
}

// TestAlliesNamed checks that allies named as examples ("like") cooperate with the
// noun's owner, while allies no one names, and an alliance denied, are none.
func TestAlliesNamed(t *testing.T) {
	runNounCases(t, []nounCase{
		{"allies like", "Russian allies like Albania stayed silent.",
			[]string{"Russian", "Albania"}, []string{"Russian COOPERATES_WITH Albania"}},
		{"allies like, a possessor", "Russia's allies like Albania were silent.",
			[]string{"Russia", "Albania"}, []string{"Russia COOPERATES_WITH Albania"}},
		{"allies unnamed", "Russia and its allies stayed silent.",
			[]string{"Russia", "its"}, nil},
		{"never an ally", "Albania was never an ally of Russia.",
			[]string{"Albania", "Russia"}, nil},
	})
}

// TestTeamUp checks that teaming up with someone is cooperating with them, and that a
// team-up only planned is none.
func TestTeamUp(t *testing.T) {
	runNounCases(t, []nounCase{
		{"teamed up with", "Rama teamed up with Lavrov to block the vote.",
			[]string{"Rama", "Lavrov"}, []string{"Rama COOPERATES_WITH Lavrov"}},
		{"a team-up refused", "Rama refused to team up with Lavrov.",
			[]string{"Rama", "Lavrov"}, nil},
	})
}

// TestMoreSupportVerbs checks that "pay", "level", "hurl", "put", "resume", "open" and
// "enter" carry their object noun's act as its subject's ("paid a visit to", "levelled
// accusations against", "resumed talks with"), with the usual judgement of the act.
func TestMoreSupportVerbs(t *testing.T) {
	runNounCases(t, []nounCase{
		{"paid a visit", "Rama paid a surprise visit to Lavrov on Monday.",
			[]string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"levelled accusations", "Rama levelled accusations against Lavrov.",
			[]string{"Rama", "Lavrov"}, []string{"Rama ACCUSES Lavrov"}},
		{"resumed talks", "Rama resumed talks with Lavrov in Tirana.",
			[]string{"Rama", "Lavrov", "Tirana"}, []string{"Rama MEETS Lavrov"}},
		{"a visit to be paid", "Rama will pay a visit to Lavrov next year.",
			[]string{"Rama", "Lavrov"}, nil},
		{"blame put on no actor", "Rama put the blame on the weather.",
			[]string{"Rama"}, nil},
	})
}

// TestPlacingSupportVerbs checks that "lay", "place" and "pin" carry their object noun's
// act as its subject's as "put" does ("laid the blame on", "placed sanctions on"), and
// that blame laid on no actor, or only to be laid, accuses no one.
func TestPlacingSupportVerbs(t *testing.T) {
	runNounCases(t, []nounCase{
		{"blame laid", "Rama laid the blame squarely on Lavrov.",
			[]string{"Rama", "Lavrov"}, []string{"Rama ACCUSES Lavrov"}},
		{"blame placed", "Rama placed the blame on Lavrov for the attack.",
			[]string{"Rama", "Lavrov"}, []string{"Rama ACCUSES Lavrov"}},
		{"blame pinned", "Rama is pinning the blame directly on Lavrov.",
			[]string{"Rama", "Lavrov"}, []string{"Rama ACCUSES Lavrov"}},
		{"sanctions placed", "Albania placed sanctions on Russia.",
			[]string{"Albania", "Russia"}, []string{"Albania SANCTIONS Russia"}},
		// must not fire
		{"blame laid on no actor", "Rama laid the blame on the weather.",
			[]string{"Rama"}, nil},
		{"blame to be laid", "Rama may lay the blame on Lavrov.",
			[]string{"Rama", "Lavrov"}, nil},
		{"hopes pinned", "Rama pinned his hopes on Lavrov.",
			[]string{"Rama", "Lavrov"}, nil},
	})
}

// TestWelcomedAuthor checks that welcoming or praising someone's act (a decision, a
// move, a step, efforts: their possessor, nationality adjective or "by" phrase)
// supports its author; and that an act with no author, one's own side's act, an
// unresolved pronoun, another noun, and a welcome negated or not made relate nobody.
func TestWelcomedAuthor(t *testing.T) {
	runNounCases(t, []nounCase{
		{"possessor's decision", "Chile welcomed Peru's decision to reopen the border.",
			[]string{"Chile", "Peru"}, []string{"Chile SUPPORTS Peru"}},
		{"a step by", "Norway praised the step by Ghana to free the journalists.",
			[]string{"Norway", "Ghana"}, []string{"Norway SUPPORTS Ghana"}},
		{"efforts", "Oman applauded Kuwait's efforts to mediate in the dispute.",
			[]string{"Oman", "Kuwait"}, []string{"Oman SUPPORTS Kuwait"}},
		{"a nationality adjective", "Chile hailed the Peruvian move to cut tariffs.",
			[]string{"Chile", "Peruvian"}, []string{"Chile SUPPORTS Peruvian"}},
		{"an announcement endorsed", "Kenya endorsed Uganda's announcement of a ceasefire.",
			[]string{"Kenya", "Uganda"}, []string{"Kenya SUPPORTS Uganda"}},
		{"a decision taken by", "Chile welcomed the decision taken by Peru to reopen the border.",
			[]string{"Chile", "Peru"}, []string{"Chile SUPPORTS Peru"}},
		{"a participle that does not make the act", "Chile welcomed the decision reported by Peru on Monday.",
			[]string{"Chile", "Peru"}, nil},
		{"a decision with no author", "Chile welcomed the decision to reopen the border.",
			[]string{"Chile"}, nil},
		{"one's own decision", "Peru and Chile welcomed their own decision to reopen the border.",
			[]string{"Peru", "Chile"}, nil},
		{"a noun that is no act", "Chile praised Peru's cuisine at the fair.",
			[]string{"Chile", "Peru"}, nil},
		{"an unresolved pronoun", "Chile welcomed his decision to reopen the border.",
			[]string{"Chile"}, nil},
		{"a welcome negated", "Chile did not welcome Peru's decision to close the border.",
			[]string{"Chile", "Peru"}, nil},
		{"a welcome not made", "Chile could welcome Peru's decision to reopen the border.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestWelcomedAuthorSides checks that a pronoun the article resolved names the act's
// author, that an official welcoming their own state's decision supports nobody, and
// that a chairman named after their committee's name is the one who welcomes.
func TestWelcomedAuthorSides(t *testing.T) {
	runActorCases(t, []actorCase{
		{"a resolved pronoun", "Chile welcomed his decision to reopen the border.",
			func(s string) []Actor {
				return []Actor{span(t, s, "Chile", Actor{ID: "Chile"}), span(t, s, "his", Actor{ID: "Rama", Person: true})}
			}, []string{"Chile SUPPORTS Rama"}},
		{"an official and their own state's decision", "Rama welcomed Albania's decision to reopen the border.",
			func(s string) []Actor {
				return []Actor{span(t, s, "Rama", Actor{ID: "Rama", Person: true, Side: "Albania"}), span(t, s, "Albania", Actor{ID: "Albania"})}
			}, nil},
		{"an official and another state's decision", "Rama welcomed Greece's decision to reopen the border.",
			func(s string) []Actor {
				return []Actor{span(t, s, "Rama", Actor{ID: "Rama", Person: true, Side: "Albania"}), span(t, s, "Greece", Actor{ID: "Greece"})}
			}, []string{"Rama SUPPORTS Greece"}},
		{"a committee's chairman named after it", "House Foreign Affairs Committee Chairman Ed Royce applauded Greece's move.",
			func(s string) []Actor {
				return []Actor{span(t, s, "House Foreign Affairs Committee", Actor{ID: "Committee"}),
					span(t, s, "Chairman Ed Royce", Actor{ID: "Royce", Person: true}), span(t, s, "Greece", Actor{ID: "Greece"})}
			}, []string{"Royce SUPPORTS Greece"}},
	})
}

// actorCase is a sentence whose actors a test gives whole (their spans, persons and
// sides), with the relations the frames must state.
type actorCase struct {
	name, text string
	actors     func(text string) []Actor
	want       []string
}

// span returns actor a placed on the first occurrence of form in text.
func span(t *testing.T, text, form string, a Actor) Actor {
	t.Helper()
	i := strings.Index(text, form)
	require.GreaterOrEqual(t, i, 0, "%q not in %q", form, text)
	a.Start, a.End = i, i+len(form)
	return a
}

// castOf returns a builder of a case's actors: each name placed on its first occurrence
// in the text with its role in roles (its ID the name unless the role gives another),
// and a name without a role a state.
func castOf(t *testing.T, roles map[string]Actor) func(names ...string) func(string) []Actor {
	return func(names ...string) func(string) []Actor {
		return func(text string) []Actor {
			var out []Actor
			for _, n := range names {
				a, ok := roles[n]
				if !ok {
					a = Actor{State: true}
				}
				if a.ID == "" {
					a.ID = n
				}
				out = append(out, span(t, text, n, a))
			}
			return out
		}
	}
}

// runActorCases parses each case's sentence, matches it with the case's actors and
// checks the relations stated.
func runActorCases(t *testing.T, tests []actorCase) {
	t.Helper()
	lex, err := Default()
	require.NoError(t, err)
	sm, err := syntax.Default()
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			actors := tt.actors(tt.text)
			sents := sm.Sentences(tt.text)
			require.Len(t, sents, 1)
			Analyze(sm, sents[0].Words, actors)
			var got []string
			for _, m := range NewMatcher(lex, agencyOf).Match(&sents[0], actors) {
				if m.Blocked == "" {
					got = append(got, actors[m.Source].ID+" "+string(m.Type)+" "+actors[m.Target].ID)
				}
			}
			assert.ElementsMatch(t, tt.want, got)
		})
	}
}

// TestActOnItsObject checks that a noun of an act done to a thing it names in its "of"
// phrase ("the severing of ties", "the lifting of sanctions") reaches the actor of the
// phrase the parser hung on that thing ("ties with Chile", "sanctions on Chile"), and
// that a noun naming no such act, or an act not done, states nothing.
func TestActOnItsObject(t *testing.T) {
	runNounCases(t, []nounCase{
		{"severing of ties", "Peru's severing of ties with Chile came in May.",
			[]string{"Peru", "Chile"}, []string{"Peru SEVERS_TIES_WITH Chile"}},
		{"suspension of relations", "Peru's suspension of diplomatic relations with Chile was a shock.",
			[]string{"Peru", "Chile"}, []string{"Peru SEVERS_TIES_WITH Chile"}},
		{"restoration of ties", "Chile's restoration of ties with Peru came in May.",
			[]string{"Chile", "Peru"}, []string{"Chile RESTORES_TIES_WITH Peru"}},
		{"re-establishment of relations under a support verb", "Bolivia announced the re-establishment of relations with Chile.",
			[]string{"Bolivia", "Chile"}, []string{"Bolivia RESTORES_TIES_WITH Chile"}},
		{"normalization of relations", "Peru's normalization of relations with Bolivia took two years.",
			[]string{"Peru", "Bolivia"}, []string{"Peru RESTORES_TIES_WITH Bolivia"}},
		{"lifting of sanctions", "Peru's lifting of sanctions on Chile came in May.",
			[]string{"Peru", "Chile"}, []string{"Peru LIFTS_SANCTIONS Chile"}},
		{"removal of sanctions", "The Andean Pact's removal of sanctions against Bolivia came in May.",
			[]string{"Andean Pact", "Bolivia"}, []string{"Andean Pact LIFTS_SANCTIONS Bolivia"}},
		{"imposition of tariffs", "Chile's imposition of tariffs on Peru came in May.",
			[]string{"Chile", "Peru"}, []string{"Chile SANCTIONS Peru"}},
		{"a lifting opposed is not done", "Senator Ruiz opposed the lifting of sanctions on Chile.",
			[]string{"Senator Ruiz", "Chile"}, nil},
		{"a lifting in exchange is not done", "Peru may free the crew in exchange for the lifting of sanctions on Peru by Chile.",
			[]string{"Peru", "Chile"}, nil},
		{"a restoration hoped for", "Peru hopes for a restoration of ties with Chile.",
			[]string{"Peru", "Chile"}, nil},
		{"an other noun's phrase is its own", "Peru's criticism of the deal with Chile was sharp.",
			[]string{"Peru", "Chile"}, nil},
		{"a history of ties", "Peru's history of ties with Chile is long.",
			[]string{"Peru", "Chile"}, nil},
	})
}

// TestArmsTransferNouns checks that a sale, shipment, transfer or supply of arms named in
// its "of" phrase aids the actor of the "to" phrase on the arms, by the noun's possessor or
// the subject of its support verb, and that other goods, or a sale not done, aid no one.
func TestArmsTransferNouns(t *testing.T) {
	runNounCases(t, []nounCase{
		{"sales resumed", "Chile resumed sales of fighter jets to Peru last year.",
			[]string{"Chile", "Peru"}, []string{"Chile AIDS Peru"}},
		{"a shipment by its possessor", "Chile's shipment of missiles to the Shining Path angered Lima.",
			[]string{"Chile", "Shining Path"}, []string{"Chile AIDS Shining Path"}},
		{"a transfer of arms", "Bolivia's transfer of arms to the Shining Path began in May.",
			[]string{"Bolivia", "Shining Path"}, []string{"Bolivia AIDS Shining Path"}},
		{"deliveries of tanks started", "Chile started deliveries of tanks to Peru in May.",
			[]string{"Chile", "Peru"}, []string{"Chile AIDS Peru"}},
		{"batteries sold", "Chile decided to resume sales of air defence batteries to Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile AIDS Peru"}},
		{"goods are no arms", "Chile resumed sales of copper to Peru last year.",
			[]string{"Chile", "Peru"}, nil},
		{"a sale not resumed", "Chile will not resume sales of weapons to Peru.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestVisitsFrom checks that a visit takes its visitor from its "from" phrase, and that
// visits received from actors are hosted by the receiver, while a visit only awaited, or
// one received from no actor, states nothing.
func TestVisitsFrom(t *testing.T) {
	runNounCases(t, []nounCase{
		{"visits received", "Peru has received a flurry of visits from Chile and Bolivia.",
			[]string{"Peru", "Chile", "Bolivia"}, []string{"Peru HOSTS Chile", "Peru HOSTS Bolivia"}},
		{"a visit received", "Bolivia received a visit from President Boric on Monday.",
			[]string{"Bolivia", "President Boric"}, []string{"Bolivia HOSTS President Boric"}},
		{"a visit from, to a place", "A visit from President Boric to Peru ended on Monday.",
			[]string{"President Boric", "Peru"}, []string{"President Boric MEETS Peru"}},
		{"a visit awaited", "Peru is preparing for a visit from President Boric.",
			[]string{"Peru", "President Boric"}, nil},
		{"visitors of no actor", "Peru received visits from tourists.",
			[]string{"Peru"}, nil},
	})
}

// TestLightVerbsOfMaking checks that a noun act made, concluded or set going by a verb
// ("forged an alliance with", "concluded talks with", "undertook strikes against") is
// the verb's subject's, and that one the subject only seeks or will make is not done.
func TestLightVerbsOfMaking(t *testing.T) {
	runNounCases(t, []nounCase{
		{"forged an alliance", "Chile forged an alliance with Peru in 1990.",
			[]string{"Chile", "Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"formed an alliance", "The Shining Path formed an alliance with Bolivia.",
			[]string{"Shining Path", "Bolivia"}, []string{"Shining Path COOPERATES_WITH Bolivia"}},
		{"built an alliance", "Chile built an alliance with Peru last year.",
			[]string{"Chile", "Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"concluded talks", "Chile concluded talks with Peru on Monday.",
			[]string{"Chile", "Peru"}, []string{"Chile MEETS Peru"}},
		{"hammered out an agreement", "Chile hammered out an agreement with Peru on Monday.",
			[]string{"Chile", "Peru"}, []string{"Chile SIGNS_AGREEMENT_WITH Peru"}},
		{"undertook strikes", "Peru undertook new airstrikes against the Shining Path on Monday.",
			[]string{"Peru", "Shining Path"}, []string{"Peru ATTACKS Shining Path"}},
		{"initiated strikes", "Peru initiated airstrikes against the Shining Path in May.",
			[]string{"Peru", "Shining Path"}, []string{"Peru ATTACKS Shining Path"}},
		{"an alliance sought", "Chile is seeking to build an alliance with Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"a second infinitive of a verb of seeking", "Boric sought to negotiate directly with Bolivia on trade, and to forge new defense partnerships with Peru and Ecuador.",
			[]string{"Boric", "Bolivia", "Peru", "Ecuador"}, nil},
		{"talks still to conclude", "Chile will conclude talks with Peru on Monday.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestActJudged checks that an act named by a noun that a verdict verb judges ("called
// Peru's deal with Bolivia a disaster") is there to be judged, where the same verb
// calling for an act or convening a meeting leaves it undone.
func TestActJudged(t *testing.T) {
	runNounCases(t, []nounCase{
		{"a deal called a disaster", "Chile called Peru's deal with Bolivia a disaster.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Peru SIGNS_AGREEMENT_WITH Bolivia", "Chile CONDEMNS Peru"}},
		{"sanctions called a crime", "Chile called Peru's sanctions on Bolivia a crime.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile CONDEMNS Peru", "Peru SANCTIONS Bolivia"}},
		{"sanctions considered as an act of war", "Bolivia considers Chile's sanctions on Peru as an act of war.",
			[]string{"Bolivia", "Chile", "Peru"}, []string{"Chile SANCTIONS Peru"}},
		{"sanctions called for", "Chile called for sanctions on Bolivia.",
			[]string{"Chile", "Bolivia"}, nil},
		{"a possible deal judged", "Chile called a possible deal between Peru and Bolivia a disaster.",
			[]string{"Chile", "Peru", "Bolivia"}, nil},
		{"a meeting convened", "Chile called an emergency meeting with Peru.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestActJudgedLikely checks that an act named by a noun that is the subject of an
// adjective of likelihood ("is unlikely", "is imminent") is one that may come, while a
// likelihood of what becomes of the act ("are likely to resume") or another predicate
// leaves it done.
func TestActJudgedLikely(t *testing.T) {
	runNounCases(t, []nounCase{
		{"an offensive not likely", "A Chilean offensive on Peru is not likely anytime soon.",
			[]string{"Chilean", "Peru"}, nil},
		{"an attack unlikely", "Analysts say a Chilean attack on Peru is unlikely.",
			[]string{"Chilean", "Peru"}, nil},
		{"an attack imminent", "A Chilean attack on Peru is imminent, Bolivia said.",
			[]string{"Chilean", "Peru"}, nil},
		{"an attack judged otherwise", "The Chilean attack on Peru was brutal.",
			[]string{"Chilean", "Peru"}, []string{"Chilean ATTACKS Peru"}},
		{"talks likely to resume", "The talks between Peru and Chile are likely to resume in May.",
			[]string{"Peru", "Chile"}, []string{"Peru MEETS Chile"}},
	})
}

// TestNationalityParsedAsCompound checks that a nationality adjective of an act noun is
// its author also when the parser takes it for a compound ("The Chilean airstrikes").
func TestNationalityParsedAsCompound(t *testing.T) {
	runNounCases(t, []nounCase{
		{"the nationality as a compound", "The Chilean airstrikes on Bolivia continued.",
			[]string{"Chilean", "Bolivia"}, []string{"Chilean ATTACKS Bolivia"}},
		{"a nationality of another noun", "The Peruvian pilots praised the deal with Chile.",
			[]string{"Peruvian", "Chile"}, nil},
	})
}

// TestAllyNoun checks that "ally", which the tagger would read as an adverb by its
// ending, is read as the noun of an alliance ("Chile is Peru's closest ally"), that an
// ally named with the noun is one whatever its clause does, and that a former ally, a
// denied one or the speaker's "our" ally states none; "to ally with" stays a verb.
func TestAllyNoun(t *testing.T) {
	runNounCases(t, []nounCase{
		{"predicate", "Chile is Peru's closest ally.",
			[]string{"Chile", "Peru"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"set off before the name", "Peru's closest ally, Chile, reacted strongly.",
			[]string{"Peru", "Chile"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"the name parsed as the noun's object", "Ecuador followed Peru's main ally Chile in announcing it was joining the pact.",
			[]string{"Ecuador", "Peru", "Chile"}, []string{"Chile COOPERATES_WITH Peru"}},
		{"an ally named in a clause not done", "Peru urged Ecuador to rein in Venezuela's ally Bolivia.",
			[]string{"Peru", "Ecuador", "Venezuela", "Bolivia"}, []string{"Bolivia COOPERATES_WITH Venezuela", "Peru DEMANDS Ecuador"}},
		{"the verb", "Peru chose to ally with Chile.",
			[]string{"Peru", "Chile"}, []string{"Peru COOPERATES_WITH Chile"}},
		{"once an ally", "Chile, once Peru's ally, reacted strongly.",
			[]string{"Chile", "Peru"}, nil},
		{"no ally", "Chile is not an ally of Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"the speaker's side", "We will defend our treaty ally, Chile, Boric said.",
			[]string{"Chile", "Boric"}, nil},
		{"the speaker's side named", "We stand with our Andean Pact ally Chile, Boric said.",
			[]string{"Andean Pact", "Chile", "Boric"}, []string{"Chile COOPERATES_WITH Andean Pact"}},
	})
}

// TestMutualAllies checks that two or three coordinated subjects of "allies" as a
// predicate that names no owner are allied with each other, and that a modal, negated or
// former alliance, a single subject and allies of the speaker's side state none.
func TestMutualAllies(t *testing.T) {
	runNounCases(t, []nounCase{
		{"are allies", "Peru and Chile are close allies.",
			[]string{"Peru", "Chile"}, []string{"Peru COOPERATES_WITH Chile"}},
		{"became allies", "Bolivia and Peru became allies after the war.",
			[]string{"Bolivia", "Peru"}, []string{"Bolivia COOPERATES_WITH Peru"}},
		{"have been allies", "Ecuador and Chile have been solid allies for decades.",
			[]string{"Ecuador", "Chile"}, []string{"Ecuador COOPERATES_WITH Chile"}},
		{"not allies", "Peru and Chile are not allies.",
			[]string{"Peru", "Chile"}, nil},
		{"could become", "Peru and Chile could become allies.",
			[]string{"Peru", "Chile"}, nil},
		{"former", "Peru and Chile are former allies.",
			[]string{"Peru", "Chile"}, nil},
		{"our allies", "Peru and Chile are our allies today.",
			[]string{"Peru", "Chile"}, nil},
		{"among our allies", "Peru and Chile are among our strongest allies.",
			[]string{"Peru", "Chile"}, nil},
		{"one subject", "Peru is a steadfast ally.",
			[]string{"Peru"}, nil},
	})
}

// TestHavenGiven checks that a safe haven or shelter given to someone hosts them, with the
// giver as the subject of the verb that gives it or as the haven's owner, while a haven
// only named, one to be closed, or shelter for people who are no actor, hosts no one.
func TestHavenGiven(t *testing.T) {
	runNounCases(t, []nounCase{
		{"provided safe haven", "Bolivia provided safe haven to the Shining Path.",
			[]string{"Bolivia", "Shining Path"}, []string{"Bolivia HOSTS Shining Path"}},
		{"offered shelter", "Peru offered shelter to the Shining Path.",
			[]string{"Peru", "Shining Path"}, []string{"Peru HOSTS Shining Path"}},
		{"the owner's haven", "Bolivia's safe haven for the Shining Path angered Lima.",
			[]string{"Bolivia", "Shining Path", "Lima"}, []string{"Bolivia HOSTS Shining Path"}},
		{"a haven to be closed", "Chilean safe havens for the Shining Path must close, Ruiz said.",
			[]string{"Chilean", "Shining Path", "Ruiz"}, nil},
		{"a haven with no guest", "Bolivia is building a safe haven for investors.",
			[]string{"Bolivia"}, nil},
	})
}

// TestAdvisedTo checks that advising someone to act is a demand on them, and advising
// against something, or advice only planned, is none.
func TestAdvisedTo(t *testing.T) {
	runNounCases(t, []nounCase{
		{"advised to", "Chile advised Peru to withdraw its troops.",
			[]string{"Chile", "Peru"}, []string{"Chile DEMANDS Peru"}},
		{"advice with no act", "Chile advised Peru on the new border rules.",
			[]string{"Chile", "Peru"}, nil},
		{"advice planned", "Chile plans to advise Peru to withdraw its troops.",
			[]string{"Chile", "Peru"}, nil},
	})
}

// TestDirectedTo checks that directing, instructing, telling or asking someone to act is a
// demand on them also when the parser hangs the act asked on the verb as a clause, and
// that directing something at someone, or an order only planned, is none.
func TestDirectedTo(t *testing.T) {
	runNounCases(t, []nounCase{
		{"directed to", "Boric directed the Southcom to release the files.",
			[]string{"Boric", "Southcom"}, []string{"Boric DEMANDS Southcom"}},
		{"directed a minister to", "President Boric directed Minister Ruiz to prepare a range of options.",
			[]string{"Boric", "Ruiz"}, []string{"Boric DEMANDS Ruiz"}},
		{"instructed to, parsed as a clause", "Boric has instructed the Southcom to destroy any Peruvian boats.",
			[]string{"Boric", "Southcom"}, []string{"Boric DEMANDS Southcom"}},
		{"directed criticism at", "Boric directed his criticism at Peru.",
			[]string{"Boric", "Peru"}, nil},
		{"direction only planned", "Boric plans to direct the Southcom to release the files.",
			[]string{"Boric", "Southcom"}, nil},
		{"directed to a place", "Boric directed the convoy to Peru.",
			[]string{"Boric", "Peru"}, nil},
	})
}

// TestDeadlineFor checks that a deadline set for someone to act is a demand on them by
// whoever sets, extends or owns it, and that a deadline of no one, one only possible, and
// meetings set up (arranged for later) are none.
func TestDeadlineFor(t *testing.T) {
	runNounCases(t, []nounCase{
		{"set a deadline for", "Peru set a deadline for Chile to withdraw its troops.",
			[]string{"Peru", "Chile"}, []string{"Peru DEMANDS Chile"}},
		{"the owner's deadline", "Peru's deadline for Chile to withdraw expires on Friday.",
			[]string{"Peru", "Chile"}, []string{"Peru DEMANDS Chile"}},
		{"a deadline extended", "Peru extended its deadline for Chile to respond.",
			[]string{"Peru", "Chile"}, []string{"Peru DEMANDS Chile"}},
		{"a deadline of no one", "The deadline for Chile to respond is Friday.",
			[]string{"Chile"}, nil},
		{"a deadline only possible", "Peru could set a deadline for Chile to withdraw.",
			[]string{"Peru", "Chile"}, nil},
		{"a deadline for a thing", "Peru missed the deadline for the talks with Chile.",
			[]string{"Peru", "Chile"}, nil},
		{"meetings set up", "Boric has set up meetings with Ruiz and Morales.",
			[]string{"Boric", "Ruiz", "Morales"}, nil},
	})
}

// TestRequestFromRejected checks that a demand whose author stands in its "from" phrase
// was made, whatever becomes of it: rejecting or rebuffing it is another's act, and the
// demand is on the one who rejects it; a thing only sought from someone is no demand.
func TestRequestFromRejected(t *testing.T) {
	runNounCases(t, []nounCase{
		{"a request from, rejected", "Peru rejected a request from Chile to extradite the men.",
			[]string{"Peru", "Chile"}, []string{"Chile DEMANDS Peru", "Peru REJECTS Chile"}},
		{"a call from, rebuffed", "Peru rebuffed a call from Chile to reopen the border.",
			[]string{"Peru", "Chile"}, []string{"Chile DEMANDS Peru", "Peru REJECTS Chile"}},
		{"a loan sought from", "Peru sought a loan from Chile.",
			[]string{"Peru", "Chile"}, nil},
		{"a request from, only planned", "Peru plans to make a request from Chile.",
			[]string{"Peru", "Chile"}, nil},
	})
}

// TestRoutVerbs checks that destroying, defeating or crushing an armed group named as the
// object is an attack when done and a threat when vowed, and that the same verbs on a
// state or a person, as a gerund or infinitive of an aim, or only planned, state nothing.
func TestRoutVerbs(t *testing.T) {
	runNounCases(t, []nounCase{
		{"promised to destroy", "Boric promised to destroy the Shining Path.",
			[]string{"Boric", "Shining Path"}, []string{"Boric THREATENS Shining Path"}},
		{"vowed to defeat", "Boric vowed to defeat the Shining Path.",
			[]string{"Boric", "Shining Path"}, []string{"Boric THREATENS Shining Path"}},
		{"defeated", "Chile has defeated the Shining Path.",
			[]string{"Chile", "Shining Path"}, []string{"Chile ATTACKS Shining Path"}},
		{"a state defeated in a match", "Chile defeated Peru in the final.",
			[]string{"Chile", "Peru"}, nil},
		{"a person defeated in an election", "Boric defeated Ruiz in the election.",
			[]string{"Boric", "Ruiz"}, nil},
		{"an aim", "Chile remains focused on defeating the Shining Path.",
			[]string{"Chile", "Shining Path"}, nil},
		{"an infinitive of no vow", "It is unclear what it means for Chile to defeat the Shining Path.",
			[]string{"Chile", "Shining Path"}, nil},
		{"planned", "Chile plans to defeat the Shining Path.",
			[]string{"Chile", "Shining Path"}, nil},
	})
}

// TestCalledFor checks that calling or pushing for someone to act is a demand on them,
// and that a call for a thing, for someone to be acted on (asked of no one: also the
// noun), or a negated call, is none.
func TestCalledFor(t *testing.T) {
	runNounCases(t, []nounCase{
		{"called for forces to leave", "Peru called for Chilean forces to leave the border.",
			[]string{"Peru", "Chilean"}, []string{"Peru DEMANDS Chilean"}},
		{"pushed for", "Boric pushed for Peru to reopen the border.",
			[]string{"Boric", "Peru"}, []string{"Boric DEMANDS Peru"}},
		{"a call for a thing", "Boric called for sanctions on Peru.",
			[]string{"Boric", "Peru"}, nil},
		{"a passive clause asks nothing of the one named", "Boric called for Ruiz to be fired.",
			[]string{"Boric", "Ruiz"}, nil},
		{"the noun with a passive clause", "There were growing calls from Chile for Ruiz to be fired.",
			[]string{"Chile", "Ruiz"}, nil},
		{"negated", "Boric did not call for Peru to leave.",
			[]string{"Boric", "Peru"}, nil},
	})
}

// TestPressureOn checks that pressure put, kept or stepped up on someone is a demand on
// them by the one who puts it (the verb's subject, the noun's owner, its "from" phrase),
// and that pressure that could come, is only looked at, or has no author, is none.
func TestPressureOn(t *testing.T) {
	runNounCases(t, []nounCase{
		{"put pressure on", "Chile put pressure on Peru to withdraw its troops.",
			[]string{"Chile", "Peru"}, []string{"Chile DEMANDS Peru"}},
		{"stepped up pressure", "Chile stepped up pressure on Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile DEMANDS Peru"}},
		{"ratcheted up the pressure", "Boric ratcheted up the pressure on Bolivia to reopen the border.",
			[]string{"Boric", "Bolivia"}, []string{"Boric DEMANDS Bolivia"}},
		{"exerted pressure", "Peru exerted pressure on Bolivia.",
			[]string{"Peru", "Bolivia"}, []string{"Peru DEMANDS Bolivia"}},
		{"the owner's pressure", "Chile's pressure on Peru worked.",
			[]string{"Chile", "Peru"}, []string{"Chile DEMANDS Peru"}},
		{"under pressure from", "Peru came under pressure from Chile to sign the deal.",
			[]string{"Peru", "Chile"}, []string{"Chile DEMANDS Peru"}},
		{"pressure that could come", "Chile could put pressure on Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"pressure only looked at", "Chile is looking at increasing pressure on Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"pressure with no author", "The pressure on Peru is rising, Ruiz said.",
			[]string{"Peru", "Ruiz"}, nil},
	})
}

// TestCoercionIdioms checks that the idioms of coercion, tightening the screws or the
// noose on someone and turning up the heat on them, threaten each actor of the "on"
// phrase, and that the same words about things, or negated, threaten no one.
func TestCoercionIdioms(t *testing.T) {
	runNounCases(t, []nounCase{
		{"tightened the screws on a list", "Boric tightened the screws on Peru, Bolivia and Ecuador.",
			[]string{"Boric", "Peru", "Bolivia", "Ecuador"},
			[]string{"Boric THREATENS Peru", "Boric THREATENS Bolivia", "Boric THREATENS Ecuador"}},
		{"tightening the noose", "Chile is tightening the noose on the Shining Path.",
			[]string{"Chile", "Shining Path"}, []string{"Chile THREATENS Shining Path"}},
		{"turned up the heat", "Chile turned up the heat on Bolivia.",
			[]string{"Chile", "Bolivia"}, []string{"Chile THREATENS Bolivia"}},
		{"negated", "Peru did not tighten the screws on Chile.",
			[]string{"Peru", "Chile"}, nil},
		{"screws on a thing", "Chile tightened the screws on the bracket before sending it to Peru.",
			[]string{"Chile", "Peru"}, nil},
		{"heat in a room", "Chile turned up the heat in the room where Boric met Ruiz.",
			[]string{"Chile", "Boric"}, nil},
		{"heat alone", "Chile turned the heat on for Bolivia.",
			[]string{"Chile", "Bolivia"}, nil},
	})
}

// TestTrainingForcesAids checks that training or equipping an actor's forces is military
// aid ("trains Peruvian forces", "equipping and training the Shining Path"), and that a
// plan to train, a negated training and a training of no actor aid nobody.
func TestTrainingForcesAids(t *testing.T) {
	runNounCases(t, []nounCase{
		{"forces trained", "Chile trains Peruvian forces near the border.",
			[]string{"Chile", "Peruvian"}, []string{"Chile AIDS Peruvian"}},
		{"a group equipped and trained", "Bolivia is equipping and training the Shining Path.",
			[]string{"Bolivia", "Shining Path"}, []string{"Bolivia AIDS Shining Path"}},
		{"a group trained in the past", "Ecuador trained the Peruvian army for years.",
			[]string{"Ecuador", "Peruvian"}, []string{"Ecuador AIDS Peruvian"}},
		// none
		{"a plan to train", "Chile proposed a plan to train Peruvian forces.",
			[]string{"Chile", "Peruvian"}, nil},
		{"not trained", "Chile has never trained Peruvian forces.",
			[]string{"Chile", "Peruvian"}, nil},
		{"its ire trained", "Chile trained its ire on the new tariffs.",
			[]string{"Chile"}, nil},
	})
}
