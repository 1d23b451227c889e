package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// rolePerson reads a person the gazetteer does not know, named with a noun of a public
// role that is no post of a state or group (classes person-role and private-role of
// gazetteer/data/actor-words.txt: "candidate", "mayor", "judge", "prosecutor",
// "activist", "whistleblower", "founder") at token i of sentence si, in one of two shapes:
//   - the noun right before a name of two words or more ("opposition activist Ana Soto",
//     "Mayor Ana Soto", "party founder Ana Soto"; rolePersonAfter);
//   - the noun at the end of an apposition after such a name and a comma, opened by "a",
//     "an" or "the" ("Ana Soto, a former army contractor,", "Ana Soto, the party's
//     founder"; rolePersonBefore).
//
// It adds the official's mention with the noun, title-cased, as her title and the country
// named right before the noun ("Peruvian activist", "Peru's opposition candidate") as her
// country; no LEADS or MEMBER_OF is written: the role is held in no actor. A noun of
// class private-role marks the person as holding no office (entity.private). A sentence
// written in title case (a headline) is not read. It returns the end of a name read
// after the noun, else i.
func (d *document) rolePerson(si, i int) int {
	toks := d.sents[si].Tokens
	if headline(toks) || d.mentionAt(si, i) != nil {
		return i
	}
	if e := d.rolePersonAfter(si, i); e > i {
		return e
	}
	d.rolePersonBefore(si, i)
	return i
}

// roleNoun reports whether token i of toks is a noun of a role that rolePerson reads:
// one of class person-role or private-role, or one of class campaign-role after
// "campaign" ("campaign manager": a "manager" alone is as often a firm's).
func roleNoun(toks []Token, i int) bool {
	w := toks[i].Lower
	return actorWord("person-role", w) || actorWord("private-role", w) || i > 0 && toks[i-1].Lower == "campaign" && actorWord("campaign-role", w)
}

// rolePersonAfter reads the name right after the role noun at token i (rolePerson): two
// capitalised words or more outside any mention, ending in no word of an institution or
// place (notPersonHeads), holding no rank or title word ("Mayor General Soto") and
// followed by no other capitalised word or place noun (personNameAt); not after a word
// that makes the role noun part of a title ("Crown Prince"). It returns the name's end,
// or i. A noun of class company-role names a company as often ("defence contractor Andes
// Systems"): the name after it must open with a known first name (firstName: "army
// contractor Pedro Soto").
func (d *document) rolePersonAfter(si, i int) int {
	toks := d.sents[si].Tokens
	if _, n := matchTitleHead(toks, max(i-1, 0)); i > 0 && (n > 1 || isTitleWord(toks[i-1].Lower)) {
		return i // a title's word ("Crown Prince"): the title reads it
	}
	j := i + 1
	if d.mentionAt(si, j) != nil {
		return i
	}
	e := d.personNameAt(si, j)
	if e < 0 || notPersonHeads[toks[e-1].Lower] || actorWord("company-role", toks[i].Lower) && !d.firstName(toks[j].Text) {
		return i
	}
	for k := j; k < e; k++ {
		if honorifics[toks[k].Lower] || titleModifiers[toks[k].Lower] {
			return i // "Mayor General Soto": a rank, no name
		}
	}
	if !d.addRolePerson(si, j, e, i) {
		return i
	}
	return e
}

// rolePersonBefore reads the name before the apposition that the role noun at token i
// ends (rolePerson): "NAME, a|an|the [words] ROLE", where the words between the article
// and the noun are at most four words that modify it (appositionModifier: "a former NSA
// contractor", "a veteran army contractor") or a possessive, and the noun is not followed
// by a capitalised word (a name of its own) or a reporting verb (", a senior activist
// said": a new clause's speaker). The name must open with a known
// first name (firstNamesOf, nameGender): "Andes Systems Ltd, a defence contractor" is a
// company.
func (d *document) rolePersonBefore(si, i int) {
	toks := d.sents[si].Tokens
	if i+1 < len(toks) && (toks[i+1].IsCapitalized() && toks[i+1].IsWord() || reportingVerbs[toks[i+1].Lower]) {
		return
	}
	k := i
	for k > 0 && i-k < 4 && (appositionModifier(toks[k-1]) || toks[k-1].Lower == "'s" || toks[k-1].Text == "-") {
		k--
	}
	if k < 3 || toks[k-1].Lower != "a" && toks[k-1].Lower != "an" && toks[k-1].Lower != "the" || toks[k-2].Text != "," {
		return
	}
	end := k - 2
	s := d.nameEndingAt(si, end)
	if s < 0 || capitalisedWords(toks[s:end]) < 2 || placeBefore(toks, s) || notPersonHeads[toks[end-1].Lower] || !d.firstName(toks[s].Text) {
		return
	}
	d.addRolePerson(si, s, end, i)
}

// addRolePerson adds the mention of the person named by tokens [s, e) of sentence si with
// the role noun at token r (rolePerson), and reports whether it did.
func (d *document) addRolePerson(si, s, e, r int) bool {
	toks := d.sents[si].Tokens
	name := d.surface(si, s, e)
	ent := d.officialByName(name, toks[s].Start)
	if !d.addMention(si, &Mention{Start: s, End: e, ent: ent, Form: FormTitle}) {
		return false
	}
	ent.addAlias(name)
	if ent.title == "" {
		role := toks[r].Lower
		if actorWord("campaign-role", role) {
			role = toks[r-1].Lower + " " + role // "Campaign Manager"
		}
		ent.title = titleCase(role)
		ent.private = actorWord("private-role", toks[r].Lower)
	}
	if c := d.roleCountry(si, r); c != nil && ent.country == "" {
		ent.country = c.code
	}
	return true
}

// roleCountry returns the country named right before the role noun at token r of sentence
// si, past at most two lower-case words ("Peruvian activist", "Peru's opposition
// candidate", "a Chilean presidential candidate"), or nil.
func (d *document) roleCountry(si, r int) *entity {
	toks := d.sents[si].Tokens
	k := r
	for k > 0 && r-k < 2 && plainAdjective(toks[k-1]) && !determiners[toks[k-1].Lower] {
		k--
	}
	if k > 0 && toks[k-1].Lower == "'s" {
		k--
	}
	if m := d.mentionAt(si, k-1); k > 0 && m != nil && m.End == k && m.ent.kind == geokg.KindCountry {
		return m.ent
	}
	return nil
}

// firstName reports whether w is a known first name: a gazetteer official's
// (firstNamesOf) or one of a gender (nameGender).
func (d *document) firstName(w string) bool {
	return d.x.firstNames[w] || nameGender(w) != 0
}

// appositionModifier reports whether t can stand between the article of an apposition
// and its role noun: a word that is no determiner, conjunction or clause word ("former",
// "army", "NSA").
func appositionModifier(t Token) bool {
	return t.IsWord() && !determiners[t.Lower] && !isClauseWord(t.Lower) && t.Lower != "and" && t.Lower != "or"
}

// capitalisedWords counts the capitalised words of toks.
func capitalisedWords(toks []Token) int {
	n := 0
	for _, t := range toks {
		if t.IsCapitalized() && t.IsWord() {
			n++
		}
	}
	return n
}

// headline reports whether a sentence is written in title case: every word of four
// letters or more is capitalised ("Activist Ana Soto Sues Peru").
func headline(toks []Token) bool {
	words, capitals := 0, 0
	for _, t := range toks {
		if t.IsWord() && len(t.Text) > 3 {
			words++
			if t.IsCapitalized() {
				capitals++
			}
		}
	}
	return capitals == words
}

// staffOf reads a person the gazetteer does not know named by the group she works for,
// at token i of sentence si, "of" or "'s": "NAME of [the] GROUP" ("Rosa Paz of the
// Andean Rights Center", "Pedro Vidal of the Shining Path") or "GROUP's NAME" ("the
// Andean Rights Center's Rosa Paz"). The name has two words or more that no actor
// covers, opens with a known first name (firstName), is not written after a determiner
// or a preposition of place (placeBefore), ends in no institution's word
// (notPersonHeads) and, after "'s", is followed by no capitalised word (personNameAt);
// the group is no news medium (a journalist of Reuters is no actor) nor one read by its
// name's shape (entity.shaped: "Ana Ruiz of the Andean Policy Institute" is a scholar,
// whom the gold files do not give as its staff). It adds the
// person's mention, without a title, and her MEMBER_OF the group.
func (d *document) staffOf(si, i int) {
	toks := d.sents[si].Tokens
	s, e, g := d.staffOfName(si, i)
	if g == nil || s < 0 || e-s < 2 || capitalisedWords(toks[s:e]) < 2 || notPersonHeads[toks[e-1].Lower] || !d.firstName(toks[s].Text) {
		return
	}
	name := d.surface(si, s, e)
	ent := d.officialByName(name, toks[s].Start)
	if !d.addMention(si, &Mention{Start: s, End: e, ent: ent, Form: FormTitle}) {
		return
	}
	ent.addAlias(name)
	d.addRelation(si, ent, geokg.MemberOf, g.ent, 0.7, "")
}

// staffOfName returns the span [s, e) of the name that staffOf reads at token i of
// sentence si and the mention of its group, or a nil mention.
func (d *document) staffOfName(si, i int) (int, int, *Mention) {
	toks := d.sents[si].Tokens
	if toks[i].IsPossessive() {
		g := d.mentionAt(si, i-1) // nil at the sentence's first token
		if g == nil || g.End != i || !d.staffGroup(g) || d.mentionAt(si, i+1) != nil {
			return -1, -1, nil
		}
		e := d.personNameAt(si, i+1)
		if e < 0 || !nameEndsPhrase(toks, e) {
			return -1, -1, nil // "the FBI's Ana Ruiz probe": a thing named after her
		}
		return i + 1, e, g
	}
	j := i + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	g := d.mentionAt(si, j)
	if g == nil || g.Start != j || g.possessive || !d.staffGroup(g) {
		return -1, -1, nil
	}
	s := d.nameEndingAt(si, i)
	if s < 0 || placeBefore(toks, s) {
		return -1, -1, nil
	}
	return s, i, g
}

// staffGroup reports whether mention m names a group that is no news medium (by the
// text or the gazetteer: "Al Jazeera's Ana Ruiz" is a reporter).
func (d *document) staffGroup(m *Mention) bool {
	return m.ent.kind == geokg.KindGroup && !m.ent.medium && !d.x.media[m.ent.name] && !m.ent.shaped
}

// nameEndsPhrase reports whether a name ending at token e of toks ends its noun phrase:
// the sentence or a punctuation mark follows, or a verb, an auxiliary or a clause word
// ("Ana Ruiz said", "Ana Ruiz, who"), not a noun it modifies ("the Ana Ruiz probe").
func nameEndsPhrase(toks []Token, e int) bool {
	if e >= len(toks) || !toks[e].IsWord() {
		return true
	}
	w := toks[e].Lower
	return reportingVerbs[w] || len(patterns.verbs[w]) > 0 || auxiliaries[w] || isClauseWord(w) || strings.HasSuffix(w, "ed")
}
