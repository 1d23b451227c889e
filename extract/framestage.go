package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
	"github.com/geokg/geokg/syntax"
)

// frameConfidence is the confidence of a relation read by a frame on the parse.
const frameConfidence = 0.8

// couldFire reports whether a frame could fire on sentence si, from its words alone, and
// for a misdeed noun, a noun of contempt or an obligation word from whether it is quoted
// (quotedSpokenIn).
func (d *document) couldFire(si int) bool {
	words := d.lowerWords(si)
	return d.x.prefilter.CouldFire(words) || d.quotedSpokenIn(si, words)
}

// lowerWords returns the lower-case words of sentence si, in a buffer the next call
// reuses.
func (d *document) lowerWords(si int) []string {
	toks := d.sents[si].Tokens
	if cap(d.keyBuf) < len(toks) {
		d.keyBuf = make([]string, len(toks))
	}
	words := d.keyBuf[:len(toks)]
	for i, t := range toks {
		words[i] = t.Lower
	}
	return words
}

// quotedSpokenWord reports whether sentence si is quoted and holds a misdeed noun, a
// noun of contempt or an obligation word (frames.Prefilter.SpokenWord), which the frames
// read as said by the quotation's speaker though the sentence names no one else
// ("“Nothing can excuse the Chilean aggression.”", "“Chile must withdraw its troops.”":
// quotedStatement).
func (d *document) quotedSpokenWord(si int) bool {
	return d.quotedSpokenIn(si, d.lowerWords(si))
}

// quotedSpokenIn is quotedSpokenWord on the lower-case words of sentence si
// (lowerWords), for a caller that has them already.
func (d *document) quotedSpokenIn(si int, words []string) bool {
	return d.x.prefilter.SpokenWord(words) && slices.Contains(d.sentenceQuotes(si), true)
}

// parseSentence returns the syntactic analysis of sentence si, its words' offsets in the
// article's text, with the actors' names known to the tagger (frames.Analyze); ok is
// false for a sentence too long to parse.
func (d *document) parseSentence(si int, actors []frames.Actor) (syntax.Sentence, bool) {
	sent := d.sents[si]
	if k := datelineEnd(sent.Tokens); k > 0 && k < len(sent.Tokens) {
		// "MADRID — Spain, Ireland and Norway recognised ...": the dateline says where the
		// story was filed and only misleads the parser; the sentence starts after it
		sent.Start = sent.Tokens[k].Start
	}
	toks := syntax.Tokenize(d.text[sent.Start:sent.End])
	if len(toks) == 0 || len(toks) > syntax.MaxSentenceWords {
		return syntax.Sentence{}, false
	}
	ws := make([]syntax.Word, len(toks))
	for i, t := range toks {
		ws[i] = syntax.Word{Form: t.Form, Start: sent.Start + t.Start, End: sent.Start + t.End, SpaceAfter: t.SpaceAfter}
	}
	frames.Analyze(d.x.syntax, ws, actors)
	return syntax.Sentence{Text: d.text[sent.Start:sent.End], Words: ws}, true
}

// findFrames reads the relations of sentence si with the frame lexicon on the parse. A
// sentence is parsed only when it names two actors or more and holds a word that can be
// a trigger (Explain parses every sentence with two actors, to show it); one that names
// one actor, when it may refer to an act told before (refersBack, refersToAct), or, read
// for its act with one party alone (halfAct), when it holds a word of an act's family.
func (d *document) findFrames(si int) {
	ms := d.mentions[si]
	toks := d.sents[si].Tokens
	var actors []frames.Actor
	var byActor []*Mention
	distinct := map[*entity]bool{}
	for _, m := range ms {
		if m.inferred || m.ent == nil || m.Start >= m.End || m.End > len(toks) {
			continue
		}
		start := m.Start
		if toks[start].Lower == "the" && start+1 < m.End {
			start++ // "The spokesman", "The Russian and Syrian defence ministries": "The" is no name for the tagger
		}
		actors = append(actors, frames.Actor{Start: toks[start].Start, End: toks[m.End-1].End, ID: m.ent.id, Person: m.ent.kind == geokg.KindOfficial, Demonym: m.Form == FormDemonym, Side: d.actorSide(m.ent), State: m.ent.kind == geokg.KindCountry,
			Armed: m.ent.kind == geokg.KindGroup && m.ent.subtype == geokg.ArmedGroup, Medium: m.ent.medium})
		byActor = append(byActor, m)
		distinct[m.ent] = true
	}
	// the references the coreference step resolves for the frames only (coref.go):
	// possessives, "they", a quotation's "we", descriptions, "the two countries"
	for _, m := range d.frameReferences(si) {
		// a speaker's "we" or "us" is a side, not one person ("the president has told
		// us": no meeting with the speaker)
		pron, end := toks[m.Start].Lower, toks[m.End-1].End
		if p := contractedPronoun(pron); p != "" && m.End == m.Start+1 {
			pron, end = p, toks[m.Start].Start+len(p) // "We're": the parser's "We", not its "'re"
		}
		person := m.ent.kind == geokg.KindOfficial && !pluralFirstPerson[pron]
		actors = append(actors, frames.Actor{Start: toks[m.Start].Start, End: end, ID: m.ent.id, Person: person, Side: d.actorSide(m.ent), State: m.ent.kind == geokg.KindCountry})
		byActor = append(byActor, m)
		distinct[m.ent] = true
		if m.pair != nil {
			distinct[m.pair] = true
		}
		for _, e := range m.more {
			distinct[e] = true
		}
	}
	// a sentence of one actor is read when it may refer to an act told before; else,
	// when it tells an act, only for that act's half (halfAct)
	halfOnly := len(distinct) == 1 && !d.refersBack(si) && !d.refersToAct(si)
	if len(distinct) == 0 || halfOnly && (!d.namesAct(si) || !d.actNounFrom(si)) && !d.quotedSpokenWord(si) || d.trace == nil && !d.couldFire(si) {
		d.record(si, byActor, nil, nil)
		return
	}
	s, ok := d.parseSentence(si, namedActors(actors, byActor))
	if !ok {
		d.record(si, byActor, nil, nil)
		return
	}
	d.parsed = &s
	d.bindPronouns(si, &s, actors, byActor)
	actors, byActor = d.dropOwnObject(si, &s, actors, byActor)
	d.titledBodies(si, actors, byActor)
	if d.candidates != nil {
		d.readActors = append(d.readActors, byActor...) // a copy: byActor stays on the stack
	}
	if !d.x.matcher.HasTrigger(&s) {
		d.record(si, byActor, &s, nil)
		return
	}
	matches := d.x.matcher.Match(&s, actors)
	d.record(si, byActor, &s, matches)
	for _, mt := range matches {
		if mt.Blocked == "no speaker" && mt.Target >= 0 {
			d.quotedStatement(si, &s, mt, byActor[mt.Target]) // a one-actor sentence too: the speaker is named elsewhere
			continue
		}
		if halfOnly {
			d.halfAct(si, &s, mt, byActor)
			continue
		}
		src := byActor[max(mt.Source, 0)]
		switch {
		case mt.Blocked == "":
			d.why = explanation{rule: mt.Rule(), trigger: mt.Frame.Lemma, path: mt.Path}
			tgt := governmentTarget(byActor[mt.Target], mt.Type)
			src, tgt = d.pairBut(si, src, tgt), d.pairBut(si, tgt, src)
			if src == nil || tgt == nil {
				continue
			}
			d.emit(si, d.withPair(src), mt.Type, d.withPair(tgt), frameConfidence)
			d.decide(si, &s, mt.Trigger)
		case mt.Blocked == "no target" && mt.Source >= 0 && src.pair != nil && src.more == nil && frames.Reciprocal(mt.Type):
			// "The two countries agreed to restore relations": between the pair
			d.why = explanation{rule: mt.Rule(), trigger: mt.Frame.Lemma, path: mt.Path + "; between the two"}
			d.emit(si, []*Mention{src}, mt.Type, []*Mention{{ent: src.pair, Form: FormRef}}, frameConfidence)
			d.decide(si, &s, mt.Trigger)
		case mt.Blocked == "no target" && mt.Source >= 0:
			if objs := d.contextTarget(si, &s, mt, src); len(objs) > 0 {
				d.why = explanation{rule: mt.Rule(), trigger: mt.Frame.Lemma, path: mt.Path + "; target from the article" + contextNote(objs)}
				d.emit(si, d.withPair(src), mt.Type, objs, frameConfidence*0.9)
				d.decide(si, &s, mt.Trigger)
			} else if mt.Reading == "" && !d.actReferredAt(si, &s, actWordsOf(&s, mt.Trigger, mt.TargetWord), mt.Type) {
				// an act told without an actor as its target ("Israel struck targets
				// near the border"): a later "the strikes" may refer to it; not one
				// that refers to an act told before itself ("the Houthis claimed
				// responsibility for the attack" is no other attack)
				d.tellAct(si, mt.Type, src.ent, nil, mt.Frame.Lemma, false)
			}
		case mt.Blocked == "no source" && mt.Target >= 0 && d.namedPairAt(si, byActor[mt.Target]) && frames.Reciprocal(mt.Type) && strings.HasSuffix(mt.Path, "nmod:between"):
			// "talks between the two Koreas", "cooperation between the Koreas": between the
			// two states the name joins (not a guessed pair: "talks between the two
			// countries" is as often of another pair than the two latest named)
			tgt := byActor[mt.Target]
			d.why = explanation{rule: mt.Rule(), trigger: mt.Frame.Lemma, path: mt.Path + "; between the two"}
			d.emit(si, []*Mention{tgt}, mt.Type, []*Mention{{ent: tgt.pair, Form: FormRef}}, frameConfidence)
			d.decide(si, &s, mt.Trigger)
		case mt.Blocked == "no source" && mt.Target >= 0 && actTypes[mt.Type]:
			tgt := byActor[mt.Target]
			if a := d.referredAuthor(si, &s, mt, tgt); a != nil {
				// "the strikes on Damascus killed ...": the act told before
				d.why = explanation{rule: mt.Rule(), trigger: mt.Frame.Lemma, path: mt.Path + "; author from the act told before (" + a.antecedent + ")"}
				d.emit(si, []*Mention{a}, mt.Type, d.withPair(tgt), frameConfidence*0.85)
				d.decide(si, &s, mt.Trigger)
			} else if mt.Reading == "" && !d.actReferredAt(si, &s, []int{mt.Trigger}, mt.Type) {
				// an act told without its author ("gunmen attacked the Kenyan
				// embassy"): a later "the attack" may refer to it
				d.tellAct(si, mt.Type, nil, tgt.ent, mt.Frame.Lemma, false)
			}
		case settledBlock(mt.Blocked):
			d.decide(si, &s, mt.Trigger)
		}
	}
	d.deniedClaims(si, &s, matches, byActor)
	d.rejectedClaims(si, &s, matches, byActor)
}

// quotedStatement writes what a quotation's sentence that attributes nothing tells of tgt
// (frames' "no speaker") as said by the quotation's speaker (matchSpeaker): a misdeed or
// contempt of its owner ("“Nothing can excuse the Chilean aggression.”") or a demand of
// the one an obligation falls on ("“Chile must withdraw its troops.”"). Not a demand of
// a country or body by a speaker of no known country, whose own it may be ("“Congress
// must act,” the senator said"); a person is another's to ask ("“The president should
// resign”").
func (d *document) quotedStatement(si int, s *syntax.Sentence, mt frames.Match, tgt *Mention) {
	sp := d.matchSpeaker(si, s, mt, tgt.ent)
	if sp == nil || mt.Type == geokg.Demands && sp.kind == geokg.KindOfficial && sp.country == "" && tgt.ent.kind != geokg.KindOfficial {
		return
	}
	d.why = explanation{rule: mt.Rule(), trigger: mt.Frame.Lemma, path: mt.Path + "; speaker of the quotation"}
	d.emit(si, []*Mention{{ent: sp, Form: FormRef}}, mt.Type, d.withPair(tgt), frameConfidence*0.9)
	d.decide(si, s, mt.Trigger)
}

// matchSpeaker returns the speaker of the quotation that holds match mt's trigger, whom
// the paragraph names (quotedSpeaker: the sentence where the quotation ends, or the one
// before that quotes someone, or the one whose colon introduces it), for what the
// quotation says of the actor about: nil when the trigger is not quoted, the speaker is
// not clear or is not an actor, or is about or of its side.
func (d *document) matchSpeaker(si int, s *syntax.Sentence, mt frames.Match, about *entity) *entity {
	q := tokenAt(d.sents[si].Tokens, s.Word(mt.Trigger).Start)
	if q < 0 {
		return nil
	}
	sp := d.quotedSpeaker(si, q)
	if sp == nil || !sp.kind.Valid() || sp == about || sameSide(sp, about) {
		return nil
	}
	return sp
}

// rejectedClaims reads the denial a rejection of an owned claim states: "Iran rejected
// the sanctions and the Albanian accusations as baseless" (the rejection frame read the
// sanctions): the rejecter DENIES the claim's author, for the claim nouns among the
// verb's objects and their conjuncts (claimOwner).
func (d *document) rejectedClaims(si int, s *syntax.Sentence, matches []frames.Match, byActor []*Mention) {
	for _, mt := range matches {
		if mt.Type != geokg.Rejects || mt.Source < 0 || mt.Blocked != "" && mt.Blocked != "no target" {
			continue
		}
		for _, c := range s.Children(mt.Trigger) {
			if s.Word(c).Deprel != "obj" {
				continue
			}
			if o := d.claimOwner(si, s, c); o != nil {
				d.why = explanation{rule: mt.Rule(), trigger: mt.Frame.Lemma, path: mt.Path + "obj; a claim rejected is denied"}
				d.emit(si, d.withPair(byActor[mt.Source]), geokg.Denies, []*Mention{o}, frameConfidence)
			}
		}
	}
}

// deniedClaims reads the accusation a denial answers: "Russia dismissed the British
// accusations", "China rejected Japan's charges as groundless": the author of the claim
// noun the denial verb takes as its object ACCUSES the denier, when the sentence names no
// one else as the accused (the claim frame found no target) and the two are not of one
// side. Only accusations, charges and allegations ("claims" are as often assertions:
// "rejected Trump's claims that allies would pay more"), none naming another actor
// but the denier's side ("accusations that Ukraine shot down the plane": the accused is
// named), and not a company's or news medium's denial (speaksForItself);
// "neither confirmed nor denied" answers nothing.
func (d *document) deniedClaims(si int, s *syntax.Sentence, matches []frames.Match, byActor []*Mention) {
	for _, mt := range matches {
		if mt.Type != geokg.Accuses || mt.Blocked != "no target" || mt.Source < 0 {
			continue
		}
		if w := s.Word(mt.Trigger); w == nil || w.UPOS != "NOUN" || !accusationWords[strings.ToLower(w.Lemma)] {
			continue
		}
		author := byActor[mt.Source]
		for _, dn := range matches {
			if dn.Type != geokg.Denies || dn.Blocked != "" && dn.Blocked != "no target" || dn.Source < 0 || s.Word(mt.Trigger).Head != dn.Trigger || confirmOrDeny(s, dn.Trigger) {
				continue
			}
			denier := byActor[dn.Source]
			if denier.ent == author.ent || sameSide(denier.ent, author.ent) || !speaksForItself(denier.ent) {
				continue
			}
			if d.namesOther(si, s, mt.Trigger, author, denier, byActor) {
				continue // "accusations that Ukraine shot down the plane": the accused is named
			}
			if d.accusedBefore(author.ent, denier.ent) {
				// "The Philippines accused China's coast guard ... China denied the Philippine
				// accusation": the article told the accusation, and whom it named
				continue
			}
			d.why = explanation{rule: mt.Rule(), trigger: mt.Frame.Lemma, path: mt.Path + "; the accused is the denier"}
			d.emit(si, d.withPair(author), geokg.Accuses, d.withPair(denier), frameConfidence*0.9)
			break
		}
	}
}

// settledBlock reports whether a frame blocked for a reason the parse settles (negation,
// modality, a condition, a question, an act not done, a claim, an aim, a generic subject,
// someone else's report, a commitment met), rather than for an argument it could not find ("no source",
// "no target") or for a parse it does not trust, where the pattern table may still read.
func settledBlock(reason string) bool {
	for _, p := range settledReasons {
		if strings.HasPrefix(reason, p) {
			return true
		}
	}
	return false
}

// settledReasons are the prefixes of frames.Match.Blocked that settle a word's reading.
var settledReasons = []string{"negated", "modal", "conditional", "hypothetical", "not done",
	"claimed", "purpose", "generic", "question", "reported by another", "addressed another",
	"written", "a wish", "venue", "one side", "a fact told", "a speech", "a greeting", "a role",
	"a commitment met"}

// decide marks the token of sentence si at word w of the parse as settled by the frames
// (document.decided), so that the pattern table does not read it again with its word
// window.
func (d *document) decide(si int, s *syntax.Sentence, w int) {
	word := s.Word(w)
	if word == nil {
		return
	}
	toks := d.sents[si].Tokens
	if len(d.decided) < len(toks) {
		d.decided = make([]bool, len(toks))
	}
	if q := tokenAt(toks, word.Start); q >= 0 {
		d.decided[q] = true
	}
}

// actorSide returns the ID of the side an official or a body speaks for in the frames
// (frames.Actor.Side): for an official who leads an international organisation, or
// belongs to one without a country of his own, as the article states it (LEADS,
// MEMBER_OF), that organisation's side (orgSide: the President of the European Council
// speaks for the European Union, not for his native Poland); else sideOf.
func (d *document) actorSide(e *entity) string {
	g := e.leadsOrg
	if e.country == "" {
		g = e.firstOrg
	}
	if g != nil {
		return d.orgSide(g)
	}
	return sideOf(e)
}

// sideOf returns the ID of the country an official or a state body (a ministry, an
// army, an agency) speaks for, or "".
func sideOf(e *entity) string {
	if e.country == "" || e.kind != geokg.KindOfficial && !(e.kind == geokg.KindGroup && (e.subtype == geokg.Agency || e.subtype == geokg.Military)) {
		return ""
	}
	return geokg.EntityID(geokg.KindCountry, e.country)
}

// orgSide returns the ID of the organisation at the top of the gazetteer's parents of
// the international organisation g (the European Union for the European Council), or
// g's own ID when it has no parent that is a group.
func (d *document) orgSide(g *entity) string {
	name := g.name
	for range 8 { // a bound on the chain, against a cycle
		gr, ok := d.x.gaz.Group(name)
		if !ok || gr.Parent == "" || strings.HasPrefix(gr.Parent, "country:") {
			break
		}
		name = gr.Parent
	}
	if name == g.name {
		return g.id
	}
	return geokg.EntityID(geokg.KindGroup, name)
}

// contextNote says where a target from the article was found: the phrase that named it
// with its act before ("Obama's move"), the accusation a denial answers, or "".
func contextNote(objs []*Mention) string {
	if len(objs) == 0 || objs[0].antecedent == "" {
		return ""
	}
	for _, o := range objs[1:] {
		if o.antecedent != objs[0].antecedent {
			return ""
		}
	}
	return " (" + objs[0].antecedent + ")"
}

// pluralFirstPerson are the pronouns of a speaker's side.
var pluralFirstPerson = map[string]bool{"we": true, "us": true}

// refersBack reports whether sentence si holds a verdict word ("unacceptable", "a
// crime", "groundless"), answers an act ("in response") or warns of an act's consequence
// ("warned any annexation would"): its target may be an act the article told of before,
// so one actor in the sentence is enough to read it.
func (d *document) refersBack(si int) bool {
	warned := false
	toks := d.sents[si].Tokens
	for i, t := range toks {
		if frames.VerdictWord(t.Lower) || answerNouns[t.Lower] {
			return true // ... or answers an act: "broke off relations in response"
		}
		// ... or warns of an act's consequence: "warned any annexation would ...", whose
		// author the article told of before
		warned = warned || strings.HasPrefix(t.Lower, "warn")
		if warned && i+1 < len(toks) && consequenceModals[toks[i+1].Lower] && (actNouns[t.Lower] || actVerbStems[t.Lower] != "") {
			return true
		}
	}
	return false
}

// namedActors returns the actors the tagger is told are names: all but the references
// (pronouns and descriptions: "He", "We" stay pronouns).
func namedActors(actors []frames.Actor, byActor []*Mention) []frames.Actor {
	for i, m := range byActor {
		if m.Form != FormRef {
			continue
		}
		names := append([]frames.Actor{}, actors[:i]...)
		for j := i + 1; j < len(actors); j++ {
			if byActor[j].Form != FormRef {
				names = append(names, actors[j])
			}
		}
		return names
	}
	return actors
}

// contextTarget finds, in the rest of the article, the target a reaction frame's sentence
// leaves implicit: the accusers a denial answers ("China denied it backed ..."), and the
// author of the act a reaction names by a noun ("condemned the decision", "condemned the
// air raids"), as the rules read them.
func (d *document) contextTarget(si int, s *syntax.Sentence, mt frames.Match, src *Mention) []*Mention {
	if mt.Type == geokg.Accuses {
		// "claims from Turkey that the recognition was illegal", "allege the attacks
		// were plotted by bin Laden": the author of the act the claim is about
		if o := d.allegedAuthor(si, s, mt.Trigger); o != nil && o.ent != src.ent {
			return []*Mention{o}
		}
		return nil
	}
	if mt.Type == geokg.Threatens || mt.Type == geokg.Demands {
		// "heeding Israel's warning to stay out of sight", "comply with Turkish demands":
		// the warned or asked is who heeds, defies or ignores the warning
		if o := d.heeder(si, s, mt.Trigger, src); o != nil {
			return []*Mention{o}
		}
	}
	if mt.Type == geokg.Attacks && mt.Reading == "retaliation" {
		// "Syria retaliated for the attack": the author of the act told before
		if a, note := d.referredActAt(si, s, mt.TargetWord, ""); a != nil && a.typ == geokg.Attacks && a.author != nil && !sameParty(a.author, src.ent) {
			return []*Mention{{ent: a.author, Form: FormRef, inferred: true, antecedent: note}}
		}
		return nil
	}
	if actTypes[mt.Type] {
		if o := d.referredTarget(si, s, mt, src); o != nil {
			// "Al-Shabaab claimed responsibility for the attack", "the sanctions were
			// announced by the Treasury": the act told before
			return []*Mention{o}
		}
	}
	if pos := s.Word(mt.Trigger).UPOS; pos == "NOUN" && mt.Type == geokg.Condemns && mt.TargetWord > 0 {
		// "expressed disappointment at the U.S. decision", "voiced disapproval of
		// Turkey's offensive": the act's author when the sentence names it with the act,
		// never one from the article (a noun's reaction may be anyone's); a name or
		// nationality before the noun is its author only for an act or a proposal, not an
		// attack or sanctions ("the Iranian sanctions" are on Iran) nor other things ("the
		// Iran deal", "the Iraq war")
		w := s.Word(mt.TargetWord)
		if w == nil {
			return nil
		}
		if f := strings.ToLower(w.Form); !hasDeprel(s, mt.TargetWord, "nmod:poss") && (!actNouns[f] && !proposalNouns[f] || attackNouns[f] || sanctionNouns[f]) {
			return nil
		}
		if o := d.possessor(si, s, mt.TargetWord); o != nil {
			return []*Mention{o}
		}
		return nil
	}
	if pos := s.Word(mt.Trigger).UPOS; pos != "VERB" && !(pos == "ADJ" && mt.Type == geokg.Condemns) {
		// "the denial", "the criticism": whose and of whom, the sentence says or not;
		// "dismayed by the executions" is of their author
		return nil
	}
	switch mt.Type {
	case geokg.SeversTiesWith, geokg.Expels, geokg.Sanctions, geokg.Attacks:
		// "Venezuela broke off relations in response", "retaliated in kind": an act in
		// answer to another is aimed at that act's author, the latest the article told of
		if !answersAnAct(s, mt.Trigger) || d.lastAct() == nil || d.lastAct() == src.ent || sameSide(d.lastAct(), src.ent) {
			return nil
		}
		return []*Mention{{ent: d.lastAct(), Form: FormRef, inferred: true}}
	case geokg.Denies:
		if confirmOrDeny(s, mt.Trigger) {
			return nil // "neither confirmed nor denied this", "would not confirm or deny it"
		}
		return d.latestAccusers(src.ent, si)
	case geokg.Threatens:
		// "warned that any sanctions against the kingdom would be met with greater
		// action": the author of the act warned against, when the article has named one
		// for acts of its kind ("the sanctions": the latest sanctioner)
		k := mt.TargetWord
		if mt.Reading != "consequence" && mt.Reading != "answer" {
			// "warned annexation would undermine ...", parsed with the act as the verb's
			// object: the same warning of an act's consequence
			k = warnedAct(s, mt)
		}
		if k <= 0 {
			return nil
		}
		w := s.Word(k)
		if o := d.possessor(si, s, k); o != nil {
			return []*Mention{o}
		}
		for q, t := range d.sents[si].Tokens {
			if t.Start != w.Start {
				continue
			}
			if o := d.actOwner(si, q); len(o) == 1 && (!o[0].inferred || o[0].actType != "") {
				return o
			}
			// "any annexation": a warning's act is the one an actor was told to plan or
			// do before ("Israel's plans to annex ... warned any annexation would")
			if o := d.plannedActAuthor(si, q); o != nil && o.ent != src.ent && !sameSide(o.ent, src.ent) {
				return []*Mention{o}
			}
		}
		return nil
	case geokg.Condemns, geokg.Rejects:
		if mt.TargetWord <= 0 {
			return nil
		}
		w := s.Word(mt.TargetWord)
		if w != nil && w.UPOS == "PRON" && mt.Type == geokg.Condemns && d.lastAct() != nil {
			// "called it unjustified": the latest act the article told of
			if l := strings.ToLower(w.Form); l == "it" || l == "this" {
				return []*Mention{{ent: d.lastAct(), Form: FormRef, inferred: true}}
			}
		}
		if w == nil || w.UPOS != "NOUN" {
			return nil
		}
		if mt.Type == geokg.Rejects && claimWords[strings.ToLower(w.Lemma)] {
			return nil // rejecting someone's allegations is a denial, which its own frame reads
		}
		// "denounced Saddam's policies", "criticised France's failure": criticism of what
		// an actor did or said is criticism of the actor; not of what befell it
		// ("called Ruiz's arrest a violation"), nor of others it owns ("criticized Peru's
		// allies"; "NATO allies" are the alliance's)
		if o := d.possessor(si, s, mt.TargetWord); o != nil && !frames.BefallsOwner(s, mt.TargetWord) && !(o.possessive && frames.NamesOthers(s, mt.TargetWord)) {
			if inquiredCountry(s, mt.TargetWord, o) {
				return nil // "slammed the Peru probe": an inquiry into Peru, whose the sentence does not say
			}
			if p := d.hyphenPartner(si, o); p != nil && pairActNouns[strings.ToLower(w.Lemma)] {
				return []*Mention{o, p} // "protested the Peru-Chile drills": the pair's act
			}
			return []*Mention{o}
		}
		if q := tokenAt(d.sents[si].Tokens, w.Start); q >= 0 {
			if o := d.actOwner(si, q); len(o) > 0 || mt.Reading != "verdict" || d.lastAct() == nil {
				return o
			}
			// "called the easing of restrictions inexplicable": a verdict judges the
			// latest act the article told of
			return []*Mention{{ent: d.lastAct(), Form: FormRef, inferred: true}}
		}
	}
	return nil
}

// inquiredCountry reports whether o, the owner found for the noun at word k of the
// parse, is a country named in the compound of an inquiry noun, which names what is
// inquired into, not who inquires ("the Peru probe"; not "Peru's probe", "the
// Peruvian probe").
func inquiredCountry(s *syntax.Sentence, k int, o *Mention) bool {
	return frames.InquiryNoun(strings.ToLower(s.Word(k).Lemma)) && o.ent != nil && o.ent.kind == geokg.KindCountry && o.Form != FormDemonym && !hasDeprel(s, k, "nmod:poss")
}

// claimOwner returns the author of the claim noun at word k of the parse (a denial's
// object), or of a claim noun coordinated with it ("rejected the sanctions and the Albanian accusations"): its
// possessor or nationality adjective; nil when k names no owned claim.
func (d *document) claimOwner(si int, s *syntax.Sentence, k int) *Mention {
	words := []int{k}
	for _, c := range s.Children(k) {
		if s.Word(c).Deprel == "conj" {
			words = append(words, c)
		}
	}
	for _, w := range words {
		if claimWords[strings.ToLower(s.Word(w).Lemma)] {
			if o := d.possessor(si, s, w); o != nil {
				return o
			}
		}
	}
	return nil
}

// confirmOrDeny reports whether the denial verb at t is coordinated with "confirm": "has
// neither confirmed nor denied this" denies nothing.
func confirmOrDeny(s *syntax.Sentence, t int) bool {
	w := s.Word(t)
	if w == nil {
		return false
	}
	if h := s.Word(w.Head); h != nil && w.Deprel == "conj" && strings.ToLower(h.Lemma) == "confirm" {
		return true
	}
	for _, c := range s.Children(t) {
		if x := s.Word(c); x != nil && x.Deprel == "conj" && strings.ToLower(x.Lemma) == "confirm" {
			return true
		}
	}
	return false
}

// allegedAuthor returns the author of the act an allegation is about, when the
// allegation's clause (the complement of "allege", "claim", or the "that" clause of
// "claims", "allegations") has an act noun as its subject: the agent after "by" in that
// clause ("the attacks were plotted by bin Laden"), else the noun's possessor ("Israel's
// raid was illegal"). Nil otherwise: the author is never guessed from the article (on
// dev, "claims that the recognition was illegal" linked to "Trump's recognition" where
// the readers filed the United States).
func (d *document) allegedAuthor(si int, s *syntax.Sentence, t int) *Mention {
	clause := 0
	for _, c := range s.Children(t) {
		if r := syntax.BaseRel(s.Word(c).Deprel); r == "ccomp" || r == "acl" {
			clause = c
			break
		}
	}
	if clause == 0 {
		return nil
	}
	subj := 0
	for _, c := range s.Children(clause) {
		if syntax.BaseRel(s.Word(c).Deprel) == "nsubj" {
			subj = c
		}
	}
	if subj == 0 || s.Word(subj).UPOS != "NOUN" {
		return nil
	}
	toks := d.sents[si].Tokens
	at := func(w *syntax.Word) int { return tokenAt(toks, w.Start) } // the article token where word w starts
	k := at(s.Word(subj))
	if k < 0 || !actNouns[toks[k].Lower] {
		return nil
	}
	// the agent: a word of the clause introduced by "by", or the name it describes
	// ("by Saudi terrorist Osama bin Laden")
	for w := 1; w <= len(s.Words); w++ {
		x := s.Word(w)
		if x.Deprel != "case" || strings.ToLower(x.Form) != "by" || s.Word(x.Head) == nil {
			continue
		}
		for _, y := range []*syntax.Word{s.Word(x.Head), s.Word(s.Word(x.Head).Head)} {
			if y == nil || !within(s, y.ID, clause) {
				continue
			}
			if q := at(y); q >= 0 {
				if m := d.mentionAt(si, q); m != nil && !m.inferred && m.ent != nil && m.ent.kind.Valid() && m.Form != FormDemonym {
					a := *d.standFor(si, m)
					a.antecedent = "the agent of the " + strings.ToLower(toks[k].Text) + " alleged"
					return &a
				}
			}
		}
	}
	return d.possessor(si, s, subj)
}

// within reports whether word w lies in the subtree of word root.
func within(s *syntax.Sentence, w, root int) bool {
	for n := 0; w > 0 && n < len(s.Words); n++ {
		if w == root {
			return true
		}
		w = s.Word(w).Head
	}
	return false
}

// hasDeprel reports whether the word at k has a dependent with the relation rel.
func hasDeprel(s *syntax.Sentence, k int, rel string) bool {
	for _, c := range s.Children(k) {
		if s.Word(c).Deprel == rel {
			return true
		}
	}
	return false
}

// answerNouns make an act an answer to another ("in response", "in retaliation").
var answerNouns = map[string]bool{"response": true, "retaliation": true, "reprisal": true, "answer": true}

// answersAnAct reports whether the verb at t has an "in response", "in retaliation"
// phrase.
func answersAnAct(s *syntax.Sentence, t int) bool {
	for _, c := range s.Children(t) {
		if w := s.Word(c); w != nil && answerNouns[strings.ToLower(w.Lemma)] && strings.HasPrefix(w.Deprel, "obl") {
			return true
		}
	}
	return false
}

// claimWords name accusations: to reject one is to deny it.
var claimWords = map[string]bool{"allegation": true, "accusation": true, "claim": true, "charge": true}

// possessor returns the mention of the actor that possesses the noun at word k of the
// parse ("Saddam's policies", "the US decision"), or nil.
func (d *document) possessor(si int, s *syntax.Sentence, k int) *Mention {
	toks := d.sents[si].Tokens
	for _, c := range s.Children(k) {
		w := s.Word(c)
		demonym := w.Deprel == "amod" && w.UPOS == "ADJ"
		if w.Deprel != "nmod:poss" && !(w.Deprel == "compound" && w.UPOS == "PROPN") && !demonym {
			continue
		}
		// the possessor and its name's other words ("Mr Maduro's": Mr + flat Maduro)
		words := []*syntax.Word{w}
		for _, f := range s.Children(c) {
			if x := s.Word(f); x.Deprel == "flat" || x.Deprel == "compound" {
				words = append(words, x)
			}
		}
		for _, x := range words {
			for _, m := range d.mentions[si] {
				if m.inferred || m.Start >= m.End || m.End > len(toks) {
					continue
				}
				if x.Start >= toks[m.Start].Start && x.End <= toks[m.End-1].End && (!demonym || m.Form == FormDemonym) {
					// "the French military presence", "the Israeli aggression": a
					// nationality adjective names the state that acts
					return d.standFor(si, m)
				}
			}
		}
	}
	return nil
}

// pairActNouns name an act two parties do together (class pair-act-noun).
var pairActNouns = frames.WordClass("pair-act-noun")

// hyphenPartner returns the actor joined by a tight hyphen to the mention m of sentence
// si, the two naming together the authors of the act after them ("the Peru-Chile drills",
// "the U.S.-Bolivia deal": Chile for Peru, Peru for Chile), or nil. A spaced dash ("Peru -
// Chile's drills") joins no pair.
func (d *document) hyphenPartner(si int, m *Mention) *Mention {
	toks := d.sents[si].Tokens
	var o *Mention
	switch {
	case m.End+1 < len(toks) && pairedByHyphen(toks, m.End+1):
		o = d.mentionAt(si, m.End+1)
	case pairedByHyphen(toks, m.Start):
		o = d.mentionAt(si, m.Start-2)
	}
	if o == nil || o.ent == nil || o.ent == m.ent || o.possessive || o.inferred || !d.isActor(si, o) {
		return nil
	}
	return d.standFor(si, o)
}

// pairBut returns the pair reference p ("the two countries", "both sides") of sentence
// si read again without the country of the actor o that acts on it, when the pair it was
// resolved to holds that country: "Chile and Bolivia clashed. Peru urged both sides to
// show restraint" asks Chile and Bolivia, not Peru and Bolivia; the Peruvian envoy's
// "both sides" are not Peru either. It returns nil when no other pair is named, and p
// itself when it is no pair or does not hold o's country.
func (d *document) pairBut(si int, p, o *Mention) *Mention {
	if p.pair == nil || p.more != nil || o.ent == nil {
		return p // (a list of more than two is read only whole)
	}
	own := o.ent
	if own.kind != geokg.KindCountry {
		if own.kind != geokg.KindOfficial || own.country == "" {
			return p
		}
		if own = d.entities[geokg.EntityID(geokg.KindCountry, own.country)]; own == nil {
			return p
		}
	}
	if p.ent != own && p.pair != own {
		return p
	}
	a, b := d.recentPairBut(si, p.Start, own)
	if a == nil {
		return nil
	}
	return &Mention{Start: p.Start, End: p.End, ent: a, pair: b, Form: FormRef}
}

// governmentTarget returns the target of a frame's act of type t: for a hostile act
// (one that lowers relations: an accusation, condemnation, attack, sanction) aimed at an
// official's possessive "government" or "regime", the official's country ("Chile blamed
// Boric's government for the blast": Chile ACCUSES Chile's state, not Boric), else m
// ("Peru backs Boric's government": Boric).
func governmentTarget(m *Mention, t geokg.RelationType) *Mention {
	if m.government == nil || t.Goldstein() >= 0 {
		return m
	}
	return &Mention{Start: m.Start, End: m.End, ent: m.government, Form: FormRef}
}

// withPair returns the actors a mention names: one, two for "the two countries", or
// more for "all three countries".
func (d *document) withPair(m *Mention) []*Mention {
	if m.pair == nil {
		return []*Mention{m}
	}
	out := []*Mention{m, {Start: m.Start, End: m.End, ent: m.pair, Form: FormRef}}
	for _, e := range m.more {
		out = append(out, &Mention{Start: m.Start, End: m.End, ent: e, Form: FormRef})
	}
	return out
}

// warnedAct returns the act noun whose consequence a warning verb tells: the subject of
// its clause with a modal ("warned any annexation would be a crime"), or the noun the
// parse took as the verb's object when a modal follows it ("warned annexation would
// undermine ..."). It returns 0 otherwise ("warned Maduro", "warned of the
// consequences"), and for a forecast (forecast: "warned that a Chilean strike could
// strengthen the rebels").
func warnedAct(s *syntax.Sentence, mt frames.Match) int {
	if mt.Frame.Lemma != "warn" {
		return 0
	}
	act := func(w *syntax.Word) bool {
		l := strings.ToLower(w.Form)
		return w.UPOS == "NOUN" && (actVerbStems[l] != "" || actNouns[l])
	}
	for _, c := range s.Children(mt.Trigger) {
		w := s.Word(c)
		if w.Deprel == "obj" && act(w) {
			if next := s.Word(c + 1); next != nil && consequenceModals[strings.ToLower(next.Form)] && !forecast(s, c+1) {
				return c
			}
		}
		if w.Deprel != "ccomp" {
			continue
		}
		// "warned any annexation would be a crime": the clause's subject, with a modal
		subj, modal := 0, false
		for _, g := range s.Children(c) {
			x := s.Word(g)
			switch {
			case (x.Deprel == "nsubj" || x.Deprel == "nsubj:pass") && act(x):
				subj = g
			case x.Deprel == "aux" && consequenceModals[strings.ToLower(x.Form)] && !forecast(s, g):
				modal = true
			}
		}
		if subj > 0 && modal {
			return subj
		}
	}
	return 0
}

// forecast reports whether the modal at word m of s tells what an act may bring, not
// what it would bring on its author: "could", "can", "may" or "might"
// (frames.ForecastModal) with no consequence noun (class `consequence`) after it in its
// clause ("could strengthen the rebels", "may cause another recession"; not "could
// trigger a swift response").
func forecast(s *syntax.Sentence, m int) bool {
	if !frames.ForecastModal(strings.ToLower(s.Word(m).Form)) {
		return false
	}
	for k := m + 1; k <= len(s.Words); k++ {
		w := s.Word(k)
		if w.UPOS == "PUNCT" {
			break
		}
		if w.UPOS == "NOUN" && frames.ConsequenceWord(strings.ToLower(w.Lemma)) {
			return false
		}
	}
	return true
}

// accusedBefore reports whether the article already told an accusation by the author
// (or its country) against the denier, its country, or a body of its country.
func (d *document) accusedBefore(author, denier *entity) bool {
	if d.hasAccused(author, denier) {
		return true
	}
	code := denier.country
	if denier.kind == geokg.KindCountry {
		code = denier.code
	}
	if code == "" {
		return false
	}
	if c, ok := d.entities[geokg.EntityID(geokg.KindCountry, code)]; ok && d.hasAccused(author, c) {
		return true
	}
	for id := range d.accusers {
		if e, ok := d.entities[id]; ok && e.country == code && d.hasAccused(author, e) {
			return true
		}
	}
	return false
}

// accusationWords are the claim nouns that always accuse someone.
var accusationWords = map[string]bool{"accusation": true, "charge": true, "allegation": true}

// namesOther reports whether the subtree of word k of sentence si's parse names an actor
// other than the author and the denier's side ("accusations of Russia's involvement"
// denied by Putin name Putin's side) where an accused stands: not as an object of the
// alleged act ("accusations that it is providing troops to the rebels").
func (d *document) namesOther(si int, s *syntax.Sentence, k int, author, denier *Mention, byActor []*Mention) bool {
	toks := d.sents[si].Tokens
	other := func(m *Mention) bool {
		return m.ent != nil && m.ent != author.ent && m.ent != denier.ent && !sameSide(m.ent, denier.ent) && m.Start < m.End && m.End <= len(toks)
	}
	// "accusations that Ukraine shot down the plane", however parsed: the clause's
	// subject, in its first words
	for q, t := range toks {
		if t.Start != s.Word(k).Start || q+1 >= len(toks) || toks[q+1].Lower != "that" {
			continue
		}
		for _, m := range byActor {
			if other(m) && m.Start > q+1 && m.Start <= q+4 {
				return true
			}
		}
	}
	for i := range s.Words {
		w := s.Word(i + 1)
		if !within(s, i+1, k) || !accusedPath(s, i+1, k) {
			continue
		}
		for _, m := range byActor {
			if !other(m) {
				continue
			}
			if w.Start >= toks[m.Start].Start && w.End <= toks[m.End-1].End {
				return true
			}
		}
	}
	return false
}

// speaksForItself reports whether an actor's denial answers accusations against itself:
// a country, an official or a state's or movement's body, not a company or a news
// service ("Xinhua dismissed the US allegations" speaks for its government).
func speaksForItself(e *entity) bool {
	switch e.kind {
	case geokg.KindCountry, geokg.KindOfficial:
		return true
	case geokg.KindGroup:
		return !e.medium && e.subtype != geokg.Company && e.subtype != geokg.OtherGroup
	}
	return false
}

// accusedPath reports whether word w, inside the subtree of word k, stands where a claim
// names its accused: no object, oblique or adverbial clause on its way up to k.
func accusedPath(s *syntax.Sentence, w, k int) bool {
	for n := 0; w > 0 && w != k && n < len(s.Words); n++ {
		switch syntax.BaseRel(s.Word(w).Deprel) {
		case "obj", "iobj", "obl", "advcl":
			return false
		}
		w = s.Word(w).Head
	}
	return true
}

// heedVerbs take a warning, demand or call as their object and have the one it was
// addressed to as their subject.
var heedVerbs = map[string]bool{"heed": true, "defy": true, "ignore": true, "obey": true, "comply": true, "flout": true, "disregard": true}

// heeder returns the actor who heeds, defies or ignores the warning or demand noun at
// word t of the parse: the heeding verb's subject, or, for a participle with none
// ("Hamas officials stayed away, heeding Israel's warning"), the first actor of the
// sentence before the verb; nil when the noun is no heeding verb's object, its author is
// a reference ("heed their warnings") or the actor is of the author's side.
func (d *document) heeder(si int, s *syntax.Sentence, t int, author *Mention) *Mention {
	w := s.Word(t)
	if w == nil || w.UPOS != "NOUN" || author.Form == FormRef {
		return nil // "should heed their warnings": whose, a pronoun leaves too open
	}
	v := s.Word(w.Head)
	if v == nil || v.UPOS != "VERB" || !heedVerbs[strings.ToLower(v.Lemma)] || w.Deprel != "obj" && !(w.Deprel == "obl" && v.Lemma == "comply") {
		return nil
	}
	toks := d.sents[si].Tokens
	ok := func(m *Mention) bool {
		return m != nil && !m.inferred && m.ent != nil && m.ent.kind.Valid() && m.ent != author.ent && !sameSide(m.ent, author.ent)
	}
	at := func(x *syntax.Word) *Mention {
		if q := tokenAt(toks, x.Start); q >= 0 {
			return d.mentionAt(si, q)
		}
		return nil
	}
	for _, c := range s.Children(w.Head) {
		if x := s.Word(c); syntax.BaseRel(x.Deprel) == "nsubj" {
			if m := at(x); ok(m) {
				return d.standFor(si, m)
			}
			return nil // a subject that names no actor: "protesters ignored Russia's calls"
		}
	}
	if v.Deprel != "acl" && v.Deprel != "advcl" {
		return nil
	}
	for _, m := range d.mentions[si] {
		if m.End > 0 && m.End <= len(toks) && toks[m.End-1].End <= v.Start {
			if ok(m) {
				return d.standFor(si, m)
			}
			return nil
		}
	}
	return nil
}

// chamberBody reports whether mention m names a chamber's body by pattern ("House Roads
// Committee"), which has no country when the article names no legislature.
func (d *document) chamberBody(m *Mention) bool {
	first, _, two := strings.Cut(m.ent.name, " ")
	return m.Form == FormBody && two && chamberWords[first]
}

// titledBodies gives a national group (or a chamber's body) named right before an official's title ("the House
// Judiciary Committee Chairman Ruiz", "Civic Party Senator Ruiz"; not an international
// body's, "U.N. Ambassador Ruiz", often the post's seat rather than its body) the
// official's entity among the frame stage's actors of sentence si: the body only
// qualifies the title, and the parse often heads the phrase on the body's noun ("took aim
// at Ruiz and House Judiciary Committee Chairman Soto": Soto, not the committee).
func (d *document) titledBodies(si int, actors []frames.Actor, byActor []*Mention) {
	for i, m := range byActor {
		if m.ent.kind != geokg.KindGroup || m.ent.country == "" && !d.chamberBody(m) || m.Form == FormRef {
			continue
		}
		for _, o := range byActor {
			if o.Start == m.End && o.Form == FormTitle && o.ent.kind == geokg.KindOfficial {
				actors[i].ID, actors[i].Person, actors[i].Side, actors[i].State, actors[i].Armed = o.ent.id, true, d.actorSide(o.ent), false, false
				byActor[i] = o
			}
		}
	}
}
