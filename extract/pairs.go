package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
	"github.com/geokg/geokg/syntax"
)

// The pairs of actors the reading left (Extractor.Candidates): for each ordered pair of
// the actors the frames read in a parsed sentence, between which no interaction was
// written from it, the features a learned reader would score (pairFeatures): the
// dependency path between the two, its head's lemma and the frame types the lexicon gives
// it, the words on the path and between the two, negation, modality, quotation, the
// entities' kinds and their order. cmd/geokg-learn labels them from annotated articles and
// measures, by cross-validation by article, what a classifier trained on them would add.
// No reading is written from them: the measure found none worth it (docs/extraction.md,
// "A learned reader of the pairs the rules leave").

// Candidate is one pair of actors of a sentence that the reading left: the sentence's
// byte offsets, the two entities in the order of the reading (Source first) and the
// features of the pair, with the head of the dependency path between them (Trigger), the
// path ("nsubj<accuse>obj") and the path with the case word or subordinator of each word
// on it that has one (Shape: "nsubj<meet>obl:with", "nmod:poss:'s<visit>nmod:to"), for
// ranking the paths by their construction (geokg-learn -rank-corpus); the features use
// Path only.
type Candidate struct {
	Start, End           int
	Source, Target       geokg.Entity
	Features             []string
	Trigger, Path, Shape string
	// Read is, for AllPairs, the type of the interaction the rules wrote from the
	// sentence from Source to Target (either way for a symmetric type); "" for none.
	Read geokg.RelationType
}

// collectPairs appends the pairs sentence si leaves (leftPairs) to the document's
// candidates when it collects them (Extractor.Candidates) and the frames parsed it.
func (d *document) collectPairs(si int) {
	if d.candidates == nil || d.parsed == nil || len(d.readActors) < 2 {
		return
	}
	*d.candidates = append(*d.candidates, d.leftPairs(si)...)
}

// leftPairs returns the ordered pairs of the actors of sentence si (readActors) that
// name two entities, each of its first mention only, between which no interaction was
// written from the sentence, with their features.
func (d *document) leftPairs(si int) []Candidate {
	s := d.parsed
	sent := d.sents[si]
	toks := sent.Tokens
	quoted := slices.Contains(d.sentenceQuotes(si), true)
	var out []Candidate
	seen := map[[2]*entity]bool{}
	for _, a := range d.readActors {
		for _, b := range d.readActors {
			if a.ent == b.ent || seen[[2]*entity{a.ent, b.ent}] {
				continue
			}
			read := d.readIn(si, a.ent, b.ent)
			if read == "" && d.relatedIn(si, a.ent, b.ent) {
				read = none // related the other way only
			}
			if read != "" && !d.allPairs {
				continue
			}
			seen[[2]*entity{a.ent, b.ent}] = true
			ha, hb := spanHead(s, toks[a.Start].Start, toks[a.End-1].End), spanHead(s, toks[b.Start].Start, toks[b.End-1].End)
			if ha == 0 || hb == 0 || ha == hb {
				continue
			}
			c := pairFeatures(s, ha, hb, d.x.lexicon)
			c.Start, c.End = sent.Start, sent.End
			c.Source, c.Target = a.ent.public(), b.ent.public()
			if read != none {
				c.Read = read
			}
			c.Features = append(c.Features, "kinds="+kindFeature(a.ent)+">"+kindFeature(b.ent))
			if quoted {
				c.Features = append(c.Features, "quoted")
			}
			out = append(out, c)
		}
	}
	return out
}

// relatedIn reports whether an interaction between a and b, either way, was written
// from sentence si.
func (d *document) relatedIn(si int, a, b *entity) bool {
	start := d.sents[si].Start
	for k := len(d.rels) - 1; k >= 0 && d.rels[k].Start == start; k-- {
		r := d.rels[k]
		if !r.Type.Structural() && (r.Subject == a.id && r.Object == b.id || r.Subject == b.id && r.Object == a.id) {
			return true
		}
	}
	return false
}

// none marks, in leftPairs, a pair related only the other way: a NONE of AllPairs.
const none geokg.RelationType = "-"

// readIn returns the type of the first interaction written from sentence si from a to
// b, or either way for a symmetric type, or "".
func (d *document) readIn(si int, a, b *entity) geokg.RelationType {
	start := d.sents[si].Start
	k := len(d.rels) - 1
	for k >= 0 && d.rels[k].Start == start {
		k--
	}
	for _, r := range d.rels[k+1:] {
		if !r.Type.Structural() && (r.Subject == a.id && r.Object == b.id || r.Type.Symmetric() && r.Subject == b.id && r.Object == a.id) {
			return r.Type
		}
	}
	return ""
}

// public returns the entity as the extraction names it: id, kind, name, code and the
// aliases found so far, sorted.
func (e *entity) public() geokg.Entity {
	g := geokg.Entity{ID: e.id, Kind: e.kind, Name: e.name, Code: e.code}
	for a := range e.aliases {
		g.Aliases = append(g.Aliases, a)
	}
	slices.Sort(g.Aliases)
	return g
}

// kindFeature names an entity's kind for the features, a group by its subtype.
func kindFeature(e *entity) string {
	if e.kind == geokg.KindGroup {
		return string(e.subtype)
	}
	return string(e.kind)
}

// pairFeatures returns the features of the pair of words a and b (1-based) of s: the
// dependency path between them through their lowest common head (its lemma, part of
// speech and the frame types the lexicon gives its lemma), the lemmas and frame types
// on the path, the two words' relations, the words between them, negation and modality
// of the head, order and distance; and the path's head and path as a Candidate's
// Trigger and Path.
func pairFeatures(s *syntax.Sentence, a, b int, lex *frames.Lexicon) Candidate {
	up, down, top := pathBetween(s, a, b)
	lemma := func(i int) string { return strings.ToLower(s.Words[i-1].Lemma) }
	var rels, marked []string
	for _, i := range up {
		rels = append(rels, s.Words[i-1].Deprel+"<")
		marked = append(marked, caseMarked(s, i)+"<")
	}
	head := lemma(top)
	rels = append(rels, head)
	marked = append(marked, head)
	for k := len(down) - 1; k >= 0; k-- {
		rels = append(rels, ">"+s.Words[down[k]-1].Deprel)
		marked = append(marked, ">"+caseMarked(s, down[k]))
	}
	path := strings.Join(rels, "")
	ra, rb := s.Words[a-1].Deprel, s.Words[b-1].Deprel
	bare := strings.Replace(path, "<"+head+">", "<_>", 1)
	f := []string{"bias", "path=" + path, "shape=" + bare, "head=" + head, "headpos=" + s.Words[top-1].UPOS,
		"roles=" + ra + "|" + rb, "headroles=" + head + "|" + ra + "|" + rb, "len=" + strconv.Itoa(min(len(up)+len(down), 5))}
	for _, t := range frameTypes(lex, head, s.Words[top-1].UPOS) {
		f = append(f, "headtype="+t, "headtype|shape="+t+"|"+bare)
	}
	for _, i := range append(append([]int{}, up...), down...) {
		if i == a || i == b {
			continue
		}
		f = append(f, "on="+lemma(i))
		for _, t := range frameTypes(lex, lemma(i), s.Words[i-1].UPOS) {
			f = append(f, "ontype="+t)
		}
	}
	lo, hi := min(a, b), max(a, b)
	for i := lo + 1; i < hi && i < lo+12; i++ {
		if s.Words[i-1].UPOS != "PUNCT" && s.Words[i-1].UPOS != "DET" {
			f = append(f, "between="+lemma(i))
		}
	}
	for i := range s.Words {
		w := &s.Words[i]
		if w.Head != top {
			continue
		}
		switch l := strings.ToLower(w.Lemma); {
		case l == "not" || l == "never" || l == "n't":
			f = append(f, "negated")
		case w.Deprel == "aux" && modalAux[l]:
			f = append(f, "modal")
		}
	}
	if a > b {
		f = append(f, "order=back")
	}
	return Candidate{Features: f, Trigger: head, Path: path, Shape: strings.Join(marked, "")}
}

// caseMarked returns the relation of word i (1-based) of s to its head with the lemma of
// its first case or mark dependent, if any: "obl:with", "advcl:if", "nmod:poss:'s".
func caseMarked(s *syntax.Sentence, i int) string {
	d := s.Words[i-1].Deprel
	for _, w := range s.Words {
		if w.Head == i && (w.Deprel == "case" || w.Deprel == "mark") {
			return d + ":" + strings.ToLower(w.Lemma)
		}
	}
	return d
}

// frameTypes returns the relation types of the frames the lexicon has for lemma as pos,
// each once, in the lexicon's order.
func frameTypes(lex *frames.Lexicon, lemma, pos string) []string {
	var out []string
	for _, fr := range lex.Lookup(lemma, pos) {
		if !slices.Contains(out, string(fr.Type)) {
			out = append(out, string(fr.Type))
		}
	}
	return out
}

// pathBetween returns the dependency path between the words a and b of s: the words
// from a up to (not including) their lowest common head, the words from b up to it, and
// the head (a or b itself when one heads the other).
func pathBetween(s *syntax.Sentence, a, b int) (up, down []int, top int) {
	above := map[int]bool{}
	for i, k := a, 0; i > 0 && k <= len(s.Words); i, k = s.Words[i-1].Head, k+1 {
		above[i] = true
	}
	for i, k := b, 0; i > 0 && k <= len(s.Words); i, k = s.Words[i-1].Head, k+1 {
		if above[i] {
			for j := a; j != i; j = s.Words[j-1].Head {
				up = append(up, j)
			}
			return up, down, i
		}
		down = append(down, i)
	}
	// no common head (a broken tree): the two roots' paths, joined at a's root
	down = down[:0]
	for i := b; i > 0 && len(down) <= len(s.Words); i = s.Words[i-1].Head {
		down = append(down, i)
	}
	for i := a; i > 0 && len(up) <= len(s.Words); i = s.Words[i-1].Head {
		up = append(up, i)
	}
	return up[:len(up)-1], down, up[len(up)-1]
}
