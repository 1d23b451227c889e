package frames

import (
	"github.com/geokg/geokg/internal/wordclass"
)

// This file reads the word classes of data/words.txt, which the matcher's rules use.

// WordsFile holds the matcher's word classes (speech verbs, support verbs, verbs and
// nouns that leave an act undone, ...): "class: word word ..." lines, # comments.
const WordsFile = "data/words.txt"

// wordClasses are the classes of WordsFile, read once.
var wordClasses = func() map[string]map[string]bool {
	b, err := dataFS.ReadFile(WordsFile)
	if err != nil {
		panic("frames: embedded " + WordsFile + ": " + err.Error())
	}
	classes, err := wordclass.Parse(string(b))
	if err != nil {
		panic("frames: embedded " + WordsFile + ": " + err.Error()) // a broken build; tests rule it out
	}
	return classes
}()

// WordClass returns the words of the class name of WordsFile, for the stages that judge
// the same words as the matcher (the pattern table's checks on the parse). It panics for
// a class the file lacks: a broken build, which the tests rule out.
func WordClass(name string) map[string]bool { return wordClass(name) }

// wordClass returns the words of a class of WordsFile.
func wordClass(name string) map[string]bool {
	c, ok := wordClasses[name]
	if !ok {
		panic("frames: no word class " + name + " in " + WordsFile)
	}
	return c
}
