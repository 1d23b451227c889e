package extract

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

var (
	embeddedOnce sync.Once
	embeddedX    *Extractor
	embeddedErr  error
)

// embeddedExtractor returns an extractor over the embedded gazetteer, built once.
func embeddedExtractor(t testing.TB) *Extractor {
	t.Helper()
	embeddedOnce.Do(func() {
		var g *gazetteer.Gazetteer
		g, embeddedErr = gazetteer.Load()
		if embeddedErr == nil {
			embeddedX = New(g)
		}
	})
	require.NoError(t, embeddedErr)
	return embeddedX
}

// TestGeneralisation checks the error families found on articles outside the evaluation
// set, on sentences written for this test: each case lists relations that must be found
// (want) and relations that must not (never). Only interactions are compared.
func TestGeneralisation(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []string
		never []string
	}{
		// "back/support" with an object that is a claim, a plan or a decision, not an actor.
		{"back own allegation", "Britain published intelligence to back its allegation against Russia.",
			nil, []string{"United Kingdom SUPPORTS Russia", "United Kingdom SUPPORTS United Kingdom"}},
		{"support a plan for a country", "Germany supported the plan to rebuild Ukraine.",
			nil, []string{"Germany SUPPORTS Ukraine"}},
		{"back a claim about a country", "France backed the claim that Syria used chemical weapons.",
			nil, []string{"France SUPPORTS Syria"}},
		{"support an actor", "Germany supported Ukraine on Monday.", []string{"Germany SUPPORTS Ukraine"}, nil},
		{"welcome an actor's move", "Japan welcomed Canada's decision.", []string{"Japan SUPPORTS Canada"}, nil},

		// The object of DENIES is the accuser, never another country of the sentence.
		{"denial without accuser", "Iran denied involvement in attacks claimed by Houthi rebels in Yemen.",
			nil, []string{"Iran DENIES Yemen", "Iran DENIES Houthi movement"}},
		{"denial answers the target of the denied act", "Iran denied involvement in attacks on U.S. forces.",
			[]string{"Iran DENIES United States"}, nil},
		{"denial then a statement", "Ali Khamenei denied the report and said Israel had no right to respond.",
			nil, []string{"Ali Khamenei DENIES Israel"}},
		{"denial of an act in a place", "Russia denied that it had sent troops to Syria.",
			nil, []string{"Russia DENIES Syria"}},
		{"denial answers the accuser", "Saudi Arabia accused Iran of the attack. Iran denied involvement in the strikes on Yemen.",
			[]string{"Saudi Arabia ACCUSES Iran", "Iran DENIES Saudi Arabia"}, []string{"Iran DENIES Yemen"}},

		// Datelines name where the story was filed, not who acts.
		{"dateline two cities", "LONDON/WASHINGTON (Reuters) - The United States condemned Russia on Monday.",
			[]string{"United States CONDEMNS Russia"}, []string{"United Kingdom CONDEMNS Russia"}},
		{"dateline with date", "BEIJING, March 3 (Xinhua) -- China criticised Japan over the visit.",
			[]string{"China CONDEMNS Japan"}, nil},
		{"dateline and it", "LONDON/WASHINGTON (Reuters) - The United States said on Monday it had imposed sanctions on Iran.",
			[]string{"United States SANCTIONS Iran"}, []string{"United Kingdom SANCTIONS Iran"}},
		{"dateline in title case with an agency", "Geneva, May 5 (AP) — Russia said it would expel British diplomats.",
			[]string{"Russia THREATENS United Kingdom"}, []string{"Switzerland THREATENS United Kingdom"}},
		{"dateline said", "MOSCOW (AP) — Ukraine said Russia shelled Kharkiv overnight.",
			[]string{"Ukraine ACCUSES Russia"}, []string{"Russia ACCUSES Russia", "Russia ATTACKS Ukraine"}},

		// "called the attack ..." criticises the attack's author, not the speaker's country.
		{"called the attack", "Emmanuel Macron called the attack on French soldiers cowardly.",
			nil, []string{"Emmanuel Macron CONDEMNS France"}},
		{"called an actor's act", "Donald Trump called the Iranian strike a grave mistake.",
			nil, []string{"Donald Trump CONDEMNS United States"}},

		// A denial coordinated with a statement is no accusation.
		{"denied and said", "Ali Khamenei denied the report and said the U.S. attack lacked military value.",
			nil, []string{"Ali Khamenei ACCUSES United States"}},

		// Demonym plurals stand for the state only with state nouns.
		{"lawmakers are not the state", "U.S. lawmakers welcomed Donald Trump's move.",
			nil, []string{"United States SUPPORTS Donald Trump"}},
		{"american lawmakers", "American lawmakers criticised China.",
			nil, []string{"United States CONDEMNS China"}},
		{"officials are the state", "Russian officials condemned the British decision.",
			[]string{"Russia CONDEMNS United Kingdom"}, nil},
		{"protesters are not the state", "Iranian protesters condemned Britain.",
			nil, []string{"Iran CONDEMNS United Kingdom"}},

		// Reported speech turns acts into accusations.
		{"reported attack", "Ukraine said Russia attacked Kyiv overnight.",
			[]string{"Ukraine ACCUSES Russia"}, []string{"Russia ATTACKS Ukraine"}},

		// Negation stays in its clause.
		{"negation in another clause", "Japan did not comment, but South Korea condemned North Korea.",
			[]string{"South Korea CONDEMNS North Korea"}, []string{"Japan CONDEMNS North Korea"}},
		{"negation in a relative clause", "France, which has not recognised Palestine, condemned Israel.",
			[]string{"France CONDEMNS Israel"}, []string{"France RECOGNIZES Palestine"}},
		{"negated second conjunct", "Spain recognised Palestine, but Germany did not.",
			[]string{"Spain RECOGNIZES Palestine"}, []string{"Germany RECOGNIZES Palestine"}},

		// Conditionals write nothing.
		{"conditional attack", "If Iran attacks Israel, the United States will respond.",
			nil, []string{"Iran ATTACKS Israel"}},
		{"conditional recognition", "Canada would recognise Palestine if the ceasefire holds.",
			nil, []string{"Canada RECOGNIZES Palestine"}},

		// Passive agents.
		{"passive by a party", "Donald Trump has been criticized by Democrats.",
			[]string{"Democratic Party CONDEMNS Donald Trump"}, nil},
		{"passive coordinated agents", "Venezuela was backed by Russia and China.",
			[]string{"Russia SUPPORTS Venezuela", "China SUPPORTS Venezuela"}, nil},

		// Parentheticals and modifiers do not give the subject or the object.
		{"parenthetical agent", "Saudi Arabia, backed by the United States, launched strikes on the Houthis.",
			[]string{"Saudi Arabia ATTACKS Houthi movement", "United States SUPPORTS Saudi Arabia"}, []string{"United States ATTACKS Houthi movement"}},
		{"modifier without its noun", "The Pentagon said Iran-backed militias had attacked U.S. troops in Syria.",
			nil, []string{"Iran SUPPORTS United States"}},
		{"modifier of a group", "Iran-backed Houthi rebels attacked a Saudi oil facility.",
			[]string{"Iran SUPPORTS Houthi movement"}, nil},
		{"actor as a noun modifier", "Iran said the U.S. attack lacked military value.",
			nil, []string{"Iran ACCUSES United States"}},
		{"clause after a comma has its own subject", "Iran and Russia have cooperated since 2022, and Western governments have accused Tehran of supplying drones to Moscow.",
			nil, []string{"Russia ACCUSES Iran"}},
		{"military body followed by a preposition", "Egypt has backed the Sudanese army throughout the war.",
			[]string{"Egypt SUPPORTS Sudanese Armed Forces"}, []string{"Egypt SUPPORTS Sudan"}},

		// Open questions and requests to stop are no acts.
		{"whether", "Officials declined to say whether the United States would sanction Turkey.",
			nil, []string{"United States THREATENS Turkey", "United States SANCTIONS Turkey"}},
		{"stop doing", "Ukraine demanded that Iran stop supplying weapons to Russia.",
			nil, []string{"Iran AIDS Russia"}},
		{"alleged arms transfer", "The United States said Iran had shipped missiles to Russia.",
			[]string{"United States ACCUSES Iran"}, []string{"Iran AIDS Russia"}},
		{"aid far from its verb", "Norway has provided about $2 billion in financial and humanitarian aid to Ukraine.",
			[]string{"Norway AIDS Ukraine"}, nil},

		// The author of a rejected or condemned act is named with it.
		{"rejected draft by", "Russia vetoed the resolution drafted by the United States.",
			[]string{"Russia REJECTS United States"}, nil},
		{"rejected modifier draft", "Russia and China rejected a US-drafted resolution.",
			[]string{"Russia REJECTS United States", "China REJECTS United States"}, nil},
		{"rejected demands of", "North Korea rejected the demands of the UN Security Council.",
			[]string{"North Korea REJECTS United Nations Security Council"}, nil},
		{"rejected an authorless resolution", "Cuba rejected the resolution.", nil, []string{"Cuba REJECTS United Nations"}},
		{"condemned a demonym's act", "Iran's foreign ministry condemned the Israeli attack on its embassy.",
			[]string{"Ministry of Foreign Affairs of Iran CONDEMNS Israel"}, nil},

		// Coordinated verbs, reciprocals and apposed denials.
		{"second verb after an object", "Trump withdrew the United States from the accord and ordered sanctions on Tehran.",
			[]string{"Donald Trump SANCTIONS Iran"}, []string{"United States SANCTIONS Iran"}},
		{"second verb after a possessive object", "Joe Biden praised Ukraine's resistance and pledged further aid to Kyiv.",
			[]string{"Joe Biden AIDS Ukraine"}, nil},
		{"each other", "Armenia and Azerbaijan accused each other of shelling.",
			[]string{"Armenia ACCUSES Azerbaijan", "Azerbaijan ACCUSES Armenia"}, nil},
		{"apposed denial", "Poland has accused Belarus of orchestrating the crisis, a charge Minsk rejects.",
			[]string{"Poland ACCUSES Belarus", "Belarus DENIES Poland"}, []string{"Belarus REJECTS Poland"}},

		// Hosts, meetings and cooperation among several parties.
		{"hosted talks between", "Oman hosted two days of talks between Saudi and Iranian security officials.",
			[]string{"Oman HOSTS Saudi Arabia", "Oman HOSTS Iran"}, nil},
		{"hosted leaders", "Qatar hosted the American and Afghan delegations for the talks.",
			[]string{"Qatar HOSTS United States", "Qatar HOSTS Afghanistan"}, nil},
		{"cooperation of three", "Japan, South Korea and the United States began sharing radar data.",
			[]string{"Japan COOPERATES_WITH South Korea", "Japan COOPERATES_WITH United States", "South Korea COOPERATES_WITH United States"}, nil},
		{"met a titled official", "President Gabriel Boric of Chile met President Luis Arce of Bolivia in La Paz.",
			[]string{"Gabriel Boric MEETS Luis Arce"}, nil},
		{"met an official after a comma", "Chile's foreign minister, Ana Ruiz, met Peru's foreign minister, Pedro Salas, in Lima.",
			[]string{"Ana Ruiz MEETS Pedro Salas"}, []string{"Ana Ruiz MEETS Peru"}},
		{"talks between then a verb", "Talks between Chile and Bolivia have been under way since May.",
			[]string{"Chile MEETS Bolivia"}, nil},

		// Subjects: possessives with qualifiers, participles, introductory clauses.
		{"possessive with an adjective", "Syria's new authorities have called on Israel to stop the raids.",
			[]string{"Syria DEMANDS Israel"}, nil},
		{"possessive of a non-state noun", "Iran's friendly neighbours condemned Israel.",
			nil, []string{"Iran CONDEMNS Israel"}},
		{"participle after a comma", "Bolivia expelled Chile's ambassador, accusing Santiago of meddling.",
			[]string{"Bolivia ACCUSES Chile", "Bolivia EXPELS Chile"}, nil},
		{"introductory clause", "After Russia invaded Ukraine, Poland expelled two diplomats, accusing Moscow of spying.",
			[]string{"Poland ACCUSES Russia"}, []string{"Russia ATTACKS Poland", "Russia ACCUSES Russia"}},
		{"withdrew a high commissioner", "India withdrew its high commissioner from Ottawa.",
			[]string{"India SEVERS_TIES_WITH Canada"}, nil},

		// A warning about a country is no threat to it.
		{"warning about", "The UN warned that Sudan faces famine.", nil, []string{"United Nations THREATENS Sudan"}},
		{"warning of consequences", "Russia warned that any Finnish move to host troops would bring a response.",
			[]string{"Russia THREATENS Finland"}, nil},

		// Coordination.
		{"coordinated subjects and objects", "Britain and France condemned Iran and Syria.",
			[]string{"United Kingdom CONDEMNS Iran", "United Kingdom CONDEMNS Syria", "France CONDEMNS Iran", "France CONDEMNS Syria"}, nil},
		{"coordinated verbs", "Estonia condemned Russia and expelled two Russian diplomats.",
			[]string{"Estonia CONDEMNS Russia", "Estonia EXPELS Russia"}, nil},
	}
	x := embeddedExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := x.Extract(context.Background(), tt.text, geokg.Article{Published: "2024-05-01"})
			require.NoError(t, err)
			got := interactions(ex)
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, n := range tt.never {
				assert.NotContains(t, got, n)
			}
		})
	}
}
