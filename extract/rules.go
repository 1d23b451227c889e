package extract

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file holds the sentence rules of the relation stage: constructions that the
// pattern table cannot express because they need the whole sentence (reported speech,
// quotations, lists of members, deadlines to leave).

// sentenceRule is one rule and the words that can start it: a sentence with none of its
// cue words is not scanned by it.
type sentenceRule struct {
	name  string   // what relations read by it give as their rule
	cues  []string // nil: the rule always runs
	apply func(d *document, si int)
}

var sentenceRules = []sentenceRule{
	{"membership", []string{"member", "members", "member-state", "member-states"}, (*document).membership},
	{"joined organisation", []string{"joined", "joins", "rejoined", "join"}, (*document).joinedOrganisation},
	{"threatened to", []string{"threatened", "threatens", "threaten", "threatening", "vowed", "vows", "vow"}, (*document).threatenedTo},
	{"group members", nil, (*document).groupMembers},
	{"quoted criticism", []string{"\"", "“"}, (*document).quotedCriticism},
	{"between and by", []string{"between", "signed", "concluded", "clinched"}, (*document).betweenAndBy},
	{"face consequences", []string{"face", "faces"}, (*document).faceConsequences},
	{"support of", []string{"support", "backing"}, (*document).supportOf},
	{"led by", []string{"led", "headed", "chaired"}, (*document).ledBy},
	{"government of", []string{"regime", "government", "administration", "dictatorship"}, (*document).governmentHead},
	{"apposed parent", []string{","}, (*document).apposedParent},
	{"predicate title", []string{"is", "remains", "became"}, (*document).predicateTitle},
	{"possessive party", []string{"his", "her", "'s", "’s"}, (*document).possessiveParty},
	{"party apposition", []string{","}, (*document).partyApposition},
	{"party before title", nil, (*document).partyBeforeTitle},
	{"seat on a body", []string{"sits", "serves"}, (*document).seatOn},
	{"warning clause", []string{"warned", "warns", "warning", "threatened", "threatens", "promised", "vowed", "vows", "pledged"}, (*document).warningClause},
	{"reported criticism", []string{"said", "says", "described", "called", "considers", "considered", "termed"}, (*document).reportedCriticism},
	{"accusation noun", []string{"accusation", "accusations", "allegation", "allegations", "claims", "charges"}, (*document).accusationNoun},
	{"hours to leave", []string{"hours", "days"}, (*document).hoursToLeave},
	{"reported behind", []string{"behind", "responsible", "orchestrated", "masterminded"}, (*document).reportedBehind},
	{"criticism from", []string{"criticism", "criticisms", "condemnation", "rebuke", "censure", "support", "backing", "endorsement", "praise"}, (*document).criticismFrom},
	{"summoned envoy", []string{"summoned", "summons", "summon", "summoning"}, (*document).summonedEnvoy},
	{"relative noun", relativeNounCues, (*document).relativeNoun},
	{"under sanctions", []string{"under"}, (*document).underSanctions},
	{"characterisation", []string{"calling", "called", "describing", "described", "labelling", "labeling", "labelled", "labeled", "terming", "termed", "branding", "branded", "calls", "describes"}, (*document).characterisation},
}

// ruleCues maps each cue word to the bit set of the rules it starts.
var ruleCues = func() map[string]uint64 {
	m := map[string]uint64{}
	for i, r := range sentenceRules {
		for _, c := range r.cues {
			m[c] |= 1 << uint(i)
		}
	}
	return m
}()

// applySentenceRules runs the sentence rules whose cue words occur in sentence si.
func (d *document) applySentenceRules(si int) {
	var mask uint64
	for _, t := range d.sents[si].Tokens {
		mask |= ruleCues[t.Lower]
	}
	for i, r := range sentenceRules {
		if r.cues == nil || mask&(1<<uint(i)) != 0 {
			d.why = explanation{rule: "sentence rule: " + r.name}
			r.apply(d, si)
		}
	}
}

// accusationNoun finds "US accusations (that) it harbours the Taliban": the actor
// before the noun accuses the actor that opens the clause after it.
func (d *document) accusationNoun(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i+1 < len(toks); i++ {
		if !denialNouns[toks[i].Lower] || toks[i].Lower == "claim" || toks[i].Lower == "charge" {
			continue
		}
		k := i - 1
		if k >= 0 && (toks[k].Lower == "'s" || toks[k].Lower == "'") {
			k--
		}
		var am *Mention
		if k >= 0 {
			am = d.mentionAt(si, k)
		}
		j := i + 1
		if am != nil && am.End != k+1 {
			am = nil
		}
		if am == nil && j+1 < len(toks) && (toks[j].Lower == "from" || toks[j].Lower == "by") && !strings.HasPrefix(toks[i].Lower, "claim") {
			// "accusations from Peru that Chile ...": the accuser after the noun
			if by := d.objectsAt(si, j+1); len(by) > 0 && by[len(by)-1].End+1 < len(toks) && toks[by[len(by)-1].End].Lower == "that" {
				am = by[0]
				j = by[len(by)-1].End
				if len(by) > 1 {
					for _, b := range by[1:] {
						if om := d.mentionAt(si, j+1); om != nil && om.Start == j+1 && om.ent != b.ent && om.ent.kind.Valid() && om.End < len(toks) && clauseVerbAfter(toks[om.End].Lower) {
							d.addRelation(si, b.ent, geokg.Accuses, om.ent, 0.65, d.sentenceEvent(si))
						}
					}
				}
			}
		}
		if am == nil || !am.ent.kind.Valid() {
			continue
		}
		if toks[j].Lower == "that" && j+1 < len(toks) {
			j++
		}
		om := d.mentionAt(si, j)
		if om == nil || om.Start != j || om.ent == am.ent || !om.ent.kind.Valid() || om.End >= len(toks) || !toks[om.End].IsWord() {
			continue
		}
		// the accused opens a clause: a verb follows
		if !clauseVerbAfter(toks[om.End].Lower) {
			continue
		}
		d.addRelation(si, am.ent, geokg.Accuses, om.ent, 0.7, d.sentenceEvent(si))
	}
}

// clauseVerbAfter reports whether w, after an actor, can be the verb of its clause.
func clauseVerbAfter(w string) bool {
	return auxiliaries[w] || modalWords[w] || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")
}

// betweenAndBy finds the symmetric relations named by a noun with both parties: "talks
// between the U.S. and Cuba" (MEETS), "the accord signed by Annan and Aziz"
// (SIGNS_AGREEMENT_WITH).
func (d *document) betweenAndBy(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i+3 < len(toks); i++ {
		var typ geokg.RelationType
		switch {
		case (toks[i].Lower == "talks" || toks[i].Lower == "meeting" || toks[i].Lower == "negotiations" || toks[i].Lower == "summit") && toks[i+1].Lower == "between":
			typ = geokg.Meets
		case (toks[i].Lower == "signed" || toks[i].Lower == "concluded" || toks[i].Lower == "clinched") && toks[i+1].Lower == "by" && i > 0 && findWord(toks, i-4, i, map[string]bool{"accord": true, "agreement": true, "deal": true, "treaty": true, "pact": true}) >= 0:
			typ = geokg.SignsAgreementWith
		default:
			continue
		}
		if typ == geokg.Meets && i < len(d.decided) && d.decided[i] {
			continue // the frames read the meeting noun on the parse ("will begin", "were called off")
		}
		parties := d.objectsAt(si, i+2)
		if len(parties) < 2 {
			continue
		}
		if d.intended(si, i) {
			continue
		}
		d.emit(si, parties[:1], typ, parties[1:], 0.65)
	}
}

// threatenedTo finds "Palestinian officials have threatened to abolish agreements with
// Israel": a threat to act against an actor named in the infinitive clause.
func (d *document) threatenedTo(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i+2 < len(toks); i++ {
		switch toks[i].Lower {
		case "threatened", "threatens", "threaten", "threatening", "vowed", "vows", "vow":
		default:
			continue
		}
		if toks[i+1].Lower != "to" || i > 0 && determiners[toks[i-1].Lower] {
			continue
		}
		subjs := d.subjectsBefore(si, i)
		if len(subjs) == 0 || d.unasserted(si, subjs[0].Start, i) {
			continue
		}
		ps := d.windowParse(si)
		if ps != nil {
			// the window's subject checked on the parse as a verb pattern's is: "the
			// tension between A and B over the C deal threatens to unwind ...", "the North,
			// which the president vowed to destroy" (no threat by C or the North)
			subjs = d.subjectsOutsidePhrases(ps, si, subjs)
			subjs = d.subjectsOfClause(ps, si, i, subjs)
			subjs = d.subjectsBeforePronoun(ps, si, i, subjs)
			if len(subjs) == 0 {
				continue
			}
		}
		var obj *Mention
		comma := false
		for k := i + 2; k < len(toks) && k < i+10; k++ {
			if objectStops[toks[k].Text] && toks[k].Text != "," || toks[k].Lower == "if" || toks[k].Lower == "unless" {
				break
			}
			comma = comma || toks[k].Text == ","
			if m := d.mentionAt(si, k); m != nil {
				if comma && d.subjectOnParse(ps, si, m) {
					break // "after Peru threatened to resume tests, Boric said": the next clause's
				}
				if d.isActor(si, m) && m.ent != subjs[0].ent && !sameSide(subjs[0].ent, m.ent) {
					obj = d.standFor(si, m)
				}
				break
			}
		}
		if obj == nil || vowWords[toks[i].Lower] && d.friendlyVow(ps, si, i+2) {
			continue
		}
		for k := subjs[len(subjs)-1].End; k < i; k++ {
			if negationWords[toks[k].Lower] {
				obj = nil
			}
		}
		if obj != nil {
			d.emit(si, subjs, geokg.Threatens, []*Mention{obj}, 0.6)
		}
	}
}

// vowWords are the words of a vow: what they promise threatens only when it is no friendly
// act ("vowed to increase aid to Peru", "vowed to speed up the delivery of arms to Peru").
var vowWords = map[string]bool{"vowed": true, "vows": true, "vow": true}

// friendlyVow reports whether the parse s of sentence si makes the word at token k, the
// verb of a vow's infinitive, an act of aid, support or cooperation (frames.Matcher's
// FriendlyAct; nil s: no).
func (d *document) friendlyVow(s *syntax.Sentence, si, k int) bool {
	if s == nil || k >= len(d.sents[si].Tokens) {
		return false
	}
	tok := d.sents[si].Tokens[k]
	return d.x.matcher.FriendlyAct(s, spanHead(s, tok.Start, tok.End))
}

// subjectOnParse reports whether the parse s of sentence si makes mention m the subject
// of a clause (nil s: no).
func (d *document) subjectOnParse(s *syntax.Sentence, si int, m *Mention) bool {
	if s == nil {
		return false
	}
	toks := d.sents[si].Tokens
	h := spanHead(s, toks[m.Start].Start, toks[m.End-1].End)
	return h > 0 && syntax.BaseRel(s.Word(h).Deprel) == "nsubj"
}

// unasserted reports whether the threat word at token i of sentence si, whose subject
// starts at token from, is asked about or told as a rumour, not stated: "whether" between
// the subject and the threat word or within twelve words before it ("Lima was asked
// whether there was any contradiction in also threatening to"), or a subject right after a rumour noun and "that" or a reporting verb
// ("reports that Peru had threatened", "some reports suggested Peru had threatened"). A
// reporter who reports ("our correspondent reports Chile vowed") tells the threat.
func (d *document) unasserted(si, from, i int) bool {
	toks := d.sents[si].Tokens
	if openQuestion(toks, min(from, i-12), i) {
		return true
	}
	if from < 2 {
		return false
	}
	w := toks[from-1].Lower
	return rumourNouns[toks[from-2].Lower] && (w == "that" || reportingVerbs[w])
}

// rumourNouns name what is said without being stated as a fact: "reports that ...".
var rumourNouns = map[string]bool{
	"report": true, "reports": true, "rumour": true, "rumours": true, "rumor": true,
	"rumors": true, "allegation": true, "allegations": true, "speculation": true,
	"suggestion": true, "suggestions": true,
}

// quotedCriticism finds a quotation followed by its speaker, "“This Chilean tariff ... was
// deeply regrettable,” Ana Ruiz said": a negative word in the quote makes the
// speaker criticise the first actor the quote names (a label such as "terrorist" makes
// it an accusation).
func (d *document) quotedCriticism(si int) {
	toks := d.sents[si].Tokens
	if len(toks) < 4 || (toks[0].Text != "“" && toks[0].Text != "\"") {
		return
	}
	end := -1
	for k := 1; k < len(toks); k++ {
		if toks[k].Text == "”" || toks[k].Text == "\"" {
			end = k
			break
		}
	}
	if end < 0 || end+2 >= len(toks) {
		return
	}
	// the speaker: an actor right after the quote, before or after "said"
	var speaker *Mention
	for k := end + 1; k < len(toks) && k <= end+8; k++ {
		if m := d.mentionAt(si, k); m != nil {
			if m.Form == FormDemonym && !d.isActor(si, m) {
				if o := d.officialAfter(si, m.End); o != nil {
					speaker = o // "German Chancellor Olaf Scholz said"
					break
				}
			}
			if d.isActor(si, m) || m.Form == FormRef {
				speaker = m
			}
			break
		}
	}
	if speaker == nil || findWord(toks, end+1, end+16, reportingVerbs) < 0 {
		return
	}
	var target *Mention
	negative, label, threat := false, false, false
	for k := 1; k < end; k++ {
		w := toks[k].Lower
		if !toks[k].IsCapitalized() && (negativeWords[w] || k+2 < end && toks[k+1].Text == "-" && negativeWords[w+"-"+toks[k+2].Lower]) {
			negative = true
		}
		if labelWords[w] && !toks[k].IsCapitalized() {
			label = true
		}
		if hostileWords[w] && w != "war" && w != "force" && (w != "price" || paidPrice(toks, k)) {
			threat = true // "a heavy price to pay", not "the price of oil"
		}
		if w == "behind" && k > 1 && beForms[toks[k-1].Lower] {
			negative, label = true, true // "“Chile is behind this,” Peru said"
		}
		if target == nil {
			if m := d.mentionAt(si, k); m != nil && m.ent != speaker.ent && m.ent.kind.Valid() && (d.isActor(si, m) || m.Form == FormName) {
				if m.Form != FormRef && m.ent.kind != geokg.KindOfficial || m.ent.kind == geokg.KindOfficial {
					target = d.standFor(si, m)
				}
			}
		}
		if negationWords[w] && w != "no" {
			return // "not unacceptable", "never illegal": too subtle for a rule
		}
	}
	if target == nil && (negative || threat) {
		// "“This is an act of aggression,” Duda said of the Chilean raid": the act's author
		if v := findWord(toks, end+1, end+16, reportingVerbs); v > 0 && v+1 < len(toks) && toks[v+1].Lower == "of" {
			if o := d.objectsAt(si, v+2); len(o) > 0 {
				target = o[0]
			} else if o := d.actOwner(si, v+2); len(o) > 0 {
				target = o[0]
			}
		}
	}
	if target == nil || !negative && !threat || speaker.ent == target.ent || sameSide(speaker.ent, target.ent) {
		return
	}
	if target.End <= end && !d.saidOfActor(si, findWord(toks, end+1, end+16, reportingVerbs), target) {
		return
	}
	typ := geokg.Condemns
	switch {
	case threat:
		typ = geokg.Threatens
	case label:
		typ = geokg.Accuses
	}
	d.addRelation(si, speaker.ent, typ, target.ent, 0.5, d.sentenceEvent(si))
}

// paidPrice reports whether "price" at token k is one to pay ("pay a heavy price", "the
// price to pay"), not a cost ("the price of oil").
func paidPrice(toks []Token, k int) bool {
	for q := max(0, k-4); q < min(len(toks), k+3); q++ {
		switch toks[q].Lower {
		case "pay", "pays", "paid", "paying":
			return true
		}
	}
	return false
}

// faceConsequences finds "Boric said Peru could face stiff penalties": the
// speaker threatens the actor who would face the consequences.
func (d *document) faceConsequences(si int) {
	toks := d.sents[si].Tokens
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Lower != "face" && toks[i].Lower != "faces" || !modalWords[toks[i-1].Lower] && toks[i-1].Lower != "will" && toks[i-1].Lower != "would" {
			continue
		}
		if findWord(toks, i+1, i+5, consequenceNouns) < 0 {
			continue
		}
		objs := d.subjectsBefore(si, i-1)
		if len(objs) == 0 || objs[len(objs)-1].End < i-3 {
			continue
		}
		speaker := d.reportedSpeaker(si, objs[0].Start)
		if speaker == nil || speaker.ent == objs[0].ent {
			continue
		}
		d.emit(si, []*Mention{speaker}, geokg.Threatens, objs, 0.6)
	}
}

// supportOf finds "Ms Ruiz, who now enjoys the support of Chile, Peru and Bolivia":
// the actors after "the support of" support the subject of "has".
func (d *document) supportOf(si int) {
	toks := d.sents[si].Tokens
	for i := 2; i+2 < len(toks); i++ {
		if (toks[i].Lower != "support" && toks[i].Lower != "backing") || toks[i+1].Lower != "of" || toks[i-1].Lower != "the" {
			continue
		}
		switch toks[i-2].Lower {
		case "has", "have", "had", "enjoys", "enjoyed", "won", "wins", "with", "gained", "secured", "retains", "retained", "still":
		default:
			continue
		}
		objs := d.objectsAt(si, i+2)
		if len(objs) == 0 {
			continue
		}
		k := i - 2
		for k > 0 && (auxiliaries[toks[k].Lower] || toks[k].Lower == "has" || toks[k].Lower == "have" || toks[k].Lower == "had" || toks[k].Lower == "still" || toks[k].Lower == "who" || toks[k].Lower == "which") {
			k--
		}
		var subj *Mention
		for q := k; q >= 0 && q >= k-3; q-- {
			if m := d.mentionAt(si, q); m != nil {
				if d.isActor(si, m) {
					subj = m
				}
				break
			}
		}
		if subj == nil {
			continue
		}
		for _, o := range objs {
			d.addRelation(si, o.ent, geokg.Supports, subj.ent, 0.7, "")
		}
	}
}

// warningClause finds "Peru warned that any Chilean meddling would ...": a warning
// whose clause names an actor threatens that actor.
func (d *document) warningClause(si int) {
	toks := d.sents[si].Tokens
	for i, t := range toks {
		hostileOnly := false
		switch t.Lower {
		case "warned", "warns", "warning", "threatened", "threatens":
		case "promised", "vowed", "vows", "pledged":
			hostileOnly = true // a promise threatens only with hostile words
		default:
			continue
		}
		if i > 0 && determiners[toks[i-1].Lower] {
			continue
		}
		subjs := d.coordinatedSubject(si, i, d.subjectsBefore(si, i))
		if len(subjs) == 0 {
			continue
		}
		// skip a direct object or a time word: "warned Friday that", "warned on Sunday that"
		j := i + 1
		for j < len(toks) && j < i+4 && toks[j].Lower != "that" {
			j++
		}
		if j >= len(toks) || toks[j].Lower != "that" {
			continue
		}
		if m := d.mentionAt(si, i+1); m != nil && d.isActor(si, m) {
			continue // "warned Washington that": the direct pattern has it
		}
		var obj *Mention
		for k := j + 1; k < len(toks) && k < j+14; k++ {
			if toks[k].Text == "." || toks[k].Text == ";" {
				break
			}
			if m := d.mentionAt(si, k); m != nil && d.isActor(si, m) && m.ent != subjs[0].ent && m.ent.kind != geokg.KindOfficial && !sameSide(subjs[0].ent, m.ent) {
				obj = d.standFor(si, m)
				if d.innerClauseActor(d.windowParse(si), si, i, j, m) {
					obj = nil
				}
				break
			}
		}
		if obj == nil {
			continue
		}
		if hostileOnly && findWord(toks, j+1, len(toks), hostileWords) < 0 {
			continue
		}
		// "warned that Sudan faces famine" is a warning about X, not to X: a threat
		// speaks of what would happen, or of hostile acts
		if findWord(toks, j+1, len(toks), hostileWords) < 0 && findWord(toks, j+1, len(toks), warningModals) < 0 {
			continue
		}
		// a modal alone warns of what may happen ("warned that Russia could use the
		// pretext", "that the EU could no longer rely on the US"); a threat names a
		// hostile consequence, harm to the ties, or the warner's side as the one to act
		// ("that Russia would cause serious discomfort", "that Beijing would not come
		// to Pyongyang's aid")
		if findWord(toks, j+1, len(toks), hostileWords) < 0 && findWord(toks, j+1, len(toks), consequenceWords) < 0 && !harmsTies(toks, j+1) && !d.sideActs(si, j+1, subjs[0].ent) {
			continue
		}
		if _, _, ok := d.qualify(si, subjs[len(subjs)-1].End, i, &patternTable[0]); !ok {
			continue
		}
		d.emit(si, subjs, geokg.Threatens, []*Mention{obj}, 0.55)
	}
}

// innerClauseActor reports whether the parse s of sentence si places mention m inside a
// clause of its own within the clause that the "that" at token j opens, hung on the
// warning word at token i: on the way from m up to that clause's verb (the head of
// "that", or the verb a clausal subject so marked hangs on) stands a verb that is neither joined to another, nor a condition's, nor a bare
// participle modifying a noun ("warned that any attempt at excluding the Shining Path
// would ...", "that failure to curb Peru's programme would lead to ...": no threat to the
// Shining Path or Peru; "warned that if Peru strikes, it should expect ...", "that
// countries backing Peru would damage their relations with it", "that states backing a
// resolution drafted by Peru would ..." threaten Peru, the one whose backers or act the
// warning names). A parse that does not make that verb the warning word's clausal
// complement, nor hang m below it, leaves the window's reading.
func (d *document) innerClauseActor(s *syntax.Sentence, si, i, j int, m *Mention) bool {
	if s == nil {
		return false
	}
	toks := d.sents[si].Tokens
	that := wordAt(s, toks[j].Start)
	h := spanHead(s, toks[m.Start].Start, toks[m.End-1].End)
	if that == 0 || h == 0 {
		return false
	}
	clause := s.Word(that).Head
	if c := s.Word(clause); c != nil && syntax.BaseRel(c.Deprel) == "csubj" {
		clause = c.Head // "that repressing the Shining Path would have ..."
	}
	if c := s.Word(clause); c == nil || c.Head != wordAt(s, toks[i].Start) || syntax.BaseRel(c.Deprel) != "ccomp" {
		return false
	}
	inner := false
	for w := s.Word(h).Head; w > 0; w = s.Word(w).Head {
		if w == clause {
			return inner
		}
		if s.Word(w).UPOS == "VERB" && !clauseLink(s, w) {
			inner = true
		}
	}
	return false
}

// clauseLink reports whether the verb at word w of s continues the clause it hangs on: a
// conjunct, a condition or another adverbial clause, or a participle with no marker
// modifying a noun ("countries backing Peru"; not "of repressing", "to curb").
func clauseLink(s *syntax.Sentence, w int) bool {
	switch s.Word(w).Deprel {
	case "conj", "advcl":
		return true
	case "acl":
		return !hasDeprel(s, w, "mark")
	}
	return false
}

// reportedCriticism finds "Putin said the fresh U.S. measures contravened the
// interests ...": a speaker who says something negative of an actor named at the start
// of the reported clause criticises it.
func (d *document) reportedCriticism(si int) {
	toks := d.sents[si].Tokens
	for i, t := range toks {
		switch t.Lower {
		case "said", "says", "described", "called", "considers", "considered", "termed":
		default:
			continue
		}
		subjs := d.subjectsBefore(si, i)
		if len(subjs) == 0 || subjs[len(subjs)-1].End < i-6 {
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].Lower == "that" {
			j++
		}
		// the actor at the head of the clause: "the latest Chilean tariffs", "Ms Ruiz's";
		// not one an act befell ("Ruiz's arrest was illegal")
		var obj *Mention
		for k := j; k < len(toks) && k < j+4; k++ {
			if m := d.mentionAt(si, k); m != nil {
				if (d.isActor(si, m) || m.Form == FormDemonym || m.possessive) && !befallenPossessor(toks, m.End) {
					obj = d.standFor(si, m)
				}
				break
			}
			if prepositions[toks[k].Lower] || objectStops[toks[k].Text] {
				break
			}
		}
		judged := obj // what the verdict is said of in this sentence
		if obj == nil {
			if o := d.actOwner(si, j); len(o) > 0 {
				obj = o[0]
				obj.End = j
				judged = actNounAt(toks, j)
			}
		}
		if obj == nil || obj.ent == subjs[len(subjs)-1].ent {
			continue
		}
		negative := false
		for q := obj.End; q < len(toks) && q < obj.End+16; q++ {
			w := toks[q].Lower
			if negativeWords[w] || q+2 < len(toks) && toks[q+1].Text == "-" && negativeWords[w+"-"+toks[q+2].Lower] {
				negative = true
				break
			}
			if w == "." || w == ";" {
				break
			}
		}
		if !negative || judged == nil || !d.saidOfActor(si, i, judged) {
			continue
		}
		if _, _, ok := d.qualify(si, subjs[len(subjs)-1].End, i, &patternTable[0]); !ok {
			continue
		}
		typ := geokg.Condemns
		for q := obj.End; q < len(toks) && q < obj.End+16; q++ {
			if labelWords[toks[q].Lower] {
				typ = geokg.Accuses // "Ankara considers the PKK a terrorist group"
				break
			}
		}
		d.emit(si, subjs[len(subjs)-1:], typ, []*Mention{obj}, 0.55)
	}
}

// hoursToLeave finds "X diplomats had 72 hours to go home" (expulsion stated through a
// deadline): the expeller is the speaker's country.
func (d *document) hoursToLeave(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i+2 < len(toks); i++ {
		if (toks[i].Lower != "hours" && toks[i].Lower != "days") || toks[i+1].Lower != "to" || toks[i+2].Lower != "leave" {
			continue
		}
		// the expelled: the nearest actor before the deadline
		objs := d.subjectsBefore(si, i)
		if len(objs) == 0 {
			continue
		}
		// the expeller: the speaker before the reporting verb, else the subject of "gave"
		var speaker *Mention
		for k := objs[0].Start - 1; k >= 0; k-- {
			if reportingVerbs[toks[k].Lower] || toks[k].Lower == "say" || toks[k].Lower == "gave" || toks[k].Lower == "given" {
				if s := d.subjectsBefore(si, k); len(s) > 0 {
					speaker = s[0]
				}
				break
			}
		}
		if speaker == nil {
			continue
		}
		ent := speaker.ent
		if ent.kind == geokg.KindOfficial {
			if ent.country == "" {
				continue
			}
			ent = d.countryEntity(ent.country, toks[i].Start)
		}
		for _, o := range objs {
			d.addRelation(si, ent, geokg.Expels, o.ent, 0.8, "")
		}
	}
}

// reportedBehind finds "X said Y was behind the raid", "Y was responsible for" and "Y
// orchestrated the raid": the speaker accuses Y (not in the passive, "the raid was
// orchestrated by", whose subject is the act).
func (d *document) reportedBehind(si int) {
	toks := d.sents[si].Tokens
	for i := 1; i < len(toks); i++ {
		w := toks[i].Lower
		if w != "behind" && w != "responsible" && w != "orchestrated" && w != "masterminded" {
			continue
		}
		if !beForms[toks[i-1].Lower] && w != "orchestrated" && w != "masterminded" {
			continue
		}
		if beForms[toks[i-1].Lower] && (w == "orchestrated" || w == "masterminded") {
			continue // "said the Lima bombing was orchestrated by ...": the act, not its doer
		}
		subjs := d.subjectsBefore(si, i-1)
		if p := d.proxyPrincipal(si, i-1); p != nil {
			subjs = []*Mention{p} // "hackers working for the GRU were behind"
		}
		if len(subjs) == 0 {
			continue
		}
		speaker := d.reportedSpeaker(si, subjs[0].Start)
		if speaker == nil || speaker.ent == subjs[0].ent {
			continue
		}
		neg := false
		for k := 0; k < i; k++ {
			if negationWords[toks[k].Lower] || denialNouns[toks[k].Lower] || strings.HasPrefix(toks[k].Lower, "den") || strings.HasPrefix(toks[k].Lower, "reject") {
				neg = true
			}
		}
		for k := speaker.End; k < subjs[0].Start && k < len(toks); k++ {
			if modalWords[toks[k].Lower] {
				neg = true // "Chile may say that Peru was behind it": no claim made yet
			}
		}
		if neg {
			continue
		}
		for _, s := range subjs {
			d.addRelation(si, speaker.ent, geokg.Accuses, s.ent, 0.75, d.sentenceEvent(si))
		}
	}
}

// proxyWords link people to the actor they act for: "hackers working for the GRU",
// "militants linked to Iran", "agents of the Chilean government".
var proxyWords = map[string]bool{"working": true, "linked": true, "tied": true, "acting": true, "affiliated": true, "loyal": true}

// proxyPrincipal returns the actor that the subject of the verb at token v acts for
// ("hackers working for the GRU, Russia's military intelligence agency, were"), or nil.
func (d *document) proxyPrincipal(si, v int) *Mention {
	toks := d.sents[si].Tokens
	for k := v - 1; k >= 1 && k >= v-14; k-- {
		if reportingVerbs[toks[k].Lower] || toks[k].Lower == "that" {
			return nil
		}
		if (proxyWords[toks[k-1].Lower] && (toks[k].Lower == "for" || toks[k].Lower == "to" || toks[k].Lower == "with")) || toks[k].Lower == "of" && (toks[k-1].Lower == "agents" || toks[k-1].Lower == "operatives") {
			if o := d.objectsAt(si, k+1); len(o) > 0 {
				return o[0]
			}
			return nil
		}
	}
	return nil
}

// characterisation finds "calling Chile's step 'a reckless provocation'": a
// verb of naming, an actor's act and a negative word make criticism of the actor.
func (d *document) characterisation(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i+2 < len(toks); i++ {
		switch toks[i].Lower {
		case "calling", "called", "describing", "described", "labelling", "labeling", "labelled", "labeled", "terming", "termed", "branding", "branded", "calls", "describes":
		default:
			continue
		}
		k := i + 1
		if toks[k].Lower == "the" {
			k++
		}
		om := d.mentionAt(si, k)
		if om == nil || !om.possessive || !om.ent.kind.Valid() || befallenPossessor(toks, om.End) {
			continue // (not "called Ruiz's arrest illegal": said of who arrested him)
		}
		negative := false
		for q := om.End; q < len(toks) && q < om.End+15; q++ {
			if negativeWords[toks[q].Lower] || q+2 < len(toks) && toks[q+1].Text == "-" && negativeWords[toks[q].Lower+"-"+toks[q+2].Lower] {
				negative = true
				break
			}
		}
		if !negative {
			continue
		}
		subjs := d.subjectsBefore(si, i)
		if len(subjs) == 0 || subjs[len(subjs)-1] == om {
			continue
		}
		d.emit(si, subjs[len(subjs)-1:], geokg.Condemns, []*Mention{om}, 0.65)
	}
}

// hostileWords mark a promise or a quote as a threat.
var hostileWords = map[string]bool{
	"retaliate": true, "retaliation": true, "response": true, "respond": true,
	"revenge": true, "consequences": true, "discomfort": true, "punish": true,
	"punishment": true, "price": true, "reprisal": true, "reprisals": true,
	"retribution": true, "war": true, "force": true, "unanswered": true,
}

// warningModals in a warning's clause speak of what would follow.
var warningModals = map[string]bool{
	"would": true, "will": true, "could": true, "'ll": true, "must": true, "should": true,
}

// labelWords make a characterisation an accusation: labelling as terrorist or criminal.
var labelWords = map[string]bool{
	"terrorist": true, "terrorists": true, "terrorism": true, "criminal": true,
	"criminals": true, "spy": true, "spies": true, "murderer": true, "murderers": true,
}

// sameSide reports whether b is a's own country ("the Chinese foreign ministry" and
// China): a quote of one's own state is rarely criticism of it.
func sameSide(a, b *entity) bool {
	ca, cb := a.country, b.country
	if a.kind == geokg.KindCountry {
		ca = a.code
	}
	if b.kind == geokg.KindCountry {
		cb = b.code
	}
	return ca != "" && ca == cb
}

// verbBetween reports whether a verb in the past tense or a reporting verb stands
// between tokens a and b: the actor after it is that verb's object.
func (d *document) verbBetween(si, a, b int) bool {
	toks := d.sents[si].Tokens
	for k := a; k < b && k < len(toks); k++ {
		w := toks[k].Lower
		if reportingVerbs[w] || len(patterns.verbs[w]) > 0 && !toks[k].IsCapitalized() {
			return true
		}
	}
	return false
}

// criticismVerbs are the verbs whose subject receives the criticism named after them
// ("Peru drew criticism from Chile").
var criticismVerbs = map[string]bool{
	"drew": true, "draws": true, "draw": true, "drawn": true, "drawing": true,
	"faced": true, "faces": true, "face": true, "facing": true,
	"sparked": true, "sparks": true, "spark": true, "triggered": true, "triggers": true,
	"provoked": true, "provokes": true, "prompted": true, "prompts": true,
	"attracted": true, "attracts": true, "received": true, "receives": true,
	"earned": true, "earns": true, "incurred": true,
	"won": true, "wins": true, "gained": true, "gains": true, "enjoys": true, "enjoyed": true,
	"secured": true, "secures": true, "garnered": true, "garners": true, "got": true, "gets": true,
}

// receivedNouns are the nouns of a reaction that its target receives ("drew criticism
// from", "won the backing of"), with the relation the giver states.
var receivedNouns = map[string]geokg.RelationType{
	"criticism": geokg.Condemns, "criticisms": geokg.Condemns, "condemnation": geokg.Condemns,
	"rebuke": geokg.Condemns, "censure": geokg.Condemns,
	"support": geokg.Supports, "backing": geokg.Supports, "endorsement": geokg.Supports, "praise": geokg.Supports,
}

// criticismFrom finds a reaction received by the subject of the verb: "Peru drew sharp
// criticism from Chile", "Peru faced stiff Chilean criticism" (the critics, after "from"
// or a demonym before the noun, condemn it), "Peru won the backing of Chile" and "support
// for Peru from Chile" (Chile supports Peru).
func (d *document) criticismFrom(si int) {
	toks := d.sents[si].Tokens
	for i := 1; i < len(toks); i++ {
		typ, ok := receivedNouns[toks[i].Lower]
		if !ok {
			continue
		}
		if typ == geokg.Supports && i+3 < len(toks) && toks[i+1].Lower == "for" {
			// "support for Ukraine from Poland": the giver after "from"
			if objs := d.objectsAt(si, i+2); len(objs) > 0 {
				if f := objs[len(objs)-1].End; f+1 < len(toks) && toks[f].Lower == "from" {
					if givers := d.objectsAt(si, f+1); len(givers) > 0 {
						if _, _, ok := d.qualify(si, max(0, i-4), i, &Pattern{Type: typ}); ok && findWord(toks, 0, i, conditionWords) < 0 {
							d.emit(si, givers, typ, objs, 0.65)
						}
					}
				}
			}
			continue
		}
		// the verb before the noun, across adjectives and demonyms
		v := -1
		var critics []*Mention
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if criticismVerbs[toks[k].Lower] {
				v = k
				break
			}
			if m := d.mentionAt(si, k); m != nil {
				if m.Form == FormDemonym && m.ent.kind == geokg.KindCountry {
					critics = append(critics, m)
				}
				k = m.Start
				continue
			}
			if !toks[k].IsWord() || toks[k].IsCapitalized() || isClauseWord(toks[k].Lower) && toks[k].Lower != "and" {
				break
			}
		}
		if v < 1 {
			continue
		}
		if f := i + 1; f+1 < len(toks) && (toks[f].Lower == "from" || typ == geokg.Supports && toks[f].Lower == "of") {
			critics = append(critics, d.objectsAt(si, f+1)...)
		}
		if len(critics) == 0 {
			continue
		}
		// the receiver: the actor before the verb, when the parse (if any) has it as the
		// verb's subject; else, on the parse, the owner of the verb's subject or the author
		// of the act it names ("Denmark's motion received support from Norway", "the move
		// drew criticism from X"); "a favourite to face criticism" receives nothing
		subjs := d.subjectsBefore(si, v)
		s := d.parsed
		if len(subjs) > 0 && s != nil && !receivedBy(s, wordAt(s, toks[v].Start), toks[subjs[len(subjs)-1].Start].Start, toks[subjs[len(subjs)-1].End-1].End) {
			subjs = nil
		}
		byParse := false
		if len(subjs) == 0 {
			if s == nil && actNounAt(toks, 0) != nil && actNounAt(toks, 0).Start < v {
				s, _ = d.parseNamed(si) // "The move drew criticism", a sentence of one actor
			}
			if s != nil {
				subjs, byParse = d.receiver(si, s, v), true
			}
		}
		if len(subjs) == 0 {
			continue
		}
		p := &Pattern{Type: typ, Confidence: 0.7}
		from := 0 // a receiver found on the parse may stand elsewhere (an act's author)
		if !byParse {
			from = subjs[len(subjs)-1].End
		}
		if _, _, ok := d.qualify(si, from, v, p); !ok {
			continue
		}
		d.emit(si, critics, typ, subjs, p.Confidence)
	}
}

// protestWords after a summoned envoy say why the envoy was summoned: an official protest.
var protestWords = map[string]bool{
	"protest": true, "complain": true, "express": true, "voice": true, "lodge": true,
	"convey": true, "deliver": true, "over": true, "after": true, "following": true,
}

// summonedEnvoy finds "Peru summoned the Chilean ambassador to protest ..." or "...
// Chile's envoy over the raid": summoning another state's envoy with a stated grievance is
// an official protest, CONDEMNS of the envoy's state.
func (d *document) summonedEnvoy(si int) {
	toks := d.sents[si].Tokens
	for v := 1; v+2 < len(toks); v++ {
		switch toks[v].Lower {
		case "summoned", "summons", "summon", "summoning":
		default:
			continue
		}
		// the envoy: "the Chilean ambassador", "Chile's envoy", "the ambassador of Chile"
		env := -1
		for k := v + 1; k < len(toks) && k <= v+6; k++ {
			if envoyWords[toks[k].Lower] {
				env = k
				break
			}
		}
		if env < 0 {
			continue
		}
		var objs []*Mention
		for k := v + 1; k < env; k++ {
			if m := d.mentionAt(si, k); m != nil && m.ent.kind == geokg.KindCountry {
				objs = append(objs, m)
				break
			}
		}
		after := env + 1
		for after < len(toks) && d.mentionAt(si, after) != nil && after <= env+4 {
			after++ // "envoy, Ana Ruiz," or a name after the title
		}
		if len(objs) == 0 && env+2 < len(toks) && (toks[env+1].Lower == "of" || toks[env+1].Lower == "from") {
			if m := d.mentionAt(si, env+2); m != nil && m.ent.kind == geokg.KindCountry {
				objs = append(objs, m)
				after = m.End
			}
		}
		if len(objs) == 0 {
			continue
		}
		// a stated grievance right after the envoy
		grievance := false
		for k := after; k < len(toks) && k <= after+4; k++ {
			w := toks[k].Lower
			if w == "to" && k+1 < len(toks) && protestWords[toks[k+1].Lower] || w == "in" && k+1 < len(toks) && toks[k+1].Lower == "protest" || w == "over" || w == "after" || w == "following" {
				grievance = true
				break
			}
			if toks[k].Text == "," && k > after {
				break
			}
		}
		if !grievance {
			continue
		}
		subjs := d.subjectsBefore(si, v)
		if len(subjs) == 0 {
			continue
		}
		p := &Pattern{Type: geokg.Condemns, Confidence: 0.7}
		if _, _, ok := d.qualify(si, subjs[len(subjs)-1].End, v, p); !ok {
			continue
		}
		d.emit(si, subjs, geokg.Condemns, objs, p.Confidence)
	}
}

// envoyWords name a state's diplomatic representative.
var envoyWords = map[string]bool{
	"ambassador": true, "envoy": true, "ambassadors": true, "envoys": true,
	"charge": true, "chargé": true, "diplomat": true, "diplomats": true,
}

// relativeNounCues are the nouns of the verb patterns that name their object with a
// preposition ("impose sanctions on"): the heads that a reduced relative clause can
// modify ("the sanctions Canada imposed on Iran").
var relativeNounCues = func() []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range patternTable {
		if p.Shape != VerbShape || p.Future || len(p.Nouns) == 0 || len(p.Preps) == 0 {
			continue
		}
		for _, n := range p.Nouns {
			if len(n) >= 3 && n != "out" && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}()

// relativeHaves may stand between the subject of a reduced relative and its verb.
var relativeHaves = map[string]bool{"has": true, "had": true, "have": true, "that": true, "which": true}

// relativeNoun finds a verb pattern's noun modified by a reduced relative clause: "the
// sanctions Canada imposed on Iran", "the aid that Japan has sent to Ukraine". The actor
// between the noun and the verb is the subject; the object follows the preposition.
func (d *document) relativeNoun(si int) {
	toks := d.sents[si].Tokens
	for i := 1; i+3 < len(toks); i++ {
		noun := toks[i].Lower
		if toks[i].IsCapitalized() {
			continue
		}
		s := i + 1
		if s < len(toks) && (toks[s].Lower == "that" || toks[s].Lower == "which") {
			s++
		}
		sm := d.mentionAt(si, s)
		if sm == nil || sm.Start != s || !d.isActor(si, sm) {
			continue
		}
		subjs := d.withCoordinatedAfter(si, sm)
		v := subjs[len(subjs)-1].End
		for v < len(toks) && relativeHaves[toks[v].Lower] {
			v++
		}
		if v >= len(toks) {
			continue
		}
		for _, pi := range patterns.verbs[toks[v].Lower] {
			p := &patternTable[pi]
			if p.Shape != VerbShape || p.Future || !patterns.nounSets[pi][noun] || strings.HasSuffix(toks[v].Lower, "ing") {
				continue
			}
			prep := v + 1
			if prep < len(toks) && !patterns.prepSets[pi][toks[prep].Lower] && prep+1 < len(toks) && strings.HasSuffix(toks[prep].Lower, "ly") {
				prep++ // "imposed jointly on"
			}
			if prep >= len(toks) || !patterns.prepSets[pi][toks[prep].Lower] {
				continue
			}
			objs := d.objectsAt(si, prep+1)
			if len(objs) == 0 {
				continue
			}
			typ, conf, ok := d.qualify(si, subjs[len(subjs)-1].End, v, p)
			if !ok || typ != p.Type {
				continue
			}
			// "no sanctions Canada imposed on Iran": none
			if findWord(toks, max(0, i-3), i, map[string]bool{"no": true, "without": true}) >= 0 {
				continue
			}
			d.emit(si, subjs, p.Type, objs, conf*0.9)
			break
		}
	}
}

// sanctionNouns name sanctions that a state can be under.
var sanctionNouns = map[string]bool{
	"sanctions": true, "embargo": true, "embargoes": true, "blockade": true, "restrictions": true,
}

// underSanctions finds "Peru is under sanctions from Chile and the OAS" and "Peru, under
// a Chilean embargo since 2020, ...": the authors after "from"/"by" (or a country named
// before the noun) sanction the subject of the clause.
func (d *document) underSanctions(si int) {
	toks := d.sents[si].Tokens
	for u := 1; u+2 < len(toks); u++ {
		if toks[u].Lower != "under" {
			continue
		}
		n := -1
		var authors []*Mention
		for k := u + 1; k < len(toks) && k <= u+6; k++ {
			if sanctionNouns[toks[k].Lower] {
				n = k
				break
			}
			if m := d.mentionAt(si, k); m != nil {
				if m.ent.kind == geokg.KindCountry || m.ent.kind == geokg.KindGroup {
					authors = append(authors, m)
				}
				k = m.End - 1
				continue
			}
			if !toks[k].IsWord() || isClauseWord(toks[k].Lower) && toks[k].Lower != "of" {
				break
			}
		}
		if n < 0 {
			continue
		}
		if n+2 < len(toks) && (toks[n+1].Lower == "from" || toks[n+1].Lower == "by") {
			authors = append(authors, d.objectsAt(si, n+2)...)
		}
		if len(authors) == 0 {
			continue
		}
		// the subject: "Peru is/remains/has been under", or "Peru, under ..."
		v := u - 1
		for v > 0 && (auxiliaries[toks[v].Lower] || toks[v].Lower == "remains" || toks[v].Lower == "remained" || toks[v].Lower == "already" || toks[v].Lower == "still" || toks[v].Lower == "came" || toks[v].Lower == "comes" || toks[v].Lower == "fell" || toks[v].Lower == "been" || toks[v].Text == ",") {
			v--
		}
		sm := d.mentionAt(si, v)
		if sm == nil || sm.End != v+1 || !d.isActor(si, sm) || v+1 == u {
			continue
		}
		p := &Pattern{Type: geokg.Sanctions, Confidence: 0.7}
		if _, _, ok := d.qualify(si, sm.End, u, p); !ok {
			continue
		}
		d.emit(si, authors, geokg.Sanctions, []*Mention{sm}, p.Confidence)
	}
}

// saidOfActor reports whether the negative words a sentence rule found after the speech
// verb at token v are said of the actor m on the parse of sentence si (saidOf); on a
// sentence the frame stage did not parse, the token window's reading stands.
func (d *document) saidOfActor(si, v int, m *Mention) bool {
	s := d.parsed
	if s == nil {
		return true
	}
	toks := d.sents[si].Tokens
	if v < 0 || m.Start >= len(toks) {
		return false
	}
	end := toks[max(m.Start, m.End-1)].End
	neg := func(w string) bool { return negativeWords[w] || labelWords[w] || hostileWords[w] }
	return saidOf(s, wordAt(s, toks[v].Start), toks[m.Start].Start, end, neg)
}

// actNounAt returns, as a mention of no actor, the act noun of the short noun phrase at
// token start ("the expulsions", "the US-led strikes"), or nil.
func actNounAt(toks []Token, start int) *Mention {
	for q := start; q < len(toks) && q < start+6; q++ {
		if actNouns[toks[q].Lower] || proposalNouns[toks[q].Lower] {
			return &Mention{Start: q, End: q + 1}
		}
	}
	return nil
}

// receiver returns the actor that receives what the verb at token v of sentence si says
// on the parse s, when its subject is a noun: the actor owning it ("Denmark's motion
// received support", "the Russian proposal drew criticism"), else the author of the act it
// names ("the move drew criticism", "the decision sparked condemnation"; actOwner); nil
// when neither.
func (d *document) receiver(si int, s *syntax.Sentence, v int) []*Mention {
	toks := d.sents[si].Tokens
	for _, c := range s.Children(wordAt(s, toks[v].Start)) {
		w := s.Word(c)
		if syntax.BaseRel(w.Deprel) != "nsubj" || w.UPOS != "NOUN" {
			continue
		}
		if m := d.possessor(si, s, c); m != nil {
			return []*Mention{m}
		}
		if q := tokenAt(toks, w.Start); q >= 0 && (actNouns[toks[q].Lower] || proposalNouns[toks[q].Lower]) {
			return d.actOwner(si, q)
		}
	}
	return nil
}

// consequenceWords name what a warned party would suffer ("will face historic
// regret", "there could be repercussions", "more pain for Russia").
var consequenceWords = map[string]bool{
	"regret": true, "repercussions": true, "pain": true, "costs": true, "suffer": true,
	"punished": true, "sorry": true,
}

// harmWords harm a relationship when "relations" or "ties" follows them.
var harmWords = map[string]bool{
	"damage": true, "harm": true, "hurt": true, "affect": true, "jeopardize": true,
	"jeopardise": true, "undermine": true, "poison": true, "sour": true, "impact": true,
}

// harmsTies reports whether the clause from token start speaks of harm to relations
// ("would adversely affect their relations with China", "would damage ties").
func harmsTies(toks []Token, start int) bool {
	for k := start; k < len(toks); k++ {
		switch toks[k].Text {
		case ".", ";":
			return false
		}
		if !harmWords[strings.TrimSuffix(toks[k].Lower, "s")] && !harmWords[toks[k].Lower] {
			continue
		}
		for q := k + 1; q < len(toks) && q <= k+6; q++ {
			if w := toks[q].Lower; w == "relations" || w == "ties" || w == "relationship" {
				return true
			}
		}
	}
	return false
}

// sideActs reports whether the clause from token start opens with the warner's own side
// as its subject ("warned that Beijing would not ...", "that Russia would respond"): the
// first actor of the clause, within its first words, is the warner or its state.
func (d *document) sideActs(si, start int, warner *entity) bool {
	toks := d.sents[si].Tokens
	for k := start; k < len(toks) && k < start+4; k++ {
		if m := d.mentionAt(si, k); m != nil {
			return m.ent == warner || sameSide(warner, m.ent)
		}
		if toks[k].Lower == "we" {
			return true
		}
	}
	return false
}
