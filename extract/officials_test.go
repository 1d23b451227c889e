package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/geokg/geokg"
)

func TestOfficialsFromTitles(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		wantRel   []string
		wantTitle map[string]string // official -> title
	}{
		{"title and name", "Prime Minister Edi Rama of Albania spoke.",
			[]string{"Edi Rama LEADS Albania"}, map[string]string{"Edi Rama": "Prime Minister"}},
		{"demonym title name", "Iranian Foreign Minister Mohammad Javad Zarif spoke.",
			[]string{"Mohammad Javad Zarif MEMBER_OF Iran"}, nil},
		{"country title name", "U.S. President Barack Obama spoke.", []string{"Barack Obama LEADS United States"}, nil},
		{"possessive then comma", "Iran's foreign minister, Hossein Amir-Abdollahian, said so.",
			[]string{"Hossein Amir-Abdollahian MEMBER_OF Iran"}, nil},
		{"apposition", "Sergei Lavrov, Russia's foreign minister, said so.", []string{"Sergei Lavrov MEMBER_OF Russia"}, nil},
		{"secretary of state", "U.S. Secretary of State Rex Tillerson spoke.", []string{"Rex Tillerson MEMBER_OF United States"},
			map[string]string{"Rex Tillerson": "Secretary of State"}},
		{"king of", "King Hussein of Jordan met him.", []string{"Hussein LEADS Jordan"}, nil},
		{"group leader", "Hamas leader Ismail Haniyeh spoke.", []string{"Ismail Haniyeh LEADS Hamas"}, nil},
		{"group head title", "U.N. Secretary-General Kofi Annan spoke.", []string{"Kofi Annan LEADS United Nations"}, nil},
		{"agency spokesman", "State Department spokesman Nicholas Burns spoke.",
			[]string{"Nicholas Burns MEMBER_OF United States Department of State"}, nil},
		{"ministry body and spokesman", "Chinese foreign ministry spokesman Shen Guofang spoke.",
			[]string{"Chinese Foreign Ministry PART_OF China", "Shen Guofang MEMBER_OF Chinese Foreign Ministry"}, nil},
		{"general abbreviation", "Gen. Kim Yong-chol led the unit.", []string{}, map[string]string{"Kim Yong-chol": "Gen"}},
		{"deputy is a member", "Israeli Deputy Prime Minister David Levy spoke.", []string{"David Levy MEMBER_OF Israel"}, nil},
		{"former holds no post", "Former French defence minister Francois Leotard spoke.", []string{}, nil},
		{"known official", "Russian President Vladimir Putin spoke.", []string{"Vladimir Putin LEADS Russia"}, nil},
		{"possessive official", "The move goes against the advice of Putin's foreign minister Sergei Lavrov.",
			[]string{"Sergei Lavrov MEMBER_OF Russia"}, nil},
		{"its minister", "The US sanctioned Iran's Ministry of Intelligence and Security and its minister Esmail Khatib.",
			[]string{"Esmail Khatib LEADS Ministry of Intelligence and Security", "Ministry of Intelligence and Security PART_OF Iran",
				"United States SANCTIONS Esmail Khatib", "United States SANCTIONS Ministry of Intelligence and Security"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractText(t, tt.text, "")
			assert.ElementsMatch(t, tt.wantRel, relationStrings(ex))
			for name, title := range tt.wantTitle {
				found := false
				for _, e := range ex.Entities {
					if e.Kind == geokg.KindOfficial && e.Name == name {
						found = true
						assert.Equal(t, title, e.Title)
					}
				}
				assert.True(t, found, "official %s found", name)
			}
		})
	}
}

func TestShortMentionsAreTheSamePerson(t *testing.T) {
	ex := extractText(t, "Prime Minister Edi Rama spoke on Monday. Later, Rama accused Iran of the attack. Mr. Rama left.", "")
	var officials []geokg.Entity
	for _, e := range ex.Entities {
		if e.Kind == geokg.KindOfficial {
			officials = append(officials, e)
		}
	}
	if assert.Len(t, officials, 1) {
		assert.Contains(t, officials[0].Aliases, "Rama")
		assert.Contains(t, officials[0].Aliases, "Edi Rama")
	}
	assert.Contains(t, relationStrings(ex), "Edi Rama ACCUSES Iran")
}
