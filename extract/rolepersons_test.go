package extract

import (
	"context"
	"testing"

	"github.com/geokg/geokg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRolePeople checks people the gazetteer does not know named with a noun of a role
// that is no post (rolePerson): before the name or at the end of an apposition after it.
// A company, a place or an institution named so, a role noun inside a title or a name, a
// name of one word, a headline and an apposition that opens a new clause are no person.
func TestRolePersonNames(t *testing.T) {
	checkActorCasesWith(t, embeddedExtractor(t), []actorCase{
		{"a candidate before the name", "Presidential candidate Pedro Salinas criticised Peru on Monday.",
			geokg.KindOfficial, []string{"Pedro Salinas"}, nil},
		{"a city's mayor", "Santiago Mayor Maria Lopez ordered the Peruvian consulate closed.",
			geokg.KindOfficial, []string{"Maria Lopez"}, nil},
		{"a mayor before the name", "Mayor Luis Vega condemned Bolivia.",
			geokg.KindOfficial, []string{"Luis Vega"}, nil},
		{"a founder after an organisation", "Andean Leaks founder Tomas Rivas accused Chile of spying.",
			geokg.KindOfficial, []string{"Tomas Rivas"}, nil},
		{"an activist with a demonym", "The Peruvian activist Laura Mendez criticised Chile.",
			geokg.KindOfficial, []string{"Laura Mendez"}, nil},
		{"a former contractor in an apposition", "Jorge Fuentes, a former Chilean army contractor, accused Chile of spying.",
			geokg.KindOfficial, []string{"Jorge Fuentes"}, nil},
		{"a politician in an apposition", "Laura Mendez, an opposition politician, criticised Peru.",
			geokg.KindOfficial, []string{"Laura Mendez"}, nil},
		{"a company in an apposition", "Andes Systems Ltd, a defence contractor, sold radars to Chile.",
			geokg.KindOfficial, nil, []string{"Andes Systems Ltd"}},
		{"a cleric with a demonym", "The Peruvian cleric Omar Haddad praised the Shining Path.",
			geokg.KindOfficial, []string{"Omar Haddad"}, nil},
		{"a hopeful", "Chile criticised presidential hopeful Pedro Salinas.",
			geokg.KindOfficial, []string{"Pedro Salinas"}, nil},
		{"a pastor", "Chile demanded the release of Pastor Pedro Salinas.",
			geokg.KindOfficial, []string{"Pedro Salinas"}, nil},
		{"a campaign manager", "Former campaign manager Diego Ramos criticised Chile.",
			geokg.KindOfficial, []string{"Diego Ramos"}, nil},
		{"a fund manager", "Fund manager Diego Ramos criticised Chile.",
			geokg.KindOfficial, nil, []string{"Diego Ramos"}},
		{"a person after a contractor", "Chile questioned army contractor Pedro Salinas.",
			geokg.KindOfficial, []string{"Pedro Salinas"}, nil},
		{"a company after a contractor", "Chile bought radars from defence contractor Andes Systems Group.",
			geokg.KindOfficial, nil, []string{"Andes Systems Group"}},
		{"a rank after the role noun", "The candidate General Ruiz Vega criticised Chile.",
			geokg.KindOfficial, nil, []string{"General Ruiz Vega", "Ruiz Vega"}},
		{"a company with no first name", "Peru hired Condor Tech, a defence contractor, to build radars.",
			geokg.KindOfficial, nil, []string{"Condor Tech"}},
		{"an institution after the role noun", "Activist Laura Mendez Foundation criticised Chile.",
			geokg.KindOfficial, nil, []string{"Laura Mendez Foundation"}},
		{"one word after the role noun", "Mayor Lopez ordered Chile to pay.",
			geokg.KindOfficial, nil, []string{"Lopez"}},
		{"a headline", "Activist Laura Mendez Sues Chile Over Spying Claims",
			geokg.KindOfficial, nil, []string{"Laura Mendez"}},
		{"an apposition that opens a clause", "Chile spied on Laura Mendez, a leading activist said.",
			geokg.KindOfficial, nil, []string{"Laura Mendez"}},
		{"a writer is no role", "Laura Mendez, a Peruvian writer, criticised Chile.",
			geokg.KindOfficial, nil, []string{"Laura Mendez"}},
		{"a judge before the name", "Judge Marta Quispe ordered Peru to free the prisoners.",
			geokg.KindOfficial, []string{"Marta Quispe"}, nil},
		{"a district judge with initials", "Chile appealed after District Judge J.R. Salas III ruled against it.",
			geokg.KindOfficial, []string{"J.R. Salas III"}, nil},
		{"a federal prosecutor", "Federal prosecutor Tomas Ibarra accused Bolivia of hiding evidence.",
			geokg.KindOfficial, []string{"Tomas Ibarra"}, nil},
		{"a magistrate in an apposition", "Raul Ortiz, a Chilean magistrate, questioned Peru's request.",
			geokg.KindOfficial, []string{"Raul Ortiz"}, nil},
		{"a military lawyers' corps", "Chile sent officers of the Judge Advocate General Corps to Peru.",
			geokg.KindOfficial, nil, []string{"Advocate General Corps"}},
		{"a court named after a judge", "Peru appealed to Judge Ana Ruiz Court in Lima.",
			geokg.KindOfficial, nil, []string{"Ana Ruiz Court"}},
	})
}

// TestRolePersonActs checks that the relations of a person named with a role noun are
// read, by the full name and later by the surname, with the role as title and the
// country named before it; and that a private person's journey to a country is no visit
// of it, while a mayor's is.
func TestRolePersonActs(t *testing.T) {
	x := embeddedExtractor(t)
	checkCases(t, x, []sentenceCase{
		{"the act of the named person", "Whistleblower Tomas Rivas accused Chile of spying on its citizens.",
			[]string{"Tomas Rivas ACCUSES Chile"}, nil},
		{"the surname later", "Jorge Fuentes, a former army contractor, lives in Lima. Fuentes accused Chile of spying.",
			[]string{"Jorge Fuentes ACCUSES Chile"}, nil},
		{"an object", "President Boric criticised presidential candidate Pedro Salinas.",
			[]string{"Gabriel Boric CONDEMNS Pedro Salinas"}, nil},
		{"no membership written", "The Peruvian activist Laura Mendez criticised Chile.",
			[]string{"Laura Mendez CONDEMNS Chile"}, []string{"Laura Mendez MEMBER_OF Peru"}},
		{"a private journey", "Activist Laura Mendez flew to Chile on Monday.",
			nil, []string{"Laura Mendez MEETS Chile"}},
		{"a mayor's journey", "Mayor Luis Vega flew to Chile on Monday.",
			[]string{"Luis Vega MEETS Chile"}, nil},
		{"a judge's order", "Judge Marta Quispe ordered Bolivia to release the prisoners.",
			[]string{"Marta Quispe DEMANDS Bolivia"}, nil},
		{"a prosecutor's accusation", "Prosecutor Luis Navarro accused Peru of hiding evidence.",
			[]string{"Luis Navarro ACCUSES Peru"}, nil},
	}, relationStrings, nil)
	ex, err := x.Extract(context.Background(), "The Peruvian activist Laura Mendez criticised Chile.", geokg.Article{Published: "2024-05-01"})
	require.NoError(t, err)
	found := false
	for _, e := range ex.Entities {
		if e.Name == "Laura Mendez" {
			found = true
			assert.Equal(t, "Activist", e.Title)
			assert.Equal(t, "PER", e.Country)
		}
	}
	assert.True(t, found)
}

// TestStaffOf checks people named by the group they work for (staffOf): "NAME of GROUP"
// and "GROUP's NAME" make a person and her MEMBER_OF the group; a country, a news medium,
// a name without a known first name or a thing named after the person make none.
func TestStaffOf(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"a name of a group", "Rosa Paz of Human Rights Watch accused Chile of torture.",
			[]string{"Rosa Paz MEMBER_OF Human Rights Watch", "Rosa Paz ACCUSES Chile"}, nil},
		{"a name of the group", "Pedro Vidal of the Shining Path threatened Peru.",
			[]string{"Pedro Vidal MEMBER_OF Shining Path", "Pedro Vidal THREATENS Peru"}, nil},
		{"a group's name", "Amnesty International's Rosa Paz criticised Bolivia.",
			[]string{"Rosa Paz MEMBER_OF Amnesty International", "Rosa Paz CONDEMNS Bolivia"}, nil},
		{"a country's name", "Peru's Pedro Vidal criticised Bolivia.",
			nil, []string{"Pedro Vidal MEMBER_OF Peru"}},
		{"a news medium's reporter", "Al Jazeera's Pedro Vidal said Chile shelled Peru.",
			nil, []string{"Pedro Vidal MEMBER_OF Al Jazeera"}},
		{"a thing named after a person", "Chile reopened the Shining Path's Pedro Vidal case.",
			nil, []string{"Pedro Vidal MEMBER_OF Shining Path"}},
		{"no known first name", "Condor Tech of the Shining Path threatened Peru.",
			nil, []string{"Condor Tech MEMBER_OF Shining Path"}},
	}, relationStrings, nil)
}
