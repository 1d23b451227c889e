package frames

import (
	"github.com/geokg/geokg/internal/wordclass"
)

// This file reads the word classes of data/words.txt, which the matcher's rules use.

// WordsFile holds the matcher's word classes (speech verbs, support verbs, verbs and
// nouns that leave an act undone, ...): "class: word word ..." lines, # comments.
const WordsFile = "data/words.txt"

// PolarityFile holds the evaluative words derived from the VADER lexicon
// (frames/internal/polarity): classes negative-word and positive-word, in the format of
// WordsFile.
const PolarityFile = "data/polarity.txt"

// wordClasses are the classes of WordsFile and PolarityFile, read once.
var wordClasses = func() map[string]map[string]bool {
	classes := map[string]map[string]bool{}
	for _, name := range []string{WordsFile, PolarityFile} {
		b, err := dataFS.ReadFile(name)
		if err != nil {
			panic("frames: embedded " + name + ": " + err.Error())
		}
		cs, err := wordclass.Parse(string(b))
		if err != nil {
			panic("frames: embedded " + name + ": " + err.Error()) // a broken build; tests rule it out
		}
		for c, ws := range cs {
			classes[c] = ws
		}
	}
	return classes
}()

// WordClass returns the words of the class name of WordsFile, for the stages that judge
// the same words as the matcher (the pattern table's checks on the parse). It panics for
// a class the file lacks: a broken build, which the tests rule out.
func WordClass(name string) map[string]bool { return wordClass(name) }

// joinedClasses returns the words of all the classes given, a new set.
func joinedClasses(classes ...map[string]bool) map[string]bool {
	ws := map[string]bool{}
	for _, class := range classes {
		for w := range class {
			ws[w] = true
		}
	}
	return ws
}

// wordClass returns the words of a class of WordsFile or PolarityFile.
func wordClass(name string) map[string]bool {
	c, ok := wordClasses[name]
	if !ok {
		panic("frames: no word class " + name + " in " + WordsFile)
	}
	return c
}
