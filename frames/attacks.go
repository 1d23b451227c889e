package frames

import (
	"github.com/geokg/geokg/syntax"
)

// This file reads acts of force and sanctions beyond their slots: those an attack hit
// (victims, harmedBy), what a coercive act answers (provokers), who claimed an attack
// (claimers) and who breaks sanctions (sanctionBreaker).

// breakVerbs break or escape sanctions ("flouted", "evaded", "violated").
var breakVerbs = wordClass("break-verb")

// sanctionBreaker returns the subject of the verb that breaks the sanctions noun at t
// ("Iraq flouted the UN sanctions", "Pyongyang has evaded U.N. sanctions"): whoever
// breaks sanctions that name no other target is under them. Nil otherwise.
func (v *sentence) sanctionBreaker(t int) []int {
	w := v.word(t)
	if w.UPOS != "NOUN" || w.Deprel != "obj" || w.Head <= 0 || !breakVerbs[v.lemmas[w.Head]] {
		return nil
	}
	h := w.Head
	if b, _ := v.qualify(h); b != "" {
		return nil // "could evade sanctions", "did not violate sanctions"
	}
	if as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h))); len(as) > 0 {
		return as
	}
	return v.inheritedSubject(h)
}

// harmVerbs tell what an attack did to its victim ("was killed in a strike").
var harmVerbs = wordClass("harm-verb")

// victims returns the victims of the attack noun at t: the subject of a passive verb of
// harm whose "in" or "by" phrase is the noun ("Mansour was killed in a US drone attack",
// "the base was hit by Iranian missiles strikes"), or the object of an active verb of
// harm that tells what the attack itself did, as its subject ("a US drone strike killed
// Mansour"), in its relative clause ("a Taliban bombing, which killed two US soldiers")
// or in its present participle ("an Israeli strike killing a Hamas commander"), with the
// path for the explanation; nil and "" otherwise. A harm only aimed at ("an operation to
// kill"), negated or modal ("a strike that could hit") names no victim.
func (v *sentence) victims(t int) ([]int, string) {
	w := v.word(t)
	if w.UPOS != "NOUN" {
		return nil, ""
	}
	if as, slot := v.harmedBy(t); len(as) > 0 {
		return as, slot
	}
	if w.Head <= 0 || syntax.BaseRel(w.Deprel) != "obl" || !harmVerbs[v.lemmas[w.Head]] {
		return nil, ""
	}
	if c := v.caseOf(t); c != "in" && c != "by" {
		return nil, ""
	}
	h := w.Head
	if !isPassive(v, h) {
		return nil, ""
	}
	return v.argument(h, v.dependents(h, Slot{Rel: "obj"}, true)), "nsubj:pass<" + v.lemmas[h] + ">obl"
}

// harmedBy returns the object of the active verb of harm whose doer is the attack noun
// at t: the verb the noun is the subject of, or the verb of the noun's relative clause
// (its subject a relative pronoun for the noun) or participle; or the passive subject of
// a relative clause "in which" ("a bombing in which five Israelis were killed"). Nil when there is
// none, or the harm is passive, aimed at ("to kill"), negated or modal. The slot
// names the path for the explanation.
func (v *sentence) harmedBy(t int) ([]int, string) {
	did := func(h int) []int {
		if !harmVerbs[v.lemmas[h]] || v.word(h).UPOS != "VERB" || isPassive(v, h) || v.hasChild(h, "mark", "to") || v.modalOrNegated(h) != "" {
			return nil
		}
		return v.argument(h, v.dependents(h, Slot{Rel: "obj"}, false))
	}
	if w := v.word(t); w.Deprel == "nsubj" && w.Head > 0 {
		if as := did(w.Head); len(as) > 0 {
			return as, "nsubj>" + v.lemmas[w.Head] + ">obj" // "a US drone strike killed Mansour"
		}
	}
	for _, c := range v.kids[t] {
		switch cw := v.word(c); {
		case cw.Deprel == "acl:relcl" && isPassive(v, c) && v.inWhich(c):
			// "a suicide bombing in which five Israelis were killed": the clause's
			// passive subject is the attack's victim
			if !harmVerbs[v.lemmas[c]] || cw.UPOS != "VERB" || v.modalOrNegated(c) != "" {
				continue
			}
			if as := v.argument(c, v.dependents(c, Slot{Rel: "obj"}, true)); len(as) > 0 {
				return as, "acl:relcl>" + v.lemmas[c] + ">nsubj:pass"
			}
			continue
		case cw.Deprel == "acl:relcl":
			subj := v.subjects(c)
			if len(subj) != 1 || v.relativeAntecedent(subj[0]) != t {
				continue // "the attack in which Iran killed ...": the clause has a doer of its own
			}
		case cw.Deprel == "acl" && len(v.subjects(c)) == 0:
			// "an Israeli strike killing a Hamas commander"; a past form with an object
			// is the noun's verb, misparsed ("a US drone strike killed Mansour")
		default:
			continue
		}
		if as := did(c); len(as) > 0 {
			return as, v.word(c).Deprel + ">" + v.lemmas[c] + ">obj"
		}
	}
	return nil, ""
}

// provokers returns the author of the act that the coercive act at t answers, with the
// path for the explanation: the act named in an "in response to" (retaliation, reprisal,
// punishment) phrase, or the act an "over" phrase gives as the cause, of the trigger or
// of the verb that carries it ("U.N. sanctions in response to North Korea's nuclear test",
// "imposed sanctions over Ankara's assault", "missile strikes in response to Assad's use
// of sarin"). The author is the act's possessor, an actor modifying it or its "by"
// phrase; not its "of" phrase ("in response to the poisoning of a Russian spy": the
// victim), nor an actor the phrase itself names ("missiles over Japan": a place). Nil
// when there is none.
func (v *sentence) provokers(t int) ([]int, string) {
	heads := []int{t}
	if w := v.word(t); w.UPOS == "NOUN" && w.Deprel == "obj" && w.Head > 0 {
		heads = append(heads, w.Head) // "imposed sanctions in response to": the verb's phrase
	}
	for _, h := range heads {
		for _, c := range v.kids[h] {
			if b := syntax.BaseRel(v.word(c).Deprel); b != "obl" && b != "nmod" || v.word(c).UPOS != "NOUN" {
				continue
			}
			act, path := 0, ""
			switch cs := v.caseOf(c); {
			case (cs == "in" || cs == "as") && answerNouns[v.lemmas[c]]:
				for _, g := range v.kids[c] {
					if syntax.BaseRel(v.word(g).Deprel) == "nmod" && (v.caseOf(g) == "to" || v.caseOf(g) == "for") {
						act, path = g, cs+" "+v.lemmas[c]+" "+v.caseOf(g)
					}
				}
				for _, g := range v.kids[h] {
					// "strikes [in retaliation] [for a Peruvian attack]": the act's phrase
					// hung beside the answer, right after it
					if b := syntax.BaseRel(v.word(g).Deprel); act == 0 && g > c && (b == "obl" || b == "nmod") && (v.caseOf(g) == "to" || v.caseOf(g) == "for") && v.nextPhrase(c, g) {
						act, path = g, cs+" "+v.lemmas[c]+" "+v.caseOf(g)
					}
				}
			case cs == "over":
				act, path = c, "over"
			}
			if act == 0 || v.actor[act] >= 0 {
				continue
			}
			for _, k := range v.kids[act] {
				d := v.word(k).Deprel
				if (d == "nmod:poss" || d == "amod" || d == "compound") && v.actor[k] >= 0 {
					return []int{v.actor[k]}, path + ">" + d
				}
				if syntax.BaseRel(d) == "nmod" && v.caseOf(k) == "by" {
					if as := v.actorsOf(k); len(as) > 0 {
						return as, path + ">nmod:by"
					}
				}
			}
		}
	}
	return nil, ""
}

// nextPhrase reports whether the phrase headed by g starts right after the phrase
// headed by c ends.
func (v *sentence) nextPhrase(c, g int) bool {
	end := c
	for _, k := range v.kids[c] {
		if k > end {
			end = k
		}
	}
	first := g
	for _, k := range v.kids[g] {
		if k < first {
			first = k
		}
	}
	return first == end+1
}

// claimers returns who claims the attack noun at t as their own act, with the path: the
// subject of "claim", "take", "accept" or "assume" whose object is "responsibility" or
// "credit" for the attack ("the Taliban claimed responsibility for a car bombing",
// "responsibility for the attack was claimed by Islamic Jihad"; also with the "for"
// phrase parsed as the verb's: "Hamas took responsibility for the attack"), of "claim" with the
// attack as its object ("The IS group claimed the attack"), the agent of "claimed" with
// the attack as its passive subject ("the attack was claimed by IS"), or the agent of
// "claimed" in a participle or relative clause of the attack ("an attack claimed by the Islamic State
// group", "air attacks, which were claimed by Houthi rebels"). A claim that is negated,
// modal or not done ("has not claimed responsibility", "stopped short of claiming
// responsibility", "no group has claimed") names no one; nil then and otherwise.
func (v *sentence) claimers(t int) ([]int, string) {
	w := v.word(t)
	claimedBy := func(c int) []int {
		if b, _ := v.qualify(c); b != "" {
			return nil
		}
		for _, k := range v.subjects(c) {
			for _, d := range v.kids[k] {
				if l := v.lemmas[d]; (l == "no" || l == "neither") && syntax.BaseRel(v.word(d).Deprel) == "det" {
					return nil // "no terrorist group has claimed responsibility"
				}
			}
		}
		p := isPassive(v, c)
		if as := v.argument(c, v.dependents(c, Slot{Rel: "nsubj"}, p)); len(as) > 0 {
			return as
		}
		if p {
			return nil
		}
		return v.inheritedSubject(c) // "released a video claiming responsibility for"
	}
	claimVerb := func(c int) bool {
		switch v.lemmas[c] {
		case "claim", "take", "accept", "assume":
			return v.word(c).UPOS == "VERB"
		}
		return false
	}
	if h := w.Head; h > 0 && syntax.BaseRel(w.Deprel) == "nmod" && v.caseOf(t) == "for" && (v.lemmas[h] == "responsibility" || v.lemmas[h] == "credit") {
		if r := v.word(h); r.Head > 0 && (r.Deprel == "obj" || r.Deprel == "nsubj:pass") && claimVerb(r.Head) {
			if as := claimedBy(r.Head); len(as) > 0 {
				return as, "nsubj<" + v.lemmas[r.Head] + ">obj<" + v.lemmas[h] + ">nmod:for"
			}
		}
	}
	if h := w.Head; h > 0 && syntax.BaseRel(w.Deprel) == "obl" && v.caseOf(t) == "for" && claimVerb(h) {
		// "took responsibility for the attack", the "for" phrase attached to the verb
		for _, r := range v.kids[h] {
			if l := v.lemmas[r]; v.word(r).Deprel == "obj" && (l == "responsibility" || l == "credit") {
				if as := claimedBy(h); len(as) > 0 {
					return as, "nsubj<" + v.lemmas[h] + ">obl:for"
				}
			}
		}
	}
	if h := w.Head; h > 0 && w.Deprel == "obj" && v.lemmas[h] == "claim" && v.word(h).UPOS == "VERB" {
		if as := claimedBy(h); len(as) > 0 {
			return as, "nsubj<claim>obj"
		}
	}
	if h := w.Head; h > 0 && w.Deprel == "nsubj:pass" && v.lemmas[h] == "claim" && v.word(h).UPOS == "VERB" {
		// "the attack was claimed by the Islamic State"
		if as := claimedBy(h); len(as) > 0 {
			return as, "obl:agent<claim>nsubj:pass"
		}
	}
	for _, c := range v.kids[t] {
		if d := v.word(c).Deprel; (d == "acl" || d == "acl:relcl") && v.lemmas[c] == "claim" && isPassive(v, c) || d == "acl" && v.lemmas[c] == "claim" && v.word(c).XPOS == "VBN" {
			for _, k := range v.kids[c] {
				if v.word(k).Deprel == "obl:agent" || syntax.BaseRel(v.word(k).Deprel) == "obl" && v.caseOf(k) == "by" {
					if b, _ := v.qualify(c); b == "" {
						if as := v.argument(c, []int{k}); len(as) > 0 {
							return as, d + ">claim>obl:agent"
						}
					}
				}
			}
		}
	}
	return nil, ""
}

// wordsAttack reports whether the attack at t is one of words: a verbal-attack word
// (class `verbal-attack`: "attack", "fire" back at) whose sources are persons and whose
// targets are persons or bodies that are neither states nor armed ("Ruiz attacked
// Boric", "Ruiz's attacks on the Andean Pact"); a state or an armed group attacked, or
// attacking, is attacked by arms.
func (v *sentence) wordsAttack(t int, src, tgt []int) bool {
	if !verbalAttacks[v.lemmas[t]] || len(src) == 0 || len(tgt) == 0 {
		return false
	}
	for _, a := range src {
		if !v.person[a] {
			return false
		}
	}
	for _, b := range tgt {
		if !v.person[b] && (v.actors[b].State || v.armed[b] || v.demonym[b]) {
			return false
		}
	}
	return true
}

// verbalAttacks are the attack words a person turns on another person or a body in
// words (class verbal-attack).
var verbalAttacks = wordClass("verbal-attack")

// warWords are the words of a war or a fight (class war-word), and unarmedFightModifiers
// the modifiers that make one a fight of no arms (class unarmed-fight-modifier).
var (
	warWords              = wordClass("war-word")
	unarmedFightModifiers = wordClass("unarmed-fight-modifier")
)

// unarmedFight returns why the war or fight at t, with the targets tgt, is no attack to
// write: a target that is neither a state nor an armed group ("Boric's fight against the
// Senate", "Ruiz is battling Boric"); a modifier or "of" phrase that tells a fight of no
// arms or by proxy ("the trade war with Peru", "a legal battle against Chile", "a war of
// words with Chile", "Chile's proxy war with Peru"); a fight beside its object, which the
// parser read so ("Peru is fighting alongside Chilean troops"); a fighting verb with no subject of
// its own ("pressed Chile to commit to battling the rebels", "trains Bolivian troops to
// fight them": whether its doer fights, the clause above tells, often as an aim); or a
// war whose owner is only a pronoun ("helped Peru in their fight against the rebels":
// who "their" are is as often the helped as the helpers; "“we are at war with them,” the
// minister said": a speaker's side, not the speaker). "" when it is an attack.
func (v *sentence) unarmedFight(t int, tgt []int) string {
	for _, b := range tgt {
		if v.person[b] || !v.actors[b].State && !v.armed[b] && !v.demonym[b] {
			return "no armed target: " + v.word(t).Form
		}
	}
	for _, c := range v.kids[t] {
		d := v.word(c).Deprel
		switch {
		case (d == "amod" || d == "compound" || syntax.BaseRel(d) == "nmod" && v.caseOf(c) == "of") && unarmedFightModifiers[v.lemmas[c]]:
			return "unarmed: " + v.lemmas[c]
		case (d == "nmod:poss" || d == "nsubj") && v.word(c).UPOS == "PRON":
			return "owner a pronoun: " + v.word(c).Form
		case v.lemmas[c] == "alongside" || v.lemmas[c] == "beside":
			return "beside, not against: " + v.lemmas[c]
		}
	}
	if v.word(t).UPOS == "VERB" && len(v.subjects(t)) == 0 {
		return "no subject of its own: " + v.word(t).Form
	}
	return ""
}
