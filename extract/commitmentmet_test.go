package extract

import "testing"

// TestCommitmentMetIsNoMeeting checks that "meet" whose object names a commitment kept (an
// obligation, agreement, deadline, demand, target) meets no party, active or passive, while
// a meeting with a party stays one, also when a commitment is named elsewhere.
func TestCommitmentMetIsNoMeeting(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"obligations met", "Peru has met its obligations to Chile.",
			nil, []string{"Peru MEETS Chile"}},
		{"every agreement met", "The Bolivians met every agreement with Chile.",
			nil, []string{"Bolivia MEETS Chile"}},
		{"a deadline met", "Peru met the deadline that Chile had set.",
			nil, []string{"Peru MEETS Chile"}},
		{"targets met", "Bolivia met the targets agreed with Chile last year.",
			nil, []string{"Bolivia MEETS Chile"}},
		{"a party met", "President Boric met Minister Ruiz in Lima.",
			[]string{"Gabriel Boric MEETS Ruiz"}, nil},
		{"met with a party on an agreement", "Peru met with Chile on the agreement.",
			[]string{"Peru MEETS Chile"}, nil},
	})
}
