// Command gen grows the gazetteer from the Phoenix actor dictionaries of PETRARCH2
// (../shared/lexicons/petrarch2, MIT licence): it writes data/phoenix-groups.json,
// data/phoenix-officials.json and data/agents.json, which the gazetteer package embeds.
// It reads the hand-written data files beside them, so that generated entries merge into
// hand-written ones and never take their forms, and the UD treebanks
// (../shared/treebanks), whose lower-case words mark one-word names as too ambiguous.
// The output is deterministic: run it again on the same input and nothing changes.
//
//	go run ./gazetteer/internal/gen -shared ../shared -data gazetteer/data
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/geokg/geokg/gazetteer/internal/phoenix"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared directory (lexicons/petrarch2, treebanks)")
	data := flag.String("data", "gazetteer/data", "the gazetteer data directory (read and written)")
	flag.Parse()
	if err := run(*shared, *data, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(shared, data string, log io.Writer) error {
	in, err := readInput(shared, data)
	if err != nil {
		return err
	}
	out := build(in)
	if err := writeLines(filepath.Join(data, "phoenix-groups.json"), out.groups); err != nil {
		return err
	}
	if err := writeLines(filepath.Join(data, "phoenix-officials.json"), out.officials); err != nil {
		return err
	}
	if err := writeLines(filepath.Join(data, "agents.json"), out.agents); err != nil {
		return err
	}
	fmt.Fprintf(log, "gen: %d groups, %d officials, %d agents (roles complete until %s)\n", len(out.groups), len(out.officials), len(out.agents), out.until)
	reasons := make([]string, 0, len(out.dropped))
	for r := range out.dropped {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(log, "gen: dropped %6d  %s\n", out.dropped[r], r)
	}
	return nil
}

func readInput(shared, data string) (input, error) {
	var in input
	dir := filepath.Join(shared, "lexicons", "petrarch2")
	for _, f := range []struct {
		name string
		from file
	}{
		{"Phoenix.Countries.actors.txt", countriesFile},
		{"Phoenix.International.actors.txt", internationalFile},
		{"Phoenix.MilNonState.actors.txt", milNonStateFile},
	} {
		recs, err := parseFile(filepath.Join(dir, f.name), phoenix.Parse)
		if err != nil {
			return in, err
		}
		for _, r := range recs {
			in.records = append(in.records, record{Record: r, from: f.from})
		}
	}
	agents, err := parseFile(filepath.Join(dir, "Phoenix.agents.txt"), phoenix.ParseAgents)
	if err != nil {
		return in, err
	}
	in.agents = agents
	for _, part := range []struct {
		name string
		into any
	}{
		{"countries.json", &in.hand.Countries},
		{"groups.json", &in.hand.Groups},
		{"officials.json", &in.hand.Officials},
	} {
		b, err := os.ReadFile(filepath.Join(data, part.name))
		if err != nil {
			return in, fmt.Errorf("read hand-written data: %w", err)
		}
		if err := json.Unmarshal(b, part.into); err != nil {
			return in, fmt.Errorf("read hand-written data %s: %w", part.name, err)
		}
	}
	paths, _ := filepath.Glob(filepath.Join(shared, "treebanks", "*", "*.conllu"))
	if len(paths) == 0 {
		return in, fmt.Errorf("no treebank under %s: the common-word filter needs it", filepath.Join(shared, "treebanks"))
	}
	in.common = map[string]bool{}
	for _, p := range paths {
		if err := commonWords(p, in.common); err != nil {
			return in, err
		}
	}
	return in, nil
}

func parseFile[T any](path string, parse func(io.Reader) ([]T, error)) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read phoenix dictionary: %w", err)
	}
	defer f.Close()
	out, err := parse(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return out, nil
}

// commonWords adds to set the word forms of a CoNLL-U file written in lower case
// letters and not tagged as proper nouns.
func commonWords(path string, set map[string]bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read treebank: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 4 || cols[3] == "PROPN" {
			continue
		}
		form := cols[1]
		if strings.ToLower(form) != form || strings.IndexFunc(form, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
			continue
		}
		set[form] = true
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read treebank %s: %w", path, err)
	}
	return nil
}

// writeLines writes a JSON array with one entry per line, like the hand-written files.
func writeLines[T any](path string, items []T) error {
	var buf bytes.Buffer
	buf.WriteString("[\n")
	for i, it := range items {
		var line bytes.Buffer
		enc := json.NewEncoder(&line)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(it); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		buf.WriteString("  ")
		buf.Write(bytes.TrimRight(line.Bytes(), "\n"))
		if i < len(items)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("]\n")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
