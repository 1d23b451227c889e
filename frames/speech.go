package frames

import (
	"slices"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file reads reported speech and stances: the speech verb a claim is reported by,
// the author of a stance or judging statement, confirmed acts, and the accusations that
// reports of wrongdoing and responsibility make.

// reactions are the types of a reaction to what another did or holds.
var reactions = map[geokg.RelationType]bool{geokg.Supports: true, geokg.Condemns: true, geokg.Rejects: true, geokg.Recognizes: true}

// stanceNouns name an act or a stance as a whole ("a move", "a position").
var stanceNouns = wordClass("stance-noun")

// stanceAuthor returns the author of the act or stance that a stance noun set in
// apposition sums up: "Guaido declared himself leader - a move recognised by the US"
// (Guaido), "Iraq insisted the flight was humanitarian, a position which China
// supported" (Iraq). The author is the nearest subject that names an actor in the
// clauses above it: the apposition sums up the clause's act ("Japan condemned the tests,
// a move which Australia supported": Japan's condemnation), not the thing the clause is
// about. Nil for a noun that is no stance noun in apposition.
func (v *sentence) stanceAuthor(k int) []int {
	w := v.word(k)
	if !stanceNouns[v.lemmas[k]] || w.UPOS != "NOUN" || w.Head <= 0 || v.actor[k] >= 0 {
		return nil
	}
	if d := w.Deprel; d != "appos" && d != "obl:unmarked" {
		return nil
	}
	n := w.Head
	if v.actor[n] >= 0 {
		return nil // "Russia, a country which ...": the apposition is of an actor
	}
	for steps := 0; steps < 6 && n > 0; steps, n = steps+1, v.word(n).Head {
		if as := v.argument(n, v.subjects(n)); len(as) > 0 {
			return as
		}
	}
	return nil
}

// judgingStatement returns the statement noun an adjective trigger qualifies ("a
// critical resolution on China", "a statement supportive of Kyiv"), or 0.
func (v *sentence) judgingStatement(t int) int {
	w := v.word(t)
	if w.UPOS != "ADJ" || w.Head <= 0 || w.Deprel != "amod" && syntax.BaseRel(w.Deprel) != "acl" {
		return 0
	}
	if n := w.Head; statementNouns[v.lemmas[n]] && v.word(n).UPOS == "NOUN" {
		return n
	}
	return 0
}

// ownAuthor returns the author a text's noun at n names itself: its possessor, its "by",
// "from" or "of" phrase ("Russia's statement", "a report by the EU"), or an actor that is
// no person compounded with it ("a Kremlin statement", "an Iranian investigation"); nil
// when it names none.
func (v *sentence) ownAuthor(n int) []int {
	for _, c := range v.kids[n] {
		d := v.word(c).Deprel
		switch {
		case d == "nmod:poss" || syntax.BaseRel(d) == "nmod" && (v.caseOf(c) == "by" || v.caseOf(c) == "from" || v.caseOf(c) == "of"):
			if as := v.actorsOf(c); len(as) > 0 {
				return as
			}
		case d == "compound" || d == "amod":
			if a := v.actor[c]; a >= 0 && !v.person[a] {
				return []int{a}
			}
		}
	}
	return nil
}

// findingNouns name inquiries and records whose findings someone tells ("a report
// showed that ...", "the investigation found that ...").
var findingNouns = wordClass("finding-noun")

// showingVerbs tell what a finding bears out ("the report showed / revealed / found that").
var showingVerbs = wordClass("showing-verb")

// finding returns the noun subject of the verb at h when it is a showing verb whose
// subject is a finding noun ("a report showed that ..."), or 0.
func (v *sentence) finding(h int) int {
	if !showingVerbs[v.lemmas[h]] {
		return 0
	}
	for _, k := range v.subjects(h) {
		if findingNouns[v.lemmas[k]] && v.word(k).UPOS == "NOUN" {
			return k
		}
	}
	return 0
}

// statementAuthor returns the author of the statement noun at n, whose participle or
// relative clause says what the statement does ("released a joint statement condemning
// the attack", "issued a communique that urged Iran to ..."): the statement's own author
// ("Russia's statement", "a statement by the EU", "a Kremlin statement"), else the
// subject of the verb that makes it public when the statement is that verb's object
// ("The leaders of Britain and France have released a statement"), or of a speech verb
// it is the "in" phrase of ("Iran said in a statement"). Nil for any other noun, and for
// a statement whose author the sentence does not say.
func (v *sentence) statementAuthor(n int) []int {
	if !statementNouns[v.lemmas[n]] || v.word(n).UPOS != "NOUN" {
		return nil
	}
	if as := v.ownAuthor(n); len(as) > 0 {
		return as
	}
	w := v.word(n)
	h := w.Head
	if h <= 0 || v.word(h).UPOS != "VERB" {
		return nil
	}
	passive := isPassive(v, h)
	switch {
	case publishVerbs[v.lemmas[h]] && v.slotOf(n, passive) == Slot{Rel: "obj"}:
	case speechVerbs[v.lemmas[h]] && syntax.BaseRel(w.Deprel) == "obl" && v.caseOf(n) == "in":
	default:
		return nil
	}
	if b, _ := v.qualify(h); b != "" {
		return nil // "must issue a statement promising to ...": not made public yet
	}
	if as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, passive)); len(as) > 0 {
		return as
	}
	if passive {
		return nil
	}
	return v.inheritedSubject(h)
}

// speechVerbs report what someone says: an act in their clausal complement is the
// speaker's claim unless the speaker is the actor ("Iran said it expelled ...").
var speechVerbs = wordClass("speech-verb")

// reportedBy returns the clause head of the speech verb whose complement holds t, or 0.
func (v *sentence) reportedBy(t int) int {
	return v.complementOf(t, false)
}

// complementOf returns the clause head of the speech verb (or, with threats, also of the
// threat verb) whose clausal complement holds t, through conjuncts, open complements and
// adverbial clauses, or 0. A finding that names its author is its author's claim ("Chile's
// report showed that ..."); one that does not is told by the speech verb above it ("Peru
// said a report showed that ...").
func (v *sentence) complementOf(t int, threats bool) int {
	child := t
	for h := v.word(t).Head; h > 0; child, h = h, v.word(h).Head {
		switch syntax.BaseRel(v.word(child).Deprel) {
		case "ccomp":
			if n := v.finding(h); n > 0 && len(v.ownAuthor(n)) == 0 {
				continue // "Peru said a report showed that ...": the speaker who tells the finding
			}
			if speechVerbs[v.lemmas[h]] || v.finding(h) > 0 || threats && threatVerbs[v.lemmas[h]] {
				return h
			}
			return 0
		case "conj", "xcomp", "advcl":
			continue
		case "acl":
			if v.cleft(h) {
				continue // "said it was Peru that shelled the post"
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// cleft reports whether the noun or name at n is the focus of a cleft sentence, "it was
// Peru that shelled the post": a copula and a subject "it" of its own, the relative
// clause hung on it telling what the focus did.
func (v *sentence) cleft(n int) bool {
	if !v.hasChild(n, "cop", "be") {
		return false
	}
	for _, c := range v.kids[n] {
		if d := syntax.BaseRel(v.word(c).Deprel); (d == "expl" || d == "nsubj") && strings.EqualFold(v.word(c).Form, "it") {
			return true
		}
	}
	return false
}

// accordingTo returns the actors (or a statement's author) named by an "according to"
// phrase of the clause that holds t, or of a clause that clause is joined to or hangs on,
// also when the parse hangs the phrase on a noun of that clause ("Chile shelled the post,
// according to Peruvian officials": Peru), or nil.
func (v *sentence) accordingTo(t int) []int {
	for c := 1; c <= len(v.s.Words); c++ {
		if !v.caseWord(c, "according") || !v.clauseOf(t, c) {
			continue
		}
		if as := v.actorsOf(c); len(as) > 0 {
			return as
		}
		return v.statementAuthor(c) // "according to a statement from Peru's army"
	}
	return nil
}

// clauseOf reports whether the verb nearest above word c is t or a clause t is joined
// to or hangs on (through conjuncts, open complements and adverbial clauses).
func (v *sentence) clauseOf(t, c int) bool {
	h := v.word(c).Head
	for h > 0 && v.word(h).UPOS != "VERB" {
		h = v.word(h).Head
	}
	for k := t; k > 0; k = v.word(k).Head {
		if k == h {
			return true
		}
		switch syntax.BaseRel(v.word(k).Deprel) {
		case "conj", "xcomp", "advcl":
		default:
			return false
		}
	}
	return false
}

// caseWord reports whether a case marker of k is written w (lower case): "according"
// of "according to".
func (v *sentence) caseWord(k int, w string) bool {
	for _, c := range v.kids[k] {
		if syntax.BaseRel(v.word(c).Deprel) == "case" && strings.ToLower(v.word(c).Form) == w {
			return true
		}
	}
	return false
}

// reportedAccording returns fa blocked when it is an attack or a threat whose source by
// "according to" is an actor other than its doers and no speech verb reports it
// ("According to Peru, Chile shelled Bolivian posts" is Peru's claim, not a fact), with
// that source's accusation of the doers appended to out (not of a warning or a launch at
// no one, noMisdeed: "according to Peru, Bolivia warned Chile" accuses no one). Another
// act so sourced stays the doer's ("congratulated Chile, according to Andina": a
// citation).
func (m *Matcher) reportedAccording(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, fa frameAct) (frameAct, []Match) {
	t, src := fa.t, fa.src
	if fa.reason != "" || !wrongdoing(fa.typ) || v.reportedBy(t) > 0 || v.firstPerson(src) {
		return fa, out
	}
	var speakers []int
	for _, a := range v.accordingTo(t) {
		if !party(actors, a, src) {
			speakers = append(speakers, a)
		}
	}
	if len(speakers) > 0 {
		fa.reason = "reported by another: according to"
		if !v.noMisdeed(fa) {
			out = m.accusations(out, seen, actors, speakers, src, t, fa.f, "reported act", "obl:according<"+v.lemmas[t])
		}
	}
	return fa, out
}

// evidenceNouns name what bears out a claim ("evidence", "proof"); evidenceVerbs have,
// find or show it, their subject its holder ("has evidence that", "found proof that").
var evidenceNouns, evidenceVerbs = wordClass("evidence-noun"), wordClass("evidence-verb")

// doubtNouns name a doubt, which bears out its clause as evidence does when it is denied
// ("Chile has no doubt that Peru shelled the post", "said there was little doubt that").
var doubtNouns = wordClass("doubt-noun")

// reportedEvidence returns fa blocked when its act is told in the "that" clause of an
// evidence noun ("Chile has evidence that Peru shelled the post", "there is no proof
// that Peru shelled it"): a claim, not a fact. When the act is an attack or a threat and
// the evidence is held, its holder's accusation of the doers is appended to out: the
// subject of the verb that has, finds or shows it, or the speaker who says there is such
// evidence ("Bolivia said there was strong evidence that Peru shelled the post"); not
// when the evidence is denied or any ("no evidence", "any proof"), nor when the verb or
// the saying is negated, modal, conditional or undone ("did not find evidence that", "if
// there is evidence that"), nor of the holder's own side or a warning.
func (m *Matcher) reportedEvidence(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, fa frameAct) (frameAct, []Match) {
	n := v.evidenceOf(fa.t)
	if fa.reason != "" || n == 0 {
		return fa, out
	}
	hv := v.evidenceHolder(n)
	if hv == 0 && doubtNouns[v.lemmas[n]] && v.evidenceHeld(n) {
		return fa, out // "there is no doubt that Peru shelled it": the writer's own word
	}
	fa.reason = "claimed: " + v.lemmas[n]
	if hv == 0 || !wrongdoing(fa.typ) || v.noMisdeed(fa) || v.mutualAct(fa.t) {
		return fa, out
	}
	var accusers []int
	for _, a := range v.speakers(hv) {
		if !party(actors, a, fa.src) {
			accusers = append(accusers, a)
		}
	}
	return fa, m.accusations(out, seen, actors, accusers, fa.src, fa.t, fa.f, "evidence",
		"nsubj<"+v.lemmas[hv]+">"+v.lemmas[n]+">acl>"+v.lemmas[fa.t])
}

// evidenceOf returns the evidence or doubt noun whose "that" clause holds the act at t
// (through conjuncts and open complements; the parser may hang the clause as a relative
// one, with "that" its object, or on the "there is" whose subject the noun is), or 0.
func (v *sentence) evidenceOf(t int) int {
	child := t
	for h := v.word(t).Head; h > 0; child, h = h, v.word(h).Head {
		switch syntax.BaseRel(v.word(child).Deprel) {
		case "conj", "xcomp":
			continue
		case "acl", "ccomp", "advcl":
			if v.evidenceNoun(h) && v.thatClause(child) {
				return h
			}
			if n := v.thereSubject(h); n > 0 && v.thatClause(child) {
				return n // "there is little doubt that ...", the clause hung on the verb
			}
		}
		return 0
	}
	return 0
}

// evidenceNoun reports whether the word at n is a noun of evidence or doubt.
func (v *sentence) evidenceNoun(n int) bool {
	return (evidenceNouns[v.lemmas[n]] || doubtNouns[v.lemmas[n]]) && v.word(n).UPOS == "NOUN"
}

// thereSubject returns the evidence or doubt noun that is the subject of the "there is"
// at h ("there is evidence", "there was no doubt"), or 0.
func (v *sentence) thereSubject(h int) int {
	if v.lemmas[h] != "be" || !v.hasChild(h, "expl", "there") {
		return 0
	}
	for _, k := range v.kids[h] {
		if syntax.BaseRel(v.word(k).Deprel) == "nsubj" && v.evidenceNoun(k) {
			return k
		}
	}
	return 0
}

// thatClause reports whether the clause at c opens with "that" as its mark, or as the
// object the parser gave a clause with a subject of its own ("evidence that Peru used
// ...", read as a relative clause).
func (v *sentence) thatClause(c int) bool {
	return v.hasChild(c, "mark", "that") || v.hasChild(c, "obj", "that") && len(v.subjects(c)) > 0
}

// evidenceHolder returns the verb whose speakers hold the evidence noun at n: an
// evidence verb whose object it is ("Chile has evidence", "found proof", "has no doubt":
// its subject), or the speech verb of the clause that says there is such evidence ("said
// there was evidence", "said there was little doubt"); 0 when the evidence is not held
// (evidenceHeld), or the verb or saying does not stand (saying).
func (v *sentence) evidenceHolder(n int) int {
	if !v.evidenceHeld(n) {
		return 0
	}
	w := v.word(n)
	h := w.Head
	switch {
	case h <= 0:
		return 0
	case w.Deprel == "obj" && evidenceVerbs[v.lemmas[h]] && v.saying(h):
		return h
	case w.Deprel == "nsubj" && v.hasChild(h, "expl", "there") && (v.saying(h) || doubtNouns[v.lemmas[n]] && v.modalOrNegated(h) == ""):
		// (the "no" of "there was no doubt" negates the doubt, not the clause)
		if sp := v.reportedBy(h); sp > 0 && v.saying(sp) {
			return sp
		}
	}
	return 0
}

// evidenceHeld reports whether the evidence or doubt noun at n bears its clause out:
// evidence that is not denied or any ("no evidence", "any proof", "little evidence",
// "scant evidence"), a doubt that is denied ("no doubt", "little doubt"; not "any doubt",
// nor a doubt held: "has doubts that").
func (v *sentence) evidenceHeld(n int) bool {
	doubt := doubtNouns[v.lemmas[n]]
	for _, c := range v.kids[n] {
		if d := v.word(c).Deprel; d == "det" || d == "amod" {
			switch v.lemmas[c] {
			case "no", "little":
				return doubt
			case "any", "scant", "insufficient":
				return false
			}
		}
	}
	return !doubt
}

// claimedBy returns the verb whose speakers claim the act at h: the speech verb whose
// clause holds it (reportedBy), else the holder's verb of the evidence noun whose "that"
// clause holds it ("Chile has evidence that Peru meddled"), or 0.
func (v *sentence) claimedBy(h int) int {
	if sp := v.reportedBy(h); sp > 0 {
		return sp
	}
	if n := v.evidenceOf(h); n > 0 {
		return v.evidenceHolder(n)
	}
	return 0
}

// confirmVerbs bear out an act as done: "X confirmed that Y had expelled Z" tells of
// Y's act, where "X said Y expelled Z" is X's claim.
var confirmVerbs = wordClass("confirm-verb")

// confirmed reports whether the confirmation verb at sp stands: not negated, modal,
// conditional or left undone ("did not confirm", "could not confirm", "declined to
// confirm").
func (v *sentence) confirmed(sp int) bool {
	if b, _ := v.qualify(sp); b != "" {
		return false
	}
	return v.modalOrNegated(sp) == ""
}

// doneBefore reports whether the verb at t tells of an act done: a past form.
func (v *sentence) doneBefore(t int) bool {
	w := v.word(t)
	switch w.XPOS {
	case "VBD":
		return true
	case "VBN":
		for _, k := range v.kids[t] {
			if x := v.word(k); syntax.BaseRel(x.Deprel) == "aux" && (v.lemmas[k] == "have" || x.XPOS == "VBD") {
				return true // "had shelled", "were expelled"
			}
		}
	}
	return false
}

// accusations appends ACCUSES(speaker, accused) for each pair of distinct actors.
func (m *Matcher) accusations(out []Match, seen map[[3]int]bool, actors []Actor, speakers, accused []int, t int, f Frame, reading, path string) []Match {
	return crossPairs(out, seen, actors, speakers, accused, -t, Match{Type: geokg.Accuses, Trigger: t, Frame: f, Path: path, Reading: reading}, nil)
}

// crossPairs appends m, with its source and target set, once for every actor a of src and b
// of tgt that are two actors, not yet seen under the key (a, b, k) and not a pair skip
// (when not nil) refuses.
func crossPairs(out []Match, seen map[[3]int]bool, actors []Actor, src, tgt []int, k int, m Match, skip func(a, b int) bool) []Match {
	for _, a := range src {
		for _, b := range tgt {
			key := [3]int{a, b, k}
			if actors[a].ID == actors[b].ID || seen[key] || skip != nil && skip(a, b) {
				continue
			}
			seen[key] = true
			m.Source, m.Target = a, b
			out = append(out, m)
		}
	}
	return out
}

// wrongdoingVerbs name misdeeds that a speaker tells of another as an accusation
// ("Canada said Iran had meddled in its elections").
var wrongdoingVerbs = wordClass("wrongdoing-verb")

// failingVerbs name failures that a speaker tells of another as criticism ("said the
// ministry erred", "said Peru bungled the rescue").
var failingVerbs = wordClass("failing-verb")

// detrimentVerbs name harm that a speaker tells another did to someone or something, a
// criticism when the verb has an object ("said Peru's sanctions hurt Bolivian families").
var detrimentVerbs = wordClass("detriment-verb")

// reportedMisdeedVerbs are the verbs reportedWrongdoing reads by their own lemma, a
// misdeed, a failing or harm, which verbLemma keeps and NewMatcher files the stems of.
var reportedMisdeedVerbs = joinedClasses(wrongdoingVerbs, failingVerbs, detrimentVerbs)

// reportedWrongdoing reads a misdeed told of another in the complement of a speech verb,
// in a quotation the parse hangs on one, or in the "that" clause of evidence one holds
// ("“The Cuban government has been harassing our diplomats,” he said", "Canada said Iran
// had meddled in its elections", "Canada has evidence that Iran meddled": claimedBy):
// the speaker accuses the misdeed's subject (reading "reported wrongdoing"), also of a
// misdeed attempted ("said Chile tried to meddle": misdeedDone) and of help to terror
// ("said Chile funded terrorists": abettingTerror) and of the order of a hostile act
// ("said Ruiz ordered the killing": orderedPlot) or of intervening in another's vote
// ("said Chile intervened in the election": intervenedIn); a failure
// so told ("said the ministry erred") is the speaker's criticism of its subject
// (CONDEMNS, reading "reported failing"). Not when the misdeed is
// negated, modal, conditional, asked or left undone ("could destabilise", "has never
// interfered"), nor of the speaker's own side.
func (m *Matcher) reportedWrongdoing(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		verb := v.lemmas[h] // verbLemma's: "meddled" read as "meddl" is "meddle"
		typ, reading := geokg.Accuses, "reported wrongdoing"
		harm := detrimentVerbs[verb] && len(v.dependents(h, Slot{Rel: "obj"}, false)) > 0
		switch {
		case failingVerbs[verb]:
			typ, reading = geokg.Condemns, "reported failing"
		case harm:
			typ, reading = geokg.Condemns, "reported harm"
		case !wrongdoingVerbs[verb] && !v.abettingTerror(h) && !v.orderedPlot(h) && !v.intervenedIn(h):
			continue
		}
		if v.word(h).UPOS != "VERB" || isPassive(v, h) {
			continue
		}
		act, accused := v.misdeedDone(h)
		if len(accused) == 0 && harm {
			accused = v.misdeedDoneAt(h, nil, v.actAuthors(h)...)
		}
		sp := v.claimedBy(act)
		if sp == 0 || !v.saying(sp) {
			continue
		}
		if len(accused) == 0 || v.firstPerson(accused) || v.itSubject(act) {
			continue
		}
		var speakers []int
		for _, a := range v.speakers(sp) {
			if !party(actors, a, accused) {
				speakers = append(speakers, a)
			}
		}
		out = crossPairs(out, seen, actors, speakers, accused, -h, Match{Type: typ, Trigger: h, Frame: Frame{Lemma: verb},
			Path: "nsubj<" + v.lemmas[sp] + ">ccomp>" + verb, Reading: reading}, nil)
	}
	for n := 1; n <= len(v.s.Words); n++ {
		if v.word(n).UPOS != "NOUN" {
			continue
		}
		switch l := v.lemmas[n]; {
		case wrongdoingNouns[l]:
			out = m.reportedMisdeedNoun(v, actors, seen, out, n, geokg.Accuses, "reported wrongdoing")
		case condemnedNouns[l]:
			out = m.reportedMisdeedNoun(v, actors, seen, out, n, geokg.Condemns, "reported contempt")
		case (judgedActNouns[l] || contemptActNouns[l]) && v.hasChildIn(n, "amod", contemptModifiers):
			// "Peru's reckless policies", "its increasingly provocative actions"
			out = m.reportedMisdeedNoun(v, actors, seen, out, n, geokg.Condemns, "reported contempt")
		}
	}
	return out
}

// actAuthors returns the authors of the acts that are subjects of the verb at h
// (actOwners: "Peru's decision weakened Bolivia", "the move by Chile hurt Peru").
func (v *sentence) actAuthors(h int) (authors []int) {
	for _, k := range v.subjects(h) {
		authors = append(authors, v.actOwners(k)...)
	}
	return authors
}

// abettingVerbs name help that is a misdeed when its object is terror ("said Chile
// funded terrorists", "harbours terrorist groups", "sponsors terrorism").
var abettingVerbs = wordClass("abetting-verb")

// abettingTerror reports whether the verb at h is a verb of abetting whose object is
// terror: a word of class terror-word or a noun it qualifies ("terrorists", "terrorist
// cells", "terror groups").
func (v *sentence) abettingTerror(h int) bool {
	if !abettingVerbs[v.lemmas[h]] {
		return false
	}
	for _, o := range v.kids[h] {
		if v.word(o).Deprel != "obj" {
			continue
		}
		if terrorWords[v.lemmas[o]] {
			return true
		}
		for _, c := range v.kids[o] {
			if d := v.word(c).Deprel; (d == "amod" || d == "compound") && terrorWords[v.lemmas[c]] {
				return true
			}
		}
	}
	return false
}

// orderingVerbs name the command or leave of a scheme or a hostile act ("said Chile
// ordered the killing").
var orderingVerbs = wordClass("ordering-verb")

// orderedPlot reports whether the verb at h orders or allows a scheme or a hostile act: a
// verb of class ordering-verb whose object is a plot-noun ("ordered the killing",
// "authorized the attack"; not "ordered an inquiry into the attack", "ordered no attack").
func (v *sentence) orderedPlot(h int) bool {
	if !orderingVerbs[v.lemmas[h]] {
		return false
	}
	for _, o := range v.kids[h] {
		if v.word(o).Deprel == "obj" && plotNouns[v.lemmas[o]] && !v.anyOrNo(o) {
			return true
		}
	}
	return false
}

// interveningVerbs name intervening, a misdeed in another's vote or affairs
// (meddledNouns): "said Chile intervened in the election".
var (
	interveningVerbs = wordClass("intervening-verb")
	meddledNouns     = wordClass("meddled-noun")
)

// intervenedIn reports whether the verb at h intervenes in a vote or in affairs: a verb
// of class intervening-verb with an "in" phrase of class meddled-noun ("intervened in the
// election", "intervening in Peru's internal affairs"; not "intervened in the dispute").
func (v *sentence) intervenedIn(h int) bool {
	if !interveningVerbs[v.lemmas[h]] {
		return false
	}
	for _, o := range v.kids[h] {
		if syntax.BaseRel(v.word(o).Deprel) == "obl" && v.caseOf(o) == "in" && meddledNouns[v.lemmas[o]] {
			return true
		}
	}
	return false
}

// attemptWords name an attempt whose "to" infinitive tells what was attempted: a
// misdeed attempted is a misdeed ("said Chile tried to hack the servers", "said Chile
// made efforts to interfere").
var attemptWords = wordClass("attempt-word")

// misdeedDone returns the clause that tells the misdeed verb at h as done, and its
// doers: h and its subject's actors; or, when h is the "to" infinitive of an attempt
// (attemptWords), the attempt's: the subject of a verb of attempt ("Chile tried to
// meddle"), the owner of a noun of attempt ("Chile's efforts to meddle", "efforts by
// Chile to meddle") or, with none, the subject of the verb whose object or subject the
// noun is ("Chile made efforts to meddle"). No doers when the misdeed or the attempt
// is negated, modal, conditional, asked or undone ("could meddle", "never tried to
// meddle", "wants to meddle", "no efforts to meddle").
func (v *sentence) misdeedDone(h int) (clause int, doers []int) {
	a, rel := v.attemptOf(h), syntax.BaseRel(v.word(h).Deprel)
	attempt := a > 0 && v.modalOrNegated(h) == "" &&
		(rel == "xcomp" && v.word(a).UPOS == "VERB" || rel == "acl" && v.word(a).UPOS == "NOUN")
	if !attempt {
		return h, v.misdeedDoneAt(h, v.subjects(h))
	}
	if v.word(a).UPOS == "VERB" {
		return a, v.misdeedDoneAt(a, v.subjects(a))
	}
	owners, _ := v.misdeedOwners(a)
	g, r := v.word(a).Head, syntax.BaseRel(v.word(a).Deprel)
	switch {
	case g == 0 || r != "obj" && r != "nsubj" || v.anyOrNo(a):
		return h, nil
	case len(owners) > 0:
		return g, v.misdeedDoneAt(g, nil, owners...)
	case r == "obj":
		return g, v.misdeedDoneAt(g, v.subjects(g))
	}
	return g, nil
}

// misdeedDoneAt returns the actors of the subjects subj of the clause at c, and the
// actors given, when that clause stands: not negated, modal, conditional, asked or undone.
func (v *sentence) misdeedDoneAt(c int, subj []int, actors ...int) []int {
	if b, _ := v.qualify(c); b != "" || v.modalOrNegated(c) != "" {
		return nil
	}
	return append(actors, v.argument(c, subj)...)
}

// itSubject reports whether the verb at h has "it" for its subject: a misdeed told of
// "it" is mostly told of a thing, a deal or a policy ("criticised the pipeline deal with
// Chile, saying it violated Peruvian law"), whatever actor the coreference gave the pronoun.
func (v *sentence) itSubject(h int) bool {
	for _, k := range v.subjects(h) {
		if v.lemmas[k] == "it" {
			return true
		}
	}
	return false
}

// saying reports whether the speech verb at sp is said: not negated, modal, conditional
// or left undone ("never argued that ...", "would state that ...").
func (v *sentence) saying(sp int) bool {
	b, _ := v.qualify(sp)
	return b == "" && v.modalOrNegated(sp) == ""
}

// speakers returns the actors who speak with the speech verb at sp: the author of a
// finding it tells (see finding), else its subjects, else,
// for "say" with none, its object after it, which the parser makes of an inverted
// speaker ("“...,” said Chinese spokesman Shen Guofang"), else, for a participle set off
// by a comma, the subject of the clause it hangs on (sayingParticiple: "Peru closed the
// border, arguing that Chile had attacked ...").
func (v *sentence) speakers(sp int) []int {
	if n := v.finding(sp); n > 0 {
		return v.ownAuthor(n) // "Chile's report showed that ..."
	}
	subj := v.subjects(sp)
	if len(subj) == 0 && v.lemmas[sp] == "say" {
		for _, c := range v.kids[sp] {
			if v.word(c).Deprel == "obj" && c > sp {
				subj = append(subj, c)
			}
		}
	}
	if len(subj) == 0 && v.sayingParticiple(sp) {
		return v.inheritedSubject(sp)
	}
	return v.argument(sp, subj)
}

// sayingParticiple reports whether the speech verb at sp is an -ing participle set off
// by a comma as an adverbial clause (", saying ...", ", contending that ...", ", adding
// that ..."): its speaker is the subject of the clause it hangs on.
func (v *sentence) sayingParticiple(sp int) bool {
	w := v.word(sp)
	return w.XPOS == "VBG" && syntax.BaseRel(w.Deprel) == "advcl" && v.hasChild(sp, "punct", ",")
}

// wrongdoingNouns name misdeeds an actor is said to commit ("US interference", "crimes
// committed by Syria", "provocations from Iran").
var wrongdoingNouns = wordClass("wrongdoing-noun")

// condemnedNouns name conduct a speaker labels with contempt ("the Chilean aggression",
// "Peru's hypocrisy"): said of an owner, a condemnation, not a charge. They are the
// classes condemned-noun and trait-noun (traitNouns), a failing of character being such
// conduct too.
var condemnedNouns = joinedClasses(wordClass("condemned-noun"), traitNouns)

// contemptActNouns name conduct that an adjective of contempt labels, read for that only
// ("Peru's destabilizing activities").
var contemptActNouns = wordClass("contempt-act-noun")

// contemptModifiers are adjectives that label an act with contempt when they qualify it
// ("Peru's reckless policies", "the illegal Chilean blockade").
var contemptModifiers = wordClass("contempt-modifier")

// matterNouns name things whose compound names what they are about or who is party to
// them, not their author ("the Peru trade deal").
var matterNouns = wordClass("matter-noun")

// hasActorChild reports whether a dependent of the word at n of relation rel is an actor.
func (v *sentence) hasActorChild(n int, rel string) bool {
	for _, c := range v.kids[n] {
		if v.word(c).Deprel == rel && v.actor[c] >= 0 {
			return true
		}
	}
	return false
}

// traitNouns name a failing of character whose "of" phrase is its owner ("the
// recklessness of Peru"), where other misdeeds' "of" phrase may be their victim ("the
// occupation of Bolivia").
var traitNouns = wordClass("trait-noun")

// reportedMisdeedNoun reads a misdeed noun at n owned by an actor (its possessor, an
// actor's adjective or compound, its "by" or "from" phrase, or the agent of its
// participle: "crimes committed by Syria") inside what a speaker says: the speaker
// accuses (or, for a noun of contempt, condemns: typ) the owner, by the reading named.
// Not when the noun is negated ("no interference") or its clause is negated, modal,
// conditional, asked or undone, nor of the speaker's side. A noun of contempt is the
// speaker's label wherever it stands in what he says ("a response to the Chilean
// massacres", "must end the Chilean occupation": a topic, an obligation or an undone act
// keep it, when the noun is definite), unless a clause on the way has another actor
// for its subject, whose view or act it is ("said Bolivians were tired of the Chilean
// occupation", "said Bolivia denounced the Chilean aggression"). In the main clause of a
// sentence no speech verb attributes, the match goes out blocked with "no speaker"
// (unattributedMisdeed), for the caller to give the quotation's speaker.
func (m *Matcher) reportedMisdeedNoun(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, n int, typ geokg.RelationType, reading string) []Match {
	owners, committed := v.misdeedOwners(n)
	// an act labelled with contempt ("Peru's reckless policies"): its author as a verdict
	// reads it (actOwners: "the Peruvian government's reckless decision"; not an act that
	// befell its possessor), of the speaker's side too, as a verdict is ("Ruiz said
	// Boric's reckless policies hurt Peru", both Peruvians)
	labelled := !condemnedNouns[v.lemmas[n]] && !wrongdoingNouns[v.lemmas[n]]
	if labelled && len(owners) == 0 && !v.anyOrNo(n) {
		owners = v.actOwners(n)
		if len(owners) == 0 && contemptActNouns[v.lemmas[n]] && !v.befallsOwner(n) {
			owners = v.owners(n) // "Iran's destabilizing activities"
		}
	}
	if labelled && matterNouns[v.lemmas[n]] && v.hasActorChild(n, "compound") {
		return out // "the foolish Peru deal": what the deal is about, or with whom
	}
	if len(owners) == 0 {
		return out
	}
	contempt := typ == geokg.Condemns
	// the clause the noun is in, up through nominal relations and the relative clauses
	// of nouns ("one point, which is US interference"), to a speech verb's complement
	h, sp := n, 0
	var doers []int // the actors of the subjects of the clauses on the way
	for k := 0; k < 8 && h > 0; k++ {
		if h != n {
			doers = append(doers, v.argument(h, v.subjects(h))...)
		}
		if sp = v.reportedBy(h); sp > 0 {
			break
		}
		switch syntax.BaseRel(v.word(h).Deprel) {
		case "nmod":
			if !committed && !contempt && v.caseOf(h) != "of" {
				// "the investigation into Russian meddling", "his role in the Ukraine
				// meddling": a topic, no deed told ("cases of Russian interference" is one)
				return out
			}
			h = v.word(h).Head
			continue
		case "obj", "obl", "nsubj", "conj", "appos", "iobj", "acl":
			h = v.word(h).Head
			continue
		}
		break
	}
	if sp == 0 && syntax.BaseRel(v.word(h).Deprel) != "root" || sp > 0 && !v.saying(sp) || v.misdeedUntold(h, n, contempt) {
		return out
	}
	f, path := Frame{Lemma: v.lemmas[n]}, "nsubj<"+v.lemmas[sp]+">ccomp>"+v.lemmas[h]+">"+v.lemmas[n]
	if sp == 0 {
		return v.unattributedMisdeed(out, actors, owners, doers, Match{Type: typ, Source: -1, Trigger: n, Frame: f, Path: "root>" + v.lemmas[h] + ">" + v.lemmas[n], Reading: reading, Blocked: "no speaker"})
	}
	var speakers []int
	for _, a := range v.speakers(sp) {
		if labelled || !party(actors, a, owners) {
			speakers = append(speakers, a)
		}
	}
	for _, d := range doers {
		if contempt && !party(actors, d, owners) && !party(actors, d, speakers) {
			return out
		}
	}
	return crossPairs(out, seen, actors, speakers, owners, -n, Match{Type: typ, Trigger: n, Frame: f, Path: path, Reading: reading}, nil)
}

// unattributedMisdeed appends m, blocked with "no speaker", once for each owner of a
// misdeed noun in the main clause of a sentence no speech verb attributes: inside a
// quotation whose speaker another sentence names ("“Nothing can excuse the Chilean
// aggression.”"), the caller gives it that speaker. Not when a clause on the way has a
// subject other than the owners or the quotation's "we" or "I", whose act or view it is.
func (v *sentence) unattributedMisdeed(out []Match, actors []Actor, owners, doers []int, m Match) []Match {
	for _, d := range doers {
		if !party(actors, d, owners) && !v.firstPerson([]int{d}) {
			return out
		}
	}
	for i, o := range owners {
		if !slices.Contains(owners[:i], o) {
			m.Target = o
			out = append(out, m)
		}
	}
	return out
}

// misdeedOwners returns the actors that own the misdeed noun at n (its possessor, an
// actor's adjective or compound, its "by" or "from" phrase, a trait's "of" phrase, or
// the agent of its participle), and whether a participle tells the deed as done ("crimes committed by
// Syria"); none when the noun is negated or any ("no interference").
func (v *sentence) misdeedOwners(n int) (owners []int, committed bool) {
	for _, c := range v.kids[n] {
		w := v.word(c)
		switch r := w.Deprel; {
		case r == "det" && (v.lemmas[c] == "no" || v.lemmas[c] == "any"):
			return nil, false
		case (r == "nmod:poss" || r == "amod" || r == "compound") && v.actor[c] >= 0:
			owners = append(owners, v.actor[c])
		case syntax.BaseRel(r) == "nmod" && v.actor[c] >= 0 && (v.caseOf(c) == "by" || v.caseOf(c) == "from" ||
			v.caseOf(c) == "of" && traitNouns[v.lemmas[n]]):
			owners = append(owners, v.actor[c])
		case r == "acl" && w.XPOS == "VBN":
			for _, g := range v.kids[c] {
				if v.word(g).Deprel == "obl:agent" && v.actor[g] >= 0 {
					owners = append(owners, v.actor[g])
					committed = true
				}
			}
		}
	}
	return owners, committed
}

// definite reports whether the noun at n names a thing that is there: a definite or
// demonstrative determiner or a possessor ("the Chilean aggression", "its occupation").
func (v *sentence) definite(n int) bool {
	for _, c := range v.kids[n] {
		switch r := v.word(c).Deprel; {
		case r == "nmod:poss":
			return true
		case r == "det":
			switch v.lemmas[c] {
			case "the", "this", "that", "these", "those":
				return true
			}
		}
	}
	return false
}

// misdeedUntold reports whether the clause headed by h leaves the misdeed noun at n
// untold: negated, modal, conditional, asked or undone; for a definite noun of contempt
// (contempt) only a condition, a claim or a hypothesis does (labelStands).
func (v *sentence) misdeedUntold(h, n int, contempt bool) bool {
	b, _ := v.qualify(h)
	if contempt && v.definite(n) {
		return b != "" && !labelStands(b) || v.conditional(h)
	}
	return b != "" || v.modalOrNegated(h) != ""
}

// labelStands reports whether a definite noun of contempt keeps its label under the
// qualification b of its clause: an obligation, a negation, an undone act or an aim do
// not undo what the speaker calls the act ("must end the Chilean occupation", "refused to
// accept the Chilean aggression"); a condition, a claim or a hypothesis do.
func labelStands(b string) bool {
	for _, p := range []string{"modal:", "negated:", "not done:", "purpose:"} {
		if strings.HasPrefix(b, p) {
			return true
		}
	}
	return false
}

// responsibilities reads "X said Y was behind the attack" and "X says Y is responsible
// for ...": a speech verb whose complement makes its subject the author of something
// is an accusation by the speaker, and so is evidence held of it (evidenceHolder: "X has
// evidence that Y was involved in the attack", "X told Z there was evidence that",
// "X said there is little doubt that"). A negated or modal complement ("was not behind",
// "may be responsible") accuses no one.
func (m *Matcher) responsibilities(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		w := v.word(h)
		sp, likely := w.Head, 0
		if n := v.evidenceOf(h); n > 0 {
			out = m.evidencedResponsibility(v, actors, seen, out, h, n)
			continue
		}
		if l := v.certainty(h); l > 0 {
			// "told reporters it looks like Peru was behind it": the speaker of the
			// certainty
			likely, sp = l, v.word(l).Head
		} else if r := syntax.BaseRel(w.Deprel); (r == "acl" || r == "ccomp") && sp > 0 && v.word(sp).UPOS == "NOUN" {
			out = m.claimedResponsibility(v, actors, seen, out, h) // "Israel's claim that Iran was behind it"
			continue
		} else if (r == "xcomp" || r == "ccomp" || r == "csubj") && sp > 0 && likelihoodWords[v.lemmas[sp]] &&
			syntax.BaseRel(v.word(sp).Deprel) == "ccomp" {
			// "saying it is highly likely Russia was behind it": the speaker of the
			// likelihood
			likely, sp = sp, v.word(sp).Head
		} else if r != "ccomp" {
			continue
		}
		if sp <= 0 || !speechVerbs[v.lemmas[sp]] || v.modalOrNegated(sp) != "" || v.saidNot(sp) {
			continue // "Chile may conclude that Peru was behind it", "did not say", "refused to say": no claim made
		}
		if !v.makesAuthor(h) {
			continue
		}
		if likely > 0 {
			if b, _ := v.qualify(likely); b != "" || v.modalOrNegated(likely) != "" || v.modalOrNegated(h) != "" {
				continue // "it is not likely that ..."
			}
		} else if b, _ := v.qualify(h); b != "" && !(b == "not done: be to" && v.lemmas[h] == "blame") || v.modalOrNegated(h) != "" {
			continue // ("Peru is to blame" is no plan)
		}
		accused := v.argument(h, v.culprits(h))
		speakers := v.argument(sp, v.subjects(sp))
		if len(speakers) == 0 && len(v.subjects(sp)) == 0 {
			speakers = v.inheritedSubject(sp) // "released a statement condemning ... and saying"
		}
		out = m.accusations(out, seen, actors, speakers, accused, h, Frame{}, "reported responsibility",
			"nsubj<"+v.lemmas[sp]+">ccomp>"+v.lemmas[h])
	}
	return out
}

// evidencedResponsibility appends the accusation of the holder of the evidence or the
// denied doubt at n whose "that" clause, headed by h, makes its subject the author of
// something ("Chile has evidence that Peru was behind the attack", "the agency told
// Boric there was evidence that Peru was involved in the attacks", "said there was
// little doubt that Peru was responsible"); evidence not held, and a clause negated or
// modal, accuse no one.
func (m *Matcher) evidencedResponsibility(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, h, n int) []Match {
	hv := v.evidenceHolder(n)
	if hv == 0 || !v.makesAuthor(h) || v.modalOrNegated(h) != "" {
		return out
	}
	if b, _ := v.qualify(h); b != "" {
		return out
	}
	return m.accusations(out, seen, actors, v.speakers(hv), v.argument(h, v.culprits(h)), h, Frame{}, "reported responsibility",
		"nsubj<"+v.lemmas[hv]+">"+v.lemmas[n]+">acl>"+v.lemmas[h])
}

// saidNot reports whether the speech verb at sp is the infinitive of a verb of an act not
// done ("refused to say that Peru was behind it", "declined to say", "wanted to say"):
// its claim was not made.
func (v *sentence) saidNot(sp int) bool {
	h := v.word(sp).Head
	return h > 0 && syntax.BaseRel(v.word(sp).Deprel) == "xcomp" && undoneVerbs[v.lemmas[h]] && v.hasChild(sp, "mark", "to")
}

// givesVerdict reports whether the verb at t gives its object a verdict ("called the
// attacks misguided").
func (v *sentence) givesVerdict(t int) bool {
	judged, _, _ := v.verdict(t)
	return judged > 0
}

// culpritWords are the written forms, beside "behind" and "responsible", of the words
// by which makesAuthor makes someone a culprit, for the prefilter.
var culpritWords = map[string]bool{"accountable": true, "culprit": true, "culprits": true, "culpable": true, "blame": true, "guilty": true, "responsibility": true, "fault": true}

// blameNouns name blame itself: what "lies with" someone, what someone "has" or "shares".
var blameNouns = map[string]bool{"blame": true, "fault": true}

// blameVerbs hold blame or responsibility as their object: "Y bears (has, shares,
// carries) responsibility for it".
var blameVerbs = map[string]bool{"bear": true, "have": true, "share": true, "carry": true}

// blamedOutcomes are what responsibility is had or shared for, beside the misdeeds and
// hostile acts of makesAuthor: "has some responsibility for the conflict" (a duty,
// "has responsibility for border security", is none).
var blamedOutcomes = wordClass("blamed-outcome-noun")

// culprits returns the words that the clause headed by h makes the author or culprit of
// something (makesAuthor): the "with" phrase of "the fault (blame) lies (rests) with Y",
// else the clause's subjects.
func (v *sentence) culprits(h int) []int {
	if k := v.blameHolder(h); k > 0 {
		return []int{k}
	}
	return v.subjects(h)
}

// blameHolder returns the noun of the "with" phrase of "lie" or "rest" at h whose subject
// is blame or fault: "the fault lies with Chile", "the blame rests squarely with Peru";
// 0 for any other word and for a phrase negated ("lies elsewhere, not with Peru").
func (v *sentence) blameHolder(h int) int {
	if l := v.lemmas[h]; l != "lie" && l != "rest" {
		return 0
	}
	blamed := false
	for _, k := range v.subjects(h) {
		blamed = blamed || blameNouns[v.lemmas[k]]
	}
	if !blamed {
		return 0
	}
	for _, k := range v.kids[h] {
		if syntax.BaseRel(v.word(k).Deprel) == "obl" && v.caseOf(k) == "with" && !v.hasChild(k, "advmod", "not") {
			return k
		}
	}
	return 0
}

// heldBlame reports whether a verb of holding at h (blameVerbs) has blame as its
// object, or responsibility: for "bear" any, for the others one for a misdeed, a hostile
// act or a blamed outcome ("has some responsibility for the conflict").
func (v *sentence) heldBlame(h int) bool {
	for _, k := range v.kids[h] {
		if v.word(k).Deprel != "obj" {
			continue
		}
		switch l := v.lemmas[k]; {
		case blameNouns[l]:
			return true
		case l == "responsibility" && (v.lemmas[h] == "bear" || v.blamedFor(k)):
			return true
		}
	}
	return false
}

// blamedFor reports whether the noun at k has a "for" phrase of a misdeed, a hostile act
// or a blamed outcome.
func (v *sentence) blamedFor(k int) bool {
	for _, c := range v.kids[k] {
		if l := v.lemmas[c]; syntax.BaseRel(v.word(c).Deprel) == "nmod" && v.caseOf(c) == "for" &&
			(blamedOutcomes[l] || plotNouns[l] || wrongdoingNouns[l]) {
			return true
		}
	}
	return false
}

// makesAuthor reports whether the clause headed by h makes its subject the author or
// culprit of something: "Y was behind the attack", "Y is responsible (accountable,
// the culprit, culpable) for it", "Y was to blame for it", "Y is guilty of war crimes",
// "Y bears (full) responsibility for it", "Y has (shares) some responsibility for the
// conflict", "Y is at fault", "the fault lies with Y" (culprits finds Y), "Y was involved
// in the coup", "Y was part of the plot", "Y is (poses, represents, constitutes) a threat
// to the region" (a threat label).
func (v *sentence) makesAuthor(h int) bool {
	switch l := v.lemmas[h]; {
	case blameVerbs[l]:
		return v.heldBlame(h)
	case l == "lie" || l == "rest":
		return v.blameHolder(h) > 0
	case l == "responsibility" && v.hasChild(h, "aux", "have"):
		return v.blamedFor(h) // "Y had responsibility for the coup", "had" parsed as an auxiliary
	case l == "involve" || l == "involved":
		// "Y was involved in the coup" (a participle or an adjective)
		return v.withBe(h) && v.misdeedPhrase(h, "in")
	case l == "pose" || l == "represent" || l == "constitute":
		// "Y poses (represents, constitutes) a threat to the region": the threat label
		// given as what it is to others
		return v.hasChildIn(h, "obj", threatLabels)
	case !v.hasChild(h, "cop", "be"):
		return false
	case l == "part":
		return v.misdeedPhrase(h, "of") // "Y was part of the plot"
	case v.hasChild(h, "case", "behind"):
		return true
	case l == "responsible" || l == "accountable" || l == "culprit" || l == "culpable":
		return true
	case threatLabels[l] && v.word(h).UPOS == "NOUN":
		return true // "Y is a threat to the region", a threat label said of it
	case l == "blame":
		return v.hasChild(h, "mark", "to") // "was to blame"
	case l == "fault":
		return v.hasChild(h, "case", "at") // "was at fault"
	case l == "guilty":
		for _, k := range v.kids[h] {
			if syntax.BaseRel(v.word(k).Deprel) == "nmod" && v.caseOf(k) == "of" {
				return true // "is guilty of war crimes"
			}
		}
	}
	return false
}

// plotNouns name schemes and hostile acts one can be involved in or part of: with the
// misdeeds (wrongdoing-noun), what makesAuthor reads after "involved in" and "part of".
var plotNouns = wordClass("plot-noun")

// misdeedPhrase reports whether the word at h has a phrase with the preposition prep
// whose noun names a scheme, a hostile act or a misdeed ("in the coup", "of the plot").
func (v *sentence) misdeedPhrase(h int, prep string) bool {
	for _, k := range v.kids[h] {
		if r := syntax.BaseRel(v.word(k).Deprel); (r == "nmod" || r == "obl") && v.caseOf(k) == prep && (plotNouns[v.lemmas[k]] || wrongdoingNouns[v.lemmas[k]]) {
			return true
		}
	}
	return false
}

// certaintyWords are the verbs of appearance whose clause a speaker gives as what seems
// so: "it looks like Peru was behind it".
var certaintyWords = map[string]bool{"look": true, "seem": true, "appear": true}

// certainty returns the clause head that states the clause headed by h as apparent,
// under a speech verb: "it looks (seems, appears) like Peru was behind it" (the verb); 0
// for any other clause (a denied doubt, "there is no doubt that", is held evidence:
// evidencedResponsibility).
func (v *sentence) certainty(h int) int {
	w := v.word(h)
	p := w.Head
	if p <= 0 {
		return 0
	}
	r := syntax.BaseRel(w.Deprel)
	if r != "advcl" && r != "ccomp" && r != "acl" || !certaintyWords[v.lemmas[p]] || v.word(p).UPOS != "VERB" {
		return 0
	}
	if r == "advcl" && !v.hasChild(h, "mark", "like") && !v.hasChild(h, "mark", "if") {
		return 0
	}
	if syntax.BaseRel(v.word(p).Deprel) != "ccomp" {
		return 0
	}
	return p
}

// sufferedNouns are what a warned actor will face: "will face serious consequences".
var sufferedNouns = map[string]bool{"consequence": true, "repercussion": true, "retaliation": true, "reprisal": true, "retribution": true, "punishment": true, "wrath": true,
	"obliteration": true, "annihilation": true, "destruction": true}

// sufferedConsequences reads a threat told as what another will suffer, in what a
// speaker says or warns, also in a quotation: "Peru warned Chile would pay a heavy
// price", "“Chile will face serious consequences if it does not withdraw,” the minister
// said", "Boric said Castillo would pay dearly for his speech". The speaker THREATENS the
// clause's subject: "will" or "would" with "face" (consequences, repercussions,
// retaliation, obliteration ...) or "pay" a price or "dearly". Not a negated clause
// ("will not face consequences"), a speech not made ("did not say"), nor the speaker's
// own side or a quotation's "we" ("we will pay a price").
func (m *Matcher) sufferedConsequences(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match) []Match {
	for h := 1; h <= len(v.s.Words); h++ {
		l := v.lemmas[h]
		if l != "face" && l != "pay" || v.word(h).UPOS != "VERB" || negatedClause(v, h) {
			continue
		}
		suffers, will := false, false
		for _, k := range v.kids[h] {
			switch d := syntax.BaseRel(v.word(k).Deprel); {
			case d == "obj" && (l == "pay" && v.lemmas[k] == "price" && v.heavyPrice(k) || l == "face" && sufferedNouns[v.lemmas[k]]):
				suffers = true
			case d == "advmod" && l == "pay" && v.lemmas[k] == "dearly":
				suffers = true // "would pay dearly for his speech"
			case d == "aux" && (v.lemmas[k] == "will" || v.lemmas[k] == "would"):
				will = true
			}
		}
		if !suffers || !will {
			continue
		}
		sp := v.toldBy(h)
		if sp == 0 || !v.saying(sp) {
			continue
		}
		targets := v.argument(h, v.subjects(h))
		if len(targets) == 0 || v.firstPerson(targets) {
			continue
		}
		f := Frame{Type: geokg.Threatens, Lemma: v.lemmas[sp], POS: "VERB"}
		path := "nsubj<" + v.lemmas[sp] + ">ccomp>" + l
		for _, a := range v.speakers(sp) {
			if party(actors, a, targets) {
				continue
			}
			for _, b := range targets {
				key := [3]int{a, b, -h}
				if seen[key] {
					continue
				}
				seen[key] = true
				out = append(out, Match{Type: geokg.Threatens, Source: a, Target: b, Trigger: h, Frame: f, Path: path, Reading: "suffered consequence"})
			}
		}
	}
	return out
}

// heavyWords are the adjectives of a price paid as a punishment ("a heavy price").
var heavyWords = map[string]bool{"heavy": true, "high": true, "steep": true, "big": true, "terrible": true, "huge": true, "severe": true, "painful": true, "dear": true}

// heavyPrice reports whether the price at k is a punishment, not money: "a (heavy)
// price", not "a lower price for the gas".
func (v *sentence) heavyPrice(k int) bool {
	for _, c := range v.kids[k] {
		switch d := syntax.BaseRel(v.word(c).Deprel); {
		case d == "amod" && heavyWords[v.lemmas[c]], d == "det", d == "punct", d == "nmod" && v.caseOf(c) == "for":
		default:
			return false // "a lower price", "the market price", "a price of $5"
		}
	}
	return true
}

// toldBy returns the clause head of the speech or threat verb ("warn") whose complement
// holds t, or 0: reportedBy that also takes a warning.
func (v *sentence) toldBy(t int) int {
	return v.complementOf(t, true)
}
