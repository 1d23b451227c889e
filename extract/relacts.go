package extract

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
)

// This file holds, for the relation stage (stage 7), acts named by a noun and their
// authors: the object of a reaction to an act ("condemned the decision": its author,
// named with the noun, told before with the same noun, or the latest act of its kind),
// and the word tables of act, proposal and claim nouns.

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

// testNouns name a weapon's test or launch, an act of no relation type whose author a
// definite noun refers back to ("North Korea fired a missile on Friday. China condemned
// the launch"; bareActAuthor), or names with it ("the North Korean nuclear test").
var testNouns = map[string]bool{
	"test": true, "tests": true, "launch": true, "launches": true, "detonation": true,
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
		if actNouns[toks[q].Lower] || proposalNouns[toks[q].Lower] || testNouns[toks[q].Lower] {
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
	if testNouns[toks[k].Lower] {
		return nil // a test told by no sentence before: not the latest act of another kind
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
	if w := toks[k].Lower; w == "killing" || w == "killings" {
		// "Turkey attacked Syria, killing 12 civilians. Iraq denounced the killings": a
		// killing told before with its author; "condemned the killing of the villagers"
		// after an act of another kind is none of that act's (a killing is anyone's)
		if a := d.killer(si); a != nil {
			return []*Mention{{ent: a.author, Form: FormRef, inferred: true, actType: a.typ, antecedent: d.actNote(si, k, a, "the killing")}}
		}
		return nil
	}
	if decisionNouns[toks[k].Lower] && k+2 < len(toks) && toks[k+1].Lower == "to" {
		// "defended the decision to kill the general": an act its "to" clause names
		// that is of no relation type, not the latest act the article told
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
	noun := actKey(d.sents[si].Tokens[k].Lower)
	for s := si; s >= 0 && s > si-antecedentWindow; s-- {
		toks := d.sents[s].Tokens
		end := len(toks)
		if s == si {
			end = k
		}
		for q := end - 1; q >= 0; q-- {
			if actKey(toks[q].Lower) != noun || !actNouns[toks[q].Lower] && !proposalNouns[toks[q].Lower] && !testNouns[toks[q].Lower] {
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

// actKey is the key under which an act noun refers back to one named before: its
// singular, and one key for all test nouns ("North Korea's missile launch ... the
// test").
func actKey(w string) string {
	if testNouns[w] {
		return "test"
	}
	return singularAct(w)
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
// to two adjectives between, or -1. A possessor of an act that befalls it is no author
// ("Ruiz's arrest", "Soleimani's killing"; not "Peru's arrest of Ruiz"; befallenPossessor).
func authoredNoun(toks []Token, k int) int {
	if befallenPossessor(toks, k) {
		return -1
	}
	q := k
	if q < len(toks) && (toks[q].Lower == "'s" || toks[q].Lower == "'") {
		q++
	}
	if q+1 < len(toks) && toks[q].Text == "-" && strings.HasSuffix(toks[q+1].Lower, "ed") {
		q += 2 // "US-drafted"
	}
	for n := q; n < len(toks) && n <= q+2; n++ {
		if actNouns[toks[n].Lower] || proposalNouns[toks[n].Lower] || testNouns[toks[n].Lower] {
			return n
		}
		if !toks[n].IsWord() || prepositions[toks[n].Lower] || objectStops[toks[n].Lower] || toks[n].IsCapitalized() {
			return -1
		}
	}
	return -1
}

// befallenPossessor reports whether the actor ending at token k possesses an act noun that
// befalls it, with no "of" after the noun naming another patient ("Ruiz's arrest"; not
// "Peru's arrest of Ruiz").
func befallenPossessor(toks []Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Lower != "'s" && toks[k].Lower != "'" {
		return false
	}
	w := toks[k+1].Lower
	return (frames.PatientNoun(w) || frames.PatientNoun(strings.TrimSuffix(w, "s"))) && (k+2 >= len(toks) || toks[k+2].Lower != "of")
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

// killer returns the act told by a word of killing ("killed", "killing") with its author
// in the actRefWindow sentences before si, when every such act agrees on its author;
// nil otherwise.
func (d *document) killer(si int) *toldAct {
	var best *toldAct
	for i := len(d.acts) - 1; i >= 0 && d.acts[i].si >= si-actRefWindow; i-- {
		a := &d.acts[i]
		if a.si >= si || a.author == nil || !strings.HasPrefix(a.trigger, "kill") {
			continue
		}
		if best != nil && !sameParty(best.author, a.author) {
			return nil
		}
		if best == nil {
			best = a
		}
	}
	return best
}
