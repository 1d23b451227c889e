package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
)

// Model is a trained tagger, lemmatiser and parser. A Model is safe for concurrent use.
type Model struct {
	tagger *tagger
	parser *parser
	lemmas *lemmatizer
	// Info describes how the model was made (treebanks, epochs); it is saved with it.
	Info string
	pool sync.Pool
}

//go:embed model/en.model
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the English model embedded in the binary, decoded on first use
// (about a tenth of a second) and shared afterwards.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(bytes.NewReader(embedded))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded syntax model: %w", defaultErr)
		}
	})
	return defaultModel, defaultErr
}

// scratch is the per-call working memory of an analysis, pooled.
type scratch struct {
	feats  []uint64
	score  []int32
	tf     []tokenFeats
	state  state
	sf     sentFeats
	words  []uint64
	forms  []string
	tags   []int
	heads  []int
	labels []int
}

func (sc *scratch) scores(n int) []int32 {
	if cap(sc.score) < n {
		sc.score = make([]int32, n)
	}
	return sc.score[:n]
}

func ints(a []int, n int) []int {
	if cap(a) < n {
		return make([]int, n)
	}
	return a[:n]
}

// Analyze tags, lemmatises and parses one sentence given as its words. The words keep
// Start and End of -1; use Sentences to analyse text with offsets.
func (m *Model) Analyze(words []string) Sentence {
	ws := make([]Word, len(words))
	for i, f := range words {
		ws[i] = Word{Form: f, Start: -1, End: -1, SpaceAfter: true}
	}
	s := Sentence{Words: ws}
	m.AnalyzeWords(s.Words)
	return s
}

// AnalyzeWords fills in the ID, tags, lemma, head and relation of each word from the
// forms, in place. A word that comes with both UPOS and XPOS set to a pair the model
// knows keeps them (a caller that knows "Beijing" is a name says PROPN/NNP), and the
// words after it are tagged knowing it; other words' tags are predicted.
func (m *Model) AnalyzeWords(ws []Word) {
	if len(ws) == 0 {
		return
	}
	sc, _ := m.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer m.pool.Put(sc)
	m.analyze(ws, sc)
	m.repairVerbless(ws, sc)
}

// analyze is AnalyzeWords without the repair of a sentence left without a verb; sc keeps
// the forms and tags of ws afterwards.
func (m *Model) analyze(ws []Word, sc *scratch) {
	n := len(ws)
	sc.forms = sc.forms[:0]
	sc.words = sc.words[:0]
	for _, w := range ws {
		f := titleStem(normForm(w.Form))
		sc.forms = append(sc.forms, f)
		sc.words = append(sc.words, hashLower(f))
	}
	sc.tags, sc.heads, sc.labels = ints(sc.tags, n), ints(sc.heads, n), ints(sc.labels, n)
	for i, w := range ws {
		sc.tags[i] = -1
		if w.UPOS != "" && w.XPOS != "" {
			if c, ok := m.tagger.classOf(w.UPOS, w.XPOS); ok {
				sc.tags[i] = c
			}
		}
	}
	m.tagger.tag(sc.forms, sc.tags, sc)
	m.parser.parse(sc.words, sc.tags, sc.heads, sc.labels, sc)
	for i := range ws {
		w := &ws[i]
		c := sc.tags[i]
		w.ID = i + 1
		w.UPOS, w.XPOS = m.tagger.upos[c], m.tagger.xpos[c]
		f := sc.forms[i]
		if len(f) != len(w.Form) && strings.IndexByte(w.Form, '-') > 0 {
			f = normForm(w.Form) // a title word ("President-elect") keeps its lemma
		}
		w.Lemma = m.lemmas.lemma(f, w.UPOS, w.XPOS)
		w.Feats = "_"
		w.Head = sc.heads[i]
		w.Deprel = m.parser.labels[sc.labels[i]]
	}
	repairPunctHeads(ws)
	repairTimeSubjects(ws)
	repairTimeObjects(ws)
	repairOfficeAppositions(ws)
	repairSplitSubjects(ws)
	repairPhraseSubjects(ws)
	repairSubordinateSubjects(ws)
	repairSubordinators(ws)
	repairMediumPartners(ws)
	repairTimePartners(ws)
	repairFrontedSubjects(ws)
	repairApposedPredicates(ws)
	repairStrandedPredicates(ws)
	repairContactRelatives(ws)
}

// titleStem returns the title that a title word with a hyphenated suffix names
// ("President" for "President-elect", "minister" for "minister-designate"), else f. The
// treebanks hold no such word; the tagger and parser see the title they know, so that
// "President-elect Donald Trump" reads as "President Donald Trump" (split at the hyphen,
// "elect" read as a verb with the name as its object). The word keeps its form and lemma;
// the tokenizer keeps such words whole (hyphenSuffixes).
func titleStem(f string) string {
	k := strings.LastIndexByte(f, '-')
	if k <= 0 || !hyphenSuffixes[strings.ToLower(f[k+1:])] {
		return f
	}
	return f[:k]
}

// normForm maps the typographic variants of quotes and apostrophes to the plain ones
// that dominate the treebanks, so that "Iran’s" reads as "Iran's". The model sees the
// normalised form; the Word keeps the form as written.
func normForm(f string) string {
	if isASCII(f) {
		return f
	}
	return formReplacer.Replace(f)
}

var formReplacer = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "″", "\"", "`", "'")

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Forms returns the lower-case written forms that the model may lemmatise as lemma,
// irregular ones included: a caller looking for a lemma can test the words of a text
// before it pays for their analysis.
func (m *Model) Forms(lemma string) []string { return m.lemmas.forms(lemma) }

// KnownNounOrAdj reports whether the treebanks the model was trained on hold the
// lower-case lemma as a noun or an adjective (or adverb: the two share a class), so that
// a word list can be kept to the words our tagger meets as such.
func (m *Model) KnownNounOrAdj(lemma string) bool {
	return m.lemmas.known[strings.ToLower(lemma)]&(lemmaNoun|lemmaAdj) != 0
}

// Stats describes the size of a model.
type Stats struct {
	TagClasses, Labels                 int
	TaggerFeatures, ParserFeatures     int
	TaggerWeights, ParserWeights       int
	LemmaExceptions, KnownLemmas, Dict int
}

// Stats returns the model's sizes.
func (m *Model) Stats() Stats {
	return Stats{
		TagClasses: len(m.tagger.upos), Labels: len(m.parser.labels),
		TaggerFeatures: m.tagger.w.features(), ParserFeatures: m.parser.w.features(),
		TaggerWeights: len(m.tagger.w.entries), ParserWeights: len(m.parser.w.entries),
		LemmaExceptions: len(m.lemmas.exceptions), KnownLemmas: len(m.lemmas.known),
		Dict: len(m.tagger.dict),
	}
}

// The model file: gzip of a little-endian binary stream that starts with modelMagic.
// The magic names the feature templates too: a change to tagFeatures or parseFeatures
// makes old weights meaningless, so it takes a new magic (and `make train`), and Load
// then refuses the old file instead of parsing garbage.
const modelMagic = "geokg-syntax-model-2"

// maxStrings bounds every count read from a model file, so a corrupt file cannot make
// Load allocate without limit.
const maxStrings = 1 << 24

// Save writes the model in the model file format.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	e.str(modelMagic)
	e.str(m.Info)
	e.strs(m.tagger.upos)
	e.strs(m.tagger.xpos)
	e.stringMap(m.tagger.dict)
	e.weights(m.tagger.w)
	e.strs(m.parser.labels)
	e.weights(m.parser.w)
	e.pairs(m.lemmas.exceptions)
	e.stringMap(m.lemmas.knownMap())
	if e.err == nil {
		e.err = e.w.Flush()
	}
	if e.err != nil {
		return fmt.Errorf("save model: %w", e.err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	d := &decoder{r: bufio.NewReaderSize(zr, 1<<16)}
	if magic := d.str(); d.err == nil && magic != modelMagic {
		return nil, fmt.Errorf("load model: not a geokg syntax model (magic %q)", magic)
	}
	m := &Model{tagger: &tagger{}, parser: &parser{root: -1}, lemmas: &lemmatizer{}}
	m.Info = d.str()
	m.tagger.upos = d.strs()
	m.tagger.xpos = d.strs()
	m.tagger.dict = d.stringMap()
	m.tagger.w = d.weights()
	m.parser.labels = d.strs()
	m.parser.w = d.weights()
	m.lemmas.exceptions = d.pairs()
	known := d.stringMap()
	if d.err == nil {
		// Read to the end so that gzip checks its checksum and length; nothing may follow.
		if n, err := io.Copy(io.Discard, d.r); err != nil {
			d.err = fmt.Errorf("truncated or corrupt: %w", err)
		} else if n > 0 {
			d.err = fmt.Errorf("%d unexpected bytes after the model", n)
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("load model: %w", d.err)
	}
	m.lemmas.known = make(map[string]uint8, len(known))
	for k, c := range known {
		m.lemmas.known[k] = uint8(c)
	}
	for i, l := range m.parser.labels {
		if l == "root" {
			m.parser.root = i
		}
	}
	switch {
	case len(m.tagger.upos) == 0 || len(m.tagger.upos) != len(m.tagger.xpos):
		return nil, errors.New("load model: bad tag classes")
	case m.parser.root < 0:
		return nil, errors.New("load model: no root label")
	case m.tagger.w.nClasses != len(m.tagger.upos) || m.parser.w.nClasses != m.parser.nClasses():
		return nil, errors.New("load model: weights do not match the classes")
	}
	for _, c := range m.tagger.dict {
		if c < 0 || c >= len(m.tagger.upos) {
			return nil, errors.New("load model: tag dictionary names an unknown class")
		}
	}
	return m, nil
}

type encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uvarint(v uint64) {
	if e.err == nil {
		n := binary.PutUvarint(e.buf[:], v)
		_, e.err = e.w.Write(e.buf[:n])
	}
}

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *encoder) strs(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) stringMap(m map[string]int) {
	keys := slices.Sorted(maps.Keys(m))
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.uvarint(uint64(m[k]))
	}
}

func (e *encoder) pairs(m map[string]string) {
	keys := slices.Sorted(maps.Keys(m))
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.str(m[k])
	}
}

// weights writes a model as: classes, scale, feature count, then per feature in key
// order the key's delta from the previous key, the entry count, and each entry's class
// and zig-zag weight.
func (e *encoder) weights(m *weights) {
	e.uvarint(uint64(m.nClasses))
	e.uvarint(math.Float64bits(m.scale))
	e.uvarint(uint64(m.features()))
	prev := uint64(0)
	m.each(func(key uint64, es []uint32) {
		e.uvarint(key - prev)
		prev = key
		e.uvarint(uint64(len(es)))
		for _, x := range es {
			q := int64(entryWeight(x))
			e.uvarint(uint64(entryClass(x)))
			e.uvarint(uint64((q << 1) ^ (q >> 63)))
		}
	})
}

type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = fmt.Errorf("truncated or corrupt: %w", err)
	}
	return v
}

func (d *decoder) count() int {
	n := d.uvarint()
	if n > maxStrings {
		d.fail("a count of %d is too large", n)
		return 0
	}
	return int(n)
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf(format, args...)
	}
}

func (d *decoder) str() string {
	n := d.count()
	if d.err != nil || n == 0 {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail("truncated string: %w", err)
		return ""
	}
	return string(b)
}

func (d *decoder) strs() []string {
	n := d.count()
	out := make([]string, 0, min(n, 1<<16))
	for i := 0; i < n && d.err == nil; i++ {
		out = append(out, d.str())
	}
	return out
}

func (d *decoder) stringMap() map[string]int {
	n := d.count()
	out := make(map[string]int, min(n, 1<<16))
	for i := 0; i < n && d.err == nil; i++ {
		k := d.str()
		out[k] = int(d.uvarint())
	}
	return out
}

func (d *decoder) pairs() map[string]string {
	n := d.count()
	out := make(map[string]string, min(n, 1<<16))
	for i := 0; i < n && d.err == nil; i++ {
		k := d.str()
		out[k] = d.str()
	}
	return out
}

func (d *decoder) weights() *weights {
	nClasses := d.count()
	scale := math.Float64frombits(d.uvarint())
	n := d.count()
	if d.err != nil {
		return &weights{}
	}
	if nClasses == 0 || nClasses > 1<<16 || !(scale > 0) {
		d.fail("bad weights header (%d classes, scale %g)", nClasses, scale)
		return &weights{}
	}
	b := &weightsBuilder{nClasses: nClasses, scale: scale}
	prev := uint64(0)
	var es []uint32
	for i := 0; i < n && d.err == nil; i++ {
		key := prev + d.uvarint()
		if i > 0 && key <= prev || key == 0 {
			d.fail("feature keys out of order")
			break
		}
		prev = key
		k := d.count()
		if k == 0 || k > nClasses {
			d.fail("a feature has %d entries for %d classes", k, nClasses)
			break
		}
		es = es[:0]
		for j := 0; j < k; j++ {
			c := d.uvarint()
			z := d.uvarint()
			q := int64(z>>1) ^ -int64(z&1)
			if c >= uint64(nClasses) || q < math.MinInt16 || q > math.MaxInt16 {
				d.fail("entry (%d, %d) out of range", c, q)
				break
			}
			es = append(es, entry(int(c), int16(q)))
		}
		b.add(key, es)
		if len(b.entries) > maxEntries {
			d.fail("more than %d weights", maxEntries)
		}
	}
	if d.err != nil {
		return &weights{}
	}
	return b.build()
}
