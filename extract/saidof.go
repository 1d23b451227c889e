package extract

import (
	"strings"

	"github.com/geokg/geokg/syntax"
)

// This file holds the parse checks of the sentence rules that read a speaker's words as
// said of an actor (reportedCriticism, quotedCriticism) and a reaction as received by an
// actor (criticismFrom). Those rules find their words in a window of tokens; on a parsed
// sentence (document.parsed) they keep only the readings the sentence's structure bears
// out: the negative word is the verdict of the clause whose subject is the actor, and the
// reaction's receiver is the subject of the verb that receives it.

// wordAt returns the position in s of the word that starts at byte offset off of the
// article, or 0.
func wordAt(s *syntax.Sentence, off int) int {
	for i := range s.Words {
		if s.Words[i].Start == off {
			return i + 1
		}
	}
	return 0
}

// spanHead returns the word of s inside the byte span [start, end) whose head lies outside
// it (the head of "Mr Guaidó's" is "Guaidó"), or 0 when no word lies inside it.
func spanHead(s *syntax.Sentence, start, end int) int {
	inside := func(i int) bool {
		w := s.Word(i)
		return w != nil && w.Start >= start && w.End <= end
	}
	for i := range s.Words {
		if inside(i+1) && !inside(s.Words[i].Head) {
			return i + 1
		}
	}
	return 0
}

// judgingHeads are clause heads whose own meaning aims the clause's negative words at
// something other than its subject: "Damascus has warned of the threat of terrorism",
// "Obama believes it is terrorism", "the US condemns senseless attacks".
var judgingHeads = map[string]bool{
	"say": true, "tell": true, "warn": true, "believe": true, "think": true, "claim": true,
	"insist": true, "know": true, "fear": true, "hope": true, "want": true, "argue": true,
	"condemn": true, "criticize": true, "criticise": true, "denounce": true, "accuse": true,
	"blame": true, "fight": true, "oppose": true, "deny": true, "reject": true,
	"combat": true, "prevent": true, "stop": true, "protect": true, "defend": true,
	"mention": true, "describe": true, "call": true, "discuss": true, "investigate": true,
	"speak": true, "talk": true, "complain": true, "worry": true, "raise": true,
}

// nestedClause are the relations that open a clause of its own inside a clause: a
// negative word there is said of that clause's subject, not of the outer one's.
var nestedClause = map[string]bool{
	"ccomp": true, "csubj": true, "advcl": true, "acl": true, "parataxis": true,
	"xcomp": true, "nsubj": true, "expl": true,
}

// copulaLike are verbs that link their subject to a verdict as "be" does ("amount to",
// "constitute", "represent", "seem").
var copulaLike = map[string]bool{
	"amount": true, "constitute": true, "represent": true, "seem": true, "appear": true,
	"remain": true, "become": true, "prove": true,
}

// verdictVerbForms are the verbs that give their object a verdict in a second phrase
// ("considers the group a terrorist organisation", "called the vote illegal").
var verdictVerbForms = map[string]bool{
	"consider": true, "call": true, "describe": true, "term": true, "label": true,
	"brand": true, "deem": true, "regard": true, "view": true,
}

// saidOf reports whether, in s, a word that neg accepts is said of the actor spanning the
// byte span [start, end) in what the speech verb at word v reports:
//
//	v [the actor('s noun)] ... [negative]   the actor (its possessor, compound or
//	                                        modifier) is the subject of v's clausal
//	                                        complement, or of the clause v is set off from
//	                                        ("“...,” he said"), and the negative word is
//	                                        that clause's predicate or inside its objects
//	                                        and phrases, not in a clause of its own
//	considers [the actor] [a negative]      a verdict verb's object, the word in its
//	                                        second phrase
//
// It is false when the clause's head speaks or judges itself ("warned of terrorism",
// "condemns senseless attacks"), when the negative word belongs to a nested clause or to
// a passive's agent ("was subjected to fire by terrorist gangs"), when the clause is a
// prediction or a condition ("would help", "if"), and when the actor is not the clause's
// subject ("the Ukraine issue was used to protect the gang"). A means clause ("by
// supporting criminal gangs") and a copula-like verb ("amount to") are the clause's own.
// When the judged thing is parsed as the speech verb's own subject, the parse cannot
// place the verdict and saidOf is true: the caller's window reading stands.
func saidOf(s *syntax.Sentence, v, start, end int, neg func(lower string) bool) bool {
	t := spanHead(s, start, end)
	if t == 0 || v <= 0 || v > len(s.Words) {
		return false
	}
	// the clause whose subject the actor is (or names)
	clause, subj := 0, 0
	cur := t
	for step := 0; step < 4 && cur > 0; step++ {
		w := s.Word(cur)
		rel := w.Deprel
		switch {
		case syntax.BaseRel(rel) == "nsubj":
			clause, subj = w.Head, cur
		case rel == "obj" && w.Head == v && verdictVerbForms[strings.ToLower(s.Word(v).Lemma)]:
			clause, subj = v, cur
		case rel == "nmod:poss" || rel == "compound" || rel == "amod" || rel == "flat" || rel == "appos" || rel == "conj":
			cur = w.Head
			continue
		case syntax.BaseRel(rel) == "nmod" && hasDep(s, cur, "case", "of", "by", "from"):
			cur = w.Head
			continue
		}
		if clause == 0 && cur != t && linked(s, cur, v) {
			// "said Israel's pretexts amount to a violation", parsed with the possessor
			// under the clause's verb: the actor stands at the clause's head
			clause, subj = cur, t
		}
		break
	}
	if clause == v && syntax.BaseRel(s.Word(subj).Deprel) == "nsubj" {
		// the judged thing parsed as the speech verb's own subject ("Serbia said the
		// move to recognise the province was illegal", with "move" a second subject of
		// "said"): a parse that cannot say what the verdict is on; the window's reading
		// stands
		return true
	}
	if clause == 0 || !linked(s, clause, v) {
		return false
	}
	if clause != v && judgingHeads[strings.ToLower(s.Word(clause).Lemma)] {
		return false
	}
	if clause != v && (hasDep(s, clause, "aux", "would", "could", "might", "may") || hasDep(s, clause, "mark", "if", "whether", "unless")) {
		return false // "a divided America would help the Islamic State ...": a prediction, no verdict
	}
	for i := range s.Words {
		w := &s.Words[i]
		if !neg(strings.ToLower(w.Form)) && !neg(strings.ToLower(w.Lemma)) {
			continue
		}
		if verdictOn(s, i+1, clause, subj, v) && !opposing(s, i+1, neg) {
			return true
		}
	}
	return false
}

// verdictOn reports whether the word at w lies in the predicate of the clause headed by
// clause (w itself, or below it through objects, phrases and modifiers), not in its
// subject subj, a nested clause, a "by" phrase or an "against" phrase (what the subject
// opposes: "a partner in the fight against terrorism").
func verdictOn(s *syntax.Sentence, w, clause, subj, v int) bool {
	prev := ""
	for n := 0; n < len(s.Words) && w > 0; n++ {
		if w == clause {
			return true
		}
		if w == subj {
			// "called the expulsions a gesture", parsed with the second phrase under the
			// first: a verdict verb's object and its verdict
			return clause == v && (prev == "obj" || prev == "xcomp")
		}
		word := s.Word(w)
		prev = syntax.BaseRel(word.Deprel)
		rel := syntax.BaseRel(word.Deprel)
		if word.Head == clause && clause == v && (rel == "xcomp" || rel == "obj" || rel == "obl") {
			// a verdict verb's second phrase: "considers MEK [a terrorist group]"
			w = word.Head
			continue
		}
		if rel == "xcomp" && (copulaLike[strings.ToLower(word.Lemma)] || copulaLike[strings.ToLower(s.Word(word.Head).Lemma)]) {
			w = word.Head // "the charges amount to hypocrisy": a verdict in other words
			continue
		}
		if rel == "advcl" && (hasDep(s, w, "case", "by") || hasDep(s, w, "mark", "by")) && !hasSubject(s, w) {
			w = word.Head // "had made an error by supporting criminal activity": the means, its subject's act
			continue
		}
		if nestedClause[rel] || word.Deprel == "obl:agent" || (rel == "obl" || rel == "nmod") && hasDep(s, w, "case", "by") {
			return false
		}
		if (rel == "obl" || rel == "nmod") && hasDep(s, w, "case", "against") {
			return false // "is waging war against terrorism": what the subject opposes, no verdict on it
		}
		if rel == "conj" && hasSubject(s, w) {
			return false // "NATO is necessary and no threat looms larger": a clause of its own
		}
		w = word.Head
	}
	return false
}

// opposing reports whether the negative word at w names the subject's opposition to an
// evil: it takes an "against" phrase whose noun neg accepts, itself or as the object of a
// verb that takes one ("a main force against terrorism", "is waging war against
// terrorism"); "aggression against Bolivia" stays a verdict.
func opposing(s *syntax.Sentence, w int, neg func(lower string) bool) bool {
	if againstEvil(s, w, neg) {
		return true
	}
	word := s.Word(w)
	return word.Deprel == "obj" && word.Head > 0 && againstEvil(s, word.Head, neg)
}

// againstEvil reports whether the word at w has an "against" phrase whose noun neg
// accepts.
func againstEvil(s *syntax.Sentence, w int, neg func(lower string) bool) bool {
	for _, c := range s.Children(w) {
		x := s.Word(c)
		if rel := syntax.BaseRel(x.Deprel); (rel == "obl" || rel == "nmod") && hasDep(s, c, "case", "against") && (neg(strings.ToLower(x.Form)) || neg(strings.ToLower(x.Lemma))) {
			return true
		}
	}
	return false
}

// linked reports whether the clause headed by c is what the speech verb at v reports: v
// itself, v's complement (or a conjunct of it), or the clause v is set off from.
func linked(s *syntax.Sentence, c, v int) bool {
	for n := 0; n < 3 && c > 0; n++ {
		if c == v || s.Word(c).Head == v {
			return true
		}
		if w := s.Word(v); w.Head == c && (syntax.BaseRel(w.Deprel) == "parataxis" || syntax.BaseRel(w.Deprel) == "ccomp") {
			return true
		}
		if s.Word(c).Deprel != "conj" {
			return false
		}
		c = s.Word(c).Head
	}
	return false
}

// hasSubject reports whether the word at w has a subject of its own.
func hasSubject(s *syntax.Sentence, w int) bool {
	for _, c := range s.Children(w) {
		if r := syntax.BaseRel(s.Word(c).Deprel); r == "nsubj" || r == "csubj" || r == "expl" {
			return true
		}
	}
	return false
}

// receivedBy reports whether, in s, the actor spanning the byte span [start, end) is the
// subject of the verb at v or owns it ("Denmark sparked sharp criticism", "Canada's
// decision sparked condemnation"), or is the subject of the clause a conjunct v shares it
// with ("announced ... and drew criticism"). It is false for "a decision that drew
// criticism" (the relative's antecedent is the decision, no actor) and for an actor
// elsewhere in the sentence.
func receivedBy(s *syntax.Sentence, v, start, end int) bool {
	t := spanHead(s, start, end)
	for n := 0; n < 3 && v > 0 && t > 0; n++ {
		for _, c := range s.Children(v) {
			if syntax.BaseRel(s.Word(c).Deprel) != "nsubj" {
				continue
			}
			if c == t {
				return true
			}
			if w := s.Word(t); w.Head == c && (w.Deprel == "nmod:poss" || w.Deprel == "compound" || w.Deprel == "amod") {
				return true // "Canada's decision sparked condemnation": its author's
			}
			if s.Word(c).UPOS == "PRON" && s.Word(v).Deprel == "acl:relcl" && s.Word(v).Head == t {
				return true // "Peru, which drew criticism from Chile"
			}
			return false
		}
		if s.Word(v).Deprel != "conj" && s.Word(v).Deprel != "xcomp" {
			return false
		}
		v = s.Word(v).Head
	}
	return false
}

// hasDep reports whether the word at w has a dependent of relation rel (its base
// relation: "aux" takes "aux:pass") that is one of the words, in any case: its
// preposition ("case": "by supporting"), its mark ("mark": "if") or an auxiliary
// ("aux": "would").
func hasDep(s *syntax.Sentence, w int, rel string, words ...string) bool {
	for _, c := range s.Children(w) {
		x := s.Word(c)
		if syntax.BaseRel(x.Deprel) != rel {
			continue
		}
		for _, word := range words {
			if strings.EqualFold(x.Form, word) {
				return true
			}
		}
	}
	return false
}

// tokenAt returns the index of the token of toks that starts at byte offset off (where a
// parse word starts), or -1: the inverse of wordAt.
func tokenAt(toks []Token, off int) int {
	for q, t := range toks {
		if t.Start == off {
			return q
		}
	}
	return -1
}
