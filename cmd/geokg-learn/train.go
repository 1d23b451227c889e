package main

import (
	"math"
	"sort"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/scoring"
)

// trainParams are the trainer's settings.
type trainParams struct {
	epochs   int
	rate     float64 // AdaGrad's step
	l2       float64 // weight decay per update
	minCount int     // a feature seen fewer times in training is left out
}

// instance is one example a variant makes of a pair: its features and class, and the
// type it reads when the class is not 0 (NONE); "" for the class's own type.
type instance struct {
	features []string
	class    int
	typ      geokg.RelationType
}

// instances is a variant of the classifier: its classes (the first is NONE) and the
// examples it makes of a pair.
type instances struct {
	classes []string
	of      func(pair) []instance
}

// multinomial is the variant of one example per pair, of one class per interaction type.
var multinomial = instances{
	classes: func() []string {
		var out []string
		for _, c := range classes {
			out = append(out, string(c))
		}
		return out
	}(),
	of: func(q pair) []instance { return []instance{{features: q.features, class: q.class}} },
}

// typed is the variant of one yes/no example per type the frame lexicon gives a word on
// the pair's path (its head, "headtype=", or another word, "ontype="): the structural
// features alone, and conjoined with the type and with where on the path it was given.
var typed = instances{
	classes: []string{"NONE", "YES"},
	of: func(q pair) []instance {
		where := map[string]string{}
		var keep []string
		for _, f := range q.features {
			name, value, _ := strings.Cut(f, "=")
			switch name {
			case "headtype":
				where[value] = "head"
			case "ontype":
				if where[value] == "" {
					where[value] = "on"
				}
			case "path", "headtype|shape", "between", "on":
				// lexical: left to the multinomial variant
			default:
				keep = append(keep, f)
			}
		}
		var out []instance
		for t, w := range where {
			in := instance{typ: geokg.RelationType(t), features: []string{"where=" + w, "type=" + t}}
			if classes[q.class] == in.typ {
				in.class = 1
			}
			for _, f := range keep {
				in.features = append(in.features, f, t+"|"+f, w+"|"+f)
			}
			out = append(out, in)
		}
		sort.Slice(out, func(a, b int) bool { return out[a].typ < out[b].typ })
		return out
	},
}

// crossValidate trains the variant on all folds but one and reads the pairs of that one,
// for each of the k folds (article.fold), and returns each article's readings: per pair,
// the reading of its likeliest type.
func crossValidate(arts []article, k int, p trainParams, inst instances) [][]reading {
	held := make([][]reading, len(arts))
	for f := 0; f < k; f++ {
		var train []article
		for _, a := range arts {
			if a.fold != f {
				train = append(train, a)
			}
		}
		m := fit(train, p, inst)
		for i, a := range arts {
			if a.fold == f {
				held[i] = m.read(a.pairs, inst)
			}
		}
	}
	return held
}

// model is a trained multinomial logistic model: weights[feature][class].
type model struct {
	index   map[string]int
	weights [][]float64
}

// fit trains the variant on the articles' pairs: AdaGrad on the log loss, in the pairs'
// order (deterministic).
func fit(arts []article, p trainParams, inst instances) *model {
	var all []instance
	count := map[string]int{}
	for _, a := range arts {
		for _, q := range a.pairs {
			for _, in := range inst.of(q) {
				all = append(all, in)
				for _, f := range in.features {
					count[f]++
				}
			}
		}
	}
	var names []string
	for f, n := range count {
		if n >= p.minCount {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	m := &model{index: map[string]int{}, weights: make([][]float64, len(names))}
	for i, f := range names {
		m.index[f] = i
		m.weights[i] = make([]float64, len(inst.classes))
	}
	sums := make([][]float64, len(names))
	for i := range sums {
		sums[i] = make([]float64, len(inst.classes))
	}
	prob := make([]float64, len(inst.classes))
	for e := 0; e < p.epochs; e++ {
		for _, in := range all {
			fs := m.features(in.features)
			m.softmax(fs, prob)
			for c := range prob {
				g := prob[c]
				if c == in.class {
					g--
				}
				for _, f := range fs {
					d := g + p.l2*m.weights[f][c]
					sums[f][c] += d * d
					m.weights[f][c] -= p.rate * d / math.Sqrt(sums[f][c]+1e-8)
				}
			}
		}
	}
	return m
}

// features returns the indices of the model's features among names.
func (m *model) features(names []string) []int {
	var out []int
	for _, n := range names {
		if i, ok := m.index[n]; ok {
			out = append(out, i)
		}
	}
	return out
}

// softmax writes into prob the class probabilities of the features fs.
func (m *model) softmax(fs []int, prob []float64) {
	clear(prob)
	for _, f := range fs {
		for c, v := range m.weights[f] {
			prob[c] += v
		}
	}
	top := prob[0]
	for _, v := range prob {
		top = math.Max(top, v)
	}
	sum := 0.0
	for c, v := range prob {
		prob[c] = math.Exp(v - top)
		sum += prob[c]
	}
	for c := range prob {
		prob[c] /= sum
	}
}

// read returns the readings of the pairs: per pair, the likeliest type over its
// examples, with its probability.
func (m *model) read(pairs []pair, inst instances) []reading {
	var out []reading
	prob := make([]float64, len(inst.classes))
	for _, q := range pairs {
		best := reading{}
		for _, in := range inst.of(q) {
			m.softmax(m.features(in.features), prob)
			for c := 1; c < len(prob); c++ {
				t := in.typ
				if t == "" {
					t = classes[c]
				}
				if prob[c] > best.prob {
					best = reading{scoring.Key(q.src, string(t), q.tgt), prob[c], q.sent}
				}
			}
		}
		if best.key != "" {
			out = append(out, best)
		}
	}
	return out
}
