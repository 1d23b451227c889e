package frames

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file holds the matcher's readings of constructions that no single trigger word
// carries: a speaker's verdict on something ("called the strikes unacceptable"), and an
// obligation a speaker puts on another ("said the US must withdraw").

var (
	// Words of a verdict that condemns what it is said of ("unacceptable", "a crime").
	condemnationWords = wordClass("condemnation-word")
	// Words of a verdict that condemns what a verdict verb judges ("called the operation
	// a bad idea"), but describe what a speaker says is so ("said access was bad").
	calledWords = wordClass("called-condemnation-word")
	// Words of abuse that condemn the actor a verb of naming gives them to ("called
	// Chile's president a coward"), and those verbs.
	abuseWords  = wordClass("abuse-word")
	namingVerbs = wordClass("naming-verb")
	// Words of praise and the nouns they praise, which support the actor a verb of
	// naming gives them to ("called Boric a terrific leader").
	praiseWords  = wordClass("praise-word")
	praisedNouns = wordClass("praised-noun")
	// Evaluative nouns and adjectives of the VADER lexicon (PolarityFile), which condemn
	// or support the actor a verb of naming gives them to or a speaker says they are
	// ("called Ruiz a liar", "said Ruiz is a hero").
	negativeWords = wordClass("negative-word")
	positiveWords = wordClass("positive-word")
	// Nouns of a kind of place, which an evaluative adjective describes ("a dangerous
	// country").
	placeKindNouns = wordClass("place-kind-noun")
	// Words that condemn an act whose author the sentence names ("said Peru's decision
	// was a disaster"), and the nouns of such acts.
	actVerdictWords = wordClass("act-verdict-word")
	judgedActNouns  = wordClass("judged-act-noun")
	// Nouns of an inquiry, which a country's name before them names as inquired into
	// ("the Peru probe").
	inquiryNouns = wordClass("inquiry-noun")
	// Words of a verdict that denies a claim ("groundless", "lies").
	denialWords = wordClass("denial-word")
	// Verbs that give their object a verdict: "called it unjustified", "described the
	// move as a mistake".
	verdictVerbs = wordClass("verdict-verb")
	// Verbs that are no speech verbs (an act in their complement is no claim) but report
	// a verdict in a clause like one: "warned that Peru's blockade was illegal".
	verdictSpeechVerbs = wordClass("verdict-speech-verb")
	// Auxiliaries and verbs that put an obligation on the subject: "must", "should",
	// "needs to".
	obligationWords = wordClass("obligation")
)

// VerdictWord reports whether a lower-case word is a form of a verdict word
// ("unacceptable", "crimes", "groundless"): a sentence that names a single actor may
// still hold a verdict on an act the article told of before.
func VerdictWord(lower string) bool {
	for _, w := range []string{lower, strings.TrimSuffix(lower, "s")} {
		if condemnationWords[w] || denialWords[w] {
			return true
		}
	}
	return false
}

// readingWord reports whether a lower-case word can start one of the readings no
// trigger carries: a verdict word, an obligation ("must", "should"), "behind" or
// "responsible", "involved" or "part" of a reported responsibility, "member", "ally", a form of "allege". ("need" and "have" are too common to
// count: "needs to" is read when another word lets the sentence be parsed.)
func readingWord(w string) bool {
	return obligationWords[w] || w == "behind" || w == "responsible" || w == "involved" || w == "part" || culpritWords[w] || w == "member" || w == "members" || w == "ally" || w == "allies" || backerNouns[strings.TrimSuffix(w, "s")] != "" || strings.HasPrefix(w, "alleg") || VerdictWord(w)
}

// verdicts reads a verdict on something an actor did or said: "X called Y's decision
// unacceptable", "X described the move as a mistake", "X said the strikes were
// illegal", "X finds the resolution illegal". The verdict's holder condemns the act's
// author (CONDEMNS) or, when the verdict denies a claim ("X said the accusations were
// groundless"), denies its authors (DENIES). The author is the actor the thing judged
// names or is owned by ("Trump's announcement", "the U.S. measures"); when the sentence
// does not say it ("called it unjustified", "said the strikes were illegal") the match
// is blocked with "no target" and TargetWord set, for the caller to find in the article.
func (m *Matcher) verdicts(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		judged, verdict, speaker := v.verdict(h)
		if judged == 0 {
			continue
		}
		typ := geokg.Condemns
		hand := true // a verdict of the hand-made classes, which judge things too
		if denialWords[v.lemmas[verdict]] {
			typ = geokg.Denies
		} else if praise(v, verdict, speaker) || !verdictVerbs[v.lemmas[speaker]] && v.praising(verdict) {
			typ = geokg.Supports
		} else if !v.condemnation(verdict) && !actVerdictWords[v.lemmas[verdict]] && !(calledWords[v.lemmas[verdict]] && verdictVerbs[v.lemmas[speaker]]) && !abuse(v, verdict, speaker) {
			typ, hand = v.evaluation(verdict, speaker), false
			if typ == "" || len(v.actorsOf(judged)) == 0 && !judgedActNouns[v.lemmas[judged]] || v.nounsParticiple(speaker) {
				// "called the Lima meeting useful": no actor or act judged; "an order
				// labelling Peru a threat": the order's author, whom the clause does not name
				continue
			}
		}
		if claimNouns[v.lemmas[judged]] {
			if typ != geokg.Denies {
				continue // "called the accusations outrageous": a denial in other words, not read
			}
		} else if typ == geokg.Denies {
			continue // "called the election a lie" is no denial of a claim
		}
		if b, _ := v.qualify(speaker); b != "" || v.modalOrNegated(verdict) != "" || v.conditional(verdict) {
			continue // "it would be a mistake", "it is unacceptable if ...": no verdict on a done act
		}
		src := v.argument(speaker, v.dependents(speaker, Slot{Rel: "nsubj"}, isPassive(v, speaker)))
		if len(src) == 0 && v.word(speaker).UPOS == "VERB" {
			src = v.inheritedSubject(speaker)
		}
		if len(src) == 0 {
			continue
		}
		f := Frame{Type: typ, Lemma: v.lemmas[speaker], POS: v.word(speaker).UPOS}
		path := "nsubj<" + v.lemmas[speaker] + ">" + v.lemmas[verdict]
		var tgt []int
		if v.word(judged).UPOS == "VERB" || v.word(judged).UPOS == "AUX" {
			// "it is unacceptable that Peru is blocking the talks": the clause's doer
			tgt = v.argument(judged, v.subjects(judged))
		} else if v.word(judged).UPOS != "PRON" {
			// "called it unjustified", "saying it was null and void": what "it" is, an
			// act or a vote, the article says before; a pronoun read as an actor is too
			// often the wrong one
			if !v.befallsOwner(judged) {
				tgt = v.owners(judged)
			}
			if len(tgt) == 0 {
				tgt = v.voteHolders(judged)
			}
		}
		if len(tgt) == 0 {
			if abuse(v, verdict, speaker) || typ == geokg.Supports || !hand {
				continue // "calling it a foe", "called it a great gesture": of whom, the sentence does not say
			}
			if v.inquiresIntoCountry(judged) {
				continue // "called the Peru probe a witch hunt": whose inquiry, the sentence does not say
			}
			for _, a := range src {
				out = append(out, Match{Type: typ, Source: a, Target: -1, Trigger: speaker, Frame: f, Path: path, Blocked: "no target", TargetWord: judged, Reading: "verdict"})
			}
			continue
		}
		out = crossPairs(out, seen, actors, src, tgt, -speaker, Match{Type: typ, Trigger: speaker, Frame: f, Path: path + ">" + v.lemmas[judged], Reading: "verdict"}, nil)
	}
	return out
}

// abuse reports whether the verdict word at verdict is a word of abuse that the verb of
// naming at speaker gives ("called Chile's president a coward"; not "Chileans view him
// as their dictator").
func abuse(v *sentence, verdict, speaker int) bool {
	return abuseWords[v.lemmas[verdict]] && namingVerbs[v.lemmas[speaker]]
}

// evaluation returns the relation that an evaluative word of PolarityFile at verdict
// gives when the verb of naming or the speech verb at speaker gives it: CONDEMNS for a
// negative word or a word of abuse ("called Ruiz a liar", "said Ruiz is a coward"),
// SUPPORTS for a positive one ("said Ruiz is a hero"); "" for none, and after a verb of
// view ("sees Peru as a threat" describes).
func (v *sentence) evaluation(verdict, speaker int) geokg.RelationType {
	if verdictVerbs[v.lemmas[speaker]] && !namingVerbs[v.lemmas[speaker]] {
		return ""
	}
	switch {
	case v.evaluative(verdict, negativeWords) || abuseWords[v.lemmas[verdict]]:
		return geokg.Condemns
	case v.positive(verdict) || v.praised(verdict):
		return geokg.Supports
	}
	return ""
}

// evaluative reports whether the word at k is a noun or an adjective of the class c of
// PolarityFile, or a participle modifying a noun whose form is one ("a failed state").
func (v *sentence) evaluative(k int, c map[string]bool) bool {
	switch w := v.word(k); {
	case w.UPOS == "NOUN" || w.UPOS == "ADJ":
		return c[v.lemmas[k]]
	case w.Deprel == "amod" && w.XPOS == "VBN":
		return c[strings.ToLower(w.Form)] // a participle counts by its form ("a failed state")
	}
	return false
}

// praise reports whether the word at verdict is a noun of praise with a praising
// adjective that the verb of naming at speaker gives ("called Boric a terrific leader",
// "described Peru as a trusted partner", "called the offer a smart and gracious
// gesture").
func praise(v *sentence, verdict, speaker int) bool {
	return namingVerbs[v.lemmas[speaker]] && v.praised(verdict)
}

// praising reports whether the word at k praises: a praising adjective ("courageous")
// or a noun of praise that one qualifies ("a wise decision").
func (v *sentence) praising(k int) bool {
	return v.word(k).UPOS == "ADJ" && praiseWords[v.lemmas[k]] || v.praised(k)
}

// praised reports whether the word at k is a noun of praise (praised-noun) that a
// praising adjective (praise-word, or positive-word of PolarityFile) qualifies ("a
// terrific leader", "an outstanding organization"; not "a leader", "a great tragedy"); a
// participle counts by its form ("a trusted partner", lemma "trust").
func (v *sentence) praised(k int) bool {
	if !praisedNouns[v.lemmas[k]] || v.word(k).UPOS != "NOUN" {
		return false
	}
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "amod" && (praiseWords[v.lemmas[c]] || praiseWords[strings.ToLower(v.word(c).Form)] || v.evaluative(c, positiveWords)) {
			return true
		}
	}
	return false
}

// invertedVerdict returns, for a verdict verb h with no object, the word judged and the
// verdict's word of "called Peru's inquiry a witch hunt" parsed with the judged noun as
// the verb's xcomp and the verdict after it as that noun's object or unmarked modifier;
// 0, 0, 0 for any other shape.
func (v *sentence) invertedVerdict(h int) (judged, verdict, speaker int) {
	for _, k := range v.kids[h] {
		if syntax.BaseRel(v.word(k).Deprel) != "xcomp" || v.word(k).UPOS != "NOUN" && v.word(k).UPOS != "PROPN" {
			continue
		}
		for _, c := range v.kids[k] {
			if d := v.word(c).Deprel; c > k && (d == "obj" || d == "nmod:unmarked") {
				if x := v.verdictOn(c, k, true); x > 0 {
					return k, x, h
				}
			}
		}
	}
	return 0, 0, 0
}

// verdict returns, for a word h that gives a verdict, the word judged, the verdict's
// word and the word whose subject holds it; judged is 0 when h gives none.
//
//	called [it] [unjustified]          verdict verb, object, xcomp
//	described [the move] as [a mistake] verdict verb, object, "as" phrase
//	said [the strikes] were [illegal]  speech verb, clausal complement with a copula
func (v *sentence) verdict(h int) (judged, verdict, speaker int) {
	w := v.word(h)
	if w.UPOS == "VERB" && verdictVerbs[v.lemmas[h]] {
		objs := v.dependents(h, Slot{Rel: "obj"}, false)
		if len(objs) == 0 {
			return v.invertedVerdict(h)
		}
		if len(objs) >= 2 {
			// "called the measures a violation", parsed as two objects
			if x := v.verdictOn(objs[len(objs)-1], objs[0], true); x > 0 {
				return objs[0], x, h
			}
		}
		if iobjs := v.dependents(h, Slot{Rel: "iobj"}, false); len(iobjs) > 0 && iobjs[0] < objs[0] {
			// "branded Peru a failed state", parsed with the judged as an indirect object
			if x := v.verdictOn(objs[0], iobjs[0], true); x > 0 {
				return iobjs[0], x, h
			}
		}
		for _, k := range v.kids[h] {
			d := syntax.BaseRel(v.word(k).Deprel)
			switch {
			case d == "xcomp", d == "obl" && v.caseOf(k) == "as", d == "advcl" && (v.hasChild(k, "mark", "as") || v.hasChild(k, "case", "as")),
				v.word(k).Deprel == "obl:unmarked", d == "advcl" && (v.word(k).UPOS == "ADJ" || v.word(k).XPOS == "VBN") && !v.marked(k),
				d == "advmod" && k > objs[0]:
				// "called Peru a foe" and "called Chile \"deranged\"" parsed with the
				// predicate as an unmarked oblique or a bare adverbial clause, "called
				// Peru's claims baseless" with it as an adverb after the object
				if x := v.verdictOn(k, objs[0], true); x > 0 {
					return objs[0], x, h
				}
			}
		}
		for _, k := range v.kids[objs[0]] {
			// "called Peru's move a betrayal", the predicate parsed as the object's
			// unmarked modifier
			if k > objs[0] && v.word(k).Deprel == "nmod:unmarked" {
				if x := v.verdictOn(k, objs[0], true); x > 0 {
					return objs[0], x, h
				}
			}
		}
		return 0, 0, 0
	}
	if syntax.BaseRel(w.Deprel) == "ccomp" && (speechVerbs[v.lemmas[w.Head]] || verdictSpeechVerbs[v.lemmas[w.Head]]) && v.hasChild(h, "cop", "be") {
		if c := v.extraposed(h); c > 0 {
			x := v.verdictWord(h, false)
			if x == 0 {
				return 0, 0, 0
			}
			for _, k := range v.kids[h] {
				if syntax.BaseRel(v.word(k).Deprel) == "obl" && (v.caseOf(k) == "for" || v.caseOf(k) == "of") {
					return k, x, w.Head // "said it was unacceptable for (of) Peru to expel ..."
				}
			}
			return c, x, w.Head // "said it was unacceptable that Peru ..."
		}
		subj := v.subjects(h)
		if len(subj) == 0 {
			return 0, 0, 0
		}
		if x := v.verdictOn(h, subj[0], false); x > 0 {
			return subj[0], x, w.Head
		}
		if x := v.evaluativeWord(h); x > 0 && len(subj) == 1 && v.names(subj[0]) && !v.hasChild(x, "advmod", "enough") {
			if b, _ := v.qualify(h); b == "" {
				// "said Ruiz is a hero": an actor judged (not "is no longer a threat", nor
				// "was smart enough to close the border": a verdict on an act)
				return subj[0], x, w.Head
			}
		}
	}
	return 0, 0, 0
}

// nounsParticiple reports whether the verb at k is, or may be, a participle of the noun
// before it, whose subject that noun is: attached to it ("the decree labeling Peru a
// threat"), or an -ing form after its clause's verb without a subject of its own that
// no comma sets off (the parser hangs "denounced the decree labeling Peru a threat"
// either way; not "met in Lima, calling Peru a threat", "Describing Peru as a threat,
// Ruiz said").
func (v *sentence) nounsParticiple(k int) bool {
	w := v.word(k)
	return w.Deprel == "acl" || w.XPOS == "VBG" && k > w.Head && len(v.subjects(k)) == 0 && !v.hasChild(k, "punct", ",") && !v.hasKid(k, "mark")
}

// positive reports whether the word at k is a positive noun of PolarityFile ("a hero") or
// a positive adjective that is no noun's modifier ("called Ruiz honest"): on a noun, a
// positive adjective praises only a noun of praise ("a great leader", praised; not "a
// great tragedy").
func (v *sentence) positive(k int) bool {
	return v.evaluative(k, positiveWords) && (v.word(k).UPOS == "NOUN" || v.word(k).Deprel != "amod")
}

// names reports whether the word at k names an actor itself ("Ruiz", "Peru",
// "President Ruiz"), not a pronoun, a thing of one ("Peruvian-Chilean relations") or a
// nationality adjective.
func (v *sentence) names(k int) bool {
	u := v.word(k).UPOS
	return u != "PRON" && u != "ADJ" && (v.actor[k] >= 0 || v.flatName(k) >= 0)
}

// evaluativeWord returns the word of PolarityFile or of abuse at the predicate k or its
// adjective ("a liar", "a genuine hero", "a senile old man"), 0 when none; an adjective
// of a place noun describes the place ("said Peru was a dangerous country": class
// place-kind-noun).
func (v *sentence) evaluativeWord(k int) int {
	is := func(i int) bool {
		return v.evaluative(i, negativeWords) || v.positive(i) || v.praised(i) || abuseWords[v.lemmas[i]]
	}
	if is(k) {
		return k
	}
	if placeKindNouns[v.lemmas[k]] {
		return 0
	}
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "amod" && is(c) {
			return c
		}
	}
	return 0
}

// extraposed returns the clause an "it" subject of the predicate h stands for ("it is
// unacceptable that Peru is blocking the talks", "it was illegal for Chile to ..."):
// the predicate's "that" or "to" clause when its subject is "it", else 0.
func (v *sentence) extraposed(h int) int {
	if !v.hasChild(h, "expl", "it") && !v.hasChild(h, "nsubj", "it") {
		return 0
	}
	for _, k := range v.kids[h] {
		if d := syntax.BaseRel(v.word(k).Deprel); (d == "ccomp" || d == "csubj" || d == "advcl") && (v.hasChild(k, "mark", "that") || v.hasChild(k, "mark", "for") || v.hasChild(k, "mark", "to")) {
			return k
		}
	}
	return 0
}

// verdictWord returns the word of a verdict at k: k itself, a conjunct ("unacceptable
// and counterproductive"), an adjective of a noun ("a disastrous dictatorship") or, after
// a verdict verb, a noun's compound ("called Peru a rogue state"); 0
// when none is a verdict word. called says a verdict verb gives it ("called the
// operation a bad idea"), which lets the called-condemnation words count.
func (v *sentence) verdictWord(k int, called bool) int {
	is := func(i int) bool {
		return v.condemnation(i) || denialWords[v.lemmas[i]] || called && (calledWords[v.lemmas[i]] || abuseWords[v.lemmas[i]] || v.praised(i) || v.evaluative(i, negativeWords) || v.positive(i))
	}
	if is(k) {
		return k
	}
	for _, c := range v.kids[k] {
		if d := v.word(c).Deprel; (d == "conj" || d == "amod" || d == "compound" && called) && is(c) {
			return c
		}
	}
	return 0
}

// condemnation reports whether the word at k is a condemnation word: its lemma, or,
// for a noun with its compound right before it, the two joined by a hyphen ("a witch
// hunt": witch-hunt).
func (v *sentence) condemnation(k int) bool {
	return condemnationWords[v.lemmas[k]] || condemnationWords[v.pairLemma(k)]
}

// pairLemma returns the lemmas of the noun at k and of its compound right before it
// (or before a hyphen the tokenizer split off) joined by a hyphen ("witch-hunt" for "a
// witch hunt" and "a witch-hunt"), or "" when it has none.
func (v *sentence) pairLemma(k int) string {
	c := k - 1
	if c > 1 && v.word(c).Form == "-" {
		c--
	}
	if c < 1 || v.word(c).Deprel != "compound" || v.word(c).Head != k {
		return ""
	}
	return v.lemmas[c] + "-" + v.lemmas[k]
}

// verdictOn returns the word of a verdict at k on the thing judged: a verdict word
// (verdictWord) or, when judged is an act whose author the sentence names, a word that
// condemns only such an act (actVerdict); 0 when neither.
func (v *sentence) verdictOn(k, judged int, called bool) int {
	if x := v.verdictWord(k, called); x > 0 {
		return x
	}
	return v.actVerdict(k, judged)
}

// actVerdict returns the word at k or its adjective ("a disaster", "a disastrous
// error") that condemns an act (class act-verdict-word), or the word at k that praises
// one (praising: "courageous", "a wise decision"), when judged is a noun of an act
// (class judged-act-noun) whose author the sentence names: its possessor, a nationality
// or a "by" phrase ("Peru's decision was a disaster", "the move by Chile was wrong"),
// or an actor whose act the predicate's "to" clause tells ("Peru was wrong to expel
// the envoy"); 0 otherwise ("the floods were a disaster", "the decision was a
// disaster", "Peru was wrong").
func (v *sentence) actVerdict(k, judged int) int {
	switch {
	case v.word(judged).UPOS == "PROPN":
		if len(v.actorsOf(judged)) == 0 || !v.toClause(k) || !actVerdictWords[v.lemmas[k]] {
			return 0 // "Peru was wrong to expel the envoy", not "Peru was smart enough to"
		}
	case len(v.actOwners(judged)) == 0:
		return 0
	}
	if actVerdictWords[v.lemmas[k]] || v.praising(k) {
		return k
	}
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "amod" && actVerdictWords[v.lemmas[c]] {
			return c
		}
	}
	return 0
}

// actOwners returns the authors of the act the noun at n names (class judged-act-noun)
// when the sentence names them: its possessor, a nationality or a "by" phrase ("Peru's
// decision", "the move by Chile"); nil for another word and for an act that befell its
// owners (befallsOwner).
func (v *sentence) actOwners(n int) []int {
	if !judgedActNouns[v.lemmas[n]] || v.word(n).UPOS != "NOUN" || v.befallsOwner(n) {
		return nil
	}
	return v.owners(n)
}

// toClause reports whether the predicate k takes a "to" clause ("wrong to expel").
func (v *sentence) toClause(k int) bool {
	for _, c := range v.kids[k] {
		if d := syntax.BaseRel(v.word(c).Deprel); (d == "xcomp" || d == "advcl") && v.hasChild(c, "mark", "to") {
			return true
		}
	}
	return false
}

// marked reports whether the clause headed by k is introduced by a word (a mark or a
// case): "called Chile deranged" is a verdict, "called Chile when deranged" none.
func (v *sentence) marked(k int) bool {
	for _, c := range v.kids[k] {
		if d := syntax.BaseRel(v.word(c).Deprel); d == "mark" || d == "case" {
			return true
		}
	}
	return false
}

// conditional reports whether a condition hangs on the clause headed by h ("is
// unacceptable if North Korea ...").
func (v *sentence) conditional(h int) bool {
	for _, k := range v.kids[h] {
		if syntax.BaseRel(v.word(k).Deprel) == "advcl" && v.hasChildIn(k, "mark", conditionMarks) {
			return true
		}
	}
	return false
}

// patientNouns name acts that befall their possessor ("Ruiz's arrest").
var patientNouns = wordClass("patient-noun")

// BefallsOwner reports whether the noun at word k of s names an act that befell its
// possessor, with no "of" phrase naming another patient: "called Ruiz's arrest a
// violation" judges whoever arrested Ruiz, not Ruiz ("Peru's arrest of Ruiz" is Peru's).
func BefallsOwner(s *syntax.Sentence, k int) bool {
	if s == nil || k < 1 || k > len(s.Words) {
		return false
	}
	return newSentence(s, nil, nil).befallsOwner(k)
}

// befallsOwner is BefallsOwner on the sentence's view.
func (v *sentence) befallsOwner(k int) bool {
	if !patientNouns[v.lemmas[k]] {
		return false
	}
	owned := false
	for _, c := range v.kids[k] {
		switch x := v.word(c); {
		case x.Deprel == "nmod:poss":
			owned = true
		case syntax.BaseRel(x.Deprel) == "nmod" && v.caseWord(c, "of"):
			return false
		}
	}
	return owned
}

// relationNouns name others by their relation to their possessor ("Peru's allies",
// "Boric's critics"): the relational nouns and class relation-noun.
var relationNouns = joinedClasses(relationalNouns, wordClass("relation-noun"))

// NamesOthers reports whether the noun at word k of s names others by their relation
// to its possessor (relationNouns): "criticized Peru's allies" criticizes the allies,
// not Peru.
func NamesOthers(s *syntax.Sentence, k int) bool {
	if s == nil || k < 1 || k > len(s.Words) {
		return false
	}
	return relationNouns[strings.ToLower(s.Words[k-1].Lemma)]
}

// InquiryNoun reports whether the lemma names an inquiry, which a country named in its
// compound is into, not its author ("the Peru probe": class inquiry-noun).
func InquiryNoun(lemma string) bool { return inquiryNouns[lemma] }

// PatientNoun reports whether the lemma names an act that befalls its possessor
// ("arrest", "killing": class patient-noun).
func PatientNoun(lemma string) bool { return patientNouns[lemma] }

// owners returns the actors a judged thing names or belongs to: the actor it names
// ("called Iran a threat"), its possessor ("Trump's announcement"), or an actor
// modifying it ("the U.S. measures", "the American withdrawal"); nil when it names none.
// A country's name in a compound of an inquiry is what is inquired into, not its owner
// ("slammed the Peru probe": class inquiry-noun).
func (v *sentence) owners(k int) []int {
	if as := v.actorsOf(k); len(as) > 0 {
		return as
	}
	for _, c := range v.kids[k] {
		switch d := v.word(c).Deprel; {
		case v.inquiredInto(k, c):
			continue
		case d == "nmod:poss" || d == "compound" || d == "amod":
			if a := v.actor[c]; a >= 0 {
				return []int{a}
			}
			if d == "nmod:poss" {
				// "the Peruvian government's policy": the state its possessor stands for
				if as := v.actorsOf(c); len(as) > 0 {
					return as
				}
			}
		case syntax.BaseRel(d) == "nmod" && (v.caseOf(c) == "by" || v.caseOf(c) == "from"):
			// "claims by the Obama administration", "accusations from Kyiv"
			if as := v.actorsOf(c); len(as) > 0 {
				return as
			}
		case d == "acl":
			// "the sanctions imposed by the UN": the participle's agent
			for _, g := range v.kids[c] {
				if v.word(g).Deprel == "obl:agent" {
					if as := v.actorsOf(g); len(as) > 0 {
						return as
					}
				}
			}
		}
	}
	return nil
}

// inquiresIntoCountry reports whether the noun at k is an inquiry into a country its
// compound names (inquiredInto).
func (v *sentence) inquiresIntoCountry(k int) bool {
	for _, c := range v.kids[k] {
		if v.inquiredInto(k, c) {
			return true
		}
	}
	return false
}

// inquiredInto reports whether the word c, a compound of the noun k, names a country
// that k, a noun of an inquiry, inquires into ("the Peru probe": class inquiry-noun).
func (v *sentence) inquiredInto(k, c int) bool {
	return inquiryNouns[v.lemmas[k]] && v.word(c).Deprel == "compound" && v.country(v.actor[c])
}

// obligations reads an obligation a speaker puts on another actor: "X said the US must
// withdraw", "the Vatican must sever ties with Taiwan, she reiterated", "the US needs to
// work with Pakistan, it said": the speaker DEMANDS it of the obliged. The obliged's own
// speaker ("we must") and questions are no demand of another, nor is what the obliged
// should know, see or decide ("Peru should know that ...", "Chile must understand that
// ...": a warning or a lesson; "has to make a tough call": a choice; no act asked:
// noActAsked). An obligation no speech verb
// reports is left to the quotation's speaker (unattributedObligation).
// knowingVerbs name knowing or seeing, which an obligation does not ask as an act.
var knowingVerbs = wordClass("knowing-verb")

// deliberationVerbs and decisionObjects name deciding ("decide", "make a call"), which an
// obligation describes as a choice, no act asked.
var (
	deliberationVerbs = wordClass("deliberation-verb")
	decisionObjects   = wordClass("decision-object")
)

// noActAsked reports whether the obligation at h (a verb with "must" or "should", or
// "need"/"have" with its infinitive) asks no act: knowing or seeing ("Peru should know
// that ..."), deciding ("Chile has to decide whether ...", "the president has to make a
// tough call"; not a choice the speaker names: "must choose to stop", "must decide
// between peace and war") or finding out ("needs to find out if ...").
func (v *sentence) noActAsked(h int) bool {
	k := h
	if l := v.lemmas[h]; l == "need" || l == "have" {
		for _, c := range v.kids[h] {
			if v.word(c).Deprel == "xcomp" && v.hasChild(c, "mark", "to") {
				k = c
			}
		}
	}
	switch l := v.lemmas[k]; {
	case knowingVerbs[l]:
		return true
	case deliberationVerbs[l]:
		// "must choose to stop", "has to decide between peace and war": the choice asked
		for _, c := range v.kids[k] {
			if d := v.word(c).Deprel; d == "xcomp" || syntax.BaseRel(d) == "obl" && v.caseOf(c) == "between" {
				return false
			}
		}
		return true
	case l == "find" || l == "figure":
		return v.hasChild(k, "compound", "out") // compound:prt, which hasChild compares by its base
	case l == "make":
		return v.hasChildIn(k, "obj", decisionObjects)
	}
	return false
}

func (m *Matcher) obligations(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for i := 1; i <= len(v.s.Words); i++ {
		w := v.word(i)
		rel := syntax.BaseRel(w.Deprel)
		h, sp := i, w.Head
		if t := v.toldRelative(i); t > 0 {
			sp = t // "told Peru at a meeting with Bolivian leaders that it must ...": hung on a noun
		} else if rel != "ccomp" && rel != "parataxis" || w.UPOS != "VERB" {
			continue
		}
		if rel == "parataxis" && sp > 0 && !speechVerbs[v.lemmas[sp]] {
			// "The US should deal only with Khartoum, he stressed": the speech verb hangs
			// on the obliging clause (else the clause hangs on it: "She reiterated that,
			// ..., the Vatican must sever ties")
			sp, h = h, sp
			if sp <= 0 || h <= 0 || v.word(h).UPOS != "VERB" {
				continue
			}
		}
		if !speechVerbs[v.lemmas[sp]] && !hearerVerbs[v.lemmas[sp]] || !v.obliged(h) || isPassive(v, h) || v.hasChildIn(h, "mark", conditionMarks) || v.noActAsked(h) {
			continue // not "whether it should ...", "if X must ...", "X should know that ..."
		}
		if b, _ := v.qualify(sp); b != "" {
			continue
		}
		obliged := v.argument(h, v.subjects(h))
		if hs := v.hearers(sp); len(hs) == 1 && v.pronounSubject(h) {
			if v.hasChildIn(h, "advmod", quantifiers) || v.hasChildIn(v.subjects(h)[0], "det", quantifiers) {
				continue // "told the UN that they must all work together": a joint aim
			}
			obliged = hs // "told Peru that it must withdraw": the hearer, whoever the pronoun was resolved to
		} else if hearerVerbs[v.lemmas[sp]] && !speechVerbs[v.lemmas[sp]] {
			continue // "reminded reporters that Peru must pay": told to no actor
		}
		if len(obliged) > 1 {
			continue // "the US and India should increase ...": a joint aim, not a demand
		}
		speakers := v.argument(sp, v.dependents(sp, Slot{Rel: "nsubj"}, isPassive(v, sp)))
		if len(speakers) == 0 {
			speakers = v.inheritedSubject(sp)
		}
		f := Frame{Type: geokg.Demands, Lemma: v.lemmas[sp], POS: "VERB"}
		path := "nsubj<" + v.lemmas[sp] + ">" + syntax.BaseRel(v.word(h).Deprel) + ">" + v.lemmas[h]
		// a view of one's own side's course is no demand ("Obama said America needs to ...")
		out = crossPairs(out, seen, actors, speakers, obliged, -h, Match{Type: geokg.Demands, Trigger: sp, Frame: f, Path: path, Reading: "reported obligation"}, func(a, b int) bool { return ownSide(actors[a], actors[b]) })
	}
	return v.unattributedObligation(out, actors)
}

// hearerVerbs tell a hearer, on whom an obligation they report falls when its subject is
// a pronoun ("Chile told Peru that it must withdraw", "reminded Bolivia it should pay").
var hearerVerbs = wordClass("hearer-verb")

// hearers returns the one actor a telling verb at sp tells (its indirect object, else its
// object), none for another verb or a hearer of no actor ("told reporters").
func (v *sentence) hearers(sp int) []int {
	if !hearerVerbs[v.lemmas[sp]] {
		return nil
	}
	if hs := v.argument(sp, v.dependents(sp, Slot{Rel: "iobj"}, false)); len(hs) > 0 {
		return hs
	}
	return v.argument(sp, v.dependents(sp, Slot{Rel: "obj"}, false))
}

// pronounSubject reports whether the clause at h has a third-person personal pronoun as
// its subject ("that it must withdraw", "they should spend more").
func (v *sentence) pronounSubject(h int) bool {
	for _, k := range v.subjects(h) {
		if v.word(k).XPOS == "PRP" && thirdPersons[strings.ToLower(v.word(k).Form)] {
			return true
		}
	}
	return false
}

// thirdPersons are the subject pronouns that may stand for a hearer.
var thirdPersons = map[string]bool{"he": true, "she": true, "it": true, "they": true}

// toldRelative returns the telling verb whose reported clause the parser hung on a noun as
// a relative clause: "told Peru at a meeting with Bolivian leaders that it must withdraw",
// "told Andean Pact members they should spend more": a verb clause with a personal pronoun
// subject (no relative word) under a noun that the verb governs through objects, obliques,
// modifiers or conjuncts; 0 if none.
func (v *sentence) toldRelative(i int) int {
	if v.word(i).Deprel != "acl:relcl" || v.word(i).UPOS != "VERB" || !v.pronounSubject(i) {
		return 0
	}
	n := v.word(i).Head
	for steps := 0; n > 0 && steps < 4; steps++ {
		switch syntax.BaseRel(v.word(n).Deprel) {
		case "obj", "iobj", "obl", "nmod", "conj", "compound":
			n = v.word(n).Head
			if hearerVerbs[v.lemmas[n]] && v.word(n).UPOS == "VERB" {
				return n
			}
		default:
			return 0
		}
	}
	return 0
}

// unattributedObligation appends, blocked with "no speaker", the demand an obligation in
// the main clause of a sentence no speech verb attributes puts on its one actor subject:
// inside a quotation whose speaker another sentence names ("“Chile must withdraw its
// troops.”"), the caller gives it that speaker. Not the quotation's own "we", a
// condition, a passive, what the obliged should know, nor what it should have done or
// needed to do ("Chile should have warned us", "Boric needed to act": the past, no act
// asked).
func (v *sentence) unattributedObligation(out []Match, actors []Actor) []Match {
	h := v.root()
	if h <= 0 || v.word(h).UPOS != "VERB" || !v.obliged(h) || isPassive(v, h) || v.hasChildIn(h, "mark", conditionMarks) || v.noActAsked(h) ||
		v.hasChild(h, "aux", "have") || v.word(h).XPOS == "VBD" || v.saidAside(h) {
		return out
	}
	obliged := v.argument(h, v.subjects(h))
	if len(obliged) != 1 || v.firstPerson(obliged) {
		return out
	}
	return append(out, Match{Type: geokg.Demands, Source: -1, Target: obliged[0], Trigger: h, Frame: Frame{Type: geokg.Demands, Lemma: v.lemmas[h], POS: "VERB"},
		Path: "root>" + v.lemmas[h], Reading: "quoted obligation", Blocked: "no speaker"})
}

// obliged reports whether the clause headed by h puts an obligation on its subject:
// "must", "should" or "ought" as its auxiliary, or "need"/"have" with "to" ("needs to
// change", "has to stop").
func (v *sentence) obliged(h int) bool {
	for _, k := range v.kids[h] {
		// "Should Iran deliver on its threats, ...": an auxiliary before its subject
		// makes a condition, not an obligation
		if syntax.BaseRel(v.word(k).Deprel) == "aux" && obligationWords[v.lemmas[k]] && k > v.subjectStart(h) {
			return true
		}
	}
	l := v.lemmas[h]
	if l != "need" && l != "have" || v.modalOrNegated(h) != "" && !v.hasChild(h, "advmod", "not") && !v.hasChild(h, "advmod", "n't") {
		return false // "will need to", "would have to": a prediction or a condition
	}
	if l == "have" && (v.word(h).XPOS == "VBD" || len(v.dependents(h, Slot{Rel: "obj"}, false)) > 0) {
		return false // "Trump had to postpone": what happened; "had 48 hours to leave"
	}
	for _, k := range v.kids[h] {
		if v.word(k).Deprel == "xcomp" && v.hasChild(k, "mark", "to") && !isPassive(v, k) {
			return true // "needs to change"; not "needed to be removed", whose subject acts not
		}
	}
	return false
}

// notMembers are the modifiers of "member" that say the actor is no member now.
var notMembers = map[string]bool{"former": true, "ex": true, "non": true, "prospective": true, "aspiring": true, "candidate": true, "would-be": true, "future": true, "potential": true,
	"once": true} // "the Taliban, once Bolivia's ally"

// memberships reads a membership the noun "member" states: "Cyprus is an EU member",
// "Iran is OPEC's third-largest member", "Venezuela and other OPEC members", "Russia, a
// member of the Security Council,": the actor is MEMBER_OF the body that owns the
// noun. A former, prospective or negated membership ("is not a member", "would become a
// member") states none.
func (m *Matcher) memberships(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		if v.lemmas[h] != "member" || v.word(h).UPOS != "NOUN" || v.actor[h] >= 0 {
			continue
		}
		var body []int
		for _, c := range v.kids[h] {
			d := v.word(c).Deprel
			if d == "nmod:poss" || d == "compound" || syntax.BaseRel(d) == "nmod" && v.caseOf(c) == "of" {
				if a := v.actor[c]; a >= 0 && !v.person[a] {
					body = append(body, a)
				}
			}
		}
		if len(body) != 1 {
			continue
		}
		former := false
		for _, c := range v.kids[h] {
			if notMembers[v.lemmas[c]] || strings.EqualFold(v.word(c).Form, "longer") {
				former = true // "former member", "no longer a member"
			}
		}
		if former || v.modalOrNegated(h) != "" {
			continue
		}
		if b, _ := v.qualify(h); b != "" {
			continue
		}
		var members []int
		w := v.word(h)
		switch {
		case v.hasChild(h, "cop", "be"):
			members = v.argument(h, v.subjects(h)) // "Cyprus is an EU member"
		case w.Deprel == "appos" && w.Head > 0 && !v.hasCase(w.Head):
			if a := v.actor[w.Head]; a >= 0 {
				members = []int{a} // "Russia, a member of the council," (not "US Senator X, a member of")
			}
		case w.Deprel == "conj" && v.hasChild(h, "amod", "other") && w.Head > 0:
			if a := v.actor[w.Head]; a >= 0 {
				members = []int{a} // "Venezuela and other OPEC members"
			}
		}
		f := Frame{Type: geokg.MemberOf, Lemma: "member", POS: "NOUN"}
		for _, a := range members {
			key := [3]int{a, body[0], -h}
			if v.person[a] || actors[a].ID == actors[body[0]].ID || seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, Match{Type: geokg.MemberOf, Source: a, Target: body[0], Trigger: h, Frame: f, Path: "nsubj<member>nmod", Reading: "membership"})
		}
	}
	return out
}

// allegeVerbs make whatever their clause says of its doer an accusation: "Iraq alleged
// Ritter was a spy", "American authorities allege the attacks were plotted by bin Laden".
var allegeVerbs = map[string]bool{"allege": true}

// allegations reads an allegation's clause: its speaker ACCUSES the clause's doer, the
// subject of an active clause or the agent of a passive one. A negated or modal
// allegation ("did not allege", "may allege") accuses no one.
func (m *Matcher) allegations(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		w := v.word(h)
		if syntax.BaseRel(w.Deprel) != "ccomp" || w.Head <= 0 || !allegeVerbs[v.lemmas[w.Head]] {
			continue
		}
		sp := w.Head
		if b, _ := v.qualify(sp); b != "" || v.modalOrNegated(sp) != "" {
			continue
		}
		var doers []int
		if isPassive(v, h) {
			for _, k := range v.kids[h] {
				if v.word(k).Deprel == "obl:agent" || syntax.BaseRel(v.word(k).Deprel) == "obl" && v.caseOf(k) == "by" {
					doers = v.argument(h, []int{k})
				}
			}
		} else {
			doers = v.argument(h, v.subjects(h))
		}
		speakers := v.argument(sp, v.dependents(sp, Slot{Rel: "nsubj"}, isPassive(v, sp)))
		f := Frame{Type: geokg.Accuses, Lemma: v.lemmas[sp], POS: "VERB"}
		out = m.accusations(out, seen, actors, speakers, doers, h, f, "allegation", "nsubj<"+v.lemmas[sp]+">ccomp>"+v.lemmas[h])
	}
	return out
}

// consequences reads a threat stated as what an act would bring on its author: "Saudi
// Arabia warned that any sanctions against the kingdom would be met with greater
// action", "Pompeo said any attacks by Tehran would be answered with a decisive
// response", "any annexation would lead to repercussions". The speaker THREATENS the
// act's author: named with the act ("attacks by Tehran", "Israel's annexation"), else
// left to the caller (Blocked "no target", TargetWord the act) to find in the article.
func (m *Matcher) consequences(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		w := v.word(h)
		if syntax.BaseRel(w.Deprel) != "ccomp" || w.Head <= 0 {
			continue
		}
		sp := w.Head
		if !speechVerbs[v.lemmas[sp]] && !threatVerbs[v.lemmas[sp]] {
			continue
		}
		modal, forecast := false, false
		for _, k := range v.kids[h] {
			if syntax.BaseRel(v.word(k).Deprel) == "aux" && threatModals[v.lemmas[k]] {
				modal, forecast = true, forecastModals[v.lemmas[k]]
			}
		}
		if !modal || !v.bringsConsequence(h) || v.modalOrNegated(h) == "" || negatedClause(v, h) {
			continue
		}
		if forecast && !v.consequenceArgument(h) {
			continue // "might lead to the resurgence of the rebels": a forecast
		}
		subj := v.subjects(h)
		if len(subj) == 0 || !m.hostileNoun(v, subj[0]) {
			continue
		}
		if b, _ := v.qualify(sp); b != "" {
			continue
		}
		speakers := v.argument(sp, v.dependents(sp, Slot{Rel: "nsubj"}, isPassive(v, sp)))
		if len(speakers) == 0 {
			speakers = v.inheritedSubject(sp) // "denied ... and warned that"
		}
		if len(speakers) == 0 {
			continue
		}
		act := subj[0]
		var authors []int
		for _, c := range v.kids[act] {
			d := v.word(c).Deprel
			if d == "nmod:poss" || d == "amod" || d == "compound" || syntax.BaseRel(d) == "nmod" && (v.caseOf(c) == "by" || v.caseOf(c) == "from") {
				authors = append(authors, v.actorsOf(c)...)
			}
		}
		f := Frame{Type: geokg.Threatens, Lemma: v.lemmas[sp], POS: "VERB"}
		path := "nsubj<" + v.lemmas[sp] + ">ccomp>" + v.lemmas[h]
		if len(authors) == 0 {
			for _, a := range speakers {
				out = append(out, Match{Type: geokg.Threatens, Source: a, Target: -1, Trigger: sp, Frame: f, Path: path, Blocked: "no target", TargetWord: act, Reading: "consequence"})
			}
			continue
		}
		out = crossPairs(out, seen, actors, speakers, authors, -h, Match{Type: geokg.Threatens, Trigger: sp, Frame: f, Path: path, Reading: "consequence"}, nil)
	}
	return out
}

// conditionalThreats reads a threat of a hostile act on a condition another must meet:
// "the militants threatened to kill a hostage if the US did not stop its strikes", "Iran
// vowed to close the strait if Washington attacked". The one who threatens THREATENS the
// subject of the "if" or "unless" clause, when the act itself names no actor it is done to
// (those the frames read as the act's target). With the verb "threaten" any act is such a
// threat (threatenedAct: "Chile threatened to withdraw from the pact unless Peru agrees"),
// on a condition whose clause is active ("if the prosecutor was not dismissed" names who
// is to be dismissed, not who is threatened). A consequence threatened or warned of is
// such an act too ("Peru warned of severe consequences if Chile moved troops", "threatened
// severe punishment if ..."), and threatens without a condition the actor of its "for",
// "against" or "on" phrase ("warned of consequences for Chile").
func (m *Matcher) conditionalThreats(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for sp := 1; sp <= len(v.s.Words); sp++ {
		if !threatVerbs[v.lemmas[sp]] || v.word(sp).UPOS != "VERB" {
			continue
		}
		for _, act := range v.kids[sp] {
			var targets []int
			rel, anyAct := "xcomp", false
			switch {
			case v.word(act).Deprel == "xcomp" && v.word(act).UPOS == "VERB" && m.hostileVerb(v, act):
				if v.namesTarget(act) {
					continue
				}
			case v.threatenedAct(sp, act):
				rel, anyAct = v.word(act).Deprel, true
			case v.threatenedConsequence(act):
				rel = syntax.BaseRel(v.word(act).Deprel)
				for _, c := range []string{"for", "against", "on"} {
					if targets = v.argument(act, v.dependents(act, Slot{Rel: "nmod", Case: c}, false)); len(targets) > 0 {
						break
					}
				}
			default:
				continue
			}
			cond := 0
			for _, h := range []int{act, sp} {
				for _, k := range v.kids[h] {
					if v.word(k).Deprel == "advcl" && (v.hasChild(k, "mark", "if") || v.hasChild(k, "mark", "unless")) {
						cond = k
					}
				}
			}
			if cond == 0 && len(targets) == 0 || anyAct && (cond == 0 || isPassive(v, cond)) {
				continue
			}
			if b, _ := v.qualify(sp); b != "" {
				continue
			}
			speakers := v.argument(sp, v.dependents(sp, Slot{Rel: "nsubj"}, isPassive(v, sp)))
			if len(speakers) == 0 {
				speakers = v.inheritedSubject(sp)
			}
			path := "nsubj<" + v.lemmas[sp] + ">" + rel + ">" + v.lemmas[act]
			if len(targets) == 0 {
				targets, path = v.argument(cond, v.subjects(cond)), path+">advcl>nsubj"
			}
			f := Frame{Type: geokg.Threatens, Lemma: v.lemmas[sp], POS: "VERB"}
			out = crossPairs(out, seen, actors, speakers, targets, -sp, Match{Type: geokg.Threatens, Trigger: sp, Frame: f, Path: path, Reading: "conditional threat"}, func(a, b int) bool { return party(actors, b, speakers) })
		}
	}
	return out
}

// quitVerbs are the acts of quitting one's own post or seat, which threatened are a protest,
// no act on another ("threatened to resign if Chile joined the council"; class `quit-verb`).
var quitVerbs = wordClass("quit-verb")

// threatenedAct reports whether the verb at act is what the verb "threaten" at sp threatens
// to do, whatever the act but quitting (quitVerbs): "threatened to withdraw from the pact
// unless Peru agrees", "threatened to cut off aid if Chile ...", "threatened that the US
// would leave the deal unless ...": said with "threaten", an act held over another's
// conduct is a threat to it; "warn" and "vow" also promise ("vowed to keep the embassy
// open if Peru ..."), and keep to hostile acts.
func (v *sentence) threatenedAct(sp, act int) bool {
	d := v.word(act).Deprel
	if d == "advcl" && v.hasChild(act, "mark", "to") {
		d = "xcomp" // "threatened on Saturday to counter the U.S. if ...", parsed as a clause of its own
	}
	return v.lemmas[sp] == "threaten" && (d == "xcomp" || d == "ccomp") && v.word(act).UPOS == "VERB" && !quitVerbs[v.lemmas[act]]
}

// namesTarget reports whether the act at k names an actor as its object or in an
// oblique.
func (v *sentence) namesTarget(k int) bool {
	for _, c := range v.kids[k] {
		if r := syntax.BaseRel(v.word(c).Deprel); (r == "obj" || r == "obl") && len(v.actorsOf(c)) > 0 {
			return true
		}
	}
	return false
}

// harmModifiers make a consequence a forecast rather than a threat: "warned of dire
// economic consequences if Chile left the pact" tells of harm, not of an answer.
var harmModifiers = wordClass("harm-modifier")

// threatenedConsequence reports whether k is a consequence noun (class consequence:
// "consequences", "punishment", "retaliation") that a threat verb threatens or warns of:
// its object ("threatened severe punishment") or its "of" phrase ("warned of
// consequences"), with no modifier of class harm-modifier.
func (v *sentence) threatenedConsequence(k int) bool {
	w := v.word(k)
	if w.UPOS != "NOUN" || !consequenceWords[v.lemmas[k]] {
		return false
	}
	if r := syntax.BaseRel(w.Deprel); r != "obj" && !(r == "obl" && v.caseOf(k) == "of") {
		return false
	}
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "amod" && harmModifiers[v.lemmas[c]] {
			return false
		}
	}
	return true
}

// hostileVerb reports whether the verb at k is a hostile act of the lexicon (an attack,
// sanctions, an expulsion or a break of ties) with the frame's constraints met ("impose
// sanctions", not "impose a curfew").
func (m *Matcher) hostileVerb(v *sentence, k int) bool {
	for _, f := range m.lex.Lookup(v.lemmas[k], "VERB") {
		if coercive(f.Type) && v.satisfies(k, f.Requires, isPassive(v, k)) {
			return true
		}
	}
	return false
}

// consequenceWords are what an act would bring on its author: "be met with", "be
// answered with", "lead to repercussions", "face consequences".
var consequenceWords = wordClass("consequence")

// ConsequenceWord reports whether a lemma names what an act would bring on its author
// (class `consequence`: "response", "retaliation", "repercussion").
func ConsequenceWord(lemma string) bool { return consequenceWords[lemma] }

// bringsConsequence reports whether the clause headed by h says an act brings a
// consequence: its verb is one ("met", "answered", "lead to") or its object or
// oblique is one ("repercussions", "a response").
func (v *sentence) bringsConsequence(h int) bool {
	return consequenceWords[v.lemmas[h]] || v.consequenceArgument(h)
}

// forecastModals tell what an act may bring, a forecast unless the consequence is named
// by a noun ("could trigger a response"; not "might lead to the resurgence of the rebels").
var forecastModals = map[string]bool{"could": true, "can": true, "may": true, "might": true}

// ForecastModal reports whether a lower-case modal tells what an act may bring
// (forecastModals).
func ForecastModal(lower string) bool { return forecastModals[lower] }

// consequenceArgument reports whether an object or oblique of the clause headed by h (or
// of a verb joined to it) is a consequence ("repercussions", "a response").
func (v *sentence) consequenceArgument(h int) bool {
	for _, k := range v.kids[h] {
		switch syntax.BaseRel(v.word(k).Deprel) {
		case "obj", "obl", "xcomp", "conj":
			if consequenceWords[v.lemmas[k]] || v.word(k).Deprel == "conj" && v.bringsConsequence(k) {
				return true
			}
		}
	}
	return false
}

// negatedClause reports whether the clause headed by h is negated.
func negatedClause(v *sentence, h int) bool {
	for _, k := range v.kids[h] {
		if syntax.BaseRel(v.word(k).Deprel) == "advmod" && negation[v.lemmas[k]] {
			return true
		}
	}
	return false
}

// hostileNoun reports whether the noun at k names a hostile act of the lexicon
// ("attacks", "sanctions", "annexation", "aggression").
func (m *Matcher) hostileNoun(v *sentence, k int) bool {
	if v.word(k).UPOS != "NOUN" {
		return false
	}
	for _, f := range m.lex.Lookup(v.lemmas[k], "NOUN") {
		if hostile(f.Type) && f.Type != geokg.Accuses && f.Type != geokg.Condemns && f.Type != geokg.Threatens {
			return true
		}
	}
	return hostileActNouns[v.lemmas[k]]
}

// hostileActNouns are hostile acts the lexicon has no noun frame for.
var hostileActNouns = map[string]bool{"annexation": true, "incursion": true, "provocation": true}

// backerNouns name one who backs or criticises the actor that owns the noun: "Iran, the
// main backer of Hamas,", "a staunch defender of Peru" and "Russia has been Assad's most
// ardent supporter" SUPPORT Hamas, Peru and Assad, "Senator Ruiz, a fierce critic of
// President Boric," CONDEMNS Boric, read as an ally is (below).
var backerNouns = map[string]geokg.RelationType{"backer": geokg.Supports, "supporter": geokg.Supports, "patron": geokg.Supports, "sponsor": geokg.Supports,
	"defender": geokg.Supports, "champion": geokg.Supports, "admirer": geokg.Supports, "cheerleader": geokg.Supports, "critic": geokg.Condemns}

// personalBackers are the backer nouns a person may be ("Senator Ruiz, a staunch defender
// of Boric,"): a patron or sponsor who is a person is a donor, in domestic politics.
var personalBackers = map[string]bool{"backer": true, "supporter": true, "defender": true, "champion": true, "admirer": true, "cheerleader": true}

// firstPersonPossessives name the speaker's side ("our allies").
var firstPersonPossessives = map[string]bool{"our": true, "my": true}

// alliances reads an alliance the noun "ally" (or "partner") states: "Syria, Russia's
// closest ally,", "its ally Syria", "Venezuela is an ally of Russia", "Moscow sees
// Venezuela as one of its closest allies": the ally COOPERATES_WITH the actor that owns
// the noun ("our" names the speaker's side, not the speaker: "our NATO ally Turkey" is
// NATO's). A former or would-be ally states none; an ally named with the noun is one
// whatever the clause does with it ("urged China to rein in its ally North Korea"). A backer, patron, sponsor,
// supporter, defender, champion, admirer or cheerleader (backerNouns) is read the same
// way and SUPPORTS the noun's owner: "Iran, historic backer of Hamas,", "Russia is the
// main patron of Syria", "Senator Ruiz, a staunch defender of Boric,"; a person only
// with a noun of personalBackers ("he is one of the most important sponsors of the
// Democratic Party": a donor, in domestic politics).
func (m *Matcher) alliances(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		typ, reading := geokg.CooperatesWith, "alliance"
		if t := backerNouns[v.lemmas[h]]; t == geokg.Condemns {
			typ, reading = t, "criticism"
		} else if t != "" {
			typ, reading = t, "backing"
		} else if v.lemmas[h] != "ally" {
			continue
		}
		if v.actor[h] >= 0 {
			continue
		}
		if w := v.word(h); w.UPOS != "NOUN" {
			// "Russia's ally Syria" parsed with the name as the head: the name is the
			// ally of its possessor
			if g := w.Head; g > 0 && v.actor[g] >= 0 && !v.person[v.actor[g]] {
				if p := v.possessorOf(g); len(p) == 1 && actors[p[0]].ID != actors[v.actor[g]].ID && !(typ == geokg.Supports && v.person[v.actor[g]]) {
					key := [3]int{v.actor[g], p[0], -h}
					if !seen[key] {
						seen[key] = true
						f := Frame{Type: typ, Lemma: v.lemmas[h], POS: w.UPOS}
						out = append(out, Match{Type: typ, Source: v.actor[g], Target: p[0], Trigger: h, Frame: f, Path: "nmod:poss<" + v.lemmas[h] + ">", Reading: reading})
					}
				}
			}
			continue
		}
		owner := -1
		for _, c := range v.kids[h] {
			d := v.word(c).Deprel
			if d == "nmod:poss" && firstPersonPossessives[strings.ToLower(v.word(c).Form)] {
				continue // "our NATO ally Turkey": the speaker's side, not the speaker
			}
			if d == "nmod:poss" || syntax.BaseRel(d) == "nmod" && v.caseOf(c) == "of" {
				if a := v.actor[c]; a >= 0 {
					owner = a
				} else if as := v.actorsOf(c); len(as) == 1 {
					owner = as[0] // "a close ally of the Syrian regime": the state it stands for
				} else if as := v.actOwners(c); typ == geokg.Condemns && d != "nmod:poss" && len(as) == 1 {
					// "a critic of Peru's trade policy": the author of the act criticised
					owner = as[0]
				}
			}
			if (d == "amod" || d == "compound") && c < h && owner == -1 {
				// "a key US ally", "a close Russian ally": a state's or a group's, not a
				// person's ("Trump ally Roger Stone": a political friend at home)
				if a := v.actor[c]; a >= 0 && !v.person[a] {
					owner = a
				}
			}
			if notMembers[v.lemmas[c]] || strings.EqualFold(v.word(c).Form, "longer") {
				owner = -2
				break
			}
		}
		if owner == -1 && typ == geokg.CooperatesWith {
			out = v.mutualAllies(actors, seen, out, h) // "Peru and Chile are close allies"
			continue
		}
		if owner < 0 || v.modalOrNegated(h) != "" {
			continue
		}
		w := v.word(h)
		var allies []int
		for _, c := range v.kids[h] {
			if d := v.word(c).Deprel; d == "appos" || d == "flat" || (d == "compound" || d == "obj") && c > h {
				if a := v.actor[c]; a >= 0 {
					allies = append(allies, a) // "its ally Syria" (the name parsed as the noun's object too)
				}
			}
		}
		if b, _ := v.qualify(h); b != "" && len(allies) == 0 {
			// (an ally named with the noun is one, whatever the clause does with it:
			// "urged China to rein in its ally North Korea")
			continue
		}
		switch {
		case len(allies) > 0:
		case v.hasChild(h, "cop", "be"):
			allies = v.argument(h, v.subjects(h)) // "Venezuela is an ally of Russia"
		case w.Deprel == "appos" && w.Head > 0 && v.actor[w.Head] >= 0 && !v.hasCase(w.Head):
			// "Syria, Russia's closest ally," (not "In Argentina, a close ally of the
			// president said": a place set off by a comma before the subject)
			allies = []int{v.actor[w.Head]}
		case syntax.BaseRel(w.Deprel) == "obl" && v.caseOf(h) == "as" && w.Head > 0:
			allies = v.argument(w.Head, v.dependents(w.Head, Slot{Rel: "obj"}, false)) // "sees Venezuela as an ally"
		case syntax.BaseRel(w.Deprel) == "nmod" && v.caseOf(h) == "of" && w.Head > 0 && v.lemmas[w.Head] == "one":
			// "one of its closest allies": the one's own place in the clause
			if one := v.word(w.Head); syntax.BaseRel(one.Deprel) == "obl" && v.caseOf(w.Head) == "as" && one.Head > 0 {
				allies = v.argument(one.Head, v.dependents(one.Head, Slot{Rel: "obj"}, false))
			} else if v.hasChild(w.Head, "cop", "be") {
				allies = v.argument(w.Head, v.subjects(w.Head))
			}
		}
		f := Frame{Type: typ, Lemma: v.lemmas[h], POS: "NOUN"}
		for _, a := range allies {
			key := [3]int{a, owner, -h}
			if actors[a].ID == actors[owner].ID || seen[key] || typ == geokg.Supports && v.person[a] && !personalBackers[v.lemmas[h]] {
				continue
			}
			seen[key] = true
			out = append(out, Match{Type: typ, Source: a, Target: owner, Trigger: h, Frame: f, Path: "ally<" + v.lemmas[h] + ">nmod:poss", Reading: reading})
		}
	}
	return out
}

// becomingVerbs take a predicate noun as their complement ("became allies").
var becomingVerbs = map[string]bool{"become": true, "remain": true}

// mutualAllies reads "Peru and Chile are close allies", "Peru and Bolivia became allies
// after the war": two or three coordinated subjects of the plural "allies" as a predicate
// (of "be", "become", "remain") that names no owner are allied with each other, every
// pair; not under a modal, a negation or another reason the matcher finds it not done
// ("could become allies", "are not allies"), nor one subject alone ("Peru is an ally"),
// nor allies of the speaker's side ("are our allies", "are among our closest allies").
func (v *sentence) mutualAllies(actors []Actor, seen map[[3]int]bool, out []Match, h int) []Match {
	w, c := v.word(h), h
	switch {
	case v.hasChild(h, "cop", "be"):
	case w.Deprel == "xcomp" && w.Head > 0 && becomingVerbs[v.lemmas[w.Head]]:
		c = w.Head
	default:
		return out
	}
	if w.XPOS != "NNS" || v.hasCase(h) || v.modalOrNegated(h) != "" || v.modalOrNegated(c) != "" {
		return out // "are among our strongest allies"
	}
	if v.hasKid(h, "nmod:poss") {
		return out // "are our allies": the speaker's side's
	}
	if b, _ := v.qualify(c); b != "" {
		return out
	}
	ps := v.argument(c, v.subjects(c))
	if len(ps) < 2 || len(ps) > maxReciprocal {
		return out
	}
	f := Frame{Type: geokg.CooperatesWith, Lemma: v.lemmas[h], POS: "NOUN"}
	return everyPair(out, seen, actors, ps, Match{Type: geokg.CooperatesWith, Trigger: h, Frame: f, Path: "nsubj<" + v.lemmas[h] + ">conj", Reading: "alliance"})
}

// repairHyphenParticiples re-attaches a participle joined by a hyphen to an actor before
// it ("Moscow-backed President Viktor Yanukovych", "the Saudi-led coalition") that the
// parser took for a verb of the clause: it modifies the noun phrase after it, which takes
// the participle's place in the clause. It reports whether it changed anything.
func (v *sentence) repairHyphenParticiples() bool {
	return v.repairEach(3, len(v.s.Words)-1, func(t int) bool {
		w := v.word(t)
		if w.XPOS != "VBN" || w.Deprel == "amod" || v.word(t-1).Form != "-" || v.actor[t-2] < 0 || v.actor[t] >= 0 {
			return false
		}
		// the head of the noun phrase after the participle: climb from the next word
		// while the head lies right of the participle
		np := t + 1
		for steps := 0; steps < 6 && v.word(np).Head > t && v.word(np).Head != np; steps++ {
			np = v.word(np).Head
		}
		if v.word(np).Head != t || v.word(np).UPOS != "PROPN" && v.word(np).UPOS != "NOUN" {
			return false // the phrase after it is not the participle's dependent: leave the parse
		}
		head, rel := w.Head, w.Deprel
		switch syntax.BaseRel(rel) {
		case "xcomp", "ccomp", "obj":
			rel = "obj"
		}
		x := v.word(np)
		x.Head, x.Deprel = head, rel
		w.Head, w.Deprel = np, "amod"
		return true
	})
}

// repairHyphenAgents re-attaches an actor joined by a hyphen to a participle that modifies
// a noun after it ("strikes against Peru-backed rebels", "a campaign on Chile-allied
// militias") when the parser hung the actor on a word to its left, as that word's
// argument: the noun phrase the participle modifies takes the actor's place, and the actor
// becomes the participle's, its preposition going to the noun phrase. It reports whether
// it changed anything.
func (v *sentence) repairHyphenAgents() bool {
	return v.repairEach(3, len(v.s.Words), func(t int) bool {
		w, a := v.word(t), v.word(t-2)
		if w.XPOS != "VBN" || w.Deprel != "amod" || v.word(t-1).Form != "-" || !v.tight(t-2) || !v.tight(t-1) || v.actor[t-2] < 0 || v.actor[t] >= 0 ||
			a.Head <= 0 || a.Head >= t-2 || w.Head <= t {
			return false
		}
		np := v.word(w.Head)
		if np.UPOS != "NOUN" && np.UPOS != "PROPN" || a.Head == w.Head || v.under(a.Head, w.Head) {
			return false // (not a phrase that governs the actor's head: no loop)
		}
		for _, k := range v.kids[t-2] {
			if k < t-2 && v.word(k).Deprel == "case" {
				v.word(k).Head = w.Head // "against": the phrase's preposition goes with it
			}
		}
		np.Head, np.Deprel = a.Head, a.Deprel
		a.Head, a.Deprel = t, "obl:unmarked"
		return true
	})
}

// repairShotDown reads "shot down" followed by a noun phrase, which the parser takes for
// a preposition ("Peru shot down a Chilean drone" with "down" the drone's case marker, and
// "shot" a noun after a name), as the verb "shoot" with its particle and object: the noun
// phrase becomes the object, and a name the parser made a compound of the noun "shot" its
// subject. It reports whether it changed anything.
func (v *sentence) repairShotDown() bool {
	return v.repairEach(1, len(v.s.Words)-1, func(t int) bool {
		w, d := v.word(t), v.word(t+1)
		if strings.ToLower(w.Form) != "shot" || v.lemmas[t+1] != "down" || d.Deprel != "case" || d.Head <= t+1 {
			return false
		}
		n := v.word(d.Head)
		if n.Head != t || syntax.BaseRel(n.Deprel) != "obl" && syntax.BaseRel(n.Deprel) != "nmod" {
			return false
		}
		if w.UPOS == "NOUN" {
			for _, c := range v.kids[t] {
				if c < t && v.word(c).Deprel == "compound" {
					v.word(c).Deprel = "nsubj" // "Peru shot down": the name is the shooter
				}
			}
			w.UPOS, w.XPOS = "VERB", "VBD"
		}
		v.lemmas[t] = "shoot"
		d.Head, d.Deprel = t, "compound:prt"
		n.Deprel = "obj"
		return true
	})
}

// repairPossessedGerunds reads a word the tagger took for a gerund but whose possessor
// makes it a noun ("Peru's opening to Bolivia", "Obama's opening with Cuba") as that noun
// when its form is a noun trigger of the lexicon (isNounTrigger): its lemma becomes its
// form and its obliques nominal modifiers, so that the noun's frames read it. It reports
// whether it changed anything.
func (v *sentence) repairPossessedGerunds(isNounTrigger func(string) bool) bool {
	return v.repairEach(1, len(v.s.Words), func(t int) bool {
		w := v.word(t)
		if w.UPOS != "VERB" || w.XPOS != "VBG" || !v.hasKid(t, "nmod:poss") {
			return false
		}
		form := strings.ToLower(w.Form)
		if !isNounTrigger(form) {
			return false
		}
		w.UPOS, w.XPOS = "NOUN", "NN"
		v.lemmas[t] = form
		for _, k := range v.kids[t] {
			if c := v.word(k); c.Deprel == "obl" {
				c.Deprel = "nmod"
			}
		}
		return true
	})
}

// repairCoordinatedClauses splits a coordination of two clauses without a comma that the
// parser read as one verb with a list of objects ("Peru bombs the Shining Path and Chile
// and Bolivia arm the rebels", parsed with Chile and Bolivia as more objects of "bombs"):
// the second clause's verb stands right after an actor that is a later conjunct of the
// object, and is either a finite verb (VBP, VBZ, VBD) that hangs on the object's verb with
// no subject and no marker ("arm" a complement of "bombs"), or a word in its base form
// that the lexicon has as a verb trigger and that the parser made a compound of a noun
// it joined to the list or hung on the same verb ("arm groups" as one more object:
// verbTrigger, listedNoun). The verb
// takes the object's later conjuncts as its subject (splitObjects), such a noun becomes
// its object, and the verb a conjunct of the first verb. A bare infinitive keeps its parse
// ("helped Chile and Bolivia build a road"). It reports whether it changed anything.
func (v *sentence) repairCoordinatedClauses(verbTrigger func(lemma string) bool) bool {
	changed := false
	for x := 2; x < len(v.s.Words); x++ {
		c := x - 1
		for v.word(c).Deprel == "flat" && v.word(c).Head < c {
			c = v.word(c).Head // "Saudi Arabia" hung on its first word
		}
		if v.actor[c] < 0 || v.word(c).Deprel != "conj" {
			continue
		}
		o := c
		for v.word(o).Deprel == "conj" && v.word(o).Head > 0 {
			o = v.word(o).Head
		}
		if v.word(o).Deprel != "obj" {
			continue
		}
		w := v.word(x)
		switch {
		case finiteVerbTags[w.XPOS] && w.Head == v.word(o).Head && clauseRels[w.Deprel] && !v.hasKid(x, "nsubj") && !v.hasKid(x, "nsubj:pass") && !v.hasKid(x, "mark"):
		case w.Deprel == "compound" && strings.EqualFold(w.Form, v.lemmas[x]) && verbTrigger(v.lemmas[x]) && v.listedNoun(w.Head, o):
			n := &v.s.Words[w.Head-1]
			n.Head, n.Deprel = x, "obj" // "arm groups": the verb's object
			w.UPOS, w.XPOS = "VERB", "VBP"
		default:
			continue
		}
		v.splitObjects(o, x)
		v.rebuildKids()
		changed = true
	}
	return changed
}

// listedNoun reports whether the noun n, no actor, is one more conjunct of the object o
// or hangs on o's verb with no preposition: where the parser puts the object of a second
// clause's verb it took for a compound ("bomb the rebels and Chile arm groups").
func (v *sentence) listedNoun(n, o int) bool {
	w := v.word(n)
	if v.actor[n] >= 0 {
		return false
	}
	return w.Deprel == "conj" && w.Head == o || w.Head == v.word(o).Head && w.Head > 0 && !v.hasKid(n, "case")
}

// finiteVerbTags are the tags of a finite verb that can head a clause of its own.
var finiteVerbTags = map[string]bool{"VBP": true, "VBZ": true, "VBD": true}

// clauseRels are the relations the parser gives a second clause's verb it hung on the first.
var clauseRels = map[string]bool{"xcomp": true, "ccomp": true, "dep": true, "parataxis": true}

// splitObjects makes the actors among the later conjuncts of the object o, before the
// verb x, the subject of x (the first one its subject, the others conjuncts of it) and x
// a conjunct of o's verb; the "and" before the first one becomes x's, each other "and"
// the next conjunct's.
func (v *sentence) splitObjects(o, x int) {
	var subj []int
	for k := o + 1; k < x; k++ {
		if v.word(k).Deprel == "conj" && v.actor[k] >= 0 {
			subj = append(subj, k)
		}
	}
	for i, k := range subj {
		w := &v.s.Words[k-1]
		if i == 0 {
			w.Head, w.Deprel = x, "nsubj"
		} else {
			w.Head = subj[0]
		}
	}
	for k := o + 1; k < x; k++ {
		w := &v.s.Words[k-1]
		if w.Deprel != "cc" {
			continue
		}
		for _, j := range subj {
			if j > k {
				w.Head = j // "and the UAE": the conjunct's "and"
				break
			}
		}
		if len(subj) > 0 && w.Head == subj[0] {
			w.Head = x // "and Chile ... arm": the clauses' "and"
		}
	}
	xw := &v.s.Words[x-1]
	xw.Head, xw.Deprel = v.word(o).Head, "conj"
}

// repairPersonDestinations re-attaches to the verb a "to" or "at" phrase that the parser
// hung on a person named as the verb's object (as the name's modifier or a word of the
// name): a person's name takes no such phrase, which says where the act took or met the
// person ("welcomed President Ruiz to Lima", "welcomes Ruiz to Government Palace",
// "greeted Ruiz at his residence"). The phrase must follow the name at once; an object
// that is no person ("welcomed Chile to the alliance") keeps its parse. It reports
// whether it changed anything.
func (v *sentence) repairPersonDestinations() bool {
	return v.repairEach(1, len(v.s.Words), func(o int) bool {
		a, w := v.actor[o], v.word(o)
		if a < 0 || !v.person[a] || w.Deprel != "obj" || w.Head < 1 || v.word(w.Head).UPOS != "VERB" {
			return false
		}
		end := o // the last word of the person's name
		for end+1 <= len(v.s.Words) && v.actor[end+1] == a {
			end++
		}
		if p := end + 1; p > len(v.s.Words) || v.lemmas[p] != "to" && v.lemmas[p] != "at" {
			return false
		}
		for _, k := range v.kids[o] {
			if k <= end+1 || v.actor[k] == a || !v.under(end+1, k) {
				continue
			}
			if b := syntax.BaseRel(v.word(k).Deprel); b != "nmod" && b != "flat" {
				continue
			}
			x, c := v.word(k), v.word(end+1)
			x.Head, x.Deprel = w.Head, "obl"
			c.Head, c.Deprel = k, "case"
			return true
		}
		return false
	})
}

// repairLeaderParticiples re-attaches the actor joined by a hyphen to "led" that modifies
// an act noun (act: a noun that triggers frames) to the noun itself: who leads an act is
// its author, read as the noun's adjective or name in a compound ("the Peru-led invasion
// of Bolivia" as "the Peru invasion of Bolivia", "Peruvian-led airstrikes"). A noun that
// names an actor ("the Peru-led coalition") keeps its parse. It reports whether it changed
// anything.
func (v *sentence) repairLeaderParticiples(act func(t int) bool) bool {
	return v.repairEach(3, len(v.s.Words), func(t int) bool {
		w := v.word(t)
		if !strings.EqualFold(w.Form, "led") || w.Deprel != "amod" || v.word(t-1).Form != "-" || v.actor[w.Head] >= 0 || !act(w.Head) {
			return false
		}
		changed := false
		for _, c := range v.kids[t] {
			if c >= t-1 || v.actor[c] < 0 {
				continue
			}
			x := v.word(c)
			x.Head, x.Deprel = w.Head, "compound"
			if x.UPOS == "ADJ" || v.demonym[v.actor[c]] {
				x.Deprel = "amod" // "Peruvian-led": an adjective of nationality
			}
			changed = true
		}
		return changed
	})
}

// actorSpan is a run of words [start, end] that name actor a.
type actorSpan struct{ a, start, end int }

// actorSpans returns the sentence's runs of words of one actor's mention, in order.
func (v *sentence) actorSpans() []actorSpan {
	var out []actorSpan
	n := len(v.s.Words)
	for i := 1; i <= n; i++ {
		a := v.actor[i]
		if a < 0 {
			continue
		}
		j := i
		for j+1 <= n && v.actor[j+1] == a {
			j++
		}
		out = append(out, actorSpan{a, i, j})
		i = j
	}
	return out
}

// spanHead returns the word of [s, e] whose head lies outside it (the first such), or e.
func (v *sentence) spanHead(s, e int) int {
	for k := s; k <= e; k++ {
		if h := v.word(k).Head; h < s || h > e {
			return k
		}
	}
	return e
}

// repairLists re-attaches a list of three actors or more that the parser split ("The
// leaders of Britain, the US, Germany and France have released ...", parsed with "the US"
// as a second subject): every later member becomes a conjunct of the first, which keeps
// its own attachment. A list is actors (countries, groups: not people) separated only by
// commas, "and", "or" and "the", the last separator holding "and" or "or".
func (v *sentence) repairLists() bool {
	var elems []actorSpan
	for _, e := range v.actorSpans() {
		if !v.person[e.a] && !v.demonym[e.a] {
			elems = append(elems, e)
		}
	}
	changed := false
	for i := 0; i < len(elems); {
		// extend a list from elems[i] while the words between are separators
		j, conjWord := i, false
		for j+1 < len(elems) {
			ok, hasConj := true, false
			for k := elems[j].end + 1; k < elems[j+1].start; k++ {
				switch f := strings.ToLower(v.word(k).Form); f {
				case ",", "the":
				case "and", "or":
					hasConj = true
				default:
					ok = false
				}
			}
			if !ok || elems[j+1].start == elems[j].end+1 {
				break
			}
			j++
			conjWord = hasConj
		}
		if j-i+1 >= 3 && conjWord {
			if v.joinList(elems[i].start, elems[i].end, func(yield func(int, int) bool) {
				for _, e := range elems[i+1 : j+1] {
					if !yield(e.start, e.end) {
						return
					}
				}
			}) {
				changed = true
			}
		}
		i = j + 1
	}
	if changed {
		v.rebuildKids()
	}
	return changed
}

// repairSplitSubjects re-attaches a list of subjects that the parser split into two
// subjects of one verb ("President Boric, his Bolivian counterpart Luis Arce and
// Peruvian President Pedro Castillo signed the pact", parsed with "counterpart" as a
// second subject of "signed"): a later subject before the verb whose phrase opens right
// after a comma becomes a conjunct of the first, when both phrases hold an actor (not in
// a clause of theirs), or an apposition of the first when it holds none and has a
// determiner ("Ruiz, a Lima Unionist who sits on the panel, blasted Chile"). A
// verb has one subject; the list's members then act together. (The syntax layer's
// repairSplitSubjects joins subjects split at a conjunction; this one needs the actors.)
// It reports whether it changed anything.
func (v *sentence) repairSplitSubjects() bool {
	changed := false
	for h := 1; h <= len(v.s.Words); h++ {
		first := 0
		for _, k := range v.kids[h] {
			if u := v.word(k).UPOS; syntax.BaseRel(v.word(k).Deprel) != "nsubj" || k > h || u != "NOUN" && u != "PROPN" {
				continue // (a gerund's clause is no member: "Stumping for Boric, Ruiz blamed Chile")
			}
			if first == 0 {
				first = k
				if v.markBefore(h, k) {
					break // "for Boric to sign": a subject the parse gave a marker
				}
				continue
			}
			if l := v.phraseStart(k); v.word(l).Form != "," && (l <= 1 || v.word(l-1).Form != ",") || !v.holdsActor(first) {
				continue
			}
			w := v.word(k)
			if !v.holdsActor(k) {
				if v.hasKid(k, "det") {
					w.Head, w.Deprel = first, "appos" // "Ruiz, a Lima Unionist who ..., blasted": an apposition
					changed = true
				}
				continue
			}
			w.Head, w.Deprel = first, "conj"
			changed = true
			for _, a := range v.kids[k] {
				if v.word(a).Deprel != "appos" {
					continue
				}
				for _, c := range v.kids[a] {
					if v.word(c).Deprel == "conj" {
						v.word(c).Head = first // "his counterpart Luis Arce and Pedro Castillo": the list goes on
					}
				}
			}
		}
	}
	if changed {
		v.rebuildKids()
	}
	return changed
}

// markBefore reports whether the verb at h has a preposition, or the marker "for", before
// its word k.
func (v *sentence) markBefore(h, k int) bool {
	for _, c := range v.kids[h] {
		if d := v.word(c).Deprel; c < k && (d == "mark" && v.lemmas[c] == "for" || d == "case") {
			return true
		}
	}
	return false
}

// holdsActor reports whether the phrase headed by k names an actor: k or a word below
// it through names, appositions and conjuncts is part of an actor's mention ("his
// counterpart Luis Arce"; not "the former Andean Pact contractor", whose actor only
// modifies it, nor an actor of its clause).
func (v *sentence) holdsActor(k int) bool {
	if v.actor[k] >= 0 {
		return true
	}
	for _, c := range v.kids[k] {
		switch syntax.BaseRel(v.word(c).Deprel) {
		case "flat", "appos", "conj":
		default:
			continue
		}
		if v.holdsActor(c) {
			return true
		}
	}
	return false
}

// repairCompoundPairs re-attaches a pair of actors joined by "and" or "or" that the parser
// read as two modifiers of the second actor's last word ("China condemned Japan and South
// Korea", parsed with "Japan" and "South" as compounds of "Korea", as if one Korea were
// meant): the first actor's head takes the attachment of the second's, whose head becomes its
// conjunct, and the conjunction hangs on the second. Both are actors of their own mentions
// (countries, groups or people, not nationality adjectives), nothing but the conjunction and
// "the" stands between, and the first hangs as a compound or flat word inside the second.
// It reports whether it changed anything.
func (v *sentence) repairCompoundPairs() bool {
	var spans []actorSpan
	for _, e := range v.actorSpans() {
		if !v.demonym[e.a] {
			spans = append(spans, e)
		}
	}
	changed := false
	for x := 0; x+1 < len(spans); x++ {
		p, q := spans[x], spans[x+1]
		cc := 0 // the one "and" or "or" between, with nothing else but "the"
		for k := p.end + 1; k < q.start; k++ {
			switch f := strings.ToLower(v.word(k).Form); {
			case (f == "and" || f == "or") && cc == 0:
				cc = k
			case f != "the":
				cc = -1
			}
			if cc < 0 {
				break
			}
		}
		if cc <= 0 || p.a == q.a {
			continue
		}
		h1, h2 := v.spanHead(p.start, p.end), v.spanHead(q.start, q.end)
		w1, w2 := v.word(h1), v.word(h2)
		if w1.Head < q.start || w1.Head > q.end || w1.Deprel != "compound" && w1.Deprel != "flat" || w2.Head >= p.start && w2.Head <= q.end {
			continue
		}
		w1.Head, w1.Deprel = w2.Head, w2.Deprel
		w2.Head, w2.Deprel = h1, "conj"
		cw := v.word(cc)
		cw.Head, cw.Deprel = h2, "cc"
		changed = true
		x++
	}
	if changed {
		v.rebuildKids()
	}
	return changed
}

// joinList makes the head of each later member a conjunct of the first member's head,
// when some later member hangs outside the list; it reports whether it changed anything.
func (v *sentence) joinList(s0, e0 int, rest func(func(int, int) bool)) bool {
	headOf := v.spanHead
	first := headOf(s0, e0)
	type member struct{ h, s, e int }
	var ms []member
	last := e0
	for s, e := range rest {
		ms = append(ms, member{headOf(s, e), s, e})
		last = e
	}
	split := false
	for _, m := range ms {
		if h := v.word(m.h).Head; (h < s0 || h > last) && h != first {
			split = true // hangs outside the list, not on its first member
		}
	}
	if !split {
		return false
	}
	for _, m := range ms {
		w := &v.s.Words[m.h-1]
		w.Head, w.Deprel = first, "conj"
	}
	return true
}

// repairSetOffRelative re-attaches the main verb of a sentence whose subject opens it with
// a relative clause set off by commas ("Russia, which has long backed Assad, condemned the
// strikes"; "Turkey, whose troops entered Syria, attacked ...") that the parser hung inside
// the relative clause (as its conjunct, adverbial or a modifier of its object): the first
// finite verb after the closing comma, when it has no subject of its own, becomes the root
// with the opening noun phrase as its subject, the relative clause modifies that phrase,
// and what followed the comma hangs on the main verb. It reports whether it changed
// anything.
func (v *sentence) repairSetOffRelative() bool {
	n := len(v.s.Words)
	// the opening noun phrase: words up to the comma before the relative pronoun
	rp := 0
	for i := 2; i < n && i <= 8; i++ {
		if v.word(i).Form == "," && relativePronouns[v.lemmas[i+1]] {
			rp = i + 1
			break
		}
		if f := v.word(i).UPOS; f == "VERB" || f == "AUX" || f == "PUNCT" {
			return false
		}
	}
	if rp == 0 {
		return false
	}
	a := 0 // the head of the opening phrase: its word whose head lies outside it
	for k := 1; k <= rp-2; k++ {
		if h := v.word(k).Head; h < 1 || h > rp-2 {
			if a != 0 {
				return false
			}
			a = k
		}
	}
	top, adj := a, 0 // the phrase's word the parser hung outside it; an adjective it made the head
	if a > 0 && v.word(a).UPOS == "ADJ" && a+1 <= rp-2 {
		// "Democratic Senator Robert Menendez, who ...": the parser made the adjective
		// the root and the name its subject, apposition or conjunct; the name heads the
		// phrase, the adjective modifies the word after it
		for k := a + 1; k <= rp-2; k++ {
			if w := v.word(k); w.Head == a && (w.Deprel == "nsubj" || w.Deprel == "appos" || w.Deprel == "conj") && (w.UPOS == "PROPN" || w.UPOS == "NOUN") {
				adj, a = a, k
				break
			}
		}
	}
	if a == 0 || v.word(a).UPOS != "PROPN" && v.word(a).UPOS != "NOUN" {
		return false
	}
	// the closing comma and the main verb right after it (an adverb may come between)
	m, c := 0, 0
	for k := rp + 1; k < n; k++ {
		if v.word(k).Form != "," {
			continue
		}
		c = k
		m = k + 1
		if v.word(m).UPOS == "ADV" && m < n {
			m++
		}
		break
	}
	if m == 0 {
		return false
	}
	switch v.word(m).XPOS {
	case "VBD", "VBZ", "VBP":
	case "VBN":
		// a past form the tagger took for a participle: only with an object of its own
		// ("Egypt, which backs Sudan, criticised Ethiopia"), not a participle set off
		// ("Hamas, which rules Gaza, backed by Iran, ...")
		if !v.hasKid(m, "obj") {
			return false
		}
	default:
		return false
	}
	if v.word(m).Head == 0 || v.word(m).UPOS != "VERB" {
		return false // already the root, or no verb
	}
	for _, k := range v.kids[m] {
		if strings.HasPrefix(v.word(k).Deprel, "nsubj") || v.word(k).Deprel == "expl" {
			return false // a clause with its own subject
		}
	}
	// the relative clause's verb: the relative pronoun's head, climbing past a noun it
	// determines ("whose troops")
	rv := v.word(rp).Head
	if rv > 0 && v.word(rv).UPOS != "VERB" && v.word(rv).UPOS != "AUX" && !(rv > rp && rv < c && v.hasKid(rv, "cop")) {
		// "whose troops entered": climb past the noun "whose" determines; not past the
		// predicate of a copula ("who has been under pressure")
		rv = v.word(rv).Head
	}
	if rv <= rp || rv >= c {
		return false
	}
	inClause := func(k int) bool { return k >= rp && k < c }
	root := 0
	for k := 1; k <= n; k++ {
		if v.word(k).Head == 0 {
			root = k
		}
	}
	if root != top && root != rv {
		return false
	}
	for k := c; k <= n; k++ {
		if k == m {
			continue
		}
		if h := v.word(k).Head; h == a || h == top || h == 0 || inClause(h) {
			v.word(k).Head = m
		}
	}
	if adj > 0 {
		v.word(adj).Head, v.word(adj).Deprel = adj+1, "amod"
	}
	v.word(m).Head, v.word(m).Deprel = 0, "root"
	v.word(a).Head, v.word(a).Deprel = m, "nsubj"
	v.word(rv).Head, v.word(rv).Deprel = a, "acl:relcl"
	v.word(rp - 1).Head = rv
	v.rebuildKids()
	return true
}

// hasKid reports whether the word at h has a dependent with the relation rel.
func (v *sentence) hasKid(h int, rel string) bool {
	for _, k := range v.kids[h] {
		if v.word(k).Deprel == rel {
			return true
		}
	}
	return false
}

// relativePronouns open a relative clause.
var relativePronouns = map[string]bool{"which": true, "who": true, "whose": true, "whom": true}

// rebuildKids recomputes the dependents of each word after a repair.
func (v *sentence) rebuildKids() {
	for i := range v.kids {
		v.kids[i] = v.kids[i][:0]
	}
	for i := range v.s.Words {
		if h := v.s.Words[i].Head; h >= 0 && h < len(v.kids) {
			v.kids[h] = append(v.kids[h], i+1)
		}
	}
}

// repairEach calls repair on each word from first to last (1-based), in order, and
// rebuilds the dependents when a call changed the parse (repair reports whether it did).
// It reports whether any call changed it.
func (v *sentence) repairEach(first, last int, repair func(t int) bool) bool {
	changed := false
	for t := first; t <= last; t++ {
		if repair(t) {
			changed = true
		}
	}
	if changed {
		v.rebuildKids()
	}
	return changed
}

// retaliationVerbs answer a hostile act ("Israel retaliated").
var retaliationVerbs = wordClass("retaliation-verb")

// retaliations reads a retaliation that names no target of its own: "Iranian forces
// shelled Israeli army outposts, saying Israel had retaliated", "Hamas fired rockets at
// the city and Israel retaliated with air strikes": the retaliator (the verb's subject)
// ATTACKS the author of the one attack the same sentence tells of (a done ATTACKS match
// of another actor, aimed at the retaliator, its own forces or at no actor). Only an attack is answered:
// "China retaliated against US tariffs", "would retaliate against X if" (the pattern
// table's threat), a sentence with attacks by two others, or a retaliation not done
// (modal, negated, conditional; or vowed, threatened: "vowed to retaliate for the Chilean
// strikes" is a threat, vowedAnswers) read nothing.
func (m *Matcher) retaliations(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		if !retaliationVerbs[v.lemmas[h]] || v.word(h).UPOS != "VERB" || v.actor[h] >= 0 {
			continue
		}
		targeted := false
		for _, c := range v.kids[h] {
			if d := syntax.BaseRel(v.word(c).Deprel); d == "obj" || d == "obl" && (v.caseOf(c) == "against" || v.caseOf(c) == "on") {
				targeted = true
			}
		}
		if b, _ := v.qualify(h); targeted || b != "" || isPassive(v, h) || v.vowedAct(h) {
			continue // a retaliation vowed or threatened is a threat (vowedAnswers)
		}
		src := v.argument(h, v.subjects(h))
		if len(v.subjects(h)) == 0 {
			src = v.inheritedSubject(h)
		}
		for _, s := range src {
			author, trigger := -1, 0
			for _, a := range out {
				if a.Type != geokg.Attacks || a.Source < 0 || a.Trigger == h || a.Reading != "" ||
					a.Blocked != "" && a.Blocked != "no target" || retaliationVerbs[v.lemmas[a.Trigger]] ||
					actors[a.Source].ID == actors[s].ID || a.Target >= 0 && actors[a.Target].ID != actors[s].ID && !ownSide(actors[a.Target], actors[s]) {
					continue
				}
				if author >= 0 && actors[author].ID != actors[a.Source].ID {
					author = -2 // attacks by two others: which one is answered is not said
					break
				}
				author, trigger = a.Source, a.Trigger
			}
			if author == -1 {
				// "Syria retaliated for the attack": the act answered is named by a noun
				// the sentence gives no author; the caller may know it from the article
				for _, c := range v.kids[h] {
					if x := v.word(c); syntax.BaseRel(x.Deprel) == "obl" && x.UPOS == "NOUN" && (v.caseOf(c) == "for" || v.caseOf(c) == "after") && !seen[[3]int{s, -1, h}] {
						seen[[3]int{s, -1, h}] = true
						f := Frame{Type: geokg.Attacks, Lemma: v.lemmas[h], POS: "VERB"}
						out = append(out, Match{Type: geokg.Attacks, Source: s, Target: -1, Trigger: h, Frame: f,
							Path: "nsubj<" + v.lemmas[h] + ">obl:" + v.caseOf(c), Blocked: "no target", TargetWord: c, Reading: "retaliation"})
						break
					}
				}
			}
			key := [3]int{s, author, h}
			if author < 0 || seen[key] {
				continue
			}
			seen[key] = true
			f := Frame{Type: geokg.Attacks, Lemma: v.lemmas[h], POS: "VERB"}
			out = append(out, Match{Type: geokg.Attacks, Source: s, Target: author, Trigger: h, Frame: f,
				Path: "nsubj<" + v.lemmas[h] + ">against:nsubj<" + v.lemmas[trigger] + ">", Reading: "retaliation"})
		}
	}
	return out
}

// ownSide reports whether one actor is the state or organisation the other speaks for:
// an official or a ministry and its country (two officials of one country are not).
func ownSide(a, b Actor) bool {
	return a.Side != "" && a.Side == b.ID || b.Side != "" && b.Side == a.ID
}

// goodsNouns name what sanctions and tariffs fall on for a country: "tariffs on Chinese
// goods", "sanctions against Russian banks".
var goodsNouns = wordClass("goods-noun")

// goodsTargets reads the country whose goods or firms sanctions fall on: a SANCTIONS
// match (or a threat of sanctions) left without a target because its target slot holds
// goods ("imposed tariffs on Chinese imports", "US sanctions on Iranian oil", "tariffs on
// $50bn worth of Chinese goods") targets the actor that names or owns them (a
// nationality, a possessive, a name in a compound: "US goods"). Goods of no named country
// ("tariffs on steel") leave the match as it was; sanctions whose trigger its negation or
// modality blocks ("said he would impose tariffs on Chinese imports") are blocked for that
// reason (a threat keeps its reading: "announced he would slap tariffs on Chinese goods
// unless ..." is one).
func (m *Matcher) goodsTargets(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	n := len(out)
	for i := 0; i < n; i++ {
		mt := out[i]
		if mt.Blocked != "no target" || mt.Source < 0 || mt.TargetWord <= 0 || mt.Type != geokg.Sanctions && mt.Type != geokg.Threatens {
			continue
		}
		g := v.goodsWord(mt.TargetWord)
		if g == 0 {
			continue
		}
		if tw := v.readTrigger(mt.Trigger, mt.Type, false); tw.blocked != "" && mt.Type == geokg.Sanctions {
			// "said he would impose tariffs on Chinese imports": the match stopped at its
			// missing target before its trigger's block was read; a target found now
			// does not undo the block
			out[i].Blocked = tw.blocked
			continue
		}
		done := false
		for _, b := range v.owners(g) {
			key := [3]int{mt.Source, b, mt.Trigger}
			if actors[mt.Source].ID == actors[b].ID || seen[key] {
				continue
			}
			seen[key] = true
			r := mt
			r.Target, r.Blocked, r.TargetWord = b, "", 0
			r.Path = mt.Path + syntax.BaseRel(v.word(mt.TargetWord).Deprel)
			if g != mt.TargetWord {
				r.Path += ">" + v.lemmas[g]
			}
			out = append(out, r)
			done = true
		}
		if done {
			out[i].Blocked = "target named by its goods"
		}
	}
	return out
}

// goodsWord returns the goods noun at k or in an "of"/"in" phrase of k ("$50bn worth of
// Chinese goods", "$200 billion in Chinese imports"); 0 when there is none.
func (v *sentence) goodsWord(k int) int {
	if goodsNouns[v.lemmas[k]] || goodsNouns[strings.ToLower(v.word(k).Form)] {
		return k
	}
	for _, c := range v.kids[k] {
		// "sanctions on Russian citizens and firms": the goods coordinated with k, whose
		// nationality k shares
		if v.word(c).Deprel == "conj" && (goodsNouns[v.lemmas[c]] || goodsNouns[strings.ToLower(v.word(c).Form)]) {
			return k
		}
	}
	for depth := 0; depth < 3; depth++ {
		next := 0
		for _, c := range v.kids[k] {
			if syntax.BaseRel(v.word(c).Deprel) == "nmod" && (v.caseOf(c) == "of" || v.caseOf(c) == "in") {
				next = c
				break
			}
		}
		if next == 0 {
			return 0
		}
		if goodsNouns[v.lemmas[next]] || goodsNouns[strings.ToLower(v.word(next).Form)] {
			return next
		}
		k = next
	}
	return 0
}

// voteNouns name a vote that the authorities of a place hold ("the referendum in South
// Ossetia", "the election in Crimea").
var voteNouns = wordClass("vote-noun")

// voteHolders returns the actor a vote judged is held in or by: "said the election and
// the referendum in South Ossetia were unlawful" judges South Ossetia's authorities. Only
// a vote noun (or one coordinated with it) with an "in" phrase that names an actor; nil
// otherwise ("an explosion in Kabul" is no act of Afghanistan).
func (v *sentence) voteHolders(k int) []int {
	words := []int{k}
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "conj" {
			words = append(words, c)
		}
	}
	if w := v.word(k); w.Head > 0 {
		// "the election and the referendum in X were unlawful", parsed with two subjects
		for _, c := range v.kids[w.Head] {
			if c != k && v.word(c).Deprel == w.Deprel {
				words = append(words, c)
			}
		}
	}
	for _, w := range words {
		if !voteNouns[v.lemmas[w]] {
			continue
		}
		for _, c := range v.kids[w] {
			if syntax.BaseRel(v.word(c).Deprel) == "nmod" && v.caseOf(c) == "in" {
				if as := v.actorsOf(c); len(as) > 0 {
					return as
				}
			}
		}
	}
	return nil
}

// answerVerbs and answerNouns name an answer to another's act ("vowed to retaliate",
// "threatened revenge"); answerCases introduce the act answered ("to the US measures",
// "for the sanctions", "after the Israeli strike").
var (
	answerVerbs = wordClass("answer-verb")
	answerNouns = wordClass("answer-noun")
	answerCases = map[string]bool{"to": true, "for": true, "against": true, "over": true, "after": true}
)

// vowedAnswers reads a threat of an answer to another's act: "North Korea threatened
// revenge for the sanctions imposed by the UN", "Iran threatened to retaliate to the US
// measures", "Hezbollah vowed revenge after the Israeli strike": whoever vows, threatens
// or promises it THREATENS the act's author, the actor the answered phrase names or owns.
// Without an answered phrase, the subject of an "if" or "unless" clause is the target
// ("China threatened to retaliate if the United States imposes tariffs", and an answer
// promised with "will" or "would" on such a condition: "Russia will respond if NATO
// deploys missiles"), else the one attack or sanction of another that the sentence tells
// of ("... injured in Monday's U.S. attack and vowed retaliation"). An act the sentence
// names without its author is left to the caller (Blocked "no target", TargetWord the
// act, Reading "answer"); a negated or modal vow, and one's own acts ("revenge for the
// deaths of its fighters"), read nothing.
func (m *Matcher) vowedAnswers(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		if v.word(h).UPOS != "VERB" || isPassive(v, h) {
			continue
		}
		ans, cond := 0, 0
		switch {
		case threatVerbs[v.lemmas[h]] && v.modalOrNegated(h) == "":
			ans = m.threatenedAnswer(v, h)
			if ans > 0 {
				if cond = v.conditionSubject(ans); cond == 0 {
					cond = v.conditionSubject(h)
				}
			}
		case answerVerbs[v.lemmas[h]] && (v.hasChild(h, "aux", "will") || v.hasChild(h, "aux", "would")) && !negatedClause(v, h):
			// "Russia will respond if NATO deploys missiles": an answer promised on a
			// condition another must meet, or announced by its own author
			if cond = v.conditionSubject(h); cond > 0 || m.announcedAnswer(v, h, actors) {
				ans = h
			}
		case answerVerbs[v.lemmas[h]] && v.word(h).Head > 0 && readinessWords[v.lemmas[v.word(h).Head]] && m.announcedAnswer(v, h, actors):
			ans = h // "Peru said it was ready to retaliate against Chile"
		}
		direct := ans == h && cond == 0 && v.hasTarget(ans)
		met := m.metAct(v, ans)
		if ans == 0 || met == 0 && v.hasTarget(ans) && !direct {
			continue // "vowed retaliation against Israel": the frames read it
		}
		src := v.argument(h, v.subjects(h))
		if len(v.subjects(h)) == 0 {
			src = v.inheritedSubject(h)
		}
		if len(src) == 0 {
			continue
		}
		act := met
		if act == 0 {
			act = v.answeredAct(ans, h)
		}
		var tgt []int
		switch {
		case direct:
			tgt = v.answerTargets(ans)
		case act > 0:
			tgt = v.owners(act)
		case cond > 0:
			// "threatened to retaliate if the United States imposes tariffs"
			tgt = v.argument(v.word(cond).Head, []int{cond})
		case ans != h:
			tgt = oneHostileAuthor(out, actors, src)
		}
		f := Frame{Type: geokg.Threatens, Lemma: v.lemmas[h], POS: "VERB"}
		path := "nsubj<" + v.lemmas[h] + ">" + v.lemmas[ans]
		if ans == h {
			path = "nsubj<" + v.lemmas[h] + ">advcl>nsubj"
		}
		for _, a := range src {
			if len(tgt) == 0 {
				if act > 0 {
					out = append(out, Match{Type: geokg.Threatens, Source: a, Target: -1, Trigger: h, Frame: f, Path: path, Blocked: "no target", TargetWord: act, Reading: "answer"})
				}
				continue
			}
			for _, b := range tgt {
				key := [3]int{a, b, h}
				if actors[a].ID == actors[b].ID || actors[a].Side != "" && actors[a].Side == actors[b].Side || seen[key] {
					continue
				}
				seen[key] = true
				out = append(out, Match{Type: geokg.Threatens, Source: a, Target: b, Trigger: h, Frame: f, Path: path, Reading: "answer"})
			}
		}
	}
	return out
}

// vowedAct reports whether the verb at k is what a threat verb threatens, vows or warns
// to do: its complement, or its "to" clause ("vowed to retaliate").
func (v *sentence) vowedAct(k int) bool {
	w := v.word(k)
	return w.Head > 0 && threatVerbs[v.lemmas[w.Head]] && (w.Deprel == "xcomp" || w.Deprel == "advcl" && v.hasChild(k, "mark", "to"))
}

// threatenedAnswer returns the answer to another's act that the threat verb at h
// threatens, vows or warns of: its object noun ("vowed revenge"), its "of" phrase ("warned
// of a Peruvian response to a Chilean attack"), or its complement verb of answering
// ("vowed to retaliate") or of meeting an act with an answer ("threatened to meet any
// Chilean strikes with a response", metAct; also parsed as a "to" clause); 0 for none.
func (m *Matcher) threatenedAnswer(v *sentence, h int) int {
	for _, c := range v.kids[h] {
		d := syntax.BaseRel(v.word(c).Deprel)
		if v.vowedAct(c) {
			d = "xcomp"
		}
		switch {
		case d == "obj" && answerNouns[v.lemmas[c]]:
			return c
		case d == "obl" && v.caseOf(c) == "of" && answerNouns[v.lemmas[c]]:
			// "warned of a response to the Chilean proposal" is no threat: the act
			// answered must be hostile
			if act := v.answeredAct(c, h); act == 0 || answeredNouns[v.lemmas[act]] || m.hostileNoun(v, act) {
				return c
			}
		case d == "xcomp" && (answerVerbs[v.lemmas[c]] || m.metAct(v, c) > 0):
			return c
		}
	}
	return 0
}

// meetingVerbs meet an act with an answer ("meet any strikes with a response", "answer the
// attacks with force"; class `meeting-verb`).
var meetingVerbs = wordClass("meeting-verb")

// metAct returns the act that the verb at k meets with an answer: the object of a verb of
// class meeting-verb whose "with" phrase names an answer or a consequence ("meet any
// Chilean strikes with a response"), when the object is a hostile act or an answered noun
// ("the Chilean move"; not "met the Chilean proposal with a response", a reply); 0 for none.
func (m *Matcher) metAct(v *sentence, k int) int {
	if k <= 0 || !meetingVerbs[v.lemmas[k]] || v.word(k).UPOS != "VERB" {
		return 0
	}
	answered, obj := false, 0
	for _, c := range v.kids[k] {
		switch d := syntax.BaseRel(v.word(c).Deprel); {
		case d == "obl" && v.caseOf(c) == "with" && answerWith(v, c):
			answered = true
		case d == "obj" && v.actor[c] < 0 && (answeredNouns[v.lemmas[c]] || m.hostileNoun(v, c)):
			obj = c
			for _, g := range v.kids[c] {
				// "meet any strikes with a response", the phrase hung on the object
				answered = answered || syntax.BaseRel(v.word(g).Deprel) == "nmod" && v.caseOf(g) == "with" && answerWith(v, g)
			}
		}
	}
	if !answered {
		return 0
	}
	return obj
}

// answerWith reports whether the noun at k names an answer or a consequence ("with a
// response", "with retaliation").
func answerWith(v *sentence, k int) bool {
	return answerNouns[v.lemmas[k]] || consequenceWords[v.lemmas[k]]
}

// answeredNouns are the acts besides the hostile triggers that an answer promised to them
// makes a threat ("will respond to the Chilean action"; class `answered-noun`): a response
// to a proposal or a question is a reply.
var answeredNouns = wordClass("answered-noun")

// announcedAnswer reports whether the answer verb at h, under "will" or "would" or a word
// of readiness, is one its own author says or warns it will give, to a hostile act
// (hostileNoun, or a noun of class answered-noun) or an actor it names: "Peru said it would respond to the Chilean
// action", "said it will respond to Chilean measures against it", "said it was prepared to
// retaliate against Chile". One said of another ("Chile said Peru would retaliate"), an
// answer to nothing named ("said it would respond") or to no hostile act ("would respond
// to the Chilean proposal") read nothing.
func (m *Matcher) announcedAnswer(v *sentence, h int, actors []Actor) bool {
	act := v.answeredAct(h, h)
	if !v.hasTarget(h) && (act == 0 || !answeredNouns[v.lemmas[act]] && !m.hostileNoun(v, act)) {
		return false
	}
	src := v.argument(h, v.subjects(h))
	if len(v.subjects(h)) == 0 {
		src = v.inheritedSubject(h)
	}
	sp := v.toldBy(h)
	if sp > 0 && threatVerbs[v.lemmas[sp]] && len(v.argument(sp, v.dependents(sp, Slot{Rel: "obj"}, false))) > 0 {
		return false // "warned Chile that it would respond to the sanctions": the warning names whom it threatens
	}
	return v.ownSpeakers(sp, actors, src)
}

// answerTargets returns the actors an answer at k names as its own target: its object or
// its "against" or "on" phrase (hasTarget).
func (v *sentence) answerTargets(k int) []int {
	var out []int
	for _, c := range v.kids[k] {
		d := syntax.BaseRel(v.word(c).Deprel)
		if d == "obj" || (d == "obl" || d == "nmod") && (v.caseOf(c) == "against" || v.caseOf(c) == "on") {
			out = append(out, v.actorsOf(c)...)
		}
	}
	return out
}

// conditionSubject returns the subject of an "if" or "unless" clause of the clause
// headed by h ("... if the United States imposes tariffs"), 0 when there is none.
func (v *sentence) conditionSubject(h int) int {
	for _, k := range v.kids[h] {
		if syntax.BaseRel(v.word(k).Deprel) != "advcl" || !v.hasChild(k, "mark", "if") && !v.hasChild(k, "mark", "unless") {
			continue
		}
		if subj := v.subjects(k); len(subj) > 0 && len(v.actorsOf(subj[0])) > 0 {
			return subj[0]
		}
	}
	return 0
}

// hasTarget reports whether the answer at k names its target itself: an object or an
// "against"/"on" phrase.
func (v *sentence) hasTarget(k int) bool {
	for _, c := range v.kids[k] {
		d := syntax.BaseRel(v.word(c).Deprel)
		if d == "obj" && v.word(k).UPOS == "VERB" || (d == "obl" || d == "nmod") && (v.caseOf(c) == "against" || v.caseOf(c) == "on") && len(v.actorsOf(c)) > 0 {
			return true
		}
	}
	return false
}

// answeredAct returns the act an answer at k (or its threat verb h) answers: the head of
// a "to", "for", "over", "after" phrase of either; 0 when there is none.
func (v *sentence) answeredAct(k, h int) int {
	for _, w := range []int{k, h} {
		for _, c := range v.kids[w] {
			d := syntax.BaseRel(v.word(c).Deprel)
			if (d == "obl" || d == "nmod") && answerCases[v.caseOf(c)] && v.word(c).UPOS == "NOUN" {
				return c
			}
		}
	}
	return 0
}

// oneHostileAuthor returns the author of the one attack or sanction of another than the
// sources that the matches tell of (done, or without a target), nil when there is none
// or two authors.
func oneHostileAuthor(out []Match, actors []Actor, src []int) []int {
	author := -1
	for _, a := range out {
		if a.Type != geokg.Attacks && a.Type != geokg.Sanctions || a.Source < 0 || a.Reading != "" || a.Blocked != "" && a.Blocked != "no target" {
			continue
		}
		own := false
		for _, s := range src {
			own = own || actors[a.Source].ID == actors[s].ID
		}
		if own {
			continue
		}
		if author >= 0 && actors[author].ID != actors[a.Source].ID {
			return nil
		}
		author = a.Source
	}
	if author < 0 {
		return nil
	}
	return []int{author}
}

// sanctionAnswerNouns are the answers that sanction besides the nouns of SANCTIONS frames
// (class `sanction-answer-noun`: "with penalties of its own").
var sanctionAnswerNouns = wordClass("sanction-answer-noun")

// sanctionedAnswers reads an answer given in sanctions to another's act: "Peru responded
// to Chile's tariffs with tariffs of its own", "Bolivia retaliated against the Chilean
// duties with penalties": the answer verb's subject SANCTIONS the owner of the act
// answered (its "to", "for", "against", "over" or "after" phrase), when the "with" phrase,
// on the verb or on the act, is a sanction. The answer must be told as done (no modal,
// negation, condition or vow: a vowed answer is a threat, vowedAnswers); an answer in
// words or force ("responded with a statement", "with airstrikes") or to an act of no
// named owner reads nothing.
func (m *Matcher) sanctionedAnswers(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		if v.word(h).UPOS != "VERB" || !answerVerbs[v.lemmas[h]] || isPassive(v, h) {
			continue
		}
		if blocked, _ := v.qualify(h); blocked != "" {
			continue
		}
		act := v.answeredAct(h, h)
		if act == 0 || m.sanctionWith(v, h) == 0 && m.sanctionWith(v, act) == 0 {
			continue
		}
		src := v.argument(h, v.subjects(h))
		f := Frame{Type: geokg.Sanctions, Lemma: v.lemmas[h], POS: "VERB"}
		for _, a := range src {
			for _, b := range v.owners(act) {
				key := [3]int{a, b, h}
				if party(actors, a, []int{b}) || seen[key] {
					continue
				}
				seen[key] = true
				out = append(out, Match{Type: geokg.Sanctions, Source: a, Target: b, Trigger: h, Frame: f, Path: "nsubj<" + v.lemmas[h] + ">with", Reading: "answer in sanctions"})
			}
		}
	}
	return out
}

// sanctionWith returns the "with" phrase of the word at k that names a sanction (a noun
// of a SANCTIONS frame, or of class sanction-answer-noun), 0 for none.
func (m *Matcher) sanctionWith(v *sentence, k int) int {
	for _, c := range v.kids[k] {
		if d := syntax.BaseRel(v.word(c).Deprel); (d == "obl" || d == "nmod") && v.caseOf(c) == "with" && m.sanctionNoun(v, c) {
			return c
		}
	}
	return 0
}

// sanctionNoun reports whether the noun at k names a sanction told as given: a noun of a
// SANCTIONS frame ("tariffs", "duties") or of class sanction-answer-noun ("penalties"),
// neither possible nor only threatened ("with threatened tariffs", "with possible
// penalties").
func (m *Matcher) sanctionNoun(v *sentence, k int) bool {
	if v.word(k).UPOS != "NOUN" {
		return false
	}
	if blocked, _ := v.qualify(k); blocked != "" {
		return false
	}
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "amod" && threatVerbs[v.lemmas[c]] {
			return false
		}
	}
	if sanctionAnswerNouns[v.lemmas[k]] {
		return true
	}
	for _, f := range m.lex.Lookup(v.lemmas[k], "NOUN") {
		if f.Type == geokg.Sanctions {
			return true
		}
	}
	return false
}
