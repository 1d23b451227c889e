package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// This file holds, for the relation stage (stage 7), the words between a subject and its
// trigger that negate, hedge or make an act hypothetical, a wish or a threat (qualify),
// and their word tables.

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
	if openQuestion(toks, trigger-12, trigger) {
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
				if !hostile(p.Type) && p.Type != geokg.Threatens {
					return "", 0, false // "pledged to work with Chile": a promise, not done
				}
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
	"aimed": true, "wished": true, "wishes": true, "unlikely": true, "unable": true,
	"unwilling": true, "reluctant": true, "hesitant": true, "loath": true, "free": true,
}

// hostile reports whether a threat of an act of type t is a threat against its object.
func hostile(t geokg.RelationType) bool {
	switch t {
	case geokg.Sanctions, geokg.Attacks, geokg.Expels, geokg.SeversTiesWith:
		return true
	}
	return false
}

// openQuestion reports whether "whether" stands between token from and the trigger: the
// act is asked about, not stated ("declined to say whether the US would sanction Turkey").
func openQuestion(toks []Token, from, trigger int) bool {
	return findWord(toks, max(0, from), trigger, whetherWord) >= 0
}

var whetherWord = map[string]bool{"whether": true}
