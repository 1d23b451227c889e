package extract

import "testing"

// TestPossibleActsInAClause checks that an act told in a participle or infinitive of a
// possible or conditional clause is not read as done, while its author's own possible act
// is a threat, in sentences written for this test.
func TestPossibleActsInAClause(t *testing.T) {
	runWantNot(t, []wantNot{
		{"its own possible act in a participle", "Peru said it could respond to the vote, cutting off all ties with Chile.",
			[]string{"Peru THREATENS Chile"}, []string{"Peru SEVERS_TIES_WITH Chile"}},
		{"a conditional participle", "Experts say Peru could lose its allies if it ends up rejecting the deal with Chile.",
			nil, []string{"Peru REJECTS Chile"}},
		{"forced, possibly", "Ruiz said a new vote in Lima could force Bolivia to cut off all ties with Chile.",
			nil, []string{"Bolivia SEVERS_TIES_WITH Chile"}},
		{"forced", "Ruiz said the vote in Lima forced Bolivia to cut off all ties with Chile.",
			[]string{"Bolivia SEVERS_TIES_WITH Chile"}, nil},
	})
}
