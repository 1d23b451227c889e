package frames

import (
	"strings"

	"github.com/geokg/geokg/syntax"
)

// WordedAttack reports whether the attack told at word t of s (1-based) is one of words,
// a condemnation rather than an act of force, by what the sentence says it was made with:
// the attack word (t itself, "attacked", "an attack", or t's object, "launched an attack")
// or the verb whose object it is has a mark of words (wordedMark). False for any other
// word at t.
func WordedAttack(s *syntax.Sentence, t int) bool { return newSentence(s, nil, nil).wordedAttack(t) }

// wordedAttack is WordedAttack on the matcher's view of the sentence.
func (v *sentence) wordedAttack(t int) bool {
	n := v.attackWord(t)
	if n == 0 {
		return false
	}
	verb := t
	if x := v.word(n); n == t && x.Deprel == "obj" {
		verb = x.Head // the noun's light verb: "launched an attack on Peru, claiming ..."
	}
	for _, h := range []int{verb, n} {
		for _, c := range v.kids[h] {
			if v.wordedMark(h, c) {
				return true
			}
		}
	}
	return false
}

// attackWord returns the attack word of the act at t (class worded-attack-word): t itself,
// or its direct object ("launched a scathing attack on Peru"); 0 when neither is one.
func (v *sentence) attackWord(t int) int {
	if attackWords[v.lemmas[t]] {
		return t
	}
	for _, c := range v.kids[t] {
		if syntax.BaseRel(v.word(c).Deprel) == "obj" && v.word(c).UPOS == "NOUN" && attackWords[v.lemmas[c]] {
			return c
		}
	}
	return 0
}

// wordedMark reports whether the dependent c of h, the attack word or its verb, tells an
// attack made in words: on a noun, an adjective or a name of words (class
// worded-attack-mark: "a scathing attack", "a Twitter attack"); a message it was made
// "in" (classes writing-noun, statement-noun, spoken-noun: "in a speech", "in remarks");
// a reason "for" an owned noun or a noun of conduct ("for its expansion", "for his
// handling"), or "over" a noun of conduct ("over his policy"); a participle of saying or
// naming after it ("..., claiming Peru lied", "..., calling it a farce").
func (v *sentence) wordedMark(h, c int) bool {
	x, l := v.word(c), v.lemmas[c]
	switch rel := syntax.BaseRel(x.Deprel); {
	case (rel == "amod" || rel == "compound") && v.word(h).UPOS == "NOUN":
		return wordedMarks[l] || wordedMarks[strings.ToLower(x.Form)] // "blistering": lemma "blister"
	case rel == "obl" || rel == "nmod":
		switch v.caseOf(c) {
		case "in":
			return writingNouns[l] || statementNouns[l] || spokenNouns[l]
		case "for":
			return conductNouns[l] || v.pronounOwned(c) && l != "part" // "for its part": no reason
		case "over":
			return conductNouns[l]
		}
	case (rel == "advcl" || rel == "xcomp") && x.XPOS == "VBG":
		return speechVerbs[l] || namingVerbs[l]
	}
	return false
}

// pronounOwned reports whether the noun at c has a possessive pronoun ("its", "his").
func (v *sentence) pronounOwned(c int) bool {
	for _, k := range v.kids[c] {
		if y := v.word(k); y.Deprel == "nmod:poss" && y.UPOS == "PRON" {
			return true
		}
	}
	return false
}

var (
	// attackWords are the words of an attack that words can make (class
	// worded-attack-word); wordedMarks the adjectives and names that make it one of words
	// (class worded-attack-mark); spokenNouns the spoken messages an attack is made in
	// (class spoken-noun); conductNouns what someone says or does in office (class
	// conduct-noun)
	attackWords  = wordClass("worded-attack-word")
	wordedMarks  = wordClass("worded-attack-mark")
	spokenNouns  = wordClass("spoken-noun")
	conductNouns = wordClass("conduct-noun")
)
