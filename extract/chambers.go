package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// chamberIndex maps "CODE word" to the gazetteer chamber of a country's legislature
// (legislatureIndex) whose name holds the word of class chamber-word ("USA senate":
// United States Senate, "USA house": United States House of Representatives); a word
// that two chambers share ("house": House of Commons, House of Lords) is left out, and
// so are the chambers' committees.
func chamberIndex(g *gazetteer.Gazetteer, legislatures map[string]string) map[string]string {
	codeOf := map[string]string{}
	for code, name := range legislatures {
		codeOf[name] = code
	}
	idx := uniqueNames{}
	for _, gr := range g.Groups() {
		code, ok := codeOf[gr.Parent]
		words := strings.Fields(strings.ToLower(gr.Name))
		if !ok || chamberBodyHeads[words[len(words)-1]] {
			continue
		}
		for _, w := range words {
			if actorWord("chamber-word", w) {
				idx.add(code+" "+w, gr.Name)
			}
		}
	}
	return idx.unique()
}

// chamberWordOf returns the chamber a legislator's title ts over toks names: the
// chamber-word that opens it in capitals ("House Speaker", "Senate Majority Leader"; not
// "White House press secretary"), or, for a title that is its head alone, "senate" for a
// senate-title ("Sen.", "Senator") and "house" for a house-title ("Rep.", "Congressman";
// not "Trade Representative"); "" for any other title. whole reports a house-title: its
// holder is filed under the whole legislature, as the dev gold files a representative.
func chamberWordOf(toks []Token, ts titleSpan) (word string, whole bool) {
	first := toks[ts.start]
	switch head := strings.TrimSuffix(toks[ts.end-1].Lower, "."); {
	case ts.end-ts.start > 1:
		if first.IsCapitalized() && actorWord("chamber-word", first.Lower) {
			return first.Lower, false
		}
	case actorWord("senate-title", head):
		return "senate", false
	case actorWord("house-title", head):
		return "house", true
	}
	return "", false
}

// chamberMember writes the relation a legislator's title ts states of official e in
// sentence si, and reports whether it did: MEMBER_OF the chamber the title names
// (chamberWordOf; a representative the legislature), LEADS it for a legislature-title
// ("House Speaker Ana Ruiz"). The chamber is the country's that the title's context
// names ("U.S. Sen. Ruiz", "Republican Sen. Ruiz" through the party's country), else
// the one country the article names (by a mention of it or of one of its bodies) that
// has such a chamber, unless the sentence names another country's legislature ("Sen.
// Ruiz, who chairs the Peruvian Congress' committee"); a country without one
// ("Philippine Sen. Ruiz") or an organisation ("U.N. representative Ruiz") gives none.
// A title that is its head alone is a title only capitalised ("the high representative
// of the EU", "a representative of the company" are none), and one that other posts
// share (sharedTitleOwned) only with no other name's word before it. An official the gazetteer
// knows with a country keeps his membership of it and gets no chamber from a bare
// "Senator" or "Rep.", as the dev gold files him; one without a country takes none
// from the chamber: a legislator does not speak for his state, and his criticism of
// its president is no act of his own side.
func (d *document) chamberMember(si int, e *entity, ts titleSpan) bool {
	toks := d.sents[si].Tokens
	word, whole := chamberWordOf(toks, ts)
	if word == "" || ts.end-ts.start == 1 && (e.country != "" || !toks[ts.start].IsCapitalized() || d.sharedTitleOwned(si, ts.start)) {
		return false
	}
	code := e.country
	if c := ts.context; c != nil {
		code = c.code
		if c.kind == geokg.KindGroup {
			code = c.country
		}
	} else if code == "" {
		if code = d.countryWithChamber(word); d.foreignLegislature(si, code) {
			return false
		}
	}
	name, ok := d.x.chambers[code+" "+word]
	if whole {
		name = d.x.legislatures[code]
	}
	if !ok || name == "" {
		return false
	}
	ch := d.groupEntity(name, geokg.OtherGroup, code, toks[ts.start].Start)
	ch.count++
	typ := geokg.MemberOf
	if ts.role == RoleGroupHead && actorWord("legislature-title", toks[ts.end-1].Lower) {
		typ = geokg.Leads
	}
	d.addRelation(si, e, typ, ch, 0.8, "")
	return true
}

// countryWithChamber returns the code of the one country that has a chamber of the word
// (chamberIndex) and that the article names, by its own mention or one of a body of it,
// or "" when it names none or two.
func (d *document) countryWithChamber(word string) string {
	found := ""
	for _, e := range d.entities {
		code := mentionCountry(e)
		if _, ok := d.x.chambers[code+" "+word]; !ok || e.count == 0 || code == found {
			continue
		}
		if found != "" {
			return ""
		}
		found = code
	}
	return found
}

// isChamber reports whether the group name is a chamber of a legislature (chamberIndex).
func (d *document) isChamber(name string) bool {
	for _, c := range d.x.chambers {
		if c == name {
			return true
		}
	}
	return false
}

// foreignLegislature reports whether sentence si names the national legislature, or a
// body of one, of a country other than the one with the code (a group of that country
// whose name holds a legislature-word): a legislator named there without his country
// may be of that country and not of the one the article has a chamber of.
func (d *document) foreignLegislature(si int, code string) bool {
	for _, m := range d.mentions[si] {
		if m.ent.kind == geokg.KindGroup && m.ent.country != "" && m.ent.country != code && nameHolds(m.ent.name, "legislature-word") {
			return true
		}
	}
	return false
}

// sharedTitleOwned reports whether the legislator's title at token i of sentence si is
// a word other posts share (class shared-title: "representative") after a capitalised
// word of another name (ownerBefore: "EU High Representative Ruiz", "Trade
// Representative Ruiz"), not a party's (class legislator-party: "Republican
// Representative Ruiz"). "Sen." and "Senator" name no other post: "Texas Sen. Ruiz" is
// a senator.
func (d *document) sharedTitleOwned(si, i int) bool {
	toks := d.sents[si].Tokens
	return actorWord("shared-title", toks[i].Lower) && d.ownerBefore(si, i) && !actorWord("legislator-party", toks[i-1].Lower)
}

// theLegislature reads a national legislature or chamber that sentence si names by
// "the" and its common noun alone (class legislature-reference: "the parliament", "the
// legislature"; a chamber-word only capitalised: "the Senate", "the House"), also past
// one party-control modifier ("the GOP-led House", "the Republican-controlled Senate"):
// the legislature the article has named (namedLegislature), one mention over the phrase.
// A noun before a capitalised word or "of" is the start of a name ("the House
// Intelligence Committee", "the House of Commons"), and one the body stage placed is
// its mention ("Peru's parliament").
func (d *document) theLegislature(si int) {
	toks := d.sents[si].Tokens
	for i := 1; i < len(toks); i++ {
		w := toks[i]
		if !actorWord("legislature-reference", w.Lower) || actorWord("chamber-word", w.Lower) && !w.IsCapitalized() || d.mentionAt(si, i) != nil {
			continue
		}
		if i+1 < len(toks) && (toks[i+1].IsWord() && toks[i+1].IsCapitalized() || toks[i+1].Lower == "of") {
			continue
		}
		mod := controlModifierStart(toks, i)
		if mod == 0 || toks[mod-1].Lower != "the" || d.mentionAt(si, mod-1) != nil {
			continue
		}
		e := d.namedLegislature(si, mod-1, w)
		if e == nil {
			continue
		}
		start := mod - 1
		if mod < i {
			start = i // the party of "the GOP-led House" keeps its mention
		}
		d.addMention(si, &Mention{Start: start, End: i + 1, ent: e, Form: FormRef, possessive: i+1 < len(toks) && toks[i+1].Lower == "'s"})
	}
}

// controlModifierStart returns the start of a party-control modifier that ends before
// token i ("GOP-led", "Democratic-controlled": a capitalised word, a hyphen and a word
// of class control-participle), or i when there is none.
func controlModifierStart(toks []Token, i int) int {
	if i >= 3 && actorWord("control-participle", toks[i-1].Lower) && toks[i-2].Text == "-" && toks[i-3].IsCapitalized() {
		return i - 3
	}
	return i
}

// namedLegislature returns the legislature that "the" at token k of sentence si and
// the noun w name: among the national legislatures the article named before it (a
// group of a country whose name holds a legislature-word or legislature-name, no
// committee or party; for a chamber-word one whose name holds the word), the one named
// in the corefWindow sentences before, else with none there the one of the article
// (for "the parliament" only one of the article's main country); for a chamber-word
// with none named, the chamber of that word of the one country whose legislature the
// article names (chamberCountry: "the Senate" after "Congress"). nil when two fit.
func (d *document) namedLegislature(si, k int, w Token) *entity {
	chamber := actorWord("chamber-word", w.Lower)
	fits := func(e *entity) bool {
		if e == nil || e.kind != geokg.KindGroup || e.country == "" || e.subtype == geokg.Party || !nameHolds(e.name, "legislature-word") && !nameHolds(e.name, "legislature-name") {
			return false
		}
		words := strings.Fields(strings.ToLower(e.name))
		return !slices.Contains(words, "committee") && (!chamber || slices.Contains(words, w.Lower))
	}
	e, two := d.soleBefore(si, k, si-corefWindow, func(_ int, m *Mention) *entity {
		if fits(m.ent) {
			return m.ent
		}
		return nil
	})
	if e != nil || two {
		return e
	}
	at := d.sents[si].Tokens[k].Start
	for _, x := range d.entities {
		if x.count <= 0 || x.first >= at || !fits(x) {
			continue
		}
		if e != nil && e != x {
			return nil // two the article named
		}
		e = x
	}
	if e != nil {
		if !chamber && (d.dominant == nil || e.country != d.dominant.code) {
			return nil
		}
		return e
	}
	if !chamber {
		return nil
	}
	c := d.chamberCountry(w.Text)
	if c == nil {
		return nil
	}
	name, ok := d.x.chambers[c.code+" "+w.Lower]
	if !ok {
		return nil
	}
	return d.groupEntity(name, geokg.OtherGroup, c.code, w.Start)
}
