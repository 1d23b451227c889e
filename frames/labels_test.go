package frames

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/syntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A terrorist label one actor gives another is an accusation, however the sentence puts
// it; a label denied, planned or given to a pronoun is none.
func TestTerrorLabels(t *testing.T) {
	tests := []matchCase{
		{"considers X a terrorist group", "Peru considers Hamas a terrorist organization.", []string{"Peru", "Hamas"}, []string{"Peru ACCUSES Hamas"}},
		{"deems X a terrorist group (apposed label)", "Peru deems the Shining Path a terrorist group.", []string{"Peru", "Shining Path"}, []string{"Peru ACCUSES Shining Path"}},
		{"sees X as a terror organization", "Chile sees the Shining Path as a terror organization.", []string{"Chile", "Shining Path"}, []string{"Chile ACCUSES Shining Path"}},
		{"considers X to be", "Chile considers Hamas to be a terrorist organization.", []string{"Chile", "Hamas"}, []string{"Chile ACCUSES Hamas"}},
		{"relative clause, active", "Gaza is run by Hamas, which Peru considers a terrorist organization.", []string{"Hamas", "Peru"}, []string{"Peru ACCUSES Hamas"}},
		{"relative clause, passive", "Hamas, which is considered a terrorist group by Peru, won the vote.", []string{"Hamas", "Peru"}, []string{"Peru ACCUSES Hamas"}},
		{"state sponsor of terrorism", "Chile designated Bolivia a state sponsor of terrorism.", []string{"Chile", "Bolivia"}, []string{"Chile ACCUSES Bolivia"}},
		{"relative clause after a place", "Peru fights a militia in Chile, which Peru considers a terrorist group.", []string{"Peru", "Chile"}, nil},
		{"negated", "Peru does not consider Hamas a terrorist group.", []string{"Peru", "Hamas"}, nil},
		{"planned", "Peru plans to designate Hamas a terrorist group.", []string{"Peru", "Hamas"}, nil},
		{"a pronoun is not read (the refused meeting is a rejection)", "Peru refuses to meet Hamas, labeling it a terrorist organization.", []string{"Peru", "Hamas"}, []string{"Peru REJECTS Hamas"}},
		{"a label that is no terrorist one", "Peru considers Hamas a political movement.", []string{"Peru", "Hamas"}, nil},
		{"terrorism judges an act, not an actor", "Peru called the bombing in Chile terrorism.", []string{"Peru", "Chile"}, nil},
	}
	runMatchCases(t, tests)
}

// The prefilter lets a terrorist label through only with a verb that gives labels.
func TestPrefilterTerrorLabels(t *testing.T) {
	lex, err := Default()
	require.NoError(t, err)
	sm, err := syntax.Default()
	require.NoError(t, err)
	p := lex.NewPrefilter(sm.Forms)
	assert.True(t, p.CouldFire(strings.Fields("peru deems the shining path a terrorist group")))
	assert.False(t, p.CouldFire(strings.Fields("the terrorist group was founded in 1980")))
}
