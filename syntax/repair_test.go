package syntax

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// words builds a parsed sentence from "form/UPOS/head/deprel" items (lemma = lower form).
func words(items ...string) []Word {
	ws := make([]Word, len(items))
	for i, it := range items {
		f := strings.Split(it, "/")
		head := 0
		for _, c := range f[2] {
			head = head*10 + int(c-'0')
		}
		ws[i] = Word{ID: i + 1, Form: f[0], Lemma: strings.ToLower(f[0]), UPOS: f[1], Head: head, Deprel: f[3]}
	}
	return ws
}

func TestRepairTimeSubjects(t *testing.T) {
	tests := []struct {
		name string
		in   []Word
		want []string // deprel→head of each word after the repair
	}{
		{"compound before the time phrase",
			words("Britain/PROPN/3/compound", "last/ADJ/3/amod", "week/NOUN/4/nsubj", "expelled/VERB/0/root", "diplomats/NOUN/4/obj"),
			[]string{"nsubj→4", "amod→3", "obl:unmarked→4", "root→0", "obj→4"}},
		{"a name of two words and a modifier of the modifier",
			words("The/DET/3/det", "United/PROPN/3/compound", "States/PROPN/6/compound", "earlier/ADV/6/advmod", "this/DET/6/det", "year/NOUN/7/nsubj", "imposed/VERB/0/root"),
			[]string{"det→3", "compound→3", "nsubj→7", "advmod→6", "det→6", "obl:unmarked→7", "root→0"}},
		{"relative pronoun as the time noun's determiner",
			words("which/PRON/3/det", "last/ADJ/3/amod", "week/NOUN/4/nsubj", "accused/VERB/0/root"),
			[]string{"nsubj→4", "amod→3", "obl:unmarked→4", "root→0"}},
		{"a second subject",
			words("Germany/PROPN/4/nsubj", "last/ADJ/3/amod", "Tuesday/PROPN/4/nsubj", "recalled/VERB/0/root"),
			[]string{"nsubj→4", "amod→3", "obl:unmarked→4", "root→0"}},
		{"a possessor stays",
			words("Britain/PROPN/3/nmod:poss", "'s/PART/1/case", "week/NOUN/4/nsubj", "ended/VERB/0/root"),
			[]string{"nmod:poss→3", "case→1", "nsubj→4", "root→0"}},
		{"a time noun that is the subject",
			words("Last/ADJ/2/amod", "week/NOUN/3/nsubj", "ended/VERB/0/root"),
			[]string{"amod→2", "nsubj→3", "root→0"}},
		{"not a time noun",
			words("Britain/PROPN/3/compound", "foreign/ADJ/3/amod", "office/NOUN/4/nsubj", "said/VERB/0/root"),
			[]string{"compound→3", "amod→3", "nsubj→4", "root→0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			repairTimeSubjects(tt.in)
			var got []string
			for _, w := range tt.in {
				got = append(got, w.Deprel+"→"+itoa(w.Head))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestRepairSubordinators(t *testing.T) {
	tests := []struct {
		name string
		in   []Word
		want []string
	}{
		{"a marked clause read as a complement is adverbial",
			words("Pompeo/PROPN/2/nsubj", "said/VERB/0/root", "after/SCONJ/5/mark", "officials/NOUN/5/nsubj", "threatened/VERB/2/ccomp"),
			[]string{"nsubj→2", "root→0", "mark→5", "nsubj→5", "advcl→2"}},
		{"a complement marked by that stays",
			words("Pompeo/PROPN/2/nsubj", "said/VERB/0/root", "that/SCONJ/5/mark", "officials/NOUN/5/nsubj", "threatened/VERB/2/ccomp"),
			[]string{"nsubj→2", "root→0", "mark→5", "nsubj→5", "ccomp→2"}},
		{"a preposition stays",
			words("Iran/PROPN/2/nsubj", "acted/VERB/0/root", "after/ADP/4/case", "talks/NOUN/2/obl"),
			[]string{"nsubj→2", "root→0", "case→4", "obl→2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			repairSubordinators(tt.in)
			var got []string
			for _, w := range tt.in {
				got = append(got, w.Deprel+"→"+itoa(w.Head))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
