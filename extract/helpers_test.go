package extract

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// testGazetteer is a small gazetteer written for the tests, independent of the embedded
// data.
func testGazetteer(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.FromFile(gazetteer.File{
		Countries: []gazetteer.Country{
			{Code: "ALB", Name: "Albania", Demonyms: []string{"Albanian", "Albanians"}, Capitals: []string{"Tirana"}},
			{Code: "IRN", Name: "Iran", Aliases: []string{"Islamic Republic of Iran"}, Demonyms: []string{"Iranian", "Iranians"}, Capitals: []string{"Tehran"}},
			{Code: "USA", Name: "United States", Aliases: []string{"US", "U.S.", "United States of America"}, Demonyms: []string{"American", "Americans"}, Capitals: []string{"Washington"}, Seats: []string{"White House", "the Pentagon"}},
			{Code: "RUS", Name: "Russia", Demonyms: []string{"Russian", "Russians"}, Capitals: []string{"Moscow"}, Seats: []string{"the Kremlin"}},
			{Code: "GBR", Name: "United Kingdom", Aliases: []string{"UK", "Britain"}, Demonyms: []string{"British"}, Capitals: []string{"London"}},
			{Code: "CAN", Name: "Canada", Demonyms: []string{"Canadian"}, Capitals: []string{"Ottawa"}},
			{Code: "FRA", Name: "France", Demonyms: []string{"French"}, Capitals: []string{"Paris"}},
			{Code: "ISR", Name: "Israel", Demonyms: []string{"Israeli"}, Capitals: []string{"Jerusalem"}},
			{Code: "CHN", Name: "China", Demonyms: []string{"Chinese"}, Capitals: []string{"Beijing"}},
			{Code: "SAU", Name: "Saudi Arabia", Demonyms: []string{"Saudi"}, Capitals: []string{"Riyadh"}},
			{Code: "CUB", Name: "Cuba", Demonyms: []string{"Cuban"}, Capitals: []string{"Havana"}},
			{Code: "JOR", Name: "Jordan", Demonyms: []string{"Jordanian"}, Capitals: []string{"Amman"}},
			{Code: "KWT", Name: "Kuwait", Demonyms: []string{"Kuwaiti"}},
			{Code: "IRQ", Name: "Iraq", Demonyms: []string{"Iraqi"}, Capitals: []string{"Baghdad"}},
			{Code: "SYR", Name: "Syria", Demonyms: []string{"Syrian"}, Capitals: []string{"Damascus"}},
			{Code: "DNK", Name: "Denmark", Demonyms: []string{"Danish"}},
			{Code: "TUR", Name: "Turkey", Demonyms: []string{"Turkish"}, Capitals: []string{"Ankara"}},
			{Code: "QAT", Name: "Qatar", Demonyms: []string{"Qatari"}, Capitals: []string{"Doha"}},
		},
		Groups: []gazetteer.Group{
			{Name: "United Nations", Subtype: geokg.InternationalOrg, Aliases: []string{"UN", "U.N."}},
			{Name: "United Nations Security Council", Subtype: geokg.InternationalOrg, Aliases: []string{"UN Security Council", "Security Council"}, Parent: "United Nations"},
			{Name: "Hamas", Subtype: geokg.ArmedGroup},
			{Name: "Islamic State", Subtype: geokg.ArmedGroup, Aliases: []string{"IS", "ISIS"}},
			{Name: "People's Mujahedeen of Iran", Subtype: geokg.ArmedGroup, Country: "IRN", Aliases: []string{"MEK"}},
			{Name: "European Union", Subtype: geokg.InternationalOrg, Aliases: []string{"EU"}},
			{Name: "United States Department of State", Subtype: geokg.Agency, Country: "USA", Aliases: []string{"State Department"}, Parent: "country:USA"},
			{Name: "Hezbollah", Subtype: geokg.ArmedGroup},
		},
		Officials: []gazetteer.Official{
			{Name: "Vladimir Putin", Country: "RUS", Title: "President", Aliases: []string{"Putin"}},
			{Name: "Xi Jinping", Country: "CHN", Title: "President", Aliases: []string{"Xi"}},
		},
	})
	require.NoError(t, err)
	return g
}

// extractText runs the extractor with the test gazetteer.
func extractText(t testing.TB, text, published string) *geokg.Extraction {
	t.Helper()
	ex, err := New(testGazetteer(t)).Extract(context.Background(), text, geokg.Article{Published: published})
	require.NoError(t, err)
	require.NoError(t, ex.Validate())
	return ex
}

// relationStrings returns the relations of an extraction as "Subject TYPE Object" with
// entity names, sorted.
func relationStrings(ex *geokg.Extraction) []string {
	names := map[string]string{}
	for _, e := range ex.Entities {
		names[e.ID] = e.Name
	}
	out := []string{}
	for _, r := range ex.Relations {
		out = append(out, fmt.Sprintf("%s %s %s", names[r.Subject], r.Type, names[r.Object]))
	}
	sort.Strings(out)
	return out
}

// interactions returns relationStrings without LEADS, MEMBER_OF and PART_OF.
func interactions(ex *geokg.Extraction) []string {
	names := map[string]string{}
	for _, e := range ex.Entities {
		names[e.ID] = e.Name
	}
	out := []string{}
	for _, r := range ex.Relations {
		if r.Type.Structural() {
			continue
		}
		out = append(out, fmt.Sprintf("%s %s %s", names[r.Subject], r.Type, names[r.Object]))
	}
	sort.Strings(out)
	return out
}

// sentenceCase is one sentence written for a test, the interactions that must be read from
// it (want) and those that must not (never).
type sentenceCase struct {
	name  string
	text  string
	want  []string
	never []string
}

// checkSentenceCases extracts each case's sentence (published 2024-05-01) and checks its
// interactions.
func checkSentenceCases(t *testing.T, x *Extractor, tests []sentenceCase) {
	t.Helper()
	checkCases(t, x, tests, interactions, nil)
}

// checkCases extracts each case's sentence (published 2024-05-01), checks the relations
// that of lists (interactions, or relationStrings for all of them) against want and
// never, and runs also on the extraction when it is not nil.
func checkCases(t *testing.T, x *Extractor, tests []sentenceCase, of func(*geokg.Extraction) []string, also func(*testing.T, *geokg.Extraction)) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := x.Extract(context.Background(), tt.text, geokg.Article{Published: "2024-05-01"})
			require.NoError(t, err)
			got := of(ex)
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, n := range tt.never {
				assert.NotContains(t, got, n)
			}
			if also != nil {
				also(t, ex)
			}
		})
	}
}

// relationsOn returns the relations x reads in text as an article published on the date.
func relationsOn(t *testing.T, x *Extractor, text, published string) []string {
	t.Helper()
	ex, err := x.Extract(context.Background(), text, geokg.Article{Published: published})
	require.NoError(t, err)
	return relationStrings(ex)
}

// entityNamesOn returns the names of the entities x reads in text as an article published
// on the date, of the kind given, or of every kind when kind is "".
func entityNamesOn(t *testing.T, x *Extractor, text, published string, kind geokg.Kind) []string {
	t.Helper()
	ex, err := x.Extract(context.Background(), text, geokg.Article{Published: published})
	require.NoError(t, err)
	var out []string
	for _, e := range ex.Entities {
		if kind == "" || e.Kind == kind {
			out = append(out, e.Name)
		}
	}
	return out
}
