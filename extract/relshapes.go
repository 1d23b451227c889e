package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// This file holds, for the relation stage (stage 7), the pattern shapes other than the
// active verb: passives ("Chile was accused by Peru", "Sanctions were imposed on Peru by
// Chile"), the modifier ("Iran-backed Houthis") and the noun ("US sanctions on Cuba",
// "Chile's expulsion by Peru"), with the agent of a noun.

// isPassive reports whether the trigger at i is a passive participle: a form of "be"
// before it (an adverb may come between), or "by" right after it.
func (d *document) isPassive(si, i int) bool {
	toks := d.sents[si].Tokens
	w := toks[i].Lower
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && w != "held" && w != "met" && w != "struck" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if beForms[toks[k].Lower] {
			return true
		}
		if !strings.HasSuffix(toks[k].Lower, "ly") && toks[k].Lower != "also" && toks[k].Lower != "not" {
			break
		}
	}
	return i+1 < len(toks) && toks[i+1].Lower == "by"
}

// applyPassive handles "OBJECT was VERBed by SUBJECT" (and "OBJECT, VERBed by
// SUBJECT"). Without an agent nothing is written.
func (d *document) applyPassive(si, i, pi int) {
	p := &patternTable[pi]
	toks := d.sents[si].Tokens
	d.why = explanation{rule: "pattern passive", trigger: toks[i].Lower}
	by := -1
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Lower == "by" {
			by = k
			break
		}
		if objectStops[toks[k].Text] {
			break
		}
	}
	if by < 0 {
		return
	}
	subjs := d.objectsAt(si, by+1)
	if len(subjs) == 0 {
		return
	}
	// the object is the nearest actor before the participle
	k := i - 1
	for k >= 0 && (beForms[toks[k].Lower] || strings.HasSuffix(toks[k].Lower, "ly") || toks[k].Lower == "also" || toks[k].Lower == "has" || toks[k].Lower == "have" || toks[k].Lower == "had" || toks[k].Text == ",") {
		k--
	}
	objs := d.subjectsBefore(si, k+1)
	if (len(objs) == 0 || objs[len(objs)-1].End < k-2) && i+1 < by && patterns.prepSets[pi][toks[i+1].Lower] {
		// "Tariffs were imposed on Peru by Chile": the object after the
		// pattern's preposition, before the agent
		if o := d.objectsAt(si, i+2); len(o) > 0 && o[len(o)-1].End <= by {
			d.emit(si, subjs, p.Type, o, p.Confidence*0.9)
			return
		}
	}
	if p.Fact && (len(objs) == 0 || objs[len(objs)-1].End < k-2) {
		// "prosecutors allege the raids were planned by Kabila"
		for q := k; q >= 0 && q >= k-6; q-- {
			if reportingVerbs[toks[q].Lower] || toks[q].Lower == "allege" {
				if s := d.subjectsBefore(si, q); len(s) > 0 {
					for _, a := range subjs {
						d.addRelation(si, s[len(s)-1].ent, geokg.Accuses, a.ent, p.Confidence*0.85, d.sentenceEvent(si))
					}
				}
				return
			}
		}
		return
	}
	if len(objs) == 0 || objs[len(objs)-1].End < k-2 {
		return
	}
	if q := objs[0].Start - 1; q >= 0 && (toks[q].Lower == "by" || toks[q].Lower == "the" && q > 0 && toks[q-1].Lower == "by") {
		return // "welcomed by Germany and criticised by Hungary": an agent, not the patient
	}
	for k := 0; k < i; k++ {
		if negationWords[toks[k].Lower] && k > objs[0].Start {
			return
		}
	}
	if p.Fact {
		if speaker := d.reportedSpeaker(si, objs[0].Start); speaker != nil {
			for _, s := range subjs {
				d.addRelation(si, speaker.ent, geokg.Accuses, s.ent, p.Confidence*0.85, d.sentenceEvent(si))
			}
			return
		}
	}
	d.emit(si, subjs, p.Type, objs, p.Confidence*0.95)
}

// applyPassiveNoun handles a passive whose pattern noun comes first: "Sanctions were
// imposed on Peru by Chile", "New tariffs on Peru were announced by the
// OAS". The agent follows "by"; the object follows a preposition of the pattern, after
// the noun or after the participle.
func (d *document) applyPassiveNoun(si, i, pi int) {
	p := &patternTable[pi]
	toks := d.sents[si].Tokens
	d.why = explanation{rule: "pattern passive noun", trigger: toks[i].Lower}
	nouns, preps := patterns.nounSets[pi], patterns.prepSets[pi]
	n := -1
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if nouns[toks[k].Lower] {
			n = k
			break
		}
		if objectStops[toks[k].Text] {
			return
		}
	}
	if n < 0 {
		return
	}
	by := findWord(toks, i+1, i+7, map[string]bool{"by": true})
	if by < 0 {
		return
	}
	subjs := d.objectsAt(si, by+1)
	if len(subjs) == 0 {
		return
	}
	var objs []*Mention
	for _, q := range []int{n + 1, i + 1} {
		if q < len(toks) && preps[toks[q].Lower] {
			if o := d.objectsAt(si, q+1); len(o) > 0 && o[len(o)-1].End <= by {
				objs = o
				break
			}
		}
	}
	if len(objs) == 0 {
		return
	}
	if typ, conf, ok := d.qualify(si, n, i, p); ok {
		d.emit(si, subjs, typ, objs, conf*0.9)
	}
}

// applyModifier handles "Iran-backed Houthis": a mention, a hyphen and the participle,
// then the object.
func (d *document) applyModifier(si, i, pi int) {
	p := &patternTable[pi]
	toks := d.sents[si].Tokens
	d.why = explanation{rule: "pattern modifier", trigger: toks[i].Lower}
	if i < 2 || toks[i-1].Text != "-" || !strings.HasSuffix(toks[i].Lower, "ed") {
		return
	}
	sm := d.mentionAt(si, i-2)
	if sm == nil || !sm.ent.kind.Valid() {
		return
	}
	objs := d.objectsAt(si, i+1)
	if len(objs) == 0 {
		return
	}
	// the modified noun is the object: "Iran-backed Houthi rebels", "Iran-backed Shiite
	// Houthis"; not an actor further on ("Iran-backed militias attacked U.S. troops")
	if gap := objs[0].Start - (i + 1); gap > 1 || gap == 1 && (!isAdjectiveLike(toks[i+1].Lower) && !toks[i+1].IsCapitalized() || len(patterns.verbs[toks[i+1].Lower]) > 0) {
		return
	}
	d.emit(si, []*Mention{sm}, p.Type, objs[:1], p.Confidence)
}

// applyNoun handles "US sanctions on Cuba", "Russia's support for Assad": the subject
// stands just before the noun (an adjective may come between), the object after the
// preposition.
func (d *document) applyNoun(si, i, pi int) {
	p := &patternTable[pi]
	toks := d.sents[si].Tokens
	d.why = explanation{rule: "pattern noun", trigger: toks[i].Lower}
	preps := patterns.prepSets[pi]
	prep := i + 1
	// "arrest on Monday of": a date may come between the noun and its preposition
	if prep+2 < len(toks) && toks[prep].Lower == "on" && weekdays[toks[prep+1].Lower] != 0 || prep+2 < len(toks) && toks[prep].Lower == "on" && toks[prep+1].Lower == "sunday" {
		prep += 2
	}
	if prep < len(toks) && toks[prep].Lower == "by" && i >= 2 && (toks[i-1].Lower == "'s" || toks[i-1].Lower == "'") {
		d.possessedPatient(si, i, pi)
		return
	}
	if prep >= len(toks) || !preps[toks[prep].Lower] {
		return
	}
	k := i - 1
	for k >= 0 && k >= i-4 && d.mentionAt(si, k) == nil && (toks[k].Lower == "'s" || toks[k].Lower == "'" || isAdjectiveLike(toks[k].Lower) || isDateWord(toks[k])) {
		k--
	}
	if k < 0 {
		return
	}
	sm := d.mentionAt(si, k)
	direct := sm != nil // "US sanctions on Cuba": the subject stands before the noun
	conf := p.Confidence
	if sm == nil && (toks[k].Lower == "its" || toks[k].Lower == "their" || toks[k].Lower == "his" || toks[k].Lower == "her") {
		var e *entity
		if toks[k].Lower == "his" || toks[k].Lower == "her" {
			e = d.possessivePerson(si, k) // the salient official, as for the frames (coref.go)
		} else {
			// "Peru ignored the OAS ruling after its annexation": the sentence's subject
			// when it is a country, else the nearest country or group of the sentence
			// that is no place, else the subject of the sentence before (coref.go)
			if m := d.mainSubject(si, k); m != nil && m.ent.kind == geokg.KindCountry {
				e = m.ent
			} else if e, _ = d.possessiveAntecedentAt(si, k); e == nil {
				if e = d.stateCataphor(si, k); e == nil {
					e = d.resolveItPronoun(si, k)
				}
			}
		}
		if e != nil {
			sm = &Mention{Start: k, End: k + 1, ent: e, Form: FormRef}
			conf *= 0.85
		}
	}
	if sm == nil && p.ClauseSubject && clauseNounOpeners[toks[i-1].Lower] {
		// "at a lunch with Mark Rutte": the clause's subject meets
		s := d.subjectsBefore(si, i)
		if q := i - 1; q > 0 && (toks[q].Lower == "a" || toks[q].Lower == "the") && prepositions[toks[q-1].Lower] || prepositions[toks[q].Lower] || q >= 0 && strings.HasSuffix(toks[q].Lower, "ing") && q > 0 && temporalPreps[toks[q-1].Lower] {
			if m := d.mainSubject(si, i); m != nil {
				s = []*Mention{m}
			}
		}
		if s = d.unquotedSubjects(si, i, s); len(s) > 0 {
			if _, _, ok := d.qualify(si, s[len(s)-1].End, i, p); ok && !d.intended(si, i) {
				sm = s[len(s)-1]
				conf *= 0.85
			}
		}
	}
	if sm == nil && k < i && (toks[k].Lower == "the" || toks[k].Lower == "a" || toks[k].Lower == "an") {
		// "the expulsion of Chilean diplomats by Peru": the agent after the object
		if sm = d.nounAgent(si, prep+1); sm != nil {
			k = sm.End - 1
			conf *= 0.9
		}
	}
	if sm == nil || !sm.ent.kind.Valid() || sm.Form != FormRef && sm.End != k+1 && !p.ClauseSubject {
		return
	}
	sm = d.standFor(si, sm)
	objs := d.objectsAt(si, prep+1)
	if len(objs) == 0 && p.Type == geokg.Recognizes {
		if as := findWord(toks, prep+1, prep+6, map[string]bool{"as": true}); as > 0 {
			objs = d.objectsAt(si, as+1)
		}
	}
	if p.NeedsTo && len(objs) > 0 {
		last := objs[len(objs)-1].End
		if last >= len(toks) || toks[last].Lower != "to" {
			return
		}
	}
	if p.Type == geokg.Expels && len(objs) > 0 {
		// "the expulsion of nine Chilean diplomats from Peru": the UK expels them too
		if f := objs[len(objs)-1].End; f+1 < len(toks) && toks[f].Lower == "from" {
			if c := d.objectsAt(si, f+1); len(c) > 0 && c[0].ent.kind == geokg.KindCountry {
				d.emit(si, c[:1], p.Type, objs, conf)
			}
		}
	}
	if len(objs) == 0 {
		return
	}
	// "If confirmed, the strike would be the first Peruvian raid on Chile": a condition
	if findWord(toks, 0, i, conditionWords) >= 0 {
		return
	}
	// "lifting of US sanctions on Cuba" and "called for sanctions" are not impositions
	for q := sm.Start - 1; q >= 0 && q >= sm.Start-3; q-- {
		w := toks[q].Lower
		if negationWords[w] || modalWords[w] || strings.HasPrefix(w, "lift") || strings.HasPrefix(w, "eas") || w == "new" && p.Type != geokg.Sanctions {
			return
		}
	}
	// on the parse: a meeting called off or still ahead, or one of another author
	ps := d.windowParse(si)
	if d.nounUndoneOnParse(ps, si, i, p, direct) || d.otherAuthorOnParse(ps, si, i, sm) {
		return
	}
	if objs = d.complementObjects(ps, si, i, p.Type, retinueOwners(ps, toks, objs)); len(objs) == 0 {
		return // "charges against Boric's former campaign chairman": his chairman's, not his
	}
	d.emit(si, []*Mention{sm}, p.Type, objs, conf)
}

// intended reports whether a noun at i names a planned or wished act: "to renew talks",
// "preparing to initiate talks", "will start talks".
func (d *document) intended(si, i int) bool {
	toks := d.sents[si].Tokens
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].Lower
		if w == "to" || w == "will" || w == "would" || modalWords[w] || intentionWords[w] || negationWords[w] {
			return true
		}
	}
	return false
}

// clauseNounOpeners may stand before a noun that takes the clause's subject ("held
// talks with", "in a call with", "in defiance of").
var clauseNounOpeners = map[string]bool{
	"repeated": true, "renewed": true, "issued": true, "made": true, "reiterated": true,
	"a": true, "the": true, "in": true, "during": true, "after": true, "held": true,
	"holding": true, "hold": true, "had": true, "their": true, "his": true, "her": true,
	"its": true, "phone": true, "telephone": true, "direct": true, "bilateral": true,
	"announced": true, "ordered": true,
}

// isDateWord reports whether t is part of a date before a noun ("its August 1990
// invasion").
func isDateWord(t Token) bool {
	if _, ok := monthNumbers[t.Lower]; ok && t.IsCapitalized() {
		return true
	}
	if len(t.Text) == 4 && t.Text[0] >= '1' && t.Text[0] <= '2' {
		for k := 1; k < 4; k++ {
			if t.Text[k] < '0' || t.Text[k] > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// isAdjectiveLike reports whether w may stand between an actor and a noun ("economic",
// "new", "tough").
func isAdjectiveLike(w string) bool {
	switch w {
	case "economic", "financial", "new", "tough", "fresh", "military", "trade", "arms",
		"oil", "international", "unilateral", "punitive", "harsh", "strong", "full",
		"continued", "diplomatic", "political", "humanitarian", "sweeping", "existing",
		"additional", "further", "broad", "latest", "crippling", "wide-ranging", "formal":
		return true
	}
	return false
}

// nounAgent returns the agent of an act named by a noun with its object: the actor after
// "by" just after the object that starts at token from ("the expulsion of Chilean
// diplomats by Peru"), or nil.
func (d *document) nounAgent(si, from int) *Mention {
	toks := d.sents[si].Tokens
	objs := d.objectsAt(si, from)
	if len(objs) == 0 {
		return nil
	}
	f := objs[len(objs)-1].End
	// "of Chilean diplomats": the people the demonym stands before
	for n := 0; n < 2 && f < len(toks) && toks[f].IsWord() && !toks[f].IsCapitalized() && toks[f].Lower != "by" && !isClauseWord(toks[f].Lower); n++ {
		f++
	}
	if f+1 >= len(toks) || toks[f].Lower != "by" {
		return nil
	}
	m := d.mentionAt(si, f+1)
	if m == nil && f+2 < len(toks) && toks[f+1].Lower == "the" {
		m = d.mentionAt(si, f+2)
	}
	if m == nil || !m.ent.kind.Valid() || m.Start < f+1 {
		return nil
	}
	return m
}

// possessedPatient reads "Chile's condemnation by Peru" and "Chile's expulsion by Peru":
// with an agent after "by", the possessive before the noun is the patient.
func (d *document) possessedPatient(si, i, pi int) {
	p := &patternTable[pi]
	toks := d.sents[si].Tokens
	om := d.mentionAt(si, i-2)
	if om == nil || om.End != i-1 || !d.isActor(si, om) {
		return
	}
	a := i + 2
	if a < len(toks) && toks[a].Lower == "the" {
		a++
	}
	sm := d.mentionAt(si, a)
	if sm == nil || sm.Start != a || !d.isActor(si, sm) {
		return
	}
	if findWord(toks, 0, i, conditionWords) >= 0 {
		return
	}
	for q := om.Start - 1; q >= 0 && q >= om.Start-3; q-- {
		if w := toks[q].Lower; negationWords[w] || modalWords[w] || w == "possible" || w == "planned" {
			return
		}
	}
	d.emit(si, d.withCoordinatedAfter(si, sm), p.Type, []*Mention{om}, p.Confidence*0.9)
}

// withCoordinatedAfter returns m with the actors coordinated after it ("Peru and Chile").
func (d *document) withCoordinatedAfter(si int, m *Mention) []*Mention {
	toks := d.sents[si].Tokens
	out := []*Mention{m}
	for {
		j := out[len(out)-1].End
		if j+1 < len(toks) && toks[j].Text == "," {
			j++
		}
		if j+1 >= len(toks) || toks[j].Lower != "and" && toks[j-1].Text != "," {
			return out
		}
		if toks[j].Lower == "and" {
			j++
		}
		n := d.mentionAt(si, j)
		if n == nil || n.Start != j || !d.isActor(si, n) {
			return out
		}
		out = append(out, n)
	}
}
