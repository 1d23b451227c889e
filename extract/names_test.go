package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// namesGazetteer is a small gazetteer whose officials share first names ("Ana") and
// whose places are surnames too ("Lima", "Jordan").
func namesGazetteer(t *testing.T) *Extractor {
	t.Helper()
	g, err := gazetteer.FromFile(gazetteer.File{
		Countries: []gazetteer.Country{
			{Code: "PER", Name: "Peru", Demonyms: []string{"Peruvian"}, Capitals: []string{"Lima"}},
			{Code: "CHL", Name: "Chile", Demonyms: []string{"Chilean"}, Capitals: []string{"Santiago"}},
			{Code: "JOR", Name: "Jordan", Demonyms: []string{"Jordanian"}, Capitals: []string{"Amman"}},
			{Code: "BOL", Name: "Bolivia", Demonyms: []string{"Bolivian"}},
		},
		Groups: []gazetteer.Group{
			{Name: "Andean Front", Subtype: geokg.ArmedGroup},
		},
		Officials: []gazetteer.Official{
			{Name: "Ana Ruiz", Country: "PER", Title: "President", Aliases: []string{"Ruiz"}},
			{Name: "Ana Lopez", Country: "CHL", Title: "Foreign Minister", Aliases: []string{"Lopez"}},
			{Name: "Omar al-Rashid", Title: "Leader", Aliases: []string{"Rashid"}},
			{Name: "Carlos Mendez", Country: "BOL", Title: "President", Aliases: []string{"Mendez"}},
			{Name: "Bill Varela", Country: "CHL", Title: "Senator", Aliases: []string{"Varela"}},
			{Name: "Robert Quispe", Country: "PER", Title: "Special Counsel", Aliases: []string{"Quispe"}},
		},
	})
	require.NoError(t, err)
	return New(g)
}

func TestNameWordsTitleReadsPast(t *testing.T) {
	x := namesGazetteer(t)
	tests := []struct {
		name, text string
		want       []string // relation strings that must be read
		never      []string // entity names that must not be
	}{
		{"middle initial A", "Bolivian Foreign Minister Pablo A. Torres criticized Chile.",
			[]string{"Pablo A. Torres MEMBER_OF Bolivia", "Pablo A. Torres CONDEMNS Chile"}, []string{"Pablo"}},
		{"middle initial I", "Bolivian envoy Pablo I. Torres criticized Chile.",
			[]string{"Pablo I. Torres MEMBER_OF Bolivia"}, []string{"Pablo"}},
		{"middle initial of a gazetteer official", "President Carlos R. Mendez criticized Chile.",
			[]string{"Carlos Mendez CONDEMNS Chile"}, []string{"Carlos R. Mendez", "Carlos"}},
		{"middle initial and the full form of a gazetteer official's short given name", "Senate Minority Leader William R. Varela criticized Peru.",
			[]string{"Bill Varela CONDEMNS Peru"}, []string{"William R.", "William R. Varela"}},
		{"the full form of a gazetteer official's short given name after a title", "Senator William Varela criticized Peru.",
			[]string{"Bill Varela CONDEMNS Peru"}, []string{"William Varela", "William"}},
		{"the full form of the short given name without a title", "On Monday, William Varela criticized Peru.",
			[]string{"Bill Varela CONDEMNS Peru"}, []string{"William Varela", "William"}},
		{"a short form of a gazetteer official's given name after a title", "Special counsel Bob Quispe criticized Chile.",
			[]string{"Robert Quispe CONDEMNS Chile"}, []string{"Bob Quispe", "Bob"}},
		{"another spelling of a gazetteer official's given name after a title", "Former President Karlos Mendez criticized Chile.",
			nil, []string{"Carlos Mendez"}},
		{"middle initial and another given name before a gazetteer surname", "Senator Roberto F. Mendez criticized Chile.",
			[]string{"Roberto F. Mendez CONDEMNS Chile"}, []string{"Carlos Mendez", "Roberto F."}},
		{"a surname that is a title word after a middle initial", "Rep. Pablo T. King criticized Chile.",
			[]string{"Pablo T. King CONDEMNS Chile"}, []string{"Pablo T."}},
		{"surname that is a capital", "Prime Minister Ana Lima criticized Chile on Monday.",
			[]string{"Ana Lima CONDEMNS Chile"}, []string{"Ana", "Peru"}},
		{"surname that is a country", "Chilean senator Ana Jordan criticized Bolivia.",
			[]string{"Ana Jordan CONDEMNS Bolivia", "Ana Jordan MEMBER_OF Chile"}, []string{"Ana", "Jordan"}},
		{"surname of a gazetteer official after a particle", "Andean Front leader Omar al Rashid criticized Chile.",
			[]string{"Omar al-Rashid LEADS Andean Front", "Omar al-Rashid CONDEMNS Chile"}, []string{"Omar"}},
		{"first name Jan", "Bolivian Foreign Minister Jan Novak criticized Chile.",
			[]string{"Jan Novak MEMBER_OF Bolivia"}, nil},
		{"name split by an editor's brackets", "\"[Bolivian President Pablo] Torres is wrong,\" she said of Chile's plan.",
			[]string{"Pablo Torres LEADS Bolivia"}, []string{"Pablo"}},
		{"gazetteer surname after an editor's brackets", "\"They never met (Bolivian President Carlos) Mendez,\" she said.",
			[]string{"Carlos Mendez LEADS Bolivia"}, []string{"Carlos"}},
		{"rank written out after a title", "Bolivian army spokesman Major General Pablo Torres criticized Chile.",
			[]string{"Pablo Torres CONDEMNS Chile"}, []string{"Major General Pablo Torres"}},
		{"rank written out before an apposition", "Lieutenant Colonel Pablo Torres, a Bolivian army spokesman, criticized Chile.",
			[]string{"Pablo Torres CONDEMNS Chile"}, []string{"Lieutenant Colonel Pablo Torres"}},
		{"two rank words before a surname", "Bolivian navy spokesman Petty Officer Torres criticized Chile.",
			[]string{"Torres CONDEMNS Chile"}, []string{"Petty Officer Torres", "Officer Torres"}},
		{"title in an editor's brackets", "\"[Bolivian President] Carlos Mendez is wrong,\" she said.",
			[]string{"Carlos Mendez LEADS Bolivia"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := x.Extract(context.Background(), tt.text, geokg.Article{Published: "2024-05-01"})
			require.NoError(t, err)
			got := relationStrings(ex)
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			names := append(entityNames(ex, geokg.KindOfficial), entityNames(ex, geokg.KindCountry)...)
			for _, n := range tt.never {
				assert.NotContains(t, names, n)
			}
		})
	}
	// not read: a capital after a first name that no two officials of the gazetteer share
	// (the word may be a person's only name), the month before a date
	ex, err := x.Extract(context.Background(), "Prime Minister Pablo Lima criticized Chile.", geokg.Article{Published: "2024-05-01"})
	require.NoError(t, err)
	assert.NotContains(t, entityNames(ex, geokg.KindOfficial), "Pablo Lima")
	ex, err = x.Extract(context.Background(), "On Jan. 5 Peru criticized Chile. On Jan 6 Chile criticized Peru.", geokg.Article{Published: "2024-05-01"})
	require.NoError(t, err)
	assert.Empty(t, entityNames(ex, geokg.KindOfficial))
	assert.Contains(t, relationStrings(ex), "Peru CONDEMNS Chile")
}

// TestSurnameAfterAnotherGivenName checks, on sentences written for this test, that a
// gazetteer official's surname after another given name is another person ("Gary
// Johnson" is not Boris Johnson), the official's own given name in a short or other
// spelling is the official, and a title, a plural title or a party word before the
// surname is no given name.
func TestSurnameAfterAnotherGivenName(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"another given name", "On Monday, Kevin Johnson criticized Peru.",
			nil, []string{"Boris Johnson CONDEMNS Peru"}},
		{"another given name after the official's full name", "Boris Johnson met Boric. Later, Gary Johnson criticized Peru.",
			[]string{"Boris Johnson MEETS Gabriel Boric"}, []string{"Boris Johnson CONDEMNS Peru"}},
		{"a short form of the given name", "Robert Mueller met Boric. Later, Bob Mueller criticized Peru.",
			[]string{"Robert Mueller CONDEMNS Peru"}, nil},
		{"another spelling of the given name", "Michele Bachelet urged Peru to exercise restraint.",
			[]string{"Michelle Bachelet DEMANDS Peru"}, nil},
		{"a plural title", "On Monday, Senators McCain and Graham called on Peru to release the prisoners.",
			[]string{"John McCain DEMANDS Peru"}, nil},
		{"a known first name opening the sentence", "Gary Johnson criticized Peru on Monday.",
			nil, []string{"Boris Johnson CONDEMNS Peru"}},
		{"a listed given name opening the sentence", "Emma Mueller criticized Peru on Monday.",
			nil, []string{"Robert Mueller CONDEMNS Peru"}},
		{"an unknown given name opening the sentence, written inside one before", "Robert Mueller met his nephew Tobin Mueller in Lima. Tobin Mueller criticized Peru on Monday.",
			nil, []string{"Robert Mueller CONDEMNS Peru"}},
		{"a word opening the sentence, never written inside one", "Robert Mueller met Boric in Lima. Tobin Mueller criticized Peru on Monday.",
			[]string{"Robert Mueller CONDEMNS Peru"}, nil},
		// an official named by his own title keeps the surname from a namesake named in full
		{"a titled official keeps his surname", "President Boric met Peruvian leaders in Lima on Monday. Foreign Minister Ana Boric of Peru, who is no relative, greeted him. Boric then accused Bolivia of spying.",
			[]string{"Gabriel Boric ACCUSES Bolivia"}, []string{"Ana Boric ACCUSES Bolivia"}},
		{"an official named by his alias alone gives it away", "Boric met Peruvian leaders in Lima on Monday. Foreign Minister Ana Boric of Peru, who is no relative, greeted him. Boric then accused Bolivia of spying.",
			[]string{"Ana Boric ACCUSES Bolivia"}, []string{"Gabriel Boric ACCUSES Bolivia"}},
	})
}

// TestCountryAsSurname checks, on sentences written for this test, that a one-word
// country's name right after a first name that opens a person's name is the person's
// surname, not the state, while a country after no first name stays the state.
func TestCountryAsSurname(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a surname in a coordinated subject", "Socialist Representatives Luis Vega of Cusco and Mike Chile of Lima castigated Bolivia.",
			nil, []string{"Chile CONDEMNS Bolivia"}},
		{"a surname after a title", "Rep. Mike Chile criticised Bolivia on Monday.",
			nil, []string{"Chile CONDEMNS Bolivia"}},
		{"a coordinated country", "On Monday, Bolivia and Chile accused Peru of spying.",
			[]string{"Chile ACCUSES Peru"}, nil},
	})
}

// TestCapitalInALongerName checks, on sentences written for this test, that a capital's
// name followed by another capitalised word of a name is no mention of its country (a
// newspaper, a person, a school), while a capital before a title, a weekday or another
// actor's name still is.
func TestCapitalInALongerName(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a newspaper", "The Lima Courier accused Chile of lying.",
			nil, []string{"Peru ACCUSES Chile"}},
		{"a person", "On Monday, Lima Toensing accused Chile of lying.",
			nil, []string{"Peru ACCUSES Chile"}},
		{"the capital alone", "Lima accused Chile of lying.",
			[]string{"Peru ACCUSES Chile"}, nil},
		{"the capital before a weekday", "Lima on Monday accused Chile of lying, and Santiago Friday denied it.",
			[]string{"Peru ACCUSES Chile"}, nil},
	})
}

// TestHyphenatedSurnameAlone checks, on sentences written for this test, that a person
// named in full with a hyphenated surname is that person when the surname comes alone
// later ("Soto-Vega" after "Marta Soto-Vega"), and that one half of it alone is not.
func TestHyphenatedSurnameAlone(t *testing.T) {
	checkSentenceCases(t, namesGazetteer(t), []sentenceCase{
		{"hyphenated surname alone", "Bolivian Senator Marta Soto-Vega criticized Peru. Soto-Vega condemned Chile on Monday.",
			[]string{"Marta Soto-Vega CONDEMNS Chile"}, nil},
		{"hyphenated surname after a clause", "Bolivian envoy Marta Soto-Vega visited Lima. Later, Soto-Vega accused Chile of lying.",
			[]string{"Marta Soto-Vega ACCUSES Chile"}, nil},
		{"first half alone", "Bolivian Senator Marta Soto-Vega criticized Peru. Soto condemned Chile on Monday.",
			nil, []string{"Marta Soto-Vega CONDEMNS Chile"}},
		{"second half alone", "Bolivian Senator Marta Soto-Vega criticized Peru. Vega condemned Chile on Monday.",
			nil, []string{"Marta Soto-Vega CONDEMNS Chile"}},
	})
}

// TestBusinessHeads checks, on sentences written for this test, that a company's or an
// organisation's chief executive named with it leads it ("Andean Copper CEO Ana Soto"),
// and that a chief executive of no group the gazetteer knows, or named with a country
// ("a Peruvian CEO"), holds no post and names no actor.
func TestBusinessHeads(t *testing.T) {
	g, err := gazetteer.FromFile(gazetteer.File{
		Countries: []gazetteer.Country{
			{Code: "PER", Name: "Peru", Demonyms: []string{"Peruvian"}},
			{Code: "CHL", Name: "Chile", Demonyms: []string{"Chilean"}},
		},
		Groups: []gazetteer.Group{
			{Name: "Andean Copper", Subtype: geokg.Company, Country: "PER"},
			{Name: "Andean Watch", Subtype: geokg.OtherGroup},
		},
	})
	require.NoError(t, err)
	checkCases(t, New(g), []sentenceCase{
		{"CEO before the name", "Andean Copper CEO Marta Soto-Vega criticized Chile.",
			[]string{"Marta Soto-Vega LEADS Andean Copper", "Marta Soto-Vega CONDEMNS Chile"}, nil},
		{"chief executive in an apposition", "Marta Soto-Vega, the chief executive of Andean Watch, criticized Chile.",
			[]string{"Marta Soto-Vega LEADS Andean Watch"}, []string{"Marta Soto-Vega MEMBER_OF Andean Watch"}},
		{"CEO with a country", "The Peruvian CEO Marta Soto-Vega praised Chile.",
			nil, []string{"Marta Soto-Vega MEMBER_OF Peru", "Marta Soto-Vega SUPPORTS Chile"}},
		{"CEO of an unknown company", "Lima Telecom CEO Marta Soto-Vega criticized Chile.",
			nil, []string{"Marta Soto-Vega CONDEMNS Chile"}},
	}, relationStrings, nil)
}
