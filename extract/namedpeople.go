package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// namedPeople reads the people the gazetteer does not know and the article names with no
// title, role or description, but names again by their family name alone: "Ana Ruiz
// asked Peru for asylum. ... Ruiz said" (a leaker, a publisher, a candidate, a former
// official whose post the article does not give). A name is two to four capitalised
// words that no mention covers (personNameAt, scanName), opening with a known first name
// (firstName: the gazetteer's officials' first names and the classes male-name and
// female-name), ending in no word of an institution, a place or a date (notPersonHeads,
// "Ana Ruiz Foundation") and preceded by no article or preposition of place
// (placeBefore: "the Jorge Chavez airport", "in San Isidro"), with no rank or title word
// inside; the family name, its last word, must stand alone elsewhere in the article,
// outside any mention and any such name, as a word of its own that no other
// capitalised word opens or continues ("Ruiz said", "Mr. Ruiz", "Ruiz's lawyer"; not
// "Ruiz Street", "the Ruiz Foundation"); and it must be no word of the name of an
// official the article names ("Kim" after "Kim Jong Un" names him as well as "Tony Kim";
// "Loretta Lynch" is the gazetteer's "Loretta E. Lynch", read by the short mentions), nor
// the family name of two such names ("Ana Ruiz ... her son Pedro Ruiz ... Ruiz": either
// may be meant). A sentence written in title case (a headline) and
// page furniture are not read. Each name gets an official's mention with no title, no
// country and no LEADS or MEMBER_OF; its entity is marked private (a journey of such a
// person is no meeting with the country visited: privateVisit) and untitled: the extraction
// keeps it only when a relation or an event names it (the article names many people who
// are no actors: witnesses, experts, authors). Its later family names are read by
// findShortMentions as any official's. A person the article describes as a commentator
// anywhere (commentator) is none: analysts, professors and journalists quoted on the
// news are no actors of it.
func (d *document) namedPeople() {
	type span struct {
		si, s, e int
		full     string // the name as written
	}
	var names []span
	inName := make([]map[int]bool, len(d.sents))
	for si := range d.sents {
		toks := d.sents[si].Tokens
		if d.sents[si].Furniture || headline(toks) {
			continue
		}
		for i := 0; i < len(toks); i++ {
			if !nameWord(toks[i]) || d.mentionAt(si, i) != nil {
				continue
			}
			if i > 0 && toks[i-1].IsCapitalized() && toks[i-1].IsWord() {
				continue // inside a longer run of capitalised words
			}
			e := d.personNameAt(si, i)
			if e < 0 {
				continue
			}
			if d.untitledName(si, i, e) {
				names = append(names, span{si, i, e, d.surface(si, i, e)})
				if inName[si] == nil {
					inName[si] = map[int]bool{}
				}
				for k := i; k < e; k++ {
					inName[si][k] = true
				}
			}
			i = e - 1
		}
	}
	if len(names) == 0 {
		return
	}
	alone := map[string]int{}
	for si := range d.sents {
		toks := d.sents[si].Tokens
		if d.sents[si].Furniture {
			continue
		}
		for i, t := range toks {
			if !t.IsCapitalized() || !t.IsWord() || inName[si][i] || d.mentionAt(si, i) != nil {
				continue
			}
			if i > 0 && toks[i-1].IsCapitalized() && toks[i-1].IsWord() && !honorifics[toks[i-1].Lower] {
				continue // "Ana Ruiz", "the Ruiz Foundation"
			}
			if i+1 < len(toks) && toks[i+1].IsCapitalized() && toks[i+1].IsWord() {
				continue // "Ruiz Street"
			}
			if i+1 < len(toks) && toks[i+1].Text == "-" {
				continue // "Ruiz-Tagle": another name
			}
			alone[t.Text]++
		}
	}
	known := map[string]bool{} // the words of the names of the article's officials
	for _, e := range d.entities {
		if e.kind == geokg.KindOfficial && e.count > 0 {
			for _, w := range strings.Fields(e.name) {
				known[strings.ToLower(w)] = true
			}
		}
	}
	commentators := map[string]bool{}
	fullNames := map[string]string{} // family name -> the one full name, "" for several
	for _, n := range names {
		full, last := n.full, d.sents[n.si].Tokens[n.e-1].Text
		if f, ok := fullNames[last]; ok && f != full {
			full = ""
		}
		fullNames[last] = full
		if d.commentator(n.si, n.s, n.e) {
			commentators[n.full] = true
		}
	}
	for _, n := range names {
		toks := d.sents[n.si].Tokens
		if commentators[n.full] {
			continue
		}
		if last := toks[n.e-1]; alone[last.Text] < minAlone || known[last.Lower] || fullNames[last.Text] == "" {
			continue // "Kim" names Kim Jong Un too; "Loretta Lynch" is Loretta E. Lynch
		}
		name := n.full
		ent := d.officialByName(name, toks[n.s].Start)
		fresh := ent.count == 0 && ent.title == ""
		if !d.addMention(n.si, &Mention{Start: n.s, End: n.e, ent: ent, Form: FormTitle}) {
			continue
		}
		ent.addAlias(name)
		if fresh {
			ent.untitled, ent.private = true, true
		}
	}
}

// untitledName reports whether tokens [s, e) of sentence si can be the name of a person
// that namedPeople reads.
func (d *document) untitledName(si, s, e int) bool {
	toks := d.sents[si].Tokens
	words := capitalisedWords(toks[s:e])
	if words < 2 || words > 4 || !d.firstName(toks[s].Text) || placeBefore(toks, s) {
		return false
	}
	last := toks[e-1].Lower
	if notPersonHeads[last] || weekdayOrMonth(last) || !toks[e-1].IsCapitalized() {
		return false
	}
	for k := s; k < e; k++ {
		if honorifics[toks[k].Lower] || titleModifiers[toks[k].Lower] || isTitleWord(toks[k].Lower) {
			return false
		}
	}
	return true
}

// minAlone is how many times at least the family name of a person namedPeople reads
// stands alone in the article.
const minAlone = 2

// commentator reports whether the name of tokens [s, e) of sentence si is a
// commentator's (class commentator-noun of gazetteer/data/actor-words.txt): such a noun
// among the up to four words right before it or before a comma right before it
// ("terrorism analyst Ana Ruiz", "veteran journalist Ana Ruiz", "two Andina hosts, Ana
// Ruiz and Pedro Soto"), or in the apposition set off by a comma after it, up to its next
// comma ("Ana Ruiz, a professor of law at ..."), or a news medium's possessive or a
// possessive of a capitalised word that names no actor right before it ("Andina's Ana
// Ruiz", "Lima TV's Ana Ruiz").
func (d *document) commentator(si, s, e int) bool {
	toks := d.sents[si].Tokens
	b := s
	if b > 0 && toks[b-1].Text == "," {
		b-- // "two Andina hosts, Ana Ruiz and ..."
	}
	for k := b - 1; k >= 0 && k >= b-4 && toks[k].IsWord(); k-- {
		if actorWord("commentator-noun", toks[k].Lower) {
			return true
		}
	}
	if s >= 2 && (toks[s-1].IsPossessive() || toks[s-1].Lower == "'") {
		if m := d.mentionAt(si, s-2); m != nil && (m.ent.medium || d.x.media[m.ent.name]) || m == nil && toks[s-2].IsCapitalized() {
			return true
		}
	}
	if e < len(toks) && toks[e].Text == "," {
		for k := e + 1; k < len(toks) && k <= e+10 && toks[k].Text != ","; k++ {
			if actorWord("commentator-noun", toks[k].Lower) {
				return true
			}
		}
	}
	return false
}
