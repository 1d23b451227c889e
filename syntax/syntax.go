// Package syntax is geokg's syntactic layer: it splits English text into sentences and
// Universal Dependencies tokens, tags each token with its universal (UPOS) and Penn (XPOS)
// part of speech, gives its lemma, and parses the sentence into a labelled dependency tree
// (UD v2 relations with their subtypes, such as nsubj:pass, obl:agent and acl:relcl).
//
// The analyser is pure Go: an averaged-perceptron tagger, a greedy arc-hybrid
// transition parser trained with a dynamic oracle, and a lemmatiser made of the
// treebanks' lemmas plus suffix rules. The model is trained from the Universal
// Dependencies English treebanks (see model/CREDITS.md) by `make train` and embedded in
// the binary; nothing is read from disk or the network at run time.
//
// The package imports only the standard library.
package syntax

import (
	"strconv"
	"strings"
)

// Word is one syntactic word of a sentence with its analysis. Heads are 1-based word
// positions in the sentence; 0 is the root.
type Word struct {
	ID     int    // 1-based position in the sentence
	Form   string // the word as written
	Lemma  string // dictionary form ("said" -> "say", "sanctions" -> "sanction")
	UPOS   string // universal part of speech (NOUN, VERB, PROPN, ...)
	XPOS   string // Penn Treebank tag (NN, VBD, NNP, ...)
	Feats  string // morphological features as in the treebank; "_" when none is predicted
	Head   int    // position of the head word, 0 for the root
	Deprel string // UD v2 dependency relation, subtype included ("nsubj:pass")
	// Start and End are byte offsets of the word in the text it was read from, when the
	// sentence came from Tokenize or Sentences; both are -1 otherwise.
	Start, End int
	// SpaceAfter says whether the text has white space after the word.
	SpaceAfter bool
}

// Sentence is an analysed sentence: its words in order and the text they were read from.
type Sentence struct {
	ID    string // the treebank's sent_id, or a running number
	Text  string
	Words []Word
}

// Children returns the positions (1-based) of the words whose head is the word at
// position head (0 for the root's dependents), in sentence order.
func (s *Sentence) Children(head int) []int {
	var out []int
	for i := range s.Words {
		if s.Words[i].Head == head {
			out = append(out, i+1)
		}
	}
	return out
}

// Word returns the word at 1-based position id, or nil when id is out of range (0, the
// root, included).
func (s *Sentence) Word(id int) *Word {
	if id < 1 || id > len(s.Words) {
		return nil
	}
	return &s.Words[id-1]
}

// BaseRel returns the universal part of a relation: "nsubj:pass" -> "nsubj".
func BaseRel(deprel string) string {
	if i := strings.IndexByte(deprel, ':'); i >= 0 {
		return deprel[:i]
	}
	return deprel
}

func itoa(i int) string { return strconv.Itoa(i) }
