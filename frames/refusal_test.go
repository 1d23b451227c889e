package frames

import "testing"

// TestRefusedTalksAreRejections checks that turning down talks, a meeting or cooperation
// with someone ("refused to negotiate with Peru", "declined to meet Ruiz", "Chile's
// refusal to talk to Peru") rejects them, while a refusal negated, held as a possibility
// or in a condition, a commitment one refuses to meet and a refusal another reports
// reject nothing.
func TestRefusedTalksAreRejections(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Chile": {}, "Peru": {}, "Bolivia": {}, "Boric": {Person: true}, "Ruiz": {Person: true}})
	runActorCases(t, []actorCase{
		{"refused to negotiate with", "Chile refused to negotiate with Peru.", actors("Chile", "Peru"), []string{"Chile REJECTS Peru"}},
		{"refuses to talk to", "Peru refuses to talk to Bolivia.", actors("Peru", "Bolivia"), []string{"Peru REJECTS Bolivia"}},
		{"declined to meet with", "Bolivia declined to meet with Chile.", actors("Bolivia", "Chile"), []string{"Bolivia REJECTS Chile"}},
		{"has long refused to meet", "Boric has long refused to meet Ruiz.", actors("Boric", "Ruiz"), []string{"Boric REJECTS Ruiz"}},
		{"refused to sit down with", "Chile refused to sit down with Peru.", actors("Chile", "Peru"), []string{"Chile REJECTS Peru"}},
		{"refused to cooperate with", "Chile refused to cooperate with Peru on the inquiry.", actors("Chile", "Peru"), []string{"Chile REJECTS Peru"}},
		{"refusal to negotiate with", "Chile's refusal to negotiate with Peru surprised the envoys.", actors("Chile", "Peru"), []string{"Chile REJECTS Peru"}},
		{"did not refuse", "Chile did not refuse to negotiate with Peru.", actors("Chile", "Peru"), nil},
		{"would refuse", "Chile would refuse to negotiate with Peru.", actors("Chile", "Peru"), nil},
		{"if it refuses", "If Chile refuses to talk to Peru, the plan will fail.", actors("Chile", "Peru"), nil},
		{"a commitment not met", "Chile refused to meet its commitments to Peru.", actors("Chile", "Peru"), nil},
		{"reported by another", "Chile said Peru refused to negotiate with Bolivia.", actors("Chile", "Peru", "Bolivia"), nil},
		{"agreed to negotiate", "Chile agreed to negotiate with Peru.", actors("Chile", "Peru"), []string{"Chile MEETS Peru"}},
	})
}

// TestAnnouncedRefusalOfTalks checks that talks its own subject says it will not hold ("said
// it will not negotiate with Peru", "would never meet Ruiz", "would no longer talk to Peru")
// reject the other party, while talks announced, refused on a condition, refused as another
// reports, "may not" and a refusal stated with no announcement reject nothing.
func TestAnnouncedRefusalOfTalks(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Chile": {}, "Peru": {}, "Bolivia": {}, "Boric": {Person: true}, "Ruiz": {Person: true}})
	runActorCases(t, []actorCase{
		{"said it will not negotiate", "Chile said it will not negotiate with Peru.", actors("Chile", "Peru"), []string{"Chile REJECTS Peru"}},
		{"would never meet", "Boric said he would never meet Ruiz.", actors("Boric", "Ruiz"), []string{"Boric REJECTS Ruiz"}},
		{"would no longer talk", "Chile declared it would no longer talk to Peru about the border.", actors("Chile", "Peru"), []string{"Chile REJECTS Peru"}},
		{"talks announced", "Chile said it will negotiate with Peru.", actors("Chile", "Peru"), nil},
		{"on a condition", "Chile said it will not negotiate with Peru unless the troops leave.", actors("Chile", "Peru"), nil},
		{"reported by another", "Bolivia said Chile will not negotiate with Peru.", actors("Bolivia", "Chile", "Peru"), nil},
		{"may not", "Chile said it may not negotiate with Peru.", actors("Chile", "Peru"), nil},
		{"not announced", "Chile will not negotiate with Peru.", actors("Chile", "Peru"), nil},
		{"a rejection not announced", "Chile said it would not reject the Peruvian proposal.", actors("Chile", "Peruvian"), nil},
	})
}

// TestDeclinedProposals checks that a proposal, offer or request declined or turned down
// ("declined Peru's invitation", "turned down the Bolivian offer") rejects whose it was,
// while a negated or modal refusal, a thing of no actor and another sense of the verb
// reject nothing.
func TestDeclinedProposals(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Chile": {}, "Peru": {}, "Peruvian": {ID: "Peru"}, "Bolivian": {ID: "Bolivia"}, "Boric": {Person: true}, "Ruiz": {Person: true}})
	runActorCases(t, []actorCase{
		{"declined the invitation", "Chile declined Peru's invitation to the summit.", actors("Chile", "Peru"), []string{"Chile REJECTS Peru"}},
		{"declined the request", "Minister Ruiz declined the Peruvian request for talks.", actors("Ruiz", "Peruvian"), []string{"Ruiz REJECTS Peru"}},
		{"turned down the offer", "Chile turned down the Bolivian offer of gas.", actors("Chile", "Bolivian"), []string{"Chile REJECTS Bolivia"}},
		{"turned down an offer to act", "Ruiz turned down Boric's offer to lead the ministry.", actors("Ruiz", "Boric"), []string{"Ruiz REJECTS Boric"}},
		{"did not decline", "Chile did not decline Peru's invitation.", actors("Chile", "Peru"), nil},
		{"may turn down", "Chile may turn down Peru's offer.", actors("Chile", "Peru"), nil},
		{"declined comment", "Chile declined comment on Peru's plan.", actors("Chile", "Peru"), nil},
		{"turned down the volume", "Peru turned down the volume of its exports to Chile.", actors("Peru", "Chile"), nil},
	})
}
