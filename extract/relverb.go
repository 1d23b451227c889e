package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// This file holds, for the relation stage (stage 7), a verb pattern of the table applied
// to its trigger (applyVerb) and what only its verb readings need: the object of a
// coordinated or elided verb, reciprocal acts ("each other"), a reaction in an apposition
// ("a charge Minsk rejects"), the parties of hosted talks, and the words that make a
// trigger no act ("struck a deal", "took them in").

// applyVerb applies a verb pattern triggered by token i of sentence si.
func (d *document) applyVerb(si, i, pi int) {
	p := &patternTable[pi]
	toks := d.sents[si].Tokens
	d.why = explanation{rule: "pattern verb", trigger: toks[i].Lower}
	nouns, preps := patterns.nounSets[pi], patterns.prepSets[pi]
	if len(nouns) == 0 && !hasParticle(toks, i) {
		return // "carried signs", "a statement carried by KUNA": no "carried out"
	}
	if gerundNoun(toks, i) {
		return // "said at a regular news briefing": a noun, not a verb
	}
	// "rejected the accusation" is a denial, not a rejection
	if p.Type == geokg.Rejects && findWord(toks, i+1, i+5, denialNouns) >= 0 {
		return
	}
	if p.Type == geokg.Attacks && findWord(toks, i+1, i+6, dealNouns) >= 0 {
		return // "striking a Syria peace deal": a bargain struck, no strike
	}
	if i+1 < len(toks) && toks[i+1].Lower == "to" && strings.HasPrefix(toks[i].Lower, "committ") {
		return // "remained committed to the deal": dedicated, no act committed
	}
	if reactionTypes[p.Type] || p.Type == geokg.Denies {
		if d.apposedReaction(si, i, p) {
			return
		}
	}
	after := i + 1
	var objs []*Mention
	if p.Passive && p.Shape == BetweenShape && d.isPassive(si, i) {
		d.applyPassive(si, i, pi)
		return
	}
	switch p.Shape {
	case BetweenShape:
		n := findWord(toks, i+1, i+9, nouns)
		if n < 0 {
			return
		}
		objs = d.objectsIn(si, i+1, n)
	default:
		if len(nouns) > 0 {
			limit := i + 9
			if p.Type == geokg.Aids {
				limit = i + 12 // "provided about $12 billion in financial and humanitarian aid"
			}
			n := findWord(toks, i+1, limit, nouns)
			if n >= 0 && particles[toks[n].Lower] && n > i+1 && !(n == i+2 && objectPronouns[toks[i+1].Lower]) {
				n = -1 // "took in refugees", "took them in"; not "taken territory in Iraq"
			}
			if n == i+1 && particles[toks[n].Lower] {
				if m := d.mentionAt(si, n+1); m != nil && m.ent.kind == geokg.KindCountry && m.Form == FormName {
					n = -1 // "the losses it has taken in Iraq": a place, not the ones taken in
				}
			}
			if n < 0 {
				if d.isPassive(si, i) {
					d.applyPassiveNoun(si, i, pi)
				}
				return
			}
			after = n + 1
		}
		if p.Passive && d.isPassive(si, i) {
			d.applyPassive(si, i, pi)
			return
		}
		if len(preps) > 0 {
			limit := after + 7
			if p.PrepNext {
				limit = after + 1
			}
			for k := after; k < limit && k < len(toks); k++ {
				if preps[toks[k].Lower] {
					if objs = d.objectsAt(si, k+1); len(objs) > 0 {
						break
					}
				}
				if objectStops[toks[k].Text] && toks[k].Text != "," {
					break
				}
				if toks[k].Text == "," && k == after && len(nouns) > 0 {
					break // "to re-establish ties, the Vatican must sever ties with Taiwan": another clause
				}
				if toks[k].Text == "," && k+1 < len(toks) && (strings.HasSuffix(toks[k+1].Lower, "ing") || relativeWords[toks[k+1].Lower]) {
					break // "signed a treaty, cementing their break with X": another clause
				}
			}
		} else {
			objs = d.objectsAt(si, after)
		}
	}
	if p.Type == geokg.Denies {
		objs = d.denialObject(si, i, objs)
	}
	if p.Type == geokg.Hosts {
		// "hosted four days of talks between Saudi and Iranian officials": the parties
		if b := d.talksBetween(si, i+1); len(b) > 0 {
			objs = b
		}
	}
	if len(objs) == 0 && p.Type == geokg.Expels {
		// "expelled three Peruvians and a Bolivian": people of a state
		for k := after; k < len(toks) && k < after+4; k++ {
			if m := d.mentionAt(si, k); m != nil {
				if m.Form == FormDemonym {
					objs = []*Mention{m}
					if n := d.mentionAt(si, m.End+2); n != nil && toks[m.End].Lower == "and" && n.Form == FormDemonym {
						objs = append(objs, n)
					} else if m.End+3 < len(toks) && toks[m.End].Lower == "and" {
						if n := d.mentionAt(si, m.End+2); n == nil {
							if n := d.mentionAt(si, m.End+3); n != nil && n.Form == FormDemonym {
								objs = append(objs, n)
							}
						}
					}
				}
				break
			}
		}
	}
	if len(objs) == 0 && p.Type == geokg.Recognizes {
		// "recognising Pristina as Kosovo's capital"
		if as := findWord(toks, after, after+6, map[string]bool{"as": true}); as > 0 {
			objs = d.objectsAt(si, as+1)
		}
	}
	if len(objs) == 0 && (p.Type == geokg.SeversTiesWith || p.Type == geokg.RestoresTiesWith) && i > 1 && toks[i-1].Lower == "and" && (after >= len(toks) || !preps[toks[after].Lower]) {
		// "Peru expelled Chile's envoy and downgraded relations": the ties are with the
		// state the first verb acted on
		objs = d.elidedObject(si, i-1)
	}
	if len(objs) == 0 && reactionTypes[p.Type] && p.Shape == VerbShape {
		objs = d.actOwner(si, after)
		if len(objs) == 0 && after < len(toks) && toks[after].Lower == "as" {
			// "denounced as 'illegal' fresh tariffs announced by ..."
			q := after + 1
			for q < len(toks) && q < after+6 && !(toks[q].Text == "”" || toks[q].Text == "\"" && q > after+1) {
				q++
			}
			if q < len(toks) {
				if objs = d.objectsAt(si, q+1); len(objs) == 0 {
					objs = d.actOwner(si, q+1)
				}
			}
		}
	}
	if len(objs) == 0 && p.Fact {
		// "China said the US attacked its networks": the accusation needs no object
		if subjs := d.subjectsBefore(si, i); len(subjs) > 0 {
			speaker := d.reportedSpeaker(si, subjs[0].Start)
			if speaker == nil {
				speaker = d.accordingTo(si)
			}
			if speaker != nil && speaker.ent != subjs[0].ent && d.reportedOnParse(d.windowParse(si), si, i, subjs[0]) {
				// "said that Iran would carry out its plan": a future act is no deed
				if typ, _, ok := d.qualify(si, subjs[0].End, i, p); ok && typ == p.Type {
					ps := d.windowParse(si)
					for _, s := range subjs {
						if !d.otherDoerOnParse(ps, si, i, s) {
							d.addRelation(si, speaker.ent, geokg.Accuses, s.ent, p.Confidence*0.9, d.sentenceEvent(si))
						}
					}
				}
			}
		}
		return
	}
	if len(objs) == 0 && reciprocal(toks, after) {
		// "India and Pakistan blamed each other": both ways between the subjects
		if subjs := d.subjectsBefore(si, i); len(subjs) == 2 {
			if typ, conf, ok := d.qualify(si, subjs[1].End, i, p); ok {
				d.emit(si, subjs[:1], typ, subjs[1:], conf*0.9)
				if !typ.Symmetric() {
					d.emit(si, subjs[1:], typ, subjs[:1], conf*0.9)
				}
			}
		} else if e, a, b := d.eachPair(si, i); a != nil {
			// "a dispute in which each country has accused the other": the two
			// countries of the sentence, else the two latest
			if typ, conf, ok := d.qualify(si, e+2, i, p); ok {
				ma, mb := []*Mention{{ent: a, Form: FormRef}}, []*Mention{{ent: b, Form: FormRef}}
				d.emit(si, ma, typ, mb, conf*0.8)
				if !typ.Symmetric() {
					d.emit(si, mb, typ, ma, conf*0.8)
				}
			}
		}
		return
	}
	if len(objs) == 0 && (p.Type.Symmetric() || p.Type == geokg.RestoresTiesWith || p.Type == geokg.SeversTiesWith) {
		// "Argentina and Venezuela signed a deal": the coordinated subjects
		subjs := d.subjectsBefore(si, i)
		if len(subjs) >= 2 {
			if d.undoneOnParse(d.windowParse(si), si, i, p.Type, p, true) {
				return // "hopes the move will pressure the other parties - A, B and C - to open talks"
			}
			if _, conf, ok := d.qualify(si, subjs[len(subjs)-1].End, i, p); ok {
				if p.Type.Symmetric() {
					// "Japan, South Korea and the US began sharing data": every pair
					for a := 0; a+1 < len(subjs); a++ {
						d.emit(si, subjs[a:a+1], p.Type, subjs[a+1:], conf*0.9)
					}
				} else {
					d.emit(si, subjs[:1], p.Type, subjs[1:], conf*0.9)
				}
			}
		}
		return
	}
	if len(objs) == 0 {
		return
	}
	if p.NeedsTo {
		last := objs[len(objs)-1].End
		if last+1 >= len(toks) || !(toks[last].Lower == "to" || toks[last].Lower == "not" && toks[last+1].Lower == "to") {
			return
		}
	}
	subjs := d.subjectsBefore(si, i)
	subjs = d.coordinatedSubject(si, i, subjs)
	if i > 0 && (temporalPreps[toks[i-1].Lower] || meansBy(toks, i)) && strings.HasSuffix(toks[i].Lower, "ing") {
		subjs = nil
		if m := d.mainSubject(si, i-1); m != nil {
			subjs = []*Mention{m}
		}
	} else if i > 1 && toks[i-1].Text == "," && strings.HasSuffix(toks[i].Lower, "ing") {
		// "Egypt expelled Turkey's envoy, accusing Ankara of meddling": a participle
		// after a comma takes the main clause's subject
		if m := d.mainSubject(si, i-1); m != nil {
			subjs = []*Mention{m}
		}
	}
	if len(subjs) == 0 {
		return
	}
	if p.OfficialsOnly {
		if subjs[len(subjs)-1].ent.kind != geokg.KindOfficial || objs[0].ent.kind != geokg.KindOfficial {
			return
		}
		if !nameWordsOnly(toks, i+1, objs[0].Start) {
			return // "told reporters Baghdadi was ...": the one told is not the person after
		}
		subjs, objs = subjs[len(subjs)-1:], objs[:1]
	}
	for k := range subjs {
		subjs[k] = d.standFor(si, subjs[k])
	}
	typ, conf, ok := d.qualify(si, subjs[0].End, i, p)
	if !ok {
		return
	}
	if p.Type != geokg.Accuses && p.Type != geokg.Denies && d.inAccusation(si, subjs[0].Start) {
		// "US accusations (that) it harbours the Taliban": the accuser's claim, not a fact
		return
	}
	ps := d.windowParse(si) // the checks of windowcheck.go
	if typ == p.Type && d.undoneOnParse(ps, si, i, typ, p, false) {
		return // "was open to talks", "hopes ... will pressure them to open talks": not done
	}
	if subjs = d.subjectsOutsidePhrases(ps, si, subjs); len(subjs) == 0 {
		return // "mocked them on its official Twitter feed and used ... to criticize": no subject
	}
	if subjs = d.subjectsOfClause(ps, si, i, subjs); len(subjs) == 0 {
		return // "Hollande will meet Obama, then meet Merkel ...": Merkel is no subject
	}
	switch p.Type {
	case geokg.Demands, geokg.Supports, geokg.Meets, geokg.CooperatesWith, geokg.Aids, geokg.Threatens:
		// (not the hostile acts: "the new US sanctions are hitting Russian officials" is
		// read right by the window as often as not)
		if d.determinedNoun(ps, si, i, subjs[0]) {
			return // "received a personal request from Xi": a noun, no request by the receiver
		}
	}
	if p.PrepNext && preps["in"] && d.nounAsVerb(ps, si, i) {
		return // "U.S. drone attacks in Pakistan": a place named with an attack, no target
	}
	if p.Fact && typ == p.Type {
		speaker := d.reportedSpeaker(si, subjs[0].Start)
		if speaker == nil {
			speaker = d.accordingTo(si)
		}
		if speaker != nil && speaker.ent != subjs[0].ent {
			if !d.reportedOnParse(ps, si, i, subjs[0]) {
				return // "it said Hamas built tunnels for attacks": the act is no clause the speaker tells
			}
			for _, s := range subjs {
				if !d.otherDoerOnParse(ps, si, i, s) {
					d.addRelation(si, speaker.ent, geokg.Accuses, s.ent, conf*0.9, d.sentenceEvent(si))
				}
			}
			return
		}
	}
	d.emit(si, subjs, typ, objs, conf)
}

// verbBefore returns the index of the verb whose direct object is the actor starting
// at token k ("pulled Chile out", "recalled its envoy"), or -1: a lower-case
// word that is no preposition, conjunction or auxiliary, before an optional determiner.
func (d *document) verbBefore(si, k int) int {
	toks := d.sents[si].Tokens
	j := k - 1
	if j >= 0 && determiners[toks[j].Lower] && toks[j].Lower != "'s" {
		j--
	}
	if j <= 0 || !toks[j].IsWord() || toks[j].IsCapitalized() {
		return -1
	}
	w := toks[j].Lower
	if prepositions[w] || auxiliaries[w] || beForms[w] || w == "and" || w == "or" || w == "but" || w == "that" || relativeWords[w] || w == "to" {
		return -1
	}
	if !pastForm(w) && len(patterns.verbs[w]) == 0 {
		return -1
	}
	return j
}

// coordinatedSubject returns the subject of a verb at i that follows "and": the subject
// of the first verb, when the nearest actor is that verb's object or stands in its
// clause ("Ankara recalled its envoy from Paris and expelled ...", "Boric praised Peru's
// stance and pledged aid", "the ministry said Chile had lied and warned that ...").
// Otherwise it returns subjs, the nearest actors.
func (d *document) coordinatedSubject(si, i int, subjs []*Mention) []*Mention {
	toks := d.sents[si].Tokens
	if i < 2 || toks[i-1].Lower != "and" {
		return subjs
	}
	if len(subjs) == 0 {
		if v := d.previousVerb(si, i-1); v > 0 {
			return d.subjectsBefore(si, v)
		}
		return subjs
	}
	if !(strings.HasSuffix(toks[i].Lower, "ed") || strings.HasSuffix(toks[i].Lower, "s") || irregularPast[toks[i].Lower]) || subjs[0].Start == 0 {
		return subjs
	}
	if v := d.verbBefore(si, subjs[0].Start); v > 0 {
		if s2 := d.subjectsBefore(si, v); len(s2) > 0 {
			return s2
		}
	} else if m := d.mainSubject(si, subjs[0].Start); m != nil && d.verbBetween(si, m.End, subjs[0].Start) {
		// "Lula has called Milei's cabinet a farce and blamed Argentina"
		return []*Mention{m}
	}
	return subjs
}

// previousVerb returns the index of the verb of the clause that ends at token k (a
// coordinating "and"), within ten words and not across a comma, or -1.
func (d *document) previousVerb(si, k int) int {
	toks := d.sents[si].Tokens
	for j := k - 1; j > 0 && j >= k-10; j-- {
		w := toks[j].Lower
		if toks[j].Text == "," || toks[j].Text == ";" || w == "and" {
			return -1
		}
		if toks[j].IsCapitalized() || determiners[toks[j-1].Lower] {
			continue
		}
		if len(patterns.verbs[w]) > 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s")) || irregularPast[w] || reportingVerbs[w] {
			return j
		}
	}
	return -1
}

// eachNouns name one of two parties after "each" ("each country", "each side").
var eachNouns = map[string]bool{
	"country": true, "nation": true, "side": true, "state": true, "government": true,
	"capital": true, "party": true,
}

// eachPair returns the two parties of a reciprocal act whose subject is "each country" or
// "each side" right before the verb at i (past auxiliaries and adverbs): the two
// countries the sentence names (countries, nationalities, the countries of its officials
// and bodies) when it names exactly two, else, when it names none, the two latest
// countries that acted (recentPair); e is the token of "each". Nils when there is no
// such subject or the parties are not clear.
func (d *document) eachPair(si, i int) (int, *entity, *entity) {
	toks := d.sents[si].Tokens
	e := -1
	for q := i - 1; q >= 1 && q >= i-4; q-- {
		if toks[q-1].Lower == "each" && eachNouns[toks[q].Lower] {
			e = q - 1
			break
		}
		if !toks[q].IsWord() || !auxiliaries[toks[q].Lower] && !strings.HasSuffix(toks[q].Lower, "ly") && toks[q].Lower != "also" {
			break
		}
	}
	if e < 0 {
		return -1, nil, nil
	}
	var found []*entity
	for _, m := range d.mentions[si] {
		if m.inferred || m.ent == nil {
			continue
		}
		c := m.ent
		if c.kind != geokg.KindCountry {
			if c.country == "" {
				continue
			}
			c = d.countryEntity(c.country, toks[m.Start].Start)
		}
		dup := false
		for _, f := range found {
			dup = dup || f == c
		}
		if !dup {
			found = append(found, c)
		}
	}
	switch len(found) {
	case 2:
		return e, found[0], found[1]
	case 0:
		a, b := d.recentPair(si, e)
		return e, a, b
	}
	return -1, nil, nil
}

// reciprocal reports whether "each other" or "one another" stands at token k or after
// a preposition there.
func reciprocal(toks []Token, k int) bool {
	if k < len(toks) && prepositions[toks[k].Lower] {
		k++
	}
	if k+1 < len(toks) && toks[k].Lower == "the" && toks[k+1].Lower == "other" {
		// "India and Pakistan have each accused the other of ...": not "the other side"
		return k+2 >= len(toks) || !toks[k+2].IsWord() || prepositions[toks[k+2].Lower]
	}
	return k+1 < len(toks) && (toks[k].Lower == "each" && toks[k+1].Lower == "other" || toks[k].Lower == "one" && toks[k+1].Lower == "another")
}

// apposedReaction handles a reaction in an apposition to the act it answers: "Poland
// accused Belarus of it, a charge Minsk rejects" is DENIES(Belarus, Poland); "Ethiopia
// filled the dam, a move Egypt condemned" is CONDEMNS(Egypt, Ethiopia): the object is the
// main clause's subject. It reports whether the trigger at i was such a reaction.
func (d *document) apposedReaction(si, i int, p *Pattern) bool {
	toks := d.sents[si].Tokens
	n := -1
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if denialNouns[toks[k].Lower] || actNouns[toks[k].Lower] || proposalNouns[toks[k].Lower] {
			n = k
			break
		}
	}
	if n < 2 || !(toks[n-1].Lower == "a" || toks[n-1].Lower == "an") || toks[n-2].Text != "," {
		return false
	}
	typ := p.Type
	if denialNouns[toks[n].Lower] {
		if p.Type != geokg.Rejects && p.Type != geokg.Denies {
			return false
		}
		typ = geokg.Denies
	} else if p.Type == geokg.Denies {
		return false
	}
	subjs := d.subjectsBefore(si, i)
	if len(subjs) == 0 || subjs[0].Start < n {
		return false
	}
	main := d.mainSubject(si, n)
	if main == nil {
		return false
	}
	if _, conf, ok := d.qualify(si, subjs[len(subjs)-1].End, i, p); ok {
		d.emit(si, subjs, typ, []*Mention{d.standFor(si, main)}, conf*0.9)
	}
	return true
}

// irregularPast are past tenses that take a direct object and do not end in -ed.
var irregularPast = map[string]bool{
	"withdrew": true, "sent": true, "told": true, "met": true, "hit": true, "struck": true,
	"led": true, "left": true, "took": true, "gave": true, "made": true, "brought": true,
	"drew": true, "fought": true, "sought": true, "won": true, "beat": true, "held": true,
	"kept": true, "put": true, "set": true, "cut": true, "shot": true, "threw": true,
}

// pastForm reports whether the lower-case word w is a past form: one in -ed or one of
// irregularPast.
func pastForm(w string) bool {
	return strings.HasSuffix(w, "ed") || irregularPast[w]
}

var denialNouns = map[string]bool{
	"accusation": true, "accusations": true, "charge": true, "charges": true,
	"allegation": true, "allegations": true, "claim": true, "claims": true,
}

// meetingNouns name talks that a host may hold between parties.
var meetingNouns = map[string]bool{
	"talks": true, "meeting": true, "meetings": true, "negotiations": true, "summit": true,
	"rounds": true, "round": true, "conference": true, "dialogue": true, "consultations": true,
}

// talksBetween returns the parties of "talks between A and B" that follows a hosting
// verb within a few words (not across a clause), or nil.
func (d *document) talksBetween(si, from int) []*Mention {
	toks := d.sents[si].Tokens
	for k := from; k < len(toks) && k < from+8; k++ {
		if objectStops[toks[k].Text] || objectStops[toks[k].Lower] {
			return nil
		}
		if meetingNouns[toks[k].Lower] && k+1 < len(toks) && toks[k+1].Lower == "between" {
			var out []*Mention
			for q := k + 2; q < len(toks) && q < k+14; q++ {
				if toks[q].Text == "," && len(out) >= 2 || toks[q].Text == "." || toks[q].Text == ";" {
					break
				}
				if m := d.mentionAt(si, q); m != nil && m.Start == q && (d.isActor(si, m) || m.Form == FormDemonym && len(out) == 0) {
					out = append(out, d.standFor(si, m))
					q = m.End - 1
				}
			}
			if len(out) >= 2 {
				return out
			}
			return nil
		}
	}
	return nil
}

// objectsIn returns the first actor mention inside tokens [a, b).
func (d *document) objectsIn(si, a, b int) []*Mention {
	for k := a; k < b; k++ {
		if m := d.mentionAt(si, k); m != nil && d.isActor(si, m) {
			return []*Mention{m}
		}
	}
	return nil
}

// elidedObject returns the country that the verb before "and" at token a acted on, for
// a second verb whose object is left out: the last country named between the clause's
// subject and "and" ("expelled Chile's envoy and"), or nil.
func (d *document) elidedObject(si, a int) []*Mention {
	toks := d.sents[si].Tokens
	v := d.previousVerb(si, a)
	if v < 0 {
		return nil
	}
	subjs := d.subjectsBefore(si, v)
	if len(subjs) == 0 {
		return nil
	}
	from := v + 1
	var found *Mention
	for _, m := range d.mentions[si] {
		if m.Start < from || m.End > a {
			continue
		}
		if m.ent.kind == geokg.KindCountry && d.isActor(si, m) || m.Form == FormDemonym {
			found = m
		}
	}
	if found == nil || found.ent == subjs[0].ent {
		return nil
	}
	// no clause boundary between the first verb's object and "and"
	for k := found.End; k < a; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || relativeWords[toks[k].Lower] {
			return nil
		}
	}
	if found.ent.kind != geokg.KindCountry {
		return nil
	}
	return []*Mention{found}
}

// particles complete a verb as "in" does "take in": right after it or after a pronoun
// object ("took them in").
var particles = map[string]bool{"in": true, "out": true, "down": true, "back": true}

// objectPronouns are the pronouns that may stand between a verb and its particle.
var objectPronouns = map[string]bool{"them": true, "him": true, "her": true, "it": true, "us": true, "me": true}

// nameWordsOnly reports whether the tokens in [from, to) can all belong to the name of
// the person after them ("told the Canadian Prime Minister, Justin Trudeau"): capitalised
// words, titles, "the" and punctuation inside names; not a common noun or a pronoun
// ("told reporters", "told him").
func nameWordsOnly(toks []Token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		t := toks[k]
		if t.IsCapitalized() || isTitleWord(t.Lower) || t.Lower == "the" || t.Text == "," || t.Text == "-" || t.Text == "." || k > from && toks[k-1].Text == "-" {
			continue
		}
		return false
	}
	return true
}

// dealNouns are what one strikes or reaches without attacking: "struck a deal".
var dealNouns = map[string]bool{
	"deal": true, "deals": true, "agreement": true, "accord": true, "bargain": true,
	"compromise": true, "balance": true, "note": true, "tone": true, "pact": true, "truce": true,
}
