package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/geokg/geokg/syntax"
)

// The treebank files, relative to the treebanks folder: training sets, and the test
// sets that eval reports one line each.
var (
	trainFiles = []string{
		"ud-english-ewt/en_ewt-ud-train.conllu",
		"ud-english-gum-cc-by/en_gum-cc-by-train.conllu",
	}
	devFiles = []string{
		"ud-english-ewt/en_ewt-ud-dev.conllu",
		"ud-english-gum-cc-by/en_gum-cc-by-dev.conllu",
	}
	evalSets = []struct{ name, file string }{
		{"ewt-test", "ud-english-ewt/en_ewt-ud-test.conllu"},
		{"gum-test", "ud-english-gum-cc-by/en_gum-cc-by-test.conllu"},
	}
)

const usage = `usage:
  geokg-syntax train [-treebanks DIR] [-out FILE] [-tagger-epochs N] [-parser-epochs N] [-folds N] [-tagger-prune F] [-parser-prune F]
  geokg-syntax eval  [-treebanks DIR] [-model FILE] [-dev]
`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "train":
		err = train(ctx, args[1:], stdout, stderr)
	case "eval":
		err = eval(args[1:], stdout)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "geokg-syntax: unknown command %q\n%s", args[0], usage)
		return 2
	}
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "geokg-syntax: %v\n%s", err, usage)
		return 2
	default:
		fmt.Fprintf(stderr, "geokg-syntax: %v\n", err)
		return 1
	}
}

type usageError struct{ error }

func defaultTreebanks() string {
	if v := os.Getenv("GEOKG_TREEBANKS"); v != "" {
		return v
	}
	return filepath.Join("..", "shared", "treebanks")
}

func readSets(dir string, files []string) ([]syntax.Sentence, error) {
	var all []syntax.Sentence
	for _, f := range files {
		s, err := readFile(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
	}
	return all, nil
}

func readFile(path string) ([]syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("treebank: %w", err)
	}
	defer f.Close()
	s, err := syntax.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func train(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dir := fs.String("treebanks", defaultTreebanks(), "folder of the UD treebanks")
	out := fs.String("out", filepath.Join("syntax", "model", "en.model"), "model file to write")
	te := fs.Int("tagger-epochs", 8, "tagger passes")
	pe := fs.Int("parser-epochs", 12, "parser passes")
	folds := fs.Int("folds", 4, "jackknife folds for the parser's training tags (1: gold tags)")
	tprune := fs.Float64("tagger-prune", 0.01, "drop tagger weights below this fraction of the largest")
	pprune := fs.Float64("parser-prune", 0.015, "drop parser weights below this fraction of the largest")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	start := time.Now()
	sents, err := readSets(*dir, trainFiles)
	if err != nil {
		return err
	}
	logf := func(format string, a ...any) {
		fmt.Fprintf(stderr, "%6.1fs  %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, a...))
	}
	logf("training on %d sentences", len(sents))
	info := fmt.Sprintf("trained on %d sentences of UD English EWT (CC BY-SA 4.0) and GUM's CC BY genres (CC BY 4.0); tagger %d epochs, parser %d epochs, %d jackknife folds, pruned at %g / %g",
		len(sents), *te, *pe, *folds, *tprune, *pprune)
	m, err := syntax.Train(sents, syntax.TrainOptions{TaggerEpochs: *te, ParserEpochs: *pe, Folds: *folds, TaggerPrune: *tprune, ParserPrune: *pprune, Seed: 1, Info: info, Logf: logf})
	if err != nil {
		return err
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	st := m.Stats()
	logf("wrote %s: %.1f MB; %d tag classes, %d labels; tagger %d features / %d weights, parser %d features / %d weights, %d lemma exceptions",
		*out, float64(buf.Len())/1e6, st.TagClasses, st.Labels, st.TaggerFeatures, st.TaggerWeights, st.ParserFeatures, st.ParserWeights, st.LemmaExceptions)
	dev, err := readSets(*dir, devFiles)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "dev %s\n", m.Evaluate(dev))
	return nil
}

func eval(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dir := fs.String("treebanks", defaultTreebanks(), "folder of the UD treebanks")
	model := fs.String("model", "", "model file (default: the model embedded in the binary)")
	dev := fs.Bool("dev", false, "also score the dev sets")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	var m *syntax.Model
	var err error
	if *model == "" {
		m, err = syntax.Default()
	} else {
		var f *os.File
		if f, err = os.Open(*model); err == nil {
			m, err = syntax.Load(f)
			f.Close()
		}
	}
	if err != nil {
		return err
	}
	sets := evalSets
	if *dev {
		sets = append(sets, struct{ name, file string }{"ewt-dev", devFiles[0]}, struct{ name, file string }{"gum-dev", devFiles[1]})
	}
	for _, set := range sets {
		gold, err := readFile(filepath.Join(*dir, set.file))
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s %s\n", set.name, m.Evaluate(gold))
	}
	return nil
}
