package extract

import "testing"

// TestStatedParentInName checks that a gazetteer body whose mention names its country
// is PART_OF it when the name's start is an alias of the body itself ("US Treasury
// Department"), when a past verb follows a military's name ("the Iraqi Army attacked"),
// and for capitalised "Security Forces"; not for a military's name used as an adjective
// nor for lower-case "forces" (soldiers). Sentences written for the test.
func TestStatedParentInName(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"the body's own alias opens its name", "The US Treasury Department fined a Bolivian bank.",
			[]string{"United States Department of the Treasury PART_OF United States"}, nil},
		{"a past verb after a military", "Chile said the Iraqi Army attacked a village.",
			[]string{"Iraqi Armed Forces PART_OF Iraq"}, nil},
		{"capitalised security forces", "Chile thanked the Iraqi Security Forces on Monday.",
			[]string{"Iraqi Armed Forces PART_OF Iraq"}, nil},
		{"a military's name as an adjective", "Chile said Iraqi army uniforms were found in a village.",
			nil, []string{"Iraqi Armed Forces PART_OF Iraq"}},
		{"lower-case forces are soldiers", "Chile said Iraqi forces left a village.",
			nil, []string{"Iraqi Armed Forces PART_OF Iraq"}},
	}, relationStrings, nil)
}
