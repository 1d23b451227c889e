package frames

import (
	"strings"
	"testing"
)

// TestMatchReadsRelationalExamples checks that the actors a relational noun names by
// example ("allies like Peru and Chile", "neighbours such as Peru", "allies including
// Peru") are the arguments of the frame the noun fills, as those of an agent noun with
// "including" are, and that a kind of state given by example ("countries like Peru"), a
// relational noun with no actor listed and a negated act are not.
func TestMatchReadsRelationalExamples(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"allies like, givers of support", "Bolivia retains the support of allies like Peru and Chile.", []string{"Bolivia", "Peru", "Chile"},
			[]string{"Peru SUPPORTS Bolivia", "Chile SUPPORTS Bolivia"}, nil},
		{"neighbours such as, a subject", "Neighbours such as Peru and Bolivia condemned Chile.", []string{"Peru", "Bolivia", "Chile"},
			[]string{"Peru CONDEMNS Chile", "Bolivia CONDEMNS Chile"}, nil},
		{"allies including, a subject", "Allies including Peru and Bolivia condemned Chile.", []string{"Peru", "Bolivia", "Chile"},
			[]string{"Peru CONDEMNS Chile", "Bolivia CONDEMNS Chile"}, nil},
		{"partners like, an object", "Chile criticized partners like Peru.", []string{"Chile", "Peru"},
			[]string{"Chile CONDEMNS Peru"}, nil},
		// must not fire
		{"a kind of state by example", "Countries like Peru condemned Chile.", []string{"Peru", "Chile"},
			nil, []string{"Peru CONDEMNS Chile"}},
		{"allies with no actor listed", "Allies like the rebels condemned Chile.", []string{"Chile"},
			nil, []string{"Chile CONDEMNS Chile"}},
		{"a negated act", "Allies like Peru never condemned Chile.", []string{"Peru", "Chile"},
			nil, []string{"Peru CONDEMNS Chile"}},
	})
}

// TestMatchReadsPartInAnAct checks that the owner of a part noun (class part-noun: role,
// part, involvement, complicity) whose "in" gerund names an act does that act ("Peru's
// role in propping up Boric"), however the parser hangs the gerund, and that a part
// denied, hoped for or of no actor is no act.
func TestMatchReadsPartInAnAct(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a role in propping up", "Tensions rose over Peru's role in propping up President Boric.", []string{"Peru", "Boric"},
			[]string{"Peru SUPPORTS Boric"}, nil},
		{"involvement in supporting", "Chile condemned Bolivia's involvement in supporting the Shining Path.", []string{"Chile", "Bolivia", "Shining Path"},
			[]string{"Bolivia SUPPORTS Shining Path"}, nil},
		{"a part in backing", "Peru's part in backing Boric angered Chile.", []string{"Peru", "Boric", "Chile"},
			[]string{"Peru SUPPORTS Boric"}, nil},
		{"the role of an actor", "Chile criticized the role of Peru in arming the Shining Path.", []string{"Chile", "Peru", "Shining Path"},
			[]string{"Peru AIDS Shining Path"}, nil},
		// must not fire
		{"a role denied", "Peru denied its role in backing the Shining Path.", []string{"Peru", "its", "Shining Path"},
			nil, []string{"Peru SUPPORTS Shining Path"}},
		{"a role hoped for", "Peru hopes to play a role in backing Boric.", []string{"Peru", "Boric"},
			nil, []string{"Peru SUPPORTS Boric"}},
		{"a role of no actor", "The army's role in backing Boric angered Chile.", []string{"Boric", "Chile"},
			nil, []string{"Chile SUPPORTS Boric"}},
		{"a role in a plan", "Peru praised its role in the plan to back Boric.", []string{"Peru", "its", "Boric"},
			nil, []string{"Peru SUPPORTS Boric"}},
	})
}

// TestMatchReadsSupportAsManner checks that an act done "in support of" or "in solidarity
// with" an actor supports it (the subject of the act's verb), that an act done "with the
// support" or "with the backing" of an actor has that actor's support, and that a modal
// or negated act, one's own side's backing and support of no actor state nothing.
func TestMatchReadsSupportAsManner(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"came out in support of", "Peru and Bolivia have come out in support of Chile.", []string{"Peru", "Bolivia", "Chile"},
			[]string{"Peru SUPPORTS Chile", "Bolivia SUPPORTS Chile"}, nil},
		{"tweeted in support of", "President Boric tweeted in support of Peru.", []string{"Boric", "Peru"},
			[]string{"Boric SUPPORTS Peru"}, nil},
		{"troops in support of", "Peru deployed troops in support of the Bolivian government.", []string{"Peru", "Bolivian"},
			[]string{"Peru SUPPORTS Bolivian"}, nil},
		{"with the support of", "Minister Ruiz made the decision with the support of President Boric.", []string{"Ruiz", "Boric"},
			[]string{"Boric SUPPORTS Ruiz"}, nil},
		{"with the backing of", "Chile moved troops to the border with the backing of Peru.", []string{"Chile", "Peru"},
			[]string{"Peru SUPPORTS Chile"}, nil},
		// must not fire
		{"a modal act", "Peru could intervene in support of Chile.", []string{"Peru", "Chile"},
			nil, []string{"Peru SUPPORTS Chile"}},
		{"a negated act", "Peru did not speak in support of Chile.", []string{"Peru", "Chile"},
			nil, []string{"Peru SUPPORTS Chile"}},
		{"a modal backing", "Chile could win the vote with the backing of Peru.", []string{"Chile", "Peru"},
			nil, []string{"Peru SUPPORTS Chile"}},
		{"support of no actor", "Peru voted in support of the resolution on Chile.", []string{"Peru", "Chile"},
			nil, []string{"Peru SUPPORTS Chile"}},
	})
}

// TestOwnSideBackingIsNoSupport checks that acting with the backing of one's own side's
// body supports nothing, and with another state's does.
func TestOwnSideBackingIsNoSupport(t *testing.T) {
	const text = "Chile closed the border with the support of the army."
	cast := func(side string) func(string) []Actor {
		return func(s string) []Actor {
			return []Actor{span(t, s, "Chile", Actor{ID: "Chile"}), span(t, s, "army", Actor{ID: "army", Side: side})}
		}
	}
	runActorCases(t, []actorCase{
		{"one's own army", text, cast("Chile"), nil},
		{"another state's army", text, cast("Peru"), []string{"army SUPPORTS Chile"}},
	})
}

// TestOwnSideSupportTold checks that an official who says their own state supports another
// ("Ruiz said Peru stands with Chile", "Ruiz said Peru is committed to defending Chile")
// supports it too, beside the state, and that another's report, a negated support, a
// hostile act of the official's state and the support of another official of that state
// give the official nothing.
func TestOwnSideSupportTold(t *testing.T) {
	cast := func(s string) []Actor {
		var out []Actor
		for _, n := range []string{"Ruiz", "Peru", "Chile", "Soto"} {
			if strings.Contains(s, n) {
				a := Actor{ID: n, State: n == "Peru" || n == "Chile"}
				switch n {
				case "Ruiz":
					a.Person, a.Side = true, "Peru"
				case "Soto":
					a.Person, a.Side = true, "Bolivia"
				}
				out = append(out, span(t, s, n, a))
			}
		}
		return out
	}
	runActorCases(t, []actorCase{
		{"stands with", "Ruiz said Peru stands with Chile.", cast, []string{"Peru SUPPORTS Chile", "Ruiz SUPPORTS Chile"}},
		{"committed to defending", "Ruiz said Peru is committed to defending Chile.", cast, []string{"Peru SUPPORTS Chile", "Ruiz SUPPORTS Chile"}},
		// must not give the speaker
		{"another's report", "Soto said Peru stands with Chile.", cast, nil},
		{"not supported", "Ruiz said Peru does not support Chile.", cast, nil},
		{"a hostile act", "Ruiz said Peru condemned Chile.", cast, []string{"Peru CONDEMNS Chile"}},
		{"another official's support", "Ruiz said Vega supports Chile.", func(s string) []Actor {
			return append(cast(s), span(t, s, "Vega", Actor{ID: "Vega", Person: true, Side: "Peru"}))
		}, []string{"Vega SUPPORTS Chile"}},
	})
}

// TestMatchReadsOpeningAndThaw checks that an opening to a state or a thaw with it named
// for its author restores ties (also where the tagger takes "opening" after a possessor
// for a gerund), and that an opening or thaw of no author, or an opening to no actor,
// states nothing.
func TestMatchReadsOpeningAndThaw(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a possessor's opening to", "Peru's opening to Bolivia surprised analysts.", []string{"Peru", "Bolivia"},
			[]string{"Peru RESTORES_TIES_WITH Bolivia"}, nil},
		{"an opening to, judged", "Analysts praised President Boric's opening to Bolivia.", []string{"Boric", "Bolivia"},
			[]string{"Boric RESTORES_TIES_WITH Bolivia"}, nil},
		{"a possessor's thaw with", "Chile's thaw with Peru began last year.", []string{"Chile", "Peru"},
			[]string{"Chile RESTORES_TIES_WITH Peru"}, nil},
		// must not fire
		{"a thaw of no author", "The thaw with Bolivia came after years of tension, Peru said.", []string{"Bolivia", "Peru"},
			nil, []string{"Peru RESTORES_TIES_WITH Bolivia"}},
		{"an opening to no actor", "The opening to the sea gave Bolivia hope, Peru said.", []string{"Bolivia", "Peru"},
			nil, []string{"Peru RESTORES_TIES_WITH Bolivia"}},
	})
}

// TestMatchReadsCoercion checks that forcing or compelling someone to act, in either
// voice, is a demand on them, and that coercion only wished for or itself demanded, and
// forcing someone out, are none.
func TestMatchReadsCoercion(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"forced to", "Peru forced Bolivia to withdraw its troops.", []string{"Peru", "Bolivia"},
			[]string{"Peru DEMANDS Bolivia"}, nil},
		{"forced by, passive", "Bolivia was forced by Peru to withdraw its troops.", []string{"Bolivia", "Peru"},
			[]string{"Peru DEMANDS Bolivia"}, nil},
		{"compelled by, passive", "Bolivia was compelled by Peru to end the blockade.", []string{"Bolivia", "Peru"},
			[]string{"Peru DEMANDS Bolivia"}, nil},
		// must not fire
		{"coercion wished for", "Peru wants to force Bolivia to end the blockade.", []string{"Peru", "Bolivia"},
			nil, []string{"Peru DEMANDS Bolivia"}},
		{"coercion pressed for", "Peru pressured Chile to force Bolivia to end the blockade.", []string{"Peru", "Chile", "Bolivia"},
			[]string{"Peru DEMANDS Chile"}, []string{"Chile DEMANDS Bolivia"}},
		{"forced out", "Chile forced Peru out of the talks.", []string{"Chile", "Peru"},
			nil, []string{"Chile DEMANDS Peru"}},
	})
}

// TestMatchReadsHonours checks that an honour awarded to or bestowed on someone supports
// them, and that an award of money or one not given is no support.
func TestMatchReadsHonours(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"awarded a medal", "Peru awarded President Boric a medal for his service.", []string{"Peru", "Boric"},
			[]string{"Peru SUPPORTS Boric"}, nil},
		{"bestowed an honour on", "Peru bestowed its highest honor on Minister Ruiz.", []string{"Peru", "Ruiz"},
			[]string{"Peru SUPPORTS Ruiz"}, nil},
		// must not fire
		{"an award not given", "Peru did not award President Boric a medal.", []string{"Peru", "Boric"},
			nil, []string{"Peru SUPPORTS Boric"}},
		{"a contract awarded", "Peru awarded Chile a contract for the port.", []string{"Peru", "Chile"},
			nil, []string{"Peru SUPPORTS Chile"}},
	})
}

// TestMatchReadsThreatClause checks that a threat whose act its own "to" clause names
// ("Peru's threat to invade Chile") threatens that act's target, also where the parser
// hangs the clause on the verb whose object the threat is, and not the one who dismisses
// or condemns it; a threat with no act of its own is still one on its receiver.
func TestMatchReadsThreatClause(t *testing.T) {
	runWantNot(t, []wantNotCase{
		{"a threat dismissed", "President Boric dismissed Peru's threat to invade Chile.", []string{"Boric", "Peru", "Chile"},
			[]string{"Peru THREATENS Chile"}, []string{"Peru THREATENS Boric"}},
		{"a threat condemned", "Bolivia condemned Peru's threat to invade Chile.", []string{"Bolivia", "Peru", "Chile"},
			[]string{"Peru THREATENS Chile"}, nil},
		{"a decision welcomed", "Bolivia welcomed Peru's decision to lift sanctions on Chile.", []string{"Bolivia", "Peru", "Chile"},
			[]string{"Peru LIFTS_SANCTIONS Chile"}, nil},
		{"a threat with no act of its own", "President Boric dismissed Peru's threats.", []string{"Boric", "Peru"},
			[]string{"Peru THREATENS Boric"}, nil},
	})
}
