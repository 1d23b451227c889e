package extract

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// castOf runs the text and actor stages alone on text with the test gazetteer and
// returns the cast's mentions, sentence by sentence, as "surface=entity name".
func castOf(t *testing.T, text string) ([][]string, *document) {
	t.Helper()
	d := newDocument(New(testGazetteer(t)), text, "2022-09-10")
	t.Cleanup(d.release)
	require.NoError(t, d.findActors(context.Background()))
	out := make([][]string, len(d.mentions))
	for si, ms := range d.mentions {
		for _, m := range ms {
			name := "?"
			if m.ent != nil {
				name = m.ent.name
			}
			out[si] = append(out[si], fmt.Sprintf("%s=%s", d.surface(si, m.Start, m.End), name))
		}
	}
	return out, d
}

// TestActorStage runs the actor stage alone: sentences in, the cast out (who each
// sentence names, and the article's dominant country), before any reference or
// interaction is read: "It" names no one yet, and a dateline's place is no actor. Titles
// and bodies state their holder's membership as they are found.
func TestActorStage(t *testing.T) {
	tests := []struct {
		text     string
		want     [][]string
		dominant string
		rels     []string
	}{
		{"Russian President Vladimir Putin met Iran's foreign minister, Ali Bagheri, in Tehran on Monday.",
			[][]string{{"Russian=Russia", "Vladimir Putin=Vladimir Putin", "Iran=Iran", "foreign minister, Ali Bagheri=Ali Bagheri", "Tehran=Iran"}},
			"Iran", []string{"official:vladimir-putin LEADS country:RUS", "official:ali-bagheri MEMBER_OF country:IRN"}},
		{"The Kremlin said Putin would not attend. Iranian officials denied it.",
			[][]string{{"Kremlin=Russia", "Putin=Vladimir Putin"}, {"Iranian=Iran"}}, "Russia", nil},
		{"Albania's Ministry of Foreign Affairs summoned the Iranian ambassador. It said Tehran was behind the attack.",
			[][]string{{"Albania's Ministry of Foreign Affairs=Ministry of Foreign Affairs of Albania", "Iranian=Iran"}, {"Tehran=Iran"}},
			"Iran", []string{"group:ministry-of-foreign-affairs-of-albania PART_OF country:ALB"}},
		{"Pro-Russian separatists and U.S.-led coalition forces clashed near the Syrian border, the UN said.",
			[][]string{{"Pro-Russian separatists=Pro-Russian separatists", "U.S.-led coalition=U.S.-led coalition", "Syrian=Syria", "UN=United Nations"}}, "Russia", nil},
		{"PARIS (AFP) - France and Britain urged Hamas to free the hostages.",
			[][]string{{"France=France", "Britain=United Kingdom", "Hamas=Hamas"}}, "France", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, d := castOf(t, tt.text)
			assert.Equal(t, tt.want, got)
			require.NotNil(t, d.dominant)
			assert.Equal(t, tt.dominant, d.dominant.name)
			var rels []string
			for _, r := range d.rels {
				rels = append(rels, fmt.Sprintf("%s %s %s", r.Subject, r.Type, r.Object))
			}
			assert.Equal(t, tt.rels, rels)
		})
	}
}
