package frames

import (
	"slices"
	"strings"
	"unicode"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file tells whether an act is told as done: negation, modality, conditions,
// hypotheses, undone acts (qualify), threats and promises (threatened, ownThreat),
// announced acts ("said it would expel") and who is held responsible; Qualify and Written
// let the pattern table ask the same of a word no frame decided.

// Qualify says, on the parse s, whether the act named at word w (1-based) is told as done,
// as the matcher judges a trigger before it fires: "" for a done act, else the reason it is
// not ("modal: would", "not done: hope", "conditional: if", "negated: not", ...), the
// reasons Match.Blocked gives. It lets a reader of word windows (the extractor's pattern
// table) ask the parse about a word no frame decided. A threat verb that governs the act
// ("threatened to impose") is no block: the caller reads the threat itself.
func (m *Matcher) Qualify(s *syntax.Sentence, w int) string {
	if s == nil || w < 1 || w > len(s.Words) {
		return ""
	}
	blocked, _ := newSentence(s, nil, m.stands).qualify(w)
	return blocked
}

// Told reports whether, on the parse s, the act at word w (1-based) is said or threatened
// by someone: the clausal complement of a verb of saying or threatening ("Peru said it
// would expel", "warned that Chile would pay"), the infinitive of a threat verb or noun
// ("threatened to impose", "its threat to impose"), or a clause a verb of saying sets
// aside ("Peru will retaliate, Ruiz said"). It lets the pattern table's reading of a
// hostile act in the future as a threat ask whether anyone makes the threat: "the question
// is when Chile will strike Peru" tells none.
func (m *Matcher) Told(s *syntax.Sentence, w int) bool {
	if s == nil || w < 1 || w > len(s.Words) {
		return false
	}
	v := newSentence(s, nil, m.stands)
	if v.complementOf(w, true) > 0 {
		return true
	}
	if _, th := v.qualify(w); th > 0 {
		return true
	}
	return v.saidAside(w)
}

// saidAside reports whether the clause of the verb at t (through conjuncts, open
// complements and adverbial clauses) has a verb of saying set aside as its parataxis
// ("Peru will retaliate, Ruiz said").
func (v *sentence) saidAside(t int) bool {
	for h := t; h > 0; h = v.word(h).Head {
		for _, k := range v.kids[h] {
			if syntax.BaseRel(v.word(k).Deprel) == "parataxis" && speechVerbs[v.lemmas[k]] {
				return true
			}
		}
		switch syntax.BaseRel(v.word(h).Deprel) {
		case "conj", "xcomp", "advcl":
			continue
		}
		return false
	}
	return false
}

// Written returns, on the parse s, the lemma of the written message ("letter", "tweet") in
// which the verb at word w (1-based) tells or assures someone ("told Barr in a letter"),
// or "": telling someone in writing is no meeting. It lets the pattern table's reading of
// telling as a meeting ask what the frames ask.
func (m *Matcher) Written(s *syntax.Sentence, w int) string {
	if s == nil || w < 1 || w > len(s.Words) {
		return ""
	}
	v := newSentence(s, nil, m.stands)
	if n := v.writtenWith(w); n > 0 {
		return v.lemmas[n]
	}
	return ""
}

// Verbs whose clausal complement is an act that has not happened.
var (
	threatVerbs = wordClass("threat-verb")
	undoneVerbs = wordClass("undone-verb")
	// Adjectives of an act's likelihood or leave that leave their own infinitive undone:
	// "is unlikely to sanction Peru", "is free to sanction Peru".
	outlookAdjectives = wordClass("outlook-adjective")
	// Nouns that make an act under them possible or feared, not done: "the threat of
	// an invasion", "the danger of war", "calls for sanctions".
	undoneNouns = wordClass("undone-noun")
	// Verbs that use the noun they take for the act of its to-infinitive: "took the
	// opportunity to condemn".
	meansVerbs = wordClass("means-verb")
	// Nouns whose clause is someone's claim: "allegations that China pressured the WHO".
	claimNouns = wordClass("claim-noun")
	modalAux   = wordClass("modal")
	negation   = wordClass("negation")
	// Verbs that favour an act of their clause without doing it: "backed attacking Peru".
	favourVerbs = wordClass("favour-verb")
	// Marks of a condition or an open question.
	conditionMarks = wordClass("condition")
	// Marks of an awaited act: "before it blames Peru", "until Chile has withdrawn".
	pendingMarks = wordClass("pending")
)

// qualify returns why the trigger at t does not state a done act ("" when it does), and
// whether the act is threatened (a threat verb governs it).
func (v *sentence) qualify(t int) (blocked string, threat int) {
	if c := v.conditionPhraseBefore(t); c != "" {
		return "conditional: " + c, 0
	}
	isNoun := v.word(t).UPOS == "NOUN"
	for _, k := range v.kids[t] {
		w, d := v.lemmas[k], v.word(k).Deprel
		base := syntax.BaseRel(d)
		switch {
		case base == "aux" && (w == "should" || w == "must") && v.heldResponsible(t):
			// "Tehran should be held responsible": saying so is the accusation
		case base == "advmod" && negation[w] && !v.notOnly(k), base == "det" && (w == "no" || w == "neither"), d == "cc:preconj" && w == "neither",
			base == "cc" && w == "nor" && v.word(t).UPOS != "NOUN" && v.word(t).UPOS != "PROPN":
			// a verb joined by "nor" is negated: "Nor did Russia attack", "neither
			// attacked nor threatened it", "..., nor has it expelled them"
			return "negated: " + w, 0
		case base == "advmod" && v.noLonger(k):
			return "negated: no longer", 0 // "no longer recognises Peru": an act ended
		case base == "aux" && modalAux[w]:
			return "modal: " + w, 0
		case base == "mark" && w == "without":
			return "negated: without", 0 // "fled without fighting back"
		case base == "mark" && conditionMarks[w]:
			return "conditional: " + w, 0
		case base == "mark" && pendingMarks[w] && v.presentTense(t):
			return "not done: " + w, 0
		case base == "advmod" && w == "yet" && v.hasChild(t, "mark", "to"):
			return "not done: yet to", 0 // "has yet to recognise"
		case isNoun && base == "det" && (w == "any" || w == "possible"):
			return "hypothetical: " + w, 0
		case isNoun && (base == "amod" || base == "compound") && hypotheticalAdjectives[w]:
			// ("the potential/compound strike": the adjective tagged as a noun)
			return "hypothetical: " + w, 0
		case isNoun && (base == "amod" || base == "advmod") && (w == "alleged" || w == "suspected" || w == "purported" || w == "supposed" || w == "suppose" || w == "allegedly"):
			return "claimed: " + w, 0 // "alleged Chinese cyberattacks on the U.S."
		}
	}
	if v.word(t).XPOS == "VB" && v.hasChild(t, "mark", "to") && v.withBe(t) {
		return "not done: be to", 0 // "Hook is to meet officials": a plan
	}
	// "Neither France nor Germany ...", "No country ...": a negated subject; so is one
	// "nor" joins, also where the parse left "neither" off the first ("neither Ruiz nor
	// Peru has contacted Chile" with "Ruiz" taken for an oblique).
	for _, k := range v.subjects(t) {
		for _, c := range v.kids[k] {
			w, base := v.lemmas[c], syntax.BaseRel(v.word(c).Deprel)
			if (w == "neither" || w == "no") && base != "case" || w == "nor" && base == "cc" {
				return "negated: " + w, 0
			}
		}
	}
	if isNoun && v.presupposed(t) {
		return "", 0
	}
	if p := v.partNoun(t); p > 0 {
		// "denied its role in backing", "hopes to play a role in backing": the act is as
		// done as the part
		return v.qualify(p)
	}
	// Walk up through the clauses that govern the trigger.
	child := t
	for h := v.word(t).Head; h > 0; child, h = h, v.word(h).Head {
		rel := v.word(child).Deprel
		base := syntax.BaseRel(rel)
		hl := v.lemmas[h]
		switch v.heldBack(h, child) {
		case "will", "would":
			return "", h // "would not hesitate to impose sanctions on Chile": a vow
		case "did":
			return "", 0 // "did not hesitate to impose sanctions on Chile": done
		}
		switch base {
		case "compound":
			// "the possibility of Chile launching strikes", the verb taken for a modifier
			// of the noun: as done as the noun
			continue
		case "csubj":
			return "generic: subject clause", 0 // "agreeing a deal with the US would be tight"
		case "xcomp", "ccomp":
			if base == "xcomp" && outlookAdjectives[hl] {
				return "not done: " + hl, 0 // "is unlikely to sanction Peru"; not "likely that"
			}
			if threatVerbs[hl] && base == "xcomp" {
				if b, _ := v.qualify(h); b != "" {
					return b, 0
				}
				return "", h
			}
			if child == t && v.attemptedAsking(t) {
				return v.qualify(h) // "tried to persuade Chile": the asking was done
			}
			if base == "ccomp" && speechVerbs[hl] && undoneVerbs[hl] {
				// "told Iran to stop" leaves the act undone; "told reporters that Chile
				// was talking with Peru" reports it (the reporting rules read it), unless
				// the telling is itself negated or modal ("did not tell them that ...")
				if b := v.modalOrNegated(h); b != "" {
					return b, 0
				}
			} else if undoneVerbs[hl] || favourVerbs[hl] && v.word(child).UPOS == "VERB" {
				return "not done: " + hl, 0
			}
			if hl == "have" && base == "xcomp" && v.hasChild(child, "mark", "to") {
				return "not done: have to", 0 // "we have to arm the rebels": an obligation
			}
			if hl == "go" && base == "xcomp" && v.word(h).XPOS == "VBG" && v.hasChild(child, "mark", "to") {
				return "not done: going to", 0 // "were going to have meetings": a plan
			}
			for _, k := range v.kids[h] {
				if v.lemmas[k] == "yet" && base == "xcomp" {
					return "not done: yet to", 0 // "has yet to recognise"
				}
			}
			if base == "xcomp" {
				// "decided to expel": the control verb's own negation or modality counts
				if b, th := v.qualify(h); b != "" || th != 0 {
					return b, th
				}
			}
			return "", 0 // a reported act ("said X expelled Y") stands as reported
		case "acl", "nmod":
			if base == "nmod" && circumstances[v.caseOf(child)] {
				return "", 0 // "on display at his meeting with Putin": a circumstance, told as done
			}
			if hl == "threat" && base == "acl" && v.hasChild(child, "mark", "to") && v.word(h).UPOS == "NOUN" {
				// "China's threat to impose sanctions": like "threatened to impose"
				if b, _ := v.qualify(h); b != "" {
					return b, 0
				}
				return "", h
			}
			if rel == "acl:relcl" && v.hasChild(child, "nsubj", "who") {
				// "after a call with Lavrov, who then threatened ...": a clause of "who"
				// tells what someone did, not the content of the noun it hangs on
				return "", 0
			}
			if rel == "acl:relcl" && child == t && v.word(t).XPOS == "VBD" && (!claimNouns[hl] || reactionVerbs[v.lemmas[t]]) {
				// "a phone call in which Boric asked Peru to ...", "a charge Peru denied": a
				// past act told of the noun, not its content (a claim's clause, "reports
				// that Boric shared", the parser hangs so too: only its denial is told)
				return "", 0
			}
			if child == t && v.attemptedAsking(t) {
				return v.qualify(h) // "Peru's efforts to press Chile": as done as the efforts
			}
			if undoneNouns[hl] && !(base == "acl" && v.word(child).XPOS == "VBN") {
				// (not "pledges made by Mexico in talks with the US": a participle
				// that modifies the noun is done)
				return "not done: " + hl, 0
			}
			if claimNouns[hl] && base == "acl" && (v.hasChild(child, "mark", "that") || len(v.subjects(child)) > 0) {
				return "claimed: " + hl, 0 // "allegations that China pressured the WHO"
			}
			if base == "acl" && decisionNouns[hl] && v.hasChild(child, "mark", "to") {
				return v.qualify(h) // "the decision to expel the envoy": as done as the decision
			}
			if rel == "acl:relcl" || base == "acl" && v.word(child).XPOS == "VBN" && !v.hasChild(child, "mark", "to") {
				return "", 0 // "the sanctions imposed on Iraq": a reduced relative clause states a done act
			}
			if base == "acl" && v.wordActPurpose(h, child) {
				return v.qualify(h) // "held a press conference to denounce Peru"
			}
			if base == "acl" && v.hasChild(child, "mark", "to") && !v.ordinalBefore(child) && !v.rankedNoun(h) && !v.meansOf(h) {
				// "had the chance to warn Chile", "a deadline to reach a deal with Peru", and
				// the control verb parsed as a noun's head ("prepares to reimpose sanctions"):
				// an act the noun or verb makes possible, not one done
				return "not done: " + hl, 0
			}
			continue // "all means to wipe out": the clause above the noun decides
		case "advcl":
			for _, k := range v.kids[child] {
				if syntax.BaseRel(v.word(k).Deprel) == "mark" && conditionMarks[v.lemmas[k]] {
					return "conditional: " + v.lemmas[k], 0
				}
			}
			if claimVerbs[hl] && (v.hasChild(child, "mark", "of") || v.hasChild(child, "mark", "for")) {
				return "claimed: " + hl, 0 // "accused the U.S. of using ...": the accuser's claim
			}
			if judgementVerbs[hl] && v.word(child).XPOS == "VBG" && v.hasChild(child, "mark", "for") {
				return "", 0 // "refrained from criticising Peru for resuming arms sales to Chile": the sales were resumed
			}
			if v.word(child).XPOS == "VBG" && (v.hasChild(child, "mark", "of") || v.hasChild(child, "mark", "for")) {
				continue // "of using ... as a pretext for hitting": the clause above decides
			}
			if decisionNouns[hl] && v.hasChild(child, "mark", "to") {
				return v.qualify(h) // "Obama's move to normalize relations": as done as the move
			}
			if useVerbs[hl] && v.hasChild(child, "mark", "to") && v.word(child).XPOS == "VB" && v.toldUse(h) {
				return v.qualify(h) // "used drones to attack": the use is the act
			}
			if (enactVerbs[hl] || causeVerbs[hl]) && v.hasChild(child, "mark", "to") {
				// "such a step could force Peru to cut ties", "would not force Peru to",
				// "could fly to Lima to meet Boric": the act is as done as the forcing, or
				// as possible as the journey
				if b, th := v.qualify(h); mereChance(b) || causeVerbs[hl] && b != "" {
					return b, th
				}
			}
			if enactVerbs[hl] && v.hasChild(child, "mark", "to") && v.awaited(h) {
				return "not done: " + hl, 0 // "before he heads to Lima to meet Boric"
			}
			if v.wordActPurpose(h, child) {
				return v.qualify(h) // "took to Twitter to criticize Peru": said as the going was done
			}
			if v.hasChild(child, "mark", "to") && v.word(child).XPOS == "VB" && !v.ordinalBefore(child) && !enactVerbs[hl] && !causeVerbs[hl] {
				return "purpose: to", 0 // "sent troops to attack": an aim, not a done act
			}
			if v.mannerClause(child) {
				// "could go as far as cutting ties", "would respond by expelling": the
				// way the governing act is done shares its modality
				if a := v.attemptOf(h); a > 0 && (v.hasChild(child, "mark", "by") || v.hasChild(child, "case", "by")) {
					return v.qualify(a) // "tried to isolate Chile by urging Bolivia": the means was used
				}
				return v.qualify(h)
			}
			if nearnessAdjectives[hl] && v.hasChild(child, "mark", "to") {
				return "not done: " + hl, 0 // "was close to entering a war with Chile"
			}
			if (undoneVerbs[hl] || favourVerbs[hl]) && (v.hasChild(child, "mark", "to") || v.hasChild(child, "mark", "from") || v.hasChild(child, "mark", "of") || v.hasChild(child, "mark", "on") || v.hasChild(child, "mark", "at")) {
				return "not done: " + hl, 0 // "looking forward to meeting", "discourage Rome from supplying", "keen on opening", "looked at increasing"
			}
			if v.sharedParticiple(child) {
				// "could place more emphasis on lashing out at Chile", "if it ends up
				// rejecting the deal": as possible or conditional as the clause it hangs
				// on; not as negated ("did not comment, citing the talks"), nor as planned
				// ("will withdraw, contending that Peru violated the deal")
				if b, th := v.qualify(h); mereChance(b) {
					return b, th
				}
			}
			if v.boundParticiple(h, child) {
				// "has not been seen conducting attacks", "would be seen helping Peru": the
				// participle is what the negated or modal verb says
				if b := v.modalOrNegated(h); b != "" {
					return b, 0
				}
			}
			return "", 0
		case "conj":
			// coordinated verbs share their auxiliaries and negation: "may expel or sanction";
			// a conjunct with a subject of its own does not ("Japan did not comment, but
			// South Korea condemned ...")
			if len(v.subjects(child)) > 0 {
				continue
			}
			if g := v.upperConjunct(child, h); g > 0 {
				// "Peru denies it is arming rebels and accuses Chile of lying": the finite
				// verb the parser joined to the complement's gerund is the denial's conjunct
				return v.qualify(g)
			}
			if undoneVerbs[hl] && v.hasChild(child, "mark", "to") && !v.hasChild(h, "mark", "to") {
				// "sought to talk with Peru, and to forge ties with Chile", the second
				// infinitive hung on the verb: it is that verb's complement too
				return "not done: " + hl, 0
			}
			for _, k := range v.kids[h] {
				w, d := v.lemmas[k], syntax.BaseRel(v.word(k).Deprel)
				if d == "aux" && modalAux[w] {
					return "modal: " + w, 0
				}
				if d == "advmod" && negation[w] && v.word(k).ID < v.word(child).ID {
					return "negated: " + w, 0
				}
			}
			continue
		case "obj", "nsubj", "obl", "root":
			if isNoun && base == "obj" && allegeVerbs[hl] {
				return "claimed: " + hl, 0 // "alleged Chinese cyberattacks", parsed with "alleged" as the verb
			}
			if isNoun && child == t && base == "obj" && presupposing[hl] {
				// "will not lift the sanctions imposed on Iraq", "would flout the embargo":
				// the act is there, whatever becomes of it
				return "", 0
			}
			if isNoun && child == t && rel == "nsubj" && likelihoodAdjectives[hl] && v.word(h).UPOS == "ADJ" && !v.hasKid(h, "xcomp") && !v.hasKid(h, "ccomp") {
				// "a Chilean attack on Peru is unlikely": an act that may come ("the talks
				// are likely to resume" says what becomes of talks there are)
				return "hypothetical: " + hl, 0
			}
			if isNoun && child == t && base == "obj" && verdictVerbs[hl] && v.predicatedObject(h) {
				// "called Peru's deal with Bolivia a disaster": what a verdict judges is
				// there, whatever the verdict's own modality
				return "", 0
			}
			if isNoun && child == t && base == "obj" && v.ownedByAnother(t, h) && (reactionVerbs[hl] || !undoneVerbs[hl] && !threatVerbs[hl]) {
				// "rejected British demands": the demand was made, rejecting it is another
				// act; "would fully implement all U.N. sanctions": the sanctions are there
				return "", 0
			}
			if isNoun && base == "obj" && (supportVerbs[hl] || hl == "have") && !v.arranged(h) {
				// "refused to issue a rebuke", "does not have a treaty with": the support
				// verb's clause decides
				return v.qualify(h)
			}
			if isNoun && base != "root" && (undoneVerbs[hl] || threatVerbs[hl]) && !(base == "obl" && circumstances[v.caseOf(child)]) {
				// ("was told in a phone call with Esper": the call is no complement of "tell")
				// "called for sanctions", "threatened sanctions"
				if threatVerbs[hl] {
					if b, _ := v.qualify(h); b != "" {
						return b, 0
					}
					return "", h
				}
				return "not done: " + hl, 0
			}
			if b := v.modalOrNegated(h); b != "" && child != t {
				return b, 0 // "would try all means to wipe out"
			}
			if isNoun && child == t && rel == "nsubj" && v.hasChild(t, "det", "a") && strings.HasPrefix(v.modalOrNegated(h), "modal") {
				// "a Chilean strike on Peru could strengthen the rebels": an act told by
				// what it would bring about is one that may come ("the strike could ..."
				// names one that came)
				return "hypothetical: a", 0
			}
			if isNoun && base != "root" && v.word(h).Head > 0 {
				// "must decide whether to revive US sanctions on Iran": a noun's act is
				// as done as the clause it is named in
				if b, _ := v.qualify(h); b != "" {
					return b, 0
				}
			}
			return "", 0
		default:
			return "", 0
		}
	}
	return "", 0
}

// predicatedObject reports whether the verb at h says what its object is: a predicate
// ("called the deal a disaster") or an "as" phrase ("considers the strikes as a crime"),
// not a to-infinitive ("called the troops to attack").
func (v *sentence) predicatedObject(h int) bool {
	for _, k := range v.kids[h] {
		switch d := v.word(k).Deprel; {
		case syntax.BaseRel(d) == "xcomp" && !v.hasChild(k, "mark", "to"), d == "obl:unmarked",
			syntax.BaseRel(d) == "obl" && v.caseOf(k) == "as":
			return true
		}
	}
	return false
}

// hypotheticalAdjectives make the act a noun names one that may come, not one done: "a
// possible deal", "the planned summit", "an upcoming meeting".
var hypotheticalAdjectives = map[string]bool{"possible": true, "potential": true, "future": true, "proposed": true,
	"planned": true, "upcoming": true, "prospective": true, "expected": true, "mooted": true, "anticipated": true,
	"scheduled": true, "coming": true, "impending": true, "looming": true, "would-be": true,
	// the same as participles, by their lemma: "a planned/VBN meeting"
	"plan": true, "propose": true, "expect": true, "anticipate": true, "schedule": true, "moot": true}

// claimVerbs make the act in their "of"/"for" clause a claim: "accused Iran of
// attacking", "blamed Russia for hacking".
var claimVerbs = map[string]bool{"accuse": true, "blame": true, "suspect": true, "charge": true}

// likelihoodAdjectives make the act their noun subject names one that may come: "a
// Chilean attack on Peru is unlikely".
var likelihoodAdjectives = wordClass("likelihood-adjective")

// nearnessAdjectives leave the act of their "to" clause not done: "was close to entering a
// war" (class nearness-adjective).
var nearnessAdjectives = wordClass("nearness-adjective")

// reactionVerbs answer something already there: an act named by a noun as their object
// and owned by another ("rejected British demands") has happened.
var reactionVerbs = wordClass("reaction-verb")

// enactVerbs report the act of their to-infinitive as done ("moved to expel the
// ambassador", "prompting Tehran to accuse Washington"), where other verbs state an aim.
var enactVerbs = wordClass("enact-verb")

// causeVerbs make their object do the act of their to-infinitive ("prompting Tehran to
// accuse Washington", "forced Qatar to expel"): done, and done by the object.
var causeVerbs = wordClass("cause-verb")

// toldUse reports whether the verb of using at h tells a use that took place: a past
// form ("used", "has used"), active and with a subject of its own, not a plan, a habit,
// a command or a use by another ("the program his nation used to threaten" is a relative
// clause, "has been used by Iran to" a passive, "is using" an ongoing claim).
func (v *sentence) toldUse(h int) bool {
	w := v.word(h)
	if w.XPOS != "VBD" && (w.XPOS != "VBN" || !v.hasChild(h, "aux", "have")) {
		return false
	}
	if v.hasChild(h, "aux:pass", "be") || syntax.BaseRel(w.Deprel) == "acl" {
		return false
	}
	return len(v.subjects(h)) > 0
}

// hesitationVerbs are the verbs of holding back (class `hesitation-verb`).
var hesitationVerbs = wordClass("hesitation-verb")

// heldBack reads the clause at k as the to-infinitive of a verb of holding back at h
// negated ("not hesitate to"): under "will" or "would" it returns that auxiliary, the act
// vowed and held over its target like a threat ("Peru will not hesitate to impose
// sanctions", "said Chile would not hesitate to strike"); with no modal it returns "did",
// the act done ("Chile did not hesitate to impose sanctions on Peru"); else "" (not
// negated, "would hesitate to strike"; another modal, "could not hesitate"; a condition
// on the holding back, "if Peru would not hesitate").
func (v *sentence) heldBack(h, k int) string {
	if !hesitationVerbs[v.lemmas[h]] || !v.hasChild(k, "mark", "to") || v.hasChildIn(h, "mark", conditionMarks) {
		return ""
	}
	if d := syntax.BaseRel(v.word(k).Deprel); d != "xcomp" && d != "advcl" {
		return ""
	}
	modal, not := "did", false
	for _, c := range v.kids[h] {
		switch w, d := v.lemmas[c], syntax.BaseRel(v.word(c).Deprel); {
		case d == "aux" && modalAux[w]:
			modal = w
		case d == "advmod" && negation[w]:
			not = true
		}
	}
	if !not || modal != "did" && modal != "will" && modal != "would" {
		return ""
	}
	return modal
}

// judgementVerbs judge someone for an act their "for" gerund tells done (class
// `judgement-verb`).
var judgementVerbs = wordClass("judgement-verb")

// wordActVerbs are the verbs of an act done in words (class `word-act-verb`).
var wordActVerbs = wordClass("word-act-verb")

// wordActPurpose reports whether the clause at k, hung on h, is a to-infinitive of an act
// done in words whose occasion h is: a verb ("took to Twitter to criticize Peru", "went
// on television to denounce Chile") or a noun of a gathering or a text ("held a press
// conference to demand", "wrote a letter to urge"). Saying is the act, so it is as done
// as h. Not under a verb of trying, wanting or favouring, whose aim stays undone
// ("sought to condemn"), one with an infinitive of its own ("is going to fly to Lima to
// press Peru") or an object, who is asked or sent to say it ("challenged Boric to rebuke
// Peru"; a means taken stays: "used the visit to berate Chile", and so does the one met:
// "met Ruiz to reaffirm Chile's support").
func (v *sentence) wordActPurpose(h, k int) bool {
	if !wordActVerbs[v.lemmas[k]] || !v.hasChild(k, "mark", "to") || v.word(k).XPOS != "VB" {
		return false
	}
	hl := v.lemmas[h]
	if v.word(h).UPOS == "NOUN" {
		return gatheringNouns[hl] || statementNouns[hl] || writingNouns[hl]
	}
	if v.word(h).UPOS != "VERB" || undoneVerbs[hl] || favourVerbs[hl] {
		return false
	}
	for _, c := range v.kids[h] {
		switch d := syntax.BaseRel(v.word(c).Deprel); {
		case d == "xcomp" && v.hasChild(c, "mark", "to"):
			return false // "is going to meet Bolivia's envoys to press them": a plan
		case (d == "obj" || d == "iobj") && !meansVerbs[hl] && !encounterVerbs[hl]:
			return false // "challenged Boric to rebuke Peru", "sent envoys to denounce": another's act
		}
	}
	return true
}

// encounterVerbs meet the one they take (class `encounter-verb`: meet, visit, phone): the
// subject, not the one met, says what the to-infinitive of wordActPurpose says.
var encounterVerbs = wordClass("encounter-verb")

// persuasionVerbs ask someone to act (class `persuasion-verb`: persuade, urge, press).
var persuasionVerbs = wordClass("persuasion-verb")

// attemptedAsking reports whether the trigger t is a verb of asking (persuasion-verb)
// that is the "to" infinitive of a verb or noun of attempt (attemptOf): "Peru tried to
// persuade Chile", "Peru's efforts to press Chile". Trying to ask is asking, so the act is
// as done as the attempt; an attempt at an act the asking is about ("tried to persuade
// Chile to attack Peru": the attack) or at any other act stays an aim.
func (v *sentence) attemptedAsking(t int) bool {
	return persuasionVerbs[v.lemmas[t]] && v.attemptOf(t) > 0
}

// attemptOf returns the verb or noun of attempt (attempt-word) whose "to" infinitive h is
// ("tried to isolate Chile", "Peru's efforts to isolate Chile"), or 0. The way the attempt
// was made ("by urging Bolivia") is done when the attempt is, though its aim is not.
func (v *sentence) attemptOf(h int) int {
	a := v.word(h).Head
	if rel := syntax.BaseRel(v.word(h).Deprel); a <= 0 || rel != "xcomp" && rel != "acl" || !v.hasChild(h, "mark", "to") || !attemptWords[v.lemmas[a]] {
		return 0
	}
	return a
}

// useVerbs are the verbs of using whose to-infinitive is the use itself ("used drones to
// attack"): see qualify.
var useVerbs = wordClass("use-verb")

// decisionNouns name a decided act: the act of their to-infinitive is as done as they
// are ("Obama's move to normalize relations", "the decision to expel the envoy").
var decisionNouns = wordClass("decision-noun")

// quantityNouns count what their "of" phrase names ("a raft of sanctions", "a series
// of strikes"): a verb's constraint on its object, or a light verb's subject, looks
// through them.
var quantityNouns = wordClass("quantity-noun")

// throughQuantity returns ks with, after each quantity noun, the nouns of its "of"
// phrase ("a raft of measures": raft, measures).
func (v *sentence) throughQuantity(ks []int) []int {
	var out []int
	for _, k := range ks {
		out = append(out, k)
		if !quantityNouns[v.lemmas[k]] {
			continue
		}
		for _, q := range v.kids[k] {
			if syntax.BaseRel(v.word(q).Deprel) == "nmod" && v.caseOf(q) == "of" {
				out = append(out, q)
			}
		}
	}
	return out
}

// presupposing verbs take an act that is already there as their object: the sanctions
// one lifts, extends or flouts have been imposed.
var presupposing = wordClass("presupposing-verb")

// heldResponsible reports whether the verb at t is "hold" with "responsible",
// "accountable" or "liable" as its predicate ("should be held responsible for the attacks").
func (v *sentence) heldResponsible(t int) bool {
	if v.lemmas[t] != "hold" {
		return false
	}
	for _, c := range v.kids[t] {
		// the parser gives the predicate as xcomp, or as obj in a short sentence
		if l, rel := v.lemmas[c], syntax.BaseRel(v.word(c).Deprel); (rel == "xcomp" || rel == "obj" && v.word(c).UPOS == "ADJ") && (l == "responsible" || l == "accountable" || l == "liable") {
			return true
		}
	}
	return false
}

// notOnly reports whether the negation at k opens "not only ... but": no negation.
func (v *sentence) notOnly(k int) bool {
	return k < len(v.s.Words) && v.lemmas[k+1] == "only"
}

// ordinalBefore reports whether the to-infinitive at k follows an ordinal or "only"
// ("one of the first to back", "the only country to recognise"): a done act, not an aim.
func (v *sentence) ordinalBefore(k int) bool {
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "mark" && v.lemmas[c] == "to" && c > 1 {
			switch v.lemmas[c-1] {
			case "first", "last", "second", "third", "only", "latest":
				return true
			}
		}
	}
	return false
}

// rankedNoun reports whether the noun at h is ranked by an ordinal, a superlative or
// "only" ("the first leader to visit Lima", "the latest country to offer aid", "the most
// senior official to visit Lima"): its to-infinitive is a done act.
func (v *sentence) rankedNoun(h int) bool {
	for _, c := range v.kids[h] {
		x := v.word(c)
		if syntax.BaseRel(x.Deprel) != "amod" {
			continue
		}
		switch strings.ToLower(x.Form) {
		case "first", "last", "second", "third", "only", "latest":
			return true
		}
		if x.XPOS == "JJS" || v.hasChild(c, "advmod", "most") {
			return true
		}
	}
	return false
}

// meansOf reports whether the noun at h is what the verb above it uses or takes to act
// ("used the summit as an opportunity to criticize Peru", "took the chance to condemn
// Chile", "used the base to meet the rebels"): the act of its to-infinitive is done, as
// the verb is (class `means-verb`).
func (v *sentence) meansOf(h int) bool {
	hh := v.word(h).Head
	return hh > 0 && meansVerbs[v.lemmas[hh]]
}

// ownedByAnother reports whether the noun at t names its own author (a possessor, a
// nationality adjective, a proper-noun compound or a "by" or "from" phrase: "British
// demands", "Iran's charges", "a claim by Chile", "rejected a request from Chile") and the
// verb h has a subject: the noun's act is someone's, not the subject's plan. The parser often hangs the noun's "by" phrase on an
// active verb ("denied a claim by Chile that ..."), where it can only be the noun's.
func (v *sentence) ownedByAnother(t, h int) bool {
	subj := v.argument(h, v.subjects(h))
	if len(subj) == 0 {
		return false
	}
	if c := v.authorOf(t); c > 0 {
		return v.anotherOwner(c, subj)
	}
	if !isPassive(v, h) {
		for _, c := range v.kids[h] {
			if v.word(c).Deprel == "obl" && v.caseOf(c) == "by" && c > t {
				return v.anotherOwner(c, subj)
			}
		}
	}
	return false
}

// authorOf returns the word naming the author of the act noun at t, or 0: its possessor
// ("Peru's strikes"), a "by" or "from" phrase, a nationality adjective ("the Chilean
// strikes") or a name compounded with it ("the U.S. strikes").
func (v *sentence) authorOf(t int) int {
	for _, c := range v.kids[t] {
		w := v.word(c)
		if w.Deprel == "nmod:poss" || w.Deprel == "nmod" && (v.caseOf(c) == "by" || v.caseOf(c) == "from") || w.Deprel == "amod" && w.UPOS == "ADJ" && unicode.IsUpper(rune(w.Form[0])) || w.Deprel == "compound" && w.UPOS == "PROPN" {
			return c
		}
	}
	return 0
}

// scheduledNouns name meetings, told as often before they come as after (class
// scheduled-noun): an author does not make one done.
var scheduledNouns = wordClass("scheduled-noun")

// presupposed reports whether the act noun at t names an act the sentence takes as
// there, whatever the modality of the clauses above it ("vowed to avenge the Chilean
// killing of the general", "may retaliate for Peru's strikes"): a definite or possessed
// noun, not of a meeting (scheduledNouns), whose author is an actor of another side
// than the subject of the word it hangs on, that word being no verb or noun of wanting, asking, preventing, threatening or
// claiming ("sought to prevent Peru's invasion", "called for Peru's withdrawal").
// Whether the noun itself is negated or hedged ("a possible invasion") the caller
// has already judged.
func (v *sentence) presupposed(t int) bool {
	h := v.word(t).Head
	if v.word(t).UPOS != "NOUN" || h <= 0 || scheduledNouns[v.lemmas[t]] || !v.definite(t) && !v.ownedPlural(t) {
		return false
	}
	hl := v.lemmas[h]
	if undoneVerbs[hl] || favourVerbs[hl] || threatVerbs[hl] || undoneNouns[hl] || claimNouns[hl] || allegeVerbs[hl] {
		return false
	}
	c := v.authorOf(t)
	if c == 0 || v.actor[c] < 0 {
		return false
	}
	subj := v.argument(h, v.subjects(h))
	if len(subj) == 0 {
		subj = v.inheritedSubject(h)
	}
	return !party(v.actors, v.actor[c], subj)
}

// freshWords make an owned plural act noun one still to come ("new U.S. sanctions").
var freshWords = wordClass("fresh-word")

// ownedPlural reports whether the act noun at t is a plural without a determiner whose
// author a demonym or a name before it gives ("counteract American sanctions on Peru",
// "despite UN sanctions"): it names the acts in place, as "the" would, unless a word of
// class fresh-word makes them ones to come ("new U.S. sanctions"), on it or on the noun
// it hangs on ("the next round of U.S. sanctions"), or it is a subject ("feared that
// limited U.S. strikes would lead to ...", what may come).
func (v *sentence) ownedPlural(t int) bool {
	if w := v.word(t); w.XPOS != "NNS" || syntax.BaseRel(w.Deprel) == "nsubj" {
		return false // "feared that limited U.S. strikes would lead to ...": the subject of what may come
	}
	if h := v.word(t).Head; h > 0 && v.word(h).UPOS == "NOUN" {
		for _, c := range v.kids[h] {
			if freshWords[v.lemmas[c]] || syntax.BaseRel(v.word(c).Deprel) == "amod" && hypotheticalAdjectives[v.lemmas[c]] {
				return false // "the next round of U.S. sanctions"
			}
		}
	}
	owned := false
	for _, c := range v.kids[t] {
		w := v.word(c)
		switch base := syntax.BaseRel(w.Deprel); {
		case base == "det" || base == "nummod" || freshWords[v.lemmas[c]] || freshWords[strings.ToLower(w.Form)]:
			return false
		case base == "amod" && w.UPOS == "ADJ" && unicode.IsUpper(rune(w.Form[0])), base == "compound" && w.UPOS == "PROPN":
			owned = true
		}
	}
	return owned
}

// anotherOwner reports whether the word at c, naming an act's author, is no actor or one
// of another side than the actors subj.
func (v *sentence) anotherOwner(c int, subj []int) bool {
	owner := v.actor[c]
	return owner < 0 || !party(v.actors, owner, subj)
}

// coercive reports whether an act of the type, held over another, is a threat: force,
// sanctions, expulsions, a break of ties. A veto or a protest promised is not.
func coercive(t geokg.RelationType) bool {
	switch t {
	case geokg.Attacks, geokg.Sanctions, geokg.Expels, geokg.SeversTiesWith:
		return true
	}
	return false
}

// threatModals are the auxiliaries of an act held over another: "will impose", "could
// sever".
var threatModals = map[string]bool{"will": true, "would": true, "could": true, "can": true, "may": true, "might": true}

// threatened returns the word that makes the act at t, blocked only by a modal, a threat
// (0 for none): the threat verb whose reported clause holds it ("Turkey warned it could
// sever ties with Israel"), or the act itself when a condition on another hangs on it
// ("the US will impose sanctions if Iran ...", "... should Iran refuse"). An act said
// to come ("said it will expel") is announced, not threatened.
func (v *sentence) threatened(t int, blocked string) int {
	modal, ok := strings.CutPrefix(blocked, "modal: ")
	if !ok || !threatModals[modal] || !v.hasChild(t, "aux", modal) {
		return 0 // the act's own modal, not one it shares with a verb it is coordinated with
	}
	for _, k := range v.kids[t] {
		if syntax.BaseRel(v.word(k).Deprel) == "advmod" && negation[v.lemmas[k]] {
			return 0 // "would not impose": no threat
		}
	}
	for _, k := range v.kids[t] {
		if v.word(k).Deprel != "advcl" {
			continue
		}
		for _, c := range v.kids[k] {
			w, d := v.lemmas[c], v.word(c).Deprel
			if d == "mark" && (w == "if" || w == "unless") || d == "aux" && w == "should" && c < v.subjectStart(k) {
				return t
			}
		}
	}
	child := t
	for h := v.word(t).Head; h > 0; child, h = h, v.word(h).Head {
		switch syntax.BaseRel(v.word(child).Deprel) {
		case "ccomp":
			if threatVerbs[v.lemmas[h]] && v.modalOrNegated(h) == "" {
				return h
			}
			return 0
		case "conj":
			continue
		default:
			return 0
		}
	}
	return 0
}

// boundParticiple reports whether the adverbial clause at k is a participle bound to the
// verb h before it: an -ing form without a subject or a mark of its own, after h and not
// set off from it by a comma ("not been seen conducting attacks"; not "did not comment,
// citing the talks", which tells an act of its own).
func (v *sentence) boundParticiple(h, k int) bool {
	if v.word(k).XPOS != "VBG" || k < h || len(v.subjects(k)) > 0 {
		return false
	}
	for _, c := range v.kids[k] {
		if syntax.BaseRel(v.word(c).Deprel) == "mark" {
			return false
		}
	}
	for j := h + 1; j < k; j++ {
		if v.word(j).Form == "," {
			return false
		}
	}
	return true
}

// sharedParticiple reports whether the adverbial clause at k is an -ing participle with
// no subject and no mark of its own but "on" ("lashing out at Chile", "on lashing out"):
// it tells more of its head's act, in the same mood.
func (v *sentence) sharedParticiple(k int) bool {
	if v.word(k).XPOS != "VBG" || len(v.subjects(k)) > 0 {
		return false
	}
	for _, c := range v.kids[k] {
		if syntax.BaseRel(v.word(c).Deprel) == "mark" && v.lemmas[c] != "on" {
			return false
		}
	}
	return true
}

// mereChance reports whether the reason blocked (qualify's) makes an act merely possible
// or conditional: a modal other than "will" and "would" (which may announce an act), or
// a condition.
func mereChance(blocked string) bool {
	if modal, ok := strings.CutPrefix(blocked, "modal: "); ok {
		return modal != "will" && modal != "would"
	}
	return strings.HasPrefix(blocked, "conditional: ")
}

// mannerClause reports whether the adverbial -ing clause at k says how its head's act
// is done ("as far as cutting ties", "by expelling diplomats").
func (v *sentence) mannerClause(k int) bool {
	return v.word(k).XPOS == "VBG" && (v.hasChild(k, "mark", "as") || v.hasChild(k, "mark", "by") || v.hasChild(k, "case", "by"))
}

// modalHolder returns the word whose own auxiliary gives the act at t its modality: t,
// or the head of the manner clause or participle t is ("could go as far as cutting",
// "could respond, cutting ties").
func (v *sentence) modalHolder(t int) int {
	if w := v.word(t); syntax.BaseRel(w.Deprel) == "advcl" && (v.mannerClause(t) || v.sharedParticiple(t)) && w.Head > 0 {
		return w.Head
	}
	return t
}

// ownThreat reports whether an act blocked only by a modal of possibility is a threat
// its own author makes: "Turkey said it could sever ties with Israel", "'We could go as
// far as cutting ties,' he added"; with future, also one blocked by "will" or "would" (an
// attack, which is no act to announce as done: "Peru said it would strike Chile"). Said of
// another ("Russia could invade, analysts said") or unsaid, it is speculation.
func (v *sentence) ownThreat(t int, blocked string, actors []Actor, src []int, future bool) bool {
	modal, ok := strings.CutPrefix(blocked, "modal: ")
	if !ok || modal != "could" && modal != "might" && modal != "may" && !(future && (modal == "will" || modal == "would")) || len(src) == 0 {
		return false
	}
	m := v.modalHolder(t)
	if !v.hasChild(m, "aux", modal) || v.modalOrNegated(m) != blocked {
		return false
	}
	if v.negatedHere(m) {
		return false // "said it would not attack", "could not sever"
	}
	return v.ownSpeakers(v.reportedBy(m), actors, src)
}

// ownSpeakers reports whether the speech verb at sp (0 for none) has speakers, all of
// them the actors of src or officials and bodies who speak for them (an actor's Side:
// "President Boric said Chile would strike Peru", "Peru could cut ties with Chile, its
// foreign minister said": the state's own voice).
func (v *sentence) ownSpeakers(sp int, actors []Actor, src []int) bool {
	if sp == 0 {
		return false
	}
	speakers := v.argument(sp, v.subjects(sp))
	if len(speakers) == 0 {
		return false
	}
	for _, a := range speakers {
		for _, b := range src {
			if actors[a].ID != actors[b].ID && (actors[a].Side == "" || actors[a].Side != actors[b].ID) {
				return false
			}
		}
	}
	return true
}

// arranged reports whether the verb at h arranges its object for later rather than
// carrying it out: a verb that is both a support verb and an undone verb, with the particle
// "up" ("set up meetings with Ruiz", while "set a deadline for Chile" sets it).
func (v *sentence) arranged(h int) bool {
	if !supportVerbs[v.lemmas[h]] || !undoneVerbs[v.lemmas[h]] {
		return false
	}
	for _, k := range v.kids[h] {
		if v.word(k).Deprel == "compound:prt" && v.lemmas[k] == "up" {
			return true
		}
	}
	return false
}

// readinessWords say that their subject stands ready to act (class `readiness-word`).
var readinessWords = wordClass("readiness-word")

// ownReadiness reports whether an act left undone by a word of readiness ("ready",
// "prepared", "poised" to do it) is a threat its own author states or warns of: "Peru said
// it is ready to strike Chile", "warned that its army was prepared to attack Chile", "said
// it stands ready to attack". Readiness said of another ("Chile said Peru was ready to
// strike"), denied ("was not ready to") or unsaid tells of a state, no threat.
func (v *sentence) ownReadiness(t int, blocked string, actors []Actor, src []int) bool {
	w := v.word(t)
	if len(src) == 0 || w.Head <= 0 || !readinessWords[v.lemmas[w.Head]] || (blocked != "not done: "+v.lemmas[w.Head] && blocked != "purpose: to") {
		return false
	}
	if d := syntax.BaseRel(w.Deprel); d != "xcomp" && d != "advcl" {
		return false
	}
	if strings.HasPrefix(v.modalOrNegated(w.Head), "negated") {
		return false
	}
	return v.ownSpeakers(v.toldBy(w.Head), actors, src)
}

// announcedAct reports whether an act blocked by "will" or "would" (a refusal, or a
// decision of announceable type) is one its own subject announces: "Iran vowed it would
// defy the Security Council", "Caracas said it will reject the plan", "the United States
// said it would expel 60 Russian diplomats". An act declared is the act, not a modal one;
// one that another reports ("Britain said Iran would defy"), a condition ("would reject
// it if ...") and "may", "could" or a negation leave it blocked. With negated set, the
// act must be negated instead, a refusal announced ("Peru said it will not negotiate
// with Chile": see announced).
// The speakers are returned too: an act whose subject is a pronoun no actor resolves
// ("it would defy") is the speaker's.
func (v *sentence) announcedAct(t int, blocked string, actors []Actor, src []int, negated bool) (bool, []int) {
	modal, ok := strings.CutPrefix(blocked, "modal: ")
	if !ok || modal != "will" && modal != "would" {
		return false, nil
	}
	m := v.modalHolder(t)
	if !v.hasChild(m, "aux", modal) || v.modalOrNegated(m) != blocked || v.conditional(m) || syntax.BaseRel(v.word(m).Deprel) != "ccomp" {
		return false, nil
	}
	if v.endedHere(m) != negated {
		return false, nil // "would not reject"; a refusal needs its "not"
	}
	h := v.word(m).Head
	if h <= 0 || !speechVerbs[v.lemmas[h]] && !threatVerbs[v.lemmas[h]] || v.modalOrNegated(h) != "" {
		return false, nil
	}
	speakers := v.argument(h, v.subjects(h))
	if len(speakers) == 0 {
		return false, nil
	}
	if len(src) == 0 {
		subj := v.subjects(m)
		if len(subj) != 1 || v.word(subj[0]).UPOS != "PRON" {
			return false, nil
		}
	}
	for _, a := range speakers {
		for _, b := range src {
			if actors[a].ID != actors[b].ID {
				return false, nil
			}
		}
	}
	return true, speakers
}

// endedHere reports whether the clause headed by m is negated by its own "not", "never" or
// "no longer" ("will not talk", "would no longer meet").
func (v *sentence) endedHere(m int) bool {
	for _, k := range v.kids[m] {
		if v.noLonger(k) {
			return true
		}
	}
	return v.negatedHere(m)
}

// noLonger reports whether the word at k is the "longer" of "no longer".
func (v *sentence) noLonger(k int) bool {
	return strings.EqualFold(v.word(k).Form, "longer") && v.hasChild(k, "advmod", "no")
}

// upperConjunct returns the finite verb whose complement (through non-finite
// complements) the non-finite verb h is, when the finite verb c joined to h as a
// conjunct has that verb's form: "Peru denies it is arming rebels and accuses Chile",
// "denied it was planning to arm rebels and accused Chile" join the accusing to the
// denial, not to the arming. It returns 0 otherwise.
func (v *sentence) upperConjunct(c, h int) int {
	form := v.word(c).XPOS
	if form == "VBN" && !v.hasKid(c, "aux") && !v.hasKid(c, "aux:pass") {
		form = "VBD" // "and accused Chile", tagged as a participle
	}
	if form != "VBZ" && form != "VBD" && form != "VBP" {
		return 0
	}
	for w := v.word(h); w.XPOS == "VBG" || w.XPOS == "VB"; w = v.word(w.Head) {
		if b := syntax.BaseRel(w.Deprel); b != "ccomp" && b != "xcomp" || w.Head <= 0 {
			return 0
		}
		if v.word(w.Head).XPOS == form {
			return w.Head
		}
	}
	return 0
}

// modalOrNegated returns why the clause headed by h is not a done act: a modal
// auxiliary or a negation of its own, or "".
func (v *sentence) modalOrNegated(h int) string {
	for _, k := range v.kids[h] {
		w, d := v.lemmas[k], syntax.BaseRel(v.word(k).Deprel)
		switch {
		case d == "aux" && modalAux[w]:
			return "modal: " + w
		case d == "advmod" && negation[w]:
			return "negated: " + w
		}
	}
	return ""
}

// wrongdoing reports whether an act of the type, said of another, alleges wrongdoing:
// "Ukraine said Russia attacked Kyiv", "Seoul says Pyongyang threatened it". Reporting
// another's sanctions, condemnations or demands accuses no one.
func wrongdoing(t geokg.RelationType) bool { return t == geokg.Attacks || t == geokg.Threatens }

// warning reports whether f reads a warning: a warning verb ("warned Chile") or noun ("a
// warning to Chile"), or a verb whose required object is a warning ("issued a warning
// to", "escalated his warnings against"). Told of another, a warning is no misdeed the
// speaker accuses him of.
func warning(f Frame) bool {
	if warningVerbs[f.Lemma] || warningNouns[f.Lemma] {
		return true
	}
	for _, c := range f.Requires {
		if slices.Contains(c.Lemmas, "warning") {
			return true
		}
	}
	return false
}

// hostile reports whether an act of the type, warned of, is a threat: conflictual
// types (a negative weight on the cooperation-conflict scale).
func hostile(t geokg.RelationType) bool { return t.Goldstein() < 0 }

// announceable reports whether an act of type t is a state's decision that its author
// announces as done by saying it will do it ("The United States said it would expel 60
// Russian diplomats", "Iraq said it would sever ties"): expulsions, sanctions and their
// lifting, ties cut or restored, recognition. Announced, it is read as the act
// (announcedAct); "could", "might", a condition or a negation still block it.
func announceable(t geokg.RelationType) bool {
	switch t {
	case geokg.Expels, geokg.Sanctions, geokg.LiftsSanctions, geokg.SeversTiesWith, geokg.RestoresTiesWith, geokg.Recognizes:
		return true
	}
	return false
}

// conditionPhraseBefore returns "in case" or "in the event" when that phrase comes before
// the word t with no comma, semicolon, colon, dash or parenthesis between: the act is the
// condition of another, not done ("kept the measures in reserve in case the situation
// worsens and Russia launches an incursion into Ukraine", "vowed to retaliate in the
// event of a U.S. attack on Syria"). Read on the words, because the parser splits "in
// case" (as a preposition and a noun) as often as it makes it a mark. "In the case of" is
// no condition; a fronted "In case you missed it, ..." ends at its comma. It returns
// "were" or "had" too when the clause of t opens with that verb before its subject: an
// inverted condition ("Were Chile to attack Peru, ...", "Had Chile struck Peru, ...").
func (v *sentence) conditionPhraseBefore(t int) string {
	for i := t - 1; i >= 1 && i >= t-30; i-- {
		switch f := v.word(i).Form; f {
		case ",", ";", ":", "--", "\u2014", "\u2013", "(", ")":
			return v.inverted(i+1, t)
		case "case", "Case":
			if i > 1 && strings.EqualFold(v.word(i-1).Form, "in") {
				return "in case"
			}
		case "event":
			if i > 2 && strings.EqualFold(v.word(i-1).Form, "the") && strings.EqualFold(v.word(i-2).Form, "in") {
				return "in the event"
			}
		}
	}
	return v.inverted(1, t)
}

// inverted returns "were" or "had" when the clause opening at word i, before the word t,
// opens with that verb, its subject (a noun phrase without a preposition) and then the
// "to" or the past form of the verb it carries ("Were Chile to attack", "had it struck";
// not "had a meeting with Boric and criticized"), else "".
func (v *sentence) inverted(i, t int) string {
	f := strings.ToLower(v.word(i).Form)
	if f != "were" && f != "had" || i+1 >= t || !nominalStart[v.word(i+1).UPOS] {
		return "" // "were quick to", "had a meeting"
	}
	for j := i + 2; j <= t; j++ {
		switch w := v.word(j); {
		case f == "were" && strings.EqualFold(w.Form, "to"), f == "had" && (w.XPOS == "VBN" || w.XPOS == "VBD"):
			return f
		case !nominalStart[w.UPOS] && w.UPOS != "ADJ" && w.UPOS != "NUM":
			return ""
		}
	}
	return ""
}

// nominalStart holds the tags a subject noun phrase opens with.
var nominalStart = map[string]bool{"NOUN": true, "PROPN": true, "PRON": true, "DET": true}

// wishedOutcome returns the to-infinitive or participle of the verb at t that wishes its
// object an outcome rather than asks it to act, else 0: an outcome verb without a
// particle ("wants Peru to win", "to succeed"; not "to win back the trust of") or a
// passive ("wants Peru to be punished", "wanted Ruiz removed").
func (v *sentence) wishedOutcome(t int) int {
	for _, k := range v.kids[t] {
		if v.word(k).Deprel != "xcomp" {
			continue
		}
		if outcomeVerbs[v.lemmas[k]] && !v.phrasal(k) || isPassive(v, k) || (v.word(k).XPOS == "VBN" || v.word(k).XPOS == "VBD") && !v.hasChild(k, "mark", "to") {
			return k
		}
	}
	return 0
}

// outcomeVerbs name what befalls their subject rather than what it does (class
// outcome-verb): "win", "succeed".
var outcomeVerbs = wordClass("outcome-verb")

// phrasal reports whether the verb at k takes a particle ("win back", "win over"),
// whether parsed as a particle or as an adverb.
func (v *sentence) phrasal(k int) bool {
	return v.hasKid(k, "compound:prt") || v.particle(k) > 0
}

// pastFact returns the head of the "that" clause of the warning verb at t when it tells
// what had happened or was happening, a past perfect or past progressive with no modal
// and no condition ("warned Peru that hackers had entered", "that smugglers were
// crossing"), else 0: a warning of what will or would come ("that the raid would have
// consequences", "that it will face sanctions") is a threat, and so is a simple past,
// which reported speech shifts back from the present ("warned that Chile was ready to
// act").
func (v *sentence) pastFact(t int) int {
	for _, k := range v.warnedClauses(t) {
		if v.conditional(k) {
			return 0
		}
		past := false
		for _, c := range v.kids[k] {
			switch d := v.word(c).Deprel; {
			case d == "aux" && modalAux[v.lemmas[c]]:
				return 0
			case d == "aux" && v.word(c).XPOS == "VBD" && (v.lemmas[c] == "have" || v.lemmas[c] == "be" && v.word(k).XPOS == "VBG"):
				past = true // "had entered", "were crossing"
			}
		}
		if past {
			return k
		}
	}
	return 0
}

// warnedClauses returns the "that" clauses of the warning verb at t: its clausal
// complements, and those the parser hung on its object ("warned Peru that ...").
func (v *sentence) warnedClauses(t int) []int {
	var out []int
	for _, k := range v.kids[t] {
		switch v.word(k).Deprel {
		case "ccomp":
			out = append(out, k)
		case "obj", "iobj":
			for _, c := range v.kids[k] {
				if v.word(c).Deprel == "ccomp" && v.hasChild(c, "mark", "that") {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// warningVerbs are the verbs of a warning that is a threat when it tells what will come
// (class warning-verb).
var warningVerbs = wordClass("warning-verb")

// warningNouns name a warning given (class warning-noun: "issued a warning to").
var warningNouns = wordClass("warning-noun")

// launchVerbs fire weapons (class launch-verb) and projectileNouns name what they fire
// (class projectile-noun).
var (
	launchVerbs     = wordClass("launch-verb")
	projectileNouns = wordClass("projectile-noun")
)

// noMisdeed reports whether the attack or threat fa, told of its doer by another, is no
// misdeed the teller accuses him of: a warning, a launch at no one (launchOnly), a fight
// with no one fought (fightAtNoOne) or one that two doers or more share (sharedFoe).
func (v *sentence) noMisdeed(fa frameAct) bool {
	return warning(fa.f) || v.launchOnly(fa.t, fa.tgt) || v.fightAtNoOne(fa.t, fa.tgt) || len(fa.src) > 1 && v.sharedFoe(fa.t)
}

// fightAtNoOne reports whether the act at t is a fighting verb (class war-word) with no
// target and no object ("said Peruvians had gone to fight for the Shining Path", "said
// Peru was fighting alongside Chile"): whom its doer fights is not told, and the teller
// may as well tell whom it fights with. A fight of someone not an actor is told as the
// misdeed it is ("said Peru's army was fighting the rebels").
func (v *sentence) fightAtNoOne(t int, tgt []int) bool {
	return warWords[v.lemmas[t]] && v.word(t).UPOS == "VERB" && len(tgt) == 0 && len(v.dependents(t, Slot{Rel: "obj"}, isPassive(v, t))) == 0
}

// sharedFoe reports whether the object of the act at t is one its doers share, "the
// same" or "a common" one ("said Peru and Ecuador were fighting the same rebels", "a
// common enemy"): told of several doers, a fight side by side.
func (v *sentence) sharedFoe(t int) bool {
	for _, o := range v.dependents(t, Slot{Rel: "obj"}, isPassive(v, t)) {
		if v.hasChild(o, "amod", "common") || v.hasChild(o, "amod", "same") && v.hasChild(o, "det", "the") {
			return true
		}
	}
	return false
}

// launchOnly reports whether the act at t is a firing or launch (class launch-verb) that
// names no target, of a projectile or of nothing ("fired two missiles into the sea",
// "has launched twenty missiles this year", "fired back"): told of another, a launch at
// no one is a test or a shot as often as an attack, and no misdeed the speaker accuses
// its doer of; a launch of an attack ("launched airstrikes") is one.
func (v *sentence) launchOnly(t int, tgt []int) bool {
	if len(tgt) > 0 || !launchVerbs[v.lemmas[t]] {
		return false
	}
	for _, k := range v.dependents(t, Slot{Rel: "obj"}, false) {
		if !projectileNouns[v.lemmas[k]] {
			return false
		}
	}
	return true
}

// awaited reports whether the clause headed by h is one of an act awaited: a present-tense
// clause after "before" or "until" ("before he travels to Lima", "until Chile has
// withdrawn"); its act has not come yet.
func (v *sentence) awaited(h int) bool {
	for _, k := range v.kids[h] {
		if syntax.BaseRel(v.word(k).Deprel) == "mark" && pendingMarks[v.lemmas[k]] {
			return v.presentTense(h)
		}
	}
	return false
}

// presentTense reports whether the clause headed by h is in the present tense: its verb,
// or its first auxiliary or copula, is a present form ("blames", "has withdrawn", "is
// supposed to").
func (v *sentence) presentTense(h int) bool {
	for _, k := range v.kids[h] {
		if r := syntax.BaseRel(v.word(k).Deprel); r == "aux" || r == "cop" {
			x := v.word(k).XPOS
			return x == "VBZ" || x == "VBP"
		}
	}
	x := v.word(h).XPOS
	return x == "VBZ" || x == "VBP"
}

// FriendlyAct reports whether, on the parse s, the verb at word w (1-based) names an act
// of aid, support or cooperation: a frame of the lexicon whose constraints the parse meets
// has a friendly type and none a hostile one ("increase aid to Peru", "send arms to Peru"), or,
// for a verb with no frame of its own met that does not stop what it takes (class
// `stop-verb`), its object is a friendly act noun ("speed up the delivery of arms to
// Peru"; not "cut off arms to Peru"). It lets the sentence rule "vowed to" tell a promise
// from a threat.
func (m *Matcher) FriendlyAct(s *syntax.Sentence, w int) bool {
	if s == nil || w < 1 || w > len(s.Words) || s.Word(w).UPOS != "VERB" {
		return false
	}
	v := newSentence(s, nil, m.stands)
	switch m.polarity(v, w) {
	case 1:
		return true
	case -1:
		return false
	}
	if stopVerbs[v.lemmas[w]] {
		return false
	}
	for _, k := range v.kids[w] {
		if syntax.BaseRel(v.word(k).Deprel) == "obj" && v.word(k).UPOS == "NOUN" && m.polarity(v, k) == 1 {
			return true
		}
	}
	return false
}

// stopVerbs end or hold back what they take: "cut off arms to Peru" is no aid.
var stopVerbs = wordClass("stop-verb")

// polarity returns 1 when the frames of the word at k whose constraints the parse meets
// are all of friendly types, -1 when one is hostile, 0 when none is met.
func (m *Matcher) polarity(v *sentence, k int) int {
	p := 0
	for _, f := range m.lex.Lookup(v.lemmas[k], v.word(k).UPOS) {
		if !v.satisfies(k, f.Requires, isPassive(v, k)) {
			continue
		}
		if hostile(f.Type) {
			return -1
		}
		p = 1
	}
	return p
}

// negatedHere reports whether a negation word hangs on word m itself ("would not
// attack").
func (v *sentence) negatedHere(m int) bool {
	for _, k := range v.kids[m] {
		if negation[v.lemmas[k]] || negation[strings.ToLower(v.word(k).Form)] {
			return true
		}
	}
	return false
}
