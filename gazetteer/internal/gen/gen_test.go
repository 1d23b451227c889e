package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/gazetteer/internal/phoenix"
)

// records parses a dictionary text as the given file.
func records(t *testing.T, from file, text string) []record {
	t.Helper()
	rs, err := phoenix.Parse(strings.NewReader(text))
	require.NoError(t, err)
	out := make([]record, len(rs))
	for i, r := range rs {
		out[i] = record{Record: r, from: from}
	}
	return out
}

func testInput(t *testing.T, countries, international, milNonState string) input {
	t.Helper()
	in := input{
		hand: gazetteer.File{
			Countries: []gazetteer.Country{{Code: "AFG", Name: "Afghanistan", Demonyms: []string{"Afghan"}}, {Code: "USA", Name: "United States", Aliases: []string{"US"}}, {Code: "XKX", Name: "Kosovo"}, {Code: "ESP", Name: "Spain"}},
			Groups:    []gazetteer.Group{{Name: "United Nations", Subtype: geokg.InternationalOrg, Aliases: []string{"UN"}}, {Name: "al-Qaeda", Subtype: geokg.ArmedGroup, Aliases: []string{"al-Qaida"}}},
			Officials: []gazetteer.Official{{Name: "Hamid Karzai", Country: "AFG", Title: "President", Aliases: []string{"Karzai"}}, {Name: "George W. Bush", Country: "USA"}},
		},
		common: map[string]bool{"black": true, "star": true, "rice": true, "target": true, "left": true, "revolutionary": true},
		agents: []phoenix.Agent{{Phrase: []string{"ENVOY"}}, {Phrase: []string{"MONITOR"}}},
	}
	in.records = append(in.records, records(t, countriesFile, countries)...)
	in.records = append(in.records, records(t, internationalFile, international)...)
	in.records = append(in.records, records(t, milNonStateFile, milNonState)...)
	return in
}

func officialNamed(out output, name string) (gazetteer.Official, bool) {
	for _, o := range out.officials {
		if o.Name == name {
			return o, true
		}
	}
	return gazetteer.Official{}, false
}

func groupNamed(out output, name string) (gazetteer.Group, bool) {
	for _, g := range out.groups {
		if g.Name == name {
			return g, true
		}
	}
	return gazetteer.Group{}, false
}

func TestBuildOfficialsWithDatedRoles(t *testing.T) {
	out := build(testInput(t, `
AFGHANISTAN_ [AFG]
+KABUL_
HAMID_KARZAI_  # CountryInfo.txt
+KARZAI_
+PRESIDENT_HAMID_KARZAI_
	[AFGELI 750101-000101]
	[AFGGOV >011222]
	[AFGELI]
MOHAMMAD_HANIF_ATMAR_  # CountryInfo.txt
+ATMAR
+HANIF_ATMAR_
	[AFGGOVAGR 030101-060531]
	[AFGGOV 081101-100630]
AGIM_CEKU_  # CountryInfo.txt
	[KSVGOV 060310-080109]
RICH_BUSINESSMAN_  # CountryInfo.txt
	[AFGBUS 030101-060531]
`, `
THE_UNITED_NATIONS_ [IGOUNO]
UNICEF_	[IGOUNOKID]
CAROL_BELLAMY_	[IGOUNOKID 950501-050430]
`, ""))
	atmar, ok := officialNamed(out, "Mohammad Hanif Atmar")
	require.True(t, ok, "a CountryInfo minister becomes an official")
	assert.Equal(t, "AFG", atmar.Country)
	assert.Equal(t, []string{"Hanif Atmar", "Atmar"}, atmar.Aliases, "a distinctive one-word surname is kept")
	assert.Equal(t, []gazetteer.Role{
		{Country: "AFG", Branch: gazetteer.BranchGovernment, Code: "AFGGOVAGR", From: "2003-01-01", To: "2006-05-31"},
		{Country: "AFG", Branch: gazetteer.BranchGovernment, Code: "AFGGOV", From: "2008-11-01", To: "2010-06-30"},
	}, atmar.Roles)
	assert.NotEmpty(t, atmar.Until, "roles say until when they are complete")

	karzai, ok := officialNamed(out, "Hamid Karzai")
	require.True(t, ok, "the hand-written Karzai gains roles")
	assert.Empty(t, karzai.Aliases, "no title-prefixed alias, no new one-word alias for a hand-written entry")
	assert.Empty(t, karzai.Country, "the headline stays the hand-written one")
	assert.Contains(t, karzai.Roles, gazetteer.Role{Country: "AFG", Branch: gazetteer.BranchGovernment, Code: "AFGGOV", From: "2001-12-22"})
	assert.Contains(t, karzai.Roles, gazetteer.Role{Country: "AFG", Branch: gazetteer.BranchElite, Code: "AFGELI"}, "an undated elite code is kept as the default")

	ceku, ok := officialNamed(out, "Agim Ceku")
	require.True(t, ok)
	assert.Equal(t, "XKX", ceku.Country, "CAMEO KSV is the gazetteer's XKX")

	_, ok = officialNamed(out, "Rich Businessman")
	assert.False(t, ok, "a person with no public role is no official")

	bellamy, ok := officialNamed(out, "Carol Bellamy")
	require.True(t, ok)
	require.Len(t, bellamy.Roles, 1)
	assert.Equal(t, "UNICEF", bellamy.Roles[0].Group, "an IGO code names its organisation")
	unicef, ok := groupNamed(out, "UNICEF")
	require.True(t, ok)
	assert.Equal(t, "United Nations", unicef.Parent, "the parent is the owner of the code's prefix")
	assert.Equal(t, geokg.InternationalOrg, unicef.Subtype)
}

func TestBuildFiltersAmbiguousForms(t *testing.T) {
	out := build(testInput(t, `
CONDOLEEZZA_RICE_  # CountryInfo.txt
+RICE_
	[USAGOV 010120-090120]
SUSAN_RICE_  # CountryInfo.txt
+RICE_
	[USAGOV 090120-130701]
JOHN_SMITH_  # CountryInfo.txt
+J_SMITH_
	[USAGOV 090120-130701]
JANE_SMITH_  # CountryInfo.txt
+J_SMITH_
+BUSH_
	[USAGOV 090120-130701]
`, `
UN_ENVOY_ [IGOUNO]
U.N._MONITOR_ [IGOUNO]
TARGET_CORP_ [MNCUSA]
TARGET_ [MNCUSA]
BBC_ [MED]
`, `
BLACK_STAR_ [GRCREB]
REVOLUTIONARY_LEFT_ [TURREB]
AL-QAEDA_ [IMGMUSALQ]
+AL-QAEDA_IN_IRAQ_
+AL_QAEDA_OPERATIVES_
+AL-QAIDA_NETWORK_
BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_ [ESPREB]
+ETA_
`))
	for _, name := range []string{"Condoleezza Rice", "Susan Rice"} {
		o, ok := officialNamed(out, name)
		require.True(t, ok, name)
		assert.NotContains(t, o.Aliases, "Rice", "an ordinary word is no surname alias")
	}
	for _, name := range []string{"John Smith", "Jane Smith"} {
		o, ok := officialNamed(out, name)
		require.True(t, ok, name)
		assert.NotContains(t, o.Aliases, "J Smith", "a form of two people is dropped from both")
		assert.NotContains(t, o.Aliases, "Bush", "a surname of a hand-written official stays out")
	}
	for _, name := range []string{"UN Envoy", "U.N. Monitor", "Target", "BBC", "Black Star", "Revolutionary Left"} {
		_, ok := groupNamed(out, name)
		assert.False(t, ok, "%s: role phrases, plain words, news media are no groups", name)
	}
	_, ok := groupNamed(out, "Target Corp")
	assert.True(t, ok, "a company name of two words with a suffix is kept")

	aq, ok := groupNamed(out, "al-Qaeda")
	require.True(t, ok, "the Phoenix al-Qaeda merges into the hand-written entry")
	assert.Equal(t, []string{"Al-Qaida Network"}, aq.Aliases, "branches and followers are no aliases; known aliases are not repeated")

	eta, ok := groupNamed(out, "Basque Fatherland and Freedom")
	require.True(t, ok)
	assert.Equal(t, []string{"ETA"}, eta.Aliases, "the parenthesised acronym becomes an alias, once")
	assert.Equal(t, geokg.ArmedGroup, eta.Subtype)
	assert.Equal(t, "ESP", eta.Country)
}

func TestKindOf(t *testing.T) {
	first := map[string]bool{"OSAMA": true}
	tests := []struct {
		from file
		line string
		want recordKind
	}{
		{countriesFile, "AFGHANISTAN_ [AFG]", kindNone},
		{countriesFile, "AFGHAN_NATIONAL_ARMY_ [AFGMIL]", kindGroup},
		{countriesFile, "HAMID_KARZAI_ # CountryInfo.txt", kindPerson},
		{countriesFile, "XI_JINPING [CHNGOV >20121115]", kindPerson},
		{internationalFile, "IAEA_ [IGOUNOIAE]", kindGroup},
		{internationalFile, "KOFI_ANNAN_ [IGOUNO 970101-061231]", kindPerson},
		{internationalFile, "SOME_PERSON_ [IGOUNO]", kindNone},
		{milNonStateFile, "OSAMA_BIN_LADEN_ [IMGMUSALQ]", kindPerson},
		{milNonStateFile, "BOKO_HARAM [NGAREB]", kindGroup},
	}
	for _, tt := range tests {
		rs := records(t, tt.from, tt.line)
		require.Len(t, rs, 1)
		assert.Equal(t, tt.want, kindOf(rs[0], first), tt.line)
	}
}

func TestDisplay(t *testing.T) {
	acr := map[string]bool{"UN": true}
	tests := []struct {
		words  []string
		single bool
		want   string
	}{
		{[]string{"ABU", "BAKR", "AL-BAGHDADI"}, false, "Abu Bakr al-Baghdadi"},
		{[]string{"AL-QAEDA"}, true, "Al-Qaeda"},
		{[]string{"UNITED", "NATIONS", "CHILDREN'S", "FUND"}, false, "United Nations Children's Fund"},
		{[]string{"UN", "SECURITY", "COUNCIL"}, false, "UN Security Council"},
		{[]string{"FOOD", "AND", "AGRICULTURE", "ORGANIZATION"}, false, "Food and Agriculture Organization"},
		{[]string{"IAEA"}, true, "IAEA"},
		{[]string{"PKK"}, false, "PKK"},
		{[]string{"BAN", "KI-MOON"}, false, "Ban Ki-Moon"},
		{[]string{"ACER", "INC"}, false, "Acer Inc"},
		{[]string{"MARTIN", "O'NEILL"}, false, "Martin O'Neill"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, display(tt.words, acr, tt.single), strings.Join(tt.words, "_"))
	}
}

// TestGeneratedFilesAreCurrent regenerates the data from ../shared and compares it with
// the committed files: `make gazetteer` was run after the last change of the generator.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "lexicons", "petrarch2", "Phoenix.Countries.actors.txt")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("../shared/lexicons/petrarch2 is missing: %v", err)
		}
		t.Skip("../shared/lexicons/petrarch2 is absent: the generated files cannot be checked")
	}
	data := filepath.Join("..", "..", "data")
	tmp := t.TempDir()
	for _, f := range []string{"countries.json", "groups.json", "officials.json"} {
		b, err := os.ReadFile(filepath.Join(data, f))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(tmp, f), b, 0o644))
	}
	var log strings.Builder
	require.NoError(t, run(shared, tmp, &log))
	for _, f := range []string{"phoenix-groups.json", "phoenix-officials.json", "agents.json"} {
		want, err := os.ReadFile(filepath.Join(data, f))
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join(tmp, f))
		require.NoError(t, err)
		assert.True(t, string(want) == string(got), "%s is stale: run make gazetteer", f)
	}
}
