package frames

import (
	"github.com/geokg/geokg"
	"github.com/geokg/geokg/syntax"
)

// This file finds a trigger's subject beyond its own slots: the subject its clause
// inherits (control, raising, coordination), coordinated subjects (conjuncts), the
// subject of a support verb ("imposed sanctions") or of the verb a noun is the instrument
// of, the pair of a hyphenated compound and an apposed name.

// subjects returns the syntactic subjects of a clause head (nsubj or nsubj:pass).
func (v *sentence) subjects(h int) []int {
	var out []int
	for _, k := range v.kids[h] {
		if syntax.BaseRel(v.word(k).Deprel) == "nsubj" {
			out = append(out, k)
		}
	}
	return out
}

// inheritedSubject finds the actor-holding subject of a trigger that has none of its
// own: the subject of the verb it is coordinated with, of the verb that controls it
// ("decided to expel": the deciders; "urged Iran to stop": Iran), the noun a relative
// clause modifies, whom a ranked noun stands for ("Ruiz was the first minister to visit
// Chile": rankedHolder; not "the last country to", which says it would not), or the
// subject of the clause an adverbial clause hangs on. The
// subject passed on is the syntactic one: in "the gunmen were supported by Serbia and
// called ...", Serbia is no subject of "called".
func (v *sentence) inheritedSubject(t int) []int {
	onlyConj := true // every step so far went from a conjunct to its first verb
	if as, part := v.partOwner(t); part {
		return as // "Peru's role in propping up Boric": whose part it was
	}
	for steps := 0; steps < 8; steps++ {
		w := v.word(t)
		h := w.Head
		if h <= 0 {
			return nil
		}
		switch rel := syntax.BaseRel(w.Deprel); rel {
		case "conj", "advcl", "xcomp":
			onlyConj = onlyConj && rel == "conj"
			if rel == "xcomp" || rel == "advcl" && causeVerbs[v.lemmas[h]] && v.hasChild(t, "mark", "to") {
				// "urged Iran to", "prompting Tehran to accuse": the object acts
				if objs := v.dependents(h, Slot{Rel: "obj"}, false); len(objs) > 0 {
					return v.argument(h, objs)
				}
			}
			if rel == "advcl" && v.gerundMark(t) && w.XPOS == "VBG" {
				// "accused the U.S. of using", "thanked Japan for helping", "blocked the
				// ministry from releasing": an object that names an actor does it (not
				// "faced criticism for congratulating Putin")
				if objs := v.dependents(h, Slot{Rel: "obj"}, false); len(objs) > 0 && !receiveVerbs[v.lemmas[h]] {
					return v.argument(h, objs) // "condemned foreign powers for backing": not the condemner
				}
			}
			if subj := v.subjects(h); len(subj) > 0 {
				return v.argument(h, subj)
			}
			t = h
		case "acl":
			if w.Deprel == "acl:relcl" {
				return v.actorsOf(h)
			}
			// "Pakistan denies the charge, accusing India of ...": a participle set off by
			// a comma is the clause's, misattached to the noun before it
			if w.XPOS == "VBG" && v.hasChild(t, "punct", ",") {
				if g := v.word(h).Head; g > 0 && v.word(g).UPOS == "VERB" {
					if subj := v.subjects(g); len(subj) > 0 {
						return v.argument(g, subj)
					}
				}
			}
			if g := v.word(h).Head; steps == 0 && w.XPOS == "VBG" && v.gerundMark(t) && v.word(h).Deprel == "obj" && !receiveVerbs[v.lemmas[g]] && !claimVerbs[v.lemmas[g]] {
				// "criticized Chile and Peru for negotiating", the gerund hung on the
				// object: the object does it, as when it hangs on the verb (not an
				// accuser's claim, "accused Chile and Peru of attacking")
				return v.argument(g, []int{h})
			}
			if steps == 0 && v.hasChild(t, "mark", "to") && controlNouns[v.lemmas[h]] && v.word(h).UPOS == "NOUN" {
				// "Britain's decision to expel", "China's threat to impose": the
				// noun's author, or the subject of the verb that makes it ("announced
				// its decision to")
				if as := v.owners(h); len(as) > 0 {
					return as
				}
				return v.supportSubject(h)
			}
			if steps == 0 && v.hasChild(t, "mark", "to") && v.rankedNoun(h) && !v.hasChild(h, "amod", "last") {
				return v.rankedHolder(h) // "Ruiz was the first minister to visit Chile"
			}
			if w.XPOS == "VBG" && (steps == 0 || onlyConj) {
				// "released a statement condemning the attack": the statement's author
				// (the trigger's own participle: not "a video showing a hostage
				// criticizing ...")
				if as := v.statementAuthor(h); len(as) > 0 || statementNouns[v.lemmas[h]] {
					return as
				}
				switch syntax.BaseRel(v.word(h).Deprel) {
				case "nsubj", "obj", "iobj", "root", "conj":
					if !v.hasKid(t, "mark") && !v.hasChild(t, "punct", ",") {
						// "Russian forces backing the regime have taken a larger role":
						// an active participle's noun does it (not a gerund clause
						// misattached to the noun, "accused Iran of supplying", nor a
						// participle set off by a comma)
						return v.actorsOf(h)
					}
				}
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

// gerundMark reports whether the gerund at t is marked "of", "for" or "from", whose
// doer is the object of the verb it completes ("thanked Japan for helping", "accused
// Iran of supplying", "blocked the ministry from releasing").
func (v *sentence) gerundMark(t int) bool {
	return v.hasChild(t, "mark", "of") || v.hasChild(t, "mark", "for") || v.hasChild(t, "mark", "from")
}

// rankedHolder returns the actors a ranked noun at h stands for, whose to-infinitive
// they did ("the first minister to visit Chile"): the subject of the noun as a predicate
// ("Ruiz was the first minister to"), of the verb it completes ("Ruiz became the first
// minister to"), or the name it is apposed to ("Ruiz, the first minister to"); nil for a
// ranked noun in any other place.
func (v *sentence) rankedHolder(h int) []int {
	switch syntax.BaseRel(v.word(h).Deprel) {
	case "root", "conj", "ccomp":
		if v.hasKid(h, "cop") {
			return v.argument(h, v.subjects(h))
		}
	case "xcomp":
		g := v.word(h).Head
		return v.argument(g, v.subjects(g))
	case "appos":
		return v.actorsOf(v.word(h).Head)
	}
	return nil
}

// Nouns of a text that states a position ("statement", "communique", "resolution"), and
// the verbs whose subject makes one public ("released", "issued", "adopted").
var (
	statementNouns = wordClass("statement-noun")
	publishVerbs   = wordClass("publish-verb")
)

// hyphenPair returns the actors of a pair compound that modifies the noun at t ("the
// U.N.-Iraq accord", "the Israeli-Palestinian peace talks", "the Trump-Kim summit"; read
// for meetings, agreements, military exercises and joint acts, the events such a pair
// names, not for "U.S.-China cooperation", as often a topic as a fact; and only for a
// definite noun: "a British-American trade agreement" is as often one to come, but not
// exercises or joint acts, "amid Chile-Peru drills", "joint Chile-Peru patrols"): two or
// three actors joined by hyphens written without spaces, before t and inside its
// modifiers, with only modifiers ("trade", "peace") between them and t; adjectives and
// numbers may stand between the determiner and the pair ("the first Trump-Kim summit").
// Nil otherwise.
func (v *sentence) hyphenPair(t int) []int {
	// the modifiers of t before it: the words just before t whose heads lead to t, after
	// the "and" that may join t to a noun before ("... and the joint Chile-Peru patrols")
	start := t
	for i := t - 1; i >= 1 && v.under(i, t) && v.word(i).Deprel != "cc"; i-- {
		start = i
	}
	var pair []int
	i := start
	definite := false // "the U.N.-Iraq accord"; not "a British-American trade agreement" that Brexit "would kill"
	for i < t && (v.word(i).UPOS == "DET" || v.word(i).Deprel == "nmod:poss" || v.word(i).Deprel == "case" || v.plainModifier(i)) {
		definite = definite || v.lemmas[i] == "the" || v.lemmas[i] == "this" || v.lemmas[i] == "that" || v.word(i).Deprel == "nmod:poss"
		i++
	}
	if !definite && (!v.doneTogether(t) || v.word(t).Head > 0 && v.modalOrNegated(v.word(t).Head) != "") {
		return nil // (nor one in a modal clause: "would be seen as a joint Chile-Peru operation")
	}
	for i < t {
		a := v.actor[i]
		if a < 0 {
			break
		}
		j := i
		for j+1 < t && v.actor[j+1] == a {
			j++
		}
		if contains(pair, a) {
			return nil
		}
		pair = append(pair, a)
		// a hyphen written tight between this actor and the next
		if j+2 < t && (v.word(j+1).Form == "-" || v.word(j+1).Form == "–") && v.tight(j) && v.tight(j+1) && v.actor[j+2] >= 0 {
			i = j + 2
			continue
		}
		i = j + 1
		break
	}
	if len(pair) < 2 || len(pair) > 3 {
		return nil
	}
	for ; i < t; i++ {
		// only plain modifiers between the pair and the noun ("trade", "nuclear")
		if d := v.word(i).Deprel; d != "compound" && d != "amod" || v.actor[i] >= 0 {
			return nil
		}
	}
	return pair
}

// plainModifier reports whether the word at i is an adjective or number that names no
// actor, before a pair compound ("the first Boric-Ruiz summit", "last year's").
func (v *sentence) plainModifier(i int) bool {
	u := v.word(i).UPOS
	return (u == "ADJ" || u == "NUM") && v.actor[i] < 0
}

// apposedName returns the actor a noun that names none is called by, when the parser
// hung the name set off by a comma on a word inside the noun's phrase rather than on
// the noun: "a militia backed by Iran, Harakat al-Nujaba," (the name parsed as Iran's
// apposition), "the Saudi-backed leader of the government-in-exile, Abed Rabbo Mansour
// Hadi,". The first apposition in the phrase that names an actor other than those in
// not; nil when there is none.
func (v *sentence) apposedName(n int, not []int) []int {
	for i := n + 1; i <= len(v.s.Words); i++ {
		if !v.under(i, n) {
			continue
		}
		a := v.actor[i]
		if v.word(i).Deprel != "appos" || a < 0 || contains(not, a) {
			continue
		}
		start := i
		for start > 1 && (v.actor[start-1] == a || v.word(start-1).UPOS == "DET") {
			start--
		}
		if start > 1 && v.word(start-1).Form == "," {
			return []int{a}
		}
	}
	return nil
}

// verbReads reports whether the verb at k is itself a trigger of type typ whose frame's
// constraints its clause meets (as hostileVerb asks): then its own frame reads the act.
func (m *Matcher) verbReads(v *sentence, k int, typ geokg.RelationType) bool {
	for _, f := range m.lex.Lookup(v.lemmas[k], "VERB") {
		if f.Type == typ && v.satisfies(k, f.Requires, isPassive(v, k)) {
			return true
		}
	}
	return false
}

// instrumentOf returns the verb whose "with" phrase the noun trigger at t is, when the
// verb is active and has an object: the act is the means by which the verb's subject
// does something to its object ("the US slapped North Korea with new sanctions", "hit
// China with tariffs", "has targeted Iran with sanctions", "supplied Kyiv with aid").
// 0 for a "with" phrase that is a circumstance of its own ("with sanctions looming") or
// of a noun, for a passive verb, and for a verb negated, modal or not done.
func (v *sentence) instrumentOf(t int) int {
	w := v.word(t)
	if w.UPOS != "NOUN" || w.Head <= 0 || syntax.BaseRel(w.Deprel) != "obl" || v.caseOf(t) != "with" {
		return 0
	}
	h := w.Head
	if v.word(h).UPOS != "VERB" || isPassive(v, h) || len(v.dependents(h, Slot{Rel: "obj"}, false)) == 0 {
		return 0
	}
	for _, k := range v.kids[t] {
		if u := v.word(k).UPOS; u == "VERB" || u == "AUX" {
			return 0 // "with sanctions looming"
		}
	}
	if b, _ := v.qualify(h); b != "" {
		return 0 // "may slap Peru with sanctions": the verb's clause decides
	}
	return h
}

// partNouns name an actor's share in an act told by their "in" gerund ("Russia's role in
// propping up Maduro", "Iran's involvement in arming the rebels").
var partNouns = wordClass("part-noun")

// partNoun returns the part noun whose "in" gerund the word at t is, however the parser
// hangs it: on the noun ("Peru's part in backing Boric angered Chile") or on the verb
// the noun depends on ("tensions rose over Peru's role in propping up Boric", "criticized
// the role of Peru in arming"); 0 for any other word.
func (v *sentence) partNoun(t int) int {
	w := v.word(t)
	if w.XPOS != "VBG" || !v.hasChild(t, "mark", "in") {
		return 0
	}
	if h := w.Head; w.Deprel == "acl" && partNouns[v.lemmas[h]] {
		return h
	}
	if w.Deprel != "advcl" {
		return 0
	}
	for _, k := range v.kids[t] {
		if v.word(k).Deprel != "mark" || v.lemmas[k] != "in" || k < 2 {
			continue
		}
		p := k - 1 // the noun right before "in", or the part noun its phrase is of
		if !partNouns[v.lemmas[p]] && syntax.BaseRel(v.word(p).Deprel) == "nmod" {
			p = v.word(p).Head
		}
		if p > 0 && partNouns[v.lemmas[p]] && v.word(p).Head == w.Head {
			return p
		}
	}
	return 0
}

// partOwner returns, for a gerund of a part noun (partNoun), the actors whose part it
// is: the noun's owner or its "of" phrase ("Peru's role in", "the role of Peru in"), and
// whether the gerund is such a one. A part with no owner is the subject's only when the
// subject plays it ("Peru played a key role in backing Boric").
func (v *sentence) partOwner(t int) (as []int, part bool) {
	p := v.partNoun(t)
	if p == 0 {
		return nil, false
	}
	if as := v.owners(p); len(as) > 0 {
		return as, true
	}
	if as := v.argument(p, v.dependents(p, Slot{Rel: "nmod", Case: "of"}, false)); len(as) > 0 {
		return as, true
	}
	if h := v.word(p).Head; h > 0 && v.word(p).Deprel == "obj" && partVerbs[v.lemmas[h]] {
		return v.argument(h, v.subjects(h)), true
	}
	return nil, true
}

// partVerbs make their subject the one who plays the part their object names.
var partVerbs = map[string]bool{"play": true, "have": true, "take": true}

// controlNouns name an act by its author with the act in their "to" clause ("Britain's
// decision to expel", "China's threat to impose"): the author does the act (whether it
// is done, the noun says: "plan", "refusal" leave it undone).
var controlNouns = wordClass("control-noun")

// receiveVerbs take a reaction as their object: whoever "faced criticism for
// congratulating Putin" congratulated him.
var receiveVerbs = map[string]bool{"face": true, "draw": true, "receive": true, "earn": true, "win": true, "get": true, "attract": true, "incur": true, "suffer": true}

// likelihoodWords judge how likely a clause is: "it is highly likely Russia was behind
// it" is the speaker's attribution.
var likelihoodWords = map[string]bool{"likely": true, "clear": true, "certain": true, "probable": true, "evident": true, "obvious": true}

// conjuncts returns one actor for each conjunct of the trigger's subject (the actor the
// conjunct's head word names, else the first it stands for), or the actors a subject
// noun names as a list, unless they are officials of one side; or nil. Two subjects
// joined by "and" are conjuncts too: the parser hangs the second of two titled names
// on the verb ("President Boric and Peruvian leader Castillo met").
func (v *sentence) conjuncts(t int, passive bool) []int {
	subj := v.dependents(t, Slot{Rel: "nsubj"}, passive)
	heads := subj
	switch {
	case len(subj) == 2 && v.joinedByAnd(subj[0], subj[1]):
	case len(subj) != 1:
		return nil
	default:
		for _, c := range v.kids[subj[0]] {
			if v.word(c).Deprel == "conj" {
				heads = append(heads, c)
			}
		}
	}
	rep := func(k int) int {
		if a := v.actor[k]; a >= 0 && !v.demonym[a] {
			return a
		}
		if as := v.actorsOf(k); len(as) > 0 {
			return as[0]
		}
		return -1
	}
	var out []int
	for _, h := range heads {
		if a := rep(h); a >= 0 && !contains(out, a) {
			out = append(out, a)
		}
	}
	if len(out) < 2 && len(heads) == 1 && v.actor[subj[0]] < 0 {
		// "the foreign ministers of Germany, France and Italy": the list the agents are of;
		// not officials of one state the noun names ("Peruvian delegates including Ruiz
		// and Soto arrived", "leaders, including Ruiz and Soto, forged the pact"): one side
		if as := v.actorsOf(subj[0]); len(as) >= 2 && !v.oneSide(as) {
			return as
		}
	}
	return out
}

// joinedByAnd reports whether the subjects a and b (a first) are two conjuncts the parser
// set side by side: one "and" between them, and nothing else but the words of two
// names ("President Boric and his Peruvian counterpart Castillo").
func (v *sentence) joinedByAnd(a, b int) bool {
	ands := 0
	for k := a + 1; k < b; k++ {
		switch w := v.word(k); {
		case w.Deprel == "cc" && v.lemmas[k] == "and":
			ands++
		case w.UPOS != "NOUN" && w.UPOS != "PROPN" && w.UPOS != "ADJ" && w.UPOS != "DET" && w.Deprel != "nmod:poss":
			return false
		}
	}
	return ands == 1
}

// oneSide reports whether the actors as are all officials of one state or organisation.
func (v *sentence) oneSide(as []int) bool {
	for _, a := range as {
		if !v.person[a] || v.actors[a].Side == "" || v.actors[a].Side != v.actors[as[0]].Side {
			return false
		}
	}
	return true
}

// responseVerbs answer with the act their "with" phrase names ("responded with a
// warning", "retaliated with strikes").
var responseVerbs = map[string]bool{"respond": true, "reply": true, "react": true, "retaliate": true, "answer": true, "hit": true, "strike": true}

// supportVerbs carry a noun trigger whose actor is their subject: "the US imposed
// sanctions", "Iran lodged a protest", "Russia launched an attack", "France expressed
// its support".
var supportVerbs = wordClass("support-verb")

// supportSubject returns the subject actors of the support verb whose object is the
// noun trigger at t ("the US imposed sanctions"), or nil.
func (v *sentence) supportSubject(t int) []int { return v.carrierSubject(t, false) }

// carrierSubject is supportSubject where, for a reciprocal noun, "have" carries the noun
// too: who has a meeting, a call, a treaty or an alliance with another takes part in it
// ("Cuba has an extradition treaty with the US", "Pompeo had a good meeting with Kim",
// "the US and the UK have the greatest alliance"). Of other nouns "have" names the
// receiver ("has the support of Turkey") or the one who holds something ("has claims").
func (v *sentence) carrierSubject(t int, reciprocal bool) []int {
	k := t
	if w := v.word(k); w.UPOS == "NOUN" && w.Deprel == "conj" && w.Head > 0 && v.word(w.Head).Deprel == "obj" {
		k = w.Head // "sent greetings and praise to": the conjunct shares the object's verb
	}
	if w := v.word(k); syntax.BaseRel(w.Deprel) == "nmod" && w.Head > 0 && quantityNouns[v.lemmas[w.Head]] && v.caseOf(k) == "of" {
		k = w.Head // "imposed a raft of sanctions": the quantity stands for them
	}
	w := v.word(k)
	if w.UPOS != "NOUN" || w.Head <= 0 {
		return nil
	}
	h := w.Head
	switch {
	case syntax.BaseRel(w.Deprel) == "obl" && responseVerbs[v.lemmas[h]] && v.caseOf(k) == "with":
		// "Jiang responded with a warning"
		return v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h)))
	case w.Deprel != "obj" || !supportVerbs[v.lemmas[h]] && !(reciprocal && v.lemmas[h] == "have"):
		return nil
	}
	if as := v.argument(h, v.dependents(h, Slot{Rel: "nsubj"}, isPassive(v, h))); len(as) > 0 {
		return as
	}
	return v.inheritedSubject(h)
}
