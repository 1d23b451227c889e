package frames

import "testing"

// TestStrayWith checks that the "with" phrase of a meeting, an agreement or a
// cooperation that the parser hung away from its trigger still names the other party
// ("by phone with", "summit with X last month"), and that a "with"
// phrase past a clause, of another preposition or after a meeting to come names none.
func TestStrayWith(t *testing.T) {
	runNounCases(t, []nounCase{
		{"a means phrase before it", "Lavrov spoke by phone with Rama on Friday.",
			[]string{"Lavrov", "Rama"}, []string{"Lavrov MEETS Rama"}},
		{"on the phone", "Lavrov talked on the phone with Rama, the Albanian leader.",
			[]string{"Lavrov", "Rama"}, []string{"Lavrov MEETS Rama"}},
		{"a summit with a time after the name", "Lavrov held his landmark summit with Albanian Prime Minister Rama last month.",
			[]string{"Lavrov", "Albanian", "Rama"}, []string{"Lavrov MEETS Rama"}},
		{"a phrase of a word between", "Lavrov spoke at a rally with Rama.",
			[]string{"Lavrov", "Rama"}, nil},
		{"a meeting stopped", "France ended its contacts with Russia soon after the war.",
			[]string{"France", "Russia"}, nil},
		{"a name taken for the object of 'with'", "Lavrov had a good meeting with Albanian Prime Minister Rama today in Tirana.",
			[]string{"Lavrov", "Albanian", "Rama", "Tirana"}, []string{"Lavrov MEETS Rama"}},
		{"a nationality before an agent noun", "Lavrov had an impromptu dinner in early November with his Albanian counterpart during a visit.",
			[]string{"Lavrov", "Albanian"}, []string{"Lavrov MEETS Albanian"}},
		{"the owner named only as an object", "Lavrov misled Rama about all of his contacts with Peru's ambassador to Chile.",
			[]string{"Lavrov", "Rama", "Peru", "Chile"}, nil},
		{"a phrase past a clause", "Lavrov spoke on Friday, and Peru left with Chile.",
			[]string{"Lavrov", "Peru", "Chile"}, nil},
		{"another preposition between", "Lavrov spoke about the war with Rama.",
			[]string{"Lavrov", "Rama"}, nil},
		{"a meeting to come", "Lavrov spent the weekend in Sochi ahead of his meeting with Albanian Prime Minister Rama on Monday.",
			[]string{"Lavrov", "Albanian", "Rama"}, nil},
	})
}
