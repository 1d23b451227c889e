package frames

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file is the frame matcher's driver: given a parsed sentence and the places where
// actors are named in it, Match finds the triggers of the lexicon and, for each of their
// frames, runs the steps of matchsteps.go, which fill the source and target slots from the
// dependency tree (slots.go, subjects.go, owners.go, attacks.go, relative.go, actors.go),
// read negation, modality and threats (qualify.go), reported speech (speech.go) and
// reciprocal acts (meetings.go); then the readings no trigger carries (readings.go).

// Actor is an actor named in the sentence: the byte span of its mention in the text the
// sentence was read from, and an identity the caller understands.
type Actor struct {
	Start, End int
	ID         string
	// Person marks an official: "the Trump administration" does not stand for Trump.
	Person bool
	// Demonym marks an adjective of nationality ("Iranian"): it modifies the noun that
	// acts ("Iranian diplomats") and is no argument by itself.
	Demonym bool
	// State marks a country: the government nouns a place names stand for it ("the
	// authorities in Tehran").
	State bool
	// Armed marks an armed group or movement ("Hezbollah", "the Taliban"): its members
	// ("Hezbollah fighters") stand for it.
	Armed bool
	// Medium marks a news medium ("the Xinhua news agency"): its report of an act other
	// than an attack or a threat is the news, no claim of its own.
	Medium bool
	// Side is the ID of the state or organisation an official or a body speaks for
	// (an official's country, a ministry's state), or "": a report by one's own side is
	// one's own report ("Number 10 said Mrs May had phoned Corbyn").
	Side string
}

// Match is one frame that fired, or was blocked, on a sentence.
type Match struct {
	Type           geokg.RelationType
	Source, Target int // indexes into the actors given to Match
	// Trigger is the 1-based position of the trigger word in the sentence.
	Trigger int
	Frame   Frame
	// Path is the dependency path from the source to the target through the trigger,
	// as "nsubj<expel>obj" or "nsubj<threaten>xcomp>impose>obl:on".
	Path string
	// Blocked is why the frame did not make a relation ("negated", "modal: may",
	// "conditional: if", "question", "not done: refuse", "no source"), or "" when it did.
	// A match blocked with "no source" keeps its Target when the frame found one (-1
	// otherwise), for the caller to find the author in the article.
	Blocked string
	// TargetWord is the position of the word that filled the target slot though it names
	// no actor ("condemned the decision"), for a match blocked with "no target"; the
	// caller may know the act's author from the rest of the article. 0 for none.
	TargetWord int
	// Reading names a reading of the matcher's own rather than of the frame: "reported
	// act" (someone says another did a hostile act: an accusation), "reported
	// responsibility" ("X said Y was behind the attack") or "confirmed act" ("X confirmed
	// that Y had expelled Z": Y's act); "" for a frame's own reading.
	Reading string
}

// Rule names what made the relation, as the relation's explanation records it: the
// frame's file and line ("frame geokg:94"), or the reading and the frame it read
// ("reported act of frame cameo:283").
func (m Match) Rule() string {
	r := fmt.Sprintf("frame %s:%d", m.Frame.Origin, m.Frame.Line)
	switch {
	case m.Reading != "" && m.Frame.Line > 0:
		return m.Reading + " of " + r
	case m.Reading != "":
		return m.Reading
	}
	return r
}

// Matcher matches a lexicon's frames on parsed sentences. It is safe for concurrent use.
type Matcher struct {
	lex    *Lexicon
	stands func(lemma string) Agency
	// stems maps what is left of an inflected form of a trigger verb once its ending is
	// cut off to the trigger's lemma ("derid" and "derided" to "deride", "lobbi" to
	// "lobby", "extoll" to "extol"): see verbLemma.
	stems map[string]string
	// withNouns are the nouns that read a meeting, an agreement or a cooperation with
	// the party of their own "with" phrase (strayWithPhrase leaves that phrase to them).
	withNouns map[string]bool
}

// Agency says whether a common noun names agents of the state that an actor modifying
// it stands for.
type Agency int

// The agencies of a noun.
const (
	Unknown        Agency = iota
	StandsForState        // "diplomats", "government", "forces", "army"
	NotTheState           // "rebel", "protester", "opposition", "lawmaker"
	// GroupMember names the members of an armed group ("fighter", "militant", "gunman"):
	// no agent of a state ("Syrian fighters" are not Syria), but they act for the armed
	// group that modifies them ("Hezbollah fighters", "Taliban militants").
	GroupMember
)

// NewMatcher returns a matcher of the lexicon's frames. stands says whether a common
// noun that names no actor stands for the actor that modifies it: "Iranian diplomats",
// "Iran's government", "the forces of Russia" act for Iran and Russia, while "Iranian
// protesters" and "American lawmakers" do not act for their states. A nil stands lets
// no noun stand for its modifier.
func NewMatcher(lex *Lexicon, stands func(lemma string) Agency) *Matcher {
	if stands == nil {
		stands = func(string) Agency { return Unknown }
	}
	m := &Matcher{lex: lex, stands: stands, stems: map[string]string{}, withNouns: map[string]bool{}}
	for _, f := range lex.Frames() {
		if f.POS == "VERB" {
			m.addStems(f.Lemma)
		}
		if f.POS == "NOUN" && strayWithTypes[f.Type] {
			for _, sl := range f.Target {
				if sl.Rel == "nmod" && sl.Case == "with" {
					m.withNouns[f.Lemma] = true
				}
			}
		}
	}
	for l := range reportedMisdeedVerbs {
		m.addStems(l) // "meddled" as "meddl"
	}
	return m
}

// addStems files the verb lemma l under what its inflected forms leave once their ending
// is cut off (verbLemma).
func (m *Matcher) addStems(l string) {
	n := len(l)
	m.stems[l] = l
	switch {
	case n > 3 && l[n-1] == 'e':
		m.stems[l[:n-1]] = l // "derid-ed", "derid-ing"
	case n > 3 && l[n-1] == 'y':
		m.stems[l[:n-1]+"i"] = l // "lobbi-ed", "lobbi-es"
	case n > 2 && strings.IndexByte("bdgklmnprt", l[n-1]) >= 0:
		m.stems[l+l[n-1:]] = l // "extoll-ed"
	}
}

// verbLemma returns the lemma of the verb w for the lexicon: the lemmatiser's, or, when
// that names no verb trigger (nor a verb of reportedMisdeedVerbs), the trigger verb that w's written form inflects, which the
// lemmatiser gets wrong for verbs its treebanks lack ("derided" as "derid", "chided" as
// "chid", "rebuked" as "rebuk", "implored" as "implor", "entreated" as "entreate"): the
// past or -ing form without its ending ("-ing", "-ed", "-d"), read back through the
// spellings of the trigger's inflection (a final "e" dropped, "y" as "i", a doubled
// consonant). Not a present "-s" form: a noun tagged as a verb ("open to talks", "what
// worries Washington is attacks") is read as one often enough. A verb written with a
// hyphen after "re" ("re-imposed", "re-impose") is read in the solid spelling the lexicon
// writes ("reimpose"), which the lemmatiser does not know. The lemmatiser's lemma when
// neither names a trigger.
func (m *Matcher) verbLemma(w *syntax.Word, lemma string) string {
	if w.UPOS != "VERB" || len(m.lex.Lookup(lemma, "VERB")) > 0 || reportedMisdeedVerbs[lemma] {
		return lemma
	}
	form := strings.ToLower(w.Form)
	if rest, ok := strings.CutPrefix(form, "re-"); ok {
		form = "re" + rest
		if m.stems[form] == form {
			return form // "re-impose"
		}
	} else if w.XPOS != "VBD" && w.XPOS != "VBN" && w.XPOS != "VBG" {
		return lemma
	}
	for _, end := range []string{"ing", "ed", "d"} {
		if stem, ok := strings.CutSuffix(form, end); ok && len(stem) > 2 {
			if l, ok := m.stems[stem]; ok {
				return l
			}
		}
	}
	return lemma
}

// HasTrigger reports whether a word of the sentence is a trigger of the lexicon, or a
// word that starts a reading no trigger carries (a verdict, an obligation, a label verb
// with a terror word, a verdict verb with a word it makes a verdict, a noun of evidence,
// a finding shown, ...), so that a caller can skip the rest of the work for sentences
// that cannot hold a relation.
func (m *Matcher) HasTrigger(s *syntax.Sentence) bool {
	for i := range s.Words {
		w, l := &s.Words[i], strings.ToLower(s.Words[i].Lemma)
		if readingWord(strings.ToLower(w.Form)) || readingWord(l) {
			return true
		}
		if len(m.lex.Lookup(m.verbLemma(w, l), w.UPOS)) > 0 {
			return true
		}
		if strings.EqualFold(w.Form, "shot") && i+1 < len(s.Words) && strings.EqualFold(s.Words[i+1].Form, "down") {
			return true // "Peru shot down ...", "shot" taken for a noun (repairShotDown)
		}
		if w.UPOS == "VERB" && labelVerbs[l] && (lemmaIn(s, terrorWords) || lemmaIn(s, threatLabels)) {
			return true // "considers Hamas a terrorist group" (terrorLabels)
		}
		if w.UPOS == "VERB" && verdictVerbs[l] && (lemmaIn(s, calledWords) || lemmaIn(s, abuseWords)) {
			return true // "described Brennan as a bad person" (verdicts)
		}
		if w.UPOS == "VERB" && (namingVerbs[l] || speechVerbs[l]) && (lemmaIn(s, negativeWords) || lemmaIn(s, positiveWords)) {
			return true // "called Ruiz a liar", "said Ruiz is a hero" (verdicts)
		}
		if w.UPOS == "NOUN" && (evidenceNouns[l] || doubtNouns[l]) {
			return true // "has evidence that Peru meddled", "has no doubt that" (reportedWrongdoing)
		}
		if w.UPOS == "VERB" && showingVerbs[l] && lemmaIn(s, findingNouns) {
			return true // "Chile's report showed that Peru meddled" (reportedWrongdoing)
		}
	}
	return false
}

// lemmaIn reports whether the lemma of a word of the sentence is in the class.
func lemmaIn(s *syntax.Sentence, class map[string]bool) bool {
	for i := range s.Words {
		if class[strings.ToLower(s.Words[i].Lemma)] {
			return true
		}
	}
	return false
}

// Analyze tags and parses words whose offsets point into the text the actors' spans
// do, telling the tagger that the capitalised words of the actors' names (not
// demonyms) are proper nouns: "Beijing" is no -ing verb, "Caracas" no plural, and that
// a noun it would take for an adverb by its ending is a noun ("Syria's closest ally";
// class `ly-noun`), except where the tagger reads it well (taggedAfter). Every other
// word's tags are predicted (tags the words came with are dropped).
func Analyze(m *syntax.Model, ws []syntax.Word, actors []Actor) {
	for i := range ws {
		ws[i].UPOS, ws[i].XPOS = "", ""
		if lyNouns[strings.ToLower(ws[i].Form)] && (i == 0 || !taggedAfter[strings.ToLower(ws[i-1].Form)]) {
			ws[i].UPOS, ws[i].XPOS = "NOUN", "NN"
			continue
		}
		r, _ := utf8.DecodeRuneInString(ws[i].Form)
		if !unicode.IsUpper(r) {
			continue
		}
		for _, a := range actors {
			if !a.Demonym && ws[i].Start >= a.Start && ws[i].End <= a.End {
				ws[i].UPOS, ws[i].XPOS = "PROPN", "NNP"
				break
			}
		}
	}
	m.AnalyzeWords(ws)
}

var (
	// lyNouns are nouns the tagger takes for adverbs by their "-ly" ending (class
	// `ly-noun`): see Analyze.
	lyNouns = wordClass("ly-noun")
	// taggedAfter are the words after which the tagger reads such a form well: a verb
	// after "to" or a modal ("to ally with", "would ally with"), a noun after an article
	// or a hyphen ("an ally in", "NATO-ally").
	taggedAfter = map[string]bool{"to": true, "will": true, "would": true, "can": true, "could": true,
		"may": true, "might": true, "must": true, "should": true, "shall": true, "a": true, "an": true, "the": true, "-": true}
)

// Match returns the frames that fire on the sentence, each with its source and target
// actors, and those that were blocked (negation, modality, ...), which the explanation
// shows; only matches with Blocked == "" state a relation.
//
// Its steps: prepare the sentence (lemmas, parse repairs, bound pronouns); for each word
// that triggers frames, read the trigger (voice, negation, modality, threat), then match
// each of its frames, most specific first (matchFrame); then the readings no trigger's
// frame carries (sentenceReadings).
func (m *Matcher) Match(s *syntax.Sentence, actors []Actor) []Match {
	if len(actors) == 0 || len(s.Words) == 0 {
		return nil
	}
	v := m.prepare(s, actors)
	question := isQuestion(s)
	var out []Match
	seen := map[[3]int]bool{}
	for t := 1; t <= len(s.Words); t++ {
		w := v.word(t)
		fs := m.lex.Lookup(v.lemmas[t], w.UPOS)
		if len(fs) == 0 || v.actor[t] >= 0 {
			continue
		}
		tr := v.readTrigger(t, fs[0].Type, question)
		for _, f := range bySpecificity(fs) {
			out = m.matchFrame(v, actors, seen, out, tr, f)
		}
	}
	v.namedModifiers, v.strayWith = false, false
	return m.sentenceReadings(v, actors, seen, out, question)
}

// prepare returns the sentence as the matcher reads it: the verbs' lemmas as the lexicon
// knows them, the parser's known mistakes repaired (lists, hyphenated participles and
// leaders, "shot down" read as a preposition, a relative clause set off by commas, two
// clauses read as one verb with a list of objects, a to-infinitive complement read as a subject
// or adverbial clause), possessives and a reported "it" bound to
// actors.
func (m *Matcher) prepare(s *syntax.Sentence, actors []Actor) *sentence {
	v := newSentence(s, actors, m.stands)
	v.withNouns = m.withNouns
	for t := 1; t <= len(s.Words); t++ {
		v.lemmas[t] = m.verbLemma(v.word(t), v.lemmas[t])
	}
	v.repairLists()
	v.repairSplitSubjects()
	v.repairCompoundPairs()
	v.repairCoordinatedClauses(func(lemma string) bool { return len(m.lex.Lookup(lemma, "VERB")) > 0 })
	v.repairHyphenParticiples()
	v.repairHyphenAgents()
	v.repairShotDown()
	v.repairPossessedGerunds(func(form string) bool { return len(m.lex.Lookup(form, "NOUN")) > 0 })
	v.repairLeaderParticiples(func(t int) bool {
		return v.word(t).UPOS == "NOUN" && len(m.lex.Lookup(v.lemmas[t], "NOUN")) > 0
	})
	v.repairSetOffRelative()
	v.repairPersonDestinations()
	v.repairInfinitiveComplements()
	v.repairControlNounClauses()
	v.bindPossessives(actors)
	v.bindReportedIt()
	return v
}

// isQuestion reports whether the sentence ends with a question mark, or with one before its
// last token (a closing quotation mark). s has at least one word.
func isQuestion(s *syntax.Sentence) bool {
	n := len(s.Words)
	return s.Words[n-1].Form == "?" || n > 1 && s.Words[n-2].Form == "?"
}

// triggerWord is a word that triggers frames, read once for all its frames.
type triggerWord struct {
	t       int    // the word's index
	passive bool   // the word is in the passive voice
	blocked string // why it states no act (negation, modality, question, ...), or ""
	threat  int    // the word that holds the act over another ("warned", "will"), or 0
}

// readTrigger returns how the word t, whose first frame in the lexicon is of type typ, is
// read: its voice, and what blocks it or makes its act a threat (see qualify and
// threatened); a comma between subject and verb, or a question, blocks it.
func (v *sentence) readTrigger(t int, typ geokg.RelationType, question bool) triggerWord {
	passive := isPassive(v, t)
	blocked, threat := v.qualify(t)
	if h := v.threatened(t, blocked); h > 0 && coercive(typ) {
		// "warned it could sever ties with Israel", "will impose sanctions should
		// Iran refuse": the act held over another is a threat
		blocked, threat = "", h
	}
	if blocked == "" && v.commaBeforeVerb(t) {
		blocked = "comma between subject and verb (likely a misparse)"
	}
	if question && blocked == "" {
		blocked = "question"
	}
	return triggerWord{t: t, passive: passive, blocked: blocked, threat: threat}
}

// argSlot is where an argument was found: a slot of the trigger, or a path through other
// words ("nsubj<have>obj") kept in pieces that slot joins when the match's path is written.
// A path built in one step and returned to the next would be allocated on the heap; joined
// where the path is written, a short one is not (as when Match was one function).
type argSlot struct {
	s    Slot      // s.Rel is the path's first piece
	more [4]string // the pieces after it
}

// slotAt returns the argument slot s.
func slotAt(s Slot) argSlot { return argSlot{s: s} }

// slotVia returns the argument slot whose Rel is s.Rel followed by a, b, c and d.
func slotVia(s Slot, a, b, c, d string) argSlot {
	return argSlot{s: s, more: [4]string{a, b, c, d}}
}

// slot returns the slot with its pieces joined.
func (a argSlot) slot() Slot {
	s := a.s
	s.Rel = s.Rel + a.more[0] + a.more[1] + a.more[2] + a.more[3]
	return s
}

// frameAct is one frame read on its trigger, as the steps of matchFrame fill it in.
type frameAct struct {
	triggerWord
	f                Frame
	src, tgt         []int              // the source and target actors
	srcSlot, tgtSlot argSlot            // where they were found (the match's Path)
	carrier          int                // the support verb whose subject is the source ("imposed sanctions"), or 0
	relCarrier       int                // the support verb of a relative clause on the noun trigger, or 0
	instrument       int                // the verb whose "with" phrase the noun trigger is, or 0
	stmt             int                // the statement the trigger judges ("a critical resolution"), or 0
	likenedRelative  bool               // the source is that of a relative clause likened to another
	between          bool               // a meeting noun whose "between" phrase names its parties
	typ              geokg.RelationType // the type the act states: the frame's, or Threatens
	reason           string             // why it states no relation (the match's Blocked), or ""
	reading          string             // the match's Reading
}

// matchFrame appends to out the matches of frame f on the trigger tr, none when the
// frame's constraints fail, and records in seen the pairs it states. Its steps fill the
// source (sources), the target (targets, modifiedTargets), settle the type and what
// blocks it (statedType, participantPairs, checkSource, announced, reported,
// reciprocalPairs) and write the matches (emit, and mutualPartners the way back of a
// traded act); participantPairs and reciprocalPairs may write them themselves, one for
// each pair of parties.
func (m *Matcher) matchFrame(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, tr triggerWord, f Frame) []Match {
	if !v.satisfies(tr.t, f.Requires, tr.passive) {
		return out
	}
	if f.Type == geokg.Demands && v.copularXcomp(tr.t) {
		return out // "wanted it to be a tough bill": a wish about a thing, asked of no one
	}
	if f.Type == geokg.Meets && v.labelsObject(tr.t) {
		return out // "called Ruiz a liar", "called Ruiz to testify": no phone call
	}
	if f.Type == geokg.Supports && v.agreedTerms(tr.t) {
		return out // "agreed with Chile to reopen the border": terms, no side taken
	}
	v.namedModifiers = f.Type == geokg.Attacks
	v.strayWith = strayWithTypes[f.Type]
	fa := m.sources(v, frameAct{triggerWord: tr, f: f})
	fa = v.targets(fa)
	fa, ok := v.modifiedTargets(fa)
	if !ok {
		return out
	}
	fa = v.statedType(fa)
	fa, out, done := v.participantPairs(actors, seen, out, fa)
	if done {
		return out
	}
	fa = v.checkSource(actors, fa)
	fa = v.announced(actors, fa)
	fa, out = m.reported(v, actors, seen, out, fa)
	fa, out = m.reportedAccording(v, actors, seen, out, fa)
	fa, out = m.reportedEvidence(v, actors, seen, out, fa)
	fa, out, done = v.reciprocalPairs(actors, seen, out, fa)
	if done {
		return out
	}
	out = v.mutualPartners(actors, seen, out, fa)
	return v.emit(actors, seen, out, fa)
}

// sentenceReadings appends to out the matches of the readings no trigger's frame carries
// (retaliations; and, unless the sentence is a question, responsibilities, reported
// wrongdoing, verdicts, obligations, memberships, allegations, consequences (also
// suffered: "will pay a price"), conditional
// threats, goods' targets, vowed answers, answers in sanctions, alliances and terrorist
// labels), recording in seen the pairs they state.
func (m *Matcher) sentenceReadings(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, question bool) []Match {
	out = m.retaliations(v, actors, seen, out)
	if !question {
		out = m.responsibilities(v, actors, seen, out)
		out = m.reportedWrongdoing(v, actors, seen, out)
		out = m.verdicts(v, actors, seen, out)
		out = m.obligations(v, actors, seen, out)
		out = m.memberships(v, actors, seen, out)
		out = m.allegations(v, actors, seen, out)
		out = m.consequences(v, actors, seen, out)
		out = m.sufferedConsequences(v, actors, seen, out)
		out = m.conditionalThreats(v, actors, seen, out)
		out = m.goodsTargets(v, actors, seen, out)
		out = m.vowedAnswers(v, actors, seen, out)
		out = m.sanctionedAnswers(v, actors, seen, out)
		out = m.alliances(v, actors, seen, out)
		out = m.terrorLabels(v, actors, seen, out)
	}
	return out
}
