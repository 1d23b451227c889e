package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/geokg/geokg"
)

// TestIndefiniteBody checks that a body named without its country after "a", "an",
// "any", "every" or "no", heading its phrase, is a kind of body and no group of the
// recent country, while a body that modifies a noun after the determiner ("a foreign
// ministry spokesman") and a body named with its country still are. Sentences written
// for the test.
func TestIndefiniteBody(t *testing.T) {
	checkEntityNames(t, geokg.KindGroup, []namedCase{
		{"Peru protested. Ana Ruiz has never worked for an intelligence agency.", "Peruvian Intelligence Agency", false},
		{"Peru protested. It is the largest of any intelligence agency.", "Peruvian Intelligence Agency", false},
		{"Peru protested. A tip came from an intelligence agency in the region.", "Peruvian Intelligence Agency", false},
		{"Peru protested. A foreign ministry spokesman criticized Chile.", "Peruvian Foreign Ministry", true},
		{"Ana Ruiz worked for a Peruvian intelligence agency.", "Peruvian Intelligence Agency", true},
	})
}

// TestUnitedStatesDepartment checks that a department named without its country in an
// article that names the United States is the United States' (the gazetteer's
// department where it has it), not one of the country named last, unless a possessive
// or a modifier the patterns do not read stands before it. Sentences written for the
// test.
func TestUnitedStatesDepartment(t *testing.T) {
	checkEntityNames(t, geokg.KindGroup, []namedCase{
		{"The United States sanctioned Chile. Peru protested. The justice department said the case was open.", "United States Department of Justice", true},
		{"The United States sanctioned Chile. Peru protested. The justice department said the case was open.", "Peruvian Justice Department", false},
		{"The United States sanctioned Chile. Peru protested. The Harbours Department said the port was closed.", "American Harbours Department", false},
		{"The United States sanctioned Chile. Peru protested. The justice department said the case was open.", "American Justice Department", false},
		{"The United States sanctioned Chile. Peru protested. The Interior Department said the park was closed.", "American Interior Department", true},
		{"The United States sanctioned Chile. Peru protested. He served the regime in its finance department.", "American Finance Department", false},
		{"Peru protested. The justice department said the case was open.", "Peruvian Justice Department", true},
	})
}

// TestBodyNameTail checks that an armed body's head that opens another name ("Air Force
// One", "Army Radio", "the Navy Yard") names no body of the recent country, and that a
// thing's name before an apposition names no official ("On Air Force One, the
// president"), while the body named as such still is one. Sentences written for the test.
func TestBodyNameTail(t *testing.T) {
	checkEntityNames(t, "", []namedCase{
		{"Peru protested. Ana Ruiz flew to Lima on Air Force One.", "Peruvian Air Force", false},
		{"Peru protested. Ana Ruiz told Army Radio that Chile was to blame.", "Peruvian Army", false},
		{"Peru protested. On Air Force One, the president criticized Chile.", "Force One", false},
		{"Peru protested. The Air Force said the camp was bombed.", "Peruvian Air Force", true},
	})
}

// TestBodyOfTheCountry checks that a body followed by "of the" and a country is that
// country's ("the armed forces of the United States"), not the recent country's.
// Sentences written for the test.
func TestBodyOfTheCountry(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"of the and the country", "Chile protested. The armed forces of the United States will not be deployed in Peru.",
			[]string{"American Armed Forces PART_OF United States"}, []string{"Chilean Armed Forces PART_OF Chile"}},
		{"of and the country", "Chile protested. The armed forces of Peru will not be deployed.",
			[]string{"Peruvian Armed Forces PART_OF Peru"}, nil},
	}, relationStrings, nil)
}

// TestUnitedStatesBranchAlone checks that "the Air Force" and "the Coast Guard", written
// in capitals with no country, are the United States' services in an article that names
// the United States (usBranch), not the services of the country named last; the
// lower-case noun and a service named with its state stay as they were. Sentences
// written for the test.
func TestUnitedStatesBranchAlone(t *testing.T) {
	checkEntityNames(t, "", []namedCase{
		{"Peru's engines were sold to the U.S. for years. The Air Force said it was looking for other suppliers.", "American Air Force", true},
		{"Peru's engines were sold to the U.S. for years. The Air Force said it was looking for other suppliers.", "Peruvian Air Force", false},
		{"Peru held drills with the U.S. on Sunday. The Coast Guard said the drills would go on.", "Peruvian Coast Guard", false},
		{"Peru held drills with the U.S. on Sunday. The Coast Guard said the drills would go on.", "American Coast Guard", true},
		{"The U.S. criticized Peru. Peru's army, navy and air force held drills on Sunday.", "American Air Force", false},
		{"The U.S. criticized Peru. The Peruvian Air Force said the camp was bombed.", "Peruvian Air Force", true},
		{"Peru protested. The Air Force said the camp was bombed.", "Peruvian Air Force", true},
	})
}

// TestParliamentAloneDominant checks that "Parliament" named alone and acting, with no
// country before it in its sentence, is the parliament of the article's dominant
// country, not of a country an earlier sentence named in passing; a country named
// before it in its sentence still places it. Sentences written for the test.
func TestParliamentAloneDominant(t *testing.T) {
	checkEntityNames(t, "", []namedCase{
		{"Bolivia's president lost a vote on Bolivia's budget. Chile's border stays open under the deal. Parliament rejected it on Monday.", "Chilean Parliament", false},
		{"Bolivia's president lost a vote on Bolivia's budget. Chile's border stays open under the deal. Parliament rejected it on Monday.", "Bolivian Parliament", true},
		{"Bolivia's president lost a vote on Bolivia's budget. In Chile, parliament rejected the deal on Monday.", "Chilean Parliament", true},
	})
}

// namedCase is a sentence of checkEntityNames's and an entity name that it must (named)
// or must not give.
type namedCase struct {
	text, name string
	named      bool
}

// checkEntityNames extracts each case's text (published 2024-05-01) and checks that the
// names of its entities of kind kind ("" for all kinds) hold the case's name when it is
// named and not otherwise.
func checkEntityNames(t *testing.T, kind geokg.Kind, cases []namedCase) {
	t.Helper()
	x := embeddedExtractor(t)
	for _, c := range cases {
		names := entityNamesOn(t, x, c.text, "2024-05-01", kind)
		if c.named {
			assert.Contains(t, names, c.name, c.text)
		} else {
			assert.NotContains(t, names, c.name, c.text)
		}
	}
}
