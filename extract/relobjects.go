package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// This file holds, for the relation stage (stage 7), the token-window argument search's
// objects: the object of a trigger (the actor at or shortly after a position, with the
// actors coordinated with it) and the official a title before it names.

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

// interimWords qualify a title without changing the post ("interim president").
var interimWords = map[string]bool{
	"interim": true, "acting": true, "new": true, "caretaker": true, "transitional": true,
	"then": true, "outgoing": true, "incoming": true, "top": true,
}
