package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

func parseCommand() command {
	var format string
	return command{
		name: "parse", args: "FILE...",
		summary: "Reads each article (txt, html, json, jsonl; - for standard input) and prints its syntactic\n" +
			"analysis as the extractor sees it: sentences, words, UPOS and Penn tags, lemmas and the\n" +
			"Universal Dependencies tree. --format conllu (the default) prints CoNLL-U with each word's\n" +
			"byte range in the article text (TokenRange); --format text prints one indented tree per sentence.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&format, "format", "conllu", "output format: conllu or text")
		},
		run: func(ctx context.Context, o *options, args []string) error {
			if format != "conllu" && format != "text" {
				return usageError{fmt.Sprintf("--format must be conllu or text, not %q", format)}
			}
			if len(args) == 0 {
				return usageError{"name at least one FILE (or - for standard input)"}
			}
			m, err := syntax.Default()
			if err != nil {
				return err
			}
			w := bufio.NewWriter(o.stdout)
			defer w.Flush()
			for _, name := range args {
				docs, err := readArticles(name)
				if err != nil {
					return geokg.WrapError(geokg.CodeInvalidArgument, err, "") // it names the article
				}
				for _, d := range docs {
					if err := ctx.Err(); err != nil {
						return err
					}
					text := d.Text
					if d.Title != "" {
						text = d.Title + "\n\n" + text
					}
					fmt.Fprintf(w, "# newdoc id = %s\n", d.Source)
					m.EachSentence(text, func(s syntax.Sentence) bool {
						if format == "conllu" {
							err = syntax.WriteCoNLLU(w, []syntax.Sentence{s})
						} else {
							err = printTree(w, &s)
						}
						return err == nil
					})
					if err != nil {
						return fmt.Errorf("print: %w", err)
					}
				}
			}
			return w.Flush()
		},
	}
}

// printTree prints a sentence as an indented dependency tree, one word a line:
// relation, form, lemma and tags.
func printTree(w io.Writer, s *syntax.Sentence) error {
	if _, err := fmt.Fprintf(w, "# %s: %s\n", s.ID, s.Text); err != nil {
		return err
	}
	var walk func(head, depth int) error
	walk = func(head, depth int) error {
		for _, id := range s.Children(head) {
			x := s.Word(id)
			if _, err := fmt.Fprintf(w, "%s%-10s %s  (%s %s/%s) %d\n", strings.Repeat("  ", depth), x.Deprel, x.Form, x.Lemma, x.UPOS, x.XPOS, x.ID); err != nil {
				return err
			}
			if err := walk(id, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(0, 0); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}
