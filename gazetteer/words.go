package gazetteer

import (
	"fmt"
	"io/fs"

	"github.com/geokg/geokg/internal/wordclass"
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
	out, err := wordclass.Parse(string(b))
	if err != nil {
		return nil, fmt.Errorf("embedded %s: %w", WordsFile, err)
	}
	return out, nil
}
