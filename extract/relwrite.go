package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// This file holds the relation stage's output (stage 7; the actor and frame stages write
// through it too): the relations read, one per subject and object pair (emit), with the
// explanation of why (rule, trigger, path), checked (an official's act on its own
// country, a ministry accusing its state), kept once per subject, type and object, and
// the acts and accusations later sentences refer to recorded.

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
	if ownOfficialAct(s, typ, o) {
		return // "Spanish officials met with President Rajoy": no meeting of Spain with him
	}
	if s.kind == geokg.KindGroup && ownSideReaction(s, typ, o) {
		return // a ministry does not accuse its own state; an official may (rarely)
	}
	if !typ.Structural() && (stateBodyOf(s, o) || stateBodyOf(o, s)) {
		return // "the White House worked with Pentagon chiefs": one state, no interaction
	}
	if !typ.Structural() && (d.ownGroup(s, o) || typ.Symmetric() && d.ownGroup(o, s)) {
		return // "the Shining Path's leader urged the group's cells to ...": one party
	}
	if untitledAct(s, typ, o, d.why) || typ == geokg.Accuses && d.accusedNoun(si, o) {
		return // "He tells me ..." of a student, an analyst's "Peru arms the rebels"
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
	if s.kind == geokg.KindOfficial && o.subtype == geokg.InternationalOrg && (typ == geokg.Leads || typ == geokg.MemberOf) {
		if s.firstOrg == nil {
			s.firstOrg = o
		}
		if typ == geokg.Leads && s.leadsOrg == nil {
			s.leadsOrg = o
		}
	}
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

// ownGroup reports whether the official p leads or is a member of the group g, as the
// article has written it (LEADS, MEMBER_OF): a leader's or member's words to or about his
// own group are no interaction between two parties ("Shining Path leader Ruiz urged the
// group's cells to step up attacks" is no demand, "the Labour leader criticised Labour's
// campaign" no condemnation), or the department whose secretary he is (departmentHead:
// "Treasury Secretary Ruiz met Treasury officials" is no meeting).
func (d *document) ownGroup(p, g *entity) bool {
	if p.kind != geokg.KindOfficial || g.kind != geokg.KindGroup {
		return false
	}
	if d.headed[p.id+"|"+g.id] {
		return true
	}
	for _, t := range []geokg.RelationType{geokg.Leads, geokg.MemberOf} {
		if _, ok := d.relSeen[p.id+"|"+string(t)+"|"+g.id]; ok {
			return true
		}
	}
	return false
}

// ownOfficialAct reports whether s typ o is an act between a country and an official of
// its own, which is no relation: an official's support of or meeting with their own
// country, and a country's meeting with, support of, threat to, denial of or expulsion of
// its own official ("Spanish officials met with President Rajoy" is no meeting of Spain,
// "Ukraine ousted its president" no expulsion, "White House aides warned Trump" no
// threat). A reaction or a demand, either way, is one ("the cleric urged Iraqi authorities
// to prevent such attacks", "Beijing rejected the Hong Kong leader's proposal"; an
// official's rejection of their country is not).
func ownOfficialAct(s *entity, typ geokg.RelationType, o *entity) bool {
	if typ.Structural() || typ == geokg.Condemns || typ == geokg.Accuses || typ == geokg.Demands {
		return false
	}
	if s.kind == geokg.KindOfficial && o.kind == geokg.KindCountry {
		return s.country == o.code
	}
	return s.kind == geokg.KindCountry && o.kind == geokg.KindOfficial && o.country == s.code && typ != geokg.Rejects
}

// stateBodyOf reports whether g is an agency or an army of the country c (sideOf): a state
// and a body of its own are one actor, and no interaction is read between them ("Belgian
// police launched raids in Brussels" attacks no Belgium, "the White House worked with
// Pentagon chiefs" is no cooperation of the United States with its ministry, "the State
// Department urged Americans to leave" no demand of the United States); the body belongs
// to the state by PART_OF.
func stateBodyOf(g, c *entity) bool {
	return c.kind == geokg.KindCountry && g.kind == geokg.KindGroup && c.code != "" && sideOf(g) == geokg.EntityID(geokg.KindCountry, c.code)
}

// untitledAct reports whether the relation s typ o, read as why tells, is one that a
// person namedPeople reads (entity.untitled: named with no title, role or description)
// takes no part in. Such a person holds no post and is often a witness, a victim or a
// commentator, so the rules that read an actor's words or acts as a state's misread
// them: no threat or denial of or by one ("the White House will fight the Ruiz
// subpoena"); no attack on one (a raid, an arrest, a verbal attack) nor one by one read
// from a pattern ("he died when a mob stormed the embassy"); no meeting told by "tell"
// ("He tells me ..." resolved to the wrong person, "Ruiz told a reporter"); no
// accusation or criticism one reports as a speaker ("The Chileans harass our ships,"
// said Ruiz) or that a verdict of one's words reads; no alliance nor work together
// ("Ruiz worked with the agency": a job); no demand of one that an obligation reported
// reads ("Ruiz must have support here") nor one's belief read as one ("He believed
// that Peru should ..."); no act only a state does (sanctions) by one;
// no visit of one to a country as a meeting.
func untitledAct(s *entity, typ geokg.RelationType, o *entity, why explanation) bool {
	if !s.untitled && !o.untitled {
		return false
	}
	trig := strings.ToLower(why.trigger)
	switch typ {
	case geokg.Threatens, geokg.Denies:
		return true
	case geokg.Attacks:
		return o.untitled || strings.HasPrefix(why.rule, "pattern")
	case geokg.Meets:
		return untitledTriggers[trig] == "tell" || s.untitled && (o.kind == geokg.KindCountry && untitledTriggers[trig] == "visit" || why.rule == "pattern noun")
	case geokg.CooperatesWith:
		return untitledTriggers[trig] == "work" || why.rule == "alliance"
	case geokg.Accuses, geokg.Condemns:
		return s.untitled && (strings.Contains(why.rule, "reported") || strings.Contains(why.rule, "accusation noun") || strings.HasPrefix(why.rule, "pattern"))
	case geokg.Demands:
		return why.rule == "reported obligation" && (o.untitled || s.untitled && trig == "believe")
	}
	return s.untitled && (stateActs[typ] || why.rule == "verdict") || typ == geokg.Supports && why.rule == "verdict"
}

// untitledTriggers maps the forms of the verbs untitledAct reads (inflections; a frame's
// trigger is its lemma, a pattern's the word as written) to their lemma.
var untitledTriggers = func() map[string]string {
	out := map[string]string{}
	for _, v := range []string{"tell", "work", "visit"} {
		for _, f := range inflections(v) {
			out[f] = v
		}
	}
	return out
}()

// accusedNoun reports whether o is a person namedPeople reads that sentence si describes
// as "accused" before a noun right before the name ("accused spy Ana Ruiz", "the accused
// doctor killer Ana Ruiz"): an adjective that tells of a charge, no accusation by the
// clause's subject, though a parse may take it as the verb.
func (d *document) accusedNoun(si int, o *entity) bool {
	if !o.untitled {
		return false
	}
	toks := d.sents[si].Tokens
	for _, m := range d.mentions[si] {
		if m.ent != o {
			continue
		}
		for k := m.Start - 1; k >= 0 && k >= m.Start-4; k-- {
			if toks[k].Lower == "accused" {
				return k < m.Start-1
			}
			if !toks[k].IsWord() || toks[k].IsCapitalized() {
				break
			}
		}
	}
	return false
}
