// Command gen derives the cameo frames (frames/data/cameo.tsv) from the PETRARCH2 CAMEO
// verb dictionary (../shared/lexicons/petrarch2/CAMEO.2.0.txt, MIT licence):
//
//	go run ./frames/internal/gen -in ../shared/lexicons/petrarch2/CAMEO.2.0.txt -out frames/data/cameo.tsv
//
// Every verb of a block with a code, and every pattern, whose CAMEO code maps to an
// interaction type of the ontology (the table of ../shared/ontology.md) becomes a frame
// when its target is one dependency of the trigger away: the direct object, or an
// oblique with its preposition. The pattern's object and preposition words become the
// frame's requires; an object that is a thing of the target (not a noun trigger of
// geokg.tsv, which names an act, unless the act is one the type answers) also gives the
// target slot obj>owner ("reject * PROPOSAL": whose proposal; "ignore * APPEAL": whose
// appeal). The output is deterministic.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
)

func main() {
	in := flag.String("in", "../shared/lexicons/petrarch2/CAMEO.2.0.txt", "the CAMEO verb dictionary")
	out := flag.String("out", "frames/data/cameo.tsv", "the frame file to write")
	own := flag.String("geokg", "frames/data/geokg.tsv", "the hand-written frames, whose nouns name acts")
	flag.Parse()
	if err := run(*in, *own, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(in, own, out string, log io.Writer) error {
	acts, err := readActNouns(own)
	if err != nil {
		return err
	}
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("read verb dictionary: %w", err)
	}
	defer f.Close()
	d, err := parseDictionary(f)
	if err != nil {
		return err
	}
	fs, stats := derive(d, acts)
	var buf bytes.Buffer
	buf.WriteString(header)
	for _, fr := range fs {
		buf.WriteString(fr.String())
		buf.WriteByte('\n')
	}
	// the file must load: the generator never writes what the loader refuses
	if _, err := frames.Load(bytes.NewReader(buf.Bytes())); err != nil {
		return fmt.Errorf("generated frames do not load: %w", err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write frames: %w", err)
	}
	fmt.Fprintf(log, "gen: %d frames from %d blocks\n", len(fs), len(d.blocks))
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(log, "gen: %6d  %s\n", stats[k], k)
	}
	return nil
}

// actNouns are the noun triggers of the hand-written frame file, with their types: nouns
// that name an act ("support", "denial", "request", "agreement"), whose possessor is the
// act's author.
type actNouns map[string]map[geokg.RelationType]bool

// readActNouns reads the act nouns of the hand-written frame file.
func readActNouns(path string) (actNouns, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read hand-written frames: %w", err)
	}
	defer f.Close()
	fs, err := frames.Load(f)
	if err != nil {
		return nil, fmt.Errorf("hand-written frames: %w", err)
	}
	acts := actNouns{}
	for _, fr := range fs {
		if fr.POS == "NOUN" {
			if acts[fr.Lemma] == nil {
				acts[fr.Lemma] = map[geokg.RelationType]bool{}
			}
			acts[fr.Lemma][fr.Type] = true
		}
	}
	return acts, nil
}

const header = `# Frames derived from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt) by
# frames/internal/gen: do not edit, run make frames. Format: frames/data/README.md.
# CAMEO.2.0.txt is Copyright (c) 2014 Open Event Data Alliance, MIT licence (LICENSE.cameo).
# type	lemma	pos	source	target	requires	cameo	origin
`
