// Command geokg-learn measures whether a learned reader would add right relations to
// what the extractor's rules read, on annotated articles it was not trained on:
//
//	go run ./cmd/geokg-learn [-folds 5] [-variant multinomial|typed] DIR...   (make learn-cv)
//
// Each DIR holds articles NNN.txt with their gold NNN.gold.json (the layout of
// ../shared/eval/dev; `scripts/blind.py unpack` writes eval/blind's so). For each article
// the extractor's candidates, the pairs of actors its reading left in the sentences it
// parsed (extract.Extractor.Candidates), are labelled from the gold: a pair is of type T
// when the gold has a required interaction T between the gold entities its two entities
// resolve to (score.py's matching, package internal/scoring) whose evidence overlaps the pair's sentence, else
// NONE. A logistic classifier of the pairs (train.go) is trained and tested by
// cross-validation by article (article i is tested in fold i mod k; with -by-dir, each
// DIR's articles by a model trained on the other DIRs'); for each threshold
// on its probability the command prints how many relations it adds to the rules' output
// of the tested articles that the gold has (right), has as optional, or has not (wrong),
// and the interactions' precision and recall with them (score.py's figures, article
// level). Output is deterministic.
//
// With -train-corpus FILE (a JSON Lines corpus, ../shared/corpus/allsides-world.jsonl) it
// measures self-training instead (corpus.go): the classifier is trained on all the pairs
// of actors of the corpus's articles, labelled by what the rules themselves read between
// them (extract.Extractor.AllPairs), the annotated articles' own corpus lines left out,
// and reads the pairs the rules left in all the DIRs' articles; -show N prints its N
// likeliest additions with their sentences.
//
// With -rank-corpus FILE it ranks instead the pairs the rules leave in a corpus (rank.go):
// grouped by the head lemma of the path between the two actors and the path with its case
// words, most articles first, with the frame types the lexicon gives the head and an
// example; -rank N rows.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/internal/scoring"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "geokg-learn:", err)
		os.Exit(1)
	}
}

// article is one annotated article as the learner uses it: the rules' interactions and
// the gold's, as score.py's keys (scoring.Key), and the labelled pairs.
type article struct {
	fold                     int
	base, required, optional map[string]bool
	pairs                    []pair
}

// pair is one candidate with its label (an index of classes) and its entities' gold
// names ("?" and the extracted name for one the gold lacks).
type pair struct {
	features []string
	class    int
	src, tgt string
	sent     string // the sentence, of annotated articles only (-show)
}

// classes are the multinomial variant's classes: NONE and the interaction types.
var classes = func() []geokg.RelationType {
	out := []geokg.RelationType{"NONE"}
	for _, t := range geokg.RelationTypes {
		if !t.Structural() {
			out = append(out, t)
		}
	}
	return out
}()

// thresholds are the points of the printed curve.
var thresholds = []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}

func run(args []string) error {
	fs := flag.NewFlagSet("geokg-learn", flag.ContinueOnError)
	folds := fs.Int("folds", 5, "folds of the cross-validation by article")
	byDir := fs.Bool("by-dir", false, "one fold per DIR (trained on the others) instead of -folds")
	variant := fs.String("variant", "multinomial", "multinomial: one class per type; typed: one yes/no per type the frame lexicon offers on the path")
	p := trainParams{}
	fs.IntVar(&p.epochs, "epochs", 5, "passes over the examples")
	fs.Float64Var(&p.rate, "rate", 0.1, "AdaGrad step")
	fs.Float64Var(&p.l2, "l2", 1e-3, "weight decay")
	fs.IntVar(&p.minCount, "min-count", 3, "features seen fewer times in training are left out")
	trainCorpus := fs.String("train-corpus", "", "train on this corpus (JSON Lines) labelled by the rules' own reading, and test on all the DIRs' articles (their corpus lines left out of training)")
	show := fs.Int("show", 0, "with -train-corpus, print the N likeliest additions with their sentences")
	workers := fs.Int("workers", runtime.NumCPU(), "with -train-corpus or -rank-corpus, extractions at a time")
	rankFile := fs.String("rank-corpus", "", "rank the pairs the rules leave in this corpus (JSON Lines) by head lemma and path, most articles first; no DIR")
	rankRows := fs.Int("rank", 200, "with -rank-corpus, the rows printed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *rankFile != "" {
		g, err := gazetteer.Load()
		if err != nil {
			return err
		}
		rows, err := rankCorpus(extract.New(g), *rankFile, *workers)
		if err != nil {
			return err
		}
		fmt.Println("articles\tpairs\thead\tshape\tframe types\texample")
		printRanking(os.Stdout, rows, *rankRows)
		return nil
	}
	if *byDir {
		*folds = fs.NArg()
	}
	if *trainCorpus != "" && fs.NArg() > 0 {
		*folds = 2 // unused: no cross-validation
	}
	if *folds < 2 || fs.NArg() == 0 {
		return fmt.Errorf("usage: geokg-learn [-folds K>=2 | -by-dir | -train-corpus FILE] [-variant multinomial|typed] DIR...")
	}
	var inst instances
	switch *variant {
	case "multinomial":
		inst = multinomial
	case "typed":
		inst = typed
	default:
		return fmt.Errorf("unknown variant %q (multinomial or typed)", *variant)
	}
	arts, err := readArticles(fs.Args())
	if err != nil {
		return err
	}
	if *trainCorpus != "" {
		lines, texts, err := annotated(fs.Args())
		if err != nil {
			return err
		}
		g, err := gazetteer.Load()
		if err != nil {
			return err
		}
		corpus, left, err := readCorpus(extract.New(g), *trainCorpus, lines, texts, *workers)
		if err != nil {
			return err
		}
		fmt.Printf("training on %s, %d articles (%d annotated left out), labelled by the rules' reading\n", *trainCorpus, len(corpus), left)
		printLabels(corpus)
		fmt.Print("testing on the pairs the rules left: ")
		printLabels(arts)
		held := trainOnCorpus(corpus, arts, p, inst)
		printCurve(arts, held)
		if *show > 0 {
			printAdditions(arts, held, *show)
		}
		return nil
	}
	for i := range arts {
		if !*byDir {
			arts[i].fold = i % *folds
		}
	}
	printLabels(arts)
	printCurve(arts, crossValidate(arts, *folds, p, inst))
	return nil
}

// readArticles extracts and labels the articles of the directories, in name order.
func readArticles(dirs []string) ([]article, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	x := extract.New(g)
	var arts []article
	for di, dir := range dirs {
		names, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
		if err != nil {
			return nil, err
		}
		sort.Strings(names)
		for _, gp := range names {
			a, err := readArticle(x, gp)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", gp, err)
			}
			a.fold = di
			arts = append(arts, a)
		}
	}
	return arts, nil
}

// readArticle extracts the article of the gold file gp and labels its candidates.
func readArticle(x *extract.Extractor, gp string) (article, error) {
	gd, err := readGold(gp)
	if err != nil {
		return article{}, err
	}
	docs, err := document.ReadFile(strings.TrimSuffix(gp, ".gold.json") + ".txt")
	if err != nil {
		return article{}, err
	}
	if len(docs) != 1 {
		return article{}, fmt.Errorf("want one article, got %d", len(docs))
	}
	d := docs[0]
	ex, cands, err := x.Candidates(context.Background(), d.Text, geokg.Article{Title: d.Title, URL: d.URL, Published: d.Published})
	if err != nil {
		return article{}, err
	}
	idx := scoring.NewIndex(gd.Entities)
	a := article{base: map[string]bool{}, required: map[string]bool{}, optional: map[string]bool{}}
	ents := map[string]geokg.Entity{}
	for _, e := range ex.Entities {
		ents[e.ID] = e
	}
	for _, r := range ex.Relations {
		if !r.Type.Structural() {
			a.base[scoring.Key(idx.Resolve(ents[r.Subject]), string(r.Type), idx.Resolve(ents[r.Object]))] = true
		}
	}
	spans := make([][2]int, len(gd.Relations))
	for i, r := range gd.Relations {
		switch k := scoring.Key(r.Subject, string(r.Type), r.Object); {
		case r.Type.Structural():
		case r.Optional:
			a.optional[k] = true
		default:
			a.required[k] = true
			if spans[i][0], spans[i][1] = evidenceSpan(d.Text, r.Evidence); spans[i][0] < 0 {
				return article{}, fmt.Errorf("evidence %q is not in the article", r.Evidence)
			}
		}
	}
	for _, c := range cands {
		p := pair{features: c.Features, src: idx.Resolve(c.Source), tgt: idx.Resolve(c.Target), sent: d.Text[c.Start:c.End]}
		for i, r := range gd.Relations {
			if r.Optional || r.Type.Structural() || spans[i][1] <= c.Start || spans[i][0] >= c.End {
				continue
			}
			if r.Subject == p.src && r.Object == p.tgt || r.Type.Symmetric() && r.Subject == p.tgt && r.Object == p.src {
				p.class = classIndex(r.Type)
				break
			}
		}
		a.pairs = append(a.pairs, p)
	}
	return a, nil
}

// classIndex returns t's index in classes.
func classIndex(t geokg.RelationType) int {
	for i, c := range classes {
		if c == t {
			return i
		}
	}
	return 0
}

// printLabels prints the number of articles and pairs and the positive pairs by type.
func printLabels(arts []article) {
	n, pos := 0, map[geokg.RelationType]int{}
	for _, a := range arts {
		n += len(a.pairs)
		for _, q := range a.pairs {
			if q.class > 0 {
				pos[classes[q.class]]++
			}
		}
	}
	fmt.Printf("%d articles, %d pairs left by the rules; positive:", len(arts), n)
	for _, t := range classes[1:] {
		if pos[t] > 0 {
			fmt.Printf(" %s %d", t, pos[t])
		}
	}
	fmt.Println()
}

// reading is what a tested pair would add: its relation's key and probability.
type reading struct {
	key  string
	prob float64
	sent string
}

// printCurve prints the rules' interaction figures on the articles, then, for each
// threshold, what the readings of at least that probability add to them (each key once
// per article, none the rules have): right (required by the gold), optional, wrong, and
// the precision and recall with them.
func printCurve(arts []article, held [][]reading) {
	tp, fp, fn := 0, 0, 0
	for _, a := range arts {
		t, f, n := scoring.Compare(a.base, a.required, a.optional)
		tp, fp, fn = tp+len(t), fp+len(f), fn+len(n)
	}
	p0, r0 := ratio(tp, tp+fp), ratio(tp, tp+fn)
	fmt.Printf("rules alone: interactions tp %d fp %d fn %d P %.3f R %.3f\n", tp, fp, fn, p0, r0)
	fmt.Println("threshold\tadded\tright\toptional\twrong\tP\tR\tdP\tdR")
	for _, th := range thresholds {
		right, opt, wrong := 0, 0, 0
		for i, a := range arts {
			added := map[string]bool{}
			for _, r := range held[i] {
				if r.prob < th || a.base[r.key] || added[r.key] {
					continue
				}
				added[r.key] = true
				switch {
				case a.required[r.key]:
					right++
				case a.optional[r.key]:
					opt++
				default:
					wrong++
				}
			}
		}
		p, r := ratio(tp+right, tp+fp+right+wrong), ratio(tp+right, tp+fn)
		fmt.Printf("%.2f\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%+.3f\t%+.3f\n", th, right+opt+wrong, right, opt, wrong, p, r, p-p0, r-r0)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
