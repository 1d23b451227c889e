package syntax

import (
	"iter"
	"math/rand"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tagger is a greedy left-to-right averaged-perceptron tagger whose classes are
// (UPOS, XPOS) pairs, so one decision gives both tags.
type tagger struct {
	upos, xpos []string       // per class
	dict       map[string]int // frequent unambiguous forms and their class
	w          *weights
}

// Tagger feature templates.
const (
	tBias uint64 = iota + 1
	tWord
	tSuf3
	tPre1
	tP1
	tP2
	tP1P2
	tP1Word
	tPrevWord
	tPrevSuf3
	tPrev2Word
	tNextWord
	tNextSuf3
	tNext2Word
	tShape
	tSuf2
	tSuf4
	tForm
	tNextShape
	tWordNext
	tPrevWordWord
	tP1Suf3
	tFirstShape
	tPrevShape
)

// Padding values for positions outside the sentence.
const (
	padBefore uint64 = 0x5eed0001
	padAfter  uint64 = 0x5eed0002
	padNone   uint64 = 0x5eed0003
)

// tokenFeats are the per-token hashes the tagger's templates combine.
type tokenFeats struct {
	lower, suf2, suf3, suf4, pre1, shape, form uint64
}

func makeTokenFeats(form string) tokenFeats {
	// lower-casing ASCII maps byte to byte: the parts of the lower-cased form are the parts
	// of the form, lower-cased as hashLower hashes them, without the copy
	lower, hash := form, hashLower
	if !isASCII(form) {
		lower, hash = strings.ToLower(form), hashString
	}
	return tokenFeats{
		lower: hash(lower),
		suf2:  hash(suffix(lower, 2)),
		suf3:  hash(suffix(lower, 3)),
		suf4:  hash(suffix(lower, 4)),
		pre1:  hash(prefix(lower, 1)),
		shape: hashShape(form),
		form:  hashString(form),
	}
}

// suffix returns the last n runes of s (all of s when shorter).
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// prefix returns the first n runes of s.
func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// shape maps letters to X/x, digits to d and keeps other characters, collapsing runs
// longer than two ("Al-Zaman" -> "Xxx-Xxx", "1,000" -> "d,dd").
func shape(s string) string {
	var b strings.Builder
	for c := range shapeRunes(s) {
		b.WriteRune(c)
	}
	return b.String()
}

// hashShape is hashString(shape(s)), without building the shape.
func hashShape(s string) uint64 {
	h := uint64(14695981039346656037)
	for c := range shapeRunes(s) {
		var buf [utf8.UTFMax]byte
		for _, b := range utf8.AppendRune(buf[:0], c) {
			h ^= uint64(b)
			h *= 1099511628211
		}
	}
	return h
}

// shapeRunes yields the runes of the shape of s (see shape).
func shapeRunes(s string) iter.Seq[rune] {
	return func(yield func(rune) bool) {
		var last rune
		run := 0
		for _, r := range s {
			var c rune
			switch {
			case unicode.IsUpper(r):
				c = 'X'
			case unicode.IsLetter(r):
				c = 'x'
			case unicode.IsDigit(r):
				c = 'd'
			default:
				c = r
			}
			if c == last {
				run++
				if run > 2 {
					continue
				}
			} else {
				last, run = c, 1
			}
			if !yield(c) {
				return
			}
		}
	}
}

// tagFeatures appends the features of token i to buf given the classes of the two
// previous tokens (-1 for none).
func tagFeatures(buf []uint64, tf []tokenFeats, i int, p1, p2 int) []uint64 {
	at := func(j int) *tokenFeats {
		if j < 0 || j >= len(tf) {
			return nil
		}
		return &tf[j]
	}
	word := func(t *tokenFeats, pad uint64) uint64 {
		if t == nil {
			return pad
		}
		return t.lower
	}
	h1, h2 := uint64(p1+1)|padBefore<<32, uint64(p2+1)|padBefore<<32
	w := &tf[i]
	prev, prev2, next, next2 := at(i-1), at(i-2), at(i+1), at(i+2)
	buf = append(buf,
		f1(tBias, 0),
		f1(tWord, w.lower),
		f1(tSuf3, w.suf3),
		f1(tPre1, w.pre1),
		f1(tP1, h1),
		f1(tP2, h2),
		f2(tP1P2, h1, h2),
		f2(tP1Word, h1, w.lower),
		f1(tPrevWord, word(prev, padBefore)),
		f1(tPrev2Word, word(prev2, padBefore)),
		f1(tNextWord, word(next, padAfter)),
		f1(tNext2Word, word(next2, padAfter)),
		f1(tShape, w.shape),
		f1(tSuf2, w.suf2),
		f1(tSuf4, w.suf4),
		f1(tForm, w.form),
		f2(tWordNext, w.lower, word(next, padAfter)),
		f2(tPrevWordWord, word(prev, padBefore), w.lower),
		f2(tP1Suf3, h1, w.suf3),
	)
	if prev != nil {
		buf = append(buf, f1(tPrevSuf3, prev.suf3), f1(tPrevShape, prev.shape))
	} else {
		buf = append(buf, f1(tFirstShape, w.shape))
	}
	if next != nil {
		buf = append(buf, f1(tNextSuf3, next.suf3), f1(tNextShape, next.shape))
	}
	return buf
}

// classOf returns the class of a (UPOS, XPOS) pair.
func (t *tagger) classOf(upos, xpos string) (int, bool) {
	for c := range t.upos {
		if t.upos[c] == upos && t.xpos[c] == xpos {
			return c, true
		}
	}
	return 0, false
}

// tag writes the class of each form into out (len(forms)); a class already in out (not
// -1) is kept as given.
func (t *tagger) tag(forms []string, out []int, sc *scratch) {
	sc.tf = sc.tf[:0]
	for _, f := range forms {
		sc.tf = append(sc.tf, makeTokenFeats(f))
	}
	scores := sc.scores(len(t.upos))
	p1, p2 := -1, -1
	for i, f := range forms {
		c, ok := out[i], out[i] >= 0
		if !ok {
			c, ok = t.dict[f]
		}
		if !ok {
			sc.feats = tagFeatures(sc.feats[:0], sc.tf, i, p1, p2)
			t.w.score(sc.feats, scores)
			c = argmax(scores, nil)
		}
		out[i] = c
		p1, p2 = c, p1
	}
}

// tagClasses lists the (UPOS, XPOS) pairs of the training data in a fixed order.
func tagClasses(sents []Sentence) (upos, xpos []string, index map[string]int) {
	index = map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			k := w.UPOS + "\t" + w.XPOS
			if _, ok := index[k]; !ok {
				index[k] = len(upos)
				upos = append(upos, w.UPOS)
				xpos = append(xpos, w.XPOS)
			}
		}
	}
	return upos, xpos, index
}

// buildTagDict finds the forms seen often with one class only.
func buildTagDict(sents []Sentence, index map[string]int, minFreq int, minShare float64) map[string]int {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			m := counts[w.Form]
			if m == nil {
				m = map[int]int{}
				counts[w.Form] = m
			}
			m[index[w.UPOS+"\t"+w.XPOS]]++
		}
	}
	dict := map[string]int{}
	for form, m := range counts {
		total, best, bestN := 0, 0, 0
		for c, n := range m {
			total += n
			if n > bestN || (n == bestN && c < best) {
				best, bestN = c, n
			}
		}
		if total >= minFreq && float64(bestN)/float64(total) >= minShare {
			dict[form] = best
		}
	}
	return dict
}

// trainTagger trains a tagger for the given number of epochs over sents.
func trainTagger(sents []Sentence, epochs int, prune float64, seed int64, logf func(string, ...any)) *tagger {
	upos, xpos, index := tagClasses(sents)
	t := &tagger{upos: upos, xpos: xpos, dict: buildTagDict(sents, index, 20, 0.97)}
	tr := newTrainer(len(upos))
	rng := rand.New(rand.NewSource(seed))
	order := rng.Perm(len(sents))
	scores := make([]float32, len(upos))
	var feats []uint64
	var tf []tokenFeats
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, si := range order {
			s := &sents[si]
			tf = tf[:0]
			for _, w := range s.Words {
				tf = append(tf, makeTokenFeats(w.Form))
			}
			p1, p2 := -1, -1
			for i, w := range s.Words {
				gold := index[w.UPOS+"\t"+w.XPOS]
				guess, ok := t.dict[w.Form]
				if !ok {
					feats = tagFeatures(feats[:0], tf, i, p1, p2)
					tr.score(feats, scores)
					guess = argmax(scores, nil)
					tr.tick()
					tr.update(feats, gold, guess)
				}
				if guess == gold {
					right++
				}
				total++
				p1, p2 = guess, p1
			}
		}
		if logf != nil {
			logf("tagger epoch %d: train accuracy %.4f, %d features", ep+1, float64(right)/float64(total), len(tr.index))
		}
	}
	t.w = tr.average().pruned(prune)
	return t
}
