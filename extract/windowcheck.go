package extract

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
	"github.com/geokg/geokg/syntax"
)

// This file holds the parse checks of the pattern table's word-window readings. The table
// reads the words no frame decided; on the sentence's parse (windowParse) a verb pattern's
// reading is dropped when the parse tells what the window could not see, in the
// categories below (docs/extraction-reference.md, stage 7). Each check removes a reading only where
// the parse states it plainly: the window is often right where the parse is wrong.

// windowParse returns the parse of sentence si for the checks below: the frame stage's, or,
// for a sentence it did not parse (no frame trigger in it), one made for the reading, which
// is rare enough to cost little (BENCHMARKS.md); nil for a sentence too long to parse.
func (d *document) windowParse(si int) *syntax.Sentence {
	if d.parsed != nil {
		return d.parsed
	}
	s, _ := d.parseNamed(si)
	return s
}

// undoneOnParse reports whether the act the pattern table read at token i of sentence si
// is, on the sentence's parse s, no act done, though the window between the subject and the
// trigger held no word that said so: the matcher's judgement of a trigger
// (frames.Matcher.Qualify) finds it modal, conditional, negated or the complement of a
// verb or noun that leaves it undone ("hopes the move will pressure the other parties to
// open talks", "said he'd talk to Seoul", "an effort to pressure Seoul", "Treasury intends
// to impose sanctions ... to hold officials accountable"), or the parse takes the trigger
// for a predicative adjective ("said it was open to talks": a disposition, no act). A
// "that" complement of "tell" is a report for the matcher, not an act undone ("told Fox
// News that officials are talking with the Turks"); "told Iran to open talks" is undone. A threat (typ THREATENS) or a pattern of the future is left to the
// window, which reads threats itself. For a reading between coordinated subjects
// (together) a purpose is no block: "the leaders sat together to discuss the war" tells
// a meeting that took place.
func (d *document) undoneOnParse(s *syntax.Sentence, si, i int, typ geokg.RelationType, p *Pattern, together bool) bool {
	if s == nil || typ == geokg.Threatens || p.Future || i < 0 || i >= len(d.sents[si].Tokens) {
		return false
	}
	w := wordAt(s, d.sents[si].Tokens[i].Start)
	if w == 0 {
		return false
	}
	if x := s.Word(w); x.UPOS == "ADJ" && x.Deprel != "amod" {
		return true // "is open to talks": a disposition
	}
	reason := d.x.matcher.Qualify(s, w)
	if together && strings.HasPrefix(reason, "purpose") {
		// "the leaders sat together to discuss the war": the meeting took place; but
		// "signaled their willingness to discuss it" (however the parse hangs the
		// infinitive): right after a noun of an act not done, none took place
		return w > 2 && strings.EqualFold(s.Word(w-1).Form, "to") && undoneNouns[strings.ToLower(s.Word(w-2).Lemma)]
	}
	return reason != ""
}

// toldOnParse reports whether, on the parse s of sentence si, the hostile act the pattern
// table read at token i is said or threatened by someone (frames.Matcher.Told): only then
// is an act in the future, which the window turns into THREATENS, a threat. "Peru said it
// would expel Chile's envoy", "Peru threatened to impose sanctions" are; "the question is
// when Chile will strike Peru", "forces that would fight alongside the army", "how he
// would fight the rebels" are not. A reporting verb within six words before the trigger
// counts too: the parse may take "said on Tuesday that" for a relative clause of
// "Tuesday". Without a parse the window's reading is kept.
func (d *document) toldOnParse(s *syntax.Sentence, si, i int) bool {
	if s == nil || i < 0 || i >= len(d.sents[si].Tokens) {
		return true
	}
	w := wordAt(s, d.sents[si].Tokens[i].Start)
	return w == 0 || d.x.matcher.Told(s, w) || findWord(d.sents[si].Tokens, max(0, i-6), i, reportingVerbs) >= 0
}

// nounAsVerb reports whether the parse s of sentence si takes the verb pattern's trigger
// at token i for the head of a noun phrase: a noun with a determiner, an adjective, a
// compound, a possessor, a number or a preposition of its own, or a noun modifying
// another as its compound. A past form is never one. The pattern of an attack on a place
// ("Russia struck in Syria") read on such a noun places an attack, it does not tell one:
// "U.S. drone attacks in neighbouring Pakistan", "the nerve agent attack in the UK", "a
// suicide bombing in Kabul" (no attack on Pakistan, the UK, Afghanistan).
func (d *document) nounAsVerb(s *syntax.Sentence, si, i int) bool {
	if s == nil || i < 0 || i >= len(d.sents[si].Tokens) {
		return false
	}
	if pastForm(d.sents[si].Tokens[i].Lower) {
		return false // "Chile struck in Peru": a past form is a verb, whatever the tagger says
	}
	t := wordAt(s, d.sents[si].Tokens[i].Start)
	w := s.Word(t)
	if w == nil || w.UPOS != "NOUN" {
		return false
	}
	if syntax.BaseRel(w.Deprel) == "compound" {
		return true // "bomb makers"
	}
	for _, c := range s.Children(t) {
		switch s.Word(c).Deprel {
		case "det", "amod", "compound", "nmod:poss", "nummod", "case":
			return true
		}
	}
	return false
}

// subjectsOutsidePhrases returns the window's subjects of a reading in sentence si that
// are not, on the sentence's parse s, inside a prepositional phrase of place or time: a
// subject whose noun phrase (the name itself, or the noun it modifies as a compound,
// adjective or possessor) takes "on", "in", "at", "from"... before it is no clause's
// subject ("mocked the victims on its official Twitter feed and used the attack to
// criticize US policy", "in a Washington Post column, Hugh Hewitt accused ...", "Kurdish
// groups in northern Syria, which have worked with the US"). A reference (FormRef) is
// kept; without a parse every subject is.
func (d *document) subjectsOutsidePhrases(s *syntax.Sentence, si int, subjs []*Mention) []*Mention {
	if s == nil {
		return subjs
	}
	toks := d.sents[si].Tokens
	var kept []*Mention
	for _, m := range subjs {
		if m.Form == FormRef || m.Start >= m.End || m.End > len(toks) || !inPhrase(s, spanHead(s, toks[m.Start].Start, toks[m.End-1].End), toks[m.Start].Start) {
			kept = append(kept, m)
		}
	}
	return kept
}

// inPhrase reports whether the word at w of s, or the noun it modifies as a compound, a
// name, an adjective or a possessor, is an oblique or nominal modifier with a preposition
// of place or time before byte offset start, or, when the word modifies another noun
// (not as a name's part), with one of company, direction or topic
// (modifierCaseBefore).
func inPhrase(s *syntax.Sentence, w, start int) bool {
	modifier := false // the name modifies another noun
	for k := 0; k < 4 && w > 0; k++ {
		word := s.Word(w)
		switch rel := word.Deprel; {
		case rel == "compound" || rel == "flat" || rel == "amod" || rel == "nmod:poss":
			modifier = modifier || rel != "flat"
			w = word.Head
			continue
		case (syntax.BaseRel(rel) == "obl" || syntax.BaseRel(rel) == "nmod") && rel != "obl:agent":
			return caseBefore(s, w, start) != "" || modifier && modifierCaseBefore(s, w, start)
		}
		return false
	}
	return false
}

// modifierCaseBefore reports whether the noun at w of s, which a name modifies, takes a
// preposition of company, direction or topic before the byte offset start ("with its
// Peruvian counterparts", "according to a recent OAS report"): the name stands in
// another's phrase. Not a participle the parse took for the noun ("with President Boric
// tweeting": he tweets).
func modifierCaseBefore(s *syntax.Sentence, w, start int) bool {
	if strings.HasSuffix(strings.ToLower(s.Word(w).Form), "ing") {
		return false
	}
	for _, c := range s.Children(w) {
		x := s.Word(c)
		if syntax.BaseRel(x.Deprel) != "case" || x.Start >= start {
			continue
		}
		switch strings.ToLower(x.Form) {
		case "with", "to", "about", "against", "for", "toward", "towards", "of":
			return true
		}
	}
	return false
}

// caseBefore returns the preposition of place or time that the word at w of s takes
// ("on its Twitter feed", "in a Washington Post column") when it stands before the byte
// offset start (not a word inside the name: "Moon Jae-in"), or "".
func caseBefore(s *syntax.Sentence, w, start int) string {
	for _, c := range s.Children(w) {
		x := s.Word(c)
		if syntax.BaseRel(x.Deprel) != "case" || x.Start >= start {
			continue
		}
		switch strings.ToLower(x.Form) {
		case "on", "in", "at", "from", "into", "during", "under", "inside", "within", "across", "through", "over":
			return x.Form
		}
	}
	return ""
}

// determinedNoun reports whether, on the parse s of sentence si, the verb pattern's
// trigger at token i is a noun with a determiner (other than "that") or a possessor of
// its own ("received a personal request from Xi", "the Hagel decision appeals to"), or a
// bare plural noun that is another verb's direct object ("turned down demands from Chile":
// Chile's demands, not Peru's): a noun phrase, no verb. Past forms stay verbs, and so does a noun that has the reading's
// subject subj among its dependents ("The US stands by": a verb the parse misread); false
// without a parse or a subject.
func (d *document) determinedNoun(s *syntax.Sentence, si, i int, subj *Mention) bool {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) || subj == nil || subj.Start >= subj.End || subj.End > len(toks) {
		return false
	}
	if pastForm(toks[i].Lower) {
		return false
	}
	sh := spanHead(s, toks[subj.Start].Start, toks[subj.End-1].End)
	t := wordAt(s, toks[i].Start)
	w := s.Word(t)
	if w == nil || w.UPOS != "NOUN" {
		return false
	}
	det := w.Deprel == "obj" && w.Head > 0 && s.Word(w.Head).UPOS == "VERB" && strings.HasSuffix(toks[i].Lower, "s")
	for _, c := range s.Children(t) {
		x := s.Word(c)
		if c == sh {
			return false // "The US stands by": the subject parsed as the noun's modifier, a verb misread
		}
		if (x.Deprel == "det" && !strings.EqualFold(x.Form, "that")) || x.Deprel == "nmod:poss" {
			det = true // ("that John Kerry and Obama negotiate with": a conjunction misread)
		}
	}
	return det
}

// reportedOnParse reports whether, on the parse s of sentence si, the act the pattern
// table read at token i (a pattern of a deed that reported speech turns into an
// accusation: Pattern.Fact) is a clause a speaker tells: a verb (a past form always is
// one) heading the sentence ("According to Chile, Peru attacked", "Peru attacked Chile,
// Bolivia said") or a clausal complement ("Chile said Peru attacked"), itself or through
// the verb it is coordinated with or the complement of; or a noun whose author the
// reading's subject subj names as its modifier or as the subject of the verb whose object
// it is ("said Peruvian rocket attacks started the fighting", "Chile's plots", "hacking by
// Peruvian agents", "said Peru was plotting attacks"). Another noun ("said Bolivia
// built tunnels for attacks", "the recent pattern of attacks"), a relative, adverbial or
// participial clause ("because its government is fighting the rebels", "the forces
// fighting the rebels", "those who carry out such crimes") tells no deed of its subject
// that the speaker claims. Without a parse the window's reading is kept.
func (d *document) reportedOnParse(s *syntax.Sentence, si, i int, subj *Mention) bool {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) {
		return true
	}
	t := wordAt(s, toks[i].Start)
	if t == 0 {
		return true
	}
	if w := s.Word(t); w.UPOS != "VERB" && !pastForm(toks[i].Lower) {
		return d.authorOfNoun(s, si, t, subj) // "Hamas rocket attacks", "hacking by Russian agents"
	}
	for k := 0; k < 3; k++ {
		switch s.Word(t).Deprel {
		case "root", "ccomp", "parataxis":
			return true
		case "conj", "xcomp":
			t = s.Word(t).Head
		default:
			return false
		}
		if t == 0 {
			return false
		}
	}
	return false
}

// authorOfNoun reports whether a word of the mention m of sentence si names, on the parse
// s, the author of the act noun at t: its compound, adjective, possessor or "by" phrase,
// or the subject of the verb whose object it is ("Peru was plotting attacks"), or of the
// verb or noun that controls that verb ("Iran was on track to build a bomb").
func (d *document) authorOfNoun(s *syntax.Sentence, si, t int, m *Mention) bool {
	toks := d.sents[si].Tokens
	if m == nil || m.Start >= m.End || m.End > len(toks) {
		return false
	}
	// the verb whose object the noun is: "Peru was plotting attacks", "tested a bomb"
	verb := 0
	if n := s.Word(t); n.Deprel == "obj" && n.Head > 0 && s.Word(n.Head).UPOS == "VERB" {
		verb = n.Head
		// a controlled verb's subject is its head's: "Iran was on track to build a
		// bomb", "Peru tried to plot attacks"
		for k := 0; k < 2 && !hasSubjectOn(s, verb); k++ {
			if r := s.Word(verb).Deprel; (r == "xcomp" || r == "acl") && s.Word(verb).Head > 0 {
				verb = s.Word(verb).Head
				continue
			}
			break
		}
	}
	for q := m.Start; q < m.End; q++ {
		w := wordAt(s, toks[q].Start)
		x := s.Word(w)
		if x == nil {
			continue
		}
		switch rel := syntax.BaseRel(x.Deprel); {
		case x.Head == t && (rel == "compound" || rel == "amod" || x.Deprel == "nmod:poss"):
			return true
		case x.Head == t && rel == "nmod" && caseWord(s, w) == "by":
			return true
		case verb > 0 && x.Head == verb && x.Deprel == "nsubj":
			return true
		}
	}
	return false
}

// hasSubjectOn reports whether the word at h of s has a nominal subject.
func hasSubjectOn(s *syntax.Sentence, h int) bool {
	for _, c := range s.Children(h) {
		if syntax.BaseRel(s.Word(c).Deprel) == "nsubj" {
			return true
		}
	}
	return false
}

// subjectsOfClause returns the window's subjects of a reading in sentence si that the
// parse s does not contradict: when the parse gives the trigger at token i a subject of
// its own (its nsubj, or that of the verb whose infinitive it is, or for a participle set
// off by a comma that of the clause it tells of: participleSubject), a noun or a name, a
// window subject whose noun phrase is not that subject's and which no mention inside that
// phrase stands for is the actor of another clause ("companies which the U.S. claimed
// supported the GRU": the companies did; "hard-liners continue to criticize the United
// States": no one named did). A pronoun or relative subject, a reference (FormRef), a
// subject shared through coordination (the parse often hangs a conjunct on the wrong
// verb) and a trigger with no subject on the parse keep the window's reading.
func (d *document) subjectsOfClause(s *syntax.Sentence, si, i int, subjs []*Mention) []*Mention {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) {
		return subjs
	}
	t := wordAt(s, toks[i].Start)
	h := sharedSubjectVerb(s, t)
	if h == 0 && adverbialParticiple(s, t) {
		h = s.Word(t).Head // "Peru indicted a Chilean activist, charging him": Peru charges
	}
	if h > 0 {
		if kept := outsideArguments(s, toks, subjs, h, t); len(kept) < len(subjs) {
			// the window read past the shared subject into the first verb's object:
			// the subject the two verbs share is the reading's ("Peru criticized
			// Chile and vowed to punish Bolivia": Peru vows)
			subjs = append(kept, d.subjectMentions(s, si, h)...)
		}
	}
	subj := clauseSubject(s, t)
	if subj == 0 {
		subj = participleSubject(s, t)
	}
	if subj == 0 {
		return subjs
	}
	var kept []*Mention
	for _, m := range subjs {
		if m.Form == FormRef || m.Start >= m.End || m.End > len(toks) || d.namedInPhrase(s, si, m.ent, subj) || d.setOff(si, m) || coordinatedBefore(s, toks, m, subj) || !outsideSubject(s, spanHead(s, toks[m.Start].Start, toks[m.End-1].End), subj) {
			kept = append(kept, m)
		}
	}
	return kept
}

// sharedSubjectVerb returns the verb of s whose subject the verb at t shares, having none
// of its own, as the second of two coordinated verbs ("condemned the incursion and vowed
// to repel it"); else 0.
func sharedSubjectVerb(s *syntax.Sentence, t int) int {
	w := s.Word(t)
	if w == nil || w.Deprel != "conj" || w.Head == 0 || s.Word(w.Head).UPOS != "VERB" {
		return 0
	}
	for _, c := range s.Children(t) {
		if d := syntax.BaseRel(s.Word(c).Deprel); d == "nsubj" || d == "csubj" {
			return 0
		}
	}
	return w.Head
}

// outsideArguments returns the window subjects of subjs that do not stand in an argument
// of the verb h other than its subject and its conjunct t, on the parse s: the object or
// an oblique of the first of two coordinated verbs is no subject of the second ("Bolivia
// condemned Chile's incursion and vowed to repel it": Chile vows nothing).
func outsideArguments(s *syntax.Sentence, toks []Token, subjs []*Mention, h, t int) []*Mention {
	var kept []*Mention
	for _, m := range subjs {
		if m.Form == FormRef || m.Start >= m.End || m.End > len(toks) || !argumentOf(s, spanHead(s, toks[m.Start].Start, toks[m.End-1].End), h, t) {
			kept = append(kept, m)
		}
	}
	return kept
}

// subjectMentions returns the actors' mentions of sentence si that head the subject of
// the verb h on the parse s, or stand for it as its name's words.
func (d *document) subjectMentions(s *syntax.Sentence, si, h int) []*Mention {
	toks := d.sents[si].Tokens
	var out []*Mention
	for _, c := range s.Children(h) {
		if s.Word(c).Deprel != "nsubj" {
			continue
		}
		for _, m := range d.mentions[si] {
			if d.isActor(si, m) && mentionInPhrase(s, toks, m, c) {
				out = append(out, m)
			}
		}
	}
	return out
}

// argumentOf reports whether the word w of s stands, through its heads, in an object or
// oblique of the verb h, or of another verb coordinated with h that shares its subject
// ("Peru sent envoys to Chile, met Bolivia's president and signed ...": Chile and
// Bolivia sign nothing), that is not the subtree of t.
func argumentOf(s *syntax.Sentence, w, h, t int) bool {
	top := coordinationHead(s, h)
	for k := 0; k < 12 && w > 0; k++ {
		x := s.Word(w)
		if x.Head == t {
			return false
		}
		if x.Head == h || x.Head > 0 && s.Word(x.Head).UPOS == "VERB" && coordinationHead(s, x.Head) == top {
			d := syntax.BaseRel(x.Deprel)
			return w != t && (d == "obj" || d == "iobj" || d == "obl" || d == "ccomp" || d == "xcomp")
		}
		w = x.Head
	}
	return false
}

// coordinationHead returns the first of the coordinated verbs of s that the verb at v
// belongs to and shares the subject of: v's conjunct heads, climbed while v has no subject
// of its own (sharedSubjectVerb).
func coordinationHead(s *syntax.Sentence, v int) int {
	for k := 0; k < 8; k++ {
		h := sharedSubjectVerb(s, v)
		if h == 0 {
			return v
		}
		v = h
	}
	return v
}

// namedInPhrase reports whether a mention of e in sentence si stands in the noun phrase of
// the word subj of the parse s ("Israel said its fighter jets had struck": "its").
func (d *document) namedInPhrase(s *syntax.Sentence, si int, e *entity, subj int) bool {
	toks := d.sents[si].Tokens
	for _, m := range d.mentions[si] {
		if m.ent == e && mentionInPhrase(s, toks, m, subj) {
			return true
		}
	}
	return false
}

// mentionInPhrase reports whether any word of the mention m of a sentence with tokens
// toks stands in the noun phrase of the word subj of its parse s (inSubjectPhrase): any
// word of the name, since a title and a name are often parsed apart.
func mentionInPhrase(s *syntax.Sentence, toks []Token, m *Mention, subj int) bool {
	if m.Start >= m.End || m.End > len(toks) {
		return false
	}
	for q := m.Start; q < m.End; q++ {
		if inSubjectPhrase(s, wordAt(s, toks[q].Start), subj) {
			return true
		}
	}
	return false
}

// clauseSubject returns the word of s that is the subject of the verb at t on the parse
// (its own nsubj, the noun a relative pronoun subject stands for, also for a verb joined
// to a relative clause's verb, or, for an infinitive whose head verb has no object, its
// head verb's), when it is a noun or a name; else 0: none, two (a garbled parse), a pronoun, a noun
// owned by a pronoun that may stand for the window's subject, a noun of time (which the
// parser takes for a subject more often than it is one), a passive or clausal subject.
func clauseSubject(s *syntax.Sentence, t int) int {
	for k := 0; k < 2 && t > 0; k++ {
		w := s.Word(t)
		subj := 0
		for _, c := range s.Children(t) {
			switch x := s.Word(c); x.Deprel {
			case "nsubj":
				if a := relativeAntecedent(s, t, c); a > 0 && subj == 0 {
					c, x = a, s.Word(a) // "the gunmen who blockaded the bases": the gunmen
				}
				if subj > 0 || x.UPOS != "NOUN" && x.UPOS != "PROPN" || ownedByPronoun(s, c) || timeNouns[strings.ToLower(x.Lemma)] {
					return 0 // two subjects (a garbled parse), a pronoun, "its jets", "two days after"
				}
				subj = c
			case "nsubj:pass", "csubj", "expl":
				return 0
			}
		}
		if subj > 0 {
			if relativeMisparse(s, t, subj) {
				return 0
			}
			return subj
		}
		if w.Deprel == "conj" && relativeClauseVerb(s, w.Head) {
			t = w.Head // "the gunmen who seized buildings and blockaded bases": the gunmen
			continue
		}
		if w.Deprel != "xcomp" {
			return 0
		}
		t = w.Head // "hard-liners continue to criticize": the head verb's subject
		for _, c := range s.Children(t) {
			if d := s.Word(c).Deprel; d == "obj" || d == "iobj" {
				return 0 // "urged Berlin to work with": the object controls
			}
		}
	}
	return 0
}

// adverbialParticiple reports whether the verb at t of s is a bare participle set off by
// a comma (commaParticiple) that the parse hangs on a verb as an adverbial clause: it
// tells of the subject of that verb, and a window subject in that verb's object is none
// of its ("Peru indicted a Chilean activist, charging him").
func adverbialParticiple(s *syntax.Sentence, t int) bool {
	if !commaParticiple(s, t) {
		return false
	}
	w := s.Word(t)
	h := s.Word(w.Head)
	return w.Deprel == "advcl" && h != nil && (h.UPOS == "VERB" || h.UPOS == "AUX")
}

// participleSubject returns, for a bare participle at t of s set off by a comma
// (commaParticiple), the subject of the nearest verb above it that has one
// (clauseSubject), past a reported clause, which the parse often gives such a participle
// of its reporter ("Peru claimed that Chilean troops fired first, accusing Chile": Peru
// accuses): the participle tells of that clause's subject, whatever noun or clause the
// parse hangs it on ("Hours before Ruiz was sworn in, Boric went on a tirade against
// Soto, blaming Soto": Boric blames); else 0, also when that verb's subject is a pronoun.
func participleSubject(s *syntax.Sentence, t int) int {
	if !commaParticiple(s, t) {
		return 0
	}
	for v, k := s.Word(t).Head, 0; v > 0 && k < 8; v, k = s.Word(v).Head, k+1 {
		if x := s.Word(v); (x.UPOS == "VERB" || x.UPOS == "AUX") && x.Deprel != "ccomp" && hasSubjectOn(s, v) {
			return clauseSubject(s, v)
		}
	}
	return 0
}

// commaParticiple reports whether the word at t of s is a present participle set off by a
// comma with no subordinator, preposition or subject of its own (", blaming Peru", ",
// urging Chile to"; not "while backing Chile", "after accusing Peru").
func commaParticiple(s *syntax.Sentence, t int) bool {
	w := s.Word(t)
	if w == nil || w.XPOS != "VBG" || w.Head <= 0 || !afterComma(s, t) {
		return false
	}
	for _, c := range s.Children(t) {
		switch syntax.BaseRel(s.Word(c).Deprel) {
		case "mark", "case", "nsubj", "csubj", "expl":
			return false
		}
	}
	return true
}

// relativeAntecedent returns the noun that the relative clause headed by the verb at t of
// s modifies, when its subject c is a relative pronoun standing right after that noun
// ("the gunmen who blockaded", "the regime that is allied with"); else 0, also for an
// apposition, which names the actor before it ("Ruiz, a veteran socialist who criticized
// Peru"), and for a text, which says what its author says ("wrote books which have
// criticized Peru": classes `writing-noun` and `statement-noun`).
func relativeAntecedent(s *syntax.Sentence, t, c int) int {
	w, x := s.Word(t), s.Word(c)
	if w.Deprel != "acl:relcl" || w.Head != c-1 || !relativePronoun(x.Form) && !strings.EqualFold(x.Form, "that") {
		return 0
	}
	a := s.Word(w.Head)
	if lemma := strings.ToLower(a.Lemma); a.Deprel == "appos" || writingNouns[lemma] || statementNouns[lemma] {
		return 0
	}
	return w.Head
}

// relativeClauseVerb reports whether the verb h of s heads a relative clause whose subject
// stands for the noun it modifies (relativeAntecedent).
func relativeClauseVerb(s *syntax.Sentence, h int) bool {
	for _, c := range s.Children(h) {
		if s.Word(c).Deprel == "nsubj" {
			return relativeAntecedent(s, h, c) > 0
		}
	}
	return false
}

// undoneNouns name an act not done that their infinitive states ("willingness to meet").
var undoneNouns = frames.WordClass("undone-noun")

// writingNouns and statementNouns name texts and what their authors say in them.
var (
	writingNouns   = frames.WordClass("writing-noun")
	statementNouns = frames.WordClass("statement-noun")
)

// relativeMisparse reports whether a relative pronoun and a comma hang on the verb at t of
// s or on its subject subj, between them: "Lithuania and Poland, which border Belarus,
// have urged the EU", parsed with Belarus as the subject of "urged" (the parser's known
// weakness, which the frames distrust too: frames.Match's "comma between subject and
// verb").
func relativeMisparse(s *syntax.Sentence, t, subj int) bool {
	relative, comma := false, false
	for k := 1; k < t; k++ {
		x := s.Word(k)
		if relativePronoun(x.Form) && (x.Head == t || x.Head == subj) {
			relative = true
		}
		if k > subj && x.Form == "," && (x.Head == t || x.Head == subj) {
			comma = true
		}
	}
	return relative && comma
}

// relativePronoun reports whether form is a relative pronoun of a clause set off by commas.
func relativePronoun(form string) bool {
	switch strings.ToLower(form) {
	case "which", "who", "whom", "whose":
		return true
	}
	return false
}

// outsideSubject reports whether the word at w of s, not in the noun phrase of the
// subject word subj, stands where the parse's subject excludes it: before the subject
// ("Obama criticized governments where hard-liners continue to criticize the US"), or
// inside a clause or phrase that modifies it ("the agreement, which was signed by
// Britain, eased sanctions", "governments who support Maduro condemned"). A window
// subject between the parse's subject and the verb, outside it, is more often a word the
// parse hung on the wrong head ("two days after FBI agents met") and is kept.
func outsideSubject(s *syntax.Sentence, w, subj int) bool {
	if w == 0 {
		return false
	}
	if w < subj {
		return true
	}
	for k := 0; k < 8 && w > 0; k++ {
		if clauseCases[caseWord(s, w)] {
			return false // "the agreement after Trudeau criticized Trump": a clause misread as a phrase
		}
		h := s.Word(w).Head
		if h == subj {
			return true
		}
		w = h
	}
	return false
}

// timeNouns are nouns of time that the parser takes for a subject more often than they
// are one ("two days after FBI agents met with Flynn").
var timeNouns = map[string]bool{"day": true, "week": true, "month": true, "year": true, "hour": true, "minute": true, "time": true, "weekend": true, "decade": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// setOff reports whether the mention m of sentence si opens, or ends a list that opens, a
// phrase set off by a dash ("the only two states to have signed treaties with Brazil -
// Chile and Peru - criticised"): an apposition of the noun before, whatever the parse
// hangs it on.
func (d *document) setOff(si int, m *Mention) bool {
	toks := d.sents[si].Tokens
	q := m.Start - 1
	for q >= 0 && (toks[q].Text == "," || toks[q].Lower == "and") && q > 0 {
		// back over the list the mention ends: "- Egypt and Jordan -"
		o := d.mentionEndingAt(si, q)
		if o == nil {
			return false
		}
		q = o.Start - 1
	}
	if q < 0 {
		return false
	}
	switch toks[q].Text {
	case "-", "–", "—", "--":
		return true
	}
	return false
}

// mentionEndingAt returns the mention of sentence si that ends right before token k, or nil.
func (d *document) mentionEndingAt(si, k int) *Mention {
	for _, o := range d.mentions[si] {
		if o.End == k && o.Start < o.End {
			return o
		}
	}
	return nil
}

// coordinatedBefore reports whether the mention m is joined by "and" to the subject word
// subj of the parse s that follows it, with only determiners, adjectives, adverbs and
// numbers between ("The US and most Western governments have recognised"): one of the
// subjects, whatever head the parse gives the pair.
func coordinatedBefore(s *syntax.Sentence, toks []Token, m *Mention, subj int) bool {
	if m.End >= len(toks) || toks[m.End].Lower != "and" {
		return false
	}
	sw := s.Word(subj)
	for q := m.End + 1; q < len(toks) && toks[q].Start < sw.Start; q++ {
		x := s.Word(wordAt(s, toks[q].Start))
		if x == nil {
			return false
		}
		switch x.UPOS {
		case "DET", "ADJ", "ADV", "NUM":
		default:
			return false
		}
	}
	return true
}

// otherDoerOnParse reports whether, on the parse s of sentence si, the act at token i
// that the pattern table reads as reported (an accusation of m by the speaker) has a
// doer the parse names plainly and m is not it: the verb's subject or passive agent
// (a verb joined to another, or a control verb's complement, takes the subject of the
// verb it depends on; a relative clause's, the noun it modifies), a noun's possessor,
// adjective or compound, or the subject of the verb whose object the noun is ("carried
// out attacks"). The window often pairs a reported act with a neighbouring actor
// ("With help from Jordan and Qatar, the U.S. conducted airstrikes ..., the Pentagon
// said" is no accusation of Jordan). A noun's adjective or compound counts only as a
// word of one of the sentence's actors. False without a parse, or when the parse names no
// doer: the window may then be right.
func (d *document) otherDoerOnParse(s *syntax.Sentence, si, i int, m *Mention) bool {
	toks := d.sents[si].Tokens
	if s == nil || m == nil || m.Form == FormRef || i < 0 || i >= len(toks) || m.Start >= m.End || m.End > len(toks) {
		return false
	}
	t := wordAt(s, toks[i].Start)
	if t == 0 {
		return false
	}
	var doers []int
	for _, x := range actDoers(s, t) {
		if r := s.Word(x).Deprel; r == "amod" || r == "compound" {
			// a noun's modifier is its doer only as an actor's word: "atomic bomb",
			// "cyberhacking attacks" name none
			if q := tokenAt(toks, s.Word(x).Start); q < 0 || d.mentionAt(si, q) == nil {
				continue
			}
		}
		doers = append(doers, x)
	}
	if len(doers) == 0 {
		return false
	}
	h := spanHead(s, toks[m.Start].Start, toks[m.End-1].End)
	for k := 0; k < 6 && h > 0; k++ {
		for _, x := range doers {
			if h == x {
				return false
			}
		}
		w := s.Word(h)
		switch syntax.BaseRel(w.Deprel) {
		case "compound", "amod", "nmod:poss", "flat", "conj", "appos", "nmod":
			h = w.Head
			continue
		}
		break
	}
	return true
}

// placeOfAct reports whether m is, on the parse s of sentence si, a capital's name (not
// possessive) that is a compound of the act noun at token i: the city where the act took
// place, not its doer ("said the Lima bombings were a turning point", "the Quito
// attacks"). False without a parse.
func (d *document) placeOfAct(s *syntax.Sentence, si, i int, m *Mention) bool {
	toks := d.sents[si].Tokens
	if s == nil || m == nil || m.Form != FormCapital || m.possessive || i < 0 || i >= len(toks) || m.Start >= m.End || m.End > len(toks) {
		return false
	}
	t := wordAt(s, toks[i].Start)
	w := s.Word(spanHead(s, toks[m.Start].Start, toks[m.End-1].End))
	return t > 0 && w != nil && w.Head == t && syntax.BaseRel(w.Deprel) == "compound"
}

// ownedByPronoun reports whether the noun at w of s has a possessive pronoun ("its
// fighter jets"), which may stand for the window's subject.
func ownedByPronoun(s *syntax.Sentence, w int) bool {
	for _, c := range s.Children(w) {
		if x := s.Word(c); x.Deprel == "nmod:poss" && x.UPOS == "PRON" {
			return true
		}
	}
	return false
}

// inSubjectPhrase reports whether the word at w of s is the subject word subj or stands in
// its noun phrase: a compound, name part, adjective, possessor, apposition (which the
// parser may hang on the comma before it), conjunct, list item, a modifier that names
// members or kind ("of", "such as", "including") on the way up to it ("a group of former
// Chinese officials", "Hollande and Merkel", "nations such as Qatar").
func inSubjectPhrase(s *syntax.Sentence, w, subj int) bool {
	for k := 0; k < 5 && w > 0; k++ {
		if w == subj {
			return true
		}
		x := s.Word(w)
		switch rel := syntax.BaseRel(x.Deprel); {
		case x.UPOS == "PUNCT":
			w = x.Head // "the minister, Benjamin Netanyahu,": the parser hangs the apposition on the comma
		case rel == "compound" || rel == "flat" || rel == "amod" || rel == "conj" || rel == "appos" || rel == "list" || rel == "nsubj":
			// (a name parsed as the subject of the subject noun, "Al Qaeda forces", is one)
			w = x.Head
		case rel == "nmod" && (x.Deprel != "nmod" || phraseCases[caseWord(s, w)]):
			w = x.Head
		default:
			return false
		}
	}
	return false
}

// phraseCases are the prepositions of a noun's modifier that names its members or kind
// ("a group of Chinese officials", "nations such as Qatar", "leaders including Merkel").
var phraseCases = map[string]bool{"of": true, "as": true, "such": true, "including": true, "like": true}

// clauseCases are subordinators the parser takes for a preposition of the noun that
// follows them, when they open a clause.
var clauseCases = map[string]bool{"after": true, "before": true, "since": true, "until": true, "while": true, "as": true}

// caseWord returns the preposition (case dependent) of the word at w of s, lower case, or "".
func caseWord(s *syntax.Sentence, w int) string {
	for _, c := range s.Children(w) {
		if x := s.Word(c); syntax.BaseRel(x.Deprel) == "case" {
			return strings.ToLower(x.Form)
		}
	}
	return ""
}

// actDoers returns the words of the parse s that name the doer of the act at word t
// (otherDoerOnParse), or nil; for a noun with a passive verb of doing (perpetrationVerbs),
// that verb's agent alone.
func actDoers(s *syntax.Sentence, t int) []int {
	var out []int
	w := s.Word(t)
	collect := func(h int, rels ...string) {
		for _, c := range s.Children(h) {
			r := s.Word(c).Deprel
			for _, want := range rels {
				if r == want {
					out = append(out, c)
				}
			}
		}
	}
	if w.UPOS == "NOUN" {
		// "the Lima bombing was orchestrated by the Shining Path", "the attacks carried out
		// by the Shining Path": the agent, not the place
		for _, v := range perpetrationVerbs(s, t) {
			collect(v, "obl:agent")
		}
		if len(out) > 0 {
			return out
		}
		collect(t, "nmod:poss", "amod", "compound")
		if syntax.BaseRel(w.Deprel) == "obj" && w.Head > 0 {
			collect(w.Head, "nsubj", "obl:agent")
		}
		return out
	}
	for k := 0; k < 4 && t > 0; k++ {
		collect(t, "nsubj", "obl:agent")
		if len(out) > 0 {
			return out
		}
		x := s.Word(t)
		switch x.Deprel {
		case "conj", "xcomp":
			t = x.Head
			continue
		case "acl", "acl:relcl":
			return []int{x.Head}
		}
		break
	}
	return out
}

// perpetrationVerbs returns the verbs of doing (class perpetrate-verb) of the noun at
// word t of s, whose passive agent is the act's doer: the verb the noun is the passive
// subject of ("the bombing was carried out by"), and the clauses that modify the noun
// ("the attacks carried out by", "the bombing, which was orchestrated by").
func perpetrationVerbs(s *syntax.Sentence, t int) []int {
	var out []int
	doing := func(v int) bool { return perpetrateVerbs[strings.ToLower(s.Word(v).Lemma)] }
	if w := s.Word(t); w.Deprel == "nsubj:pass" && w.Head > 0 && doing(w.Head) {
		out = append(out, w.Head)
	}
	for _, c := range s.Children(t) {
		if r := s.Word(c).Deprel; (r == "acl" || r == "acl:relcl") && doing(c) {
			out = append(out, c)
		}
	}
	return out
}

// toldOtherOnParse reports whether, on the parse s of sentence si, the verb of telling at
// token i ("told", "briefed", "assured") has a direct or indirect object whose phrase does
// not hold the object mention m: the one told is that phrase, and m belongs to what was
// told ("told the network the president's tweet was speculation", "told Congress the
// president's policy was flawed"). Without an object on the parse, or with a title for
// one (the parser's "told President-elect Trump"), the window's reading stands.
func (d *document) toldOtherOnParse(s *syntax.Sentence, si, i int, m *Mention) bool {
	toks := d.sents[si].Tokens
	if s == nil || m == nil || i < 0 || i >= len(toks) || m.Start >= m.End || m.End > len(toks) {
		return false
	}
	t := wordAt(s, toks[i].Start)
	h := spanHead(s, toks[m.Start].Start, toks[m.End-1].End)
	if t == 0 || h == 0 {
		return false
	}
	told := false
	for _, c := range s.Children(t) {
		if r := s.Word(c).Deprel; r != "obj" && r != "iobj" || isTitleWord(strings.ToLower(s.Word(c).Form)) {
			continue // (a title parsed as the object, "told President-elect Trump", is the name's)
		}
		told = true
		if within(s, h, c) {
			return false
		}
	}
	return told
}

// writtenOnParse reports whether, on the parse s of sentence si, the verb of telling at
// token i tells in a written message ("told Barr in a letter", "in a tweet, telling
// Tillerson": frames.Matcher.Written): no meeting.
func (d *document) writtenOnParse(s *syntax.Sentence, si, i int) bool {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) {
		return false
	}
	w := wordAt(s, toks[i].Start)
	return w > 0 && d.x.matcher.Written(s, w) != ""
}

// nounUndoneOnParse reports whether the act noun the pattern table read at token i of
// sentence si (a noun reading, "a meeting with Putin") is, on the parse s, no act done:
// the matcher finds it undone (undoneOnParse: "expressed interest in talks with", "refused
// a meeting with"); it is the object of a verb that calls it off before it takes place
// (frames.Matcher.CalledOff)
// ("canceled a meeting with", "turned down talks with", "postponed the summit with"),
// unless a modifier tells it was under way ("cancelled the negotiations ongoing for a
// year", "scrapped the current talks"); or it stands after "ahead of", "in advance of",
// "in the run-up to", "in preparation for" (the meeting is still to come).
func (d *document) nounUndoneOnParse(s *syntax.Sentence, si, i int, p *Pattern, direct bool) bool {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) {
		return false
	}
	if !direct && d.undoneOnParse(s, si, i, p.Type, p, false) {
		return true
	}
	t := wordAt(s, toks[i].Start)
	n := s.Word(t)
	if n == nil {
		return false
	}
	if r := syntax.BaseRel(n.Deprel); (r == "nmod" || r == "obl") && n.Head > 0 {
		// "expressed interest in talks with", "open for talks with", "the date for a
		// meeting with": a wish, a readiness or a schedule
		if h := s.Word(n.Head); h.UPOS == "NOUN" && wishNouns[strings.ToLower(h.Lemma)] || h.UPOS == "ADJ" && readyAdjectives[strings.ToLower(h.Form)] {
			return true
		}
	}
	if cs := caseWord(s, t); cs == "of" || cs == "to" || cs == "for" {
		// the parser hangs "ahead" on another word: read the words before the case
		for k := i - 1; k >= 1 && k >= i-5; k-- {
			if toks[k].Lower == cs {
				if prev := toks[k-1].Lower; cs == "of" && (prev == "ahead" || prev == "advance") || cs == "to" && prev == "run-up" || cs == "for" && prev == "preparation" {
					return true
				}
				break
			}
		}
	}
	return d.x.matcher.CalledOff(s, t)
}

// The words of nounUndoneOnParse, classes of frames/data/words.txt: nouns of a wish, plan
// or schedule and adjectives of readiness.
var (
	wishNouns       = frames.WordClass("wish-noun")
	readyAdjectives = frames.WordClass("ready-adjective")
)

// perpetrateVerbs (class perpetrate-verb of frames/data/words.txt) name in their passive
// agent the doer of the act noun that is their subject (actDoers).
var perpetrateVerbs = frames.WordClass("perpetrate-verb")

// otherAuthorOnParse reports whether the parse s of sentence si plainly names another
// author than the window's subject m for the act noun at token i ("a meeting with"): the
// noun's possessor, a name or noun, or the subject of the verb whose object or oblique the
// noun is (of the verb that verb modifies or is the infinitive of, when it has none: "the
// minister, ahead of walking into a meeting with", "emerged from a meeting"), when m's
// words stand neither in that phrase nor in the noun's own modifiers (authorOfNoun). A
// pronoun author ("his talks with") or a reference keeps the reading, as does a relative
// pronoun whose antecedent m is ("Boric, who emerged from a meeting with").
func (d *document) otherAuthorOnParse(s *syntax.Sentence, si, i int, m *Mention) bool {
	toks := d.sents[si].Tokens
	if s == nil || m == nil || m.Form == FormRef || i < 0 || i >= len(toks) || m.Start >= m.End || m.End > len(toks) {
		return false
	}
	t := wordAt(s, toks[i].Start)
	if t == 0 || d.authorOfNoun(s, si, t, m) {
		return false
	}
	mw := spanHead(s, toks[m.Start].Start, toks[m.End-1].End)
	author := 0
	for _, c := range s.Children(t) {
		if s.Word(c).Deprel == "nmod:poss" {
			author = c
		}
	}
	if n := s.Word(t); author == 0 && (syntax.BaseRel(n.Deprel) == "obj" || syntax.BaseRel(n.Deprel) == "obl") && n.Head > 0 {
		v := n.Head
		for k := 0; k < 3 && v > 0; k++ {
			if x := s.Word(v); x.UPOS != "VERB" && x.UPOS != "AUX" {
				break
			}
			for _, c := range s.Children(v) {
				if r := s.Word(c).Deprel; r == "nsubj" || r == "nsubj:pass" {
					author = c
				}
			}
			if author != 0 {
				break
			}
			if r := syntax.BaseRel(s.Word(v).Deprel); r == "xcomp" || r == "advcl" || r == "conj" {
				v = s.Word(v).Head
				continue
			}
			break
		}
	}
	if author == 0 || mw == 0 {
		return false
	}
	a := s.Word(author)
	if a.UPOS == "PRON" && !relativePronoun(a.Form) || a.UPOS != "PRON" && a.UPOS != "NOUN" && a.UPOS != "PROPN" {
		return false // "he emerged from a meeting with": coreference decides
	}
	if relativePronoun(a.Form) {
		// "Boric, who emerged from a meeting with": the relative clause's noun, or, where
		// the parse lost the clause, the actors just before the pronoun
		if v := s.Word(a.Head); syntax.BaseRel(v.Deprel) == "acl" && v.Head > 0 {
			author = v.Head
		} else {
			q := 0
			for k := range toks {
				if toks[k].Start == a.Start {
					q = k
				}
			}
			other := false
			for k := q - 1; k >= 0 && k >= q-10; k-- {
				if o := d.mentionAt(si, k); o != nil {
					if o.ent == m.ent {
						return false
					}
					other = true
				}
			}
			return other
		}
	}
	if inSubjectPhrase(s, mw, author) || inSubjectPhrase(s, author, mw) || d.namedInPhrase(s, si, m.ent, author) || coordinatedBefore(s, toks, m, author) {
		return false
	}
	// another actor must stand in the author's phrase: "the tests were carried out in
	// defiance of" names no one
	for k := range toks {
		if o := d.mentionAt(si, k); o != nil && o.ent != m.ent && o.ent.kind.Valid() && o.End > o.Start {
			if inSubjectPhrase(s, spanHead(s, toks[o.Start].Start, toks[o.End-1].End), author) {
				return true
			}
		}
	}
	return false
}

// complementObjects returns the objects of the act noun at token i of sentence si that the
// parse s does not place inside a clause of the noun's complement: an actor that is the
// object of a participle or relative clause modifying what the noun is about is that
// clause's ("support for the rebels fighting Peru", "aid to militias that attacked Chile":
// no support of Peru, no aid to Chile). An object the parse does not hang under the noun
// keeps the window's reading. Only support and aid are judged so: an attack on "the bases
// housing Chilean troops" is one on Chile.
func (d *document) complementObjects(s *syntax.Sentence, si, i int, typ geokg.RelationType, objs []*Mention) []*Mention {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) || typ != geokg.Supports && typ != geokg.Aids {
		return objs
	}
	t := wordAt(s, toks[i].Start)
	if t == 0 {
		return objs
	}
	return keepObjects(s, toks, objs, func(_ *Mention, h int) bool { return inComplementClause(s, h, t) })
}

// inComplementClause reports whether the word w of s hangs under the noun t through a
// clause that modifies t's complement (a verb reached as acl or acl:relcl on the way up,
// not one of t itself: "a threat to attack Chile" is about Chile).
func inComplementClause(s *syntax.Sentence, w, t int) bool {
	clause := false
	for k := 0; k < 8 && w > 0; k++ {
		x := s.Word(w)
		if x.Head == t {
			return clause
		}
		if x.Head > 0 {
			if h := s.Word(x.Head); h.UPOS == "VERB" && syntax.BaseRel(h.Deprel) == "acl" && h.Head != t {
				clause = true
			}
		}
		w = x.Head
	}
	return false
}

// subjectsBeforePronoun returns the window's subjects of a reading at token i of sentence
// si that the parse s does not exclude by a pronoun subject no actor stands for: when the
// trigger's subject on the parse (its nsubj, or that of the verb whose infinitive it is)
// is a pronoun or a quantifier ("it", "they", "both", "all") that the coreference did not
// resolve, a window subject before that word that the pronoun cannot stand for is an
// actor of another clause that the window found by reading past it: "it" stands for no
// person and "he" or "she" for nothing else; "they", "both", "all" and "each" for two
// actors or more (the window's coordinated subjects), a group, or a name that modifies a
// plural noun ("Chinese officials said they would levy tariffs"). "A and B said they
// would not follow the US example, although both have criticized C": the US criticized
// no one; "the US praised Israel when they invaded Iraq": Israel invaded nothing. A
// pronoun the coreference resolved is a mention, read by the window itself; "we" and a
// relative pronoun ("which", "who") are left to the window.
func (d *document) subjectsBeforePronoun(s *syntax.Sentence, si, i int, subjs []*Mention) []*Mention {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) {
		return subjs
	}
	p := pronounSubject(s, wordAt(s, toks[i].Start))
	if p == 0 {
		return subjs
	}
	pw := s.Word(p)
	for _, m := range d.mentions[si] {
		if m.Start < m.End && m.End <= len(toks) && toks[m.Start].Start <= pw.Start && pw.Start < toks[m.End-1].End {
			return subjs // resolved: the window reads the reference
		}
	}
	pron := strings.ToLower(pw.Form)
	var kept []*Mention
	for _, m := range subjs {
		if m.Start >= m.End || m.End > len(toks) || toks[m.Start].Start > pw.Start || pronounAgrees(s, pron, m, len(subjs), spanHead(s, toks[m.Start].Start, toks[m.End-1].End)) || pluralAfter(s, toks, m) {
			kept = append(kept, m)
		}
	}
	return kept
}

// pronounAgrees reports whether the pronoun pron can stand for the window subject m, one
// of n coordinated subjects, whose words head at w on the parse s.
func pronounAgrees(s *syntax.Sentence, pron string, m *Mention, n int, w int) bool {
	switch pron {
	case "it":
		return m.ent.kind != geokg.KindOfficial
	case "he", "she":
		return m.ent.kind == geokg.KindOfficial
	}
	// they, both, all, each: more than one
	if n > 1 || m.ent.kind == geokg.KindGroup || m.pair != nil {
		return true
	}
	for k := 0; k < 3 && w > 0; k++ {
		x := s.Word(w)
		if pluralWord(x) {
			return true // "Chinese officials", "the Revolutionary Guards"
		}
		switch syntax.BaseRel(x.Deprel) {
		case "compound", "amod", "flat":
		case "nmod":
			if x.Deprel != "nmod:poss" {
				return false
			}
		default:
			return false
		}
		w = x.Head
	}
	return false
}

// pluralAfter reports whether the mention m is followed, within two nouns or adjectives,
// by a plural noun it names the people of ("Pakistani Army officials", however the parse
// hangs them).
func pluralAfter(s *syntax.Sentence, toks []Token, m *Mention) bool {
	for k := m.End; k < m.End+3 && k < len(toks); k++ {
		x := s.Word(wordAt(s, toks[k].Start))
		if x == nil {
			return false
		}
		if x.Deprel == "case" {
			continue // "Iran's Revolutionary Guards"
		}
		if pluralWord(x) {
			return true
		}
		if x.UPOS != "NOUN" && x.UPOS != "PROPN" && x.UPOS != "ADJ" {
			return false
		}
	}
	return false
}

// pluralWord reports whether x is a plural noun or a name of a plural ("Guards").
func pluralWord(x *syntax.Word) bool {
	return x.XPOS == "NNS" || x.XPOS == "NNPS" || x.UPOS == "PROPN" && strings.HasSuffix(x.Form, "s") && !strings.HasSuffix(x.Form, "ss")
}

// pronounSubject returns the word of s that is the subject of the verb at t on the parse
// (its own nsubj, or, for an infinitive whose head verb has no object, its head verb's)
// when it is a personal pronoun of the third person or a quantifier standing alone; else 0.
func pronounSubject(s *syntax.Sentence, t int) int {
	for k := 0; k < 2 && t > 0; k++ {
		w := s.Word(t)
		for _, c := range s.Children(t) {
			x := s.Word(c)
			if x.Deprel != "nsubj" {
				continue
			}
			if (x.UPOS == "PRON" || x.UPOS == "DET") && len(s.Children(c)) == 0 {
				switch strings.ToLower(x.Form) {
				case "it", "they", "both", "each", "all", "he", "she":
					return c
				}
			}
			return 0
		}
		if w.Deprel != "xcomp" {
			return 0
		}
		t = w.Head
		for _, c := range s.Children(t) {
			if d := s.Word(c).Deprel; d == "obj" || d == "iobj" {
				return 0
			}
		}
	}
	return 0
}

// objectsNotRelativeSubjects returns the window's objects of a verb pattern read at token
// i of sentence si that the parse s does not make the subject of a relative clause
// without its relative word: a noun followed by such a clause is no verb with an object
// ("in response to sanctions Congress passed", "the economic sanctions the US had
// re-imposed", "the relief North Korea would get", "announced its sanctions the day Peru
// announced talks": nothing sanctions Congress, the US, North Korea or Peru). The clause
// must hang on a word from the trigger to the object (the trigger itself, read as a noun,
// or a noun after it), and its subject be the object's noun phrase. A reaction to an act
// (typ CONDEMNS, SUPPORTS, REJECTS, DENIES) reaches the act's author through such a clause
// ("condemned the sanctions Peru imposed", "rejected the demands Chile made"): for those
// only a clause on the trigger itself counts ("the party whose backing May needs").
func (d *document) objectsNotRelativeSubjects(s *syntax.Sentence, si, i int, typ geokg.RelationType, objs []*Mention) []*Mention {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) {
		return objs
	}
	t := wordAt(s, toks[i].Start)
	if t == 0 {
		return objs
	}
	var kept []*Mention
	for _, m := range objs {
		if m.Start >= m.End || m.End > len(toks) {
			kept = append(kept, m)
			continue
		}
		w := spanHead(s, toks[m.Start].Start, toks[m.End-1].End)
		last := w
		if reactionTypes[typ] || typ == geokg.Denies {
			last = t
		}
		if !relativeSubject(s, w, t, last) && (reactionTypes[typ] || typ == geokg.Denies || !nounBeforeClause(s, toks, t, i, m)) {
			kept = append(kept, m)
		}
	}
	return kept
}

// relativeSubject reports whether the word w of s heads, or modifies as a compound,
// adjective, possessor or name part, the subject of a relative clause without a relative
// word that hangs on a word from t to last.
func relativeSubject(s *syntax.Sentence, w, t, last int) bool {
	for k := 0; k < 4 && w > 0; k++ {
		x := s.Word(w)
		switch x.Deprel {
		case "compound", "amod", "flat", "nmod:poss":
			w = x.Head
			continue
		case "nsubj", "nsubj:pass":
		default:
			return false
		}
		v := s.Word(x.Head)
		if v == nil || v.Deprel != "acl:relcl" || v.Head < t || v.Head > last {
			return false
		}
		for _, c := range s.Children(x.Head) {
			if c < w && (relativePronoun(s.Word(c).Form) || strings.EqualFold(s.Word(c).Form, "that")) {
				return false // "sanctions that Chile imposed": a clause word the window saw
			}
		}
		return true
	}
	return false
}

// nounBeforeClause reports whether the trigger word t of s (token i), a noun on the
// parse, is followed right away by the mention m and m by a finite verb or an auxiliary:
// the mention is the subject of a clause that modifies the noun, however the parse hangs
// it ("retaliated for sanctions Chile passed over the dispute").
func nounBeforeClause(s *syntax.Sentence, toks []Token, t, i int, m *Mention) bool {
	if x := s.Word(t); x == nil || x.UPOS != "NOUN" || m.Start != i+1 || m.End >= len(toks) {
		return false
	}
	v := s.Word(wordAt(s, toks[m.End].Start))
	if v == nil || v.UPOS != "VERB" && v.UPOS != "AUX" {
		return false
	}
	switch v.XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}
