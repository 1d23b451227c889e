package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/geokg/geokg"
)

// checkNamedOrgCases checks the groups that the actor stage reads in each case's text
// (findNamedOrgs' groups stay in the extraction only when a relation names them).
func checkNamedOrgCases(t *testing.T, tests []actorCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, d := castOf(t, tt.text)
			var got []string
			for _, e := range d.entities {
				if e.kind == tt.kind {
					got = append(got, e.name)
				}
			}
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, n := range tt.never {
				assert.NotContains(t, got, n)
			}
		})
	}
}

func TestNamedOrgs(t *testing.T) {
	checkNamedOrgCases(t, []actorCase{
		{"a think tank's name ending in Institute",
			"The Andean Policy Institute said the talks had failed.",
			geokg.KindGroup, []string{"Andean Policy Institute"}, nil},
		{"a head word with its complement",
			"Ana Ruiz of the Carnegie Endowment for Andean Peace spoke on Monday.",
			geokg.KindGroup, []string{"Carnegie Endowment for Andean Peace"}, nil},
		{"the head word alone with its complement",
			"The Center for Andean Security Studies published a report.",
			geokg.KindGroup, []string{"Center for Andean Security Studies"}, nil},
		{"a capital inside the name",
			"The Tirana Freedom Foundation published a report.",
			geokg.KindGroup, []string{"Tirana Freedom Foundation"}, nil},
		{"two states joined by a hyphen",
			"The Albania-Canada Business Council met with officials on Monday.",
			geokg.KindGroup, []string{"Albania-Canada Business Council"}, nil},
		{"a center that is a place",
			"Protesters gathered outside the Tirana Trade Center on Monday.",
			geokg.KindGroup, nil, []string{"Tirana Trade Center"}},
		{"a center of research",
			"The Andean Policy Center published a report.",
			geokg.KindGroup, []string{"Andean Policy Center"}, nil},
		{"a university",
			"She teaches at the Tirana Institute of Technology.",
			geokg.KindGroup, nil, []string{"Tirana Institute of Technology"}},
		{"a news medium",
			"The Andean News Foundation published a report.",
			geokg.KindGroup, nil, []string{"Andean News Foundation"}},
		{"a demonym and the head alone",
			"The Albanian Institute published a report.",
			geokg.KindGroup, nil, []string{"Albanian Institute"}},
		{"a state's body the body stage reads",
			"Albania's Council of Ministers approved the plan.",
			geokg.KindGroup, []string{"Albanian Council of Ministers"}, nil},
		{"a state's council",
			"Albania's Defence Council met on Monday.",
			geokg.KindGroup, nil, []string{"Defence Council"}},
		{"a name cut at and",
			"Albania's National Security and Defence Council met on Monday.",
			geokg.KindGroup, nil, []string{"Defence Council"}},
		{"after and and a known person's name",
			"President Vladimir Putin and Andean Policy Council director Luis Soto met on Monday.",
			geokg.KindGroup, []string{"Andean Policy Council"}, nil},
		{"a committee's name cut short",
			"Ana Ruiz, chair of the Council of the Andes Committee on Trade, spoke.",
			geokg.KindGroup, nil, []string{"Council of the Andes Committee"}},
		{"a headline",
			"Andean Policy Institute Says Talks Failed",
			geokg.KindGroup, nil, []string{"Andean Policy Institute"}},
	})
}

func TestNamedOrgsRelations(t *testing.T) {
	x := New(testGazetteer(t))
	checkSentenceCases(t, x, []sentenceCase{
		{"the group acts, not the capital in its name", "The Tirana Policy Institute accused Canada of lying.",
			[]string{"Tirana Policy Institute ACCUSES Canada"}, []string{"Albania ACCUSES Canada"}},
		{"the name in full again", "The Andean Policy Institute was founded in 1990. In May the Andean Policy Institute condemned Canada.",
			[]string{"Andean Policy Institute CONDEMNS Canada"}, nil},
		{"a place is no actor", "France held talks at the Tirana Trade Center with Canada.",
			nil, []string{"Tirana Trade Center MEETS Canada"}},
	})
	checkCases(t, x, []sentenceCase{
		{"a director's title", "Ana Ruiz, director of the Center for Andean Security Studies, said the plan had failed.",
			[]string{"Ana Ruiz LEADS Center for Andean Security Studies"}, nil},
		{"a scholar named with of is no staff", "“The talks failed,” said Pedro Gil of the Andes Freedom Foundation.",
			nil, []string{"Pedro Gil MEMBER_OF Andes Freedom Foundation"}},
		{"a president's title, two states in the name", "Ana Ruiz, president of the Albania-Canada Business Council, spoke.",
			[]string{"Ana Ruiz LEADS Albania-Canada Business Council"}, []string{"Ana Ruiz LEADS Albania", "Ana Ruiz MEMBER_OF Canada"}},
		{"a capital-based institute is the title's, not the capital's state", "“The plan failed,” said Pedro Soto, president of the Tirana-based Institute of Strategic Assessments.",
			[]string{"Pedro Soto LEADS Institute of Strategic Assessments"}, []string{"Pedro Soto LEADS Albania"}},
		{"a pro-state institute", "“The plan failed,” said Rosa Luna, executive director of the pro-Canada Andean Institute for Arctic Policy.",
			[]string{"Rosa Luna LEADS Andean Institute for Arctic Policy"}, []string{"Rosa Luna MEMBER_OF Canada"}},
	}, relationStrings, nil)
}

func TestNamedOrgsPlaces(t *testing.T) {
	checkNamedOrgCases(t, []actorCase{
		{"a convention center and a date",
			"Ruiz spoke at the Andean International Convention Center on Thursday.",
			geokg.KindGroup, nil, []string{"Andean International Convention Center on Thursday", "Andean International Convention Center"}},
		{"a prison",
			"He was held at the Andean Federal Correctional Institution for a year.",
			geokg.KindGroup, nil, []string{"Andean Federal Correctional Institution"}},
	})
}

func TestNamedOrgsKeptWhenActing(t *testing.T) {
	// a think tank named in passing is no entity of the extraction; one that acts is
	ex := extractText(t, "Ana Ruiz spoke at the Andean Policy Institute on Monday.", "2024-05-01")
	assert.NotContains(t, entityNames(ex, geokg.KindGroup), "Andean Policy Institute")
	ex = extractText(t, "The Andean Policy Institute condemned Canada on Monday.", "2024-05-01")
	assert.Contains(t, entityNames(ex, geokg.KindGroup), "Andean Policy Institute")
}
