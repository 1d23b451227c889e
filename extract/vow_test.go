package extract

import "testing"

// TestFriendlyVowIsNoThreat checks that a vow of an act of aid, support or cooperation
// toward an actor, as the frame lexicon gives the act's polarity, is no threat to it,
// while a vow to stop such an act or to do a hostile one is; and that a delivery of arms
// to an actor is aid; on sentences written for this test.
func TestFriendlyVowIsNoThreat(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"a vow to speed up deliveries", "Peru has vowed to speed up the delivery of weapons to Bolivia.",
			nil, []string{"Peru THREATENS Bolivia"}},
		{"a vow to increase aid", "Chile vowed to increase aid to Bolivia.",
			nil, []string{"Chile THREATENS Bolivia"}},
		{"a vow to cut off deliveries", "President Boric vowed to cut off the delivery of weapons to Peru.",
			[]string{"Gabriel Boric THREATENS Peru"}, nil},
		{"a vow to destroy", "Chile vowed to destroy the Shining Path.",
			[]string{"Chile THREATENS Shining Path"}, nil},
		{"a delivery of missiles", "The Peruvian delivery of missiles to Bolivia angered Chile.",
			[]string{"Peru AIDS Bolivia"}, nil},
		{"deliveries started", "Ecuador's defense minister said Chile has started deliveries of weapons to Bolivia.",
			[]string{"Chile AIDS Bolivia"}, nil},
	})
}
