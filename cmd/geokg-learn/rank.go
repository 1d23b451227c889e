package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/extract"
)

// Ranking (-rank-corpus FILE): the pairs of actors the rules leave in a corpus's articles
// (extract.Extractor.Candidates), grouped by the head lemma of the dependency path between
// the two and the path with its case words (Candidate.Shape: "nsubj<meet>obl:with"), and
// ranked by the number of articles each group occurs in: where a construction the rules
// do not read is frequent, and what the frame lexicon offers for its head. Each pair is
// counted once, in the order of the text (the actor named first as the source). Left out:
// a pair the rules related anywhere in the article (any relation either way, from another
// sentence or between other mentions: an official and the state he leads, a meeting told
// twice), a pair whose path joins the parts of a name, a title or a list ("conj", "flat",
// "appos", "nmod:desc", "list", "parataxis"), and one whose path's head is a proper noun (a
// word of a name).

// rankRow is one group of the ranking: its first pair (its head, shape and types, and
// the example), and the articles and pairs it holds.
type rankRow struct {
	leftPair
	articles, pairs int
}

// leftPair is a pair of actors the rules left (unrelated): the head and shape of the path
// between them, the frame types the lexicon gives the head, and the pair and sentence as
// an example.
type leftPair struct {
	head, shape string
	types       []string
	example     string
}

// rankCorpus extracts the corpus's articles (JSON Lines) with workers extractions at a
// time and returns the ranking of the pairs the rules left, most articles first (then
// most pairs, then head and shape in byte order).
func rankCorpus(x *extract.Extractor, path string, workers int) ([]rankRow, error) {
	docs, err := document.ReadFile(path)
	if err != nil {
		return nil, err
	}
	left := make([][]leftPair, len(docs))
	errs := eachDocument(docs, workers, func(i int, d document.Document) error {
		ex, cands, err := x.Candidates(context.Background(), d.Text, geokg.Article{Title: d.Title, URL: d.URL, Published: d.Published})
		if err != nil {
			return err
		}
		left[i] = unrelated(ex, cands, d.Text)
		return nil
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return rankPairs(left), nil
}

// unrelated returns the candidates in the order of the text between two entities that the
// extraction relates nowhere whose path is more than a name's, a title's or a list's and
// whose head is no proper noun, each with the frame types of its head and an example (its
// pair and sentence).
func unrelated(ex *geokg.Extraction, cands []extract.Candidate, text string) []leftPair {
	related := map[[2]string]bool{}
	for _, r := range ex.Relations {
		related[[2]string{r.Subject, r.Object}] = true
		related[[2]string{r.Object, r.Subject}] = true
	}
	var out []leftPair
	for _, c := range cands {
		if related[[2]string{c.Source.ID, c.Target.ID}] || nameOrList(c.Path) ||
			slices.Contains(c.Features, "order=back") || slices.Contains(c.Features, "headpos=PROPN") {
			continue
		}
		sent := ""
		if c.Start >= 0 && c.End <= len(text) && c.Start < c.End {
			sent = strings.Join(strings.Fields(text[c.Start:c.End]), " ")
		}
		var types []string
		for _, f := range c.Features {
			if t, ok := strings.CutPrefix(f, "headtype="); ok {
				types = append(types, t)
			}
		}
		out = append(out, leftPair{head: c.Trigger, shape: c.Shape, types: types, example: c.Source.Name + " -> " + c.Target.Name + " | " + sent})
	}
	return out
}

// nameOrList reports whether the path's relations include one that joins the parts of a
// name or a title ("nmod:desc": "President Ruiz") or the items of a list.
func nameOrList(path string) bool {
	for _, part := range strings.FieldsFunc(path, func(r rune) bool { return r == '<' || r == '>' }) {
		switch strings.SplitN(part, ":", 2)[0] {
		case "conj", "flat", "appos", "list", "parataxis":
			return true
		}
		if strings.HasPrefix(part, "nmod:desc") {
			return true
		}
	}
	return false
}

// rankPairs groups the articles' left pairs (from unrelated) by head and shape.
func rankPairs(left [][]leftPair) []rankRow {
	rows := map[[2]string]*rankRow{}
	seen := map[[2]string]map[int]bool{}
	for i, cands := range left {
		for _, c := range cands {
			k := [2]string{c.head, c.shape}
			r := rows[k]
			if r == nil {
				r = &rankRow{leftPair: c}
				rows[k], seen[k] = r, map[int]bool{}
			}
			r.pairs++
			if !seen[k][i] {
				seen[k][i] = true
				r.articles++
			}
		}
	}
	out := make([]rankRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.articles != b.articles {
			return a.articles > b.articles
		}
		if a.pairs != b.pairs {
			return a.pairs > b.pairs
		}
		if a.head != b.head {
			return a.head < b.head
		}
		return a.shape < b.shape
	})
	return out
}

// printRanking writes the first n rows of the ranking, one a line: articles, pairs, head,
// shape, the head's frame types ("-" for none) and the example.
func printRanking(w io.Writer, rows []rankRow, n int) {
	for _, r := range rows[:min(n, len(rows))] {
		types := strings.Join(r.types, ",")
		if types == "" {
			types = "-"
		}
		fmt.Fprintf(w, "%d\t%d\t%s\t%s\t%s\t%s\n", r.articles, r.pairs, r.head, r.shape, types, r.example)
	}
}
