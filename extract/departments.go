package extract

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// departmentIndex returns the gazetteer names of the state departments: the agencies of
// a country with a name or alias written "Defense Department" or "Department of the
// Treasury".
func departmentIndex(g *gazetteer.Gazetteer) map[string]bool {
	return groupsNamed(g, func(gr gazetteer.Group, n string) bool {
		if gr.Country == "" || gr.Subtype != geokg.Agency {
			return false
		}
		words := strings.Fields(strings.ToLower(n))
		k := len(words)
		return k >= 2 && (words[k-1] == "department" || words[0] == "department" && words[1] == "of")
	})
}

// departmentHead writes the relation of the title ts of official e in sentence si when it
// is the bare "Secretary" of a state department named right before it, its context ctx
// ("US Treasury Secretary Ana Ruiz"):
// the secretary heads the department and sits in the state's cabinet, so she is a member
// of the state, not of the department as its staff are ("Treasury spokesman Luis Soto").
// It reports whether it wrote it.
func (d *document) departmentHead(si int, e *entity, ts titleSpan, ctx *entity) bool {
	if ctx.kind != geokg.KindGroup || !d.x.departments[ctx.name] || ctx.country == "" || strings.ToLower(d.surface(si, ts.start, ts.end)) != "secretary" {
		return false
	}
	if d.headed == nil {
		d.headed = map[string]bool{}
	}
	d.headed[e.id+"|"+ctx.id] = true
	state := d.countryEntity(ctx.country, d.sents[si].Tokens[ts.start].Start)
	state.count++
	d.addRelation(si, e, geokg.MemberOf, state, 0.8, "")
	return true
}
