package extract

import (
	"context"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
	"github.com/geokg/geokg/syntax"
)

// Explanation is what the extractor saw and decided in one article, sentence by
// sentence, for the people who check the graph (`geokg extract --explain`).
type Explanation struct {
	Extraction *geokg.Extraction
	Sentences  []SentenceTrace
}

// SentenceTrace is one sentence of an Explanation.
type SentenceTrace struct {
	Start, End int // byte offsets of the sentence in the text
	Text       string
	// Actors are the entities named in the sentence (pronouns and descriptions
	// resolved), with the words that name them.
	Actors []ActorMention
	// Parse is the sentence's syntactic analysis; it is nil when the sentence names
	// fewer than two actors, which no frame can relate.
	Parse *syntax.Sentence
	// Frames are the frames that fired on the parse, and those that were blocked
	// (Blocked says why); Source and Target index Actors.
	Frames []frames.Match
	// Relations are the relations read from the sentence, by any rule or frame.
	Relations []geokg.Relation
}

// ActorMention is an entity named in a sentence.
type ActorMention struct {
	Text     string // the words, as written
	EntityID string
	Name     string
}

// Explain extracts one article as Extract does and also returns, per sentence, its
// actors, its parse, the frames that fired or were blocked and why, and the relations
// read from it. It fails as Extract does.
func (x *Extractor) Explain(ctx context.Context, text string, meta geokg.Article) (*Explanation, error) {
	tr := &trace{}
	ex, err := x.extract(ctx, text, meta, tr, nil, false)
	if err != nil {
		return nil, err
	}
	out := &Explanation{Extraction: ex}
	byStart := map[int][]geokg.Relation{}
	for _, r := range ex.Relations {
		byStart[r.Start] = append(byStart[r.Start], r)
	}
	for _, s := range tr.sents {
		s.Relations = byStart[s.Start]
		if len(s.Actors) == 0 && len(s.Relations) == 0 {
			continue
		}
		out.Sentences = append(out.Sentences, s)
	}
	return out, nil
}

// trace collects the per-sentence record of an Explain call.
type trace struct {
	sents []SentenceTrace
}

// record adds what the frame stage saw in sentence si.
func (d *document) record(si int, actors []*Mention, parse *syntax.Sentence, ms []frames.Match) {
	if d.trace == nil {
		return
	}
	sent := d.sents[si]
	toks := sent.Tokens
	st := SentenceTrace{Start: sent.Start, End: sent.End, Text: d.text[sent.Start:sent.End], Parse: parse, Frames: ms}
	for _, m := range actors {
		st.Actors = append(st.Actors, ActorMention{
			Text: d.text[toks[m.Start].Start:toks[m.End-1].End], EntityID: m.ent.id, Name: m.ent.name})
	}
	d.trace.sents = append(d.trace.sents, st)
}
