package frames

import "testing"

// TestCameoBareVerbs checks the CAMEO bare verbs that read their event in news: cautioning
// someone warns them, honouring or legitimising someone backs them, contacting someone is
// a call, touring a country visits it, combating an armed group fights it; not when
// negated or merely intended, and not when the object is no actor.
func TestCameoBareVerbs(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true, Side: "Chile"}, "Boric": {Person: true, Side: "Chile"}})
	runActorCases(t, []actorCase{
		{"cautioned", "Peru cautioned Chile against any move on the border.", actors("Peru", "Chile"),
			[]string{"Peru THREATENS Chile"}},
		{"honoured", "Chile honoured Ruiz at a ceremony on Monday.", actors("Chile", "Ruiz"),
			[]string{"Chile SUPPORTS Ruiz"}},
		{"honored", "Bolivia honored Boric with its highest medal.", actors("Bolivia", "Boric"),
			[]string{"Bolivia SUPPORTS Boric"}},
		{"legitimized", "Peru legitimized the Shining Path by holding talks with its leaders.", actors("Peru", "the Shining Path"),
			[]string{"Peru SUPPORTS the Shining Path"}},
		{"legitimised", "Bolivia legitimised the Shining Path.", actors("Bolivia", "the Shining Path"),
			[]string{"Bolivia SUPPORTS the Shining Path"}},
		{"contacted", "Boric contacted Ruiz over the hotline on Friday.", actors("Boric", "Ruiz"),
			[]string{"Boric MEETS Ruiz"}},
		{"toured", "Ruiz toured Peru last week.", actors("Ruiz", "Peru"),
			[]string{"Ruiz MEETS Peru"}},
		{"combated", "Peru combated the Shining Path in the highlands for a decade.", actors("Peru", "the Shining Path"),
			[]string{"Peru ATTACKS the Shining Path"}},
		{"has not contacted", "Chile has not contacted Peru about the claims.", actors("Chile", "Peru"),
			nil},
		{"honour a commitment", "Peru must honour its commitment to Chile.", actors("Peru", "Chile"),
			nil},
		{"combat the virus", "Peru will combat the virus with help from Chile.", actors("Peru", "Chile"),
			nil},
		{"toured a factory", "Boric toured a factory in Bolivia.", actors("Boric", "Bolivia"),
			nil},
	})
}
