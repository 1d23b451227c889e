package frames

import (
	"strings"
	"unicode"

	"github.com/geokg/geokg/syntax"
)

// This file tells which actors a word stands for (actorsOf, argument): names, titles,
// bodies, nationalities, possessives, a reported "it" or "they", persons set off by
// commas, and what is not an actor (a place, a crowd, a quantity).

// actorsOf returns the actors a dependent stands for: the actor named by the word;
// else, for a word that names no actor, the actor of its possessor, adjective, noun
// modifier or "of" phrase when the word is an agent of the state ("Iranian diplomats",
// "members of the MEK"), and the actors of its apposition ("the only two Arab states -
// Egypt and Jordan -"); then the same for its conjuncts ("Russia and China"). (An act's
// author - "backed his call", "the US decision" - is not read: on the dev articles it
// gave more false relations than true ones.)
func (v *sentence) actorsOf(k int) []int {
	var out []int
	add := func(a int) {
		for _, b := range out {
			if a == b {
				return
			}
		}
		out = append(out, a)
	}
	var visit func(k, depth int)
	visit = func(k, depth int) {
		if a := v.actor[k]; a >= 0 {
			if p := v.apposedPerson(k); depth == 0 && !v.person[a] && p >= 0 {
				// "Russian Foreign Ministry spokesperson Maria Zakharova accused" parsed
				// with the ministry as the head: the person the apposition names acts
				add(p)
			} else {
				add(a)
			}
		} else if a := v.flatName(k); a >= 0 {
			add(a) // "Mr Kerry", "President Putin" parsed with the title as the head
		} else if depth == 0 {
			agent, member := v.standsFor(k), v.memberOf(k)
			if p := v.apposedPerson(k); agent && p < 0 && v.nextPerson(k) >= 0 {
				// "visited Chinese leader Xi Jinping", "met Japan's foreign minister, Yoko
				// Kamikawa," parsed with the name apart: the person right after the title
				// holds it
				add(v.nextPerson(k))
				agent = false
			} else if agent && p >= 0 {
				// "Israel's prime minister, Benjamin Netanyahu,": the person named, not
				// the state the title is of
				add(p)
				agent = false
			}
			for _, c := range v.kids[k] {
				d := v.word(c).Deprel
				modifier := d == "nmod:poss" || d == "amod" || d == "compound" || d == "flat" ||
					syntax.BaseRel(d) == "nmod" && (v.caseOf(c) == "of" || v.caseOf(c) == "from" && !placedAgents[v.lemmas[k]] ||
						v.caseOf(c) == "in" && v.seatedIn(k, c))
				switch {
				case (agent || relationalNouns[v.lemmas[k]]) && syntax.BaseRel(d) == "nmod" && v.listed(k, c):
					// "several countries, including France and Germany,", "allies like Cuba":
					// the ones named
					visit(c, depth+1)
				case agent && (d == "flat" || d == "nmod:desc"):
					// "Deputy Foreign Minister ... Hossein Amir-Abdollahian": the title's holder
					if a := v.actor[c]; a >= 0 {
						add(a)
					}
				case agent && modifier:
					if a := v.actor[c]; a >= 0 && !v.person[a] {
						visit(c, depth+1) // and its conjuncts: "the powers of Qatar and Turkey"
					}
				case member && modifier:
					if a := v.actor[c]; a >= 0 && v.armed[a] {
						add(a) // "Hezbollah fighters", "militants of the Islamic State"
					}
				case d == "appos":
					visit(c, depth+1)
				}
			}
		}
		for _, c := range v.kids[k] {
			if v.word(c).Deprel == "conj" {
				visit(c, depth)
			}
		}
		for _, c := range v.nameConjuncts(k) {
			visit(c, depth) // "the Democratic Republic of the Congo and Rwanda"
		}
	}
	visit(k, 0)
	return out
}

// seatedAgents are the nouns of a state's government that a place after "in" names
// ("the authorities in Tehran", "officials in Moscow").
var seatedAgents = wordClass("seated-agent")

// seatedIn reports whether the "in" phrase c of the agent noun k names the state the
// noun stands for: k is a seated agent, c a country (by its name or capital), and no
// other actor or a foreign-modifier modifies k ("U.S. officials in Moscow" are the United
// States', "world leaders in China" no one's).
func (v *sentence) seatedIn(k, c int) bool {
	if !seatedAgents[v.lemmas[k]] || !v.country(v.actor[c]) {
		return false
	}
	if v.otherActorModifier(k, c) {
		return false
	}
	for _, o := range v.kids[k] {
		if d := v.word(o).Deprel; (d == "amod" || d == "compound") && foreignModifiers[v.lemmas[o]] {
			return false // "world leaders in China"
		}
	}
	return true
}

// otherActorModifier reports whether an actor other than the one at c modifies the noun
// at k (as its possessor, adjective, compound or nominal modifier).
func (v *sentence) otherActorModifier(k, c int) bool {
	for _, o := range v.kids[k] {
		if d := v.word(o).Deprel; o != c && v.actor[o] >= 0 && v.actor[o] != v.actor[c] && (d == "nmod:poss" || d == "amod" || d == "compound" || syntax.BaseRel(d) == "nmod") {
			return true
		}
	}
	return false
}

// foreignModifiers make a seated agent another state's ("world leaders in China",
// "foreign officials in Kabul").
var foreignModifiers = wordClass("foreign-modifier")

// country reports whether actor a is a state (not its demonym: "officials in Iranian
// cities" are nobody's).
func (v *sentence) country(a int) bool {
	return a >= 0 && !v.demonym[a] && v.actors[a].State
}

// placedAgents are agents whose "from" phrase is as often where they leave or are sent
// from ("troops from Syria") as whom they serve; "officials from Iran" are Iran's.
var placedAgents = map[string]bool{"troop": true, "force": true, "soldier": true, "army": true, "military": true, "unit": true, "personnel": true}

// nextPerson returns the person named right after the title noun k or the phrase that
// follows it, or after them and a comma ("Japan's foreign minister, Yoko Kamikawa,",
// "the President of Peru, Ana Soto,", "the Peruvian Ambassador to Chile Ana Soto"), or -1.
func (v *sentence) nextPerson(k int) int {
	if p := v.personAfter(k); p >= 0 {
		return p
	}
	for _, c := range v.kids[k] {
		if c > k && syntax.BaseRel(v.word(c).Deprel) == "nmod" {
			return v.personAfter(v.phraseEnd(c))
		}
	}
	return -1
}

// personAfter returns the person named right after word k, or after it and a comma, or
// -1 (see nextPerson).
func (v *sentence) personAfter(k int) int {
	n := len(v.s.Words)
	next := k + 1
	if next <= n && v.word(next).Form == "," {
		next++
	}
	if next > n || v.actor[next] < 0 || !v.person[v.actor[next]] {
		return -1
	}
	if next > k+1 {
		// set off by commas: the name must close with one, or end the sentence
		end := next
		for end+1 <= n && v.actor[end+1] == v.actor[next] {
			end++
		}
		if end+1 <= n && v.word(end+1).UPOS != "PUNCT" {
			return -1
		}
	}
	return v.actor[next]
}

// flatName returns the actor a word names through the rest of its name: a word that
// names none itself ("Mr", "President") whose flat dependent names one; -1 for none.
func (v *sentence) flatName(k int) int {
	// the person among the flat words, else the last actor: in "Arizona GOP Sen. John
	// McCain" parsed as one flat name headed by "Arizona", McCain acts, not the party
	found := -1
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "flat" {
			if a := v.actor[c]; a >= 0 && (found < 0 || v.person[a] || !v.person[found]) {
				found = a
			}
		}
	}
	if found >= 0 {
		return found
	}
	// "U.S. Secretary of State Hillary Clinton" parsed as Secretary -> of -> Hillary: a
	// capitalised title inside the sentence, or one of an office that opens it ("Secretary
	// of State Ana Soto urged"), whose "of" phrase holds a person's name
	if w := v.word(k); (k > 1 || officeTitles[v.lemmas[k]]) && (w.UPOS == "NOUN" || w.UPOS == "PROPN") && unicode.IsUpper(firstRune(w.Form)) {
		for _, c := range v.kids[k] {
			if syntax.BaseRel(v.word(c).Deprel) != "nmod" {
				continue
			}
			for _, g := range append([]int{c}, v.kids[c]...) {
				if a := v.actor[g]; a >= 0 && v.person[a] && (g == c || v.word(g).Deprel == "flat") {
					return a
				}
			}
		}
	}
	return -1
}

// bindPossessives makes "its" and "their" the subject of their own clause when that
// subject is a country or group: in "The United States condemned China and reaffirmed
// its support for the Philippines" the support is the United States', whatever actor
// the article named last. A possessive in a clause whose subject names no actor keeps
// the actor it was given.
func (v *sentence) bindPossessives(actors []Actor) {
	for k := 1; k <= len(v.s.Words); k++ {
		if l := v.lemmas[k]; l != "its" && l != "their" || v.word(k).Deprel != "nmod:poss" || v.actor[k] < 0 {
			continue
		}
		n := v.word(k).Head
		if n <= 0 {
			continue
		}
		if party := v.reasonParty(n); len(party) == 1 && !v.person[party[0]] {
			v.actor[k] = party[0]
			continue
		}
		// up from the possessed noun through the phrases it sits in ("as one of its
		// allies") to the verb whose object or oblique they are
		for steps := 0; steps < 3 && n > 0 && syntax.BaseRel(v.word(n).Deprel) == "nmod"; steps++ {
			n = v.word(n).Head
		}
		if n <= 0 {
			continue
		}
		verb := v.word(n).Head
		switch syntax.BaseRel(v.word(n).Deprel) {
		case "obj", "obl", "iobj":
		default:
			continue
		}
		if verb <= 0 || v.word(verb).UPOS != "VERB" || verb > k && v.verbBefore(k) {
			continue
		}
		subj := v.argument(verb, v.dependents(verb, Slot{Rel: "nsubj"}, isPassive(v, verb)))
		if len(subj) == 0 {
			subj = v.inheritedSubject(verb)
		}
		if w := v.word(verb); len(subj) == 0 && w.Deprel == "acl" && w.XPOS == "VBN" && w.Head > 0 {
			subj = v.participleParty(verb)
		}
		if len(subj) == 1 && !v.person[subj[0]] && !v.demonym[subj[0]] && subj[0] != v.actor[k] {
			v.actor[k] = subj[0]
		}
	}
}

// verbBefore reports whether a verb comes before word k. A possessive phrase hung on a
// verb after it, when a verb came before, is most often misattached ("is set to impose
// sanctions on Ankara, as early as this week, for its incursion into Syria, one of the
// levers the United States has": "its" is not the United States'); a phrase that opens
// the sentence is the later verb's ("For its part, Peru said").
func (v *sentence) verbBefore(k int) bool {
	for i := 1; i < k; i++ {
		if v.word(i).UPOS == "VERB" {
			return true
		}
	}
	return false
}

// reasonParty returns whom "its" or "their" on the noun n stands for when n is the
// reason a verb or noun gives for acting on someone ("for" or "over" phrase): that
// someone, the verb's object, its "on" or "against" phrase, or the "on" or "against"
// phrase of its object noun ("sanctioned Chile for its invasion of Bolivia", "imposed
// sanctions on Chile over its support for the rebels", "sanctions against Chile for their
// attack"): the punished, blamed or criticised party answers for the act, not the
// clause's subject. Nil when n is no such phrase or the party names no actor ("came under
// fire in Lima for its incursion": the subject's, read as before).
func (v *sentence) reasonParty(n int) []int {
	w := v.word(n)
	if cs := v.caseOf(n); cs != "for" && cs != "over" || w.Head <= 0 {
		return nil
	}
	base := syntax.BaseRel(w.Deprel)
	g := v.word(w.Head)
	if !(base == "obl" && g.UPOS == "VERB" || base == "nmod" && g.UPOS == "NOUN") {
		return nil
	}
	onOrAgainst := func(h int) []int {
		for _, c := range v.kids[h] {
			if c == n {
				continue
			}
			if b := syntax.BaseRel(v.word(c).Deprel); (b == "obl" || b == "nmod") && (v.caseOf(c) == "on" || v.caseOf(c) == "against") {
				if a := v.actorsOf(c); len(a) > 0 {
					return a
				}
			}
		}
		return nil
	}
	h := w.Head
	if g.UPOS == "NOUN" {
		return onOrAgainst(h)
	}
	for _, c := range v.kids[h] {
		if syntax.BaseRel(v.word(c).Deprel) != "obj" || isPassive(v, h) {
			continue
		}
		if a := v.actorsOf(c); len(a) > 0 {
			return a
		}
		return onOrAgainst(c)
	}
	return onOrAgainst(h)
}

// participleParty returns whom "its" or "their" in the phrase of a participle modifying a
// noun stands for, the participle having no subject: the party its "on" or "against"
// phrase names ("sanctions imposed on Iraq after its invasion of Kuwait": Iraq), else the
// subject of the clause the noun is in ("Russia is under sanctions, imposed over its
// invasion of Ukraine": Russia), its predicate's or its verb's.
func (v *sentence) participleParty(p int) []int {
	var party []int
	for _, c := range v.kids[p] {
		if cs := v.caseOf(c); syntax.BaseRel(v.word(c).Deprel) == "obl" && (cs == "on" || cs == "against") {
			party = v.actorsOf(c)
		}
	}
	if len(party) > 0 {
		return party
	}
	n := v.word(p).Head
	if subj := v.argument(n, v.subjects(n)); len(subj) > 0 || v.word(n).Head <= 0 {
		return subj
	}
	g := v.word(n).Head
	return v.argument(g, v.subjects(g))
}

// bindReportedIt binds "it" as the subject of a speech verb's complement to the speech
// verb's subject: "The administration said it believed Russia was responsible" is the
// administration's belief, whatever actor the article named last. Only when that subject
// is one actor that is not a person ("he said it ..." leaves "it" alone).
func (v *sentence) bindReportedIt() {
	for k := 1; k <= len(v.s.Words); k++ {
		w := v.word(k)
		if v.lemmas[k] != "it" || v.actor[k] < 0 || syntax.BaseRel(w.Deprel) != "nsubj" || w.Head <= 0 {
			continue
		}
		c := v.word(w.Head)
		if c.Deprel != "ccomp" || c.Head <= 0 || !speechVerbs[v.lemmas[c.Head]] {
			continue
		}
		subj := v.argument(c.Head, v.subjects(c.Head))
		if len(subj) == 1 && !v.person[subj[0]] && !v.demonym[subj[0]] {
			v.actor[k] = subj[0]
		}
	}
}

// reportedThey returns the speakers "they" stands for as the subject of a speech verb's
// complement, when the speech verb's subject names two actors or more by nouns joined
// by "and" or listed ("Chile and Peru said they had signed a treaty", "the ministers of
// Chile, Peru and Bolivia said that they wanted ..."); nil otherwise, and for a "they"
// the article's coreference resolved.
func (v *sentence) reportedThey(k int) []int {
	w := v.word(k)
	if v.lemmas[k] != "they" || v.actor[k] >= 0 || syntax.BaseRel(w.Deprel) != "nsubj" || w.Head <= 0 {
		return nil
	}
	c := v.word(w.Head)
	if c.Deprel != "ccomp" || c.Head <= 0 || !speechVerbs[v.lemmas[c.Head]] {
		return nil
	}
	sp := c.Head
	subj := v.subjects(sp)
	for len(subj) == 0 && (v.word(sp).Deprel == "conj" || v.word(sp).Deprel == "advcl" && v.word(sp).XPOS == "VBG") {
		// "met in Berlin and said that they ...", "condemned the attack, saying they
		// ...": the subject of the verb it is joined to or hangs on
		sp = v.word(sp).Head
		subj = v.subjects(sp)
	}
	if len(subj) != 1 {
		return nil
	}
	var out []int
	add := func(as []int) {
		for _, a := range as {
			if !contains(out, a) {
				out = append(out, a)
			}
		}
	}
	add(v.actorsOf(subj[0]))
	for _, j := range v.kids[subj[0]] {
		if v.word(j).Deprel == "conj" {
			add(v.actorsOf(j))
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// withoutConjuncts drops from as the actors of k's conjuncts: "the military-backed
// government and the Brotherhood" - the participle modifies the government alone.
func (v *sentence) withoutConjuncts(k int, as []int) []int {
	if !v.modifyingParticiple(v.firstParticiple(k)) {
		return as
	}
	var drop []int
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "conj" {
			drop = append(drop, v.actorsOf(c)...)
		}
	}
	var out []int
	for _, a := range as {
		if !contains(drop, a) {
			out = append(out, a)
		}
	}
	return out
}

// possessorOf returns the actor that possesses the noun at k ("its plans"), or nil.
func (v *sentence) possessorOf(k int) []int {
	for _, c := range v.kids[k] {
		if v.word(c).Deprel == "nmod:poss" {
			if a := v.actor[c]; a >= 0 {
				return []int{a}
			}
		}
	}
	return nil
}

// apposedPerson returns the official an apposition under word k names, through at most
// one title noun ("Russian/appos spokesperson/appos Maria Zakharova"), or -1.
func (v *sentence) apposedPerson(k int) int {
	for _, c := range v.kids[k] {
		if v.word(c).Deprel != "appos" {
			continue
		}
		if a := v.actor[c]; a >= 0 && v.person[a] {
			return a
		}
		if v.actor[c] < 0 {
			for _, g := range v.kids[c] {
				if a := v.actor[g]; a >= 0 && v.person[a] && v.word(g).Deprel == "appos" {
					return a
				}
			}
		}
		if v.actor[c] >= 0 && v.actor[c] == v.actor[k] {
			// "House Foreign Affairs Committee Chairman Ed Royce" parsed as one name with
			// the body's last word apposed and the chairman flat under it: the person
			for _, g := range v.kids[c] {
				if a := v.actor[g]; a >= 0 && v.person[a] && v.word(g).Deprel == "flat" {
					return a
				}
			}
		}
	}
	return -1
}

// standsFor reports whether the common noun at k acts for the actor that modifies it:
// the agents' nouns ("diplomats", "forces", "government", "Iran's ambassador"; a titled
// person the mention stage did not name rolls up to the state, which the gold files
// accept), and not when another modifier says the noun is no agent of the state
// ("Ugandan rebel forces", "opposition lawmakers"). A title or body written with a
// capital and so tagged as a name is the same common noun ("the Peruvian Ambassador",
// "the U.S. Embassy", "Chile's Navy").
func (v *sentence) standsFor(k int) bool {
	w := v.word(k)
	if w.UPOS != "NOUN" && (w.UPOS != "PROPN" || !capitalAgents[v.lemmas[k]] || v.afterNamedPerson(k)) {
		return false
	}
	if v.stands(v.lemmas[k]) != StandsForState {
		return v.stateVoice(k)
	}
	bare := bareAgents[v.lemmas[k]]
	for _, c := range v.kids[k] {
		d := v.word(c).Deprel
		if (d == "compound" || d == "amod") && (notTheState(v.stands(v.lemmas[c])) || pastPosts[v.lemmas[c]]) {
			return false // "Peruvian rebel forces", "Chile's former ambassador"
		}
		if bare && d == "compound" && v.actor[c] < 0 {
			return false // "an American disaster response team"
		}
	}
	return true
}

// pastPosts are the modifiers of a post its holder no longer holds ("former").
var pastPosts = wordClass("ended-post")

// afterNamedPerson reports whether the phrase of the word at k comes right after a
// person's name and a comma ("sanctioned Ana Soto, Peru's Minister of Defence,"): the post
// of the person named, written with a capital, however the parser hangs it (often as a
// conjunct of the name), and not the state the post is of.
func (v *sentence) afterNamedPerson(k int) bool {
	c := v.phraseStart(k)
	if v.word(c).Form != "," {
		c--
	}
	if c < 2 || v.word(c).Form != "," {
		return false
	}
	a := v.actor[c-1]
	return a >= 0 && v.person[a]
}

// phraseStart returns the position of the first word of the phrase headed by k.
func (v *sentence) phraseStart(k int) int {
	start := k
	for _, c := range v.kids[k] {
		if s := v.phraseStart(c); s < start {
			start = s
		}
	}
	return start
}

// officeTitles head the names of offices written before their holder's name with an
// "of" phrase ("Secretary of State", "Chairman of the Joint Chiefs of Staff").
var officeTitles = wordClass("office-title")

// capitalAgents are the titles and bodies of a state that news write with a capital
// and the tagger then takes for a name (see standsFor).
var capitalAgents = wordClass("capital-agent")

// bareAgents stand for their state only when no other noun says what they do ("a U.S.
// team", not "a U.S. rescue team").
var bareAgents = wordClass("bare-agent")

// stateVoice reports whether the noun at k names the media a state runs ("Chinese state
// media", "Iranian state-run television"): they speak for the state that modifies them.
func (v *sentence) stateVoice(k int) bool {
	if !stateVoices[v.lemmas[k]] {
		return false
	}
	for _, c := range v.kids[k] {
		if d := v.word(c).Deprel; (d == "compound" || d == "amod") && (v.lemmas[c] == "state" || stateVoiceModifiers[v.lemmas[c]] && v.hasChild(c, "compound", "state")) {
			return true // "state media", "state-run television" (split at the hyphen)
		}
	}
	return false
}

// stateVoices and stateVoiceModifiers name the media a state runs: see stateVoice.
var stateVoices, stateVoiceModifiers = wordClass("state-voice"), wordClass("state-voice-modifier")

// notTheState reports whether a noun of the agency names no agent of a state.
func notTheState(a Agency) bool { return a == NotTheState || a == GroupMember }

// memberOf reports whether the common noun at k names members of an armed group
// ("fighters", "militants"), who act for the armed group that modifies them.
func (v *sentence) memberOf(k int) bool {
	return v.word(k).UPOS == "NOUN" && v.stands(v.lemmas[k]) == GroupMember
}

// describedPerson returns the person's name that the phrase ending at a describes as
// its apposition, when a is not that person: "Jeremy Corbyn, leader of the Labour
// Party", "Michael Flynn, Trump's former adviser", "Sen. John McCain, R-Ariz." (a name
// with its party and state); climbing from a through the words of the phrase
// (compounds, modifiers, flat names) to the first apposition; 0 otherwise.
func (v *sentence) describedPerson(a int) int {
	isPerson := func(p int) bool {
		x := v.actor[p]
		if x < 0 {
			x = v.flatName(p)
		}
		return x >= 0 && v.person[x]
	}
	if isPerson(a) {
		return 0
	}
	p := a
	for steps := 0; steps < 8 && p > 0; steps++ {
		switch v.word(p).Deprel {
		case "appos":
			if h := v.word(p).Head; h > 0 && h < p && isPerson(h) {
				return h
			}
			return 0
		case "flat", "compound", "nmod", "amod", "nmod:poss", "conj":
			p = v.word(p).Head
		default:
			return 0
		}
	}
	return 0
}

// allJoined returns the first of the nouns joined by "and" that end at a when the
// relative clause of the pronoun at k is in the plural: "Russia and China, who support
// Assad" is said of them all ("Russia, which is ...", "the White House and Democrats,
// who accused ...": of the last only); else a.
func (v *sentence) allJoined(a, k int) int {
	for v.word(a).Deprel == "conj" && v.hasChild(a, "cc", "and") && v.pluralClause(v.word(k).Head) {
		a = v.word(a).Head
	}
	return a
}

// pluralClause reports whether the verb at h, or its first auxiliary or copula, is in
// the plural of the present or past ("support", "are", "were", "have"); a past form
// ("accused") has no number.
func (v *sentence) pluralClause(h int) bool {
	for _, c := range v.kids[h] {
		if d := v.word(c).Deprel; c < h && (d == "aux" || d == "aux:pass" || d == "cop") {
			switch strings.ToLower(v.word(c).Form) {
			case "are", "were", "have", "do", "'re", "'ve":
				return true
			}
			return false
		}
	}
	return v.word(h).XPOS == "VBP"
}

// placePrepositions place what they introduce: a noun after them is where something
// is, not who acts in a relative clause set off after it.
var placePrepositions = wordClass("place-preposition")

// argument resolves the dependents that fill a slot of the word at t to actors. Only
// the dependent nearest to t counts: two subjects of one verb are a misparse ("US House
// Speaker Newt Gingrich met": the speaker, not the House, met), and a farther one is not
// a fallback. A core argument introduced by a preposition ("which like Iran backs") is
// a misparse too and names no argument.
func (v *sentence) argument(t int, deps []int) []int {
	var kept []int
	for _, d := range deps {
		// "Mexico, Bolivia and Cuba all expressed": the quantifier is no argument
		if !quantifiers[v.lemmas[d]] || v.actor[d] >= 0 {
			kept = append(kept, d)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	// "U.S. air strikes", "Israeli drone attacks": of several modifiers of an attack
	// noun, the ones that name no actor are no rival arguments (of other nouns a named
	// modifier is as often the topic: "the Syria peace deals", "Iran oil sanctions")
	if v.namedModifiers && modifiersOnly(v, kept) {
		var named []int
		for _, d := range kept {
			if v.actor[d] >= 0 {
				named = append(named, d)
			}
		}
		if len(named) > 0 {
			kept = named
		}
	}
	k := kept[0]
	for _, d := range kept[1:] {
		if abs(d-t) < abs(k-t) {
			k = d
		}
	}
	if rel := syntax.BaseRel(v.word(k).Deprel); (rel == "nsubj" || rel == "obj") && v.hasCase(k) {
		return nil
	}
	if as := v.reportedThey(k); len(as) > 0 {
		return as // "Chile and Peru said they had signed ...": the speakers
	}
	if ante := v.relativeAntecedent(k); ante > 0 {
		if syntax.BaseRel(v.word(k).Deprel) == "nsubj" && len(v.actorsOf(ante)) == 0 {
			if as := v.statementAuthor(ante); len(as) > 0 {
				return as // "issued a statement that condemned the strikes"
			}
		}
		if s := v.oneAmong(ante); s > 0 && len(v.actorsOf(ante)) == 0 {
			ante = s // "China was among the countries that reprimanded ...": China
		}
		k = ante
	}
	if a := v.actor[k]; a >= 0 && v.demonym[a] && !v.nationNoun(k) && !v.modifyingParticiple(v.word(k).Head) && !v.actsBy(k, t) {
		// "Argentine President X and ..." misparsed with the adjective as the head; a
		// plural people noun ("the Iranians", "the French") may stand for its state
		return nil
	}
	if as := v.statementAuthor(k); len(as) > 0 && syntax.BaseRel(v.word(k).Deprel) == "nsubj" {
		return as // "the Peruvian government's statement said", "a report by Chile's army accused": its author
	}
	return v.actorsOf(k)
}

// nationNoun reports whether the demonym at k is a people noun that may stand for its
// state: a plural ("the Iranians", "Russians"), or a demonym whose plural is its
// adjective after "the" ("the French", "the Chinese", "the British"), with no word
// that makes it a crowd ("many Americans", "ordinary Russians": people, not their
// state; a number is not one: "expelled 60 Russians", "five Israelis were killed").
func (v *sentence) nationNoun(k int) bool {
	w := v.word(k)
	plural := w.XPOS == "NNPS" || w.XPOS == "NNS"
	the := false
	for _, c := range v.kids[k] {
		d := v.word(c).Deprel
		switch {
		case (d == "amod" || d == "det") && crowdWords[v.lemmas[c]]:
			return false
		case d == "det" && v.lemmas[c] == "the":
			the = true
		}
	}
	if plural {
		return true
	}
	if !the || k < len(v.s.Words) && firstRune(v.word(k+1).Form) >= 'A' && firstRune(v.word(k+1).Form) <= 'Z' {
		return false // "the Argentine President X"
	}
	f := strings.ToLower(w.Form)
	return strings.HasSuffix(f, "s") || strings.HasSuffix(f, "ese") || strings.HasSuffix(f, "ish") || strings.HasSuffix(f, "ch") || strings.HasSuffix(f, "sh")
}

// crowdWords make a people noun a crowd of its people, not its state ("many
// Americans", "ordinary Russians").
var crowdWords = wordClass("crowd-word")

// actsBy reports whether the adjective at k is the nationality of the act the noun t
// names: "the Iranian charges", "American support for Kyiv", "Russian aggression against
// Georgia" (an adjective of the trigger noun itself, before it, also when the parser
// takes it for a compound: "the Chilean airstrikes").
func (v *sentence) actsBy(k, t int) bool {
	w := v.word(k)
	return (w.Deprel == "amod" || w.Deprel == "compound") && w.Head == t && k < t && v.word(t).UPOS == "NOUN"
}

// modifiersOnly reports whether every dependent modifies a noun (compound, amod,
// possessor) rather than being a clause's argument.
func modifiersOnly(v *sentence, deps []int) bool {
	for _, d := range deps {
		switch v.word(d).Deprel {
		case "compound", "amod", "nmod:poss":
		default:
			return false
		}
	}
	return true
}

// quantifiers float beside the argument they quantify ("they all", "both").
var quantifiers = wordClass("quantifier")

func (v *sentence) hasCase(k int) bool {
	for _, c := range v.kids[k] {
		if syntax.BaseRel(v.word(c).Deprel) == "case" {
			return true
		}
	}
	return false
}

// othersThanOwnPeople returns the actors of tgt but the states an official or body of src
// speaks for that are named by their people or staff (peopleOrStaff): "Boric urged
// Chileans", "Ruiz told Peruvian diplomats" address their own nation, not a state. The
// state named by its name stays ("Ruiz urged Peru to stay out").
func (v *sentence) othersThanOwnPeople(actors []Actor, tgt, src []int) []int {
	var out []int
	for _, a := range tgt {
		own := false
		for _, b := range src {
			own = own || actors[b].Side != "" && actors[b].Side == actors[a].ID
		}
		if !own || !(actors[a].State || v.demonym[a]) || !v.peopleOrStaff(a) {
			out = append(out, a)
		}
	}
	return out
}

// peopleOrStaff reports whether the mention of actor a names its nation's people or its
// agents rather than the state: a people noun ("Chileans", "the Peruvians") or the
// modifier of an agent noun that names no actor itself ("Chilean diplomats", "Peru's
// defence officials"), not "authorities", which name the state's government ("the
// cleric urged Iraqi authorities to act" is a demand on Iraq).
func (v *sentence) peopleOrStaff(a int) bool {
	for k := 1; k < len(v.actor); k++ {
		h := v.word(k).Head
		if v.actor[k] != a || h > 0 && v.actor[h] == a {
			continue // not the head word of a's mention
		}
		switch d := v.word(k).Deprel; {
		case d == "amod" || d == "compound" || d == "nmod:poss" || syntax.BaseRel(d) == "nmod":
			// the state's authorities are the state itself ("urged Iraqi authorities to act")
			return h > 0 && v.actor[h] < 0 && v.standsFor(h) && v.lemmas[h] != "authority"
		default:
			return v.demonym[a]
		}
	}
	return false
}

// party reports whether actor a is one of the actors as (by entity), or speaks for
// the same side as one of them.
func party(actors []Actor, a int, as []int) bool {
	for _, b := range as {
		x, y := actors[a], actors[b]
		if x.ID == y.ID || x.Side != "" && (x.Side == y.ID || x.Side == y.Side) || y.Side != "" && y.Side == x.ID {
			return true
		}
	}
	return false
}

// bodyOfPersons reports whether actor a is a body of a side (neither a person nor a state:
// an agency, an army) and every actor of as a person (allPersons): an official who praises
// an agency of his own side still praises another actor ("Boric praised the response of
// the Chilean navy"), as a state praising its own decision does not.
func (v *sentence) bodyOfPersons(a int, as []int) bool {
	x := v.actors[a]
	return !x.Person && !x.State && x.Side != "" && v.allPersons(as)
}

// othersThanOwnState returns the actors of tgt but those that are the state of a person
// of src or a person of a state of src (ownState): "a Chile meeting with Boric", Boric of
// Chile, is one side, not two parties.
func othersThanOwnState(actors []Actor, tgt, src []int) []int {
	var out []int
	for _, b := range tgt {
		own := false
		for _, a := range src {
			own = own || ownState(actors[a], actors[b])
		}
		if !own {
			out = append(out, b)
		}
	}
	return out
}

// ownState reports whether one of a and b is a person and the other the state the
// person speaks for ("a Chile meeting with Boric", Boric of Chile).
func ownState(a, b Actor) bool {
	if b.Person {
		a, b = b, a
	}
	return a.Person && !b.Person && b.State && a.Side == b.ID
}

// ownBody reports whether one of a and b is a person and the other the state or state
// body the person speaks for ("Pentagon spokesman Rear Adm. John Kirby told ...": the
// spokesman and the Pentagon are one party, not two that met).
func ownBody(a, b Actor) bool {
	if a.Person == b.Person {
		return false
	}
	if b.Person {
		a, b = b, a
	}
	return a.Side != "" && (a.Side == b.ID || a.Side == b.Side)
}
