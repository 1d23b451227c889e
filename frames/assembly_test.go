package frames

import "testing"

// TestSpeechToAnAssemblyIsNoMeeting checks that speaking or talking to an assembly ("Boric
// spoke to the Andean Parliament") is a speech, not a meeting, while speaking to a person
// or a state, or with an assembly, is a meeting.
func TestSpeechToAnAssemblyIsNoMeeting(t *testing.T) {
	actors := castOf(t, map[string]Actor{"Boric": {Person: true}, "Ruiz": {Person: true}, "Andean Parliament": {}, "General Assembly": {}})
	runActorCases(t, []actorCase{
		{"spoke to an assembly", "Boric spoke to the Andean Parliament on Monday.", actors("Boric", "Andean Parliament"), nil},
		{"speaking to an assembly", "Speaking to the General Assembly, Boric defended the pact.", actors("General Assembly", "Boric"), nil},
		{"talked to an assembly", "Boric talked to the General Assembly about the pact.", actors("Boric", "General Assembly"), nil},
		{"spoke to a person", "Boric spoke to Ruiz on Monday.", actors("Boric", "Ruiz"), []string{"Boric MEETS Ruiz"}},
		{"spoke with an assembly", "Boric spoke with the Andean Parliament on Monday.", actors("Boric", "Andean Parliament"), []string{"Boric MEETS Andean Parliament"}},
	})
}
