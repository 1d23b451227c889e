package frames

import (
	"strings"
	"testing"

	"github.com/geokg/geokg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoSourceKeepsItsTarget: an act whose frame finds its target but no author keeps the
// target, for the caller to find the author in the article ("the strikes on Syria killed
// ...": the strikes told before).
func TestNoSourceKeepsItsTarget(t *testing.T) {
	for _, tt := range []struct{ text, target string }{
		{"The strikes on Syria killed four soldiers.", "Syria"},
		{"Gunmen attacked the Ugandan embassy on Monday.", "Ugandan"},
		{"The bombing of a bus in which six Iranian diplomats were killed shocked the region.", "Iranian"},
	} {
		ms, _ := matchesOf(t, tt.text, tt.target)
		found := false
		for _, m := range ms {
			if m.Type == geokg.Attacks && m.Blocked == "no source" && m.Target == 0 {
				found = true
			}
		}
		assert.True(t, found, "%s: %+v", tt.text, ms)
	}
	// an act with neither leaves both out
	ms, _ := matchesOf(t, "The strikes killed four soldiers near Hezbollah's base.", "Hezbollah")
	for _, m := range ms {
		if m.Type == geokg.Attacks && m.Blocked == "no source" {
			assert.Equal(t, -1, m.Target, "%+v", m)
		}
	}
}

// TestRetaliationForANamedAct: a retaliation "for" or "after" an act noun the sentence
// gives no author is left to the caller, with the noun as its target word.
func TestRetaliationForANamedAct(t *testing.T) {
	for _, text := range []string{
		"Hezbollah retaliated for the strikes on Tuesday.",
		"The Taliban retaliated after the bombing.",
		"Hezbollah quickly retaliated for the Israeli raid.",
	} {
		name := "Hezbollah"
		if strings.Contains(text, "Taliban") {
			name = "Taliban"
		}
		ms, s := matchesOf(t, text, name)
		var got *Match
		for i := range ms {
			if ms[i].Reading == "retaliation" {
				got = &ms[i]
			}
		}
		require.NotNil(t, got, "%s: %+v", text, ms)
		assert.Equal(t, "no target", got.Blocked)
		require.Greater(t, got.TargetWord, 0)
		assert.Equal(t, "NOUN", s.Word(got.TargetWord).UPOS)
	}
	// a retaliation with a target of its own, negated, or with no act named: none
	for _, text := range []string{
		"Hezbollah retaliated against Israel for the strikes.",
		"Hezbollah did not retaliate for the strikes.",
		"Hezbollah retaliated on Tuesday.",
	} {
		ms, _ := matchesOf(t, text, "Hezbollah")
		for _, m := range ms {
			assert.NotEqual(t, "retaliation", m.Reading, "%s: %+v", text, m)
		}
	}
}

// TestClaimedInThePassive: the agent of "claimed" whose passive subject is the attack
// claims it: "the attack was claimed by Hezbollah".
func TestClaimedInThePassive(t *testing.T) {
	rels, _ := matchText(t, "The attack on the Ugandan embassy was claimed by Hezbollah.", "Ugandan", "Hezbollah")
	assert.Contains(t, rels, "Hezbollah ATTACKS Ugandan")
	rels, _ = matchText(t, "The attack on the Ugandan embassy was not claimed by Hezbollah.", "Ugandan", "Hezbollah")
	assert.NotContains(t, rels, "Hezbollah ATTACKS Ugandan")
	rels, _ = matchText(t, "The attack on the Ugandan embassy may have been claimed by Hezbollah.", "Ugandan", "Hezbollah")
	assert.NotContains(t, rels, "Hezbollah ATTACKS Ugandan")
}
