// Command evalpred runs the extractor over evaluation articles (NNN.txt files with a
// header ended by a "---" line) and writes one NNN.json per article, the input of
// ../shared/eval/score.py. It is a development tool of the extract package.
//
//	go run ./extract/internal/evalpred -out DIR FILE.txt...
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
)

func main() {
	out := flag.String("out", "pred", "directory for the NNN.json predictions")
	gazFile := flag.String("gazetteer", "", "extra gazetteer file (YAML or JSON)")
	flag.Parse()
	if err := run(*out, *gazFile, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "evalpred:", err)
		os.Exit(1)
	}
}

func run(out, gazFile string, files []string) error {
	var extra []string
	if gazFile != "" {
		extra = append(extra, gazFile)
	}
	g, err := gazetteer.Load(extra...)
	if err != nil {
		return err
	}
	x := extract.New(g)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("create output directory: %w", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("read article: %w", err)
		}
		meta, body := ParseEvalFile(string(b))
		ex, err := x.Extract(context.Background(), body, meta)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		j, err := json.MarshalIndent(ex, "", " ")
		if err != nil {
			return fmt.Errorf("%s: encode: %w", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt") + ".json"
		if err := os.WriteFile(filepath.Join(out, name), append(j, '\n'), 0o644); err != nil {
			return fmt.Errorf("write prediction: %w", err)
		}
	}
	return nil
}

// ParseEvalFile splits an evaluation article into its header (title and date lines
// before a line "---") and its body. A date line such as "2025-07-06 (...)" gives the
// published date; "unknown (...)" gives none. A file without the "---" line is all body.
func ParseEvalFile(s string) (geokg.Article, string) {
	var meta geokg.Article
	head, body, ok := strings.Cut(s, "\n---\n")
	if !ok {
		return meta, s
	}
	for _, line := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(line, ":")
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "title":
			meta.Title = v
		case "date":
			if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
				meta.Published = v[:10]
			}
		}
	}
	return meta, body
}
