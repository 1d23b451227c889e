package frames

import (
	"strings"
	"testing"
)

// TestPrefilterWords checks that the classes CouldFire looks up in Prefilter.words are
// the sets and readingWord they stand for, for every word of those sets (with an "s"
// added too) and words of no class, and that a word missing from it is of no set, no
// trigger's form and no readingWord but for the forms of "allege".
func TestPrefilterWords(t *testing.T) {
	fs, err := Load(strings.NewReader("DEMANDS\ttell\tVERB\tnsubj\tobj\txcomp=*\t023\tgeokg\n"))
	if err != nil {
		t.Fatal(err)
	}
	forms := func(lemma string) []string { return []string{lemma, lemma + "s", lemma + "ed"} }
	p := NewLexicon(fs).NewPrefilter(forms)
	words := strings.Fields("the leader had told tells mr trump alleged allegedly allegations members ally behind part said")
	for _, set := range []map[string]bool{obligationWords, p.wrong, sufferedWords, p.answer, p.terror, p.called, p.evaluative, culpritWords, condemnationWords, denialWords, p.speech, p.label, p.judge, p.threat} {
		for w := range set {
			words = append(words, w, w+"s", w+"ed")
		}
	}
	for w := range backerNouns {
		words = append(words, w, w+"s")
	}
	for _, w := range words {
		want := map[prefilterFlags]bool{
			pfSpoken:     obligationWords[w] || p.wrong[w] || sufferedWords[w] || p.answer[w],
			pfThreatened: sufferedWords[w] || p.answer[w],
			pfReading:    readingWord(w),
			pfTerror:     p.terror[w],
			pfCalled:     p.called[w],
			pfEvaluative: p.evaluative[w],
		}
		e, ok := p.words[w]
		for flag, is := range want {
			if !ok {
				if is && !(flag == pfReading && strings.HasPrefix(w, "alleg")) {
					t.Errorf("%q: missing from the words, flag %d", w, flag)
				}
				continue
			}
			if got := e.flags&flag != 0; got != is {
				t.Errorf("%q: flag %d is %v, want %v", w, flag, got, is)
			}
		}
		if len(e.frames) != len(p.byForm[w]) {
			t.Errorf("%q: %d frames, want %d", w, len(e.frames), len(p.byForm[w]))
		}
	}
}
