package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// legislatureCommittee reads a committee named by its field without a chamber word
// ("the Intelligence Committee", "Congress's intelligence committee", "the House of
// Representatives Foreign Affairs Committee"), the field at tokens [start, i) of
// sentence si and the head "committee" at [i, end), as a committee of the legislature
// the text names with it, not of whatever country was named last. It returns the
// committee when it is one of the United States Congress's, or the country of another
// legislature the sentence names with it (ctx, for the caller's naming); both nil when
// nothing ties the committee to a legislature.
//
// The chamber is read, in this order: a legislature named right before the field
// (possessive or not: "Congress's", "the House of Representatives"), a legislature after
// "in" or "of" ("the foreign affairs committee in Peru's parliament"), a legislature
// named elsewhere in the sentence, a legislator's capitalised title in the sentence
// ("Sen." and "Senator" the Senate, "Rep.", "Representative", "Congressman" the House),
// the capitalised chamber word ("Senate", "House", not "White House"), a legislator's
// party-and-state tag ("R-Cusco") or the word "congressional", in an article that names the United States; a United
// States chamber gives its committee of that field ("Senate Intelligence Committee", the
// gazetteer's where it has it); the Congress without a chamber, or no word at all, gives
// the one chamber's committee of that field the article names (the one named last
// when both are), else for the Congress a committee named "Congressional" and the
// field. A foreign legislature gives its country.
func (d *document) legislatureCommittee(si, start, i, end int) (committee, ctx *entity) {
	field := strings.ToLower(d.surface(si, start, i))
	chamber, foreign := d.committeeChamber(si, start, end)
	if foreign != nil {
		return nil, foreign
	}
	at := d.sents[si].Tokens[start].Start
	if chamber == "senate" || chamber == "house" {
		return d.groupEntity(titleCase(chamber+" "+field)+" Committee", geokg.Agency, "USA", at), nil
	}
	if e := d.namedChamberCommittee(si, field); e != nil {
		return e, nil
	}
	if chamber == "congress" {
		return d.groupEntity("Congressional "+titleCase(field)+" Committee", geokg.Agency, "USA", at), nil
	}
	return nil, nil
}

// committeeChamber returns the United States chamber ("senate", "house", or "congress"
// when no one chamber is said) or the foreign legislature's country that sentence si
// ties to the committee at tokens [start, end) (legislatureCommittee); "" and nil when
// none.
func (d *document) committeeChamber(si, start, end int) (string, *entity) {
	toks := d.sents[si].Tokens
	// a legislature right before the field, or after "in"/"of" the committee
	if m := d.mentionBefore(si, start); m != nil {
		if c, f := d.legislatureOf(m.ent); c != "" || f != nil {
			return c, f
		}
	}
	if end < len(toks) && (toks[end].Lower == "in" || toks[end].Lower == "of") {
		legislature := false
		var country *entity
		for j := end + 1; j < len(toks) && j <= end+7; j++ {
			if m := d.mentionAt(si, j); m != nil {
				if c, f := d.legislatureOf(m.ent); c != "" || f != nil {
					return c, f
				}
				if m.ent.kind == geokg.KindCountry && country == nil {
					country = m.ent
				}
			}
			if actorWord("legislature-word", toks[j].Lower) || toks[j].Lower == "house" {
				legislature = true
			}
			if isClauseWord(toks[j].Lower) || toks[j].Lower == "," {
				break
			}
		}
		if legislature && country != nil {
			if country.code == "USA" {
				return "congress", nil
			}
			return "", country
		}
	}
	// a legislature elsewhere in the sentence
	us, chambers := false, map[string]bool{}
	var foreign *entity
	for _, m := range d.mentions[si] {
		c, f := d.legislatureOf(m.ent)
		switch {
		case f != nil && foreign == nil:
			foreign = f
		case f != nil && foreign != f:
			return "", nil // two foreign legislatures
		case c != "":
			us = true
			if c != "congress" {
				chambers[c] = true
			}
		}
	}
	if us && foreign == nil && len(chambers) > 0 {
		return oneChamber(chambers), nil
	}
	if foreign != nil && !us {
		return "", foreign
	}
	if foreign != nil {
		return "", nil
	}
	// a legislator's title or "congressional", in an article about the United States
	// (also when the sentence names the Congress but no chamber)
	if !us && !d.namesUnitedStates() {
		return "", nil
	}
	for j, t := range toks {
		w := strings.TrimSuffix(t.Lower, ".")
		if w == "congressional" {
			us = true
		}
		if !t.IsCapitalized() || j > 0 && d.sharedTitleOwned(si, j) {
			continue
		}
		if j+2 < len(toks) && (t.Text == "R" || t.Text == "D") && toks[j+1].Text == "-" && toks[j+2].IsCapitalized() {
			us = true // a legislator's party-and-state tag, "(R-Cusco)"
		}
		if t.Text == "Senate" || t.Text == "House" && (j == 0 || toks[j-1].Text != "White") {
			us, chambers[t.Lower] = true, true // "the Senate majority whip"
		} else if actorWord("senate-title", w) {
			us, chambers["senate"] = true, true
		} else if actorWord("house-title", w) {
			us, chambers["house"] = true, true
		}
	}
	if us {
		return oneChamber(chambers), nil
	}
	return "", nil
}

// oneChamber returns the one chamber of the set, else "congress".
func oneChamber(chambers map[string]bool) string {
	if len(chambers) == 1 {
		for c := range chambers {
			return c
		}
	}
	return "congress"
}

// legislatureOf classifies e as a legislature: "senate", "house" or "congress" for the
// United States Senate, House of Representatives and Congress; the country for another
// country's legislature (a group with a country whose name holds a legislature-word or
// legislature-name, no committee or party); "" and nil for anything else.
func (d *document) legislatureOf(e *entity) (string, *entity) {
	if e == nil || e.kind != geokg.KindGroup || e.country == "" || e.subtype == geokg.Party {
		return "", nil
	}
	if e.country == "USA" {
		switch e.name {
		case d.x.chambers["USA senate"]:
			return "senate", nil
		case d.x.chambers["USA house"]:
			return "house", nil
		case d.x.legislatures["USA"]:
			return "congress", nil
		}
		return "", nil
	}
	words := strings.Fields(strings.ToLower(e.name))
	for _, w := range words {
		if w == "committee" || w == "commission" {
			return "", nil
		}
	}
	if !nameHolds(e.name, "legislature-word") && !nameHolds(e.name, "legislature-name") {
		return "", nil
	}
	c := d.countryEntity(e.country, len(d.text))
	if c == nil || c.kind != geokg.KindCountry {
		return "", nil
	}
	return "", c
}

// namesUnitedStates reports whether the article names the United States or one of its
// legislature's chambers.
func (d *document) namesUnitedStates() bool {
	if d.mentioned(geokg.KindCountry, "USA") != nil {
		return true
	}
	for _, name := range []string{d.x.legislatures["USA"], d.x.chambers["USA senate"], d.x.chambers["USA house"]} {
		if d.mentioned(geokg.KindGroup, name) != nil {
			return true
		}
	}
	return false
}

// namedChamberCommittee returns the United States chamber's committee of the field
// ("House Intelligence Committee" for "intelligence") that the article names: the one
// when only one chamber's is named, else the one named last before sentence si; nil when
// none is.
func (d *document) namedChamberCommittee(si int, field string) *entity {
	names := map[string]bool{}
	for _, c := range []string{"senate", "house"} {
		names[c+" "+field+" committee"] = true
	}
	var found []*entity
	for _, e := range d.entities {
		if e.kind == geokg.KindGroup && e.count > 0 && names[strings.ToLower(e.name)] {
			found = append(found, e)
		}
	}
	switch len(found) {
	case 0:
		return nil
	case 1:
		return found[0]
	}
	for s := si; s >= 0; s-- {
		for k := len(d.mentions[s]) - 1; k >= 0; k-- {
			for _, e := range found {
				if d.mentions[s][k].ent == e {
					return e
				}
			}
		}
	}
	return nil
}
