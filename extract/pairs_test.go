package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
	"github.com/geokg/geokg/syntax"
)

// TestCandidatesLeftPairs checks the pairs of actors the reading leaves: both orders of a
// parsed sentence's two actors that nothing was written between, none where the rules
// read a relation, none in a sentence no frame could read (not parsed); and that
// collecting them changes nothing of the extraction.
func TestCandidatesLeftPairs(t *testing.T) {
	x := New(testGazetteer(t))
	tests := []struct {
		text string
		want []string
	}{
		{"Cuba hailed its ties with Russia on Monday.", []string{
			"Cuba>Russia hail nsubj<hail>obj>nmod nsubj<hail>obj>nmod:with", "Russia>Cuba hail nmod<obj<hail>nsubj nmod:with<obj<hail>nsubj"}},
		{"Iran accused Israel of sabotage.", nil},
		{"Iran said Israel was behind the explosion at the plant.", nil},
		{"Canada joined France in the mission to Syria.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ex, cands, err := x.Candidates(context.Background(), tc.text, geokg.Article{})
			require.NoError(t, err)
			var got []string
			for _, c := range cands {
				got = append(got, c.Source.Name+">"+c.Target.Name+" "+c.Trigger+" "+c.Path+" "+c.Shape)
				assert.Equal(t, tc.text, tc.text[c.Start:c.End])
				assert.Contains(t, c.Features, "kinds=Country>Country")
			}
			assert.Equal(t, tc.want, got)
			plain, err := x.Extract(context.Background(), tc.text, geokg.Article{})
			require.NoError(t, err)
			assert.Equal(t, plain, ex)
		})
	}
}

// tree builds a parsed sentence from words "form/lemma/UPOS/head/deprel".
func tree(words ...[5]string) *syntax.Sentence {
	s := &syntax.Sentence{}
	for i, w := range words {
		head := int(w[3][0] - '0')
		s.Words = append(s.Words, syntax.Word{ID: i + 1, Form: w[0], Lemma: w[1], UPOS: w[2], Head: head, Deprel: w[4], Start: 10 * i, End: 10*i + len(w[0])})
	}
	return s
}

func TestPairFeatures(t *testing.T) {
	lex, err := frames.Default()
	require.NoError(t, err)
	// "Peru did not accuse Chile", "Peru may accuse Chile"
	negated := tree([5]string{"Peru", "Peru", "PROPN", "4", "nsubj"}, [5]string{"did", "do", "AUX", "4", "aux"},
		[5]string{"not", "not", "PART", "4", "advmod"}, [5]string{"accuse", "accuse", "VERB", "0", "root"},
		[5]string{"Chile", "Chile", "PROPN", "4", "obj"})
	modal := tree([5]string{"Peru", "Peru", "PROPN", "3", "nsubj"}, [5]string{"may", "may", "AUX", "3", "aux"},
		[5]string{"accuse", "accuse", "VERB", "0", "root"}, [5]string{"Chile", "Chile", "PROPN", "3", "obj"})

	c := pairFeatures(negated, 1, 5, lex)
	assert.Equal(t, "accuse", c.Trigger)
	assert.Equal(t, "nsubj<accuse>obj", c.Path)
	assert.Equal(t, "nsubj<accuse>obj", c.Shape)
	assert.Subset(t, c.Features, []string{"path=nsubj<accuse>obj", "shape=nsubj<_>obj", "head=accuse", "headpos=VERB",
		"roles=nsubj|obj", "headroles=accuse|nsubj|obj", "headtype=ACCUSES", "between=do", "between=not", "negated"})
	assert.NotContains(t, c.Features, "modal")
	assert.NotContains(t, c.Features, "order=back")

	back := pairFeatures(modal, 4, 1, lex)
	assert.Equal(t, "obj<accuse>nsubj", back.Path)
	assert.Subset(t, back.Features, []string{"modal", "order=back", "roles=obj|nsubj"})
	assert.NotContains(t, back.Features, "negated")

	// "Chile's envoy to Peru": the case words mark the shape, not the path
	envoy := tree([5]string{"Chile", "Chile", "PROPN", "3", "nmod:poss"}, [5]string{"'s", "'s", "PART", "1", "case"},
		[5]string{"envoy", "envoy", "NOUN", "0", "root"}, [5]string{"to", "to", "ADP", "5", "case"},
		[5]string{"Peru", "Peru", "PROPN", "3", "nmod"})
	c = pairFeatures(envoy, 1, 5, lex)
	assert.Equal(t, "nmod:poss<envoy>nmod", c.Path)
	assert.Equal(t, "nmod:poss:'s<envoy>nmod:to", c.Shape)
	assert.Contains(t, c.Features, "path=nmod:poss<envoy>nmod")
}

func TestPathBetween(t *testing.T) {
	// "Chile's envoy to Peru": envoy heads both
	s := tree([5]string{"Chile", "Chile", "PROPN", "3", "nmod:poss"}, [5]string{"'s", "'s", "PART", "1", "case"},
		[5]string{"envoy", "envoy", "NOUN", "0", "root"}, [5]string{"to", "to", "ADP", "5", "case"},
		[5]string{"Peru", "Peru", "PROPN", "3", "nmod"})
	up, down, top := pathBetween(s, 1, 5)
	assert.Equal(t, []int{1}, up)
	assert.Equal(t, []int{5}, down)
	assert.Equal(t, 3, top)
	// one heads the other: "envoy" and "Peru"
	up, down, top = pathBetween(s, 3, 5)
	assert.Empty(t, up)
	assert.Equal(t, []int{5}, down)
	assert.Equal(t, 3, top)
	// a broken tree of two roots: joined at the first word's root
	broken := tree([5]string{"Peru", "Peru", "PROPN", "2", "nsubj"}, [5]string{"left", "leave", "VERB", "0", "root"},
		[5]string{"Chile", "Chile", "PROPN", "0", "root"})
	up, down, top = pathBetween(broken, 1, 3)
	assert.Equal(t, []int{1}, up)
	assert.Equal(t, []int{3}, down)
	assert.Equal(t, 2, top)
}

func TestSpanHead(t *testing.T) {
	// "President Boric of Chile": the span of "President Boric" is headed by Boric
	s := tree([5]string{"President", "president", "PROPN", "2", "compound"}, [5]string{"Boric", "Boric", "PROPN", "0", "root"},
		[5]string{"of", "of", "ADP", "4", "case"}, [5]string{"Chile", "Chile", "PROPN", "2", "nmod"})
	assert.Equal(t, 2, spanHead(s, 0, 15))
	assert.Equal(t, 4, spanHead(s, 30, 35))
	assert.Equal(t, 0, spanHead(s, 100, 110), "no word in the span")
}
