package extract

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/syntax"
)

// findCollectives finds the groups that sentence si names by a common noun qualified by
// an actor (word classes of gazetteer.WordsFile):
//   - led: "the U.S.-led international coalition", "a Chadian-led multinational force":
//     a group of its own (MILITARY, no country), named as written from the leader to the
//     head;
//   - rebels: "Ukrainian separatists", "Zairean rebels", "separatists in Ukraine": an
//     ARMED_GROUP of that country, named by its demonym and the head (both forms are one
//     group), never after "pro-"/"anti-" ("pro-Russian separatists" are no Russians);
//   - backed: "UAE-backed Yemeni forces": an ARMED_GROUP named as written, of the
//     demonym's country, and "Iran-backed militias" as a clause's subject, of none; the
//     backer SUPPORTS it.
//
// A phrase the gazetteer already names ("Saudi-led coalition", "Houthi rebels") is left
// to it.
func (d *document) findCollectives(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i < len(toks); i++ {
		m := d.mentionAt(si, i)
		if m == nil || m.Start != i {
			continue
		}
		if end := d.ledGroup(si, m); end > 0 {
			i = end - 1
			continue
		}
		if end := d.stanceGroup(si, m); end > 0 {
			i = end - 1
			continue
		}
		if end := d.rebelGroup(si, m); end > 0 {
			i = end - 1
			continue
		}
		if end := d.teamGroup(si, m); end > 0 {
			i = end - 1
			continue
		}
		if end := d.legislators(si, m); end > 0 {
			i = end - 1
			continue
		}
		i = m.End - 1
	}
	d.rebelsIn(si)
	d.peopleGroups(si)
	d.partyMembers(si)
}

// teamGroup reads "ORGANISATION [modifiers] HEAD" ("U.N. weapons inspectors", "IAEA
// monitors") from the organisation's mention m: a team of an international organisation
// (class team-head), one group per organisation and head named as first written (the
// organisation is its mention's context; no PART_OF is written: on the dev articles it
// cost as much precision as it gave recall). It returns the end of the phrase, or 0.
func (d *document) teamGroup(si int, m *Mention) int {
	toks := d.sents[si].Tokens
	if m.ent.kind != geokg.KindGroup || m.ent.subtype != geokg.InternationalOrg || m.possessive {
		return 0
	}
	j := m.End
	for n := 0; j < len(toks) && n < 2 && !actorWord("team-head", toks[j].Lower); n++ {
		if t := toks[j]; !t.IsWord() || t.IsCapitalized() || isClauseWord(t.Lower) || d.mentionAt(si, j) != nil {
			return 0
		}
		j++
	}
	if j >= len(toks) || !actorWord("team-head", toks[j].Lower) {
		return 0
	}
	end := j + 1
	key := "team:" + m.ent.id + ":" + toks[j].Lower
	ent := d.collective(key, d.surface(si, m.Start, end), geokg.OtherGroup, "", toks[m.Start].Start)
	org := m.ent
	start := m.Start
	if start > 0 && toks[start-1].Lower == "the" {
		start--
	}
	d.replaceWith(si, &Mention{Start: start, End: end, ent: ent, Form: FormBody, context: org}, m)
	ent.addAlias(d.surface(si, m.Start, end))
	return end
}

// stanceBefore reports whether "pro-" or "anti-" comes before token i: "pro-Russian".
func stanceBefore(toks []Token, i int) bool {
	return i >= 2 && toks[i-1].Text == "-" && (toks[i-2].Lower == "pro" || toks[i-2].Lower == "anti")
}

// ledGroup reads "LEADER-led [modifiers] HEAD" from the mention m of the leader ("the
// U.S.-led coalition") and "BACKER-backed [modifiers] HEAD", an ARMED_GROUP the backer
// SUPPORTS: with a people before the head ("UAE-backed Yemeni forces"), or with a head
// of class backer-only-head that is a clause's subject ("Iran-backed militias attacked";
// not "attacks by Iran-backed militias", on the dev articles a group the article names),
// not before "in COUNTRY" (rebelsIn's) nor in an apposition to a named armed group
// (appositiveGroup). It returns the end of the phrase, or 0.
func (d *document) ledGroup(si int, m *Mention) int {
	toks := d.sents[si].Tokens
	k := m.End
	if k+1 >= len(toks) || toks[k].Text != "-" || toks[k+1].Lower != "led" && toks[k+1].Lower != "backed" || m.possessive || stanceBefore(toks, m.Start) {
		return 0
	}
	if m.ent.kind != geokg.KindCountry && m.ent.kind != geokg.KindGroup {
		return 0
	}
	led := toks[k+1].Lower == "led"
	j := k + 2
	var people *Mention // "UAE-backed Yemeni forces": the people named before the head
	for n := 0; j < len(toks) && n < 4; n++ {
		t := toks[j]
		if led && actorWord("led-head", t.Lower) || !led && actorWord("backed-head", t.Lower) {
			break
		}
		if pm := d.mentionAt(si, j); pm != nil {
			if led || people != nil || pm.Start != j || pm.ent.kind != geokg.KindCountry || pm.Form != FormDemonym {
				return 0
			}
			people = pm
			j = pm.End
			continue
		}
		if t.Text == "-" && j+1 < len(toks) || t.IsWord() && !t.IsCapitalized() && !isClauseWord(t.Lower) && !strings.HasSuffix(t.Lower, "ed") {
			j++
			continue
		}
		return 0
	}
	if j >= len(toks) || led && !actorWord("led-head", toks[j].Lower) || !led && !actorWord("backed-head", toks[j].Lower) {
		return 0
	}
	end := j + 1
	if !led && people == nil && !d.backerOnlyGroup(si, m, j) {
		return 0 // "Iranian-backed forces", "attacks by Iran-backed militias": whose?
	}
	name := d.surface(si, m.Start, end)
	key := "led:" + strings.ToLower(name)
	subtype, country := geokg.Military, ""
	switch {
	case led:
		key = "led:" + m.ent.id + ":" + toks[j].Lower
	case people != nil:
		subtype, country = geokg.ArmedGroup, people.ent.code
	default:
		key, subtype = "backed:"+m.ent.id, geokg.ArmedGroup
	}
	ent := d.collective(key, name, subtype, country, toks[m.Start].Start)
	start := m.Start
	if start > 0 && (toks[start-1].Lower == "the" || toks[start-1].Lower == "a" || toks[start-1].Lower == "an") {
		start--
	}
	d.replaceWith(si, &Mention{Start: start, End: end, ent: ent, Form: FormBody}, m)
	ent.addAlias(name)
	if !led {
		why := d.why
		d.why = explanation{rule: "structure: backed group", trigger: "backed"}
		d.addRelation(si, m.ent, geokg.Supports, ent, 0.8, "")
		d.why = why
	}
	return end
}

// backerOnlyGroup reports whether "BACKER-backed [modifiers] HEAD" with no people named,
// m the backer's mention and j the head's token of sentence si, is an armed group of its
// own (see ledGroup): a head of class backer-only-head that is a clause's subject, not
// before "in COUNTRY" (rebelsIn's) nor in an apposition to a named armed group
// (appositiveGroup).
func (d *document) backerOnlyGroup(si int, m *Mention, j int) bool {
	if !actorWord("backer-only-head", d.sents[si].Tokens[j].Lower) || d.countryOfRebels(si, j) != nil {
		return false
	}
	if d.appositiveGroup(si, m.Start) != nil || m.Start > 0 && d.appositiveGroup(si, m.Start-1) != nil {
		return false
	}
	return syntax.BaseRel(d.clauseRole(si, j)) == "nsubj"
}

// stanceGroup reads an armed group named by the actor whose side it takes, from the
// actor's mention m: "pro-Russian separatists", "pro-Russia separatist forces" (at most
// two lower-case modifiers before a head of class people-armed-head; one ARMED_GROUP of
// the article per actor, with no country, named as first written; the actor is no
// mention of its own: "pro-Russian separatists" are no Russians), and "BACKER-backed
// PEOPLE" ("U.S.-backed Syrians": backedPeople; "Iranian-backed militias" is ledGroup's).
// It returns the end of the phrase, or 0.
func (d *document) stanceGroup(si int, m *Mention) int {
	toks := d.sents[si].Tokens
	if m.possessive || m.ent.kind != geokg.KindCountry && m.ent.kind != geokg.KindOfficial && m.ent.kind != geokg.KindGroup {
		return 0
	}
	pro := m.Start >= 2 && toks[m.Start-1].Text == "-" && toks[m.Start-2].Lower == "pro"
	backed := !pro && m.End+1 < len(toks) && toks[m.End].Text == "-" && toks[m.End+1].Lower == "backed" && !stanceBefore(toks, m.Start)
	if !pro && !backed {
		return 0
	}
	j, head := m.End, "people-armed-head"
	if backed {
		j = m.End + 2
	}
	for n := 0; j < len(toks) && n < 2 && !actorWord(head, toks[j].Lower); n++ {
		if t := toks[j]; !t.IsWord() || t.IsCapitalized() || isClauseWord(t.Lower) || d.mentionAt(si, j) != nil {
			break
		}
		j++
	}
	if backed {
		if people := d.pluralPeople(si, j); people != nil {
			return d.backedPeople(si, m, people)
		}
		return 0 // "Iranian-backed militias": ledGroup's
	}
	if j >= len(toks) || !actorWord(head, toks[j].Lower) || membersOf(toks, j+1) || j+1 < len(toks) && toks[j+1].IsCapitalized() && toks[j+1].IsWord() {
		return 0
	}
	end := j + 1
	start, from := m.Start-2, m.Start-2
	if from > 0 && isDeterminer(toks[from-1].Lower) {
		from--
	}
	name := d.surface(si, start, end)
	ent := d.collective("pro:"+m.ent.id, name, geokg.ArmedGroup, "", toks[start].Start)
	d.replaceWith(si, &Mention{Start: from, End: end, ent: ent, Form: FormBody}, m)
	ent.addAlias(name)
	return end
}

// rebelGroup reads "DEMONYM HEAD" ("Ukrainian separatists") from the demonym's mention m
// and returns the end of the phrase, or 0.
func (d *document) rebelGroup(si int, m *Mention) int {
	toks := d.sents[si].Tokens
	if m.Form != FormDemonym || m.ent.kind != geokg.KindCountry || m.End >= len(toks) || !actorWord("rebel-head", toks[m.End].Lower) || stanceBefore(toks, m.Start) {
		return 0
	}
	end := m.End + 1
	ent := d.rebels(m.ent, toks[m.End].Lower, toks[m.Start].Start)
	start := m.Start
	if start > 0 && toks[start-1].Lower == "the" {
		start--
	}
	d.replaceWith(si, &Mention{Start: start, End: end, ent: ent, Form: FormBody, context: m.ent}, m)
	ent.addAlias(d.surface(si, m.Start, end))
	return end
}

// countryOfRebels returns the mention of the country named by "in" after a head of class
// rebel-head at token i of sentence si ("separatists in Ukraine"), or nil.
func (d *document) countryOfRebels(si, i int) *Mention {
	toks := d.sents[si].Tokens
	if i+2 >= len(toks) || !actorWord("rebel-head", toks[i].Lower) || toks[i+1].Lower != "in" {
		return nil
	}
	m := d.mentionAt(si, i+2)
	if m == nil || m.Start != i+2 || m.ent.kind != geokg.KindCountry || m.Form != FormName || m.possessive {
		return nil
	}
	return m
}

// rebelsIn reads "HEAD in COUNTRY" ("separatists in Ukraine") in sentence si: the
// country's armed group of that head, as "Ukrainian separatists" names it.
func (d *document) rebelsIn(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i+2 < len(toks); i++ {
		m := d.countryOfRebels(si, i)
		if m == nil || d.mentionAt(si, i) != nil {
			continue
		}
		if i > 0 && (toks[i-1].IsCapitalized() || d.mentionAt(si, i-1) != nil) {
			continue // "Houthi rebels in Yemen", "Kurdish rebels in Turkey": named already
		}
		ent := d.rebels(m.ent, toks[i].Lower, toks[i].Start)
		d.replaceWith(si, &Mention{Start: i, End: m.End, ent: ent, Form: FormBody, context: m.ent}, m)
		ent.addAlias(d.surface(si, i, m.End))
	}
}

// peopleGroups reads the armed groups that sentence si names by a people or faith that
// is no state (classes armed-people, people-armed-head, armed-people-noun): "Kurdish
// fighters", "local Kurdish forces", "Iraqi Shiite militias" and "the Kurds", "Syrian
// Kurds". One people is one ARMED_GROUP of the article under all its heads and its plural
// noun, named as first written ("Kurdish fighters"; the demonym of a country before it
// gives its country but not its name); every form is an alias. Not read: a stance
// ("anti-Kurdish militias"), a compound ("Kurdish-led forces"), a name the gazetteer
// knows ("Kurdish Peshmerga"), a head before a capitalised word ("Kurdish Forces
// Command": a name), and a plural noun counted ("thousands of Kurds", "many Kurds": the
// people, not their fighters).
func (d *document) peopleGroups(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i < len(toks); i++ {
		end := peoplePhraseEnd(toks, i)
		if end < 0 || d.mentionAt(si, i) != nil || d.mentionAt(si, end-1) != nil || i > 0 && toks[i-1].Text == "-" || membersOf(toks, end) {
			continue
		}
		start, country := i, ""
		if dm := d.mentionAt(si, i-1); i > 0 && dm != nil && dm.End == i && dm.Form == FormDemonym && dm.ent.kind == geokg.KindCountry && !stanceBefore(toks, dm.Start) {
			start, country = dm.Start, dm.ent.code
		}
		if start > 0 && countedPeople(toks, start) {
			continue
		}
		ent, from := d.appositiveGroup(si, start), start
		if ent == nil {
			ent = d.peopleGroup(peopleKey(toks[i].Lower), d.surface(si, i, end), country, toks[i].Start)
			if from > 0 && toks[from-1].Lower == "the" {
				from--
			}
		}
		var inner *Mention
		if start < i {
			inner = d.mentionAt(si, start)
		}
		d.replaceWith(si, &Mention{Start: from, End: end, ent: ent, Form: FormBody}, inner)
		ent.addAlias(d.surface(si, start, end))
		ent.addAlias(d.surface(si, i, end))
		if pm := d.mentionAt(si, end+1); end+1 < len(toks) && toks[end].Lower == "in" && pm != nil && pm.Start == end+1 && pm.ent.kind == geokg.KindCountry {
			ent.addAlias(d.surface(si, i, pm.End)) // "Shiite militia in Lebanon"
		}
		i = end - 1
	}
}

// appositiveGroup returns the armed group that the phrase at token start of sentence si
// describes in an apposition: "Hezbollah, the Iran-backed Shiite militia", "the YPG, a
// Kurdish militia" (the named group, a comma, a determiner and at most four modifiers,
// a backer's name among them), or nil.
func (d *document) appositiveGroup(si, start int) *entity {
	toks := d.sents[si].Tokens
	k := start - 1
	for n := 0; k >= 0 && n < 4 && !isDeterminer(toks[k].Lower); n++ {
		if t := toks[k]; t.Text != "-" && d.mentionAt(si, k) == nil && (!t.IsWord() || t.IsCapitalized() || isClauseWord(t.Lower)) {
			return nil
		}
		k--
	}
	if k < 2 || !isDeterminer(toks[k].Lower) || toks[k-1].Text != "," {
		return nil
	}
	m := d.mentionAt(si, k-2)
	if m == nil || m.End != k-1 || m.ent == nil || m.ent.kind != geokg.KindGroup || m.ent.subtype != geokg.ArmedGroup {
		return nil
	}
	return m.ent
}

// pluralPeople returns the mention at token j of sentence si when it is a country's
// plural demonym ("Syrians", "Afghans"), or nil.
func (d *document) pluralPeople(si, j int) *Mention {
	p := d.mentionAt(si, j)
	if p == nil || p.Start != j || p.ent.kind != geokg.KindCountry || p.Form != FormDemonym || !strings.HasSuffix(d.sents[si].Tokens[p.End-1].Lower, "s") {
		return nil
	}
	return p
}

// backedPeople reads "BACKER-backed [modifiers] PEOPLE" ("U.S.-backed Syrians") from the
// backer's mention m and the plural demonym's: an ARMED_GROUP of the people's country
// named as written, one per backer and people; the demonym is no mention of its
// country, the backer keeps its own. It returns the end of the phrase.
func (d *document) backedPeople(si int, m, people *Mention) int {
	toks := d.sents[si].Tokens
	name := d.surface(si, m.Start, people.End)
	ent := d.collective("backed:"+m.ent.id+":"+people.ent.id, name, geokg.ArmedGroup, people.ent.code, toks[m.Start].Start)
	d.replaceWith(si, &Mention{Start: m.End + 2, End: people.End, ent: ent, Form: FormBody}, people)
	ent.addAlias(name)
	return people.End
}

// membersOf reports whether "of" and a capitalised name open token k: the head before
// names members of that group ("the Shiite fighters of the Shining Path"), no group of
// its own.
func membersOf(toks []Token, k int) bool {
	if k >= len(toks) || toks[k].Lower != "of" {
		return false
	}
	if k+1 < len(toks) && toks[k+1].Lower == "the" {
		k++
	}
	return k+1 < len(toks) && toks[k+1].IsCapitalized()
}

// isDeterminer reports whether w is an article: "the", "a", "an".
func isDeterminer(w string) bool {
	return w == "the" || w == "a" || w == "an"
}

// peoplePhraseEnd returns the end of the people phrase at token i ("Kurdish fighters",
// "Kurds"), or -1: a capitalised word of class armed-people before a head of class
// people-armed-head, or one of class armed-people-noun, not before a hyphen or a
// capitalised word.
func peoplePhraseEnd(toks []Token, i int) int {
	t := toks[i]
	if !t.IsCapitalized() {
		return -1
	}
	end := -1
	switch {
	case actorWord("armed-people", t.Lower) && i+1 < len(toks) && actorWord("people-armed-head", toks[i+1].Lower):
		end = i + 2
	case actorWord("armed-people-noun", t.Lower):
		end = i + 1
	default:
		return -1
	}
	if end < len(toks) && (toks[end].Text == "-" || toks[end].IsCapitalized() && toks[end].IsWord()) {
		return -1
	}
	return end
}

// countedPeople reports whether the people noun at token i is counted or quantified
// ("16 Kurds", "many Kurds", "thousands of Kurds").
func countedPeople(toks []Token, i int) bool {
	k := i - 1
	if toks[k].Lower == "of" && k > 0 {
		k--
	}
	return isNumber(strings.ReplaceAll(toks[k].Lower, ",", "")) || actorWord("people-count", toks[k].Lower)
}

// peopleKey is the stem that the adjective and the plural noun of one people share:
// "kurdish" and "kurds" are "kurd", "shiite" and "shiites" "shiite".
func peopleKey(w string) string {
	if s, ok := strings.CutSuffix(w, "ish"); ok {
		return s
	}
	return strings.TrimSuffix(w, "s")
}

// peopleGroup returns the armed group of the people with the key, created with the name and
// country given on first use.
func (d *document) peopleGroup(key, name, country string, at int) *entity {
	e := d.collective("people:"+key, name, geokg.ArmedGroup, country, at)
	if e.country == "" {
		e.country = country
	}
	return e
}

// rebels returns the armed group of country c named by head ("separatists"): one entity
// per country and head, named by the country's demonym ("Ukrainian separatists").
func (d *document) rebels(c *entity, head string, at int) *entity {
	name := c.name + " " + head
	if gc, ok := d.x.gaz.Country(c.code); ok && len(gc.Demonyms) > 0 {
		name = gc.Demonyms[0] + " " + head
	}
	return d.collective("rebels:"+c.code+":"+head, name, geokg.ArmedGroup, c.code, at)
}

// collective returns the article's group under the key (document.collectives), created
// with the name, subtype and country given on first use.
func (d *document) collective(key, name string, subtype geokg.GroupSubtype, country string, at int) *entity {
	if e := d.collectives[key]; e != nil {
		return e
	}
	e := d.groupEntity(name, subtype, country, at)
	d.collectives[key] = e
	return e
}

// replaceWith replaces the mentions inside m's span by m; the actor mentions inner, which
// m's phrase only qualifies ("Ukrainian" of "Ukrainian separatists"), no longer count
// as mentions of their entities.
func (d *document) replaceWith(si int, m *Mention, inner ...*Mention) {
	for _, in := range inner {
		if in != nil && in.ent != nil && in.Start >= m.Start && in.End <= m.End && in.ent.count > 0 {
			in.ent.count--
		}
	}
	d.replaceMentions(si, m)
}

// findActingBodies finds the bodies of class acting-head ("police") named with their
// country just before them ("Tanzanian police", "Kenya's police"), when the body acts:
// the subject of a clause, a passive's agent, or coordinated with one, in the sentence's
// parse ("Tanzanian police and FBI agents said ..."). "The presence of Palestinian
// police" and "a British police officer" (a compound, no subject) name none.
func (d *document) findActingBodies(si int) {
	toks := d.sents[si].Tokens
	for i := 1; i < len(toks); i++ {
		if !actorWord("acting-head", toks[i].Lower) || d.mentionAt(si, i) != nil {
			continue
		}
		ctx, ctxStart, explicit := d.bodyContext(si, i, i+1)
		if ctx == nil || !explicit || ctxStart >= i {
			continue
		}
		if m := d.mentionAt(si, ctxStart); m != nil && (m.Form == FormCapital || m.Form == FormSeat) {
			continue // "Ottawa police": the city's
		}
		if !d.actsInClause(si, i) {
			continue
		}
		d.addBody(si, i, i+1, ctxStart, ctx, explicit, geokg.Agency, toks[i].Lower, "")
	}
}

// actsInClause reports whether the word at token k of sentence si is, in the sentence's
// parse, a clause's subject (nsubj, nsubj:pass), a passive's agent (obl:agent), or
// coordinated with one.
func (d *document) actsInClause(si, k int) bool {
	rel := d.clauseRole(si, k)
	return syntax.BaseRel(rel) == "nsubj" || rel == "obl:agent"
}

// clauseRole returns the relation of the word at token k of sentence si to its head in
// the sentence's parse, or of the first conjunct it is coordinated with; "" when the
// sentence has no parse.
func (d *document) clauseRole(si, k int) string {
	toks := d.sents[si].Tokens
	var actors []frames.Actor
	for _, m := range d.mentions[si] {
		if m.ent == nil || m.Form == FormRef || m.Start >= m.End || m.End > len(toks) {
			continue
		}
		actors = append(actors, frames.Actor{Start: toks[m.Start].Start, End: toks[m.End-1].End, ID: m.ent.id, Person: m.ent.kind == geokg.KindOfficial, Demonym: m.Form == FormDemonym})
	}
	s, ok := d.parseSentence(si, actors)
	if !ok {
		return ""
	}
	for i := range s.Words {
		if s.Words[i].Start != toks[k].Start {
			continue
		}
		w := &s.Words[i]
		for n := 0; w.Deprel == "conj" && n < len(s.Words); n++ {
			if h := s.Word(w.Head); h != nil {
				w = h
			}
		}
		return w.Deprel
	}
	return ""
}

// legislators reads "COUNTRY LEGISLATORS" from the mention m of a country named by its
// name, demonym or possessive right before a noun of class legislator-noun ("Iranian
// lawmakers", "U.S. senators", "Britain's MPs"): the members act as the country's
// legislature, the gazetteer's (legislatureIndex: Parliament of Iran, United States
// Congress), else the country's parliament as a body ("Peruvian Parliament", the body
// "the Peruvian parliament" names too). The phrase is one mention of it, with the country
// as its context; no PART_OF is written: the text names people, not the body. It
// returns the end of the phrase, or 0.
func (d *document) legislators(si int, m *Mention) int {
	toks := d.sents[si].Tokens
	j := legislatorNounAfter(toks, m)
	if j < 0 || stanceBefore(toks, m.Start) || m.ent.code == "" {
		return 0
	}
	at := toks[m.Start].Start
	var ent *entity
	if name, ok := d.x.legislatures[m.ent.code]; ok {
		ent = d.groupEntity(name, geokg.OtherGroup, m.ent.code, at)
	} else {
		ent = d.bodyEntity("parliament", m.ent, geokg.OtherGroup, "parliament", "", at)
	}
	start := m.Start
	if start > 0 && toks[start-1].Lower == "the" {
		start--
	}
	d.replaceWith(si, &Mention{Start: start, End: j + 1, ent: ent, Form: FormBody, context: m.ent}, m)
	return j + 1
}

// legislatorNounAfter returns the index of the legislator noun (class legislator-noun)
// right after the country mention m ("Iranian lawmakers", "Britain's MPs"), or -1.
func legislatorNounAfter(toks []Token, m *Mention) int {
	if m.ent == nil || m.ent.kind != geokg.KindCountry {
		return -1
	}
	j := m.End
	if m.possessive && j < len(toks) && (toks[j].Lower == "'s" || toks[j].Lower == "'") {
		j++
	}
	if j >= len(toks) || !actorWord("legislator-noun", toks[j].Lower) {
		return -1
	}
	return j
}

// legislatureIndex maps a country's code to the name of its legislature: the one
// gazetteer group whose parent is the country and whose name or an alias holds a word of
// class legislature-name ("Parliament of Iran", "United States Congress"); a country with
// two such groups is left out.
func legislatureIndex(g *gazetteer.Gazetteer) map[string]string {
	idx := uniqueNames{}
	for _, gr := range g.Groups() {
		code, ok := strings.CutPrefix(gr.Parent, "country:")
		if !ok || code == "" {
			continue
		}
		named := false
		for _, n := range append([]string{gr.Name}, gr.Aliases...) {
			for _, w := range strings.Fields(strings.ToLower(n)) {
				if actorWord("legislature-name", strings.Trim(w, ".,'’()")) {
					named = true
				}
			}
		}
		if named {
			idx.add(code, gr.Name)
		}
	}
	return idx.unique()
}

// legislatureMembers reads "members of [the] LEGISLATURE" in sentence si ("Members of
// Congress criticized", "members of the Iranian parliament warned", "members of the
// Senate Intelligence Committee sought"): the members act as the legislature or its
// committee (a national group whose name holds a legislature-word or "committee"; the
// members of the UN General Assembly are states), one mention of it over the phrase. A
// capitalised word before "members" is a party's or a side's
// ("Republican members of Congress"), and "former members" are none.
func (d *document) legislatureMembers(si int) {
	toks := d.sents[si].Tokens
	for _, m := range d.mentions[si] {
		if m.ent == nil || m.ent.kind != geokg.KindGroup || m.ent.country == "" || m.possessive || !legislatureName(m.ent.name) {
			continue
		}
		k := m.Start - 1
		if k >= 0 && toks[k].Lower == "the" {
			k--
		}
		if k < 1 || toks[k].Lower != "of" || toks[k-1].Lower != "members" {
			continue
		}
		start := k - 1
		if start > 0 {
			if p := toks[start-1]; p.IsCapitalized() && (!opensSentence(toks, start-1) || partyWords[p.Text] || d.mentionAt(si, start-1) != nil) || p.Lower == "former" || p.Lower == "ex" {
				continue
			}
		}
		d.replaceWith(si, &Mention{Start: start, End: m.End, ent: m.ent, Form: m.Form, context: m.context}, m)
		return // the mentions changed: one such phrase a sentence
	}
}

// partyMembers reads "PARTY [modifiers] MEMBERS" in sentence si: a party's one-word name
// (partyIndex: "Republican", "Democrat", "GOP", "Labour") before a plural noun of its
// people (class party-people: "Republican senators", "Democratic congressional leaders",
// "Labour MPs", "Democratic House members") names the party, one mention of it over the
// phrase. Up to two lower-case modifiers or a chamber-word may stand between. Not read:
// the word after another capitalised name ("Christian Democratic lawmakers") or a hyphen
// ("pro-Labour MPs"), a phrase inside a longer name, and a singular ("a Republican
// senator" is one person).
func (d *document) partyMembers(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i+1 < len(toks); i++ {
		name, ok := d.x.parties[toks[i].Text]
		if !ok || otherNameBefore(toks, i) {
			continue
		}
		m := d.mentionAt(si, i)
		if m != nil && (m.Start != i || m.End != i+1 || m.ent.name != name) {
			continue
		}
		j := partyPeopleAfter(toks, i+1)
		if j < 0 || d.mentionAt(si, j) != nil {
			continue
		}
		ent := d.groupEntity(name, geokg.Party, "", toks[i].Start)
		d.replaceWith(si, &Mention{Start: i, End: j + 1, ent: ent, Form: FormBody}, m)
		i = j
	}
}

// partyPeople reports whether m names a party by its people (partyMembers: "Labour
// MPs"): some of the party, whose leader is not the party's.
func (m *Mention) partyPeople() bool {
	return m.Form == FormBody && m.ent != nil && m.ent.subtype == geokg.Party
}

// otherNameBefore reports whether token i of toks follows a hyphen or the capitalised
// word of another name: not the sentence's first word, nor a chamber-word ("Senate
// Republican leaders").
func otherNameBefore(toks []Token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	return p.Text == "-" || p.IsWord() && p.IsCapitalized() && !opensSentence(toks, i-1) && !actorWord("chamber-word", p.Lower)
}

// partyPeopleAfter returns the index of the noun of class party-people at j or past up
// to two modifiers (lower-case words that are no clause words, or a capitalised
// chamber-word: "congressional", "House"), or -1.
func partyPeopleAfter(toks []Token, j int) int {
	for n := 0; j < len(toks) && n <= 2; n++ {
		t := toks[j]
		if actorWord("party-people", t.Lower) && (!t.IsCapitalized() || t.Lower == "mps") {
			return j
		}
		if !t.IsWord() || isClauseWord(t.Lower) || t.IsCapitalized() && !actorWord("chamber-word", t.Lower) {
			return -1
		}
		j++
	}
	return -1
}

// partyIndex maps the one-word names of the gazetteer's national parties to the party:
// the word before "Party" in its name ("Republican Party"), a one-word alias ("GOP",
// "Labour") and a one-word plural alias without its "s" ("Democrats": "Democrat"). A
// word of two parties is left out.
func partyIndex(g *gazetteer.Gazetteer) map[string]string {
	idx := uniqueNames{}
	for _, gr := range g.Groups() {
		if gr.Subtype != geokg.Party || gr.Country == "" {
			continue
		}
		if w, ok := strings.CutSuffix(gr.Name, " Party"); ok && !strings.Contains(w, " ") {
			idx.add(w, gr.Name)
		}
		for _, a := range gr.Aliases {
			if strings.ContainsAny(a, " .-'’") {
				continue
			}
			idx.add(a, gr.Name)
			if w, ok := strings.CutSuffix(a, "s"); ok {
				idx.add(w, gr.Name)
			}
		}
	}
	return idx.unique()
}
