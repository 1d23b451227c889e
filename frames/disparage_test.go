package frames

import "testing"

// TestDisparagement checks the idioms of disparagement: scoffing or sneering at an actor,
// contempt, disdain or scorn for one, scorn poured or heaped on one (CONDEMNS); not
// for a thing of no actor, a negated or modal idiom, or "contempt of".
func TestDisparagement(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true, Side: "Chile"}, "his": {ID: "Ruiz", Person: true, Side: "Chile"}, "Boric": {Person: true, Side: "Chile"}})
	runActorCases(t, []actorCase{
		{"scoffed at", "Ruiz scoffed at Bolivia in an interview.", actors("Ruiz", "Bolivia"),
			[]string{"Ruiz CONDEMNS Bolivia"}},
		{"sneered at", "Peru sneered at Boric on Monday.", actors("Peru", "Boric"),
			[]string{"Peru CONDEMNS Boric"}},
		{"contempt for", "Ruiz has never hidden his contempt for Boric.", actors("Ruiz", "his", "Boric"),
			[]string{"Ruiz CONDEMNS Boric"}},
		{"disdain for", "Bolivia's disdain for Chile is well known.", actors("Bolivia", "Chile"),
			[]string{"Bolivia CONDEMNS Chile"}},
		{"poured scorn on", "Ruiz poured scorn on Bolivia during the debate.", actors("Ruiz", "Bolivia"),
			[]string{"Ruiz CONDEMNS Bolivia"}},
		{"heaped scorn on", "Peru heaped scorn on Chile.", actors("Peru", "Chile"),
			[]string{"Peru CONDEMNS Chile"}},
		{"scoffed at an idea", "Ruiz scoffed at the idea of a summit in Bolivia.", actors("Ruiz", "Bolivia"),
			nil},
		{"did not sneer", "Peru did not sneer at Chile.", actors("Peru", "Chile"),
			nil},
		{"may scoff", "Peru may scoff at Chile.", actors("Peru", "Chile"),
			nil},
		{"contempt of a court", "Ruiz was held in contempt of the Bolivian court.", actors("Ruiz", "Bolivian"),
			nil},
	})
}

// TestIreDrawn checks the ire or wrath of an actor that another draws or incurs: the
// actor whose ire it is CONDEMNS the one who draws it (or the owner of what draws it);
// not a modal clause, nor support "raised" by another ("raised Ruiz's support for the
// plan" is no support drawn).
func TestIreDrawn(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true, Side: "Chile"}, "Boric": {Person: true, Side: "Chile"}})
	runActorCases(t, []actorCase{
		{"drew the ire of", "Ruiz has drawn the ire of Bolivia.", actors("Ruiz", "Bolivia"),
			[]string{"Bolivia CONDEMNS Ruiz"}},
		{"an owned act drew it", "Peru's plan drew the ire of Chile.", actors("Peru", "Chile"),
			[]string{"Chile CONDEMNS Peru"}},
		{"incurred the wrath of", "Boric incurred the wrath of Peru.", actors("Boric", "Peru"),
			[]string{"Peru CONDEMNS Boric"}},
		{"may draw", "The plan may draw the ire of Chile, Peru said.", actors("Chile", "Peru"),
			nil},
		{"support raised", "Boric raised Ruiz's support for the plan.", actors("Boric", "Ruiz"),
			nil},
	})
}

// TestTwoWordLabels checks the condemnation words of two words ("a witch hunt", "a power
// grab") given by a verdict verb or a speaker's clause to an actor's act; a country named
// before an inquiry is what it inquires into, no author ("the Peru probe").
func TestTwoWordLabels(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true, Side: "Chile"}, "Boric": {Person: true, Side: "Chile"}, "Peruvian": {ID: "Peru", State: true, Demonym: true}})
	runActorCases(t, []actorCase{
		{"called a witch hunt", "Boric called Bolivia's investigation a witch hunt.", actors("Boric", "Bolivia"),
			[]string{"Boric CONDEMNS Bolivia"}},
		{"said was a witch-hunt", "Boric said the Peruvian probe was a witch-hunt.", actors("Boric", "Peruvian"),
			[]string{"Boric CONDEMNS Peru"}},
		{"described as a power grab", "Chile described Bolivia's move as a power grab.", actors("Chile", "Bolivia"),
			[]string{"Chile CONDEMNS Bolivia"}},
		{"a country's inquiry by name", "Boric called the Peru probe a witch hunt.", actors("Boric", "Peru"),
			nil},
		{"a sham of a country's inquiry", "Boric called the Peru probe a sham.", actors("Boric", "Peru"),
			nil},
		{"a hunt of no witch", "Boric said the hunt for the Peruvian rebels was over.", actors("Boric", "Peruvian"),
			nil},
	})
}

// TestRebuttals checks the verbs of rebuttal other than deny, reject, dismiss and refute:
// disputing, rebutting, brushing or shrugging off, laughing off or waving away an
// accusation is a denial of its author (DENIES); not a claim ("disputed Peru's claim that
// the economy grew": an assertion), another thing brushed off, or a negated verb.
func TestRebuttals(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true, Side: "Chile"}, "Peruvian": {ID: "Peru", State: true, Demonym: true}})
	runActorCases(t, []actorCase{
		{"disputed", "Chile disputed Peru's accusations.", actors("Chile", "Peru"),
			[]string{"Chile DENIES Peru"}},
		{"rebutted", "Ruiz rebutted the Peruvian allegations.", actors("Ruiz", "Peruvian"),
			[]string{"Ruiz DENIES Peru"}},
		{"brushed off", "Chile brushed off Bolivia's charges.", actors("Chile", "Bolivia"),
			[]string{"Chile DENIES Bolivia"}},
		{"shrugged off", "Chile shrugged off Peru's allegations.", actors("Chile", "Peru"),
			[]string{"Chile DENIES Peru"}},
		{"a claim disputed", "Chile disputed Peru's claim that the economy grew.", actors("Chile", "Peru"),
			nil},
		{"questions brushed off", "Chile brushed off questions about Peru.", actors("Chile", "Peru"),
			nil},
		{"did not dispute", "Chile did not dispute Peru's allegations.", actors("Chile", "Peru"),
			nil},
	})
}

// TestThreatPosed checks a threat label given as what an actor poses, represents or
// constitutes in a speaker's clause: the speaker ACCUSES the actor, as for "said Peru is
// a threat"; not a negated or modal clause, another object, or a clause no one says.
func TestThreatPosed(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true, Side: "Chile"}, "Boric": {Person: true, Side: "Chile"}})
	runActorCases(t, []actorCase{
		{"poses a threat", "Boric said Peru poses a threat to the region.", actors("Boric", "Peru"),
			[]string{"Boric ACCUSES Peru"}},
		{"represents a threat", "Ruiz said Bolivia represents a serious threat to Chile.", actors("Ruiz", "Bolivia", "Chile"),
			[]string{"Ruiz ACCUSES Bolivia"}},
		{"posed a menace", "Chile said Peru posed a menace to its fishermen.", actors("Chile", "Peru"),
			[]string{"Chile ACCUSES Peru"}},
		{"does not pose", "Ruiz said Chile does not pose a threat to Peru.", actors("Ruiz", "Chile", "Peru"),
			nil},
		{"could pose", "Boric said Peru could pose a threat to the region.", actors("Boric", "Peru"),
			nil},
		{"poses questions", "Boric said Peru poses questions for Chile.", actors("Boric", "Peru", "Chile"),
			nil},
		{"no one says it", "Peru poses a threat to Chile.", actors("Peru", "Chile"),
			nil},
	})
}

// TestHeapedPraiseAndVilification checks praise (compliments, accolades) heaped, lavished
// or showered on an actor (SUPPORTS) and vilifying or demonizing one (CONDEMNS); not
// scorn heaped, praise heaped on a thing, or a negated verb.
func TestHeapedPraiseAndVilification(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Ruiz": {Person: true, Side: "Chile"}, "Boric": {Person: true, Side: "Chile"}})
	runActorCases(t, []actorCase{
		{"heaped praise on", "Ruiz heaped praise on Boric after the talks.", actors("Ruiz", "Boric"),
			[]string{"Ruiz SUPPORTS Boric"}},
		{"lavished compliments on", "Peru lavished compliments on Chile.", actors("Peru", "Chile"),
			[]string{"Peru SUPPORTS Chile"}},
		{"showered praise on", "Bolivia showered praise on Ruiz.", actors("Bolivia", "Ruiz"),
			[]string{"Bolivia SUPPORTS Ruiz"}},
		{"vilified", "Boric vilified Peru in his speech.", actors("Boric", "Peru"),
			[]string{"Boric CONDEMNS Peru"}},
		{"demonized", "Ruiz has demonized Bolivia for years.", actors("Ruiz", "Bolivia"),
			[]string{"Ruiz CONDEMNS Bolivia"}},
		{"praise heaped on a thing", "Ruiz heaped praise on the plan for Peru.", actors("Ruiz", "Peru"),
			nil},
		{"did not vilify", "Boric did not vilify Peru.", actors("Boric", "Peru"),
			nil},
	})
}

// TestVerdictParsedAsAdverb checks a verdict word after the object of a verdict verb that
// the parser hangs on the verb as an adverb ("called Peru's claims baseless"): read as
// the predicate; an adverb that is no verdict word reads none.
func TestVerdictParsedAsAdverb(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true, Side: "Chile"}})
	runActorCases(t, []actorCase{
		{"called the accusations baseless", "Chile called Peru's accusations baseless.", actors("Chile", "Peru"),
			[]string{"Chile DENIES Peru"}},
		{"called repeatedly", "Boric called Peru repeatedly.", actors("Boric", "Peru"),
			nil},
	})
}

// TestReactionAtAct checks that a reaction whose frame takes its target in a phrase
// ("expressed anger at", "was disappointed with", "was critical of") condemns the author
// of the act that phrase names (a possessor, a nationality, a "by" phrase); an act of no
// actor, a noun that names no conduct and a negated reaction condemn no one, on sentences
// written for this test.
func TestReactionAtAct(t *testing.T) {
	tests := []matchCase{
		{"anger at a possessor's decision", "Chile expressed anger at Peru's decision.", []string{"Chile", "Peru"}, []string{"Chile CONDEMNS Peru"}},
		{"regret over an announcement", "Ecuador expressed regret over Bolivia's announcement about the dam.", []string{"Ecuador", "Bolivia"}, []string{"Ecuador CONDEMNS Bolivia"}},
		{"disappointed with a nationality's decision", "Chile was disappointed with the Peruvian decision.", []string{"Chile", "Peruvian"}, []string{"Chile CONDEMNS Peruvian"}},
		// no condemnation
		{"an act of no actor", "Chile expressed anger at the decision.", []string{"Chile"}, nil},
		{"no conduct", "Chile expressed anger at Peru's weather.", []string{"Chile", "Peru"}, nil},
		{"not disappointed", "Chile was not disappointed with Peru's decision.", []string{"Chile", "Peru"}, nil},
	}
	runTypeCases(t, tests, "CONDEMNS")
}
