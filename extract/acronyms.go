package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg"
)

// An organisation the gazetteer lacks is often named once in full with its acronym in
// brackets, then by the acronym alone: "the Andean Students Democratic Front (ASDF) said
// ... The ASDF also called ...". findAcronymGroups reads such a name as a group of its
// own: capitalised words whose initials spell the acronym (lower-case "of", "for", "and",
// "the" and hyphens between them are skipped), the last a word of one of the classes
// acronym-party, acronym-armed, acronym-military, acronym-agency, acronym-company or
// acronym-other of gazetteer.WordsFile, which give its subtype (acronym-state-agency, an
// agency only when a state is named with it). A country named inside the name ("the All
// Peru Students Front"), ending an agency's name after "of" ("the Civil Aviation
// Administration of Peru (CAAP)", also when the acronym leaves it out: "the National
// Intelligence Directorate of Peru (NID)") or right before it ("Chile's Civil Aviation
// Organisation", "the Chilean Border Guard") is the group's country; an agency or a
// military so named is PART_OF it. Not read: a name the gazetteer knows (its mention is
// there), an acronym the gazetteer knows, a name before a capitalised word or a word of
// class acronym-thing ("the Intermediate-Range Nuclear Forces (INF) Treaty"), and an
// acronym whose letters are not the name's initials ("the Federal Medical Center (FMC)"
// is read, "the National Migration Institute (INM)" is not). Every later mention of the
// acronym, in its capitals, and of the name in full, is the group. A gazetteer group named
// in full with an acronym the gazetteer lacks takes it as an alias ("the Andean Security
// Council (ASC)" with the name known: "the ASC" later is that group), and a name that
// ends in a shorter gazetteer group's name ("Security Council") is a group of its own
// when its initials spell the acronym.
func (d *document) findAcronymGroups() {
	var defs map[string]acronymDef
	for si := range d.sents {
		if d.sents[si].Furniture {
			continue
		}
		toks := d.sents[si].Tokens
		for i := 1; i+2 < len(toks); i++ {
			if toks[i].Text != "(" || toks[i+2].Text != ")" || !acronymText(toks[i+1].Text) || d.mentionAt(si, i+1) != nil {
				continue
			}
			if n := i + 3; n < len(toks) && (toks[n].IsCapitalized() && toks[n].IsWord() || actorWord("acronym-thing", toks[n].Lower)) {
				continue
			}
			known := d.mentionAt(si, i-1)
			head := i - 1 // the word that gives the subtype
			if h := d.stateOfName(si, known, i); h >= 0 {
				// "the Civil Aviation Administration of Peru (CAAP)": the state ends the name
				head, known = h, nil
			}
			if known != nil && (known.End != i || known.ent == nil || known.ent.kind != geokg.KindGroup) {
				continue
			}
			start := d.acronymStart(si, i-1, toks[i+1].Text, known)
			if start < 0 && head < i-1 {
				// "the National Intelligence Directorate of Peru (NID)": the acronym
				// spells the name without its state
				start = d.acronymStart(si, head, toks[i+1].Text, nil)
			}
			if start < 0 {
				continue
			}
			if known != nil && start == known.Start {
				// the gazetteer's group, named with an acronym it lacks: "the Andean
				// Security Council (ASC)" is the group later too
				defs = addAcronymDef(defs, toks[i+1].Text, toks, si, start, i, known.ent)
				known.ent.addAlias(toks[i+1].Text)
				i += 2
				continue
			}
			subtype := acronymSubtype(toks[head])
			if subtype == "" {
				continue
			}
			var country *entity
			var inner *Mention
			for k := start; k < i; k++ {
				if m := d.mentionAt(si, k); m != nil && m != known && country == nil {
					country, inner = m.ent, m
				}
			}
			if country == nil {
				if m := d.mentionBefore(si, start); m != nil && m.ent.kind == geokg.KindCountry && m.Form != FormCapital && m.Form != FormSeat {
					country = m.ent
				}
			}
			if country == nil && actorWord("acronym-state-agency", toks[head].Lower) {
				continue // "the Andean Trade Authority (ATA)": no state's agency
			}
			code := ""
			if country != nil {
				code = country.code
			}
			if subtype == geokg.Military && country == nil {
				subtype = geokg.ArmedGroup // "the Popular Defence Forces (PDF)": no state's
			}
			name := d.surface(si, start, i)
			g := d.groupEntity(name, subtype, code, toks[start].Start)
			m := &Mention{Start: start, End: i, ent: g, Form: FormName}
			if i+3 < len(toks) && (toks[i+3].Lower == "'s" || toks[i+3].Lower == "'") {
				m.possessive = true
			}
			d.replaceWith(si, m, inner, known) // known: a gazetteer group's name inside the name
			g.addAlias(name)
			g.addAlias(toks[i+1].Text)
			if country != nil && (subtype == geokg.Agency || subtype == geokg.Military) {
				d.why = explanation{rule: "structure: acronym group"}
				d.addRelation(si, g, geokg.PartOf, country, 0.8, "")
			}
			defs = addAcronymDef(defs, toks[i+1].Text, toks, si, start, i, g)
			i += 2
		}
		defs = d.findStateAgencies(si, defs)
		defs = d.findNamedOrgs(si, defs)
	}
	if len(defs) == 0 {
		return
	}
	for si := range d.sents {
		if d.sents[si].Furniture {
			continue
		}
		toks := d.sents[si].Tokens
		for i := 0; i < len(toks); i++ {
			df, ok := defs[toks[i].Text]
			if ok && si >= df.si && d.mentionAt(si, i) == nil && !(i > 0 && toks[i-1].Text == "(" && d.mentionAt(si, i-1) == nil && i >= 2 && d.mentionAt(si, i-2) != nil && d.mentionAt(si, i-2).ent == df.ent) {
				d.addAcronymMention(si, i, i+1, df.ent)
				continue
			}
			// the name in full again: the longest of the names written here, the first
			// by key of equally long ones (map order is random)
			if df, key := d.fullNameAt(si, i, defs); key != "" {
				var inner *Mention
				for k := i; k < i+len(df.name); k++ {
					if m := d.mentionAt(si, k); m != nil {
						inner = m
					}
				}
				m := &Mention{Start: i, End: i + len(df.name), ent: df.ent, Form: FormName}
				d.replaceWith(si, m, inner)
				i += len(df.name) - 1
			}
		}
	}
}

// acronymDef is a name defined with its acronym in brackets: the sentence, the name's
// token texts and the group.
type acronymDef struct {
	si   int
	name []string
	ent  *entity
}

// addAcronymDef files the name [start, end) of sentence si under key (the acronym that
// follows it in brackets, or the name itself) as group g.
func addAcronymDef(defs map[string]acronymDef, key string, toks []Token, si, start, end int, g *entity) map[string]acronymDef {
	if defs == nil {
		defs = map[string]acronymDef{}
	}
	words := make([]string, 0, end-start)
	for k := start; k < end; k++ {
		words = append(words, toks[k].Text)
	}
	defs[key] = acronymDef{si: si, name: words, ent: g}
	return defs
}

// addAcronymMention adds the mention [a, b) of sentence si of the group g.
func (d *document) addAcronymMention(si, a, b int, g *entity) {
	toks := d.sents[si].Tokens
	m := &Mention{Start: a, End: b, ent: g, Form: FormName}
	if b < len(toks) && (toks[b].Lower == "'s" || toks[b].Lower == "'") && toks[b].Start == toks[b-1].End {
		m.possessive = true
	}
	d.addMention(si, m)
}

// acronymText reports whether s is an acronym: two to seven letters, all capitals.
func acronymText(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 7
}

// acronymSubtype returns the subtype of a group whose name ends in t, or "" when t is no
// last word of a group's name.
func acronymSubtype(t Token) geokg.GroupSubtype {
	if !t.IsCapitalized() {
		return ""
	}
	switch w := t.Lower; {
	case actorWord("acronym-party", w):
		return geokg.Party
	case actorWord("acronym-armed", w):
		return geokg.ArmedGroup
	case actorWord("acronym-military", w):
		return geokg.Military
	case agencyHead(w):
		return geokg.Agency
	case actorWord("acronym-company", w):
		return geokg.Company
	case actorWord("acronym-other", w):
		return geokg.OtherGroup
	}
	return ""
}

// fullNameAt returns the definition, and its key, whose name in full is written at token
// i of sentence si (defined there or before, with no mention over its words but a
// country's); the longest such name, the first by key of equally long ones; key "" when
// none is.
func (d *document) fullNameAt(si, i int, defs map[string]acronymDef) (acronymDef, string) {
	toks := d.sents[si].Tokens
	var best acronymDef
	bestKey := ""
	for key, df := range defs {
		if si < df.si || toks[i].Text != df.name[0] || i+len(df.name) > len(toks) || d.mentionAt(si, i) != nil {
			continue
		}
		if bestKey != "" && (len(df.name) < len(best.name) || len(df.name) == len(best.name) && key > bestKey) {
			continue
		}
		same := true
		for k, w := range df.name {
			if toks[i+k].Text != w || k > 0 && d.mentionAt(si, i+k) != nil && d.mentionAt(si, i+k).ent.kind != geokg.KindCountry {
				same = false
				break
			}
		}
		if same {
			best, bestKey = df, key
		}
	}
	return best, bestKey
}

// findStateAgencies reads in sentence si the agencies the gazetteer lacks that are named
// in full right after their state, without an acronym: "Chile's Federal Transport
// Authority", "the U.S. Water Safety Service", "the Peruvian National Water Authority". The
// state is a possessive name, a demonym or a name in capitals ("U.S."; namesStateAbove);
// the name is two to six capitalised words ("of", "for", "and" between them), none an
// actor's or a media-word ("National News Agency" is a medium), the last of class
// acronym-agency or acronym-state-agency ("Peru's Supreme Court", "Bolivia's Electoral
// Tribunal" too, but not a court written as a place: courtAsPlace), and no capitalised
// word or bracket follows; a state joined by a hyphen to the word before it names a body
// of two ("the Chile-U.S. Claims Tribunal").
// Not read: words the body patterns read ("Chilean Foreign Ministry"), a name after
// "according to" (a source of figures). The name is an agency PART_OF the state, filed
// in defs under the whole name so that the name in full later is the agency too.
func (d *document) findStateAgencies(si int, defs map[string]acronymDef) map[string]acronymDef {
	toks := d.sents[si].Tokens
	var states []*Mention // taken first: replaceWith changes the sentence's mentions
	for _, m := range d.mentions[si] {
		if m.ent != nil && m.ent.kind == geokg.KindCountry && namesStateAbove(m, d.surface(si, m.Start, m.End)) && !citedAt(toks, m.Start) && !pairedByHyphen(toks, m.Start) {
			states = append(states, m)
		}
	}
	for _, m := range states {
		start := m.End
		if m.possessive && start < len(toks) && (toks[start].Lower == "'s" || toks[start].Lower == "'") {
			start++
		}
		end := d.agencyNameEnd(si, start)
		if end < 0 || namedBodyNouns[toks[end-1].Lower] && courtAsPlace(toks, m.Start) {
			continue
		}
		name := d.surface(si, start, end)
		g := d.groupEntity(d.stateAgencyName(si, m, name), geokg.Agency, m.ent.code, toks[start].Start)
		d.replaceWith(si, &Mention{Start: start, End: end, ent: g, Form: FormName})
		g.addAlias(name)
		d.why = explanation{rule: "structure: state agency"}
		d.addRelation(si, g, geokg.PartOf, m.ent, 0.8, "")
		defs = addAcronymDef(defs, name, toks, si, start, end, g)
	}
	return defs
}

// pairedByHyphen reports whether the word at token k is joined by a tight hyphen to the
// word before it, no space on either side ("the Chile-U.S. Claims Tribunal": a body of
// two states, of neither alone; "Zolnour-Abadi"; not a spaced dash, "Peru - Chile").
func pairedByHyphen(toks []Token, k int) bool {
	return k >= 2 && toks[k-1].Text == "-" && toks[k-1].Start == toks[k-2].End && toks[k].Start == toks[k-1].End
}

// courtAsPlace reports whether the court named from token k is written as the place of a
// hearing, not an actor: after "in", "at", "outside", "inside" or "near", or a verb of
// going in or out ("departs", "leaves", "enters", "exits": a photo caption), a determiner
// between ("sentenced in U.S. District Court", "Ruiz leaves a Chilean Electoral Court").
func courtAsPlace(toks []Token, k int) bool {
	if k > 0 && isDeterminer(toks[k-1].Lower) {
		k--
	}
	if k == 0 {
		return false
	}
	switch toks[k-1].Lower {
	case "in", "at", "outside", "inside", "near", "departs", "leaves", "enters", "exits":
		return true
	}
	return false
}

// citedAt reports whether the phrase at token k is cited by "according to" ("according
// to the U.S. Energy Statistics Office"): a source of figures, no actor.
func citedAt(toks []Token, k int) bool {
	if k > 0 && toks[k-1].Lower == "the" {
		k--
	}
	return k >= 2 && toks[k-2].Lower == "according" && toks[k-1].Lower == "to"
}

// stateAgencyName names the agency called name after the state's mention m of sentence
// si: with the state's abbreviation as written ("U.S. Water Safety Service"), else with its
// demonym ("Greek Civil Aviation Authority"), so that two states' agencies of one name
// are two entities.
func (d *document) stateAgencyName(si int, m *Mention, name string) string {
	if !m.possessive && m.Form == FormName {
		return d.surface(si, m.Start, m.End) + " " + name
	}
	if c, ok := d.x.gaz.Country(m.ent.code); ok && len(c.Demonyms) > 0 {
		return c.Demonyms[0] + " " + name
	}
	return m.ent.name + " " + name
}

// namesStateAbove reports whether the country mention m, written text, may name the
// state of an agency named after it: a possessive ("Chile's"), a demonym ("Chilean") or
// a name in capitals ("U.S.", "UK"), not a capital, whose agencies are often the city's
// ("Lima's Water Authority"), nor a plain name ("the Peru Affairs Office" is no office of
// Peru).
func namesStateAbove(m *Mention, text string) bool {
	if m.Form == FormDemonym || m.possessive && m.Form == FormName {
		return true
	}
	return m.Form == FormName && acronymText(strings.ReplaceAll(text, ".", ""))
}

// agencyNameEnd returns the end of an agency's name that opens at token start of
// sentence si (see findStateAgencies), or -1.
func (d *document) agencyNameEnd(si, start int) int {
	toks := d.sents[si].Tokens
	var words []string
	end := -1
	for k := start; k < len(toks) && k < start+8; k++ {
		t := toks[k]
		if actorWord("media-word", t.Lower) {
			return -1
		}
		if d.mentionAt(si, k) != nil {
			break // "Chile's Civil Aviation Authority and Peru's": the name ended
		}
		if (t.Lower == "of" || t.Lower == "for" || t.Lower == "and") && k > start {
			continue
		}
		if !t.IsCapitalized() || !t.IsWord() {
			break
		}
		words = append(words, t.Lower)
		if agencyHead(t.Lower) && len(words) >= 2 {
			end = k + 1
		} else {
			end = -1
		}
	}
	if end < 0 || len(words) > 6 || end < len(toks) && (toks[end].Text == "(" || toks[end].IsCapitalized() && toks[end].IsWord()) {
		return -1
	}
	if bodyPatternReads(words) || len(words) == 2 && actorWord("office-noun", words[0]) {
		return -1 // "the Chilean Government Office": no agency's name
	}
	return end
}

// agencyHead reports whether w ends an agency's name (classes acronym-agency and
// acronym-state-agency of gazetteer.WordsFile).
func agencyHead(w string) bool {
	return actorWord("acronym-agency", w) || actorWord("acronym-state-agency", w)
}

// bodyPatternReads reports whether the body patterns (findBodies) read the words of a
// name: body modifiers before a body head ("Foreign Ministry", "State Department").
func bodyPatternReads(words []string) bool {
	n := len(words)
	head := n - 1
	if _, ok := bodyHeads[words[n-1]]; !ok {
		if _, ok := bodyHeads[words[n-2]+" "+words[n-1]]; !ok {
			return false
		}
		head = n - 2
	}
	for _, w := range words[:head] {
		if !bodyModifiers[w] {
			return false
		}
	}
	return true
}

// stateOfName returns the token of an agency's head word before "of" or "of the" and the
// state m that ends at token end of sentence si ("Civil Aviation Administration of
// Peru"), or -1 when m is no such state or the word before is no agency's head.
func (d *document) stateOfName(si int, m *Mention, end int) int {
	toks := d.sents[si].Tokens
	if m == nil || m.End != end || m.ent == nil || m.ent.kind != geokg.KindCountry || m.Form != FormName {
		return -1
	}
	k := m.Start - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 1 || toks[k].Lower != "of" || acronymSubtype(toks[k-1]) != geokg.Agency {
		return -1
	}
	return k - 1
}

// acronymStart returns the first token of the name ending at token last of sentence si
// whose capitalised words' initials spell acr, or -1. The name may hold a country's
// mention and the mention known that ends it, no other.
func (d *document) acronymStart(si, last int, acr string, known *Mention) int {
	toks := d.sents[si].Tokens
	n := len(acr) - 1 // acronymText: one byte a letter
	for k := last; k >= 0; k-- {
		t := toks[k]
		if m := d.mentionAt(si, k); m != nil && m != known && (m.ent == nil || m.ent.kind != geokg.KindCountry) {
			return -1
		}
		switch {
		case t.IsCapitalized() && t.IsWord():
			r, _ := utf8.DecodeRuneInString(t.Text)
			if byte(r) != acr[n] || r >= utf8.RuneSelf {
				return -1
			}
			n--
			if n < 0 {
				if m := d.mentionAt(si, k); m != nil && m.Start < k {
					return -1 // the name would cut a country's name in two
				}
				return k
			}
		case t.Text == "-" && k > 0 && toks[k-1].End == t.Start && k < last && toks[k+1].Start == t.End:
		case t.Lower == "'s" && k > 0 && toks[k-1].End == t.Start: // "People's"
		case k < last && (t.Lower == "of" || t.Lower == "for" || t.Lower == "and" || t.Lower == "the") && !t.IsCapitalized():
		default:
			return -1
		}
	}
	return -1
}
