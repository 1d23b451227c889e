package extract

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/extract/internal/text"
	"github.com/geokg/geokg/syntax"
)

// entity is an actor of one article while it is being read.
type entity struct {
	id      string
	kind    geokg.Kind
	name    string
	code    string // Country
	subtype geokg.GroupSubtype
	title   string
	country string // alpha-3 of a Group or Official
	role    Role   // Official: the role of the title
	// former marks an official whose title the article gives as past ("former French
	// minister Michel Roussin", "ex-premier X"): "the former minister" names only such.
	former bool
	// private marks an official the article names only by a role that is no office
	// (class private-role: "activist Ana Soto"; rolePerson).
	private bool
	// untitled marks a person the article names with no title, role or description
	// (namedPeople: "Ana Ruiz ... Ruiz said"): kept in the extraction only when a relation
	// or an event names it.
	untitled bool
	// gender is 'm' or 'f' when the gazetteer gives it, the first name or an honorific
	// shows it ("Mr", "Ms"), else 0.
	gender byte
	// medium marks a group the text names as a news medium ("the Itar-Tass news agency").
	medium bool
	// shaped marks a group read by its name's shape (findNamedOrgs: "the Andean Policy
	// Institute"): kept in the extraction only when a relation names it, and no person
	// named "of" it is its staff (staffOf).
	shaped bool
	// leadsOrg is the first international organisation an official was written to lead,
	// and firstOrg the first one written as led or joined (relwrite.go: addOne), for the
	// side the official speaks for (actorSide).
	leadsOrg, firstOrg *entity
	aliases            map[string]bool
	// written are the titles of one post of a country, lower case, the article writes
	// before the official's name ("Vice President Ana Ruiz": "vice president"), for a
	// title without a name (posts).
	written []string
	// first is the byte offset of the first mention, for salience.
	first int
	count int
}

func (e *entity) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	if e.aliases == nil {
		e.aliases = map[string]bool{}
	}
	e.aliases[s] = true
}

// posts returns the posts, lower case, by which a title without a name may name the
// official e: its own title and, with written, the titles of one post of a country the
// article writes before its name, which replace its own title when they end with the
// same word (the article's "vice president" over a dictionary's "President" of a later
// term).
func (e *entity) posts(written bool) []string {
	own := strings.ToLower(e.title)
	if !written {
		return []string{own}
	}
	for _, t := range e.written {
		if own != "" && lastWords(t, 1) == lastWords(own, 1) {
			own = ""
		}
	}
	if own == "" {
		return e.written
	}
	return append([]string{own}, e.written...)
}

// postEndsWith reports whether one of e's posts ends with the words of post ("the
// secretary of state" for "Secretary of State Ana Ruiz").
func (e *entity) postEndsWith(post string) bool {
	for _, t := range e.posts(true) {
		if t != "" && strings.HasSuffix(t, post) {
			return true
		}
	}
	return false
}

// Mention is one place where an entity is named in a sentence: tokens [Start, End) of
// the sentence, and how the entity is named there.
type Mention struct {
	Start, End int // token indexes in the sentence
	ent        *entity
	Form       Form
	// possessive marks "Iran's": the mention modifies the noun that follows.
	possessive bool
	// context is the country or group a title or body mention belongs to, when the text
	// names it ("Iran's Ministry ...", "Russian Foreign Minister ...").
	context *entity
	// inferred marks an actor found through the article's history (the author of "the
	// expulsion"), not named in the sentence.
	inferred bool
	// alleged marks an inferred actor that is only accused of the act.
	alleged bool
	// actType is the type of the act an inferred actor is the author of, or "".
	actType geokg.RelationType
	// antecedent is the phrase that named an inferred actor with its act earlier in the
	// article ("Obama's move"), or "".
	antecedent string
	// pair is the second actor of a plural reference to two ("the two countries", "both
	// sides"): the mention names ent and pair together.
	pair *entity
	// more are the further actors of a plural reference to a list of more than two ("all
	// three countries": ent, pair and one more), nil otherwise.
	more []*entity
	// government is the country of the official whose possessive "government" or
	// "regime" the reference names ("Putin's government": the official is ent, Russia
	// government); a hostile act aimed at it aims at that country (governmentTarget).
	government *entity
}

// document is the state of one Extract call: the output of each stage (the text
// stage's sents, the actor stage's cast, embedded) and the state of the reading.
type document struct {
	// cast is the actor stage's output (actors.go), which the later stages extend with
	// the references they resolve.
	cast
	// buf holds the pooled arrays of the sentences and their tokens (see release).
	buf       *text.Buffers
	text      string
	published string
	articleID string // geokg.ArticleID(text), for the ids of events that name nothing else
	sents     []Sentence
	rels      []geokg.Relation
	relSeen   map[string]int
	// headed holds "official|group" for a department whose secretary the article names
	// and whom departmentHead files as a member of the state: the department is his own
	// side (ownGroup) though no LEADS of it is written.
	headed map[string]bool
	// unserved holds the national posts of the sentence being read whose state neither
	// the text nor governmentState gives: findOfficials tries servedState on them once
	// every official of the sentence is known.
	unserved  []unservedPost
	events    []geokg.Event
	eventSeen map[string]int
	x         *Extractor
	// accusers maps an entity id to the accusations made against it, in order.
	accusers map[string][]accusation
	// why explains the relations the current rule adds.
	why explanation
	// trace, when set, records each sentence for Explain.
	trace *trace
	// sentEvent maps a sentence index to the event it names.
	sentEvent map[int]string
	// sentEventType finds the event of a type already recorded for a sentence.
	sentEventType map[sentType]int
	// acts are the acts the article told so far, in order (evcoref.go).
	acts []toldAct
	// lastAccused is the object of the latest accusation.
	lastAccused *entity
	// keyBuf and matchBuf are scratch buffers of the dictionary matcher.
	keyBuf   []string
	matchBuf []dictMatch
	// dates caches the resolved date of each sentence.
	dates []*string
	// decided marks, for the sentence being read, the tokens whose reading the frames
	// settled on the parse (a frame fired there, or was blocked by negation, modality,
	// a condition or an undone act): the pattern table does not read them again.
	decided []bool
	// parsed is the parse of the sentence being read, when the frame stage parsed it
	// (findFrames); the sentence rules check their token-window readings on it (saidof.go).
	parsed *syntax.Sentence
	// candidates, when set, collects the pairs of actors the reading left
	// (Extractor.Candidates, pairs.go), of readActors, the actors the frames read on
	// parsed (findFrames; kept only then).
	readActors []*Mention
	candidates *[]Candidate
	// allPairs has candidates collect the pairs the reading related too (AllPairs).
	allPairs bool
	// namedParse is the last parse parseNamed made for a sentence the frames did not parse.
	namedParse namedParse
	// clauseActs caches, by sentence index, the author of the act of the sentence's
	// main clause (clauseActor; nil when it has none).
	clauseActs map[int]*Mention
	// people holds, by sentence, the names of people the gazetteer does not know
	// (persons.go), built on first use.
	people [][]personName
}

// mentionAt returns the mention of sentence si that covers token i, or nil.
func (d *document) mentionAt(si, i int) *Mention {
	for _, m := range d.mentions[si] {
		if i >= m.Start && i < m.End {
			return m
		}
	}
	return nil
}

// surface returns the text of tokens [a, b) of sentence si.
func (d *document) surface(si, a, b int) string {
	toks := d.sents[si].Tokens
	if a >= b || a < 0 || b > len(toks) {
		return ""
	}
	return d.text[toks[a].Start:toks[b-1].End]
}

// accusation is one accuser of an entity and the sentence that says so.
type accusation struct {
	accuser string // entity id
	si      int
}

// isActor reports whether the mention can be the subject or object of a relation: a
// demonym only when it stands for the state ("Iranian officials"), never when it
// qualifies people or things ("Iranian protesters").
// stateHeadAt reports whether a state noun stands at token k, or after one modifier
// that names a field of government ("security officials", "military leaders").
func stateHeadAt(toks []Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if stateNouns[toks[k].Lower] {
		return true
	}
	return k+1 < len(toks) && stateFields[toks[k].Lower] && stateNouns[toks[k+1].Lower]
}

// stateFields are the fields of government that may stand between a demonym and a state
// noun.
var stateFields = map[string]bool{
	"security": true, "military": true, "government": true, "defence": true, "defense": true,
	"foreign": true, "intelligence": true, "senior": true, "top": true, "naval": true,
	"army": true, "border": true, "trade": true, "health": true,
}

func (d *document) isActor(si int, m *Mention) bool {
	if m.ent == nil || !m.ent.kind.Valid() {
		return false
	}
	if m.ent.kind == geokg.KindCountry && !m.possessive && m.End < len(d.sents[si].Tokens) && nonStatePeople[d.sents[si].Tokens[m.End].Lower] {
		return false // "U.S. lawmakers", "Iran protesters": people of the country, not its state
	}
	if m.ent.kind == geokg.KindOfficial && d.retinueAfter(si, m) {
		return false // "Trump lawyer Michael Cohen had met", "a Trump loyalist who criticized": his people, not him
	}
	if m.Form == FormDemonym {
		toks := d.sents[si].Tokens
		if m.End > len(toks) || m.Start >= len(toks) {
			return false
		}
		if stateHeadAt(toks, m.End) {
			return true
		}
		// "Danish and Swedish demands", "Saudi and Iranian security officials"
		if m.End+2 < len(toks) && toks[m.End].Lower == "and" && stateHeadAt(toks, m.End+2) && toks[m.End+1].IsCapitalized() {
			return true
		}
		// "the Palestinians", "the Iranians": the people for their state
		if m.Start > 0 && toks[m.Start].Lower == "the" || m.Start > 0 && toks[m.Start-1].Lower == "the" && strings.HasSuffix(toks[m.End-1].Lower, "s") {
			return true
		}
		return false
	}
	return true
}

// retinueAfter reports whether the official's mention m of sentence si is followed, past
// a possessive "'s", by a noun of his people (class `retinue-noun` of gazetteer.WordsFile): the mention then names whose
// people act, not the actor ("Trump's lawyers are in talks with", "Trump lawyer Michael
// Cohen had met"); the window's subject search stops there (subjectsBefore), so that no
// actor named before them takes their act.
func (d *document) retinueAfter(si int, m *Mention) bool {
	toks := d.sents[si].Tokens
	k := m.End
	if k < len(toks) && (toks[k].IsPossessive() || toks[k].Lower == "'") {
		k++
	}
	if k < len(toks) && actorWord("retinue-noun", toks[k].Lower) {
		return true
	}
	// one modifier between: "Obama's Republican opponent", "Trump's top aides"
	return k > m.End && k+1 < len(toks) && toks[k].Lower != "and" && toks[k].Lower != "," && actorWord("retinue-noun", toks[k+1].Lower)
}
