// Package extract reads the clean text of one news article and returns the entities,
// events and typed relations it states, each relation with its evidence sentence.
//
// The pipeline is made of rules, dictionaries, a relation-frame lexicon and a syntactic
// model (no network). Data moves one way through its stages:
//
//   - text (package extract/internal/text; text.go): the article text into sentences
//     with their tokens and byte offsets;
//   - actors (actors.go, run by findActors): the sentences into the cast, the entities
//     each sentence names: dictionary mentions of countries, groups and officials from
//     the gazetteer, by longest match over a token trie with case checks (matcher.go);
//     government bodies ("Chile's Ministry of Mining", "the country's interior
//     ministry") with PART_OF (bodies.go) and groups named by common nouns
//     (collectives.go); officials from titles ("Prime Minister Mark Rutte", "Olaf
//     Scholz, Germany's minister") with LEADS or MEMBER_OF, then their later short
//     mentions (officials.go);
//   - reading, sentence by sentence: pronouns and definite descriptions ("it", "the
//     Baltic nation") as mentions, and the references only the frames read (coref.go);
//     events (events.go) and dates (dates.go); frames on the parse (framestage.go);
//     relations from the pattern table and the sentence rules (patterns.go,
//     relations.go and the rel*.go files, rules.go), with negation, modality,
//     passives, coordination and reported speech;
//   - events (package extract/internal/events): one event per happening;
//   - assembly (package extract/internal/assemble): what the reading found into the
//     geokg.Extraction.
package extract

import (
	"context"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/extract/internal/assemble"
	"github.com/geokg/geokg/extract/internal/text"
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
	// stands is the agency of a common noun's lemma (standsForState): a quotation's
	// "our" before a noun of the state is the speaker's state ("our troops").
	stands func(lemma string) frames.Agency
	// prefilter says from a sentence's words whether a frame could fire there: a
	// sentence where none could is not parsed.
	prefilter *frames.Prefilter
	// lexicon is the frame lexicon, whose types of a lemma the pairs' features name
	// (pairs.go).
	lexicon *frames.Lexicon
	// noPatterns switches the pattern table off (WithoutPatterns).
	noPatterns bool
	gaz        *gazetteer.Gazetteer
	dict       *Dictionary
	maxText    int
	// ministries maps "country:field" to the gazetteer name of that ministry
	// ("IRN:foreign" is "Ministry of Foreign Affairs of Iran"), so that a ministry built
	// from a pattern ("Iran's foreign ministry") is the gazetteer's entity.
	ministries map[string]string
	// departments holds the gazetteer names of the state departments (departmentIndex),
	// whose bare "Secretary" is a member of the state.
	departments map[string]bool
	// media holds the gazetteer groups that are news media: a word of class media-word
	// in their name or an alias ("Xinhua News Agency").
	media map[string]bool
	// firstNames are the first names of the gazetteer's officials (persons.go).
	firstNames map[string]bool
	// legislatures maps a country's code to the name of its one gazetteer legislature
	// (legislatureIndex): "Iranian lawmakers" act as the Parliament of Iran.
	legislatures map[string]string
	// bareSurnames maps a surname without its Arabic article to the gazetteer officials
	// whose name ends in it with the article ("Assad": Bashar al-Assad,
	// Hafez al-Assad; bareSurnameIndex).
	bareSurnames map[string][]string
	// chambers maps "CODE word" to the gazetteer chamber of the country's legislature
	// whose name holds the chamber-word (chamberIndex): "Sen. Ruiz" sits in the
	// United States Senate.
	chambers map[string]string
	// parties maps a party's one-word name to the gazetteer party (partyIndex):
	// "Republican senators" are the Republican Party.
	parties map[string]string
}

// New returns an extractor matching the entries of g. A nil g is an empty gazetteer:
// only officials and bodies found from titles and patterns are then read.
func New(g *gazetteer.Gazetteer) *Extractor {
	if g == nil {
		g, _ = gazetteer.FromFile(gazetteer.File{})
	}
	sm, lex := mustLoad(syntax.Default), mustLoad(frames.Default)
	stands := standsForState(mustLoad(gazetteer.Agents))
	legislatures := legislatureIndex(g)
	return &Extractor{gaz: g, dict: newDictionary(g), maxText: MaxTextSize, ministries: ministryIndex(g), departments: departmentIndex(g), media: mediaIndex(g), firstNames: firstNamesOf(g), legislatures: legislatures, bareSurnames: bareSurnameIndex(g),
		chambers: chamberIndex(g, legislatures), parties: partyIndex(g),
		syntax: sm, matcher: frames.NewMatcher(lex, stands), stands: stands,
		prefilter: lex.NewPrefilter(sm.Forms), lexicon: lex}
}

// mediaIndex returns the names of the groups of g that are news media: a word of class
// media-word (gazetteer.WordsFile) in their name or one of their aliases ("Xinhua News
// Agency", "Al Jazeera television").
func mediaIndex(g *gazetteer.Gazetteer) map[string]bool {
	return groupsNamed(g, func(_ gazetteer.Group, n string) bool { return nameHolds(n, "media-word") })
}

// groupsNamed returns the names of the groups gr of g with a name or alias n for which
// named(gr, n) holds.
func groupsNamed(g *gazetteer.Gazetteer, named func(gr gazetteer.Group, n string) bool) map[string]bool {
	out := map[string]bool{}
	for _, gr := range g.Groups() {
		for _, n := range append([]string{gr.Name}, gr.Aliases...) {
			if named(gr, n) {
				out[gr.Name] = true
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
		agency := frames.NotTheState
		switch a.Code[:min(3, len(a.Code))] {
		case "GOV", "MIL", "COP", "SPY":
			agency = frames.StandsForState
		}
		nouns[a.Phrase] = agency
		// a plural the treebanks keep as its own lemma ("troops") is the same agent
		for _, p := range a.Plurals {
			if _, ok := nouns[p]; !ok && !strings.Contains(p, " ") {
				nouns[p] = agency
			}
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
		// and its courts ("a German court ruled", "the Iranian judiciary")
		"investigator", "prosecutor", "court", "judiciary",
		// a state's people named by their standing or their work ("senior Russian
		// figures", "a U.S. team", "American personnel", "Iranian officers")
		"figure", "team", "personnel", "officer",
		// a state's generals, chiefs and guards ("Chile's top general",
		// "Peru's army chief", "Bolivian border guards")
		"general", "chief", "guard"} {
		nouns[w] = frames.StandsForState
	}
	// the opposition, named before the agents' noun, is no agent of the state ("the
	// Peruvian opposition forces", like "Peruvian rebel forces")
	if _, ok := nouns["opposition"]; !ok {
		nouns["opposition"] = frames.NotTheState
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
	return x.extract(ctx, text, meta, nil, nil, false)
}

// Candidates extracts one article as Extract does and returns with the extraction the
// pairs of actors the reading left unrelated in the sentences it parsed, with their
// features (pairs.go), for measuring a learned reader of them (cmd/geokg-learn). It
// fails as Extract does.
func (x *Extractor) Candidates(ctx context.Context, text string, meta geokg.Article) (*geokg.Extraction, []Candidate, error) {
	var cands []Candidate
	ex, err := x.extract(ctx, text, meta, nil, &cands, false)
	return ex, cands, err
}

// AllPairs is Candidates with the pairs the reading related as well: every ordered pair
// of the actors the frames read in a parsed sentence, each with Read, the type of the
// interaction the rules wrote between the two from the sentence, "" for none. It is for
// training a reader on the rules' own output (cmd/geokg-learn -train-corpus).
func (x *Extractor) AllPairs(ctx context.Context, text string, meta geokg.Article) (*geokg.Extraction, []Candidate, error) {
	var cands []Candidate
	ex, err := x.extract(ctx, text, meta, nil, &cands, true)
	return ex, cands, err
}

// extract is Extract, recording what each sentence gave into tr when tr is not nil, and
// collecting the pairs the reading left into cands when cands is not nil (with all, the
// pairs it related too).
func (x *Extractor) extract(ctx context.Context, text string, meta geokg.Article, tr *trace, cands *[]Candidate, all bool) (ex *geokg.Extraction, err error) {
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
	d.candidates, d.allPairs = cands, all
	defer d.release()
	if err := d.run(ctx); err != nil {
		return nil, err
	}
	return d.extraction(meta), nil
}

// textBuffers recycles the token and sentence arrays of finished articles: the tokens
// are the largest allocation of an extraction, and nothing of them outlives it (the
// Extraction holds strings of the text, never tokens).
var textBuffers = sync.Pool{New: func() any { return new(text.Buffers) }}

// release returns the document's text buffers to textBuffers; d is unusable after.
func (d *document) release() {
	if d.buf == nil {
		return
	}
	d.buf.Reset() // drop references to this article's text
	textBuffers.Put(d.buf)
	d.buf, d.sents = nil, nil
}

// newDocument tokenises text and prepares the per-article state of the pipeline.
func newDocument(x *Extractor, s, published string) *document {
	d := &document{
		text:      s,
		published: published,
		relSeen:   map[string]int{},
		eventSeen: map[string]int{},
		accusers:  map[string][]accusation{},
		sentEvent: map[int]string{},
		x:         x,

		sentEventType: map[sentType]int{},
	}
	d.buf = textBuffers.Get().(*text.Buffers)
	d.sents = splitText(s, d.buf)
	d.cast = newCast(len(d.sents))
	return d
}

// eachSentence applies f to every sentence but furniture, in order; it returns the
// context's error when ctx ends.
func (d *document) eachSentence(ctx context.Context, f func(si int)) error {
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

// run applies the stages that follow the text stage (newDocument) to the article: the
// actors, the reading sentence by sentence, the visits made for meetings with others
// (journeys.go), and the events (the assembly is extraction).
func (d *document) run(ctx context.Context) error {
	if err := d.findActors(ctx); err != nil {
		return err
	}
	if err := d.eachSentence(ctx, d.readSentence); err != nil {
		return err
	}
	d.dropVisitsForOthers()
	d.mergeEvents()
	return nil
}

// readSentence is the reading stage on sentence si: the references it makes
// (coref.go), the events it names (events.go), the frames on its parse (framestage.go),
// then the pattern table and the sentence rules on what the frames did not settle
// (relations.go); and, for Candidates, the pairs of actors left unrelated (pairs.go).
func (d *document) readSentence(si int) {
	d.findReferences(si)
	d.findEvents(si)
	clear(d.decided)
	d.parsed, d.readActors = nil, d.readActors[:0]
	d.findFrames(si)
	d.findRelations(si)
	d.collectPairs(si)
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

// extraction runs the assembly stage (package extract/internal/assemble) on what the
// reading found: entities sorted by id, relations by position.
func (d *document) extraction(meta geokg.Article) *geokg.Extraction {
	stands := d.standingActors()
	buf := candidateBuffers.Get().(*[]assemble.Candidate)
	defer func() {
		clear((*buf)[:cap(*buf)]) // drop references to this article's entities
		*buf = (*buf)[:0]
		candidateBuffers.Put(buf)
	}()
	cands := (*buf)[:0]
	for _, e := range d.entities {
		ge := geokg.Entity{ID: e.id, Kind: e.kind, Name: e.name}
		switch e.kind {
		case geokg.KindCountry:
			ge.Code = e.code
		case geokg.KindGroup:
			ge.Subtype, ge.Country = e.subtype, e.country
		case geokg.KindOfficial:
			ge.Title, ge.Country = e.title, e.country
		}
		cands = append(cands, assemble.Candidate{Entity: ge, AliasSet: e.aliases, Named: e.count > 0 && !e.untitled && !e.shaped,
			Medium: e.medium || d.x.media[e.name], Standing: stands[e]})
	}
	*buf = cands
	return assemble.Assemble(assemble.Input{Article: meta, Text: d.text, Sentences: d.buf.Sentences,
		Entities: cands, Relations: d.rels, Events: d.events})
}

// candidateBuffers recycles the arrays of the entities given to the assembly, which
// keeps none of them.
var candidateBuffers = sync.Pool{New: func() any { return new([]assemble.Candidate) }}
