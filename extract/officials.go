package extract

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// titleHead is one head phrase of titleHeads, tokenised.
type titleHead struct {
	words []string
	role  Role
}

// titleHeadsByFirst indexes titleHeads by their first word, longest first.
var titleHeadsByFirst = func() map[string][]titleHead {
	m := map[string][]titleHead{}
	for phrase, role := range titleHeads {
		var words []string
		for _, t := range tokenize(phrase) {
			words = append(words, t.Lower)
		}
		m[words[0]] = append(m[words[0]], titleHead{words: words, role: role})
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

// roleOfTitle returns the role of a title written out ("Foreign Minister" -> member).
func roleOfTitle(title string) Role {
	toks := tokenize(strings.ToLower(title))
	for i := range toks {
		if h, n := matchTitleHead(toks, i); n > 0 {
			if i+n == len(toks) || toks[i+n].Lower == "of" {
				return adjustRole(h.role, toks[:i])
			}
		}
	}
	return 0
}

// adjustRole lowers a head role to member when a modifier makes it a deputy post
// ("Vice President", "Deputy Prime Minister").
func adjustRole(r Role, mods []Token) Role {
	for _, m := range mods {
		switch m.Lower {
		case "deputy", "vice", "assistant", "first", "under", "acting", "crown":
			if r == RoleHead || r == RoleGroupHead {
				return RoleMember
			}
		}
	}
	return r
}

// matchTitleHead returns the longest title head starting at token i, and its length in
// tokens (0 when none).
func matchTitleHead(toks []Token, i int) (titleHead, int) {
	for _, h := range titleHeadsByFirst[toks[i].Lower] {
		if i+len(h.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range h.words {
			if toks[i+k].Lower != w {
				ok = false
				break
			}
		}
		if ok {
			return h, len(h.words)
		}
	}
	return titleHead{}, 0
}

// titleSpan is a title found in a sentence: tokens [start, end), the head's role, and
// the context that precedes it.
type titleSpan struct {
	start, end int
	role       Role
	former     bool
	context    *entity // country or group the post belongs to, when the text says
	// served is the state most of the article's officials serve, for a national post
	// with no country (servedState)
	served   *entity
	ctxStart int  // first token of the context mention, or start
	definite bool // preceded by "the" (or a possessive) without a name before
	// describer is the word between "the" and a definite title that describes its
	// holder ("the embattled president": personDescriptors), or ""
	describer string
	// title is the post when the words do not name it: a counterpart holds the post of
	// the official whose counterpart he is ("his Italian counterpart Luigi Rossi").
	title string
}

// findOfficials finds officials named with a title in sentence si and adds their
// mentions, with the structural relation the title states.
func (d *document) findOfficials(si int) {
	d.why = explanation{rule: "title"}
	d.unserved = nil // left by a title a later stage read (predicateTitle): not this sentence's
	toks := d.sents[si].Tokens
	for i := 0; i < len(toks); i++ {
		if toks[i].Lower == "counterpart" {
			d.counterpart(si, i)
			continue
		}
		if toks[i].Lower == "who" && i >= 3 && toks[i-1].Text == "," {
			d.whoHeads(si, i)
			continue
		}
		if toks[i].Lower == "of" || toks[i].IsPossessive() {
			d.staffOf(si, i)
			continue
		}
		if actorWord("person-honorific", toks[i].Lower) && toks[i].IsCapitalized() {
			if end := d.honorificPerson(si, i); end > i {
				i = end - 1
				continue
			}
		}
		if roleNoun(toks, i) {
			if end := d.rolePerson(si, i); end > i {
				i = end - 1
				continue
			}
		}
		h, n := matchTitleHead(toks, i)
		if n == 0 || toks[i].Lower == "pm" && !d.pmTitle(si, i) {
			continue
		}
		if h.role == RoleGroupHead && i+n < len(toks) {
			if _, n2 := matchTitleHead(toks, i+n); n2 > 0 && !honorifics[toks[i+n].Lower] {
				continue // "chief spokesman": the later head decides, not a rank ("chief Adm. X")
			}
		}
		if surnameRanks[toks[i].Lower] && rankBeforeSurname(toks, i+n) {
			continue // "Col. Ruiz", "Admiral Soto": a rank, not a post, before a surname
		}
		if m := d.mentionAt(si, i); m != nil && m.ent.kind == geokg.KindGroup && m.Form != FormBody {
			continue // inside a group's name ("Council of Ministers")
		}
		if m := d.mentionAt(si, i); m != nil && m.ent.kind == geokg.KindOfficial {
			if m.Start != i {
				i = m.End - 1
				continue // "Amir" inside "Reza Amir-Karimi"
			}
			// a title opening a known name ("King Harald")
			ts := titleSpan{start: m.Start, end: i + n, role: h.role}
			if k := m.Start - 1; k >= 0 && (toks[k].Lower == "former" || k >= 1 && toks[k].Text == "-" && toks[k-1].Lower == "ex") {
				ts.former = true // "Former President Barack Obama", "ex-President X"
			}
			d.titleContext(si, &ts)
			d.applyTitle(si, m, ts)
			i = m.End - 1
			continue
		}
		ts := titleSpan{start: i, end: i + n, role: h.role}
		// right extensions: "of State", "of Mines and Energy", "-General"
		ts.end = d.extendTitleRight(si, ts.end)
		// left extension over modifiers
		for ts.start > 0 {
			p := toks[ts.start-1]
			if d.mentionAt(si, ts.start-1) != nil {
				break
			}
			if p.Text == "-" && ts.start >= 2 && titleModifiers[toks[ts.start-2].Lower] {
				ts.start--
				continue
			}
			if titleModifiers[p.Lower] || (p.IsCapitalized() && p.IsWord() && !notNameWords[p.Lower] && ts.start-1 > 0 && toks[ts.start-2].Lower != "." && h.role == RoleMinister) {
				ts.start--
				continue
			}
			break
		}
		ts.role = adjustRole(ts.role, toks[ts.start:i])
		if ts.role == RoleGroupHead && ts.start == i {
			d.groupBeforeTitle(si, i) // "Polish National Bank head Wladyslaw Baka"
		}
		for k := ts.start; k < i; k++ {
			if toks[k].Lower == "former" || toks[k].Lower == "ex" {
				ts.former = true
			}
		}
		if ts.start >= 2 && toks[ts.start-1].Text == "-" && (toks[ts.start-2].Lower == "ex" || toks[ts.start-2].Lower == "former") {
			ts.former = true // "ex-premier"
		}
		// "former President Barack Obama", "former French development aid minister X": the
		// words before the title, up to four, that are no verb, clause word, possessive
		// or punctuation ("a former general met President X" is no past post)
		for k := ts.start - 1; k >= 0 && k >= ts.start-4 && toks[k].IsWord(); k-- {
			if toks[k].Lower == "former" || toks[k].Lower == "retired" {
				ts.former = true // "retired Air Force Col. X": no post any more
				break
			}
			if w := toks[k].Lower; determiners[w] || w == "and" || w == "or" || isClauseWord(w) || len(patterns.verbs[w]) > 0 || auxiliaries[w] || strings.HasSuffix(w, "ed") {
				break
			}
		}
		if ts.end >= 2 && toks[ts.end-2].Text == "-" && (toks[ts.end-1].Lower == "elect" || toks[ts.end-1].Lower == "designate") {
			ts.former = true // "President-elect": not yet in office
		}
		d.titleContext(si, &ts)
		if ts.role == RoleBusinessHead && (ts.context == nil || ts.context.kind != geokg.KindGroup) {
			continue // "Telegram CEO Ana Ruiz", "a Peruvian CEO": of no group the gazetteer knows
		}
		if ts.role == RoleGroupHead && ts.context != nil && oneOfSeveral(toks, min(ts.start, ts.ctxStart)) {
			ts.role = RoleMember // "a senior Hamas leader", "a Taliban chief": one of its leaders
		}
		if ts.role == RoleGroupHead && ts.context != nil && ts.context.subtype == geokg.Party && ts.ctxStart > 0 && (toks[ts.ctxStart-1].Text == "House" || toks[ts.ctxStart-1].Text == "Senate") {
			ts.role = RoleMember // "House Unionist leader Ana Ruiz": the party's leader in one chamber, a member of it
		}
		if ts.context != nil && ts.ctxStart > 0 {
			switch toks[ts.ctxStart-1].Lower {
			case "former", "ex":
				ts.former = true
			case "-":
				// "Pro-Russian President": the demonym is a stance, not the country
				if ts.ctxStart > 1 && (toks[ts.ctxStart-2].Lower == "pro" || toks[ts.ctxStart-2].Lower == "anti") {
					ts.context = nil
				}
			}
		}
		d.officialFromTitle(si, ts)
		i = ts.end - 1
	}
	d.headOfCountry(si)
	d.partyPersons(si)
	posts := d.unserved
	d.unserved = nil
	for _, p := range posts {
		if p.ts.served = d.servedState(si, p.m.ent, d.sents[si].Tokens[p.ts.start].Start, d.postStart(si, p.ts)); p.ts.served != nil {
			d.applyTitle(si, p.m, p.ts) // with served set, it leaves no post unserved
		}
	}
}

// unservedPost is a national post whose state applyTitle could not tell: the official's
// mention and the title.
type unservedPost struct {
	m  *Mention
	ts titleSpan
}

// countryAt reports whether token k of sentence si is in a mention of a country.
func (d *document) countryAt(si, k int) bool {
	m := d.mentionAt(si, k)
	return m != nil && m.ent.kind == geokg.KindCountry
}

// headOfCountry writes, for sentence si, that an official the gazetteer has as head of
// state or government on the article's date leads the country named by name right after
// the official's name and "of" ("Ana Ruiz of Peru", where she is Peru's president): the
// text states the country, the gazetteer the post. Not a country whose body or person
// follows ("Ruiz of Peru's ruling party"), a demonym, another country than hers, a
// former head, nor a name the text gives a title ("General Assembly President Ana Ruiz
// of Peru": the title decides, applyTitle).
func (d *document) headOfCountry(si int) {
	toks := d.sents[si].Tokens
	for _, m := range d.mentions[si] {
		e := m.ent
		if e.kind != geokg.KindOfficial || e.role != RoleHead || e.former || e.country == "" || m.Form != FormName && m.Form != FormShort || m.End+1 >= len(toks) || toks[m.End].Lower != "of" {
			continue
		}
		if b := m.Start - 2; b >= 0 && isTitleWord(toks[b+1].Lower) && toks[b].IsCapitalized() && !d.countryAt(si, b) {
			continue // "General Assembly President Ana Ruiz of Peru": another body's post
		}
		k := m.End + 1
		if toks[k].Lower == "the" {
			k++ // "Ana Ruiz of the Philippines"
		}
		c := d.mentionAt(si, k)
		if c == nil || c.Start != k || c.ent.kind != geokg.KindCountry || c.ent.code != e.country || c.Form != FormName {
			continue
		}
		if c.End < len(toks) && (toks[c.End].IsPossessive() || toks[c.End].IsCapitalized()) {
			continue
		}
		d.addRelation(si, e, geokg.Leads, c.ent, 0.8, "")
	}
}

// whoHeads reads the person named before ", who heads|leads|chairs ..." (class head-verb)
// at token i ("who") of sentence si: "Samir Hosny, who heads the African section": a name
// of two words or more that no actor covers, with a determiner, a possessive or a name
// after the verb ("who heads to Paris" is a journey). It adds the official's mention,
// without a title; a titled official before a party tag is that official ("Sen. Ana Ruiz
// (D-Calif.), who chairs the Senate Intelligence Committee"; taggedOfficial).
func (d *document) whoHeads(si, i int) {
	toks := d.sents[si].Tokens
	if i+2 >= len(toks) || !actorWord("head-verb", toks[i+1].Lower) {
		return
	}
	if n := toks[i+2]; n.Lower != "the" && n.Lower != "a" && n.Lower != "an" && !n.IsCapitalized() {
		return
	}
	ent := d.taggedOfficial(si, i-1)
	if ent == nil {
		s := d.nameEndingAt(si, i-1)
		if s < 0 || i-1-s < 2 || placeBefore(toks, s) {
			return
		}
		name := d.surface(si, s, i-1)
		ent = d.officialByName(name, toks[s].Start)
		if !d.addMention(si, &Mention{Start: s, End: i - 1, ent: ent, Form: FormTitle}) {
			return
		}
		ent.addAlias(name)
	}
	// "who leads the Saudi-owned Al Arabiya network": the group the phrase names; "who
	// heads the African section of the Arab League": a member of the group
	typ := geokg.Leads
	for k := i + 2; k < len(toks) && k <= i+10; k++ {
		if m := d.mentionAt(si, k); m != nil {
			if m.End < len(toks) && toks[m.End].Text == "-" {
				k = m.End // "the Saudi-owned network": a compound adjective
				continue
			}
			if m.Start == k && m.ent.kind == geokg.KindGroup && !m.possessive {
				if m.End < len(toks) && toks[m.End].IsWord() && !toks[m.End].IsCapitalized() && (d.isChamber(m.ent.name) || d.x.legislatures[m.ent.country] == m.ent.name) {
					typ = geokg.MemberOf // "who chairs the Senate panel": a part of the chamber
				}
				d.why = explanation{rule: "title"}
				d.addRelation(si, ent, typ, m.ent, 0.7, "")
			}
			return
		}
		t := toks[k]
		if t.Lower == "of" && typ == geokg.Leads && k > i+3 {
			typ = geokg.MemberOf // "the section of the League"
			continue
		}
		if t.Lower == "the" || t.Lower == "a" || t.Lower == "an" || t.Text == "-" || t.IsWord() && !isClauseWord(t.Lower) {
			continue
		}
		return
	}
}

// honorificPerson reads a person named after an honorific of class person-honorific at
// token i of sentence si ("Sheikh Nimr al-Nimr"): a name of two words or more, not a
// place's ("in Sheikh Jarrah", "the Sheikh Jarrah neighbourhood", "Imam Khomeini
// Airport"). It adds the official's mention, without a title, and returns the name's
// end, or i.
func (d *document) honorificPerson(si, i int) int {
	toks := d.sents[si].Tokens
	if d.mentionAt(si, i) != nil || placeBefore(toks, i) {
		return i
	}
	j := i + 1
	if j < len(toks) && toks[j].Text == "." {
		j++
	}
	if j < len(toks) && actorWord("person-honorific", toks[j].Lower) {
		j++ // "Grand Ayatollah" is read from "Ayatollah"; "Sheikh Imam ..."
	}
	if m := d.mentionAt(si, j); m != nil {
		return i // a known official ("Ayatollah Ali Khamenei") or another actor
	}
	e := d.personNameAt(si, j)
	if e < 0 {
		return i
	}
	name := d.surface(si, j, e)
	ent := d.officialByName(name, toks[j].Start)
	if d.addMention(si, &Mention{Start: i, End: e, ent: ent, Form: FormTitle}) {
		ent.addAlias(name)
		ent.addAlias(d.surface(si, i, e))
	}
	return e
}

// personNameAt returns the end of the name of a person the gazetteer does not know that
// opens at token j of sentence si (scanName): two capitalised words or more, followed by
// no place noun or other capitalised word ("the Sheikh Jarrah neighbourhood", "Imam
// Khomeini Airport"); -1 when none.
func (d *document) personNameAt(si, j int) int {
	toks := d.sents[si].Tokens
	e := d.scanName(si, j)
	if capitalisedWords(toks[j:e]) < 2 || e < len(toks) && (actorWord("place-noun", toks[e].Lower) || toks[e].IsCapitalized() && toks[e].IsWord()) {
		return -1
	}
	return e
}

// counterpart reads an official named as another official's counterpart at token i of
// sentence si: "[his|her|X's] [country] counterpart[,] NAME" ("Putin met his Chinese
// counterpart Xi Jinping", "talks with Russian counterpart Sergei Lavrov"). The official
// holds the other's post (title and role) in the country named before "counterpart"; the
// other is the possessor ("his": the salient official; "Blinken's") or, with none, the
// salient official of the sentence. Nothing is read without a name, a country or a
// known post.
func (d *document) counterpart(si, i int) {
	toks := d.sents[si].Tokens
	c := d.mentionAt(si, i-1)
	if i == 0 || c == nil || c.End != i || c.ent.kind != geokg.KindCountry || c.possessive {
		return
	}
	j := i + 1
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	if j >= len(toks) || d.scanName(si, j) <= j && d.mentionAt(si, j) == nil {
		return
	}
	if m := d.mentionAt(si, j); m != nil && (m.Start != j || m.ent.kind != geokg.KindOfficial) {
		return
	}
	var owner *entity
	if p := c.Start - 1; p >= 1 && (toks[p].Lower == "'s" || toks[p].Lower == "'") {
		if m := d.mentionAt(si, p-1); m != nil && m.ent.kind == geokg.KindOfficial {
			owner = m.ent
		}
	} else {
		// "his", or no possessive: the subject official of the sentence before it (the
		// officials of earlier sentences are not all known at this stage: no guess)
		for _, m := range d.mentions[si] {
			if m.Start >= c.Start {
				break
			}
			if m.ent.kind == geokg.KindOfficial && !m.possessive && (m.Start == 0 || !prepositions[toks[m.Start-1].Lower]) {
				owner = m.ent
				break
			}
		}
	}
	if owner == nil || owner.title == "" || owner.role == 0 || owner.country == c.ent.code {
		return
	}
	ts := titleSpan{start: i, end: i + 1, role: owner.role, context: c.ent, ctxStart: c.Start, title: owner.title}
	if ts.role == RoleMinister {
		ts.role = RoleMember // the ministry is not named: a member of the government
	}
	d.officialFromTitle(si, ts)
	// "his Chinese counterpart, Xi Jinping": one mention, so that "Chinese" is no actor
	if m := d.mentionAt(si, j); m != nil && m.Start == j && j > i+1 && m.ent.kind == geokg.KindOfficial {
		d.replaceMentions(si, &Mention{Start: i, End: m.End, ent: m.ent, Form: m.Form})
	}
}

// extendTitleRight extends a title over "of State", "of Foreign Affairs", "for African
// Affairs", "-General" and similar capitalised complements.
func (d *document) extendTitleRight(si, end int) int {
	toks := d.sents[si].Tokens
	if end+1 < len(toks) && toks[end].Text == "-" && (toks[end+1].Lower == "general" || toks[end+1].Lower == "elect" || toks[end+1].Lower == "designate") {
		end += 2
	}
	// "Ambassador to the OSCE", "envoy to Chad"
	if end+1 < len(toks) && (toks[end].Lower == "to" || toks[end].Lower == "for") {
		j := end + 1
		if toks[j].Lower == "the" && j+1 < len(toks) {
			j++
		}
		if m := d.mentionAt(si, j); m != nil && m.Start == j && m.ent.kind != geokg.KindOfficial {
			if e := d.scanName(si, m.End); e > m.End {
				return m.End
			}
			// "China's ambassador to the UN, Liu Jieyi, told": the name after a comma
			if k := m.End + 1; k < len(toks) && toks[m.End].Text == "," {
				if e := d.scanName(si, k); e > k && (e >= len(toks) || toks[e].Text == "," || !toks[e].IsWord()) {
					return m.End
				}
			}
		}
	}
	// "Commander-in-Chief of the Navy": the title goes on to its "of" complement ("the
	// commander in chief" alone is the president's: definiteTitle)
	if e := inChiefEnd(toks, end); e > end && e < len(toks) && toks[e].Lower == "of" && toks[end-1].Lower == "commander" {
		end = e
	}
	if m := d.ofActorBeforeName(si, end); m != nil {
		return m.End // "Director of the CIA Ana Ruiz": the body is the title's context
	}
	if end+1 < len(toks) && (toks[end].Lower == "of" || toks[end].Lower == "for") && toks[end+1].IsCapitalized() {
		if m := d.mentionAt(si, end+1); m != nil {
			return end // "President Rafsanjani of Iran" is context, not title
		}
		j := end + 1
		for j < len(toks) && j < end+7 {
			t := toks[j]
			if d.mentionAt(si, j) != nil {
				break
			}
			if (t.IsCapitalized() && complementWord(t.Lower)) || (t.Lower == "and" && j+1 < len(toks) && toks[j+1].IsCapitalized()) {
				j++
				continue
			}
			break
		}
		if j > end+1 && toks[j-1].Lower != "and" {
			if j >= len(toks) || !toks[j].IsWord() || d.scanName(si, j) > j {
				return j
			}
		}
	}
	return end
}

// ofActorBeforeName returns the mention of the country or group a capitalised title
// ending at token end of sentence si names after "of" when a person's name follows it
// ("President of the Andean Council Ana Ruiz", "Secretary General of NATO Ruiz"), or nil:
// the title then reads over the actor, which is its context and stays a mention of its
// own. The name has two words or more, not in capitals: one capitalised word goes on
// the body's name ("Vice Director of the Workers' Party of Korea Propaganda and
// Agitation Department"), and words in capitals are a shout ("the President of Peru
// CALLED ME").
// "President Rafsanjani of Iran" names the person first, and "the head of the CIA said"
// names none.
func (d *document) ofActorBeforeName(si, end int) *Mention {
	toks := d.sents[si].Tokens
	if end < 1 || end+1 >= len(toks) || toks[end].Lower != "of" || !toks[end-1].IsCapitalized() {
		return nil
	}
	j := end + 1
	if toks[j].Lower == "the" && j+1 < len(toks) {
		j++
	}
	m := d.mentionAt(si, j)
	if m == nil || m.Start != j || m.ent.kind == geokg.KindOfficial || d.scanName(si, m.End) < m.End+2 || strings.ToUpper(toks[m.End].Text) == toks[m.End].Text {
		return nil
	}
	return m
}

// ofActorInTitle returns the actor's mention that ends the title ts of sentence si
// after "of" (ofActorBeforeName: "Director of the CIA"), or nil.
func (d *document) ofActorInTitle(si int, ts titleSpan) *Mention {
	m := d.mentionAt(si, ts.end-1)
	if m == nil || m.End != ts.end || m.Start <= ts.start {
		return nil
	}
	if o := d.ofActorBeforeName(si, m.Start-1); o == m {
		return m
	}
	if o := d.ofActorBeforeName(si, m.Start-2); o == m && d.sents[si].Tokens[m.Start-1].Lower == "the" {
		return m
	}
	return nil
}

// titleContext finds the country or group a title belongs to: a mention just before it
// ("Iranian Foreign Minister", "Iran's foreign minister", "Hamas leader"), a
// pronoun ("its minister"), or "of X" after the title or the name.
func (d *document) titleContext(si int, ts *titleSpan) {
	toks := d.sents[si].Tokens
	ts.ctxStart = ts.start
	k := ts.start - 1
	if q := describedFrom(toks, k); q < k && q >= 1 && (toks[q].Lower == "'s" || toks[q].Lower == "'") {
		k = q // "Peru's new president": words of the holder before the title
	}
	if k >= 0 && (toks[k].Lower == "'s" || toks[k].Lower == "'") {
		k--
	}
	if k >= 0 {
		if m := d.mentionAt(si, k); m != nil && m.End == k+1 || m != nil && m.End == k+2 {
			switch {
			case m.ent.kind == geokg.KindOfficial:
				// "Macron's defence minister": the post belongs to the official's country
				if m.ent.country != "" {
					ts.context = d.countryEntity(m.ent.country, toks[k].Start)
				}
			default:
				ts.context = m.ent
			}
			ts.ctxStart = m.Start
			if d.postPlaceBefore(si, ts, m) {
				return
			}
			if m.ent.kind == geokg.KindGroup && m.ent.subtype == geokg.InternationalOrg && m.Start > 0 {
				q := m.Start - 1
				if q > 0 && (toks[q].Lower == "'s" || toks[q].Lower == "'") {
					q--
				}
				if cm := d.mentionAt(si, q); cm != nil && cm.End == q+1 && cm.ent.kind == geokg.KindCountry {
					ts.context, ts.ctxStart = cm.ent, cm.Start
				}
			}
			d.delegateSeatBefore(si, ts, m)
			return
		}
		switch toks[k].Lower {
		case "its", "their":
			prefer := geokg.KindCountry
			if ts.role == RoleMinister {
				prefer = geokg.KindGroup
			}
			ts.context = d.resolvePossessive(si, k, prefer)
			ts.ctxStart = k
			return
		case "the", "a", "an":
			ts.definite = toks[k].Lower == "the"
		}
		if _, ok := personDescriptors[toks[k].Lower]; ok && k >= 1 && toks[k-1].Lower == "the" {
			ts.definite, ts.describer = true, toks[k].Lower // "the embattled president"
		}
		if k >= 1 && toks[k].Lower == "country" && toks[k-1].Lower == "the" {
			ts.context = d.resolveDescription(si, k-1, geokg.KindCountry, "")
			ts.ctxStart = k - 1
			return
		}
		if k >= 1 && k < ts.start-1 && namedBodyNouns[toks[k].Lower] && toks[k-1].Lower == "the" {
			// "the court's president": the one court the article names
			if ts.context = d.namedBody(si, k-1, toks[k].Lower); ts.context != nil {
				ts.ctxStart = k - 1
				return
			}
		}
	}
	if m := d.ofActorInTitle(si, *ts); m != nil {
		ts.context = m.ent
		if commandsGroup(toks, *ts, m, true) {
			ts.role = RoleGroupHead // "Commander-in-Chief of the Peruvian Navy Ana Ruiz"
		}
		return
	}
	if c := d.servedHead(si, *ts); c != nil {
		ts.context = c
		return
	}
	// "of X" right after the title; "for X" after a speaker's or envoy's title ("a
	// spokesman for the German foreign ministry", "envoy for the UN")
	if ts.end+1 < len(toks) && (toks[ts.end].Lower == "of" || toks[ts.end].Lower == "for" && forTitles[toks[ts.end-1].Lower]) {
		j := ts.end + 1
		if toks[j].Lower == "the" && j+1 < len(toks) {
			j++
		}
		// "of the newly elected Federal Council"; "of operations for the Joint Staff" passes a
		// preposition: the title heads a field or unit of the body (subUnit)
		subUnit := false
		for q := j; q < len(toks) && q < j+4 && !toks[q].IsCapitalized() && d.mentionAt(si, q) == nil; q++ {
			if toks[q].Text == "-" || toks[q].IsWord() {
				if q > j && prepositions[toks[q].Lower] && toks[q].Lower != "of" {
					subUnit = true
				}
				if q+1 < len(toks) && d.mentionAt(si, q+1) != nil && toks[q+1].IsCapitalized() {
					j = q + 1
					break
				}
				continue
			}
			break
		}
		j = d.pastStateQualifier(si, j)
		// a chamber's committee's mention takes its "the" ("chairman of the House Ways and
		// Means Committee")
		if m := d.mentionAt(si, j); m != nil && (m.Start == j || m.Start == j-1 && m.Form == FormBody && toks[m.Start].Lower == "the" && chamberWords[toks[j].Text]) && m.ent.kind != geokg.KindOfficial {
			ts.context = m.ent
			if m.partyPeople() {
				ts.role = RoleMember // "the leader of a group of Tory MPs" is one of the party
			} else if (subUnit && j > ts.end+1 || d.unitOfActor(si, m.End)) && ts.role != RoleMember && ts.role != RoleMinister {
				ts.role = RoleMember // "director of operations for the Joint Staff", "head of the OAS's Lima office"
			} else if commandsGroup(toks, *ts, m, false) {
				ts.role = RoleGroupHead // "the commander of the Peruvian Navy"
			} else if bodyAfter(toks, m.End) {
				if ts.role == RoleMember && toks[ts.end].Lower == "of" {
					ts.context = nil // "a member of Hamas Youth Council": of a body the text names no further
				} else {
					ts.role = RoleMember // "chair of the Tory 1922 Committee": he heads a body of the party
				}
			}
		} else if ts.role != RoleHead && toks[j-1].Lower == "the" {
			// "chairman of the Hong Kong Human Rights Monitor": a group the gazetteer lacks
			ts.context = d.namedGroup(si, j)
		}
	}
}

// pastStateQualifier returns the token of the group's mention that a country's mention at
// token j of sentence si only qualifies, "Lima-based" or "pro-Peru" before it ("president
// of the Lima-based Andean Policy Institute", "director of the pro-Peru Andean Institute":
// the institute's, not Peru's), or j when there is none.
func (d *document) pastStateQualifier(si, j int) int {
	toks := d.sents[si].Tokens
	m := d.mentionAt(si, j)
	if m == nil || m.Start != j || m.ent.kind != geokg.KindCountry {
		return j
	}
	k := -1
	switch {
	case m.End+1 < len(toks) && toks[m.End].Text == "-" && toks[m.End+1].Lower == "based":
		k = m.End + 2
	case j >= 2 && toks[j-1].Text == "-" && (toks[j-2].Lower == "pro" || toks[j-2].Lower == "anti"):
		k = m.End
	}
	if k < 0 || k >= len(toks) {
		return j
	}
	if g := d.mentionAt(si, k); g != nil && g.Start == k && g.ent.kind == geokg.KindGroup {
		return k
	}
	return j
}

// servedHead returns the country of the head of state or government an aide's title ts
// of sentence si serves: "for" after a spokesman's title or "to" after an adviser's, then
// a head's title, honorific or nothing, and a known official who leads a country ("Ana
// Ruiz, a senior adviser to President Boric", "a spokesman for Mr. Boric": MEMBER_OF
// Chile); nil for anyone else ("an adviser to Senator Soto") or a head out of office on
// the article's date.
func (d *document) servedHead(si int, ts titleSpan) *entity {
	toks := d.sents[si].Tokens
	if ts.end+1 >= len(toks) || ts.role != RoleMember {
		return nil
	}
	head := toks[ts.end-1].Lower
	if !(toks[ts.end].Lower == "for" && forTitles[head] || toks[ts.end].Lower == "to" && aideTitles[head]) {
		return nil
	}
	j := ts.end + 1
	for j < len(toks) && (honorifics[toks[j].Lower] || toks[j].Text == "." || roleOfTitle(toks[j].Text) == RoleHead) {
		j++
	}
	m := d.mentionAt(si, j)
	if m == nil || m.Start != j || m.ent.kind != geokg.KindOfficial || m.ent.country == "" || m.ent.role != RoleHead || m.ent.former {
		return nil
	}
	if o, ok := d.x.gaz.Official(m.ent.name); ok && d.published != "" && len(o.Roles) > 0 && !inOfficeOn(o, d.published) {
		return nil // "a spokesman for George W. Bush" in a later article: a past head's aide
	}
	return d.countryEntity(m.ent.country, toks[j].Start)
}

// groupBeforeTitle reads a group named by capitalised words between a country and a
// group head's title at token i of sentence si ("Polish National Bank head Wladyslaw
// Baka", "Iran's Atomic Energy Organisation chief"): one word at least that is no title
// modifier, the last a group-head ("Bank"; "Iranian Deputy chief" names none). It adds the group's mention
// (with the country), which the title then takes for its context.
func (d *document) groupBeforeTitle(si, i int) {
	toks := d.sents[si].Tokens
	k := i
	plain := false
	for k > 0 && i-k < 6 {
		t := toks[k-1]
		if _, head := titleHeads[t.Lower]; head || !t.IsCapitalized() || !t.IsWord() || d.mentionAt(si, k-1) != nil || notNameWords[t.Lower] || honorifics[t.Lower] {
			break
		}
		if !titleModifiers[t.Lower] {
			plain = true
		}
		k--
	}
	if k == i || !plain || k == 0 || !actorWord("group-head", toks[i-1].Lower) {
		return
	}
	c := k - 1
	if toks[c].Lower == "'s" || toks[c].Lower == "'" {
		c--
	}
	m := d.mentionAt(si, c)
	if c < 0 || m == nil || m.End != c+1 || m.ent.kind != geokg.KindCountry || m.Form == FormCapital || m.Form == FormSeat {
		return
	}
	name := d.surface(si, m.Start, i)
	if m.possessive {
		name = d.bodyName(d.surface(si, k, i), "", m.ent) // "Iran's Atomic Energy Organisation": "Iranian ..."
	}
	g := d.groupEntity(name, geokg.OtherGroup, m.ent.code, toks[m.Start].Start)
	d.replaceWith(si, &Mention{Start: m.Start, End: i, ent: g, Form: FormBody, context: m.ent}, m)
	g.addAlias(d.surface(si, m.Start, i))
}

// namedGroup reads a group named by capitalised words from token j of sentence si, after
// a title's "of the" ("chairman of the Hong Kong Human Rights Monitor", "head of the Joint
// Chiefs of Staff"): two words or more, "of", "for" and "and" between them, the last a
// group-head of gazetteer.WordsFile ("Speaker of the House Paul Ryan" names none), a country's
// name or demonym among them giving the group's country; not before a person's name.
// It adds the group's mention and returns its entity, or nil.
func (d *document) namedGroup(si, j int) *entity {
	toks := d.sents[si].Tokens
	var country *entity
	var inner *Mention
	e, words := j, 0
	for e < len(toks) && e < j+8 {
		t := toks[e]
		if m := d.mentionAt(si, e); m != nil {
			if m.Start != e || m.ent.kind != geokg.KindCountry || m.possessive {
				return nil
			}
			country, inner = m.ent, m
			words += m.End - e
			e = m.End
			continue
		}
		if t.IsCapitalized() && t.IsWord() && !notNameWords[t.Lower] && !isTitleWord(t.Lower) {
			e++
			words++
			continue
		}
		if (t.Lower == "of" || t.Lower == "for" || t.Lower == "and") && e+1 < len(toks) && toks[e+1].IsCapitalized() && d.mentionAt(si, e+1) == nil && words > 0 {
			e++
			continue
		}
		break
	}
	for e > j && !toks[e-1].IsCapitalized() {
		e-- // no trailing "of"
	}
	if words < 2 || e-j < 2 || e < len(toks) && toks[e].IsCapitalized() || !actorWord("group-head", toks[e-1].Lower) {
		return nil
	}
	name := d.surface(si, j, e)
	code := ""
	if country != nil {
		code = country.code
	}
	g := d.groupEntity(name, geokg.OtherGroup, code, toks[j].Start)
	start := j
	if toks[j-1].Lower == "the" {
		start = j - 1
	}
	d.replaceWith(si, &Mention{Start: start, End: e, ent: g, Form: FormBody, context: country}, inner)
	g.addAlias(name)
	return g
}

// forTitles are the title heads whose post is named after "for": who one speaks or acts for.
var forTitles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "envoy": true,
	"representative": true, "negotiator": true, "coordinator": true,
}

// aideTitles are the titles whose "to" names the person served ("an adviser to President
// Boric").
var aideTitles = map[string]bool{"adviser": true, "advisor": true}

// officialFromTitle reads the name that goes with a title (after it, after a comma, or
// before it in an apposition) and adds the official's mention.
func (d *document) officialFromTitle(si int, ts titleSpan) {
	toks := d.sents[si].Tokens
	nameStart, nameEnd := -1, -1
	j := ts.end
	if j < len(toks) && toks[j].Text == "." && toks[j].Start == toks[j-1].End {
		j++ // "Gen."
	}
	if j < len(toks) && (toks[j].Text == "]" || toks[j].Text == ")") && openBracket(toks, ts.start) >= 0 && j+1 < len(toks) && toks[j+1].IsCapitalized() {
		j++ // "[Secretary of State] Kerry": the title in an editor's brackets
	}
	// skip honorifics between title and name: "Grand Mufti Sheikh Ahmed Nasser"
	for j < len(toks) && honorifics[toks[j].Lower] {
		if j+1 < len(toks) && toks[j+1].Text == "." {
			j += 2
		} else {
			j++
		}
	}
	capTitle := toks[ts.start].IsCapitalized() || (ts.start < len(toks) && toks[ts.end-1].IsCapitalized())
	if e := d.nameThroughMention(si, j, d.scanName(si, j)); e == j+1 && d.modifierNotName(si, ts, j) {
		return // "Chief Cabinet Secretary Yoshihide Suga": the longer title names the person
	} else if e > j && (capTitle || ts.context != nil || ts.role == RoleMember || e-j >= 2 && toks[j].IsCapitalized()) {
		nameStart, nameEnd = j, e
	} else if c, of := d.complementEnd(si, ts, j); c > j || j+1 < len(toks) && toks[j].Text == "," && (ts.context != nil || ts.definite) {
		if of != nil {
			ts.context = of // "The head of Russia's Federal Security Service, X": the service's
			if w := toks[c-1].Lower; (w == "committee" || w == "subcommittee" || w == "commission" || w == "panel") && !strings.Contains(strings.ToLower(of.name), w) && (ts.role == RoleHead || ts.role == RoleGroupHead) {
				ts.role = RoleMember // "the chairman of the Senate Intelligence Committee" (an alias of Congress) heads a part
			}
		}
		if c > j {
			j = c // "The head of the Islamist team, Ibrahim Adow,"
		}
		// "Peru's foreign minister, Ana Ruiz", "Head of the Senate, Ms Moreau"
		n := j + 1
		for n < len(toks) && honorifics[toks[n].Lower] {
			n++
			if n < len(toks) && toks[n].Text == "." {
				n++
			}
		}
		if e := d.scanName(si, n); e > n && (e >= len(toks) || !toks[e].IsWord() || toks[e].Lower == "said" || toks[e].Lower == "says" || toks[e].Lower == "has" || toks[e].Lower == "who") {
			nameStart, nameEnd = n, e
		}
	}
	if nameStart < 0 {
		// apposition before the title: "Pavel Orlov, Russia's foreign minister"
		cs := ts.ctxStart
		{
			// "Jan Novak, a veteran diplomat", "X, a former Indian ambassador": adjectives
			// between the article and the title (or its country)
			k := cs
			for k > 0 && cs-k < 2 && plainAdjective(toks[k-1]) && d.mentionAt(si, k-1) == nil {
				k--
			}
			if k < cs && k >= 2 && (toks[k-1].Lower == "a" || toks[k-1].Lower == "an" || toks[k-1].Lower == "the") && toks[k-2].Text == "," {
				for q := k; q < cs; q++ {
					if actorWord("past-post", toks[q].Lower) {
						ts.former = true // "a former envoy", "the assassinated prime minister"
					}
				}
				cs = k
			}
		}
		if cs > 0 && (toks[cs-1].Lower == "the" || toks[cs-1].Lower == "a" || toks[cs-1].Lower == "an") {
			cs--
		}
		if cs >= 3 && toks[cs-1].Lower == "then" && toks[cs-2].Text == "," {
			cs-- // "Ana Ruiz, then the Peruvian spokesman,": the post she held at the time
		}
		cs = relativeTitleStart(toks, cs)
		if k := regionBefore(toks, cs); k < cs && k >= 2 && toks[k-1].Text == "," && d.mentionAt(si, k) == nil {
			cs = k // "Sarah Leah, Middle East director for Human Rights Watch": the post's region
			if ts.role == RoleHead || ts.role == RoleGroupHead {
				ts.role = RoleMember // a regional director heads a part, not the whole
			}
		}
		if ts.end < len(toks) && reportingVerbs[toks[ts.end].Lower] {
			cs = 0 // "..., a senior U.S. official said": a new clause's speaker, no apposition
		}
		if cs >= 4 && toks[cs-1].Text == "," && isNumber(toks[cs-2].Text) && toks[cs-3].Text == "," {
			cs -= 2 // "Prakash Shah, 58, a former Indian ambassador": the age between
		}
		if cs >= 2 && toks[cs-1].Text == "," {
			// "Sen. Ana Ruiz, D-Calif., chair of ...": the name before the party's tag
			cs = partyTagBefore(toks, cs-1) + 1
			if m := d.mentionAt(si, cs-2); m != nil && m.ent.kind == geokg.KindOfficial && !d.firstNameBefore(si, m) {
				d.applyTitle(si, m, ts)
				return
			} else if m != nil && m.ent.kind == geokg.KindOfficial {
				// "Paul Harris, chairman of ...": another person than the alias's
				d.dropMention(si, m)
			}
			if s := d.nameEndingAt(si, cs-1); s >= 0 && !placeBefore(toks, s) {
				nameStart, nameEnd = s, cs-1
			}
		}
	}
	if nameStart < 0 {
		// "Ms Moreau was a deputy of the Senate"
		if cs := ts.start; cs >= 3 && (toks[cs-1].Lower == "the" || toks[cs-1].Lower == "a") && (toks[cs-2].Lower == "is" || toks[cs-2].Lower == "was" || toks[cs-2].Lower == "as") {
			if m := d.mentionAt(si, cs-3); m != nil && m.ent.kind == geokg.KindOfficial && m.End == cs-2 {
				d.applyTitle(si, m, ts)
				return
			}
			if s := d.nameEndingAt(si, cs-2); s >= 0 {
				ent := d.officialByName(d.surface(si, s, cs-2), toks[s].Start)
				m := &Mention{Start: s, End: cs - 2, ent: ent, Form: FormTitle}
				if d.addMention(si, m) {
					ent.addAlias(d.surface(si, s, cs-2))
					d.applyTitle(si, m, ts)
				}
				return
			}
		}
		if ts.context != nil && ts.context.kind == geokg.KindGroup && !ts.former && ts.ctxStart < ts.start && ts.role != RoleMember {
			d.groupLeaderTitle(si, ts) // "Hezbollah's leader", "the group's chief"
			return
		}
		if ts.context != nil && ts.context.kind == geokg.KindCountry && !ts.former && ts.ctxStart < ts.start {
			d.possessedTitle(si, ts)
			return
		}
		d.definiteTitle(si, ts)
		return
	}
	if nameEnd+1 < len(toks) && (toks[nameEnd].Lower == "'s" || toks[nameEnd].Lower == "'") && nameStart >= ts.end && kinship[toks[nameEnd+1].Lower] {
		ts.context = nil // "King Harald's son": the title is the other person's
		ts.former = true
	}
	if ts.context == nil && nameEnd+1 < len(toks) && toks[nameEnd].Lower == "of" {
		// "King Harald of Norway"
		if m := d.mentionAt(si, nameEnd+1); m != nil && m.Start == nameEnd+1 && m.ent.kind != geokg.KindOfficial {
			ts.context = m.ent
		}
	}
	// "spokesman Major General Igor Konashenkov": a rank written out is no part of the name
	if k := rankEnd(toks, nameStart, nameEnd); k > nameStart && k < nameEnd && d.mentionAt(si, nameStart) == nil {
		nameStart = k
	}
	// a name that runs through a mention (nameThroughMention): "Prime Minister Ana
	// Lima", "leader Ayman al Zawahiri"
	for k := nameStart + 1; k < nameEnd; k++ {
		if m := d.mentionAt(si, k); m != nil && m.Start == k && m.End == nameEnd {
			if m.ent.kind == geokg.KindOfficial {
				ent := m.ent
				d.dropMention(si, m)
				om := &Mention{Start: nameStart, End: nameEnd, ent: ent, Form: FormTitle}
				if d.addMention(si, om) {
					ent.addAlias(d.surface(si, nameStart, nameEnd))
					d.applyTitle(si, om, ts)
				}
				return
			}
			d.dropMention(si, m)
			if m.ent.count > 0 {
				m.ent.count--
			}
		}
	}
	// a dictionary official already covers the name
	if m := d.mentionAt(si, nameStart); m != nil {
		if m.ent.kind == geokg.KindOfficial {
			d.applyTitle(si, m, ts)
		}
		return
	}
	name := strings.NewReplacer("] ", " ", ") ", " ").Replace(d.surface(si, nameStart, nameEnd))
	ent := d.officialByName(name, toks[nameStart].Start)
	m := &Mention{Start: nameStart, End: nameEnd, ent: ent, Form: FormTitle}
	withTitle := ts.end <= nameStart
	for k := ts.start; withTitle && k < nameStart; k++ {
		withTitle = d.mentionAt(si, k) == nil // "ambassador to the UN, Liu Jieyi": the UN stays
	}
	if withTitle {
		m.Start = ts.start
	}
	if !d.addMention(si, m) {
		return
	}
	ent.addAlias(name)
	if withTitle {
		ent.addAlias(d.surface(si, ts.start, nameEnd))
	}
	d.applyTitle(si, m, ts)
}

// pmTitle reports whether "PM" at token i of sentence si is a prime minister's title:
// in capitals after "the", a possessive or an actor ("the PM", "Israel's PM", "British
// PM Ana Ruiz"); not a time ("5 PM") or a word of a name ("Playbook PM").
func (d *document) pmTitle(si, i int) bool {
	toks := d.sents[si].Tokens
	if toks[i].Text != "PM" || i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "the", "'s":
		return true
	}
	return d.mentionAt(si, i-1) != nil
}

// modifierNotName reports whether the one capitalised word at token j after the title ts
// of sentence si modifies a longer title or a thing instead of naming a person: a title
// modifier ("Chief Executive Carrie Lam"), a place noun ("Prince Sultan Base"), a word
// before another title head ("Chief Cabinet Secretary Yoshihide Suga", "chief Brexit
// negotiator Michel Barnier", "police chief Brig-Gen Hossein Rahimi") or before an
// official the dictionary names, or a word after a lower-case "official" that is
// followed by a lower-case word that is no reporting verb ("its official Twitter
// account", "the official Mehr news agency"; not "the official Smith said").
func (d *document) modifierNotName(si int, ts titleSpan, j int) bool {
	toks := d.sents[si].Tokens
	if titleModifiers[toks[j].Lower] || actorWord("place-noun", toks[j].Lower) {
		return true // "Chief Executive", "Prince Sultan Base"
	}
	k := j + 1
	if k+1 < len(toks) && toks[k].Text == "-" && toks[k].Start == toks[j].End {
		k++
	}
	if k < len(toks) && (isTitleWord(toks[k].Lower) || (toks[k].Lower == "co" && k+2 < len(toks) && toks[k+1].Text == "-" && isTitleWord(toks[k+2].Lower))) {
		return true
	}
	if m := d.mentionAt(si, j+1); m != nil && m.Start == j+1 && m.ent.kind == geokg.KindOfficial {
		return true
	}
	if toks[ts.end-1].Lower == "official" && !toks[ts.end-1].IsCapitalized() && j+1 < len(toks) && toks[j+1].IsWord() && !toks[j+1].IsCapitalized() && !reportingVerbs[toks[j+1].Lower] {
		return true
	}
	return false
}

// possessedTitle handles a country's title without a name ("Turkey's president has
// warned", "the US president"): it refers to the official of the article who holds that
// title for that country, who gets a mention here.
func (d *document) possessedTitle(si int, ts titleSpan) {
	d.why = explanation{rule: "title"}
	toks := d.sents[si].Tokens
	head := toks[ts.end-1].Lower
	// "the Syrian leader", "Russia's leader": the head of the country, or the one whose
	// post is just "leader" ("Kim Jong Un, Leader"); not a party's or a chamber's
	// ("Senate Majority Leader", "Opposition leader")
	countryLeader := head == "leader" && ts.end-ts.start == 1
	var best, titled *entity // titled: the one head whose own title ends with the head word
	ambiguous := false
	for _, e := range d.sortedEntities(geokg.KindOfficial) {
		if e.country != ts.context.code || e.former {
			continue
		}
		if countryLeader {
			if t := titleBeforeComplement(e.title); e.role == RoleHead || t == "leader" || t == "supreme leader" {
				if best != nil && best != e {
					return // a president and a prime minister: which one leads?
				}
				best = e
			}
			continue
		}
		// "the Danish PM" is the prime minister, not the queen
		if long, short := shortTitles[head]; ts.role == RoleHead && e.role == RoleHead && (!short || holdsPost(e, long)) || ts.role != RoleHead && strings.HasSuffix(titleBeforeComplement(e.title), head) && e.role == ts.role {
			if best != nil && best != e {
				ambiguous = true
			}
			best = e
			if ts.role == RoleHead && strings.HasSuffix(titleBeforeComplement(e.title), head) {
				if titled != nil && titled != e {
					return // two heads with that very title: do not guess
				}
				titled = e
			}
		}
	}
	if ambiguous {
		// a president and a prime minister: "Iraq's president" is the one titled
		// president, if only one is; otherwise do not guess
		best = titled
	}
	if best == nil {
		return
	}
	m := &Mention{Start: ts.start, End: ts.end, ent: best, Form: FormRef}
	if d.addMention(si, m) {
		typ := geokg.MemberOf
		if ts.role == RoleHead || countryLeader {
			typ = geokg.Leads
		}
		d.addRelation(si, best, typ, ts.context, 0.7, "")
	}
}

// groupLeaderTitle handles a group's head title without a name ("Hezbollah's leader",
// "the Houthi leader"): it refers to the one official the article has already said leads
// that group, who gets a mention here; with none or two, nothing is read.
func (d *document) groupLeaderTitle(si int, ts titleSpan) {
	var best *entity
	for _, r := range d.rels {
		if r.Type != geokg.Leads || r.Object != ts.context.id {
			continue
		}
		e := d.entities[r.Subject]
		if e == nil || e.kind != geokg.KindOfficial {
			continue
		}
		if best != nil && best != e {
			return // two leaders: which one?
		}
		best = e
	}
	if best != nil {
		d.addMention(si, &Mention{Start: ts.start, End: ts.end, ent: best, Form: FormRef})
	}
}

// definiteTitle handles a title without a name ("the prime minister later added"):
// it refers to the latest official with the same title (salientOfficial), else to the
// one official of that post the article named before (onlyHolder). The title may run
// over an "of" complement that ends such an official's title ("the secretary of state",
// postOf), and "the commander in chief" is the head of state titled president.
func (d *document) definiteTitle(si int, ts titleSpan) {
	toks := d.sents[si].Tokens
	if !ts.definite {
		return
	}
	head := strings.ToLower(spelledTitle(d.surface(si, ts.start, ts.end)))
	if ts.start > 0 && deputyTitle(toks[ts.start-1].Lower) {
		head = toks[ts.start-1].Lower + " " + head // "the deputy foreign minister"
	}
	end, post := ts.end, head
	fits := func(e *entity) bool { return holdsPost(e, head) }
	if e := inChiefEnd(toks, ts.end); head == "commander" && e > ts.end && (e >= len(toks) || toks[e].Lower != "of") {
		end, post = e, "president"
		fits = func(e *entity) bool { return e.role == RoleHead && holdsPost(e, post) }
	} else if e, p := d.postOf(si, head, ts.end); e > ts.end {
		end, post = e, p
		fits = func(e *entity) bool { return holdsPost(e, post) && e.postEndsWith(post) }
	}
	if ts.describer != "" && !onePost(head, post) {
		return // "the Republican senator": which of the article's senators is one?
	}
	if c := personDescriptors[ts.describer]; c != "" {
		posted := fits
		fits = func(e *entity) bool { return posted(e) && e.country == c } // a Republican is American
	}
	start := ts.start
	if start > 0 && toks[start-1].Lower == "the" {
		start--
	}
	// a context read after a complement the post took is none ("the secretary of state
	// condemned Chile")
	best := d.salientOfficial(si, fits)
	if best == nil && (ts.context == nil || end > ts.end) && onePost(head, post) && !d.afterName(si, start) {
		// a post of one word only of a country's official (not an institute's president),
		// one of more words only of an official whose title ends with it ("the national
		// security adviser" is no homeland security adviser)
		field := strings.Contains(post, " ")
		best = d.onlyHolder(si, func(e *entity) bool {
			return fits(e) && (field && e.postEndsWith(post) || !field && e.country != "")
		})
	}
	if best == nil {
		return
	}
	d.addMention(si, &Mention{Start: start, End: end, ent: best, Form: FormRef})
}

// inChiefEnd returns the token after "in chief" or "-in-chief" at token k of toks (after
// "commander"), or k.
func inChiefEnd(toks []Token, k int) int {
	var words []string
	for q := k; q < len(toks) && q < k+4; q++ {
		if toks[q].Text != "-" {
			words = append(words, toks[q].Lower)
		}
		if len(words) == 2 {
			if words[0] == "in" && words[1] == "chief" {
				return q + 1
			}
			break
		}
	}
	return k
}

// postOf reads the "of" complement after a definite title's head at token k of sentence
// si ("the secretary of state", "the secretary of the treasury"): one to three words
// after "of" (and "the") that name no actor, the longest with which head ends the title
// of an official the article names up to sentence si. It returns the token after the complement and
// the post so named, or k and "".
func (d *document) postOf(si int, head string, k int) (int, string) {
	toks := d.sents[si].Tokens
	if k+1 >= len(toks) || toks[k].Lower != "of" {
		return k, ""
	}
	from := k + 1
	if toks[from].Lower == "the" {
		from++
	}
	for end := min(from+3, len(toks)); end > from; end-- {
		words := []string{head, "of"}
		ok := true
		for q := k + 1; q < end && ok; q++ {
			ok = toks[q].IsWord() && d.mentionAt(si, q) == nil
			words = append(words, toks[q].Lower)
		}
		post := strings.Join(words, " ")
		if ok && d.onlyHolder(si+1, func(e *entity) bool { return e.postEndsWith(post) }) != nil {
			return end, post
		}
	}
	return k, ""
}

// onePost reports whether a title without a name names one post of a country, so that
// the one official of that post an article names is the one it means: a head of state or
// government ("the president", "the prime minister") or a title with a field or rank ("the foreign minister", "the secretary of
// state", "the crown prince"); not a post many hold ("the minister", "the ambassador",
// "the chairman", "the senior adviser").
// The head is the title's words up to its head word, the post what it names with its
// complement ("secretary", "secretary of state").
func onePost(head, post string) bool {
	words := strings.Fields(head)
	_, one := titleHeads[lastWords(head, 1)]
	_, two := titleHeads[lastWords(head, 2)]
	if !one && !two {
		return false // "the two leaders"
	}
	return titleHeads[post] == RoleHead || len(strings.Fields(post)) > 1 && !manyHolders[words[0]]
}

// manyHolders are title modifiers that name a rank or a post many officials hold ("top",
// "senior", "special", "party": "the party leader"), or one held for a while ("acting").
var manyHolders = map[string]bool{
	"top": true, "senior": true, "special": true, "chief": true, "assistant": true,
	"junior": true, "party": true, "acting": true, "cabinet": true,
}

// afterName reports whether the description at token k of sentence si stands in
// apposition after a name ("May, the home secretary"): the name says who holds the post.
func (d *document) afterName(si, k int) bool {
	toks := d.sents[si].Tokens
	if k < 2 || toks[k-1].Text != "," {
		return false
	}
	m := d.mentionAt(si, k-2)
	return m != nil && m.ent.kind == geokg.KindOfficial || d.nameEndingAt(si, k-1) >= 0
}

// onlyHolder returns the one official that fits among those the article names before
// sentence si, or nil when none or two fit ("the president" long after "President
// Boric", with no other president named).
func (d *document) onlyHolder(si int, fits func(e *entity) bool) *entity {
	// all of sentence si-1 and those before: si may be one past the last sentence
	e, _ := d.soleBefore(si-1, math.MaxInt, 0, func(_ int, m *Mention) *entity {
		if m.ent.kind == geokg.KindOfficial && fits(m.ent) {
			return m.ent
		}
		return nil
	})
	return e
}

// salientOfficial returns, of the officials that fit and are named within ten sentences
// before sentence si, the latest, unless the article has named another at least twice as
// often up to si (by surname: "Trump" ten times, "Russian President Vladimir Putin" once
// lately; then "the president" is Trump), or nil when none fits.
func (d *document) salientOfficial(si int, fits func(e *entity) bool) *entity {
	var cands []*entity // latest first
	seen := map[*entity]bool{}
	for s := si - 1; s >= 0 && s >= si-10; s-- {
		ms := d.mentions[s]
		for k := len(ms) - 1; k >= 0; k-- {
			if e := ms[k].ent; e != nil && !seen[e] && fits(e) {
				seen[e] = true
				cands = append(cands, e)
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	count := map[string]int{} // by surname: short mentions are not read yet
	for _, e := range cands {
		count[surname(e.name)] = 0
	}
	for s := 0; s < si; s++ {
		for _, t := range d.sents[s].Tokens {
			if _, ok := count[t.Text]; ok {
				count[t.Text]++
			}
		}
	}
	times := func(e *entity) int { return count[surname(e.name)] }
	best := cands[0]
	for _, e := range cands[1:] {
		if times(e) > times(best) {
			best = e
		}
	}
	if times(best) < 2*times(cands[0]) {
		return cands[0]
	}
	return best
}

// holdsPost reports whether e is an official, not a former one, whose title names the
// post a title without a name names ("the president", "the prime minister"; sameTitle),
// of one post of a country also a title the article wrote before its name (posts).
func holdsPost(e *entity, title string) bool {
	if e.kind != geokg.KindOfficial || e.former {
		return false
	}
	for _, t := range e.posts(onePost(title, title)) {
		if t != "" && sameTitle(title, t) {
			return true
		}
	}
	return false
}

// sameTitle reports whether a title without a name ("the prime minister", "the
// spokesman") names the same post as an official's title ("Prime Minister", "Foreign
// Ministry Spokesman"): the same last word, and "prime minister" only for a prime
// minister.
func sameTitle(short, full string) bool {
	a, b := lastWords(short, 1), lastWords(full, 1)
	if a != b {
		return false
	}
	if deputyTitle(short) != deputyTitle(full) {
		return false // "the vice president" is not the president
	}
	if a == "minister" {
		return strings.HasSuffix(short, "prime minister") == strings.HasSuffix(full, "prime minister")
	}
	return true
}

// spelledTitle returns the title s with a head written short spelled out (shortTitles:
// "British PM" -> "British prime minister").
func spelledTitle(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	if long, ok := shortTitles[strings.TrimSuffix(strings.ToLower(f[len(f)-1]), ".")]; ok {
		f[len(f)-1] = long
	}
	return strings.Join(f, " ")
}

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// applyTitle records the title on the official and writes the LEADS or MEMBER_OF
// relation that it states.
func (d *document) applyTitle(si int, m *Mention, ts titleSpan) {
	d.why = explanation{rule: "title"}
	e := m.ent
	toks := d.sents[si].Tokens
	if ts.context != nil && ts.context.kind == geokg.KindCountry && e.country != "" && e.country != ts.context.code && (m.Form == FormName || m.Form == FormShort) {
		return // "a call with Brazil's president, Mr. Trump said": a known official of another country
	}
	if d.stateNamedContext(si, ts) {
		ts.context = nil // "Georgia Sen. Ana Ruiz", "Rep. Ana Ruiz of Georgia": the U.S. state
	}
	title := spelledTitle(strings.TrimSpace(d.surface(si, ts.start, ts.end)))
	if ts.title != "" {
		title = ts.title
	}
	if e.title == "" || e.role == 0 {
		e.title = titleCase(title)
		e.role = ts.role
	}
	// "President-elect" is not yet in office: not "the former president"
	if elect := ts.end >= 2 && ts.end <= len(toks) && toks[ts.end-2].Text == "-" && (toks[ts.end-1].Lower == "elect" || toks[ts.end-1].Lower == "designate"); ts.former && !elect {
		e.former = true
	}
	if ts.former {
		return
	}
	d.recordWritten(m, ts, strings.ToLower(title))
	if d.chamberMember(si, e, ts) && ts.context == nil {
		return // "Sen. Ana Ruiz": of the chamber, whose country the text does not name with her
	}
	ctx := ts.context
	if ctx != nil {
		d.chairMember(si, e, ctx) // "Senate Roads Chairman Ana Soto": a senator too
	}
	if ctx != nil && ctx.kind == geokg.KindCountry && d.privatePost(si, ts) {
		return // "director of Peru's Centre for Trade Studies": a post of the centre, not of Peru
	}
	if ctx != nil && ctx.kind == geokg.KindCountry && oppositionPost(toks, ts) {
		return // "Peruvian opposition leader Ana Ruiz": she holds no post of Peru
	}
	if ctx == nil && e.country != "" && ts.role != RoleGroupHead {
		ctx = d.countryEntity(e.country, toks[ts.start].Start)
		ctx.count++
	}
	guessed := false
	if ctx == nil && ts.role == RoleHead && toks[ts.start].IsCapitalized() && !d.ownerBefore(si, ts.start) {
		if ctx = d.guessedCountry(si, ts, e); ctx != nil {
			guessed = true
		}
	}
	if ctx == nil && d.nationalPost(si, ts) {
		if ctx = d.governmentState(si, d.postStart(si, ts)); ctx == nil {
			ctx = ts.served
		}
		if ctx == nil {
			d.unserved = append(d.unserved, unservedPost{m, ts})
		}
		guessed = ctx != nil
	}
	if ctx == nil && ts.end-ts.start == 1 && actorWord("legislature-title", toks[ts.end-1].Lower) {
		// "speaker Gholam Ali Hadad Adel": of the one legislature the article named ("House
		// Speaker Nancy Pelosi" names her chamber: not the Senate the article named)
		if ctx = d.onlyLegislature(); ctx != nil {
			guessed = true
		}
	}
	if ctx == nil || ts.role == RoleBusinessHead && ctx.kind != geokg.KindGroup {
		return
	}
	if ctx.kind == geokg.KindCountry && e.country == "" {
		e.country = ctx.code
	}
	if ctx.kind == geokg.KindGroup && e.country == "" {
		e.country = ctx.country
	}
	if !guessed && d.departmentHead(si, e, ts, ctx) {
		return
	}
	typ := geokg.MemberOf
	conf := 0.8
	switch ts.role {
	case RoleHead:
		typ = geokg.Leads
		conf = 0.9
	case RoleGroupHead:
		fielded := false
		last := ts.end - 1 // the head: before an "of" complement the title reads over
		for k := ts.start + 1; k < ts.end-1; k++ {
			if toks[k].Lower == "of" {
				last = k - 1 // "Commander-in-Chief of the Peruvian Navy": no field
				break
			}
		}
		if inChiefEnd(toks, ts.start+1) == last+1 {
			last = ts.start // "in chief" ends the title's head
		}
		for k := ts.start; k < last; k++ {
			if titleModifiers[toks[k].Lower] && !headModifiers[toks[k].Lower] {
				fielded = true
			}
		}
		if !fielded && (ctx.kind == geokg.KindGroup || toks[ts.end-1].Lower == "leader") {
			typ = geokg.Leads
		}
	case RoleMinister:
		if ctx.kind == geokg.KindGroup && ctx.subtype == geokg.Agency {
			typ = geokg.Leads
		}
	case RoleBusinessHead:
		typ = geokg.Leads
	}
	if guessed {
		conf = 0.55
	}
	d.addRelation(si, e, typ, ctx, conf, "")
}

// stateNamedContext reports whether the country that is the context of title ts in
// sentence si is named like a U.S. state (class state-named-country of
// gazetteer/data/actor-words.txt: "Georgia") and the title is a U.S. legislator's or a
// governor's (classes senate-title, house-title, state-title: "Sen.", "Rep.",
// "Congressman", "Gov."): the name is the state's, no post of the country. It drops the
// state's mention when the context was read from it ("Georgia Sen. Ana Ruiz" names no
// Georgia); a demonym is the country's ("Georgian Sen. Ana Ruiz").
func (d *document) stateNamedContext(si int, ts titleSpan) bool {
	c := ts.context
	if c == nil || c.kind != geokg.KindCountry || !actorWord("state-named-country", strings.ToLower(c.name)) {
		return false
	}
	head := strings.TrimSuffix(d.sents[si].Tokens[ts.end-1].Lower, ".")
	if !actorWord("senate-title", head) && !actorWord("house-title", head) && !actorWord("state-title", head) {
		return false
	}
	if m := d.mentionAt(si, ts.ctxStart); m != nil && m.ent == c {
		if m.Form == FormDemonym {
			return false // "Georgian Sen. Ana Ruiz" is the country's
		}
		d.dropMention(si, m)
	}
	return true
}

// oppositionPost reports whether the title ts over toks is a post of a country's
// opposition: "opposition" among its words ("opposition leader", "opposition figure");
// its holder is the country's citizen, not one of its officials, and the country's name
// before the title states no MEMBER_OF.
func oppositionPost(toks []Token, ts titleSpan) bool {
	for k := ts.start; k < ts.end; k++ {
		if toks[k].Lower == "opposition" {
			return true
		}
	}
	return false
}

// recordWritten records on the official of mention m the title ts, lower case, as one
// the article writes before its name (entity.written), when it is one post of a country
// (onePost: "vice president", "prime minister"; not "senator", "ambassador") of no body
// ("European Council President Ana Ruiz") and opens the name or stands right before it
// (not "Ruiz, the president's adviser").
func (d *document) recordWritten(m *Mention, ts titleSpan, title string) {
	before := ts.end == m.Start || ts.start >= m.Start && ts.end <= m.End
	ofBody := ts.context != nil && ts.context.kind != geokg.KindCountry
	if !before || ofBody || !onePost(titleBeforeComplement(title), title) || slices.Contains(m.ent.written, title) {
		return
	}
	m.ent.written = append(m.ent.written, title)
}

// guessedCountry returns the country of the head-of-state title ts of official e in
// sentence si when the text names none with it ("President Boric"): the one country the
// sentence names, when it is the article's dominant country, or is named before the title
// ("Peru's leaders apologized, with Prime Minister Ruiz calling it ...") or as the subject
// of a clause of its own, before a word of class clause-verb ("President Ruiz said Peru is
// ready"). Another country named only after the title is mostly a place, a target or
// someone else's ("President Boric's forces attacked Chile", "President Boric should not
// have taken us into Chile", "President Ruiz's visit ... in Santiago" in an article about
// another country), so it gives none; nor does an article without a dominant country, a
// title after "a" or "an" (a hoped-for "a President Ruiz"), or a country that is another
// official's ("Iraq's Saddam Hussein called President Bush").
func (d *document) guessedCountry(si int, ts titleSpan, e *entity) *entity {
	toks := d.sents[si].Tokens
	if k := ts.start - 1; d.dominant == nil || k >= 0 && (toks[k].Lower == "a" || toks[k].Lower == "an") {
		return nil
	}
	var only *entity
	stated := false
	for _, o := range d.mentions[si] {
		if o.ent.kind != geokg.KindCountry {
			continue
		}
		if only != nil && only != o.ent {
			return nil
		}
		only = o.ent
		stated = stated || o.Start < ts.start || o.End < len(toks) && actorWord("clause-verb", toks[o.End].Lower)
		if o.End+1 < len(toks) && toks[o.End].IsPossessive() {
			if p := d.mentionAt(si, o.End+1); p != nil && p.ent.kind == geokg.KindOfficial && p.ent != e {
				return nil // "Iraq's Saddam Hussein called President Bush": Iraq is Saddam's
			}
		}
	}
	if only != d.dominant && !stated {
		return nil
	}
	return only
}

// nationalPost reports whether the title ts of sentence si names a post of a national
// government with no country in it: a cabinet portfolio before a minister's or
// secretary's head ("Defense Secretary", "Interior Minister"), or a title ending in a
// post only a state has ("Attorney General", "Secretary of State", "Special Counsel",
// "Director of National Intelligence", "Deputy National Security Adviser"); not after
// "a", "an" or "shadow" (an opposition post), nor after another body's name ("Ohio
// Attorney General"), nor a possessed title ("the Secretary of State's wife").
func (d *document) nationalPost(si int, ts titleSpan) bool {
	toks := d.sents[si].Tokens
	if k := ts.start - 1; k >= 0 && (toks[k].Lower == "a" || toks[k].Lower == "an" || toks[k].Lower == "shadow") || d.ownerBefore(si, ts.start) {
		return false
	}
	if ts.end < len(toks) && toks[ts.end].IsPossessive() {
		return false // "Ana Ruiz, the Secretary of State's wife": the post is another's
	}
	full := strings.ToLower(d.surface(si, ts.start, ts.end))
	head := titleBeforeComplement(full)
	for n := 2; n <= 4; n++ {
		if nationalPosts[lastWords(head, n)] || nationalPosts[lastWords(full, n)] {
			return true
		}
	}
	words := strings.Fields(head)
	if last := words[len(words)-1]; last != "minister" && last != "secretary" {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if cabinetPortfolios[w] {
			return true
		}
	}
	return false
}

// governmentState returns the state whose government the article is about, for a
// national post named in sentence si with no country: the article's dominant country
// when every official of a known country the article has named so far serves it, at
// least one does, and sentence si names no other country nor another country's body or
// official ("the State Department, led by Secretary of State Ruiz"). An article that
// names two states' officials ("Secretary Ruiz met Minister Soto") gives none. A
// country named at or after byte offset late does not count (postStart).
func (d *document) governmentState(si, late int) *entity {
	if d.dominant == nil {
		return nil
	}
	toks := d.sents[si].Tokens
	for _, m := range d.mentions[si] {
		if m.ent.kind == geokg.KindCountry && toks[m.Start].Start >= late {
			continue
		}
		if m.ent.kind == geokg.KindCountry && m.ent != d.dominant || m.ent.kind != geokg.KindCountry && m.ent.country != "" && m.ent.country != d.dominant.code {
			return nil
		}
	}
	served := false
	for _, e := range d.entities {
		if e.kind != geokg.KindOfficial || e.count == 0 || e.country == "" {
			continue
		}
		if e.country != d.dominant.code {
			return nil
		}
		served = true
	}
	if !served {
		return nil
	}
	return d.dominant
}

// servedState returns, for a national post named in sentence si with no country that
// governmentState leaves open (the article names officials of other states too), the
// state most of the article's officials serve: the one country whose officials are two
// thirds or more of the officials of a known country the article has named so far, at
// least two of them, when sentence si names no other country nor another country's
// body or official, and it names an official or body of that state, the state is the
// article's dominant country or every official of a known country the article has named
// serves it ("Attorney General Ana Ruiz said President Boric ...", in
// an article of Chile's officials that also quotes Bolivia's president). e is the post's
// holder, at the post's byte offset; findOfficials asks once the sentence's officials
// are all known. A country named at or after byte offset late does not count
// (postStart).
func (d *document) servedState(si int, e *entity, at, late int) *entity {
	serve := map[string]int{}
	total := 0
	for _, o := range d.entities {
		if o.kind == geokg.KindOfficial && o.count > 0 && o.country != "" {
			serve[o.country]++
			total++
		}
	}
	code, n, tie := "", 0, false
	for c, k := range serve {
		switch {
		case k > n:
			code, n, tie = c, k, false
		case k == n:
			tie = true
		}
	}
	if n < 2 || tie || 3*n < 2*total {
		return nil
	}
	named := false
	toks := d.sents[si].Tokens
	for _, m := range d.mentions[si] {
		switch {
		case m.ent == e:
		case m.ent.kind == geokg.KindCountry && toks[m.Start].Start >= late:
		case m.ent.kind == geokg.KindCountry && m.ent.code != code:
			return nil
		case m.ent.kind != geokg.KindCountry && m.ent.country != "":
			if m.ent.country != code {
				return nil
			}
			named = true
		}
	}
	if !named && n < total && (d.dominant == nil || d.dominant.code != code) {
		return nil
	}
	c := d.countryEntity(code, at)
	c.count++
	return c
}

// postStart returns the byte offset from which a country named in sentence si no
// longer tells the state of the national post ts names with no country: the post's own
// start for a secretary's, attorney's, adviser's or director's post, since a country
// named after the post and its holder is what he acts on or where ("Attorney General
// Ana Ruiz said Peru lied", "Defense Secretary Ruiz flew to Chile"); for a minister's
// post none (the end of the sentence), since a minister is named so in most states and
// a country after him is as often his own ("Justice Minister Ana Ruiz told Chilean
// radio").
func (d *document) postStart(si int, ts titleSpan) int {
	toks := d.sents[si].Tokens
	head := titleBeforeComplement(strings.ToLower(d.surface(si, ts.start, ts.end)))
	if strings.HasSuffix(head, "minister") {
		return toks[len(toks)-1].End
	}
	if reportsSentence(toks, ts) {
		return toks[0].Start
	}
	return toks[ts.start].Start
}

// reportsSentence reports whether the post ts and its holder close sentence toks as the
// speaker of what comes before: "..., Attorney General Ana Ruiz said on Monday.", "“...,”
// said Defense Secretary Ana Ruiz." (a comma or closing quotation mark before the post,
// a verb of class report-verb right before it or within five tokens after it, and after
// the verb, or after the name when the verb comes first, only words of a time or of the
// statement: saidTail). "..., Attorney General Ana Ruiz said the plan stood" is a
// clause of its own.
func reportsSentence(toks []Token, ts titleSpan) bool {
	k := ts.start - 1
	if k >= 1 && actorWord("report-verb", toks[k].Lower) {
		k--
		j := ts.end
		for j < len(toks) && toks[j].IsCapitalized() {
			j++ // the holder's name
		}
		if !saidTail(toks, j) {
			return false
		}
	} else {
		found := false
		for j := ts.end; j < len(toks) && j <= ts.end+5; j++ {
			if actorWord("report-verb", toks[j].Lower) {
				found = saidTail(toks, j+1)
				break
			}
		}
		if !found {
			return false
		}
	}
	return k >= 1 && (toks[k].Text == "," || toks[k].Text == "”" || toks[k].Text == "\"")
}

// saidTail reports whether the tokens of toks from j on only tell when or how something
// was said: punctuation, capitalised words and numbers ("Monday", "CNN") and words of
// class said-tail ("on", "in a statement", "last week").
func saidTail(toks []Token, j int) bool {
	for ; j < len(toks); j++ {
		t := toks[j]
		if !t.IsWord() || t.IsCapitalized() || unicode.IsDigit(rune(t.Text[0])) || actorWord("said-tail", t.Lower) {
			continue
		}
		return false
	}
	return true
}

// titleBeforeComplement returns a title in lower case without its "of", "for" or "to"
// complement ("Speaker of the House of Representatives": "speaker").
func titleBeforeComplement(title string) string {
	t := strings.ToLower(title)
	for _, sep := range []string{" of ", " for ", " to "} {
		if i := strings.Index(t, sep); i > 0 {
			t = t[:i]
		}
	}
	return t
}

// ownerBefore reports whether the title at token start of sentence si is another body's
// or part of a name: a capitalised word that is no actor before it ("AFL-CIO President
// Richard Trumka", "Emory President James Wagner") or a rank ("Gen. Amir Ali Hajizadeh").
func (d *document) ownerBefore(si, start int) bool {
	toks := d.sents[si].Tokens
	k := wordBeforeName(toks, start)
	if k < 0 {
		return false
	}
	if honorifics[toks[k].Lower] {
		return true
	}
	w := toks[k].Lower
	return toks[k].IsCapitalized() && toks[k].IsWord() && d.mentionAt(si, k) == nil && !titleModifiers[w] && !determiners[w] && !notNameWords[w] && !actorWord("sentence-opener", w) && !actorWord("past-post", w) && !strings.HasSuffix(w, "ly")
}

// onlyLegislature returns the one legislature the article has named so far (a group
// whose name holds a legislature-word: "Iranian Parliament", "United States Congress";
// not a committee of one, "Senate Finance Committee", nor a chamber of one, "United
// States Senate"), or nil when it named none or two.
func (d *document) onlyLegislature() *entity {
	var found *entity
	for _, e := range d.sortedEntities(geokg.KindGroup) {
		if e.count == 0 {
			continue
		}
		words := strings.Fields(strings.ToLower(e.name))
		if last := words[len(words)-1]; chamberBodyHeads[last] || d.isChamber(e.name) {
			continue // "Senate Finance Committee": a chamber's committee, no legislature; "United States Senate": a part of one
		}
		if nameHolds(e.name, "legislature-word") {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// officialByName returns the official for a name found after a title: a one-word name
// that is the surname of an official already found, with or without its Arabic article
// ("President Assad" after "Bashar al-Assad"), is that official; one the gazetteer knows
// only with the article is the gazetteer's official (bareSurnameOfficial).
func (d *document) officialByName(name string, at int) *entity {
	if plain := withoutInitials(name); plain != name {
		if _, ok := d.x.gaz.Official(plain); ok {
			name = plain // "John A. Boehner" is the gazetteer's John Boehner
		}
	}
	if f := strings.Fields(name); len(f) == 2 {
		for _, e := range d.sortedEntities(geokg.KindOfficial) {
			if s := surname(e.name); s == f[1] && givenNameOf(f[0], strings.TrimSuffix(e.name, " "+s)) {
				return e // "Senator Charles Schumer" is the article's Chuck Schumer, "Special Counsel Bob Mueller" its Robert Mueller
			}
		}
	}
	if !strings.Contains(name, " ") {
		for _, e := range d.sortedEntities(geokg.KindOfficial) {
			if s := surname(e.name); s == name || surnameWithoutArticle(s) == name {
				return e
			}
		}
		if full := d.bareSurnameOfficial(name); full != "" {
			name = full
		}
	}
	return d.officialEntity(name, at)
}

// bareSurnameOfficial returns the name of the gazetteer official whose surname is the
// one word name written without its Arabic article ("Assad" of "Bashar al-Assad", "Sisi"
// of "Abdel Fattah el-Sisi", also "Al Assad" in two words), or "" when the gazetteer
// knows the word as an official's name or alias, or knows no such official, or several
// of which not exactly one holds an office on the article's date (Hafez al-Assad, with
// no dated office, gives way to Bashar al-Assad, president since 2000; an undated
// article leaves two such officials unread).
func (d *document) bareSurnameOfficial(name string) string {
	if _, ok := d.x.gaz.Official(name); ok {
		return ""
	}
	cands := d.x.bareSurnames[name]
	if len(cands) == 1 {
		return cands[0]
	}
	if d.published == "" {
		return "" // an undated article: no office tells two officials apart
	}
	found := ""
	for _, c := range cands {
		if o, ok := d.x.gaz.Official(c); ok && inOfficeOn(o, d.published) {
			if found != "" {
				return ""
			}
			found = c
		}
	}
	return found
}

// inOfficeOn reports whether a role of office (not a member of the elite) of o holds on
// date.
func inOfficeOn(o gazetteer.Official, date string) bool {
	for _, r := range o.Roles {
		if r.Office() && r.Holds(date) {
			return true
		}
	}
	return false
}

// bareSurnameIndex maps the surnames of g's officials written without their Arabic
// article ("Assad" for "al-Assad", "Baghdadi" for "Al Baghdadi") to the names of the
// officials whose name ends so (not an alias: "Saad al-Abdullah" names a father, and
// "King Abdullah" is not a Kuwaiti prince).
func bareSurnameIndex(g *gazetteer.Gazetteer) map[string][]string {
	out := map[string][]string{}
	for _, o := range g.Officials() {
		f := strings.Fields(o.Name)
		if len(f) < 2 {
			continue
		}
		bare := surnameWithoutArticle(f[len(f)-1])
		if a := f[len(f)-2]; len(f) >= 3 && (a == "Al" || a == "El") && utf8.RuneCountInString(f[len(f)-1]) >= 3 && !strings.Contains(f[len(f)-1], "-") {
			bare = f[len(f)-1] // "Abu Bakr Al Baghdadi"
		}
		if bare != "" {
			out[bare] = append(out[bare], o.Name)
		}
	}
	return out
}

// withoutInitials returns the name without its middle initials ("John A. Boehner":
// "John Boehner").
func withoutInitials(name string) string {
	f := strings.Fields(name)
	if len(f) < 3 {
		return name
	}
	out := f[:1:1]
	for _, w := range f[1 : len(f)-1] {
		if len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' {
			continue
		}
		out = append(out, w)
	}
	out = append(out, f[len(f)-1])
	return strings.Join(out, " ")
}

// nameArticles open an Arabic surname ("al-Shaheen", "el-Sisi"), which news also write
// without it ("Shaheen").
var nameArticles = map[string]bool{"al": true, "el": true, "ad": true, "as": true, "ash": true, "ar": true, "an": true, "at": true, "az": true}

// surnameWithoutArticle returns a surname without its article ("al-Shaheen": "Shaheen"),
// or "" when it has none or what is left is shorter than three letters or not capitalised.
func surnameWithoutArticle(s string) string {
	art, rest, ok := strings.Cut(s, "-")
	if !ok || !nameArticles[strings.ToLower(art)] || utf8.RuneCountInString(rest) < 3 || strings.Contains(rest, "-") {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return ""
	}
	return rest
}

// surname returns the last word of a name.
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// scanName returns the end of a person's name starting at token i of sentence si, or i
// when there is none: capitalised words, initials ("H. W."), particles and hyphens
// between them ("al-Bashir", "Amir-Abdollahian"), at most six words.
func (d *document) scanName(si, i int) int {
	toks := d.sents[si].Tokens
	if i >= len(toks) {
		return i
	}
	if m := d.mentionAt(si, i); m != nil {
		if m.ent.kind == geokg.KindOfficial {
			return m.End
		}
		return i
	}
	j := i
	words := 0
	for j < len(toks) && words < 6 {
		t := toks[j]
		if d.mentionAt(si, j) != nil {
			break
		}
		switch {
		case t.IsCapitalized() && t.IsWord() && (!notNameWords[t.Lower] && (!isTitleWord(t.Lower) || j > i && j+1 < len(toks) && toks[j+1].Text == "-" && toks[j+1].Start == t.End) || secondNameWord(toks, i, j) || middleInitial(toks, i, j) || monthFirstName(toks, i, j) ||
			j >= i+2 && initialAt(toks, j-2) && !notNameWords[t.Lower]): // after a middle initial a surname, also one that is a title word ("Peter T. King")
			if j > i && toks[j-1].End != t.Start && toks[j-1].Text == "-" {
				break
			}
			j++
			words++
			// an initial: "H."
			if utf8.RuneCountInString(t.Text) == 1 && j < len(toks) && toks[j].Text == "." && toks[j].Start == t.End {
				j++
			}
			continue
		case t.Text == "-" && j > i && j+1 < len(toks) && toks[j-1].End == t.Start && toks[j+1].Start == t.End && toks[j+1].IsWord():
			j++
			if !toks[j].IsCapitalized() && !nameParticles[toks[j].Lower] {
				j++ // "Yong-chol"
			}
			continue
		case (t.Text == "]" || t.Text == ")") && words > 0 && j+1 < len(toks) && toks[j+1].IsCapitalized() && toks[j+1].IsWord() && d.mentionAt(si, j+1) == nil && openBracket(toks, i) >= 0:
			j++ // "[Syrian President Bashar] Assad": an editor's brackets
			continue
		case nameParticles[t.Lower] && j+1 < len(toks) && (toks[j+1].IsCapitalized() || toks[j+1].Text == "-"):
			if words == 0 && !(j+1 < len(toks) && toks[j+1].Text == "-") {
				return i
			}
			j++
			continue
		}
		break
	}
	// no trailing particle or hyphen
	for j > i && (toks[j-1].Text == "-" || nameParticles[toks[j-1].Lower]) {
		j--
	}
	if words == 0 || j == i {
		return i // nothing left but a particle and its hyphen ("Al-" alone)
	}
	if j == i+1 && len(toks[i].Text) >= 2 && toks[i].IsAllCaps() {
		return i // "PAP", "NATO": an acronym is no person's name
	}
	if w := toks[j-1].Lower; j > i+1 && (actorWord("group-head", w) || actorWord("media-word", w) || actorWord("named-after", w)) && inName(toks, j-1) {
		return i // "official Middle East News Agency": an institution's name
	}
	if j == i+1 && actorWord("named-after", toks[i].Lower) || thingNameGoesOn(toks, j) {
		return i // "Chief Counsel for the Andean Center", "the Special Counsel Independence Act": a thing's name
	}
	// one word that is a common capitalised word at the start of a clause is no name
	return j
}

// thingNameGoesOn reports whether the capitalised words from token j on, joined by "and",
// "of" or "the", end in a thing's head word ("... and Integrity Act", "Act"): the name
// before j is part of that thing's name, no person's.
func thingNameGoesOn(toks []Token, j int) bool {
	for ; j < len(toks); j++ {
		t := toks[j]
		switch {
		case t.IsCapitalized() && t.IsWord():
			if actorWord("acronym-thing", t.Lower) && (j+1 == len(toks) || !toks[j+1].IsCapitalized()) {
				return true
			}
		case t.Lower == "and" || t.Lower == "of" || t.Lower == "the":
		default:
			return false
		}
	}
	return false
}

// initialNameStart returns where the name of the official called name starts when a
// given name and a middle initial stand right before his surname at token i of toks:
// at the given name when it is his (givenNameOf: "Charles E." before "Schumer" is Chuck
// Schumer's), -1 when it is another person's, whom the name finder reads whole ("Robert
// F. Kennedy" is not John F. Kennedy); i when no such name stands there.
func initialNameStart(toks []Token, i int, name string) int {
	if i < 3 || !initialAt(toks, i-2) || !toks[i-3].IsCapitalized() || !toks[i-3].IsWord() || len(toks[i-3].Text) < 2 ||
		notNameWords[toks[i-3].Lower] || isTitleWord(toks[i-3].Lower) || honorifics[toks[i-3].Lower] {
		return i
	}
	if !givenNameOf(toks[i-3].Text, name) {
		return -1
	}
	return i - 3
}

// initialAt reports whether token k of toks is an initial: one capital letter with its
// full stop right after it.
func initialAt(toks []Token, k int) bool {
	return k >= 0 && k+1 < len(toks) && len(toks[k].Text) == 1 && toks[k].Text[0] >= 'A' && toks[k].Text[0] <= 'Z' &&
		toks[k+1].Text == "." && toks[k+1].Start == toks[k].End
}

// middleInitial reports whether token j, after the first word i of a name, is a middle
// initial: one capital letter and its full stop ("John A. Boehner", "Sergey I. Kislyak"),
// also the letters that are words of their own ("A", "I").
func middleInitial(toks []Token, i, j int) bool {
	return j > i && initialAt(toks, j) && j+2 < len(toks) && toks[j+2].IsCapitalized()
}

// rankBeforeSurname reports whether a rank ending at token k (its head, "Col", "Admiral")
// stands before one name word alone ("Col. Ruiz said", "Admiral Soto and"): the person
// is named by surname, whom the rank alone places in no state's service.
func rankBeforeSurname(toks []Token, k int) bool {
	if k < len(toks) && toks[k].Text == "." {
		k++
	}
	return k < len(toks) && toks[k].IsCapitalized() && toks[k].IsWord() && (k+1 == len(toks) || !toks[k+1].IsCapitalized() && toks[k+1].Text != "-")
}

// rankEnd returns the end of the military rank written out at the start of the name
// [i, e) of toks ("Petty Officer", "Major General", "Col."), or i.
func rankEnd(toks []Token, i, e int) int {
	k := i
	for k < e && (honorifics[toks[k].Lower] || actorWord("rank-word", toks[k].Lower)) {
		k++
		if k < e && toks[k].Text == "." {
			k++
		}
	}
	if k > i && k < e && e-k == 1 && e-i == 2 && !honorifics[toks[i].Lower] {
		return i // "Major Garrett": one rank word and one name word may be a name
	}
	return k
}

// openBracket returns the index of the bracket opened before token i of toks and not
// closed before it, within eight tokens, or -1.
func openBracket(toks []Token, i int) int {
	for k := i - 1; k >= 0 && i-k <= 8; k-- {
		switch toks[k].Text {
		case "[", "(":
			return k
		case "]", ")":
			return -1
		}
	}
	return -1
}

// monthFirstName reports whether token j, the first word i of a name, is "Jan" before a
// capitalised word: a first name ("Jan Novak"), not the month ("Jan. 5", "Jan 5").
func monthFirstName(toks []Token, i, j int) bool {
	return j == i && toks[j].Text == "Jan" && j+1 < len(toks) && toks[j+1].IsCapitalized() && toks[j+1].IsWord() && toks[j+1].Start == toks[j].End+1
}

// nameThroughMention returns the end of the name that begins at token i of sentence si
// and that scanName ends at e: past a mention that starts at e and ends the name, when it
// is the surname of an official the gazetteer names with the same first word ("leader
// Ayman al Zawahiri", where "Zawahiri" is Ayman al-Zawahiri's), or when it is a one-word
// name or capital of a country right after one known first name (firstNamesOf): "Prime
// Minister Joseph Muscat", "Rep. Jim Jordan" are persons, not Oman and Jordan. Else e.
func (d *document) nameThroughMention(si, i, e int) int {
	toks := d.sents[si].Tokens
	if e <= i || e >= len(toks) {
		return e
	}
	k := e
	if nameParticles[toks[k].Lower] && k+1 < len(toks) {
		k++ // "Ayman al Zawahiri"
	} else if (toks[k].Text == "]" || toks[k].Text == ")") && k+1 < len(toks) && openBracket(toks, i) >= 0 {
		k++ // "(Russian President Vladimir) Putin"
	}
	m := d.mentionAt(si, k)
	if m == nil || m.Start != k || m.End < len(toks) && (toks[m.End].IsCapitalized() && toks[m.End].IsWord() || toks[m.End].Text == "-") {
		return e
	}
	switch m.ent.kind {
	case geokg.KindOfficial:
		if first, _, ok := strings.Cut(m.ent.name, " "); ok && strings.EqualFold(first, toks[i].Text) {
			return m.End
		}
	case geokg.KindCountry:
		if e == i+1 && m.End == e+1 && (m.Form == FormName || m.Form == FormCapital) && !m.possessive && d.x.firstNames[toks[i].Text] {
			return m.End
		}
	}
	return e
}

// secondNameWord reports whether token j, a capitalised pronoun or title head right after
// the first word i of a name, is the name's second word: "Vice Premier Liu He said"
// (a pronoun is written in capitals inside a sentence only in a name), "spokesman Raj Shah
// told", "Rep. Peter King (R-NY)"; not before another capitalised word ("Bush King Fahd").
func secondNameWord(toks []Token, i, j int) bool {
	if j != i+1 || j == 0 || opensSentence(toks, j) || toks[j-1].End == toks[j].Start {
		return false
	}
	if j+1 < len(toks) && (toks[j+1].IsCapitalized() && toks[j+1].IsWord() || toks[j+1].Text == "-" || toks[j+1].Text == "." || toks[j+1].Lower == "of") {
		return false
	}
	w := toks[j].Lower
	return w == "he" || w == "she" || isTitleWord(w) && !titleModifiers[w] && w != "official"
}

// nameEndingAt returns the start of a name that ends just before token end, or -1.
func (d *document) nameEndingAt(si, end int) int {
	toks := d.sents[si].Tokens
	s := end
	for s > 0 && end-s < 8 {
		t := toks[s-1]
		if d.mentionAt(si, s-1) != nil {
			break
		}
		if (t.IsCapitalized() && t.IsWord() && !notNameWords[t.Lower] && !isTitleWord(t.Lower)) || t.Text == "-" || nameParticles[t.Lower] || t.Text == "." {
			s--
			continue
		}
		break
	}
	for s < end && (toks[s].Text == "-" || toks[s].Text == "." || nameParticles[toks[s].Lower]) {
		s++
	}
	if s == end || d.scanName(si, s) != end || notPersonHeads[toks[end-1].Lower] {
		return -1 // also "On Air Force One, the president": a thing's name, no person's
	}
	if w := toks[s].Lower; end == s+1 && (actorWord("sentence-opener", w) || opensSentence(toks, s) && strings.HasSuffix(w, "ly")) {
		return -1 // "Meanwhile, the leader of ...": a word that opens the sentence, no name
	}
	if end == s+1 && s >= 1 && (d.mentionAt(si, s-1) != nil || toks[s-1].Lower == "of" || toks[s-1].Lower == "by" || toks[s-1].Lower == "the") {
		return -1 // "quoted by the Washington Post, the US president": the end of another name
	}
	if end == s+1 && s >= 1 && toks[s-1].IsCapitalized() && notNameWords[toks[s-1].Lower] {
		return -1 // "Sen. Ana Ruiz of New York, a member of ...": the end of a place's name
	}
	if end > s+2 && len(toks[s].Text) == 1 && toks[s+1].Text == "-" && (toks[s].Text == "R" || toks[s].Text == "D" || toks[s].Text == "I") {
		return -1 // "Rep. Mike Rogers, R-Michigan, chairman of ...": a party and a state
	}
	if s >= 2 && toks[s-1].Lower == "of" {
		if m := d.mentionAt(si, s-2); m != nil && m.End == s-1 && m.ent.kind == geokg.KindOfficial {
			return -1 // "Sen. Bob Corker of Tennessee, chairman of ...": the person's state
		}
	}
	return s
}

// taggedOfficial returns the official of the mention that ends right before the party
// tag before the comma at token k of sentence si ("Sen. Ana Ruiz (D-Calif.), who chairs
// ..."; partyTagBefore), or nil when there is no tag or no such official.
func (d *document) taggedOfficial(si, k int) *entity {
	toks := d.sents[si].Tokens
	t := partyTagBefore(toks, k)
	if t == k || t == 0 {
		return nil
	}
	if m := d.mentionAt(si, t-1); m != nil && m.End == t && m.ent.kind == geokg.KindOfficial {
		return m.ent
	}
	return nil
}

// partyTagBefore returns the token that opens a legislator's party-and-state tag ending
// just before the comma at token k, a comma or an opening bracket ("Sen. Ana Ruiz,
// D-Calif., chair of ...", "Rep. Luis Soto (R-Texas), the head of ..."), or k when none
// does: a party letter (D, R, I), a hyphen and up to four capitalised words or dots.
func partyTagBefore(toks []Token, k int) int {
	j := k - 1
	bracket := j >= 0 && toks[j].Text == ")"
	if bracket {
		j--
	}
	n := 0
	for ; j >= 0 && n < 5 && (toks[j].IsCapitalized() || toks[j].Text == "."); j-- {
		n++
	}
	if n == 0 || j < 2 || toks[j].Text != "-" || !partyTag(toks[j-1].Text) {
		return k
	}
	if open := toks[j-2].Text; bracket && open == "(" || !bracket && open == "," {
		return j - 2
	}
	return k
}

// regionBefore returns the first token of the world region named in title case just
// before token cs (class post-region of gazetteer/data/actor-words.txt: "Middle East",
// "Latin America", "Asia"), or cs when there is none.
func regionBefore(toks []Token, cs int) int {
	k := cs
	for k > 0 && cs-k < 3 && toks[k-1].IsCapitalized() && actorWord("post-region", toks[k-1].Lower) {
		k--
	}
	return k
}

// opensSentence reports whether token s is the sentence's first word (after quotation
// marks and brackets).
func opensSentence(toks []Token, s int) bool {
	for k := 0; k < s; k++ {
		if toks[k].IsWord() {
			return false
		}
	}
	return true
}

// complementEnd returns the comma that closes an "of" complement after the title ts of
// sentence si (token j is "of"), when a name follows it: a lower-case one after a definite
// title (ofComplementEnd), an actor the dictionary names ("The head of Russia's Federal
// Security Service, Pavel Orlov,"; "The leader of the DUP, Arlene Foster,"), or a
// capitalised field of a country's or definite title ("India's Minister of Health and
// Family Welfare, Harsh Vardhan,"). Otherwise it returns j. It returns the group an
// actor complement ends with too: the title's context.
func (d *document) complementEnd(si int, ts titleSpan, j int) (int, *entity) {
	if c := d.ofComplementEnd(si, ts, j); c > j {
		return c, nil
	}
	toks := d.sents[si].Tokens
	if j+2 >= len(toks) || toks[j].Lower != "of" || !ts.definite && ts.context == nil {
		return j, nil
	}
	var of *entity
	k := j + 1
	if toks[k].Lower == "the" {
		k++
	}
	end := k
	if m := d.mentionAt(si, k); m != nil && m.Start == k && m.ent.kind != geokg.KindOfficial {
		// an actor, possibly a country's ("Russia's Federal Security Service")
		for m != nil && m.ent.kind != geokg.KindOfficial {
			end, of = m.End, m.ent
			if end+1 < len(toks) && toks[end].IsPossessive() {
				if n := d.mentionAt(si, end+1); n != nil && n.Start == end+1 {
					m = n
					continue
				}
			}
			break
		}
	} else {
		// a capitalised field: "of Health and Family Welfare"
		for end < len(toks) && end < k+6 && (toks[end].IsCapitalized() && toks[end].IsWord() && d.mentionAt(si, end) == nil || end > k && (toks[end].Lower == "and" || toks[end].Lower == "for")) {
			end++
		}
		if end == k || !toks[end-1].IsCapitalized() {
			return j, nil
		}
	}
	if end+1 >= len(toks) || toks[end].Text != "," {
		return j, nil
	}
	if of != nil && of.kind != geokg.KindGroup {
		of = nil // "the president of Peru, X": the title's context is found as before
	}
	return end, of
}

// ofComplementEnd returns the comma that closes a lower-case "of" complement after a
// definite title without a country ("The head of the Islamist team, Ibrahim Adow,"),
// so that the name after it is read; else j.
func (d *document) ofComplementEnd(si int, ts titleSpan, j int) int {
	toks := d.sents[si].Tokens
	if !ts.definite || ts.context != nil || j >= len(toks) || toks[j].Lower != "of" {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		t := toks[k]
		if t.Text == "," {
			if k > j+1 {
				return k
			}
			return j
		}
		if d.mentionAt(si, k) != nil || !t.IsWord() || isClauseWord(t.Lower) && t.Lower != "of" {
			return j
		}
	}
	return j
}

// isNumber reports whether s is written in digits ("58").
func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// firstNameBefore reports whether the dictionary mention m of an official by a one-word
// alias ("Harris") opens sentence si's second word after a capitalised word that can be
// a first name ("Paul Harris, chairman of ..."): the alias is then the surname of
// another person, whom the apposition names. (Elsewhere a capitalised word before an
// alias makes it part of a longer name; a sentence's first word is left out there, as it
// may be any word: "Yesterday Harris said".)
func (d *document) firstNameBefore(si int, m *Mention) bool {
	toks := d.sents[si].Tokens
	if m.Form != FormShort || m.Start != 1 || m.End != 2 {
		return false
	}
	t := toks[0]
	return t.IsCapitalized() && t.IsWord() && !notNameWords[t.Lower] && !isTitleWord(t.Lower) && !honorifics[t.Lower] && !titleModifiers[t.Lower] && !weekdayOrMonth(t.Lower) &&
		!actorWord("sentence-opener", t.Lower) && !strings.HasSuffix(t.Lower, "ly") && t.End+1 == toks[1].Start && d.mentionAt(si, 0) == nil
}

// dropMention removes the mention m from sentence si; its entity counts it no more.
func (d *document) dropMention(si int, m *Mention) {
	kept := d.mentions[si][:0]
	for _, o := range d.mentions[si] {
		if o != m {
			kept = append(kept, o)
		}
	}
	d.mentions[si] = kept
	if m.ent != nil && m.ent.count > 0 {
		m.ent.count--
	}
}

// plainAdjective reports whether t can be an adjective before a title in an apposition
// ("a veteran diplomat", "a longtime adviser"): a lower-case word that is no clause word,
// title or determiner.
func plainAdjective(t Token) bool {
	return t.IsWord() && !t.IsCapitalized() && !isClauseWord(t.Lower) && !isTitleWord(t.Lower) && !notNameWords[t.Lower] && t.Lower != "an"
}

// rankAdjectives describe one of a group's leaders by rank or standing.
var rankAdjectives = map[string]bool{"top": true, "prominent": true, "veteran": true,
	"leading": true, "key": true, "local": true, "regional": true, "military": true,
	"political": true, "religious": true, "hardline": true, "moderate": true,
	"powerful": true, "influential": true, "notorious": true, "wanted": true}

// bodyAfter reports whether the words from token k, after a group's name, name a body of
// that group: up to three capitalised words or numbers, then a committee, commission,
// caucus, council, bureau or wing ("the Tory 1922 Committee", "Hamas Youth Council";
// "the Labour Party's National Executive Committee" is written with a possessive and not
// read here).
func bodyAfter(toks []Token, k int) bool {
	for n := 0; n < 4 && k < len(toks); n, k = n+1, k+1 {
		switch toks[k].Lower {
		case "committee", "subcommittee", "commission", "caucus", "council", "bureau", "wing":
			return n > 0 || toks[k].IsCapitalized()
		}
		if !toks[k].IsCapitalized() && !isNumber(toks[k].Text) {
			return false
		}
	}
	return false
}

// unitOfActor reports whether the words from token k, after an actor's name, name a
// unit of that actor by a possessive: "'s", then up to four words that no mention but a
// country's (its place) reads, the last of class group-head of gazetteer/data/actor-words.txt ("the OAS's Lima
// office", "the Senate's foreign affairs committee"). Its head is one of the actor's
// members, not its leader; a unit the gazetteer knows ("Peru's intelligence service"
// read as a body) is a mention and the title's context instead.
func (d *document) unitOfActor(si, k int) bool {
	toks := d.sents[si].Tokens
	if k >= len(toks) || !toks[k].IsPossessive() {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		t := toks[q]
		if m := d.mentionAt(si, q); m != nil && m.ent.kind != geokg.KindCountry || !t.IsWord() || isClauseWord(t.Lower) {
			return false // a country's name is the unit's place ("the OAS's Lima office")
		}
		if actorWord("group-head", t.Lower) && (q+1 >= len(toks) || !toks[q+1].IsWord() || prepositions[toks[q+1].Lower] || isClauseWord(toks[q+1].Lower)) {
			return true
		}
	}
	return false
}

// commandsGroup reports whether the title ts names the commander of the group of mention
// m: "commander" or "commander-in-chief" right before "of" (and "the") and the group's
// name, which ends there or, when nameAfter, goes on with the holder's name ("the
// commander of the Peruvian Navy", "Commander-in-Chief of the Peruvian Navy Ana Ruiz");
// the group's commander leads it. Not a deputy's or one of
// several commanders ("a commander of", "a top commander of", "deputy commander of"),
// nor a command of part of the group that the words after its name tell ("the commander
// of U.S. forces in Afghanistan", "of U.S. Forces Korea", "of the Shining Path's
// northern wing").
func commandsGroup(toks []Token, ts titleSpan, m *Mention, nameAfter bool) bool {
	if m.ent.kind != geokg.KindGroup {
		return false
	}
	k := m.Start - 1
	if k > 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 1 || toks[k].Lower != "of" {
		return false
	}
	h := k - 1
	if toks[h].Lower == "chief" { // "commander-in-chief", "commander in chief"
		for h > 0 && (toks[h-1].Text == "-" || toks[h-1].Lower == "in") {
			h--
		}
		h--
	}
	if h < 0 || toks[h].Lower != "commander" || h < ts.start || oneOfSeveral(toks, ts.start) {
		return false
	}
	for q := ts.start; q < h; q++ {
		if deputyTitle(toks[q].Lower) || rankAdjectives[toks[q].Lower] || toks[q].Lower == "second" {
			return false
		}
	}
	if m.End < len(toks) {
		if n := toks[m.End]; n.IsCapitalized() && n.IsWord() && !nameAfter || n.IsPossessive() || n.Lower == "'" || n.Lower == "in" || n.Text == "-" || n.Text == "–" || n.Text == "—" && m.End+1 < len(toks) && toks[m.End+1].IsCapitalized() {
			return false
		}
	}
	return true
}

// oneOfSeveral reports whether the title (with its country or group) starting at token k
// is one of several posts of that name: after the indefinite article, over at most two
// rankAdjectives ("a top Hamas leader", "a prominent Taliban commander") or after
// "senior" ("senior Hamas leader X"); not "a vehicle carrying Hamas leader X".
func oneOfSeveral(toks []Token, k int) bool {
	for n := 0; n < 3 && k > 0; n++ {
		switch w := toks[k-1].Lower; {
		case w == "a" || w == "an":
			return true
		case w == "senior":
			return true
		case rankAdjectives[w] || strings.HasPrefix(w, "high-") || strings.HasPrefix(w, "mid-"):
			k--
		default:
			return false
		}
	}
	return false
}

// relativeTitleStart returns where the words that introduce a title held now or then after
// a name and its comma start, when the title's words (with their country or article) start
// at token cs: "who is", "who is now", "who is also", "who is currently", "who serves as",
// "who was then" and "now" ("Ana Ruiz, who is Peru's foreign minister,", "Ruiz, now the
// Peruvian spokeswoman,", "Ruiz, who was then Peru's envoy,"); the apposition's name is then
// read before them as before a bare comma. Else cs. A past post with no "then" ("who was
// foreign minister", "who served as") is not read, as "former" is not.
func relativeTitleStart(toks []Token, cs int) int {
	k := cs
	if k >= 2 && toks[k-1].Lower == "as" && toks[k-2].Lower == "serves" {
		k -= 2
	} else if k >= 1 && (toks[k-1].Lower == "now" || toks[k-1].Lower == "also" || toks[k-1].Lower == "currently") {
		k--
		if toks[k].Lower == "now" && k >= 1 && toks[k-1].Text == "," {
			return k // "Ana Ruiz, now the Peruvian spokeswoman,"
		}
		if k < 1 || toks[k-1].Lower != "is" {
			return cs
		}
		k--
	} else if k >= 2 && toks[k-1].Lower == "then" && toks[k-2].Lower == "was" {
		k -= 2
	} else if k >= 1 && toks[k-1].Lower == "is" {
		k--
	} else {
		return cs
	}
	if k >= 2 && toks[k-1].Lower == "who" && toks[k-2].Text == "," {
		return k - 1
	}
	return cs
}

// placeBefore reports whether the capitalised words at token s are written as a place or
// a thing, not a person: after a determiner or a preposition of place ("in the Oval
// Office, the president said", "At Camp David, the president ...").
func placeBefore(toks []Token, s int) bool {
	if s == 0 {
		return false
	}
	switch toks[s-1].Lower {
	case "the", "a", "an", "in", "at", "from", "near", "outside", "inside", "into", "across":
		return true
	}
	return false
}

// complementWord reports whether w can follow "Minister of" or "Secretary of" inside a
// title ("Secretary of State", "Minister of Mines and Energy").
func complementWord(w string) bool {
	return titleModifiers[w] || bodyModifiers[w] || complementWords[w]
}

var complementWords = map[string]bool{
	"state": true, "affairs": true, "homeland": true, "exchequer": true, "the": true,
	"african": true, "arab": true, "european": true, "asian": true, "american": true,
	"veterans": true, "housing": true, "development": true, "environment": true,
	"industry": true, "mines": true, "planning": true, "tourism": true, "women": true,
}

// isTitleWord reports whether w is the head of a title.
func isTitleWord(w string) bool {
	_, ok := titleHeadsByFirst[w]
	return ok && w != "general"
}

// titleCase capitalises each word of a title ("foreign minister" -> "Foreign Minister").
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w == "of" || w == "for" || w == "and" || w == "the" {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// findShortMentions adds mentions of officials by surname alone ("Rutte", "Mr. Orlov")
// in every sentence, once all full names are known.
func (d *document) findShortMentions() {
	bySurname := map[string]*entity{}
	ambiguous := map[string]bool{}
	named := d.namedInFull()
	// the officials named in full first: a gazetteer official the article names only by
	// an alias ("Harris") gives way to one it names in full ("Paul Harris")
	for _, full := range []bool{true, false} {
		for _, e := range d.sortedEntities(geokg.KindOfficial) {
			s := surname(e.name)
			if named[e] != full || s == e.name || utf8.RuneCountInString(s) < 3 {
				continue
			}
			if o, ok := bySurname[s]; ok && o != e {
				if !full && named[o] {
					continue
				}
				ambiguous[s] = true
			}
			bySurname[s] = e
			// "al-Shaheen" is written "Shaheen" alone too: the name without its article
			if rest := surnameWithoutArticle(s); rest != "" {
				if o, ok := bySurname[rest]; ok && o != e {
					ambiguous[rest] = true
				}
				bySurname[rest] = e
			}
		}
	}
	d.reassignSurnames(bySurname, ambiguous, named)
	byFamily, familyBare := d.familyNames(bySurname)
	shared := d.sharedNameWords()
	for si := range d.sents {
		if d.sents[si].Furniture {
			continue
		}
		toks := d.sents[si].Tokens
		for i, t := range toks {
			word, end := t.Text, i+1
			if j := hyphenatedEnd(toks, i); j > i+1 && bySurname[d.surface(si, i, j)] != nil {
				word, end = d.surface(si, i, j), j // "Ocasio-Cortez" after "Alexandria Ocasio-Cortez"
			}
			e, ok := bySurname[word]
			if !ok && byFamily[t.Text] != nil && (familyBare[t.Text] || afterHonorific(toks, i)) {
				e, ok = byFamily[t.Text], true // "Mr Ri", "Kim" after "Kim Jong Un"
			}
			if es := shared[t.Lower]; len(es) > 1 && t.IsCapitalized() && (!ok || ambiguous[t.Text]) && (i == 0 || !elderWords[toks[i-1].Lower]) {
				e = d.onlySharerNamed(si, i, es) // "Kim" right after "Kim Yo Jong" alone
				ok = e != nil
			} else if ambiguous[word] {
				continue
			}
			if !ok || d.mentionAt(si, i) != nil {
				continue
			}
			// the surname must not be the start of another name ("Rutte Khan")
			if end < len(toks) && toks[end].IsCapitalized() && toks[end].IsWord() && d.mentionAt(si, end) == nil {
				continue
			}
			pair := d.pairedAfterHyphen(si, toks, i)
			if i >= 1 && toks[i-1].Text == "-" && (i < 2 || !nameArticles[toks[i-2].Lower]) && !pair {
				continue // "anti-Assad fighters", "pro-Assad forces": no mention of him
			}
			if i >= 1 && d.otherGivenName(toks, i, e.name, func(k int) bool { return d.mentionAt(si, k) != nil }) {
				continue // "Gary Johnson", "Melania Trump": another person of that surname
			}
			start := initialNameStart(toks, i, e.name) // "Charles E. Schumer" is Chuck Schumer
			switch {
			case start < 0:
				continue // "Robert F. Kennedy" is not John F. Kennedy
			case start < i:
			case i >= 2 && toks[i-1].Text == "-" && !pair:
				start = i - 2 // "al-Shaheen" when the full name is known
			case i >= 2 && toks[i-1].Text == "." && honorifics[toks[i-2].Lower]:
				start = i - 2
			case i >= 1 && honorifics[toks[i-1].Lower]:
				start = i - 1
			}
			if d.addMention(si, &Mention{Start: start, End: end, ent: e, Form: FormShort}) {
				e.addAlias(word)
			}
		}
	}
}

// hyphenatedEnd returns the index of the token after the word written with tight hyphens
// from token i of toks on ("Ocasio-Cortez", which the tokenizer splits into three
// tokens), i+1 when no tight hyphen follows token i.
func hyphenatedEnd(toks []Token, i int) int {
	j := i + 1
	for j+1 < len(toks) && toks[j].Text == "-" && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End && toks[j+1].IsWord() {
		j += 2
	}
	return j
}

// elderWords before a family name tell one of a family from another ("the younger Kim"):
// which one, the name does not say.
var elderWords = map[string]bool{"younger": true, "elder": true, "older": true, "eldest": true, "youngest": true}

// onlySharerNamed returns the one of the officials es, who share the family name at token
// i of sentence si, that the sentence before or the words before it name in full or by a
// title, when no other of them is named in the ten sentences before, or nil ("Kim Yo Jong
// flew to Seoul. Kim met President Moon": the sister; not with "Kim Jong Un" named there
// too, nor long after her).
func (d *document) onlySharerNamed(si, i int, es []*entity) *entity {
	var only *entity
	near := false
	for s := max(0, si-10); s <= si; s++ {
		for _, m := range d.mentions[s] {
			if s == si && m.Start >= i || !slices.Contains(es, m.ent) {
				continue
			}
			if only != nil && only != m.ent {
				return nil
			}
			only = m.ent
			near = near || s >= si-1 && (m.Form == FormName || m.Form == FormTitle)
		}
	}
	if !near {
		return nil
	}
	for _, e := range es {
		if e.first < only.first {
			return nil // the one named first is the article's: "Kim" after his father named just before
		}
	}
	return only
}

// pairedAfterHyphen reports whether the surname at token i of sentence si is the second
// of a pair of actors joined by a tight hyphen: the word before the hyphen is a mention
// ("the Boric-Ruiz talks", "the Boric-Arce summit"), not a prefix ("anti-Boric") nor a
// name's article ("al-Shaheen").
func (d *document) pairedAfterHyphen(si int, toks []Token, i int) bool {
	return i >= 2 && toks[i-1].Text == "-" && toks[i-1].Start == toks[i-2].End && toks[i].Start == toks[i-1].End && d.mentionAt(si, i-2) != nil
}

// otherGivenName reports whether the capitalised word right before the surname at token i
// of toks is a given name that is not the official's (named name): "Gary Johnson",
// "Hunter Biden", "Rick Gates" are other people than Boris Johnson, Joe Biden and Robert
// Gates; "Bob Mueller", "Tony Blinken" and "Javad Zarif" are the gazetteer's (givenNameOf).
// A title (also plural: "Senators McCain and Graham"), honorific or other word that names
// no one ("Minister", "Mr", "While"), a word of an actor's name (named: "Republicans
// Graham") or one whose plural names an actor ("Republican Nunes") is no given name; a
// word opening the sentence is one only when the gazetteer knows it as a first name
// (firstNamesOf), a word class gives its gender ("Emma Johnson", nameGender) or the
// article writes the two words inside a sentence too (namedInside: "Hunter Biden").
func (d *document) otherGivenName(toks []Token, i int, name string, named func(k int) bool) bool {
	p := toks[i-1]
	if !p.IsCapitalized() || !p.IsWord() || p.IsAllCaps() || p.End+1 != toks[i].Start {
		return false
	}
	l := p.Lower
	if notNameWords[l] || isTitleWord(l) || isTitleWord(strings.TrimSuffix(l, "s")) || honorifics[l] || personHonorifics[l] || titleModifiers[l] || nameParticles[l] {
		return false // "Senators McCain and Graham"
	}
	if named(i - 1) {
		return false // an actor's name: "Republicans Graham"
	}
	if ms := d.x.dict.match(tokenize(p.Text + "s")); len(ms) == 1 && ms[0].end == 1 {
		return false // a member of the actor its plural names: "California Republican Nunes"
	}
	if i-1 == 0 && !d.firstName(p.Text) && !d.namedInside(p.Text, toks[i].Text) {
		return false
	}
	return !givenNameOf(p.Text, name)
}

// namedInside reports whether the article writes the two words given and family inside a
// sentence, after a word or a punctuation mark (not at its start), and never writes given
// in lower case: then they are a person's name also where a sentence opens with them
// ("Hunter Biden was on the board" after "... his son Hunter Biden"; "Team Obama" is no
// name where the article writes "team").
func (d *document) namedInside(given, family string) bool {
	inside, lower := false, strings.ToLower(given)
	for _, sent := range d.sents {
		toks := sent.Tokens
		for k, t := range toks {
			if t.Text == lower {
				return false
			}
			if k > 0 && k+1 < len(toks) && t.Text == given && toks[k+1].Text == family && !isQuoteMark(toks[k-1].Text) {
				inside = true
			}
		}
	}
	return inside
}

// givenNameOf reports whether the given name g can be the official's of name: one of the
// name's words or a part of a hyphenated one ("Javad" of "Mohammad Javad Zarif",
// "Claude" of "Jean-Claude Juncker"), the same letters but for accents and a doubled or
// dropped letter ("Francois", "Qassem", "Sergey" for "François", "Qasem", "Sergei"), or
// its short or full form (class given-name-short: "Bob" for "Robert", "Charles" for
// "Chuck").
func givenNameOf(g, name string) bool {
	g = matchKey(strings.ToLower(g))
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = matchKey(w)
		for _, part := range append(strings.Split(w, "-"), w) {
			if part == g || strings.HasSuffix(part, g) && len(g) >= 4 || nearSpelling(g, part) ||
				actorWord("given-name-short", g+"="+part) || actorWord("given-name-short", part+"="+g) {
				return true
			}
		}
	}
	return false
}

// nearSpelling reports whether a and b, of four letters or more and the same first
// letter, differ by at most two letters in length and in letters at most once or twice
// ("qassem"/"qasem", "mohammed"/"mohamed", "sergey"/"sergei").
func nearSpelling(a, b string) bool {
	if len(a) < 4 || len(b) < 4 || a[0] != b[0] {
		return false
	}
	return geokg.EditDistance(a, b, 2) <= 2
}

// familyNames indexes the officials named in full whose family name comes first (East
// Asian order: "Ri Yong Ho", "Wang Yi") by their first word, which news write after an
// honorific ("Mr Ri", "Ms Wang"). A first word that is a surname of the article or the
// first word of two officials is left out. familyBare holds the first words that stand
// alone too ("Kim" after "Kim Jong Un"): those of names written in the Korean way, a
// one-syllable family name and a given name of two short syllables ("Kim Jong Un",
// "Moon Jae-in"; a Western name of three short words, "Ali Abu Bakr", has a particle),
// and the Chinese names of officials of China or Taiwan ("Liu He", chineseName).
func (d *document) familyNames(bySurname map[string]*entity) (map[string]*entity, map[string]bool) {
	var byFamily map[string]*entity
	var bare map[string]bool
	// named in full: by a mention of two words or more (a gazetteer alias counts: "Ri
	// Yong-ho")
	named := map[*entity]bool{}
	for _, ms := range d.mentions {
		for _, m := range ms {
			if m.ent != nil && m.ent.kind == geokg.KindOfficial && m.Form != FormRef && m.End-m.Start >= 2 {
				named[m.ent] = true
			}
		}
	}
	for _, e := range d.sortedEntities(geokg.KindOfficial) {
		f := strings.Fields(e.name)
		if !named[e] || len(f) < 2 || utf8.RuneCountInString(f[0]) < 2 || strings.ContainsAny(f[0], "-.") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(f[0]); !unicode.IsUpper(r) || bySurname[f[0]] != nil {
			continue
		}
		if byFamily == nil {
			byFamily, bare = map[string]*entity{}, map[string]bool{}
		}
		if o, ok := byFamily[f[0]]; ok && o != e {
			byFamily[f[0]] = nil // two officials: "Kim Jong Un" and "Kim Yo Jong"
			continue
		} else if ok {
			continue
		}
		byFamily[f[0]] = e
		bare[f[0]] = koreanName(f) || chineseName(e, f)
	}
	return byFamily, bare
}

// chineseName reports whether the words of an official's name are a Chinese name written
// family name first, which news write alone too ("Vice Premier Liu He ... Liu met
// Mnuchin", "Wang Yi ... Wang said"): an official of China or Taiwan named in two words,
// the family name of two to five letters.
func chineseName(e *entity, f []string) bool {
	if e.country != "CHN" && e.country != "TWN" || len(f) != 2 {
		return false
	}
	n := utf8.RuneCountInString(f[0])
	return n >= 2 && n <= 5 && !nameParticles[strings.ToLower(f[0])] && utf8.RuneCountInString(f[1]) >= 2
}

// koreanName reports whether the words of a name are written in the Korean way: a family
// name of at most four letters and a given name of two syllables of at most four letters,
// as two words ("Jong Un") or joined by a hyphen ("Jae-in"), no name particle among them.
func koreanName(f []string) bool {
	short := func(w string, lower bool) bool {
		n := utf8.RuneCountInString(w)
		if n < 1 || n > 4 || nameParticles[strings.ToLower(w)] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) != lower
	}
	if !short(f[0], false) {
		return false
	}
	switch len(f) {
	case 2:
		a, b, ok := strings.Cut(f[1], "-")
		return ok && short(a, false) && short(b, true)
	case 3:
		return short(f[1], false) && short(f[2], false)
	}
	return false
}

// afterHonorific reports whether token i follows "Mr", "Ms", "Mrs" or "Dr" (with or
// without a dot).
func afterHonorific(toks []Token, i int) bool {
	h := wordBeforeName(toks, i)
	if h < 0 {
		return false
	}
	switch toks[h].Lower {
	case "mr", "ms", "mrs", "dr":
		return true
	}
	return false
}

// wordBeforeName returns the token before a name that starts at token i, past the dot of
// an abbreviation ("Mr. Trump", "Gen. Amir Ali Hajizadeh": the tokens "Mr" and "."), or
// -1 when the name opens the sentence.
func wordBeforeName(toks []Token, i int) int {
	h := i - 1
	if h > 0 && toks[h].Text == "." {
		h--
	}
	return h
}

// namedInFull returns the officials the article names by their full name or through a
// title, not only by an alias.
func (d *document) namedInFull() map[*entity]bool {
	named := map[*entity]bool{}
	for _, ms := range d.mentions {
		for _, m := range ms {
			if m.ent != nil && (m.Form == FormName || m.Form == FormTitle) {
				named[m.ent] = true
			}
		}
	}
	return named
}

// reassignSurnames gives the one-word alias mentions of a gazetteer official whom the
// article never names in full ("Harris" of Kamala Harris) to the article's official with
// that surname ("Paul Harris, chairman of ... Both Kilpatrick and Harris agreed"): a bare
// surname is the person the article named. An official the article names by his own
// title before the surname keeps them ("President Trump ... first lady Melania Trump ...
// Trump said": the president; titledByOwn).
func (d *document) reassignSurnames(bySurname map[string]*entity, ambiguous map[string]bool, named map[*entity]bool) {
	titled := d.titledByOwn()
	for si, ms := range d.mentions {
		toks := d.sents[si].Tokens
		for _, m := range ms {
			if m.Form != FormShort || m.End-m.Start != 1 || m.ent == nil || m.ent.kind != geokg.KindOfficial || named[m.ent] || titled[m.ent] {
				continue
			}
			w := toks[m.Start].Text
			if e, ok := bySurname[w]; ok && !ambiguous[w] && e != m.ent && named[e] {
				if m.ent.count > 0 {
					m.ent.count--
				}
				m.ent = e
				e.count++
				e.addAlias(w)
			}
		}
	}
}

// titledByOwn returns the officials that a one-word mention names right after a title
// word that fits the title the gazetteer gives them ("President Trump" of Donald Trump).
func (d *document) titledByOwn() map[*entity]bool {
	out := map[*entity]bool{}
	for si, ms := range d.mentions {
		toks := d.sents[si].Tokens
		for _, m := range ms {
			if m.End-m.Start != 1 || m.Start == 0 || m.ent == nil || m.ent.kind != geokg.KindOfficial || m.ent.title == "" {
				continue
			}
			if w := toks[m.Start-1].Lower; isTitleWord(w) && sameTitle(w, strings.ToLower(m.ent.title)) {
				out[m.ent] = true
			}
		}
	}
	return out
}

// sortedEntities returns the article's entities of a kind, sorted by id.
func (d *document) sortedEntities(kind geokg.Kind) []*entity {
	var out []*entity
	for _, e := range d.entities {
		if e.kind == kind {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

// postPhraseEnds are the words that end the words after a title that privatePost reads.
var postPhraseEnds = map[string]bool{
	"who": true, "which": true, "that": true, "where": true, "when": true, "while": true,
	"because": true, "but": true, "as": true,
}

// privatePost reports whether the title ts of sentence si is a post in a private body
// that the words after it name: after "of", "for" or "at" right after the title, up to a
// comma, a clause word or a verb of speech, a word of class private-body ("director of
// Peru's Andes Institute", "head of the Lima Initiative"), of private-body-for before
// "for" ("the Centre for Trade Studies"), of private-chamber before "of commerce", of private-body-kind after one of private-kind
// ("a rights group", "a think tank", "trade body Andes Steel"), or "at" before a
// capitalised word that no mention reads ("Peru director at Andes Watch"), or a group
// read by its name's shape (findNamedOrgs: "Peru director at Andes Rights Watch"). A known
// agency, army, party or international organisation in those words makes it a public
// post ("head of Peru's National Centre for Intelligence (NCI)" where the gazetteer
// knows it; "ambassador at the United Nations"). The state named beside such a title
// is where the body sits or what it studies, not whom the holder serves.
func (d *document) privatePost(si int, ts titleSpan) bool {
	toks := d.sents[si].Tokens
	if ts.end >= len(toks) {
		return false
	}
	switch toks[ts.end].Lower {
	case "of", "for", "at":
	default:
		return false
	}
	private := false
	for k := ts.end; k < len(toks) && k < ts.end+16; k++ {
		w := toks[k].Lower
		if !toks[k].IsWord() && w != "-" && w != "'s" && w != "'" && w != "." || postPhraseEnds[w] || reportingVerbs[w] || speechVerbs[w] {
			break
		}
		if m := d.mentionAt(si, k); m != nil {
			if m.ent.kind == geokg.KindGroup {
				switch m.ent.subtype {
				case geokg.Agency, geokg.Military, geokg.Party, geokg.InternationalOrg:
					return false
				}
				if m.ent.shaped {
					private = true // "Peru director at Andes Rights Watch" (findNamedOrgs)
				}
			}
			continue
		}
		prev := ""
		for q := k - 1; q >= ts.end; q-- {
			if toks[q].Text != "-" {
				prev = toks[q].Lower
				break
			}
		}
		switch {
		case actorWord("private-body", w):
			private = true
		case actorWord("private-body-for", w) && k+1 < len(toks) && toks[k+1].Lower == "for":
			private = true
		case actorWord("private-chamber", w) && k+2 < len(toks) && toks[k+1].Lower == "of" && toks[k+2].Lower == "commerce":
			private = true
		case actorWord("private-body-kind", w) && actorWord("private-kind", prev):
			private = true
		case prev == "at" && toks[k].IsCapitalized() && (k+1 == len(toks) || toks[k+1].Text != "."):
			private = true
		case prev == "the" && k >= 2 && toks[k-2].Lower == "at" && toks[k].IsCapitalized():
			private = true
		}
	}
	return private
}

// describedFrom returns the token before the words of class title-describer of
// gazetteer.WordsFile that end at token k ("new", "young", "de facto", "newly elected":
// words of the holder, not of the post), two at most; k when there are none.
func describedFrom(toks []Token, k int) int {
	for n := 0; n < 2 && k >= 1; n++ {
		switch {
		case actorWord("title-describer", toks[k].Lower):
			k--
		case toks[k].Lower == "facto" && toks[k-1].Lower == "de" && k >= 2:
			k -= 2
		default:
			return k
		}
	}
	return k
}
