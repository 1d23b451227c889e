package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/extract"
)

// Self-training (-train-corpus FILE): the classifier is trained on the pairs of actors of
// a corpus's articles, labelled by the rules' own reading (extract.Extractor.AllPairs): a
// pair is of type T when the rules wrote an interaction T between the two from its
// sentence, else NONE; the features are those of the pairs the rules leave, nothing that
// names the rule that read. The model then reads the pairs the rules left in the annotated
// articles, whose corpus lines (and any corpus article of the same text) are left out of
// training.

// sourceLine finds the corpus line an annotated article's file names (scripts/blind.py).
var sourceLine = regexp.MustCompile(`(?m)^source_repo: allsides-world corpus line (\d+)$`)

// annotated returns the corpus lines the annotated articles of the directories name in
// their headers, and their texts.
func annotated(dirs []string) (map[int]bool, map[string]bool, error) {
	lines, texts := map[int]bool{}, map[string]bool{}
	for _, dir := range dirs {
		golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
		if err != nil {
			return nil, nil, err
		}
		for _, gp := range golds {
			tp := strings.TrimSuffix(gp, ".gold.json") + ".txt"
			b, err := os.ReadFile(tp)
			if err != nil {
				return nil, nil, err
			}
			if m := sourceLine.FindSubmatch(b); m != nil {
				n, _ := strconv.Atoi(string(m[1]))
				lines[n] = true
			}
			docs, err := document.ReadFile(tp)
			if err != nil {
				return nil, nil, err
			}
			for _, d := range docs {
				texts[strings.TrimSpace(d.Text)] = true
			}
		}
	}
	return lines, texts, nil
}

// readCorpus extracts the articles of the corpus file (JSON Lines) but the lines of
// exclude and those whose text is one of texts, and labels all their pairs by the rules'
// reading, with workers extractions at a time; articles in line order.
func readCorpus(x *extract.Extractor, path string, exclude map[int]bool, texts map[string]bool, workers int) ([]article, int, error) {
	docs, err := document.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	var keep []document.Document
	for i, d := range docs {
		if !exclude[i+1] && !texts[strings.TrimSpace(d.Text)] {
			keep = append(keep, d)
		}
	}
	arts := make([]article, len(keep))
	errs := eachDocument(keep, workers, func(i int, d document.Document) error {
		_, cands, err := x.AllPairs(context.Background(), d.Text, geokg.Article{Title: d.Title, URL: d.URL, Published: d.Published})
		if err != nil {
			return err
		}
		arts[i] = article{pairs: selfLabelled(cands)}
		return nil
	})
	var out []article
	for i, a := range arts {
		if errs[i] != nil {
			fmt.Fprintln(os.Stderr, "geokg-learn: skipped", errs[i])
			continue
		}
		out = append(out, a)
	}
	return out, len(docs) - len(keep), nil
}

// selfLabelled returns the pairs of the candidates, each of the class of the type the
// rules read between them (Candidate.Read), NONE when they read none.
func selfLabelled(cands []extract.Candidate) []pair {
	var out []pair
	for _, c := range cands {
		out = append(out, pair{features: c.Features, class: classIndex(c.Read), src: c.Source.Name, tgt: c.Target.Name})
	}
	return out
}

// trainOnCorpus trains the variant on the corpus articles and reads each annotated
// article's pairs with it.
func trainOnCorpus(corpus, arts []article, p trainParams, inst instances) [][]reading {
	m := fit(corpus, p, inst)
	held := make([][]reading, len(arts))
	for i, a := range arts {
		held[i] = m.read(a.pairs, inst)
	}
	return held
}

// printAdditions prints the n likeliest readings that add to the rules' output, each
// with the gold's verdict and its sentence.
func printAdditions(arts []article, held [][]reading, n int) {
	type add struct {
		reading
		verdict, sent string
	}
	var all []add
	for i, a := range arts {
		for _, r := range held[i] {
			if a.base[r.key] {
				continue
			}
			v := "wrong"
			switch {
			case a.required[r.key]:
				v = "right"
			case a.optional[r.key]:
				v = "optional"
			}
			all = append(all, add{r, v, r.sent})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].prob > all[j].prob })
	seen := map[string]bool{}
	for _, a := range all {
		if n == 0 {
			break
		}
		if seen[a.key+a.sent] {
			continue
		}
		seen[a.key+a.sent] = true
		n--
		fmt.Printf("%.3f\t%s\t%s\t%s\n", a.prob, a.verdict, a.key, strings.Join(strings.Fields(a.sent), " "))
	}
}

// eachDocument calls f on every document, from workers goroutines (at least one), and
// returns f's errors by document, each wrapped with its document's source.
func eachDocument(docs []document.Document, workers int, f func(i int, d document.Document) error) []error {
	errs := make([]error, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if err := f(i, docs[i]); err != nil {
					errs[i] = fmt.Errorf("%s: %w", docs[i].Source, err)
				}
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return errs
}
