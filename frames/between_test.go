package frames

import "testing"

// TestReciprocalBetween checks that a reciprocal noun of any type (an agreement, an
// alliance, ties restored or cut, talks) whose "between" phrase names its parties reads an
// act between them where it is its clause's subject, or wherever it stands when a modifier
// dates it as done or under way (a year, "recent", "ongoing", "last week's") or it is
// counted or spanned ("a year of talks", "five calls", not "ahead of a round"), or, as the
// object, phrase or predicate of a clause, where that clause tells it as done ("praised the
// alliance between"); a noun still to come, wished for, indefinite, compared or dated only
// by a day keeps no reading, and a name compounded with the noun is where or what, not a
// party.
func TestReciprocalBetween(t *testing.T) {
	actors := castOf(t, map[string]Actor{
		"Quito":        {ID: "Ecuador", State: true},
		"Boric":        {ID: "Boric", Person: true, Side: "Chile"},
		"Ruiz":         {ID: "Ruiz", Person: true, Side: "Peru"},
		"Andean":       {ID: "Andean Pact"},
		"Shining Path": {ID: "Shining Path"},
	})
	runActorCases(t, []actorCase{
		{"deal as subject", "The deal between Chile and Peru was signed last year.", actors("Chile", "Peru"),
			[]string{"Chile SIGNS_AGREEMENT_WITH Peru"}},
		{"alliance as subject", "The alliance between Peru and Bolivia lasted a decade.", actors("Peru", "Bolivia"),
			[]string{"Peru COOPERATES_WITH Bolivia"}},
		{"place compounded", "The Quito accord between Peru and Chile took effect in May.", actors("Quito", "Peru", "Chile"),
			[]string{"Peru SIGNS_AGREEMENT_WITH Chile"}},
		{"a year", "Analysts praised the 1929 treaty between Chile and Peru.", actors("Chile", "Peru"),
			[]string{"Chile SIGNS_AGREEMENT_WITH Peru"}},
		{"last week's", "Chile hailed last week's agreement between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			[]string{"Peru SIGNS_AGREEMENT_WITH Bolivia"}},
		{"recent", "The ministry criticised the recent talks between Peru and Bolivia.", actors("Peru", "Bolivia"),
			[]string{"Peru MEETS Bolivia"}},
		{"ongoing", "The Andean Pact welcomed the ongoing negotiations between Peru and the Shining Path.", actors("Andean", "Peru", "Shining Path"),
			[]string{"Peru MEETS Shining Path"}},
		{"would", "A deal between Peru and Bolivia would end the dispute.", actors("Peru", "Bolivia"),
			nil},
		{"called for", "Chile called for a new treaty between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			nil},
		{"planned", "Chile criticised the planned summit between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			nil},
		{"dated by a day", "Chile criticised the June 12 summit between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			nil},
		// elsewhere in its clause, unmarked, as done as its place says (placedParticipants)
		{"object of a done verb", "Chile praised the alliance between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			[]string{"Peru COOPERATES_WITH Bolivia"}},
		{"object brokered", "As president, Boric brokered the peace treaty between Peru and Bolivia.", actors("Boric", "Peru", "Bolivia"),
			[]string{"Peru SIGNS_AGREEMENT_WITH Bolivia"}},
		{"phrase of an object", "Chile released details of the call between Boric and Ruiz.", actors("Chile", "Boric", "Ruiz"),
			[]string{"Boric MEETS Ruiz"}},
		{"predicate", "This was a bilateral treaty between Peru and Bolivia.", actors("Peru", "Bolivia"),
			nil},
		{"definite predicate", "It was the only treaty between Peru and Bolivia.", actors("Peru", "Bolivia"),
			[]string{"Peru SIGNS_AGREEMENT_WITH Bolivia"}},
		{"object mediated", "Quito is mediating the peace talks between Peru and the Shining Path.", actors("Quito", "Peru", "Shining Path"),
			[]string{"Peru MEETS Shining Path"}},
		{"indefinite object", "Quito welcomed a deal between Peru and Bolivia.", actors("Quito", "Peru", "Bolivia"),
			nil},
		{"object wished for", "Quito wants the deal between Peru and Bolivia.", actors("Quito", "Peru", "Bolivia"),
			nil},
		{"object of a modal verb", "Such rules could affect the deal between Peru and Bolivia.", actors("Peru", "Bolivia"),
			nil},
		{"object of an aim", "Boric worked hard to broker the treaty between Peru and Bolivia.", actors("Boric", "Peru", "Bolivia"),
			nil},
		{"object of a gerund", "Chile raised the chances of negotiating the deal between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			nil},
		{"a phrase to come", "Chile worked toward the deal between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			nil},
		{"ahead of", "Chile spoke ahead of the summit between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			nil},
		{"a comparison", "Chile called it nothing more than the pact between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			nil},
		{"comparative", "Chile backs deeper cooperation between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			nil},
		{"negated predicate", "This is not a revival of the pact between Peru and Bolivia.", actors("Peru", "Bolivia"),
			nil},
		{"apposition to a plan", "Chile spoke of the planned summit, the first meeting between Boric and Ruiz.", actors("Chile", "Boric", "Ruiz"),
			nil},
		{"next", "Chile criticised the next meeting between Boric and Ruiz.", actors("Chile", "Boric", "Ruiz"),
			nil},
		// counted or spanned ("a year of talks between", "five phone calls between"), as far
		// as the clause says
		{"a year of talks", "Quito hosted a year of talks between Peru and Bolivia.", actors("Peru", "Bolivia"),
			[]string{"Peru MEETS Bolivia"}},
		{"months of negotiations", "Chile criticized the months of negotiations between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			[]string{"Peru MEETS Bolivia"}},
		{"a series of meetings", "Officials described a series of meetings between Peru and Bolivia.", actors("Peru", "Bolivia"),
			[]string{"Peru MEETS Bolivia"}},
		{"five phone calls", "Diplomacy, including five phone calls between Boric and Ruiz, ended the crisis.", actors("Boric", "Ruiz"),
			[]string{"Boric MEETS Ruiz"}},
		{"a count to come", "Quito will host two rounds of talks between Peru and Bolivia.", actors("Peru", "Bolivia"),
			nil},
		{"a count wished for", "Chile called for a series of meetings between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			nil},
		{"one call", "Chile criticized a call between Boric and Ruiz.", actors("Chile", "Boric", "Ruiz"),
			nil},
		{"ahead of a round", "Chile moved troops ahead of a new round of talks between Peru and Bolivia.", actors("Chile", "Peru", "Bolivia"),
			nil},
	})
}
