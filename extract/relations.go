package extract

import "strings"

// This file holds the driver of the relation stage (stage 7 of docs/extraction-reference.md) on one
// sentence: findRelations walks its words that the frames did not settle, filters out
// those that are no trigger here (a name's word, a particle, a noun after a determiner)
// and applies the pattern table's entries of each trigger (relverb.go, relshapes.go),
// then the sentence rules (rules.go). Also the word tables and the bounded word search
// shared by the argument search of the stage.

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
	return !headline(toks) // "Trump Meets Kim In Singapore": a headline
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

// modifierNouns are verb forms that are nouns after an actor and a determiner.
var modifierNouns = map[string]bool{
	"strike": true, "strikes": true, "raid": true, "raids": true, "support": true,
	"attack": true, "attacks": true, "bombardment": true, "offensive": true,
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
