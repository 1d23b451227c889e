package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// personName is the name of a person that no mention reads (not in the gazetteer, no
// title): tokens [start, end) of its sentence, with the gender its honorific shows (0
// when none does).
type personName struct {
	start, end int
	gender     byte
	// shared are the officials of the article whose family name the name's one word is
	// ("Kim": Kim Jong Un and Kim Yo Jong; sharedNameWords).
	shared []*entity
}

// official returns the one official of p.shared that a pronoun of gender want ('m' or
// 'f') can stand for ("Clinton said she": Hillary Clinton), or nil when none or several
// can ("Kim said he" after Kim Il Sung and Kim Jong Un).
func (p personName) official(want byte) *entity {
	var out *entity
	for _, e := range p.shared {
		if e.gender == want {
			if out != nil {
				return nil
			}
			out = e
		}
	}
	return out
}

// peopleIn returns the names of people that no mention reads in sentence si ("James
// Comey", "Mr. Blackford", later "Comey"): they are candidates for "he" and "she" as
// much as the officials are, so that a pronoun after them is not given to an official
// named further back. A run of capitalised words outside mentions is a person's name
// when an honorific opens it ("Mr", "Mrs", "Ms", "Dr", "Sen.", "Rep."), when its first
// word is a first name (the first word of a name of two words or more in the
// gazetteer's officials, written so twice at least: "James", "Susan") or a role or kin
// noun of class person-noun stands right before it ("rival Mitt Romney") and it has two
// words or more, or when its last word is the last word of a name read so before in the
// article ("James Comey ... Comey"), or when it is one word, the family name of two
// officials of the article, which the mentions leave unread ("Kim" after "Kim Jong Un"
// and "Kim Yo Jong", "Castro" after Fidel and Raúl Castro: sharedNameWords), not before an
// office noun ("the Kim regime"). A run whose last word names an institution or a place
// ("Johns Hopkins University", "Camp David Accords" are no people) is none. The people
// named by a common noun of their role (rolePeople: "a federal judge", "the gunman") are
// among them, in the order of the sentence.
func (d *document) peopleIn(si int) []personName {
	if d.people == nil {
		d.people = make([][]personName, len(d.sents))
		first := d.x.firstNames
		shared := d.sharedNameWords()
		surnames := map[string]byte{}
		for s := range d.sents {
			d.people[s] = mergePeople(d.findPeople(s, first, surnames, shared), d.rolePeople(s))
		}
	}
	return d.people[si]
}

// findPeople reads the names of people of sentence si (peopleIn), given the first names
// first, and adds the last word of each to surnames (with the gender its honorific shows,
// 0 when none does), which it reads back for the sentences after.
func (d *document) findPeople(si int, first map[string]bool, surnames map[string]byte, shared map[string][]*entity) []personName {
	toks := d.sents[si].Tokens
	var out []personName
	for i := 0; i < len(toks); i++ {
		if !nameWord(toks[i]) || d.mentionAt(si, i) != nil {
			continue
		}
		j := i + 1
		for j < len(toks) && d.mentionAt(si, j) == nil && (nameWord(toks[j]) || nameParticles[toks[j].Lower] && j+1 < len(toks) && nameWord(toks[j+1])) {
			j++
		}
		a, b := i, j
		i = j - 1
		last := toks[b-1].Lower
		if notPersonHeads[last] || weekdayOrMonth(last) {
			continue
		}
		var gender byte
		person := false
		if h := wordBeforeName(toks, a); h >= 0 {
			if g, ok := honorificGender[toks[h].Lower]; ok {
				person, gender = true, g
			} else if personHonorifics[toks[h].Lower] {
				person = true
			}
		}
		if !person && b-a >= 2 && (first[toks[a].Text] || a > 0 && actorWord("person-noun", toks[a-1].Lower)) {
			person = true // "James Comey", "presidential rival Mitt Romney"
		}
		var sharers []*entity
		if es := shared[last]; len(es) > 0 && !person && b-a == 1 {
			if b < len(toks) && actorWord("office-noun", toks[b].Lower) {
				continue // "the Kim regime"
			}
			person, sharers, gender = true, es, sharedGender(es) // "Kim" of two Kims
		}
		if g, ok := surnames[last]; ok && !person {
			person, gender = true, g
		}
		if !person {
			continue
		}
		if gender == 0 {
			gender = nameGender(toks[a].Text) // "Pedro Soto": no she
		}
		if g, ok := surnames[last]; !ok || g == 0 {
			surnames[last] = gender
		} else if gender == 0 {
			gender = g
		}
		out = append(out, personName{start: a, end: b, gender: gender, shared: sharers})
	}
	return out
}

// rolePeople returns the people of sentence si named by a singular noun of class
// role-person, role-man or role-woman after a determiner, with up to three modifiers
// between ("a federal judge", "the campaign chairman", "a Peruvian lawyer", "the
// gunman"), from the determiner to the noun, where a clause's subject stands: the phrase
// opens the sentence or follows a comma, a dash or a word of roleOpeners ("and", "that",
// "when"), and the noun is no possessor nor a verb ("employees suspect he"). No mention
// reads them, and a pronoun whose antecedent they are is no official's. Not taken: such
// a noun in an object or after a preposition ("told a reporter that he", "through his
// attorney", "the judge who overturned his ban"), where a pronoun after it is as often
// the subject's; one owned ("his lawyer said he", "Boric's lawyer": the client as often);
// a noun before a name or an actor, or set off before one by a comma, past an "of" or
// "in" phrase, is a title ("lawyer Ana Ruiz", "the judge, Ana Ruiz,": the name is the
// person); one set off after a name describes it (namedBefore); one with a body's name
// among its modifiers is that body's officer, whom the article may name (bodysOfficer);
// and one written with a capital inside the sentence is part of a name ("the Senate
// Judiciary Committee Chairman").
func (d *document) rolePeople(si int) []personName {
	toks := d.sents[si].Tokens
	var out []personName
	for i, t := range toks {
		gender, ok := roleGender(t.Lower)
		if !ok || i > 0 && t.IsCapitalized() || d.mentionAt(si, i) != nil || d.namedAfter(si, i) {
			continue
		}
		if i+1 < len(toks) && (toks[i+1].Lower == "'s" || toks[i+1].Lower == "'" || toks[i+1].Lower == "general" || roleVerbObjects[toks[i+1].Lower]) {
			continue // "a reporter's question", "the attorney general", "employees suspect he": a verb
		}
		a := d.roleStart(si, i)
		if a < 0 || a > 0 && !roleOpeners[toks[a-1].Lower] || d.namedBefore(si, a) || d.bodysOfficer(si, a, i) {
			continue
		}
		out = append(out, personName{start: a, end: i + 1, gender: gender})
	}
	return out
}

// roleVerbObjects after a role noun that is also a verb ("suspect", "witness", "judge")
// make it the verb.
var roleVerbObjects = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"him": true, "her": true, "them": true, "us": true, "the": true, "a": true, "an": true,
	"his": true, "their": true, "its": true, "whether": true, "what": true, "how": true,
}

// roleOpeners may stand right before a clause's subject.
var roleOpeners = map[string]bool{
	",": true, ";": true, "—": true, "–": true, "--": true, "“": true, "\"": true, "and": true, "but": true,
	"while": true, "when": true, "because": true, "although": true, "though": true, "that": true,
	"where": true, "whether": true,
}

// roleGender reports whether w is a noun of a person's role (role-person, role-man,
// role-woman) and the gender it shows (0 for role-person).
func roleGender(w string) (byte, bool) {
	switch {
	case actorWord("role-man", w):
		return 'm', true
	case actorWord("role-woman", w):
		return 'f', true
	}
	return 0, actorWord("role-person", w)
}

// namedAfter reports whether the role noun at token i of sentence si stands before a
// name or an actor, right after it or after a comma (and "the"), past a phrase of "of" or
// "in" of up to six words ("the chairman of the Andean Pact, Ana Ruiz,", "the number two
// man in the cabinet, the prime minister of Peru,"): it is then that person's title.
func (d *document) namedAfter(si, i int) bool {
	toks := d.sents[si].Tokens
	j := i + 1
	if j < len(toks) && (toks[j].Lower == "of" || toks[j].Lower == "in") {
		for k := j + 1; k < len(toks) && k <= j+6; k++ {
			if toks[k].Text == "," {
				j = k
				break
			}
		}
	}
	if j < len(toks) && toks[j].Text == "," {
		j++
		if j+1 < len(toks) && toks[j].Lower == "the" {
			j++
		}
	}
	return j < len(toks) && (d.mentionAt(si, j) != nil || nameWord(toks[j]))
}

// namedBefore reports whether the role phrase opening at token a of sentence si is set
// off after a name or an actor by a comma ("Ana Ruiz, a federal judge,"): it describes
// that person.
func (d *document) namedBefore(si, a int) bool {
	toks := d.sents[si].Tokens
	return a >= 2 && toks[a-1].Text == "," && (d.mentionAt(si, a-2) != nil || nameWord(toks[a-2]))
}

// bodysOfficer reports whether the role phrase [a, i] of sentence si is "the" with a
// group or a capitalised word of no actor among its modifiers ("the Andean Pact
// chairman", "the Senate Ethics Committee chairman"): the one officer of a body, whom the
// article may name as an official.
func (d *document) bodysOfficer(si, a, i int) bool {
	toks := d.sents[si].Tokens
	if toks[a].Lower != "the" {
		return false
	}
	for j := a + 1; j < i; j++ {
		m := d.mentionAt(si, j)
		if m != nil && m.ent != nil && m.ent.kind == geokg.KindGroup || m == nil && toks[j].IsCapitalized() {
			return true
		}
	}
	return false
}

// roleStart returns the token that opens the noun phrase of the role noun at token i of
// sentence si: its determiner ("a", "the"), past up to three modifiers, which may be
// actors ("a Peruvian judge"); -1 when no determiner opens it, or an owner does ("his
// lawyer", "Boric's lawyer").
func (d *document) roleStart(si, i int) int {
	toks := d.sents[si].Tokens
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := toks[j].Lower
		switch {
		case roleDeterminers[w]:
			return j
		case !toks[j].IsWord() && w != "-" || isClauseWord(w) || ownerPronouns[w] || w == "'s" || w == "'":
			return -1
		}
	}
	return -1
}

// ownerPronouns before a role noun make it the owner's ("his lawyer said he": the
// client as often as the lawyer), no person of its own; so does a possessor ("Boric's
// lawyer").
var ownerPronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true, "my": true, "our": true, "your": true}

// roleDeterminers open the noun phrase of a person named by a role noun.
var roleDeterminers = map[string]bool{
	"a": true, "an": true, "the": true, "another": true, "one": true, "this": true, "that": true,
}

// mergePeople returns the names a and the role nouns b in the order of the sentence.
func mergePeople(a, b []personName) []personName {
	if len(b) == 0 {
		return a
	}
	out := append(slices.Clone(a), b...)
	slices.SortStableFunc(out, func(x, y personName) int { return x.start - y.start })
	return out
}

// sharedNameWords returns the family names (lower case) of two officials of the article
// or more, with those officials: the last words of their names, or the first when one of
// them writes it first, a Korean or Chinese name ("kim": Kim Jong Un and Kim Yo Jong;
// "clinton": Bill and Hillary Clinton; not "john" of John Major and John Bercow). Such a
// word alone names a person the mentions do not read.
func (d *document) sharedNameWords() map[string][]*entity {
	last, first := map[string][]*entity{}, map[string][]*entity{}
	familyFirst := map[string]bool{}
	add := func(by map[string][]*entity, w string, e *entity) {
		if w = strings.ToLower(w); len(w) > 2 && !slices.Contains(by[w], e) {
			by[w] = append(by[w], e)
		}
	}
	for _, e := range d.entities {
		f := strings.Fields(e.name)
		if e.kind != geokg.KindOfficial || e.count == 0 || len(f) < 2 {
			continue
		}
		add(last, f[len(f)-1], e)
		add(first, f[0], e)
		if koreanName(f) || chineseName(e, f) {
			familyFirst[strings.ToLower(f[0])] = true
		}
	}
	out := map[string][]*entity{}
	for w, es := range first {
		if familyFirst[w] {
			out[w] = es
		}
	}
	for w, es := range last {
		for _, e := range es {
			if !slices.Contains(out[w], e) {
				out[w] = append(out[w], e)
			}
		}
	}
	for w, es := range out {
		if len(es) < 2 {
			delete(out, w)
		}
	}
	return out
}

// sharedGender returns the gender all of es have, or 0.
func sharedGender(es []*entity) byte {
	for _, e := range es[1:] {
		if e.gender != es[0].gender {
			return 0
		}
	}
	return es[0].gender
}

// nameGender returns the gender the first word of a person's name shows (word classes
// male-name and female-name: "Pedro Soto" 'm', "Anna Ruiz" 'f'), else 0.
func nameGender(name string) byte {
	f := strings.Fields(name)
	if len(f) == 0 {
		return 0
	}
	first := strings.ToLower(f[0])
	switch {
	case actorWord("male-name", first):
		return 'm'
	case actorWord("female-name", first):
		return 'f'
	}
	return 0
}

// nameWord reports whether t can be a word of a person's name: a capitalised word that is
// no function word, title, honorific or the like.
func nameWord(t Token) bool {
	return t.IsWord() && t.IsCapitalized() && len(t.Lower) > 1 && !notNameWords[t.Lower] && !isTitleWord(t.Lower) &&
		!honorifics[t.Lower] && !personHonorifics[t.Lower] && !titleModifiers[t.Lower] && !actorWord("sentence-opener", t.Lower)
}

// personHonorifics open a person's name and show no gender ("Dr", "Sen.", "Rep.").
var personHonorifics = map[string]bool{"dr": true, "dr.": true, "sen.": true, "rep.": true, "sen": true, "rep": true}

// notPersonHeads end the names of institutions, places, things and events, never people.
var notPersonHeads = map[string]bool{
	"university": true, "college": true, "institute": true, "institution": true, "foundation": true, "one": true,
	"center": true, "centre": true, "council": true, "committee": true, "commission": true, "party": true,
	"house": true, "street": true, "square": true, "airport": true, "hospital": true, "school": true,
	"group": true, "news": true, "times": true, "post": true, "journal": true, "agency": true,
	"company": true, "corp": true, "corporation": true, "inc": true, "bank": true, "fund": true,
	"county": true, "city": true, "province": true, "river": true, "bay": true, "island": true,
	"islands": true, "mountains": true, "hotel": true, "church": true, "mosque": true, "avenue": true,
	"road": true, "bridge": true, "station": true, "stadium": true, "museum": true, "hall": true,
	"library": true, "prize": true, "award": true, "act": true, "law": true, "doctrine": true,
	"plan": true, "report": true, "show": true, "program": true, "programme": true, "accords": true,
	"accord": true, "treaty": true, "agreement": true, "summit": true, "war": true, "day": true,
	"office": true, "department": true, "ministry": true, "court": true, "network": true, "media": true,
	"association": true, "union": true, "league": true, "forum": true, "watch": true, "international": true,
	"magazine": true, "television": true, "radio": true, "press": true, "herald": true, "tribune": true,
	"channel": true, "online": true, "capital": true, "republic": true, "kingdom": true, "state": true,
	"states": true, "army": true, "force": true, "forces": true, "guard": true, "police": true,
	"democrat": true, "democrats": true, "republican": true, "republicans": true, "conservative": true,
	"conservatives": true, "liberal": true, "liberals": true, "socialist": true, "independent": true,
	"tory": true, "tories": true, "labour": true, "communist": true, "communists": true,
}

// firstNamesOf returns the first names of g: the first words of the names of two words or
// more of its officials that begin two names at least, of three letters or more, that are
// no title, honorific or name particle ("James", "Susan"; not "King", "Al", "Abu").
func firstNamesOf(g *gazetteer.Gazetteer) map[string]bool {
	count := map[string]int{}
	for _, o := range g.Officials() {
		w, rest, ok := strings.Cut(o.Name, " ")
		if !ok || rest == "" || len(w) < 3 || strings.ContainsAny(w, ".-'") {
			continue
		}
		l := strings.ToLower(w)
		if honorifics[l] || personHonorifics[l] || nameParticles[l] || isTitleWord(l) || titleModifiers[l] || notNameWords[l] {
			continue
		}
		count[w]++
	}
	out := make(map[string]bool, len(count))
	for w, n := range count {
		if n >= 2 {
			out[w] = true
		}
	}
	return out
}
