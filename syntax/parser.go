package syntax

import (
	"math/rand"
)

// parser is a greedy arc-hybrid transition parser (Kuhlmann et al. 2011) with an
// averaged-perceptron model over rich non-local features (in the manner of Zhang and
// Nivre 2011), trained with the dynamic oracle of Goldberg and Nivre (2013).
//
// Classes: 0 is SHIFT; 1+l is LEFT-ARC with label l (s0 becomes a dependent of b0);
// 1+L+l is RIGHT-ARC with label l (s0 becomes a dependent of s1).
type parser struct {
	labels []string
	root   int // index of "root" in labels
	w      *weights
}

const shift = 0

func (p *parser) nClasses() int { return 1 + 2*len(p.labels) }

// state is a parser configuration over a sentence of n words (positions 1..n; 0 is the
// root).
type state struct {
	n      int
	stack  []int
	b      int // first word of the buffer; the buffer is b..n
	head   []int
	label  []int
	l1, l2 []int // leftmost and second-leftmost dependents, -1 for none
	r1, r2 []int // rightmost and second-rightmost dependents
	nl, nr []int
	lset   []uint64 // labels of left dependents, as a bit set
	rset   []uint64
}

func (s *state) reset(n int) {
	s.n = n
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	grow := func(a []int, v int) []int {
		if cap(a) < n+1 {
			a = make([]int, n+1)
		}
		a = a[:n+1]
		for i := range a {
			a[i] = v
		}
		return a
	}
	s.head, s.label = grow(s.head, -1), grow(s.label, -1)
	s.l1, s.l2, s.r1, s.r2 = grow(s.l1, -1), grow(s.l2, -1), grow(s.r1, -1), grow(s.r2, -1)
	s.nl, s.nr = grow(s.nl, 0), grow(s.nr, 0)
	if cap(s.lset) < n+1 {
		s.lset, s.rset = make([]uint64, n+1), make([]uint64, n+1)
	}
	s.lset, s.rset = s.lset[:n+1], s.rset[:n+1]
	clear(s.lset)
	clear(s.rset)
}

func (s *state) terminal() bool { return s.b > s.n && len(s.stack) == 1 }

func (s *state) s(i int) int {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return -1
}

func (s *state) buf(i int) int {
	if s.b+i <= s.n {
		return s.b + i
	}
	return -1
}

func (s *state) attach(h, d, l int) {
	s.head[d], s.label[d] = h, l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		switch {
		case s.l1[h] < 0 || d < s.l1[h]:
			s.l2[h], s.l1[h] = s.l1[h], d
		case s.l2[h] < 0 || d < s.l2[h]:
			s.l2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= bit
		switch {
		case d > s.r1[h]:
			s.r2[h], s.r1[h] = s.r1[h], d
		case d > s.r2[h]:
			s.r2[h] = d
		}
	}
}

// legal marks the classes allowed in s. A single root is enforced: RIGHT-ARC onto the
// root (with the label root, and only that label there) is allowed only as the last
// transition.
func (p *parser) legal(s *state, ok []bool) {
	clear(ok)
	L := len(p.labels)
	mv := p.moves(s)
	ok[shift] = mv.shift
	for l := 0; l < L; l++ {
		ok[1+l] = mv.left && l != p.root
		ok[1+L+l] = mv.right && l != p.root
	}
	if mv.root {
		ok[1+L+p.root] = true
	}
}

// moveSet is what a state allows, by kind of transition (legal spells it out by class):
// SHIFT; LEFT-ARC and RIGHT-ARC with every label but the root; RIGHT-ARC onto the root
// with its label.
type moveSet struct{ shift, left, right, root bool }

// moves returns the transitions s allows, without filling a class array.
func (p *parser) moves(s *state) moveSet {
	hasBuf := s.b <= s.n
	s0, s1 := s.s(0), s.s(1)
	return moveSet{
		shift: hasBuf,
		left:  s0 > 0 && hasBuf,
		right: s1 > 0,
		root:  s1 == 0 && !hasBuf && len(s.stack) == 2,
	}
}

// only returns the class of the one transition mv allows, else -1: SHIFT, or the
// RIGHT-ARC onto the root (a parser has more than two labels, so LEFT-ARC and RIGHT-ARC
// allow more than one class each).
func (p *parser) only(mv moveSet) int {
	switch {
	case mv.left || mv.right || mv.shift == mv.root:
		return -1
	case mv.shift:
		return shift
	}
	return 1 + len(p.labels) + p.root
}

// best returns the class of the highest score among those mv allows, the first in class
// order on a tie: argmax(scores, ok) of the ok that legal fills.
func (p *parser) best(scores []int32, mv moveSet) int {
	L := len(p.labels)
	best, bestScore := -1, int32(0)
	if mv.shift {
		best, bestScore = shift, scores[shift]
	}
	if mv.left {
		best, bestScore = maxLabel(scores[1:1+L], 1, p.root, best, bestScore)
	}
	if mv.right {
		best, _ = maxLabel(scores[1+L:1+2*L], 1+L, p.root, best, bestScore)
	} else if mv.root {
		if c := 1 + L + p.root; best < 0 || scores[c] > bestScore {
			best = c
		}
	}
	return best
}

// maxLabel returns the best class and its score after those given (best < 0: none yet)
// and the classes base+l of scores[l] in order, but for l = skip: the first highest.
func maxLabel(scores []int32, base, skip, best int, bestScore int32) (int, int32) {
	if best < 0 {
		first := 0
		if skip == 0 {
			first = 1
		}
		best, bestScore = base+first, scores[first]
	}
	// the labels before skip and after it, without testing each label against skip
	if skip < 0 || skip >= len(scores) {
		skip = len(scores)
	}
	for l, v := range scores[:skip] {
		if v > bestScore {
			best, bestScore = base+l, v
		}
	}
	if skip+1 < len(scores) {
		for l, v := range scores[skip+1:] {
			if v > bestScore {
				best, bestScore = base+skip+1+l, v
			}
		}
	}
	return best, bestScore
}

func (p *parser) apply(s *state, c int) {
	L := len(p.labels)
	switch {
	case c == shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case c <= L:
		s0 := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b, s0, c-1)
	default:
		s0 := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.stack[len(s.stack)-1], s0, c-1-L)
	}
}

// Parser feature templates.
const (
	pS0w uint64 = iota + 100
	pS0t
	pS0wt
	pS1w
	pS1wt
	pB0w
	pB0t
	pB0wt
	pB1w
	pB1t
	pB1wt
	pB2t
	pS0wtB0wt
	pS0wtB0t
	pS0tB0wt
	pB0tB1t
	pS0tS1t
	pS1tB0t
	pS0wtS1wt
	pB0tB1tB2t
	pS0tB0tB1t
	pS1tS0tB0t
	pS2tS1tS0t
	pS0tS0LtS0L2t
	pS0tS0RtS0R2t
	pS1tS1RtS0t
	pS0tS0LtB0t
	pS0tB0tB0Lt
	pB0tB0LtB0L2t
	pDistS0B0t
	pDistB0w
	pDistB0t
	pDistS0tB0t
	pDistS1S0t
	pValS0Lw
	pValS0Lt
	pValS0Rt
	pValS1Rw
	pValS1Rt
	pValB0Lw
	pValB0Lt
	pS0Ll
	pS0Rl
	pS0L2l
	pS1Rl
	pB0Ll
	pS0LsetW
	pS0LsetT
	pS0RsetT
	pS1RsetT
	pB0LsetW
	pS0Lw
	pS1Rw
	pB0Lw
	pS0tS0Ll
	pB0tB0Ll
	pS1tS1Rl
)

const (
	noneVal uint64 = 0x6e6f6e65
	rootVal uint64 = 0x726f6f74
)

// sentFeats holds the per-word values the parser's templates combine: position 0 is the
// root.
type sentFeats struct {
	word, tag []uint64
}

func (sf *sentFeats) reset(words []uint64, tags []int) {
	sf.word = append(sf.word[:0], rootVal)
	sf.tag = append(sf.tag[:0], rootVal)
	for i, w := range words {
		sf.word = append(sf.word, w)
		sf.tag = append(sf.tag, uint64(tags[i])+1)
	}
}

func dist(a, b int) uint64 {
	d := b - a
	if d < 0 {
		d = -d
	}
	if d > 5 {
		if d < 10 {
			return 6
		}
		return 7
	}
	return uint64(d)
}

func capped(n int) uint64 { return uint64(min(n, 4)) }

// at returns get(i), or noneVal for a position that does not exist (i < 0).
func at(i int, get func(int) uint64) uint64 {
	if i < 0 {
		return noneVal
	}
	return get(i)
}

// parseFeatures appends the features of s to buf.
func parseFeatures(buf []uint64, s *state, sf *sentFeats) []uint64 {
	w := func(i int) uint64 { return at(i, func(i int) uint64 { return sf.word[i] }) }
	t := func(i int) uint64 { return at(i, func(i int) uint64 { return sf.tag[i] }) }
	lab := func(i int) uint64 {
		if i < 0 || s.label[i] < 0 {
			return noneVal
		}
		return uint64(s.label[i]) + 1
	}
	child := func(a []int, i int) int {
		if i < 0 {
			return -1
		}
		return a[i]
	}
	s0, s1, s2 := s.s(0), s.s(1), s.s(2)
	b0, b1, b2 := s.buf(0), s.buf(1), s.buf(2)
	s0L, s0L2, s0R, s0R2 := child(s.l1, s0), child(s.l2, s0), child(s.r1, s0), child(s.r2, s0)
	s1R := child(s.r1, s1)
	b0L, b0L2 := child(s.l1, b0), child(s.l2, b0)

	s0w, s0t, s1w, s1t, s2t := w(s0), t(s0), w(s1), t(s1), t(s2)
	b0w, b0t, b1w, b1t, b2t := w(b0), t(b0), w(b1), t(b1), t(b2)
	s0wt, s1wt, b0wt, b1wt := mix(s0w^s0t), mix(s1w^s1t), mix(b0w^b0t), mix(b1w^b1t)

	var dS0B0, dS1S0 uint64 = noneVal, noneVal
	if s0 >= 0 && b0 >= 0 {
		dS0B0 = dist(s0, b0)
	}
	if s1 >= 0 && s0 >= 0 {
		dS1S0 = dist(s1, s0)
	}
	nl := func(i int) uint64 { return at(i, func(i int) uint64 { return capped(s.nl[i]) }) }
	nr := func(i int) uint64 { return at(i, func(i int) uint64 { return capped(s.nr[i]) }) }
	lset := func(i int) uint64 { return at(i, func(i int) uint64 { return s.lset[i] }) }
	rset := func(i int) uint64 { return at(i, func(i int) uint64 { return s.rset[i] }) }
	return append(buf,
		f1(pS0w, s0w), f1(pS0t, s0t), f1(pS0wt, s0wt),
		f1(pS1w, s1w), f1(pS1wt, s1wt),
		f1(pB0w, b0w), f1(pB0t, b0t), f1(pB0wt, b0wt),
		f1(pB1w, b1w), f1(pB1t, b1t), f1(pB1wt, b1wt), f1(pB2t, b2t),
		f2(pS0wtB0wt, s0wt, b0wt), f2(pS0wtB0t, s0wt, b0t), f2(pS0tB0wt, s0t, b0wt),
		f2(pB0tB1t, b0t, b1t),
		f2(pS0tS1t, s0t, s1t), f2(pS1tB0t, s1t, b0t), f2(pS0wtS1wt, s0wt, s1wt),
		f3(pB0tB1tB2t, b0t, b1t, b2t), f3(pS0tB0tB1t, s0t, b0t, b1t),
		f3(pS1tS0tB0t, s1t, s0t, b0t), f3(pS2tS1tS0t, s2t, s1t, s0t),
		f3(pS0tS0LtS0L2t, s0t, t(s0L), t(s0L2)), f3(pS0tS0RtS0R2t, s0t, t(s0R), t(s0R2)),
		f3(pS1tS1RtS0t, s1t, t(s1R), s0t),
		f3(pS0tS0LtB0t, s0t, t(s0L), b0t),
		f3(pS0tB0tB0Lt, s0t, b0t, t(b0L)), f3(pB0tB0LtB0L2t, b0t, t(b0L), t(b0L2)),
		f2(pDistS0B0t, dS0B0, s0t), f2(pDistB0w, dS0B0, b0w), f2(pDistB0t, dS0B0, b0t),
		f3(pDistS0tB0t, dS0B0, s0t, b0t), f3(pDistS1S0t, dS1S0, s1t, s0t),
		f2(pValS0Lw, nl(s0), s0w), f2(pValS0Lt, nl(s0), s0t), f2(pValS0Rt, nr(s0), s0t),
		f2(pValS1Rw, nr(s1), s1w), f2(pValS1Rt, nr(s1), s1t),
		f2(pValB0Lw, nl(b0), b0w), f2(pValB0Lt, nl(b0), b0t),
		f1(pS0Ll, lab(s0L)), f1(pS0Rl, lab(s0R)), f1(pS0L2l, lab(s0L2)),
		f1(pS1Rl, lab(s1R)), f1(pB0Ll, lab(b0L)),
		f2(pS0LsetW, lset(s0), s0w), f2(pS0LsetT, lset(s0), s0t), f2(pS0RsetT, rset(s0), s0t),
		f2(pS1RsetT, rset(s1), s1t), f2(pB0LsetW, lset(b0), b0w),
		f1(pS0Lw, w(s0L)), f1(pS1Rw, w(s1R)), f1(pB0Lw, w(b0L)),
		f2(pS0tS0Ll, s0t, lab(s0L)), f2(pB0tB0Ll, b0t, lab(b0L)), f2(pS1tS1Rl, s1t, lab(s1R)),
	)
}

// parse fills heads and labels (indexes into p.labels) for a sentence whose words have
// the given lower-case hashes and tag classes.
func (p *parser) parse(words []uint64, tags []int, heads, labels []int, sc *scratch) {
	s := &sc.state
	s.reset(len(words))
	sc.sf.reset(words, tags)
	scores := sc.scores(p.nClasses())
	for !s.terminal() {
		mv := p.moves(s)
		// the first SHIFT and the last RIGHT-ARC onto the root are the only transitions
		// allowed where they come: the model is not asked
		c := p.only(mv)
		if c < 0 {
			sc.feats = parseFeatures(sc.feats[:0], s, &sc.sf)
			p.w.score(sc.feats, scores)
			c = p.best(scores, mv)
		}
		p.apply(s, c)
	}
	for i := 1; i <= len(words); i++ {
		heads[i-1], labels[i-1] = s.head[i], s.label[i]
	}
}

// oracle holds a gold tree for the dynamic oracle: heads, labels and dependents.
type oracle struct {
	head, label []int
	deps        [][]int
	onStack     []bool
}

func (o *oracle) reset(heads, labels []int) {
	n := len(heads)
	o.head = append(o.head[:0], -1)
	o.label = append(o.label[:0], -1)
	o.head = append(o.head, heads...)
	o.label = append(o.label, labels...)
	if cap(o.deps) < n+1 {
		o.deps = make([][]int, n+1)
	}
	o.deps = o.deps[:n+1]
	for i := range o.deps {
		o.deps[i] = o.deps[i][:0]
	}
	for d := 1; d <= n; d++ {
		if h := o.head[d]; h >= 0 && h <= n {
			o.deps[h] = append(o.deps[h], d)
		}
	}
	if cap(o.onStack) < n+1 {
		o.onStack = make([]bool, n+1)
	}
	o.onStack = o.onStack[:n+1]
}

// costs writes, for each legal class, the number of gold arcs (with their labels) that
// the transition makes unreachable; illegal classes get -1.
func (p *parser) costs(s *state, o *oracle, ok []bool, cost []int) {
	L := len(p.labels)
	clear(o.onStack)
	for _, i := range s.stack {
		o.onStack[i] = true
	}
	inBuf := func(i int) bool { return i >= s.b && i <= s.n }
	depsIn := func(h int, where func(int) bool) int {
		n := 0
		for _, d := range o.deps[h] {
			if where(d) {
				n++
			}
		}
		return n
	}
	s0, s1, b0 := s.s(0), s.s(1), s.buf(0)
	var cShift, cLeft, cRight int
	if ok[shift] {
		h := o.head[b0]
		if h >= 0 && h != s0 && o.onStack[h] {
			cShift++
		}
		cShift += depsIn(b0, func(i int) bool { return o.onStack[i] })
	}
	if s0 > 0 {
		h := o.head[s0]
		kids := depsIn(s0, inBuf)
		if b0 >= 0 {
			cLeft = kids
			if h == s1 || (inBuf(h) && h != b0) {
				cLeft++
			}
		}
		cRight = kids
		if inBuf(h) {
			cRight++
		}
	}
	for c := range cost {
		if !ok[c] {
			cost[c] = -1
			continue
		}
		switch {
		case c == shift:
			cost[c] = cShift
		case c <= L:
			cost[c] = cLeft
			if o.head[s0] == b0 && o.label[s0] != c-1 {
				cost[c]++
			}
		default:
			cost[c] = cRight
			if o.head[s0] == s1 && o.label[s0] != c-1-L {
				cost[c]++
			}
		}
	}
}

// trainParser trains the parser over sents, whose tags are given per sentence as
// tagger classes (predicted or gold).
func trainParser(sents []Sentence, tags [][]int, labels []string, epochs int, prune float64, seed int64, logf func(string, ...any)) *parser {
	p := &parser{labels: labels, root: -1}
	index := map[string]int{}
	for i, l := range labels {
		index[l] = i
		if l == "root" {
			p.root = i
		}
	}
	n := p.nClasses()
	tr := newTrainer(n)
	rng := rand.New(rand.NewSource(seed))
	order := rng.Perm(len(sents))
	var (
		s      state
		o      oracle
		sf     sentFeats
		feats  []uint64
		scores = make([]float32, n)
		ok     = make([]bool, n)
		cost   = make([]int, n)
		words  []uint64
		heads  []int
		labs   []int
	)
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := ep >= 1
		right, total := 0, 0
		for _, si := range order {
			st := &sents[si]
			words, heads, labs = words[:0], heads[:0], labs[:0]
			for _, w := range st.Words {
				words = append(words, hashLower(w.Form))
				heads = append(heads, w.Head)
				labs = append(labs, index[w.Deprel])
			}
			s.reset(len(words))
			o.reset(heads, labs)
			sf.reset(words, tags[si])
			for !s.terminal() {
				feats = parseFeatures(feats[:0], &s, &sf)
				tr.score(feats, scores)
				p.legal(&s, ok)
				p.costs(&s, &o, ok, cost)
				guess := argmax(scores, ok)
				minCost := -1
				for _, k := range cost {
					if k >= 0 && (minCost < 0 || k < minCost) {
						minCost = k
					}
				}
				gold, goldScore := -1, float32(0)
				for c, k := range cost {
					if k == minCost && (gold < 0 || scores[c] > goldScore) {
						gold, goldScore = c, scores[c]
					}
				}
				tr.tick()
				next := guess
				if cost[guess] > minCost {
					tr.update(feats, gold, guess)
					if !explore || rng.Float64() > 0.9 {
						next = gold
					}
				}
				p.apply(&s, next)
			}
			for i := 1; i <= s.n; i++ {
				if s.head[i] == heads[i-1] && s.label[i] == labs[i-1] {
					right++
				}
				total++
			}
		}
		if logf != nil {
			logf("parser epoch %d: train LAS %.4f, %d features", ep+1, float64(right)/float64(total), len(tr.index))
		}
	}
	p.w = tr.average().pruned(prune)
	return p
}
