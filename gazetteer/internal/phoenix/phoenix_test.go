package phoenix

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseLineShapes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Record
	}{
		{"primary with default code", "AFGHANISTAN_  [AFG]\n+AFGHAN_\n+KABUL_\n",
			[]Record{{Line: 1, Phrase: []string{"AFGHANISTAN"}, Synonyms: [][]string{{"AFGHAN"}, {"KABUL"}}, Codes: []Restriction{{Code: "AFG"}}}}},
		{"date lines, six and eight digits, open ranges", "HAMID_KARZAI_  # CountryInfo.txt\n\t[AFGELI 19750101-000101]\n\t[AFGGOV >011222]\n\t[AFGELI <750101]\n\t[AFGELI]\n",
			[]Record{{Line: 1, Phrase: []string{"HAMID", "KARZAI"}, Comment: "CountryInfo.txt", Codes: []Restriction{
				{Code: "AFGELI", From: "1975-01-01", To: "2000-01-01"}, {Code: "AFGGOV", From: "2001-12-22"}, {Code: "AFGELI", To: "1975-01-01"}, {Code: "AFGELI"}}}}},
		{"several codes on the primary line, tab comment", "JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # president\n",
			[]Record{{Line: 1, Phrase: []string{"JAVIER", "SOLANA"}, Comment: "president", Codes: []Restriction{
				{Code: "IGOEUREEC", From: "1995-07-01", To: "1995-12-31"}, {Code: "IGOWSTNAT", From: "1995-12-05", To: "1999-10-06"}}}}},
		{"bad dates are counted, not kept", "X_Y_ [KORGOVBUS 2004017-20061201] [USAGOV 19820101]\n\t[USAGOV > 130701]\n",
			[]Record{{Line: 1, Phrase: []string{"X", "Y"}, Skipped: 2, Codes: []Restriction{{Code: "USAGOV", From: "2013-07-01"}}}}},
		{"two synonyms on one line, blanks in phrases, section comment", "# Armed groups\nADEN_ARMY_ [YEMREB]\n+JAYSH_ADAN_+_ISLAMIC_ADEN_ARMY_\nCARLOS SANTOS_CRUZ_\t[IGOUNO]\n",
			[]Record{
				{Line: 2, Phrase: []string{"ADEN", "ARMY"}, Section: "Armed groups", Synonyms: [][]string{{"JAYSH", "ADAN"}, {"ISLAMIC", "ADEN", "ARMY"}}, Codes: []Restriction{{Code: "YEMREB"}}},
				{Line: 4, Phrase: []string{"CARLOS", "SANTOS", "CRUZ"}, Section: "Armed groups", Codes: []Restriction{{Code: "IGOUNO"}}}}},
		{"indented primary and TABARI ; comment", "\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]\nABDUL_QADIR_  ; CountryInfo.txt\n\t[AFGGOV 780427-780430]\n",
			[]Record{
				{Line: 1, Phrase: []string{"JOHN", "MCCLOY"}, Codes: []Restriction{{Code: "IGOUNODEVWBK", From: "1947-03-01", To: "1949-06-30"}}},
				{Line: 2, Phrase: []string{"ABDUL", "QADIR"}, Comment: "CountryInfo.txt", Codes: []Restriction{{Code: "AFGGOV", From: "1978-04-27", To: "1978-04-30"}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(strings.NewReader(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseErrorsNameTheLine(t *testing.T) {
	_, err := Parse(strings.NewReader("# header\n+ORPHAN_\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 2")
	_, err = Parse(strings.NewReader("\n\t[USAGOV 010101-020202]\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 2")
}

func TestParseRestriction(t *testing.T) {
	tests := []struct {
		in   string
		want Restriction
		ok   bool
	}{
		{"USA", Restriction{Code: "USA"}, true},
		{"---", Restriction{Code: "---"}, true},
		{"USAGOV 090120-170120", Restriction{Code: "USAGOV", From: "2009-01-20", To: "2017-01-20"}, true},
		{"USAGOV 19450703-470121", Restriction{Code: "USAGOV", From: "1945-07-03", To: "1947-01-21"}, true},
		{"USAGOV >291231", Restriction{Code: "USAGOV", From: "2029-12-31"}, true},
		{"USAGOV <300101", Restriction{Code: "USAGOV", To: "1930-01-01"}, true},
		{"USAGOV 170120-090120", Restriction{}, false}, // reversed
		{"USAGOV 19820101", Restriction{}, false},      // a single date
		{"USAGOV 991332-000101", Restriction{}, false}, // no such day
		{"s", Restriction{}, false},
		{"", Restriction{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseRestriction(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestParseAgents(t *testing.T) {
	in := `!MINIST! = MINISTER, MINISTRY
PRESIDENT [~GOVPRS] # ns
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
FOREIGN_!MINIST! [~GOVFRM]
HUMAN_RIGHTS_BODY  [NGO~]
ARMY [~MIL]
SECRETARY [~GOV]
no code here
`
	got, err := ParseAgents(strings.NewReader(in))
	require.NoError(t, err)
	want := []Agent{
		{Line: 2, Phrase: []string{"PRESIDENT"}, Plurals: [][]string{{"PRESIDENTS"}}, Code: "GOVPRS"},
		{Line: 3, Phrase: []string{"POLICE"}, Code: "COP"},
		{Line: 4, Phrase: []string{"ATTORNEY", "GENERAL"}, Plurals: [][]string{{"ATTORNEYS", "GENERAL"}}, Code: "GOVATG"},
		{Line: 5, Phrase: []string{"FOREIGN", "MINISTER"}, Code: "GOVFRM"},
		{Line: 5, Phrase: []string{"FOREIGN", "MINISTRY"}, Code: "GOVFRM"},
		{Line: 6, Phrase: []string{"HUMAN", "RIGHTS", "BODY"}, Plurals: [][]string{{"HUMAN", "RIGHTS", "BODIES"}}, Code: "NGO", Prefix: true},
		{Line: 7, Phrase: []string{"ARMY"}, Plurals: [][]string{{"ARMIES"}}, Code: "MIL"},
		{Line: 8, Phrase: []string{"SECRETARY"}, Plurals: [][]string{{"SECRETARIES"}}, Code: "GOV"},
	}
	assert.Equal(t, want, got)

	_, err = ParseAgents(strings.NewReader("CONGRESS!PERSON! [~LEG]\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 1")
}
