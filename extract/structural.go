package extract

import (
	"github.com/geokg/geokg"
)

// statedParent writes PART_OF for a gazetteer group whose mention names its country or
// parent group with it: "Chinese foreign ministry", "U.S. State Department", "Iran's
// Revolutionary Guards", "UN Security Council".
func (d *document) statedParent(si int, m *Mention) {
	g, ok := d.x.gaz.Group(m.ent.name)
	if !ok {
		return
	}
	toks := d.sents[si].Tokens
	var found []*entity
	if m.End-m.Start > 1 {
		for _, dm := range d.x.dict.match(toks[m.Start : m.End-1]) {
			switch dm.t.kind {
			case geokg.KindCountry:
				found = append(found, d.countryEntity(dm.t.key, toks[m.Start].Start))
			case geokg.KindGroup:
				found = append(found, d.groupEntity(dm.t.key, "", "", toks[m.Start].Start))
			}
		}
	}
	k := m.Start - 1
	if k >= 0 && (toks[k].Lower == "'s" || toks[k].Lower == "'") {
		k--
	}
	if k >= 0 {
		if cm := d.mentionAt(si, k); cm != nil && cm.End == k+1 && cm.ent.kind == geokg.KindCountry {
			found = append(found, cm.ent)
		}
	}
	national := g.Subtype == geokg.Agency || g.Subtype == geokg.Military
	if g.Subtype == geokg.Military && m.End < len(toks) && toks[m.End].isWord() && !toks[m.End].isCapitalized() && !isClauseWord(toks[m.End].Lower) {
		national = false // "US military interference": an adjective
	}
	// A parent group named inside the name ("UN Security Council") is not written:
	// analysts annotate PART_OF between groups only when the text states it.
	for _, e := range found {
		if e.kind == geokg.KindCountry && national && (g.Country == e.code || g.Parent == "country:"+e.code) {
			d.addRelation(si, m.ent, geokg.PartOf, e, 0.8, "")
		}
	}
}

// membership finds countries stated to be members of a group: "Venezuela and other OPEC
// members", "Cyprus is an EU member", "as a member of the UN Security Council".
func (d *document) membership(si int) {
	toks := d.sents[si].Tokens
	for i, t := range toks {
		if t.Lower != "member" && t.Lower != "members" && t.Lower != "member-state" && t.Lower != "member-states" {
			continue
		}
		if i > 0 && (toks[i-1].Text == "-" || toks[i-1].Lower == "non" || toks[i-1].Lower == "not") {
			continue
		}
		var group *entity
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if m := d.mentionAt(si, k); m != nil {
				if m.ent.kind == geokg.KindGroup && m.ent.subtype == geokg.InternationalOrg {
					group = m.ent
				}
				break
			}
		}
		if group == nil && i+2 < len(toks) && toks[i+1].Lower == "of" {
			j := i + 2
			if toks[j].Lower == "the" && j+1 < len(toks) {
				j++
			}
			if m := d.mentionAt(si, j); m != nil && m.Start == j && m.ent.kind == geokg.KindGroup && m.ent.subtype == geokg.InternationalOrg {
				group = m.ent
			}
		}
		if group == nil {
			continue
		}
		// the countries: the nearest country mention before, with those joined to it
		var subj []*Mention
		for _, m := range d.subjectsBefore(si, i) {
			if m.ent.kind == geokg.KindCountry && m.Form != FormDemonym {
				subj = append(subj, m)
			}
		}
		if len(subj) == 0 || i-subj[len(subj)-1].End > 10 {
			continue
		}
		neg := false
		for k := subj[0].End; k < i; k++ {
			if negationWords[toks[k].Lower] || modalWords[toks[k].Lower] && toks[k].Lower != "call" {
				neg = true
			}
		}
		if neg {
			continue
		}
		for _, s := range subj {
			d.addRelation(si, s.ent, geokg.MemberOf, group, 0.7, "")
		}
	}
}
