// Package wordclass reads the word-class files of the extractor's data (frames'
// data/words.txt, the gazetteer's data/actor-words.txt): "class: word word ..." lines, a
// class may take several lines, blank lines and # comments are skipped, words are lower
// case.
package wordclass

import (
	"fmt"
	"strings"
)

// Parse returns each class of text as a set of its words. A line without a class or
// without words, or a word that is not lower case, is an error naming its line.
func Parse(text string) (map[string]map[string]bool, error) {
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
