package frames

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/syntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// undoneCase is a sentence written for a test, a word of it and whether Matcher.Qualify
// must find the word's act not done.
type undoneCase struct {
	text, word string
	undone     bool
}

// checkUndone judges each case's word with the default lexicon and model, and returns the
// matcher for further checks.
func checkUndone(t *testing.T, tests []undoneCase) *Matcher {
	t.Helper()
	m, sm := defaultMatcher(t)
	for _, tt := range tests {
		s, w := wordIn(t, sm, tt.text, tt.word)
		got := m.Qualify(s, w)
		assert.Equal(t, tt.undone, got != "", "%s: %q", tt.text, got)
	}
	return m
}

// TestQualifyJudgesAnyWord checks Matcher.Qualify on words no frame is needed for, in
// sentences written for this test: the reason an act is not done, or "" for a done one.
func TestQualifyJudgesAnyWord(t *testing.T) {
	tests := []undoneCase{
		{"Peru has been preparing to work with Chile.", "work", true},
		{"Peru said it would work with Chile.", "work", true},
		{"Peru proposed that Chile work with Bolivia.", "work", true},
		{"Peru has been working with Chile.", "working", false},
		{"Peru said Chile worked with Bolivia.", "worked", false},
	}
	m := checkUndone(t, tests)
	assert.Equal(t, "", m.Qualify(nil, 1))
	assert.Equal(t, "", m.Qualify(&syntax.Sentence{}, 3))
}

// TestUndoneHeadsOfAdvocacyAndObligation checks that an act advocated, lobbied or agitated
// for, required by a law, met with reluctance or desired is not done, while the
// same acts stated are, in sentences written for this test.
func TestUndoneHeadsOfAdvocacyAndObligation(t *testing.T) {
	tests := []undoneCase{
		{"The accord requires Bolivia to begin consultations with Chile.", "consultations", true},
		{"The new law requires Chile to impose sanctions on Peruvian officials.", "impose", true},
		{"Gabriel Boric was reluctant to send weapons to Ecuador.", "send", true},
		{"The senator has long advocated bombing Venezuela.", "bombing", true},
		{"Exiles in Miami are lobbying for sanctions on Cuba.", "sanctions", true},
		{"Bolivia began consultations with Chile on Monday.", "consultations", false},
		{"Chile imposed sanctions on Peruvian officials on Monday.", "imposed", false},
		{"Gabriel Boric sent weapons to Ecuador last year.", "sent", false},
		{"Chile held a meeting with Javier Milei after the vote.", "meeting", false},
	}
	checkUndone(t, tests)
}

// TestToInfinitiveOfANoun checks that the act of a to-infinitive hung on a noun is one
// the noun makes possible, not one done ("had the chance to warn"), also on a control
// verb the parser takes for a noun's head ("prepares to reimpose"); while a noun ranked by
// an ordinal or a superlative, a noun used or taken for the act, and a campaign state it
// as done, in sentences written for this test.
func TestToInfinitiveOfANoun(t *testing.T) {
	tests := []undoneCase{
		{"Boric had the chance to warn Peru against a harsh response.", "warn", true},
		{"Boric faces a June deadline to reach a deal with Peru.", "reach", true},
		{"As Chile prepares to reimpose sanctions on Lima, Ruiz called the leaders liars.", "reimpose", true},
		{"The senate gave the army the authority to arm the rebels in Peru.", "arm", true},
		{"Chile is the latest country to offer assistance to Peru.", "offer", false},
		{"Ruiz was the most senior Chilean official to visit Lima in a decade.", "visit", false},
		{"Ruiz was the first minister to visit Lima in a decade.", "visit", false},
		{"Chile used the summit as an opportunity to criticize Peru.", "criticize", false},
		{"Chile took the opportunity to condemn Peru.", "condemn", false},
		{"Chile launched a campaign to pressure Peru.", "pressure", false},
		{"Ruiz went to great lengths to hide his talks with Boric.", "talks", false},
	}
	checkUndone(t, tests)
}

// TestBoundParticipleSharesItsVerbsNegation checks that a participle bound to a negated or
// modal verb before it ("has not been seen conducting attacks") is not done, while one set
// off by a comma or under a plain verb is, in sentences written for this test.
func TestBoundParticipleSharesItsVerbsNegation(t *testing.T) {
	tests := []undoneCase{
		{"The Shining Path has not been seen conducting attacks against Peru.", "attacks", true},
		{"Chile would never be caught helping the rebels in Peru.", "helping", true},
		{"The Shining Path has been seen conducting attacks against Peru.", "attacks", false},
		{"Chile did not comment, citing its talks with Peru.", "talks", false},
	}
	checkUndone(t, tests)
}

// TestSubjectJoinedByNorIsNegated checks that a subject "nor" joins negates its verb also
// where the parse left "neither" off the first subject, and that "and" does not, in
// sentences written for this test.
func TestSubjectJoinedByNorIsNegated(t *testing.T) {
	tests := []undoneCase{
		{"Soto also said neither Castillo nor the administration has contacted Peru about possible testimony.", "contacted", true},
		{"Soto also said Castillo and the administration have contacted Peru about possible testimony.", "contacted", false},
	}
	checkUndone(t, tests)
}

// TestToldFindsWhoSaysTheAct checks Matcher.Told on sentences written for this test: an
// act said, warned of or threatened by someone, or one no one says.
func TestToldFindsWhoSaysTheAct(t *testing.T) {
	m, sm := defaultMatcher(t)
	tests := []struct {
		text, word string
		want       bool
	}{
		{"Peru said it would expel the Chilean envoy.", "expel", true},
		{"Boric warned that Chile would strike the rebels.", "strike", true},
		{"Peru has threatened to impose sanctions on Chile.", "impose", true},
		{"The question is when Chile will strike the rebels.", "strike", false},
		{"Boric gave no details of how he would fight the rebels.", "fight", false},
	}
	for _, tt := range tests {
		s, w := wordIn(t, sm, tt.text, tt.word)
		assert.Equal(t, tt.want, m.Told(s, w), tt.text)
	}
	assert.False(t, m.Told(nil, 1))
}

// TestWrittenFindsTheMessage checks Matcher.Written on sentences written for this test:
// the message a verb tells in, or "" for telling in a call or in person.
func TestWrittenFindsTheMessage(t *testing.T) {
	m, sm := defaultMatcher(t)
	tests := []struct{ text, word, want string }{
		{"Ruiz told Boric in a letter that the report should be released.", "told", "letter"},
		{"Milei dismissed the talks in a tweet, telling Boric he was wasting his time.", "telling", "tweet"},
		{"Boric told Milei in a phone call that the border would stay open.", "told", ""},
		{"Boric told Milei on Monday that the border would stay open.", "told", ""},
	}
	for _, tt := range tests {
		s, w := wordIn(t, sm, tt.text, tt.word)
		assert.Equal(t, tt.want, m.Written(s, w), tt.text)
	}
	assert.Equal(t, "", m.Written(nil, 1))
}

// defaultMatcher returns a matcher of the default lexicon and the default syntax model.
func defaultMatcher(t *testing.T) (*Matcher, *syntax.Model) {
	t.Helper()
	lex, err := Default()
	require.NoError(t, err)
	sm, err := syntax.Default()
	require.NoError(t, err)
	return NewMatcher(lex, agencyOf), sm
}

// wordIn parses text, a sentence written for a test, and returns it with the position
// (1-based) of the last word whose form is word, in any case.
func wordIn(t *testing.T, sm *syntax.Model, text, word string) (*syntax.Sentence, int) {
	t.Helper()
	sents := sm.Sentences(text)
	require.Len(t, sents, 1)
	s := &sents[0]
	w := 0
	for i := range s.Words {
		if strings.EqualFold(s.Words[i].Form, word) {
			w = i + 1
		}
	}
	require.NotZero(t, w, text)
	return s, w
}
