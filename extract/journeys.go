package extract

import (
	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
)

// journeyWords are the frame triggers of a journey read as a visit of the place's country
// ("arrived in Hanoi", "flew to Helsinki"; class `journey-word` of the frames' words).
var journeyWords = frames.WordClass("journey-word")

// dropVisitsForOthers is the article stage after the reading: it drops the visits an
// official's journey made of a country (a MEETS read from a journey trigger) when the
// same sentence tells of meetings of that official with parties foreign to both (another
// state, its officials and bodies, an international body) and of none with the country
// visited or its side: "Boric traveled to Quito to meet President Castillo of Peru" is a
// meeting of Chile and Peru held in Ecuador, no visit of Ecuador's government. A journey
// with no other meeting told, or with one with the host's side or with an official of no
// known country ("flew to Quito, where he met his counterpart"), stays a visit; so does
// one whose meetings with others the article tells elsewhere (another stop of the trip, as
// often as the reason for this one). It drops too the visits of a country by a person who
// holds no office (privateVisit).
func (d *document) dropVisitsForOthers() {
	var drop map[int]bool // judged first: visitForOthers reads the other relations
	for i, r := range d.rels {
		if d.visitForOthers(r) || d.privateVisit(r) {
			if drop == nil {
				drop = map[int]bool{}
			}
			drop[i] = true
		}
	}
	if drop == nil {
		return
	}
	kept := d.rels[:0]
	for i, r := range d.rels {
		if !drop[i] {
			kept = append(kept, r)
		}
	}
	d.rels = kept
}

// privateVisit reports whether r is a visit of a country, told by a journey or "visit",
// by a person who holds no office (entity.private: "activist Ana Soto flew to Lima"): a
// private journey is no meeting with the country's government.
func (d *document) privateVisit(r geokg.Relation) bool {
	if r.Type != geokg.Meets || !journeyWords[r.Trigger] && r.Trigger != "visit" {
		return false
	}
	o, c := d.entities[r.Subject], d.entities[r.Object]
	return o != nil && c != nil && o.private && c.kind == geokg.KindCountry
}

// visitForOthers reports whether r is a journey's visit of a country by an official that
// its sentence's other meetings show was made for a meeting with others (dropVisitsForOthers).
func (d *document) visitForOthers(r geokg.Relation) bool {
	if r.Type != geokg.Meets || !journeyWords[r.Trigger] {
		return false
	}
	o, c := d.entities[r.Subject], d.entities[r.Object]
	if o == nil || c == nil || o.kind != geokg.KindOfficial || c.kind != geokg.KindCountry {
		return false
	}
	others := false
	for _, m := range d.rels {
		if m.Start != r.Start || m.Type != geokg.Meets && m.Type != geokg.Hosts || journeyWords[m.Trigger] {
			continue
		}
		var p *entity
		switch o.id {
		case m.Subject:
			p = d.entities[m.Object]
		case m.Object:
			p = d.entities[m.Subject]
		}
		switch {
		case p == nil || p == o:
		case p == c || p.country == c.code:
			return false // "arrived in Lima ... met Castillo": a visit
		case p.kind == geokg.KindCountry && p.code != o.country || p.kind != geokg.KindCountry && p.country != "" && p.country != o.country:
			others = true
		}
	}
	return others
}
