package gazetteer

import (
	"fmt"
	"io/fs"
	"strings"
)

// WordsFile holds the actor stage's word classes: common nouns that name a group when the
// text qualifies them ("the U.S.-led coalition", "Ukrainian separatists"), the bodies
// that sit in their capital, the honorifics that make a name a person's. Its format is
// "class: word word ..." lines, a class may take several lines, # comments; words are
// lower case. data/README.md says what each class does.
const WordsFile = "data/actor-words.txt"

// WordClasses returns the classes of WordsFile, each a set of words. It fails only when
// the embedded file is malformed, which the package tests rule out.
func WordClasses() (map[string]map[string]bool, error) {
	b, err := fs.ReadFile(embedded, WordsFile)
	if err != nil {
		return nil, fmt.Errorf("embedded %s: %w", WordsFile, err)
	}
	out, err := ParseWordClasses(string(b))
	if err != nil {
		return nil, fmt.Errorf("embedded %s: %w", WordsFile, err)
	}
	return out, nil
}

// ParseWordClasses reads "class: word word ..." lines (# comments, blank lines skipped).
// A word must be lower case; a line without a class or words is an error naming it.
func ParseWordClasses(text string) (map[string]map[string]bool, error) {
	out := map[string]map[string]bool{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		class, words, ok := strings.Cut(line, ":")
		class = strings.TrimSpace(class)
		if !ok || class == "" || strings.TrimSpace(words) == "" {
			return nil, fmt.Errorf("line %d: want \"class: word word ...\", got %q", i+1, line)
		}
		if out[class] == nil {
			out[class] = map[string]bool{}
		}
		for _, w := range strings.Fields(words) {
			if w != strings.ToLower(w) {
				return nil, fmt.Errorf("line %d: %q is not lower case", i+1, w)
			}
			out[class][w] = true
		}
	}
	return out, nil
}
