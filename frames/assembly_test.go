package frames

import "testing"

// TestSpeechToAnAssemblyIsNoMeeting checks that speaking or talking to an assembly ("Boric
// spoke to the Andean Parliament") is a speech, not a meeting, while speaking to a person
// or a state, or with an assembly, is a meeting.
func TestSpeechToAnAssemblyIsNoMeeting(t *testing.T) {
	actors := func(names ...string) func(string) []Actor {
		return func(s string) []Actor {
			var out []Actor
			for _, n := range names {
				switch n {
				case "Boric", "Ruiz":
					out = append(out, span(t, s, n, Actor{ID: n, Person: true}))
				case "Andean Parliament", "General Assembly":
					out = append(out, span(t, s, n, Actor{ID: n}))
				default:
					out = append(out, span(t, s, n, Actor{ID: n, State: true}))
				}
			}
			return out
		}
	}
	runActorCases(t, []actorCase{
		{"spoke to an assembly", "Boric spoke to the Andean Parliament on Monday.", actors("Boric", "Andean Parliament"), nil},
		{"speaking to an assembly", "Speaking to the General Assembly, Boric defended the pact.", actors("General Assembly", "Boric"), nil},
		{"talked to an assembly", "Boric talked to the General Assembly about the pact.", actors("Boric", "General Assembly"), nil},
		{"spoke to a person", "Boric spoke to Ruiz on Monday.", actors("Boric", "Ruiz"), []string{"Boric MEETS Ruiz"}},
		{"spoke with an assembly", "Boric spoke with the Andean Parliament on Monday.", actors("Boric", "Andean Parliament"), []string{"Boric MEETS Andean Parliament"}},
	})
}
