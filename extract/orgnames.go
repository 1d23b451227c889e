package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// findNamedOrgs reads in every sentence but furniture and headlines the organisations the
// gazetteer lacks that are named in full without an acronym or a state: think tanks,
// foundations, watchdogs and councils ("the Andean Policy Institute", "the Lima Freedom
// Foundation", "Judicial Watch"-like names, "the Carnegie Endowment for Andean Peace",
// "the Center for Andean Studies"). The name is one to five capitalised words ending in a
// word of class org-name-head of gazetteer.WordsFile, or of class org-name-head-place
// ("Center", "Centre") when a "for"/"on" complement follows or a word of class
// org-research-word comes before ("the Lima Policy Center"; "World Trade Center" is a
// place), with its "for"/"on"/"of" complement of capitalised words ("and", "of", "the"
// between them); a name of the head alone needs the complement ("the Institute for
// Andean Studies"); a council after a state's possessive or demonym is the state's body
// ("Peru's Defence Council"), and a name cut at "and" or "of" after a capitalised word
// that no mention reads is none ("the National Security and Defence Council"; "Minister
// Ana Ruiz and Andean Policy Institute director Luis Soto" keeps it). The words may hold a country's mention (its demonym, capital or name:
// "the American Policy Institute", "the Lima Freedom Foundation"), which then no longer
// counts as one, but no other actor's. Not read: a name the gazetteer knows (its mention
// is there), a name holding a media-word ("the Lima News Foundation") or a word of class
// org-place-word ("the Lima Convention Center", "the Lima Correctional Institution"), an
// institute "of Technology" (a university), a complement that is a date ("on Monday"). The name is a group of subtype other, with no country and
// no PART_OF (it is no state's body), filed in defs under the name so that the name in
// full later is the group too; the title stage then reads the LEADS and MEMBER_OF that
// titles state ("Ana Ruiz, director of the Andean Policy Institute"), not a bare "Ana
// Ruiz of the Andean Policy Institute" (staffOf). The group is marked shaped: it stays
// in the extraction only when a relation names it (a think tank named in passing is no
// actor of the article).
func (d *document) findNamedOrgs(si int, defs map[string]acronymDef) map[string]acronymDef {
	toks := d.sents[si].Tokens
	if headline(toks) {
		return defs
	}
	for h := 0; h < len(toks); h++ {
		t := toks[h]
		head, place := actorWord("org-name-head", t.Lower), actorWord("org-name-head-place", t.Lower)
		if !head && !place || !t.IsCapitalized() || t.IsAllCaps() || d.mentionAt(si, h) != nil {
			continue
		}
		end := orgComplementEnd(toks, h+1)
		start := h
		for k := h - 1; k >= 0 && k >= h-7; k-- {
			w := toks[k]
			if w.Text == "-" && k > 0 && k+1 < h && pairedByHyphen(toks, k+1) && toks[k-1].IsCapitalized() {
				continue // "the Lima-Quito Policy Institute"
			}
			if !w.IsCapitalized() || !w.IsWord() || isDeterminer(w.Lower) || w.IsPossessive() {
				break
			}
			if m := d.mentionAt(si, k); m != nil && (m.ent == nil || m.ent.kind != geokg.KindCountry || m.Start < k-4 || m.End > h) {
				break
			}
			if pairedByHyphen(toks, k) && !toks[k-2].IsCapitalized() {
				break // "the pro-Peru Lima Policy Institute": "Peru" is no word of the name
			}
			start = k
		}
		if start < h {
			if m := d.mentionAt(si, start); m != nil && m.Start < start {
				start = m.End // a country's name cut in two: the name starts after it
			}
		}
		if !d.orgNameShape(si, start, h, end, place) {
			continue
		}
		var inner []*Mention
		for k := start; k < end; k++ {
			if m := d.mentionAt(si, k); m != nil && (len(inner) == 0 || inner[len(inner)-1] != m) {
				inner = append(inner, m)
			}
		}
		name := d.surface(si, start, end)
		g := d.groupEntity(name, geokg.OtherGroup, "", toks[start].Start)
		g.shaped = true
		m := &Mention{Start: start, End: end, ent: g, Form: FormName}
		if end < len(toks) && (toks[end].Lower == "'s" || toks[end].Lower == "'") {
			m.possessive = true
		}
		d.replaceWith(si, m, inner...)
		g.addAlias(name)
		defs = addAcronymDef(defs, name, toks, si, start, end, g)
		h = end - 1
	}
	return defs
}

// orgNameShape reports whether the words [start, end) of sentence si, whose head word is
// at token h, name an organisation (see findNamedOrgs).
func (d *document) orgNameShape(si, start, h, end int, place bool) bool {
	toks := d.sents[si].Tokens
	tail := end > h+1
	if start == h && !tail {
		return false // "the Institute" alone
	}
	countryOnly := true
	for k := start; k < h; k++ {
		if d.mentionAt(si, k) == nil {
			countryOnly = false
		}
	}
	if countryOnly && !tail {
		return false // "the Peruvian Institute": no name
	}
	if place && !tail && !actorWord("org-research-word", toks[h-1].Lower) {
		return false // "World Trade Center": a place
	}
	for k := start; k < end; k++ {
		if actorWord("media-word", toks[k].Lower) || actorWord("org-place-word", toks[k].Lower) {
			return false
		}
		if k > h && d.mentionAt(si, k) != nil && d.mentionAt(si, k).ent.kind != geokg.KindCountry {
			return false
		}
	}
	if tail && toks[h+1].Lower == "of" && strings.EqualFold(toks[end-1].Text, "technology") {
		return false // "Lima Institute of Technology": a university
	}
	for k := h + 2; k < end; k++ {
		if w := toks[k].Lower; actorWord("org-name-head", w) || actorWord("acronym-other", w) || agencyHead(w) {
			return false // "the Council of the Andes Committee on Trade": a committee's name cut short
		}
	}
	if start >= 2 && (toks[start-1].Lower == "and" || toks[start-1].Lower == "of") && toks[start-2].IsCapitalized() && d.mentionAt(si, start-2) == nil {
		return false // "the National Security and Defence Council": a longer name cut at "and"
	}
	if toks[h].Lower == "council" && d.stateBefore(si, start) {
		return false // "Peru's Defence Council", "the Peruvian Security Council": a state's body
	}
	if _, ok := bodyHeads[strings.ToLower(d.surface(si, start, end))]; ok {
		return false // "Peru's Council of Ministers": a body the body stage reads
	}
	if end < len(toks) && toks[end].Text == "-" && toks[end].Start == toks[end-1].End {
		return false // "the Center for Peru-Chile Studies" cut at its hyphen
	}
	return true
}

// orgComplementEnd returns the end of the complement of an organisation's name that opens
// at token k ("for Andean Studies", "on Foreign Relations", "of the Andes"): "for", "on"
// or "of", "the" at will, then capitalised words, "and" or "of" between them; k when
// none does.
func orgComplementEnd(toks []Token, k int) int {
	if k >= len(toks) || toks[k].Lower != "for" && toks[k].Lower != "on" && toks[k].Lower != "of" {
		return k
	}
	j := k + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	end := k
	for ; j < len(toks) && j < k+9; j++ {
		w := toks[j]
		if w.Text == "-" && end == j && j+1 < len(toks) && pairedByHyphen(toks, j+1) {
			continue // "for Peru-Chile Studies"
		}
		if w.IsCapitalized() && w.IsWord() && !weekdayOrMonth(w.Lower) {
			end = j + 1
			continue
		}
		if (w.Lower == "and" || w.Lower == "of") && !w.IsCapitalized() && end == j {
			continue
		}
		break
	}
	return end
}

// stateBefore reports whether a country's possessive or demonym ends right before token
// start of sentence si ("Peru's", "Peruvian").
func (d *document) stateBefore(si, start int) bool {
	toks := d.sents[si].Tokens
	m := d.mentionBefore(si, start)
	if m == nil || m.ent.kind != geokg.KindCountry {
		return false
	}
	return m.possessive || m.Form == FormDemonym || toks[start-1].Lower == "'s" || toks[start-1].Lower == "'"
}
