package frames

import (
	"slices"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file holds the steps of matchFrame, in the order it runs them: fill a frame's
// source (sources) and target (targets, modifiedTargets), settle the type it states and
// what blocks it (statedType, participantPairs, checkSource, announced, reported,
// reciprocalPairs) and write its matches (emit), including the half matches (no source or
// no target) that event coreference completes from the article.

// sources returns fa with its source filled in: the actors of the frame's source slots,
// else (for an adjective or verb without a subject) the subject its clause inherits, else
// the first that a source reader finds, tried in this order: the parties a meeting is held
// with, the subject of the support verb ("imposed sanctions"), of a relative clause on the
// noun ("the sanctions that the US imposed"), of the verb the noun is the instrument of
// ("slapped Belarus with sanctions"), the claimer of an attack, the author of a judging
// statement and the subject of a likened relative clause (each reports whether fa now has
// a source, and leaves fa as it is when it finds nothing); with those who act along with a
// subject ("France, along with Germany, ...") and those it is likened to. It records the
// statement the trigger judges (fa.stmt) whatever the source.
func (m *Matcher) sources(v *sentence, fa frameAct) frameAct {
	src, sl := v.fill(fa.t, fa.f.Source, fa.passive)
	fa.src, fa.srcSlot = src, slotAt(sl)
	fa.stmt = v.judgingStatement(fa.t)
	if len(fa.src) == 0 {
		v.inheritedSource(&fa)
	}
	v.meetingBetween(&fa)
	// the source readers, in order, until one finds it: called directly (not through a
	// table of functions) so that fa stays on the stack
	_ = len(fa.src) > 0 || v.meetingPartySource(&fa) || v.carrierSource(&fa) ||
		v.relativeCarrierSource(&fa) || m.instrumentSource(v, &fa) || v.claimerSource(&fa) ||
		v.statementAuthorSource(&fa) || v.likenedSource(&fa) || v.mannerSource(&fa) || v.fighterSource(&fa)
	v.companySources(&fa)
	return fa
}

// inheritedSource reads "has remained loyal to Maduro": the subject of a verb, or of an
// adjective complement, that has none of its own is the one its clause inherits.
func (v *sentence) inheritedSource(fa *frameAct) {
	w := v.word(fa.t)
	if (w.UPOS == "VERB" || w.UPOS == "ADJ" && w.Deprel == "xcomp") && !fa.passive && containsRel(fa.f.Source, "nsubj") && len(v.dependents(fa.t, Slot{Rel: "nsubj"}, fa.passive)) == 0 {
		fa.src, fa.srcSlot = v.inheritedSubject(fa.t), slotAt(Slot{Rel: "nsubj"})
	}
}

// meetingBetween reads "the Argentina meeting between Trump and Xi", "the Oslo accords
// between Israel and the PLO": a reciprocal noun's "between" phrase names the parties, so
// its modifier is where or what, not who, and the clause's subject no party ("Serbia spoke
// after a meeting between Iran and Albania"); it clears such a source and marks the act
// (fa.between).
func (v *sentence) meetingBetween(fa *frameAct) {
	if Reciprocal(fa.f.Type) && v.word(fa.t).UPOS == "NOUN" && (len(fa.src) == 0 || fa.srcSlot.s.Rel == "compound" || fa.srcSlot.s.Rel == "amod") && v.betweenNamed(fa.t) {
		fa.src, fa.between = nil, true
	}
}

// meetingPartySource reads the party a meeting noun is held by, unless its "between"
// phrase names the parties: the subject of the verb of the meeting's phrase, of the verb
// that goes through it ("wrapped up a visit to Lima"), of a copula ("is in talks with
// Chile"), of "flew to Beijing for talks with Xi", or the speaker of "Corbyn said talks
// with Barnier were constructive".
func (v *sentence) meetingPartySource(fa *frameAct) bool {
	if fa.f.Type != geokg.Meets || fa.between {
		return false
	}
	t, w := fa.t, v.word(fa.t)
	if src := v.meetingParty(t); len(src) > 0 {
		fa.src, fa.srcSlot = src, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">obl", "", "")
	} else if src, sl := v.journeyParty(t); len(src) > 0 {
		fa.src, fa.srcSlot = src, sl
	} else if src := v.copularParty(t); len(src) > 0 {
		fa.src, fa.srcSlot = src, slotAt(Slot{Rel: "nsubj"})
	} else if src := v.purposeParty(t); len(src) > 0 {
		fa.src, fa.srcSlot = src, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">obl:for", "", "")
	} else if as, sp := v.speakerOfTalks(t); len(as) > 0 {
		fa.src, fa.srcSlot = as, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[sp], ">", v.lemmas[w.Head], ">nsubj")
	}
	return len(fa.src) > 0
}

// carrierSource reads "the US imposed sanctions": the subject of the support verb whose
// object the noun trigger is (fa.carrier).
func (v *sentence) carrierSource(fa *frameAct) bool {
	w := v.word(fa.t)
	if src := v.carrierSubject(fa.t, Reciprocal(fa.f.Type) && w.UPOS == "NOUN"); len(src) > 0 {
		fa.src, fa.srcSlot, fa.carrier = src, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">obj", "", ""), w.Head
	}
	return len(fa.src) > 0
}

// mannerSource reads "Peru came out in support of Chile", "deployed troops in support of
// the Bolivian government": a SUPPORTS noun in an "in" phrase of a verb is the manner of
// that verb's act, whose subject gives the support; none when the act is not done
// ("could intervene in support of Chile") or when the verb's object is an actor, which
// may be the one in support ("views the army as in support of Peru").
func (v *sentence) mannerSource(fa *frameAct) bool {
	w := v.word(fa.t)
	if fa.f.Type != geokg.Supports || w.UPOS != "NOUN" || syntax.BaseRel(w.Deprel) != "obl" || v.caseOf(fa.t) != "in" || v.word(w.Head).UPOS != "VERB" {
		return false
	}
	h := w.Head
	if b, _ := v.qualify(h); b != "" || len(v.argument(h, v.dependents(h, Slot{Rel: "obj"}, false))) > 0 {
		return false // "could intervene in support of Chile"; "views the army in support of"
	}
	as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h)))
	if len(as) == 0 {
		as = v.inheritedSubject(h)
	}
	if len(as) > 0 {
		fa.src, fa.srcSlot = as, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[h], ">obl:in", "", "")
	}
	return len(fa.src) > 0
}

// fighterSource reads "Peru joined the fight against the Shining Path", "Bolivia, an ally
// in the war on": who takes part in an attack noun with no owner (fighters).
func (v *sentence) fighterSource(fa *frameAct) bool {
	if fa.f.Type != geokg.Attacks {
		return false
	}
	if as, path := v.fighters(fa.t); len(as) > 0 {
		fa.src, fa.srcSlot = as, slotVia(Slot{Rel: path}, "", "", "", "")
	}
	return len(fa.src) > 0
}

// relativeCarrierSource reads "the sanctions that the US imposed", "the strikes Israel
// carried out": the subject of the relative clause's support verb (fa.relCarrier).
func (v *sentence) relativeCarrierSource(fa *frameAct) bool {
	if v.word(fa.t).UPOS != "NOUN" {
		return false
	}
	if r := v.relativeCarrier(fa.t); r > 0 {
		if as := v.argument(r, v.dependents(r, Slot{Rel: "nsubj"}, false)); len(as) > 0 {
			fa.src, fa.srcSlot, fa.relCarrier = as, slotVia(Slot{Rel: "acl:relcl>"}, v.lemmas[r], ">nsubj", "", ""), r
		}
	}
	return len(fa.src) > 0
}

// instrumentSource reads "the US slapped North Korea with new sanctions": the subject of
// the verb whose "with" phrase a coercive or aid noun is, else the one its clause
// inherits (fa.instrument); not when that verb is itself a trigger of the type, whose
// own frame reads the act.
func (m *Matcher) instrumentSource(v *sentence, fa *frameAct) bool {
	if !coercive(fa.f.Type) && fa.f.Type != geokg.Aids {
		return false
	}
	h := v.instrumentOf(fa.t)
	if h == 0 || m.verbReads(v, h, fa.f.Type) {
		return false
	}
	as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, false))
	if len(as) == 0 {
		as = v.inheritedSubject(h)
	}
	if len(as) > 0 {
		fa.src, fa.srcSlot, fa.instrument = as, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[h], ">obl:with", "", ""), h
	}
	return len(fa.src) > 0
}

// claimerSource reads "the Taliban claimed responsibility for a car bombing", "an attack
// claimed by the Islamic State group": the claimer did it.
func (v *sentence) claimerSource(fa *frameAct) bool {
	if fa.f.Type != geokg.Attacks || v.word(fa.t).UPOS != "NOUN" {
		return false
	}
	if as, slot := v.claimers(fa.t); len(as) > 0 {
		fa.src, fa.srcSlot = as, slotAt(Slot{Rel: slot})
	}
	return len(fa.src) > 0
}

// statementAuthorSource reads "sponsored a critical resolution on China": the author of
// the statement the trigger judges.
func (v *sentence) statementAuthorSource(fa *frameAct) bool {
	if fa.stmt == 0 {
		return false
	}
	if src := v.statementAuthor(fa.stmt); len(src) > 0 {
		fa.src, fa.srcSlot = src, slotAt(Slot{Rel: "amod"})
	}
	return len(fa.src) > 0
}

// likenedSource reads the subject of a relative clause likened to another (see
// likenedSubject); the target step then reads the act's object for it.
func (v *sentence) likenedSource(fa *frameAct) bool {
	if ls := v.likenedSubject(fa.t); len(ls) > 0 {
		fa.src, fa.srcSlot, fa.likenedRelative = ls, slotAt(Slot{Rel: "nsubj"}), true
	}
	return len(fa.src) > 0
}

// companySources adds to a source those who act along with a subject ("France, along
// with Germany, condemned Russia"), those it joins in the act ("Chile joined Peru in
// condemning Bolivia") and those it is likened to ("Russia, which like Iran backs Assad").
func (v *sentence) companySources(fa *frameAct) {
	if len(fa.src) == 0 {
		return
	}
	if fa.srcSlot == slotAt(Slot{Rel: "nsubj"}) && !fa.passive {
		for _, a := range append(v.comitatives(fa.t), v.joinedParties(fa.t)...) {
			if !contains(fa.src, a) {
				fa.src = append(fa.src, a)
			}
		}
	}
	for _, a := range v.likened(fa.t) {
		if !contains(fa.src, a) {
			fa.src = append(fa.src, a)
		}
	}
}

// targets returns fa with its target filled in from the frame's target slots, else by the
// first target reader that finds one in the phrases around the trigger, tried in this
// order: the pair of a hyphenated compound ("US-China talks", which sets the source too),
// the other of "their meeting", the one spoken to in a call, an attack's victims, the
// target phrase of the relative clause or of the instrument verb, what a coercive act
// answers, what a statement is about, the author of what is rejected, denied or welcomed,
// those who break sanctions, the other side of embargoed goods, the recipient of aid, the
// one a demand is on, and the one who receives a reaction (whose author a "from" phrase on
// the verb may give first). Each reports whether fa now has a target, and leaves fa as it
// is when it finds nothing.
func (v *sentence) targets(fa frameAct) frameAct {
	tgt, sl := v.fill(fa.t, fa.f.Target, fa.passive)
	fa.tgt, fa.tgtSlot = tgt, slotAt(sl)
	// the target readers, in order, until one finds it: called directly (not through a
	// table of functions) so that fa stays on the stack
	_ = len(fa.tgt) > 0 || v.actObjectTarget(&fa) || v.hyphenPairTarget(&fa) || v.theirMeetingTarget(&fa) ||
		v.addresseeTarget(&fa) || v.victimTarget(&fa) || v.relativeClauseTarget(&fa) ||
		v.instrumentTarget(&fa) || v.provokerTarget(&fa) || v.statementTarget(&fa) ||
		v.refusedAuthorTarget(&fa) || v.hostedOwnerTarget(&fa) || v.sanctionBreakerTarget(&fa) || v.tradePartnerTarget(&fa) ||
		v.recipientTarget(&fa) || v.demandedTarget(&fa) || v.receivedFromSource(&fa) ||
		v.reactionRecipientTarget(&fa)
	return fa
}

// actObjectTarget reads "Peru's severing of ties with Chile", "the lifting of sanctions
// on Chile": a noun whose frame requires the thing it acts on in its "of" phrase takes
// its target phrase from that thing when the parser hung it there.
func (v *sentence) actObjectTarget(fa *frameAct) bool {
	if v.word(fa.t).UPOS != "NOUN" {
		return false
	}
	for _, c := range fa.f.Requires {
		if c.Slot != (Slot{Rel: "nmod", Case: "of"}) {
			continue
		}
		for _, o := range v.throughQuantity(v.dependents(fa.t, c.Slot, false)) {
			if !contains(c.Lemmas, v.lemmas[o]) {
				continue
			}
			for _, sl := range fa.f.Target {
				if sl.Rel != "nmod" || sl.Case == "" || sl.Owner {
					continue
				}
				if as := v.argument(o, v.dependents(o, sl, false)); len(as) > 0 {
					fa.tgt, fa.tgtSlot = as, slotVia(sl, ":of>", v.lemmas[o], ">nmod", "")
					return true
				}
			}
		}
	}
	return false
}

// hyphenPairTarget reads "the U.N.-Iraq accord", "US-China trade talks", "Chile-Peru
// drills", "joint Chile-Peru patrols": a meeting, an agreement, exercises or a joint act
// between the two its compound names.
func (v *sentence) hyphenPairTarget(fa *frameAct) bool {
	if fa.f.Type != geokg.Meets && fa.f.Type != geokg.SignsAgreementWith && !(fa.f.Type == geokg.CooperatesWith && v.doneTogether(fa.t)) || v.word(fa.t).UPOS != "NOUN" {
		return false
	}
	if pair := v.hyphenPair(fa.t); len(pair) >= 2 && !v.meetingToCome(fa) {
		fa.src, fa.tgt = pair[:len(pair)-1], pair[1:]
		fa.srcSlot, fa.tgtSlot = slotAt(Slot{Rel: "compound"}), slotAt(Slot{Rel: "compound"})
	}
	return len(fa.tgt) > 0
}

// doneTogether reports whether the noun at t names an act its pair holds together, a
// fact whether definite or not: exercises (class exercise-noun) or a joint act ("joint
// Chile-Peru patrols").
func (v *sentence) doneTogether(t int) bool {
	return exerciseNouns[v.lemmas[t]] || v.jointAct(t)
}

// jointAct reports whether the noun at t is modified by "joint" ("a joint operation").
func (v *sentence) jointAct(t int) bool {
	return v.hasChild(t, "amod", "joint")
}

// meetingToCome reports whether fa's meeting or exercise noun is the subject of a modal
// clause ("the Boric-Arce summit will open on Friday", "could be cancelled", "the
// Chile-Peru drills will start"): a meeting to come. An agreement so named is one struck
// ("the Chile-Peru accord will take effect").
func (v *sentence) meetingToCome(fa *frameAct) bool {
	w := v.word(fa.t)
	return (fa.f.Type == geokg.Meets || v.doneTogether(fa.t)) && syntax.BaseRel(w.Deprel) == "nsubj" && w.Head > 0 && strings.HasPrefix(v.modalOrNegated(w.Head), "modal")
}

// theirMeetingTarget reads "encouraged Obama in their meeting": "their" is the clause's
// pair.
func (v *sentence) theirMeetingTarget(fa *frameAct) bool {
	if fa.f.Type != geokg.Meets {
		return false
	}
	if a, b, ok := v.theirMeeting(fa.t); ok {
		w := v.word(fa.t)
		fa.src, fa.tgt = []int{a}, []int{b}
		fa.srcSlot, fa.tgtSlot = slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">", syntax.BaseRel(w.Deprel), ""), slotAt(Slot{Rel: "their"})
	}
	return len(fa.tgt) > 0
}

// addresseeTarget reads "Boric told Ruiz in a phone call that ...": the one spoken to.
func (v *sentence) addresseeTarget(fa *frameAct) bool {
	w := v.word(fa.t)
	if fa.f.Type != geokg.Meets || len(fa.src) == 0 || w.Head == 0 || fa.srcSlot != slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">obl", "", "") {
		return false
	}
	if as := v.callAddressee(fa.t); len(as) > 0 {
		fa.tgt, fa.tgtSlot = as, slotVia(Slot{Rel: "obj<"}, v.lemmas[w.Head], ">", "", "")
	}
	return len(fa.tgt) > 0
}

// victimTarget reads "Mansour was killed in a US drone attack", "a strike that killed
// Mansour": the one the attack hit.
func (v *sentence) victimTarget(fa *frameAct) bool {
	if fa.f.Type != geokg.Attacks {
		return false
	}
	if as, slot := v.victims(fa.t); len(as) > 0 {
		fa.tgt, fa.tgtSlot = as, slotAt(Slot{Rel: slot})
	}
	return len(fa.tgt) > 0
}

// relativeClauseTarget reads "the sanctions that the US imposed on Iran": the target
// phrase is the relative clause's.
func (v *sentence) relativeClauseTarget(fa *frameAct) bool {
	r := fa.relCarrier
	if r == 0 {
		return false
	}
	for _, sl := range fa.f.Target {
		if syntax.BaseRel(sl.Rel) != "nmod" || sl.Case == "" {
			continue
		}
		if as := v.argument(r, v.dependents(r, Slot{Rel: "obl", Case: sl.Case}, false)); len(as) > 0 {
			fa.tgt, fa.tgtSlot = as, slotVia(Slot{Rel: "obl<", Case: sl.Case}, v.lemmas[r], "", "", "")
			return true
		}
	}
	return len(fa.tgt) > 0
}

// instrumentTarget reads "... slapped North Korea with new sanctions": the verb's object.
func (v *sentence) instrumentTarget(fa *frameAct) bool {
	h := fa.instrument
	if h == 0 {
		return false
	}
	if as := v.argument(h, v.dependents(h, Slot{Rel: "obj"}, false)); len(as) > 0 {
		fa.tgt, fa.tgtSlot = as, slotVia(Slot{Rel: "obj<"}, v.lemmas[h], ">", "", "")
	}
	return len(fa.tgt) > 0
}

// provokerTarget reads "U.N. sanctions in response to North Korea's nuclear test",
// "sanctions over Ankara's assault": a coercive act targets the author of the act it
// answers.
func (v *sentence) provokerTarget(fa *frameAct) bool {
	if !coercive(fa.f.Type) {
		return false
	}
	if as, slot := v.provokers(fa.t); len(as) > 0 {
		fa.tgt, fa.tgtSlot = as, slotAt(Slot{Rel: slot})
	}
	return len(fa.tgt) > 0
}

// statementTarget reads "a critical resolution on China": what the statement is about.
func (v *sentence) statementTarget(fa *frameAct) bool {
	if fa.stmt == 0 {
		return false
	}
	for _, c := range []string{"on", "against", "about", "of", "towards", "toward"} {
		if as := v.argument(fa.stmt, v.dependents(fa.stmt, Slot{Rel: "nmod", Case: c}, false)); len(as) > 0 {
			fa.tgt, fa.tgtSlot = as, slotAt(Slot{Rel: "nmod", Case: c})
			return true
		}
	}
	return len(fa.tgt) > 0
}

// refusedAuthorTarget reads "Peru rejected Chile's proposal", "denied the charges made by
// the US": whose proposal or charge it was; "welcomed Russia's decision to withdraw",
// "praised the courage of Chile": whose act or merit it was; and "condemned the actions
// of Peru", "criticism of Chile's policy": whose conduct it was.
func (v *sentence) refusedAuthorTarget(fa *frameAct) bool {
	f := fa.f
	if f.Type != geokg.Rejects && f.Type != geokg.Denies && f.Type != geokg.Condemns && !(f.Type == geokg.Supports && v.welcomes(fa.t)) {
		return false
	}
	if k, as := v.refusedAuthor(fa.t, f, fa.passive, fa.src); len(as) > 0 {
		fa.tgt, fa.tgtSlot = as, slotVia(Slot{Rel: v.word(k).Deprel}, "<", v.lemmas[k], ">author", "")
	}
	return len(fa.tgt) > 0
}

// hostedOwnerTarget reads "Lima hosted a delegation of Chilean officials", "the kingdom
// hosts US combat forces", "Peru hosts the headquarters of the Andean Command", "Chile
// will host an OAS summit": see hostedOwners.
func (v *sentence) hostedOwnerTarget(fa *frameAct) bool {
	if fa.f.Type != geokg.Hosts || v.word(fa.t).UPOS != "VERB" || !hostOwnerVerbs[v.lemmas[fa.t]] {
		return false
	}
	if k, as := v.hostedOwners(fa.t, fa.passive, fa.src); len(as) > 0 {
		fa.tgt, fa.tgtSlot = as, slotVia(Slot{Rel: "obj"}, "<", v.lemmas[k], ">owner", "")
	}
	return len(fa.tgt) > 0
}

// sanctionBreakerTarget reads "Iraq flouted the UN sanctions": those who break sanctions
// that name no target are under them.
func (v *sentence) sanctionBreakerTarget(fa *frameAct) bool {
	if fa.f.Type != geokg.Sanctions {
		return false
	}
	if as := v.sanctionBreaker(fa.t); len(as) > 0 {
		fa.tgt, fa.tgtSlot = as, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[v.word(fa.t).Head], ">obj", "", "")
	}
	return len(fa.tgt) > 0
}

// tradePartnerTarget reads "an embargo on trade with Iraq", "a ban on imports from
// Russia": the goods' other side.
func (v *sentence) tradePartnerTarget(fa *frameAct) bool {
	if fa.f.Type != geokg.Sanctions {
		return false
	}
	if as := v.tradePartner(fa.t); len(as) > 0 {
		fa.tgt, fa.tgtSlot = as, slotAt(Slot{Rel: "nmod", Case: "on"})
	}
	return len(fa.tgt) > 0
}

// recipientTarget reads "Pakistan is the fifth largest recipient of US aid": who
// receives it.
func (v *sentence) recipientTarget(fa *frameAct) bool {
	w := v.word(fa.t)
	if fa.f.Type != geokg.Aids || w.UPOS != "NOUN" {
		return false
	}
	if as := v.recipient(fa.t); len(as) > 0 {
		fa.tgt, fa.tgtSlot = as, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[w.Head], ">nmod:of", "", "")
	}
	return len(fa.tgt) > 0
}

// demandedTarget reads "Canada demanded that Saudi Arabia free the activists", "British
// demands that Russia explain": the demand is on the subject of what it asks for.
func (v *sentence) demandedTarget(fa *frameAct) bool {
	if fa.f.Type != geokg.Demands {
		return false
	}
	if k, as := v.demandedOf(fa.t); len(as) > 0 {
		fa.tgt, fa.tgtSlot = as, slotVia(Slot{Rel: syntax.BaseRel(v.word(k).Deprel)}, ">nsubj", "", "", "")
	}
	return len(fa.tgt) > 0
}

// receivedFromSource reads "ignored calls from Chile" parsed with the "from" phrase on
// the verb: the reaction's author, for a reaction noun with no source. It sets the
// source only: reactionRecipientTarget then finds the one who receives it.
func (v *sentence) receivedFromSource(fa *frameAct) bool {
	w := v.word(fa.t)
	if len(fa.src) > 0 || w.UPOS != "NOUN" || !receivedTypes[fa.f.Type] {
		return false
	}
	if q := v.reactionCount(fa.t); q > 0 {
		// "drew a wave of criticism from Chile": the "from" phrase on the count, or on
		// the verb the count is the object of
		if as := v.argument(q, v.dependents(q, Slot{Rel: "nmod", Case: "from"}, false)); len(as) > 0 && !v.vagueSource(q) {
			fa.src, fa.srcSlot = as, slotVia(Slot{Rel: "nmod:from<"}, v.lemmas[q], ">nmod", "", "")
			return len(fa.tgt) > 0
		}
		w = v.word(q)
	}
	if h := w.Head; h > 0 && w.Deprel == "obj" && v.receives(h, fa.f.Type) {
		if as := v.argument(h, v.dependents(h, Slot{Rel: "obl", Case: "from"}, false)); len(as) > 0 && !v.vagueSource(h) {
			fa.src, fa.srcSlot = as, slotVia(Slot{Rel: "obl:from<"}, v.lemmas[h], ">obj", "", "")
		}
	}
	return len(fa.tgt) > 0
}

// reactionRecipientTarget reads "Peru came under criticism from Chile", "despite pleas
// from Chile", "ignored calls from Chile", "ignored Chile's calls": the clause's subject
// receives a reaction whose author its "from" or "by" phrase, its possessor, nationality
// or name compound names. A threat with an act of its own (actClause) is left to that act.
func (v *sentence) reactionRecipientTarget(fa *frameAct) bool {
	w := v.word(fa.t)
	if w.UPOS != "NOUN" || !receivedTypes[fa.f.Type] || len(fa.src) == 0 || fa.f.Type == geokg.Threatens && v.actClause(fa.t) {
		return false
	}
	if sl := fa.srcSlot; sl.slot() != (Slot{Rel: "nmod", Case: "from"}) && sl.slot() != (Slot{Rel: "nmod", Case: "by"}) && sl.s.Rel != "obl:from<" && sl.s.Rel != "nmod:from<" && !authorModifier[sl.slot()] {
		return false
	}
	if as, clause, owner := v.reactionRecipient(fa.t, fa.f.Type); len(as) > 0 && !v.vagueSource(fa.t) {
		more := ""
		if owner {
			more = ">owner"
		}
		fa.tgt, fa.tgtSlot = as, slotVia(Slot{Rel: "nsubj<"}, v.lemmas[clause], ">", syntax.BaseRel(w.Deprel), more)
	}
	return len(fa.tgt) > 0
}

// actClause reports whether the noun at t has a to-infinitive of its own: a threat's act
// ("Boric dismissed Peru's threat to invade Chile"), whose target is the act's, not the
// one who receives the threat.
func (v *sentence) actClause(t int) bool {
	for _, k := range v.kids[t] {
		if v.word(k).Deprel == "acl" && v.hasChild(k, "mark", "to") {
			return true
		}
	}
	return false
}

// authorModifier are the slots of a reaction's author named with the noun itself: its
// possessor, nationality or name compound ("ignored Chile's calls", "despite Chinese
// protests", "faces new US sanctions"), or its "of" phrase, for the nouns whose frames
// take their source there ("drew the ire of Chile").
var authorModifier = map[Slot]bool{{Rel: "nmod:poss"}: true, {Rel: "amod"}: true, {Rel: "compound"}: true, {Rel: "nmod", Case: "of"}: true}

// receivedTypes are the types of a reaction whose author stands in its "from" phrase
// and whose target the clause names (reactionRecipient).
// (A claim is left out: "dismissed a claim by the US that he had a plane ready" is no
// accusation of the one who dismisses it.)
var receivedTypes = map[geokg.RelationType]bool{
	geokg.Condemns: true, geokg.Demands: true, geokg.Threatens: true, geokg.Sanctions: true,
	geokg.Supports: true,
}

// modifiedTargets returns fa with the target a modifying clause or an owner gives it, in
// these steps: the object of a likened relative clause, the object a set-off participle
// describes, a support's beneficiary (which sets the source too), the noun a participle
// modifies, the author of the stance a reaction is to, and the owner of what is attacked,
// supported or recognised. It returns false when the frame reads nothing: an asset verb
// ("shot down") without both an author and an owner.
func (v *sentence) modifiedTargets(fa frameAct) (frameAct, bool) {
	v.likenedRelativeTarget(&fa)
	v.apposedParticipleTarget(&fa)
	v.beneficiaryParties(&fa)
	v.participleNounTarget(&fa)
	v.stanceAuthorTarget(&fa)
	if !v.assetOwnerTarget(&fa) {
		return fa, false
	}
	v.stakeOwnerTarget(&fa)
	return fa, true
}

// likenedRelativeTarget reads the object of a likened relative clause: the relative
// pronoun misparsed as the object is the subject, so the object is the clause's other
// noun.
func (v *sentence) likenedRelativeTarget(fa *frameAct) {
	if !fa.likenedRelative {
		return
	}
	fa.tgt = nil
	for _, k := range v.dependents(fa.t, Slot{Rel: "obj"}, fa.passive) {
		if v.relativeAntecedent(k) == 0 {
			fa.tgt = append(fa.tgt, v.actorsOf(k)...)
		}
	}
}

// apposedParticipleTarget reads "fighting Hamas, supported by Qatar and Turkey,": the
// participle set off after an object describes it.
func (v *sentence) apposedParticipleTarget(fa *frameAct) {
	if len(fa.tgt) > 0 || !containsRel(fa.f.Target, "obj") {
		return
	}
	if o := v.apposedParticiple(fa.t); o > 0 {
		fa.tgt, fa.tgtSlot = v.actorsOf(o), slotAt(Slot{Rel: "obj"})
	}
}

// beneficiaryParties reads "Maduro still has the support of Turkey": the support is
// Turkey's, for him; it sets both parties whatever the slots found.
func (v *sentence) beneficiaryParties(fa *frameAct) {
	if bs, bt := v.beneficiary(fa.t, fa.f.Type); len(bs) > 0 && len(bt) > 0 {
		fa.src, fa.tgt = bs, bt
		fa.srcSlot, fa.tgtSlot = slotAt(Slot{Rel: "nmod", Case: "of"}), slotVia(Slot{Rel: "nsubj<"}, v.lemmas[v.word(fa.t).Head], ">obj", "", "")
	}
}

// participleNounTarget reads "the diplomats expelled by Albania": the noun a participle
// modifies is its object; or the nearer opponent of "pitting the Houthis against a
// coalition supported by the US", the possessor of "its United States-backed plans"
// (backing someone's plan backs them), or the name set off after the phrase and
// misattached inside it ("a militia backed by Iran, Harakat al-Nujaba,").
func (v *sentence) participleNounTarget(fa *frameAct) {
	t, w := fa.t, v.word(fa.t)
	if len(fa.tgt) > 0 || !(w.Deprel == "acl" || v.modifyingParticiple(t)) || !containsRel(fa.f.Target, "obj") {
		return
	}
	fa.tgt, fa.tgtSlot = v.withoutConjuncts(w.Head, v.actorsOf(w.Head)), slotAt(Slot{Rel: "obj"})
	if as := v.nearerOpponent(t); len(as) > 0 {
		fa.tgt = as
	}
	if len(fa.tgt) == 0 && fa.f.Type == geokg.Supports && v.modifyingParticiple(t) {
		fa.tgt = v.possessorOf(w.Head)
	}
	if len(fa.tgt) == 0 {
		fa.tgt = v.apposedName(w.Head, fa.src)
	}
}

// stanceAuthorTarget reads "declared himself leader - a move recognised by the US", "...,
// a position which China supported": a reaction with a source and no target is to the
// stance's author.
func (v *sentence) stanceAuthorTarget(fa *frameAct) {
	t, f, w := fa.t, fa.f, v.word(fa.t)
	if len(fa.tgt) > 0 || !reactions[f.Type] || len(fa.src) == 0 {
		return
	}
	tw := v.slotWord(t, f.Target, fa.passive)
	if (w.Deprel == "acl" || v.modifyingParticiple(t)) && containsRel(f.Target, "obj") {
		tw = w.Head
	}
	if tw == 0 {
		return
	}
	if a := v.relativeAntecedent(tw); a > 0 {
		tw = a
	}
	if as := v.stanceAuthor(tw); len(as) > 0 {
		fa.tgt, fa.tgtSlot = as, slotAt(Slot{Rel: "appos"})
	}
}

// assetOwnerTarget reads "Turkey shot down a Russian jet", "Israel struck Iran's
// reactor", "airstrikes against ISIS targets": attacking what an actor owns attacks the
// owner (a verb only with an author: an act told without one is left to the pattern
// table; a noun's author may come later, from the verb it is under). The asset verbs
// attack nothing else ("struck a deal", "the sanctions target Iran") but, for those of
// class rout-verb, an armed group named as their object ("vowed to destroy the Shining
// Path"): it reports false when such a verb lacks an author or an owner.
func (v *sentence) assetOwnerTarget(fa *frameAct) bool {
	f := fa.f
	if f.Type != geokg.Attacks {
		return true
	}
	verb := v.word(fa.t).UPOS == "VERB"
	assetOnly := verb && len(f.Requires) == 0 && assetVerbs[f.Lemma]
	if assetOnly && !v.routed(fa.t, fa.tgt) {
		fa.tgt = nil
	}
	if len(fa.tgt) == 0 && (len(fa.src) > 0 || !verb) {
		if as, sl := v.ownedTarget(fa.t, f.Target, fa.passive, v.assetOwner); len(as) > 0 {
			fa.tgt, fa.tgtSlot = as, slotAt(sl)
		}
	}
	return !assetOnly || len(fa.tgt) > 0 && len(fa.src) > 0
}

// routed reports whether the verb at t, of class rout-verb, attacks the actors tgt
// themselves: all of them armed groups ("destroy the Shining Path"; not "defeated Peru in
// the final"), with the verb told as an act or a vow: a finite or perfect form ("Chile
// defeated the Shining Path", "has defeated"), or an infinitive under a modal or a
// threat verb ("vowed to destroy", "will crush"). A gerund or another infinitive names
// an aim or a role more often than an act ("focused on defeating", "what it means to
// defeat", "serious about defeating", "committed to defeating").
func (v *sentence) routed(t int, tgt []int) bool {
	if !routVerbs[v.lemmas[t]] || len(tgt) == 0 {
		return false
	}
	switch x := v.word(t).XPOS; {
	case x == "VBG":
		return false
	case x == "VB" && !v.vowedAct(t) && !v.hasKid(t, "aux"):
		return false
	}
	for _, a := range tgt {
		if !v.actors[a].Armed {
			return false
		}
	}
	return true
}

// stakeOwnerTarget reads "backed Israel's right to defend itself", "a commitment to
// Israel's security", "recognized Kosovo's independence": what a state holds stands for
// the state.
func (v *sentence) stakeOwnerTarget(fa *frameAct) {
	if len(fa.tgt) > 0 || len(fa.src) == 0 || fa.f.Type != geokg.Supports && fa.f.Type != geokg.Recognizes {
		return
	}
	if as, sl := v.ownedTarget(fa.t, fa.f.Target, fa.passive, v.stakeOwner); len(as) > 0 {
		fa.tgt, fa.tgtSlot = as, slotAt(sl)
	}
}

// statedType returns fa with the type it states and why not: the trigger's block; a
// threat on a friendly act is a promise, not done, and a hostile act held over another a
// threat by the one who holds it; the one who says another should be held responsible is
// the source; the sense its words give it (wordSense); telling in writing is no meeting;
// talks refused are a rejection of the other party (refusedTalks).
func (v *sentence) statedType(fa frameAct) frameAct {
	t, f, w := fa.t, fa.f, v.word(fa.t)
	blocked, threat := fa.blocked, fa.threat
	src, srcSlot := fa.src, fa.srcSlot
	typ := f.Type
	reason := blocked
	refused := v.refusedTalks(t, typ, blocked)
	if refused {
		reason = "" // read below as a rejection, once the meeting's own sense is checked
	}
	if threat != 0 && reason == "" && !hostile(f.Type) {
		// "pledged to continue close collaboration": a promise, not a threat
		reason = "not done: " + v.lemmas[threat]
	}
	if threat != 0 && reason == "" {
		if ts := v.dependents(threat, Slot{Rel: "nsubj"}, isPassive(v, threat)); len(ts) > 0 {
			if as := v.argument(threat, ts); len(as) > 0 {
				src = as
			}
		}
		typ = geokg.Threatens
	}
	if reason == "" && len(src) == 0 && v.heldResponsible(t) {
		// "says Tehran should be held responsible": whoever says so accuses
		if sp := v.reportedBy(t); sp > 0 {
			if src = v.argument(sp, v.subjects(sp)); len(src) == 0 {
				src = v.inheritedSubject(sp)
			}
			srcSlot = slotVia(Slot{Rel: "nsubj<"}, v.lemmas[sp], ">ccomp", "", "")
		}
	}
	if reason == "" {
		typ, reason = v.wordSense(t, typ, src, fa.tgt)
	}
	if reason == "" && typ == geokg.Meets && w.UPOS == "VERB" && tellingVerbs[v.lemmas[t]] {
		if n := v.writtenWith(t); n > 0 {
			reason = "written: " + v.lemmas[n] // "told Barr in a letter": no meeting
		}
	}
	if refused && reason == "" {
		typ = geokg.Rejects
	}
	fa.typ, fa.reason, fa.src, fa.srcSlot = typ, reason, src, srcSlot
	return fa
}

// refusalWords turn down meeting or working with someone (class refusal-word).
var refusalWords = wordClass("refusal-word")

// refusedTalks reports whether the meeting or cooperation verb at t, blocked for the
// reason blocked, is the to-infinitive of a refusal verb or noun that blocks it and is
// itself plainly done: "Chile refused to negotiate with Peru", "declined to meet Boric",
// "Chile's refusal to talk to Peru" reject the talks (CAMEO 125); "did not refuse to meet",
// "would refuse to talk to" and "refused to meet its commitments" (wordSense) reject none.
func (v *sentence) refusedTalks(t int, typ geokg.RelationType, blocked string) bool {
	if typ != geokg.Meets && typ != geokg.CooperatesWith || v.word(t).UPOS != "VERB" {
		return false
	}
	h := v.word(t).Head
	if rel := syntax.BaseRel(v.word(t).Deprel); h <= 0 || rel != "xcomp" && rel != "acl" && rel != "advcl" || !v.hasChild(t, "mark", "to") {
		return false
	}
	if !refusalWords[v.lemmas[h]] || blocked != "not done: "+v.lemmas[h] && blocked != "purpose: to" {
		return false // the parser may read the infinitive as a purpose: "has long refused to meet"
	}
	b, threat := v.qualify(h)
	return b == "" && threat == 0
}

// wordSense returns the type the trigger at t states in the sense its words give it, and
// why it states none: a person's attack on a person or a body is words (CONDEMNS: "Ruiz
// attacked Boric") and an attack told as one of words (WordedAttack: "a scathing attack on
// Peru", "attacked Peru in a speech") a condemnation; a welcome that greets a person is
// hosting a visitor (HOSTS: "Chile's leaders welcomed Boric warmly": greeting; none when
// the person joins a body, "welcomed Ruiz into the cabinet": intoBody); a warning of a
// past fact ("warned Peru that hackers had entered"), an outcome wished for the object
// ("wants Peru to win"), a speech to an assembly ("spoke to the General Assembly"), a
// meeting called off before it took place ("cancelled his visit to Peru": calledOff), a
// commitment met ("met its obligations to Chile": commitmentMet), a recognition of an actor as no state, government or leader ("recognised Peru as a
// partner": recognisedRole) and a war or fight of no arms ("the trade war with Peru",
// "Boric's fight against the Senate": unarmedFight) state nothing; support offered,
// pledged or given that is no material help is backing (SUPPORTS: "pledged its support
// to Boric": backingSupport).
func (v *sentence) wordSense(t int, typ geokg.RelationType, src, tgt []int) (geokg.RelationType, string) {
	switch {
	case typ == geokg.Attacks && (v.wordsAttack(t, src, tgt) || v.wordedAttack(t)):
		return geokg.Condemns, ""
	case typ == geokg.Attacks && warWords[v.lemmas[t]]:
		return typ, v.unarmedFight(t, tgt)
	case typ == geokg.Meets && v.word(t).UPOS == "NOUN":
		if c := v.calledOff(t); c > 0 {
			return typ, "called off: " + v.lemmas[c]
		}
	case v.word(t).UPOS != "VERB":
		// the other senses are read on verbs only
	case typ == geokg.Meets && meetingVerbs[v.lemmas[t]]:
		if c := v.commitmentMet(t); c > 0 {
			return typ, "a commitment met: " + v.lemmas[c]
		}
	case typ == geokg.Threatens && warningVerbs[v.lemmas[t]]:
		if c := v.pastFact(t); c > 0 {
			return typ, "a fact told: " + v.lemmas[c]
		}
	case typ == geokg.Demands:
		if c := v.wishedOutcome(t); c > 0 {
			return typ, "a wish: " + v.lemmas[c]
		}
	case typ == geokg.Meets && speakingVerbs[v.lemmas[t]] && v.toAssembly(t):
		return typ, "a speech: to an assembly"
	case typ == geokg.Supports && greetingVerbs[v.lemmas[t]] && v.allPersons(tgt) && v.greeting(t):
		if v.intoBody(t) {
			return typ, "a greeting: " + v.lemmas[t] // "welcomed Ruiz into the cabinet"
		}
		return geokg.Hosts, ""
	case typ == geokg.Recognizes:
		if r := v.recognisedRole(t); r > 0 {
			return typ, "a role: " + v.lemmas[r]
		}
	case typ == geokg.Aids && v.backingSupport(t):
		return geokg.Supports, ""
	}
	return typ, ""
}

// backingVerbs give support as one gives backing (class `backing-verb`: offer, pledge,
// give, grant); materialSupports are the modifiers that make the support given a thing
// (class `material-support`: military, financial, logistical, humanitarian ...), and
// backingModifiers those that make it backing whatever the verb (class
// `backing-support`: political, moral, full, unwavering ...).
var (
	backingVerbs     = wordClass("backing-verb")
	materialSupports = wordClass("material-support")
	backingModifiers = wordClass("backing-support")
)

// backingSupport reports whether the object of the aid verb at t (its subject, when
// passive) is "support" that is backing: given by a backing verb with no modifier that
// makes it material ("offered its support to Peru", "pledged support to Boric"; "pledged
// military support to Peru" aids it), or with a modifier that makes it backing ("provided
// full support to Boric"; "provided support to Peru" aids it).
func (v *sentence) backingSupport(t int) bool {
	for _, k := range v.kids[t] {
		if d := v.word(k).Deprel; (d == "obj" || d == "nsubj:pass") && v.lemmas[k] == "support" {
			return backingVerbs[v.lemmas[t]] && !v.hasModifierIn(k, materialSupports) || v.hasModifierIn(k, backingModifiers)
		}
	}
	return false
}

// hasModifierIn reports whether the noun n has an adjective or a noun modifier among the
// words.
func (v *sentence) hasModifierIn(n int, words map[string]bool) bool {
	for _, c := range v.kids[n] {
		if d := syntax.BaseRel(v.word(c).Deprel); (d == "amod" || d == "compound") && words[v.lemmas[c]] {
			return true
		}
	}
	return false
}

// commitmentNouns name what one meets as a commitment kept (class `commitment-noun`).
var commitmentNouns = wordClass("commitment-noun")

// commitmentMet returns the object of the meeting verb at t (its subject, when passive)
// that names a commitment kept ("met its obligations", "met every agreement with Chile",
// "the deadline was met"), or 0: such a verb meets no party.
func (v *sentence) commitmentMet(t int) int {
	for _, c := range v.kids[t] {
		if d := v.word(c).Deprel; (d == "obj" || d == "nsubj:pass") && commitmentNouns[v.lemmas[c]] {
			return c
		}
	}
	return 0
}

// recognitionRoles are the standings whose recognition is diplomatic: a state, its
// government, leader or capital.
var recognitionRoles = wordClass("recognition-role")

// recognisedRole returns the head of the "as" phrase of the recognition verb at t, or of
// its object, when that phrase gives the object a standing that is no state's, government's
// or claim's ("recognised Peru as a partner", "recognizing Chile as a stakeholder in the
// talks", "recognise the militias as a component of the army"), or 0 when recognition is
// diplomatic ("recognised Boric as the legitimate president", "as Peru's capital") or no
// standing is given.
func (v *sentence) recognisedRole(t int) int {
	for _, k := range v.kids[t] {
		d := syntax.BaseRel(v.word(k).Deprel)
		if d == "obl" && v.caseOf(k) == "as" {
			return v.otherRole(k)
		}
		if d != "obj" && !(d == "nsubj" && isPassive(v, t)) {
			continue
		}
		for _, c := range v.kids[k] {
			if syntax.BaseRel(v.word(c).Deprel) == "nmod" && v.caseOf(c) == "as" {
				return v.otherRole(c)
			}
		}
	}
	return 0
}

// otherRole returns the head of the "as" phrase at k when neither it nor a word it is
// coordinated with names a diplomatic standing ("as a stakeholder ... but also as a
// partner"), or 0.
func (v *sentence) otherRole(k int) int {
	if recognitionRoles[v.lemmas[k]] {
		return 0
	}
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "conj" && recognitionRoles[v.lemmas[c]] {
			return 0
		}
	}
	return k
}

// greetingVerbs welcome a visitor when their object is a person with no act of theirs.
var greetingVerbs = wordClass("greeting-verb")

// greeting reports whether the welcome at t greets its object, a person named by the
// object itself, rather than what the person does or is: no clause or "as" phrase of the
// verb or of its object tells it ("Chile's leaders welcomed Boric warmly", "Boric was
// welcomed by Ruiz on his arrival"; not "welcomed Boric as a partner", "welcomed Boric
// joining the talks", "welcomes Peru to join", "welcomed Boric's decision").
func (v *sentence) greeting(t int) bool {
	greets := false
	for _, k := range v.kids[t] {
		d := syntax.BaseRel(v.word(k).Deprel)
		if d == "xcomp" || d == "ccomp" || d == "obl" && v.caseOf(k) == "as" {
			return false
		}
		if d == "obj" || d == "nsubj" && isPassive(v, t) {
			for _, c := range v.kids[k] {
				switch d := syntax.BaseRel(v.word(c).Deprel); {
				case d == "acl" || d == "nmod" && v.caseOf(c) == "as":
					return false
				case d == "flat" && v.actor[c] >= 0:
					greets = true // "welcomed Pres. Boric": the title heads the name
				}
			}
			greets = greets || v.actor[k] >= 0
		}
	}
	return greets
}

// intoBody reports whether the verb at t has an "into" or "onto" phrase, which tells its
// object joins a body or a team ("welcomed Ruiz into the cabinet") rather than visits.
func (v *sentence) intoBody(t int) bool {
	for _, k := range v.kids[t] {
		if syntax.BaseRel(v.word(k).Deprel) == "obl" && (v.caseOf(k) == "into" || v.caseOf(k) == "onto") {
			return true
		}
	}
	return false
}

// participantPairs handles a reciprocal act without a source (a meeting, an agreement, an
// alliance, ties cut or restored): when the act was between two or three parties ("talks
// between Russia and Ukraine", "the deal between Peru and Chile was signed"), it appends a
// match for every pair of them to out and returns true; or it returns fa with the reason
// such parties state no act (one side unnamed, the clause blocked).
func (v *sentence) participantPairs(actors []Actor, seen map[[3]int]bool, out []Match, fa frameAct) (frameAct, []Match, bool) {
	t, f, w := fa.t, fa.f, v.word(fa.t)
	src, typ, reason := fa.src, fa.typ, fa.reason
	if reason == "" && len(src) == 0 && Reciprocal(typ) {
		// "Talks between Russia and Ukraine ended", "the talks, which included
		// Russia, Ukraine and Turkey, ended", "during a call between Trump and
		// Turnbull", "after an agreement between Russia and the rebels": those the
		// act was between took part, every pair of them
		if ps, slot := v.participants(t); len(ps) >= 2 && len(ps) <= maxReciprocal {
			circ := v.circumstance(t) || v.pastMarked(t)
			if circ && oneSide(actors, ps) {
				// "at a summit between Kim and South Korean President Moon": one
				// party unnamed, the other named twice
				reason = "no source"
			} else if b, _ := v.qualify(w.Head); b != "" && !circ {
				reason = b // "talks between them will begin", "... could resume"
			} else {
				rel := "nsubj"
				if v.circumstance(t) {
					rel = "obl:" + v.caseOf(t)
				} else if circ {
					rel = syntax.BaseRel(w.Deprel) // "praised the 1929 treaty between"
				}
				path := rel + "<" + v.lemmas[w.Head] + ">" + v.lemmas[t] + ">" + slot
				out = everyPair(out, seen, actors, ps, Match{Type: typ, Trigger: t, Frame: f, Path: path})
				return fa, out, true
			}
		} else if ps := v.placedParticipants(t); len(ps) >= 2 && len(ps) <= maxReciprocal {
			// "brokered the treaty between Chile and Peru", "a statement on the call
			// between Boric and Ruiz", "it was the only treaty between Lima and Quito":
			// as done as the noun's own place says
			if b, _ := v.qualify(t); b != "" {
				reason = b
			} else if b := v.placeUndone(t); b != "" {
				reason = b
			} else if !oneSide(actors, ps) {
				path := "root<" + v.lemmas[t] + ">nmod:between"
				if w.Head > 0 {
					path = syntax.BaseRel(w.Deprel) + "<" + v.lemmas[w.Head] + ">" + v.lemmas[t] + ">nmod:between"
				}
				out = everyPair(out, seen, actors, ps, Match{Type: typ, Trigger: t, Frame: f, Path: path})
				return fa, out, true
			}
		}
	}
	fa.reason = reason
	return fa, out, false
}

// checkSource returns fa blocked when it has no source, when its only targets are the
// source's own people or staff, the venues of a meeting with others, or (for a symmetric
// act) the source's own state or official, or when it is a journey that is not a
// person's or that goes home; a journey's targets are only those abroad.
func (v *sentence) checkSource(actors []Actor, fa frameAct) frameAct {
	t, passive := fa.t, fa.passive
	src, tgt, reason := fa.src, fa.tgt, fa.reason
	if reason == "" && len(src) == 0 {
		reason = "no source"
	}
	if reason == "" && len(tgt) > 0 {
		tgt, reason = v.otherParties(actors, fa, src, tgt)
	}
	if reason == "" && journeyWords[v.lemmas[t]] && (passive || !v.allPersons(src)) {
		// "Americans traveled to Syria", "jets flew to Syria", "five prisoners were
		// flown to Qatar": only a person who travels visits
		reason = "no visit: not a person's journey"
	}
	if reason == "" && journeyWords[v.lemmas[t]] {
		// "Nunes made a trip to the White House", "flew back to Washington": a
		// journey home visits no one
		var abroad []int
		for _, a := range tgt {
			home := false
			for _, b := range src {
				home = home || actors[b].Side != "" && actors[b].Side == actors[a].ID
			}
			if !home {
				abroad = append(abroad, a)
			}
		}
		if tgt = abroad; len(tgt) == 0 {
			reason = "no visit: a journey home"
		}
	}
	if reason == "" && journeyWords[v.lemmas[t]] {
		if n := v.gatheringOfOthers(t, tgt); n > 0 {
			reason = "no visit: a gathering of others: " + v.lemmas[n] // "arrived in Hanoi for the summit"
		}
	}
	fa.tgt, fa.reason = tgt, reason
	return fa
}

// otherParties returns the targets tgt of fa that are other parties than its sources
// src, and why there is none when it drops them all: a state named by its people or staff
// is none of its own official or body ("Boric urged Chileans to vote"), a place gone to
// only to meet others is the venue ("flew to Peru for talks with Bolivia"), and a state
// and its own official are one side of a symmetric act ("a Chile meeting with Boric").
func (v *sentence) otherParties(actors []Actor, fa frameAct, src, tgt []int) ([]int, string) {
	if tgt = v.othersThanOwnPeople(actors, tgt, src); len(tgt) == 0 {
		return nil, "own people or staff"
	}
	if fa.typ == geokg.Meets && destinationWord(v.lemmas[fa.t]) {
		if tgt = v.othersThanVenues(actors, fa.t, tgt); len(tgt) == 0 {
			return nil, "venue: met others there"
		}
	}
	if fa.typ.Symmetric() {
		if tgt = othersThanOwnState(actors, tgt, src); len(tgt) == 0 {
			return nil, "one side: own state"
		}
	}
	return tgt, ""
}

// announced returns fa unblocked when its source holds a coercive act over another (a
// threat) or announces a rejection, an act it will do or talks it will not hold (then a
// rejection); an unresolved source is then the one who announced it.
func (v *sentence) announced(actors []Actor, fa frameAct) frameAct {
	t := fa.t
	src, typ, reason := fa.src, fa.typ, fa.reason
	if coercive(typ) && (v.ownThreat(t, reason, actors, src, !announceable(typ)) || v.ownReadiness(t, reason, actors, src)) {
		reason, typ = "", geokg.Threatens
	}
	// "Peru said it will not negotiate with Chile": talks refused, as "refused to
	// negotiate" (refusedTalks)
	refusal := typ == geokg.Meets && v.word(t).UPOS == "VERB"
	if typ == geokg.Rejects || announceable(typ) || refusal {
		if ok, speakers := v.announcedAct(t, reason, actors, src, refusal); ok {
			reason = "" // "Iran vowed it would defy the council's decision", "said it would expel"
			if refusal {
				typ = geokg.Rejects
			}
			if len(src) == 0 {
				src = speakers // "it" unresolved: the one who vowed
			}
		}
	}
	fa.src, fa.typ, fa.reason = src, typ, reason
	return fa
}

// reported returns fa blocked when another than its parties reports it ("Ukraine said
// Russia attacked Kyiv"; a noun trigger's attack or threat by the clause of its support
// verb, fa.carrier: "Chile said Peru ordered the attack on Bolivia"), with the
// accusations such a report of wrongdoing makes appended to out, or unblocked with the
// reading "confirmed act" when the speaker confirms what another did; an official who
// tells of their own state's support ("Ruiz said Peru stands with Chile") supports its
// target too (reading "own side's support told", appended to out).
func (m *Matcher) reported(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, fa frameAct) (frameAct, []Match) {
	t, f := fa.t, fa.f
	src, tgt, typ, reason := fa.src, fa.tgt, fa.typ, fa.reason
	var speakers []int
	reading := ""
	clause := t
	if fa.carrier > 0 && wrongdoing(typ) {
		clause = fa.carrier
	}
	if sp := v.reportedBy(clause); reason == "" && sp > 0 && !v.firstPerson(src) {
		// "Ukraine said Russia attacked Kyiv" is Ukraine's claim, not a fact;
		// "Iran said it expelled them" is Iran's own act, and so is a quotation's
		// "we" ("“We killed them,” says Omar, a Taliban commander": the speaker's
		// side, whoever the parse makes the verb's subject)
		parties := slices.Clip(src) // appended to below: no write into fa.src's array
		for _, d := range v.subjects(clause) {
			// every subject of the act, also one the frame left out ("saying she and
			// Boric had met": the speaker's own act)
			parties = append(parties, v.argument(t, []int{d})...)
		}
		var own, sides []int // officials who tell of their own state's or body's support
		for _, a := range src {
			if !actors[a].Person {
				sides = append(sides, a) // (not another official's: "said Pence expressed support")
			}
		}
		for _, a := range v.speakers(sp) {
			if typ == geokg.Supports && actors[a].Person && !contains(parties, a) && party(actors, a, sides) {
				own = append(own, a)
			}
			if party(actors, a, parties) || !hostile(typ) && party(actors, a, tgt) || actors[a].Medium && !wrongdoing(typ) {
				// "Obama said he and Castro spoke": a party tells of its own act;
				// "Abbas confirmed Israel shared information with the PA": the
				// other party of a friendly act bears it out; "Peru's minister
				// summoned the Chilean envoy and lodged a protest, the state news
				// agency reported": a news medium's report of an act not of force or
				// threat is the news (of an attack it may be its side's claim)
				continue
			}
			reason = "reported by another: " + v.lemmas[sp]
			speakers = append(speakers, a)
		}
		if len(speakers) > 0 && wrongdoing(typ) && (clause == t || len(tgt) > 0) && !v.noMisdeed(fa) && v.saying(sp) && !v.mutualAct(t) {
			// ... and a claim that another did a hostile act is an accusation
			// (not one unsaid: "did not say Russia attacked", "would claim that";
			// nor a fight between its subjects: "said Peru and Bolivia attacked each other";
			// nor a warning: "said Bolivia had warned Chile against any incursion";
			// nor a launch at no one: "said Peru had fired two missiles into the sea";
			// nor a noun's act at no one: "said Peru launched a campaign").
			out = m.accusations(out, seen, actors, speakers, src, t, f, "reported act",
				"nsubj<"+v.lemmas[sp]+">ccomp>"+v.lemmas[t])
		}
		if len(own) > 0 && reason == "" && v.saying(sp) {
			// "Ruiz said Peru stands with Chile": telling of one's own state's support
			// is the official's support too
			out = crossPairs(out, seen, actors, own, tgt, -t, Match{Type: geokg.Supports, Trigger: t, Frame: f,
				Path: "nsubj<" + v.lemmas[sp] + ">ccomp>" + v.lemmas[t], Reading: "own side's support told"}, nil)
		}
		if len(speakers) > 0 && confirmVerbs[v.lemmas[sp]] && v.doneBefore(clause) && v.confirmed(sp) {
			// "Obama confirmed that Jordan had taken part in the strikes": the
			// speaker bears out what another did
			reason, reading = "", "confirmed act"
		}
	}
	fa.reason, fa.reading = reason, reading
	return fa, out
}

// reciprocalPairs handles a reciprocal act without a target ("Saudi Arabia and Iran
// agreed to restore ties"), or an act whose object is "each other" or "one another"
// ("Peru and Chile accused each other": both ways, mutualAct): when two or three
// conjuncts act, it appends a match for every pair of them to out and returns true,
// unless they addressed another, which blocks fa.
func (v *sentence) reciprocalPairs(actors []Actor, seen map[[3]int]bool, out []Match, fa frameAct) (frameAct, []Match, bool) {
	t, f, passive := fa.t, fa.f, fa.passive
	tgt, srcSlot, carrier, typ, reason := fa.tgt, fa.srcSlot, fa.carrier, fa.typ, fa.reason
	each := (hostile(typ) && typ != geokg.Demands || typ == geokg.Supports) && v.word(t).UPOS == "VERB" && v.mutualAct(t)
	mutual := v.traded(t, typ) || each
	if reason == "" && len(tgt) == 0 && (Reciprocal(typ) || mutual) {
		// "Saudi Arabia and Iran agreed to restore ties": the coordinated
		// subjects act on each other, one actor for each conjunct (of "the midst"
		// for its talks: "are in the midst of talks")
		reps := v.conjuncts(v.midstHead(t), passive)
		if carrier > 0 && v.word(t).Deprel == "obj" && (v.lemmas[carrier] == "have" || typ != geokg.CooperatesWith || v.jointAct(t)) {
			// "the US and the UK have an alliance", "the US and China announced
			// an agreement", "Chile and Peru launched a joint operation": the
			// support verb's subjects (not "Russia and the US have carried out
			// exercises": each their own)
			reps = v.conjuncts(carrier, isPassive(v, carrier))
		}
		if h := v.occasionVerb(t, typ); h > 0 {
			// "Peru and Chile discussed trade during talks": the talks the
			// subjects' act took place in were between them
			reps = v.conjuncts(h, false)
		}
		if len(reps) >= 2 && len(reps) <= maxReciprocal {
			if v.addressee(t, f.Requires) {
				// "the leaders of Germany and France told him": they addressed
				// another, whom the sentence names by no actor
				reason = "addressed another: " + v.lemmas[t]
			} else {
				// every pair of them: "the foreign ministers of Germany, France
				// and Italy met" is three meetings of two
				if st, r := v.wordSense(t, typ, reps, reps); each && r == "" {
					typ = st // "Ruiz and Boric attacked each other": in words
				}
				m := Match{Type: typ, Trigger: t, Frame: f, Path: srcSlot.slot().String() + "<" + v.lemmas[t] + ">conj"}
				out = everyPair(out, seen, actors, reps, m)
				if mutual {
					// "Peru and Chile traded insults": each insulted the other
					slices.Reverse(reps)
					out = everyPair(out, seen, actors, reps, m)
				}
				return fa, out, true
			}
		}
	}
	fa.reason = reason
	return fa, out, false
}

// agreedTerms reports whether "agree" at t settles terms with its "with" partner rather
// than taking its side: it has an object, an infinitive or a "to" or "on" phrase ("agreed
// with Chile to reopen the border", "agreed with Peru on a ceasefire"), or it is the
// relative clause of a thing agreed ("the deal she agreed with Chile"; not "Ruiz, who
// agrees with Boric"), or it has no subject of its own and is no conjunct (a participle:
// "the text agreed with Chile"). False for any other verb.
func (v *sentence) agreedTerms(t int) bool {
	if v.lemmas[t] != "agree" {
		return false
	}
	for _, c := range v.kids[t] {
		switch rel := syntax.BaseRel(v.word(c).Deprel); {
		case rel == "obj" || rel == "xcomp" || rel == "advcl" && v.hasChild(c, "mark", "to"):
			return true
		case rel == "obl" && (v.caseOf(c) == "to" || v.caseOf(c) == "on"):
			return true
		}
	}
	subjs := v.subjects(t)
	switch rel := syntax.BaseRel(v.word(t).Deprel); {
	case rel == "acl":
		return len(subjs) == 0 || !relativePronouns[v.lemmas[subjs[len(subjs)-1]]]
	case rel == "conj":
		return false
	}
	return len(subjs) == 0 // "the text agreed with Chile", whatever the parse hangs it on
}

// mutualVerbs trade an act between their subject and their "with" partner, who does it
// back (class mutual-verb: "Peru traded insults with Chile").
var mutualVerbs = wordClass("mutual-verb")

// traded reports whether the act of type typ on the trigger at t is traded between its
// parties, each doing it to the other: a mutual verb's, unless the type is symmetric and
// states both ways already.
func (v *sentence) traded(t int, typ geokg.RelationType) bool {
	return mutualVerbs[v.lemmas[t]] && !typ.Symmetric()
}

// mutualPartners appends to out, for a traded act done with a partner named by its
// "with" phrase ("Peru traded insults with Chile", "exchanged fire with Bolivian
// troops"), the partner's act back on each source (Chile CONDEMNS Peru), recorded in
// seen; nothing for a blocked act.
func (v *sentence) mutualPartners(actors []Actor, seen map[[3]int]bool, out []Match, fa frameAct) []Match {
	if fa.reason != "" || !v.traded(fa.t, fa.typ) || fa.tgtSlot.slot().Rel != "obl" || fa.tgtSlot.slot().Case != "with" {
		return out
	}
	path := fa.tgtSlot.slot().String() + "<" + v.lemmas[fa.t] + ">" + fa.srcSlot.slot().String()
	return crossPairs(out, seen, actors, fa.tgt, fa.src, fa.t, Match{Type: fa.typ, Trigger: fa.t, Frame: fa.f, Path: path}, nil)
}

// emit appends fa's matches to out: one for each source and target pair not yet in seen
// (recorded there), or, when blocked, one blocked match (one a source when only the
// target is missing, one a target when only the source is: the caller may find the other
// in the article).
func (v *sentence) emit(actors []Actor, seen map[[3]int]bool, out []Match, fa frameAct) []Match {
	t, f, passive := fa.t, fa.f, fa.passive
	src, tgt, srcSlot, tgtSlot := fa.src, fa.tgt, fa.srcSlot, fa.tgtSlot
	typ, reason, reading := fa.typ, fa.reason, fa.reading
	if reason == "" && len(tgt) == 0 {
		reason = "no target"
	}
	path := srcSlot.slot().String() + "<" + v.lemmas[t] + ">" + tgtSlot.slot().String()
	if reason == "no target" {
		// the caller may find the target in the article: one match a source
		tw := v.slotWord(t, f.Target, passive)
		if tw > 0 {
			if a := v.relativeAntecedent(tw); a > 0 {
				tw = a // "the plan, which was rejected by ...": the plan
			}
		}
		for _, a := range src {
			out = append(out, Match{Type: typ, Source: a, Target: -1, Trigger: t, Frame: f, Path: path, Blocked: reason, TargetWord: tw})
		}
		return out
	}
	if reason == "no source" && len(tgt) > 0 {
		// the caller may find the author in the article (a definite act noun
		// that refers back: "the strikes on Damascus killed ..."): one match a
		// target
		for _, b := range tgt {
			out = append(out, Match{Type: typ, Source: -1, Target: b, Trigger: t, Frame: f, Path: path, Blocked: reason})
		}
		return out
	}
	if reason != "" {
		out = append(out, Match{Type: typ, Source: -1, Target: -1, Trigger: t, Frame: f, Path: path, Blocked: reason})
		return out
	}
	for _, a := range src {
		for _, b := range tgt {
			if a == b || actors[a].ID == actors[b].ID {
				continue
			}
			if typ == geokg.Meets && personVerbs[v.lemmas[t]] && v.word(t).UPOS == "VERB" && (!v.person[a] || !v.person[b]) {
				continue
			}
			key := [3]int{a, b, t}
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, Match{Type: typ, Source: a, Target: b, Trigger: t, Frame: f, Path: path, Reading: reading})
		}
	}
	return out
}
