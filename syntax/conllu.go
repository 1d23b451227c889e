package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// maxCoNLLULine bounds one line of CoNLL-U input (a comment can hold a long sentence).
const maxCoNLLULine = 1 << 20

// ReadCoNLLU reads sentences in the CoNLL-U format. Multiword-token lines (1-2) and empty
// nodes (8.1) are skipped: the words are the syntactic words. It returns an error naming
// the line of the first malformed entry.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	err := EachCoNLLU(r, func(s Sentence) error { out = append(out, s); return nil })
	return out, err
}

// EachCoNLLU calls fn for each sentence read from r, in order, and stops at the first
// error, returned as is from fn or with the line number from the reader.
func EachCoNLLU(r io.Reader, fn func(Sentence) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxCoNLLULine)
	var cur Sentence
	line := 0
	flush := func() error {
		if len(cur.Words) == 0 {
			cur = Sentence{}
			return nil
		}
		s := cur
		cur = Sentence{}
		return fn(s)
	}
	for sc.Scan() {
		line++
		text := sc.Text()
		switch {
		case strings.TrimSpace(text) == "":
			if err := flush(); err != nil {
				return err
			}
			continue
		case strings.HasPrefix(text, "#"):
			if v, ok := strings.CutPrefix(text, "# sent_id = "); ok {
				cur.ID = v
			} else if v, ok := strings.CutPrefix(text, "# text = "); ok {
				cur.Text = v
			}
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return fmt.Errorf("conllu line %d: %d columns, want 10", line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil || id != len(cur.Words)+1 {
			return fmt.Errorf("conllu line %d: word id %q out of order", line, cols[0])
		}
		head, err := strconv.Atoi(cols[6])
		if err != nil {
			if cols[6] != "_" {
				return fmt.Errorf("conllu line %d: head %q is not a number", line, cols[6])
			}
			head = -1
		}
		cur.Words = append(cur.Words, Word{
			ID: id, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
			Head: head, Deprel: cols[7], Start: -1, End: -1,
			SpaceAfter: !strings.Contains(cols[9], "SpaceAfter=No"),
		})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("conllu line %d: %w", line+1, err)
	}
	return flush()
}

// WriteCoNLLU writes sentences in the CoNLL-U format, with sent_id and text comments.
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for i := range sents {
		writeSentence(bw, &sents[i])
	}
	return bw.Flush()
}

func writeSentence(bw *bufio.Writer, s *Sentence) {
	if s.ID != "" {
		bw.WriteString("# sent_id = " + s.ID + "\n")
	}
	if s.Text != "" {
		bw.WriteString("# text = " + strings.ReplaceAll(s.Text, "\n", " ") + "\n")
	}
	for _, w := range s.Words {
		misc := "_"
		if !w.SpaceAfter {
			misc = "SpaceAfter=No"
		}
		if w.Start >= 0 {
			r := "TokenRange=" + itoa(w.Start) + ":" + itoa(w.End)
			if misc == "_" {
				misc = r
			} else {
				misc += "|" + r
			}
		}
		feats := w.Feats
		if feats == "" {
			feats = "_"
		}
		deps := "_"
		if w.Head >= 0 && w.Deprel != "" {
			deps = itoa(w.Head) + ":" + w.Deprel
		}
		head := "_"
		if w.Head >= 0 {
			head = itoa(w.Head)
		}
		bw.WriteString(strings.Join([]string{itoa(w.ID), field(w.Form), field(w.Lemma), field(w.UPOS),
			field(w.XPOS), feats, head, field(w.Deprel), deps, misc}, "\t"))
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
}

// field keeps a CoNLL-U column well formed: no tabs or newlines, "_" when empty.
func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
