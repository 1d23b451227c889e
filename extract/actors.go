package extract

import (
	"context"
	"sort"
	"strings"
	"unicode"

	"github.com/geokg/geokg"
)

// The actor stage finds who the article names, sentence by sentence, before any
// relation is read. Input: the text stage's sentences (d.sents), the gazetteer and the
// article's date; output: the cast. It runs, on every sentence that is not furniture:
// the gazetteer's names (findDictionary), then the article's dominant country, then
// government bodies, groups named by common nouns and titled officials (bodies.go,
// collectives.go, officials.go), then the officials' short names (findShortMentions).
//
// It is no package of its own yet, for two reasons. It calls the later stages: bodies
// and officials resolve "its" and "the country's" with the coreference of coref.go,
// read a body's clause on the parse of framestage.go, and write the LEADS, MEMBER_OF and
// PART_OF relations that titles and bodies state through addRelation (relwrite.go); it
// shares the word tables of lexicon.go with them. And the later stages read and extend
// the cast's mentions and entities through their unexported fields (m.ent,
// m.possessive, e.kind ...): a package of its own would export them, renaming them in
// every file of the reading stage.

// cast is the output of the actor stage: the article's entities and where each sentence
// names them. The reading stage adds the mentions it resolves (pronouns, descriptions)
// and counts the entities its relations and events name.
type cast struct {
	mentions [][]*Mention // per sentence, sorted by Start
	entities map[string]*entity
	// byKey caches entities by kind and the key they were asked for.
	byKey map[entityKey]*entity
	// dominant is the country most mentioned in the article.
	dominant *entity
	// bodies maps a body's key (country, head, field) to its entity.
	bodies map[string]*entity
	// chairedIn maps a committee named by its chamber before a chairman's title
	// (chamberChairs) to its chamber word ("house", "senate").
	chairedIn map[*entity]string
	// collectives maps a group named by a qualified common noun ("the U.S.-led
	// coalition", "Ukrainian separatists") to its entity (collectives.go).
	collectives map[string]*entity
	// registered holds the gazetteer bodies filed in bodies (registerBody).
	registered map[string]bool
}

// newCast returns an empty cast for an article of n sentences.
func newCast(n int) cast {
	return cast{
		mentions:    make([][]*Mention, n),
		entities:    map[string]*entity{},
		byKey:       map[entityKey]*entity{},
		bodies:      map[string]*entity{},
		chairedIn:   map[*entity]string{},
		collectives: map[string]*entity{},
		registered:  map[string]bool{},
	}
}

// findActors runs the actor stage over the article's sentences but furniture, filling
// d.cast; it returns the context's error when ctx ends.
func (d *document) findActors(ctx context.Context) error {
	if err := d.eachSentence(ctx, d.findDictionary); err != nil {
		return err
	}
	d.findAcronymGroups()
	d.dominant = d.dominantCountry()
	if err := d.eachSentence(ctx, func(si int) { d.findBodies(si); d.legislatureMembers(si); d.findOfficials(si); d.pluralTitles(si) }); err != nil {
		return err
	}
	d.namedPeople()
	d.findShortMentions()
	return nil
}

// findDictionary adds the gazetteer mentions of sentence si.
func (d *document) findDictionary(si int) {
	toks := d.sents[si].Tokens
	if cap(d.keyBuf) < len(toks) {
		d.keyBuf = make([]string, len(toks))
	}
	d.matchBuf = d.x.dict.matchInto(toks, d.keyBuf, d.matchBuf)
	dateline := datelineEnd(toks)
	for _, dm := range d.matchBuf {
		if dm.start < dateline {
			continue // "LONDON (Reuters) -": where the story was filed
		}
		if dm.t.kind == geokg.KindOfficial && (afterVesselWord(toks, dm.start) || dm.end < len(toks) && actorWord("named-after", toks[dm.end].Lower) && inName(toks, dm.end)) {
			continue // "USS Ronald Reagan", "the Harry S. Truman Library": a ship, an institution
		}
		if dm.t.needThe && (dm.start == 0 || toks[dm.start-1].Lower != "the") {
			continue // "Al Udeid Air Base" is not al-Qaeda ("The Base")
		}
		if dm.t.form == FormShort && dm.end-dm.start == 1 && dm.start >= 1 && d.otherGivenName(toks, dm.start, dm.t.key, d.inMatch) {
			continue // "Gary Johnson" is not Boris Johnson: no entity that a later surname could be taken for
		}
		if dm.t.kind == geokg.KindCountry && dm.end-dm.start == 1 && dm.start >= 1 && d.givenNameBefore(toks, dm.start) {
			continue // "Marta Jordan", "Steve Israel": a person's surname
		}
		if dm.t.form == FormCapital && dm.end-dm.start == 1 && d.nameAfterCapital(toks, dm.end) {
			continue // "the Washington Post", "Victoria Toensing", "Georgetown University": a longer name
		}
		start := dm.start
		if dm.t.kind == geokg.KindOfficial && dm.end-dm.start == 1 {
			if start = initialNameStart(toks, dm.start, dm.t.key); start < 0 {
				continue // "Robert F. Kennedy" is not John F. Kennedy; "Charles E. Schumer" is Chuck Schumer
			}
		}
		var ent *entity
		at := toks[dm.start].Start
		switch dm.t.kind {
		case geokg.KindCountry:
			ent = d.countryEntity(d.currentState(dm.t), at)
		case geokg.KindGroup:
			ent = d.groupEntity(dm.t.key, "", "", at)
		case geokg.KindOfficial:
			ent = d.officialEntity(dm.t.key, at)
		default:
			continue
		}
		if dm.t.form == FormShort && dm.end-dm.start == 1 && d.partOfLongerName(toks, dm.start) {
			continue // "Lind" of "Lind Berg" is not Maria Lind
		}
		if dm.t.kind == geokg.KindCountry && dm.start > 0 && toks[dm.start-1].Text == "New" {
			continue // "New Mexico Gov. Ana Ruiz": a place named after the country
		}
		if dm.t.kind == geokg.KindCountry && dm.t.form == FormName && dm.end < len(toks) && toks[dm.end].IsCapitalized() && actorWord("geo-feature", toks[dm.end].Lower) {
			continue // "the Jordan Valley", "the Niger Delta": a place's name
		}
		if dm.end-dm.start == 1 && isAcronym(dm.t.phrase) && !toks[dm.start].IsAllCaps() && d.partOfLongerName(toks, dm.start) {
			continue // "Plan" of "Joint Comprehensive Plan of Action" is not the PLAN
		}
		if dm.t.form == FormDemonym && dm.start > 0 && regionPrefixes[toks[dm.start-1].Text] {
			continue // "South American states" are no Americans
		}
		m := &Mention{Start: start, End: dm.end, ent: ent, Form: dm.t.form}
		if dm.end < len(toks) && (toks[dm.end].Lower == "'s" || toks[dm.end].Lower == "'") && toks[dm.end].Start == toks[dm.end-1].End {
			m.possessive = true
		}
		if d.addMention(si, m) {
			ent.addAlias(d.surface(si, dm.start, dm.end))
			if ent.kind == geokg.KindGroup && mediumNamed(toks, dm.start, dm.end) {
				ent.medium = true // "the Itar-Tass news agency", "the Xinhua News Agency"
			}
			if ent.kind == geokg.KindGroup {
				d.statedParent(si, m)
				d.registerBody(ent)
			}
		}
	}
}

// givenNameBefore reports whether the word before token i is a first name (one the
// gazetteer's officials or a word class give) that opens a person's name, written right
// before it: then a one-word country's or capital's name at i is the person's surname
// ("Marta Jordan of Ohio", "Rep. Jim Jordan", "Steve Israel"), not the state; a first
// name after another capitalised word that is no title is part of a list or a longer
// name ("Hong Kong Hungary").
func (d *document) givenNameBefore(toks []Token, i int) bool {
	p := toks[i-1]
	if !p.IsCapitalized() || !p.IsWord() || p.IsAllCaps() || p.End+1 != toks[i].Start || !d.firstName(p.Text) {
		return false
	}
	if i < 2 {
		return true
	}
	q := toks[i-2]
	return !q.IsCapitalized() || !q.IsWord() || isTitleWord(strings.TrimSuffix(q.Lower, "."))
}

// nameAfterCapital reports whether the capitalised word at token k, right after a
// capital's name, makes the two words a longer name (a newspaper, a person, a school, a
// treaty): a word of a name, not a title ("London Mayor Sadiq Khan" stays London's), a
// weekday or month, or the start of another actor's name ("Sanaa Yemen").
func (d *document) nameAfterCapital(toks []Token, k int) bool {
	if k >= len(toks) || k == 0 {
		return false
	}
	t := toks[k]
	if !t.IsCapitalized() || !t.IsWord() || t.IsAllCaps() || t.Start != toks[k-1].End+1 || d.inMatch(k) {
		return false
	}
	l := t.Lower
	return !notNameWords[l] && !isTitleWord(l) && !honorifics[l] && !titleModifiers[l]
}

// inMatch reports whether token k is inside one of the sentence's dictionary matches
// (d.matchBuf).
func (d *document) inMatch(k int) bool {
	for _, dm := range d.matchBuf {
		if dm.start <= k && k < dm.end {
			return true
		}
	}
	return false
}

// afterVesselWord reports whether the name at token i, with the capitalised words and
// initials before it, follows a word that names a ship ("USS", "carrier"): "the aircraft
// carrier John F. Kennedy" is no mention of the president.
func afterVesselWord(toks []Token, i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 4 && (toks[k].IsCapitalized() && toks[k].IsWord() && !toks[k].IsAllCaps() || toks[k].Text == "." && k > 0 && toks[k-1].End == toks[k].Start) {
		k--
	}
	return k >= 0 && actorWord("vessel-word", toks[k].Lower)
}

// formerStates are the former states that share a capital or a seat with their
// successor ("Belgrade", "Prague", "Aden"), with the day they ended and the successor.
var formerStates = map[string]struct{ end, successor string }{
	"SUN": {"1991-12-26", "RUS"}, "YUG": {"2003-02-04", "SRB"}, "SCG": {"2006-06-05", "SRB"},
	"CSK": {"1993-01-01", "CZE"}, "DDR": {"1990-10-03", "DEU"}, "YMD": {"1990-05-22", "YEM"},
}

// currentState returns the country code a dictionary match stands for: a capital or a
// seat of a former state stands for its successor when the article is dated after the
// former state ended, or is not dated ("Belgrade" in 2023 is Serbia, not Serbia and
// Montenegro). Names and demonyms ("Soviet", "Yugoslavia") keep their state.
func (d *document) currentState(t target) string {
	f, ok := formerStates[t.key]
	if !ok || t.form != FormCapital && t.form != FormSeat {
		return t.key
	}
	if d.published != "" && d.published < f.end {
		return t.key
	}
	return f.successor
}

// partOfLongerName reports whether the capitalised word at i is part of a longer name:
// another capitalised word (not a title or honorific) right before or after it.
func (d *document) partOfLongerName(toks []Token, i int) bool {
	if i+1 < len(toks) && toks[i+1].IsCapitalized() && toks[i+1].IsWord() && !notNameWords[toks[i+1].Lower] && toks[i+1].Start == toks[i].End+1 {
		return true
	}
	if pairedByHyphen(toks, i) && toks[i-2].IsCapitalized() && toks[i-2].IsWord() && !nameArticles[toks[i-2].Lower] {
		// "Abadi" of "Mojtaba Zolnour-Abadi" (but "al-Abadi", "El-Sisi" are the name, and
		// "the Trump-Putin summit" names two)
		known := false
		for _, dm := range d.matchBuf {
			known = known || dm.end == i-1
		}
		if !known {
			return true
		}
	}
	if i > 0 && toks[i-1].IsCapitalized() && toks[i-1].IsWord() && !notNameWords[toks[i-1].Lower] && !isTitleWord(toks[i-1].Lower) && !honorifics[toks[i-1].Lower] && !titleModifiers[toks[i-1].Lower] && toks[i].Start == toks[i-1].End+1 {
		if i-1 == 0 {
			return false // a sentence start: "Rutte said"
		}
		return true
	}
	return false
}

// isAcronym reports whether a dictionary phrase is one word in capitals ("PLAN",
// "NATO"), which the matcher also finds written in lower case ("Nato").
func isAcronym(phrase string) bool {
	letters := 0
	for _, r := range phrase {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		case r == ' ':
			return false
		}
	}
	return letters >= 2
}

// regionPrefixes before a demonym make a regional adjective of it.
var regionPrefixes = map[string]bool{
	"South": true, "North": true, "Latin": true, "Central": true, "East": true, "West": true,
	"Northern": true, "Southern": true, "Eastern": true, "Western": true, "Pan": true,
}

// dominantCountry returns the country named most often by the dictionary (the first
// named on a tie), or nil.
func (d *document) dominantCountry() *entity {
	var best *entity
	for _, e := range d.sortedEntities(geokg.KindCountry) {
		if best == nil || e.count > best.count || e.count == best.count && e.first < best.first {
			best = e
		}
	}
	return best
}

// entityKey indexes the entities of a document by kind and gazetteer key.
type entityKey struct {
	kind geokg.Kind
	key  string
}

// cached returns the entity made for the kind and key before, else the one that create
// returns, which it keeps for them.
func (d *document) cached(kind geokg.Kind, key string, create func() *entity) *entity {
	k := entityKey{kind, key}
	if e := d.byKey[k]; e != nil {
		return e
	}
	e := create()
	d.byKey[k] = e
	return e
}

// countryEntity returns the article entity of the country with the code, creating it.
func (d *document) countryEntity(code string, at int) *entity {
	return d.cached(geokg.KindCountry, code, func() *entity { return d.newCountryEntity(code, at) })
}

// mentioned returns the article's entity of the kind and name (a country's code) when
// the text names it, nil when it does not.
func (d *document) mentioned(kind geokg.Kind, name string) *entity {
	if e, ok := d.entities[geokg.EntityID(kind, name)]; ok && e.count > 0 {
		return e
	}
	return nil
}

// newCountryEntity returns the article's entity of the country with the code, creating
// it, first mentioned at byte offset at, with the gazetteer's name (the code when it
// has none).
func (d *document) newCountryEntity(code string, at int) *entity {
	id := geokg.EntityID(geokg.KindCountry, code)
	if e, ok := d.entities[id]; ok {
		return e
	}
	c, ok := d.x.gaz.Country(code)
	name := code
	if ok {
		name = c.Name
	}
	e := &entity{id: id, kind: geokg.KindCountry, name: name, code: code, first: at}
	d.entities[id] = e
	return e
}

// groupEntity returns the article entity of the group with the canonical name,
// creating it with the subtype and country given (gazetteer values win).
func (d *document) groupEntity(name string, subtype geokg.GroupSubtype, country string, at int) *entity {
	e := d.cached(geokg.KindGroup, name, func() *entity { return d.newGroupEntity(name, subtype, country, at) })
	if e.country == "" {
		e.country = country
	}
	return e
}

// newGroupEntity returns the article's entity of the group, giving a country to one
// that has none, or creates it with the gazetteer's name, subtype and country where it
// has them (else those given; subtype other when none is).
func (d *document) newGroupEntity(name string, subtype geokg.GroupSubtype, country string, at int) *entity {
	id := geokg.EntityID(geokg.KindGroup, name)
	if e, ok := d.entities[id]; ok {
		if e.country == "" {
			e.country = country
		}
		return e
	}
	if g, ok := d.x.gaz.Group(name); ok {
		name = g.Name
		if g.Subtype != "" {
			subtype = g.Subtype
		}
		if g.Country != "" {
			country = g.Country
		}
	}
	if subtype == "" {
		subtype = geokg.OtherGroup
	}
	e := &entity{id: id, kind: geokg.KindGroup, name: name, subtype: subtype, country: country, first: at}
	d.entities[id] = e
	return e
}

// officialEntity returns the article entity of the official with the full name.
func (d *document) officialEntity(name string, at int) *entity {
	return d.cached(geokg.KindOfficial, name, func() *entity { return d.newOfficialEntity(name, at) })
}

// newOfficialEntity returns the article's entity of the official with the name (the
// gazetteer's spelling when it knows the official), creating it, first mentioned at byte
// offset at, with the country, title and role the gazetteer gives the official on the
// article's date, and the gender the gazetteer gives, else the one its first name shows.
func (d *document) newOfficialEntity(name string, at int) *entity {
	gender := byte(0)
	if o, ok := d.x.gaz.Official(name); ok {
		name = o.Name
		if o.Gender != "" {
			gender = o.Gender[0]
		}
	}
	id := geokg.EntityID(geokg.KindOfficial, name)
	if e, ok := d.entities[id]; ok {
		return e
	}
	if gender == 0 {
		gender = nameGender(name)
	}
	e := &entity{id: id, kind: geokg.KindOfficial, name: name, first: at, gender: gender}
	// the official as of the article's date: a title holds only within its dates
	if o, ok := d.x.gaz.OfficialOn(name, d.published); ok {
		e.country = o.Country
		e.title = o.Title
		e.role = roleOfTitle(strings.ToLower(o.Title))
	}
	d.entities[id] = e
	return e
}

// addMention puts m into the sentence's list unless it overlaps a mention already
// there; it reports whether it did.
func (d *document) addMention(si int, m *Mention) bool {
	for _, o := range d.mentions[si] {
		if m.Start < o.End && o.Start < m.End {
			return false
		}
	}
	d.mentions[si] = append(d.mentions[si], m)
	if m.ent != nil {
		m.ent.count++
	}
	sort.Slice(d.mentions[si], func(a, b int) bool { return d.mentions[si][a].Start < d.mentions[si][b].Start })
	return true
}

// replaceMentions removes the mentions of sentence si that lie inside [start, end) and
// adds m.
func (d *document) replaceMentions(si int, m *Mention) {
	kept := d.mentions[si][:0]
	for _, o := range d.mentions[si] {
		if o.Start >= m.Start && o.End <= m.End {
			continue
		}
		kept = append(kept, o)
	}
	d.mentions[si] = kept
	d.addMention(si, m)
}

// mediumNamed reports whether the group named by toks[start:end] is a news medium: a
// media word ends its name or follows it ("the Xinhua News Agency", "the Itar-Tass news
// agency", class media-word).
func mediumNamed(toks []Token, start, end int) bool {
	if end < len(toks) && actorWord("media-word", toks[end].Lower) {
		return true
	}
	for i := start; i < end; i++ {
		if actorWord("media-word", toks[i].Lower) {
			return true
		}
	}
	return false
}
