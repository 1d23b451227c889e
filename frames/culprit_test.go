package frames

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/syntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The prefilter lets through the sentences whose only reading is a culprit named.
func TestPrefilterCulprits(t *testing.T) {
	lex, err := Default()
	require.NoError(t, err)
	sm, err := syntax.Default()
	require.NoError(t, err)
	p := lex.NewPrefilter(sm.Forms)
	for _, s := range []string{"chile said peru was to blame for the fighting", "chile said peru was culpable",
		"chile said peru bears some responsibility for it", "chile said peru was guilty of war crimes", "chile said the fault lies with peru"} {
		assert.True(t, p.CouldFire(strings.Fields(s)), s)
	}
}

// TestSpeakerNamesCulprit checks that a speaker who calls another culpable, to blame,
// guilty of something or bearing responsibility for it accuses it, also when the
// speaker says there is no (little) doubt of it or that it looks or seems so; and that a
// negated, modal, asked or doubted verdict accuses no one, on sentences written for this
// test.
func TestSpeakerNamesCulprit(t *testing.T) {
	tests := []matchCase{
		{"culpable", "Chile said Peru was culpable for the blast.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		{"concluded culpable", "Chile has concluded that Peru is culpable for this tragedy.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		{"to blame", "Chile said Peru was to blame for the fighting.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		{"partly to blame", "Ecuador argued that Bolivia was partly to blame for the crisis.", []string{"Ecuador", "Bolivia"}, []string{"Ecuador ACCUSES Bolivia"}},
		{"guilty of", "Chile said Peru was guilty of war crimes.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		{"bears responsibility", "Chile said Peru bears full responsibility for the deaths.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		{"bears some blame", "Chile said Peru bears some blame for the crisis.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		{"little doubt", "Chile said there is little doubt that Peru was behind the raid.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		{"no doubt", "Ecuador said there was no doubt that Bolivia was responsible for the blast.", []string{"Ecuador", "Bolivia"}, []string{"Ecuador ACCUSES Bolivia"}},
		{"looks like", "Chile told reporters that it looks like Peru was behind the raid.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		{"seems", "Chile said it seems Peru was behind the raid.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		// no accusation
		{"not to blame", "Chile said Peru was not to blame for the fighting.", []string{"Chile", "Peru"}, nil},
		{"may be to blame", "Chile said Peru may be to blame for the fighting.", []string{"Chile", "Peru"}, nil},
		{"asked whether", "Chile asked whether Peru was to blame for the fighting.", []string{"Chile", "Peru"}, nil},
		{"does not bear", "Chile said Peru does not bear responsibility for the fighting.", []string{"Chile", "Peru"}, nil},
		{"bears other things", "Chile said Peru bears the cost of the bridge.", []string{"Chile", "Peru"}, nil},
		{"guilty without a deed", "Chile said Peru felt guilty.", []string{"Chile", "Peru"}, nil},
		{"some doubt", "Chile said there is some doubt that Peru was behind the raid.", []string{"Chile", "Peru"}, nil},
		{"does not look like", "Chile said it does not look like Peru was behind the raid.", []string{"Chile", "Peru"}, nil},
		{"a plan to look", "Chile said it looks to Peru for help.", []string{"Chile", "Peru"}, nil},
	}
	runTypeCases(t, tests, "ACCUSES")
}

// TestCopularBlame checks that a speaker who says blame lies or rests with another, that
// another is at fault, or that it has or shares responsibility for a misdeed, a hostile
// act or a harmful outcome accuses it; and that a duty, blame with another phrase, a
// negated or modal clause and a question accuse no one, on sentences written for this
// test.
func TestCopularBlame(t *testing.T) {
	tests := []matchCase{
		{"fault lies with", "Chile said the fault lies with Peru.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		{"blame rests squarely with", "Ecuador said the blame rests squarely with Bolivia.", []string{"Ecuador", "Bolivia"}, []string{"Ecuador ACCUSES Bolivia"}},
		{"at fault", "Chile insisted that Peru was at fault.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		{"has some responsibility", "Chile said Peru has some responsibility for the conflict.", []string{"Chile", "Peru"}, []string{"Chile ACCUSES Peru"}},
		{"has responsibility for a coup", "Ecuador said Bolivia had responsibility for the coup.", []string{"Ecuador", "Bolivia"}, []string{"Ecuador ACCUSES Bolivia"}},
		// no accusation
		{"a duty", "Chile said Peru has responsibility for border security.", []string{"Chile", "Peru"}, nil},
		{"blame lies nowhere", "Chile said the blame lies in the past, not with Peru.", []string{"Chile", "Peru"}, nil},
		{"fault does not lie", "Chile said the fault does not lie with Peru.", []string{"Chile", "Peru"}, nil},
		{"may be at fault", "Chile said Peru may be at fault.", []string{"Chile", "Peru"}, nil},
		{"not at fault", "Chile said Peru was not at fault.", []string{"Chile", "Peru"}, nil},
		{"asked whether at fault", "Chile asked whether Peru was at fault.", []string{"Chile", "Peru"}, nil},
		{"lies with the talks", "Chile said the hope lies with Peru.", []string{"Chile", "Peru"}, nil},
	}
	runTypeCases(t, tests, "ACCUSES")
}

// TestSufferedConsequences checks that what a speaker says or warns another will suffer
// ("will pay a heavy price", "would pay dearly", "would face serious consequences",
// "would face obliteration") is a threat of the
// speaker to it, and that a negated clause, a speech not made, the speaker's own side
// or other prices are none, on sentences written for this test.
func TestSufferedConsequences(t *testing.T) {
	tests := []matchCase{
		{"warned would pay a price", "Chile warned that Peru would pay a heavy price.", []string{"Chile", "Peru"}, []string{"Chile THREATENS Peru"}},
		{"said would face consequences", "Chile said Peru would face serious consequences if it crossed the border.", []string{"Chile", "Peru"}, []string{"Chile THREATENS Peru"}},
		{"quoted", "“Peru will face severe repercussions,” Chile said.", []string{"Peru", "Chile"}, []string{"Chile THREATENS Peru"}},
		{"quoted price", "“Bolivia will pay a very heavy price for this,” Ecuador said.", []string{"Bolivia", "Ecuador"}, []string{"Ecuador THREATENS Bolivia"}},
		// no threat
		{"negated", "Chile said Peru would not face any consequences.", []string{"Chile", "Peru"}, nil},
		{"speech not made", "Chile did not say Peru would pay a price.", []string{"Chile", "Peru"}, nil},
		{"a price in money", "Chile said Peru would pay a lower price for the gas.", []string{"Chile", "Peru"}, nil},
		{"no speech", "Peru will face consequences.", []string{"Peru"}, nil},
		{"a market price", "Chile said Peru would pay the market price.", []string{"Chile", "Peru"}, nil},
		{"facing questions", "Chile said Peru would face questions about the deal.", []string{"Chile", "Peru"}, nil},
		// paying dearly, facing obliteration
		{"said would pay dearly", "Chile said Peru would pay dearly for its speech.", []string{"Chile", "Peru"}, []string{"Chile THREATENS Peru"}},
		{"vowed would pay dearly", "Chile vowed that Peru would pay dearly.", []string{"Chile", "Peru"}, []string{"Chile THREATENS Peru"}},
		{"warned would face obliteration", "Chile warned that Peru would face obliteration if war broke out.", []string{"Chile", "Peru"}, []string{"Chile THREATENS Peru"}},
		{"would not pay dearly", "Chile said Peru would not pay dearly for it.", []string{"Chile", "Peru"}, nil},
		{"paid dearly before", "Chile said Peru paid dearly for the drought.", []string{"Chile", "Peru"}, nil},
	}
	runTypeCases(t, tests, "THREATENS")
}

// The prefilter lets through a sentence that says or vows another will pay dearly.
func TestPrefilterSufferedWords(t *testing.T) {
	lex, err := Default()
	require.NoError(t, err)
	sm, err := syntax.Default()
	require.NoError(t, err)
	p := lex.NewPrefilter(sm.Forms)
	for _, s := range []string{"chile vowed that peru would pay dearly", "chile said peru would face obliteration"} {
		assert.True(t, p.CouldFire(strings.Fields(s)), s)
	}
	assert.False(t, p.CouldFire(strings.Fields("peru paid dearly for the drought")))
}
