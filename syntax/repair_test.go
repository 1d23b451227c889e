package syntax

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// words builds a parsed sentence from "form/UPOS/head/deprel" items, or
// "form/UPOS/XPOS/head/deprel" (lemma = lower form).
func words(items ...string) []Word {
	ws := make([]Word, len(items))
	for i, it := range items {
		f := strings.Split(it, "/")
		xpos := ""
		if len(f) == 5 { // "visiting/VERB/VBG/2/acl": with the Penn tag
			xpos = f[2]
			f = []string{f[0], f[1], f[3], f[4]}
		}
		head := 0
		for _, c := range f[2] {
			head = head*10 + int(c-'0')
		}
		ws[i] = Word{ID: i + 1, Form: f[0], Lemma: strings.ToLower(f[0]), UPOS: f[1], XPOS: xpos, Head: head, Deprel: f[3]}
	}
	return ws
}

// repairCase is a parsed sentence (words) and the deprel→head of each of its words after
// a repair.
type repairCase struct {
	name string
	in   []Word
	want []string
}

// depArcs returns the deprel→head of each word.
func depArcs(ws []Word) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		out = append(out, w.Deprel+"→"+itoa(w.Head))
	}
	return out
}

// runRepairCases runs repair on each case's words and checks the arcs after it.
func runRepairCases(t *testing.T, repair func([]Word), cases []repairCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			repair(tt.in)
			assert.Equal(t, tt.want, depArcs(tt.in))
		})
	}
}

func TestRepairTimeSubjects(t *testing.T) {
	tests := []repairCase{
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
		{"an opening time and the subject after its comma",
			words("Also/ADV/2/advmod", "Monday/PROPN/5/nsubj", ",/PUNCT/2/punct", "Peru/PROPN/5/nsubj", "said/VERB/0/root"),
			[]string{"advmod→2", "obl:unmarked→5", "punct→2", "nsubj→5", "root→0"}},
		{"an opening time whose apposition is the subject",
			words("On/ADP/2/case", "Thursday/PROPN/6/nsubj", ",/PUNCT/4/punct", "Minister/PROPN/2/appos", "Ruiz/PROPN/4/flat", "told/VERB/0/root"),
			[]string{"case→2", "obl:unmarked→6", "punct→4", "nsubj→6", "flat→4", "root→0"}},
		{"an apposition without a comma stays",
			words("Thursday/PROPN/3/nsubj", "night/NOUN/1/appos", "was/AUX/0/root"),
			[]string{"nsubj→3", "appos→1", "root→0"}},
		{"a time after the speech verb, its clause with that",
			words("Peru/PROPN/2/nsubj", "said/VERB/0/root", "Monday/PROPN/2/nsubj", "that/SCONJ/6/mark", "it/PRON/6/nsubj", "expelled/VERB/3/acl:relcl", "diplomats/NOUN/6/obj"),
			[]string{"nsubj→2", "root→0", "obl:unmarked→2", "mark→6", "nsubj→6", "ccomp→2", "obj→6"}},
		{"a time after the speech verb, its clause without that",
			words("The/DET/2/det", "minister/NOUN/3/nsubj", "said/VERB/0/root", "today/NOUN/3/nsubj", "she/PRON/7/nsubj", "would/AUX/7/aux", "resign/VERB/4/acl:relcl"),
			[]string{"det→2", "nsubj→3", "root→0", "obl:unmarked→3", "nsubj→7", "aux→7", "ccomp→3"}},
		{"a time after the verb that is its only subject stays",
			words("said/VERB/0/root", "Monday/PROPN/1/nsubj", "that/SCONJ/4/mark", "talks/VERB/2/acl:relcl"),
			[]string{"root→0", "nsubj→1", "mark→4", "acl:relcl→2"}},
		{"a relative clause of the time stays on it",
			words("Chile/PROPN/2/nsubj", "met/VERB/0/root", "Monday/PROPN/2/nsubj", "which/PRON/5/nsubj", "fell/VERB/3/acl:relcl"),
			[]string{"nsubj→2", "root→0", "obl:unmarked→2", "nsubj→5", "acl:relcl→3"}},
	}
	runRepairCases(t, repairTimeSubjects, tests)
}

func TestRepairTimeObjects(t *testing.T) {
	tests := []repairCase{
		{"a day read as the object, its clause under a that read as apposition",
			words("Peru/PROPN/2/nsubj", "acknowledged/VERB/0/root", "Thursday/PROPN/2/obj", "that/PRON/3/appos", "Chile/PROPN/6/nsubj", "used/VERB/4/acl:relcl", "mines/NOUN/6/obj"),
			[]string{"nsubj→2", "root→0", "obl:unmarked→2", "mark→6", "nsubj→6", "ccomp→2", "obj→6"}},
		{"a day read as the object, its clause a relative clause of it",
			words("Bolivia/PROPN/2/nsubj", "announced/VERB/0/root", "Monday/PROPN/2/obj", "that/SCONJ/6/mark", "it/PRON/6/nsubj", "expelled/VERB/3/acl:relcl", "diplomats/NOUN/6/obj"),
			[]string{"nsubj→2", "root→0", "obl:unmarked→2", "mark→6", "nsubj→6", "ccomp→2", "obj→6"}},
		{"late Monday, an adverbial clause hung on the day",
			words("Chile/PROPN/2/nsubj", "said/VERB/0/root", "late/ADJ/4/amod", "Monday/PROPN/2/obj", ",/PUNCT/8/punct", "as/SCONJ/8/mark", "troops/NOUN/8/nsubj", "shelled/VERB/4/advcl", "Peru/PROPN/8/obj"),
			[]string{"nsubj→2", "root→0", "amod→4", "obl:unmarked→2", "punct→8", "mark→8", "nsubj→8", "advcl→2", "obj→8"}},
		{"a day after the verb's own object, no clause",
			words("Ruiz/PROPN/2/nsubj", "told/VERB/0/root", "reporters/NOUN/2/iobj", "today/NOUN/2/obj"),
			[]string{"nsubj→2", "root→0", "iobj→2", "obl:unmarked→2"}},
		{"a verb that takes a day as object keeps it",
			words("They/PRON/2/nsubj", "spend/VERB/0/root", "Monday/PROPN/2/obj", "in/ADP/5/case", "Lima/PROPN/2/obl"),
			[]string{"nsubj→2", "root→0", "obj→2", "case→5", "obl→2"}},
		{"a time that a verb needs stays its object",
			words("Peru/PROPN/2/nsubj", "take/VERB/0/root", "today/NOUN/2/obj"),
			[]string{"nsubj→2", "root→0", "obj→2"}},
		{"a day with a compound stays",
			words("Chileans/PROPN/2/nsubj", "remembered/VERB/0/root", "Bloody/PROPN/4/compound", "Sunday/PROPN/2/obj"),
			[]string{"nsubj→2", "root→0", "compound→4", "obj→2"}},
		{"a relative clause with its pronoun stays on the day",
			words("Peru/PROPN/2/nsubj", "chose/VERB/0/root", "Friday/PROPN/2/obj", "which/PRON/5/nsubj", "suited/VERB/3/acl:relcl", "Chile/PROPN/5/obj"),
			[]string{"nsubj→2", "root→0", "obl:unmarked→2", "nsubj→5", "acl:relcl→3", "obj→5"}},
		{"a second clause does not replace the verb's complement",
			words("Peru/PROPN/2/nsubj", "said/VERB/0/root", "Monday/PROPN/2/obj", "it/PRON/5/nsubj", "left/VERB/2/ccomp", "that/SCONJ/8/mark", "Chile/PROPN/8/nsubj", "agreed/VERB/3/acl:relcl"),
			[]string{"nsubj→2", "root→0", "obl:unmarked→2", "nsubj→5", "ccomp→2", "mark→8", "nsubj→8", "acl:relcl→3"}},
		{"a day before its verb is no object of it",
			words("Monday/PROPN/3/obj", "Peru/PROPN/3/nsubj", "marked/VERB/0/root"),
			[]string{"obj→3", "nsubj→3", "root→0"}},
	}
	runRepairCases(t, repairTimeObjects, tests)
}

func TestRepairOfficeAppositions(t *testing.T) {
	tests := []repairCase{
		{"an ambassador's name hung on the state he is sent to",
			words("Peru/PROPN/3/nmod:poss", "'s/PART/1/case", "ambassador/NOUN/10/nsubj", "to/ADP/5/case", "Chile/PROPN/3/nmod", ",/PUNCT/7/punct", "Ana/PROPN/5/appos", "Ruiz/PROPN/7/flat", ",/PUNCT/3/punct", "met/VERB/0/root"),
			[]string{"nmod:poss→3", "case→1", "nsubj→10", "case→5", "nmod→3", "punct→7", "appos→3", "flat→7", "punct→3", "root→0"}},
		{"the head of an agency",
			words("The/DET/2/det", "head/NOUN/9/nsubj", "of/ADP/5/case", "the/DET/5/det", "Commission/PROPN/2/nmod", ",/PUNCT/7/punct", "Luis/PROPN/5/appos", "Rojas/PROPN/7/flat", "said/VERB/0/root"),
			[]string{"det→2", "nsubj→9", "case→5", "det→5", "nmod→2", "punct→7", "appos→2", "flat→7", "root→0"}},
		{"a place of one word after a city stays",
			words("the/DET/2/det", "envoy/NOUN/0/root", "in/ADP/4/case", "Lima/PROPN/2/nmod", ",/PUNCT/6/punct", "Peru/PROPN/4/appos"),
			[]string{"det→2", "root→0", "case→4", "nmod→2", "punct→6", "appos→4"}},
		{"a name after a noun that names no office stays",
			words("the/DET/2/det", "flight/NOUN/0/root", "to/ADP/4/case", "Lima/PROPN/2/nmod", ",/PUNCT/6/punct", "San/PROPN/4/appos", "Isidro/PROPN/6/flat"),
			[]string{"det→2", "root→0", "case→4", "nmod→2", "punct→6", "appos→4", "flat→6"}},
		{"a name without a comma stays",
			words("the/DET/2/det", "ambassador/NOUN/0/root", "to/ADP/4/case", "Chile/PROPN/2/nmod", "Ana/PROPN/4/appos", "Ruiz/PROPN/5/flat"),
			[]string{"det→2", "root→0", "case→4", "nmod→2", "appos→4", "flat→5"}},
	}
	runRepairCases(t, repairOfficeAppositions, tests)
}

func TestRepairSubordinators(t *testing.T) {
	tests := []repairCase{
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
	runRepairCases(t, repairSubordinators, tests)
}

func TestRepairMediumPartners(t *testing.T) {
	tests := []repairCase{
		{"the partner hung on the phone goes to the verb",
			words("Merkel/PROPN/2/nsubj", "spoke/VERB/0/root", "by/ADP/4/case", "phone/NOUN/2/obl", "with/ADP/6/case", "Putin/PROPN/4/nmod"),
			[]string{"nsubj→2", "root→0", "case→4", "obl→2", "case→6", "obl→2"}},
		{"over the telephone to",
			words("Abe/PROPN/2/nsubj", "talked/VERB/0/root", "over/ADP/5/case", "the/DET/5/det", "telephone/NOUN/2/obl", "to/ADP/7/case", "Trump/PROPN/5/nmod"),
			[]string{"nsubj→2", "root→0", "case→5", "det→5", "obl→2", "case→7", "obl→2"}},
		{"the partner hung on a time after the phone goes to the verb",
			words("Ruiz/PROPN/2/nsubj", "spoke/VERB/0/root", "by/ADP/4/case", "phone/NOUN/2/obl", "Friday/PROPN/4/appos", "with/ADP/7/case", "Boric/PROPN/5/nmod"),
			[]string{"nsubj→2", "root→0", "case→4", "obl→2", "appos→4", "case→7", "obl→2"}},
		{"a time of no phone keeps its modifier",
			words("Ruiz/PROPN/2/nsubj", "left/VERB/0/root", "on/ADP/4/case", "Friday/PROPN/2/obl", "with/ADP/6/case", "Boric/PROPN/4/nmod"),
			[]string{"nsubj→2", "root→0", "case→4", "obl→2", "case→6", "nmod→4"}},
		{"a phone with a camera is no oblique of a verb",
			words("a/DET/2/det", "phone/NOUN/0/root", "with/ADP/5/case", "a/DET/5/det", "camera/NOUN/2/nmod"),
			[]string{"det→2", "root→0", "case→5", "det→5", "nmod→2"}},
		{"a phone call with Putin is the call's",
			words("Merkel/PROPN/2/nsubj", "made/VERB/0/root", "a/DET/5/det", "phone/NOUN/5/compound", "call/NOUN/2/obj", "with/ADP/7/case", "Putin/PROPN/5/nmod"),
			[]string{"nsubj→2", "root→0", "det→5", "compound→5", "obj→2", "case→7", "nmod→5"}},
		{"a phone of another preposition stays",
			words("Merkel/PROPN/2/nsubj", "spoke/VERB/0/root", "about/ADP/4/case", "phones/NOUN/2/obl", "with/ADP/6/case", "cameras/NOUN/4/nmod"),
			[]string{"nsubj→2", "root→0", "case→4", "obl→2", "case→6", "nmod→4"}},
	}
	runRepairCases(t, repairMediumPartners, tests)
}

func TestRepairTimePartners(t *testing.T) {
	tests := []repairCase{
		{"a partner hung on the day goes to the verb",
			words("Boric/PROPN/2/nsubj", "held/VERB/0/root", "talks/NOUN/2/obj", "on/ADP/5/case", "Tuesday/PROPN/2/obl", "with/ADP/7/case", "Ruiz/PROPN/5/nmod"),
			[]string{"nsubj→2", "root→0", "obj→2", "case→5", "obl→2", "case→7", "obl→2"}},
		{"a target hung on a bare day goes to the noun",
			words("Chile/PROPN/2/nsubj", "began/VERB/0/root", "an/DET/4/det", "offensive/NOUN/2/obj", "Wednesday/PROPN/4/nmod:unmarked", "against/ADP/7/case", "Bolivia/PROPN/5/nmod"),
			[]string{"nsubj→2", "root→0", "det→4", "obj→2", "nmod:unmarked→4", "case→7", "nmod→4"}},
		{"over the weekend to",
			words("Ruiz/PROPN/2/nsubj", "wrote/VERB/0/root", "over/ADP/5/case", "the/DET/5/det", "weekend/NOUN/2/obl", "to/ADP/7/case", "Boric/PROPN/5/nmod"),
			[]string{"nsubj→2", "root→0", "case→5", "det→5", "obl→2", "case→7", "obl→2"}},
		{"a day for someone stays",
			words("it/PRON/4/nsubj", "was/AUX/4/cop", "a/DET/4/det", "day/NOUN/0/root", "for/ADP/6/case", "Peru/PROPN/4/nmod"),
			[]string{"nsubj→4", "cop→4", "det→4", "root→0", "case→6", "nmod→4"}},
		{"a time that is the object keeps its modifier",
			words("Ruiz/PROPN/2/nsubj", "spent/VERB/0/root", "a/DET/4/det", "week/NOUN/2/obj", "with/ADP/6/case", "Boric/PROPN/4/nmod"),
			[]string{"nsubj→2", "root→0", "det→4", "obj→2", "case→6", "nmod→4"}},
		{"a time of another preposition keeps its modifier",
			words("Chile/PROPN/2/nsubj", "fought/VERB/0/root", "since/ADP/4/case", "Monday/PROPN/2/obl", "with/ADP/6/case", "Bolivia/PROPN/4/nmod"),
			[]string{"nsubj→2", "root→0", "case→4", "obl→2", "case→6", "nmod→4"}},
		{"a phrase before the time stays",
			words("Chile/PROPN/2/nsubj", "met/VERB/0/root", "with/ADP/4/case", "Bolivia/PROPN/5/nmod", "Monday/PROPN/2/obl"),
			[]string{"nsubj→2", "root→0", "case→4", "nmod→5", "obl→2"}},
	}
	runRepairCases(t, repairTimePartners, tests)
}

func TestRepairFrontedSubjects(t *testing.T) {
	tests := []repairCase{
		{"the name after the opening phrase is the verb's subject",
			words("In/ADP/3/case", "a/DET/3/det", "call/NOUN/8/obl", "with/ADP/5/case", "Xi/PROPN/3/nmod", ",/PUNCT/7/punct", "Trump/PROPN/5/appos", "reaffirmed/VERB/0/root", "it/PRON/8/obj"),
			[]string{"case→3", "det→3", "obl→8", "case→5", "nmod→3", "punct→7", "nsubj→8", "root→0", "obj→8"}},
		{"with an apposition of its own",
			words("In/ADP/3/case", "an/DET/3/det", "interview/NOUN/9/obl", ",/PUNCT/5/punct", "Sytnyk/PROPN/3/appos", ",/PUNCT/7/punct", "director/NOUN/5/appos", ",/PUNCT/7/punct", "said/VERB/0/root"),
			[]string{"case→3", "det→3", "obl→9", "punct→5", "nsubj→9", "punct→7", "appos→5", "punct→7", "root→0"}},
		{"a verb with a subject keeps it",
			words("In/ADP/2/case", "Kabul/PROPN/6/obl", ",/PUNCT/4/punct", "Ruiz/PROPN/2/appos", "officials/NOUN/6/nsubj", "spoke/VERB/0/root"),
			[]string{"case→2", "obl→6", "punct→4", "appos→2", "nsubj→6", "root→0"}},
		{"an apposition outside the opening phrase stays",
			words("Chile/PROPN/4/obj", ",/PUNCT/3/punct", "Peru/PROPN/1/appos", "visited/VERB/0/root"),
			[]string{"obj→4", "punct→3", "appos→1", "root→0"}},
		{"a coordinated apposition with its conjuncts",
			words("In/ADP/2/case", "Lima/PROPN/7/obl", ",/PUNCT/4/punct", "Ruiz/PROPN/2/appos", "and/CCONJ/6/cc", "others/NOUN/4/conj", "spoke/VERB/0/root"),
			[]string{"case→2", "obl→7", "punct→4", "nsubj→7", "cc→6", "conj→4", "root→0"}},
		{"a word between the apposition and the verb",
			words("In/ADP/2/case", "Lima/PROPN/6/obl", ",/PUNCT/4/punct", "Ruiz/PROPN/2/appos", "today/NOUN/6/obl", "spoke/VERB/0/root"),
			[]string{"case→2", "obl→6", "punct→4", "appos→2", "obl→6", "root→0"}},
	}
	runRepairCases(t, repairFrontedSubjects, tests)
}

func TestRepairApposedPredicates(t *testing.T) {
	tests := []repairCase{
		{"the verb read as a participle of the apposition",
			words("Novak/PROPN/0/root", ",/PUNCT/4/punct", "a/DET/4/det", "diplomat/NOUN/1/appos", ",/PUNCT/6/punct", "blasted/VERB/4/acl", "Trump/PROPN/6/obj", "./PUNCT/1/punct"),
			[]string{"nsubj→6", "punct→4", "det→4", "appos→1", "punct→6", "root→0", "obj→6", "punct→6"}},
		{"a participle without an object stays",
			words("Novak/PROPN/0/root", ",/PUNCT/4/punct", "a/DET/4/det", "senator/NOUN/1/appos", ",/PUNCT/6/punct", "elected/VERB/4/acl", "twice/ADV/6/advmod"),
			[]string{"root→0", "punct→4", "det→4", "appos→1", "punct→6", "acl→4", "advmod→6"}},
		{"a sentence with a verb stays",
			words("Novak/PROPN/5/nsubj", ",/PUNCT/4/punct", "a/DET/4/det", "diplomat/NOUN/1/appos", "left/VERB/0/root", "./PUNCT/5/punct"),
			[]string{"nsubj→5", "punct→4", "det→4", "appos→1", "root→0", "punct→5"}},
		{"no comma before the participle",
			words("diplomats/NOUN/0/root", "expelled/VERB/1/acl", "Iranians/PROPN/2/obj"),
			[]string{"root→0", "acl→1", "obj→2"}},
	}
	for _, tt := range tests {
		for i := range tt.in {
			if tt.in[i].UPOS == "VERB" {
				tt.in[i].XPOS = "VBN"
			}
		}
	}
	runRepairCases(t, repairApposedPredicates, tests)
}

func TestRepairSubordinateSubjects(t *testing.T) {
	// tagged gives each word its Penn tag, in order.
	tagged := func(ws []Word, xpos ...string) []Word {
		for i := range ws {
			ws[i].XPOS = xpos[i]
		}
		return ws
	}
	tests := []repairCase{
		{"the subject read as the object of 'as'",
			tagged(words("Talks/NOUN/2/nsubj", "began/VERB/0/root", "as/ADP/4/case", "Russia/PROPN/2/obl", "and/CCONJ/6/cc", "Ukraine/PROPN/4/conj", "traded/VERB/2/conj", "barbs/NOUN/7/obj"),
				"NNS", "VBD", "IN", "NNP", "CC", "NNP", "VBD", "NNS"),
			[]string{"nsubj→2", "root→0", "mark→7", "nsubj→7", "cc→6", "conj→4", "advcl→2", "obj→7", "SCONJ"}},
		{"a day after, the clause goes to the noun",
			tagged(words("It/PRON/2/nsubj", "came/VERB/0/root", "a/DET/4/det", "day/NOUN/2/obl:unmarked", "after/ADP/6/case", "Turkey/PROPN/4/nmod", "said/VERB/2/advcl", "so/ADV/7/advmod"),
				"PRP", "VBD", "DT", "NN", "IN", "NNP", "VBD", "RB"),
			[]string{"nsubj→2", "root→0", "det→4", "obl:unmarked→2", "mark→7", "nsubj→7", "advcl→2", "advmod→7", "SCONJ"}},
		{"an auxiliary after the phrase, a complement becomes adverbial",
			tagged(words("Lee/PROPN/2/nsubj", "left/VERB/0/root", "before/ADP/5/case", "the/DET/5/det", "army/NOUN/2/obl", "had/AUX/7/aux", "fired/VERB/2/ccomp"),
				"NNP", "VBD", "IN", "DT", "NN", "VBD", "VBN"),
			[]string{"nsubj→2", "root→0", "mark→7", "det→5", "nsubj→7", "aux→7", "advcl→2", "SCONJ"}},
		{"a passive clause",
			tagged(words("Calm/NOUN/0/root", "returned/VERB/1/acl", "after/ADP/4/case", "troops/NOUN/2/obl", "were/AUX/6/aux:pass", "withdrawn/VERB/2/conj"),
				"NN", "VBN", "IN", "NNS", "VBD", "VBN"),
			[]string{"root→0", "acl→1", "mark→6", "nsubj:pass→6", "aux:pass→6", "advcl→2", "SCONJ"}},
		{"a participle with an object is the clause's verb",
			tagged(words("Kabul/PROPN/3/nsubj", "has/AUX/3/aux", "suffered/VERB/0/root", "since/ADP/5/case", "rebels/NOUN/3/obl", "seized/VERB/5/acl", "it/PRON/6/obj"),
				"NNP", "VBZ", "VBN", "IN", "NNS", "VBN", "PRP"),
			[]string{"nsubj→3", "aux→3", "root→0", "mark→6", "nsubj→6", "advcl→3", "obj→6", "SCONJ"}},
		{"a finite verb hung inside the phrase, after an apposition",
			tagged(words("It/PRON/2/nsubj", "came/VERB/0/root", "after/ADP/4/case", "Chad/PROPN/2/obl", "-/PUNCT/7/punct", "an/DET/7/det", "ally/NOUN/4/appos", "-/PUNCT/9/punct", "shelled/VERB/7/acl", "Mali/PROPN/9/obj"),
				"PRP", "VBD", "IN", "NNP", ":", "DT", "NN", ":", "VBD", "NNP"),
			[]string{"nsubj→2", "root→0", "mark→9", "nsubj→9", "punct→7", "det→7", "appos→4", "punct→9", "advcl→2", "obj→9", "SCONJ"}},
		{"a finite verb hung on a modifier of the phrase",
			tagged(words("Aid/NOUN/2/nsubj", "came/VERB/0/root", "after/ADP/5/case", "a/DET/5/det", "blast/NOUN/2/obl", "in/ADP/7/case", "Aden/PROPN/5/nmod", "killed/VERB/7/acl", "ten/NUM/8/obj"),
				"NN", "VBD", "IN", "DT", "NN", "IN", "NNP", "VBD", "CD"),
			[]string{"nsubj→2", "root→0", "mark→8", "det→5", "nsubj→8", "case→7", "nmod→5", "advcl→2", "obj→8", "SCONJ"}},
		{"a verb inside the phrase that its own words follow stays",
			tagged(words("Mali/PROPN/2/nsubj", "fell/VERB/0/root", "after/ADP/5/case", "Soviet/PROPN/5/compound", "states/NOUN/2/obl", "declared/VERB/7/amod", "independence/NOUN/5/nmod"),
				"NNP", "VBD", "IN", "NNP", "NNS", "VBD", "NN"),
			[]string{"nsubj→2", "root→0", "case→5", "compound→5", "obl→2", "amod→7", "nmod→5", "ADP"}},
		{"a comma after the phrase: a preposition",
			tagged(words("After/ADP/2/case", "talks/NOUN/5/obl", ",/PUNCT/2/punct", "Iran/PROPN/5/nsubj", "left/VERB/0/root"),
				"IN", "NNS", ",", "NNP", "VBD"),
			[]string{"case→2", "obl→5", "punct→2", "nsubj→5", "root→0", "ADP"}},
		{"a participle without an object stays a reduced relative",
			tagged(words("Prices/NOUN/2/nsubj", "rose/VERB/0/root", "after/ADP/4/case", "sanctions/NOUN/2/obl", "imposed/VERB/4/acl", "on/ADP/7/case", "Iran/PROPN/5/obl"),
				"NNS", "VBD", "IN", "NNS", "VBN", "IN", "NNP"),
			[]string{"nsubj→2", "root→0", "case→4", "obl→2", "acl→4", "case→7", "obl→5", "ADP"}},
		{"a root verb keeps its reading",
			tagged(words("Its/PRON/2/nmod:poss", "role/NOUN/6/obl", "as/ADP/4/case", "mediator/NOUN/2/nmod", "has/AUX/6/aux", "changed/VERB/0/root"),
				"PRP$", "NN", "IN", "NN", "VBZ", "VBN"),
			[]string{"nmod:poss→2", "obl→6", "case→4", "nmod→2", "aux→6", "root→0", "ADP"}},
		{"a verb with a subject of its own",
			tagged(words("Iran/PROPN/2/nsubj", "acted/VERB/0/root", "after/ADP/4/case", "talks/NOUN/2/obl", "Russia/PROPN/6/nsubj", "said/VERB/2/parataxis"),
				"NNP", "VBD", "IN", "NNS", "NNP", "VBD"),
			[]string{"nsubj→2", "root→0", "case→4", "obl→2", "nsubj→6", "parataxis→2", "ADP"}},
		{"because is not read as an opener",
			tagged(words("Iran/PROPN/2/nsubj", "left/VERB/0/root", "because/ADP/4/case", "talks/NOUN/2/obl", "failed/VERB/2/conj"),
				"NNP", "VBD", "IN", "NNS", "VBD"),
			[]string{"nsubj→2", "root→0", "case→4", "obl→2", "conj→2", "ADP"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			repairSubordinateSubjects(tt.in)
			opener := ""
			for _, w := range tt.in {
				if clauseOpeners[strings.ToLower(w.Form)] || w.Form == "because" {
					opener = w.UPOS
				}
			}
			assert.Equal(t, tt.want, append(depArcs(tt.in), opener))
		})
	}
}

func TestRepairPunctHeads(t *testing.T) {
	tests := []repairCase{
		{"an apposition hung on the comma before it",
			words("The/DET/2/det", "Democrat/PROPN/7/nsubj", ",/PUNCT/2/punct", "Rep./PROPN/3/appos", "Schiff/PROPN/4/flat", ",/PUNCT/2/punct", "warned/VERB/0/root", "Iran/PROPN/7/obj"),
			[]string{"det→2", "nsubj→7", "punct→2", "appos→2", "flat→4", "punct→2", "root→0", "obj→7"}},
		{"a conjunct hung on the comma of a list",
			words("Iran/PROPN/5/nsubj", ",/PUNCT/1/punct", "Syria/PROPN/2/conj", "and/CCONJ/4/cc", "Russia/PROPN/1/conj", "met/VERB/0/root"),
			[]string{"nsubj→5", "punct→1", "conj→1", "cc→4", "conj→1", "root→0"}},
		{"a chain of punctuation climbs to the first word",
			words("Iran/PROPN/0/root", "(/PUNCT/3/punct", ")/PUNCT/1/punct", "Tehran/PROPN/2/appos"),
			[]string{"root→0", "punct→3", "punct→1", "appos→1"}},
		{"a function word stays",
			words("Paul/PROPN/2/nsubj", "accused/VERB/0/root", "Kerry/PROPN/2/obj", "whether/SCONJ/5/mark", "./PUNCT/2/punct"),
			[]string{"nsubj→2", "root→0", "obj→2", "mark→5", "punct→2"}},
		{"punctuation at the root keeps its words",
			words("—/PUNCT/0/root", "Iran/PROPN/1/appos"),
			[]string{"root→0", "appos→1"}},
		{"a cycle through the punctuation is left alone",
			words("said/VERB/0/root", "Iran/PROPN/3/nsubj", ",/PUNCT/2/punct"),
			[]string{"root→0", "nsubj→3", "punct→2"}},
	}
	runRepairCases(t, repairPunctHeads, tests)
}

func TestRepairStrandedPredicates(t *testing.T) {
	tagged := func(ws []Word, xpos ...string) []Word {
		for i := range ws {
			ws[i].XPOS = xpos[i]
		}
		return ws
	}
	tests := []repairCase{
		{"the main verb hung on a relative clause",
			tagged(words("Chad/PROPN/0/root", ",/PUNCT/4/punct", "which/PRON/4/nsubj", "hosts/VERB/1/acl:relcl", "talks/NOUN/4/obj", ",/PUNCT/7/punct", "condemned/VERB/4/conj", "Mali/PROPN/7/obj", "./PUNCT/1/punct"),
				"NNP", ",", "WDT", "VBZ", "NNS", ",", "VBD", "NNP", "."),
			[]string{"nsubj→7", "punct→4", "nsubj→4", "acl:relcl→1", "obj→4", "punct→7", "root→0", "obj→7", "punct→7"}},
		{"the main verb read as the noun's modifier after an aside",
			tagged(words("Kenya/PROPN/0/root", ",/PUNCT/3/punct", "however/ADV/5/advmod", ",/PUNCT/3/punct", "urged/VERB/1/acl", "Uganda/PROPN/5/obj", "to/PART/8/mark", "act/VERB/5/xcomp"),
				"NNP", ",", "RB", ",", "VBD", "NNP", "TO", "VB"),
			[]string{"nsubj→5", "punct→3", "advmod→5", "punct→3", "root→0", "obj→5", "mark→8", "xcomp→5"}},
		{"a verb without an object stays",
			tagged(words("Chad/PROPN/0/root", ",/PUNCT/4/punct", "which/PRON/4/nsubj", "hosts/VERB/1/acl:relcl", "talks/NOUN/4/obj", ",/PUNCT/7/punct", "left/VERB/4/conj"),
				"NNP", ",", "WDT", "VBZ", "NNS", ",", "VBD"),
			[]string{"root→0", "punct→4", "nsubj→4", "acl:relcl→1", "obj→4", "punct→7", "conj→4"}},
		{"a first verb after no comma stays",
			tagged(words("Talks/NOUN/0/root", "held/VERB/1/acl", "in/ADP/4/case", "May/PROPN/2/obl", ",/PUNCT/6/punct", "ended/VERB/1/conj", "it/PRON/6/obj"),
				"NNS", "VBD", "IN", "NNP", ",", "VBD", "PRP"),
			[]string{"root→0", "acl→1", "case→4", "obl→2", "punct→6", "conj→1", "obj→6"}},
		{"a root with a copula stays",
			tagged(words("Chad/PROPN/0/root", "is/AUX/1/cop", ",/PUNCT/4/punct", "said/VERB/1/parataxis", "it/PRON/4/obj"),
				"NNP", "VBZ", ",", "VBD", "PRP"),
			[]string{"root→0", "cop→1", "punct→4", "parataxis→1", "obj→4"}},
	}
	runRepairCases(t, repairStrandedPredicates, tests)
}

func TestRepairSplitSubjects(t *testing.T) {
	tests := []repairCase{
		{"two subjects and the conjunction on the verb",
			words("Peru/PROPN/5/nsubj", "and/CCONJ/5/cc", "its/PRON/4/nmod:poss", "allies/NOUN/5/nsubj", "invaded/VERB/0/root", "Chile/PROPN/5/obj"),
			[]string{"nsubj→5", "cc→4", "nmod:poss→4", "conj→1", "root→0", "obj→5"}},
		{"or, and a passive subject",
			words("Peru/PROPN/5/nsubj:pass", "or/CCONJ/5/cc", "Chile/PROPN/5/nsubj:pass", "was/AUX/5/aux:pass", "attacked/VERB/0/root"),
			[]string{"nsubj:pass→5", "cc→3", "conj→1", "aux:pass→5", "root→0"}},
		{"a clause between the subjects stays",
			words("they/PRON/7/nsubj", "'re/AUX/3/aux", "coming/VERB/7/advcl", "and/CCONJ/7/cc", "they/PRON/7/nsubj", "'re/AUX/7/aux", "leaving/VERB/0/root"),
			[]string{"nsubj→7", "aux→3", "advcl→7", "cc→7", "nsubj→7", "aux→7", "root→0"}},
		{"a subject after the verb stays",
			words("Peru/PROPN/3/nsubj", "and/CCONJ/3/cc", "said/VERB/0/root", "Chile/PROPN/3/nsubj"),
			[]string{"nsubj→3", "cc→3", "root→0", "nsubj→3"}},
	}
	runRepairCases(t, repairSplitSubjects, tests)
}

// TestRepairContactRelatives checks relative clauses without a relative pronoun whose
// subject opens with a determiner, on sentences written for this test and read by the
// embedded model: the verb hangs on the noun as its acl:relcl, with its subject; a clause
// whose verb takes no such noun, or has an object of its own, stays.
func TestRepairContactRelatives(t *testing.T) {
	m := embeddedModel(t)
	tests := []struct {
		text    string
		want    []string
		notWant []string
	}{
		{"Peru criticised the sanctions the United States imposed on Bolivia last year.",
			[]string{"sanction -acl:relcl-> imposed", "impose -nsubj-> States"}, nil},
		{"The deal both countries signed in 2015 collapsed.",
			[]string{"deal -acl:relcl-> signed", "sign -nsubj-> countries"}, nil},
		{"Peru denounced the settlement the Chilean government reached with Bolivia in January.",
			[]string{"settlement -acl:relcl-> reached", "reach -nsubj-> government"}, nil},
		{"Chile rejected the aid the Peruvian government offered after the floods.",
			[]string{"aid -acl:relcl-> offered", "offer -nsubj-> government"}, nil},
		{"Bolivia welcomed the agreement the two countries signed in May.",
			[]string{"agreement -acl:relcl-> signed", "sign -nsubj-> countries"}, nil},
		{"He told reporters the talks failed on Monday.",
			nil, []string{"reporter -acl:relcl-> failed"}},
		{"Officials told reporters the army made progress in the north.",
			nil, []string{"reporter -acl:relcl-> made"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			sents := m.Sentences(tt.text)
			require.Len(t, sents, 1)
			got := arcs(sents[0])
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, got, w)
			}
		})
	}
}

// TestRepairPhraseSubjects checks second subjects that the parser took out of a phrase of
// the first subject: after a preposition, or a participle, infinitive or relative
// clause's verb of that phrase, they go back into it; a list set off by a dash, a
// subordinator, a finite verb, a title before a name and coordinated subjects stay.
func TestRepairPhraseSubjects(t *testing.T) {
	tests := []repairCase{
		{"a place after a preposition hung on the verb",
			words("The/DET/2/det", "gunman/NOUN/5/nsubj", "in/ADP/5/mark", "Peru/PROPN/5/nsubj", "praised/VERB/0/root", "Boric/PROPN/5/obj"),
			[]string{"det→2", "nsubj→5", "case→4", "nmod→2", "root→0", "obj→5"}},
		{"the object of a participle",
			words("A/DET/2/det", "lawyer/NOUN/5/nsubj", "visiting/VERB/VBG/2/acl", "Chile/PROPN/5/nsubj", "condemned/VERB/0/root", "Peru/PROPN/5/obj"),
			[]string{"det→2", "nsubj→5", "acl→2", "obj→3", "root→0", "obj→5"}},
		{"the object of a relative clause",
			words("A/DET/2/det", "professor/NOUN/6/nsubj", "who/PRON/4/nsubj", "advised/VERB/2/acl:relcl", "Chile/PROPN/6/nsubj", "accused/VERB/0/root", "Peru/PROPN/6/obj"),
			[]string{"det→2", "nsubj→6", "nsubj→4", "acl:relcl→2", "obj→4", "root→0", "obj→6"}},
		{"a subordinator stays",
			words("Minutes/NOUN/4/nsubj", "after/ADP/4/mark", "Peru/PROPN/4/nsubj", "finished/VERB/0/root"),
			[]string{"nsubj→4", "mark→4", "nsubj→4", "root→0"}},
		{"a finite verb stays",
			words("Reports/NOUN/4/nsubj", "suggested/VERB/VBD/1/acl", "Peru/PROPN/4/nsubj", "threatened/VERB/0/root", "Chile/PROPN/4/obj"),
			[]string{"nsubj→4", "acl→1", "nsubj→4", "root→0", "obj→4"}},
		{"a list set off by a dash stays",
			words("The/DET/2/det", "members/NOUN/6/nsubj", "—/PUNCT/4/punct", "Peru/PROPN/6/nsubj", "—/PUNCT/4/punct", "urged/VERB/0/root", "Chile/PROPN/6/obj"),
			[]string{"det→2", "nsubj→6", "punct→4", "nsubj→6", "punct→4", "root→0", "obj→6"}},
		{"a title before the name stays",
			words("The/DET/3/det", "party/NOUN/3/compound", "leader/NOUN/5/nsubj", "Quispe/PROPN/5/nsubj", "criticised/VERB/0/root", "Peru/PROPN/5/obj"),
			[]string{"det→3", "compound→3", "nsubj→5", "nsubj→5", "root→0", "obj→5"}},
		{"coordinated subjects stay",
			words("The/DET/2/det", "minister/NOUN/5/nsubj", "and/CCONJ/5/cc", "Peru/PROPN/5/nsubj", "condemned/VERB/0/root", "Chile/PROPN/5/obj"),
			[]string{"det→2", "nsubj→5", "cc→5", "nsubj→5", "root→0", "obj→5"}},
	}
	runRepairCases(t, repairPhraseSubjects, tests)
}
