package extract

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file holds, for the relation stage (stage 7), a verb pattern of the table applied
// to its trigger (applyVerb) and what only its verb readings need: the object of a
// coordinated or elided verb, reciprocal acts ("each other"), a reaction in an apposition
// ("a charge Minsk rejects"), the parties of hosted talks, and the words that make a
// trigger no act ("struck a deal", "took them in").

// applyVerb applies the verb pattern pi triggered by token i of sentence si and writes
// what it reads (explained as "pattern verb" with the trigger), or nothing when a step
// gives up. The steps: the trigger must be the pattern's act (verbAct) and no reaction
// in an apposition (apposedReaction); a passive goes to the passive readings; the
// objects are searched by the pattern's shape (verbObjects); a trigger the parse makes a
// modifier of a noun names no act (modifierTrigger); the objects are then searched by
// its type (typedObjects); without an object, the readings that need none
// (applyVerbWithoutObject); with objects, the subjects (a gerund's from the main
// clause), narrowed for OfficialsOnly, standing for their state, qualified (negation,
// modality: qualify), checked (an accusation's content, the parse: verbChecksOnParse,
// objectChecksOnParse; an attack on words is a condemnation: verbalAttack), then
// written as the act, or as the accusation of whoever reports it (reportedDeed).
func (d *document) applyVerb(si, i, pi int) {
	p := &patternTable[pi]
	toks := d.sents[si].Tokens
	d.why = explanation{rule: "pattern verb", trigger: toks[i].Lower}
	if !verbAct(toks, i, pi) {
		return
	}
	if (reactionTypes[p.Type] || p.Type == geokg.Denies) && d.apposedReaction(si, i, p) {
		return
	}
	if p.Passive && p.Shape == BetweenShape && d.isPassive(si, i) {
		d.applyPassive(si, i, pi)
		return
	}
	objs, after, ok := d.verbObjects(si, i, pi)
	if !ok {
		return
	}
	if objs = d.typedObjects(si, i, after, pi, objs); len(objs) == 0 {
		d.applyVerbWithoutObject(si, i, after, pi)
		return
	}
	if p.NeedsTo && !toAfter(toks, objs) {
		return
	}
	subjs := d.coordinatedSubject(si, i, d.subjectsBefore(si, i))
	if m, replace := d.gerundSubject(si, i); replace {
		subjs = nil
		if m != nil {
			subjs = []*Mention{m}
		}
	}
	if subjs = d.unquotedSubjects(si, i, subjs); len(subjs) == 0 {
		return
	}
	if p.OfficialsOnly {
		if subjs, objs, ok = officialsOnly(toks, i, subjs, objs); !ok {
			return
		}
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
	if d.modifierTrigger(ps, si, i, pi, after) {
		return // "a cordial working relationship", "drills with attack helicopters": no act
	}
	if subjs = d.verbChecksOnParse(ps, si, i, pi, typ, subjs); len(subjs) == 0 {
		return
	}
	if objs = d.objectsNotRelativeSubjects(ps, si, i, typ, objs); len(objs) == 0 {
		return // "in response to sanctions Congress passed": Congress passed, nothing sanctions it
	}
	if objs = d.objectChecksOnParse(ps, si, i, typ, objs); len(objs) == 0 {
		return // "endorsed the Peru resolution", "backed attacking Chile": no object of the act
	}
	if typ == geokg.Attacks && d.verbalAttack(ps, si, i) {
		typ = geokg.Condemns // "attacked Ruiz's handling of the crisis": words, no force
	}
	if p.OfficialsOnly && (d.toldOtherOnParse(ps, si, i, objs[0]) || d.writtenOnParse(ps, si, i)) {
		return // "told Congress the president's policy was flawed", "told Barr in a letter": no meeting
	}
	if p.Fact && typ == p.Type && d.reportedDeed(ps, si, i, subjs, conf) {
		return
	}
	d.emit(si, subjs, typ, objs, conf)
}

// verbAct reports whether the trigger at token i can be the act of verb pattern pi; it
// is not when the pattern needs a particle or noun that is missing ("carried signs": no
// "carried out"), when the form is a noun ("said at a regular news briefing"), or when
// the words after it name something else than the act ("rejected the accusation" is a
// denial, "striking a peace deal" no strike, "committed to the deal" no act).
func verbAct(toks []Token, i, pi int) bool {
	p := &patternTable[pi]
	if len(patterns.nounSets[pi]) == 0 && !hasParticle(toks, i) {
		return false // "carried signs", "a statement carried by KUNA": no "carried out"
	}
	if gerundNoun(toks, i) {
		return false // "said at a regular news briefing": a noun, not a verb
	}
	// "rejected the accusation" is a denial, not a rejection
	if p.Type == geokg.Rejects && findWord(toks, i+1, i+5, denialNouns) >= 0 {
		return false
	}
	if p.Type == geokg.Attacks && findWord(toks, i+1, i+6, dealNouns) >= 0 {
		return false // "striking a Syria peace deal": a bargain struck, no strike
	}
	if i+1 < len(toks) && toks[i+1].Lower == "to" && strings.HasPrefix(toks[i].Lower, "committ") {
		return false // "remained committed to the deal": dedicated, no act committed
	}
	return true
}

// verbObjects finds the objects of verb pattern pi at token i by the pattern's shape: for
// BetweenShape the actor between the verb and the pattern's noun ("held Hamas
// responsible"); otherwise the actors after the pattern's noun, if it has nouns
// (verbNoun), and after one of its prepositions (prepObjects), or right after the verb.
// It returns the objects (possibly none) and after, the first token after the verb and
// its noun. ok is false when the pattern's reading is over: a pattern noun that is
// missing, or a passive, handed to applyPassiveNoun or applyPassive (which write what
// they find).
func (d *document) verbObjects(si, i, pi int) (objs []*Mention, after int, ok bool) {
	p := &patternTable[pi]
	toks := d.sents[si].Tokens
	nouns, preps := patterns.nounSets[pi], patterns.prepSets[pi]
	after = i + 1
	if p.Shape == BetweenShape {
		n := findWord(toks, i+1, i+9, nouns)
		if n < 0 {
			return nil, after, false
		}
		objs = d.objectsIn(si, i+1, n)
		if p.Type == geokg.Expels && len(objs) > 0 && !orderedOut(toks, n, objs[0]) {
			return nil, after, false
		}
		return objs, after, true
	}
	if len(nouns) > 0 {
		n := d.verbNoun(si, i, pi)
		if n < 0 {
			if d.isPassive(si, i) {
				d.applyPassiveNoun(si, i, pi)
			}
			return nil, after, false
		}
		after = n + 1
	}
	if p.Passive && d.isPassive(si, i) {
		d.applyPassive(si, i, pi)
		return nil, after, false
	}
	if len(preps) > 0 {
		return d.prepObjects(si, after, pi), after, true
	}
	return d.objectsAt(si, after), after, true
}

// orderedOut reports whether the deadline of an expulsion read between its verb and its
// noun at token n sends people away: "to leave" is the noun or follows it within three
// words, not negated ("ordered its soldiers not to leave"), and the one given the time is
// no state named by itself ("gave Moscow 60 days to comply", "given Peru another chance
// to understand the old days", "gave Chile six months to leave the bloc": a deadline set
// to a state; "gave Chilean diplomats 72 hours to leave", "gave Chile's envoy", "gave
// Chile diplomats" send its people away).
func orderedOut(toks []Token, n int, obj *Mention) bool {
	people := obj.possessive || obj.Form == FormDemonym || obj.End < len(toks) && stateNouns[toks[obj.End].Lower]
	if obj.ent.kind == geokg.KindCountry && !people {
		return false
	}
	for k := n; k < n+4 && k < len(toks); k++ {
		if toks[k].Lower == "leave" && k >= 1 && toks[k-1].Lower == "to" {
			return k < 2 || !negationWords[toks[k-2].Lower]
		}
	}
	return false
}

// verbNoun returns the token of the noun or particle of pattern pi that follows its verb
// at token i within eight words (eleven for aid: "provided about $12 billion in financial
// and humanitarian aid"), or -1 when there is none or the particle is none ("taken
// territory in Iraq", "the losses it has taken in Iraq").
func (d *document) verbNoun(si, i, pi int) int {
	p := &patternTable[pi]
	toks := d.sents[si].Tokens
	limit := i + 9
	if p.Type == geokg.Aids {
		limit = i + 12 // "provided about $12 billion in financial and humanitarian aid"
	}
	n := findWord(toks, i+1, limit, patterns.nounSets[pi])
	if n >= 0 && particles[toks[n].Lower] && n > i+1 && !(n == i+2 && objectPronouns[toks[i+1].Lower]) {
		n = -1 // "took in refugees", "took them in"; not "taken territory in Iraq"
	}
	if n == i+1 && particles[toks[n].Lower] {
		if m := d.mentionAt(si, n+1); m != nil && m.ent.kind == geokg.KindCountry && m.Form == FormName {
			n = -1 // "the losses it has taken in Iraq": a place, not the ones taken in
		}
	}
	return n
}

// prepObjects returns the objects after the first preposition of pattern pi that has
// some, searched from token after within seven words (only at after for PrepNext); the
// search stops at an object stop other than a comma, at a comma right after the
// pattern's noun, and at a comma before a participle or a relative word (another
// clause). Nil when none.
func (d *document) prepObjects(si, after, pi int) []*Mention {
	p := &patternTable[pi]
	toks := d.sents[si].Tokens
	nouns, preps := patterns.nounSets[pi], patterns.prepSets[pi]
	var objs []*Mention
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
	return objs
}

// typedObjects returns the objects of verb pattern pi at token i as its type reads them,
// given objs found by the shape and after, the first token after the verb and its noun:
// a denial's accuser (denialObject); the parties of hosted talks; and, when objs is
// empty, the people of a state expelled, what is recognised "as" something, the state a
// coordinated first verb acted on for ties (elidedObject), or the author of the act a
// reaction names (actOwner). It may return none.
func (d *document) typedObjects(si, i, after, pi int, objs []*Mention) []*Mention {
	p := &patternTable[pi]
	toks := d.sents[si].Tokens
	preps := patterns.prepSets[pi]
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
		objs = d.expelledPeople(si, after)
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
		objs = d.reactionObject(si, after)
	}
	return objs
}

// expelledPeople returns the people of a state an expulsion names within four words of
// token after ("expelled three Peruvians and a Bolivian"): the demonyms of the first
// mention there, one or two joined by "and"; nil when that mention is no demonym.
func (d *document) expelledPeople(si, after int) []*Mention {
	toks := d.sents[si].Tokens
	for k := after; k < len(toks) && k < after+4; k++ {
		m := d.mentionAt(si, k)
		if m == nil {
			continue
		}
		if m.Form != FormDemonym {
			return nil
		}
		if n := d.mentionAt(si, m.End+2); n != nil && toks[m.End].Lower == "and" && n.Form == FormDemonym {
			return []*Mention{m, n}
		} else if m.End+3 < len(toks) && toks[m.End].Lower == "and" {
			if n := d.mentionAt(si, m.End+2); n == nil {
				if n := d.mentionAt(si, m.End+3); n != nil && n.Form == FormDemonym {
					return []*Mention{m, n}
				}
			}
		}
		return []*Mention{m}
	}
	return nil
}

// reactionObject returns the object of a reaction verb that names an act, not its author,
// at token after (actOwner: "condemned the strikes"), also after "as" and a quoted
// judgement ("denounced as 'illegal' fresh tariffs announced by ..."); nil when none.
func (d *document) reactionObject(si, after int) []*Mention {
	toks := d.sents[si].Tokens
	objs := d.actOwner(si, after)
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
	return objs
}

// applyVerbWithoutObject writes what verb pattern pi at token i says when no object was
// found (after is the first token after the verb and its noun): a deed of a Fact pattern
// reported by another ("China said the US attacked its networks": the speaker ACCUSES
// the doer), a reciprocal act ("blamed each other": both ways), or a symmetric act or
// ties between coordinated subjects ("Argentina and Venezuela signed a deal"). It writes
// nothing otherwise, nor for a trigger the parse makes a modifier of a noun
// (modifierTrigger), which it asks only on the way to a writing, so that a sentence is
// parsed for it only then.
func (d *document) applyVerbWithoutObject(si, i, after, pi int) {
	p := &patternTable[pi]
	toks := d.sents[si].Tokens
	if p.Fact {
		// "China said the US attacked its networks": the accusation needs no object
		if subjs := d.subjectsBefore(si, i); len(subjs) > 0 && !mutualFight(toks, after, subjs) {
			speaker := d.speakerOf(si, subjs[0].Start)
			if speaker != nil && speaker.ent != subjs[0].ent && !d.modifierTrigger(d.windowParse(si), si, i, pi, after) &&
				d.reportedOnParse(d.windowParse(si), si, i, subjs[0]) {
				// "said that Iran would carry out its plan": a future act is no deed
				if typ, _, ok := d.qualify(si, subjs[0].End, i, p); ok && typ == p.Type {
					d.accuseDoers(d.windowParse(si), si, i, speaker, subjs, p.Confidence)
				}
			}
		}
		return
	}
	if reciprocal(toks, after) {
		if !d.modifierTrigger(d.windowParse(si), si, i, pi, after) {
			d.reciprocalAct(si, i, p)
		}
		return
	}
	if p.Type.Symmetric() || p.Type == geokg.RestoresTiesWith || p.Type == geokg.SeversTiesWith {
		d.jointAct(si, i, after, pi)
	}
}

// reciprocalAct writes a reciprocal act of pattern p at token i ("India and Pakistan
// blamed each other"): both ways between the two subjects, else between the two parties
// of "each country" (eachPair). Nothing when the subjects are not two, or the act is
// negated or hypothetical (qualify).
func (d *document) reciprocalAct(si, i int, p *Pattern) {
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
}

// jointAct writes a symmetric act (or ties) of pattern pi at token i between coordinated
// subjects ("Argentina and Venezuela signed a deal"): every pair of neighbours for a
// symmetric type, the first subject with the others for ties. Nothing with fewer than
// two subjects, a trigger that modifies a noun or an act undone on the parse, subjects
// the parse lists as another's objects (listedArguments), or a negated or hypothetical
// one; nothing for an OfficialsOnly pattern (telling needs the one told after the verb),
// nor a meeting between the members of a set of states listed aside (membersAside).
func (d *document) jointAct(si, i, after, pi int) {
	p := &patternTable[pi]
	if p.OfficialsOnly {
		return // "A and B told reporters", "A, a spokesman for B, told CNN": nobody told the other
	}
	// "Argentina and Venezuela signed a deal": the coordinated subjects
	subjs := d.unquotedSubjects(si, i, d.subjectsBefore(si, i))
	if len(subjs) >= 2 && p.Type == geokg.Meets && d.membersAside(si, subjs[0].Start) {
		return // "just six countries - A, B, C and D - were meeting that goal"
	}
	if len(subjs) >= 2 {
		ps := d.windowParse(si)
		if d.modifierTrigger(ps, si, i, pi, after) {
			return // "a cordial working relationship between A and B": no act
		}
		if d.undoneOnParse(ps, si, i, p.Type, p, true) {
			return // "hopes the move will pressure the other parties - A, B and C - to open talks"
		}
		if subjs = d.subjectsOfController(ps, si, i, subjs); len(subjs) < 2 {
			return // "A and B tried talks, yet nothing worked": no one named works
		}
		if listedArguments(ps, d.sents[si].Tokens, subjs[0], i) {
			return // "Ruiz visited Peru and Chile to discuss trade": visited, not partners
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
}

// toAfter reports whether "to" (or "not to") follows the last of objs, as a NeedsTo
// pattern requires ("told Israel to stop"; not "told Al Jazeera").
func toAfter(toks []Token, objs []*Mention) bool {
	last := objs[len(objs)-1].End
	return last+1 < len(toks) && (toks[last].Lower == "to" || toks[last].Lower == "not" && toks[last+1].Lower == "to")
}

// gerundSubject returns the subject a gerund or participle at token i takes from the
// main clause (mainSubject) instead of the actors before it: after a temporal
// preposition or "by" ("left Libya after holding talks", "responded by ordering"),
// replace is true and m the main clause's subject or nil (no subject then); after a
// comma ("Egypt expelled Turkey's envoy, accusing Ankara of meddling"), replace is true
// only when the main clause has one. For any other form replace is false.
func (d *document) gerundSubject(si, i int) (m *Mention, replace bool) {
	toks := d.sents[si].Tokens
	if i > 0 && (temporalPreps[toks[i-1].Lower] || meansBy(toks, i)) && strings.HasSuffix(toks[i].Lower, "ing") {
		return d.mainSubject(si, i-1), true
	} else if i > 1 && toks[i-1].Text == "," && strings.HasSuffix(toks[i].Lower, "ing") {
		// "Egypt expelled Turkey's envoy, accusing Ankara of meddling": a participle
		// after a comma takes the main clause's subject
		m := d.mainSubject(si, i-1)
		return m, m != nil
	}
	return nil, false
}

// officialsOnly narrows the subjects and objects of an OfficialsOnly pattern at token i
// to the last subject and the first object, which must both be officials with only name
// words between the verb and the object ("told the Canadian Prime Minister, Justin
// Trudeau"); ok is false otherwise ("told reporters Baghdadi was ...").
func officialsOnly(toks []Token, i int, subjs, objs []*Mention) ([]*Mention, []*Mention, bool) {
	if subjs[len(subjs)-1].ent.kind != geokg.KindOfficial || objs[0].ent.kind != geokg.KindOfficial {
		return subjs, objs, false
	}
	if !nameWordsOnly(toks, i+1, objs[0].Start) {
		return subjs, objs, false // "told reporters Baghdadi was ...": the one told is not the person after
	}
	return subjs[len(subjs)-1:], objs[:1], true
}

// verbChecksOnParse applies the checks of windowcheck.go on the parse ps to the subjects
// of verb pattern pi at token i, read as type typ: it returns the subjects that stay, or
// nil when the act is not done ("was open to talks"), no subject stays (one inside a
// phrase, an official owning his people, "Boric's top adviser criticized": retinueOwners,
// or one of another clause), the trigger is a noun whose author is not the subject
// ("received a personal request from Xi") or a noun naming a place with an act ("U.S.
// drone attacks in Pakistan").
func (d *document) verbChecksOnParse(ps *syntax.Sentence, si, i, pi int, typ geokg.RelationType, subjs []*Mention) []*Mention {
	p := &patternTable[pi]
	if typ == p.Type && d.undoneOnParse(ps, si, i, typ, p, false) {
		return nil // "was open to talks", "hopes ... will pressure them to open talks": not done
	}
	if subjs = d.subjectsOutsidePhrases(ps, si, retinueOwners(ps, d.sents[si].Tokens, subjs)); len(subjs) == 0 {
		return nil // "mocked them on its official Twitter feed and used ... to criticize": no subject
	}
	if typ == geokg.Threatens && (p.Threatened || p.Type != geokg.Threatens && hostile(p.Type)) && !d.toldOnParse(ps, si, i) {
		// "the question is when Chile will strike Peru", "Chile is retaliating against
		// Peru's tariffs": an act no one threatens
		return nil
	}
	if subjs = d.subjectsOfClause(ps, si, i, subjs); len(subjs) == 0 {
		return nil // "Hollande will meet Obama, then meet Merkel ...": Merkel is no subject
	}
	if subjs = d.subjectsBeforePronoun(ps, si, i, subjs); len(subjs) == 0 {
		return nil // "..., although both have criticized C": the pronoun is the subject
	}
	if subjs = d.subjectsOfController(ps, si, i, subjs); len(subjs) == 0 {
		return nil // "detractors calling on Chile": the detractors call, no one named
	}
	switch p.Type {
	case geokg.Demands, geokg.Supports, geokg.Meets, geokg.CooperatesWith, geokg.Aids, geokg.Threatens:
		// (not the hostile acts: "the new US sanctions are hitting Russian officials" is
		// read right by the window as often as not)
		if d.determinedNoun(ps, si, i, subjs[0]) {
			return nil // "received a personal request from Xi": a noun, no request by the receiver
		}
	}
	if p.PrepNext && patterns.prepSets[pi]["in"] && d.nounAsVerb(ps, si, i) {
		return nil // "U.S. drone attacks in Pakistan": a place named with an attack, no target
	}
	return subjs
}

// reportedDeed reports whether the act at token i of a Fact pattern, done by subjs, is
// told by a speaker other than its first subject (reportedSpeaker, else "according to");
// then the speaker ACCUSES each subject that the parse does not show to be another than
// the doer, with confidence conf*0.9, or nothing when on the parse the act is no clause
// the speaker tells ("it said Hamas built tunnels for attacks"). False (nothing written)
// when no other speaker tells it.
func (d *document) reportedDeed(ps *syntax.Sentence, si, i int, subjs []*Mention, conf float64) bool {
	speaker := d.speakerOf(si, subjs[0].Start)
	if speaker == nil || speaker.ent == subjs[0].ent {
		return false
	}
	if d.reportedOnParse(ps, si, i, subjs[0]) {
		d.accuseDoers(ps, si, i, speaker, subjs, conf)
	}
	return true
}

// speakerOf returns who reports the clause before token k: reportedSpeaker, else the
// source of "according to" in the sentence; nil when none.
func (d *document) speakerOf(si, k int) *Mention {
	speaker := d.reportedSpeaker(si, k)
	if speaker == nil {
		speaker = d.accordingTo(si)
	}
	return speaker
}

// accuseDoers writes speaker ACCUSES s, with confidence conf*0.9, for each s of subjs
// that the parse ps does not show to be another than the doer of the act at token i
// (otherDoerOnParse) and that is not the speaker's own state or one of its bodies
// (ownDeed), nor a capital naming the place of the act (placeOfAct).
func (d *document) accuseDoers(ps *syntax.Sentence, si, i int, speaker *Mention, subjs []*Mention, conf float64) {
	for _, s := range subjs {
		if ownDeed(speaker.ent, s.ent) {
			continue // "the Pentagon spokesman said US forces are carrying out strikes": a claim
		}
		if d.placeOfAct(ps, si, i, s) {
			continue // "says the Lima bombings confirmed his fears": where, not who
		}
		if !d.otherDoerOnParse(ps, si, i, s) {
			d.addRelation(si, speaker.ent, geokg.Accuses, s.ent, conf*0.9, d.sentenceEvent(si))
		}
	}
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

// mutualFight reports whether the act after which token k stands is one between its
// coordinated subjects or one they share, which accuses neither ("Chile said Peru and
// Bolivia have been fighting each other", "said both Peru and Bolivia were fighting the
// same rebels"): two subjects or more, and a reciprocal (reciprocal) or "the same" or "a
// common" at k.
func mutualFight(toks []Token, k int, subjs []*Mention) bool {
	if len(subjs) < 2 {
		return false
	}
	if reciprocal(toks, k) {
		return true
	}
	return k+1 < len(toks) && (toks[k].Lower == "the" && toks[k+1].Lower == "same" ||
		(toks[k].Lower == "a" || toks[k].Lower == "the") && toks[k+1].Lower == "common")
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

// ownDeed reports whether doer is the speaker's own state, or an army or agency of it
// (sideOf): an act a speaker reports of his own side is his claim, not an accusation
// ("the Israeli prime minister said Israel was fighting back", "the Pentagon spokesman
// said US forces are carrying out strikes"). A person is never his own side's deed:
// "the senator said the president attacked the press" accuses.
func ownDeed(speaker, doer *entity) bool {
	if speaker == nil || doer == nil {
		return false
	}
	side := doer.code
	if doer.kind != geokg.KindCountry {
		if doer.kind == geokg.KindOfficial || sideOf(doer) == "" {
			return false
		}
		side = doer.country
	}
	home := speaker.country
	if speaker.kind == geokg.KindCountry {
		home = speaker.code
	}
	return side != "" && side == home
}

// membersAside reports whether the list of subjects starting at token k of sentence si is
// set off by a dash after a noun naming a set of states (class `set-noun`), at most six words
// before the dash: the list names the set's members, and the window's meeting word of the
// set ("six countries - A, B, C and D - were meeting that goal", "pressure the other
// parties to the deal - A, B and C - to open talks") is no meeting of one member with
// another. A list after leaders or ministers ("the two leaders - A and B - met") is not
// such a set.
func (d *document) membersAside(si, k int) bool {
	toks := d.sents[si].Tokens
	if k > 0 && k <= len(toks) && toks[k-1].Lower == "the" {
		k-- // "six countries - the U.S., Britain and Greece -"
	}
	if k < 2 || k > len(toks) || !isDash(toks[k-1].Text) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-8; j-- {
		if actorWord("set-noun", toks[j].Lower) {
			return true
		}
		if toks[j].Text == "," || isDash(toks[j].Text) {
			return false
		}
	}
	return false
}

// isDash reports whether a token is a dash that sets off an aside.
func isDash(t string) bool {
	return t == "-" || t == "--" || t == "—" || t == "–"
}

// unquotedSubjects returns subjs without the actors named inside a quotation of sentence
// si when the trigger at token i stands outside it: a quoted actor is no subject of the
// words around the quotation ("'Iran has made commitments to its people,' Mr. Obama said
// at the end of a meeting with leaders of Oman and Qatar": Iran meets no one; "'I did have
// those conversations in Russia,' he told PBS").
func (d *document) unquotedSubjects(si, i int, subjs []*Mention) []*Mention {
	q := d.quotedApart(si, i)
	if q == nil {
		return subjs
	}
	out := subjs[:0:0]
	for _, m := range subjs {
		if m.Form == FormRef || m.Start >= len(q) || !q[m.Start] {
			out = append(out, m)
		}
	}
	return out
}
