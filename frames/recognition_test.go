package frames

import "testing"

// Recognising an actor as a state, a government, a leader or a capital is diplomatic
// recognition; recognising it as anything else (a partner, a stakeholder, a part of an
// army) recognises no state, government or claim, and no recognition is read.
func TestRecognitionAsARole(t *testing.T) {
	tests := []matchCase{
		{"as the legitimate president", "Chile recognised Boric as the legitimate president of Peru.", []string{"Chile", "Boric", "Peru"}, []string{"Chile RECOGNIZES Boric"}},
		{"as the people's representative", "Chile recognizes the Andean Council as the Bolivian people's sole representative.", []string{"Chile", "Andean Council"}, []string{"Chile RECOGNIZES Andean Council"}},
		{"as legitimate", "Peru recognized the Andean Council as legitimate.", []string{"Peru", "Andean Council"}, []string{"Peru RECOGNIZES Andean Council"}},
		{"passive, as interim leader", "Boric was recognized as interim leader by Chile.", []string{"Boric", "Chile"}, []string{"Chile RECOGNIZES Boric"}},
		{"no role given", "Chile recognised Peru in 1822.", []string{"Chile", "Peru"}, []string{"Chile RECOGNIZES Peru"}},
		{"as a stakeholder", "Chile recognized Peru as a major stakeholder in the talks.", []string{"Chile", "Peru"}, nil},
		{"as a partner", "Bolivia recognizes Chile as a trusted partner.", []string{"Bolivia", "Chile"}, nil},
		{"as a component of the army", "Peru recognized the Shining Path as a component of its armed forces.", []string{"Peru", "Shining Path"}, nil},
		{"as a stakeholder and a partner", "Chile recognized Peru not only as a stakeholder but also as a partner.", []string{"Chile", "Peru"}, nil},
		{"passive, as a partner", "Peru was recognized as a partner by Chile.", []string{"Peru", "Chile"}, nil},
	}
	runMatchCases(t, tests)
}

// A passive verb's agent that the parser hung on its "as" phrase is still its agent.
func TestAgentHungOnAsPhrase(t *testing.T) {
	tests := []matchCase{
		{"recognised as head of state by", "Boric is recognized as Peru's legitimate head of state by Chile, Bolivia and Ecuador.", []string{"Boric", "Peru", "Chile", "Bolivia", "Ecuador"}, []string{"Chile RECOGNIZES Boric", "Bolivia RECOGNIZES Boric", "Ecuador RECOGNIZES Boric"}},
		{"designated as a terrorist group by", "The Shining Path was designated as a terrorist group of Peru by Chile.", []string{"Shining Path", "Peru", "Chile"}, []string{"Chile ACCUSES Shining Path"}},
		{"no agent: a place", "Boric was recognized as president in Lima by lawmakers.", []string{"Boric", "Lima"}, nil},
		{"no agent: a passive without as", "Boric was recognized in the capital of Peru by students.", []string{"Boric", "Peru"}, nil},
	}
	runMatchCases(t, tests)
}
