package syntax

import "strings"

// timeNouns are the lemmas of the nouns that name a time in a phrase such as "last
// week", "this year", "earlier this month" or "last Tuesday".
var timeNouns = map[string]bool{
	"week": true, "month": true, "year": true, "weekend": true, "day": true,
	"morning": true, "afternoon": true, "evening": true, "night": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
	"today": true, "yesterday": true, "tonight": true,
}

// TimeNoun reports whether the lemma names a time, as in "last week" or "on Monday".
func TimeNoun(lemma string) bool { return timeNouns[strings.ToLower(lemma)] }

// repairTimeSubjects re-attaches a subject that the parser hid inside the time phrase
// after it. News puts the time between subject and verb ("Britain last week expelled 23
// diplomats", "the council, which last month imposed sanctions"), the treebanks hardly
// ever do (a dozen sentences in 16,555), and the parser reads "Britain last week" as
// one noun phrase whose head, the time noun, is the verb's subject. Two shapes are
// mended, in place:
//   - a time noun that is a subject and has, before its own modifiers ("last", "this",
//     "earlier"), a noun or name as its compound ("Britain", "The US") or a relative
//     pronoun as its determiner ("which"): that word becomes the subject, the time noun
//     an obl:unmarked of the verb;
//   - a time noun that is a second subject of a verb ("Germany last Tuesday recalled",
//     "Also Monday, Peru's ministry said"): it becomes an obl:unmarked;
//   - an opening time noun whose apposition after a comma is a name or a noun ("Also on
//     Thursday, Defence Minister Ana Ruiz told"): the apposition becomes the subject,
//     the time noun an obl:unmarked.
//
// A possessor stays ("Britain's week ended badly"), as does a time noun with no word
// before its modifiers ("Last week was busy").
//
// News also puts the time right after a speech verb ("Ruiz said Wednesday that he had
// ordered ...", "the minister said Sunday she would resign"), and the parser reads
// the time noun as a second subject of the verb, the reported clause as a relative
// clause of the time noun. A time noun after its verb that is a subject of a verb with
// a subject before it becomes an obl:unmarked of the verb, and a finite clause hung on
// it (one with a subject or a "that") the verb's ccomp.
func repairTimeSubjects(ws []Word) {
	for t := range ws {
		w := &ws[t]
		if w.Deprel != "nsubj" && w.Deprel != "nsubj:pass" || !timeNouns[strings.ToLower(w.Lemma)] {
			continue
		}
		if w.Head < w.ID {
			if w.Head > 0 && hasSubjectBefore(ws, w.Head, w.ID) {
				w.Deprel = "obl:unmarked"
				for c := range ws {
					if ws[c].Head == w.ID && strings.HasPrefix(ws[c].Deprel, "acl") && ws[c].UPOS == "VERB" && finiteClause(ws, ws[c].ID) {
						ws[c].Head, ws[c].Deprel = w.Head, "ccomp"
					}
				}
			}
			continue
		}
		if c := hiddenSubject(ws, t); c >= 0 {
			ws[c].Head, ws[c].Deprel = w.Head, w.Deprel
			w.Deprel = "obl:unmarked"
			continue
		}
		if otherSubjectBefore(ws, t) {
			w.Deprel = "obl:unmarked" // "Germany last Tuesday recalled", "Also Monday, Peru said"
			continue
		}
		if a := commaApposition(ws, t); a >= 0 {
			// "Also on Thursday, Defence Minister Ana Ruiz told": the name set off after
			// the opening time is the subject
			ws[a].Head, ws[a].Deprel = w.Head, w.Deprel
			w.Deprel = "obl:unmarked"
		}
	}
}

// timeObjectVerbs are the lemmas of the verbs whose object can be a time ("spent Monday
// in talks", "celebrated Easter Sunday", "it takes months", "needs a year"): their time
// object stays.
var timeObjectVerbs = map[string]bool{
	"spend": true, "celebrate": true, "mark": true, "commemorate": true, "observe": true,
	"take": true, "need": true, "require": true, "give": true, "allow": true, "waste": true,
	"lose": true, "save": true, "buy": true, "last": true, "enjoy": true,
}

// timeModifiers are the words that may modify a bare time noun after its verb ("late
// Monday", "early Tuesday", "last Friday", "this morning").
var timeModifiers = map[string]bool{
	"late": true, "early": true, "last": true, "next": true, "this": true, "that": true,
	"earlier": true, "later": true,
}

// repairTimeObjects re-attaches a time that the parser read as the object of the verb
// before it. News puts the day right after its verb ("The ministry announced Thursday
// that ...", "Peru acknowledged Monday that Chile had ...", "the ministry announced
// Thursday, as its troops launched ..."); the parser reads the day as the verb's object
// and hangs the reported clause on it (as a relative clause, or under a "that" read as
// the day's apposition), so the verb loses what it reports. A time noun (timeNouns: a
// weekday, "day", "week", "month", "year", "morning", "today" ...) that
// is the obj or iobj of a verb before it, bare (no preposition, no determiner or
// modifier but "last", "this", "late", "early" ...), becomes an obl:unmarked of the
// verb; a finite clause hung on it (one with a subject or a "that", no relative
// pronoun) becomes the verb's ccomp when the verb has none, and a "that" read as its
// apposition the clause's mark; an adverbial clause hung on it ("as its troops
// launched") goes to the verb. Times that verbs such as "spend", "celebrate" or "take"
// take as objects stay (timeObjectVerbs), as do a time with a compound ("Easter Sunday") and a
// relative clause with its pronoun ("Monday, which was ...").
func repairTimeObjects(ws []Word) {
	for t := range ws {
		w := &ws[t]
		if w.Deprel != "obj" && w.Deprel != "iobj" || w.Head < 1 || w.Head > w.ID || !timeNouns[strings.ToLower(w.Lemma)] {
			continue
		}
		v := w.Head
		if u := ws[v-1].UPOS; u != "VERB" || timeObjectVerbs[strings.ToLower(ws[v-1].Lemma)] {
			continue
		}
		if !bareTime(ws, w.ID) {
			continue
		}
		w.Deprel = "obl:unmarked"
		hasComp := hasChild(ws, v, "ccomp")
		for c := range ws {
			d := &ws[c]
			if d.Head != w.ID {
				continue
			}
			switch {
			case d.Deprel == "advcl":
				d.Head = v // "announced Thursday, as its troops launched"
			case d.Deprel == "appos" && strings.EqualFold(d.Form, "that") && !hasComp:
				// "acknowledged Thursday that Syria used": "that" read as the day's
				// apposition, the clause hung on it
				for k := range ws {
					if ws[k].Head == d.ID && ws[k].UPOS == "VERB" && strings.HasPrefix(ws[k].Deprel, "acl") && hasSubject(ws, ws[k].ID) {
						ws[k].Head, ws[k].Deprel = v, "ccomp"
						d.Head, d.Deprel = ws[k].ID, "mark"
						hasComp = true
						break
					}
				}
			case (strings.HasPrefix(d.Deprel, "acl") || d.Deprel == "ccomp") && !hasComp && (d.UPOS == "VERB" || d.UPOS == "AUX" || hasChild(ws, d.ID, "cop")) && finiteClause(ws, d.ID):
				d.Head, d.Deprel = v, "ccomp"
				hasComp = true
			}
		}
	}
}

// bareTime reports whether the time noun with id t has no dependent but punctuation,
// clauses and time modifiers ("late Monday", "last Friday").
func bareTime(ws []Word, t int) bool {
	for c := range ws {
		d := ws[c]
		if d.Head != t {
			continue
		}
		switch b := BaseRel(d.Deprel); b {
		case "punct", "acl", "advcl", "ccomp", "appos", "parataxis":
		case "amod", "det", "advmod":
			if !timeModifiers[strings.ToLower(d.Form)] {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// officeNouns are the lemmas of the nouns that name a person by an office held in or for
// something named after them ("ambassador to Chile", "head of the agency", "spokesman
// for the ministry").
var officeNouns = map[string]bool{
	"ambassador": true, "envoy": true, "minister": true, "secretary": true, "director": true,
	"president": true, "chief": true, "head": true, "leader": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "representative": true, "adviser": true,
	"advisor": true, "commander": true, "chairman": true, "chairwoman": true, "chair": true,
	"governor": true, "premier": true, "counterpart": true, "deputy": true,
}

// officeCases are the prepositions that name what an office is held in or for.
var officeCases = map[string]bool{"to": true, "of": true, "for": true, "at": true, "in": true}

// repairOfficeAppositions re-attaches the name of an office holder that the parser hung
// on the name before it: in "Peru's ambassador to Chile, Ana Ruiz, met ..." and "the head
// of the Andean Commission, Luis Rojas, said" it reads the person's name as an
// apposition of "Chile" or "Commission", the nearest name, where it names the ambassador
// or the head. A name of two words or more, after a comma, that is the apposition of a
// name opened by one of officeCases which modifies an office noun (officeNouns) becomes
// the apposition of the office noun. A single word ("the embassy in Lima, Peru", "the
// base at Fort Meade, Maryland") and an apposition of a name after any other noun
// stay.
func repairOfficeAppositions(ws []Word) {
	for i := range ws {
		w := &ws[i]
		if w.Deprel != "appos" || w.UPOS != "PROPN" || w.Head < 1 || w.Head >= w.ID || i == 0 || ws[i-1].Form != "," || len(w.Form) < 2 {
			continue
		}
		n := ws[w.Head-1]
		if n.UPOS != "PROPN" || n.Deprel != "nmod" || n.Head < 1 || n.Head >= n.ID || !officeCases[caseOf(ws, n.ID)] {
			continue
		}
		if o := ws[n.Head-1]; o.UPOS != "NOUN" || !officeNouns[strings.ToLower(o.Lemma)] {
			continue
		}
		if !hasChild(ws, w.ID, "flat") { // a name of two words or more
			continue
		}
		w.Head = n.Head
	}
}

// otherSubjectBefore reports whether the verb of the subject at index t has another
// subject before it.
func otherSubjectBefore(ws []Word, t int) bool {
	for s := 0; s < ws[t].Head-1; s++ {
		if s != t && ws[s].Head == ws[t].Head && strings.HasPrefix(ws[s].Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// commaApposition returns the index of a name or noun after a comma that the parser
// made an apposition of the time noun at index t (a subject of a verb after both), or -1.
func commaApposition(ws []Word, t int) int {
	for a := t + 1; a < len(ws) && ws[a].ID < ws[t].Head; a++ {
		if ws[a].Head == ws[t].ID && ws[a].Deprel == "appos" && (ws[a].UPOS == "PROPN" || ws[a].UPOS == "NOUN") {
			if ws[t+1].Form == "," {
				return a
			}
			return -1
		}
	}
	return -1
}

// hasSubjectBefore reports whether the word with id v has a subject before the word
// with id before.
func hasSubjectBefore(ws []Word, v, before int) bool {
	for s := 0; s < before-1; s++ {
		if ws[s].Head == v && strings.HasPrefix(ws[s].Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// finiteClause reports whether the verb with id v has a subject of its own or a "that"
// that marks it, no relative pronoun among them: a clause that can stand as a complement.
func finiteClause(ws []Word, v int) bool {
	finite := false
	for i := range ws {
		if ws[i].Head != v {
			continue
		}
		switch {
		case isRelativePronoun(ws[i].Form) && ws[i].Deprel != "mark":
			return false
		case strings.HasPrefix(ws[i].Deprel, "nsubj"), ws[i].Deprel == "mark" && strings.EqualFold(ws[i].Form, "that"):
			finite = true
		}
	}
	return finite
}

// hiddenSubject returns the index of the word before the time noun at index t that is
// its compound noun or name, or its relative pronoun, with only the time phrase's
// modifiers between them; -1 when there is none.
func hiddenSubject(ws []Word, t int) int {
	for c := t - 1; c >= 0; c-- {
		w := &ws[c]
		if w.Head != t+1 {
			if c < t-1 && w.Head > c+1 && w.Head <= t {
				continue // a word inside a modifier ("earlier this")
			}
			return -1
		}
		switch {
		case w.Deprel == "compound" && (w.UPOS == "PROPN" || w.UPOS == "NOUN" || w.UPOS == "PRON"):
			return c
		case w.Deprel == "det" && isRelativePronoun(w.Form):
			return c
		case w.Deprel == "amod" || w.Deprel == "det" || w.Deprel == "advmod" || w.Deprel == "nummod":
			continue // "last", "this", "earlier", "late"
		default:
			return -1
		}
	}
	return -1
}

// isRelativePronoun reports whether form is "which", "that" or "who", in any case.
func isRelativePronoun(form string) bool {
	switch strings.ToLower(form) {
	case "which", "that", "who":
		return true
	}
	return false
}

// subordinators are the words that open an adverbial clause.
var subordinators = map[string]bool{
	"after": true, "before": true, "since": true, "until": true, "till": true, "as": true,
	"because": true, "while": true, "once": true, "whereas": true,
}

// repairSubordinators relabels, in place, a clause that one of the subordinators marks
// and that the parser read as a verb's complement (ccomp): such a clause is adverbial
// (advcl), never what the verb reports. "Pompeo said, after officials threatened to
// resume tests, that ..." read "threatened" as what Pompeo said.
func repairSubordinators(ws []Word) {
	for i := range ws {
		w := &ws[i]
		if w.Deprel != "mark" || w.Head <= w.ID || w.Head > len(ws) || !subordinators[strings.ToLower(w.Form)] {
			continue
		}
		if h := &ws[w.Head-1]; h.Deprel == "ccomp" {
			h.Deprel = "advcl"
		}
	}
}

// mediumNouns are the lemmas of the nouns that name the means of a conversation in "by
// phone", "over the telephone", "on a video link".
var mediumNouns = map[string]bool{
	"phone": true, "telephone": true, "videophone": true, "video": true,
	"videoconference": true, "video-conference": true, "videolink": true, "link": true,
}

// mediumCases are the prepositions that open such a means ("by phone", "over the phone",
// "via video link", "on the telephone").
var mediumCases = map[string]bool{"by": true, "over": true, "via": true, "on": true}

// repairMediumPartners re-attaches the partner of a conversation that the parser hung
// on its means: in "Merkel spoke by phone with Putin" (and "talked over the telephone
// to him") the parser reads "with Putin" as a modifier of "phone", as if the phone were
// Putin's, where UD attaches it to the verb. A nominal modifier opened by "with" or "to"
// of a medium noun that is an oblique of a verb, itself opened by one of mediumCases,
// becomes an oblique of that verb; so does one hung on a time noun that hangs on the
// medium ("spoke by phone Thursday with Putin"). "A phone with a camera" is no oblique of
// a verb and stays.
func repairMediumPartners(ws []Word) {
	for i := range ws {
		w := &ws[i]
		if w.Deprel != "nmod" || w.Head < 1 || w.Head > len(ws) {
			continue
		}
		mi := w.Head
		if t := ws[mi-1]; TimeNoun(t.Lemma) && t.Head >= 1 && t.Head <= len(ws) {
			mi = t.Head // "by phone Thursday with Putin": the partner hung on the time
		}
		m := &ws[mi-1]
		if m.Deprel != "obl" && m.Deprel != "obl:agent" || !mediumNouns[strings.ToLower(m.Lemma)] || m.Head < 1 || m.Head > len(ws) || ws[m.Head-1].UPOS != "VERB" {
			continue
		}
		if !mediumCases[caseOf(ws, mi)] {
			continue
		}
		if c := caseOf(ws, w.ID); c == "with" || c == "to" {
			w.Head, w.Deprel = m.Head, "obl"
		}
	}
}

// timePartnerCases are the prepositions of a partner or target that the parser hangs on a
// time phrase before it ("talks on Tuesday with Chile", "an offensive Wednesday against
// the Shining Path", "remarks last week to the Andean Pact").
var timePartnerCases = map[string]bool{"with": true, "against": true, "to": true}

// repairTimePartners re-attaches a phrase that the parser hung on the time phrase before
// it: in "Boric held talks on Tuesday with Castillo" it reads "with Castillo" as a
// modifier of "Tuesday", where it is the verb's (or the noun's, "a meeting on Friday
// with Ruiz"). A nominal modifier opened by one of timePartnerCases, after a time noun
// that is itself an oblique or nominal modifier opened by "on", "over" or nothing,
// becomes a dependent of the time noun's head: an oblique of a verb or adjective, a
// nominal modifier of a noun. "A busy day for Peru", a time that is a subject or object
// ("spent a week with Boric"), and a time opened by another preposition ("since
// Monday") keep theirs.
func repairTimePartners(ws []Word) {
	for i := range ws {
		w := &ws[i]
		if w.Deprel != "nmod" || w.Head < 1 || w.Head >= w.ID || !timePartnerCases[caseOf(ws, w.ID)] {
			continue
		}
		t := ws[w.Head-1]
		if !TimeNoun(t.Lemma) || t.Head < 1 || t.Head > len(ws) {
			continue
		}
		if b := BaseRel(t.Deprel); b != "obl" && b != "nmod" {
			continue
		}
		if c := caseOf(ws, t.ID); c != "" && c != "on" && c != "over" {
			continue
		}
		w.Head, w.Deprel = t.Head, "nmod"
		if u := ws[t.Head-1].UPOS; u == "VERB" || u == "AUX" || u == "ADJ" {
			w.Deprel = "obl"
		}
	}
}

// caseOf returns the lower-case form of the case marker of the word at position id
// (1-based), or "" when it has none.
func caseOf(ws []Word, id int) string {
	for _, c := range ws {
		if c.Head == id && c.Deprel == "case" {
			return strings.ToLower(c.Form)
		}
	}
	return ""
}

// repairFrontedSubjects gives back its subject to a verb whose subject the parser read as
// an apposition inside the phrase that opens the sentence: in "In a call with Xi Jinping,
// Donald Trump reaffirmed the policy" and "In an interview, Artem Sytnyk, director of the
// bureau, said" the parser hangs the name after the comma on the last noun of the opening
// phrase ("Xi Jinping, Donald Trump" as one person) and leaves the verb without a subject.
// A verb with no subject of any kind whose first dependent opens the sentence as an
// oblique or adverbial phrase gets as its subject the apposition that follows that
// phrase after a comma, when the apposition hangs inside the phrase and nothing but
// punctuation and the apposition's own words lie between it and the verb.
func repairFrontedSubjects(ws []Word) {
	for v := range ws {
		if ws[v].UPOS != "VERB" && ws[v].UPOS != "AUX" || hasSubject(ws, v+1) {
			continue
		}
		open := openingDependent(ws, v)
		if open < 0 || ws[open].Deprel != "obl" && ws[open].Deprel != "advcl" {
			continue
		}
		for a := 1; a < v; a++ {
			if ws[a].Deprel != "appos" || ws[a-1].Form != "," || !within(ws, a, open) {
				continue
			}
			end := spanEnd(ws, a)
			clear := end < v
			for k := end + 1; k < v && clear; k++ {
				clear = ws[k].UPOS == "PUNCT"
			}
			if clear {
				ws[a].Head, ws[a].Deprel = v+1, "nsubj"
			}
			break
		}
	}
}

// openingDependent returns the index of the dependent of the verb at index v whose
// phrase holds the sentence's first word, found by climbing from that word, or -1.
func openingDependent(ws []Word, v int) int {
	for i, steps := 0, 0; i >= 0 && i < len(ws) && steps < len(ws); steps++ {
		if ws[i].Head == v+1 {
			return i
		}
		i = ws[i].Head - 1
	}
	return -1
}

// hasSubject reports whether the word at position id (1-based) has a dependent that is a
// subject of any kind or an expletive.
func hasSubject(ws []Word, id int) bool {
	for _, c := range ws {
		if c.Head == id && (strings.HasPrefix(c.Deprel, "nsubj") || strings.HasPrefix(c.Deprel, "csubj") || c.Deprel == "expl") {
			return true
		}
	}
	return false
}

// within reports whether the word at index i hangs, directly or not, under the word at
// index top (indexes are 0-based).
func within(ws []Word, i, top int) bool {
	for steps := 0; steps < len(ws) && i >= 0; steps++ {
		if i == top {
			return true
		}
		i = ws[i].Head - 1
	}
	return false
}

// spanEnd returns the last index of the words under the word at index i, itself
// included.
func spanEnd(ws []Word, i int) int {
	hi := i
	for k := range ws {
		if k > hi && within(ws, k, i) {
			hi = k
		}
	}
	return hi
}

// repairApposedPredicates gives back its verb to a sentence whose subject is set off by an
// apposition: in "Hassan Nasrallah, the leader of Hezbollah, criticised the US action"
// the parser reads "criticised" as a past participle modifying the apposition ("the
// leader ... criticised"), and makes the name the root of a sentence without a verb. When
// the root is a noun or name that comes first, has an apposition, and no verb heads the
// sentence, a past-tense or past-participle verb that follows a comma closing that
// apposition, modifies the apposition or the root (acl), has an object or a clause of its
// own and no auxiliary, becomes the root, with the name as its subject; the root's
// dependents after the verb (the final full stop) go with it. "Chris Murphy, a senator
// elected in 2012" (no object) stays a noun phrase.
func repairApposedPredicates(ws []Word) {
	root := subjectlessNounRoot(ws)
	if root < 0 {
		return
	}
	for v := root + 1; v < len(ws); v++ {
		w := &ws[v]
		if w.Deprel != "acl" || w.UPOS != "VERB" || w.XPOS != "VBD" && w.XPOS != "VBN" || ws[v-1].Form != "," {
			continue
		}
		h := w.Head - 1
		if h != root && !(ws[h].Deprel == "appos" && ws[h].Head == root+1) {
			continue
		}
		if ws[h].Deprel == "appos" && !closes(ws, h, v) {
			continue // the comma before the verb must close the apposition
		}
		core, aux := false, false
		for _, c := range ws {
			if c.Head == v+1 {
				switch c.Deprel {
				case "obj", "ccomp", "xcomp", "iobj":
					core = true
				case "aux", "aux:pass", "nsubj", "nsubj:pass":
					aux = true
				}
			}
		}
		if !core || aux {
			continue
		}
		w.Head, w.Deprel, w.XPOS = 0, "root", "VBD"
		ws[root].Head, ws[root].Deprel = v+1, "nsubj"
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head == root+1 {
				ws[k].Head = v + 1
			}
		}
		return
	}
}

// closes reports whether the words between the apposition at index h and the comma
// before the verb at index v all belong to the apposition, none to the verb: the comma
// then closes the apposition.
func closes(ws []Word, h, v int) bool {
	for k := h + 1; k < v-1; k++ {
		if !within(ws, k, h) || within(ws, k, v) {
			return false
		}
	}
	return true
}

// clauseOpeners are the words that open either a prepositional phrase ("after the talks")
// or a clause ("after the talks failed"); "because" is left out, its phrase takes "of".
var clauseOpeners = map[string]bool{
	"after": true, "before": true, "since": true, "until": true, "till": true, "as": true,
	"once": true, "whereas": true, "while": true,
}

// repairSubordinateSubjects gives back its subject to a clause that the parser read as a
// prepositional phrase: in "The talks began as Russia and Ukraine traded accusations",
// "It came a day after Turkey said it would act" and "since rebels seized the city", the
// parser takes the subordinator for a preposition and the clause's subject for its
// object ("as Russia" a modifier of "began"), and leaves the clause's verb without a
// subject. When a word of clauseOpeners is the case marker (the first word) of a nominal
// that a finite verb follows at once ("traded", or an auxiliary of it: "had seized",
// "was preparing"), and that verb has no subject and is not the sentence's root, the
// nominal becomes the verb's subject and the opener its marker; the verb becomes an
// adverbial clause (acl under a noun: "a day after Turkey said") of the word the nominal
// hung on, unless it already is one. A phrase followed by a comma ("After the talks,
// Russia said") or by a verb with a subject of its own stays, as does a root verb
// ("the role it assumed as mediator has changed" keeps its own subject reading).
func repairSubordinateSubjects(ws []Word) {
	for i := range ws {
		w := &ws[i]
		if w.Deprel != "case" || w.Head <= w.ID || w.Head > len(ws) || !clauseOpeners[strings.ToLower(w.Form)] {
			continue
		}
		n := w.Head - 1
		switch ws[n].UPOS {
		case "NOUN", "PROPN", "PRON", "NUM":
		default:
			continue
		}
		if b := BaseRel(ws[n].Deprel); b != "obl" && b != "nmod" || ws[n].Head < 1 {
			continue
		}
		first := true
		for k := 0; k < i && first; k++ {
			first = !within(ws, k, n)
		}
		if !first {
			continue
		}
		verb, inside := clauseVerb(ws, n)
		if verb < 0 || ws[verb].Head == 0 || hasSubject(ws, verb+1) {
			continue
		}
		host := ws[n].Head - 1
		subj := "nsubj"
		for _, c := range ws {
			if c.Head == verb+1 && c.Deprel == "aux:pass" {
				subj = "nsubj:pass"
			}
		}
		if inside && ws[verb].XPOS == "VBN" {
			ws[verb].XPOS = "VBD" // a participle with an object, no reduced relative
		}
		ws[n].Head, ws[n].Deprel = verb+1, subj
		w.Head, w.Deprel, w.UPOS, w.XPOS = verb+1, "mark", "SCONJ", "IN"
		if host == verb || within(ws, host, verb) {
			ws[verb].Deprel = "advcl" // the phrase hung on the verb itself
			continue
		}
		if BaseRel(ws[verb].Deprel) == "advcl" && !inside {
			continue
		}
		ws[verb].Head, ws[verb].Deprel = host+1, "advcl"
		switch ws[host].UPOS {
		case "NOUN", "PROPN", "PRON", "NUM":
			ws[verb].Deprel = "acl"
		}
	}
}

// clauseVerb returns the index of the verb of the clause that would have the nominal at
// index n as its subject: the finite verb that follows the nominal's phrase at once, or
// the verb that this word is an auxiliary or copula of; or a verb that the parser hung
// inside the nominal's phrase, as its last part, with nothing but punctuation between:
// a verb without a subject read as a modifier (acl, amod, appos, parataxis), in the
// present tense ("as Russia warns ...") or, as "-ed" may be a participle, with an
// object of its own ("weeks after Turkey – a NATO member – invaded Syria", "since rebels
// seized the airport": no reduced relative takes an object, while "a summit aimed at
// peace" and "the sanctions imposed on Iran" stay). inside reports the latter. -1 when
// there is none.
func clauseVerb(ws []Word, n int) (verb int, inside bool) {
	part := -1
	for k := n + 1; k < len(ws) && part < 0; k++ {
		if ws[k].UPOS != "VERB" || !within(ws, k, n) || hasSubject(ws, k+1) {
			continue
		}
		if d := ws[k].Deprel; d != "acl" && d != "amod" && d != "appos" && d != "parataxis" {
			continue
		}
		switch x := ws[k].XPOS; {
		case x == "VBZ" || x == "VBP":
			part = k
		case (x == "VBD" || x == "VBN") && hasChild(ws, k+1, "obj"):
			part = k // "-ed" alone may be a participle ("a summit aimed at ...")
		}
	}
	end := n
	for k := n + 1; k < len(ws); k++ {
		if within(ws, k, n) && (part < 0 || !within(ws, k, part)) {
			end = k
		}
	}
	if part >= 0 {
		for k := end + 1; k < part; k++ {
			if ws[k].UPOS != "PUNCT" || !within(ws, k, part) {
				return -1, false
			}
		}
		if end+1 > part {
			return -1, false // words of the nominal's own after the verb's
		}
		return part, true
	}
	v := end + 1
	if v >= len(ws) {
		return -1, false
	}
	switch x := ws[v].XPOS; {
	case ws[v].UPOS == "AUX" && (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"):
		if d := ws[v].Deprel; d == "aux" || d == "aux:pass" || d == "cop" {
			h := ws[v].Head - 1
			if h <= v || h >= len(ws) || within(ws, h, n) {
				return -1, false
			}
			return h, false
		}
		return v, false
	case ws[v].UPOS == "VERB" && (x == "VBD" || x == "VBZ" || x == "VBP") && !within(ws, v, n):
		return v, false
	}
	return -1, false
}

// functionRels are the relations of function words, which belong to their own phrase:
// one hung on punctuation ("whether/mark→.") marks a phrase the parser lost, and lifted to
// the punctuation's head it would mark or qualify the wrong verb.
var functionRels = map[string]bool{
	"aux": true, "cop": true, "mark": true, "case": true, "det": true, "cc": true,
	"fixed": true, "goeswith": true, "punct": true, "expl": true, "discourse": true,
}

// repairPunctHeads re-attaches the words that the parser hung on punctuation, which UD
// never makes a head: each content word goes to the punctuation's own head (the first
// word up the tree that is no punctuation), its relation kept; function words stay. In "The committee's lead Democrat,
// Rep. Adam Schiff, warned ..." the parser hung "Rep." on the comma before it; it becomes
// the apposition of "Democrat", on which the comma hangs.
func repairPunctHeads(ws []Word) {
	for i := range ws {
		h := ws[i].Head
		if h < 1 || h > len(ws) || ws[h-1].UPOS != "PUNCT" || ws[i].UPOS == "PUNCT" || functionRels[BaseRel(ws[i].Deprel)] {
			continue
		}
		for steps := 0; h >= 1 && h <= len(ws) && ws[h-1].UPOS == "PUNCT" && steps < len(ws); steps++ {
			h = ws[h-1].Head
		}
		if h < 1 || h > len(ws) || within(ws, h-1, i) {
			continue // punctuation at the root, or a word below: leave it
		}
		ws[i].Head = h
	}
}

// subjectlessNounRoot returns the index of the sentence's one root when it is a noun or
// name without a subject (a sentence whose verb the parser hung elsewhere), else -1.
func subjectlessNounRoot(ws []Word) int {
	root := -1
	for i := range ws {
		if ws[i].Head == 0 {
			if root >= 0 {
				return -1
			}
			root = i
		}
	}
	if root < 0 || ws[root].UPOS != "PROPN" && ws[root].UPOS != "NOUN" || hasSubject(ws, root+1) {
		return -1
	}
	return root
}

// repairStrandedPredicates gives back its verb to a sentence whose subject is followed by
// a clause or aside set off by commas: in "The blast, which wounded 70 people, set cars
// ablaze" and "The administration, thankfully, agreed not to retaliate" the parser hangs
// the main verb inside the aside ("set" a conjunct of "wounded") and makes the subject
// noun the root of a sentence without a verb. When the root is a noun or name with no
// subject or copula, and the first finite verb after it without a subject of its own
// (past or present tense) follows a comma or dash and has an object or a clausal
// complement, that verb becomes the root with the noun as its subject; the root's
// dependents after the verb go with it. A verb with its own subject ("which wounded")
// stays in its clause and is passed over; a first such verb after no comma ("the
// talks held in May ended") leaves the sentence alone.
func repairStrandedPredicates(ws []Word) {
	root := subjectlessNounRoot(ws)
	if root < 0 || hasChild(ws, root+1, "cop") {
		return
	}
	for v := root + 1; v < len(ws); v++ {
		w := &ws[v]
		if w.UPOS != "VERB" || w.XPOS != "VBD" && w.XPOS != "VBZ" && w.XPOS != "VBP" || hasSubject(ws, v+1) {
			continue
		}
		if p := ws[v-1].Form; p != "," && p != "—" && p != "–" && p != "--" || !within(ws, v, root) {
			return // the first finite verb must follow the aside's closing mark
		}
		core := false
		for _, c := range ws {
			if c.Head == v+1 && (c.Deprel == "obj" || c.Deprel == "ccomp" || c.Deprel == "xcomp") {
				core = true
			}
		}
		if !core {
			return
		}
		w.Head, w.Deprel = 0, "root"
		ws[root].Head, ws[root].Deprel = v+1, "nsubj"
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head == root+1 {
				ws[k].Head = v + 1
			}
		}
		return
	}
}

// repairSplitSubjects joins, in place, coordinated subjects that the parser read as two
// subjects of their verb with the conjunction hung on the verb ("President Ruiz and his
// advisers invaded Chile", "the Bolivian government and Peru began a campaign"): UD
// makes the second a conj of the first, the conjunction its cc. Only where both subjects
// come before the verb, the conjunction ("and", "or") lies between them, and no verb or
// auxiliary of another clause stands between the first subject and the verb.
func repairSplitSubjects(ws []Word) {
	for c := range ws {
		w := &ws[c]
		if w.Deprel != "cc" || w.Head <= w.ID || (w.Lemma != "and" && w.Lemma != "or") {
			continue
		}
		v := w.Head
		first, second := -1, -1
		for s := 0; s < v-1; s++ {
			if ws[s].Head != v || !strings.HasPrefix(ws[s].Deprel, "nsubj") {
				continue
			}
			if s < c {
				first = s
			} else if second < 0 {
				second = s
			}
		}
		if first < 0 || second < 0 || ws[first].Deprel != ws[second].Deprel || clauseBetween(ws, first, v-1) {
			continue
		}
		ws[second].Deprel, ws[second].Head = "conj", ws[first].ID
		w.Head = ws[second].ID
	}
}

// repairPhraseSubjects re-attaches, in place, a second subject of a verb that the
// parser took out of a phrase of the first subject, where the first subject is a noun,
// the second a noun or name, and the second's phrase follows, inside the first's, right
// after
//   - a preposition hung on the verb or on the second, no subordinator ("The gunman in
//     New Zealand praised Peru"): the second becomes an nmod of the first, the
//     preposition its case;
//   - the verb of a participle, an infinitive or a relative clause with a relative
//     pronoun of the first's phrase that has no object ("a group of lawmakers visiting
//     Chile condemned Peru", "a lawyer who advised Chile accused Peru", "an operation
//     to retake the city has caused"): the second becomes that verb's object.
//
// Only where no conjunction lies between the two subjects (repairSplitSubjects joins
// those) and both come before the verb; "Reports suggested Peru had threatened" (a
// finite verb) and "minutes after Peru finished" (a subordinator) stay.
func repairPhraseSubjects(ws []Word) {
	for v := range ws {
		first, second := -1, -1
		for s := 0; s < v; s++ {
			if ws[s].Head != v+1 || !strings.HasPrefix(ws[s].Deprel, "nsubj") {
				continue
			}
			if first < 0 {
				first = s
			} else if second < 0 {
				second = s
			}
		}
		if first < 0 || second < 0 || ws[first].UPOS != "NOUN" || ws[second].UPOS != "NOUN" && ws[second].UPOS != "PROPN" ||
			ws[first].Deprel != ws[second].Deprel || conjunctionBetween(ws, first, second) {
			continue
		}
		p := phraseStart(ws, second) - 1
		if p <= first || ws[p+1].UPOS == "PUNCT" {
			continue // "the members who called the meeting — Peru, Chile — urged"
		}
		switch w := &ws[p]; {
		case w.UPOS == "ADP" && (w.Head == v+1 || w.Head == second+1) && !clauseOpeners[strings.ToLower(w.Form)] && !strings.EqualFold(w.Form, "because"):
			ws[second].Head, ws[second].Deprel = first+1, "nmod"
			w.Head, w.Deprel = second+1, "case"
		case w.UPOS == "VERB" && describingClause(ws, p) && within(ws, p, first) && !hasChild(ws, p+1, "obj"):
			ws[second].Head, ws[second].Deprel = p+1, "obj"
		}
	}
}

// describingClause reports whether the verb at index p heads a clause that describes a
// noun: a present participle or an infinitive hung on it as an acl ("lawmakers visiting
// Chile", "an operation to retake the city"), or a relative clause whose subject is a
// relative pronoun ("a lawyer who advised Chile").
func describingClause(ws []Word, p int) bool {
	switch ws[p].Deprel {
	case "acl":
		return ws[p].XPOS == "VBG" || ws[p].XPOS == "VB"
	case "acl:relcl":
		for _, c := range ws {
			if c.Head == p+1 && c.Deprel == "nsubj" && isRelativePronoun(c.Form) {
				return true
			}
		}
	}
	return false
}

// conjunctionBetween reports whether a coordinating conjunction stands between the
// indexes from and to.
func conjunctionBetween(ws []Word, from, to int) bool {
	for i := from + 1; i < to; i++ {
		if ws[i].UPOS == "CCONJ" {
			return true
		}
	}
	return false
}

// phraseStart returns the index of the first word of the phrase of the word at index i:
// the words right before it that lie in its phrase.
func phraseStart(ws []Word, i int) int {
	start := i
	for start > 0 && within(ws, start-1, i) {
		start--
	}
	return start
}

// clauseBetween reports whether a verb or auxiliary stands at an index after from and
// before to (the verb's own auxiliaries hang on it and do not count).
func clauseBetween(ws []Word, from, to int) bool {
	for i := from + 1; i < to; i++ {
		if (ws[i].UPOS == "VERB" || ws[i].UPOS == "AUX") && ws[i].Head != to+1 {
			return true
		}
	}
	return false
}

// contactVerbs take as their object the act or thing that a noun before them names, in
// a relative clause without a relative pronoun ("the sanctions the US imposed", "the
// deal the two countries signed", "the aid the EU has sent").
var contactVerbs = map[string]bool{
	"impose": true, "reimpose": true, "reach": true, "sign": true, "strike": true,
	"negotiate": true, "broker": true, "conclude": true, "seal": true, "forge": true,
	"give": true, "offer": true, "send": true, "provide": true, "supply": true,
	"deliver": true, "extend": true, "level": true, "lodge": true, "make": true,
	"announce": true, "approve": true, "adopt": true, "share": true, "propose": true,
	"launch": true, "conduct": true, "issue": true, "grant": true, "pledge": true,
	"promise": true, "demand": true,
}

// repairContactRelatives re-attaches, in place, a relative clause without a relative
// pronoun whose subject opens with a determiner ("Peru criticised the sanctions the
// United States imposed on Bolivia", "the deal both countries signed in 2015"): the
// parser reads it as a clause of its own (a conj, ccomp or parataxis of the verb before)
// or its subject as a modifier of the noun, and the noun loses its clause. UD makes the
// verb an acl:relcl of the noun. Only where the verb is one that takes such a noun as its
// object (contactVerbs), in the past or after "has"/"have"/"had", and has no object,
// clause or passive auxiliary of its own; its subject (with "the" or "both" first)
// follows the noun right away, a common noun that is no time, and nothing but the
// subject's words, adverbs and the verb's auxiliary lie between. A clause of the
// sentence's root stays ("the agreement the two governments reached" as the whole
// sentence is left alone).
func repairContactRelatives(ws []Word) {
	for v := range ws {
		w := &ws[v]
		if w.UPOS != "VERB" || !contactVerbs[w.Lemma] || w.Deprel == "acl:relcl" || w.Deprel == "root" {
			continue
		}
		s, nmodSubject := -1, false
		perfect, blocked := false, false
		for c := range ws {
			if ws[c].Head != w.ID {
				continue
			}
			switch ws[c].Deprel {
			case "nsubj":
				if c < v && s < 0 {
					s = c
				}
			case "obj", "ccomp", "xcomp", "nsubj:pass", "aux:pass", "iobj", "csubj":
				blocked = true
			case "aux":
				if l := ws[c].Lemma; l == "have" || l == "has" || l == "had" {
					perfect = true
				}
			}
		}
		if blocked {
			continue
		}
		if s < 0 && w.Deprel == "acl" && w.Head > 0 && w.Head-1 < v && ws[w.Head-1].Deprel == "nmod" {
			// "the deal both countries signed": "countries" read as the deal's modifier,
			// "signed" as its participle
			s, nmodSubject = w.Head-1, true
		}
		if w.XPOS != "VBD" && !(w.XPOS == "VBN" && (perfect || nmodSubject)) {
			continue
		}
		if s < 0 || ws[s].UPOS != "NOUN" && ws[s].UPOS != "PROPN" {
			continue
		}
		left := s
		for c := 0; c < s; c++ {
			if ws[c].Head == ws[s].ID && c < left {
				left = c
			}
		}
		if l := ws[left].Lemma; (l != "the" && l != "both") || left == 0 {
			continue
		}
		n := left - 1
		if ws[n].UPOS != "NOUN" || timeNouns[ws[n].Lemma] {
			continue
		}
		if nmodSubject && ws[s].Head != ws[n].ID {
			continue
		}
		ok := true
		for k := left + 1; k < v && ok; k++ {
			switch {
			case ws[k].UPOS == "PUNCT" || ws[k].UPOS == "VERB" || ws[k].UPOS == "SCONJ":
				ok = false
			case ws[k].UPOS == "AUX" && ws[k].Head != w.ID:
				ok = false
			}
		}
		if !ok {
			continue
		}
		w.Head, w.Deprel = ws[n].ID, "acl:relcl"
		if nmodSubject {
			ws[s].Head, ws[s].Deprel = w.ID, "nsubj"
		}
	}
}
