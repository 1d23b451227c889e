package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
)

// corefWindow is how many sentences back a pronoun or description may reach.
const corefWindow = 3

// resolvePossessive resolves "its" or "their" at token k of sentence si to a country or
// group. The subject of the sentence (its first actor mention) is preferred, then the
// subject of the sentence before, then the most recent mention of the preferred kind.
func (d *document) resolvePossessive(si, k int, prefer geokg.Kind) *entity {
	if prefer == geokg.KindGroup {
		if e := d.recent(si, k, func(_ int, m *Mention) bool { return m.ent.kind == geokg.KindGroup }); e != nil {
			return e
		}
	}
	return d.resolveIt(si, k)
}

// resolveIt resolves "it" or "its" at token k of sentence si: the first country or group
// of this sentence before k, else the first of the sentence before, else the most recent.
func (d *document) resolveIt(si, k int) *entity {
	ok := func(s int, m *Mention) bool {
		return (m.ent.kind == geokg.KindCountry || m.ent.kind == geokg.KindGroup) && d.isActor(s, m) && !d.placeNamed(s, m)
	}
	if e := d.directedParty(si, k); e != nil {
		return e
	}
	for _, m := range d.mentions[si] {
		if m.Start >= k {
			break
		}
		if ok(si, m) {
			return m.ent
		}
		if c := d.officeOf(si, m); c != nil {
			return c
		}
	}
	if si > 0 {
		// the main clause's subject: not an actor of an opening "After ..., " clause
		from := introEnd(d.sents[si-1].Tokens)
		for _, m := range d.mentions[si-1] {
			if m.Start < from {
				continue
			}
			if ok(si-1, m) {
				return m.ent
			}
			if c := d.officeOf(si-1, m); c != nil {
				return c
			}
		}
		for _, m := range d.mentions[si-1] {
			if ok(si-1, m) {
				return m.ent
			}
		}
	}
	return d.recent(si, k, ok)
}

// placeNamed reports whether the country mention m of sentence si names where something
// is, after "in" or "at" ("In Beijing, the Danish embassy confirmed that it had been
// summoned": "it" is not China): a place is no antecedent of "it".
func (d *document) placeNamed(si int, m *Mention) bool {
	if m.ent.kind != geokg.KindCountry || m.Start == 0 {
		return false
	}
	w := d.sents[si].Tokens[m.Start-1].Lower
	return w == "in" || w == "at"
}

// resolveItPronoun resolves the pronoun "it" at token k of sentence si, whose
// antecedent is more often a thing (a deal, a drone, a decision) than a state: the first
// country or group of its sentence before k (or an official's government), else the
// subject of the sentence before when a country or group opens its main clause ("Hamas
// responded to the raid. It fired rockets"), else nothing. A sentence before that opens
// with a person, a thing or a clause gives none ("Modi has defended it", "The decision
// was welcomed by Israel. It ..."): unlike resolveIt, no actor further in that sentence
// and no older one is taken.
func (d *document) resolveItPronoun(si, k int) *entity {
	ok := func(s int, m *Mention) bool {
		return (m.ent.kind == geokg.KindCountry || m.ent.kind == geokg.KindGroup) && d.isActor(s, m) && !d.placeNamed(s, m) && !d.peopleNoun(s, m)
	}
	if e := d.directedParty(si, k); e != nil {
		return e
	}
	// a pronoun outside quotations takes no actor named only inside one ("“The US has
	// become part of the problem.” However, it was welcomed by Netanyahu")
	here := d.sentenceQuotes(si)
	outside := !here[k]
	for _, m := range d.mentions[si] {
		if m.Start >= k {
			break
		}
		if outside && here[m.Start] {
			continue
		}
		if e := d.governmentBefore(si, m.Start); e != nil {
			return e
		}
		if ok(si, m) {
			return m.ent
		}
		if c := d.officeOf(si, m); c != nil {
			return c
		}
	}
	if e := d.governmentBefore(si, k); e != nil {
		return e // "The administration said it ..."
	}
	if si == 0 {
		return nil
	}
	toks := d.sents[si-1].Tokens
	from := subjectFrom(toks)
	var before []bool
	if outside {
		before = d.sentenceQuotes(si - 1)
	}
	for _, m := range d.mentions[si-1] {
		if m.Start < from || m.ent == nil {
			continue
		}
		if !opensClause(toks, from, m.Start) || outside && before[m.Start] {
			return nil
		}
		if ok(si-1, m) || m.possessive && (m.ent.kind == geokg.KindCountry || m.ent.kind == geokg.KindGroup) && m.Form != FormDemonym {
			return m.ent // "North Korea's posture appears as hardline as ever"
		}
		if c := d.officeOf(si-1, m); c != nil {
			return c
		}
		if m.Form == FormDemonym {
			continue // "The Iranian military said ..."
		}
		return nil
	}
	return nil
}

// peopleNoun reports whether the mention m of sentence si is a plural noun of people that
// stands for a legislature (legislatureBefore: "MPs voted ... and five Labour MPs backed
// it"): no antecedent of "it".
func (d *document) peopleNoun(si int, m *Mention) bool {
	return m.Form == FormRef && actorWord("legislator-noun", d.sents[si].Tokens[m.Start].Lower)
}

// placedAfter reports whether token k of sentence si is an "in" before a country's
// name or capital ("the government in Kabul", "in the Netherlands"): a government so
// placed is that country's, not one named before.
func (d *document) placedAfter(si, k int) bool {
	toks := d.sents[si].Tokens
	if k >= len(toks) || toks[k].Lower != "in" {
		return false
	}
	j := k + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	m := d.mentionAt(si, j)
	return m != nil && m.ent != nil && m.ent.kind == geokg.KindCountry && m.Form != FormDemonym
}

// governmentBefore returns the country of "the administration", "the government" or
// "the regime" (governmentOf) when it is the first noun phrase of sentence si before
// token k that names no mention ("The administration said it believed ..."), or nil.
func (d *document) governmentBefore(si, k int) *entity {
	toks := d.sents[si].Tokens
	for q := 1; q < k; q++ {
		if governmentNouns[toks[q].Lower] && toks[q-1].Lower == "the" && d.mentionAt(si, q) == nil && (q+1 >= len(toks) || toks[q+1].Lower != "of" && !d.placedAfter(si, q+1)) {
			return d.governmentOf(si, q-1, toks[q].Lower)
		}
	}
	return nil
}

// subjectFrom returns the token where the main clause of a sentence may begin: after an
// opening subordinate clause ("After ..., ", also after "But": "But while ..., "), or
// after an opening prepositional phrase closed by a comma within six words ("On Monday,
// ").
func subjectFrom(toks []Token) int {
	from := introEnd(toks)
	if from == 0 && len(toks) > 1 && (toks[0].Lower == "but" || toks[0].Lower == "and" || toks[0].Lower == "yet") {
		if from = introEnd(toks[1:]); from > 0 {
			from++ // "But while ..., North Korea's posture ..."
		}
	}
	if from < len(toks) && openingPreps[toks[from].Lower] {
		for q := from + 1; q < len(toks) && q <= from+6; q++ {
			if toks[q].Text == "," {
				return q + 1
			}
		}
	}
	return from
}

// opensClause reports whether the words of toks from token from up to token k are only
// what may stand before a clause's subject: determiners, capitalised words (titles,
// name words), possessive endings, hyphens and quotation marks ("The U.S.-backed
// government", "Foreign Minister X"), or a short opening prepositional phrase with no
// comma ("In recent years the US"), so that the phrase at k is the clause's subject.
func opensClause(toks []Token, from, k int) bool {
	if from < k && openingPreps[toks[from].Lower] && k-from <= 5 && !prepositions[toks[k-1].Lower] && (k-2 <= from || toks[k-1].Lower != "the" || !prepositions[toks[k-2].Lower]) {
		for q := from + 1; q < k; q++ {
			if !toks[q].IsWord() || toks[q].IsCapitalized() && !weekdayOrMonth(toks[q].Lower) {
				return false
			}
		}
		return true // "In recent years the US", "On Monday the ministry"
	}
	for q := from; q < k; q++ {
		t := toks[q]
		switch {
		case t.Lower == "the" || t.Lower == "a" || t.Lower == "an" || t.Lower == "'s" || t.Lower == "'" || t.Text == "-" || isQuoteMark(t.Text):
		case t.IsWord() && t.IsCapitalized():
		default:
			return false
		}
	}
	return true
}

// expletiveIt reports whether "it" at token i is an expletive whose clause follows: "it"
// and a form of "be", then a word and "that" ("said it was outrageous that ...", "it is
// unclear whether"), or an adjective that takes no actor before "to" ("it is important
// to"); or the "it" of the idiom "when it comes to" ("when it came to Iran, Peru ..."; "it
// came to power" is an actor's). An adjective of a mind ("it was confident that", "it is
// ready to") leaves "it" an actor.
func expletiveIt(toks []Token, i int) bool {
	if i > 0 && toks[i-1].Lower == "when" && i+2 < len(toks) && (toks[i+1].Lower == "comes" || toks[i+1].Lower == "came") && toks[i+2].Lower == "to" {
		return true
	}
	q := i + 1
	if q < len(toks) && (toks[q].Lower == "would" || toks[q].Lower == "will") && q+1 < len(toks) && toks[q+1].Lower == "be" {
		q++
	}
	if q >= len(toks) || !itBeForms[toks[q].Lower] {
		return false
	}
	q++
	for q < len(toks) && (toks[q].Lower == "not" || toks[q].Lower == "also" || toks[q].Lower == "still" || toks[q].Lower == "very" || toks[q].Lower == "so" || toks[q].Lower == "too") {
		q++
	}
	if q+1 >= len(toks) || !toks[q].IsWord() || toks[q].IsCapitalized() || actorAdjectives[toks[q].Lower] {
		return false
	}
	switch next := toks[q+1].Lower; {
	case next == "that" || next == "whether" || next == "how" || next == "why" || next == "when" || next == "if":
		return true
	case next == "to" || next == "for":
		return expletiveAdjectives[toks[q].Lower]
	}
	return false
}

// itBeForms are the forms of "be" after an expletive "it".
var itBeForms = map[string]bool{"is": true, "was": true, "'s": true, "be": true, "seems": true, "seemed": true, "appears": true, "appeared": true}

// actorAdjectives say a mind's state: "it" before them is an actor ("Iran said it was
// confident that", "it is ready to").
var actorAdjectives = map[string]bool{
	"confident": true, "sure": true, "certain": true, "aware": true, "convinced": true, "concerned": true,
	"worried": true, "disappointed": true, "hopeful": true, "pleased": true, "happy": true, "glad": true,
	"satisfied": true, "determined": true, "committed": true, "ready": true, "prepared": true, "willing": true,
	"unwilling": true, "able": true, "unable": true, "eager": true, "keen": true, "open": true, "free": true,
	"reluctant": true, "likely": true, "unlikely": true, "going": true, "seeking": true, "trying": true,
	"planning": true, "considering": true, "working": true, "looking": true,
}

// expletiveAdjectives before "to" or "for" make "it" an expletive ("it is important to",
// "it was time for").
var expletiveAdjectives = map[string]bool{
	"important": true, "necessary": true, "essential": true, "vital": true, "crucial": true, "time": true,
	"difficult": true, "hard": true, "easy": true, "impossible": true, "possible": true, "wrong": true,
	"right": true, "unacceptable": true, "unfair": true, "fair": true, "good": true, "bad": true,
	"better": true, "best": true, "dangerous": true, "too": true, "enough": true, "premature": true,
}

// officeOf returns the country of an official's mention m in sentence si that names the
// official's government ("the Obama administration", "the Maduro government"), or nil:
// "it" after "The Obama administration imposed sanctions ... as it accused" is the
// United States.
func (d *document) officeOf(si int, m *Mention) *entity {
	toks := d.sents[si].Tokens
	if m.ent == nil || m.ent.kind != geokg.KindOfficial || m.ent.country == "" || m.possessive || m.End >= len(toks) || !governmentNouns[toks[m.End].Lower] {
		return nil
	}
	return d.countryEntity(m.ent.country, toks[m.Start].Start)
}

// directedParty returns the party a directive before a contrast asked to act, for "it"
// at token k of sentence si that opens the contrast ("The US has urged the Venezuelan
// military to back Mr Guaidó, but so far it has remained loyal to Mr Maduro": the
// military, which did not do as asked), or nil.
func (d *document) directedParty(si, k int) *entity {
	toks := d.sents[si].Tokens
	but := -1
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if toks[q].Lower == "but" || toks[q].Lower == "yet" {
			but = q
			break
		}
	}
	if but < 2 || toks[but-1].Text != "," {
		return nil
	}
	for v := but - 2; v >= 0; v-- {
		if !directiveVerbs[toks[v].Lower] {
			continue
		}
		for _, m := range d.mentions[si] {
			if m.Start > v && m.End <= but && m.ent != nil && (m.ent.kind == geokg.KindCountry || m.ent.kind == geokg.KindGroup) {
				return m.ent // the first actor after the verb: its object
			}
		}
		return nil
	}
	return nil
}

// directiveVerbs ask another to act ("urged X to", "pressed X to").
var directiveVerbs = map[string]bool{
	"urged": true, "urges": true, "urging": true, "asked": true, "asks": true, "pressed": true,
	"presses": true, "pressured": true, "pushed": true, "told": true, "called": true, "calls": true,
}

// introEnd returns the token after the comma that closes an opening subordinate or
// prepositional clause ("After months of holding its fire as it struggled ..., Hamas
// responded": the clause before the main subject), or 0.
func introEnd(toks []Token) int {
	if len(toks) == 0 || !introWords[toks[0].Lower] {
		return 0
	}
	for q, t := range toks {
		if t.Text == "," {
			return q + 1
		}
	}
	return 0
}

// recent returns the entity of the latest mention before token k of sentence si (within
// corefWindow sentences) that fits.
func (d *document) recent(si, k int, fits func(s int, m *Mention) bool) *entity {
	for s := si; s >= 0 && s >= si-corefWindow; s-- {
		ms := d.mentions[s]
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if s == si && m.Start >= k {
				continue
			}
			if m.ent != nil && fits(s, m) {
				return m.ent
			}
		}
	}
	return nil
}

// resolveDescription resolves a definite description starting at token k ("the country",
// "the Baltic nation", "the group") to an entity of the kind. With a region word, the
// latest country of that region in the article is taken.
func (d *document) resolveDescription(si, k int, kind geokg.Kind, region string) *entity {
	return d.resolveDescriptionBut(si, k, kind, region, nil)
}

// resolveDescriptionBut is resolveDescription with one entity left out: the subject of
// the description's own clause, which a description after the verb does not name ("It
// imposed sanctions on the country": the country is not "it").
func (d *document) resolveDescriptionBut(si, k int, kind geokg.Kind, region string, not *entity) *entity {
	if region != "" {
		codes := regionWords[region]
		if c, ok := monarchies[region]; ok {
			codes = c
		}
		in := map[string]bool{}
		for _, c := range codes {
			in[c] = true
		}
		for s := si; s >= 0; s-- {
			ms := d.mentions[s]
			for j := len(ms) - 1; j >= 0; j-- {
				m := ms[j]
				if s == si && m.Start >= k {
					continue
				}
				if m.ent.kind == geokg.KindCountry && in[m.ent.code] && m.ent != not {
					return m.ent
				}
			}
		}
		return nil
	}
	fits := func(_ int, m *Mention) bool { return m.ent.kind == kind && m.Form != FormDemonym && m.ent != not }
	if kind == geokg.KindCountry {
		// the subject of this sentence, else of the sentence before; a national body
		// names its country ("Pakistan's military, which controls the country's ...")
		subject := func(s int, m *Mention) *entity {
			if fits(s, m) {
				return m.ent
			}
			if e := m.ent; e.kind == geokg.KindGroup && e.country != "" && (e.subtype == geokg.Agency || e.subtype == geokg.Military) && !m.possessive {
				if c := d.countryEntity(e.country, e.first); c != not {
					return c
				}
			}
			return nil
		}
		var official *entity
		other := false
		toks := d.sents[si].Tokens
		from := subjectFrom(toks)
		for _, m := range d.mentions[si] {
			if m.Start >= k {
				break
			}
			if e := subject(si, m); e != nil {
				return e
			}
			if m.Form == FormDemonym && m.ent.kind == geokg.KindCountry && m.ent != not && m.Start >= from && opensClause(toks, from, m.Start) {
				return m.ent // "North Korean state media reported that the country ..."
			}
			if e := m.ent; official == nil && e.kind == geokg.KindOfficial && e.country != "" && !e.former && !m.possessive && m.Form != FormRef {
				official = e
			} else if official != nil && mentionCountry(m.ent) != official.country {
				other = true // "Kerry met Iranian officials and the country's ...": whose?
			}
		}
		if official != nil && !other {
			// with no country named before it in its sentence, an official of a country
			// names it ("Pakistani Prime Minister Shahid Abbasi held a meeting of the
			// country's national security committee")
			if c := d.countryEntity(official.country, official.first); c != not {
				return c
			}
		}
		if official == nil {
			if c := d.onlyNationality(si, k); c != nil && c != not {
				return c // "The Taliban controls more Afghan territory ... throughout the country"
			}
		}
		if si > 0 {
			for _, m := range d.mentions[si-1] {
				if e := subject(si-1, m); e != nil {
					return e
				}
			}
		}
	}
	return d.recent(si, k, fits)
}

// descriptionHead reads the words between "the" at token i and the head of a
// description: region words ("the Baltic nation", "the Latin American country") and
// descriptive words that name no region ("the isolated nation", "the reclusive communist
// state"), up to three. It returns the head's index, the last region word ("" for none)
// and whether a descriptive word stood there.
func descriptionHead(toks []Token, i int) (j int, region string, described bool) {
	j = i + 1
	for j < len(toks) && j < i+4 {
		w := toks[j].Lower
		if _, ok := regionWords[w]; ok {
			region, j = w, j+1
			continue
		}
		if j+1 < len(toks) {
			if _, ok := regionWords[w+" "+toks[j+1].Lower]; ok {
				region, j = w+" "+toks[j+1].Lower, j+2
				continue
			}
		}
		if descriptiveWords[w] && toks[j].Text == w {
			described, j = true, j+1
			continue
		}
		break
	}
	return j, region, described
}

// onlyCountryBefore returns the country a description with a descriptive word at token k
// of sentence si stands for ("the isolated nation"): the one country named (by its name,
// a demonym or a reference) in the sentence before and in sentence si before k; nil when
// those name none or two, since such words often describe the country another acts on
// ("the U.S. warned North Korea ... the rogue nation": none).
func (d *document) onlyCountryBefore(si, k int) *entity {
	e, _ := d.soleBefore(si, k, si-1, func(_ int, m *Mention) *entity {
		if m.ent.kind != geokg.KindCountry {
			return nil
		}
		return m.ent
	})
	return e
}

// soleBefore returns the one entity that fits (fits gives it for a mention of sentence s,
// or nil) among the mentions of sentences from to si before token k of si; two that fit
// give nil and two true.
func (d *document) soleBefore(si, k, from int, fits func(s int, m *Mention) *entity) (e *entity, two bool) {
	var found *entity
	for s := max(0, from); s <= si; s++ {
		for _, m := range d.mentions[s] {
			if s == si && m.Start >= k || m.ent == nil {
				continue
			}
			e := fits(s, m)
			if e == nil {
				continue
			}
			if found != nil && found != e {
				return nil, true
			}
			found = e
		}
	}
	return found, false
}

// mentionCountry is the country an entity belongs to or is: a country's code, a group's
// or an official's country ("" when unknown).
func mentionCountry(e *entity) string {
	if e.kind == geokg.KindCountry {
		return e.code
	}
	return e.country
}

// speakersOfficials rebinds a definite title inside a quotation ("the president", "the
// prime minister": an official the officials stage gave the latest or most named holder
// of that post, definiteTitle) to the holder of that post in the speaker's own country
// when the quotation's speaker is of another country than the one bound and the article
// has named, within ten sentences, an official of that post and the speaker's country,
// other than the speaker: "“The president condemned Chile,” Peru's foreign minister said"
// after President Vega of Peru and then President Soto of Bolivia is Vega; a speaker of
// no known country, or none of that post in the speaker's country, leaves the binding as
// it was (a Peruvian general quoted on "the president" of Bolivia, where he serves, when
// the article names no Peruvian president).
func (d *document) speakersOfficials(si int) {
	toks := d.sents[si].Tokens
	for _, m := range d.mentions[si] {
		if m.Form != FormRef || m.ent == nil || m.ent.kind != geokg.KindOfficial || m.End-m.Start < 2 || toks[m.Start].Lower != "the" {
			continue
		}
		sp := d.quotedSpeaker(si, m.Start)
		if sp == nil || sp == m.ent {
			continue
		}
		c := mentionCountry(sp)
		if c == "" || c == m.ent.country {
			continue
		}
		head := strings.ToLower(d.surface(si, m.Start+1, m.End))
		own := d.salientOfficial(si, func(e *entity) bool {
			return e.country == c && holdsPost(e, head)
		})
		if own != nil && own != sp {
			m.ent = own
		}
	}
}

// findReferences adds mentions for pronouns and definite descriptions of sentence si:
// "it", "he", "she", "the country", "the Baltic nation", "the group". They can then be
// subjects and objects of relations.
func (d *document) findReferences(si int) {
	d.speakersOfficials(si) // before the pronouns, which may stand for them
	d.armedDemonyms(si)
	toks := d.sents[si].Tokens
	for i := 0; i < len(toks); i++ {
		if d.mentionAt(si, i) != nil {
			continue
		}
		t := toks[i]
		switch t.Lower {
		case "it":
			// "It is the third such case ..." at a sentence start is rarely the actor, nor
			// is "it" in "said it was outrageous that ..."
			if expletiveIt(toks, i) {
				continue
			}
			if e := d.resolveItPronoun(si, i); e != nil && (i > 0 || i+1 < len(toks) && !expletiveNext[toks[i+1].Lower]) {
				d.addMention(si, &Mention{Start: i, End: i + 1, ent: e, Form: FormRef})
			}
		case "he", "she":
			if e := d.resolvePerson(si, i, t.Lower, d.quotedSpeaker(si, i)); e != nil {
				d.addMention(si, &Mention{Start: i, End: i + 1, ent: e, Form: FormRef})
			}
		case "lawmakers", "legislators", "parliamentarians", "mps":
			if d.bareNoun(si, i) {
				if e := d.legislatureBefore(si, i); e != nil {
					d.addMention(si, &Mention{Start: i, End: i + 1, ent: e, Form: FormRef})
				}
			}
		case "the":
			if n := d.armedDescription(si, i); n > 0 {
				if e := d.armedGroupBefore(si, i); e != nil {
					d.addMention(si, &Mention{Start: i, End: n, ent: e, Form: FormRef, possessive: n < len(toks) && toks[n].Lower == "'s"})
				}
				i = n - 1
				continue
			}
			// the [region] country|nation|state|kingdom|group|movement
			j, region, described := descriptionHead(toks, i)
			if j >= len(toks) {
				continue
			}
			w := toks[j].Lower
			// "the country's" is a possessive context, handled with the noun after it
			if j+1 < len(toks) && toks[j+1].Lower == "'s" {
				continue
			}
			// not "the state media", "the country side"
			if j+1 < len(toks) && toks[j+1].IsWord() && !actorWord("side-noun", w) && !isClauseWord(toks[j+1].Lower) && len(patterns.verbs[toks[j+1].Lower]) == 0 {
				continue
			}
			if j+1 < len(toks) && toks[j+1].Lower == "of" && !d.chargedOf(si, i, j) {
				// "the Kingdom of Saudi Arabia", "the State of Israel": the name follows, and
				// the whole phrase names the country
				if m := d.mentionAt(si, j+2); m != nil && m.Start == j+2 && m.ent.kind == geokg.KindCountry && countryNouns[w] && !governmentNouns[w] && region == "" {
					d.replaceMentions(si, &Mention{Start: i, End: m.End, ent: m.ent, Form: m.Form, possessive: m.possessive})
				}
				continue
			}
			if _, ok := monarchies[w]; ok && region == "" {
				region = w // "the kingdom" is the latest kingdom named
			}
			switch {
			case region == "" && j == i+1 && actorWord("side-noun", w):
				if e := d.sideNounGroup(si, i, w); e != nil {
					d.addMention(si, &Mention{Start: i, End: j + 1, ent: e, Form: FormRef})
				}
			case described && region == "" && countryNouns[w]:
				if e := d.onlyCountryBefore(si, i); e != nil && d.addMention(si, &Mention{Start: i, End: j + 1, ent: e, Form: FormRef}) {
					e.addAlias(d.surface(si, i, j+1))
				}
			case countryNouns[w] && (region != "" || w == "country" || w == "nation"):
				if e := d.resolveDescriptionBut(si, i, geokg.KindCountry, region, d.clauseSubject(si, i)); e != nil {
					if d.addMention(si, &Mention{Start: i, End: j + 1, ent: e, Form: FormRef}) {
						e.addAlias(d.surface(si, i, j+1))
					}
				}
			case groupNouns[w] && region == "" && w != "ministry" && w != "council" && w != "party":
				if e := d.recent(si, i, func(_ int, m *Mention) bool { return d.descriptionFits(w, m.ent) }); e != nil {
					d.addMention(si, &Mention{Start: i, End: j + 1, ent: e, Form: FormRef})
				}
			case w == "ministry":
				if e := d.recent(si, i, func(_ int, m *Mention) bool { return m.ent.kind == geokg.KindGroup && m.ent.subtype == geokg.Agency }); e != nil {
					d.addMention(si, &Mention{Start: i, End: j + 1, ent: e, Form: FormRef})
				}
			case namedBodyNouns[w] && region == "" && !described:
				if e := d.namedBody(si, i, w); e != nil {
					d.addMention(si, &Mention{Start: i, End: j + 1, ent: e, Form: FormRef})
				}
			}
		}
	}
}

// namedBody returns the one group the article names before token k of sentence si with
// the body noun w in its name or an alias (namedBodyNouns: "Peru's Supreme Court met. The
// court ordered Chile to pay": the Supreme Court), or nil when it names none or two
// ("Peru's Supreme Court and Chile's Electoral Court ... the court": which one?).
func (d *document) namedBody(si, k int, w string) *entity {
	e, _ := d.soleBefore(si, k, 0, func(_ int, m *Mention) *entity {
		if m.ent.kind == geokg.KindGroup && d.namedLike(m.ent, w) {
			return m.ent
		}
		return nil
	})
	return e
}

// chargedOf reports whether the description from "the" at token i to its noun at token
// j of sentence si is the object of a verb that takes what it charges or tells with "of"
// (chargeOfVerbs: "accused the administration of overreach", "warned the regime of
// consequences"): the "of" phrase after it is no part of its name ("the government of
// Peru", "the administration of justice"), so long as no name and no capitalised word
// follows "of".
func (d *document) chargedOf(si, i, j int) bool {
	toks := d.sents[si].Tokens
	if i == 0 || j+2 >= len(toks) || !chargeOfVerbs[toks[i-1].Lower] {
		return false
	}
	n := toks[j+2]
	return n.IsWord() && !n.IsCapitalized() && d.mentionAt(si, j+2) == nil
}

// armedDescription returns the end of a description of an armed group that starts with
// "the" at token i ("the militant group", "the Sunni extremist organisation", "the terror
// group's"): one or two adjectives of class armed-kind (the first may be of class
// armed-kind-faith) and a noun of class armed-kind-head, with no mention inside and no
// capitalised word after it (in "the militant group Hamas" the name is the mention), or 0.
func (d *document) armedDescription(si, i int) int {
	toks := d.sents[si].Tokens
	j := armedKindHead(toks, i+1)
	if j < 0 || !actorWord("armed-kind-head", toks[j].Lower) {
		return 0
	}
	for k := i; k <= j; k++ {
		if d.mentionAt(si, k) != nil {
			return 0
		}
	}
	if j+1 < len(toks) && toks[j+1].IsWord() && toks[j+1].IsCapitalized() {
		return 0
	}
	return j + 1
}

// armedKindHead returns the token of the noun that ends the adjectives of an armed group's
// description starting at token j (one optionally of class armed-kind-faith, then one or
// two of class armed-kind: "Sunni extremist", "militant"), or -1 when none is there; the
// caller checks the noun.
func armedKindHead(toks []Token, j int) int {
	if j < len(toks) && actorWord("armed-kind-faith", toks[j].Lower) {
		j++
	}
	n := 0
	for j < len(toks) && n < 2 && actorWord("armed-kind", toks[j].Lower) {
		j, n = j+1, n+1
	}
	if n == 0 || j >= len(toks) {
		return -1
	}
	return j
}

// armedDemonyms reads the nationality adjectives of sentence si that begin the
// description of an armed group ("the Palestinian militant group", "a Syrian rebel group",
// "Lebanese terror groups": a demonym of a country, then the description's adjectives
// and a noun of class armed-kind-head or its plural): the phrase names a group, never the
// state. After "the", a singular one with no capitalised word after it is the armed group
// armedGroupBefore finds ("The Shining Path bombed a bridge. Chile condemned the Peruvian
// militant group": the Shining Path) unless that group is of another country; any other,
// and one that finds none, names no actor: the demonym is no mention.
func (d *document) armedDemonyms(si int) {
	toks := d.sents[si].Tokens
	var demonyms []*Mention // apart: the loop replaces and drops mentions of the sentence
	for _, m := range d.mentions[si] {
		if m.Form == FormDemonym && m.ent.kind == geokg.KindCountry && !m.possessive {
			demonyms = append(demonyms, m)
		}
	}
	for _, m := range demonyms {
		j := armedKindHead(toks, m.End)
		if j < 0 {
			continue
		}
		one := actorWord("armed-kind-head", toks[j].Lower)
		if !one && !(strings.HasSuffix(toks[j].Lower, "s") && actorWord("armed-kind-head", strings.TrimSuffix(toks[j].Lower, "s"))) {
			continue
		}
		named := j+1 < len(toks) && toks[j+1].IsWord() && toks[j+1].IsCapitalized()
		if the := m.Start - 1; one && !named && the >= 0 && toks[the].Lower == "the" {
			if e := d.armedGroupBefore(si, the); e != nil && (e.country == "" || e.country == m.ent.code) {
				d.replaceWith(si, &Mention{Start: the, End: j + 1, ent: e, Form: FormRef, possessive: j+1 < len(toks) && toks[j+1].Lower == "'s"}, m)
				continue
			}
		}
		d.dropMention(si, m)
	}
}

// armedGroupBefore returns the armed group "the militant group" at token k of sentence si
// stands for: the one armed group named in the corefWindow sentences before it, else, with
// none there, the one armed group the article named before it; nil when two fit ("the
// terror group" after Hamas and Hezbollah is neither).
func (d *document) armedGroupBefore(si, k int) *entity {
	e, two := d.soleBefore(si, k, si-corefWindow, armedGroup)
	if e != nil || two {
		return e
	}
	e, _ = d.soleBefore(si, k, 0, armedGroup)
	return e
}

// armedGroup returns the armed group mention m names (no news medium), or nil.
func armedGroup(_ int, m *Mention) *entity {
	if e := m.ent; e.kind == geokg.KindGroup && e.subtype == geokg.ArmedGroup && !e.medium {
		return e
	}
	return nil
}

// sideNounGroup resolves "the militants", "the insurgents" (a side noun at token k+1 of
// sentence si, after "the" at k): the one armed group the article calls so (sideGroup),
// else, when it calls none so, the one armed group named in the corefWindow sentences
// before it and its own words before it ("The Shining Path bombed a bridge. Peru
// condemned the militants"); nil when two are named there.
func (d *document) sideNounGroup(si, k int, noun string) *entity {
	e, two := d.sideGroup(si, k, noun)
	if e != nil || two || !actorWord("side-noun-near", noun) {
		return e
	}
	e, _ = d.soleBefore(si, k, si-corefWindow, armedGroup)
	return e
}

// sideGroup resolves "the Islamists", "the rebels", "the militants" (a plural of class
// side-noun of gazetteer/data/actor-words.txt at token k+1 of sentence si, after "the" at
// k) to the one armed group the article has named before that the text calls so: a word
// of the group's name or aliases begins with the noun's root ("the Islamists" and the
// Supreme Council of Islamic Courts, "the rebels" and "Houthi rebels"), or the article
// has written the noun right after the group's name or within the few words after it
// ("Hamas militants", "Boko Haram, the Islamist militant group"). Two such groups, or
// none, give nil: "the rebels" of an article that names only Hezbollah are not
// Hezbollah. It also reports whether two groups fit.
func (d *document) sideGroup(si, k int, noun string) (*entity, bool) {
	root := sideRoot(noun)
	var found *entity
	seen := map[*entity]bool{}
	for s := 0; s <= si; s++ {
		toks := d.sents[s].Tokens
		for _, m := range d.mentions[s] {
			if s == si && m.Start >= k {
				break
			}
			e := m.ent
			if e == nil || e.kind != geokg.KindGroup || e.subtype != geokg.ArmedGroup || m.Form == FormRef {
				continue
			}
			fits := d.namedLike(e, root)
			for q := m.End; !fits && q < len(toks) && q < m.End+6; q++ {
				if q > m.End && d.mentionAt(s, q) != nil || toks[q].Text == "." || toks[q].Text == ";" {
					break
				}
				fits = strings.HasPrefix(toks[q].Lower, root)
			}
			if !fits || seen[e] {
				continue
			}
			seen[e] = true
			if found != nil {
				return nil, true // two groups the text calls so
			}
			found = e
		}
	}
	return found, false
}

// namedLike reports whether a word of group e's name or aliases (the gazetteer's and the
// article's) begins with root.
func (d *document) namedLike(e *entity, root string) bool {
	has := func(name string) bool {
		for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
			if strings.HasPrefix(w, root) {
				return true
			}
		}
		return false
	}
	if has(e.name) {
		return true
	}
	for a := range e.aliases {
		if has(a) {
			return true
		}
	}
	if g, ok := d.x.gaz.Group(e.name); ok {
		for _, a := range g.Aliases {
			if has(a) {
				return true
			}
		}
	}
	return false
}

// descriptionFits reports whether group e can be "the NOUN" (noun of groupNouns): a
// word of its name or aliases is the noun ("the movement" of the Islamic Movement of
// Uzbekistan), else its subtype is one the noun names: a militia is an armed group; a
// group or a movement an armed group, a party or another group; an organisation any
// group but a party, an agency or a military; an alliance or a bloc an international
// organisation or a coalition of no one country; an agency an agency that is no
// ministry. A legislature ("Congress", "the Senate Intelligence Committee") and a news
// medium are none of them.
func (d *document) descriptionFits(noun string, e *entity) bool {
	if e == nil || e.kind != geokg.KindGroup || legislatureName(e.name) || e.medium || d.x.media[e.name] {
		return false
	}
	if d.namedLike(e, noun) {
		return true
	}
	switch sub := e.subtype; noun {
	case "militia", "rebels", "militants":
		return sub == geokg.ArmedGroup
	case "group", "movement":
		return sub == geokg.ArmedGroup || sub == geokg.Party || sub == geokg.OtherGroup || noun == "group" && sub == geokg.Company
	case "organization", "organisation":
		return sub != geokg.Party && sub != geokg.Agency && sub != geokg.Military
	case "alliance", "bloc":
		return sub == geokg.InternationalOrg || sub == geokg.Military && e.country == ""
	case "agency":
		return sub == geokg.Agency && !strings.Contains(strings.ToLower(e.name), "ministry")
	}
	return false
}

// bareNoun reports whether the plural noun at token k of sentence si stands without a
// word that picks some of its kind: at the sentence's start, after a punctuation mark, a
// preposition, a verb of the pattern table or a clause word ("told lawmakers", "Lawmakers
// voted", "pressure from lawmakers"); not after an actor, an adjective, a number or a
// determiner ("Republican lawmakers", "some lawmakers", "two legislators", "the
// lawmakers" named before).
func (d *document) bareNoun(si, k int) bool {
	toks := d.sents[si].Tokens
	if k == 0 {
		return true
	}
	p := toks[k-1]
	if d.mentionAt(si, k-1) != nil {
		return false
	}
	return !p.IsWord() && p.Text != "-" || isClauseWord(p.Lower) || len(patterns.verbs[p.Lower]) > 0
}

// legislatureBefore returns the one legislature the article names before token k of
// sentence si, for a bare "lawmakers" or "legislators" (bareNoun) that names no country:
// a country's group whose name holds a word of class legislature-name ("United States
// Congress", "Parliament of Iran", "Peruvian Parliament"; not a chamber, a committee or
// the European Parliament); nil when
// the article names none or two ("Congress" and "Iranian lawmakers"), or when the noun
// is placed in a country ("lawmakers in Kyiv").
func (d *document) legislatureBefore(si, k int) *entity {
	toks := d.sents[si].Tokens
	if k+1 < len(toks) && locativePreps[toks[k+1].Lower] {
		if m := d.mentionAt(si, k+2); m != nil && m.ent.kind == geokg.KindCountry {
			return nil
		}
	}
	e, _ := d.soleBefore(si, k, 0, func(_ int, m *Mention) *entity {
		if m.ent.kind != geokg.KindGroup || m.ent.country == "" || strings.Contains(strings.ToLower(m.ent.name), "committee") || !nameHolds(m.ent.name, "legislature-name") {
			return nil
		}
		return m.ent
	})
	return e
}

// legislatureName reports whether a group's name holds a word of class legislature-word
// or "committee": "United States Congress", "Senate Intelligence Committee".
func legislatureName(name string) bool {
	return nameHolds(name, "legislature-word") || slices.Contains(strings.Fields(strings.ToLower(name)), "committee")
}

// sideRoot is the root a side noun shares with the names of its group: "rebels" →
// "rebel", "Islamists" → "islam", "jihadists" → "jihad".
func sideRoot(noun string) string {
	r := strings.TrimSuffix(noun, "s")
	if t := strings.TrimSuffix(r, "ist"); t != r && len(t) >= 4 {
		return t
	}
	return r
}

// pairNouns name the two parties a plural reference points back to.
var pairNouns = map[string]bool{
	"countries": true, "nations": true, "sides": true, "states": true, "neighbours": true,
	"neighbors": true, "governments": true, "capitals": true, "rivals": true, "allies": true,
}

// pairNames are the plural names of two states that share a name ("the Koreas"): the
// codes of the two.
var pairNames = map[string][2]string{"koreas": {"PRK", "KOR"}}

// namedPair returns the length of a plural name of two states at token i ("the Koreas",
// "the two Koreas", "both Koreas") and their codes, or 0.
func namedPair(toks []Token, i int) (int, [2]string) {
	n := 0
	switch {
	case toks[i].Lower == "the" && i+2 < len(toks) && toks[i+1].Lower == "two":
		n = 3
	case toks[i].Lower == "the" || toks[i].Lower == "both":
		n = 2
	}
	if n == 0 || i+n > len(toks) || !toks[i+n-1].IsCapitalized() {
		return 0, [2]string{}
	}
	codes, ok := pairNames[toks[i+n-1].Lower]
	if !ok {
		return 0, [2]string{}
	}
	return n, codes
}

// namedPairAt reports whether m, a mention of sentence si, is a plural name of two states
// ("the Koreas": namedPair), which names both for sure.
func (d *document) namedPairAt(si int, m *Mention) bool {
	toks := d.sents[si].Tokens
	if m.pair == nil || m.Form != FormRef || m.End != m.Start+1 || m.Start >= len(toks) {
		return false
	}
	_, ok := pairNames[toks[m.Start].Lower]
	return ok
}

// locativePreps introduce a place rather than an actor.
var locativePreps = map[string]bool{"in": true, "at": true, "from": true, "near": true, "across": true, "inside": true, "throughout": true}

// pairReference returns the length of a plural reference to two actors that starts at
// token i ("the two countries", "both sides", "both nations"), or 0. "Both sides of the
// aisle (the border, the Atlantic, the conflict)" names the halves of a place or a divide,
// not two actors named before.
func pairReference(toks []Token, i int) int {
	n := pluralReference(toks, i, pairNouns)
	if n > 0 && toks[i+n-1].Lower == "sides" && i+n < len(toks) && toks[i+n].Lower == "of" {
		return 0
	}
	return n
}

// leaderPairReference returns the length of a plural reference to two heads of state,
// government or group that starts at token i ("the two leaders", "both presidents"), or 0.
func leaderPairReference(toks []Token, i int) int {
	return pluralReference(toks, i, leaderPairNouns)
}

// pluralReference returns the length of "the two NOUN" or "both NOUN" at token i, NOUN
// one of nouns, or 0.
func pluralReference(toks []Token, i int, nouns map[string]bool) int {
	switch {
	case i+2 < len(toks) && toks[i].Lower == "the" && toks[i+1].Lower == "two" && nouns[toks[i+2].Lower]:
		return 3
	case i+1 < len(toks) && toks[i].Lower == "both" && nouns[toks[i+1].Lower]:
		return 2
	}
	return 0
}

// listCounts are the numbers of a plural reference to a list of more than two.
var listCounts = map[string]int{"three": 3, "four": 4}

// listReference returns the length of a plural reference to a list of more than two
// actors that starts at token i ("all three countries", "the four nations"), and how
// many it names; 0 when there is none.
func listReference(toks []Token, i int) (int, int) {
	if i+2 < len(toks) && (toks[i].Lower == "the" || toks[i].Lower == "all") && listCounts[toks[i+1].Lower] > 0 && pairNouns[toks[i+2].Lower] && toks[i+2].Lower != "sides" {
		return 3, listCounts[toks[i+1].Lower]
	}
	return 0, 0
}

// recentCountries returns the n distinct countries a plural reference at token k of
// sentence si takes whole: those its own sentence names before it when they are n
// ("accused Peru and Chile of ... by the Bolivian army, but thanked all three
// countries"), else those of the latest sentence before within corefWindow sentences
// that names a country, when it names n and no more ("Peru, Chile and Bolivia signed.
// All three countries ...", not after "Peru, Chile, Bolivia and Ecuador" nor after
// "Peru and Chile"). Nil otherwise.
func (d *document) recentCountries(si, k, n int) []*entity {
	if found := d.countriesNamed(si, k); len(found) == n {
		return found
	}
	for s := si - 1; s >= 0 && s >= si-corefWindow; s-- {
		found := d.countriesNamed(s, len(d.sents[s].Tokens))
		if len(found) == n {
			return found
		}
		if len(found) > 0 {
			return nil
		}
	}
	return nil
}

// countriesNamed returns the distinct countries sentence si names as actors before token
// k, in their order; not a place after a preposition of place ("talks in Lima").
func (d *document) countriesNamed(si, k int) []*entity {
	var found []*entity
	toks := d.sents[si].Tokens
	for _, m := range d.mentions[si] {
		if m.Start >= k || m.ent == nil || m.ent.kind != geokg.KindCountry || m.pair != nil || !d.isActor(si, m) || slices.Contains(found, m.ent) {
			continue
		}
		if m.Start > 0 && locativePreps[toks[m.Start-1].Lower] {
			continue
		}
		found = append(found, m.ent)
	}
	return found
}

// leaderPairNouns name the two heads a plural reference points back to.
var leaderPairNouns = map[string]bool{"leaders": true, "presidents": true}

// recentLeaders returns the two latest distinct heads of a state, government or group
// (roles RoleHead and RoleGroupHead: presidents, prime ministers, kings, a movement's
// leader) named before token k of sentence si (within corefWindow sentences), the
// earlier first, or nils: "the two leaders", "both presidents". The sentence that names
// the second names no third ("He will meet Boric and Castillo. After the tiff with
// Arce, the two leaders met": none of them is clearly meant).
func (d *document) recentLeaders(si, k int) (*entity, *entity) {
	var found []*entity
	for s := si; s >= 0 && s >= si-corefWindow && len(found) < 2; s-- {
		ms := d.mentions[s]
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if s == si && m.Start >= k || m.ent == nil || m.ent.kind != geokg.KindOfficial || m.ent.role != RoleHead && m.ent.role != RoleGroupHead || slices.Contains(found, m.ent) {
				continue
			}
			found = append(found, m.ent)
		}
	}
	if len(found) != 2 {
		return nil, nil
	}
	return found[1], found[0]
}

// recentPair returns the two latest distinct countries named before token k of sentence
// si (within corefWindow sentences), the earlier first, or nils.
func (d *document) recentPair(si, k int) (*entity, *entity) {
	return d.recentPairBut(si, k, nil)
}

// recentPairBut is recentPair passing over the country but (nil: none). No other party
// may be named in a sentence between the one that names the earlier country and the
// reference's (an official or a national body counting as its country): "Peru and Chile
// signed a pact. Later Ruiz made a deal with the OAS. The two sides agreed to talk" names
// no pair of countries.
func (d *document) recentPairBut(si, k int, but *entity) (*entity, *entity) {
	var found []*entity
	var others []int // the sentences that name a party other than a country
	var parties []string
	for s := si; s >= 0 && s >= si-corefWindow && len(found) < 2; s-- {
		ms := d.mentions[s]
		for j := len(ms) - 1; j >= 0 && len(found) < 2; j-- {
			m := ms[j]
			if s == si && m.Start >= k || m.ent == nil || m.ent == but || m.pair != nil || !d.isActor(s, m) {
				continue
			}
			if toks := d.sents[s].Tokens; m.Start > 0 && locativePreps[toks[m.Start-1].Lower] {
				continue // "talks in Beijing": a place, not one of the two
			}
			if m.ent.kind == geokg.KindCountry && (len(found) == 0 || found[0] != m.ent) {
				found = append(found, m.ent)
			} else if p := partyKey(m.ent); s < si && p != "" && (but == nil || p != but.code) {
				others, parties = append(others, s), append(parties, p)
			}
		}
		if len(found) == 2 {
			for n, p := range parties {
				if others[n] > s && p != found[0].code && p != found[1].code {
					return nil, nil
				}
			}
		}
	}
	if len(found) < 2 {
		return nil, nil
	}
	return found[1], found[0]
}

// partyKey returns the party the actor e takes part as, for telling which two parties a
// plural reference points back to: a country's code, the code of the country of an
// official or of a national body other than an armed group, a group's or an official's
// own id otherwise, "" for a news medium (it tells, it takes no part).
func partyKey(e *entity) string {
	switch {
	case e.medium:
		return ""
	case e.kind == geokg.KindCountry:
		return e.code
	case e.country != "" && e.subtype != geokg.ArmedGroup:
		return e.country
	}
	return e.id
}

// expletiveNext are words after a sentence-initial "It" that make it an expletive ("It
// was the first time", "It is unclear").
var expletiveNext = map[string]bool{
	"is": true, "was": true, "'s": true, "seems": true, "seemed": true, "appears": true,
	"appeared": true, "remains": true, "remained": true, "would": true, "will": true,
	"could": true, "may": true, "might": true, "must": true,
	"should": true, "took": true, "comes": true, "came": true, "said": true, "says": true,
}

// isClauseWord reports whether w, after a description's noun, shows that the noun ends
// the noun phrase ("the country has", "the group said").
func isClauseWord(w string) bool {
	if prepositions[w] || strings.HasSuffix(w, "ly") && len(w) > 4 {
		return true // "the army throughout the war", "the army recently"
	}
	switch w {
	case "throughout", "until", "near", "around", "alongside", "inside", "outside", "upon",
		"as", "but", "while", "when", "because", "if", "though", "although", "whose", "where":
		return true
	case "has", "had", "have", "is", "was", "were", "are", "said", "says", "will", "would",
		"began", "begun", "cut", "and", "or", "to", "in", "on", "of", "for", "with", "by",
		"over", "since", "after", "which", "that", "who", "also", "could", "may", "did",
		"does", "must", "should", "can", "accused", "blamed", "denied", "rejected", "agreed",
		"announced", "expelled", "condemned", "warned", "threatened", "vowed", "over.":
		return true
	}
	return false
}

// resolvePerson resolves "he", "she", "his" or "her" (pron) at token k of sentence si to
// an official other than not (the speaker of the quotation the pronoun is in). Salience
// decides: the latest official before k in the sentence, else, in the nearest sentence
// before (up to corefWindow back) that names an official, its subject official (the
// first one that is neither after a preposition, nor a possessive, nor inside a
// quotation), else its latest official; a pronoun outside quotations never takes an
// official named inside one ("“President Trump's event was pathetic,” he said": the
// speaker, not Trump). Gender is checked only where the article shows it: an
// official called "Mr" is no "she", one called "Ms" or "Mrs" no "he" (a gender learnt
// from resolved pronouns would spread one wrong guess through the article).
func (d *document) resolvePerson(si, k int, pron string, not *entity) *entity {
	want := genderOf[pron]
	here := d.sentenceQuotes(si)
	outside := k >= len(here) || !here[k]
	for s := si; s >= 0 && s >= si-corefWindow; s-- {
		toks := d.sents[s].Tokens
		inQuote := quoteMask(toks)
		var quoted []bool // the quotations running over the paragraph's sentences
		// a pronoun inside a quotation whose speaker is not clear is only someone the
		// quotation names: whose words they are, and whom they speak of, is unknown
		// ("“... in every chapter she defends the European Union”": not the official
		// named before the quotation)
		unclear := !outside && not == nil
		if outside || unclear {
			quoted = d.sentenceQuotes(s)
		}
		var subject, last *entity
		subjectAt, lastAt := -1, -1
		from := openingClauseEnd(toks) // "Around the time X was captured, Obama was in New York"
		for _, m := range d.mentions[s] {
			if s == si && m.Start >= k {
				break
			}
			if m.ent == nil || m.ent.kind != geokg.KindOfficial || m.inferred {
				continue
			}
			if m.ent.gender == 0 {
				// "Ms. Lind", "Mr Trump": the honorific opens the mention or stands before it
				m.ent.gender = honorificGender[toks[m.Start].Lower]
				if h := wordBeforeName(toks, m.Start); m.ent.gender == 0 && h >= 0 {
					m.ent.gender = honorificGender[toks[h].Lower]
				}
			}
			if m.ent.gender != 0 && m.ent.gender != want || m.ent == not {
				continue
			}
			if outside && quoted[m.Start] || unclear && !quoted[m.Start] {
				continue // "“President Trump's event was pathetic,” he said": not Trump
			}
			last, lastAt = m.ent, m.Start
			if subject == nil && m.Start >= from && !inQuote[m.Start] && !m.possessive && (m.Start == 0 || !prepositions[toks[m.Start-1].Lower]) {
				subject, subjectAt = m.ent, m.Start
			}
		}
		// people the gazetteer does not know are candidates too: a pronoun that would be
		// theirs is nobody's ("James Comey testified ... He said": not the official named
		// before Comey)
		for _, p := range d.peopleIn(s) {
			if s == si && p.start >= k {
				break
			}
			if p.gender != 0 && p.gender != want || outside && quoted[p.start] || unclear && !quoted[p.start] {
				continue
			}
			if len(p.shared) > 0 && p.start > 0 && prepositions[toks[p.start-1].Lower] {
				continue // "talks with Kim, in line with his belief": a shared family name is no antecedent there
			}
			possessive := p.end < len(toks) && (toks[p.end].Lower == "'s" || toks[p.end].Lower == "'")
			e := p.official(want) // "Clinton ... she": the one Clinton she can be
			if p.start > lastAt {
				last, lastAt = e, p.start
			}
			if (subjectAt < 0 || p.start < subjectAt) && p.start >= from && !inQuote[p.start] && !possessive && (p.start == 0 || !prepositions[toks[p.start-1].Lower]) {
				subject, subjectAt = e, p.start
			}
		}
		if subjectAt >= 0 && s != si {
			return subject
		}
		if lastAt >= 0 {
			return last // in its own sentence, the nearest official before the pronoun
		}
	}
	return nil
}

// openingClauseEnd returns the token after the comma that closes a clause or phrase
// opening a sentence with a subordinator or a preposition ("After meeting Putin, Trump
// said", "Around the time Rahami was captured, Obama was in New York"), within twenty
// words, or 0: a person named in it is not the sentence's subject.
func openingClauseEnd(toks []Token) int {
	if len(toks) == 0 || !introWords[toks[0].Lower] && !openingPreps[toks[0].Lower] && !clauseOpeners[toks[0].Lower] {
		return 0
	}
	for q := 1; q < len(toks) && q <= 20; q++ {
		if toks[q].Text == "," {
			return q + 1
		}
	}
	return 0
}

// clauseOpeners open a phrase before a sentence's subject besides introWords and
// openingPreps.
var clauseOpeners = map[string]bool{
	"around": true, "amid": true, "with": true, "without": true, "under": true, "by": true,
	"unlike": true, "like": true, "according": true, "speaking": true, "asked": true, "for": true,
}

// quotedSpeaker returns the speaker of the quotation that holds token k of sentence si
// (quoteSpeaker, else paragraphSpeaker), or nil when k is not quoted or the speaker is not
// clear: a "he" inside someone's quotation is someone else ("“He served our country,”
// Obama said of Stevens").
func (d *document) quotedSpeaker(si, k int) *entity {
	inQuote := d.sentenceQuotes(si)
	if !inQuote[k] {
		return nil
	}
	if e := d.quoteSpeaker(si, inQuote); e != nil {
		return e
	}
	return d.paragraphSpeaker(si, inQuote)
}

// openingPreps open a phrase before a clause's subject that a possessive pronoun may
// point forward from ("In his speech, Obama said").
var openingPreps = map[string]bool{
	"in": true, "during": true, "at": true, "after": true, "before": true, "on": true,
	"upon": true, "following": true, "throughout": true,
}

// cataphor returns the official a possessive "his" or "her" at token k points forward
// to: the pronoun opens a prepositional phrase at the start of a clause (the sentence's
// start, or after a comma, "that", "but" or "and") that a comma closes, and the official
// named right after that comma is the clause's subject ("In his meeting with Lavrov,
// Trump went off script"; "said that during her visit, Merkel ..."). Nil otherwise, or
// when the honorific shows another gender; decided is true when the pronoun points
// forward, also to a person no entity reads ("In his call with Mnuchin, Liu said":
// nil, and no official named before).
func (d *document) cataphor(si, k int) (*entity, bool) {
	toks := d.sents[si].Tokens
	if k < 1 {
		return nil, false
	}
	p := k - 2
	switch {
	case toks[k-1].Lower == "for" && p >= 0 && toks[p].Lower == "as":
		p-- // "As for his pledge, Boric ..."
	case toks[k-1].Lower == "for" && k+1 < len(toks) && toks[k+1].Lower == "part":
		// "For his part, Boric ..."
	case !openingPreps[toks[k-1].Lower]:
		return nil, false
	}
	if p >= 0 && toks[p].Text != "," && toks[p].Lower != "that" && toks[p].Lower != "but" && toks[p].Lower != "and" {
		return nil, false
	}
	for q := k + 1; q < len(toks) && q <= k+12; q++ {
		if toks[q].Text != "," {
			if isQuoteMark(toks[q].Text) || toks[q].Lower == "he" || toks[q].Lower == "she" {
				return nil, false
			}
			continue
		}
		// the official right after the comma, past the words of a title ("Foreign
		// Minister Mark Stone")
		var m *Mention
		if q+1 < len(toks) && isQuoteMark(toks[q+1].Text) {
			q++ // “in his talks with Morsi, “Mr. Obama felt ...”
		}
		unknown := q+1 < len(toks) && nameWord(toks[q+1]) && d.mentionAt(si, q+1) == nil
		for n := q + 1; n < len(toks) && n <= q+6 && m == nil; n++ {
			if toks[n].Text == "." && n > q+1 && honorificGender[toks[n-1].Lower] != 0 {
				continue // "Mr. Obama"
			}
			if m = d.mentionAt(si, n); m == nil && !toks[n].IsCapitalized() {
				break
			}
			if m != nil && m.ent.kind == geokg.KindCountry && (m.Form == FormDemonym || m.possessive) {
				// the country of the title before the name: "Peru's President Castillo",
				// "Peruvian President Castillo", "Peru's foreign minister Ruiz"; not
				// "Peru's economy"
				e := m.End
				if e < len(toks) && (toks[e].Lower == "'s" || toks[e].Lower == "'") {
					e++
				}
				if e < len(toks) && (toks[e].IsCapitalized() || isTitleWord(toks[e].Lower)) {
					n, m = e-1, nil
				}
			}
		}
		if m == nil && unknown {
			return nil, true // "In his call with Mnuchin, Liu said": a person the gazetteer does not know
		}
		if m == nil || m.ent == nil || m.inferred || m.ent.kind != geokg.KindOfficial || m.possessive || genderOf[toks[m.Start].Lower] != 0 {
			return nil, false // "... for his regime,” he said": no name after the comma
		}
		if m.End < len(toks) && (toks[m.End].Lower == "'s" || toks[m.End].Text == ",") {
			return nil, false // "In his speech, Obama's envoy ...", "..., Obama, who ..."
		}
		if g := m.ent.gender; g != 0 && g != genderOf[toks[k].Lower] {
			return nil, false
		}
		return m.ent, true
	}
	return nil, false
}

// possessivePerson resolves "his" or "her" at token k of sentence si: the official it
// points forward to (cataphor), else the salient official (resolvePerson, past the
// speaker of a quotation that holds it), or nil.
func (d *document) possessivePerson(si, k int) *entity {
	pron := d.sents[si].Tokens[k].Lower
	if e, decided := d.cataphor(si, k); decided {
		return e
	}
	return d.resolvePerson(si, k, pron, d.quotedSpeaker(si, k))
}

// genderOf is the gender a personal pronoun shows.
var genderOf = map[string]byte{"he": 'm', "his": 'm', "him": 'm', "she": 'f', "her": 'f'}

// honorificGender is the gender an honorific before a name shows.
var honorificGender = map[string]byte{"mr": 'm', "mr.": 'm', "ms": 'f', "ms.": 'f', "mrs": 'f', "mrs.": 'f'}

// quoteMask reports, for each token, whether it lies inside a quotation of the sentence
// (between “ and ”, or between two straight quotes); the marks themselves are outside.
func quoteMask(toks []Token) []bool {
	in, _ := quoteMaskFrom(toks, false)
	return in
}

// quoteMaskFrom is quoteMask for a sentence that begins inside a quotation when open is
// true; it also reports whether the quotation is still open at the sentence's end.
func quoteMaskFrom(toks []Token, open bool) ([]bool, bool) {
	in := make([]bool, len(toks))
	for i, t := range toks {
		switch t.Text {
		case "“":
			open = true
			continue
		case "”":
			open = false
			continue
		case "\"":
			open = !open
			continue
		}
		in[i] = open
	}
	return in, open
}

// sentenceQuotes returns the quotation mask of sentence si, reading the quotations that
// run over several sentences of its paragraph ("“We do not support anyone. We support
// the people,” he said": the second sentence begins inside the quotation).
func (d *document) sentenceQuotes(si int) []bool {
	in, _ := d.sentenceQuotesOpen(si)
	return in
}

// sentenceQuotesOpen is sentenceQuotes that also reports whether a quotation is still
// open at the sentence's end.
func (d *document) sentenceQuotesOpen(si int) ([]bool, bool) {
	first := si
	for first > 0 && si-first < 6 && d.sents[first-1].Paragraph == d.sents[si].Paragraph {
		first--
	}
	open := false
	for s := first; s < si; s++ {
		_, open = quoteMaskFrom(d.sents[s].Tokens, open)
	}
	return quoteMaskFrom(d.sents[si].Tokens, open)
}

// paragraphSpeaker returns the speaker of a quotation in sentence si that the sentence
// does not attribute (no speech verb outside its quotations): the speaker of the sentence
// where the quotation ends when it runs on into a later sentence of the paragraph, or of
// the paragraphs it runs on into, that attributes it (“We condemn the threats. This is
// unacceptable,” Ruiz said.; laterSpeaker),
// else the clear speaker of the nearest sentence before it that quotes someone
// (speakerBefore: “...,” Lavrov said. “We cannot leave this unanswered.”).
func (d *document) paragraphSpeaker(si int, inQuote []bool) *entity {
	if attributes(d.sents[si].Tokens, inQuote) {
		return nil // the sentence attributes its own words
	}
	if e, ended := d.laterSpeaker(si); ended {
		return e
	}
	return d.speakerBefore(si)
}

// laterSpeaker returns the speaker of the quotation left open at the end of sentence si
// when it ends in one of the next three sentences of the paragraph, and ended true: the
// clear speaker of that sentence when it attributes the quotation, else nil (ended is
// true then too: “We condemn the threats. This is unacceptable,” Ruiz and Soto said.
// has no one speaker). A quotation left open at a paragraph's end runs on into the next
// paragraph when that one opens with a quotation mark (news open each paragraph of a
// quotation running over several with a mark and close only the last), up to three
// paragraphs on: “We condemn the threats. [new paragraph] “Chile must withdraw,” Ruiz
// said in a statement. Ended is false when si's quotations end in si, or the quotation
// ends in a sentence that attributes nothing, or in a later paragraph's sentence that
// names no one speaker (“...,” he added: the one who introduced it may be named before),
// or runs on past a paragraph that the next does not continue.
func (d *document) laterSpeaker(si int) (*entity, bool) {
	if _, open := d.sentenceQuotesOpen(si); !open {
		return nil, false
	}
	left, crossed := 3, 0
	for s := si + 1; s < len(d.sents) && left > 0; s++ {
		if d.sents[s].Paragraph != d.sents[s-1].Paragraph {
			if crossed++; crossed > 3 || !d.opensParagraphQuoted(s) {
				return nil, false
			}
			left = 3
		}
		left--
		q, open := d.sentenceQuotesOpen(s)
		if attributes(d.sents[s].Tokens, q) {
			e := d.quoteSpeaker(s, q)
			return e, e != nil || crossed == 0
		}
		if !open {
			return nil, false
		}
	}
	return nil, false
}

// speakerBefore returns the clear speaker of the nearest sentence before si in its
// paragraph that quotes someone, within three sentences; nil when that sentence names
// none or two. A quoted sentence before that attributes nothing itself continues an
// earlier one, whose speaker is taken (“We do not support anyone. It is not personal.
// We support the people.”). A paragraph that opens with a quotation mark while the
// paragraph before leaves its quotation open continues that quotation (news open each
// paragraph of a quotation running over several with a mark and close only the last):
// the walk goes on into the paragraph before, up to three paragraphs back. One that
// opens with a quotation mark after a paragraph ending with a colon is quoted from the
// speaker that colon's sentence names ("In a statement, Ruiz said:").
func (d *document) speakerBefore(si int) *entity {
	from, para := si-1, d.sents[si].Paragraph
	for crossed := 0; crossed <= 3; crossed++ {
		s := from
		for ; s >= 0 && s > from-3 && d.sents[s].Paragraph == para; s-- {
			q := d.sentenceQuotes(s)
			if !anyTrue(q) {
				if e, ok := d.reportedBefore(si, s, q); ok {
					return e
				}
				continue
			}
			if e := d.quoteSpeaker(s, q); e != nil || attributes(d.sents[s].Tokens, q) {
				return e
			}
			// a quoted sentence that attributes nothing either continues the quotation
			// before it (“We do not support anyone. It is not personal. We support ...”)
		}
		if s < 0 || d.sents[s].Paragraph == para || !d.opensParagraphQuoted(s+1) {
			return nil
		}
		q, open := d.sentenceQuotesOpen(s)
		if toks := d.sents[s].Tokens; toks[len(toks)-1].Text == ":" {
			// "In a statement, Ruiz said:" introduces the quotation that follows
			return d.reportingSpeaker(s, q)
		}
		if e, ok := d.reportedBefore(si, s, q); ok {
			// "Ruiz said Bolivia would not yield. [new paragraph] “We call on Chile ...”"
			return e
		}
		if !open {
			return nil
		}
		from, para = s, d.sents[s].Paragraph
	}
	return nil
}

// reportedBefore returns the speaker of sentence s, before sentence si, whose quotation
// mask is qs (sentenceQuotes), when s quotes nothing but reports speech (attributes) and
// the sentence after s opens with a quotation that runs on to si and names no other
// actor outside it: the quotation goes on with the words of the one s reports ("Ruiz said Bolivia would not yield. “Our farmers are
// afraid. We call on Chile to withdraw.”", also across a paragraph; indirectSpeaker; not
// after "Ruiz said ...": "“Have we erred?” asked Senator Tello."). Ok is false when the
// sentences are not so.
func (d *document) reportedBefore(si, s int, qs []bool) (*entity, bool) {
	if anyTrue(qs) || !opensQuoted(d.sents[s+1].Tokens) || !attributes(d.sents[s].Tokens, qs) {
		return nil, false
	}
	for x := s + 1; x < si; x++ {
		if _, open := d.sentenceQuotesOpen(x); !open {
			return nil, false
		}
	}
	e := d.indirectSpeaker(s, qs)
	for _, x := range []int{s + 1, si} {
		q := d.sentenceQuotes(x)
		for _, m := range d.mentions[x] {
			if !q[m.Start] && m.ent != nil && m.ent != e {
				return nil, false // “Have we erred?” asked Senator Tello.
			}
		}
	}
	return e, true
}

// opensParagraphQuoted reports whether sentence si opens a paragraph with a quotation
// mark.
func (d *document) opensParagraphQuoted(si int) bool {
	if si <= 0 || d.sents[si-1].Paragraph == d.sents[si].Paragraph {
		return false
	}
	return opensQuoted(d.sents[si].Tokens)
}

// opensQuoted reports whether a sentence opens with a quotation mark.
func opensQuoted(toks []Token) bool {
	return len(toks) > 0 && openingQuoteMark(toks[0].Text)
}

// jointSpeakers returns the two speakers of the quotation of sentence si when "they"
// right before a reporting verb attributes it where it ends, in si or a later sentence
// of the paragraph ("“We call on Chile to withdraw,” they said"): the two actors joined
// by "and" that open the sentence before the quotation begins (openingPair: "Senator
// Tello and Minister Ruiz issued a joint statement."), or nil.
func (d *document) jointSpeakers(si int) (*entity, *entity) {
	end := si
	for ; ; end++ {
		if end >= len(d.sents) || end > si+3 || d.sents[end].Paragraph != d.sents[si].Paragraph {
			return nil, nil
		}
		q, open := d.sentenceQuotesOpen(end)
		if attributes(d.sents[end].Tokens, q) {
			break
		}
		if !open {
			return nil, nil
		}
	}
	toks, q := d.sents[end].Tokens, d.sentenceQuotes(end)
	they := false
	for v := 1; v < len(toks); v++ {
		they = they || !q[v] && speechVerbAt(toks, v) && toks[v-1].Lower == "they"
	}
	if !they {
		return nil, nil
	}
	first := si
	for first > 0 && d.sents[first-1].Paragraph == d.sents[si].Paragraph {
		if _, open := d.sentenceQuotesOpen(first - 1); !open {
			break
		}
		first--
	}
	if first == 0 {
		return nil, nil
	}
	return d.openingPair(first-1, len(d.sents[first-1].Tokens))
}

// attributes reports whether a sentence has a reporting or speech verb outside its
// quotations.
func attributes(toks []Token, inQuote []bool) bool {
	for v, t := range toks {
		if !inQuote[v] && (speechVerbAt(toks, v) || t.Lower == "saying" || t.Lower == "quoted") {
			return true
		}
	}
	return false
}

// speechVerbAt reports whether token v is a reporting or speech verb, or one of
// afterQuoteVerbs right after a quotation (closingQuoteBefore) or right before one
// (quoteOpensAfter).
func speechVerbAt(toks []Token, v int) bool {
	w := toks[v].Lower
	return reportingVerbs[w] || speechVerbs[w] || afterQuoteVerbs[w] && (closingQuoteBefore(toks, v) || quoteOpensAfter(toks, v))
}

// quoteOpensAfter reports whether a quotation opens after a colon or a comma within four
// tokens after token v ("Ruiz answered bluntly: “...”", "he adds, “...”").
func quoteOpensAfter(toks []Token, v int) bool {
	for k := v + 1; k+1 < len(toks) && k <= v+4; k++ {
		if toks[k].Text == ":" || toks[k].Text == "," {
			return openingQuoteMark(toks[k+1].Text)
		}
	}
	return false
}

// closingQuoteBefore reports whether a quotation closes within twelve tokens before token
// v with only its speaker's name or pronoun, title words and punctuation between
// (“...?” asked Senator Tello, “...,” the minister adds).
func closingQuoteBefore(toks []Token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-12; k-- {
		t := toks[k]
		switch {
		case t.Text == "”" || t.Text == "\"" && k > 0 && strings.ContainsAny(toks[k-1].Text, ",?!."):
			return true
		case t.IsWord() && !t.IsCapitalized() && !isTitleWord(t.Lower) && !quoteNameWords[t.Lower]:
			return false
		}
	}
	return false
}

// quoteNameWords are the lower-case words a speaker's name may hold after a quotation
// ("“...,” the minister adds", "“...,” he asked").
var quoteNameWords = map[string]bool{
	"he": true, "she": true, "they": true, "the": true, "a": true, "of": true, "'s": true,
}

// appositionHead returns the actor a reporting verb's subject names when an apposition
// or a parenthetical clause stands between them: the token before the verb (at c) is the
// comma that closes it, and the mention that ends at the comma opening it is the speaker
// ("Jamal Ibrahimi, also known as Abu Mahdi, said", "Pavel Orlov, Russia's foreign
// minister, said", "Orlov, asked if ..., declared"), or nil. Only an official, country
// or group named outside the quotation counts, never a possessive or a nationality.
func (d *document) appositionHead(si, c int, inQuote []bool) *Mention {
	toks := d.sents[si].Tokens
	if c <= 0 || toks[c].Text != "," || inQuote[c] {
		return nil
	}
	for k := c - 1; k > 0 && k >= c-16; k-- {
		if inQuote[k] || isQuoteMark(toks[k].Text) {
			return nil
		}
		if toks[k].Text != "," {
			continue
		}
		m := d.mentionAt(si, k-1)
		if m == nil || m.End != k || m.ent == nil || m.inferred || m.possessive || m.Form == FormDemonym {
			return nil
		}
		return m
	}
	return nil
}

// titledNameBefore returns the official named as an apposition to a title right before
// the comma at token c ("“...,” Norway's foreign minister, Espen Barth Eide, told
// reporters"): a mention of an official that ends at c and holds the title and a comma,
// or follows one. Nil otherwise.
func (d *document) titledNameBefore(si, c int) *Mention {
	toks := d.sents[si].Tokens
	if c <= 0 || toks[c].Text != "," {
		return nil
	}
	m := d.mentionAt(si, c-1)
	if m == nil || m.End != c || m.ent == nil || m.ent.kind != geokg.KindOfficial || m.possessive {
		return nil
	}
	for k := m.Start - 1; k < m.End; k++ {
		if k >= 0 && toks[k].Text == "," {
			return m
		}
	}
	return nil
}

// agentOwner returns the body, country or group whose unnamed agent is the noun at
// token k ("a Lithuanian foreign ministry official", "an Egyptian government spokesman",
// "a senior State Department official"): the mention right before the noun, past the
// field words between them (class speaker-field), when the noun is one of the state's
// agents. Nil otherwise.
func (d *document) agentOwner(si, k int) *Mention {
	toks := d.sents[si].Tokens
	if k <= 0 || !speakerAgents[toks[k].Lower] {
		return nil
	}
	j := k - 1
	for j > 0 && speakerFields[toks[j].Lower] && d.mentionAt(si, j) == nil {
		j--
	}
	m := d.mentionAt(si, j)
	if m == nil || m.End != j+1 || m.ent == nil || m.inferred || m.possessive || m.ent.kind == geokg.KindOfficial {
		return nil
	}
	return m
}

// speakerAgents are the nouns of a state's or a body's unnamed speakers.
var speakerAgents = map[string]bool{"official": true, "officials": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "source": true, "sources": true, "diplomat": true,
	"diplomats": true}

// speakerFields are the words of a body's field that may come between its name or
// nationality and its unnamed speaker ("Egyptian government spokesman", "Chinese
// foreign ministry official").
var speakerFields = map[string]bool{"government": true, "military": true, "army": true,
	"foreign": true, "ministry": true, "defence": true, "defense": true, "security": true,
	"intelligence": true, "embassy": true, "administration": true, "senior": true}

// isWeekday reports whether a lower-case word names a day of the week.
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// statementWords name what a quotation is said by ("said a statement from ...").
var statementWords = map[string]bool{"statement": true, "communique": true, "communiqué": true}

// isQuoteMark reports whether a token is a quotation mark.
func isQuoteMark(t string) bool { return t == "“" || t == "”" || t == "\"" }

// openingQuoteMark reports whether a token may open a quotation: an opening or a straight mark.
func openingQuoteMark(t string) bool { return t == "“" || t == "\"" }

// quoteSpeaker returns the speaker of the quotation of sentence si when the sentence
// names exactly one: the actor (official, country or group) right before or right after
// a reporting verb outside the quotation ("“...,” Lavrov said", "“...,” said the
// ministry", "Lavrov said: “...”"), or the one a "saying" or "quoted" names
// (participleSpeaker: "Lavrov followed up, saying “...”", "quoted Lavrov as saying").
// It returns nil when the sentence quotes nothing or its speaker is not clear.
func (d *document) quoteSpeaker(si int, inQuote []bool) *entity {
	if !anyTrue(inQuote) {
		return nil
	}
	return d.reportingSpeaker(si, inQuote)
}

// anyTrue reports whether a mask holds a true token (a sentence's quotation mask: it
// quotes something).
func anyTrue(mask []bool) bool {
	for _, x := range mask {
		if x {
			return true
		}
	}
	return false
}

// reportingSpeaker returns the one actor right before or right after a reporting verb
// outside the quotations of sentence si, or named by a "saying" or "quoted" (see
// quoteSpeaker), or nil when there is none or two, or two joined by "and" (coordinated).
// It also reads a sentence that quotes nothing but introduces the quotation of
// the next paragraph ("In a statement, Ruiz said:").
func (d *document) reportingSpeaker(si int, inQuote []bool) *entity {
	return d.reportingSpeakerOf(si, inQuote, true)
}

// indirectSpeaker returns the speaker of a sentence that quotes nothing but reports
// speech (“Ruiz said Bolivia would not yield.”): reportingSpeaker without the actor
// right after a reporting verb, which is the reported clause's subject ("said Bolivia
// would").
func (d *document) indirectSpeaker(si int, inQuote []bool) *entity {
	return d.reportingSpeakerOf(si, inQuote, false)
}

// reportingSpeakerOf is reportingSpeaker, reading the actor right after a reporting
// verb only when after is true.
func (d *document) reportingSpeakerOf(si int, inQuote []bool, after bool) *entity {
	toks := d.sents[si].Tokens
	var speaker *entity
	for v, t := range toks {
		if inQuote[v] {
			continue
		}
		var cands []*Mention
		switch {
		case t.Lower == "saying" || t.Lower == "quoted":
			if m := d.participleSpeaker(si, v); m != nil {
				cands = append(cands, m)
			}
		case speechVerbAt(toks, v):
			cands = d.verbSpeakers(si, v, inQuote, after)
		default:
			continue
		}
		for _, m := range cands {
			if m.ent == nil || m.inferred || inQuote[m.Start] || m.possessive {
				continue
			}
			if m.Form == FormDemonym && !d.isActor(si, m) {
				continue
			}
			if speaker != nil && speaker != m.ent || d.coordinated(si, m) {
				return nil // two speakers: whose "we" is it?
			}
			speaker = m.ent
		}
	}
	return speaker
}

// coordinated reports whether mention m of sentence si is joined by "and" or "or" to a
// mention right before or right after it ("Ruiz and Tello said", "said Ruiz and
// Tello").
func (d *document) coordinated(si int, m *Mention) bool {
	toks := d.sents[si].Tokens
	conj := func(k int) bool { return k >= 0 && k < len(toks) && (toks[k].Lower == "and" || toks[k].Lower == "or") }
	if conj(m.Start-1) && d.mentionEndingAt(si, m.Start-1) != nil {
		return true
	}
	if o := d.mentionAt(si, m.End+1); conj(m.End) && o != nil && o.Start == m.End+1 {
		return true
	}
	return false
}

// verbSpeakers returns the candidates for the speaker of a reporting or speech verb at
// token v of sentence si (see reportingSpeaker): the actor just before the verb, and the
// one just after it when after is true (past "the" and the country of a title: "said
// Russian Foreign Minister Pavel Orlov").
func (d *document) verbSpeakers(si, v int, inQuote []bool, after bool) []*Mention {
	toks := d.sents[si].Tokens
	var cands []*Mention
	if v > 0 {
		if m := d.mentionAt(si, v-1); m != nil && m.End == v {
			cands = append(cands, m)
		} else if m := d.titledNameBefore(si, v-1); m != nil {
			cands = append(cands, m)
		} else if m := d.appositionHead(si, v-1, inQuote); m != nil {
			cands = append(cands, m)
		} else if m := d.agentOwner(si, v-1); m != nil {
			cands = append(cands, m)
		}
	}
	for k, end := v+1, v+4; after && k < len(toks) && k <= end; k++ {
		m := d.mentionAt(si, k)
		if m == nil {
			if toks[k].Lower == "the" {
				continue
			}
			if k == v+1 && toks[k].Lower == "a" || k > v+1 && (statementWords[toks[k].Lower] || isWeekday(toks[k].Lower)) {
				// "said a statement Saturday from China's foreign ministry"
				end++
				continue
			}
			if k > v+1 && (toks[k].Lower == "from" || toks[k].Lower == "by") && (statementWords[toks[k-1].Lower] || isWeekday(toks[k-1].Lower)) {
				continue
			}
			break
		}
		if m.possessive || m.Form == FormDemonym && !d.isActor(si, m) {
			// the country of a title ("Russian", "Russia's"): the speaker follows
			k = m.End - 1
			if k+1 < len(toks) && (toks[k+1].Lower == "'s" || toks[k+1].Lower == "'") {
				k++
			}
			continue
		}
		if m.ent != nil && m.ent.kind == geokg.KindGroup && m.End+1 < len(toks) {
			// "said a statement from China's Foreign Ministry spokesman Wang Wenbin":
			// the official who speaks for the body
			for _, k := range []int{m.End, m.End + 1} {
				if o := d.mentionAt(si, k); o != nil && o.ent != nil && o.ent.kind == geokg.KindOfficial {
					m = o
					break
				}
			}
		}
		cands = append(cands, m)
		break
	}
	return cands
}

// participleSpeaker returns who speaks by the word "saying" or "quoted" at token v of
// sentence si: the subject that opens the sentence for a "saying" after a comma or
// "statement" ("Ruiz followed up, saying “...”", "On Monday, Peru issued a statement
// saying"), the one named in a transcript's header that ends in ", SAYING:"
// (headerSpeaker), the one quoted in "quoted Ruiz as saying" and "Ruiz was quoted as
// saying".
// Nil otherwise: the subject must be one actor that opens the sentence or its first
// comma, followed by a word that is no "and", comma or possessive ("Ruiz and Soto
// followed up, saying", "After Chile attacked Peru, Ruiz ..., saying": no one).
func (d *document) participleSpeaker(si, v int) *Mention {
	toks := d.sents[si].Tokens
	if v == 0 || v+1 >= len(toks) {
		return nil
	}
	if toks[v+1].Text == ":" && toks[v-1].Text == "," && toks[v].IsAllCaps() {
		return d.headerSpeaker(si, v-1) // "(SOUNDBITE) SENATOR PEDRO TELLO, SAYING:"
	}
	if v+2 >= len(toks) {
		return nil
	}
	if toks[v].Lower == "quoted" {
		if toks[v+1].Lower == "as" && toks[v+2].Lower == "saying" && v >= 2 && toks[v-1].Lower == "was" {
			return d.mentionEndingAt(si, v-1) // "Ruiz was quoted as saying"
		}
		for k := v + 2; k+1 < len(toks) && k <= v+6; k++ {
			if toks[k].Lower == "as" && toks[k+1].Lower == "saying" {
				return d.mentionEndingAt(si, k) // "state radio quoted Foreign Minister Ruiz as saying"
			}
			if !toks[k].IsCapitalized() {
				break
			}
		}
		return nil
	}
	if toks[v-1].Text != "," && toks[v-1].Lower != "statement" {
		return nil
	}
	return d.openingSubject(si, v)
}

// headerSpeaker returns the one actor named before the comma at token c of sentence si
// when nothing before it is a lower-case word: the header of a transcript that the
// quotation after it follows ("(SOUNDBITE) (Spanish) PERUVIAN SENATOR PEDRO TELLO,
// SAYING:"), or nil.
func (d *document) headerSpeaker(si, c int) *Mention {
	toks := d.sents[si].Tokens
	m := d.mentionEndingAt(si, c)
	if m == nil {
		return nil
	}
	for k := 0; k < m.Start; k++ {
		if toks[k].IsWord() && !toks[k].IsCapitalized() {
			return nil
		}
	}
	return m
}

// titledAfter returns the official named after mention c of a country or body when only
// the title's words stand between them ("Bolivian Foreign Minister Ana Ruiz", "Bolivia's
// president Ruiz", "Kremlin spokesman Pavel Orlov"), or nil.
func (d *document) titledAfter(si int, c *Mention) *Mention {
	toks := d.sents[si].Tokens
	k := c.End
	if k < len(toks) && (toks[k].Lower == "'s" || toks[k].Lower == "'") {
		k++
	}
	for ; k < len(toks) && k <= c.End+4; k++ {
		if m := d.mentionAt(si, k); m != nil {
			if m.ent == nil || m.ent.kind != geokg.KindOfficial {
				return nil
			}
			return m
		}
		if !isTitleWord(toks[k].Lower) && !spokesNouns[toks[k].Lower] && !toks[k].IsCapitalized() {
			return nil
		}
	}
	return nil
}

// openingSubject returns the actor that opens sentence si before token v, past an
// opening phrase that ends at the first comma and names no one ("On Monday, Ruiz ...")
// and past "the", when a lower-case word follows it (not "and", "or" or "'s"); nil
// otherwise.
func (d *document) openingSubject(si, v int) *Mention {
	toks := d.sents[si].Tokens
	start := 0
	for k := 0; k < v; k++ {
		if d.mentionAt(si, k) != nil || isQuoteMark(toks[k].Text) {
			break
		}
		if toks[k].Text == "," {
			start = k + 1
			break
		}
	}
	if start < v && toks[start].Lower == "the" {
		start++
	}
	m := d.mentionAt(si, start)
	if m != nil && m.ent != nil && m.ent.kind != geokg.KindOfficial {
		// "Bolivian Foreign Minister Ruiz", "Bolivia's president Ruiz", "Kremlin
		// spokesman Orlov"
		if o := d.titledAfter(si, m); o != nil || m.possessive || m.Form == FormDemonym {
			m = o
		}
	}
	if m == nil || m.End >= v || m.ent == nil || m.inferred || m.possessive || m.Form == FormDemonym {
		return nil
	}
	next := toks[m.End]
	if !next.IsWord() || next.IsCapitalized() || next.Lower == "and" || next.Lower == "or" || next.Lower == "'s" {
		return nil
	}
	return m
}

// speechVerbs introduce a quotation besides the reporting verbs ("“...,” he stressed").
var speechVerbs = map[string]bool{
	"stressed": true, "warned": true, "explained": true, "continued": true, "replied": true,
	"responded": true, "insisted": true, "urged": true, "affirmed": true, "reiterated": true,
	"emphasised": true, "emphasized": true, "tweeted": true, "posted": true, "says": true,
}

// afterQuoteVerbs introduce a quotation only right after it ends (closingQuoteBefore) or
// right before it opens (quoteOpensAfter): less common verbs of speech and present forms
// that elsewhere take an object or a clause ("“...?” asked Senator Tello", "“...,” Ruiz
// testified", "“...,” she writes", "Ruiz answered bluntly: “...”"; not "Ruiz asked Tello
// to ...").
var afterQuoteVerbs = map[string]bool{
	"adds": true, "writes": true, "asked": true, "asks": true, "explains": true,
	"testified": true, "answered": true, "recalled": true, "recalls": true, "argues": true,
	"warns": true, "notes": true, "observed": true, "predicted": true, "contended": true,
	"promised": true, "vowed": true, "pledged": true, "admitted": true, "acknowledged": true,
	"conceded": true, "cautioned": true, "complained": true, "lamented": true, "quipped": true,
	"remarked": true, "countered": true, "retorted": true, "boasted": true, "joked": true,
}

// monarchies say which countries "the kingdom", "the emirate" and "the sultanate" may
// stand for, by alpha-3 code (the latest of them named is taken, as for region words).
var monarchies = map[string][]string{
	"kingdom": {"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "DNK", "NOR", "SWE",
		"THA", "KHM", "BTN", "LSO", "SWZ", "TON", "NPL", "AFG", "IRQ", "LBY", "EGY", "YUG"},
	"emirate":   {"ARE", "KWT", "QAT", "AFG"},
	"sultanate": {"OMN", "BRN"},
}

// spokesNouns are the unnamed people who speak or act for a country or group named after
// "for" ("a spokesman for the Kremlin").
var spokesNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "representative": true,
	"representatives": true, "envoy": true, "negotiator": true, "negotiators": true,
}

// firstPersonWords are the pronouns of a quotation's speaker.
var firstPersonWords = map[string]bool{"we": true, "us": true, "our": true, "i": true, "me": true, "my": true}

// contractedPronouns are the subject pronouns frameReferences resolves that a
// contraction may open.
var contractedPronouns = map[string]bool{"we": true, "they": true, "i": true, "he": true, "she": true}

// contractedPronoun returns the subject pronoun that opens the contraction lower (a
// token's Lower, apostrophes straight: "we're", "we've", "we'll", "we'd", "they're", "i'm",
// "he'll", "she'd"),
// or "" when lower is none. The tokenizer keeps such a contraction one token, the parser
// splits it ("we" "'re"); its pronoun is the token's first len(pronoun) bytes.
func contractedPronoun(lower string) string {
	k := strings.IndexByte(lower, '\'')
	if k <= 0 || !contractedPronouns[lower[:k]] {
		return ""
	}
	switch lower[k:] {
	case "'re", "'ve", "'ll", "'d", "'m":
		return lower[:k]
	}
	return ""
}

// governmentNouns name a country's executive in a description ("the administration",
// "the government", "the regime").
var governmentNouns = map[string]bool{"administration": true, "government": true, "regime": true}

// tenureWords tell which government of a country a description names ("the current
// government", "the new administration"); the frames read it as the country's.
var tenureWords = map[string]bool{"current": true, "new": true, "present": true, "incumbent": true}

// frameReferences returns the references of sentence si that the frames read as actors
// besides the sentence's mentions (Form FormRef; the pattern table does not see them).
// Each is resolved only when its antecedent is clear:
//
//   - "its", "their": the nearest country or group before that is not a place ("sanctions
//     imposed on Iraq after its invasion"; not "attacks into Cameroon, and its fighters");
//   - "his", "her": an official (resolvePerson);
//   - an object "him": when an official of his gender may be its antecedent
//     (resolvePerson, past the speaker of a quotation that holds it); the parse then
//     decides which (objectAntecedent);
//   - "they": a group named in the plural (resolvePlural);
//   - "we", "us", "our", "I", "me", "my" inside a quotation: its speaker, when the
//     sentence names one (quoteSpeaker: also "X ..., saying", "quoted X as saying", a
//     transcript's "X, SAYING:"), else, for a quotation the sentence does not
//     attribute, the speaker named where it ends in a later sentence, also paragraphs
//     on, else the speaker of the quotation before it, also across paragraphs
//     (paragraphSpeaker); else "we", "us" and "our" of a joint quotation "they said"
//     are the two who open the sentence before it (jointSpeakers);
//   - a description the mention stage left because the word after it is not known as a
//     verb ("The kingdom affirms"): the parse decides its role;
//   - "the administration", "the government", "the regime": the country (governmentOf;
//     in a quotation the speaker's own, speakersGovernment);
//   - "the spokesman", "the foreign minister", "the president": the latest official with
//     that title (officialByTitle);
//   - "a spokesman for X", "envoys for X" without a name: X;
//   - an official's "administration" or "government" ("the Trump administration",
//     "the Maduro government", "the government of President Maduro", "the regime of
//     Syrian President Assad"): the official's country; an official's possessive
//     "government" ("Assad's government"): the official, as most readers file it, and
//     his country as the target of a hostile act (Mention.government);
//   - "the two countries", "both sides": the two latest countries that acted (pair);
//   - "the two leaders", "both presidents": the two latest heads named (recentLeaders).
func (d *document) frameReferences(si int) []*Mention {
	toks := d.sents[si].Tokens
	var out []*Mention
	var inQuote []bool
	var speaker, joint, jointPair *entity
	speakerDone := false
	free := func(a, b int) bool {
		for k := a; k < b; k++ {
			if d.mentionAt(si, k) != nil {
				return false
			}
		}
		return true
	}
	add := func(a, b int, e *entity) {
		out = append(out, &Mention{Start: a, End: b, ent: e, Form: FormRef})
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if m := d.mentionAt(si, i); m != nil {
			// "the Trump administration": the official's country; "Maduro's government":
			// the official
			if g := d.leadersGovernment(si, m); g > 0 && free(g, g+1) {
				// "the government of President Assad": his country
				add(g, g+1, d.countryEntity(m.ent.country, toks[m.Start].Start))
			}
			if m.End == i+1 && m.ent.kind == geokg.KindOfficial && m.ent.country != "" {
				n := m.End
				if n < len(toks) && toks[n].Lower == "'s" {
					n++
				}
				if n < len(toks) && governmentNouns[toks[n].Lower] && free(n, n+1) {
					if n > m.End && toks[n].Lower != "administration" {
						// "backs Assad's government": the person whose government it is,
						// his country when it is the target of a hostile act
						// (governmentTarget: "blamed Putin's government")
						out = append(out, &Mention{Start: n, End: n + 1, ent: m.ent, Form: FormRef,
							government: d.countryEntity(m.ent.country, toks[m.Start].Start)})
					} else {
						add(n, n+1, d.countryEntity(m.ent.country, toks[m.Start].Start))
					}
					i = n
				}
			}
			continue
		}
		if n, codes := namedPair(toks, i); n > 0 && free(i, i+n) {
			// "talks between the two Koreas": the two states the name joins
			at := toks[i].Start
			out = append(out, &Mention{Start: i + n - 1, End: i + n, ent: d.countryEntity(codes[0], at), pair: d.countryEntity(codes[1], at), Form: FormRef})
			i += n - 1
			continue
		}
		if n := pairReference(toks, i); n > 0 && free(i, i+n) {
			if a, b := d.recentPair(si, i); a != nil {
				out = append(out, &Mention{Start: i, End: i + n, ent: a, pair: b, Form: FormRef})
			}
			i += n - 1
			continue
		}
		if n, count := listReference(toks, i); n > 0 && free(i, i+n) {
			if list := d.recentCountries(si, i, count); list != nil {
				out = append(out, &Mention{Start: i, End: i + n, ent: list[0], pair: list[1], more: list[2:], Form: FormRef})
			}
			i += n - 1
			continue
		}
		if n := leaderPairReference(toks, i); n > 0 && free(i, i+n) {
			if a, b := d.recentLeaders(si, i); a != nil {
				out = append(out, &Mention{Start: i, End: i + n, ent: a, pair: b, Form: FormRef})
			}
			i += n - 1
			continue
		}
		if spokesNouns[t.Lower] && i+2 < len(toks) && toks[i+1].Lower == "for" {
			// "a spokesman for the Kremlin said": the spokesman speaks for it
			k := i + 2
			if toks[k].Lower == "the" && k+1 < len(toks) {
				k++
			}
			if m := d.mentionAt(si, k); m != nil && m.Start == k && (m.ent.kind == geokg.KindCountry || m.ent.kind == geokg.KindGroup) && m.Form != FormDemonym && !m.possessive && (m.End >= len(toks) || !toks[m.End].IsCapitalized() || !toks[m.End].IsWord()) {
				add(i, i+1, m.ent)
				continue
			}
		}
		lower := t.Lower
		if p := contractedPronoun(lower); p != "" {
			lower = p // "we're", "they've", "I'll": the pronoun they open
		}
		switch lower {
		case "its", "their":
			e, at := d.possessiveAntecedentAt(si, i)
			if e == nil {
				e = d.stateCataphor(si, i)
			}
			// a reference read here before it is nearer when it follows that mention
			// ("The kingdom affirms its rejection", "The administration said its ...")
			for _, r := range out {
				if r.End <= i && r.Start > at && r.pair == nil && !r.possessive && r.ent != nil && (r.ent.kind == geokg.KindCountry || r.ent.kind == geokg.KindGroup) {
					e, at = r.ent, r.Start
				}
			}
			if e != nil {
				out = append(out, &Mention{Start: i, End: i + 1, ent: e, Form: FormRef, possessive: true})
			}
		case "his", "her":
			if e := d.possessivePerson(si, i); e != nil {
				out = append(out, &Mention{Start: i, End: i + 1, ent: e, Form: FormRef, possessive: t.Lower == "his"})
				if r := d.ownersState(si, i, e); r != nil && free(r.Start, r.End) {
					out = append(out, r)
					i = r.End - 1
				}
			}
		case "him":
			if e := d.resolvePerson(si, i, "him", d.quotedSpeaker(si, i)); e != nil {
				add(i, i+1, e)
			}
		case "he", "she":
			// "he'll", "she'd" (the bare "he" is a mention of findReferences, which the
			// pattern table reads too: it would take "he'll impose" for an act done)
			if lower != t.Lower {
				if e := d.resolvePerson(si, i, lower, d.quotedSpeaker(si, i)); e != nil {
					add(i, i+1, e)
				}
			}
		case "they":
			if e := d.resolvePlural(si, i); e != nil {
				add(i, i+1, e)
			} else if a, b := d.pluralStateSubject(si, i); a != nil {
				out = append(out, &Mention{Start: i, End: i + 1, ent: a, pair: b, Form: FormRef})
			} else if a, b := d.previousPairSubject(si, i); a != nil {
				out = append(out, &Mention{Start: i, End: i + 1, ent: a, pair: b, Form: FormRef})
			} else if a, b := d.openingPair(si, i); a != nil && !d.sentenceQuotes(si)[i] {
				// "Peru and Chile hailed the deal they struck": the pair that opens the
				// sentence as its subject, outside a quotation
				out = append(out, &Mention{Start: i, End: i + 1, ent: a, pair: b, Form: FormRef})
			}
		case "all", "each":
			// "all of them have urged Chile", "each of them condemned": the list of the
			// sentence's subject or of the sentence before
			if n := groupPronoun(toks, i); n > 0 && free(i, i+n) && !d.sentenceQuotes(si)[i] {
				if l := d.groupAntecedent(si, i); l != nil {
					out = append(out, listMention(i, i+n, l))
				}
				i += n - 1
			}
		case "both":
			if n := groupPronoun(toks, i); n > 0 && free(i, i+n) && !d.sentenceQuotes(si)[i] {
				if l := d.groupAntecedent(si, i); len(l) == 2 {
					out = append(out, listMention(i, i+n, l)) // "both of them condemned Chile"
				}
				i += n - 1
				continue
			}
			// "Peru and Chile issued statements, although both have criticized
			// Argentina", "Peru and Chile met. Both condemned Argentina": the pair
			// that opens the sentence, or the sentence before, as its subject
			if !bothPronoun(toks, i) || !free(i, i+1) {
				continue
			}
			a, b := d.openingPair(si, i)
			if a == nil && i == 0 && si > 0 {
				a, b = d.openingPair(si-1, len(d.sents[si-1].Tokens))
			}
			if a != nil {
				out = append(out, &Mention{Start: i, End: i + 1, ent: a, pair: b, Form: FormRef})
			}
		case "we", "us", "our", "i", "me", "my":
			if lower == "i" && !strings.HasPrefix(t.Text, "I") || t.Lower == "us" && t.Text == "US" {
				continue
			}
			if !speakerDone {
				inQuote = d.sentenceQuotes(si)
				speaker, speakerDone = d.quoteSpeaker(si, inQuote), true
				if speaker == nil && inQuote[i] {
					speaker = d.paragraphSpeaker(si, inQuote)
				}
				if speaker == nil && inQuote[i] {
					joint, jointPair = d.jointSpeakers(si)
				}
			}
			plural := pluralFirstPerson[lower] || t.Lower == "our"
			if speaker != nil && inQuote[i] && (plural || speaker.kind == geokg.KindOfficial) {
				// "I", "me", "my" are a person's: the one who speaks for a country or a
				// party ("“Why should I pay?” Democrats said") is not named
				e := speaker
				if c := d.ourState(si, i, speaker); c != nil {
					e = c // "“Russia has attacked our cities,” Zelensky said": Ukraine's
				}
				out = append(out, &Mention{Start: i, End: i + 1, ent: e, Form: FormRef, possessive: t.Lower == "our" || t.Lower == "my"})
			} else if joint != nil && inQuote[i] && plural {
				// "“We call on Chile to withdraw,” they said" after "Ruiz and Tello ...": both
				out = append(out, &Mention{Start: i, End: i + 1, ent: joint, pair: jointPair, Form: FormRef, possessive: t.Lower == "our"})
			}
		case "the":
			if j, e := d.descriptionForFrames(si, i); e != nil && free(i, j) {
				add(i+1, j, e) // the noun, not "The": the tagger would take it for a name
				i = j - 1
			}
		}
	}
	return out
}

// ourState returns the state of a quotation's speaker for the "our" at token i of
// sentence si when it owns a noun the frames read as the state's (an agent, an arm or a
// site: "our troops", "our embassy", "our own cities"; frames.StandsForState) and the
// speaker is an official or a body of a known country: a speaker's "our" is their side's.
// Nil otherwise ("our allies", "our democracy", "our people": the speaker's word).
func (d *document) ourState(si, i int, speaker *entity) *entity {
	toks := d.sents[si].Tokens
	if toks[i].Lower != "our" || sideOf(speaker) == "" {
		return nil
	}
	k := i + 1
	if k < len(toks) && toks[k].Lower == "own" {
		k++
	}
	if k >= len(toks) || !d.stateNoun(toks[k].Lower) {
		return nil
	}
	return d.countryEntity(speaker.country, d.sents[si].Start)
}

// stateNoun reports whether a lower-case word (a singular or a regular plural) is a noun
// of the state (frames.StandsForState: agents, arms, sites).
func (d *document) stateNoun(w string) bool {
	forms := []string{w}
	if strings.HasSuffix(w, "ies") {
		forms = append(forms, strings.TrimSuffix(w, "ies")+"y")
	} else if strings.HasSuffix(w, "s") {
		forms = append(forms, strings.TrimSuffix(w, "s"))
	}
	for _, f := range forms {
		if d.x.stands != nil && d.x.stands(f) == frames.StandsForState {
			return true
		}
	}
	return false
}

// ownersState returns the reference of the noun a possessive "his" or "her" at token k of
// sentence si owns when it names the state of official e, who is of a known country:
// "his country", "her nation", "his administration" (the country), "his own
// government" (the official, as for "Boric's government", and the country as the target
// of a hostile act: Mention.government); nil for any other noun ("his party"). Not a
// government as a time or a place ("early in his administration", "officials of his
// government": termPreps), nor one the official acts on when the sentence named him
// before ("Boric urged his government to ...": ownAct), unless the noun owns the noun
// after it ("in his government's fight against the Shining Path"); nor of an official
// the sentence named last as a government ("the Boric administration": namedAsOffice).
func (d *document) ownersState(si, k int, e *entity) *Mention {
	toks := d.sents[si].Tokens
	if e.kind != geokg.KindOfficial || e.country == "" || d.namedAsOffice(si, k, e) {
		return nil
	}
	n := k + 1
	if n < len(toks) && toks[n].Lower == "own" {
		n++
	}
	if n >= len(toks) {
		return nil
	}
	// the owner of a noun after it ("in his government's fight", "defended his
	// administration's deal") acts whatever governs the phrase
	if owns := n+1 < len(toks) && toks[n+1].Lower == "'s"; !owns && (k > 0 && termPreps[toks[k-1].Lower] || d.ownAct(si, k, e)) {
		return nil
	}
	c := d.countryEntity(e.country, toks[k].Start)
	switch toks[n].Lower {
	case "country", "nation", "administration":
		return &Mention{Start: n, End: n + 1, ent: c, Form: FormRef}
	case "government":
		return &Mention{Start: n, End: n + 1, ent: e, Form: FormRef, government: c}
	}
	return nil
}

// namedAsOffice reports whether official e is named last before token k of sentence si
// as the modifier of a noun of class office-noun ("accused the Boric administration ...
// after Bolivia condemned his country's plan"): a government so named is no person the
// possessive surely stands for, and the one meant is as often another official.
func (d *document) namedAsOffice(si, k int, e *entity) bool {
	toks := d.sents[si].Tokens
	office := false
	for _, m := range d.mentions[si] {
		if m.Start < k && m.ent == e {
			office = !m.possessive && m.End < len(toks) && actorWord("office-noun", toks[m.End].Lower)
		}
	}
	return office
}

// termPreps put a government or a country in time or place, or among its members
// ("during his administration", "in her government", "back in his country").
var termPreps = map[string]bool{
	"in": true, "during": true, "under": true, "throughout": true, "since": true, "of": true,
	"within": true, "before": true, "after": true, "from": true,
}

// ownAct reports whether the possessive at token k of sentence si follows a word that
// makes its phrase an object of a verb or a copula ("instructed his administration",
// "was his government"; not a preposition, a clause word or a verb of speech) while
// official e, its owner, is named before it in the sentence: an official acting on his
// own government or country is no relation between states.
func (d *document) ownAct(si, k int, e *entity) bool {
	toks := d.sents[si].Tokens
	if k == 0 {
		return false
	}
	p := toks[k-1]
	if !p.IsWord() || prepositions[p.Lower] || isClauseWord(p.Lower) && !strings.HasSuffix(p.Lower, "ed") || reportingVerbs[p.Lower] && p.Lower != "told" {
		return false
	}
	for _, m := range d.mentions[si] {
		if m.Start < k && m.ent == e {
			return true
		}
	}
	return false
}

// leadersGovernment returns the token of the government noun in "the government of
// President Boric", "the regime of Syrian President Assad", "the administration of
// leader Kim" before the mention m of an official of a known country: the noun, "of",
// then at most four title words, names or demonyms before the mention; 0 when there is
// none.
func (d *document) leadersGovernment(si int, m *Mention) int {
	toks := d.sents[si].Tokens
	if m.ent.kind != geokg.KindOfficial || m.ent.country == "" || m.possessive {
		return 0
	}
	k := m.Start - 1
	for n := 0; k > 0 && n < 4 && toks[k].Lower != "of"; n++ {
		if !toks[k].IsWord() || !toks[k].IsCapitalized() && !isTitleWord(toks[k].Lower) {
			return 0
		}
		k--
	}
	if k < 1 || toks[k].Lower != "of" || !governmentNouns[toks[k-1].Lower] {
		return 0
	}
	return k - 1
}

// descriptionForFrames resolves a definite description starting with "the" at token i
// of sentence si that names no mention: a country ("the kingdom", "the Gulf state"), a
// group ("the group", "the militia"), a ministry, a government ("the administration") or
// an official by title ("the spokesman", "the foreign minister"). It returns the token
// after the description and its entity, or nil.
func (d *document) descriptionForFrames(si, i int) (int, *entity) {
	toks := d.sents[si].Tokens
	if i+1 < len(toks) && (toks[i+1].Text == "North" || toks[i+1].Text == "South") && (i+2 >= len(toks) || !toks[i+2].IsCapitalized()) {
		return i + 2, d.compassCountry(si, i, toks[i+1].Text)
	}
	j, region, described := descriptionHead(toks, i)
	if j+1 < len(toks) && j == i+1 && tenureWords[toks[j].Lower] && governmentNouns[toks[j+1].Lower] {
		j++ // "the current government", "the new administration"
	}
	if j >= len(toks) {
		return 0, nil
	}
	w := toks[j].Lower
	next := ""
	if j+1 < len(toks) {
		next = toks[j+1].Lower
	}
	if next == "of" && !d.chargedOf(si, i, j) || j+1 < len(toks) && toks[j+1].IsCapitalized() && toks[j+1].IsWord() {
		return 0, nil // "the government of Iraq", "the president Joe ...": other stages
	}
	if next == "in" && d.placedAfter(si, j+1) {
		return 0, nil // "the government in Kabul": the frames read the place's state
	}
	if next == "'s" && !countryNouns[w] && !groupNouns[w] && !governmentNouns[w] {
		return 0, nil // "the president's": whose post is it?
	}
	if _, ok := monarchies[w]; ok && region == "" {
		region = w
	}
	switch {
	case described && region == "" && countryNouns[w]:
		return j + 1, d.onlyCountryBefore(si, i)
	case region != "" && countryNouns[w] || region == "" && (w == "country" || w == "nation"):
		return j + 1, d.resolveDescriptionBut(si, i, geokg.KindCountry, region, d.clauseSubject(si, i))
	case region != "":
		return 0, nil
	case governmentNouns[w]:
		return j + 1, d.governmentOf(si, i, w)
	case w == "ministry":
		return j + 1, d.recent(si, i, func(_ int, m *Mention) bool {
			return m.ent.kind == geokg.KindGroup && m.ent.subtype == geokg.Agency
		})
	case actorWord("side-noun", w):
		if j != i+1 {
			return 0, nil
		}
		return j + 1, d.sideNounGroup(si, i, w)
	case namedBodyNouns[w] && !described:
		return j + 1, d.namedBody(si, i, w)
	case groupNouns[w] && w != "council" && w != "party" && w != "body" && w != "alliance" && w != "bloc" && w != "agency":
		return j + 1, d.recent(si, i, func(_ int, m *Mention) bool {
			return m.ent.subtype != geokg.InternationalOrg && d.descriptionFits(w, m.ent)
		})
	}
	if (w == "official" || w == "officials") && j == i+1 {
		// "a senior U.S. official said ... The official added": the unnamed official's
		// country, as "U.S. officials" stand for it; a named official of that post first
		if w == "official" {
			if e := d.officialByTitle(si, i, w, false); e != nil {
				return j + 1, e
			}
		}
		return j + 1, d.unnamedOfficials(si, i)
	}
	// an official by title: "the spokesman", "the foreign minister", "the president";
	// "the former president", "the ex-minister": an official the article named as former
	former := false
	switch {
	case w == "former" && j+1 < len(toks):
		former, j = true, j+1
	case w == "ex" && j+2 < len(toks) && toks[j+1].Text == "-":
		former, j = true, j+2
	}
	end := j
	for end < len(toks) && end < j+3 && toks[end].IsWord() && !toks[end].IsCapitalized() {
		if _, ok := titleHeads[toks[end].Lower]; ok {
			if end+1 < len(toks) && (toks[end+1].Lower == "of" || toks[end+1].Lower == "'s" || toks[end+1].IsCapitalized() && toks[end+1].IsWord()) {
				return 0, nil
			}
			return end + 1, d.officialByTitle(si, i, strings.ToLower(d.surface(si, j, end+1)), former)
		}
		end++
	}
	return 0, nil
}

// unnamedOfficials returns the country of the latest unnamed official or officials
// named by their country within corefWindow sentences before token k of sentence si ("a
// senior U.S. official", "Iranian security officials"), or nil; with two such countries
// in that span, nil.
func (d *document) unnamedOfficials(si, k int) *entity {
	var found *entity
	for s := si; s >= 0 && s >= si-corefWindow; s-- {
		toks := d.sents[s].Tokens
		for _, m := range d.mentions[s] {
			if s == si && m.Start >= k {
				break
			}
			if m.ent == nil || m.ent.kind != geokg.KindCountry || m.possessive {
				continue
			}
			q := m.End
			for q < len(toks) && q < m.End+2 && (stateFields[toks[q].Lower] || toks[q].Lower == "government") {
				q++
			}
			if q >= len(toks) || toks[q].Lower != "official" && toks[q].Lower != "officials" {
				continue
			}
			if found != nil && found != m.ent {
				return nil
			}
			found = m.ent
		}
	}
	return found
}

// compassCountry resolves "the North" or "the South" (side) at token k of sentence si:
// the one country named in the article before whose name begins with that word ("North
// Korea ... the North fired"), or nil.
func (d *document) compassCountry(si, k int, side string) *entity {
	var found *entity
	for s := 0; s <= si; s++ {
		for _, m := range d.mentions[s] {
			if s == si && m.Start >= k {
				break
			}
			if m.ent == nil || m.ent.kind != geokg.KindCountry || !strings.HasPrefix(m.ent.name, side+" ") {
				continue
			}
			if found != nil && found != m.ent {
				return nil
			}
			found = m.ent
		}
	}
	return found
}

// officialByTitle returns the latest official, within ten sentences before token k of
// sentence si, whose title ends with the words of a title named without a name ("the
// spokesman", "the foreign minister"; "the minister" is no prime minister; "the leader"
// is also any head of state or government), and who is not named in the sentence
// itself, or nil. With former, only an official the article named as former ("the
// former president" is not the sitting one).
func (d *document) officialByTitle(si, k int, title string, former bool) *entity {
	named := map[*entity]bool{} // "the leader had told Mr Trump": not Trump
	for _, m := range d.mentions[si] {
		if m.Start > k {
			named[m.ent] = true
		}
	}
	written := onePost(title, title) // a post's written titles count (posts)
	fits := func(m *Mention) bool {
		if m.ent == nil || m.ent.kind != geokg.KindOfficial || named[m.ent] || former != m.ent.former {
			return false
		}
		if title == "leader" && m.ent.role == RoleHead {
			return m.ent.title != ""
		}
		for _, full := range m.ent.posts(written) {
			if strings.HasSuffix(full, title) && sameTitle(title, full) {
				return true
			}
		}
		return false
	}
	// one official of that post named before it in its own sentence ("King Hussein
	// carried a message from Saddam, with whom the king met"); two are no clear one
	var own *entity
	for _, m := range d.mentions[si] {
		if m.Start >= k || !fits(m) {
			continue
		}
		if own != nil && own != m.ent {
			return nil
		}
		own = m.ent
	}
	if own != nil {
		return own
	}
	for s := si - 1; s >= 0 && s >= si-10; s-- {
		ms := d.mentions[s]
		for j := len(ms) - 1; j >= 0; j-- {
			if m := ms[j]; fits(m) {
				return m.ent
			}
		}
	}
	return nil
}

// governmentOf resolves "the administration", "the government" or "the regime" at token
// k of sentence si to a country: the country of the latest such noun named with its
// country or official ("the Trump administration", "Iran's government"), within ten
// sentences (namedGovernment); for "the administration", else the country of the latest
// head of state or government named, else the one country the article has called an
// administration before (calledGovernment). "The regime" is the one country the article
// has called a regime (calledGovernment), else the one country named just before
// (onlyCountryBefore). Inside a quotation "the administration" and "the government" may
// be the speaker's own (speakersGovernment) before all that.
func (d *document) governmentOf(si, k int, noun string) *entity {
	if noun == "regime" {
		if e := d.calledGovernment(si, k, noun); e != nil {
			return e
		}
		return d.onlyCountryBefore(si, k)
	}
	if e := d.speakersGovernment(si, k, noun); e != nil {
		return e
	}
	if e := d.namedGovernment(si, k, ""); e != nil {
		return e
	}
	if noun != "administration" {
		return nil
	}
	if e := d.recent(si, k, func(_ int, m *Mention) bool {
		return m.ent.kind == geokg.KindOfficial && m.ent.role == RoleHead && m.ent.country != ""
	}); e != nil {
		return d.countryEntity(e.country, e.first)
	}
	return d.calledGovernment(si, k, noun)
}

// speakersGovernment returns the speaker's own country for "the administration" or "the
// government" at token k of sentence si inside a quotation whose speaker is an official
// or agency of a known country (quotedSpeaker, sideOf), or nil: "the administration"
// when the article has called that country's executive an administration before
// (calledGovernment: "the Boric administration ... “The administration must act,” Ruiz
// said"), "the government" when the ten sentences before name no other country's
// government (namedGovernment) and the sentence and the one before name no other country
// as a place ("“The government has condemned Chile,” Ruiz said": Bolivia's; not "“In
// Chile the government ...”", "“... democracy in Chile. Rebels are battling the
// government.”").
func (d *document) speakersGovernment(si, k int, noun string) *entity {
	sp := d.quotedSpeaker(si, k)
	if sp == nil || sideOf(sp) == "" {
		return nil
	}
	own := d.countryEntity(sp.country, d.sents[si].Start)
	if noun == "administration" {
		if d.calledGovernment(si, k, noun) == own {
			return own
		}
		return nil
	}
	if e := d.namedGovernment(si, k, noun); e != nil && e != own {
		return nil
	}
	for s := max(si-1, 0); s <= si; s++ {
		toks := d.sents[s].Tokens
		for _, m := range d.mentions[s] {
			if m.ent != nil && m.ent.kind == geokg.KindCountry && m.ent != own && m.Start > 0 && locativePreps[toks[m.Start-1].Lower] {
				return nil // "“In Chile the government ...”": the place's
			}
		}
	}
	return own
}

// namedGovernment returns the country of the latest government noun (only noun, when
// given) named with its country or official before token k of sentence si, within ten
// sentences ("the Trump administration", "Iran's government"), or nil.
func (d *document) namedGovernment(si, k int, noun string) *entity {
	for s := si; s >= 0 && s >= si-10; s-- {
		toks := d.sents[s].Tokens
		ms := d.mentions[s]
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if s == si && m.Start >= k || m.ent == nil {
				continue
			}
			n := m.End
			if n < len(toks) && toks[n].Lower == "'s" {
				n++
			}
			if n >= len(toks) || !governmentNouns[toks[n].Lower] || noun != "" && toks[n].Lower != noun {
				continue
			}
			switch {
			case m.ent.kind == geokg.KindCountry:
				return m.ent
			case m.ent.kind == geokg.KindOfficial && m.ent.country != "":
				return d.countryEntity(m.ent.country, toks[m.Start].Start)
			}
		}
	}
	return nil
}

// calledGovernment returns the one country the article, before token k of sentence si,
// has called a regime or an administration (noun): its name, demonym or possessive, or
// the name of one of its officials, right before the noun ("the Syrian regime", "Iran's
// regime", "the Kim regime", "the Boric administration"); nil when it called two
// countries so, or none.
func (d *document) calledGovernment(si, k int, noun string) *entity {
	e, _ := d.soleBefore(si, k, 0, func(s int, m *Mention) *entity {
		toks := d.sents[s].Tokens
		n := m.End
		if n < len(toks) && toks[n].Lower == "'s" {
			n++
		}
		if m.Form == FormRef || n >= len(toks) || toks[n].Lower != noun {
			return nil
		}
		switch {
		case m.ent.kind == geokg.KindCountry:
			return m.ent
		case m.ent.kind == geokg.KindOfficial && m.ent.country != "":
			return d.countryEntity(m.ent.country, toks[m.Start].Start)
		}
		return nil
	})
	return e
}

// resolvePlural resolves "they" at token k of sentence si: the first armed group, party
// or movement of this sentence before k, else of the sentence before, that is named in
// the plural ("the Houthis", "the rebels", "Islamist militants"). Ministries, armies and
// international organisations ("Ministry of External Affairs", "United Nations") are not
// named in the plural even when their names end in -s, nor is a party named by its people
// ("Labour MPs said they": most often some of them); "them" is left alone (it is most
// often the people just named: "expelled six diplomats and ordered them to leave").
func (d *document) resolvePlural(si, k int) *entity {
	for s := si; s >= 0 && s >= si-1; s-- {
		toks := d.sents[s].Tokens
		for _, m := range d.mentions[s] {
			if s == si && m.Start >= k {
				break
			}
			if m.ent == nil || m.ent.kind != geokg.KindGroup || m.possessive || m.End > len(toks) || m.partyPeople() {
				continue
			}
			if sub := m.ent.subtype; sub != geokg.ArmedGroup && sub != geokg.Party && sub != geokg.OtherGroup {
				continue
			}
			if last := toks[m.End-1]; strings.HasSuffix(last.Text, "s") && !strings.HasSuffix(last.Lower, "ss") {
				return m.ent
			}
		}
	}
	return nil
}

// pluralStateSubject resolves "they" at token k of sentence si to the state whose people
// open the sentence as its subject, standing for it in the plural ("Iranian officials
// said they would retaliate", "Afghan leaders ... they want"); nil when the sentence
// opens otherwise (two countries joined by "and" are left alone: the frames would read
// "Russia and China said they had attacked" as one accusing the other).
func (d *document) pluralStateSubject(si, k int) (*entity, *entity) {
	toks := d.sents[si].Tokens
	ms := d.mentions[si]
	if len(ms) == 0 || ms[0].Start >= k || ms[0].ent == nil || ms[0].ent.kind != geokg.KindCountry || ms[0].possessive {
		return nil, nil
	}
	m := ms[0]
	for q := 0; q < m.Start; q++ {
		if toks[q].IsWord() && !(q == m.Start-1 && toks[q].Lower == "the") {
			return nil, nil // the sentence opens with something else
		}
	}
	if n := m.End; n < len(toks) && d.isActor(si, m) && stateHeadAt(toks, n) {
		h := n
		if stateFields[toks[h].Lower] && h+1 < len(toks) && stateNouns[toks[h+1].Lower] {
			h++
		}
		if strings.HasSuffix(toks[h].Lower, "s") {
			return m.ent, nil // "Iranian officials ... they"
		}
		return nil, nil
	}
	return nil, nil
}

// bothOpeners are the words after which a "both" opens a clause as its subject.
var bothOpeners = map[string]bool{
	",": true, "and": true, "but": true, "although": true, "though": true, "while": true,
	"as": true, "because": true, "since": true, "yet": true, "so": true, "when": true,
	";": true, "whereas": true,
}

// bothVerbs are the words after a subject "both" that show it stands alone ("both have
// criticized", "both will", "both also"), besides verbs in -ed.
var bothVerbs = map[string]bool{
	"have": true, "has": true, "had": true, "are": true, "were": true, "will": true,
	"would": true, "can": true, "could": true, "should": true, "must": true, "may": true,
	"might": true, "did": true, "do": true, "also": true, "say": true, "want": true,
	"agree": true, "oppose": true, "support": true, "condemn": true, "reject": true,
	"deny": true, "accuse": true, "urge": true, "insist": true, "seek": true, "claim": true,
	"warn": true, "now": true, "still": true, "later": true, "then": true,
}

// bothPronoun reports whether the "both" at token i stands alone as a clause's subject:
// it opens the sentence or follows a comma or a conjunction, and a verb or an auxiliary
// follows it ("although both have criticized", "Both condemned"); not "both sides",
// "both of them", "both Peru and Chile".
func bothPronoun(toks []Token, i int) bool {
	if i+1 >= len(toks) || i > 0 && !bothOpeners[toks[i-1].Lower] {
		return false
	}
	n := toks[i+1]
	if !n.IsWord() || n.IsCapitalized() {
		return false
	}
	return bothVerbs[n.Lower] || strings.HasSuffix(n.Lower, "ed") && len(n.Lower) > 4
}

// previousPairSubject resolves "They" opening sentence si (outside quotations) to the two
// actors joined by "and" that open the sentence before as its subject ("Russia and China vetoed the
// draft. They said ..."; "Both Peru and Chile ..."): two countries, groups or officials,
// each named whole, the second followed by no possessive or name; nil otherwise.
func (d *document) previousPairSubject(si, k int) (*entity, *entity) {
	if si == 0 || k != 0 {
		return nil, nil // not after a quotation mark: a quotation's "they" is its speaker's
	}
	return d.openingPair(si-1, len(d.sents[si-1].Tokens))
}

// openingPair returns the two actors joined by "and" that open sentence s as its subject
// ("Russia and China vetoed the draft", "Both Peru and Chile ..."), both before token
// limit: two countries, groups or officials, each named whole, the second followed by no
// possessive or name; nil otherwise.
func (d *document) openingPair(s, limit int) (*entity, *entity) {
	toks, ms := d.sents[s].Tokens, d.mentions[s]
	if len(ms) < 2 || len(toks) == 0 {
		return nil, nil
	}
	a, b := ms[0], ms[1]
	if b.End >= limit {
		return nil, nil
	}
	q := 0
	if toks[q].Lower == "the" || toks[q].Lower == "both" {
		q++
	}
	if a.Start != q || a.End+1 != b.Start || toks[a.End].Lower != "and" || b.End >= len(toks) {
		return nil, nil
	}
	for _, m := range []*Mention{a, b} {
		if m.ent == nil || m.possessive || m.pair != nil || !d.isActor(s, m) {
			return nil, nil
		}
		switch m.ent.kind {
		case geokg.KindCountry, geokg.KindGroup, geokg.KindOfficial:
		default:
			return nil, nil
		}
	}
	if next := toks[b.End]; !next.IsWord() || next.IsCapitalized() || next.Lower == "'s" || a.ent == b.ent {
		return nil, nil // "Russia and China's envoys", "Russia and China Daily"
	}
	return a.ent, b.ent
}

// listMention returns a reference over tokens a to b that stands for each actor of l.
func listMention(a, b int, l []*entity) *Mention {
	return &Mention{Start: a, End: b, ent: l[0], pair: l[1], more: l[2:], Form: FormRef}
}

// groupPronoun returns the length of a pronoun of a group that starts at token i and
// stands as a clause's subject ("all of them have urged", "each of them condemned",
// "both of them accused"): it opens the sentence or follows a comma or a conjunction,
// and a verb or an auxiliary follows it (bothVerbs, a verb in -ed); 0 otherwise.
func groupPronoun(toks []Token, i int) int {
	if i+3 >= len(toks) || toks[i+1].Lower != "of" || toks[i+2].Lower != "them" || i > 0 && !bothOpeners[toks[i-1].Lower] {
		return 0
	}
	n := toks[i+3]
	if !n.IsWord() || n.IsCapitalized() || !bothVerbs[n.Lower] && !(strings.HasSuffix(n.Lower, "ed") && len(n.Lower) > 4) {
		return 0
	}
	return 3
}

// groupAntecedent returns the actors a group pronoun at token k of sentence si stands for
// ("all of them"): the list that opens its sentence as the subject before it
// (openingList), else the countries of the sentence before when it names two or more
// (countriesNamed: "pressed the other parties, Peru, Chile and Bolivia. But all of them
// have urged ..."); nil otherwise.
func (d *document) groupAntecedent(si, k int) []*entity {
	if l := d.openingList(si, k); l != nil {
		return l
	}
	if len(d.countriesNamed(si, k)) > 0 || si == 0 {
		return nil // a country of its own sentence before it: not clearly the list
	}
	if l := d.countriesNamed(si-1, len(d.sents[si-1].Tokens)); len(l) >= 2 {
		return l
	}
	return nil
}

// openingList returns the actors joined by commas and "and" that open sentence s as its
// subject, two or more, all before token limit ("Peru, Chile and Bolivia condemned ...",
// "On Monday, Peru and Chile said ...", "Minister Ruiz and Senator Tello told ..."): past
// an opening clause closed by a comma (introEnd), a leading "the" or "both", and the
// capitalised words of a title before each name; countries, groups or officials, each
// named whole and distinct, the last followed by a lower-case word (its verb); nil
// otherwise ("Peru, Chile and Bolivia's envoys", "Chile and Peru Daily").
func (d *document) openingList(s, limit int) []*entity {
	toks, ms := d.sents[s].Tokens, d.mentions[s]
	q := introEnd(toks)
	if q < len(toks) && (toks[q].Lower == "the" || toks[q].Lower == "both") {
		q++
	}
	var list []*entity
	j := 0
	for j < len(ms) && ms[j].Start < q {
		j++
	}
	for ; j < len(ms); j++ {
		m := ms[j]
		for q < m.Start && toks[q].IsWord() && (toks[q].IsCapitalized() && !isClauseWord(toks[q].Lower) || toks[q].Lower == "of" && q > 0 && toks[q-1].IsCapitalized()) {
			q++ // a title before the name: "Foreign Minister", "Secretary of State"
		}
		if m.Start != q || m.ent == nil || m.possessive || m.pair != nil || m.End >= len(toks) || m.End > limit || !d.isActor(s, m) || slices.Contains(list, m.ent) {
			return nil
		}
		switch m.ent.kind {
		case geokg.KindCountry, geokg.KindGroup, geokg.KindOfficial:
		default:
			return nil
		}
		list = append(list, m.ent)
		q = m.End
		if toks[q].Text == "," && q+1 < len(toks) && toks[q+1].Lower == "and" {
			q += 2 // "Peru, Chile, and Bolivia"
		} else if toks[q].Text == "," || toks[q].Lower == "and" {
			q++
		} else {
			break
		}
		if q >= len(toks) {
			return nil
		}
		if toks[q-1].Text == "," && j+1 < len(ms) && ms[j+1].Start != q && !toks[q].IsCapitalized() {
			return nil // "Peru, which ...": an apposition or a clause, no list
		}
	}
	if len(list) < 2 || q >= len(toks) || q >= limit {
		return nil
	}
	if next := toks[q]; !next.IsWord() || next.IsCapitalized() || next.Lower == "'s" {
		return nil
	}
	// the list's last separator was "and" (no bare comma list: "Peru, Chile ..." is an apposition)
	for k := q - 1; k > 0; k-- {
		if toks[k].Lower == "and" {
			break
		}
		if toks[k].Text == "," {
			return nil
		}
	}
	return list
}

// possessiveAntecedentAt resolves "its" or "their" at token k of sentence si: the nearest
// country or group before it in the sentence that is not a place named after a
// preposition of place ("attacks into Cameroon") nor named inside an apposition that
// describes another actor ("Peru, an Andean Pact member, defends its troops": Peru's;
// apposedInside), or nil.
// It also returns the first token of the antecedent's mention (-1 when there is none).
func (d *document) possessiveAntecedentAt(si, k int) (*entity, int) {
	toks := d.sents[si].Tokens
	var best *entity
	at := -1
	for _, m := range d.mentions[si] {
		if m.Start >= k {
			break
		}
		if m.ent == nil || m.ent.kind != geokg.KindCountry && m.ent.kind != geokg.KindGroup || !d.isActor(si, m) {
			continue
		}
		if m.Start > 0 && (locativePreps[toks[m.Start-1].Lower] || toks[m.Start-1].Lower == "into") {
			continue
		}
		if d.apposedInside(si, m, k) {
			continue
		}
		best, at = m.ent, m.Start
	}
	return best, at
}

// apposedInside reports whether the mention m of sentence si stands inside an
// indefinite apposition that describes the actor before it and closes before token k:
// "ACTOR, a[n] ... m ... ," with no other comma inside ("Peru, an Andean Pact member,",
// "Chile, a close ally of Bolivia,"). Such a mention only describes the actor.
func (d *document) apposedInside(si int, m *Mention, k int) bool {
	toks := d.sents[si].Tokens
	open := -1
	for q := m.Start - 1; q >= 1 && q >= m.Start-6; q-- {
		if toks[q].Text == "," {
			open = q
			break
		}
	}
	if open < 1 || open+1 >= m.Start || toks[open+1].Lower != "a" && toks[open+1].Lower != "an" {
		return false
	}
	if h := d.mentionEndingAt(si, open); h == nil || !d.isActor(si, h) {
		return false
	}
	for q := m.End; q < k && q <= m.End+6; q++ {
		if toks[q].Text == "," {
			return true
		}
	}
	return false
}

// clauseSubject returns the entity of the first actor of sentence si when token k lies in
// its clause: no clause boundary (a comma, "that", "said", "and", a subordinator) between
// the actor and k. It is nil when k opens the sentence or another clause.
func (d *document) clauseSubject(si, k int) *entity {
	toks := d.sents[si].Tokens
	for _, m := range d.mentions[si] {
		if m.Start >= k {
			return nil
		}
		if m.ent == nil || m.possessive || m.Form == FormDemonym && !d.isActor(si, m) {
			continue
		}
		for q := m.End; q < k; q++ {
			if clauseBoundaries[toks[q].Lower] || reportingVerbs[toks[q].Lower] {
				return nil
			}
		}
		if m.ent.kind == geokg.KindOfficial && m.ent.country != "" {
			return d.countryEntity(m.ent.country, toks[m.Start].Start) // "Putin ... on the country": not Russia
		}
		return m.ent
	}
	return nil
}

// clauseBoundaries end the clause of a subject.
var clauseBoundaries = map[string]bool{
	",": true, ";": true, ":": true, "that": true, "which": true, "who": true, "and": true,
	"but": true, "because": true, "after": true, "before": true, "when": true, "while": true,
	"if": true, "as": true, "since": true, "until": true, "\"": true, "“": true, "”": true,
}

// deputyTitle reports whether a title names a deputy's post ("vice president", "deputy
// foreign minister", "vice-chairman"): a description of one post never names the other
// ("the vice president" is not the president named before, nor "the president" the
// vice president).
func deputyTitle(title string) bool {
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch w {
		case "vice", "deputy", "assistant", "under":
			return true
		}
	}
	return false
}

// onlyNationality returns the country of the nationalities named before token k of
// sentence si when they are all of one country and the sentence names no country or
// official of another before k ("The Taliban now controls more Afghan territory ...
// throughout the country": Afghanistan, not a country named sentences before), or nil.
func (d *document) onlyNationality(si, k int) *entity {
	var found *entity
	code := ""
	for _, m := range d.mentions[si] {
		if m.Start >= k {
			break
		}
		if m.ent == nil {
			continue
		}
		c := mentionCountry(m.ent)
		if c == "" {
			continue
		}
		if code != "" && c != code {
			return nil // two countries, or actors of two: whose is it?
		}
		code = c
		if m.Form == FormDemonym && m.ent.kind == geokg.KindCountry {
			found = m.ent
		}
	}
	return found
}

// stateCataphor returns the country or group a possessive "its" or "their" at token k
// points forward to: the pronoun stands in a phrase that opens the sentence, before its
// first comma, no actor is named before it, and a country or group opens the clause
// right after that comma ("Beginning in 2014 with its invasion of Ukraine, Russia has
// threatened ...": Russia), or nil.
func (d *document) stateCataphor(si, k int) *entity {
	toks := d.sents[si].Tokens
	if k == 0 || !toks[0].IsWord() || d.mentionAt(si, 0) != nil {
		return nil
	}
	for _, m := range d.mentions[si] {
		if m.Start < k {
			return nil // an actor before the pronoun: possessiveAntecedentAt's
		}
		break
	}
	for q := k + 1; q < len(toks) && q <= k+15; q++ {
		if toks[q].Text != "," {
			if isQuoteMark(toks[q].Text) || toks[q].Text == ";" {
				return nil
			}
			continue
		}
		n := q + 1
		if n < len(toks) && toks[n].Lower == "the" {
			n++
		}
		m := d.mentionAt(si, n)
		if m == nil || m.Start != n || m.ent == nil || m.possessive || m.Form == FormDemonym || m.ent.kind != geokg.KindCountry && m.ent.kind != geokg.KindGroup {
			return nil
		}
		if m.End < len(toks) && (toks[m.End].Lower == "'s" || toks[m.End].Text == ",") {
			return nil // "..., Russia's envoy said", "..., Russia, which ..."
		}
		return m.ent
	}
	return nil
}
