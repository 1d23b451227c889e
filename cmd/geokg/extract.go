package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/ingest"
)

func extractCommand() command {
	var format, outDir string
	var explain, noPatterns bool
	return command{
		name: "extract", args: "FILE...",
		summary: "Reads each article (txt, html, json, jsonl; - for standard input) and prints what would be\n" +
			"written to the graph, without a database. --format json prints the stable JSON documented in\n" +
			"the README: one indented object for a single article, one object per line for several.\n" +
			"--explain prints, sentence by sentence, the actors, the parse, the frames that fired or were\n" +
			"blocked (and why), and the relations read with the rule or frame and trigger behind each.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.BoolVar(&explain, "explain", false, "print why each relation was read (text only)")
			fs.BoolVar(&noPatterns, "no-patterns", false, "for developers: leave the pattern table out, to measure the frames on the parse alone")
			fs.StringVar(&format, "format", "text", "output format: text or json")
			fs.StringVar(&outDir, "out", "", "write each FILE's output to DIR/<name>.json (or .txt) instead of standard output; DIR is created if missing")
			gazetteerFlag(fs, o)
		},
		run: func(ctx context.Context, o *options, args []string) error {
			if format != "text" && format != "json" {
				return usageError{fmt.Sprintf("--format must be text or json, not %q", format)}
			}
			if len(args) == 0 {
				return usageError{"name at least one FILE (or - for standard input)"}
			}
			if explain && format != "text" {
				return usageError{"--explain prints text: leave out --format json"}
			}
			x, err := newExtractor(o)
			if err != nil {
				return err
			}
			if noPatterns {
				x = x.WithoutPatterns()
			}
			p := &ingest.Pipeline{Extractor: x}
			var bad []error
			for _, name := range args {
				docs, err := readArticles(name)
				if err != nil && len(docs) == 0 {
					return geokg.WrapError(geokg.CodeInvalidArgument, err, "") // it names the article
				}
				if err != nil { // bad lines of a JSON Lines file: the good ones are printed
					bad = append(bad, err)
					fmt.Fprintf(o.stderr, "skipped %v\n", strings.ReplaceAll(err.Error(), "\n", "\nskipped "))
				}
				w, done, err := output(o, outDir, name, format)
				if err != nil {
					return err
				}
				pr := printer{w: w, stderr: o.stderr, format: format, explain: explain,
					many: len(docs) > 1 || (outDir == "" && len(args) > 1), alone: len(docs) == 1 && len(args) == 1}
				failed, err := pr.print(ctx, p, docs)
				if err != nil {
					return err
				}
				bad = append(bad, failed...)
				if err := done(); err != nil {
					return err
				}
			}
			if len(bad) > 0 {
				return partialError{"some records could not be read or extracted"}
			}
			return nil
		},
	}
}

// articleReader is what extract needs of the pipeline: one document read, or read with
// the account of each sentence.
type articleReader interface {
	Extract(ctx context.Context, doc document.Document) (*geokg.Extraction, error)
	Explain(ctx context.Context, doc document.Document) (*extract.Explanation, error)
}

// printer prints the extractions of one input's documents to w.
type printer struct {
	w, stderr io.Writer
	format    string
	explain   bool
	many      bool // one JSON object per line, not indented
	alone     bool // the run's only document: its failure is the run's error
}

// print reads and prints each document in turn. A document whose extraction fails is
// reported on stderr, returned among the failures, and the rest go on; the failure of the
// run's only document (alone), an error writing the output, or ctx ending stops the run
// and is returned.
func (pr printer) print(ctx context.Context, r articleReader, docs []document.Document) (failed []error, err error) {
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return failed, err
		}
		show, err := pr.read(ctx, r, d)
		switch {
		case err != nil && (pr.alone || ctx.Err() != nil):
			return failed, err
		case err != nil:
			fmt.Fprintf(pr.stderr, "skipped %v\n", err)
			failed = append(failed, err)
		default:
			if err := show(); err != nil {
				return failed, fmt.Errorf("print: %w", err)
			}
		}
	}
	return failed, nil
}

// read reads one document and returns how to print what was read.
func (pr printer) read(ctx context.Context, r articleReader, d document.Document) (func() error, error) {
	if pr.explain {
		e, err := r.Explain(ctx, d)
		if err != nil {
			return nil, err
		}
		return func() error { return printExplanation(pr.w, d.Source, e) }, nil
	}
	ex, err := r.Extract(ctx, d)
	if err != nil {
		return nil, err
	}
	return func() error { return printExtraction(pr.w, pr.format, ex, pr.many) }, nil
}

// output returns where the extraction of the named file goes: standard output, or
// DIR/<name without extension>.json (.txt for text) when dir is set.
func output(o *options, dir, name, format string) (io.Writer, func() error, error) {
	if dir == "" {
		return o.stdout, func() error { return nil }, nil
	}
	ext := ".txt"
	if format == "json" {
		ext = ".json"
	}
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if name == "-" {
		base = "stdin"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, fmt.Errorf("create output folder: %w", err)
	}
	f, err := os.Create(filepath.Join(dir, base+ext))
	if err != nil {
		return nil, nil, fmt.Errorf("create output: %w", err)
	}
	return f, f.Close, nil
}

// readArticles reads one named file, or standard input for "-".
func readArticles(name string) ([]document.Document, error) {
	if name != document.Stdin {
		return document.ReadFile(name)
	}
	return document.ReadFrom("stdin.txt", os.Stdin)
}

func printExtraction(w io.Writer, format string, x *geokg.Extraction, many bool) error {
	if format == "json" {
		for i := range x.Relations {
			x.Relations[i].Confidence = geokg.RoundConfidence(x.Relations[i].Confidence)
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if !many {
			enc.SetIndent("", "  ")
		}
		return enc.Encode(x)
	}
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	var b strings.Builder
	fmt.Fprintf(&b, "article  %s\n", x.Article.ID)
	if x.Article.Title != "" {
		fmt.Fprintf(&b, "title    %s\n", x.Article.Title)
	}
	if x.Article.Published != "" {
		fmt.Fprintf(&b, "date     %s\n", x.Article.Published)
	}
	fmt.Fprintf(&b, "\nentities (%d)\n", len(x.Entities))
	for _, e := range x.Entities {
		extra := e.Code + e.Title
		if e.Subtype != "" {
			extra = string(e.Subtype)
		}
		fmt.Fprintf(&b, "  %-9s %-40s %s\n", e.Kind, e.Name, extra)
	}
	if len(x.Events) > 0 {
		fmt.Fprintf(&b, "\nevents (%d)\n", len(x.Events))
		for _, ev := range x.Events {
			fmt.Fprintf(&b, "  %-15s %-10s %s\n", ev.Type, orDash(ev.Date), strings.Join(ev.Targets, ", "))
		}
	}
	rels := append([]geokg.Relation(nil), x.Relations...)
	sort.SliceStable(rels, func(i, j int) bool { return rels[i].Start < rels[j].Start })
	fmt.Fprintf(&b, "\nrelations (%d)\n", len(rels))
	for _, r := range rels {
		fmt.Fprintf(&b, "  %s %s %s  [%.2f, %s]\n      %q\n", names[r.Subject], r.Type, names[r.Object], r.Confidence, orDash(r.Date), r.Evidence)
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
