package frames

import (
	"testing"
)

// A reaction whose author stands in its "from" phrase is received by the subject of the
// clause it is part of, support and praise too ("won praise from Chile"); a danger, a
// hypothetical reaction and a place or camp named as its origin are none, and support
// sought is a request.
func TestReactionRecipients(t *testing.T) {
	tests := []matchCase{
		{"came under criticism from", "Peru has come under criticism from Chile for its policy.", []string{"Peru", "Chile"}, []string{"Chile CONDEMNS Peru"}},
		{"is under criticism from", "Peru is under heavy criticism from Chile.", []string{"Peru", "Chile"}, []string{"Chile CONDEMNS Peru"}},
		{"under sanctions from", "Bolivia is under sanctions from Chile.", []string{"Bolivia", "Chile"}, []string{"Chile SANCTIONS Bolivia"}},
		{"despite pleas from", "Peru refused despite pleas from Chile.", []string{"Peru", "Chile"}, []string{"Chile DEMANDS Peru"}},
		{"despite, with a negated clause", "Peru did not withdraw despite calls from Chile.", []string{"Peru", "Chile"}, []string{"Chile DEMANDS Peru"}},
		{"despite threats, hung on the object", "Taiwan held the vote despite threats from Beijing.", []string{"Taiwan", "Beijing"}, []string{"Beijing THREATENS Taiwan"}},
		{"despite: the owner of the act", "Peru's missile tests continued despite strong condemnation from Chile.", []string{"Peru", "Chile"}, []string{"Chile CONDEMNS Peru"}},
		{"ignored calls from", "Peru ignored calls from Chile to withdraw.", []string{"Peru", "Chile"}, []string{"Chile DEMANDS Peru"}},
		{"received a request from", "Peru received a request from Chile for arms.", []string{"Peru", "Chile"}, []string{"Chile DEMANDS Peru"}},
		{"a danger is no threat made", "Israel is under threat from Iran.", []string{"Israel", "Iran"}, nil},
		{"a threat faced is a danger", "Peru faces threats from Chile.", []string{"Peru", "Chile"}, nil},
		{"hypothetical", "Peru may come under criticism from Chile.", []string{"Peru", "Chile"}, nil},
		{"a passive clause did nothing", "The bill was approved despite objections from Chile.", []string{"Chile"}, nil},
		{"a place is no author", "Peru went ahead despite criticism from within Chile.", []string{"Peru", "Chile"}, nil},
		// support and praise received, and reactions won ("won praise from", "drew criticism from")
		{"won praise from", "Peru won praise from Chile for its restraint.", []string{"Peru", "Chile"}, []string{"Chile SUPPORTS Peru"}},
		{"received support from", "Peru received strong support from Bolivia.", []string{"Peru", "Bolivia"}, []string{"Bolivia SUPPORTS Peru"}},
		{"earned support from", "Senator Ruiz earned support from Chile.", []string{"Senator Ruiz", "Chile"}, []string{"Chile SUPPORTS Senator Ruiz"}},
		{"drew criticism from", "Peru drew sharp criticism from Chile.", []string{"Peru", "Chile"}, []string{"Chile CONDEMNS Peru"}},
		{"support sought is a request", "Peru sought support from Chile.", []string{"Peru", "Chile"}, []string{"Peru DEMANDS Chile"}},
		{"support hoped for", "Peru may win support from Chile.", []string{"Peru", "Chile"}, nil},
		{"support from a place", "Peru won support from across Chile.", []string{"Peru", "Chile"}, nil},
		{"a plan's support", "The plan won support from Chile.", []string{"Chile"}, nil},
		{"remarks prompted criticism", "Chile's remarks prompted sharp criticism from Peru.", []string{"Chile", "Peru"}, []string{"Peru CONDEMNS Chile"}},
		{"a move sparked protests", "Bolivia's move sparked protests from Peru.", []string{"Bolivia", "Peru"}, []string{"Peru CONDEMNS Bolivia"}},
		{"calls prompted are made of others", "Bolivia's move prompted calls from Peru for sanctions.", []string{"Bolivia", "Peru"}, nil},
		{"an act of no one", "The decision sparked protests from Peru.", []string{"Peru"}, nil},
		// a reaction counted or spanned ("a wave of criticism from", "months of criticism"),
		// and a reaction met
		{"a wave of criticism from", "Chile's plan drew a wave of criticism from Peru.", []string{"Chile", "Peru"}, []string{"Peru CONDEMNS Chile"}},
		{"a barrage of criticism faced", "Chile faced a barrage of criticism from Peru.", []string{"Chile", "Peru"}, []string{"Peru CONDEMNS Chile"}},
		{"a chorus of condemnation", "Chile drew a chorus of condemnation from Peru and Bolivia.", []string{"Chile", "Peru", "Bolivia"}, []string{"Peru CONDEMNS Chile", "Bolivia CONDEMNS Chile"}},
		{"criticism met", "Chile's plan met strong criticism from Peru.", []string{"Chile", "Peru"}, []string{"Peru CONDEMNS Chile"}},
		{"criticism unleashed", "Chile's decision unleashed a storm of criticism from Peru.", []string{"Chile", "Peru"}, []string{"Peru CONDEMNS Chile"}},
		{"a counted reaction hypothetical", "Chile may face a wave of criticism from Peru.", []string{"Chile", "Peru"}, nil},
		{"a counted reaction from a place", "Chile drew a wave of criticism from across Peru.", []string{"Chile", "Peru"}, nil},
		{"a counted act of no one", "The plan drew a wave of criticism from Peru.", []string{"Peru"}, nil},
		{"a count that is no reaction's", "Chile met a series of delegates from Peru.", []string{"Chile", "Peru"}, nil},
	}
	runMatchCases(t, tests)
}

// A reaction whose author the noun names itself (a possessor, a nationality, a name in a
// compound) is received as one named in a "from" phrase is; a threat faced, a modal
// clause and a reaction with a target of its own are not.
func TestReactionAuthorModifier(t *testing.T) {
	tests := []matchCase{
		{"faces nationality's sanctions", "Chile faces new Peruvian sanctions over the dispute.", []string{"Chile", "Peruvian"}, []string{"Peruvian SANCTIONS Chile"}},
		{"ignored possessor's calls", "Bolivia ignored Chile's calls for a ceasefire.", []string{"Bolivia", "Chile"}, []string{"Chile DEMANDS Bolivia"}},
		{"despite nationality's protests", "Despite Chilean protests, Peru held the vote.", []string{"Chilean", "Peru"}, []string{"Chilean CONDEMNS Peru"}},
		{"came under nationality's criticism", "Ecuador came under Peruvian criticism for the move.", []string{"Ecuador", "Peruvian"}, []string{"Peruvian CONDEMNS Ecuador"}},
		{"defied threats", "Peru defied Chilean threats and held the vote.", []string{"Peru", "Chilean"}, []string{"Chilean THREATENS Peru"}},
		{"a threat faced is a danger", "Peru faces a Chilean threat.", []string{"Peru", "Chilean"}, nil},
		{"hypothetical", "Peru may face Chilean sanctions.", []string{"Peru", "Chilean"}, nil},
		{"own target", "Peru ignored Chile's calls on Bolivia to withdraw.", []string{"Peru", "Chile", "Bolivia"}, []string{"Chile DEMANDS Bolivia"}},
	}
	runMatchCases(t, tests)
}
