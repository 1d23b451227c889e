package frames

import "strings"

// This file holds the prefilter, which tells from a sentence's words alone whether a frame
// could fire on it, so that sentences without one are not parsed.

// Prefilter tells from a sentence's words alone, before any parse, whether a frame of
// the lexicon could fire there: some word is a written form of a trigger, and the
// sentence also holds a form of one of the lemmas each of that frame's constraints asks
// for ("said" is a trigger only with the words its phrasal frames need).
type Prefilter struct {
	byForm     map[string][][]map[string]bool // trigger form -> per frame, per constraint: forms
	speech     map[string]bool                // the written forms of the speech verbs
	wrong      map[string]bool                // the written forms of the wrongdoing verbs and nouns and the nouns of contempt
	spoken     map[string]bool                // the written forms of the wrongdoing nouns, the nouns of contempt, the adjectives of contempt and the obligation words and "need"
	contempt   map[string]bool                // the written forms of the adjectives of contempt (contemptModifiers)
	label      map[string]bool                // the written forms of the label verbs
	terror     map[string]bool                // the written forms of the terror words
	judge      map[string]bool                // the written forms of the verdict verbs
	called     map[string]bool                // the written forms of the called-condemnation and abuse words
	evaluative map[string]bool                // the written forms of the evaluative words (PolarityFile)
	threat     map[string]bool                // the written forms of the threat verbs
	answer     map[string]bool                // the written forms of the answer verbs
	// words holds what CouldFire asks of a word, for every word of the sets above and
	// every word readingWord may take but for the forms of "allege", so that it looks a
	// word up once
	words map[string]prefilterWord
}

// prefilterWord is what CouldFire asks of a word (Prefilter.words): its classes and,
// when it is a trigger's form, the forms each constraint of each of its frames asks for.
type prefilterWord struct {
	flags  prefilterFlags
	frames [][]map[string]bool
}

type prefilterFlags uint8

const (
	// an obligation word, a misdeed or a price, consequences or an answer: read only
	// beside a speech verb (or a threat)
	pfSpoken     prefilterFlags = 1 << iota
	pfThreatened                // a price, consequences or an answer: also beside a threat verb
	pfReading                   // readingWord
	pfTerror                    // p.terror
	pfCalled                    // p.called
	pfEvaluative                // p.evaluative
	// an adjective of contempt: read beside a speech verb, and on for its other classes
	// ("corrupt" is also a word a verdict verb gives)
	pfContempt
)

// NewPrefilter indexes the lexicon's frames by the written forms of their triggers and
// constraints, given a function that lists the forms of a lemma (syntax.Model.Forms).
func (l *Lexicon) NewPrefilter(forms func(lemma string) []string) *Prefilter {
	p := &Prefilter{byForm: map[string][][]map[string]bool{}, speech: map[string]bool{}, wrong: map[string]bool{}, spoken: map[string]bool{}, contempt: map[string]bool{},
		label: map[string]bool{}, terror: map[string]bool{}, judge: map[string]bool{}, called: map[string]bool{}, evaluative: map[string]bool{}, threat: map[string]bool{}, answer: map[string]bool{}}
	cache := map[string][]string{}
	formsOf := func(lemma string) []string {
		if f, ok := cache[lemma]; ok {
			return f
		}
		f := forms(lemma)
		cache[lemma] = f
		return f
	}
	for _, c := range []struct {
		class map[string]bool
		into  map[string]bool
	}{{labelVerbs, p.label}, {terrorWords, p.terror}, {threatLabels, p.terror}, {verdictVerbs, p.judge}, {calledWords, p.called}, {abuseWords, p.called}, {negativeWords, p.evaluative}, {positiveWords, p.evaluative}, {threatVerbs, p.threat}, {answerVerbs, p.answer},
		{wrongdoingNouns, p.spoken}, {condemnedNouns, p.spoken}, {contemptModifiers, p.spoken}, {obligationWords, p.spoken}, {needVerb, p.spoken},
		// (a misdeed in the clause of "evidence that" is its holder's claim, and in the
		// clause of "Chile's report showed that" its author's)
		{speechVerbs, p.speech}, {evidenceNouns, p.speech}, {doubtNouns, p.speech}, {showingVerbs, p.speech},
		{reportedMisdeedVerbs, p.wrong}, {orderingVerbs, p.wrong}, {interveningVerbs, p.wrong}, {wrongdoingNouns, p.wrong}, {condemnedNouns, p.wrong}, {contemptModifiers, p.contempt}} {
		for lem := range c.class {
			for _, w := range formsOf(lem) {
				c.into[w] = true
			}
		}
	}
	for _, f := range l.frames {
		var cs []map[string]bool
		for _, c := range f.Requires {
			if len(c.Lemmas) == 1 && c.Lemmas[0] == AnyLemma {
				continue // "xcomp=*": any word, so no word to look for
			}
			written := map[string]bool{}
			for _, lem := range c.Lemmas {
				for _, w := range formsOf(lem) {
					written[w] = true
				}
			}
			cs = append(cs, written)
		}
		for _, w := range formsOf(f.Lemma) {
			p.byForm[w] = append(p.byForm[w], cs)
		}
	}
	p.words = map[string]prefilterWord{}
	add := func(w string) {
		if _, ok := p.words[w]; ok {
			return
		}
		var f prefilterFlags
		for _, c := range []struct {
			is   bool
			flag prefilterFlags
		}{{obligationWords[w] || p.wrong[w] || sufferedWords[w] || p.answer[w], pfSpoken}, {sufferedWords[w] || p.answer[w], pfThreatened},
			{readingWord(w), pfReading}, {p.terror[w], pfTerror}, {p.called[w], pfCalled}, {p.evaluative[w], pfEvaluative}, {p.contempt[w], pfContempt}} {
			if c.is {
				f |= c.flag
			}
		}
		p.words[w] = prefilterWord{flags: f, frames: p.byForm[w]}
	}
	for _, set := range []map[string]bool{obligationWords, p.wrong, sufferedWords, p.answer, p.terror, p.called, p.evaluative, p.contempt, culpritWords, condemnationWords, denialWords} {
		for w := range set {
			add(w)
			add(w + "s") // readingWord's verdict words and backers are read with an "s" too
		}
	}
	for w := range backerNouns {
		add(w)
		add(w + "s")
	}
	for w := range p.byForm {
		add(w)
	}
	for _, w := range readingLiterals {
		add(w)
	}
	return p
}

// readingLiterals are the words readingWord names one by one.
var readingLiterals = []string{"behind", "responsible", "involved", "part", "member", "members", "ally", "allies"}

// needVerb is the verb of an obligation besides the obligation words ("needs to stop").
var needVerb = map[string]bool{"need": true}

// sufferedWords are the words of what another will suffer that only a speaker's threat
// reads (sufferedConsequences), as they stand in the text.
var sufferedWords = map[string]bool{"price": true, "consequences": true, "repercussions": true, "dearly": true,
	"obliteration": true, "annihilation": true, "destruction": true}

// CouldFire reports whether some frame could fire on a sentence of these lower-case
// words.
func (p *Prefilter) CouldFire(words []string) bool {
	speech := -1 // unknown yet
	for _, w := range words {
		e, ok := p.words[w]
		if !ok {
			if strings.HasPrefix(w, "alleg") {
				return true // readingWord: a form of "allege"
			}
			continue // no class, no trigger
		}
		if e.flags&(pfSpoken|pfContempt) != 0 && speech < 0 {
			speech = 0
			if anyOf(p.speech, words) {
				speech = 1
			}
		}
		if e.flags&pfContempt != 0 && speech == 1 {
			return true // "said Peru's reckless policies ..."
		}
		if e.flags&pfSpoken != 0 {
			// "must", "should": read only as a speaker's demand, and a misdeed only as a
			// speaker's accusation ("said Iran had meddled"), and a price, consequences,
			// paying dearly or an answer ("said it would respond") only as a speaker's
			// threat, so only with a speech verb
			if speech == 1 || e.flags&pfThreatened != 0 && anyOf(p.threat, words) {
				return true // "vowed that Peru would pay dearly"
			}
			continue
		}
		if e.flags&pfReading != 0 {
			return true
		}
		if e.flags&pfTerror != 0 && anyOf(p.label, words) {
			return true // a terrorist label: "considers Hamas a terrorist group"
		}
		if e.flags&pfCalled != 0 && anyOf(p.judge, words) {
			return true // a verdict a verb gives: "described Brennan as a bad person"
		}
		if e.flags&pfEvaluative != 0 && (anyOf(p.judge, words) || anyOf(p.speech, words) && anyOf(copulaForms, words)) {
			return true // "called Ruiz a liar", "said Ruiz is a hero"
		}
		for _, cs := range e.frames {
			if allPresent(cs, words) {
				return true
			}
		}
	}
	return false
}

// SpokenWord reports whether a sentence of these lower-case words holds a form of a
// misdeed noun, a noun of contempt or an obligation word ("must", "should", "needs"): in a
// quotation whose speaker another sentence names, the frames read it as that speaker's
// (a match blocked with "no speaker").
func (p *Prefilter) SpokenWord(words []string) bool {
	return anyOf(p.spoken, words)
}

func allPresent(cs []map[string]bool, words []string) bool {
	for _, set := range cs {
		found := false
		for _, w := range words {
			if set[w] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// copulaForms are the written forms of "be", which a speaker's verdict on an actor needs
// ("said Ruiz is a hero").
var copulaForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true}

// anyOf reports whether one of the words is in the set.
func anyOf(set map[string]bool, words []string) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}
