package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// statedParent writes PART_OF for a gazetteer group whose mention names its country or
// parent group with it: "Chilean foreign ministry", "Peruvian Interior Ministry", "Chile's
// Revolutionary Guards", "UN Security Council".
func (d *document) statedParent(si int, m *Mention) {
	d.why = explanation{rule: "structure: stated parent"}
	g, ok := d.x.gaz.Group(m.ent.name)
	if !ok {
		return
	}
	toks := d.sents[si].Tokens
	var found []*entity
	if m.End-m.Start > 1 {
		inner := d.x.dict.match(toks[m.Start : m.End-1])
		if len(inner) == 1 && inner[0].t.kind == geokg.KindGroup && inner[0].t.key == m.ent.name && inner[0].end-inner[0].start > 1 {
			// "US Treasury Department": the name's start is an alias of the group
			// itself ("US Treasury"); its country is inside that
			inner = d.x.dict.match(toks[m.Start : m.Start+inner[0].end-1])
		}
		for _, dm := range inner {
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
	national := g.Subtype == geokg.Agency || g.Subtype == geokg.Military || g.Subtype == geokg.OtherGroup && g.Country != ""
	if last := toks[m.End-1]; (last.Lower == "forces" || last.Lower == "troops") && !(last.Text == "Forces" && m.End-m.Start > 2 && toks[m.End-2].IsCapitalized()) {
		national = false // "US forces": soldiers, not the institution ("the Peruvian Security Forces" is one)
	}
	if g.Subtype == geokg.Military && m.End < len(toks) && toks[m.End].IsWord() && !toks[m.End].IsCapitalized() && !isClauseWord(toks[m.End].Lower) && !verbAfterBody(toks[m.End].Lower) {
		national = false // "Chilean military meddling": an adjective ("the Chilean army attacked" acts)
	}
	// A parent group named inside the name ("UN Security Council") is not written:
	// analysts annotate PART_OF between groups only when the text states it.
	for _, e := range found {
		if e.kind == geokg.KindCountry && national && (g.Country == e.code || g.Parent == "country:"+e.code) {
			d.addRelation(si, m.ent, geokg.PartOf, e, 0.8, "")
		}
	}
}

// ledBy finds "the PKK led by Ocalan", "a party headed by Ana Ruiz", "the council,
// which is chaired by Ruiz", "the Andean Center, then led by Ruiz", "the Peruvian
// Liberation Front led by Peruvian President Ana Ruiz": the official after "led by" (past
// the title and nationality before his name) leads the group before it.
func (d *document) ledBy(si int) {
	d.why = explanation{rule: "structure: led by"}
	toks := d.sents[si].Tokens
	for i := 1; i+2 < len(toks); i++ {
		if (toks[i].Lower != "led" && toks[i].Lower != "headed" && toks[i].Lower != "chaired") || toks[i+1].Lower != "by" || toks[i-1].Text == "-" {
			continue
		}
		om := d.officialAfterBy(si, i+2)
		if om == nil {
			continue
		}
		k := i - 1
		if w := toks[k].Lower; (w == "then" || w == "now" || w == "currently") && k >= 2 && toks[k-1].Text == "," {
			k-- // "the Andean Center, then led by Ana Ruiz"
		}
		if toks[k].Text == "," || toks[k].Lower == "is" || toks[k].Lower == "was" || toks[k].Lower == "being" {
			k--
		}
		if k >= 2 && (toks[k].Lower == "which" || toks[k].Lower == "that") && toks[k-1].Text == "," && (toks[i-1].Lower == "is" || toks[i-1].Lower == "was") {
			k -= 2 // "the Defence Council, which is chaired by Ruiz"
		}
		paren := k > 1 && toks[k].Text == ")"
		if paren {
			k-- // "the Peruvian Liberation Front (PLF) led by Ruiz": the acronym in brackets
		}
		gm := d.mentionAt(si, k)
		if gm == nil || gm.ent.kind != geokg.KindGroup || gm.End != k+1 || paren && (gm.Start == 0 || toks[gm.Start-1].Text != "(") {
			continue
		}
		if gm.partyPeople() {
			d.addRelation(si, om.ent, geokg.MemberOf, gm.ent, 0.75, "") // "Labour MPs led by Ruiz": one of them
			continue
		}
		d.addRelation(si, om.ent, geokg.Leads, gm.ent, 0.75, "")
	}
}

// groupMembers finds the members a group is said to have: "the Contact Group of
// guarantors which comprises Chile, the OAS and Peru", "the SCO, a bloc that groups China,
// Russia and Kazakhstan", "the alliance, made up of ...", "the Contact Group - Chile, Peru,
// the OAS and the EU", "the OAS, part of the Contact Group" (two members or more). Countries are MEMBER_OF the group,
// groups PART_OF it.
func (d *document) groupMembers(si int) {
	d.why = explanation{rule: "structure: members"}
	toks := d.sents[si].Tokens
	write := func(m *Mention, g *entity) {
		if m.ent == g {
			return
		}
		switch m.ent.kind {
		case geokg.KindCountry:
			d.addRelation(si, m.ent, geokg.MemberOf, g, 0.65, "")
		case geokg.KindGroup:
			d.addRelation(si, m.ent, geokg.PartOf, g, 0.6, "")
		}
	}
	for _, gm := range d.mentions[si] {
		if gm.ent.kind != geokg.KindGroup || gm.Form == FormRef || gm.Form == FormBody {
			continue
		}
		// after the group: "(of guarantors) which comprises", "-", ":", "comprising"
		k := gm.End
		if k+1 < len(toks) && toks[k].Lower == "of" && !toks[k+1].IsCapitalized() {
			k += 2
		}
		comma := k < len(toks) && toks[k].Lower == ","
		// an aside set off by a dash: "the bloc -- which groups Chile, Peru ... --" (a
		// double hyphen is two tokens)
		dk := k
		if dk+1 < len(toks) && toks[dk].Text == "-" && toks[dk+1].Text == "-" && toks[dk+1].Start == toks[dk].End {
			dk++
		}
		switch {
		case dk+1 < len(toks) && isDash(toks[k].Text) && (toks[dk+1].Lower == "which" || toks[dk+1].Lower == "that"):
			k = dk + 1
		case comma:
			k++
		}
		// an apposition that names the kind of group: ", a bloc that groups ...", ", the
		// regional alliance, which includes ..."
		if comma && k < len(toks) && (toks[k].Lower == "a" || toks[k].Lower == "an" || toks[k].Lower == "the") {
			q := k + 1
			for q < len(toks) && q < k+4 && !groupKindNouns[toks[q].Lower] && toks[q].IsWord() && !toks[q].IsCapitalized() {
				q++
			}
			if q < len(toks) && groupKindNouns[toks[q].Lower] {
				k = q + 1
				if k < len(toks) && toks[k].Lower == "," {
					k++
				}
			}
		}
		start := -1
		switch {
		case k+1 < len(toks) && (toks[k].Lower == "which" || toks[k].Lower == "that"):
			start = memberVerbEnd(toks, k+1)
		case k < len(toks) && (toks[k].Lower == "comprising" || toks[k].Lower == "grouping" || toks[k].Lower == "uniting" || toks[k].Lower == "bringing" || toks[k].Lower == "made" || toks[k].Lower == "consisting"):
			start = memberVerbEnd(toks, k)
		case k < len(toks) && (isDash(toks[k].Text) || toks[k].Text == ":") && toks[k].Start > toks[k-1].End:
			start = k + 1
		}
		if start >= 0 {
			members := d.objectsAt(si, start)
			if len(members) >= 2 {
				for _, m := range members {
					write(m, gm.ent)
				}
			}
		}
		// before the group: "The OAS, part of the Contact Group"
		q := gm.Start - 1
		for q >= 0 && (toks[q].Lower == "the" || toks[q].Lower == "so-called" || toks[q].Text == "-" || toks[q].Lower == "so" || toks[q].Lower == "called") {
			q--
		}
		if q >= 2 && (toks[q].Lower == "of" && (toks[q-1].Lower == "part" || toks[q-1].Lower == "member" || toks[q-1].Lower == "members")) && toks[q-2].Text == "," {
			if m := d.mentionAt(si, q-3); m != nil && m.End == q-2 {
				write(m, gm.ent)
			}
		}
	}
}

// groupKindNouns name the kind of a group in an apposition (", a bloc that groups").
var groupKindNouns = map[string]bool{
	"bloc": true, "alliance": true, "grouping": true, "group": true, "organisation": true,
	"organization": true, "union": true, "coalition": true, "forum": true, "club": true,
	"body": true, "partnership": true, "community": true, "league": true, "pact": true,
}

// memberVerbEnd returns the token after a verb that lists a group's members at token k
// ("groups", "includes", "comprises", "unites", "brings together", "is made up of",
// "consists of", and their participles), or -1.
func memberVerbEnd(toks []Token, k int) int {
	if k < len(toks) && (toks[k].Lower == "is" || toks[k].Lower == "was") {
		k++ // "which is made up of"
	}
	if k >= len(toks) {
		return -1
	}
	switch toks[k].Lower {
	case "includes", "include", "included", "comprises", "comprise", "comprised", "comprising",
		"groups", "grouped", "grouping", "unites", "united", "uniting", "gathers", "encompasses":
		return k + 1
	case "brings", "brought", "bringing":
		if k+1 < len(toks) && toks[k+1].Lower == "together" {
			return k + 2
		}
	case "made", "consists", "consisted", "consisting":
		if k+1 < len(toks) && (toks[k+1].Lower == "up" || toks[k+1].Lower == "of") {
			if toks[k+1].Lower == "up" && k+2 < len(toks) && toks[k+2].Lower == "of" {
				return k + 3
			}
			if toks[k+1].Lower == "of" {
				return k + 2
			}
		}
	}
	return -1
}

// membership finds countries stated to be members of a group: "Venezuela and other OPEC
// members", "Cyprus is an EU member", "as a member of the UN Security Council".
func (d *document) membership(si int) {
	d.why = explanation{rule: "structure: membership"}
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
		if group == nil && i >= 1 && i+1 < len(toks) && memberKindNouns[toks[i+1].Lower] && (toks[i-1].Lower == "its" || toks[i-1].Lower == "their") {
			// "its member states, which include Peru and Chile": the organisation "its" names
			if g := d.resolvePossessive(si, i-1, geokg.KindGroup); g != nil && g.kind == geokg.KindGroup && g.subtype == geokg.InternationalOrg {
				group = g
			}
		}
		var groups []*entity
		if group != nil {
			groups = append(groups, group)
			if !prospectiveMember(toks, i) {
				for _, m := range d.membersAfter(si, i) {
					d.addRelation(si, m.ent, geokg.MemberOf, group, 0.7, "")
				}
			}
		}
		if group == nil && i+2 < len(toks) && toks[i+1].Lower == "of" {
			// "Peru, member of the OAS and Mercosur": every organisation named
			groups = internationalOrgs(d.objectsAt(si, i+2))
			if len(groups) > 0 && i >= 2 && toks[i-2].Lower == "as" && (toks[i-1].Lower == "a" || toks[i-1].Lower == "an") {
				// "As a member of the OAS, Peru voted": the clause's subject after the comma
				if m := d.memberSubjectAfter(si, i+2); m != nil {
					for _, g := range groups {
						d.addRelation(si, m.ent, geokg.MemberOf, g, 0.7, "")
					}
					continue
				}
			}
		}
		if len(groups) == 0 {
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
			for _, g := range groups {
				d.addRelation(si, s.ent, geokg.MemberOf, g, 0.7, "")
			}
		}
	}
}

// memberKindNouns name the kind of an organisation's members after "member" ("member
// states", "member countries").
var memberKindNouns = map[string]bool{
	"state": true, "states": true, "country": true, "countries": true, "nation": true, "nations": true,
}

// memberListCues open a list of an organisation's members after a comma ("member states,
// which include", "members, including", "members such as").
var memberListCues = map[string]bool{"include": true, "includes": true, "including": true, "such": true, "like": true}

// prospectiveMember reports whether "member(s)" at token i, after its organisation, is one
// not (or no longer) in it: "would-be", "aspiring", "prospective", "future", "potential",
// "candidate", "former", "ex" or "non" among the four words before it.
func prospectiveMember(toks []Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch toks[k].Lower {
		case "would-be", "would", "aspiring", "prospective", "future", "potential", "candidate", "former", "ex", "non", "new", "not", "no", "applicant":
			return true
		}
	}
	return i+1 < len(toks) && toks[i+1].Lower == "-" // "NATO member-hopeful"
}

// membersAfter returns the countries an organisation's "member(s)" at token i of sentence
// si names after it: right after the noun and its kind ("NATO member Peru", "OAS members
// Peru and Chile", "OAS member states Peru, Chile and Bolivia") or after a comma and a list
// cue ("its member states, which include Peru and Chile", "members, including Peru", "members
// such as Peru"). Only country names (no demonym) joined by commas and "and" are read; the
// list ends at any other word. A comma with no cue ("OAS members, Peru and Chile") names no
// member: it is as often a list of others.
func (d *document) membersAfter(si, i int) []*Mention {
	toks := d.sents[si].Tokens
	j := i + 1
	if j < len(toks) && memberKindNouns[toks[j].Lower] {
		j++
	}
	if j < len(toks) && toks[j].Lower == "," {
		j++
		if j < len(toks) && (toks[j].Lower == "which" || toks[j].Lower == "that") {
			j++
		}
		if j >= len(toks) || !memberListCues[toks[j].Lower] {
			return nil
		}
	}
	if j < len(toks) && memberListCues[toks[j].Lower] {
		if toks[j].Lower == "such" {
			if j+1 >= len(toks) || toks[j+1].Lower != "as" {
				return nil
			}
			j++
		}
		j++
	}
	var out []*Mention
	for j < len(toks) {
		if toks[j].Lower == "the" {
			j++
		}
		m := d.countryNameAt(si, j)
		if m == nil || m.End < len(toks) && toks[m.End].Text == "-" {
			break // "NATO member Turkey's army", "EU member Greece-based"
		}
		out = append(out, m)
		j = m.End
		if j < len(toks) && toks[j].Lower == "," {
			j++
		}
		if j < len(toks) && toks[j].Lower == "and" {
			j++
		}
	}
	return out
}

// memberSubjectAfter returns the country that opens the clause after the organisations of
// "As a member of ..." that start at token j of sentence si ("As a member of the OAS,
// Peru voted"; "the" may stand before it), or nil.
func (d *document) memberSubjectAfter(si, j int) *Mention {
	toks := d.sents[si].Tokens
	k := j
	for k < len(toks) && k < j+12 && toks[k].Lower != "," {
		k++
	}
	if k+1 >= len(toks) || toks[k].Lower != "," {
		return nil
	}
	k++
	if toks[k].Lower == "the" {
		k++
	}
	return d.countryNameAt(si, k) // not "As a member of the OAS, Peru's army ..."
}

// countryNameAt returns the mention of a country named by its name (no demonym) that
// opens at token k of sentence si, when no possessive follows it ("Peru's army"), or nil.
func (d *document) countryNameAt(si, k int) *Mention {
	toks := d.sents[si].Tokens
	m := d.mentionAt(si, k)
	if m == nil || m.Start != k || m.ent.kind != geokg.KindCountry || m.Form == FormDemonym {
		return nil
	}
	if m.End < len(toks) && (toks[m.End].IsPossessive() || toks[m.End].Lower == "'") {
		return nil
	}
	return m
}

// internationalOrgs returns the international organisations among ms.
func internationalOrgs(ms []*Mention) []*entity {
	var out []*entity
	for _, m := range ms {
		if m.ent.kind == geokg.KindGroup && m.ent.subtype == geokg.InternationalOrg {
			out = append(out, m.ent)
		}
	}
	return out
}

// joinedOrganisation finds countries that joined international organisations:
// "Finland joined NATO in 2023", "Chile and Peru joined the OAS and the UN". Wishes,
// bids and negations ("wants to join", "has not joined", "bid to join") write nothing.
func (d *document) joinedOrganisation(si int) {
	d.why = explanation{rule: "structure: joined"}
	toks := d.sents[si].Tokens
	for i, t := range toks {
		switch t.Lower {
		case "joined", "joins", "rejoined", "join":
		default:
			continue
		}
		if t.Lower == "join" && !(i > 0 && (toks[i-1].Lower == "did" || toks[i-1].Lower == "to" && i > 1 && (toks[i-2].Lower == "agreed" || toks[i-2].Lower == "voted"))) {
			continue // "join" alone is a wish or a future
		}
		groups := internationalOrgs(d.objectsAt(si, i+1))
		if len(groups) == 0 {
			continue
		}
		var subj []*Mention
		for _, m := range d.subjectsBefore(si, i) {
			if m.ent.kind == geokg.KindCountry && m.Form != FormDemonym {
				subj = append(subj, m)
			}
		}
		if len(subj) == 0 {
			continue
		}
		if _, _, ok := d.qualify(si, subj[len(subj)-1].End, i, &patternTable[0]); !ok || d.intended(si, i) && t.Lower != "join" {
			continue
		}
		for _, s := range subj {
			for _, g := range groups {
				d.addRelation(si, s.ent, geokg.MemberOf, g, 0.7, "")
			}
		}
	}
}

// officialAfterBy returns the official named at token j, or after a title that opens
// there ("Chilean President Ana Ruiz", "Chile's former Prime Minister Ruiz", "the
// Interior Minister Ruiz"), or nil. Only title words, capitalised words of the title and
// the country whose post it is may stand before the name: "led by the army and Ruiz" or
// "led by a Chilean lawyer, Ruiz" name no one this way.
func (d *document) officialAfterBy(si, j int) *Mention {
	toks := d.sents[si].Tokens
	for n := 0; j < len(toks) && n < 6; n++ {
		m := d.mentionAt(si, j)
		switch {
		case m != nil && m.ent.kind == geokg.KindOfficial:
			return m
		case m != nil && m.ent.kind == geokg.KindCountry && m.Start == j:
			j = m.End
			if j < len(toks) && toks[j].Lower == "'s" {
				j++
			}
		case m != nil:
			return nil
		case toks[j].Lower == "the" || toks[j].Lower == "former" || toks[j].Lower == "then" || toks[j].Lower == "acting" || toks[j].Lower == "interim":
			j++
		default:
			if _, k := matchTitleHead(toks, j); k > 0 {
				j += k
				continue
			}
			if !toks[j].IsWord() || !toks[j].IsCapitalized() {
				return nil
			}
			j++
		}
	}
	return nil
}

// postPlaceTitles are the titles of an envoy sent to a place: a country named bare before
// them is the post's place when another actor stands before it ("the UN Yemen envoy").
var postPlaceTitles = map[string]bool{"envoy": true, "mediator": true, "negotiator": true, "coordinator": true}

// postPlaceBefore handles a country named bare (no demonym, no possessive) between another
// actor and an envoy's title: "UN Yemen envoy Ana Ruiz", "the UN's Syria envoy, Ruiz", "the
// US Iran envoy Ruiz". The country is the place he is sent to, not his own: the post
// belongs to the actor before it, which it sets as the title's context. It reports
// whether it did; "Iran envoy Ruiz" and "Iran's envoy Ruiz" stay Iran's.
func (d *document) postPlaceBefore(si int, ts *titleSpan, m *Mention) bool {
	toks := d.sents[si].Tokens
	if m.ent.kind != geokg.KindCountry || m.Form != FormName || m.End != ts.start || !postPlaceTitles[toks[ts.end-1].Lower] {
		return false
	}
	q := m.Start - 1
	if q > 0 && (toks[q].IsPossessive() || toks[q].Lower == "'") {
		q--
	}
	if q < 0 {
		return false
	}
	am := d.mentionAt(si, q)
	if am == nil || am.End != q+1 || am.ent.kind != geokg.KindCountry && am.ent.kind != geokg.KindGroup || am.ent == m.ent {
		return false
	}
	ts.context, ts.ctxStart = am.ent, am.Start
	return true
}

// delegateTitles are the titles of a state's delegate to an organisation, and
// delegateOrgs the organisations (by gazetteer name) that states send such delegates to
// and that have none of their own: "UN ambassador Ana Ruiz" is her state's ambassador
// at the UN (the European Union, with ambassadors of its own, is not one).
var (
	delegateTitles = map[string]bool{"ambassador": true}
	delegateOrgs   = map[string]bool{"United Nations": true, "NATO": true, "Organization of American States": true,
		"Organization for Security and Co-operation in Europe": true}
)

// delegateSeatBefore handles a delegate's title after the organisation he is posted to
// (mention m: "U.N. Ambassador Ana Ruiz", "Chile's UN ambassador Ruiz", "Boric's U.N.
// ambassador Ruiz"): the organisation is his post's seat, not the body he belongs to.
// The title's context becomes the country named before the organisation (set before),
// the country of an official named so ("Boric's": Chile's), or none; the official's
// known country then gives his MEMBER_OF, and his acts are his, not the organisation's.
// "former" before the organisation makes the post a past one.
func (d *document) delegateSeatBefore(si int, ts *titleSpan, m *Mention) {
	toks := d.sents[si].Tokens
	if ts.context != m.ent || !delegateOrgs[m.ent.name] || !delegateTitles[toks[ts.end-1].Lower] {
		return
	}
	ts.context = nil
	q := m.Start - 1
	if q >= 0 && (toks[q].Lower == "former" || toks[q].Lower == "ex") {
		ts.former = true // "former UN ambassador Ruiz", which the context no longer shows
	}
	if q > 0 && toks[q].IsPossessive() {
		q--
	}
	if om := d.mentionAt(si, q); q >= 0 && om != nil && om.End == q+1 && om.ent.kind == geokg.KindOfficial && om.ent.country != "" {
		ts.context, ts.ctxStart = d.countryEntity(om.ent.country, toks[q].Start), om.Start
	}
}

// apposedParent writes PART_OF for a national body whose apposition names its country:
// "the DNI, the Chilean intelligence agency", "Southcom, the Peruvian military command for the
// south", "Agencia Andina, Peru's state news agency", "the NDS (Afghan National Directorate
// of Security), the Afghan spy service", and the other way round: "Peru's intelligence
// agency, the DINI, said". The apposition opens right after the comma with the
// country (its name, possessive, demonym, or a body of that country: "the U.S. military")
// and reaches a body noun (class `group-head` of gazetteer/data/actor-words.txt but a
// company, or `bodyNouns`) within five lower-case words that hold no "and" or "or"; the country must be the body's own in the
// gazetteer. Armed groups are no country's part ("Hezbollah, a Lebanese militia").
func (d *document) apposedParent(si int) {
	d.why = explanation{rule: "structure: apposed parent"}
	toks := d.sents[si].Tokens
	for _, gm := range d.mentions[si] {
		if gm.ent.kind != geokg.KindGroup || gm.Form == FormRef || gm.Form == FormBody {
			continue
		}
		g, ok := d.x.gaz.Group(gm.ent.name)
		if !ok || g.Country == "" || g.Subtype != geokg.Agency && g.Subtype != geokg.Military && g.Subtype != geokg.OtherGroup {
			continue
		}
		if d.bodyBeforeNames(si, gm, g.Country) {
			d.addRelation(si, gm.ent, geokg.PartOf, d.countryEntity(g.Country, toks[gm.Start].Start), 0.75, "")
			continue
		}
		k := gm.End
		if k+2 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" {
			k += 3 // "the NDS (Afghan ...)"
		}
		if k+1 >= len(toks) || toks[k].Text != "," {
			continue
		}
		k++
		if w := toks[k].Lower; w == "the" || w == "a" || w == "an" {
			k++
		}
		cm := d.mentionAt(si, k)
		if cm == nil || cm.Start != k || cm.Form == FormRef {
			continue
		}
		if !d.namesCountry(si, cm, g.Country) || !bodyNounAfter(toks, cm) {
			continue
		}
		d.addRelation(si, gm.ent, geokg.PartOf, d.countryEntity(g.Country, toks[cm.Start].Start), 0.75, "")
	}
}

// namesCountry reports whether mention m names the country code: the country itself, a
// body of it ("the U.S. military", "Peru's intelligence agency"), or a name of the body that opens with its nationality
// ("the Russian military intelligence agency"); another body must open with the
// nationality ("the U.S. military", not "the Defense Intelligence Agency").
func (d *document) namesCountry(si int, m *Mention, code string) bool {
	switch m.ent.kind {
	case geokg.KindCountry:
		return m.ent.code == code
	case geokg.KindGroup:
		if m.End-m.Start < 2 {
			return false
		}
		if g, ok := d.x.gaz.Group(m.ent.name); ok && g.Subtype != geokg.Agency && g.Subtype != geokg.Military || !ok && m.Form != FormBody {
			return false
		}
		for _, dm := range d.x.dict.match(d.sents[si].Tokens[m.Start : m.Start+1]) {
			if dm.t.kind == geokg.KindCountry && dm.t.key == code {
				return true
			}
		}
	}
	return false
}

// bodyNouns are the heads of an apposition naming a state's body that class `group-head`
// lacks.
var bodyNouns = map[string]bool{"ministry": true, "department": true, "police": true, "navy": true, "military": true, "intelligence": true}

// bodyNounAfter reports whether a body noun ends mention m or follows it within five
// lower-case words (past a possessive): "the Chilean intelligence agency", "Peru's state
// news agency", "the U.S. military command".
func bodyNounAfter(toks []Token, m *Mention) bool {
	isBody := func(w string) bool {
		return bodyNouns[w] || actorWord("group-head", w) && w != "company" && w != "corporation"
	}
	if isBody(toks[m.End-1].Lower) && m.End-m.Start > 1 {
		return true
	}
	j := m.End
	if j < len(toks) && (toks[j].IsPossessive() || toks[j].Lower == "'") {
		j++
	}
	for n := 0; j < len(toks) && n < 5; j, n = j+1, n+1 {
		t := toks[j]
		if !t.IsWord() && t.Text != "-" || t.IsCapitalized() || t.Lower == "and" || t.Lower == "or" {
			return false // a list, not an apposition: "the CIA, the FBI and the NSA"
		}
		if isBody(t.Lower) {
			return true
		}
	}
	return false
}

// bodyBeforeNames reports whether the national body mentioned by gm is set off as the
// apposition of a phrase naming its country before it: "Peru's intelligence agency, the
// DINI, said", "the Peruvian state news agency, Andina." (a body noun right before the
// comma, the country within five lower-case words before it; the body's mention ends at a
// comma or the sentence's end, not a list: "the Peruvian military, the DINI and the police").
func (d *document) bodyBeforeNames(si int, gm *Mention, code string) bool {
	toks := d.sents[si].Tokens
	if gm.End < len(toks) && toks[gm.End].Text != "," && toks[gm.End].Text != "." {
		return false
	}
	k := gm.Start - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 1 || toks[k].Text != "," {
		return false
	}
	k--
	q := k - 1
	if m := d.mentionAt(si, k); m != nil {
		// the phrase is itself a mention: "Peru's intelligence agency" (a body built from
		// the pattern) or the group's alias ("Peruvian state news agency")
		if m.End != k+1 || m.ent == gm.ent {
			return false
		}
		if d.namesCountry(si, m, code) && bodyNounAfter(toks, m) {
			return true
		}
		if m.Form != FormBody {
			return false
		}
		q = m.Start - 1 // "Peru's military intelligence agency": the body's words
	} else {
		isBody := func(w string) bool {
			return bodyNouns[w] || actorWord("group-head", w) && w != "company" && w != "corporation"
		}
		if !isBody(toks[k].Lower) || toks[k].IsCapitalized() {
			return false
		}
	}
	for n := 0; q >= 0 && n < 5; q, n = q-1, n+1 {
		if m := d.mentionAt(si, q); m != nil {
			return m.End == q+1 && (m.ent.kind == geokg.KindCountry && m.ent.code == code || d.namesCountry(si, m, code))
		}
		if w := toks[q].Lower; toks[q].IsPossessive() || toks[q].Lower == "'" {
			continue
		} else if !toks[q].IsWord() && toks[q].Text != "-" || toks[q].IsCapitalized() || w == "and" || w == "or" {
			return false
		}
	}
	return false
}

// predicateTitle reads a title stated of an official by a copula: "Ruiz is the leader of
// Hamas", "Ruiz, who is the head of the National Assembly,", "Ruiz became leader of
// Hezbollah", "Ruiz remains chairman of the Peruvian Senate committee", "Ruiz is a member of
// the Senate". The post is read as if written as a title before or after the name (the
// role gives LEADS or MEMBER_OF: applyTitle). It reads only the present or a post taken
// ("is", "remains", "became"; "is not", "is said to be" and "is expected to become" state
// none), and no group or country whose name goes on ("a member of USA Today's board").
func (d *document) predicateTitle(si int) {
	toks := d.sents[si].Tokens
	for i, t := range toks {
		if t.Lower != "is" && t.Lower != "remains" && t.Lower != "became" || i == 0 {
			continue
		}
		s := i - 1
		if s >= 2 && toks[s].Lower == "who" && toks[s-1].Text == "," {
			s -= 2
		}
		sm := d.mentionAt(si, s)
		if sm == nil || sm.End != s+1 || sm.ent.kind != geokg.KindOfficial {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].Lower == "also" || toks[j].Lower == "now" || toks[j].Lower == "currently" || toks[j].Lower == "still") {
			j++
		}
		if j < len(toks) && (toks[j].Lower == "the" || toks[j].Lower == "a" || toks[j].Lower == "an") {
			j++
		}
		// modifiers of the post: "the current leader", "the de facto head", "the top
		// commander", "the deputy head" (kept in the title: a deputy is a member; not
		// "former": a past post)
		mods := j
		for n := 0; j < len(toks) && n < 3 && (titleModifiers[toks[j].Lower] || predicateModifiers[toks[j].Lower]) && toks[j].Lower != "former"; n++ {
			if _, k := matchTitleHead(toks, j); k > 0 && j+k < len(toks) && toks[j+k].Lower == "of" {
				break // "chief of": the head itself
			}
			j++
		}
		if j >= len(toks) {
			continue
		}
		h, n := matchTitleHead(toks, j)
		role := h.role
		if n == 0 && toks[j].Lower == "member" {
			n, role = 1, RoleMember
		}
		if n == 0 || j+n+1 >= len(toks) || toks[j+n].Lower != "of" {
			continue
		}
		k := j + n + 1
		if toks[k].Lower == "the" && k+1 < len(toks) {
			k++
		}
		cm := d.mentionAt(si, k)
		if cm == nil || cm.Start != k && cm.Start != j+n+1 || cm.ent.kind != geokg.KindCountry && cm.ent.kind != geokg.KindGroup || cm.Form == FormDemonym {
			continue
		}
		if cm.End < len(toks) && (toks[cm.End].IsPossessive() || toks[cm.End].IsCapitalized() && toks[cm.End].IsWord()) {
			continue // "the leader of Chile's opposition", "a member of USA Today's board": a part or another name
		}
		for mods < j && predicateModifiers[toks[mods].Lower] {
			mods++ // "the current leader": the title is "leader"
		}
		d.applyTitle(si, sm, titleSpan{start: mods, end: j + n, role: role, context: cm.ent, ctxStart: cm.Start})
	}
}

// predicateModifiers are the words before a post stated by a copula that are no title
// modifiers: "the current leader", "the de facto head", "the longtime chairman".
var predicateModifiers = map[string]bool{
	"current": true, "new": true, "de": true, "facto": true, "longtime": true, "sole": true,
	"only": true, "elected": true,
}

// possessiveParty reads a party named after "his" or "her" as the party of the one
// official the sentence names before it: "Ana Ruiz told her Liberal Party that ...",
// "Ruiz urged his Republican Party to ..." (MEMBER_OF; LEADS for an official whose
// title is a prime minister's, a chancellor's or a party leader's: "Prime Minister Ruiz
// ... her Liberal Party"). The official joined to it by "and" is the one ("the rival of
// Ruiz and her Liberal Party"); else two officials before the pronoun, or none, leave it
// unread.
func (d *document) possessiveParty(si int) {
	d.why = explanation{rule: "structure: possessive party"}
	toks := d.sents[si].Tokens
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Lower != "his" && toks[i].Lower != "her" {
			continue
		}
		pm := d.mentionAt(si, i+1)
		if pm == nil || pm.Start != i+1 || pm.ent.kind != geokg.KindGroup || pm.ent.subtype != geokg.Party {
			continue
		}
		var off *entity
		n := 0
		for _, m := range d.mentions[si] {
			if m.Start >= i {
				break
			}
			if m.ent.kind == geokg.KindOfficial && m.ent != off {
				off = m.ent
				n++
			}
		}
		if i >= 2 && toks[i-1].Lower == "and" {
			if m := d.mentionAt(si, i-2); m != nil && m.End == i-1 && m.ent.kind == geokg.KindOfficial {
				off, n = m.ent, 1 // "opposition leader Ruiz and her Liberal Party": the one joined
			}
		}
		if n == 1 {
			d.addRelation(si, off, partyTie(off), pm.ent, 0.7, "")
		}
	}
	d.ownersParty(si)
}

// partyTie is the relation of official off to his party: LEADS for an official whose
// title is a prime minister's, a chancellor's or a party leader's (a parliament's head of
// government leads his party), else MEMBER_OF.
func partyTie(off *entity) geokg.RelationType {
	switch strings.ToLower(off.title) {
	case "prime minister", "premier", "chancellor", "leader", "opposition leader", "party leader":
		return geokg.Leads
	}
	return geokg.MemberOf
}

// ownersParty reads a party named after a known official's possessive (his name, not a
// pronoun: "he's" is "he is") as his party:
// "Ana Ruiz's Liberal Party", "Ruiz's centre-right Unionists won" (one lower-case word
// between; partyTie gives LEADS or MEMBER_OF). A plural noun after the party's name
// (no verb of the pattern table), a retinue-noun or a party-people word makes the
// party's word an adjective of other people ("Ruiz's Republican critics", "Ruiz's
// Liberal allies", "Ruiz's Liberal MPs"): not read; "has", "was", "says" are verbs.
func (d *document) ownersParty(si int) {
	toks := d.sents[si].Tokens
	for _, om := range d.mentions[si] {
		if om.ent.kind != geokg.KindOfficial || om.ent.former || om.Form == FormRef || om.End >= len(toks) || !toks[om.End].IsPossessive() {
			continue
		}
		j := om.End + 1
		if j+1 < len(toks) && toks[j].IsWord() && !toks[j].IsCapitalized() && d.mentionAt(si, j) == nil {
			j++ // "Ruiz's centre-right Liberal Party", "Ruiz's own Liberal Party"
		}
		pm := d.mentionAt(si, j)
		if pm == nil || pm.Start != j || pm.ent.kind != geokg.KindGroup || pm.ent.subtype != geokg.Party {
			continue
		}
		if e := pm.End; e < len(toks) && toks[e].IsWord() && !toks[e].IsCapitalized() {
			if w := toks[e].Lower; actorWord("retinue-noun", w) || actorWord("party-people", w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(patterns.verbs[w]) == 0 && !verbAfterBody(w) {
				continue // "Ruiz's Republican critics", "Ruiz's Liberal allies": other people
			}
		}
		d.addRelation(si, om.ent, partyTie(om.ent), pm.ent, 0.7, "")
	}
}

// partyApposition reads an official's party stated in an apposition by its member noun:
// "Sen. Ana Ruiz, an Oregon Democrat, said", "Ruiz, a Republican, and Soto", "Ruiz, the
// Texas Republican who chairs ...", "Ruiz, a Republican former FBI director" (MEMBER_OF
// the party; the word is a one-word name of a gazetteer party, partyIndex). Between the
// article and the word stand at most three capitalised words (her state: "a West
// Virginia Democrat") or modifiers of class party-modifier ("a moderate Republican");
// after it comes the apposition's end (punctuation, "and", "who", "from", "representing"
// ...), a title ("a Republican senator") or a word of class party-member-after ("a
// Democratic member of", "a Republican former director"). Not read: a party of another
// country than the official's, a word that is part of another name ("a Republican-led
// House", "a Democratic Republic"), nor a thing of the party ("Ruiz, a Republican
// stronghold", "a Democratic bill").
func (d *document) partyApposition(si int) {
	d.why = explanation{rule: "structure: party apposition"}
	toks := d.sents[si].Tokens
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Text != "," {
			continue
		}
		om := d.officialBeforeComma(si, i)
		if om == nil {
			continue
		}
		k, name := d.apposedParty(si, i)
		if name == "" {
			continue
		}
		party := d.groupEntity(name, geokg.Party, "", toks[k].Start)
		if party.country != "" && om.ent.country != "" && party.country != om.ent.country {
			continue // a Canadian "Conservative" is no member of Britain's party
		}
		party.count++
		d.addRelation(si, om.ent, geokg.MemberOf, party, 0.7, "")
		if body := d.seatBody(si, k+1); body != nil {
			d.addRelation(si, om.ent, geokg.MemberOf, body.ent, 0.7, "") // "the top Unionist on the Senate Trade Committee"
		}
	}
}

// officialBeforeComma returns the official's mention that ends at the comma at token i
// of sentence si, or before his home place there ("Sen. Ana Ruiz of Cusco, a Unionist":
// "of" and one to three capitalised words), or nil.
func (d *document) officialBeforeComma(si, i int) *Mention {
	toks := d.sents[si].Tokens
	end := i
	for n := 1; n <= 3 && i-n-1 > 0; n++ {
		if !toks[i-n].IsCapitalized() || !toks[i-n].IsWord() {
			break
		}
		if toks[i-n-1].Lower == "of" {
			if m := d.mentionAt(si, i-n); m == nil || m.ent.kind != geokg.KindOfficial {
				end = i - n - 1 // "of Cusco": a place no official's name holds
			}
			break
		}
	}
	om := d.mentionEndingAt(si, end)
	if om == nil || om.ent.kind != geokg.KindOfficial {
		return nil
	}
	return om
}

// seatBody returns the mention of the body an official sits on that "on the" names at
// token k of sentence si ("the top Unionist on the Senate Trade Committee", "who sits on
// the Senate Trade Committee"): a group that is no party, named right after "the" and
// ending its phrase, before punctuation or a clause word (not "the Trade Committee's
// staff", "the Trade Committee staff"), or nil.
func (d *document) seatBody(si, k int) *Mention {
	toks := d.sents[si].Tokens
	if k+2 >= len(toks) || toks[k].Lower != "on" || toks[k+1].Lower != "the" {
		return nil
	}
	m := d.mentionAt(si, k+2)
	if m == nil || m.Start != k+2 || m.ent.kind != geokg.KindGroup || m.ent.subtype == geokg.Party || m.possessive {
		return nil
	}
	if m.End < len(toks) && toks[m.End].IsWord() && !isClauseWord(toks[m.End].Lower) {
		return nil // "the Trade Committee staff", "the Trade Committee Chairman"
	}
	return m
}

// seatOn reads an official's seat on a body stated by a relative clause: "Sen. Ana
// Ruiz, who sits on the Senate Trade Committee," (MEMBER_OF the body; the verb in the
// present, "sits" or "serves", right after "who", and seatBody's body after it).
func (d *document) seatOn(si int) {
	d.why = explanation{rule: "structure: seat on a body"}
	toks := d.sents[si].Tokens
	for i := 1; i+4 < len(toks); i++ {
		if toks[i].Text != "," || toks[i+1].Lower != "who" || toks[i+2].Lower != "sits" && toks[i+2].Lower != "serves" {
			continue
		}
		om := d.officialBeforeComma(si, i)
		if om == nil {
			continue
		}
		if body := d.seatBody(si, i+3); body != nil {
			d.addRelation(si, om.ent, geokg.MemberOf, body.ent, 0.7, "")
		}
	}
}

// partyBeforeTitle reads an official's party named by its one-word name before his title
// or his name ("Unionist Sen. Ana Ruiz", "Senate Unionist leader Ana Ruiz", "the Civic
// presidential nominee Ana Ruiz", "his Unionist predecessor Ana Ruiz": MEMBER_OF the
// party; partyIndex gives the word). Between the word and the official's mention stand
// at most four tokens: title heads and their modifiers, words of class party-title
// ("nominee", "candidate", "predecessor") or party-title-modifier ("presidential",
// "presumptive"), a chamber-word and dots; a title head or a party-title word must be
// among them or open the mention, which names the official (not a pronoun or a
// description that coreference reads: "the Unionist nominee he defeated", "the
// Unionist president"; the dev gold leaves the latter's party out). Not read: a word
// that a mention already reads ("Tory MP Ana Ruiz" is the body-before-title reading's),
// a word after a hyphen, after another name's capitalised word or after a word of
// class party-prefix ("Christian Unionist", "pro-Unionist", "Liberal Unionist"), any
// other word between ("the Unionist principles President Ruiz defends", "Unionist
// National Committee Chairman Ruiz" heads a body of the party), and a party of another
// country than the official's or than a country named right before the word ("Chilean
// Unionist Senator Soto").
func (d *document) partyBeforeTitle(si int) {
	d.why = explanation{rule: "structure: party before title"}
	toks := d.sents[si].Tokens
	for i := 0; i+2 < len(toks); i++ {
		name, ok := d.x.parties[toks[i].Text]
		if !ok || !toks[i].IsCapitalized() || otherNameBefore(toks, i) || i > 0 && actorWord("party-prefix", toks[i-1].Lower) || d.mentionAt(si, i) != nil {
			continue
		}
		om, titled, plural := d.titledOfficialAfter(si, i+1)
		if om == nil || !titled {
			continue
		}
		members := []*Mention{om}
		if plural {
			members = d.listedOfficials(si, om.Start) // "Unionist Sens. Ana Ruiz and Luis Soto"
		}
		g, known := d.x.gaz.Group(name)
		if known && d.otherCountryBefore(si, i, g.Country) {
			continue // "Danish Unionist MP Ana Ruiz": another country's party of that name
		}
		for _, m := range members {
			if known && m.ent.country != "" && g.Country != m.ent.country {
				continue
			}
			party := d.groupEntity(name, geokg.Party, "", toks[i].Start)
			party.count++
			d.addRelation(si, m.ent, geokg.MemberOf, party, 0.7, "")
		}
	}
}

// otherCountryBefore reports whether the mention that ends right before token i of
// sentence si names a country other than code ("Danish" before "Unionist").
func (d *document) otherCountryBefore(si, i int, code string) bool {
	m := d.mentionEndingAt(si, i)
	return m != nil && m.ent.kind == geokg.KindCountry && m.ent.code != code
}

// titledOfficialAfter returns the official's mention that a party word before token j
// of sentence si describes (partyBeforeTitle), whether a title head or a party-title
// word stands between or opens the mention, and whether a plural title head does
// ("Unionist Sens. Ana Ruiz and Luis Soto": the list's first); nil when another word
// comes first.
func (d *document) titledOfficialAfter(si, j int) (*Mention, bool, bool) {
	toks := d.sents[si].Tokens
	titled, plural := false, false
	for n := 0; j < len(toks) && n <= 4; n++ {
		if m := d.mentionAt(si, j); m != nil {
			if m.Start != j || m.ent.kind != geokg.KindOfficial {
				return nil, false, false
			}
			if m.Form == FormRef {
				return nil, false, false // "the Unionist nominee he defeated", "the Unionist president": no name
			}
			_, k := matchTitleHead(toks, j)
			return m, titled || k > 0, plural
		}
		t := toks[j]
		if _, k := matchTitleHead(toks, j); k > 0 {
			titled = true
			j += k
			continue
		}
		if _, k := pluralTitleAt(toks, j); k > 0 {
			titled, plural = true, true
			j += k
			continue
		}
		switch {
		case actorWord("party-title", t.Lower):
			titled = true
		case t.Text == ".", actorWord("chamber-word", t.Lower), titleModifiers[t.Lower], actorWord("party-title-modifier", t.Lower):
		default:
			return nil, false, false
		}
		j++
	}
	return nil, false, false
}

// apposedParty returns the token and the gazetteer party of the party word that opens
// the apposition after the comma at token i of sentence si (partyApposition), or "".
func (d *document) apposedParty(si, i int) (int, string) {
	toks := d.sents[si].Tokens
	if i+2 >= len(toks) {
		return 0, ""
	}
	if w := toks[i+1].Lower; w != "a" && w != "an" && w != "the" || toks[i+1].IsCapitalized() {
		return 0, "" // "Ana Ruiz, The Andean Conservative": a title of a paper
	}
	k, name := i+2, ""
	for n := 0; k < len(toks) && n <= 3; n, k = n+1, k+1 {
		t := toks[k]
		if p, ok := d.x.parties[t.Text]; ok && t.IsCapitalized() {
			name = p
			break
		}
		if m := d.mentionAt(si, k); m != nil && m.ent.kind == geokg.KindCountry {
			if m.End >= len(toks) {
				return 0, ""
			}
			if g, ok := d.x.gaz.Group(d.x.parties[toks[m.End].Text]); !ok || g.Country != m.ent.code {
				return 0, "" // "The Chilean Conservative", "a Chilean Unionist": not that country's party
			}
		}
		if !t.IsWord() || !t.IsCapitalized() && !actorWord("party-modifier", t.Lower) {
			break
		}
	}
	if name == "" || !partyNounEnds(toks, k+1) {
		return 0, ""
	}
	if m := d.mentionAt(si, k); m != nil && m.ent.name != name {
		return 0, "" // "a Democratic Republic of Congo official": another name
	}
	return k, name
}

// partyPersons adds, in sentence si, the person named before a comma whom an apposition
// gives a party ("Jeff Soto, a Unionist, and Ana Ruiz"; apposedParty) when no mention
// covers the name: a name of two words or more past an honorific or a title word, not
// after a word that makes it a place ("Mr Lieu, a Democrat" is left to the honorific's
// reading), an official without a title as whoHeads adds; partyApposition then reads
// the party.
func (d *document) partyPersons(si int) {
	toks := d.sents[si].Tokens
	for i := 2; i+2 < len(toks); i++ {
		if toks[i].Text != "," || d.mentionEndingAt(si, i) != nil {
			continue
		}
		if _, name := d.apposedParty(si, i); name == "" {
			continue
		}
		s := d.nameEndingAt(si, i)
		if s < 0 || placeBefore(toks, s) {
			continue
		}
		for s < i && (honorifics[toks[s].Lower] || actorWord("person-honorific", toks[s].Lower) || isTitleWord(strings.TrimSuffix(toks[s].Lower, "s")) || toks[s].Text == ".") {
			s++ // "Mr Lieu, a Democrat": the honorific's person, whom coreference reads; "Representatives Ana Ruiz"
		}
		if i-s < 2 {
			continue
		}
		name := d.surface(si, s, i)
		ent := d.officialByName(name, toks[s].Start)
		if d.addMention(si, &Mention{Start: s, End: i, ent: ent, Form: FormTitle}) {
			ent.addAlias(name)
		}
	}
}

// partyNounEnds reports whether the apposition's party word ends the description at
// token k of toks (partyApposition): the sentence's or a clause's end, a word of class
// party-member-after, or a title head; not a hyphen or a possessive.
func partyNounEnds(toks []Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	if t.Text == "-" || t.IsPossessive() {
		return false
	}
	if !t.IsWord() {
		return true
	}
	if actorWord("party-member-after", t.Lower) {
		return true
	}
	_, n := matchTitleHead(toks, k)
	return n > 0
}

// verbAfterBody reports whether word w after a body's name is a verb it is the subject
// of, in the past or an auxiliary ("the Peruvian army attacked", "the Chilean navy has",
// "says"), not a noun it qualifies ("military strike", "military support", "army base").
func verbAfterBody(w string) bool {
	return auxiliaries[w] || pastForm(w) || w == "says"
}

// headedGovernments name the government a head of state or government leads: "the
// regime of Ana Ruiz", "Ruiz's government".
var headedGovernments = map[string]bool{"regime": true, "government": true, "administration": true, "dictatorship": true}

// stateHeadTitles open the gazetteer titles of a head of state or government
// ("President", "Prime Minister", "Supreme Leader", "Leader of Libya").
var stateHeadTitles = []string{"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "supreme leader", "leader"}

// governmentHead finds a known head of state or government named as the head of a
// government: "the regime of Ana Ruiz", "the government of President Ruiz", "Ruiz's
// government", "Ana Ruiz's new administration" (one word between): the official LEADS
// the country the gazetteer gives him, when his gazetteer title on the article's date is
// a head's (stateHeadTitles; not "Chief Executive of Hong Kong", nor a past office the
// dated roles show). Not "the Ruiz administration" (a name before the noun describes a
// government or an era; the dev gold leaves it out), nor a head written "former" or
// "late" ("the government of former President Ruiz").
func (d *document) governmentHead(si int) {
	d.why = explanation{rule: "structure: government of"}
	toks := d.sents[si].Tokens
	for i, t := range toks {
		if !headedGovernments[t.Lower] {
			continue
		}
		var om *Mention
		if i+2 < len(toks) && toks[i+1].Lower == "of" {
			j := i + 2
			for j < len(toks) && (honorifics[toks[j].Lower] || toks[j].Text == "." || roleOfTitle(toks[j].Text) == RoleHead) {
				j++
			}
			if m := d.mentionAt(si, j); m != nil && m.End > i+2 && !pastWordBefore(toks, i+2, m.Start) {
				om = m
			}
		}
		k := i - 1
		if k >= 2 && toks[k].IsWord() && !toks[k].IsCapitalized() && !toks[k].IsPossessive() && toks[k-1].IsPossessive() {
			k-- // "Ruiz's new government"
		}
		if om == nil && k >= 1 && toks[k].IsPossessive() {
			if m := d.mentionAt(si, k-1); m != nil && m.End == k && !pastWordBefore(toks, max(0, m.Start-2), m.Start) {
				om = m
			}
		}
		if om == nil || om.ent.kind != geokg.KindOfficial || om.ent.former {
			continue
		}
		o, ok := d.x.gaz.OfficialOn(om.ent.name, d.published)
		if !ok || o.Country == "" || !headTitle(o.Title) {
			continue
		}
		d.addRelation(si, om.ent, geokg.Leads, d.countryEntity(o.Country, toks[om.Start].Start), 0.75, "")
	}
}

// headTitle reports whether a gazetteer title is a head of state's or government's.
func headTitle(title string) bool {
	t := strings.ToLower(title)
	for _, h := range stateHeadTitles {
		if t == h || strings.HasPrefix(t, h+" of ") {
			return true
		}
	}
	return false
}

// pastWordBefore reports whether "former", "late" or "ex" stands in toks[a:b].
func pastWordBefore(toks []Token, a, b int) bool {
	for q := a; q < b && q < len(toks); q++ {
		if w := toks[q].Lower; w == "former" || w == "late" || w == "ex" {
			return true
		}
	}
	return false
}
