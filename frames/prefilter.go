package frames

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
	spoken     map[string]bool                // the written forms of the wrongdoing nouns, the nouns of contempt and the obligation words and "need"
	label      map[string]bool                // the written forms of the label verbs
	terror     map[string]bool                // the written forms of the terror words
	judge      map[string]bool                // the written forms of the verdict verbs
	called     map[string]bool                // the written forms of the called-condemnation and abuse words
	evaluative map[string]bool                // the written forms of the evaluative words (PolarityFile)
	threat     map[string]bool                // the written forms of the threat verbs
	answer     map[string]bool                // the written forms of the answer verbs
}

// NewPrefilter indexes the lexicon's frames by the written forms of their triggers and
// constraints, given a function that lists the forms of a lemma (syntax.Model.Forms).
func (l *Lexicon) NewPrefilter(forms func(lemma string) []string) *Prefilter {
	p := &Prefilter{byForm: map[string][][]map[string]bool{}, speech: map[string]bool{}, wrong: map[string]bool{}, spoken: map[string]bool{},
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
		{wrongdoingNouns, p.spoken}, {condemnedNouns, p.spoken}, {obligationWords, p.spoken}, {needVerb, p.spoken},
		// (a misdeed in the clause of "evidence that" is its holder's claim, and in the
		// clause of "Chile's report showed that" its author's)
		{speechVerbs, p.speech}, {evidenceNouns, p.speech}, {doubtNouns, p.speech}, {showingVerbs, p.speech},
		{reportedMisdeedVerbs, p.wrong}, {orderingVerbs, p.wrong}, {interveningVerbs, p.wrong}, {wrongdoingNouns, p.wrong}, {condemnedNouns, p.wrong}} {
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
	return p
}

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
		if obligationWords[w] || p.wrong[w] || sufferedWords[w] || p.answer[w] {
			// "must", "should": read only as a speaker's demand, and a misdeed only as a
			// speaker's accusation ("said Iran had meddled"), and a price, consequences,
			// paying dearly or an answer ("said it would respond") only as a speaker's
			// threat, so only with a speech verb
			if speech < 0 {
				speech = 0
				for _, x := range words {
					if p.speech[x] {
						speech = 1
						break
					}
				}
			}
			if speech == 1 || (sufferedWords[w] || p.answer[w]) && anyOf(p.threat, words) {
				return true // "vowed that Peru would pay dearly"
			}
			continue
		}
		if readingWord(w) {
			return true
		}
		if p.terror[w] && anyOf(p.label, words) {
			return true // a terrorist label: "considers Hamas a terrorist group"
		}
		if p.called[w] && anyOf(p.judge, words) {
			return true // a verdict a verb gives: "described Brennan as a bad person"
		}
		if p.evaluative[w] && (anyOf(p.judge, words) || anyOf(p.speech, words) && anyOf(copulaForms, words)) {
			return true // "called Ruiz a liar", "said Ruiz is a hero"
		}
		for _, cs := range p.byForm[w] {
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
