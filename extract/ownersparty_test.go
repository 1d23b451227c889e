package extract

import "testing"

// TestOwnersParty checks that a party named after a known official's possessive is his
// party (LEADS for a prime minister, the gazetteer's title of one named without it in
// the text, else MEMBER_OF), and that a party's word before a noun of other people is
// not. Sentences written for the test.
func TestOwnersParty(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"a prime minister's party", "Prime Minister Boris Johnson spoke. Chile said Boris Johnson's Conservative Party won the vote.",
			[]string{"Boris Johnson LEADS Conservative Party"}, nil},
		{"a modifier between", "Prime Minister Boris Johnson spoke. Chile said Boris Johnson's own Conservative Party lost the vote.",
			[]string{"Boris Johnson LEADS Conservative Party"}, nil},
		{"a past verb after the party", "Chile said Boris Johnson's Conservative Party lost the vote.",
			[]string{"Boris Johnson LEADS Conservative Party"}, nil},
		{"people of the party", "Chile said Boris Johnson's Conservative critics lost the vote.",
			nil, []string{"Boris Johnson LEADS Conservative Party"}},
	}, relationStrings, nil)
}
