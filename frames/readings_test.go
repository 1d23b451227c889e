package frames

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/syntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The readings that no single trigger carries, each on sentences written for the test:
// what fires and, as important, what must not.
func TestReadings(t *testing.T) {
	tests := []struct {
		name, text string
		actors     []string
		want       []string
	}{
		{"verdict: call X ADJ", "Canada called Norway's decision unacceptable.", []string{"Canada", "Norway"}, []string{"Canada CONDEMNS Norway"}},
		{"verdict: call X a NOUN", "Chile called the Russian measures a violation of the treaty.", []string{"Chile", "Russian"}, []string{"Chile CONDEMNS Russian"}},
		{"verdict: describe X as", "Kenya described Somalia's claim as absurd.", []string{"Kenya", "Somalia"}, []string{"Kenya DENIES Somalia"}},
		{"verdict: said X was ADJ", "Ghana said the Togolese decision was illegal.", []string{"Ghana", "Togolese"}, []string{"Ghana CONDEMNS Togolese"}},
		{"verdict: claims by X called groundless", "Moscow said claims by Washington were groundless.", []string{"Moscow", "Washington"}, []string{"Moscow DENIES Washington"}},
		{"verdict: a vote held in X", "Moldova said the referendum in Transnistria was illegal.", []string{"Moldova", "Transnistria"}, []string{"Moldova CONDEMNS Transnistria"}},
		{"verdict: votes coordinated, held in X", "Azerbaijan said the election and the referendum in Karabakh were unlawful.", []string{"Azerbaijan", "Karabakh"}, []string{"Azerbaijan CONDEMNS Karabakh"}},
		{"verdict: described the poll in X as a sham", "Britain described the poll in Belarus as a sham.", []string{"Britain", "Belarus"}, []string{"Britain CONDEMNS Belarus"}},
		{"verdict: called a bad idea", "Chile called Peru's operation a bad idea.", []string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"verdict: described as a bad person", "Rama described Lavrov as a very bad person.", []string{"Rama", "Lavrov"}, []string{"Rama CONDEMNS Lavrov"}},
		{"verdict: called dangerous", "Chile called the Peruvian plan dangerous.", []string{"Chile", "Peruvian"}, []string{"Chile CONDEMNS Peruvian"}},
		{"verdict: a called word said of a place describes it", "Chile said Peru was a dangerous place.", []string{"Chile", "Peru"}, nil},
		{"verdict: a called word said of a thing describes it", "Chile said the Peruvian economy was weak.", []string{"Chile", "Peruvian"}, nil},
		{"verdict: a place is no author of an act", "Kenya said the bombing in Somalia was criminal.", []string{"Kenya", "Somalia"}, nil},
		{"verdict: a vote on X is no vote held by X", "Spain said the vote on Gibraltar was illegal.", []string{"Spain", "Gibraltar"}, nil},
		{"verdict: tariffs words", "Canada said the tariffs were disappointing.", []string{"Canada"}, nil},
		{"refusal announced: vowed it would defy", "Venezuela vowed it would defy Washington's ultimatum.", []string{"Venezuela", "Washington"}, []string{"Venezuela REJECTS Washington"}},
		{"refusal announced: said it will reject", "Cuba said it will reject the American proposal.", []string{"Cuba", "American"}, []string{"Cuba REJECTS American"}},
		{"refusal announced: another's report is no refusal", "Britain said Iran would defy the Canadian demand.", []string{"Britain", "Iran", "Canadian"}, nil},
		{"refusal announced: on a condition", "Cuba said it would reject the American proposal if the embargo stayed.", []string{"Cuba", "American"}, nil},
		{"refusal announced: may", "Cuba said it may reject the American proposal.", []string{"Cuba", "American"}, nil},
		{"refusal announced: negated", "Cuba said it would not reject the American proposal.", []string{"Cuba", "American"}, nil},
		{"answer: revenge after an owned strike", "Hezbollah vowed revenge after the Israeli strike.", []string{"Hezbollah", "Israeli"}, []string{"Hezbollah THREATENS Israeli"}},
		{"answer: to respond to an owned attack", "Syria vowed to respond to the Turkish attack.", []string{"Syria", "Turkish"}, []string{"Syria THREATENS Turkish"}},
		{"answer: retaliation for sanctions imposed by X", "Pyongyang threatened retaliation for the sanctions imposed by Tokyo.", []string{"Pyongyang", "Tokyo"}, []string{"Pyongyang THREATENS Tokyo"}},
		{"answer: to retaliate to X's measures", "Tehran threatened to retaliate to Washington's measures.", []string{"Tehran", "Washington"}, []string{"Tehran THREATENS Washington"}},
		{"answer: threatened on a condition", "Beijing threatened to retaliate if Washington imposes new tariffs.", []string{"Beijing", "Washington"}, []string{"Beijing THREATENS Washington"}},
		{"answer: will respond on a condition", "Moscow will respond if NATO deploys missiles in Poland.", []string{"Moscow", "NATO", "Poland"}, []string{"Moscow THREATENS NATO"}},
		{"answer: will not respond", "Moscow will not respond if NATO deploys missiles.", []string{"Moscow", "NATO"}, nil},
		{"answer: responded, no threat", "Moscow responded after NATO deployed missiles.", []string{"Moscow", "NATO"}, nil},
		{"answer: a reply to a letter on a condition", "Moscow would respond to the letter if Berlin asked.", []string{"Moscow", "Berlin"}, nil},
		{"answer: revenge for one's own dead", "Hamas vowed revenge for the deaths of its fighters.", []string{"Hamas", "its"}, nil},
		{"answer: a response to no one's act", "Brazil promised a response to the pandemic.", []string{"Brazil"}, nil},
		{"answer: negated", "Syria did not vow to respond to the Turkish attack.", []string{"Syria", "Turkish"}, nil},
		{"answer: not a threat verb", "Syria responded to the Turkish proposal.", []string{"Syria", "Turkish"}, nil},
		{"verdict: neutral words are no verdict", "Canada called Norway's decision important.", []string{"Canada", "Norway"}, nil},
		{"verdict: negated", "Canada did not call Norway's decision unacceptable.", []string{"Canada", "Norway"}, nil},
		{"verdict: a claim called outrageous is not read", "Kenya called Somalia's accusations outrageous.", []string{"Kenya", "Somalia"}, nil},
		{"announced: said it would expel", "Canada said it would expel four Russian diplomats.", []string{"Canada", "Russian"}, []string{"Canada EXPELS Russian"}},
		{"announced: said it will impose sanctions", "Japan said it will impose sanctions on Iran.", []string{"Japan", "Iran"}, []string{"Japan SANCTIONS Iran"}},
		{"announced: would not", "Canada said it would not expel Russian diplomats.", []string{"Canada", "Russian"}, nil},
		{"announced: another's act is no announcement", "Canada said Norway would expel Russian diplomats.", []string{"Canada", "Norway", "Russian"}, nil},
		{"obligation: said X must", "Germany said Belarus must release the prisoners.", []string{"Germany", "Belarus"}, []string{"Germany DEMANDS Belarus"}},
		{"obligation: X should, she stressed", "Serbia should recognise the vote, Austria stressed.", []string{"Serbia", "Austria"}, []string{"Austria DEMANDS Serbia"}},
		{"obligation: needs to", "Japan said China needs to stop the drills.", []string{"Japan", "China"}, []string{"Japan DEMANDS China"}},
		{"obligation: inverted should is a condition", "Should Iran refuse, France said the talks would end.", []string{"Iran", "France"}, nil},
		{"obligation: a joint aim", "Chile said Peru and Bolivia should deepen ties.", []string{"Chile", "Peru", "Bolivia"}, nil},
		{"threat: warned it could", "Turkey warned it could sever ties with Israel.", []string{"Turkey", "Israel"}, []string{"Turkey THREATENS Israel"}},
		{"threat: a condition on the act", "Washington will impose sanctions on Caracas if the vote goes ahead.", []string{"Washington", "Caracas"},
			[]string{"Washington THREATENS Caracas"}},
		{"threat: announced, not threatened: the act", "Britain said it will expel Russian diplomats.", []string{"Britain", "Russian"}, []string{"Britain EXPELS Russian"}},
		{"threat: negated", "Turkey warned it would not sever ties with Israel.", []string{"Turkey", "Israel"}, nil},
		{"participle: X-backed", "The Iranian-backed militia attacked the base.", []string{"Iranian", "militia"}, []string{"Iranian SUPPORTS militia"}},
		{"several modifiers: the one that names an actor", "Iraq condemned the U.S. air strikes on Syria.", []string{"Iraq", "U.S.", "Syria"},
			[]string{"U.S. ATTACKS Syria"}},
		{"beneficiary: has the support of", "Caracas still has the support of Havana.", []string{"Caracas", "Havana"}, []string{"Havana SUPPORTS Caracas"}},
		{"beneficiary: hoped for is not had", "Caracas hopes to win the support of Havana.", []string{"Caracas", "Havana"}, nil},
		{"beneficiary: support for is not reversed", "Havana voiced its support for Caracas.", []string{"Havana", "Caracas"}, []string{"Havana SUPPORTS Caracas"}},
		{"conjoined object of a support verb", "Hamas sent greetings and praise to Hezbollah.", []string{"Hamas", "Hezbollah"}, []string{"Hamas SUPPORTS Hezbollah"}},
		{"allegiance", "The group pledged allegiance to Hezbollah.", []string{"group", "Hezbollah"}, []string{"group SUPPORTS Hezbollah"}},
		{"participle set off after an object", "Israeli forces are fighting Hamas, supported by Qatar, in Gaza.", []string{"Israeli", "Hamas", "Qatar"},
			[]string{"Qatar SUPPORTS Hamas"}},
		{"tell: a meeting between people", "Rama told Lavrov that the talks had failed.", []string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"tell: an interview is no meeting", "Rama told Reuters that the talks had failed.", []string{"Rama", "Reuters"}, nil},
		{"title parsed as the head of the name", "Rama met with Foreign Minister of Russia Lavrov.", []string{"Rama", "Lavrov"}, []string{"Rama MEETS Lavrov"}},
		{"membership: X is a Y member", "Cyprus is an EU member.", []string{"Cyprus", "EU"}, []string{"Cyprus MEMBER_OF EU"}},
		{"membership: X is Y's member", "Iran is OPEC's third-largest member.", []string{"Iran", "OPEC"}, []string{"Iran MEMBER_OF OPEC"}},
		{"membership: X and other Y members", "Venezuela and other OPEC members met.", []string{"Venezuela", "OPEC"}, []string{"Venezuela MEMBER_OF OPEC"}},
		{"membership: no longer", "Britain is no longer a member of the EU.", []string{"Britain", "EU"}, nil},
		{"membership: former", "Britain is a former member of the EU.", []string{"Britain", "EU"}, nil},
		{"allegation: active clause", "Iraq alleged Ritter was a spy.", []string{"Iraq", "Ritter"}, []string{"Iraq ACCUSES Ritter"}},
		{"allegation: passive clause", "Kenya alleges the attacks were plotted by Shabaab.", []string{"Kenya", "Shabaab"}, []string{"Kenya ACCUSES Shabaab"}},
		{"allegation: negated", "Kenya did not allege the attacks were plotted by Shabaab.", []string{"Kenya", "Shabaab"}, nil},
		{"consequence: attacks by X would be answered", "Greece said any attacks by Turkey would be answered with a decisive response.", []string{"Greece", "Turkey"},
			[]string{"Greece THREATENS Turkey"}},
		{"consequence: negated", "Greece said attacks by Turkey would not be answered with force.", []string{"Greece", "Turkey"}, nil},
		{"consequence: none said", "Greece said any attacks by Turkey would end soon.", []string{"Greece", "Turkey"}, nil},
		{"likened actors act too", "Russia, which like Iran backs Assad, objected.", []string{"Russia", "Iran", "Assad"},
			[]string{"Iran SUPPORTS Assad", "Russia SUPPORTS Assad"}},
		{"an adjective's subject is its verb's", "Caracas has remained loyal to Havana.", []string{"Caracas", "Havana"}, []string{"Caracas SUPPORTS Havana"}},
		{"solidarity hung on the verb", "Warsaw stands in absolute solidarity with Kyiv.", []string{"Warsaw", "Kyiv"}, []string{"Warsaw SUPPORTS Kyiv"}},
		{"alliance: X's ally Y", "Moscow sent arms to Russia's ally Syria.", []string{"Moscow", "Russia", "Syria"}, []string{"Moscow AIDS Syria", "Syria COOPERATES_WITH Russia"}},
		{"alliance: X is an ally of Y", "Venezuela is an ally of Russia.", []string{"Venezuela", "Russia"}, []string{"Venezuela COOPERATES_WITH Russia"}},
		{"alliance: sees X as one of Y's allies", "Moscow sees Caracas as one of Russia's closest allies.", []string{"Moscow", "Caracas", "Russia"},
			[]string{"Caracas COOPERATES_WITH Russia"}},
		{"alliance: a place before the subject is no ally", "In Argentina, a close ally of Fernandez said no.", []string{"Argentina", "Fernandez"}, nil},
		{"backing: X, the main backer of Y,", "Iran, the main backer of Hamas, denied it.", []string{"Iran", "Hamas"}, []string{"Iran SUPPORTS Hamas"}},
		{"backing: X is a patron of Y", "Russia is the main patron of Syria.", []string{"Russia", "Syria"}, []string{"Russia SUPPORTS Syria"}},
		{"backing: X and Y are backers of Z", "Iran and Hezbollah are major backers of Syria.", []string{"Iran", "Hezbollah", "Syria"},
			[]string{"Iran SUPPORTS Syria", "Hezbollah SUPPORTS Syria"}},
		{"backing: a sponsor of no actor", "France, a sponsor of the resolution, voted.", []string{"France"}, nil},
		{"backing: X has been Y's supporter", "Tehran has been Damascus's most ardent supporter.", []string{"Tehran", "Damascus"}, []string{"Tehran SUPPORTS Damascus"}},
		{"backing: supporters of X are no actor", "Supporters of Maduro marched to Caracas.", []string{"Maduro", "Caracas"}, nil},
		{"backing: a person is a donor", "Lavrov is a major sponsor of the Democrats.", []string{"Lavrov", "Democrats"}, nil},
		{"backing: former", "Russia is a former backer of Syria.", []string{"Russia", "Syria"}, nil},
		{"backing: the backers are no actor", "Backers of Maduro rallied in Caracas.", []string{"Maduro", "Caracas"}, nil},
		{"alliance: former", "Venezuela is a former ally of Russia.", []string{"Venezuela", "Russia"}, nil},
		{"alliance: an ally of the state a noun stands for", "Moscow is a close ally of the Syrian government.", []string{"Moscow", "Syrian"},
			[]string{"Moscow COOPERATES_WITH Syrian"}},
		{"alliance: a state's adjective owns the allies", "The enclave sits next to the Russian ally Belarus.", []string{"Russian", "Belarus"},
			[]string{"Belarus COOPERATES_WITH Russian"}},
		{"alliance: a person's ally is a political friend", "Lavrov ally Rama voted no.", []string{"Lavrov", "Rama"}, nil},
		{"alliance: former, of a state a noun stands for", "Moscow is a former ally of the Syrian government.", []string{"Moscow", "Syrian"}, nil},
		{"meeting noun setting the scene", "Pompeo said in a call with Guterres that talks would resume.", []string{"Pompeo", "Guterres"},
			[]string{"Pompeo MEETS Guterres"}},
		{"want X to", "Poland wants Washington to take the lead.", []string{"Poland", "Washington"}, []string{"Poland DEMANDS Washington"}},
		{"want it to be", "Poland wants Russia to be a partner.", []string{"Poland", "Russia"}, nil},
		{"does not want X to", "Poland does not want Washington to take the lead.", []string{"Poland", "Washington"}, nil},
		{"a person apposed through a title", "Russia's Foreign Ministry spokesperson Lavrov accused Kyiv of lying.", []string{"Foreign Ministry", "Lavrov", "Kyiv"},
			[]string{"Lavrov ACCUSES Kyiv"}},
		{"the officials of a list met: every pair", "Officials of Chile, Peru and Bolivia met in Lima.", []string{"Chile", "Peru", "Bolivia"},
			[]string{"Chile MEETS Peru", "Chile MEETS Bolivia", "Peru MEETS Bolivia"}},
		{"an embargo on trade with X", "The council ordered an embargo on trade with Iraq.", []string{"council", "Iraq"}, []string{"council SANCTIONS Iraq"}},
		{"a ban on imports from X", "Canada imposed a ban on imports from Russia.", []string{"Canada", "Russia"}, []string{"Canada SANCTIONS Russia"}},
		{"obligation under whether", "Jose said whether Peru should pay was unclear.", []string{"Jose", "Peru"}, nil},
		{"a noun's act as done as its clause", "Washington must decide whether to revive its sanctions on Tehran.", []string{"Washington", "Tehran"}, nil},
		{"discouraged from acting", "Paris hopes to discourage Rome from supplying Kyiv with arms.", []string{"Paris", "Rome", "Kyiv"}, nil},
		{"stopped short of accusing", "Chile stopped short of accusing Peru of lying.", []string{"Chile", "Peru"}, nil},
		{"a participle modifies its noun, not the noun's conjuncts", "Egypt's Cairo-backed government and Hamas talked.", []string{"Cairo", "Hamas"}, nil},
		{"a list the parser splits", "The leaders of Britain, the US, Germany and France have condemned Moscow.", []string{"Britain", "US", "Germany", "France", "Moscow"},
			[]string{"Britain CONDEMNS Moscow", "US CONDEMNS Moscow", "Germany CONDEMNS Moscow", "France CONDEMNS Moscow"}},
		{"rockets sent into", "Hamas sent 300 rockets into Israel.", []string{"Hamas", "Israel"}, []string{"Hamas ATTACKS Israel"}},
		{"recipient: X is a recipient of Y's aid", "Egypt is the second largest recipient of American aid.", []string{"Egypt", "American"}, []string{"American AIDS Egypt"}},
		{"recipient: set off after its actor", "Jordan, a major beneficiary of US assistance, closed its border.", []string{"Jordan", "US"}, []string{"US AIDS Jordan"}},
		{"recipient: former", "Cuba was a former recipient of Soviet aid.", []string{"Cuba", "Soviet"}, nil},
		{"recipient: no longer", "Cuba is no longer a recipient of Soviet aid.", []string{"Cuba", "Soviet"}, nil},
		{"recipient: of no aid", "Kenya is a recipient of the Chinese award.", []string{"Kenya", "Chinese"}, nil},
		{"retaliation: answers the attack told of", "Iranian forces shelled the outposts, saying Israel had retaliated.", []string{"Iranian", "Israel"},
			[]string{"Israel ATTACKS Iranian"}},
		{"retaliation: the attacker of the retaliator", "Hamas fired rockets at the city and Israel retaliated with air strikes.", []string{"Hamas", "Israel"},
			[]string{"Israel ATTACKS Hamas"}},
		{"retaliation: after the attack", "Syria retaliated after Turkey bombed Syrian bases.", []string{"Syria", "Turkey", "Syrian"},
			[]string{"Syria ATTACKS Turkey"}},
		{"retaliation: tariffs are no attack", "China retaliated against US tariffs on steel.", []string{"China", "US"}, nil},
		{"retaliation: one aimed elsewhere is not read", "Syria shelled the border and Turkey retaliated against Russia.", []string{"Syria", "Turkey", "Russia"}, nil},
		{"retaliation: negated", "Iranian forces shelled the outposts, but Israel did not retaliate.", []string{"Iranian", "Israel"}, nil},
		{"retaliation: modal", "Iranian forces shelled the outposts, and Israel may retaliate.", []string{"Iranian", "Israel"}, nil},
		{"retaliation: against a sanction", "Russia retaliated after Poland imposed sanctions.", []string{"Russia", "Poland"}, nil},
		{"retaliation: attacks by two others", "Syria shelled the border, Russia bombed the town, and Turkey retaliated.", []string{"Syria", "Russia", "Turkey"}, nil},
		{"retaliation: a threatened attack is not answered", "Israel retaliated after Hamas threatened to attack.", []string{"Israel", "Hamas"}, nil},
		{"retaliation: conditional", "If Iran retaliated for the US attack, the war would widen.", []string{"Iran", "US"}, nil},
		{"retaliation: an attack on another", "Hamas attacked Egypt on Monday; Israel retaliated.", []string{"Hamas", "Egypt", "Israel"}, []string{"Hamas ATTACKS Egypt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rels, blocked := matchText(t, tt.text, tt.actors...)
			assert.ElementsMatch(t, tt.want, slices.Compact(rels), "blocked: %v", blocked)
		})
	}
}

// A frame whose constraint takes any word ("xcomp=*", "ccomp=*") passes the prefilter
// on its trigger alone: no particular word is required.
func TestPrefilterAcceptsAnyWordConstraints(t *testing.T) {
	lex, err := Default()
	require.NoError(t, err)
	sm, err := syntax.Default()
	require.NoError(t, err)
	p := lex.NewPrefilter(sm.Forms)
	assert.True(t, p.CouldFire(strings.Fields("mr trudeau told trump that the tariffs hurt")))
	assert.True(t, p.CouldFire(strings.Fields("beijing told washington to stay clear")))
	assert.False(t, p.CouldFire(strings.Fields("the weather in oslo was mild on monday")))
}
