package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// TestStateAgenciesOfTheGazetteer checks, on sentences written for this test, that the
// embedded gazetteer names national agencies by their acronym alone ("CBP", "ICE"), by
// their name with the state's abbreviation ("U.S. Coast Guard") and a militia by its
// transliteration variants ("pesh merga"); and that a lower-case word spelled like an
// acronym ("ice") or a generic body of another state ("the Chilean coast guard") is not
// the United States' agency.
func TestStateAgenciesOfTheGazetteer(t *testing.T) {
	g, err := gazetteer.Default()
	require.NoError(t, err)
	x := New(g)
	checkSentenceCases(t, x, []sentenceCase{
		{"acronym of a border agency", "Peru accused CBP of mistreating its citizens at the border.",
			[]string{"Peru ACCUSES United States Customs and Border Protection"}, nil},
		{"acronym of an immigration agency", "ICE criticized Bolivia for refusing the flights.",
			[]string{"United States Immigration and Customs Enforcement CONDEMNS Bolivia"}, nil},
		{"acronym of a transport agency", "The TSA warned Peru about its airport checks.",
			[]string{"Transportation Security Administration THREATENS Peru"}, nil},
		{"agency named with the state's abbreviation", "Chile praised the U.S. Coast Guard for the rescue.",
			[]string{"Chile SUPPORTS United States Coast Guard"}, nil},
		{"patrol named with the state's abbreviation", "Mexico criticized the US Border Patrol on Monday.",
			[]string{"Mexico CONDEMNS United States Border Patrol"}, nil},
		{"militia in transliteration", "The pesh merga accused the Islamic State of shelling the town.",
			[]string{"Peshmerga ACCUSES Islamic State"}, nil},
		{"another state's coast guard", "The Chilean coast guard criticized Peru on Monday.",
			nil, []string{"United States Coast Guard CONDEMNS Peru"}},
		{"another state's border patrol", "Chile's border patrol accused Peru of smuggling.",
			nil, []string{"United States Border Patrol ACCUSES Peru"}},
	})
	for _, text := range []string{
		"Ice on the roads angered Peru and Chile.",
		"The ice criticized by Peru melted.",
	} {
		assert.NotContains(t, entityNamesOn(t, x, text, "2024-05-01", geokg.KindGroup), "United States Immigration and Customs Enforcement", text)
	}
}

// TestIntelligenceAgenciesOfTheGazetteer checks, on sentences written for this test, that
// the United States' intelligence agencies named together with the state's abbreviation
// or demonym ("U.S. intelligence agencies", "American spy agencies") are the gazetteer's
// United States Intelligence Community, which acts in place of the state; and that
// another state's agencies ("Chilean intelligence agencies") and one agency ("a U.S.
// intelligence agency") are not it.
func TestIntelligenceAgenciesOfTheGazetteer(t *testing.T) {
	g, err := gazetteer.Default()
	require.NoError(t, err)
	x := New(g)
	checkSentenceCases(t, x, []sentenceCase{
		{"agencies with the abbreviation", "U.S. intelligence agencies have concluded that Peru hacked the ministry's servers.",
			[]string{"United States Intelligence Community ACCUSES Peru"}, []string{"United States ACCUSES Peru"}},
		{"agencies without dots", "US intelligence agencies accused Bolivia of spying on the embassy.",
			[]string{"United States Intelligence Community ACCUSES Bolivia"}, nil},
		{"spy agencies with the demonym", "Chile criticized American spy agencies for the wiretaps.",
			[]string{"Chile CONDEMNS United States Intelligence Community"}, nil},
		{"another state's agencies", "Chilean intelligence agencies accused Peru of spying.",
			nil, []string{"United States Intelligence Community ACCUSES Peru"}},
		{"one agency", "A U.S. intelligence agency accused Peru of spying.",
			nil, []string{"United States Intelligence Community ACCUSES Peru"}},
	})
}
