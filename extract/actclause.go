package extract

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
	"github.com/geokg/geokg/syntax"
)

// bareActNouns name an act without saying which ("the move", "the decision", "the step").
var bareActNouns = map[string]bool{"move": true, "decision": true, "step": true}

// bareActAuthor returns the author of a bare act noun at token k of sentence si, opened by
// "the" or "this" right at token start ("criticised the move") or being the noun itself
// ("The move drew criticism"), with no author, "to" clause or other act noun in its
// sentence before it: the act is the one the sentence before tells in its main clause,
// when that clause has one actor as the subject of an action verb (clauseActor). nil
// otherwise.
func (d *document) bareActAuthor(si, start, k int) *Mention {
	toks := d.sents[si].Tokens
	if testNouns[toks[k].Lower] {
		return d.testAuthor(si, start, k)
	}
	if !bareActNouns[toks[k].Lower] || k == 0 || k != start && k != start+1 || si == 0 {
		return nil
	}
	if det := toks[k-1].Lower; det != "the" && det != "this" {
		return nil
	}
	if k+1 < len(toks) {
		if w := toks[k+1].Lower; w == "to" || w == "by" || w == "of" || w == "'s" {
			return nil // "the decision to expel", "the move by Turkey": said here
		}
	}
	for q := 0; q < k; q++ {
		if actNouns[toks[q].Lower] || proposalNouns[toks[q].Lower] {
			return nil // "Russia announced a ban, and the move ...": the act is named here
		}
	}
	return d.cachedClauseActor(si - 1)
}

// cachedClauseActor returns clauseActor(si), parsing sentence si for it once a document.
func (d *document) cachedClauseActor(si int) *Mention {
	if d.clauseActs == nil {
		d.clauseActs = map[int]*Mention{}
	}
	o, ok := d.clauseActs[si]
	if !ok {
		o = d.clauseActor(si)
		d.clauseActs[si] = o
	}
	return o
}

// testStems begin the words that tell a weapon's test or launch.
var testStems = []string{"test", "launch", "fire", "fired", "detonat", "explod"}

// testAuthor returns the author of a definite test noun at token k of sentence si ("the
// test", "the missile launch", "this nuclear test"; up to two lower-case words between
// the determiner, at start or right after it, and the noun, no actor among them): the
// actor of the main clause (clauseActor) of the nearest of the testWindow sentences
// before that tells a test or a launch (testStems: "North Korea fired a missile into
// the sea"), nil when that clause has no one actor as its subject. A
// noun with its own "of" or "by" phrase, or after another act noun of its sentence, is
// left to those; nil otherwise.
func (d *document) testAuthor(si, start, k int) *Mention {
	toks := d.sents[si].Tokens
	if si == 0 || k-start > 3 {
		return nil
	}
	det := -1
	for q := start; q < k; q++ {
		if refDeterminers[toks[q].Lower] && toks[q].Lower != "those" {
			det = q
			break
		}
	}
	if det < 0 || det > start+1 || k-det > 3 {
		return nil
	}
	for q := det + 1; q < k; q++ {
		if !toks[q].IsWord() || toks[q].IsCapitalized() || newActWords[toks[q].Lower] || indefiniteWords[toks[q].Lower] || d.mentionAt(si, q) != nil {
			return nil // "the first test", "the North Korean test": another act, or named here
		}
	}
	if k+1 < len(toks) {
		if w := toks[k+1].Lower; w == "of" || w == "by" || w == "'s" || w == "site" || w == "sites" || w == "pad" || w == "ban" {
			return nil // "the test of a missile by Peru", "the test site", "the test ban"
		}
	}
	for q := 0; q < det; q++ {
		if actNouns[toks[q].Lower] || proposalNouns[toks[q].Lower] || testNouns[toks[q].Lower] {
			return nil
		}
	}
	for p := si - 1; p >= 0 && p >= si-testWindow; p-- {
		told := false
		for _, t := range d.sents[p].Tokens {
			if hasStem(t.Lower, testStems) {
				told = true
				break
			}
		}
		if !told {
			continue
		}
		// the nearest sentence that tells a test: its main clause's actor, or none
		return d.cachedClauseActor(p)
	}
	return nil
}

// testWindow is how many sentences before its own a definite test noun looks for the
// sentence that tells the test.
const testWindow = 3

// notActLemmas are main-clause verbs that speak, think or state, and do no act a later
// "the move" could name ("said", "is", "hopes").
var notActLemmas = map[string]bool{
	"say": true, "tell": true, "be": true, "have": true, "add": true, "state": true,
	"report": true, "note": true, "seem": true, "appear": true, "believe": true,
	"think": true, "want": true, "expect": true, "hope": true, "know": true, "claim": true,
	"argue": true, "insist": true, "warn": true, "accuse": true, "deny": true,
	"write": true, "tweet": true, "confirm": true, "explain": true, "become": true,
	"remain": true, "need": true, "face": true, "ask": true, "call": true, "urge": true,
	"criticize": true, "criticise": true, "condemn": true, "praise": true, "welcome": true,
	"reject": true, "suggest": true, "fear": true, "see": true, "agree": true,
}

// modalAux are auxiliaries of a clause that tells no act done.
var modalAux = map[string]bool{
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "shall": true,
}

// clauseActor returns the author of the act the main clause of sentence si tells: its
// root is an action verb (not in notActLemmas, not negated, modal or passive) whose one
// subject, coordinated with none, is an actor ("President Trump opened the way by pulling
// troops", "Turkey withdrew its ambassador"). The sentence is parsed for it; nil otherwise.
func (d *document) clauseActor(si int) *Mention {
	if si < 0 || d.sents[si].Furniture {
		return nil
	}
	toks := d.sents[si].Tokens
	for _, t := range toks {
		if actNouns[t.Lower] || proposalNouns[t.Lower] || bareActNouns[t.Lower] {
			return nil // "pushed back on his decision to move troops": that act may be the one meant
		}
	}
	s, byActor := d.parseNamed(si)
	if s == nil || len(byActor) == 0 {
		return nil
	}
	root := 0
	for _, w := range s.Words {
		if w.Head == 0 {
			root = w.ID
			break
		}
	}
	rw := s.Word(root)
	if rw == nil || rw.UPOS != "VERB" || notActLemmas[strings.ToLower(rw.Lemma)] {
		return nil
	}
	var subj *syntax.Word
	for _, c := range s.Children(root) {
		w := s.Word(c)
		switch {
		case w.Deprel == "nsubj":
			if subj != nil {
				return nil
			}
			subj = w
		case w.Deprel == "nsubj:pass" || w.Deprel == "csubj" || w.Deprel == "aux:pass":
			return nil
		case w.Deprel == "aux" && modalAux[strings.ToLower(w.Form)]:
			return nil
		case w.Deprel == "advmod" && (strings.EqualFold(w.Form, "not") || strings.EqualFold(w.Form, "never") || w.Form == "n't"):
			return nil
		}
	}
	if subj == nil {
		return nil
	}
	words := []*syntax.Word{subj}
	for _, c := range s.Children(subj.ID) {
		w := s.Word(c)
		if w.Deprel == "conj" {
			return nil // "Russia and China held drills": two authors
		}
		if w.Deprel == "flat" || w.Deprel == "compound" {
			words = append(words, w)
		}
	}
	for _, m := range byActor {
		for _, w := range words {
			if toks[m.Start].Start <= w.Start && w.End <= toks[m.End-1].End {
				sm := d.standFor(si, m)
				return &Mention{ent: sm.ent, Form: FormRef, inferred: true}
			}
		}
	}
	return nil
}

// parseNamed parses sentence si with the actors its mentions name (those the frame stage
// gives the tagger), for a rule that needs the parse of a sentence the frame stage did not
// parse; it returns the parse (nil for a sentence too long) and the mentions given. The
// last sentence's parse is kept (document.namedParse), so the rules that ask for it in one
// sentence (the pattern table's checks, "the move", criticism received) parse it once,
// unless its mentions changed in between.
func (d *document) parseNamed(si int) (*syntax.Sentence, []*Mention) {
	if np := &d.namedParse; np.ok && np.si == si && len(np.mentions) == len(d.mentions[si]) {
		return np.s, np.byActor
	}
	toks := d.sents[si].Tokens
	var actors []frames.Actor
	var byActor []*Mention
	for _, m := range d.mentions[si] {
		if m.inferred || m.ent == nil || !m.ent.kind.Valid() || m.Start >= m.End || m.End > len(toks) {
			continue
		}
		actors = append(actors, frames.Actor{Start: toks[m.Start].Start, End: toks[m.End-1].End, ID: m.ent.id, Person: m.ent.kind == geokg.KindOfficial, Demonym: m.Form == FormDemonym, Side: d.actorSide(m.ent), State: m.ent.kind == geokg.KindCountry})
		byActor = append(byActor, m)
	}
	var sp *syntax.Sentence
	if s, ok := d.parseSentence(si, namedActors(actors, byActor)); ok {
		sp = &s
	}
	d.namedParse = namedParse{ok: true, si: si, mentions: d.mentions[si], s: sp, byActor: byActor}
	return sp, byActor
}

// namedParse is the parse parseNamed made last: of sentence si, with its mentions then.
type namedParse struct {
	ok       bool
	si       int
	mentions []*Mention
	s        *syntax.Sentence
	byActor  []*Mention
}
