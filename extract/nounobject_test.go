package extract

import "testing"

// TestBarePluralObjectIsNoVerb checks that a trigger form the parse makes a bare plural
// noun, the object of another verb, is no act of that verb's subject ("turned down demands
// from Chile" is no demand by Peru), while the same forms used as verbs still are.
func TestBarePluralObjectIsNoVerb(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"demands turned down", "Peru turned down demands from Chile.",
			nil, []string{"Peru DEMANDS Chile"}},
		{"requests ignored", "Bolivia ignored requests from Chile.",
			nil, []string{"Bolivia DEMANDS Chile"}},
		{"a demand as a verb", "Peru demands that Chile withdraw its troops.",
			[]string{"Peru DEMANDS Chile"}, nil},
		{"an urging verb", "Peru urges Chile to withdraw its troops.",
			[]string{"Peru DEMANDS Chile"}, nil},
		{"support as a verb", "Peru strongly supports Chile in the dispute.",
			[]string{"Peru SUPPORTS Chile"}, nil},
	})
}
