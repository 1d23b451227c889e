package extract

import (
	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
	"github.com/geokg/geokg/syntax"
)

// bindPronouns binds again, on the parse s of sentence si, a pronoun the coreference
// step resolved without the parse to the nearest actor before it in the sentence: when
// that antecedent sits in a prepositional phrase (an oblique or a noun's modifier) and
// the clause that holds the pronoun, or the clause that governs it through a
// participle, an infinitive or a coordinated verb, has an actor of the pronoun's kind
// named alone before the pronoun as its subject, the pronoun is that subject's. "its" is
// a country's or a group's ("Peru was suspended from the Andean Pact after its attack on
// Chile": Peru's attack; "Peru began sheltering members of the Shining Path on its soil":
// Peru's soil); "he" or "she" outside quotations, as the subject of a clause that
// reports or is coordinated, an official's of that gender ("Boric said that after talks
// with Ruiz he had recalled the envoy": Boric). The antecedent keeps the pronoun when the
// subject cannot own it (subjectCannotOwn). A "their" may stand for two subjects
// (bindTheir).
// actors and byActor (the frame stage's actors and their mentions, one for one) are
// changed in place; the sentence's mentions, which the pattern table reads, are not.
func (d *document) bindPronouns(si int, s *syntax.Sentence, actors []frames.Actor, byActor []*Mention) {
	toks := d.sents[si].Tokens
	var quoted []bool
	for i, m := range byActor {
		pron := toks[m.Start].Lower
		if pron == "their" && m.Form == FormRef && m.pair == nil {
			d.bindTheir(s, actors, byActor, i)
			continue
		}
		if m.Form != FormRef || m.pair != nil || m.End != m.Start+1 || !rebound[pron] {
			continue
		}
		if pron != "its" && quoted == nil {
			quoted = d.sentenceQuotes(si)
		}
		w := wordAt(s, toks[m.Start].Start)
		at := nearestNamed(actors, byActor, i)
		if w == 0 || at < 0 || pron != "its" && quoted[m.Start] {
			continue // "“He erred,” Orlov said after talks with Stone": left alone
		}
		ante := spanHead(s, actors[at].Start, actors[at].End)
		if ante == 0 || !oblique(s, ante) {
			continue
		}
		sub := clauseSubjectWord(s, w, ante)
		if sub == 0 || sub > w || hasDeprel(s, sub, "conj") || subjectCannotOwn(s, w, sub, ante) {
			continue
		}
		if g, ok := genderOf[s.Word(sub).Lemma]; ok && g != genderOf[pron] {
			continue // "Ruiz said that she phoned Boric and that he would come": not Ruiz
		}
		e := subjectActor(s, actors, byActor, sub, pron)
		if e == nil || e == m.ent {
			continue
		}
		byActor[i] = &Mention{Start: m.Start, End: m.End, ent: e, Form: FormRef, possessive: m.possessive}
		actors[i].ID, actors[i].Side, actors[i].State = e.id, d.actorSide(e), e.kind == geokg.KindCountry
	}
}

// bindTheir binds the "their" of byActor[i], which the coreference step gave to the
// nearest country or group before it, to the two countries or groups joined by "and" that
// are the subject of its clause, or of the clause that governs it (subjectCannotOwn
// aside), when the nearest is one of them ("Chile and Peru reaffirmed their support for
// Bolivia": both support it, not Peru alone).
func (d *document) bindTheir(s *syntax.Sentence, actors []frames.Actor, byActor []*Mention, i int) {
	m := byActor[i]
	w := wordAt(s, actors[i].Start)
	at := nearestNamed(actors, byActor, i)
	if w == 0 || at < 0 || s.Word(w).Deprel != "nmod:poss" {
		return
	}
	ante := spanHead(s, actors[at].Start, actors[at].End)
	if ante == 0 {
		return
	}
	sub := clauseSubjectWord(s, w, ante)
	if sub == 0 || sub > w || subjectCannotOwn(s, w, sub, ante) {
		return
	}
	var second int
	for _, c := range s.Children(sub) {
		if s.Word(c).Deprel == "conj" {
			if second != 0 {
				return // three or more
			}
			second = c
		}
	}
	if second == 0 || second > w {
		return
	}
	a, b := subjectActor(s, actors, byActor, sub, "its"), subjectActor(s, actors, byActor, second, "its")
	if a == nil || b == nil || a == b || m.ent != a && m.ent != b {
		return
	}
	byActor[i] = &Mention{Start: m.Start, End: m.End, ent: a, pair: b, Form: FormRef, possessive: m.possessive}
	actors[i].ID, actors[i].Side, actors[i].State = a.id, d.actorSide(a), a.kind == geokg.KindCountry
}

// rebound are the pronouns bindPronouns reads.
var rebound = map[string]bool{"its": true, "he": true, "she": true}

// pronounFits reports whether the pronoun pron can stand for e: "its" for a country or a
// group, the others for an official of their gender or of none shown.
func pronounFits(pron string, e *entity) bool {
	if pron == "its" {
		return e.kind == geokg.KindCountry || e.kind == geokg.KindGroup
	}
	return e.kind == geokg.KindOfficial && (e.gender == 0 || e.gender == genderOf[pron])
}

// nearestNamed returns the index of the named mention nearest before the reference
// byActor[i] that names its entity (the antecedent the coreference step chose), or -1.
func nearestNamed(actors []frames.Actor, byActor []*Mention, i int) int {
	at := -1
	for j, m := range byActor {
		if j != i && m.Form != FormRef && m.ent == byActor[i].ent && actors[j].End <= actors[i].Start {
			at = j
		}
	}
	return at
}

// oblique reports whether word k of s is an oblique or a noun's modifier ("from the
// Andean Pact", "members of the Shining Path"), not a possessor.
func oblique(s *syntax.Sentence, k int) bool {
	switch rel := s.Word(k).Deprel; syntax.BaseRel(rel) {
	case "obl", "nmod":
		return rel != "nmod:poss"
	}
	return false
}

// subjectCannotOwn reports whether the pronoun at word w of s cannot be the subject sub's
// while the antecedent ante names another actor: the pronoun's phrase is coordinated with
// or set beside the antecedent ("Chile and its allies"), hangs under it ("quarrels with
// Chile, among them its raid on Bolivia"), or names the predicate of a copula ("Peru is
// its ally"); or the phrase gives the reason an act aims at the antecedent, which is the
// antecedent's deed unless the subject is the one the act befalls ("imposed sanctions on
// Chile for its raid": Chile's; "Peru was suspended from the Andean Pact over its raid":
// Peru's).
func subjectCannotOwn(s *syntax.Sentence, w, sub, ante int) bool {
	n := s.Word(w).Head
	if n == 0 {
		return true
	}
	for s.Word(n).Head > 0 && s.Word(n).Deprel == "nmod:poss" {
		n = s.Word(n).Head // "over its government's programs": the phrase of "programs"
	}
	for h := n; h > 0; h = s.Word(h).Head {
		if h == ante {
			return true // "met Ruiz, who said he": Ruiz
		}
	}
	if s.Word(w).Deprel != "nmod:poss" {
		return false
	}
	if rel := s.Word(n).Deprel; rel == "conj" || rel == "appos" || hasDeprel(s, n, "cop") {
		return true
	}
	c := caseOf(s, n)
	if c == "of" || c == "to" {
		// "in light of its tests", "in response to its raid": the phrase's own case
		c = caseOf(s, s.Word(n).Head)
	}
	return reasonCases[c] && s.Word(sub).Deprel != "nsubj:pass"
}

// caseOf returns the lemma of the preposition (case) of word k of s, or "".
func caseOf(s *syntax.Sentence, k int) string {
	if k < 1 {
		return ""
	}
	for _, c := range s.Children(k) {
		if x := s.Word(c); x.Deprel == "case" {
			return x.Lemma
		}
	}
	return ""
}

// reasonCases open a phrase that may give the reason of an act or a reaction ("for its
// raid", "over its raid", "in its war", "despite its pledge", "as its envoy").
var reasonCases = map[string]bool{
	"for": true, "over": true, "in": true, "despite": true, "as": true, "amid": true,
	"against": true, "such": true,
}

// subjectActor returns the actor the subject word sub of s names that the pronoun pron
// can stand for, by the word or a word of its name ("Treasury Secretary Steven Mnuchin",
// whose head the parse may take to be "Treasury"), or nil.
func subjectActor(s *syntax.Sentence, actors []frames.Actor, byActor []*Mention, sub int, pron string) *entity {
	for _, k := range append([]int{sub}, s.Children(sub)...) {
		if k != sub && s.Word(k).Deprel != "flat" {
			continue
		}
		if j := actorAtWord(s, actors, byActor, k); j >= 0 && pronounFits(pron, byActor[j].ent) {
			return byActor[j].ent
		}
	}
	return nil
}

// actorAtWord returns the index of the actor whose span holds word k of s, a named
// mention before a reference, or -1.
func actorAtWord(s *syntax.Sentence, actors []frames.Actor, byActor []*Mention, k int) int {
	x := s.Word(k)
	found := -1
	for j, a := range actors {
		if x.Start >= a.Start && x.End <= a.End && (found < 0 || byActor[found].Form == FormRef) {
			found = j
		}
	}
	return found
}

// clauseSubjectWord returns the subject (nsubj, nsubj:pass) of the clause that holds word
// w of s, climbing from a clause without one to the clause that governs it through an
// open complement, an adverbial clause or a coordinated verb ("began sheltering ... on
// its soil": the subject of "began"), but not into a governor whose object or the
// antecedent ante may be the clause's subject ("urged Chile to end its raids", "imposed
// sanctions on Chile, cutting its trade"); 0 when there is none, or when w lies
// inside the subject ("its army attacked").
func clauseSubjectWord(s *syntax.Sentence, w, ante int) int {
	prev, h := w, s.Word(w).Head
	if syntax.BaseRel(s.Word(w).Deprel) == "nsubj" && h > 0 {
		// a subject pronoun: the subject of the clause that governs its own
		switch syntax.BaseRel(s.Word(h).Deprel) {
		case "ccomp", "conj":
			prev, h = h, s.Word(h).Head
		default:
			return 0
		}
	}
	for ; h > 0; prev, h = h, s.Word(h).Head {
		if rel := s.Word(prev).Deprel; syntax.BaseRel(rel) == "nsubj" || rel == "csubj" {
			return 0
		}
		if rel := s.Word(prev).Deprel; (rel == "xcomp" || rel == "advcl") && (hasDeprel(s, h, "obj") || hasDeprel(s, h, "iobj") || s.Word(ante).Head == h) {
			return 0
		}
		for _, c := range s.Children(h) {
			if c != prev && syntax.BaseRel(s.Word(c).Deprel) == "nsubj" {
				return c
			}
		}
		switch syntax.BaseRel(s.Word(h).Deprel) {
		case "xcomp", "advcl", "conj", "obl", "nmod", "obj", "iobj":
			// a clause that shares its subject, or a phrase of the clause: climb
		default:
			return 0
		}
	}
	return 0
}

// dropOwnObject drops, on the parse s of sentence si, an object "it" the coreference
// step resolved to an actor named in the subject of the verb "it" is the object of (or of
// the clause an infinitive hangs on): a clause's object is not its own subject ("Peru and
// Bolivia support it", "the parties to the pact, Peru and Bolivia among them, defended
// it": the pact, not Peru). It returns the frame stage's actors and their mentions
// without it, and removes it from the sentence's mentions, which the pattern table reads
// after the frames, when the sentence could fire a frame (couldFire: the sentences the
// extraction parses whether or not it explains them).
//
// An object "him" (frameReferences) is bound again on the parse (objectAntecedent), and
// dropped when it has no clear antecedent there.
func (d *document) dropOwnObject(si int, s *syntax.Sentence, actors []frames.Actor, byActor []*Mention) ([]frames.Actor, []*Mention) {
	toks := d.sents[si].Tokens
	keepA, keepM := actors[:0:0], byActor[:0:0]
	for i, m := range byActor {
		ref := m.Form == FormRef && m.End == m.Start+1
		if ref && toks[m.Start].Lower == "it" && d.ownSubject(s, actors, byActor, i) {
			if d.couldFire(si) {
				d.removeMention(si, m)
			}
			continue
		}
		if ref && toks[m.Start].Lower == "him" {
			e := d.objectAntecedent(si, s, actors, byActor, i)
			if e == nil {
				continue
			}
			m = &Mention{Start: m.Start, End: m.End, ent: e, Form: FormRef}
			actors[i].ID, actors[i].Side = e.id, d.actorSide(e)
		}
		keepA, keepM = append(keepA, actors[i]), append(keepM, m)
	}
	return keepA, keepM
}

// objectAntecedent returns the official an object "him" (byActor[i]) stands for on the
// parse s of sentence si: it must be an object, an indirect object or an oblique of a
// verb whose subject is an actor (for a relative clause's "who", the noun it describes:
// "prior to him filing", "a letter telling him", "aides who praised him": no one), and
// is never that subject (verbSubject: "Boric phoned Ruiz and urged him": Ruiz, not
// Boric). Among the people named before it in its sentence (possessors too), other than
// that subject and the speaker of its quotation, the one there is; two there (also one the
// gazetteer does not know) give none ("Orlov met Boric, and Ruiz urged him": who?), and so
// does none there: an official of the sentences before is too often not the one meant.
func (d *document) objectAntecedent(si int, s *syntax.Sentence, actors []frames.Actor, byActor []*Mention, i int) *entity {
	w := wordAt(s, actors[i].Start)
	if w == 0 {
		return nil
	}
	switch syntax.BaseRel(s.Word(w).Deprel) {
	case "obj", "iobj", "obl":
	default:
		return nil
	}
	sub := verbSubject(s, w)
	if sub == 0 {
		return nil
	}
	if v := s.Word(sub).Head; s.Word(v).Deprel == "acl:relcl" && relativeWords[s.Word(sub).Lemma] {
		sub = s.Word(v).Head // "Peruvians who back him": the noun the clause describes
	}
	j := actorAtWord(s, actors, byActor, sub)
	if j < 0 {
		return nil
	}
	subject := byActor[j].ent
	k := byActor[i].Start
	speaker := d.quotedSpeaker(si, k)
	found, n := (*entity)(nil), 0
	take := func(e *entity) {
		if e != nil && (e == subject || e == speaker) || n > 0 && e == found {
			return
		}
		found, n = e, n+1
	}
	for _, m := range d.mentions[si] {
		if m.Start < k && m.ent != nil && m.ent.kind == geokg.KindOfficial && !m.inferred && m.ent.gender != 'f' {
			take(m.ent)
		}
	}
	for _, p := range d.peopleIn(si) {
		if p.start < k && p.gender != 'f' {
			take(p.official('m'))
		}
	}
	if n > 1 {
		return nil
	}
	return found
}

// verbSubject returns the subject (nsubj, nsubj:pass) of the verb that governs word w of
// s, or of the clause that verb hangs on through an open complement, an adverbial clause
// or a coordinated verb ("phoned Ruiz and urged him to leave": the subject of "phoned"),
// or 0.
func verbSubject(s *syntax.Sentence, w int) int {
	for v := s.Word(w).Head; v > 0; v = s.Word(v).Head {
		for _, c := range s.Children(v) {
			if syntax.BaseRel(s.Word(c).Deprel) == "nsubj" {
				return c
			}
		}
		switch syntax.BaseRel(s.Word(v).Deprel) {
		case "xcomp", "advcl", "conj":
		default:
			return 0
		}
	}
	return 0
}

// ownSubject reports whether the reference byActor[i], an object of a verb in s that no
// verb follows, names the entity of an actor named by name (no nationality) as the
// subject of that verb, or of the clause that shares its subject with the verb's clause
// (an open complement, an adverbial clause or a coordinated verb with no subject of its
// own: "Peru praised Chile, then criticized it", "Peru praised Chile and criticized it":
// not Peru), or coordinated with that subject, set beside it or named in a phrase of it.
func (d *document) ownSubject(s *syntax.Sentence, actors []frames.Actor, byActor []*Mention, i int) bool {
	w := wordAt(s, actors[i].Start)
	if w == 0 || s.Word(w).Deprel != "obj" || subjectAfter(s, w) {
		return false
	}
	v := s.Word(w).Head
	sub := 0
	for sub == 0 && v > 0 {
		for _, c := range s.Children(v) {
			if syntax.BaseRel(s.Word(c).Deprel) == "nsubj" {
				sub = c
			}
		}
		if sub == 0 && !sharesSubject[syntax.BaseRel(s.Word(v).Deprel)] {
			return false
		}
		v = s.Word(v).Head
	}
	for j, m := range byActor {
		if j == i || m.ent != byActor[i].ent || m.Form == FormRef || m.Form == FormDemonym {
			continue
		}
		// the subject, or an actor coordinated with it, set beside it or named in a
		// phrase of it ("the parties to the pact, Peru among them"); not a possessor or a
		// clause inside it ("Peru's role has left it weak": Peru)
		for h := spanHead(s, actors[j].Start, actors[j].End); h > 0; h = s.Word(h).Head {
			if h == sub {
				return true
			}
			if r := s.Word(h).Deprel; r != "conj" && r != "appos" && r != "nmod" && r != "flat" {
				break
			}
		}
	}
	return false
}

// sharesSubject are the relations of a clause with no subject of its own to the clause
// whose subject it shares (ownSubject).
var sharesSubject = map[string]bool{"xcomp": true, "advcl": true, "conj": true}

// subjectAfter reports whether a verb follows word w of s past adverbs, quotation marks
// and punctuation ("said it “fully supports”", "the power it once was"): w is then the
// subject of that verb, which the parse took for an object.
func subjectAfter(s *syntax.Sentence, w int) bool {
	for k := w + 1; k <= len(s.Words); k++ {
		switch s.Word(k).UPOS {
		case "ADV", "PUNCT", "PART":
			continue
		case "VERB", "AUX":
			return true
		}
		return false
	}
	return false
}

// removeMention removes mention m from the mentions of sentence si.
func (d *document) removeMention(si int, m *Mention) {
	ms := d.mentions[si]
	for k, o := range ms {
		if o == m {
			d.mentions[si] = append(ms[:k:k], ms[k+1:]...)
			m.ent.count--
			return
		}
	}
}
