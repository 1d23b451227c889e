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
		{"denial of an act in a place", "Russia denied that it had sent troops to Syria.",
			nil, []string{"Russia DENIES Syria"}},
		{"denial answers the accuser", "Saudi Arabia accused Iran of the attack. Iran denied involvement in the strikes on Yemen.",
			[]string{"Saudi Arabia ACCUSES Iran", "Iran DENIES Saudi Arabia"}, []string{"Iran DENIES Yemen"}},

		// Datelines name where the story was filed, not who acts.
		{"dateline two cities", "LONDON/WASHINGTON (Reuters) - The United States condemned Russia on Monday.",
			[]string{"United States CONDEMNS Russia"}, []string{"United Kingdom CONDEMNS Russia"}},
		{"dateline with date", "BEIJING, March 3 (Xinhua) -- China criticised Japan over the visit.",
			[]string{"China CONDEMNS Japan"}, nil},
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
