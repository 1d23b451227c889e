package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// beForms are the forms of "to be" that make a passive or a copula.
var beForms = map[string]bool{
	"is": true, "was": true, "were": true, "are": true, "been": true, "be": true, "being": true,
	"got": true, "get": true, "gets": true,
}

// prepositions stop the search for a subject or object: an actor after one is not the
// direct argument of the verb.
var prepositions = map[string]bool{
	"of": true, "with": true, "in": true, "at": true, "from": true, "to": true,
	"against": true, "on": true, "for": true, "over": true, "about": true, "between": true,
	"including": true, "into": true, "by": true, "like": true, "than": true, "among": true,
	"toward": true, "towards": true, "via": true, "under": true, "across": true,
	"behind": true, "within": true, "without": true, "after": true, "before": true,
	"since": true, "during": true, "amid": true, "despite": true, "through": true,
}

// objectStops end the search for an object.
var objectStops = map[string]bool{
	".": true, ";": true, ":": true, "?": true, "!": true, "(": true, ")": true, ",": true,
	"that": true, "who": true, "which": true, "because": true, "while": true, "as": true,
	"when": true, "if": true, "but": true, "said": true, "says": true, "and": true,
	"“": true, "”": true, "\"": true, "—": true, "–": true, "whose": true, "where": true,
}

// ofHeads may take "of" before the object ("members of the PKK", "leaders of Peru").
var ofHeads = map[string]bool{
	"members": true, "member": true, "leaders": true, "leader": true, "officials": true,
	"elements": true, "supporters": true, "representatives": true, "government": true,
	"diplomats": true, "staff": true, "forces": true, "troops": true, "fighters": true,
	"militants": true, "some": true, "all": true, "both": true, "each": true,
	"members.": true, "head": true, "chief": true, "president": true, "people": true,
	"powerhouses": true, "powers": true, "countries": true, "nations": true, "states": true,
	"governments": true, "allies": true, "parts": true, "rest": true,
	"bases": true, "positions": true, "strongholds": true, "camps": true, "facilities": true,
}

// skippable words may stand between a verb and its object ("accused the United
// States", "hosting members of the opposition").
var skippable = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"both": true, "all": true, "several": true, "some": true, "other": true, "fellow": true,
	"neighbouring": true, "neighboring": true, "opposition": true, "exiled": true,
	"rival": true, "new": true, "former": true, "two": true, "three": true, "five": true,
	"top": true, "senior": true, "visiting": true, "powerful": true, "militant": true,
	"rebel": true, "also": true, "strongly": true, "publicly": true, "formally": true,
	"openly": true, "repeatedly": true, "again": true, "sharply": true, "directly": true,
	"'": true, "‘": true, "’": true, "armed": true, "islamist": true,
}

// findRelations applies the pattern table and the special rules to sentence si.
func (d *document) findRelations(si int) {
	if len(d.mentions[si]) == 0 {
		return // every rule needs an actor
	}
	toks := d.sents[si].Tokens
	if n := len(toks); n > 0 && (toks[n-1].Text == "?" || n > 1 && toks[n-2].Text == "?" && isCloser(toks[n-1].Text)) {
		return // a question asserts nothing
	}
	if d.x.noPatterns {
		d.applySentenceRules(si)
		return
	}
	for i, t := range toks {
		if i < len(d.decided) && d.decided[i] {
			continue // the frames read this word on the parse (findFrames runs first)
		}
		verbs, nouns := patterns.verbs[t.Lower], patterns.nouns[t.Lower]
		if i >= 2 && toks[i-1].Text == "-" && (toks[i-2].Lower == "re" || toks[i-2].Lower == "co") {
			// "re-established", "co-operate": the prefixed verb
			for _, pi := range patterns.verbs[toks[i-2].Lower+"-"+t.Lower] {
				d.applyVerb(si, i, pi)
			}
			continue
		}
		if verbs == nil && nouns == nil {
			continue
		}
		if inName(toks, i) {
			continue // "House Republicans", "the Resolute Support mission": a name's word
		}
		if t.Lower == "back" && i > 0 && particleVerb(toks[i-1].Lower) {
			continue // "roll back the Islamic State", "walked back the remark": a particle
		}
		if participleBeforeName(toks, i) {
			continue // "supporters of ousted President Morsi": an adjective, not the act
		}
		if i+1 < len(toks) && (isTitleWord(toks[i+1].Lower) && (!toks[i+1].IsCapitalized() || t.IsCapitalized()) || nounAfterVerbForm[toks[i+1].Lower]) && len(verbs) > 0 {
			continue // "press secretary", "press conference": a noun; not "met President X"
		}
		if m := d.mentionAt(si, i); m != nil && m.Form != FormDemonym {
			continue
		}
		if i > 0 && toks[i-1].Text == "-" {
			for _, pi := range patterns.verbs[t.Lower] {
				if patternTable[pi].Shape == ModifierShape {
					d.applyModifier(si, i, pi)
				}
			}
			continue // "Iran-backed": only the modifier pattern
		}
		if i > 0 && (determiners[toks[i-1].Lower] || toks[i-1].Lower == "'" || d.determinedModifier(si, i)) {
			// "at the invitation of", "the attack": a noun, not the verb
			for _, pi := range patterns.nouns[t.Lower] {
				d.applyNoun(si, i, pi)
			}
			continue
		}
		if strings.HasSuffix(t.Lower, "ing") && i > 0 && prepositions[toks[i-1].Lower] && !temporalPreps[toks[i-1].Lower] && !meansBy(toks, i) {
			continue // a gerund after a preposition: "accused Iran of hacking"
		}
		if (t.Lower == "talks" || t.Lower == "meeting" || t.Lower == "talking") && !(i > 0 && beForms[toks[i-1].Lower]) {
			// "talks with", "a meeting with": the noun patterns read these
			for _, pi := range patterns.nouns[t.Lower] {
				d.applyNoun(si, i, pi)
			}
			continue
		}
		for _, pi := range patterns.verbs[t.Lower] {
			p := &patternTable[pi]
			if p.Shape == ModifierShape {
				d.applyModifier(si, i, pi)
				continue
			}
			d.applyVerb(si, i, pi)
		}
		for _, pi := range patterns.nouns[t.Lower] {
			d.applyNoun(si, i, pi)
		}
	}
	d.applySentenceRules(si)
}

// inName reports whether token i is a capitalised word inside a sentence that is not
// written in title case: a word of a name ("House Republicans"), not a trigger. A word
// after the sentence's start, a quotation mark, a dash, a colon or a bracket may be
// capitalised for its place.
func inName(toks []Token, i int) bool {
	if i == 0 || !toks[i].IsCapitalized() || toks[i].IsAllCaps() || !toks[i-1].IsWord() && toks[i-1].Text != "," {
		return false
	}
	words, capitals := 0, 0
	for _, t := range toks {
		if t.IsWord() && len(t.Text) > 3 {
			words++
			if t.IsCapitalized() {
				capitals++
			}
		}
	}
	return capitals < words // "Trump Meets Kim In Singapore": a headline
}

// find returns the first index in [from, to) whose token's lower form is in set, or -1;
// it does not look past sentence punctuation.
func findWord(toks []Token, from, to int, set map[string]bool) int {
	if to > len(toks) {
		to = len(toks)
	}
	if from < 0 {
		from = 0 // "The deal was signed by": a window that starts before the sentence
	}
	for k := from; k < to; k++ {
		if set[toks[k].Lower] {
			return k
		}
		switch toks[k].Text {
		case ".", ";", "?", "!":
			return -1
		}
	}
	return -1
}

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

// determinedModifier reports whether the trigger at i is a noun modified by an actor
// after a determiner: "the Chilean raid failed", "a Peruvian strike on". A form in -ed,
// or a form followed by its object ("the US attacks Iran"), stays a verb.
func (d *document) determinedModifier(si, i int) bool {
	toks := d.sents[si].Tokens
	w := toks[i].Lower
	if pastForm(w) || strings.HasSuffix(w, "ing") || i < 2 {
		return false
	}
	if len(patterns.nouns[w]) == 0 && !attackNouns[w] && !modifierNouns[w] {
		return false // "the United States held talks": a verb
	}
	m := d.mentionAt(si, i-1)
	if m == nil || m.End != i || m.Start == 0 || !determiners[toks[m.Start-1].Lower] || toks[m.Start-1].Lower == "'s" {
		return false
	}
	if i+1 < len(toks) && d.mentionAt(si, i+1) != nil {
		return false
	}
	return true
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

// modifierNouns are verb forms that are nouns after an actor and a determiner.
var modifierNouns = map[string]bool{
	"strike": true, "strikes": true, "raid": true, "raids": true, "support": true,
	"attack": true, "attacks": true, "bombardment": true, "offensive": true,
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

// nounAfterVerbForm are nouns that make a verb form before them a noun too ("press
// conference", "attack helicopter").
var nounAfterVerbForm = map[string]bool{
	"conference": true, "release": true, "briefing": true, "helicopter": true,
	"helicopters": true, "aircraft": true, "group": true, "corps": true, "office": true,
}

// determiners before a trigger word make it a noun.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"this": true, "that": true, "these": true, "those": true, "'s": true, "our": true,
}

var denialNouns = map[string]bool{
	"accusation": true, "accusations": true, "charge": true, "charges": true,
	"allegation": true, "allegations": true, "claim": true, "claims": true,
}

// reactionTypes are the relations whose object may be named by its act: "condemned the
// air strikes" condemns whoever carried them out.
var reactionTypes = map[geokg.RelationType]bool{
	geokg.Condemns: true, geokg.Supports: true, geokg.Rejects: true,
}

// claimNouns name what a person asks or claims ("endorsed her bid").
var claimNouns = map[string]bool{
	"call": true, "bid": true, "claim": true, "demand": true, "appeal": true, "proposal": true,
	"candidacy": true, "leadership": true, "government": true, "presidency": true,
}

// actNouns name acts whose author an article has told before.
var actNouns = map[string]bool{
	"decision": true, "move": true, "strikes": true, "airstrikes": true, "raids": true,
	"attack": true, "attacks": true, "sanctions": true, "announcement": true,
	"recognition": true, "withdrawal": true, "measures": true, "invasion": true,
	"bombing": true, "bombings": true, "expulsion": true, "expulsions": true,
	"annexation": true, "step": true, "action": true, "actions": true, "embargo": true,
	"killing": true, "shelling": true, "offensive": true, "operation": true,
	"blockade": true, "deportations": true, "plan": true, "detentions": true,
	"detention": true, "arrests": true, "arrest": true, "executions": true, "execution": true,
	"seizure": true, "killings": true, "crackdown": true, "closure": true, "ban": true,
	"raid": true, "strike": true, "airstrike": true, "incursion": true, "assault": true,
}

// actOwner returns the author of an act named after token start without its author
// ("condemned the decision"): the subject of the latest act the article reported, a
// national body standing for its country. It returns nil when the words after start are
// no act noun or no act was reported.
func (d *document) actOwner(si, start int) []*Mention {
	toks := d.sents[si].Tokens
	// the act noun heads a short noun phrase: "the air strikes", "the Salisbury nerve
	// agent attack"
	k := -1
	for q := start; q < len(toks) && q < start+6; q++ {
		if actNouns[toks[q].Lower] || proposalNouns[toks[q].Lower] {
			k = q
			break
		}
		if m := d.mentionAt(si, q); m != nil {
			// the author before the noun: "the Israeli attack", "the US-drafted
			// resolution", "Russia's invasion"
			if n := authoredNoun(toks, m.End); n >= 0 && m.ent.kind.Valid() && (m.Form != FormDemonym || !nonStatePeople[toks[n].Lower]) {
				return []*Mention{d.standFor(si, m)}
			}
			break
		}
		if !toks[q].IsWord() && toks[q].Text != "-" || prepositions[toks[q].Lower] || objectStops[toks[q].Lower] {
			break
		}
	}
	if k < 0 {
		return nil
	}
	// an author named after the noun ("the decision by Washington", "sanctions
	// imposed by the Trump administration", "the demands of the council") is the object
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		if toks[q].Lower == "by" || toks[q].Lower == "of" && q == k+1 && proposalNouns[toks[k].Lower] {
			if o := d.objectsAt(si, q+1); len(o) > 0 {
				return o[:1]
			}
			break
		}
		if objectStops[toks[q].Text] {
			break
		}
	}
	if o := d.antecedentAuthor(si, k); o != nil && !indefiniteBetween(toks, start, k) {
		// "Obama's move to normalise relations ... Castro lauded the move": the act the
		// article named before with its author
		return []*Mention{o}
	}
	if o := d.bareActAuthor(si, start, k); o != nil {
		// "President Trump pulled the troops out. The move drew criticism": the act of
		// the sentence before, though it is of no relation type
		return []*Mention{o}
	}
	if proposalNouns[toks[k].Lower] {
		return nil // "rejected the resolution": whose is not said
	}
	if _, ok := actRefNouns[toks[k].Lower]; ok && genericAct(toks, start, k) {
		return nil // "condemned attacks like this", "any attack": no act told before
	}
	if a, note := d.referredAct(si, k); a != nil && a.author != nil {
		// "Israeli jets struck Syria ... Iran condemned the strikes": the act the
		// definite noun refers to (evcoref.go); when none is clear, or its author is
		// not told, the latest act of its kind below (as often the article's topic,
		// retold without its author: on the corpus, leaving it out there took away
		// right relations only)
		return []*Mention{{ent: a.author, Form: FormRef, inferred: true, actType: a.typ, antecedent: note}}
	}
	if attackNouns[toks[k].Lower] && d.lastAccused != nil {
		// "condemning the chemical attack": its alleged author, for those who alleged it
		return []*Mention{{ent: d.lastAccused, Form: FormRef, inferred: true, alleged: true}}
	}
	if t, ok := decidedActType(toks, k); ok {
		// "the decision to expel its diplomats": the author of the latest expulsion
		if a := d.latestActOf(t); a != nil {
			return []*Mention{{ent: a.author, Form: FormRef, inferred: true, actType: t, antecedent: d.actNote(si, k, a, "the latest act of the kind")}}
		}
	}
	if t, ok := actNounTypes[toks[k].Lower]; ok {
		// "the expulsion": the author of the latest expulsion, not of any act (nor of
		// an act of another kind: "Russia expelled British diplomats. The sanctions
		// drew criticism" is no criticism of Russia)
		if a := d.latestActOf(t); a != nil {
			return []*Mention{{ent: a.author, Form: FormRef, inferred: true, actType: t, antecedent: d.actNote(si, k, a, "the latest act of the kind")}}
		}
		return nil
	}
	a := d.latestActOf("")
	if a == nil {
		return nil
	}
	return []*Mention{{ent: a.author, Form: FormRef, inferred: true, antecedent: d.actNote(si, k, a, "the latest act")}}
}

// indefiniteWords open a noun phrase that names a new act, not one told before ("a
// similar resolution", "another move", "new sanctions").
var indefiniteWords = map[string]bool{
	"a": true, "an": true, "another": true, "new": true, "similar": true, "any": true,
	"some": true, "further": true, "more": true, "other": true, "fresh": true,
}

// indefiniteBetween reports whether an indefinite word stands in tokens [a, b).
func indefiniteBetween(toks []Token, a, b int) bool {
	for q := max(a, 0); q < b && q < len(toks); q++ {
		if indefiniteWords[toks[q].Lower] {
			return true
		}
	}
	return false
}

// antecedentWindow is how many sentences back an act noun without its author looks for
// the same noun named with one.
const antecedentWindow = 12

// antecedentAuthor returns the author of the act noun at token k of sentence si when the
// article named the same act noun with its author before it ("Obama's move", "the US
// decision", "the expulsions by Peru"), the latest such: the definite noun refers back to
// it. The author is taken as named (the person, not the person's country); nil when no
// such noun comes before within antecedentWindow sentences, and for attacks, whose
// possessor may be their place ("France's deadliest attack"). Sanctions are linked only
// to a possessive or "by" author ("Washington's sanctions"; "Russia sanctions" are on
// Russia; "the US measures" are the US's). The caller leaves out an indefinite noun phrase ("a similar resolution").
func (d *document) antecedentAuthor(si, k int) *Mention {
	if attackNouns[d.sents[si].Tokens[k].Lower] {
		return nil // "France's deadliest attack": a possessive may be the place or the victim
	}
	noun := singularAct(d.sents[si].Tokens[k].Lower)
	for s := si; s >= 0 && s > si-antecedentWindow; s-- {
		toks := d.sents[s].Tokens
		end := len(toks)
		if s == si {
			end = k
		}
		for q := end - 1; q >= 0; q-- {
			if singularAct(toks[q].Lower) != noun || !actNouns[toks[q].Lower] && !proposalNouns[toks[q].Lower] {
				continue
			}
			m, from, to := d.nounAuthor(s, q)
			if m == nil {
				continue
			}
			m = d.standFor(s, m)
			return &Mention{ent: m.ent, Form: FormRef, inferred: true, antecedent: d.surface(s, from, to)}
		}
	}
	return nil
}

// nounAuthor returns the author named with the act noun at token q of sentence si, before
// it ("Obama's move", "the Israeli decision", "the US-drafted resolution") or after "by"
// ("the decision by Washington"), and the tokens [from, to) of the phrase that names both;
// nil when none is named.
func (d *document) nounAuthor(si, q int) (*Mention, int, int) {
	toks := d.sents[si].Tokens
	for _, m := range d.mentions[si] {
		if m.inferred || m.ent == nil || !m.ent.kind.Valid() || m.End > q || m.End < q-4 {
			continue
		}
		// the author modifies the noun: a possessive or nationality with modifiers between
		// ("Turkey's military operation", "Israeli air strikes"), else right before it
		// ("the US decision"): not the subject of a verb ("he expected the embargo")
		poss := m.possessive || m.End < len(toks) && (toks[m.End].Lower == "'s" || toks[m.End].Lower == "'")
		close := poss || m.Form == FormDemonym || m.End == q || m.End < len(toks) && toks[m.End].Text == "-"
		if actNounTypes[toks[q].Lower] == geokg.Sanctions && !poss && singularAct(toks[q].Lower) != "measure" {
			continue // "Russia sanctions", "the Iranian embargo": the target, more often than not
		}
		if close && authoredNoun(toks, m.End) == q && (m.Form != FormDemonym || !nonStatePeople[toks[q].Lower]) {
			return m, m.Start, q + 1
		}
	}
	if q+2 < len(toks) && toks[q+1].Lower == "by" {
		if m := d.mentionAt(si, q+2); m != nil && m.Start == q+2 && !m.inferred && m.ent != nil && m.ent.kind.Valid() {
			return m, q, m.End
		}
	}
	return nil, 0, 0
}

// singularAct is an act noun without its plural ending ("strikes", "strike").
func singularAct(w string) string {
	return strings.TrimSuffix(w, "s")
}

// actNounTypes gives the relation type an act noun names.
var actNounTypes = map[string]geokg.RelationType{
	"expulsion": geokg.Expels, "expulsions": geokg.Expels, "deportations": geokg.Expels,
	"sanctions": geokg.Sanctions, "embargo": geokg.Sanctions, "ban": geokg.Sanctions,
	"measures": geokg.Sanctions, "strikes": geokg.Attacks, "airstrikes": geokg.Attacks,
	"raids": geokg.Attacks, "invasion": geokg.Attacks, "bombing": geokg.Attacks,
	"bombings": geokg.Attacks, "shelling": geokg.Attacks, "offensive": geokg.Attacks,
	"attack": geokg.Attacks, "attacks": geokg.Attacks, "recognition": geokg.Recognizes,
	"raid": geokg.Attacks, "strike": geokg.Attacks, "airstrike": geokg.Attacks,
	"incursion": geokg.Attacks, "assault": geokg.Attacks,
}

// decidedActStems map the verb of a decision's "to" clause to the type of its act ("the
// decision to expel", "the move to recognise").
var decidedActStems = []struct {
	stem string
	typ  geokg.RelationType
}{
	{"expel", geokg.Expels}, {"deport", geokg.Expels}, {"recogni", geokg.Recognizes},
	{"invad", geokg.Attacks}, {"attack", geokg.Attacks}, {"bomb", geokg.Attacks},
	{"sanction", geokg.Sanctions}, {"sever", geokg.SeversTiesWith}, {"restor", geokg.RestoresTiesWith},
}

// decidedActType returns the type of the act a decision noun at token k names in its "to"
// clause ("the decision to expel its diplomats"); false for any other noun or verb.
func decidedActType(toks []Token, k int) (geokg.RelationType, bool) {
	if !decisionNouns[toks[k].Lower] || k+2 >= len(toks) || toks[k+1].Lower != "to" {
		return "", false
	}
	for _, a := range decidedActStems {
		if strings.HasPrefix(toks[k+2].Lower, a.stem) {
			return a.typ, true
		}
	}
	return "", false
}

// decisionNouns name a decided act whose "to" clause says which.
var decisionNouns = map[string]bool{"decision": true, "move": true, "step": true}

// proposalNouns name what an actor proposes or asks, which others reject or back; their
// author must be named with them ("the resolution drafted by the US", "the demands of
// the council", "the US-drafted resolution").
var proposalNouns = map[string]bool{
	"resolution": true, "resolutions": true, "proposal": true, "proposals": true,
	"demand": true, "demands": true, "request": true, "requests": true, "offer": true,
	"draft": true, "ultimatum": true, "initiative": true, "ceasefire": true, "peace": true,
}

// authoredNoun returns the index of an act or proposal noun that an actor ending at
// token k modifies ("Israeli attack", "US-drafted resolution", "'s invasion"), with up
// to two adjectives between, or -1.
func authoredNoun(toks []Token, k int) int {
	q := k
	if q < len(toks) && (toks[q].Lower == "'s" || toks[q].Lower == "'") {
		q++
	}
	if q+1 < len(toks) && toks[q].Text == "-" && strings.HasSuffix(toks[q+1].Lower, "ed") {
		q += 2 // "US-drafted"
	}
	for n := q; n < len(toks) && n <= q+2; n++ {
		if actNouns[toks[n].Lower] || proposalNouns[toks[n].Lower] {
			return n
		}
		if !toks[n].IsWord() || prepositions[toks[n].Lower] || objectStops[toks[n].Lower] || toks[n].IsCapitalized() {
			return -1
		}
	}
	return -1
}

// attackNouns name attacks, whose author is often only alleged.
var attackNouns = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "killing": true,
	"assassination": true, "poisoning": true, "cyberattack": true, "hacking": true,
}

// actTypes are the relations that report an act an article may later refer to by noun.
var actTypes = map[geokg.RelationType]bool{
	geokg.Attacks: true, geokg.Sanctions: true, geokg.Recognizes: true, geokg.Expels: true,
	geokg.SeversTiesWith: true, geokg.LiftsSanctions: true, geokg.RestoresTiesWith: true,
}

// emit writes one relation for each subject and object pair.
func (d *document) emit(si int, subjs []*Mention, typ geokg.RelationType, objs []*Mention, conf float64) {
	ev := ""
	switch typ {
	case geokg.Accuses, geokg.Condemns, geokg.Attacks, geokg.Denies:
		ev = d.sentenceEvent(si)
	}
	for _, s := range subjs {
		c := conf
		if s.Form == FormRef {
			c *= 0.85
		}
		for _, o := range objs {
			if o.inferred && ownSideReaction(s.ent, typ, o.ent) {
				// "the expulsion" that a minister regrets is the other side's
				alt := d.otherAuthor(o.actType, s.ent)
				if alt == nil {
					continue
				}
				o = &Mention{ent: alt, Form: FormRef, inferred: true}
			}
			if o.alleged && !d.hasAccused(s.ent, o.ent) {
				continue // only the accuser condemns an attack as the accused's
			}
			why := d.why
			if o.antecedent != "" && !strings.Contains(d.why.path, o.antecedent) {
				// the explanation names the phrase or the act the target was taken from
				// (`"strikes" = the act, told in sentence 3: ...`)
				if d.why.path != "" {
					d.why.path += "; "
				}
				d.why.path += "target from the article (" + o.antecedent + ")"
			}
			d.addRelation(si, s.ent, typ, o.ent, c, ev)
			d.why = why
		}
	}
}

// qualify checks the words between the subject and the trigger for negation and
// modality. A negated act is dropped; a hypothetical one is dropped too, unless a threat
// word governs it, which makes it THREATENS. It returns the type to write.
func (d *document) qualify(si, from, trigger int, p *Pattern) (geokg.RelationType, float64, bool) {
	toks := d.sents[si].Tokens
	if from > trigger || trigger-from > 12 {
		from = trigger - 4
		if from < 0 {
			from = 0
		}
	}
	// an open question: "declined to say whether the US would sanction Turkey"
	if findWord(toks, max(0, trigger-12), trigger, map[string]bool{"whether": true}) >= 0 {
		return "", 0, false
	}
	// "Neither France nor Germany recognised Kosovo": a negated subject
	for k := from - 1; k >= 0 && k >= from-8; k-- {
		if w := toks[k].Lower; w == "neither" || w == "nor" {
			return "", 0, false
		}
		if toks[k].Text == "," || toks[k].Text == ";" {
			break
		}
	}
	threat, modal, future := false, false, false
	for k := from; k < trigger; k++ {
		if hedgeWords[toks[k].Lower] {
			return "", 0, false // "Iran reportedly supplied drones": a claim, not a fact
		}
		w := toks[k].Lower
		if w == "," && k+1 < trigger && relativeWords[toks[k+1].Lower] {
			// ", which has not recognised X," qualifies the subject, not the verb
			if c := findWord(toks, k+2, trigger, map[string]bool{",": true}); c > 0 {
				k = c
				continue
			}
		}
		if negationWords[w] && !(w == "not" && k+1 < len(toks) && toks[k+1].Lower == "only") {
			return "", 0, false
		}
		if threatWords[w] {
			threat = true
		}
		if w == "will" || w == "would" || w == "'ll" {
			future = true
		} else if modalWords[w] {
			modal = true
		}
	}
	// "denied backing the rebels", "accused of attacking", "stop supplying": not the
	// subject's own act
	if q := trigger - 1; q >= 0 && (denialVerbs[toks[q].Lower] || stopVerbs[toks[q].Lower] || toks[q].Lower == "accused" || toks[q].Lower == "of" && q > 0 && toks[q-1].Lower == "accused") {
		return "", 0, false
	}
	// a threat verb governing the clause: "warned it could cut ties"
	for k := from - 1; k >= 0 && k >= trigger-8; k-- {
		if threatWords[toks[k].Lower] {
			threat = true
			break
		}
	}
	// "has yet to recognise": not done
	if trigger > 1 && toks[trigger-1].Lower == "to" && toks[trigger-2].Lower == "yet" {
		return "", 0, false
	}
	// an infinitive governed by a wish or a demand: "urged X to back Y", "plans to
	// impose"
	intended := false
	inf := trigger - 1
	if inf > 0 && strings.HasSuffix(toks[inf].Lower, "ly") && toks[inf-1].Lower == "to" {
		inf-- // "to immediately begin"
	}
	if inf >= 0 && toks[inf].Lower == "to" {
		if p.Fact {
			intended = true // "to attack", "to fight": a purpose, not a deed
		}
		for k := inf - 1; k >= 0 && k >= inf-7; k-- {
			w := toks[k].Lower
			if threatWords[w] {
				threat = true
				break
			}
			if modalWords[w] || intentionWords[w] {
				modal, intended = true, true
				break
			}
		}
	}
	if intended && !threat {
		return "", 0, false
	}
	if threat && hostile(p.Type) {
		return geokg.Threatens, p.Confidence * 0.8, true
	}
	if future && !modal && hostile(p.Type) {
		return geokg.Threatens, p.Confidence * 0.7, true
	}
	// a condition anywhere before the trigger
	for k := 0; k < trigger; k++ {
		if toks[k].Lower == "if" || toks[k].Lower == "unless" {
			if p.Type == geokg.Threatens {
				break
			}
			return "", 0, false
		}
	}
	switch {
	case threat && p.Type != geokg.Threatens && !modal:
		return p.Type, p.Confidence * 0.8, true // "pledged it would ignore the ruling"
	case threat && p.Type != geokg.Threatens:
		return "", 0, false
	case (modal || future) && !p.Future:
		return "", 0, false
	}
	return p.Type, p.Confidence, true
}

// stopVerbs before a gerund ask for the act to end: "demanded that Iran stop supplying".
var stopVerbs = map[string]bool{
	"stop": true, "stops": true, "stopped": true, "cease": true, "ceased": true, "halt": true,
	"halted": true, "quit": true, "end": true, "ended": true,
}

// conditionWords make what follows them hypothetical.
var conditionWords = map[string]bool{"if": true, "unless": true, "whether": true}

// hedgeWords present an act as reported by others, not stated by the text.
var hedgeWords = map[string]bool{
	"reportedly": true, "allegedly": true, "purportedly": true, "supposedly": true,
	"apparently": true, "possibly": true, "probably": true,
}

// relativeWords open a relative clause after a comma.
var relativeWords = map[string]bool{"which": true, "who": true, "whose": true, "where": true}

// denialVerbs deny the act that follows them.
var denialVerbs = map[string]bool{
	"denied": true, "denies": true, "deny": true, "denying": true, "rejected": true,
}

// intentionWords govern an infinitive that is not yet an act ("agreed to" is an act;
// "wants to", "plans to", "urged X to" are not).
var intentionWords = map[string]bool{
	"want": true, "wants": true, "wanted": true, "plan": true, "plans": true,
	"planned": true, "planning": true, "intend": true, "intends": true, "hope": true,
	"hopes": true, "hoped": true, "seek": true, "seeks": true, "sought": true,
	"try": true, "tries": true, "tried": true, "trying": true, "urged": true, "urge": true,
	"urges": true, "asked": true, "asks": true, "called": true, "calls": true,
	"pressed": true, "pressing": true, "pressure": true, "pressured": true, "told": true,
	"lobbied": true, "persuade": true, "encouraged": true, "aims": true, "aim": true,
	"ready": true, "prepared": true, "able": true, "likely": true, "expected": true,
	"due": true, "set": true, "poised": true, "demand": true, "demanded": true,
	"scheduled": true, "intended": true, "hoping": true, "invited": true,
	"call": true, "resisted": true, "resist": true, "rejected": true, "refused": true,
	"push": true, "bid": true, "effort": true, "efforts": true, "attempt": true,
	"attempts": true, "goal": true, "way": true, "needs": true, "need": true,
	"agreement": true, "commitment": true, "pledge": true, "promise": true,
	"declined": true, "opposed": true, "considering": true, "considered": true,
	"demanding": true, "order": true, "ordered": true, "instructed": true, "instructs": true,
	"directed": true, "authorised": true, "authorized": true, "tasked": true, "threat": true, "reason": true,
	"offered": true, "offers": true, "offer": true, "offering": true, "proposed": true,
	"proposes": true, "willing": true, "eager": true, "keen": true, "volunteered": true,
	"aimed": true, "wished": true, "wishes": true,
}

// hostile reports whether a threat of an act of type t is a threat against its object.
func hostile(t geokg.RelationType) bool {
	switch t {
	case geokg.Sanctions, geokg.Attacks, geokg.Expels, geokg.SeversTiesWith:
		return true
	}
	return false
}

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
		if len(s) > 0 {
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

// standFor returns the mention an actor stands for: "the Trump administration" and "the
// Obama government" stand for the official's country.
func (d *document) standFor(si int, m *Mention) *Mention {
	toks := d.sents[si].Tokens
	if m.ent.kind == geokg.KindGroup && m.ent.country != "" && m.ent.subtype == geokg.Military && m.End < len(toks) && m.End >= 0 {
		// "any Chilean military meddling": the body as an adjective stands for its state
		if n := toks[m.End]; n.IsWord() && !n.IsCapitalized() && !isClauseWord(n.Lower) && !auxiliaries[n.Lower] && len(patterns.verbs[n.Lower]) == 0 {
			c := d.countryEntity(m.ent.country, toks[m.Start].Start)
			return &Mention{Start: m.Start, End: m.End, ent: c, Form: FormRef}
		}
	}
	if m.ent.kind != geokg.KindOfficial || m.ent.country == "" || m.End >= len(toks) || m.End < 0 {
		return m
	}
	switch toks[m.End].Lower {
	case "administration", "government", "'s":
		if toks[m.End].Lower == "'s" && (m.End+1 >= len(toks) || toks[m.End+1].Lower != "administration") {
			return m
		}
		c := d.countryEntity(m.ent.country, toks[m.Start].Start)
		c.count++
		return &Mention{Start: m.Start, End: m.End, ent: c, Form: FormRef}
	}
	return m
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

// subjectsBefore returns the subject of a trigger at token i: the nearest actor mention
// before it that is not the object of a preposition, with the actors coordinated with it
// ("the UK, US and Canada").
func (d *document) subjectsBefore(si, i int) []*Mention {
	toks := d.sents[si].Tokens
	ms := d.mentions[si]
	// "tension with Peru, which had criticised": the antecedent of a relative pronoun
	// right before the verb is its subject, whatever precedes it
	for k := i - 1; k >= 2 && k >= i-5; k-- {
		if w := toks[k].Lower; (w == "which" || w == "who") && toks[k-1].Text == "," {
			if m := d.mentionAt(si, k-2); m != nil && m.End == k-1 && d.isActor(si, m) {
				return d.withCoordinated(si, m)
			}
			break
		}
		if toks[k].Text == "," || toks[k].Text == "." {
			break
		}
	}
	var subj *Mention
	idx := -1
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.End > i {
			continue
		}
		if i-m.End > 20 {
			break
		}
		if !d.isActor(si, m) {
			continue
		}
		if blocksSubjectAt(toks, m.Start) {
			continue
		}
		if m.Start > 0 && toks[m.Start-1].Lower == "by" && m.End < len(toks) && toks[m.End].Text == "," {
			continue // "the PKK, backed by Syria, denounced": a parenthetical agent
		}
		if d.inRelativeClause(si, m, i) {
			continue // "Ana Ruiz, who runs El Diario, warned"
		}
		// a possessive before a noun that is not the trigger: "Chile's friendly
		// neighbours" is not Chile, but "China's government" is China
		if m.possessive && m.End+1 < len(toks) && m.End+1 < i && !possessedStateNoun(toks, m.End+1) {
			return nil
		}
		subj, idx = m, k
		break
	}
	if subj != nil && d.plainSubjectBetween(si, subj.End, i) {
		return nil
	}
	if subj != nil {
		// "Peru, which like Chile and the OAS supports": the antecedent of "which"
		for k := subj.End; k < i; k++ {
			if w := toks[k].Lower; (w == "which" || w == "who") && k > 0 && toks[k-1].Text == "," {
				if a := d.mentionAt(si, k-2); a != nil && d.isActor(si, a) {
					return d.withCoordinated(si, a)
				}
				return nil
			}
		}
	}
	if subj == nil {
		return nil
	}
	out := []*Mention{subj}
	next := subj.Start
	if subj.ent.kind == geokg.KindOfficial && idx > 0 && ms[idx-1].End == subj.Start && ms[idx-1].Form == FormDemonym {
		next = ms[idx-1].Start // "Chilean President Gabriel Boric": skip the demonym
		idx--
	}
	for k := idx - 1; k >= 0; k-- {
		m := ms[k]
		if m.Form == FormDemonym && k > 0 && ms[k-1].End <= m.Start && m.End < len(toks) {
			// "Peruvian President Dina Boluarte and": the official after a demonym
			if o := d.mentionAt(si, m.End); o == nil && k+1 < len(ms) && ms[k+1].ent.kind == geokg.KindOfficial && ms[k+1].Start <= m.End+2 {
				next = m.Start
				continue
			}
		}
		gap := toks[m.End:next]
		if !isCoordination(gap) || !d.isActor(si, m) {
			if m.Form == FormDemonym && k+1 <= idx && ms[k+1].ent.kind == geokg.KindOfficial && ms[k+1].Start == m.End {
				continue
			}
			break
		}
		if blocksSubjectAt(toks, m.Start) {
			if !hasConjunction(gap) {
				break // "According to Peru, Chile ...": the comma closes the phrase
			}
			return nil // "like Chile and the OAS": a prepositional object
		}
		out = append([]*Mention{m}, out...)
		next = m.Start
		if m.ent.kind == geokg.KindOfficial && k > 0 && ms[k-1].End == m.Start && ms[k-1].Form == FormDemonym {
			next = ms[k-1].Start
			k--
		}
	}
	return out
}

// withCoordinated returns m with the actors coordinated before it ("Lithuania and
// Poland, which border Belarus, have urged": both).
func (d *document) withCoordinated(si int, m *Mention) []*Mention {
	toks := d.sents[si].Tokens
	out := []*Mention{m}
	next := m.Start
	ms := d.mentions[si]
	for k := len(ms) - 1; k >= 0; k-- {
		c := ms[k]
		if c.End > next {
			continue
		}
		if !isCoordination(toks[c.End:next]) || !d.isActor(si, c) || blocksSubjectAt(toks, c.Start) {
			break
		}
		out = append([]*Mention{c}, out...)
		next = c.Start
	}
	return out
}

// inRelativeClause reports whether mention m sits in a relative clause or apposition
// that closes before token i: ", who runs El Diario," or ", a spokesman for Hamas,".
func (d *document) inRelativeClause(si int, m *Mention, i int) bool {
	toks := d.sents[si].Tokens
	closing := -1
	for k := m.End; k < i; k++ {
		if toks[k].Text == "," {
			closing = k
			break
		}
	}
	if closing < 0 {
		return false
	}
	for k := m.Start - 1; k >= 0 && k >= m.Start-12; k-- {
		if toks[k].Text == "," {
			if k+1 == m.Start && m.possessive && k > 0 && d.mentionAt(si, k-1) != nil && d.mentionAt(si, k-1) != m {
				return true // "Russia, Serbia's traditional ally, blamed": an apposition
			}
			if k+1 < len(toks) {
				switch toks[k+1].Lower {
				case "who", "which", "whose", "where", "a", "an", "the":
					// an apposition starting with an article is only skipped when an
					// actor stands before the comma
					if toks[k+1].Lower == "a" || toks[k+1].Lower == "an" || toks[k+1].Lower == "the" {
						if k > 0 && d.mentionAt(si, k-1) != nil && d.mentionAt(si, k-1) != m {
							return true
						}
						return false
					}
					return true
				case "like", "unlike", "including", "along", "alongside", "backed", "led", "supported", "funded", "armed":
					return true // ", backed by Chile," ", like Peru,"
				}
				if w := toks[k+1].Lower; strings.HasSuffix(w, "ed") && k+2 < len(toks) && toks[k+2].Lower == "by" {
					return true // ", encouraged by China,"
				}
			}
			return false
		}
	}
	return false
}

// plainSubjectBetween reports whether a plural common noun stands right before the verb
// at i, after the actor ("10 governments supported"): that noun is the subject.
func (d *document) plainSubjectBetween(si, from, i int) bool {
	toks := d.sents[si].Tokens
	k := i - 1
	for k >= from && (auxiliaries[toks[k].Lower] || strings.HasSuffix(toks[k].Lower, "ly")) {
		k--
	}
	if k < from || k == from {
		return false
	}
	w := toks[k]
	if !w.IsWord() || w.IsCapitalized() || d.mentionAt(si, k) != nil || stateNouns[w.Lower] {
		return false
	}
	if !strings.HasSuffix(w.Lower, "s") || strings.HasSuffix(w.Lower, "ss") || functionWords[w.Lower] {
		return false
	}
	// "Chile and several Andean governments have": the noun is joined to the actor; not
	// after a comma that closes a clause ("Iran and Russia have cooperated since 2022,
	// and Western governments have accused Tehran")
	for q := k - 1; q >= from && q >= k-3; q-- {
		if toks[q].Lower == "and" || toks[q].Text == "," {
			return q != from
		}
	}
	return true
}

// auxiliaries may stand between a subject and its verb.
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "were": true, "are": true,
	"will": true, "would": true, "did": true, "does": true, "do": true, "also": true,
	"been": true, "be": true, "then": true, "later": true, "again": true,
	"already": true, "once": true, "still": true, "just": true, "jointly": true,
}

// functionWords are words ending in "s" that are no plural nouns.
var functionWords = map[string]bool{
	"is": true, "was": true, "has": true, "as": true, "its": true, "his": true, "this": true,
	"thus": true, "us": true, "always": true, "perhaps": true, "towards": true, "does": true,
	"afterwards": true, "yes": true, "besides": true, "whereas": true, "says": true,
	"news": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true,
	"times": true,
}

// temporalPreps introduce a gerund whose subject is the main clause's subject ("left
// Libya after holding talks with Kadhafi").
// meansBy reports whether the gerund at i tells how the main verb's subject acted:
// "Warsaw responded by ordering a Belarusian diplomat to leave".
func meansBy(toks []Token, i int) bool {
	return i > 1 && toks[i-1].Lower == "by" && strings.HasSuffix(toks[i-2].Lower, "ed") && !beForms[toks[i-2].Lower]
}

var temporalPreps = map[string]bool{
	"after": true, "before": true, "while": true, "since": true, "when": true,
}

// mainSubject returns the first actor mention of sentence si before token i that is no
// prepositional object, or nil.
func (d *document) mainSubject(si, i int) *Mention {
	toks := d.sents[si].Tokens
	from := 0
	if len(toks) > 0 && introWords[toks[0].Lower] {
		// "After Russia invaded, Poland expelled ...": the main clause follows the comma
		if c := findWord(toks, 1, i, map[string]bool{",": true}); c > 0 {
			from = c + 1
		}
	}
	for _, m := range d.mentions[si] {
		if m.Start >= i {
			break
		}
		if m.Start < from {
			continue
		}
		if m.ent.kind == geokg.KindCountry {
			// "Kosovo Prime Minister Albin Kurti said ...": the official
			if o := d.officialAfter(si, m.End); o != nil && o.Start <= m.End+4 {
				return o
			}
		}
		if !d.isActor(si, m) || m.Start > 0 && blocksSubject(toks[m.Start-1].Lower) {
			continue
		}
		return m
	}
	return nil
}

// introWords open an introductory clause that ends at the first comma.
var introWords = map[string]bool{
	"after": true, "when": true, "while": true, "as": true, "since": true, "before": true,
	"although": true, "though": true, "because": true, "if": true, "despite": true,
	"following": true, "once": true, "unless": true,
}

// blocksSubjectAt is blocksSubject for the actor at token k of a sentence: "of" after
// a word for the state's people ("the leaders of Peru", "the government of Chile")
// does not block, since those people act for it.
func blocksSubjectAt(toks []Token, k int) bool {
	if k <= 0 {
		return false
	}
	w := toks[k-1].Lower
	if w == "the" && k > 1 {
		w = toks[k-2].Lower
		k--
	}
	if w == "of" && k > 1 && actingFor[toks[k-2].Lower] {
		return false
	}
	return blocksSubject(w)
}

// actingFor are the people who act for the actor after "of".
var actingFor = map[string]bool{
	"leaders": true, "leader": true, "government": true, "governments": true,
	"authorities": true, "ministers": true, "presidents": true, "heads": true,
}

// blocksSubject reports whether an actor after word w cannot be the subject of a later
// verb: it is the object of a preposition ("the members of Iran"). Words that also join
// clauses ("after", "since") do not block: "weeks after the Andean nation recalled its envoy".
func blocksSubject(w string) bool {
	switch w {
	case "by", "after", "before", "since", "until", "while", "as":
		return false
	}
	return prepositions[w]
}

// hasConjunction reports whether "and" or "or" is among the tokens.
func hasConjunction(gap []Token) bool {
	for _, t := range gap {
		if t.Lower == "and" || t.Lower == "or" {
			return true
		}
	}
	return false
}

// isCoordination reports whether the tokens between two mentions join them: ",", "and",
// "or", "the", "as well as".
func isCoordination(gap []Token) bool {
	if len(gap) == 0 || len(gap) > 4 {
		return false
	}
	joined := false
	for k := 0; k < len(gap); k++ {
		switch gap[k].Lower {
		case ",", "and", "or":
			joined = true
		case "as":
			if k+2 < len(gap) && gap[k+1].Lower == "well" && gap[k+2].Lower == "as" {
				joined = true
				k += 2
				continue
			}
			return false
		case "the":
		default:
			return false
		}
	}
	return joined
}

// clauseVerbs after the first word of an object's span open a clause of their own: the
// actor after them is that clause's, not the verb's object.
var clauseVerbs = map[string]bool{
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"must": true, "should": true, "shall": true, "is": true, "was": true, "were": true,
	"are": true, "has": true, "have": true, "had": true,
}

// objectsAt returns the object that starts at or shortly after token start, with the
// actors coordinated with it ("on Chile's Ministry ... and its minister Ana Ruiz").
func (d *document) objectsAt(si, start int) []*Mention {
	toks := d.sents[si].Tokens
	k := start
	var first *Mention
	for k < len(toks) && k < start+7 {
		if m := d.mentionAt(si, k); m != nil {
			// "Oman's Crown Prince Sheikh Nasser", "Chilean President Boric": the official
			if m.ent.kind != geokg.KindOfficial {
				if o := d.officialAfter(si, m.End); o != nil {
					first = o
					break
				}
			}
			if m.End+1 < len(toks) && toks[m.End].Text == "-" {
				k = m.End + 2 // "Syria-backed PKK fighters": the Houthis
				continue
			}
			if m.End < len(toks) && m.Form == FormName && nonActorHeads[toks[m.End].Lower] {
				return nil // "the China issue"
			}
			if m.Start > 0 && (toks[m.Start-1].Lower == "one" || toks[m.Start-1].Text == "‘" || toks[m.Start-1].Text == "'") {
				return nil // "the 'two Koreas' approach"
			}
			if d.isActor(si, m) {
				first = d.standFor(si, m)
				break
			}
			if m.Form == FormDemonym {
				k = m.End
				continue
			}
			break
		}
		w := toks[k].Lower
		if (w == "“" || w == "\"") && k+2 < len(toks) {
			// "the “hasty” Chilean decision": a quoted adjective
			if c := toks[k+2].Text; c == "”" || c == "\"" || k+3 < len(toks) && (toks[k+3].Text == "”" || toks[k+3].Text == "\"") {
				k++
				continue
			}
		}
		if (w == "”" || w == "\"") && k > start {
			k++
			continue
		}
		if w == "," && k > start && isTitleWord(toks[k-1].Lower) {
			if m := d.mentionAt(si, k+1); m != nil && m.ent.kind == geokg.KindOfficial {
				k++ // "its chief negotiator, Ana Ruiz"
				continue
			}
		}
		if (w == "his" || w == "her") && k+1 < len(toks) && (actNouns[toks[k+1].Lower] || claimNouns[toks[k+1].Lower]) {
			// "endorsed her bid": the person whose act it is
			if e := d.recent(si, k, func(_ int, m *Mention) bool { return m.ent.kind == geokg.KindOfficial }); e != nil {
				first = &Mention{Start: k, End: k + 1, ent: e, Form: FormRef}
				break
			}
		}
		if objectStops[toks[k].Text] || objectStops[w] {
			return nil
		}
		if k > start && clauseVerbs[w] {
			return nil // "warning the move will strengthen the Castro regime": another clause's object
		}
		if w == "of" && (k == start || !ofHeads[toks[k-1].Lower]) {
			return nil
		}
		if prepositions[w] && w != "of" {
			return nil
		}
		k++
	}
	if first == nil {
		return nil
	}
	if first.Form == FormRef && first.End < len(toks) && (auxiliaries[toks[first.End].Lower] || modalWords[toks[first.End].Lower]) {
		return nil // "warned it could be ...": "it" opens a clause
	}
	out := []*Mention{first}
	last := first
	for {
		j := last.End
		sawJoin, sawComma := false, false
		for j < len(toks) && j < last.End+4 {
			w := toks[j].Lower
			if w == "," || w == "and" || w == "or" {
				sawJoin = true
				sawComma = sawComma || w == ","
				j++
				continue
			}
			if w == "as" && j+2 < len(toks) && toks[j+1].Lower == "well" && toks[j+2].Lower == "as" {
				sawJoin = true
				j += 3
				continue
			}
			if d.mentionAt(si, j) == nil && (skippable[w] || titleModifiers[w] || isTitleWord(w)) {
				j++
				continue
			}
			break
		}
		if !sawJoin {
			break
		}
		m := d.mentionAt(si, j)
		if m == nil || !d.isActor(si, m) {
			break
		}
		if n := m.End; n < len(toks) && (isTitleWord(toks[n].Lower) || titleModifiers[toks[n].Lower] || toks[n].Lower == "'s" && n+1 < len(toks) && isTitleWord(toks[n+1].Lower)) {
			break // "Ana Ruiz, the Chilean ambassador": an apposition, not a second object
		}
		if n := m.End; n < len(toks) && startsPredicate(toks[n]) && (len(patterns.verbs[toks[n].Lower]) > 0 || sawComma) {
			break // "After Peru invaded Chile, Bolivia expelled ...": a new clause's subject
		}
		out = append(out, m)
		last = m
	}
	return out
}

// nonActorHeads are nouns that a country name modifies without standing for the state
// ("the one China policy", "the Iran deal").
var nonActorHeads = map[string]bool{
	"issue": true, "question": true, "crisis": true, "conflict": true,
	"border": true, "region": true, "war": true, "deal": true, "accord": true,
	"programme": true, "program": true, "problem": true, "situation": true, "file": true,
	"case": true, "economy": true, "market": true, "territory": true, "soil": true,
	"waters": true, "coast": true, "people": true, "citizens": true, "residents": true,
	"affair": true, "talks": true, "visit": true, "trip": true,
}

// officialAfter returns an official mention that starts within a few title words after
// token k ("'s Crown Prince Sheikh Saad"), or nil.
func (d *document) officialAfter(si, k int) *Mention {
	toks := d.sents[si].Tokens
	title := false
	for j := k; j < len(toks) && j < k+7; j++ {
		if m := d.mentionAt(si, j); m != nil {
			if m.ent.kind == geokg.KindOfficial {
				return m
			}
			return nil
		}
		w := toks[j].Lower
		if w == "," && title {
			continue // "Turkey's foreign minister, Mevlut Cavusoglu"
		}
		if isTitleWord(w) {
			title = true
		}
		if w != "'s" && w != "'" && !isTitleWord(w) && !titleModifiers[w] && !honorifics[w] && w != "." && w != "and" && w != "-" && w != "general" && !interimWords[w] {
			return nil
		}
	}
	return nil
}

// startsPredicate reports whether t can open the predicate of a clause: an auxiliary,
// a modal or a verb form of the pattern table in the past or third person.
func startsPredicate(t Token) bool {
	w := t.Lower
	if t.IsCapitalized() {
		return false
	}
	if auxiliaries[w] || modalWords[w] || reportingVerbs[w] || w == "will" || w == "would" {
		return w != "then" && w != "also" && w != "again" && w != "later" && w != "once" && w != "still" && w != "just" && w != "already" && w != "jointly"
	}
	return len(patterns.verbs[w]) > 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || irregularPast[w])
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

// possessedStateNoun reports whether a state noun stands at token k, after at most two
// qualifiers: "China's government", "Syria's new authorities", "Iran's top security
// officials".
func possessedStateNoun(toks []Token, k int) bool {
	for q := k; q < len(toks) && q <= k+2; q++ {
		w := toks[q].Lower
		if stateNouns[w] {
			return true
		}
		if !interimWords[w] && !stateFields[w] && !isAdjectiveLike(w) {
			return false
		}
	}
	return false
}

// interimWords qualify a title without changing the post ("interim president").
var interimWords = map[string]bool{
	"interim": true, "acting": true, "new": true, "caretaker": true, "transitional": true,
	"then": true, "outgoing": true, "incoming": true, "top": true,
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

// latestAccusers returns the accusers of the accusation against e (or its country) that
// a denial in sentence si answers: the latest, all of its accusers when several made it
// together ("Chile, Peru and Bolivia accused Brazil ... Brazil denied it"), unless an
// earlier accusation shares more of the denial's words (at least two: "The US accused
// Iran of building a base. Britain accused Iran of arming Hamas. Iran denied building any
// base": the US). When nobody accused e, the one who claimed something of e just before
// (claimant); else nil.
func (d *document) latestAccusers(e *entity, si int) []*Mention {
	acc := d.accusers[e.id]
	if len(acc) == 0 && e.country != "" {
		acc = d.accusers[geokg.EntityID(geokg.KindCountry, e.country)]
	}
	if len(acc) == 0 {
		if c, phrase := d.claimant(e, si); c != nil {
			return []*Mention{{ent: c, Form: FormRef, antecedent: phrase}}
		}
	}
	chosen, best := -1, 0
	var denial map[string]bool
	for k := len(acc) - 1; k >= 0; k-- {
		if a, ok := d.entities[acc[k].accuser]; !ok || a == e || acc[k].si == chosen {
			continue
		}
		if chosen < 0 {
			chosen = acc[k].si
			if acc[k].si == si {
				break // accused and denied in one sentence
			}
			denial = d.contentWords(si)
			best = overlap(denial, d.contentWords(acc[k].si))
			continue
		}
		if n := overlap(denial, d.contentWords(acc[k].si)); n >= 2 && n > best {
			chosen, best = acc[k].si, n
		}
	}
	var out []*Mention
	for k := len(acc) - 1; k >= 0; k-- {
		a, ok := d.entities[acc[k].accuser]
		if !ok || a == e || acc[k].si != chosen {
			continue
		}
		dup := false
		for _, m := range out {
			dup = dup || m.ent == a
		}
		if !dup {
			out = append([]*Mention{{ent: a, Form: FormRef, antecedent: d.snippet(chosen)}}, out...)
		}
	}
	return out
}

// snippet returns the first words of sentence si, for an explanation ("accused in “Chile,
// Peru and Bolivia accused Brazil of ...”").
func (d *document) snippet(si int) string {
	sent := d.sents[si]
	text := d.text[sent.Start:sent.End]
	if len(text) > 60 {
		cut := strings.LastIndexByte(text[:60], ' ')
		if cut <= 0 {
			cut = 60
		}
		text = text[:cut] + " ..."
	}
	return "“" + text + "”"
}

// claimant returns who made a claim about e that the article reported in one of the two
// sentences before si, when e denies it without naming anyone ("Israel says Iran armed
// the group. Tehran denies this."), and the words that report it ("Israel says"). The
// claim is a reporting verb outside quotations whose subject (the actor just before it,
// or before an apposition) is not on e's side and whose reported clause begins with e
// ("says Iran armed", "said on Monday that Iran"). Nil when none, or two claimants in the nearest
// sentence that has one.
func (d *document) claimant(e *entity, si int) (*entity, string) {
	if !deniesWhatWasSaid(d.sents[si].Tokens) {
		return nil, ""
	}
	for s := si - 1; s >= 0 && s >= si-2; s-- {
		toks := d.sents[s].Tokens
		inQuote := d.sentenceQuotes(s)
		var found *entity
		phrase := ""
		for v, t := range toks {
			if inQuote[v] || !claimVerbs[t.Lower] || v == 0 {
				continue
			}
			sp := d.mentionAt(s, v-1)
			if sp == nil || sp.End != v {
				sp = d.appositionHead(s, v-1, inQuote)
			}
			if sp == nil || sp.ent == nil || sp.inferred || sp.possessive || sp.Form == FormDemonym || !sp.ent.kind.Valid() || sp.ent == e || sameSide(sp.ent, e) {
				continue
			}
			k := v + 1
			for q := k; q < len(toks) && q <= v+4; q++ {
				if toks[q].Lower == "that" {
					k = q + 1 // "said on Monday that Chile"
					break
				}
			}
			if m := d.mentionAt(s, k); m != nil && m.Start == k && !m.possessive && (m.ent == e || sameSide(m.ent, e)) {
				if found != nil && found != sp.ent {
					return nil, ""
				}
				found, phrase = sp.ent, d.surface(s, sp.Start, v+1)
			}
		}
		if found != nil {
			return found, phrase
		}
	}
	return nil, ""
}

// claimVerbs report a claim ("Israel says Iran armed Hamas"); not "told", "announced" or
// "reported", which often tell testimony or news.
var claimVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "claim": true, "claims": true, "claimed": true,
	"allege": true, "alleges": true, "alleged": true, "charge": true, "charges": true,
	"charged": true, "insist": true, "insists": true, "insisted": true, "maintain": true,
	"maintains": true, "maintained": true, "assert": true, "asserts": true, "asserted": true,
	"believe": true, "believes": true, "believed": true, "argue": true, "argues": true,
	"argued": true,
}

// deicticDenied are the words after a denial that point back to what was said ("denies
// this", "denied the claim", "rejected those charges", "denied that ...").
var deicticDenied = map[string]bool{
	"this": true, "it": true, "that": true, "these": true, "those": true, "claim": true,
	"claims": true, "charge": true, "charges": true, "allegation": true, "allegations": true,
	"accusation": true, "accusations": true, "report": true, "reports": true,
}

// deniesWhatWasSaid reports whether a sentence denies what was said before it: a denial
// verb followed, within four words, by a word that points back to it or by a clause
// ("denied sending troops").
func deniesWhatWasSaid(toks []Token) bool {
	for i, t := range toks {
		if !denyingVerbs[t.Lower] {
			continue
		}
		for q := i + 1; q < len(toks) && q <= i+4; q++ {
			w := toks[q].Lower
			if deicticDenied[w] || q == i+1 && strings.HasSuffix(w, "ing") {
				return true
			}
			if w == "so" || w == "many" || w == "any" || !toks[q].IsWord() {
				break // "denied so many news reports": other reports
			}
		}
	}
	return false
}

// denyingVerbs are the forms of the verbs of denial.
var denyingVerbs = map[string]bool{
	"deny": true, "denies": true, "denied": true, "denying": true, "reject": true,
	"rejects": true, "rejected": true, "rejecting": true, "dismiss": true,
	"dismisses": true, "dismissed": true, "dismissing": true, "refute": true,
	"refutes": true, "refuted": true,
}

// contentWords returns the stems (first five letters) of sentence si's words of four
// letters or more that are neither actors' names nor words every accusation or denial
// shares ("accused", "denied", "said").
func (d *document) contentWords(si int) map[string]bool {
	out := map[string]bool{}
	for k, t := range d.sents[si].Tokens {
		if len(t.Lower) < 4 || !t.IsWord() || d.mentionAt(si, k) != nil {
			continue
		}
		stem := t.Lower
		if len(stem) > 5 {
			stem = stem[:5]
		}
		if !commonStems[stem] {
			out[stem] = true
		}
	}
	return out
}

// overlap counts the stems two sets share.
func overlap(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// commonStems are stems of words too common in accusations and denials to link one to
// the other.
var commonStems = map[string]bool{
	"accus": true, "denie": true, "denia": true, "deny": true, "alleg": true, "claim": true,
	"charg": true, "said": true, "says": true, "sayin": true, "that": true, "this": true,
	"with": true, "from": true, "have": true, "been": true, "were": true, "would": true,
	"could": true, "their": true, "there": true, "which": true, "about": true, "after": true,
	"befor": true, "again": true, "repea": true, "gover": true, "offic": true, "also": true,
	"over": true, "into": true, "monda": true, "tuesd": true, "wedne": true,
	"thurs": true, "frida": true, "satur": true, "sunda": true, "count": true, "minis": true,
	"state": true, "they": true, "them": true, "week": true, "month": true,
	"year": true, "years": true, "today": true, "presi": true, "forei": true, "rejec": true,
	"dismi": true, "blame": true, "these": true, "those": true, "such": true, "only": true,
	"what": true, "when": true, "will": true, "than": true, "then": true, "some": true,
	"more": true, "most": true, "other": true, "being": true, "while": true, "where": true,
}

// denialObject returns the accuser a denial answers: an actor named with the accusation
// ("the US claims", "claims by Washington"), else the latest entity that accused the
// subject in the article.
func (d *document) denialObject(si, i int, objs []*Mention) []*Mention {
	toks := d.sents[si].Tokens
	for _, o := range objs {
		if o.Start <= i+3 && (o.possessive || o.Form == FormDemonym) {
			return []*Mention{o}
		}
	}
	// "rejected the British claims", "denied the US accusations"
	if n := findWord(toks, i+1, i+6, denialNouns); n > 0 {
		for k := i + 1; k < n; k++ {
			if m := d.mentionAt(si, k); m != nil && m.ent.kind.Valid() {
				return []*Mention{m}
			}
		}
	}
	// "denied the accusations made by Washington"; not "denied attacks claimed by X":
	// who claims an attack does not accuse
	if by := findWord(toks, i+1, i+6, map[string]bool{"by": true}); by >= 0 {
		if n := findWord(toks, i+1, by, denialNouns); n >= 0 && by-n <= 3 {
			if o := d.objectsAt(si, by+1); len(o) > 0 {
				return o // "the accusation by Chile, Peru and Bolivia"
			}
		}
	}
	subjs := d.subjectsBefore(si, i)
	if len(subjs) == 0 {
		return nil
	}
	out := d.latestAccusers(subjs[0].ent, si)
	if len(out) > 0 {
		return out
	}
	// "denied it plotted against Peru": the party the denied act was aimed at, named
	// right after "against" or "on" in the denied clause (not "sent troops to Syria", nor a
	// country named in a later clause: "denied it and said the Chilean raid ...")
	for _, m := range d.mentions[si] {
		if m.Start <= i || m.ent == subjs[0].ent {
			continue
		}
		if !afterAgainst(toks, m.Start) && !answersOwner(toks, m) || clauseBreakBetween(toks, i+1, m.Start) {
			continue
		}
		s := d.standFor(si, m)
		if s.ent.kind == geokg.KindGroup && s.ent.country != "" {
			// "raids on Chilean forces": the forces' country
			if c, ok := d.entities[geokg.EntityID(geokg.KindCountry, s.ent.country)]; ok {
				s = &Mention{Start: m.Start, End: m.End, ent: c, Form: FormRef}
			}
		}
		if s.ent.kind == geokg.KindCountry && (d.isActor(si, m) || s != m) && s.ent != subjs[0].ent {
			return []*Mention{s}
		}
	}
	return nil
}

// afterAgainst reports whether the mention starting at token k is the target of the
// act before it: "against Peru", "raids on Chilean posts", "targeting Bolivia";
// not a place ("in Yemen") or a destination ("to Syria").
func afterAgainst(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch toks[j].Lower {
		case "against", "on", "targeting", "targetting":
			return true
		case "the":
			continue
		}
		return false
	}
	return false
}

// characterisingVerbs open a participle clause that judges an actor's act.
var characterisingVerbs = map[string]bool{
	"calling": true, "describing": true, "branding": true, "labelling": true,
	"labeling": true, "terming": true, "dismissing": true,
}

// answersOwner reports whether mention m owns the act a denial judges right after a
// participle: "denied it, calling Chile's step ...".
func answersOwner(toks []Token, m *Mention) bool {
	return m.possessive && m.Start > 0 && characterisingVerbs[toks[m.Start-1].Lower]
}

// clauseBreakBetween reports whether a new clause starts in tokens [a, b): a
// semicolon, or "and"/"but" before a verb of saying ("denied it and said ...").
func clauseBreakBetween(toks []Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		w := toks[k].Lower
		if w == ";" {
			return true
		}
		if (w == "and" || w == "but") && k+1 < len(toks) && (reportingVerbs[toks[k+1].Lower] || toks[k+1].Lower == "added") {
			return true
		}
	}
	return false
}

// inAccusation reports whether the clause starting at token i is the content of an
// accusation or denial ("claims it shelters", "denied that it funded").
func (d *document) inAccusation(si, i int) bool {
	toks := d.sents[si].Tokens
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].Lower
		if denialNouns[w] || w == "accused" || w == "alleged" || w == "alleging" || w == "denied" || w == "denies" || w == "deny" || w == "accusing" {
			return true
		}
	}
	return false
}

// reportedSpeaker returns the speaker when the clause before token i is reported
// speech ("Iran said the US ..."), or nil.
func (d *document) reportedSpeaker(si, i int) *Mention {
	toks := d.sents[si].Tokens
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := toks[k].Lower
		if participleSpeech[w] && k > 0 && toks[k-1].Text == "," {
			// "China protested, saying Manila attacked its vessels": the main clause's
			// subject speaks
			if m := d.mainSubject(si, k); m != nil {
				return m
			}
			if s := d.subjectsBefore(si, k); len(s) > 0 {
				return s[0]
			}
			return nil
		}
		if reportingVerbs[w] || w == "accused" || w == "blamed" || w == "accusing" || w == "alleging" || w == "that" {
			if w == "that" {
				continue
			}
			s := d.subjectsBefore(si, k)
			if len(s) > 0 {
				return s[0]
			}
			return nil
		}
	}
	return nil
}

// accordingTo returns the source named by "according to X" in sentence si, or nil:
// "According to Ukraine, Russia attacked the dam" is Ukraine's accusation.
func (d *document) accordingTo(si int) *Mention {
	toks := d.sents[si].Tokens
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Lower == "according" && toks[k+1].Lower == "to" {
			if o := d.objectsAt(si, k+2); len(o) > 0 {
				return o[0]
			}
			return nil
		}
	}
	return nil
}

// consequenceNouns name what an actor may face.
var consequenceNouns = map[string]bool{
	"consequences": true, "punishment": true, "sanctions": true, "retaliation": true,
	"repercussions": true, "action": true, "response": true, "penalties": true,
}

// otherAuthor returns the latest author of an act of type t who is not on s's side, or
// nil.
func (d *document) otherAuthor(t geokg.RelationType, s *entity) *entity {
	if t == "" {
		return nil
	}
	for k := len(d.acts) - 1; k >= 0; k-- {
		if a := d.acts[k]; a.fresh && a.typ == t && a.author != s && !sameSide(s, a.author) {
			return a.author
		}
	}
	return nil
}

// hasAccused reports whether s (or its country) accused o earlier in the article.
func (d *document) hasAccused(s, o *entity) bool {
	for _, a := range d.accusers[o.id] {
		if a.accuser == s.id || s.country != "" && a.accuser == geokg.EntityID(geokg.KindCountry, s.country) {
			return true
		}
		if e, ok := d.entities[a.accuser]; ok && s.kind == geokg.KindCountry && e.country == s.code {
			return true
		}
	}
	return false
}

// ownSideReaction reports whether a relation would have an official or a government body
// criticise, accuse, threaten or deny its own country: when that country was inferred
// as an act's author, the sign of the wrong act ("the Estonian minister called the expulsion regrettable" is not
// criticism of Estonia).
func ownSideReaction(s *entity, typ geokg.RelationType, o *entity) bool {
	switch typ {
	case geokg.Condemns, geokg.Accuses, geokg.Threatens, geokg.Denies:
	default:
		return false
	}
	if o.kind != geokg.KindCountry || s.country != o.code {
		return false
	}
	return s.kind == geokg.KindOfficial || s.kind == geokg.KindGroup && (s.subtype == geokg.Agency || s.subtype == geokg.Military)
}

// explanation is why the relation being added was read (geokg.Relation's Rule, Trigger
// and Path); each stage that adds relations sets it before it does.
type explanation struct{ rule, trigger, path string }

// addRelation appends a relation of sentence si unless the same one is there already.
// addRelation writes the relation s TYPE o of sentence si, and, for an act only a state
// does (sanctions, expulsions, ties, recognition) by an official of a known country, the
// same act by that country: "Theresa May announced the expulsion of 23 Russian diplomats"
// is the United Kingdom's expulsion too.
func (d *document) addRelation(si int, s *entity, typ geokg.RelationType, o *entity, conf float64, event string) {
	d.addOne(si, s, typ, o, conf, event)
	if s == nil || o == nil || s.kind != geokg.KindOfficial || s.country == "" || !stateActs[typ] {
		return
	}
	c := d.countryEntity(s.country, d.sents[si].Start)
	if c == nil || c == o || o.kind == geokg.KindCountry && o.code == s.country || o.country == s.country {
		return
	}
	why := d.why
	d.why.path += "; the official's state"
	d.addOne(si, c, typ, o, conf*0.9, event)
	d.why = why
}

// stateActs are the acts only a state does through its officials.
var stateActs = map[geokg.RelationType]bool{
	geokg.Sanctions: true, geokg.LiftsSanctions: true, geokg.Expels: true,
	geokg.SeversTiesWith: true, geokg.RestoresTiesWith: true, geokg.Recognizes: true,
}

func (d *document) addOne(si int, s *entity, typ geokg.RelationType, o *entity, conf float64, event string) {
	if s == nil || o == nil || s == o || !s.kind.Valid() || !o.kind.Valid() {
		return
	}
	switch typ {
	case geokg.Leads, geokg.MemberOf:
		if s.kind != geokg.KindOfficial && !(typ == geokg.MemberOf && s.kind == geokg.KindCountry && o.kind == geokg.KindGroup) {
			return
		}
	case geokg.PartOf:
		if s.kind != geokg.KindGroup {
			return
		}
	}
	// an official's support of or meeting with their own country is no relation (a demand of
	// it is: "the cleric urged Iraqi authorities to prevent such attacks")
	if s.kind == geokg.KindOfficial && o.kind == geokg.KindCountry && s.country == o.code && !typ.Structural() && typ != geokg.Condemns && typ != geokg.Accuses && typ != geokg.Demands {
		return
	}
	if s.kind == geokg.KindGroup && ownSideReaction(s, typ, o) {
		return // a ministry does not accuse its own state; an official may (rarely)
	}
	key := s.id + "|" + string(typ) + "|" + o.id
	if typ.Symmetric() && o.id < s.id {
		key = o.id + "|" + string(typ) + "|" + s.id
	}
	if _, ok := d.relSeen[key]; ok {
		if actTypes[typ] {
			d.tellAct(si, typ, s, o, d.why.trigger, false) // told again: a noun may refer to it
		}
		return
	}
	d.relSeen[key] = len(d.rels)
	sent := d.sents[si]
	if conf > 1 {
		conf = 1
	}
	d.rels = append(d.rels, geokg.Relation{
		Subject:    s.id,
		Type:       typ,
		Object:     o.id,
		Event:      event,
		Evidence:   d.text[sent.Start:sent.End],
		Start:      sent.Start,
		End:        sent.End,
		Date:       d.sentenceDate(si),
		Confidence: conf,
		Rule:       d.why.rule,
		Trigger:    d.why.trigger,
		Path:       d.why.path,
	})
	if typ == geokg.Accuses {
		d.lastAccused = o
		d.accusers[o.id] = append(d.accusers[o.id], accusation{s.id, si})
		if o.kind != geokg.KindCountry && o.country != "" {
			c := geokg.EntityID(geokg.KindCountry, o.country)
			d.accusers[c] = append(d.accusers[c], accusation{s.id, si})
		}
	}
	if actTypes[typ] {
		d.tellAct(si, typ, s, o, d.why.trigger, true)
	}
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

// participleSpeech are participles that report what the main clause's subject says
// (", saying Y attacked ...").
var participleSpeech = map[string]bool{
	"saying": true, "claiming": true, "insisting": true, "arguing": true, "adding": true,
	"asserting": true, "charging": true,
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

// backVerbs are verbs that take "back" as a particle ("roll back", "push back", "claw
// back"), as stems and irregular forms.
var backVerbs = map[string]bool{
	"roll": true, "drive": true, "beat": true, "walk": true, "claw": true, "push": true,
	"fight": true, "hit": true, "pull": true, "scale": true, "bring": true, "come": true,
	"go": true, "get": true, "give": true, "take": true, "cut": true, "turn": true,
	"hold": true, "step": true, "sit": true, "look": true, "call": true, "write": true,
	"pay": true, "strike": true, "send": true, "win": true, "fall": true, "bounce": true,
	"kick": true, "dial": true, "trace": true, "date": true, "snap": true, "talk": true,
	"answer": true, "move": true, "force": true, "knock": true, "throw": true, "wind": true,
	"drove": true, "driven": true, "beaten": true, "fought": true, "brought": true,
	"came": true, "went": true, "gone": true, "got": true, "gave": true, "given": true,
	"took": true, "taken": true, "held": true, "sat": true, "wrote": true, "paid": true,
	"struck": true, "sent": true, "won": true, "fell": true, "threw": true, "thrown": true,
}

// particleVerb reports whether the lower-case word w is a form of a verb in backVerbs:
// the word, or it less "s", "ed" or "ing" (with a doubled consonant or a final "e").
func particleVerb(w string) bool {
	if backVerbs[w] {
		return true
	}
	for _, suf := range []string{"ing", "ed", "s"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		if backVerbs[stem] || backVerbs[stem+"e"] {
			return true
		}
		if n := len(stem); n > 2 && stem[n-1] == stem[n-2] && backVerbs[stem[:n-1]] {
			return true // "hitting", "stepped"
		}
	}
	return false
}

// dealNouns are what one strikes or reaches without attacking: "struck a deal".
var dealNouns = map[string]bool{
	"deal": true, "deals": true, "agreement": true, "accord": true, "bargain": true,
	"compromise": true, "balance": true, "note": true, "tone": true, "pact": true, "truce": true,
}

// participleBeforeName reports whether the verb form at token i is a participle used as
// an adjective of a name or title after a determiner or a preposition ("the ousted
// leader", "supporters of ousted President Morsi").
func participleBeforeName(toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || !strings.HasSuffix(toks[i].Lower, "ed") {
		return false
	}
	prev := toks[i-1].Lower
	if !determiners[prev] && !prepositions[prev] {
		return false
	}
	next := toks[i+1]
	return isTitleWord(next.Lower) || next.IsCapitalized()
}
