package extract

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

func partyPeopleGazetteer(t *testing.T) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.FromFile(gazetteer.File{
		Countries: []gazetteer.Country{
			{Code: "PER", Name: "Peru", Demonyms: []string{"Peruvian"}},
			{Code: "CHL", Name: "Chile", Demonyms: []string{"Chilean"}},
			{Code: "BOL", Name: "Bolivia", Demonyms: []string{"Bolivian"}},
		},
		Groups: []gazetteer.Group{
			{Name: "Civic Party", Subtype: geokg.Party, Country: "PER"},
			{Name: "Unity Movement", Subtype: geokg.Party, Country: "PER", Aliases: []string{"Unionists"}},
			{Name: "Green Party", Subtype: geokg.Party, Country: "PER"},
			{Name: "Chilean Greens", Subtype: geokg.Party, Country: "CHL", Aliases: []string{"Greens"}},
		},
	})
	require.NoError(t, err)
	return g
}

func TestPartyNamedByItsPeople(t *testing.T) {
	x := New(partyPeopleGazetteer(t))
	checkCases(t, x, []sentenceCase{
		{"senators", "Civic senators condemned Bolivia on Monday.",
			[]string{"Civic Party CONDEMNS Bolivia"}, nil},
		{"lawmakers", "Civic lawmakers urged Bolivia to withdraw its troops.",
			[]string{"Civic Party DEMANDS Bolivia"}, nil},
		{"modifiers", "Top Civic congressional leaders accused Bolivia of lying.",
			[]string{"Civic Party ACCUSES Bolivia"}, nil},
		{"a chamber between", "Civic Senate members condemned Bolivia on Monday.",
			[]string{"Civic Party CONDEMNS Bolivia"}, nil},
		{"a plural alias", "Unionist lawmakers condemned Bolivia on Monday.",
			[]string{"Unity Movement CONDEMNS Bolivia"}, nil},
		{"as the object", "Bolivia criticized Civic lawmakers on Monday.",
			[]string{"Bolivia CONDEMNS Civic Party"}, nil},
		{"their leader is one of the party", "The senators, led by Senator Ana Ruiz, met Bolivian officials. Civic members, led by Senator Ana Ruiz, condemned Bolivia.",
			[]string{"Ana Ruiz MEMBER_OF Civic Party"}, []string{"Ana Ruiz LEADS Civic Party"}},
		{"one senator is a person", "A Civic senator condemned Bolivia on Monday.",
			nil, []string{"Civic Party CONDEMNS Bolivia"}},
		{"another party's name", "The Christian Civic lawmakers condemned Bolivia on Monday.",
			nil, []string{"Civic Party CONDEMNS Bolivia"}},
		{"a stance", "Pro-Civic lawmakers condemned Bolivia on Monday.",
			nil, []string{"Civic Party CONDEMNS Bolivia"}},
		{"not a party's people", "Civic candidates condemned Bolivia on Monday.",
			nil, []string{"Civic Party CONDEMNS Bolivia"}},
		{"a word of two parties", "Green lawmakers condemned Bolivia on Monday.",
			nil, []string{"Green Party CONDEMNS Bolivia", "Chilean Greens CONDEMNS Bolivia"}},
		{"they are some of them", "Civic lawmakers met on Monday. They condemned Bolivia.",
			nil, []string{"Civic Party CONDEMNS Bolivia"}},
	}, relationStrings, nil)
}
