package frames

import "testing"

// TestSetOffRelativeClauses checks that a relative clause set off by a comma, a dash or
// a bracket after a name is said of that name even when the parser hung the clause
// elsewhere (a parataxis, conjunct or adverbial clause), of all the names joined by
// "and" before it when its verb is plural, and of no place before it.
func TestSetOffRelativeClauses(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"after a comma, which", "However, the report made no mention at all of Chile, which carried out the deadly strike against Peru in May.",
			[]string{"Chile", "Peru"}, []string{"Chile ATTACKS Peru"}, nil},
		{"after an agent", "The move was welcomed in Quito but not by Bolivia, which condemned Peru in a statement.",
			[]string{"Bolivia", "Peru"}, []string{"Bolivia CONDEMNS Peru"}, nil},
		{"after an object", "The plan angered Chile, which accused Peru of breaking the treaty.",
			[]string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}, nil},
		{"after a comma, who", "The decision was criticised by Lavrov, who accused Albania of lying.",
			[]string{"Lavrov", "Albania"}, []string{"Lavrov ACCUSES Albania"}, nil},
		{"after a title and name", "He also defended Prime Minister Rama, who on Tuesday threatened Serbia with sanctions.",
			[]string{"Rama", "Serbia"}, []string{"Rama THREATENS Serbia"}, nil},
		{"after a dash", "Mr Rama - who criticised Serbia sharply last week - was greeted by crowds at the airport.",
			[]string{"Rama", "Serbia"}, []string{"Rama CONDEMNS Serbia"}, nil},
		{"a plural clause after nouns joined by and", "Any decision on action was vetoed by Bolivia and Ecuador, who support Venezuela.",
			[]string{"Bolivia", "Ecuador", "Venezuela"}, []string{"Bolivia SUPPORTS Venezuela", "Ecuador SUPPORTS Venezuela"}, nil},
		{"a past clause after nouns joined by and", "The plan angered Bolivia and Chile, which accused Peru of breaking the treaty.",
			[]string{"Bolivia", "Chile", "Peru"}, nil, []string{"Bolivia ACCUSES Peru"}},
		{"no place before the clause", "The talks were held in Lima, which later condemned Bolivia in a statement.",
			[]string{"Lima", "Bolivia"}, nil, []string{"Lima CONDEMNS Bolivia"}},
		{"no place after at", "Rama spoke at a summit in Quito on Friday, which condemned Peru for the attack.",
			[]string{"Rama", "Quito", "Peru"}, nil, []string{"Quito CONDEMNS Peru"}},
	})
}

// TestKeenOn checks that an act under an adjective or verb of wish introduced by "on"
// ("keen on opening talks") is not done.
func TestKeenOn(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"keen on", "Chile has been keen on opening a dialogue with Peru.", []string{"Chile", "Peru"}, nil, []string{"Chile MEETS Peru"}},
		{"keen on after a name", "The bill passed under Lavrov, who was keen on meeting Rama.", []string{"Lavrov", "Rama"}, nil, []string{"Lavrov MEETS Rama"}},
		{"keen on signing", "Peru looked keen on signing a trade agreement with Chile.", []string{"Peru", "Chile"}, nil, []string{"Peru SIGNS_AGREEMENT_WITH Chile"}},
		{"done, not wished", "Chile opened a dialogue with Peru on Monday.", []string{"Chile", "Peru"}, []string{"Chile MEETS Peru"}, nil},
	})
}

// TestWhoAfterAName checks that "who" set off after a name is said of that name when the
// parser hung its clause on a noun above the name that names no actor, or on the clause's
// verb, and that "which" is not.
func TestWhoAfterAName(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"after a call with", "The talks stalled after a long call with Lavrov, who then threatened Albania with new sanctions.",
			[]string{"Lavrov", "Albania"}, []string{"Lavrov THREATENS Albania"}, nil},
		{"after protests from two", "The ruling drew sharp protests from Bolivia and Ecuador, who accused Peru of rigging the vote.",
			[]string{"Bolivia", "Ecuador", "Peru"}, []string{"Ecuador ACCUSES Peru"}, []string{"Bolivia ACCUSES Peru"}},
		{"after a meeting with", "Rama made the decision during his meeting with the envoy Lavrov, who criticised Serbia on Monday.",
			[]string{"Rama", "Lavrov", "Serbia"}, []string{"Lavrov CONDEMNS Serbia"}, nil},
		{"which stays on the noun", "Rama spoke after a call with Lavrov, which threatened to derail the talks with Albania.",
			[]string{"Rama", "Lavrov", "Albania"}, nil, []string{"Lavrov THREATENS Albania"}},
		// the clause hung on the main verb: "who" is the name before it, not the verb's subject
		{"hung on the verb", "The army has stood by President Boric, who retains the support of allies like Peru and Bolivia.",
			[]string{"army", "Boric", "Peru", "Bolivia"}, []string{"Peru SUPPORTS Boric", "Bolivia SUPPORTS Boric"}, []string{"Peru SUPPORTS army"}},
	})
}

// TestReportedThey checks that "they" as the subject of a speech verb's complement stands
// for the speakers when the speech verb's subject names two actors or more, and for no
// one otherwise.
func TestReportedThey(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"two speakers", "Chile and Peru said they had signed a trade agreement with Bolivia.",
			[]string{"Chile", "Peru", "Bolivia"}, []string{"Chile SIGNS_AGREEMENT_WITH Bolivia", "Peru SIGNS_AGREEMENT_WITH Bolivia"}, nil},
		{"ministers of three, joined verbs", "Officials from Chile, Peru and Ecuador met in Lima and said that they wanted Bolivia to leave the bloc.",
			[]string{"Chile", "Peru", "Ecuador", "Bolivia"}, []string{"Chile DEMANDS Bolivia", "Ecuador DEMANDS Bolivia"}, nil},
		{"a participle of speech", "Chile and Peru condemned the vote, saying they had expelled two Bolivian diplomats.",
			[]string{"Chile", "Peru", "Bolivian"}, []string{"Chile EXPELS Bolivian", "Peru EXPELS Bolivian"}, nil},
		{"one speaker", "Chile said on Monday that they had signed a trade agreement with Bolivia.",
			[]string{"Chile", "Bolivia"}, nil, []string{"Chile SIGNS_AGREEMENT_WITH Bolivia"}},
		{"the ones told", "Chile told Peru and Ecuador that they had attacked Bolivia.",
			[]string{"Chile", "Peru", "Ecuador", "Bolivia"}, nil, []string{"Chile ATTACKS Bolivia", "Peru ATTACKS Bolivia", "Ecuador ATTACKS Bolivia"}},
	})
}

// TestWhoAfterAnApposition checks that "who" set off after a person's name and the
// apposition that describes them (a post, a party and state) is said of the person.
func TestWhoAfterAnApposition(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a party and state", "Both parties praised the choice, including Senator Rama, D-Ore., who has often been critical of Serbia.",
			[]string{"Rama", "Serbia"}, []string{"Rama CONDEMNS Serbia"}, nil},
		{"a post of a party", "The fallout also hit Rama, leader of the Socialist Party, who then accused Serbia of lying.",
			[]string{"Rama", "Socialist Party", "Serbia"}, []string{"Rama ACCUSES Serbia"}, []string{"Socialist Party ACCUSES Serbia"}},
		{"an abbreviated party and state", "He took heat last week from Lavrov, R-Ariz., who pressed Albania for answers.",
			[]string{"Lavrov", "Albania"}, []string{"Lavrov DEMANDS Albania"}, nil},
		{"a former post", "The fallout also hit Lavrov, the former foreign minister, who then condemned Albania in a speech.",
			[]string{"Lavrov", "Albania"}, []string{"Lavrov CONDEMNS Albania"}, nil},
		{"no person described", "The plan was backed by Rama's adviser, a former diplomat, who criticised Serbia on Monday.",
			[]string{"Rama", "Serbia"}, nil, []string{"Rama CONDEMNS Serbia"}},
	})
}

// TestOneAmong checks that what a group does in its relative clause, the subject said
// to be among it or one of it does, and no one when the group is named otherwise.
func TestOneAmong(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"among the countries that", "Chile was among the countries that swiftly condemned Peru.",
			[]string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}, nil},
		{"one of the states that", "Bolivia was one of the few states that recognised Kosovo in 2008.",
			[]string{"Bolivia", "Kosovo"}, []string{"Bolivia RECOGNIZES Kosovo"}, nil},
		{"one of those who, an apposition", "Rama, one of the few leaders who criticised Serbia, spoke on Monday.",
			[]string{"Rama", "Serbia"}, []string{"Rama CONDEMNS Serbia"}, nil},
		{"among in a phrase of place", "Among the countries that condemned Peru, Chile was the loudest.",
			[]string{"Peru", "Chile"}, nil, []string{"Chile CONDEMNS Peru"}},
	})
}
