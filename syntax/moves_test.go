package syntax

import (
	"math/rand"
	"testing"
)

// TestParserMoves checks that parse's choice of transition (moves, only, best) is the
// one legal, the single class it allows, and argmax over it give, in the states of the
// model's parses of EWT test sentences, with scores drawn from a narrow range so that
// ties are common.
func TestParserMoves(t *testing.T) {
	m := embeddedModel(t)
	p := m.parser
	gold := treebank(t, "ud-english-ewt/en_ewt-ud-test.conllu")
	rng := rand.New(rand.NewSource(3))
	n := p.nClasses()
	ok := make([]bool, n)
	scores := make([]int32, n)
	var s state
	decisions := 0
	for _, sent := range gold[:300] {
		s.reset(len(sent.Words))
		for !s.terminal() {
			p.legal(&s, ok)
			want, allowed := -1, 0
			for c, a := range ok {
				if a {
					want, allowed = c, allowed+1
				}
			}
			if allowed > 1 {
				want = -1
			}
			mv := p.moves(&s)
			if got := p.only(mv); got != want {
				t.Fatalf("only: %d, legal allows %d classes (%d)", got, allowed, want)
			}
			for range 3 {
				for c := range scores {
					scores[c] = int32(rng.Intn(4))
				}
				if got, want := p.best(scores, mv), argmax(scores, ok); got != want {
					t.Fatalf("best: %d, argmax %d", got, want)
				}
			}
			decisions++
			p.apply(&s, argmax(scores, ok)) // a random walk through legal states
		}
	}
	if decisions == 0 {
		t.Fatal("no decisions")
	}
}
