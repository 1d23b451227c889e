package syntax

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// arcs lists a sentence's dependencies as "head-lemma -rel-> form".
func arcs(s Sentence) []string {
	var out []string
	for _, w := range s.Words {
		head := "ROOT"
		if h := s.Word(w.Head); h != nil {
			head = h.Lemma
		}
		out = append(out, fmt.Sprintf("%s -%s-> %s", head, w.Deprel, w.Form))
	}
	return out
}

// TestNewsSentences checks that sentences in the style of the news the extractor reads
// (written for this test) get the subject, object, agent, clause and conjunct right: the
// relations the extractor's frames are matched on.
func TestNewsSentences(t *testing.T) {
	m := embeddedModel(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Albania accused Iran of carrying out the cyberattack.",
			[]string{"accuse -nsubj-> Albania", "accuse -obj-> Iran", "ROOT -root-> accused"}},
		{"The United States imposed new sanctions on Iran's intelligence ministry.",
			[]string{"impose -nsubj-> States", "impose -obj-> sanctions", "impose -obl-> ministry", "ministry -nmod:poss-> Iran"}},
		{"Iranian diplomats were expelled by Albania on Wednesday.",
			[]string{"expel -nsubj:pass-> diplomats", "expel -obl:agent-> Albania", "expel -aux:pass-> were"}},
		{"Iran condemned the countries that imposed sanctions on it.",
			[]string{"condemn -nsubj-> Iran", "condemn -obj-> countries", "country -acl:relcl-> imposed", "impose -nsubj-> that", "impose -obj-> sanctions"}},
		{"Russia and China condemned the strikes.",
			[]string{"condemn -nsubj-> Russia", "Russia -conj-> China", "condemn -obj-> strikes"}},
		{"The foreign ministry said Tehran had not carried out the attack.",
			[]string{"say -nsubj-> ministry", "say -ccomp-> carried", "carry -nsubj-> Tehran", "carry -advmod-> not", "carry -obj-> attack"}},
		// a time phrase between subject and verb (repairTimeSubjects)
		{"Britain last week expelled 23 Russian diplomats.",
			[]string{"expel -nsubj-> Britain", "expel -obl:unmarked-> week", "expel -obj-> diplomats"}},
		{"The US last month imposed sanctions on Iran.",
			[]string{"impose -nsubj-> US", "impose -obl:unmarked-> month", "impose -obj-> sanctions"}},
		{"Germany last Tuesday recalled its ambassador.",
			[]string{"recall -nsubj-> Germany", "recall -obl:unmarked-> Tuesday"}},
		{"The council, which last week condemned the strikes, met again.",
			[]string{"condemn -nsubj-> which", "condemn -obl:unmarked-> week"}},
		{"Last week was a bad week for the ministry.",
			[]string{"week -nsubj-> week"}},
		// a time right after a speech verb (repairTimeSubjects)
		{"President Ruiz said Wednesday that he had ordered the navy to leave Chilean waters.",
			[]string{"say -nsubj-> Ruiz", "say -obl:unmarked-> Wednesday", "say -ccomp-> ordered"}},
		{"The foreign ministry said Monday that the envoy had left the capital.",
			[]string{"say -nsubj-> ministry", "say -obl:unmarked-> Monday", "say -ccomp-> left"}},
		// the partner of a conversation hung on its means (repairMediumPartners)
		{"Germany's Angela Merkel spoke by phone with Russian President Vladimir Putin on Monday.",
			[]string{"speak -obl-> Vladimir", "speak -obl-> phone"}},
		{"Shinzo Abe talked by telephone with the Japanese leader on Monday.",
			[]string{"talk -obl-> leader", "talk -obl-> telephone"}},
		{"President Boric spoke by phone Thursday with Peruvian President Ana Ruiz.",
			[]string{"speak -obl-> phone", "speak -obl-> Ana"}},
		// a partner or target hung on the time before it (repairTimePartners)
		{"President Boric held talks on Tuesday with President Castillo of Peru.",
			[]string{"hold -obj-> talks", "hold -obl-> Castillo"}},
		{"Chile signed an agreement on Friday with Bolivia.",
			[]string{"sign -obj-> agreement", "agreement -nmod-> Bolivia"}},
		// a subject read as an apposition in the opening phrase (repairFrontedSubjects)
		{"In a phone call with Chinese President Xi Jinping, Donald Trump reaffirmed the policy.",
			[]string{"reaffirm -nsubj-> Donald", "reaffirm -obl-> call"}},
		// a verb read as a participle of the apposition before it (repairApposedPredicates)
		{"Chris Murphy, a US senator, blasted Trump.",
			[]string{"blast -nsubj-> Chris", "blast -obj-> Trump"}},
		{"Prime Minister Edi Rama announced the decision in a video statement.",
			[]string{"announce -obj-> decision", "announce -obl-> statement"}},
		// a clause's subject read as the object of its subordinator (repairSubordinateSubjects)
		{"The talks began as Russia and Ukraine traded accusations.",
			[]string{"trade -nsubj-> Russia", "trade -mark-> as", "begin -advcl-> traded"}},
		{"It came a day after Turkey said it would send troops.",
			[]string{"say -nsubj-> Turkey", "say -mark-> after"}},
		{"The city has been calm since rebels seized the airport.",
			[]string{"seize -nsubj-> rebels", "seize -mark-> since", "seize -obj-> airport"}},
		{"After the talks, Russia expelled the envoy.",
			[]string{"talk -case-> After", "expel -obl-> talks", "expel -nsubj-> Russia"}},
		// a sentence whose verb the tagger took for a participle or whose subject for a
		// common noun (repairVerbless); a fragment without a verb stays one
		{"Chilean warplanes bombed Bolivian positions near the border.",
			[]string{"bomb -nsubj-> warplanes", "bomb -obj-> positions", "ROOT -root-> bombed"}},
		{"Ruiz blamed not only the rebels but also Chile and Bolivia.",
			[]string{"blame -nsubj-> Ruiz", "ROOT -root-> blamed"}},
		{"Fresh talks between Peru and Chile on the border dispute.",
			[]string{"ROOT -root-> talks"}},
		// a title with a hyphenated suffix, read as the title (titleStem)
		{"President-elect Jair Bolsonaro, who visited Chile in May, criticized Venezuela.",
			[]string{"criticize -nsubj-> Jair", "Jair -nmod:desc-> President-elect", "visit -nsubj-> who", "criticize -obj-> Venezuela"}},
		{"The resolution was opposed by Brazilian President-elect Jair Bolsonaro.",
			[]string{"oppose -obl:agent-> Jair"}},
		{"Prime Minister-designate Ali Hassan met the envoy.",
			[]string{"meet -nsubj-> Ali", "meet -obj-> envoy"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			sents := m.Sentences(tt.text)
			require.Len(t, sents, 1)
			got := arcs(sents[0])
			for _, a := range tt.want {
				assert.Contains(t, got, a)
			}
		})
	}
}

func TestSentencesKeepOffsets(t *testing.T) {
	m := embeddedModel(t)
	text := "TIRANA, Albania (AP) — Albania’s government said Wednesday it had cut ties.\n\n“We won’t accept it,” Rama said."
	sents := m.Sentences(text)
	require.Len(t, sents, 2)
	for _, s := range sents {
		roots := 0
		for _, w := range s.Words {
			assert.Equal(t, w.Form, text[w.Start:w.End])
			if w.Head == 0 {
				roots++
				assert.Equal(t, "root", w.Deprel)
			}
		}
		assert.Equal(t, 1, roots, "one root in %q", s.Text)
	}
	// Curly quotes read like straight ones: the possessive is a clitic.
	poss := sents[0].Words[8]
	assert.Equal(t, "’s", poss.Form)
	assert.Equal(t, "PART", poss.UPOS)
	assert.Equal(t, "case", poss.Deprel)
}
