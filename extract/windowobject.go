package extract

import (
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
	"github.com/geokg/geokg/syntax"
)

// This file holds the parse checks of the OBJECT side and of the trigger's sense of the
// pattern table's verb readings (windowcheck.go holds the others, on the subject and the
// act): on the sentence's parse a reading is dropped, or an object taken from it, where
// the parse states plainly that the window's object is no argument of the act, or that
// the trigger names no act (docs/extraction-reference.md, stage 7).

// objectChecksOnParse applies the object-side checks on the parse ps to the objects of
// a verb reading at token i of sentence si, read as type typ: it returns the objects
// that stay, none when each is an official named as the owner of his people
// (retinueOwners), only what a deal or resolution is about (matterObjects),
// an argument of another verb (innerClauseObjects) or the place of an attack's target
// (targetPlaceObjects).
func (d *document) objectChecksOnParse(ps *syntax.Sentence, si, i int, typ geokg.RelationType, objs []*Mention) []*Mention {
	objs = d.innerClauseObjects(ps, si, i, typ, d.matterObjects(ps, si, typ, retinueOwners(ps, d.sents[si].Tokens, objs)))
	return d.targetPlaceObjects(ps, si, i, typ, objs)
}

// retinueOwners returns the mentions of ms, of the sentence of tokens toks parsed as s,
// that the parse does not make an official owning a noun of his people (class
// retinue-noun of gazetteer.WordsFile: his aides, advisers, lawyers, chairman, staff,
// party ...), however many modifiers stand before that noun: those people act and are
// acted on, not the official ("met Boric's former chief of staff", "charges against
// Boric's former campaign chairman", "Boric's top economic adviser criticized Peru").
// The token test of the mention stage (retinueAfter) sees one modifier at most. A
// country's people ("Peru's foreign minister") speak for it and stay; so does every
// mention without a parse. Nor is any actor the owner of a noun naming others by their
// relation to it (frames.NamesOthers: "criticized Peru's allies", "Chile's neighbours").
func retinueOwners(s *syntax.Sentence, toks []Token, ms []*Mention) []*Mention {
	if s == nil {
		return ms
	}
	return keepObjects(s, toks, ms, func(m *Mention, h int) bool {
		x := s.Word(h)
		if h == 0 || x.Deprel != "nmod:poss" {
			return false
		}
		n := s.Word(x.Head)
		if n == nil || n.UPOS != "NOUN" {
			return false
		}
		return frames.NamesOthers(s, x.Head) || m.ent.kind == geokg.KindOfficial && actorWord("retinue-noun", strings.ToLower(n.Form))
	})
}

// targetPlaceObjects returns the window's objects of an attack reading (typ ATTACKS) at
// token i of sentence si that the parse s does not make the place of the attack's named
// target or of the act the trigger does: a country's name (no possessive, no adjective)
// that modifies with "in" or "inside" a noun which is itself taken "against" or "on", or
// is the trigger's direct object, and names no actor is where the target or the act was,
// not the target ("carried out strikes against rebel camps in Peru", "an offensive against
// armed groups inside Bolivia", "launched its first airstrikes in Peru", "struck depots in
// Bolivia": no attack on Peru or Bolivia). A target that is an actor ("strikes against
// Chilean troops in Peru") stays the window's to read.
func (d *document) targetPlaceObjects(s *syntax.Sentence, si, i int, typ geokg.RelationType, objs []*Mention) []*Mention {
	toks := d.sents[si].Tokens
	if s == nil || typ != geokg.Attacks || i < 0 || i >= len(toks) {
		return objs
	}
	t := wordAt(s, toks[i].Start)
	return keepObjects(s, toks, objs, func(m *Mention, h int) bool {
		return m.ent.kind == geokg.KindCountry && !m.possessive && m.Form != FormDemonym && d.placeOfTarget(s, si, h, t)
	})
}

// placeOfTarget reports whether the word at w of s is a nominal modifier with "in" or
// "inside" of a noun that takes "against" or "on", or is the direct object of the trigger
// t, and that no actor's mention of sentence si covers (targetPlaceObjects).
func (d *document) placeOfTarget(s *syntax.Sentence, si, w, t int) bool {
	x := s.Word(w)
	if w == 0 || syntax.BaseRel(x.Deprel) != "nmod" || !placeCases[caseWord(s, w)] {
		return false
	}
	n := s.Word(x.Head)
	if n == nil || n.UPOS != "NOUN" || !targetCases[caseWord(s, x.Head)] && !(t > 0 && n.Head == t && syntax.BaseRel(n.Deprel) == "obj") {
		return false
	}
	for _, m := range d.mentions[si] {
		if toks := d.sents[si].Tokens; m.Start < m.End && m.End <= len(toks) && toks[m.Start].Start <= n.Start && n.End <= toks[m.End-1].End {
			return false
		}
	}
	return true
}

// placeCases are the prepositions of a place that a target noun is in; targetCases those
// that take an attack's target (placeOfTarget).
var (
	placeCases  = map[string]bool{"in": true, "inside": true}
	targetCases = map[string]bool{"against": true, "on": true}
)

// modifierTrigger reports whether, on the parse s of sentence si, the trigger at token i
// of verb pattern pi, or the pattern's noun (the token before after), modifies a noun
// that follows it as an adjective or a compound: it names a kind of thing, no act ("had
// a cordial working relationship", "several other allied nations", "a hotline telephone
// line", "drills with attack helicopters"). The parser takes many a verb for an
// adjective ("has historically attacked Chilean targets"): the trigger counts only with
// no argument of its own, right after a word that opens a noun phrase (a determiner,
// adjective, number, possessor or preposition, or another modifier of the same noun),
// and not when the noun it modifies is one of the pattern's ("expanded economic
// sanctions", "launched coordinated attacks"); the pattern's noun counts only as a bare
// compound ("struck a historic deal Sunday morning" is a deal struck). False without a
// parse.
func (d *document) modifierTrigger(s *syntax.Sentence, si, i, pi, after int) bool {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) {
		return false
	}
	nouns := patterns.nounSets[pi]
	if t := wordAt(s, toks[i].Start); t > 0 && nounModifier(s, t, nouns) && phraseOpener(s, t) && !hasArgument(s, t) {
		return true
	}
	if n := after - 1; len(nouns) > 0 && n > i && n < len(toks) {
		// "conducting drills with attack helicopters": the pattern's noun names a kind
		w := wordAt(s, toks[n].Start)
		return w > 0 && syntax.BaseRel(s.Word(w).Deprel) == "compound" && nounModifier(s, w, nouns) && !hasModifier(s, w)
	}
	return false
}

// nounModifier reports whether the word at w of s is an adjective or compound modifier of
// a noun after it that is none of nouns (a pattern's nouns).
func nounModifier(s *syntax.Sentence, w int, nouns map[string]bool) bool {
	x := s.Word(w)
	if r := syntax.BaseRel(x.Deprel); r != "amod" && r != "compound" || x.Head <= w {
		return false
	}
	h := s.Word(x.Head)
	return h.UPOS == "NOUN" && !nouns[strings.ToLower(h.Form)]
}

// phraseOpener reports whether the word before w in s (quotation marks aside) opens or
// belongs to a noun phrase: a determiner, adjective, number or preposition, a possessor,
// or a modifier of the same noun as w ("a working relationship", "other allied nations",
// "a series of telephone calls", "the deconfliction telephone line").
func phraseOpener(s *syntax.Sentence, w int) bool {
	p := w - 1
	for p > 0 && s.Word(p).UPOS == "PUNCT" && strings.ContainsAny(s.Word(p).Form, "\"“”'‘’") {
		p--
	}
	if p <= 0 {
		return false
	}
	x := s.Word(p)
	if x.Deprel == "nmod:poss" {
		return true
	}
	switch x.UPOS {
	case "DET", "ADJ", "NUM", "ADP":
		return true
	}
	switch syntax.BaseRel(x.Deprel) {
	case "compound", "amod", "nummod", "det":
		return x.Head == s.Word(w).Head
	}
	return false
}

// hasModifier reports whether the word at w of s has a determiner, adjective, number or
// possessor of its own: the head of a noun phrase the parser hung on the next noun ("a
// historic deal Sunday morning"), no compound.
func hasModifier(s *syntax.Sentence, w int) bool {
	for _, c := range s.Children(w) {
		switch rel := s.Word(c).Deprel; syntax.BaseRel(rel) {
		case "det", "amod", "nummod":
			return true
		case "nmod":
			if rel == "nmod:poss" {
				return true
			}
		}
	}
	return false
}

// hasArgument reports whether the word at w of s has an object, oblique or nominal
// modifier of its own: a verb the parser took for a modifier.
func hasArgument(s *syntax.Sentence, w int) bool {
	for _, c := range s.Children(w) {
		switch syntax.BaseRel(s.Word(c).Deprel) {
		case "obj", "iobj", "obl", "nmod", "ccomp", "xcomp":
			return true
		}
	}
	return false
}

// innerClauseObjects returns the window's objects of a verb reading at token i of sentence
// si, read as type typ, that the parse s does not make the object of another verb below
// the trigger: an actor that is the object or oblique of a verb in a clause the trigger
// governs (its gerund or infinitive, a participle or relative clause of its object) is
// that verb's ("backed attacking Chile", "called for the nations fighting the Shining
// Path to send troops", "made an appeal to keep Peru united", "denied sending troops to
// Bolivia"). A subject or agent of that clause stays ("urged that Chile withdraw",
// "supported the strikes launched by Chile"), as does an actor the parse does not place
// under the trigger, and, for support, an object of a participle that modifies the noun
// supported, which may name whom that serves ("hailed a deal bringing Peru closer to the
// bloc"). A hostile act and a threat reach their target through such clauses ("sanctions
// targeting Chile's envoy", "strikes on bases housing Chilean troops", "threatened to
// attack Peru", "lifted the sanctions imposed on Chile"): for those every object stays.
func (d *document) innerClauseObjects(s *syntax.Sentence, si, i int, typ geokg.RelationType, objs []*Mention) []*Mention {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) || hostile(typ) || typ == geokg.Threatens || typ == geokg.LiftsSanctions {
		return objs
	}
	t := wordAt(s, toks[i].Start)
	if t == 0 {
		return objs
	}
	return keepObjects(s, toks, objs, func(_ *Mention, h int) bool { return innerArgument(s, h, t, typ != geokg.Supports) })
}

// keepObjects returns the objects of objs, mentions of the sentence of tokens toks parsed
// as s, for which drop is false, given the mention and its head word on the parse; a
// mention outside the tokens stays.
func keepObjects(s *syntax.Sentence, toks []Token, objs []*Mention, drop func(m *Mention, h int) bool) []*Mention {
	var kept []*Mention
	for _, m := range objs {
		if m.Start >= m.End || m.End > len(toks) || !drop(m, spanHead(s, toks[m.Start].Start, toks[m.End-1].End)) {
			kept = append(kept, m)
		}
	}
	return kept
}

// innerArgument reports whether the noun phrase headed at w of s is the object or oblique
// of a verb other than t that lies below t: the phrase is followed up through its
// nominal relations (compound, name, possessor, conjunct, apposition, modifier) to the
// word that hangs on a verb. A participle that modifies a noun counts only when
// participles is true.
func innerArgument(s *syntax.Sentence, w, t int, participles bool) bool {
	for k := 0; k < 8 && w > 0 && w != t; k++ {
		x := s.Word(w)
		if x.Head == 0 || x.Head == t {
			return false
		}
		h := s.Word(x.Head)
		if h.UPOS == "VERB" {
			switch syntax.BaseRel(x.Deprel) {
			case "obj", "iobj":
			case "obl":
				if c := caseWord(s, w); c == "" || c == "by" {
					return false // "the strikes launched by Chile", "a Chile-drafted text": the author
				}
			default:
				return false
			}
			if !participles && participle(s, x.Head) {
				return false
			}
			return within(s, x.Head, t) && clauseBelow(s, x.Head, t)
		}
		switch syntax.BaseRel(x.Deprel) {
		case "compound", "flat", "amod", "nmod", "conj", "appos", "list", "obj", "obl":
			w = x.Head
			continue
		}
		return false
	}
	return false
}

// clauseBelow reports whether the verb at v of s heads a clause that hangs on t without
// being set off by a comma: the verbs from v up to t are clauses (no adjective,
// "a Chile-drafted text") and none follows a comma of its own ("rejected the claim,
// calling Peru's step a provocation" names the claim's author in a clause of its own).
func clauseBelow(s *syntax.Sentence, v, t int) bool {
	for k := 0; k < 8 && v > 0 && v != t; k++ {
		x := s.Word(v)
		switch syntax.BaseRel(x.Deprel) {
		case "amod", "compound":
			return false
		case "advcl", "parataxis", "conj":
			if v > 1 && s.Word(v-1).Form == "," {
				return false
			}
		}
		v = x.Head
	}
	return true
}

// participle reports whether the verb at v of s is a participle (no infinitive) that
// modifies a noun: "a deal bringing Chile closer", "the strikes launched by".
func participle(s *syntax.Sentence, v int) bool {
	x := s.Word(v)
	if x.Deprel != "acl" || x.XPOS != "VBG" && x.XPOS != "VBN" {
		return false
	}
	return !hasDeprel(s, v, "mark")
}

// matterObjects returns the objects of a reaction (typ CONDEMNS, SUPPORTS, REJECTS) or
// an accusation that the parse s of sentence si does not name only as what a deal, a
// resolution, a bill or a crisis is about: a country that is a compound of such a noun
// ("praised the Peru trade deal", "endorsed the Chile resolution") is its matter, not its
// author; so is one, written out, that is a compound of a noun of an act in or to a place
// ("criticized a potential Peru mission", placeActCompound). A possessor ("Peru's
// resolution"), an adjective ("the Chilean proposal"), an abbreviation ("the US
// strikes"), an organisation ("backed the UN resolution") or an official ("the Boric
// deal") may be its author and stays; so does every object without a parse.
func (d *document) matterObjects(s *syntax.Sentence, si int, typ geokg.RelationType, objs []*Mention) []*Mention {
	toks := d.sents[si].Tokens
	if s == nil || !reactionTypes[typ] && typ != geokg.Accuses {
		return objs
	}
	return keepObjects(s, toks, objs, func(m *Mention, h int) bool {
		return m.ent.kind == geokg.KindCountry && !m.possessive && m.Form != FormDemonym &&
			(matterCompound(s, h) || placeActCompound(s, h) && !abbreviated(toks[m.Start].Text))
	})
}

// placeActCompound reports whether the word at w of s is a compound of a noun of an act
// done in or to a place (placeActNouns): "a potential Peru mission", "the Chile war" tell
// where the act is, not who does it.
func placeActCompound(s *syntax.Sentence, w int) bool {
	x := s.Word(w)
	return w != 0 && syntax.BaseRel(x.Deprel) == "compound" && placeActNouns[strings.ToLower(s.Word(x.Head).Lemma)]
}

// abbreviated reports whether a name is written as an abbreviation ("US", "U.S.", "UK"),
// which, before an act noun, names its author ("the US strikes").
func abbreviated(text string) bool {
	return strings.ToUpper(text) == text
}

// matterCompound reports whether the word at w of s is a compound of a matter noun
// (matterNouns), past other compounds and adjectives of it ("the Peru nuclear deal").
func matterCompound(s *syntax.Sentence, w int) bool {
	x := s.Word(w)
	if w == 0 || syntax.BaseRel(x.Deprel) != "compound" {
		return false
	}
	return matterNouns[strings.ToLower(s.Word(x.Head).Lemma)]
}

// verbalAttack reports whether, on the parse s of sentence si, the attack read at token i
// has for its direct object a noun of what someone says or does in office (class
// conduct-noun of frames/data/words.txt): an attack on words or conduct is a
// condemnation, not an act of force ("Boric attacked Ruiz's handling of the crisis",
// "attacked the minister's remarks", "attacked Peru's policy"; "attacked Peru's
// positions" and "attacked Peru's border posts" are attacks), or that the sentence tells
// as one of words (frames.WordedAttack: "launched a Twitter attack on Ruiz"). False
// without a parse.
func (d *document) verbalAttack(s *syntax.Sentence, si, i int) bool {
	toks := d.sents[si].Tokens
	if s == nil || i < 0 || i >= len(toks) {
		return false
	}
	t := wordAt(s, toks[i].Start)
	if t == 0 {
		return false
	}
	for _, c := range s.Children(t) {
		if x := s.Word(c); x.Deprel == "obj" && x.UPOS == "NOUN" && conductNouns[strings.ToLower(x.Lemma)] {
			return true
		}
	}
	return frames.WordedAttack(s, t)
}

// conductNouns (class conduct-noun of frames/data/words.txt) name what someone says or
// does in office: an attack on them is verbal.
var conductNouns = frames.WordClass("conduct-noun")

// matterNouns (class matter-noun of frames/data/words.txt) are nouns whose compound names
// what they are about ("the Peru trade deal", "the Chile resolution").
var matterNouns = frames.WordClass("matter-noun")

// placeActNouns (class place-act-noun of frames/data/words.txt) are nouns of an act done
// in or to a place, whose compound country name tells where ("a Peru mission").
var placeActNouns = frames.WordClass("place-act-noun")
