package frames

import (
	"slices"

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
// fight them": whether its doer fights, the clause above tells, often as an aim), unless
// it tells what its doer does (fightingPart); or a
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
	if v.word(t).UPOS == "VERB" && len(v.subjects(t)) == 0 && !v.fightingPart(t) {
		return "no subject of its own: " + v.word(t).Form
	}
	return ""
}

// fightingPart reports whether the fighting verb at t, which has no subject, tells what
// its doer does: an active participle on the noun that fights ("Peruvian forces battling
// the Shining Path"), or a gerund in the role its doer takes ("Peru has taken a leading
// role in battling the Shining Path").
func (v *sentence) fightingPart(t int) bool {
	w := v.word(t)
	if w.XPOS != "VBG" || w.Head <= 0 {
		return false
	}
	switch w.Deprel {
	case "acl":
		return !v.hasKid(t, "mark")
	case "advcl":
		return v.hasChild(t, "mark", "in") && v.roleObject(w.Head) > 0
	}
	return false
}

// Verbs and nouns of taking part in a war or fight (classes fight-join-verb,
// fight-part-verb, help-verb, fight-part-noun, fight-role-noun, role-verb); the verbs of
// help join a fight and take part in it too.
var (
	fightJoinVerbs = joinedClasses(wordClass("fight-join-verb"), helpVerbs)
	fightPartVerbs = joinedClasses(wordClass("fight-part-verb"), helpVerbs)
	helpVerbs      = wordClass("help-verb")
	fightPartNouns = wordClass("fight-part-noun")
	fightRoleNouns = wordClass("fight-role-noun")
	roleVerbs      = wordClass("role-verb")
)

// fighters returns who takes part in the attack noun at t that has no owner, with the
// path for the explanation: the noun a fighting participle modifies, wherever it stands
// ("sent advisers to Peruvian forces battling the Shining Path"); the subject of a verb that joins, leads or aids it as its
// object ("Peru joined the fight against", "Chile leads the war on"); of a verb that
// takes part, participates, contributes, helps or works with another in it, the noun in
// its "in", "to" or "into" phrase or in that of the verb's object ("took part in",
// "played a key role in", "contributes troops to the fight"), with those it works with
// ("is allied with Chile in the fight against"); the object of a verb of help that names
// one, the helped ("helped Bolivia in the fight against"); or the actor a noun of taking
// part stands for, as its owner, the one it is apposed to or the subject of its copula
// ("Bolivia, an ally in the fight against", "Chile is a partner in the war on", "Peru's
// role in the fight against"). Nil when the taking part is not done (hoped, asked,
// negated: qualify) and otherwise.
func (v *sentence) fighters(t int) ([]int, string) {
	w := v.word(t)
	if w.UPOS == "VERB" && w.Deprel == "acl" && warWords[v.lemmas[t]] && v.fightingPart(t) {
		return v.actorsOf(w.Head), "acl<" + v.lemmas[w.Head] // "aid to Peruvian forces battling"
	}
	if w.UPOS != "NOUN" || w.Head <= 0 {
		return nil, ""
	}
	h, rel, cs := w.Head, syntax.BaseRel(w.Deprel), v.caseOf(t)
	inPhrase := cs == "in" || cs == "to" || cs == "into"
	switch hw := v.word(h); {
	case rel == "obj" && fightJoinVerbs[v.lemmas[h]] && hw.UPOS == "VERB":
		return v.partTaker(h), "nsubj<" + v.lemmas[h] + ">obj"
	case rel == "obl" && inPhrase && hw.UPOS == "VERB" && (fightPartVerbs[v.lemmas[h]] || v.roleObject(h) > 0):
		return v.partTaker(h), "nsubj<" + v.lemmas[h] + ">obl:" + cs
	case rel == "nmod" && inPhrase && hw.UPOS == "NOUN" && hw.Deprel == "obj" && hw.Head > 0 && (fightPartVerbs[v.lemmas[hw.Head]] || v.roleObject(hw.Head) == h):
		return v.partTaker(hw.Head), "nsubj<" + v.lemmas[hw.Head] + ">obj>nmod:" + cs
	case rel == "nmod" && inPhrase && fightPartNouns[v.lemmas[h]] && !v.anyOrNo(h):
		return v.partNounActor(h), v.lemmas[h] + ">nmod:" + cs
	}
	return nil, ""
}

// roleObject returns the object of the verb at h that is its part or role in an act
// ("took part", "plays a role", "has taken a larger role"), one that has no owner and is
// not any or none; 0 otherwise.
func (v *sentence) roleObject(h int) int {
	if !roleVerbs[v.lemmas[h]] {
		return 0
	}
	for _, c := range v.kids[h] {
		if v.word(c).Deprel == "obj" && fightRoleNouns[v.lemmas[c]] && len(v.partNounActor(c)) == 0 && !v.anyOrNo(c) {
			return c
		}
	}
	return 0
}

// anyOrNo reports whether the noun at n is determined by "any" or "no" ("any role in",
// "no ally in"): one supposed or denied.
func (v *sentence) anyOrNo(n int) bool {
	return v.hasChild(n, "det", "any") || v.hasChild(n, "det", "no")
}

// partTaker returns who takes part through the verb at h: nil when the verb's act is not
// done or only sought ("could join", "wants a role in"); the actors its object names for a
// verb of help ("helped Bolivia in"); else its subject, the noun a participle with none
// modifies ("Peruvian troops aiding the fight") or the subject its clause inherits, with the actors of its "with" phrase ("is
// allied with Chile in").
func (v *sentence) partTaker(h int) []int {
	if b, _ := v.qualify(h); b != "" || undoneVerbs[v.lemmas[h]] {
		return nil // "could join", "wants a role in"
	}
	if helpVerbs[v.lemmas[h]] {
		if as := v.argument(h, v.dependents(h, Slot{Rel: "obj"}, false)); len(as) > 0 {
			return as
		}
	}
	as := v.argument(h, v.subjects(h))
	if w := v.word(h); len(as) == 0 && w.Deprel == "acl" && w.Head > 0 {
		as = v.actorsOf(w.Head) // "Peruvian troops aiding the fight"
	} else if len(as) == 0 && !(w.Deprel == "advcl" && v.hasKid(w.Head, "obj")) {
		as = v.inheritedSubject(h) // not "attack Peruvian troops aiding the fight": whose aid is unclear
	}
	if len(as) == 0 {
		return nil
	}
	return append(as, v.argument(h, v.dependents(h, Slot{Rel: "obl", Case: "with"}, false))...)
}

// partNounActor returns the actors the noun of taking part at n stands for: its owner
// ("Peru's role", "Chilean allies"), the subject of its copula ("Chile is a partner") and
// the actor it is apposed to ("Bolivia, a key ally"); nil when none.
func (v *sentence) partNounActor(n int) []int {
	var out []int
	for _, c := range v.kids[n] {
		if d := v.word(c).Deprel; d == "nmod:poss" || d == "amod" || d == "compound" || d == "nsubj" {
			out = append(out, v.actorsOf(c)...)
		}
	}
	if w := v.word(n); w.Deprel == "appos" && w.Head > 0 {
		out = append(out, v.actorsOf(w.Head)...)
	}
	return out
}

// heldLand are the nouns of land one seizes or takes control of (class held-land-noun).
var heldLand = wordClass("held-land-noun")

// landOwners returns the countries in which lies the land that the noun at k names: its
// "of" or "in" phrase, through further nouns of land ("seized large parts of Peru",
// "captured swaths of territory in Bolivia", "took control of a large swath of Peru and
// Chile"). Nil when k is no noun of land or the phrase names no country ("control of
// Peru's oil company", "areas held by the rebels"), and "control" of a country itself,
// as often power won in a vote as a conquest ("seized control of Peru"). A seizing verb's object owner
// (fill) falls back on it: taking a country's land attacks the country.
func (v *sentence) landOwners(k int) []int {
	for depth := 0; depth < 3 && heldLand[v.lemmas[k]]; depth++ {
		next := 0
		for _, c := range v.kids[k] {
			if syntax.BaseRel(v.word(c).Deprel) != "nmod" || v.caseOf(c) != "of" && v.caseOf(c) != "in" {
				continue
			}
			if out := v.landCountries(c); len(out) > 0 && v.lemmas[k] != "control" {
				return out
			}
			if next == 0 && v.actor[c] < 0 {
				next = c
			}
		}
		if next == 0 {
			return nil
		}
		k = next
	}
	return nil
}

// landCountries returns the countries named at k and at the words joined to it by
// "and" or commas ("parts of Peru and Chile"), but not a conjunct that begins a clause
// of its own, which the parser may join to the phrase ("areas of Peru, and the US has
// launched strikes": not the US).
func (v *sentence) landCountries(k int) []int {
	var out []int
	add := func(a int) {
		if v.country(a) && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	var visit func(k, depth int)
	visit = func(k, depth int) {
		if depth > 0 && k+1 <= len(v.lemmas)-1 && (v.word(k+1).UPOS == "AUX" || v.word(k+1).UPOS == "VERB") {
			return
		}
		if a := v.actor[k]; a >= 0 {
			add(a)
		}
		for _, c := range v.kids[k] {
			if v.word(c).Deprel == "conj" && depth < 4 {
				visit(c, depth+1)
			}
		}
	}
	visit(k, 0)
	return out
}
