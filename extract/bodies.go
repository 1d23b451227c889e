package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// bodyHead is one head phrase of bodyHeads, tokenised.
type bodyHead struct {
	words   []string
	subtype geokg.GroupSubtype
}

var bodyHeadsByFirst = func() map[string][]bodyHead {
	m := map[string][]bodyHead{}
	for phrase, sub := range bodyHeads {
		var words []string
		for _, t := range tokenize(phrase) {
			words = append(words, t.Lower)
		}
		m[words[0]] = append(m[words[0]], bodyHead{words: words, subtype: geokg.GroupSubtype(sub)})
	}
	for k := range m {
		sort.Slice(m[k], func(i, j int) bool {
			if len(m[k][i].words) != len(m[k][j].words) {
				return len(m[k][i].words) > len(m[k][j].words)
			}
			return strings.Join(m[k][i].words, " ") < strings.Join(m[k][j].words, " ")
		})
	}
	return m
}()

// needsModifier lists body heads that name a body only with a modifier before them
// ("foreign ministry", "State Department"); alone they are common nouns.
var needsModifier = map[string]bool{
	"ministry": true, "department": true, "office": true, "agency": true,
	"committee": true, "commission": true,
}

// chamberWords, capitalised before a committee's head, name a legislature's chamber or a
// party ("House Intelligence Committee", "Senate Finance Committee", "Democratic National
// Committee"): the body is the chamber's or the party's, not the article's country's.
var chamberWords = map[string]bool{"House": true, "Senate": true, "Democratic": true, "Republican": true}

// partyWords are the chamberWords that name a party: they open only its national
// committee ("Democratic National Committee"; "Democratic Intelligence Committee members"
// are the party's members of a committee).
var partyWords = map[string]bool{"Democratic": true, "Republican": true}

// chamberCountry returns the country of the legislature or party that the chamber word w
// names, when the article names such a body of the gazetteer with a country, all of one
// country: a group whose name holds w ("United States Senate", "Democratic Party") or,
// for "House" and "Senate", a congress or parliament ("United States Congress"). nil
// when it names none or bodies of two countries.
func (d *document) chamberCountry(w string) *entity {
	var found *entity
	for s := range d.mentions {
		for _, m := range d.mentions[s] {
			e := m.ent
			if e == nil || e.kind != geokg.KindGroup || e.country == "" || m.Form == FormBody || m.inferred {
				continue
			}
			words := strings.Fields(e.name)
			ok := false
			for _, x := range words {
				if x == w || !partyWords[w] && (x == "Congress" || x == "Parliament") {
					ok = true
				}
			}
			if !ok || len(words) > 1 && strings.HasSuffix(e.name, "Committee") {
				continue
			}
			c := d.countryEntity(e.country, d.sents[s].Start)
			if found != nil && found != c {
				return nil
			}
			found = c
		}
	}
	return found
}

// chamberBodyHeads are the body heads a chamber word may open, with a field between
// them ("Senate committee" alone is no name).
var chamberBodyHeads = map[string]bool{"committee": true, "commission": true}

// ministrySynonyms maps the first word of a ministry's field to one key, so that "the
// Ministry of Foreign Affairs" and "the foreign ministry" are one body.
var ministrySynonyms = map[string]string{
	"defense": "defence", "foreign": "foreign", "external": "foreign", "home": "interior",
	"state": "foreign",
}

// findBodies finds government bodies named by pattern in sentence si: "Iran's Ministry of
// Intelligence and Security", "the country's interior ministry", "Chinese foreign
// ministry", "the Venezuelan military", and last the legislature named by "the parliament"
// alone (theLegislature). It adds their mentions and, when the text names the country
// with them, the PART_OF relation.
func (d *document) findBodies(si int) {
	d.why = explanation{rule: "body"}
	d.findBodyPairs(si)
	d.findCollectives(si)
	d.findActingBodies(si)
	d.chamberChairs(si)
	toks := d.sents[si].Tokens
	for i := 0; i < len(toks); i++ {
		var start, end int
		var subtype geokg.GroupSubtype
		var field, head string
		ofForm := false    // "Ministry of X": a full name
		chamber := false   // "House Intelligence Committee": a chamber's or a party's body
		chamberField := "" // its field without the chamber word ("intelligence")
		switch {
		case toks[i].Text == "Ministry" && i+2 < len(toks) && toks[i+1].Lower == "of" && toks[i+2].IsCapitalized():
			j := i + 2
			for j < len(toks) && j < i+8 {
				t := toks[j]
				// any capitalised word names the field ("Ministry of Digital Affairs",
				// "Ministry of Religious Endowments"), but not a title or a name after it
				if (t.IsCapitalized() && t.IsWord() && (complementWord(t.Lower) || !isTitleWord(t.Lower) && !honorifics[t.Lower] && !weekdayOrMonth(t.Lower)) && d.mentionAt(si, j) == nil) || (t.Lower == "and" && j+1 < len(toks) && toks[j+1].IsCapitalized()) {
					j++
					continue
				}
				break
			}
			if toks[j-1].Lower == "and" {
				j--
			}
			if j == i+2 {
				continue
			}
			start, end, subtype, head = i, j, geokg.Agency, "ministry"
			field = toks[i+2].Lower
			ofForm = true
		default:
			var h bodyHead
			for _, cand := range bodyHeadsByFirst[toks[i].Lower] {
				if i+len(cand.words) > len(toks) {
					continue
				}
				ok := true
				for k, w := range cand.words {
					if toks[i+k].Lower != w {
						ok = false
						break
					}
				}
				if ok {
					h = cand
					break
				}
			}
			if h.words == nil {
				continue
			}
			start, end, subtype, head = i, i+len(h.words), h.subtype, strings.Join(h.words, " ")
			// a body head used as an adjective ("police radio networks") still names it
			for start > 0 && bodyModifiers[toks[start-1].Lower] && d.mentionAt(si, start-1) == nil && toks[start-1].Lower != "and" {
				start--
			}
			if start < i {
				field = toks[start].Lower
			} else if len(h.words) > 1 {
				field = h.words[0]
			}
			if chamberBodyHeads[head] && start < i && start > 0 && chamberWords[toks[start-1].Text] && (!partyWords[toks[start-1].Text] || toks[start].Lower == "national") {
				// "House Intelligence Committee", "Democratic National Committee": a
				// chamber's or a party's body, of no country the article names near it
				start--
				chamber, chamberField = true, field
				field = strings.TrimSpace(toks[start].Lower + " " + field)
			} else if chamberBodyHeads[head] {
				// "House Ways and Means Committee", "Senate Foreign Relations Committee":
				// a chamber's committee named by any capitalised field
				if k := d.chamberFieldStart(si, start, i); k >= 0 {
					start = k - 1
					chamber, chamberField = true, strings.ToLower(d.surface(si, k, i))
					field = toks[start].Lower + " " + chamberField
				}
			}
			if needsModifier[head] && start == i {
				continue
			}
			if !chamber && start > 0 && toks[start].IsCapitalized() && toks[start-1].IsCapitalized() && toks[start-1].IsWord() && toks[start-1].End+1 == toks[start].Start && !opensSentence(toks, start-1) && !determiners[toks[start-1].Lower] && d.mentionAt(si, start-1) == nil {
				continue // "the Missile Defense Agency": the end of another body's name
			}
			if subtype == geokg.Military && toks[i].IsCapitalized() && end < len(toks) && toks[end].IsCapitalized() && actorWord("body-name-tail", toks[end].Lower) {
				continue // "Air Force One", "Army Radio": a word of another name, no body
			}
			if subtype == geokg.Military && end < len(toks) && toks[end].IsWord() && !toks[end].IsCapitalized() && !isClauseWord(toks[end].Lower) {
				if w := toks[end].Lower; start == i && i > 0 && toks[i-1].Lower == "the" && (len(patterns.verbs[w]) > 0 || auxiliaries[w] || strings.HasSuffix(w, "ed")) {
					d.theMilitary(si, i-1, end) // "the army launched": a verb follows
				}
				continue // "military aid", "army chief": an adjective
			}
		}
		if m := d.mentionAt(si, i); m != nil && m.Form != FormBody {
			// a gazetteer group already names it; only its country is added below
			if m.ent.kind != geokg.KindGroup {
				continue
			}
		}
		ctx, ctxStart, explicit := d.bodyContext(si, start, end)
		if m := d.mentionAt(si, start); chamber && !explicit && m != nil && m.Start < start && m.End == start+1 && m.ent.kind == geokg.KindGroup && toks[m.Start].Lower != "the" {
			// "the U.S. Senate Finance Committee", "Canada's Senate Finance Committee":
			// the chamber named with its country places its committee
			c := m.context
			if m.Form != FormBody && m.ent.country != "" {
				c = d.countryEntity(m.ent.country, toks[m.Start].Start)
			}
			if c != nil && c.kind == geokg.KindCountry {
				ctx, ctxStart, explicit = c, m.Start, true
				kept := d.mentions[si][:0]
				for _, o := range d.mentions[si] {
					if o != m {
						kept = append(kept, o)
					}
				}
				d.mentions[si] = kept
			}
		}
		if chamber {
			// the country whose legislature or party it is, only when the text names it
			// with the body ("the U.S. Senate Finance Committee"): the article's recent
			// or main country may be another one
			e := d.addBody(si, start, end, ctxStart, ctx, explicit, subtype, head, field)
			if c := d.chamberCountry(toks[start].Text); ctx == nil && c != nil && e.country == "" {
				// "House Intelligence Committee" in an article that names the United
				// States House of Representatives or Congress: that legislature's
				// country, kept out of its name
				e.country = c.code
			}
			key := "chamber:" + head + ":" + chamberField
			if prev, ok := d.bodies[key]; ok && prev != e {
				e = nil // "the Senate and House intelligence committees": "the intelligence committee" is either
			}
			d.bodies[key] = e
			i = end - 1
			continue
		}
		if e := d.bodies["chamber:"+head+":"+field]; e != nil && !explicit && start < i {
			// "the Intelligence Committee" after "the House Intelligence Committee": the
			// one chamber's body of that field the article has named
			full := start
			if full > 0 && toks[full-1].Lower == "the" {
				full--
			}
			d.replaceMentions(si, &Mention{Start: full, End: end, ent: e, Form: FormBody})
			e.addAlias(d.surface(si, start, end))
			i = end - 1
			continue
		}
		if !explicit && start > 0 && indefiniteBody[toks[start-1].Lower] && (end == len(toks) || !toks[end].IsWord() || isClauseWord(toks[end].Lower) || auxiliaries[toks[end].Lower] || bodyTailWords[toks[end].Lower]) {
			// "never worked for an intelligence agency", "any intelligence agency": a
			// kind of body, none the text names
			i = end - 1
			continue
		}
		if head == "committee" && !explicit && start < i {
			// "the Intelligence Committee", "Congress's intelligence committee": the
			// committee of the legislature the text names with it
			c, lctx := d.legislatureCommittee(si, start, i, end)
			if c != nil {
				name := start
				if m := d.mentionBefore(si, start); m != nil {
					if l, _ := d.legislatureOf(m.ent); l != "" {
						name = m.Start // "the House of Representatives Intelligence Committee" is one name
					}
				}
				// the mention leaves "the" out, as a gazetteer name's does: "the top
				// Unionist on the Intelligence Committee" reads the seat (seatBody)
				d.replaceMentions(si, &Mention{Start: name, End: end, ent: c, Form: FormBody})
				c.addAlias(d.surface(si, name, end))
				i = end - 1
				continue
			}
			if lctx != nil && ctx == nil {
				ctx = lctx
			}
		}
		if ctx == nil && start == i && d.bodyActsAlone(si, i, end) {
			// "parliament could hit back": the parliament of the country the text is about,
			// the one named before it in the sentence, else the article's dominant country
			// rather than a country an earlier sentence named in passing (in an article about
			// Peru, "Chile's border stays open under the deal. Parliament rejected it": Peru's)
			if ctx = d.sentenceCountry(si, start); ctx == nil {
				if ctx = d.dominant; ctx == nil {
					ctx = d.recentCountry(si, start)
				}
			}
		}
		if ctx == nil && !needsModifier[head] && !strings.Contains(head, " ") {
			if subtype == geokg.Military && start > 0 && toks[start-1].Lower == "the" {
				d.theMilitary(si, start-1, end)
			}
			i = end - 1
			continue // "the army", "police" alone: not a body we can place
		}
		if syn, ok := ministrySynonyms[field]; ok {
			field = syn
		}
		if ctx == nil {
			// "Foreign Ministry spokesman Geng Shuang": the known official whose title
			// the body opens is of the body's country
			ctx = d.officialAfterBody(si, end)
		}
		if ctx == nil && !ofForm {
			// "In Lima, the foreign ministry said": a country named earlier in the
			// sentence places the body before any body the article placed
			ctx = d.sentenceCountry(si, start)
		}
		if ctx == nil && (ofForm || needsModifier[head]) {
			// "the Ministry of Digital Affairs" after "Poland's Ministry of Digital
			// Affairs", "the intelligence ministry" after "Iran's Ministry of
			// Intelligence": the body the article has placed already
			ctx = d.placedBody(head, field)
		}
		if us := d.mentioned(geokg.KindCountry, "USA"); ctx == nil && us != nil && (strings.HasSuffix(head, "department") || d.usBranch(si, start, end, head)) && !d.ownedBody(si, start) {
			// "the Interior Department", "justice department policy" in an article that
			// names the United States: a department of its government, where other
			// states have ministries, not one of the recent country; so are "the Air
			// Force" and "the Coast Guard" in capitals (usBranch)
			ctx = us
		}
		if ctx == nil {
			ctx = d.recentCountry(si, start)
		}
		d.addBody(si, start, end, ctxStart, ctx, explicit, subtype, head, field)
		i = end - 1
	}
	d.theLegislature(si)
}

// indefiniteBody are the determiners before a body named without its country that make
// it a kind of body rather than one, when the body heads its phrase ("never worked for an
// intelligence agency", "the largest of any intelligence agency"; not "a foreign
// ministry spokesman", whose determiner is the spokesman's).
var indefiniteBody = map[string]bool{"a": true, "an": true, "any": true, "every": true, "no": true, "another": true, "each": true}

// bodyTailWords may follow a body that heads its phrase ("an intelligence agency in
// Chile", "a foreign intelligence service to ask"); any other word after it makes the body
// a noun's modifier, the determiner that noun's ("a foreign ministry spokesman").
var bodyTailWords = map[string]bool{"of": true, "in": true, "to": true, "for": true, "and": true, "or": true, "with": true, "at": true, "on": true, "from": true, "by": true, "that": true, "which": true, "who": true}

// bodyActsAlone reports whether the body head at tokens [i, end) of sentence si (class
// alone-body: "parliament") is named alone, without a determiner or a possessive, and
// acts: in the sentence's parse it is a clause's subject, a passive's agent or
// coordinated with one ("parliament could hit back", "a bill prepared by parliament").
// "Seats in parliament" and "parliament's largest bloc" are no act of it.
func (d *document) bodyActsAlone(si, i, end int) bool {
	toks := d.sents[si].Tokens
	if end != i+1 || !actorWord("alone-body", toks[i].Lower) {
		return false
	}
	if i > 0 {
		p := toks[i-1].Lower
		if p != "by" && (toks[i-1].IsWord() && !isClauseWord(p) || prepositions[p] || p == "'s" || p == "-") {
			return false // "the parliament", "its parliament", "Iraq's parliament", "new parliament", "in parliament"
		}
	}
	if end < len(toks) && (toks[end].Lower == "'s" || toks[end].Lower == "'") {
		return false
	}
	return d.actsInClause(si, i)
}

// theMilitary reads "the army" or "the military" named alone at tokens [start, end) of
// sentence si as the armed forces the article has named with their country ("Pakistan's
// military ... the army"): those of the country the text is about (the subject country of
// the sentence or the one before, else the article's main country), when the article
// names them and no other armed forces were named lately; else nothing.
func (d *document) theMilitary(si, start, end int) {
	near := map[*entity]bool{} // armed forces named lately: two of them, and "the army" is either
	for s := si; s >= 0 && s >= si-corefWindow; s-- {
		for _, m := range d.mentions[s] {
			if m.ent.kind == geokg.KindGroup && m.ent.subtype == geokg.Military {
				near[m.ent] = true
			}
		}
	}
	if len(near) > 1 {
		return
	}
	c := d.resolveDescription(si, start, geokg.KindCountry, "")
	head := d.sents[si].Tokens[end-1].Lower
	var found *entity
	for _, e := range d.sortedEntities(geokg.KindGroup) {
		if e.subtype != geokg.Military || e.country == "" || e.count == 0 || !namesWholeMilitary(e, head) {
			continue
		}
		if c != nil && e.country == c.code || c == nil && d.dominant != nil && e.country == d.dominant.code {
			if found != nil && found != e {
				return // two armed forces of one country: which one?
			}
			found = e
		}
	}
	if found != nil && d.addMention(si, &Mention{Start: start, End: end, ent: found, Form: FormRef}) {
		found.addAlias(d.surface(si, start, end))
	}
}

// namesWholeMilitary reports whether the armed body e can be "the army" or "the military"
// (head): its name or an alias holds the head, "armed forces" or "military" ("Pakistan's
// military", "Sudanese Armed Forces"), not a navy or an air force.
func namesWholeMilitary(e *entity, head string) bool {
	names := []string{e.name}
	for a := range e.aliases {
		names = append(names, a)
	}
	for _, n := range names {
		n = strings.ToLower(n)
		if strings.Contains(n, head) || strings.Contains(n, "armed forces") || strings.Contains(n, "military") {
			return true
		}
	}
	return false
}

// mentionBefore returns the mention that ends right before token i of sentence si, with a
// possessive "'s" or "'" between them or none ("Peru's army", "the Peru army"); nil when
// there is none.
func (d *document) mentionBefore(si, i int) *Mention {
	toks := d.sents[si].Tokens
	k := i - 1
	if k >= 0 && (toks[k].Lower == "'s" || toks[k].Lower == "'") {
		k--
	}
	if k < 0 {
		return nil
	}
	if m := d.mentionAt(si, k); m != nil && m.End == k+1 {
		return m
	}
	return nil
}

// bodyContext returns the country a body belongs to when the text says so: a country
// mention just before it ("Iran's", "Iranian", "U.S."), "its"/"the country's", or "of X"
// after it. explicit is false when no such words are there.
func (d *document) bodyContext(si, start, end int) (*entity, int, bool) {
	toks := d.sents[si].Tokens
	k := start - 1
	if k >= 0 && (toks[k].Lower == "'s" || toks[k].Lower == "'") {
		k--
	}
	if m := d.mentionBefore(si, start); m != nil {
		e := m.ent
		if e.kind == geokg.KindOfficial && e.country != "" {
			e = d.countryEntity(e.country, toks[k].Start)
		}
		if e.kind == geokg.KindCountry {
			return e, m.Start, true
		}
	}
	if k >= 0 {
		switch toks[k].Lower {
		case "its", "their":
			if bodyHeads[strings.ToLower(toks[start].Text)] == "MILITARY" {
				return nil, start, false // "its military": too vague to place
			}
			e := d.resolvePossessive(si, k, geokg.KindCountry)
			if e != nil && e.kind == geokg.KindGroup && e.country != "" && (e.subtype == geokg.Agency || e.subtype == geokg.Military) {
				// "the ministry said its intelligence services ...": the ministry's state
				e = d.countryEntity(e.country, toks[k].Start)
			}
			if e != nil && e.kind == geokg.KindCountry {
				return e, k, true
			}
		case "country", "nation", "kingdom", "emirate", "sultanate":
			if k >= 1 && toks[k-1].Lower == "the" {
				region := ""
				if _, ok := monarchies[toks[k].Lower]; ok {
					region = toks[k].Lower
				}
				if e := d.resolveDescription(si, k-1, geokg.KindCountry, region); e != nil {
					return e, k - 1, true
				}
			}
		}
	}
	if end+1 < len(toks) && toks[end].Lower == "of" {
		k := end + 1
		if toks[k].Lower == "the" && k+1 < len(toks) {
			k++ // "the armed forces of the United States"
		}
		if m := d.mentionAt(si, k); m != nil && (m.Start == k || m.Start == end+1) && m.ent.kind == geokg.KindCountry {
			return m.ent, start, true
		}
	}
	// "the Foreign Ministry in Moscow": a government's seat after "in" places its body
	if end+1 < len(toks) && toks[end].Lower == "in" && actorWord("seated", toks[end-1].Lower) {
		if m := d.mentionAt(si, end+1); m != nil && m.Start == end+1 && m.ent.kind == geokg.KindCountry && m.Form != FormDemonym {
			return m.ent, start, true
		}
	}
	return nil, start, false
}

// actorWords are the actor stage's word classes (gazetteer.WordsFile), read once.
var actorWords = mustLoad(gazetteer.WordClasses)

// actorWord reports whether w is in the class of gazetteer.WordsFile; a class missing
// from the file is a broken build (the package's tests name every class used).
func actorWord(class, w string) bool {
	c, ok := actorWords[class]
	if !ok {
		panic("extract: no word class " + class + " in gazetteer " + gazetteer.WordsFile)
	}
	return c[w]
}

// nameHolds reports whether a name holds, in lower case, a word of the class of
// gazetteer.WordsFile ("United States Congress" holds one of legislature-word).
func nameHolds(name, class string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if actorWord(class, w) {
			return true
		}
	}
	return false
}

// usBranch reports whether the body of tokens start..end of sentence si is one of the
// United States' armed services named by its own name alone: "the Air Force", "the
// Coast Guard", written in capitals with no country or other word before the head
// (usBranchHeads). American news writes them so for the United States' services, and
// other states' with their state ("the Chilean Air Force"); the lower-case noun ("Chile's
// army, navy and air force") is any state's.
func (d *document) usBranch(si, start, end int, head string) bool {
	if !usBranchHeads[head] {
		return false
	}
	toks := d.sents[si].Tokens
	for k := start; k < end; k++ {
		if !toks[k].IsCapitalized() {
			return false
		}
	}
	return end-start == len(strings.Fields(head))
}

// recentCountry returns the country a body named without one belongs to: the first
// country of this sentence before token i, else the first country of one of the three
// sentences before (the subject the text is about), else the article's dominant country.
func (d *document) recentCountry(si, i int) *entity {
	quoted := d.quotedApart(si, i)
	for s := si; s >= 0 && s >= si-3; s-- {
		for _, m := range d.mentions[s] {
			if s == si && m.Start >= i {
				break
			}
			if s == si && quoted != nil && quoted[m.Start] {
				continue
			}
			if m.ent.kind == geokg.KindCountry {
				return m.ent
			}
		}
	}
	return d.dominant
}

// addBody adds the mention of a government body and its PART_OF relation, and returns
// the body.
func (d *document) addBody(si, start, end, ctxStart int, ctx *entity, explicit bool, subtype geokg.GroupSubtype, head, field string) *entity {
	toks := d.sents[si].Tokens
	core := d.surface(si, start, end)
	var ent *entity
	country := ""
	if ctx != nil {
		country = ctx.code
	}
	key := "body:" + country + ":" + head + ":" + field
	if m := d.mentionAt(si, start); m != nil && m.ent.kind == geokg.KindGroup && m.Form != FormBody && (!explicit || m.ent.country == "" && m.ent.subtype != geokg.InternationalOrg || country == "" || m.ent.country == country) {
		// the gazetteer's group the body's words name, unless the text names the body
		// with another country than the group's: "Peru's Congress" is no alias of the
		// United States Congress, whose gazetteer entry "Congress" the words also
		// match (a country the body only takes from the context, "the State
		// Department" in an article about Iran, is no such naming); nor is "Peru's
		// Security Council" the United Nations', an international organisation's
		ent = m.ent
		if _, ok := d.bodies[key]; !ok {
			d.bodies[key] = ent
		}
	} else {
		ent = d.bodyEntity(core, ctx, subtype, head, field, toks[start].Start)
	}
	full := start
	if explicit && ctxStart < start {
		full = ctxStart
	}
	if full > 0 && toks[full-1].Lower == "the" {
		full--
	}
	m := &Mention{Start: full, End: end, ent: ent, Form: FormBody, context: ctx}
	d.replaceMentions(si, m)
	ent.addAlias(core)
	if full < start {
		ent.addAlias(d.surface(si, full, end))
	}
	if ctx != nil {
		ctx.count++
		if explicit {
			d.addRelation(si, ent, geokg.PartOf, ctx, 0.85, "")
		}
	}
	return ent
}

// bodyEntity returns the entity of the body of country ctx (or none) with this head and
// field, written core ("defence ministry"): the one the article has named already, the
// gazetteer's ministry of that country and field ("Iran's foreign ministry" is Ministry
// of Foreign Affairs of Iran, with "Iranian Foreign Ministry" as an alias), the
// gazetteer's legislature of that country for a parliament ("parliament" alone in an
// article about Iran is Parliament of Iran), the gazetteer's committee of that country
// the words name ("the U.S. House Intelligence Committee"), else a new group named by
// bodyName.
func (d *document) bodyEntity(core string, ctx *entity, subtype geokg.GroupSubtype, head, field string, at int) *entity {
	country := ""
	if ctx != nil {
		country = ctx.code
	}
	key := "body:" + country + ":" + head + ":" + field
	if e, ok := d.bodies[key]; ok {
		return e
	}
	var ent *entity
	if gname, ok := d.x.ministries[country+":"+field]; ok && head == "ministry" && country != "" {
		ent = d.groupEntity(gname, subtype, country, at)
		ent.addAlias(d.bodyName(core, head, ctx)) // "French Foreign Ministry"
	} else if gname, ok := d.x.legislatures[country]; ok && head == "parliament" && field == "" && country != "" {
		// "parliament could hit back" in an article about Iran: the gazetteer's
		// legislature of the country (legislatureIndex), Parliament of Iran
		ent = d.groupEntity(gname, subtype, country, at)
	} else if gname, ok := d.usDepartment(core, head, country); ok {
		// "the justice department" of the United States: the gazetteer's United States
		// Department of Justice, not a second "American Justice Department"
		ent = d.groupEntity(gname, subtype, country, at)
	} else if g, ok := d.x.gaz.Group(core); ok && chamberBodyHeads[head] && g.Country == country && country != "" {
		// "the U.S. House Intelligence Committee": the gazetteer's chamber committee
		// the words name after the country, not a body named with its demonym
		ent = d.groupEntity(g.Name, subtype, country, at)
	} else {
		ent = d.groupEntity(d.bodyName(core, head, ctx), subtype, country, at)
	}
	d.bodies[key] = ent
	return ent
}

// pairBodyHeads are the heads of bodies named for two countries at once ("the Russian and
// Syrian defence ministries", "the US and Russian militaries"), with their singular and
// subtype. A singular head is read only before a possessive ("the Russian and Syrian
// defence ministry's claim").
var pairBodyHeads = map[string]struct {
	head    string
	subtype geokg.GroupSubtype
}{
	"ministries": {"ministry", geokg.Agency}, "ministry": {"ministry", geokg.Agency},
	"militaries": {"military", geokg.Military}, "armies": {"army", geokg.Military},
	"navies": {"navy", geokg.Military},
}

// findBodyPairs finds the bodies of two countries named together, "the Russian and
// Syrian defence ministries": a ministry of each country (a field is needed: "the two
// ministries" is no body), or its military. It adds one mention of the two bodies (the
// first, with the second as its pair, which the frames read as both) and PART_OF for each.
func (d *document) findBodyPairs(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i+3 < len(toks); i++ {
		a := d.mentionAt(si, i)
		if a == nil || a.Start != i || a.ent.kind != geokg.KindCountry || a.possessive || a.End+1 >= len(toks) || toks[a.End].Lower != "and" {
			continue
		}
		b := d.mentionAt(si, a.End+1)
		if b == nil || b.Start != a.End+1 || b.ent.kind != geokg.KindCountry || b.ent == a.ent || b.possessive {
			continue
		}
		j := b.End
		var fields []string
		for j < len(toks) && bodyModifiers[toks[j].Lower] && toks[j].Lower != "and" {
			fields = append(fields, toks[j].Lower)
			j++
		}
		if j >= len(toks) {
			continue
		}
		h, ok := pairBodyHeads[toks[j].Lower]
		if !ok || h.head == "ministry" && len(fields) == 0 {
			continue
		}
		possessive := j+1 < len(toks) && (toks[j+1].Lower == "'s" || toks[j+1].Lower == "'")
		if toks[j].Lower == h.head && !possessive {
			continue // "the Russian and Syrian defence ministry": one of them, read as usual
		}
		if h.subtype == geokg.Military && j+1 < len(toks) && toks[j+1].IsWord() && !toks[j+1].IsCapitalized() && !isClauseWord(toks[j+1].Lower) {
			continue // "the US and Russian military officials": an adjective
		}
		field := ""
		if len(fields) > 0 {
			field = fields[0]
		}
		if syn, ok := ministrySynonyms[field]; ok {
			field = syn
		}
		core := strings.TrimSpace(strings.Join(fields, " ") + " " + h.head)
		at := toks[i].Start
		ea := d.bodyEntity(core, a.ent, h.subtype, h.head, field, at)
		eb := d.bodyEntity(core, b.ent, h.subtype, h.head, field, at)
		start := i
		if start > 0 && toks[start-1].Lower == "the" {
			start--
		}
		d.replaceMentions(si, &Mention{Start: start, End: j + 1, ent: ea, pair: eb, Form: FormBody, context: a.ent})
		eb.count++
		for _, e := range []*entity{ea, eb} {
			e.addAlias(d.bodyName(core, h.head, map[*entity]*entity{ea: a.ent, eb: b.ent}[e]))
		}
		d.addRelation(si, ea, geokg.PartOf, a.ent, 0.85, "")
		d.addRelation(si, eb, geokg.PartOf, b.ent, 0.85, "")
		i = j
	}
}

// bodyName names a body: "Ministry of X of Country" ("Ministry of Defence of Ukraine", so
// that the ministries of two countries are two entities), "Ministry of X" as written when
// the country is unknown, else the country's demonym and the words in title case
// ("Danish Defence Ministry").
func (d *document) bodyName(core, head string, ctx *entity) string {
	if strings.HasPrefix(core, "Ministry of ") {
		if ctx != nil && !strings.Contains(core, ctx.name) {
			return core + " of " + ctx.name
		}
		return core
	}
	name := titleCase(strings.ToLower(core))
	if ctx != nil {
		if c, ok := d.x.gaz.Country(ctx.code); ok && len(c.Demonyms) > 0 {
			return c.Demonyms[0] + " " + name
		}
		return ctx.name + " " + name
	}
	return name
}

// weekdayOrMonth reports whether w names a day of the week or a month.
func weekdayOrMonth(w string) bool {
	if _, ok := weekdays[w]; ok {
		return true
	}
	_, ok := monthNumbers[w]
	return ok
}

// placedBody returns the country of a body with this head and field that the article
// has already named with its country, when there is exactly one, or nil.
func (d *document) placedBody(head, field string) *entity {
	var found *entity
	for key := range d.bodies {
		parts := strings.SplitN(key, ":", 4)
		if len(parts) != 4 || parts[1] == "" || parts[2] != head || parts[3] != field {
			continue
		}
		c, ok := d.entities[geokg.EntityID(geokg.KindCountry, parts[1])]
		if !ok {
			// a gazetteer body that names its country itself ("Ministry of Foreign
			// Affairs of Qatar")
			c = d.countryEntity(parts[1], len(d.text))
		}
		if found != nil && found != c {
			return nil
		}
		found = c
	}
	return found
}

// registerBody files a gazetteer government body with a country under the keys of the
// forms the text may use later ("Ministry of Intelligence and Security" of Iran is
// "body:IRN:ministry:intelligence", so "its intelligence ministry" and "the intelligence
// ministry" are the same entity). The key comes from its name and from each alias of the
// form "Ministry of X" or "... X Ministry".
func (d *document) registerBody(e *entity) {
	if e.kind != geokg.KindGroup || e.country == "" || e.subtype != geokg.Agency {
		return
	}
	if d.registered[e.id] {
		return
	}
	d.registered[e.id] = true
	names := []string{e.name}
	if g, ok := d.x.gaz.Group(e.name); ok {
		names = append(names, g.Aliases...)
	}
	for _, n := range names {
		field := ministryField(n)
		if field == "" {
			continue
		}
		key := "body:" + e.country + ":ministry:" + field
		if _, ok := d.bodies[key]; !ok {
			d.bodies[key] = e
		}
	}
}

// ministryField returns the field key of a ministry's name: the first word after
// "Ministry of" ("Ministry of Foreign Affairs" gives foreign), else the body modifier
// just before "Ministry" ("Iranian Foreign Ministry" gives foreign), mapped through
// ministrySynonyms; "" when the name is no ministry.
func ministryField(name string) string {
	words := strings.Fields(strings.ToLower(name))
	field := ""
	for i, w := range words {
		if w != "ministry" {
			continue
		}
		if i+2 < len(words) && words[i+1] == "of" {
			field = words[i+2]
		} else if i > 0 && bodyModifiers[words[i-1]] && words[i-1] != "and" && words[i-1] != "affairs" {
			field = words[i-1]
			for j := i - 2; j >= 0 && bodyModifiers[words[j]]; j-- {
				field = words[j]
			}
		}
		break
	}
	if syn, ok := ministrySynonyms[field]; ok {
		field = syn
	}
	return field
}

// sentenceCountry returns the first country named in sentence si before token i, or nil.
func (d *document) sentenceCountry(si, i int) *entity {
	quoted := d.quotedApart(si, i)
	for _, m := range d.mentions[si] {
		if m.Start >= i {
			break
		}
		if quoted != nil && quoted[m.Start] {
			continue
		}
		if m.ent.kind == geokg.KindCountry {
			return m.ent
		}
	}
	return nil
}

// officialAfterBody returns the country of the dictionary official named right after a
// title that follows the body ending at token end of sentence si ("Foreign Ministry
// spokesman Geng Shuang": China), or nil.
func (d *document) officialAfterBody(si, end int) *entity {
	toks := d.sents[si].Tokens
	q := end
	for n := 0; q < len(toks) && n < 3 && d.mentionAt(si, q) == nil && toks[q].IsWord() && isTitleWord(toks[q].Lower); n++ {
		q++
	}
	if q == end || q >= len(toks) {
		return nil
	}
	m := d.mentionAt(si, q)
	if m == nil || m.Start != q || m.ent.kind != geokg.KindOfficial || m.ent.country == "" {
		return nil
	}
	return d.countryEntity(m.ent.country, toks[q].Start)
}

// quotedApart returns the quotation mask of sentence si when token i lies outside its
// quotations while some of the sentence is quoted, else nil: a body named outside a
// quotation takes no country from inside it ("“... U.S. hypocrisy ...,” the defense
// ministry said" is not the U.S.'s ministry).
func (d *document) quotedApart(si, i int) []bool {
	toks := d.sents[si].Tokens
	has := false
	for _, t := range toks {
		if isQuoteMark(t.Text) {
			has = true
			break
		}
	}
	if !has && (si == 0 || d.sents[si-1].Paragraph != d.sents[si].Paragraph) {
		return nil
	}
	q := d.sentenceQuotes(si)
	if i >= len(q) || q[i] {
		return nil
	}
	return q
}

// ministryIndex maps "country:field" to the name of the one gazetteer ministry of that
// country and field; a field with two ministries of one country is left out.
func ministryIndex(g *gazetteer.Gazetteer) map[string]string {
	idx := uniqueNames{}
	for _, gr := range g.Groups() {
		if gr.Country == "" || gr.Subtype != geokg.Agency {
			continue
		}
		seen := map[string]bool{}
		for _, n := range append([]string{gr.Name}, gr.Aliases...) {
			f := ministryField(n)
			if f == "" || seen[f] {
				continue
			}
			seen[f] = true
			idx.add(gr.Country+":"+f, gr.Name)
		}
	}
	return idx.unique()
}

// uniqueNames collects the names filed under each key: unique returns the keys that one
// name only was filed under, with that name (a key of two is ambiguous, left out).
type uniqueNames map[string][]string

// add files name under key, once.
func (u uniqueNames) add(key, name string) {
	if !slices.Contains(u[key], name) {
		u[key] = append(u[key], name)
	}
}

// unique returns each key filed with one name only, and that name.
func (u uniqueNames) unique() map[string]string {
	out := make(map[string]string, len(u))
	for k, names := range u {
		if len(names) == 1 {
			out[k] = names[0]
		}
	}
	return out
}

// chamberFieldStart returns the first word of a committee's field named by capitalised
// words between a chamber word ("House", "Senate") and the committee head at token i of
// sentence si, from token start back ("House Ways and Means Committee", "Senate
// Homeland Security and Governmental Affairs Committee": "and" or "&" may join two
// capitalised words), or -1: when the gazetteer names the committee already, the head is
// written in lower case, or a word between is no plain capitalised word (a title, a name
// the text knows, a lower-case word).
func (d *document) chamberFieldStart(si, start, i int) int {
	toks := d.sents[si].Tokens
	if !toks[i].IsCapitalized() || d.mentionAt(si, i) != nil {
		return -1
	}
	k := i
	for k > 0 && i-k < 6 {
		t := toks[k-1]
		if t.Lower == "and" || t.Text == "&" {
			if k-2 < 0 || k == i || !toks[k-2].IsCapitalized() {
				return -1
			}
			k--
			continue
		}
		if t.Text == "'" && k-2 >= 0 && k < i && strings.HasSuffix(toks[k-2].Lower, "s") && d.committeeFieldWord(si, k-2) {
			k-- // "House Veterans' Affairs Committee"
			continue
		}
		if !d.committeeFieldWord(si, k-1) {
			break
		}
		k--
	}
	if k == i || k == 0 || k > start || (toks[k-1].Text != "House" && toks[k-1].Text != "Senate") || toks[k].Lower == "and" {
		return -1
	}
	return k
}

// committeeFieldWord reports whether token k of sentence si is a plain capitalised word
// of a chamber committee's field (chamberFieldStart, chamberChairs): no title word,
// honorific, chamber word or word of a mention.
func (d *document) committeeFieldWord(si, k int) bool {
	t := d.sents[si].Tokens[k]
	return t.IsWord() && t.IsCapitalized() && !isTitleWord(t.Lower) && !honorifics[t.Lower] && !chamberWords[t.Text] && d.mentionAt(si, k) == nil
}

// chairTitles are the heads of a committee chairman's title, which after a chamber word
// and a field name the chamber's committee of that field ("Senate Roads Chairman").
var chairTitles = map[string]bool{"chairman": true, "chairwoman": true, "chair": true}

// chamberChairs reads a chamber's committee named by its chamber and field alone before
// its chairman's title and a capitalised word (`Senate Roads Chairman Ana Soto`, "House
// Roads and Bridges Chairwoman Rep. Soto"): the committee the article named in full
// ("the Senate Roads Committee"), else the gazetteer's group or a new body named "Senate
// Roads Committee". It adds the mention of the chamber and field words, which the title
// then takes for its context; the chairman is MEMBER_OF the chamber too (chairMember).
// Not a party's caucus or conference ("House Unionist Caucus
// Chairman"): the field's words are plain capitalised words, no title, party word or
// known name.
func (d *document) chamberChairs(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].Text != "House" && toks[i].Text != "Senate" || d.mentionAt(si, i) != nil {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+6 {
			t := toks[j]
			if (t.Lower == "and" || t.Text == "&") && j > i+1 && j+1 < len(toks) && toks[j+1].IsCapitalized() && !chairTitles[toks[j+1].Lower] {
				j++
				continue
			}
			if !d.committeeFieldWord(si, j) || actorWord("committee-not-field", t.Lower) {
				break // a chairman's title is a title word
			}
			j++
		}
		// toks[j-1] is neither "and" nor a committee-not-field word: the loop joins no
		// "and" before a chairman's title and stops at such a word
		if j == i+1 || j+1 >= len(toks) || !chairTitles[toks[j].Lower] || !toks[j+1].IsCapitalized() {
			continue
		}
		field := strings.ToLower(d.surface(si, i+1, j))
		key := "chamber:committee:" + field
		e := d.bodies[key]
		if e == nil {
			name := toks[i].Text + " " + d.surface(si, i+1, j) + " Committee"
			country := ""
			if c := d.chamberCountry(toks[i].Text); c != nil {
				country = c.code
			}
			e = d.groupEntity(name, geokg.Agency, country, toks[i].Start)
			d.bodies[key] = e
		}
		start := i
		if start > 0 && toks[start-1].Lower == "the" {
			start--
		}
		d.replaceMentions(si, &Mention{Start: start, End: j, ent: e, Form: FormBody})
		e.addAlias(d.surface(si, i, j))
		d.chairedIn[e] = toks[i].Lower
		i = j
	}
}

// chairMember writes MEMBER_OF the chamber for official e whose title's context is a
// committee chamberChairs read ("Senate Roads Chairman Ana Soto" sits in the Senate):
// the chamber of the committee's country, else of the one country the article names
// with such a chamber.
func (d *document) chairMember(si int, e, committee *entity) {
	word, ok := d.chairedIn[committee]
	if !ok {
		return
	}
	code := committee.country
	if code == "" {
		code = d.countryWithChamber(word)
	}
	name, ok := d.x.chambers[code+" "+word]
	if !ok || name == "" {
		return
	}
	ch := d.groupEntity(name, geokg.OtherGroup, code, d.sents[si].Start)
	ch.count++
	d.addRelation(si, e, geokg.MemberOf, ch, 0.8, "")
}

// ownedBody reports whether the body starting at token start of sentence si has an owner
// or a modifier before it that the body patterns do not read: a possessive ("its finance
// department", "the state's energy department") or a lower-case word other than a
// determiner, a clause word or a preposition ("the atomic energy department").
func (d *document) ownedBody(si, start int) bool {
	if start == 0 {
		return false
	}
	p := d.sents[si].Tokens[start-1]
	switch {
	case p.Lower == "'s" || p.Lower == "'" || ownerPronouns[p.Lower]:
		return true
	case !p.IsWord() || p.IsCapitalized() || determiners[p.Lower] || isClauseWord(p.Lower) || bodyTailWords[p.Lower]:
		return false
	}
	return true
}

// usDepartment returns the gazetteer's name of the United States department that a body
// of country code written core ("justice department", "Interior Department") names:
// "United States Department of Justice", "... of the Interior" ("defence" read
// "defense"); false for another country, head or a department the gazetteer lacks.
func (d *document) usDepartment(core, head, code string) (string, bool) {
	words := strings.Fields(strings.ToLower(core))
	if code != "USA" || !strings.HasSuffix(head, "department") || len(words) != 2 || words[1] != "department" {
		return "", false
	}
	field := words[0]
	if field == "defence" {
		field = "defense"
	}
	for _, name := range []string{"United States Department of " + titleCase(field), "United States Department of the " + titleCase(field)} {
		if g, ok := d.x.gaz.Group(name); ok && g.Country == code {
			return g.Name, true
		}
	}
	return "", false
}
