package extract

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// TestPluralTitles covers pluralTitles: a plural title before a list of known officials
// gives each the singular title, and a party word before it each the party.
func TestPluralTitles(t *testing.T) {
	g, err := gazetteer.FromFile(gazetteer.File{
		Countries: []gazetteer.Country{
			{Code: "PER", Name: "Peru", Demonyms: []string{"Peruvian"}},
			{Code: "BOL", Name: "Bolivia", Demonyms: []string{"Bolivian"}},
			{Code: "CHL", Name: "Chile", Demonyms: []string{"Chilean"}},
		},
		Groups: []gazetteer.Group{
			{Name: "Civic Party", Subtype: geokg.Party, Country: "PER"},
		},
		Officials: []gazetteer.Official{
			{Name: "Ana Ruiz", Country: "PER", Title: "Senator", Aliases: []string{"Ruiz"}},
			{Name: "Luis Soto", Country: "PER", Title: "Senator", Aliases: []string{"Soto"}},
			{Name: "Marta Vega", Country: "PER", Title: "President", Aliases: []string{"Vega"}},
			{Name: "Jorge Paz", Country: "BOL", Title: "President", Aliases: []string{"Paz"}},
		},
	})
	require.NoError(t, err)
	x := New(g)
	checkCases(t, x, []sentenceCase{
		{"senators", "Sens. Ana Ruiz and Luis Soto criticized Chile.",
			[]string{"Ana Ruiz MEMBER_OF Peru", "Luis Soto MEMBER_OF Peru"}, nil},
		{"home places between", "Senators Ana Ruiz of Cusco and Luis Soto of Lima criticized Chile.",
			[]string{"Ana Ruiz MEMBER_OF Peru", "Luis Soto MEMBER_OF Peru"}, nil},
		{"party tags between", "Sens. Ana Ruiz, R-Cusco, and Luis Soto, R-Lima, criticized Chile.",
			[]string{"Ana Ruiz MEMBER_OF Peru", "Luis Soto MEMBER_OF Peru"}, nil},
		{"heads of two states", "Presidents Marta Vega and Jorge Paz met in Lima.",
			[]string{"Marta Vega LEADS Peru", "Jorge Paz LEADS Bolivia"}, nil},
		{"a party word before", "Civic Sens. Ana Ruiz and Luis Soto criticized Chile.",
			[]string{"Ana Ruiz MEMBER_OF Civic Party", "Luis Soto MEMBER_OF Civic Party"}, nil},
		{"former heads", "Former Presidents Marta Vega and Jorge Paz met in Lima.",
			nil, []string{"Marta Vega LEADS Peru", "Jorge Paz LEADS Bolivia"}},
		{"one name is no list", "Presidents Marta Vega met in Lima with Chile.",
			nil, []string{"Marta Vega LEADS Peru"}},
	}, relationStrings, nil)
}
