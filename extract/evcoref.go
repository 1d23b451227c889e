package extract

import (
	"fmt"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
	"github.com/geokg/geokg/syntax"
)

// Event coreference, part of the reading stage's context: the acts the article told
// (toldAct, recorded as the reading goes) and the definite act nouns that refer back to
// one of them ("Israeli jets struck Syria ... the strike killed ...", "Peru expelled
// Chile's envoy ... France condemned the expulsion"). A frame that needs an act's author
// or target and finds none in its sentence takes it from the act the noun refers to
// (referredAct), only when that act is clear: the nearest of its family within
// actRefWindow sentences, with no other act of the family told in between that the
// article does not resolve, nor another candidate that disagrees on its parties.

// toldAct is an act the article told: a relation of an act type written (author and
// target), or a frame of one that found its author but no actor as target ("Israel
// struck targets near the border") or the other way round.
type toldAct struct {
	si             int
	typ            geokg.RelationType
	author, target *entity // the author stands for its state (an official's country); nil when not named
	trigger        string  // the word that told it, as the explanation shows it
	quoted         bool    // told inside a quotation
	// fresh marks an act written as a relation for the first time in the article:
	// those the older fallbacks read (latestActOf, lastAct, otherAuthor).
	fresh bool
}

// actRefWindow is how many sentences before its own a definite act noun looks for the
// act it refers to; a bare "the move" or "the decision" looks only at its own sentence
// and the one before.
const actRefWindow = 6

// tellAct records an act told in sentence si; fresh when it is written as a relation
// for the first time. An official's or a national body's act is its state's.
func (d *document) tellAct(si int, typ geokg.RelationType, author, target *entity, trigger string, fresh bool) {
	if !actTypes[typ] || author == nil && target == nil {
		return
	}
	if (author == nil || target == nil) && d.hedged(si) {
		// a frame's act without one of its parties, in a sentence with a modal or a
		// condition ("New tariffs against Mexico will begin next week unless ..."): the
		// frame's checks of the act's clause may not have reached it
		return
	}
	if author != nil && author.country != "" && (author.kind == geokg.KindOfficial || author.kind == geokg.KindGroup && (author.subtype == geokg.Military || author.subtype == geokg.Agency)) {
		if c := d.countryEntity(author.country, d.sents[si].Start); c != nil {
			author = c
		}
	}
	if n := len(d.acts); n > 0 {
		if a := &d.acts[n-1]; a.si == si && a.typ == typ && a.author == author && a.target == target {
			a.fresh = a.fresh || fresh
			return
		}
	}
	d.acts = append(d.acts, toldAct{si: si, typ: typ, author: author, target: target, trigger: trigger,
		quoted: d.triggerQuoted(si, trigger), fresh: fresh})
}

// hedgeMarks make the acts of a sentence possibly undone: modals and conditions.
var hedgeMarks = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true, "should": true,
	"can": true, "'ll": true, "if": true, "unless": true, "whether": true,
}

// hedged reports whether sentence si holds a modal or a condition (hedgeMarks).
func (d *document) hedged(si int) bool {
	for _, t := range d.sents[si].Tokens {
		if hedgeMarks[t.Lower] {
			return true
		}
	}
	return false
}

// latestActOf returns the latest act of type t ("" for any type) written as a relation,
// or nil: the act of "the expulsion" when no act the noun refers to is clear
// (referredAct), as the article's topic. Its author is the country of an official or a
// national body.
func (d *document) latestActOf(t geokg.RelationType) *toldAct {
	for k := len(d.acts) - 1; k >= 0; k-- {
		if a := &d.acts[k]; a.fresh && (t == "" || a.typ == t) {
			return a
		}
	}
	return nil
}

// lastAct returns the author of the latest act of any type written as a relation, or
// nil: the author of "it" or "the easing" in a verdict.
func (d *document) lastAct() *entity {
	if a := d.latestActOf(""); a != nil {
		return a.author
	}
	return nil
}

// actNote names the act a in the explanation of a relation read through the act noun at
// token k of sentence si: `"strikes" = the act, told in sentence 3: Israel ATTACKS Syria
// (struck)`, with how the act was found (how).
func (d *document) actNote(si, k int, a *toldAct, how string) string {
	return fmt.Sprintf("%q = %s, told in sentence %d: %s %s %s (%s)", d.surface(si, k, k+1), how, a.si+1,
		actorName(a.author), a.typ, actorName(a.target), a.trigger)
}

// triggerQuoted reports whether the first word of sentence si that begins as the
// trigger does (its first four letters: "struck" for "strike" is not found and counts as
// outside) lies inside a quotation.
func (d *document) triggerQuoted(si int, trigger string) bool {
	toks := d.sents[si].Tokens
	hasQuote := false
	for _, t := range toks {
		if isQuoteMark(t.Text) {
			hasQuote = true
			break
		}
	}
	if !hasQuote || trigger == "" {
		return false
	}
	p := strings.ToLower(trigger)
	if len(p) > 4 {
		p = p[:4]
	}
	in := d.sentenceQuotes(si)
	for k, t := range toks {
		if strings.HasPrefix(t.Lower, p) {
			return in[k]
		}
	}
	return false
}

// actRefNouns are the nouns that may refer back to an act told before, with the family
// (relation type) of the act. "The move" or "the decision" are not among them: what they
// refer to is as often an act of no relation type ("Trump pulled the troops out ... the
// move drew criticism"), which the sentence rules read (bareActAuthor).
var actRefNouns = map[string]geokg.RelationType{
	"attack": geokg.Attacks, "attacks": geokg.Attacks, "strike": geokg.Attacks, "strikes": geokg.Attacks,
	"airstrike": geokg.Attacks, "airstrikes": geokg.Attacks, "raid": geokg.Attacks, "raids": geokg.Attacks,
	"bombing": geokg.Attacks, "bombings": geokg.Attacks, "shelling": geokg.Attacks, "bombardment": geokg.Attacks,
	"assault": geokg.Attacks, "offensive": geokg.Attacks, "incursion": geokg.Attacks, "invasion": geokg.Attacks,
	"sanctions": geokg.Sanctions, "embargo": geokg.Sanctions, "tariffs": geokg.Sanctions,
	"expulsion": geokg.Expels, "expulsions": geokg.Expels, "deportations": geokg.Expels,
	"recognition": geokg.Recognizes,
}

// specificActStems are the nouns that name an attack of one kind, with the beginnings of
// the words that tell that kind: "the bombing" refers to an act told as a bombing, not to
// any attack ("an Israeli offensive ... the bombing" are two acts). "attack", "assault"
// and "strike" name any.
var specificActStems = map[string][]string{
	"bombing": {"bomb"}, "bombings": {"bomb"}, "bombardment": {"bomb"}, "shelling": {"shell"},
	"invasion": {"invad", "invasion"}, "offensive": {"offensive"}, "incursion": {"incursion"},
	"raid": {"raid"}, "raids": {"raid"}, "airstrike": {"strik", "struck", "airstrik"},
	"airstrikes": {"strik", "struck", "airstrik"},
}

// sameKind reports whether an act told by the word trigger is of the kind the act noun
// names (specificActStems; any act of its family for the other nouns).
func sameKind(noun, trigger string) bool {
	stems, ok := specificActStems[noun]
	if !ok {
		return true
	}
	for _, p := range stems {
		if strings.HasPrefix(trigger, p) {
			return true
		}
	}
	return false
}

// actFamilyStems are the beginnings of the words that tell an act of each family, by
// verb or noun: a sentence between an act and a noun referring to it that holds one and
// told no act of that family the article resolved tells another act, which makes the
// reference unclear.
var actFamilyStems = map[geokg.RelationType][]string{
	geokg.Attacks: {"attack", "strik", "struck", "airstrik", "raid", "bomb", "shell", "invad", "invasion",
		"assault", "offensive", "incursion", "shot", "shoot", "ambush", "storm"},
	geokg.Sanctions:  {"sanction", "embargo", "tariff"},
	geokg.Expels:     {"expel", "expuls", "deport"},
	geokg.Recognizes: {"recogni"},
}

// refDeterminers open a definite noun phrase that refers back.
var refDeterminers = map[string]bool{"the": true, "this": true, "these": true, "that": true, "those": true}

// newActWords in an act noun's phrase make it another act than the one told before ("the
// first attack", "the latest sanctions", "the next strike", "the possible expulsion").
var newActWords = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "last": true, "latest": true,
	"previous": true, "earlier": true, "past": true, "next": true, "future": true, "possible": true,
	"potential": true, "planned": true, "proposed": true, "threatened": true, "alleged": true,
	"suspected": true, "such": true, "same": true, "subsequent": true, "later": true, "prior": true,
	"biggest": true, "largest": true, "deadliest": true, "worst": true, "only": true,
}

// hypotheticalHeads make an act in their "of" phrase one that is not done ("the threat
// of the sanctions", "the risk of an attack").
var hypotheticalHeads = map[string]bool{
	"threat": true, "threats": true, "danger": true, "risk": true, "fear": true, "fears": true,
	"possibility": true, "prospect": true, "prospects": true, "spectre": true, "specter": true,
	"chance": true, "likelihood": true, "plan": true, "plans": true, "call": true, "calls": true,
	"demand": true, "demands": true, "idea": true, "option": true,
}

// definiteActNoun reports whether token k of sentence si is an act noun that refers
// back to an act told before: "the strikes", "this attack", "the deadly raid", "the
// expulsions of diplomats". Not an indefinite or generic one ("an attack", "attacks like
// this", "any sanctions", "such strikes"), one that is another act ("the first attack",
// "the latest sanctions"), one named with an actor between its determiner and it ("the
// Israeli strikes": its author is named), one modifying another noun ("the attack
// helicopters"), nor the act of a threat or a risk ("the threat of the sanctions").
func (d *document) definiteActNoun(si, k int) bool {
	toks := d.sents[si].Tokens
	if k < 1 || k >= len(toks) {
		return false
	}
	if _, ok := actRefNouns[toks[k].Lower]; !ok {
		return false
	}
	if k+1 < len(toks) {
		switch n := toks[k+1].Lower; {
		case n == "like" || n == "such" || n == "-":
			return false // "attacks like this", "the attack-helicopter"
		case actRefNouns[n] == "" && (n == "helicopter" || n == "helicopters" || n == "group" || n == "regime" || n == "list" || n == "force" || n == "forces" || n == "aircraft" || n == "jets" || n == "drones" || n == "package"):
			return false // "the attack helicopters", "the sanctions regime", "the strike group"
		}
	}
	det := -1
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		w := toks[q].Lower
		if refDeterminers[w] {
			det = q
			break
		}
		if !toks[q].IsWord() || newActWords[w] || indefiniteWords[w] || prepositions[w] || d.mentionAt(si, q) != nil {
			return false
		}
	}
	if det < 0 {
		return false
	}
	// "the threat of the sanctions", "fears of the attack"
	if det >= 2 && toks[det-1].Lower == "of" && hypotheticalHeads[toks[det-2].Lower] {
		return false
	}
	return true
}

// referredAct returns the act the definite act noun at token k of sentence si refers
// to, and a note naming it for the explanation ("strike" = the act, told in sentence
// 3: Israel ATTACKS Syria (struck)); nil when the noun refers to no act clearly: no act
// of its family and kind (sameKind) told in the actRefWindow sentences before its own
// (an act of its own sentence may come after it), two acts of the family that disagree
// on their author or target, an act told in a quotation, a sentence after the act that
// tells one more of its family without its parties resolved, or a target of the noun's
// own that is not the act's.
func (d *document) referredAct(si, k int) (*toldAct, string) {
	if !d.definiteActNoun(si, k) {
		return nil, ""
	}
	toks := d.sents[si].Tokens
	fam := actRefNouns[toks[k].Lower]
	var best *toldAct
	for i := len(d.acts) - 1; i >= 0; i-- {
		a := &d.acts[i]
		if a.si < si-actRefWindow {
			break
		}
		if a.si >= si || a.typ != fam && !(fam == geokg.Sanctions && a.typ == geokg.LiftsSanctions) || !sameKind(toks[k].Lower, a.trigger) {
			continue // an act of its own sentence may be told after the noun
		}
		if a.quoted {
			return nil, "" // "“They struck our city,” he said": whose act is not told
		}
		if best == nil {
			c := *a
			best = &c
			continue
		}
		if a.typ != best.typ || !sameParty(a.author, best.author) || a.target != nil && best.target != nil && !sameParty(a.target, best.target) {
			return nil, "" // two acts of the family: which one is meant is not said
		}
		if best.target == nil && a.target != nil {
			// the same act, told with its target before ("Russia fired missiles at
			// Ukraine"; "launched a wave", no target)
			best.target, best.trigger = a.target, a.trigger
		}
	}
	if best == nil {
		return nil, ""
	}
	if best.typ != fam || d.untoldActBetween(best.si, si, k, fam) {
		return nil, ""
	}
	if t := d.ownTarget(si, k); t != nil && best.target != nil && !sameParty(t, best.target) {
		return nil, "" // "the sanctions on the Chinese military": not those on Russia
	}
	return best, d.actNote(si, k, best, "the act")
}

// sameParty reports whether two actors are one, or one speaks for the other.
func sameParty(a, b *entity) bool {
	return a == b || a != nil && b != nil && sameSide(a, b)
}

// actorName is an entity's name, or "?" for none.
func actorName(e *entity) string {
	if e == nil {
		return "?"
	}
	return e.name
}

// untoldActBetween reports whether a sentence after from and up to si (its tokens
// before k) tells an act of family fam by a word of it (tellsAct) and recorded none:
// another act, whose parties the article did not resolve ("Israel struck Syria. Gunmen
// attacked a hotel in Kabul. The attack killed ..." is not Israel's).
func (d *document) untoldActBetween(from, si, k int, fam geokg.RelationType) bool {
	stems := actFamilyStems[fam]
	for s := max(from+1, 0); s <= si; s++ {
		told := false
		for i := len(d.acts) - 1; i >= 0 && d.acts[i].si >= s; i-- {
			if d.acts[i].si == s && d.acts[i].typ == fam {
				told = true
			}
		}
		if told {
			continue
		}
		toks := d.sents[s].Tokens
		end := len(toks)
		if s == si {
			end = k
		}
		for q := 0; q < end; q++ {
			if !hasStem(toks[q].Lower, stems) {
				continue
			}
			if tellsAct(toks, q) {
				return true
			}
		}
	}
	return false
}

// hasStem reports whether w begins with one of the stems.
func hasStem(w string, stems []string) bool {
	for _, p := range stems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// tellsAct reports whether the word of an act's family at token q tells an act done: a
// verb in the past ("attacked", "struck", "shot") or a noun that an indefinite article
// opens ("an attack", "another deadly raid"). A definite noun refers back, and a generic
// one tells no act ("this kind of attack", "attacks on shipping", "any attack").
func tellsAct(toks []Token, q int) bool {
	w := toks[q].Lower
	if strings.HasSuffix(w, "ed") || w == "struck" || w == "shot" {
		return true
	}
	for p := q - 1; p >= 0 && p >= q-3; p-- {
		switch toks[p].Lower {
		case "a", "an", "another":
			return true
		}
		if !toks[p].IsWord() || refDeterminers[toks[p].Lower] {
			return false
		}
	}
	return false
}

// refersToAct reports whether sentence si holds a definite act noun that refers to an
// act told before: its frames may take that act's author or target, so one actor in the
// sentence is enough to read it.
func (d *document) refersToAct(si int) bool {
	if len(d.acts) == 0 || d.acts[len(d.acts)-1].si < si-actRefWindow {
		return false
	}
	for k, t := range d.sents[si].Tokens {
		if _, ok := actRefNouns[t.Lower]; ok {
			if a, _ := d.referredAct(si, k); a != nil {
				return true
			}
		}
	}
	return false
}

// actWordsOf returns the words of the parse s, around the trigger of a frame at t, that
// may be an act noun the frame's act is or answers: the trigger itself, the word that
// filled its target slot (tw), its dependents (an object, a passive subject, a "for"
// phrase: "carried out the attack", "the sanctions were announced", "retaliated for
// the attack") and the "for" phrase of its object "responsibility" or "credit"
// ("claimed responsibility for the attack").
func actWordsOf(s *syntax.Sentence, t, tw int) []int {
	out := []int{t}
	if tw > 0 && tw != t {
		out = append(out, tw)
	}
	for _, c := range s.Children(t) {
		w := s.Word(c)
		switch syntax.BaseRel(w.Deprel) {
		case "obj", "nsubj", "obl":
			out = append(out, c)
			if l := strings.ToLower(w.Lemma); l == "responsibility" || l == "credit" {
				for _, g := range s.Children(c) {
					if syntax.BaseRel(s.Word(g).Deprel) == "nmod" {
						out = append(out, g)
					}
				}
			}
		}
	}
	return out
}

// referredActAt returns the act that the noun at word w of sentence si's parse refers
// to (referredAct), when the noun is of family typ ("" for any) and the parse takes it
// as a noun that no actor modifies; nil otherwise.
func (d *document) referredActAt(si int, s *syntax.Sentence, w int, typ geokg.RelationType) (*toldAct, string) {
	x := s.Word(w)
	if x == nil || x.UPOS != "NOUN" || x.Deprel == "compound" {
		return nil, ""
	}
	q := tokenAt(d.sents[si].Tokens, x.Start)
	if q < 0 {
		return nil, ""
	}
	if fam, ok := actRefNouns[d.sents[si].Tokens[q].Lower]; !ok || typ != "" && fam != typ {
		return nil, ""
	}
	if d.possessor(si, s, w) != nil {
		return nil, "" // "Israel's strikes": named with its author
	}
	return d.referredAct(si, q)
}

// referredTarget returns the target of the act a frame of an act type reads when it
// found its author but no actor as its target, and its act is a definite act noun that
// refers back ("Al-Shabaab claimed responsibility for the attack", "the sanctions were
// announced by the Treasury", "the strikes were carried out by Israel"): the referred
// act's target, when that act's author is unknown or the frame's own (or its state).
func (d *document) referredTarget(si int, s *syntax.Sentence, mt frames.Match, src *Mention) *Mention {
	if mt.Reading != "" && mt.Reading != "claimed responsibility" {
		return nil
	}
	for _, w := range actWordsOf(s, mt.Trigger, mt.TargetWord) {
		a, note := d.referredActAt(si, s, w, mt.Type)
		if a == nil || a.target == nil {
			continue
		}
		if a.author != nil && !sameParty(a.author, src.ent) || sameParty(a.target, src.ent) {
			return nil // another's act, or the author's own side
		}
		return &Mention{ent: a.target, Form: FormRef, inferred: true, antecedent: note}
	}
	return nil
}

// referredAuthor returns the author of the act a frame of an act type reads when it
// found its target but no author, and its act is a definite act noun that refers back
// ("the strikes on Damascus killed ...", "the attack targeted the Kenyan embassy"): the
// referred act's author, when that act's target is unknown or the frame's own. The noun
// is the subject of its clause, or of the frame's verb.
func (d *document) referredAuthor(si int, s *syntax.Sentence, mt frames.Match, tgt *Mention) *Mention {
	if mt.Reading != "" {
		return nil
	}
	var words []int
	if w := s.Word(mt.Trigger); w != nil && strings.HasPrefix(w.Deprel, "nsubj") {
		// the act is its clause's subject; an act noun in another place ("the army has
		// gone on the offensive against ...", "aborted the attack on Iran", "after the
		// invasion of Iraq") is another's act, done or not, whom the clause tells
		words = append(words, mt.Trigger)
	}
	for _, c := range s.Children(mt.Trigger) {
		if syntax.BaseRel(s.Word(c).Deprel) == "nsubj" {
			words = append(words, c) // "the attack targeted ..."
		}
	}
	for _, w := range words {
		a, note := d.referredActAt(si, s, w, mt.Type)
		if a == nil || a.author == nil {
			continue
		}
		if a.target != nil && !sameParty(a.target, tgt.ent) || sameParty(a.author, tgt.ent) {
			return nil
		}
		return &Mention{ent: a.author, Form: FormRef, inferred: true, antecedent: note}
	}
	return nil
}

// actReferredAt reports whether one of the words of the parse s is a definite act noun
// of family typ said after an act of that family the article told within actRefWindow
// sentences: it refers back, clearly or not ("The Houthis claimed responsibility for the
// assault" after an attack told as Iran's is no other attack).
func (d *document) actReferredAt(si int, s *syntax.Sentence, words []int, typ geokg.RelationType) bool {
	toks := d.sents[si].Tokens
	for _, w := range words {
		x := s.Word(w)
		if x == nil {
			continue
		}
		q := tokenAt(toks, x.Start)
		if q < 0 || actRefNouns[toks[q].Lower] != typ || !d.definiteActNoun(si, q) {
			continue
		}
		for i := len(d.acts) - 1; i >= 0 && d.acts[i].si >= si-actRefWindow; i-- {
			if d.acts[i].si < si && d.acts[i].typ == typ {
				return true
			}
		}
	}
	return false
}

// genericAct reports whether the act noun at token k, in the phrase that opens at token
// start, names a kind of act rather than one told: "attacks like this", "such strikes",
// "any attack", "an attack", "future sanctions".
func genericAct(toks []Token, start, k int) bool {
	if k+1 < len(toks) && (toks[k+1].Lower == "like" || toks[k+1].Lower == "such") {
		return true
	}
	for q := max(start, 0); q < k; q++ {
		switch w := toks[q].Lower; {
		case w == "such" || w == "any" || w == "future" || w == "possible" || w == "potential":
			return true
		case indefiniteWords[w]:
			return true
		}
	}
	return false
}

// ownTarget returns the actor an act noun at token k of sentence si names as its target
// in an "on", "against" or "targeting" phrase right after it ("the sanctions on the
// Chinese military"), or nil.
func (d *document) ownTarget(si, k int) *entity {
	toks := d.sents[si].Tokens
	if k+1 >= len(toks) {
		return nil
	}
	switch toks[k+1].Lower {
	case "on", "against", "targeting":
	default:
		return nil
	}
	for q := k + 2; q < len(toks) && q <= k+5; q++ {
		if m := d.mentionAt(si, q); m != nil && m.ent != nil && m.ent.kind.Valid() {
			return d.standFor(si, m).ent
		}
		if !toks[q].IsWord() {
			break
		}
	}
	return nil
}

// namesAct reports whether sentence si holds a word of an act's family (actFamilyStems)
// that may tell an act, not a doer's noun or an adjective or adverb ("attackers",
// "bombers", "stormy", "strikingly"): a sentence of one actor that holds one is parsed
// for the act with one party it may tell (halfAct).
func (d *document) namesAct(si int) bool {
	for _, t := range d.sents[si].Tokens {
		if w := t.Lower; strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "y") {
			continue
		}
		for _, stems := range actFamilyStems {
			if hasStem(t.Lower, stems) {
				return true
			}
		}
	}
	return false
}

// actNounFrom reports whether a definite act noun (definiteActNoun) stands in sentence si
// or one of the actRefWindow sentences after it: only then can a half act told in si be
// referred to, or stand between an act and its reference, so only then is a sentence of
// one actor parsed for it.
func (d *document) actNounFrom(si int) bool {
	for s := si; s < len(d.sents) && s <= si+actRefWindow; s++ {
		for k := range d.sents[s].Tokens {
			if d.definiteActNoun(s, k) {
				return true
			}
		}
	}
	return false
}

// halfAct records the act a frame on the parse s of a sentence of one actor tells with
// that actor as its author and no target ("Russia launched a wave of missile strikes
// overnight"), or as its target and no author ("the Kenyan embassy was stormed"), as
// the frame stage records it in a sentence of two actors: a later definite act noun may
// refer to it ("Ukraine condemned the strikes", "the Taliban claimed the attack"). Such
// a sentence is read for nothing else: its other frames have no second actor to link.
// Only an act whose party the parse states plainly (halfParty).
func (d *document) halfAct(si int, s *syntax.Sentence, mt frames.Match, byActor []*Mention) {
	if !actTypes[mt.Type] || mt.Reading != "" || !halfParty(s, mt) {
		return
	}
	switch {
	case mt.Blocked == "no target" && mt.Source >= 0:
		if !d.actReferredAt(si, s, actWordsOf(s, mt.Trigger, mt.TargetWord), mt.Type) {
			d.tellAct(si, mt.Type, byActor[mt.Source].ent, nil, mt.Frame.Lemma, false)
		}
	case mt.Blocked == "no source" && mt.Target >= 0:
		if !d.actReferredAt(si, s, []int{mt.Trigger}, mt.Type) {
			d.tellAct(si, mt.Type, nil, byActor[mt.Target].ent, mt.Frame.Lemma, false)
		}
	}
}

// halfParty reports whether the one party a frame found for an act (mt, blocked for
// want of the other) is stated plainly on the parse s: an author that is the subject of
// an active verb ("Russia launched a wave of strikes"), not a name or an adjective
// modifying the act noun nor its possessor, as often its place ("the Paris attacks",
// "the Nairobi mall attack", "France's deadliest attack"), nor the subject of a passive
// the parse took for an active one ("the envoy, who was killed in the raid");
// a target that is the object or passive subject of a verb ("the Kenyan embassy was
// stormed"), or the "on" or "against" phrase of the act noun ("strikes on Kyiv").
func halfParty(s *syntax.Sentence, mt frames.Match) bool {
	t := s.Word(mt.Trigger)
	if t == nil {
		return false
	}
	if mt.Blocked == "no source" {
		if t.UPOS == "VERB" {
			return true
		}
		_, after, _ := strings.Cut(mt.Path, ">")
		return strings.HasPrefix(after, "nmod:on") || strings.HasPrefix(after, "nmod:against")
	}
	if !strings.HasPrefix(mt.Path, "nsubj<") {
		return false
	}
	v := mt.Trigger
	if t.UPOS != "VERB" {
		v = t.Head
	}
	return !passiveVerb(s, v)
}

// passiveVerb reports whether word v of the parse s is a verb in the passive: a passive
// auxiliary among its dependents, or a past participle with a form of "be" ("who was
// killed", parsed with an active subject).
func passiveVerb(s *syntax.Sentence, v int) bool {
	w := s.Word(v)
	if w == nil || w.UPOS != "VERB" {
		return false
	}
	for _, c := range s.Children(v) {
		x := s.Word(c)
		if x.Deprel == "aux:pass" || x.Deprel == "aux" && w.XPOS == "VBN" && strings.EqualFold(x.Lemma, "be") {
			return true
		}
	}
	return false
}
