package syntax

import (
	"math"
	"sort"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// This file holds the averaged perceptron shared by the tagger and the parser: features
// are 64-bit hashes of a template and its values; each feature keeps a sparse list of
// (class, weight) pairs, so scoring costs one table probe per feature and one add per
// class the feature has evidence for.

// Hashing. Keys are never 0 (0 marks an empty slot of the table).

func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

func nonzero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

func f1(t, a uint64) uint64       { return nonzero(mix(t*0x9e3779b97f4a7c15 ^ a)) }
func f2(t, a, b uint64) uint64    { return nonzero(mix(mix(t*0x9e3779b97f4a7c15^a) ^ b)) }
func f3(t, a, b, c uint64) uint64 { return nonzero(mix(mix(mix(t*0x9e3779b97f4a7c15^a)^b) ^ c)) }

// hashString is FNV-1a over s.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// hashLower is hashString of the lower-cased s, without allocating.
func hashLower(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= 1099511628211
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		var buf [4]byte
		k := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for j := 0; j < k; j++ {
			h ^= uint64(buf[j])
			h *= 1099511628211
		}
		i += n
	}
	return h
}

// weights is a trained, read-only linear model over hashed features. Weights are
// 16-bit integers (multiples of scale, which argmax does not need). The table is
// bucketised for the cache: a bucket is eight (fingerprint, offset) slots, 64 bytes, so
// looking a feature up reads one bucket, and a feature that is there one run of
// entries after it. An entry packs a class (15 bits), a last-entry flag and the weight.
//
// A feature with denseMin entries or more, in a model of up to 3*rowWords classes, is
// scored from a dense row instead (see dense), three classes an addition: such features
// are few (the parser's 755 of 502,814, the tagger's 587 of 190,997), mostly of the tags
// around the stack and the buffer, which nearly every decision finds, and they hold
// most of the entries a decision adds up.
type weights struct {
	nClasses int
	scale    float64
	buckets  [][bucketSlots]slot // len a power of two
	entries  []uint32
	keys     []uint64 // the features in key order, for each
	offs     []uint32 // where each feature's entries start
	// dense holds the rows of the dense features, rowWords words each: word i packs
	// the weights of classes 3i, 3i+1 and 3i+2 in lanes of laneBits bits, each weight
	// plus denseBias (so a lane holds 0 to 65535, and 32 rows add up in it without
	// carrying into the next lane); a class a feature has no entry for holds denseBias.
	dense []uint64
}

const bucketSlots = 8

// sink keeps the compiler from dropping the reads that warm the cache in score.
var sink atomic.Uint32

// slot holds a feature's fingerprint (0 = empty) and ref: where its entries start, in
// the high bits, and how many there are in the low refBits (refMany: more, up to the
// entry flagged last); for a dense feature, its row in the high bits and 0 in the low.
type slot struct{ fp, ref uint32 }

const (
	refBits = 6
	refMany = 1<<refBits - 1
	// maxEntries bounds the entries of one model, so that offsets fit the ref.
	maxEntries = 1 << (32 - refBits)
)

const lastEntry = 1 << 15

// Dense rows (weights.dense): a feature with denseMin entries or more, in a model of up
// to 3*rowWords classes, gets one; three classes a word, in lanes of laneBits bits, each
// weight stored plus denseBias; up to denseBatch rows are summed in a lane before it is
// unpacked.
const (
	denseMin   = 32
	rowWords   = 36
	laneBits   = 21
	laneMask   = 1<<laneBits - 1
	denseBias  = 1 << 15
	denseBatch = 1 << (laneBits - 16) // 32 lanes of at most 65535 stay below 1<<21
)

func entry(class int, q int16) uint32 { return uint32(class) | uint32(uint16(q))<<16 }
func entryClass(e uint32) int         { return int(e & 0x7fff) }
func entryWeight(e uint32) int16      { return int16(e >> 16) }

func fingerprint(key uint64) uint32 { return uint32(key>>32) | 1 }

// score adds the weights of feats to scores (len nClasses), which it first zeroes.
func (m *weights) score(feats []uint64, scores []int32) {
	clear(scores)
	if len(m.buckets) == 0 {
		return
	}
	// Touch every feature's bucket first, without branching on what is found, so that
	// the processor fetches them all at once instead of one after the other: the model
	// is larger than the caches. (Adding up the entries found, tens per feature for most
	// features, takes about as long as reading them.)
	mask := uint64(len(m.buckets) - 1)
	var touch uint32
	for _, key := range feats {
		touch += m.buckets[key&mask][0].ref
	}
	var refs, rows [128]uint32
	// the scores of a model of up to smallClasses classes are summed in small, which
	// the compiler indexes without checks
	var small [smallClasses]int32
	for len(feats) > 0 {
		n := min(len(feats), len(refs))
		found, dense := 0, 0
		for _, key := range feats[:n] {
			// key's slot: its fingerprint in the buckets from key&mask on, before the
			// first empty slot (written out here: a call cost a fifth of the lookup)
			fp := fingerprint(key)
		probe:
			for i := key & mask; ; i = (i + 1) & mask {
				b := &m.buckets[i]
				for j := range b {
					switch b[j].fp {
					case fp:
						if ref := b[j].ref; ref&refMany == 0 {
							rows[dense] = ref >> refBits
							dense++
						} else {
							refs[found] = ref
							found++
						}
						break probe
					case 0:
						break probe
					}
				}
			}
		}
		// The same for the entries and rows of the features found.
		for _, ref := range refs[:found] {
			touch += m.entries[ref>>refBits]
		}
		for _, r := range rows[:dense] {
			touch += uint32(m.dense[int(r)*rowWords])
		}
		if len(scores) <= len(small) {
			m.addSmall(refs[:found], &small)
			m.addDense(rows[:dense], &small)
		} else {
			m.add(refs[:found], scores)
		}
		feats = feats[n:]
	}
	if len(scores) <= len(small) {
		copy(scores, small[:])
	}
	sink.Store(touch)
}

// smallClasses bounds the classes of a model that score sums in an array; the classes
// are masked to it, so it is a power of two.
const smallClasses = 128

// addSmall adds the entries that refs point to to scores, for a model of up to
// smallClasses classes: the same sums as add. It sums in a copy of scores on its stack,
// four entries a step, and is not inlined: inlined into score, its loop kept every
// value on the stack (13 instructions an entry where this takes 7).
//
//go:noinline
func (m *weights) addSmall(refs []uint32, scores *[smallClasses]int32) {
	sum := *scores
	for _, ref := range refs {
		off, n := ref>>refBits, ref&refMany
		es := m.entries[off : off+n]
		for len(es) >= 4 {
			q := (*[4]uint32)(es)
			// an entry's weight is its high 16 bits, signed: int32(e) >> 16
			sum[q[0]&(smallClasses-1)] += int32(q[0]) >> 16
			sum[q[1]&(smallClasses-1)] += int32(q[1]) >> 16
			sum[q[2]&(smallClasses-1)] += int32(q[2]) >> 16
			sum[q[3]&(smallClasses-1)] += int32(q[3]) >> 16
			es = es[4:]
		}
		for _, e := range es {
			sum[e&(smallClasses-1)] += int32(e) >> 16
		}
		if n == refMany && m.entries[off+n-1]&lastEntry == 0 {
			// more than refMany entries: the rest, up to the one flagged last
			for _, e := range m.entries[off+n:] {
				sum[e&(smallClasses-1)] += int32(e) >> 16
				if e&lastEntry != 0 {
					break
				}
			}
		}
	}
	*scores = sum
}

// addDense adds the dense rows (weights.dense) numbered rows to scores: the same sums
// as adding their entries. It adds whole words, three classes at a time, four rows a
// step (denseBatch is a multiple of four), up to denseBatch rows, then unpacks the lanes
// and takes the bias away.
func (m *weights) addDense(rows []uint32, scores *[smallClasses]int32) {
	if len(rows) == 0 {
		return
	}
	var acc [rowWords]uint64
	k := 0
	flush := func() {
		bias := int32(k * denseBias)
		for i, x := range acc {
			c := 3 * i
			scores[c&(smallClasses-1)] += int32(x&laneMask) - bias
			scores[(c+1)&(smallClasses-1)] += int32(x>>laneBits&laneMask) - bias
			scores[(c+2)&(smallClasses-1)] += int32(x>>(2*laneBits)&laneMask) - bias
		}
		acc = [rowWords]uint64{}
		k = 0
	}
	for len(rows) >= 4 {
		r0 := (*[rowWords]uint64)(m.dense[int(rows[0])*rowWords:])
		r1 := (*[rowWords]uint64)(m.dense[int(rows[1])*rowWords:])
		r2 := (*[rowWords]uint64)(m.dense[int(rows[2])*rowWords:])
		r3 := (*[rowWords]uint64)(m.dense[int(rows[3])*rowWords:])
		for i := range acc {
			acc[i] += r0[i] + r1[i] + r2[i] + r3[i]
		}
		rows = rows[4:]
		if k += 4; k == denseBatch {
			flush()
		}
	}
	if len(rows) >= 2 {
		r0 := (*[rowWords]uint64)(m.dense[int(rows[0])*rowWords:])
		r1 := (*[rowWords]uint64)(m.dense[int(rows[1])*rowWords:])
		for i := range acc {
			acc[i] += r0[i] + r1[i]
		}
		rows = rows[2:]
		k += 2
	}
	if len(rows) == 1 {
		r0 := (*[rowWords]uint64)(m.dense[int(rows[0])*rowWords:])
		for i := range acc {
			acc[i] += r0[i]
		}
		k++
	}
	if k > 0 {
		flush()
	}
}

// add adds the entries that refs point to to scores (len nClasses).
func (m *weights) add(refs []uint32, scores []int32) {
	for _, ref := range refs {
		off, n := ref>>refBits, ref&refMany
		if n == refMany {
			for _, e := range m.entries[off:] {
				scores[e&0x7fff] += int32(int16(e >> 16))
				if e&lastEntry != 0 {
					break
				}
			}
			continue
		}
		for _, e := range m.entries[off : off+n] {
			scores[e&0x7fff] += int32(int16(e >> 16))
		}
	}
}

// features returns the number of features in the model.
func (m *weights) features() int { return len(m.keys) }

// each calls fn with every feature in key order, its entries without the flag.
func (m *weights) each(fn func(key uint64, entries []uint32)) {
	var es []uint32
	for f, key := range m.keys {
		es = es[:0]
		for _, e := range m.entries[m.offs[f]:] {
			es = append(es, e&^lastEntry)
			if e&lastEntry != 0 {
				break
			}
		}
		fn(key, es)
	}
}

// weightsBuilder collects features in key order and builds the table.
type weightsBuilder struct {
	nClasses int
	scale    float64
	keys     []uint64
	offs     []uint32
	entries  []uint32
}

// add adds a feature; keys must come in increasing order, entries without the flag.
func (b *weightsBuilder) add(key uint64, entries []uint32) {
	if len(entries) == 0 {
		return
	}
	b.keys = append(b.keys, key)
	b.offs = append(b.offs, uint32(len(b.entries)))
	b.entries = append(b.entries, entries...)
	b.entries[len(b.entries)-1] |= lastEntry
}

func (b *weightsBuilder) build() *weights {
	n := len(b.keys)
	size := 1
	for size*bucketSlots*3/4 < n+1 {
		size <<= 1
	}
	m := &weights{nClasses: b.nClasses, scale: b.scale, buckets: make([][bucketSlots]slot, size),
		entries: b.entries, keys: b.keys, offs: b.offs}
	refs := make([]uint32, n)
	counts := make([]int, n) // entries of each feature
	for f := range b.keys {
		n := uint32(len(b.entries)) - b.offs[f]
		if f+1 < len(b.offs) {
			n = b.offs[f+1] - b.offs[f]
		}
		counts[f] = int(n)
		refs[f] = b.offs[f]<<refBits | min(n, refMany)
		if n >= denseMin && b.nClasses <= 3*rowWords {
			refs[f] = uint32(len(m.dense)/rowWords) << refBits
			m.dense = append(m.dense, denseRow(b.entries[b.offs[f]:b.offs[f]+n])...)
		}
	}
	// Features are placed by falling number of entries (in key order among equals): a
	// feature with many entries is one that training met often, as scoring does, and
	// placed first it takes the first slot of its bucket, where score looks first.
	mask := uint64(size - 1)
	for _, f := range byFallingCount(counts) {
		key := b.keys[f]
		fp := fingerprint(key)
		placed := false
		for i := key & mask; !placed; i = (i + 1) & mask {
			bk := &m.buckets[i]
			for j := range bk {
				if bk[j].fp == 0 {
					bk[j] = slot{fp: fp, ref: refs[f]}
					placed = true
					break
				}
			}
		}
	}
	return m
}

// byFallingCount returns the indexes of counts ordered by falling count, in increasing
// index among equal counts (a counting sort: counts are small).
func byFallingCount(counts []int) []int32 {
	top := 0
	for _, c := range counts {
		top = max(top, c)
	}
	start := make([]int, top+2) // start[top-c]: where the indexes of count c begin
	for _, c := range counts {
		start[top-c+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	order := make([]int32, len(counts))
	for i, c := range counts {
		order[start[top-c]] = int32(i)
		start[top-c]++
	}
	return order
}

// denseRow returns the dense row (see weights.dense) of a feature's entries.
func denseRow(es []uint32) []uint64 {
	row := make([]uint64, rowWords)
	for i := range row {
		row[i] = denseBias | denseBias<<laneBits | denseBias<<(2*laneBits)
	}
	for _, e := range es {
		// the weight added to its lane's bias, in wrapping arithmetic: the lane ends
		// between 0 and 65535
		c := entryClass(e)
		row[c/3] += uint64(int64(entryWeight(e))) << (laneBits * (c % 3))
	}
	return row
}

// pruned returns a copy of m without the weights whose magnitude is below frac of the
// largest, and without the features left with no weight.
func (m *weights) pruned(frac float64) *weights {
	maxAbs := 0
	for _, e := range m.entries {
		maxAbs = max(maxAbs, abs(int(entryWeight(e))))
	}
	limit := int(math.Ceil(frac * float64(maxAbs)))
	b := &weightsBuilder{nClasses: m.nClasses, scale: m.scale}
	var keep []uint32
	m.each(func(key uint64, es []uint32) {
		keep = keep[:0]
		for _, e := range es {
			if abs(int(entryWeight(e))) >= limit {
				keep = append(keep, e)
			}
		}
		b.add(key, keep)
	})
	return b.build()
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// trainer is an averaged perceptron in training, with lazily updated averages.
type trainer struct {
	nClasses int
	index    map[uint64]int32
	params   [][]param
	now      int64 // decisions seen so far
}

type param struct {
	class int32
	w     int32
	total int64 // sum of w over the decisions before ts
	ts    int64
}

func newTrainer(nClasses int) *trainer {
	return &trainer{nClasses: nClasses, index: make(map[uint64]int32)}
}

// score writes the current (not averaged) scores of feats into scores.
func (t *trainer) score(feats []uint64, scores []float32) {
	clear(scores)
	for _, key := range feats {
		f, ok := t.index[key]
		if !ok {
			continue
		}
		for _, p := range t.params[f] {
			scores[p.class] += float32(p.w)
		}
	}
}

// tick counts one decision, whether or not it leads to an update.
func (t *trainer) tick() { t.now++ }

// update moves the weights of feats towards gold and away from guess.
func (t *trainer) update(feats []uint64, gold, guess int) {
	if gold == guess {
		return
	}
	for _, key := range feats {
		f, ok := t.index[key]
		if !ok {
			f = int32(len(t.params))
			t.index[key] = f
			t.params = append(t.params, nil)
		}
		t.params[f] = t.bump(t.params[f], gold, 1)
		t.params[f] = t.bump(t.params[f], guess, -1)
	}
}

func (t *trainer) bump(ps []param, class, delta int) []param {
	for i := range ps {
		if ps[i].class == int32(class) {
			p := &ps[i]
			p.total += (t.now - p.ts) * int64(p.w)
			p.ts = t.now
			p.w += int32(delta)
			return ps
		}
	}
	return append(ps, param{class: int32(class), w: int32(delta), ts: t.now})
}

// average returns the averaged model, its weights quantised to 16 bits (the model
// file's precision), so that a freshly trained model scores exactly as the saved one.
func (t *trainer) average() *weights {
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	avg := func(p param) float64 {
		return float64(p.total+(t.now-p.ts)*int64(p.w)) / float64(max(t.now, 1))
	}
	maxAbs := 0.0
	for _, ps := range t.params {
		for _, p := range ps {
			maxAbs = math.Max(maxAbs, math.Abs(avg(p)))
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	b := &weightsBuilder{nClasses: t.nClasses, scale: scale}
	var es []uint32
	for _, k := range keys {
		es = es[:0]
		for _, p := range t.params[t.index[k]] {
			if q := math.Round(avg(p) / scale); q != 0 {
				es = append(es, entry(int(p.class), int16(q)))
			}
		}
		b.add(k, es)
	}
	return b.build()
}

// argmax returns the class with the highest score among those allowed (all when
// allowed is nil), and -1 when none is allowed.
func argmax[T int32 | float32](scores []T, allowed []bool) int {
	best, bestScore := -1, T(0)
	for c, s := range scores {
		if allowed != nil && !allowed[c] {
			continue
		}
		if best < 0 || s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}
