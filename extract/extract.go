// Package extract reads the clean text of one news article and returns the entities,
// events and typed relations it states, each relation with its evidence sentence.
//
// The pipeline is made of rules and dictionaries only (no model, no network):
//
//  1. tokens with byte offsets and sentences (text.go);
//  2. dictionary mentions of countries, groups and officials from the gazetteer, by
//     longest match over a token trie with case checks (matcher.go);
//  3. government bodies from patterns ("Chile's Ministry of Mining", "the
//     country's interior ministry") with PART_OF (bodies.go);
//  4. officials from titles ("Prime Minister Mark Rutte", "Olaf Scholz, Germany's
//     minister") with LEADS or MEMBER_OF, then their later short mentions (officials.go);
//  5. pronouns and definite descriptions ("it", "the Baltic nation") as mentions, and the
//     references only the frames read ("we" in a quotation, "the administration", "the
//     spokesman", "they") (coref.go);
//  6. events (events.go) and dates (dates.go);
//  7. relations from the pattern table (patterns.go, relations.go), with negation,
//     modality, passives, coordination and reported speech.
package extract

import (
	"context"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/syntax"
)

// MaxTextSize is the default bound on the size of one article's text, in bytes: geokg's
// one article limit, geokg.MaxArticleBytes (8 MiB).
const MaxTextSize = geokg.MaxArticleBytes

// Extractor reads articles with the rules of this package and the dictionaries of a
// gazetteer. It is safe for concurrent use: Extract keeps all its state per call.
type Extractor struct {
	syntax  *syntax.Model
	matcher *frames.Matcher
	// prefilter says from a sentence's words whether a frame could fire there: a
	// sentence where none could is not parsed.
	prefilter *frames.Prefilter
	// noPatterns switches the pattern table off (WithoutPatterns).
	noPatterns bool
	gaz        *gazetteer.Gazetteer
	dict       *Dictionary
	maxText    int
	// ministries maps "country:field" to the gazetteer name of that ministry
	// ("IRN:foreign" is "Ministry of Foreign Affairs of Iran"), so that a ministry built
	// from a pattern ("Iran's foreign ministry") is the gazetteer's entity.
	ministries map[string]string
	// media holds the gazetteer groups that are news media: a word of class media-word
	// in their name or an alias ("Xinhua News Agency").
	media map[string]bool
	// firstNames are the first names of the gazetteer's officials (persons.go).
	firstNames map[string]bool
}

// New returns an extractor matching the entries of g. A nil g is an empty gazetteer:
// only officials and bodies found from titles and patterns are then read.
func New(g *gazetteer.Gazetteer) *Extractor {
	if g == nil {
		g, _ = gazetteer.FromFile(gazetteer.File{})
	}
	sm, lex := mustLoad(syntax.Default), mustLoad(frames.Default)
	return &Extractor{gaz: g, dict: newDictionary(g), maxText: MaxTextSize, ministries: ministryIndex(g), media: mediaIndex(g), firstNames: firstNamesOf(g),
		syntax: sm, matcher: frames.NewMatcher(lex, standsForState(mustLoad(gazetteer.Agents))),
		prefilter: lex.NewPrefilter(sm.Forms)}
}

// mediaIndex returns the names of the groups of g that are news media: a word of class
// media-word (gazetteer.WordsFile) in their name or one of their aliases ("Xinhua News
// Agency", "Al Jazeera television").
func mediaIndex(g *gazetteer.Gazetteer) map[string]bool {
	out := map[string]bool{}
	for _, gr := range g.Groups() {
		for _, n := range append([]string{gr.Name}, gr.Aliases...) {
			for _, w := range strings.Fields(strings.ToLower(n)) {
				if actorWord("media-word", w) {
					out[gr.Name] = true
				}
			}
		}
	}
	return out
}

// standsForState returns the agency of a common noun: a noun of government, the
// military, the police or intelligence (the gazetteer's agents, and a few words that
// name a side's representatives) acts for the country or group that modifies it
// ("Iranian diplomats", "the Russian army"); nouns of rebels, the opposition, civilians,
// the media, business and legislatures do not ("Ugandan rebel forces", "American
// lawmakers"); nouns of an armed group's members ("fighters", "militants") act for the
// armed group that modifies them, not for a country ("Hezbollah fighters", not "Syrian
// fighters").
func standsForState(agents []gazetteer.Agent) func(string) frames.Agency {
	nouns := map[string]frames.Agency{}
	for _, a := range agents {
		if strings.Contains(a.Phrase, " ") {
			continue
		}
		switch a.Code[:min(3, len(a.Code))] {
		case "GOV", "MIL", "COP", "SPY":
			nouns[a.Phrase] = frames.StandsForState
		case "UAF", "REB":
			nouns[a.Phrase] = frames.NotTheState
		default:
			nouns[a.Phrase] = frames.NotTheState
		}
	}
	// the members of an armed group: no agents of a state (class group-member)
	for w := range actorWords["group-member"] {
		if nouns[w] != frames.StandsForState {
			nouns[w] = frames.GroupMember
		}
	}
	for _, w := range []string{"official", "force", "delegation", "leader", "leadership", "spokesman",
		"spokeswoman", "spokesperson", "representative", "counterpart", "side", "negotiator", "agency",
		// collective descriptions of states: "the regional powerhouses of Qatar, Turkey and
		// Egypt" (not relational nouns: "Iran's neighbours" are not Iran)
		"power", "powerhouse", "country", "nation", "state",
		// investigations of the state ("Italian investigators", "German prosecutors")
		"investigator", "prosecutor"} {
		nouns[w] = frames.StandsForState
	}
	// the arms a state fires and the sites it holds ("a Russian missile struck a
	// Ukrainian hospital"; gazetteer classes state-arm and state-site)
	for _, class := range []string{"state-arm", "state-site"} {
		for w := range actorWords[class] {
			if _, ok := nouns[w]; !ok {
				nouns[w] = frames.StandsForState
			}
		}
	}
	return func(lemma string) frames.Agency { return nouns[lemma] }
}

// mustLoad returns what an embedded-data loader gives. The embedded model and lexicon
// are checked by their packages' tests, so a failure here is a broken build.
func mustLoad[T any](load func() (T, error)) T {
	v, err := load()
	if err != nil {
		panic("extract: " + err.Error())
	}
	return v
}

// WithoutPatterns returns a copy of x that does not run the pattern table (the
// token-window rules of patterns.go): relations come from the frames on the parse, the
// sentence rules and the structural rules only. It measures how far the frames are
// from replacing the pattern table (`geokg extract --no-patterns`).
func (x *Extractor) WithoutPatterns() *Extractor {
	c := *x
	c.noPatterns = true
	return &c
}

// WithMaxTextSize returns a copy of x that accepts texts of up to n bytes (n <= 0 keeps
// the default).
func (x *Extractor) WithMaxTextSize(n int) *Extractor {
	c := *x
	if n > 0 {
		c.maxText = n
	}
	return &c
}

// Extract reads one article. text is the clean body (paragraphs separated by blank
// lines); meta carries Title, URL and Published (an ISO date or ""; a timestamp is cut
// to its date and anything else is dropped). The result has Article.ID =
// geokg.ArticleID(text) and Extractor = geokg.ExtractorVersion; its entities are sorted
// by id and its relations by position, and each relation's Evidence is
// text[Start:End]. Extract fails with an
// INVALID_ARGUMENT error for empty or blank text, text that is not valid UTF-8 or holds
// NUL bytes, and text over the size limit (MaxTextSize by default); it returns the
// context's error when ctx is done. It never panics.
func (x *Extractor) Extract(ctx context.Context, text string, meta geokg.Article) (*geokg.Extraction, error) {
	return x.extract(ctx, text, meta, nil)
}

// extract is Extract, recording what each sentence gave into tr when tr is not nil.
func (x *Extractor) extract(ctx context.Context, text string, meta geokg.Article, tr *trace) (ex *geokg.Extraction, err error) {
	if len(text) > x.maxText {
		return nil, geokg.ArticleTooLarge(len(text), x.maxText)
	}
	if !utf8.ValidString(text) {
		return nil, geokg.Errorf(geokg.CodeInvalidArgument, "article text is not valid UTF-8")
	}
	if strings.IndexByte(text, 0) >= 0 {
		return nil, geokg.Errorf(geokg.CodeInvalidArgument, "article text holds NUL bytes: binary data is not an article")
	}
	if strings.TrimSpace(text) == "" {
		return nil, geokg.Errorf(geokg.CodeInvalidArgument, "article text is empty")
	}
	if ctx == nil {
		ctx = context.Background()
	}
	defer func() {
		if r := recover(); r != nil {
			ex, err = nil, geokg.Errorf(geokg.CodeInternal, "extractor failed on this article: %v", r)
		}
	}()
	meta.ID = geokg.ArticleID(text)
	if meta.Published != "" {
		if _, ok := parseISODate(meta.Published); !ok {
			meta.Published = ""
		} else {
			meta.Published = meta.Published[:10]
		}
	}
	d := newDocument(x, text, meta.Published)
	d.articleID = meta.ID
	d.trace = tr
	defer d.release()
	if err := d.run(ctx); err != nil {
		return nil, err
	}
	return d.extraction(meta), nil
}

// tokenBuffers recycles the token slices of finished articles: they are the largest
// allocation of an extraction, and nothing of them outlives it (the Extraction holds
// strings of the text, never tokens).
var tokenBuffers = sync.Pool{New: func() any { return new([]Token) }}

// release returns the document's token buffer to tokenBuffers; d is unusable after.
func (d *document) release() {
	if d.tokBuf == nil {
		return
	}
	clear((*d.tokBuf)[:cap(*d.tokBuf)]) // drop references to this article's text
	*d.tokBuf = (*d.tokBuf)[:0]
	tokenBuffers.Put(d.tokBuf)
	d.tokBuf, d.sents = nil, nil
}

// newDocument tokenises text and prepares the per-article state of the pipeline.
func newDocument(x *Extractor, text, published string) *document {
	d := &document{
		text:        text,
		published:   published,
		entities:    map[string]*entity{},
		byKey:       map[entityKey]*entity{},
		relSeen:     map[string]int{},
		eventSeen:   map[string]int{},
		accusers:    map[string][]accusation{},
		lastActOf:   map[geokg.RelationType]*entity{},
		actAuthors:  map[geokg.RelationType][]*entity{},
		bodies:      map[string]*entity{},
		collectives: map[string]*entity{},
		registered:  map[string]bool{},
		sentEvent:   map[int]string{},
		x:           x,

		sentEventType: map[sentType]int{},
	}
	d.tokBuf = tokenBuffers.Get().(*[]Token)
	*d.tokBuf = tokenizeInto((*d.tokBuf)[:0], text)
	d.sents = splitSentences(text, *d.tokBuf)
	d.mentions = make([][]*Mention, len(d.sents))
	return d
}

// run applies the stages of the pipeline to every sentence.
func (d *document) run(ctx context.Context) error {
	stage := func(f func(si int)) error {
		for si := range d.sents {
			if si%64 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if !d.sents[si].Furniture {
				f(si)
			}
		}
		return nil
	}
	if err := stage(d.findDictionary); err != nil {
		return err
	}
	d.dominant = d.dominantCountry()
	if err := stage(func(si int) { d.findBodies(si); d.findOfficials(si) }); err != nil {
		return err
	}
	d.findShortMentions()
	if err := stage(func(si int) {
		d.findReferences(si)
		d.findEvents(si)
		clear(d.decided)
		d.parsed = nil
		d.findFrames(si)
		d.findRelations(si)
	}); err != nil {
		return err
	}
	d.mergeEvents()
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
		if dm.t.kind == geokg.KindCountry && dm.t.form == FormName && dm.end < len(toks) && toks[dm.end].isCapitalized() && actorWord("geo-feature", toks[dm.end].Lower) {
			continue // "the Jordan Valley", "the Niger Delta": a place's name
		}
		if dm.end-dm.start == 1 && isAcronym(dm.t.phrase) && !toks[dm.start].isAllCaps() && d.partOfLongerName(toks, dm.start) {
			continue // "Plan" of "Joint Comprehensive Plan of Action" is not the PLAN
		}
		if dm.t.form == FormDemonym && dm.start > 0 && regionPrefixes[toks[dm.start-1].Text] {
			continue // "South American states" are no Americans
		}
		m := &Mention{Start: dm.start, End: dm.end, ent: ent, Form: dm.t.form}
		if dm.end < len(toks) && (toks[dm.end].Lower == "'s" || toks[dm.end].Lower == "'") && toks[dm.end].Start == toks[dm.end-1].End {
			m.possessive = true
		}
		if d.addMention(si, m) {
			ent.addAlias(d.surface(si, dm.start, dm.end))
			if ent.kind == geokg.KindGroup && dm.end < len(toks) && actorWord("media-word", toks[dm.end].Lower) {
				ent.medium = true // "the Itar-Tass news agency"
			}
			if ent.kind == geokg.KindGroup {
				d.statedParent(si, m)
				d.registerBody(ent)
			}
		}
	}
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
	if i+1 < len(toks) && toks[i+1].isCapitalized() && toks[i+1].isWord() && !notNameWords[toks[i+1].Lower] && toks[i+1].Start == toks[i].End+1 {
		return true
	}
	if i > 0 && toks[i-1].isCapitalized() && toks[i-1].isWord() && !notNameWords[toks[i-1].Lower] && !isTitleWord(toks[i-1].Lower) && !honorifics[toks[i-1].Lower] && !titleModifiers[toks[i-1].Lower] && toks[i].Start == toks[i-1].End+1 {
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

// standingActors returns the countries and officials the article names as actors or
// places at least once: a country by name, capital, seat or reference, as the context of a
// title or body, or by a demonym that stands for the state ("Iranian officials", "the
// Iranians"); an official by any mention but a name before an office-noun ("the Obama
// administration"). A country named only by demonyms of things and people ("Greek
// Orthodox", "a Soviet-designed jet", "Britons") is none of them.
func (d *document) standingActors() map[*entity]bool {
	out := map[*entity]bool{}
	for si, ms := range d.mentions {
		for _, m := range ms {
			if m.context != nil {
				out[m.context] = true
			}
			if m.ent == nil {
				continue
			}
			toks := d.sents[si].Tokens
			switch m.ent.kind {
			case geokg.KindCountry:
				if m.Form == FormCapital && capitalAsPlace(toks, m) {
					continue // "talks in Tokyo", "the Cairo-based Arab League": a city
				}
				if m.Form != FormDemonym || m.possessive || d.isActor(si, m) {
					out[m.ent] = true
				}
			case geokg.KindOfficial:
				if m.possessive || m.End >= len(toks) || !actorWord("office-noun", toks[m.End].Lower) {
					out[m.ent] = true // not "the Obama administration"
				}
			}
		}
	}
	return out
}

// placePreps put the capital after them as a place ("in Tokyo", "from Caracas to
// Tehran", "like Berlin in the cold war").
var placePreps = map[string]bool{
	"in": true, "at": true, "from": true, "to": true, "near": true, "outside": true,
	"inside": true, "via": true, "like": true, "across": true, "into": true, "toward": true,
	"towards": true, "around": true, "through": true, "throughout": true, "of": true,
}

// placeEvents are nouns a capital names the place of ("the Helsinki summit", "a Brussels
// meeting").
var placeEvents = map[string]bool{
	"summit": true, "talks": true, "meeting": true, "conference": true, "accord": true,
	"accords": true, "agreement": true, "protocol": true, "process": true, "format": true,
	"declaration": true, "treaty": true, "meetings": true, "summits": true,
}

// capitalAsPlace reports whether the capital's mention m names the city as a place, not
// the government: after a preposition of place ("in Tokyo", "in The Hague"), before
// "-based" ("the Cairo-based Arab League") or before an event it is the place of ("the
// Helsinki summit").
func capitalAsPlace(toks []Token, m *Mention) bool {
	k := m.Start
	if k > 0 && toks[k].Lower == "the" {
		k++ // "The Hague" is matched whole
	}
	p := m.Start - 1
	if p >= 0 && toks[p].Lower == "the" && m.Start == k {
		p--
	}
	if p >= 0 && placePreps[toks[p].Lower] {
		return true
	}
	if e := m.End; e+1 < len(toks) && toks[e].Text == "-" && toks[e+1].Lower == "based" {
		return true
	}
	return m.End < len(toks) && placeEvents[toks[m.End].Lower]
}

// extraction assembles the result: entities sorted by id, relations by position.
func (d *document) extraction(meta geokg.Article) *geokg.Extraction {
	used := map[string]bool{}
	for _, r := range d.rels {
		used[r.Subject], used[r.Object] = true, true
	}
	for _, ev := range d.events {
		for _, t := range ev.Targets {
			used[t] = true
		}
	}
	stands := d.standingActors()
	ents := make([]geokg.Entity, 0, len(d.entities))
	for _, e := range d.entities {
		if !used[e.id] && (e.count == 0 || e.medium || d.x.media[e.name]) {
			continue // "IRNA reported", "told Al Jazeera": a medium cited is no actor
		}
		if !used[e.id] && (e.kind == geokg.KindCountry || e.kind == geokg.KindOfficial) && !stands[e] {
			continue // "Greek Orthodox", "the Obama administration": only things of the actor
		}
		aliases := make([]string, 0, len(e.aliases))
		for a := range e.aliases {
			aliases = append(aliases, a)
		}
		sort.Strings(aliases)
		ge := geokg.Entity{ID: e.id, Kind: e.kind, Name: e.name, Aliases: aliases}
		switch e.kind {
		case geokg.KindCountry:
			ge.Code = e.code
		case geokg.KindGroup:
			ge.Subtype, ge.Country = e.subtype, e.country
		case geokg.KindOfficial:
			ge.Title, ge.Country = e.title, e.country
		}
		ents = append(ents, ge)
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	rels := append([]geokg.Relation{}, d.rels...)
	sort.SliceStable(rels, func(i, j int) bool {
		if rels[i].Start != rels[j].Start {
			return rels[i].Start < rels[j].Start
		}
		if rels[i].Type != rels[j].Type {
			return rels[i].Type < rels[j].Type
		}
		if rels[i].Subject != rels[j].Subject {
			return rels[i].Subject < rels[j].Subject
		}
		return rels[i].Object < rels[j].Object
	})
	// Each statement's context: the sentences just before and after its own.
	for i := range rels {
		si := sort.Search(len(d.sents), func(k int) bool { return d.sents[k].Start >= rels[i].Start })
		if si < len(d.sents) && d.sents[si].Start == rels[i].Start {
			if si > 0 {
				rels[i].Before = geokg.ClipContext(d.text[d.sents[si-1].Start:d.sents[si-1].End], true)
			}
			if si+1 < len(d.sents) {
				rels[i].After = geokg.ClipContext(d.text[d.sents[si+1].Start:d.sents[si+1].End], false)
			}
		}
	}
	meta.Text = d.text
	events := append([]geokg.Event{}, d.events...)
	return &geokg.Extraction{
		Article:   meta,
		Entities:  ents,
		Events:    events,
		Relations: rels,
		Extractor: geokg.ExtractorVersion,
	}
}
