package syntax

import (
	"math"
	"math/rand"
	"testing"
)

// TestScoreDenseRows checks that score gives the sums of the entries of the features
// found, whether a feature is scored from its entries or from a dense row: features of
// 1 to all classes (dense from denseMin), weights at both ends of 16 bits, more features
// than one batch of refs and more dense rows than one batch of lanes (one feature of the
// largest weight in every class, many times over), keys not in the model.
func TestScoreDenseRows(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for _, nClasses := range []int{103, 3*rowWords - 1, 3 * rowWords} {
		b := &weightsBuilder{nClasses: nClasses, scale: 1}
		want := map[uint64][]int32{}
		var keys []uint64
		key := uint64(0)
		for f := 0; f < 600; f++ {
			key += 1 + uint64(rng.Int63n(1<<54)) // spread as hashes are: the fingerprint is the high bits
			n := 1 + rng.Intn(nClasses)
			if f%3 == 0 {
				n = denseMin + rng.Intn(nClasses-denseMin+1)
			}
			ws := make([]int32, nClasses)
			var es []uint32
			for _, c := range rng.Perm(nClasses)[:n] {
				q := int16(rng.Intn(1<<16) - 1<<15)
				switch rng.Intn(4) {
				case 0:
					q = math.MaxInt16
				case 1:
					q = math.MinInt16
				}
				ws[c] = int32(q)
				es = append(es, entry(c, q))
			}
			b.add(key, es)
			want[key] = ws
			keys = append(keys, key)
		}
		// a feature of the largest weight in every class, whose rows fill their lanes
		key += 1 << 50
		full := make([]int32, nClasses)
		var es []uint32
		for c := range full {
			full[c] = math.MaxInt16
			es = append(es, entry(c, math.MaxInt16))
		}
		b.add(key, es)
		want[key] = full
		keys = append(keys, key)
		m := b.build()
		if len(m.dense) == 0 {
			t.Fatalf("%d classes: no dense rows", nClasses)
		}
		scores := make([]int32, nClasses)
		for round := 0; round < 50; round++ {
			var feats []uint64
			sum := make([]int32, nClasses)
			for i := 0; i < 1+rng.Intn(300); i++ {
				if round%10 == 0 {
					k := keys[len(keys)-1] // the full feature only
					feats = append(feats, k)
					for c, w := range want[k] {
						sum[c] += w
					}
					continue
				}
				if k := rng.Uint64(); rng.Intn(5) == 0 && want[k] == nil {
					feats = append(feats, k) // not in the model
					continue
				}
				k := keys[rng.Intn(len(keys))]
				feats = append(feats, k)
				for c, w := range want[k] {
					sum[c] += w
				}
			}
			m.score(feats, scores)
			for c := range sum {
				if scores[c] != sum[c] {
					t.Fatalf("%d classes, round %d: class %d scores %d, want %d", nClasses, round, c, scores[c], sum[c])
				}
			}
		}
	}
}

// TestByFallingCount checks the order in which build places features: by falling count,
// in index order among equal counts.
func TestByFallingCount(t *testing.T) {
	got := byFallingCount([]int{3, 1, 3, 0, 7, 1})
	want := []int32{4, 0, 2, 1, 5, 3}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("byFallingCount: %v, want %v", got, want)
		}
	}
}
