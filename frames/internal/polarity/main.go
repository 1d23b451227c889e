// Command polarity derives the classes of evaluative words (frames/data/polarity.txt)
// from the VADER sentiment lexicon (vader_lexicon.txt of the vaderSentiment package, MIT
// licence; `make polarity` fetches it with pip):
//
//	go run ./frames/internal/polarity -in vader_lexicon.txt -out frames/data/polarity.txt
//
// A word whose mean valence (-4 to +4) is at most -threshold is a negative word, at
// least +threshold a positive one, kept when it is written in lower-case letters (a
// hyphen inside), the syntax model's treebanks hold it as a noun or an adjective, and
// neither the class not-evaluative of frames/data/words.txt (words whose sense in
// political news is no judgement of whom they are said of: "party", "war", "death")
// nor the class act-verdict-word (words that condemn only an act whose author is named:
// "disaster") nor the class threat-label (a label of a threat accuses: "called Peru a
// threat") names it. The output is deterministic.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/geokg/geokg/internal/wordclass"
	"github.com/geokg/geokg/syntax"
)

// threshold is the least absolute mean valence of a word kept: VADER's raters scored
// words from -4 (extremely negative) to +4; 1.5 keeps the clearly evaluative ones.
const threshold = 1.5

func main() {
	in := flag.String("in", "vader_lexicon.txt", "the VADER lexicon")
	words := flag.String("words", "frames/data/words.txt", "the word classes, whose classes not-evaluative, act-verdict-word and threat-label are left out")
	out := flag.String("out", "frames/data/polarity.txt", "the class file to write")
	flag.Parse()
	if err := run(*in, *words, *out); err != nil {
		fmt.Fprintln(os.Stderr, "polarity:", err)
		os.Exit(1)
	}
}

func run(in, words, out string) error {
	b, err := os.ReadFile(words)
	if err != nil {
		return err
	}
	classes, err := wordclass.Parse(string(b))
	if err != nil {
		return fmt.Errorf("%s: %w", words, err)
	}
	m, err := syntax.Default()
	if err != nil {
		return err
	}
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("read lexicon: %w", err)
	}
	defer f.Close()
	neg, pos, err := polar(f, func(w string) bool {
		return m.KnownNounOrAdj(w) && !classes["not-evaluative"][w] && !classes["act-verdict-word"][w] && !classes["threat-label"][w]
	})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, header, -threshold, threshold)
	writeClass(&buf, "negative-word", neg)
	writeClass(&buf, "positive-word", pos)
	if _, err := wordclass.Parse(buf.String()); err != nil {
		return fmt.Errorf("generated classes do not load: %w", err)
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// header opens the class file; its verbs take -threshold and threshold.
const header = `# Evaluative words, derived from the VADER sentiment lexicon (C.J. Hutto, MIT licence,
# notice in LICENSE.vader) by frames/internal/polarity (make polarity). Do not edit: change
# the generator or the class not-evaluative of words.txt. Nouns and adjectives whose mean
# valence is at most %g (negative-word) or at least %+g (positive-word); what the
# matcher does with them is said in docs/extraction-reference.md (verdicts).
`

var plainWord = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)

// polar reads the lexicon's "word<TAB>mean<TAB>..." lines and returns, sorted, the
// plain words that keep says to keep with a mean of at most -threshold and of at
// least +threshold.
func polar(r io.Reader, keep func(string) bool) (neg, pos []string, err error) {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			return nil, nil, fmt.Errorf("line %d: want word and mean valence", n)
		}
		mean, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			return nil, nil, fmt.Errorf("line %d: %w", n, err)
		}
		w := fields[0]
		switch {
		case !plainWord.MatchString(w) || !keep(w):
		case mean <= -threshold:
			neg = append(neg, w)
		case mean >= threshold:
			pos = append(pos, w)
		}
	}
	sort.Strings(neg)
	sort.Strings(pos)
	return neg, pos, sc.Err()
}

// writeClass writes the words of a class, ten a line.
func writeClass(buf *bytes.Buffer, class string, ws []string) {
	for i := 0; i < len(ws); i += 10 {
		fmt.Fprintf(buf, "%s: %s\n", class, strings.Join(ws[i:min(i+10, len(ws))], " "))
	}
}
