package syntax

import (
	"fmt"
	"math/rand"
	"sort"
)

// TrainOptions say how to train a model.
type TrainOptions struct {
	TaggerEpochs int // passes of the tagger over the data (default 8)
	ParserEpochs int // passes of the parser (default 12)
	// Folds is the number of parts for jackknifed tags: the parser trains on tags
	// predicted by taggers that did not see the sentence, as it will see at run time.
	// 0 or 1 trains the parser on gold tags.
	Folds int
	// TaggerPrune and ParserPrune drop the averaged weights smaller than this fraction
	// of the largest weight, to keep the model small (0 keeps all).
	TaggerPrune, ParserPrune float64
	Seed                     int64
	Info                     string               // saved with the model
	Logf                     func(string, ...any) // progress, may be nil
}

// Train trains a tagger, lemmatiser and parser on sents (gold CoNLL-U sentences).
func Train(sents []Sentence, o TrainOptions) (*Model, error) {
	if len(sents) == 0 {
		return nil, fmt.Errorf("train: no sentences")
	}
	if o.TaggerEpochs <= 0 {
		o.TaggerEpochs = 8
	}
	if o.ParserEpochs <= 0 {
		o.ParserEpochs = 12
	}
	logf := o.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Head < 0 || w.Head > len(s.Words) || w.Deprel == "" || w.Deprel == "_" {
				return nil, fmt.Errorf("train: sentence %q has a word without a head or relation", s.ID)
			}
		}
	}
	sents = normalized(sents)
	tg := trainTagger(sents, o.TaggerEpochs, o.TaggerPrune, o.Seed, logf)
	_, _, index := tagClasses(sents)
	tags := make([][]int, len(sents))
	if o.Folds > 1 {
		rng := rand.New(rand.NewSource(o.Seed + 1))
		fold := make([]int, len(sents))
		for i := range fold {
			fold[i] = rng.Intn(o.Folds)
		}
		for k := 0; k < o.Folds; k++ {
			var in []Sentence
			for i, s := range sents {
				if fold[i] != k {
					in = append(in, s)
				}
			}
			logf("jackknife fold %d of %d: tagger on %d sentences", k+1, o.Folds, len(in))
			ft := trainTagger(in, o.TaggerEpochs, 0, o.Seed+int64(k)+2, nil)
			var sc scratch
			for i, s := range sents {
				if fold[i] != k {
					continue
				}
				forms := make([]string, len(s.Words))
				for j, w := range s.Words {
					forms[j] = w.Form
				}
				out := make([]int, len(forms))
				for j := range out {
					out[j] = -1
				}
				ft.tag(forms, out, &sc)
				// The fold's classes may be numbered differently: map through the names.
				for j, c := range out {
					out[j] = index[ft.upos[c]+"\t"+ft.xpos[c]]
				}
				tags[i] = out
			}
		}
	} else {
		for i, s := range sents {
			tags[i] = make([]int, len(s.Words))
			for j, w := range s.Words {
				tags[i][j] = index[w.UPOS+"\t"+w.XPOS]
			}
		}
	}
	labels := labelSet(sents)
	ps := trainParser(sents, tags, labels, o.ParserEpochs, o.ParserPrune, o.Seed, logf)
	m := &Model{tagger: tg, parser: ps, lemmas: trainLemmatizer(sents), Info: o.Info}
	return m, nil
}

// normalized returns a copy of sents whose forms are as the model sees them (normForm).
func normalized(sents []Sentence) []Sentence {
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		ws := append([]Word(nil), s.Words...)
		for j := range ws {
			ws[j].Form = normForm(ws[j].Form)
		}
		out[i] = Sentence{ID: s.ID, Text: s.Text, Words: ws}
	}
	return out
}

func labelSet(sents []Sentence) []string {
	seen := map[string]bool{"root": true}
	for _, s := range sents {
		for _, w := range s.Words {
			seen[w.Deprel] = true
		}
	}
	out := make([]string, 0, len(seen))
	for l := range seen {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Scores are the accuracies of a model on gold sentences (given their gold tokens).
type Scores struct {
	Sentences, Words int
	UPOS, XPOS       float64
	Lemma            float64
	UAS              float64
	// LAS counts a word right when its head and its universal relation are right
	// (subtypes ignored), as the CoNLL 2018 shared task did; LASFull also needs the
	// subtype ("nsubj:pass").
	LAS, LASFull float64
}

// String formats the scores as one line, the set's name first.
func (s Scores) String() string {
	return fmt.Sprintf("UPOS %.4f UAS %.4f LAS %.4f XPOS %.4f Lemma %.4f LAS-full %.4f (%d sentences, %d words)",
		s.UPOS, s.UAS, s.LAS, s.XPOS, s.Lemma, s.LASFull, s.Sentences, s.Words)
}

// Evaluate analyses the gold sentences' words and scores the result.
func (m *Model) Evaluate(gold []Sentence) Scores {
	var sc Scores
	var upos, xpos, lemma, uas, las, lasFull int
	for _, g := range gold {
		forms := make([]string, len(g.Words))
		for i, w := range g.Words {
			forms[i] = w.Form
		}
		p := m.Analyze(forms)
		for i, gw := range g.Words {
			pw := p.Words[i]
			sc.Words++
			if pw.UPOS == gw.UPOS {
				upos++
			}
			if pw.XPOS == gw.XPOS {
				xpos++
			}
			if pw.Lemma == gw.Lemma {
				lemma++
			}
			if pw.Head == gw.Head {
				uas++
				if BaseRel(pw.Deprel) == BaseRel(gw.Deprel) {
					las++
				}
				if pw.Deprel == gw.Deprel {
					lasFull++
				}
			}
		}
		sc.Sentences++
	}
	if sc.Words > 0 {
		n := float64(sc.Words)
		sc.UPOS, sc.XPOS, sc.Lemma = float64(upos)/n, float64(xpos)/n, float64(lemma)/n
		sc.UAS, sc.LAS, sc.LASFull = float64(uas)/n, float64(las)/n, float64(lasFull)/n
	}
	return sc
}
