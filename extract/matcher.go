package extract

import (
	"strings"
	"unicode"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// Form says how a mention names its entity; it decides whether the mention can stand
// for the actor of a relation.
type Form uint8

// The forms of a mention.
const (
	FormName    Form = iota // the name or an alias: "Chile", "PKK"
	FormDemonym             // an adjective or people noun: "Chilean", "Peruvians"
	FormCapital             // a capital city standing for the government: "Tehran"
	FormSeat                // a seat of government: "the Kremlin", "White House"
	FormTitle               // an official found through a title: "Prime Minister Mark Rutte"
	FormShort               // a later short mention of an official: "Rutte", "Mr. Orlov"
	FormBody                // a government body built from a pattern: "the interior ministry"
	FormRef                 // a pronoun or definite description resolved by coreference
)

// target is what a dictionary phrase stands for.
type target struct {
	kind geokg.Kind
	key  string // alpha-3 code, or canonical name
	form Form
	// exactCase asks the text to match the phrase's case exactly (short acronyms such as
	// "US", "UN", "IS", which are common words in lower case).
	exactCase bool
	// exactText, for a mixed-case acronym ("JeM", "LeT"), is the only spelling the text
	// may have (dots aside).
	exactText string
	// capIndex is the index of the phrase's first capitalised token, which must be
	// capitalised in the text too, or -1.
	capIndex int
	// lastCap: the phrase has two words or more and its last is capitalised ("Islamic
	// State"); after "a"/"an", a lower-case country noun as its last word makes a kind of
	// state of it ("an Islamic state", "an Islamic republic"), no match
	lastCap bool
	// needThe: a group's alias written "The X" whose X is one word ("The Base" of
	// al-Qaeda) matches only after "the": without it the word ends another name ("Al
	// Udeid Air Base", "Joint Base Andrews")
	needThe bool
	phrase  string // the dictionary phrase, as written in the gazetteer
}

// trieNode is a node of the token trie: children by the match key of the next token.
type trieNode struct {
	next    map[string]*trieNode
	targets []target
}

// Dictionary is a token trie over every surface form of a gazetteer. It is read-only
// after construction and safe for concurrent use.
type Dictionary struct {
	root *trieNode
}

// matchKey is the key of a token in the trie: lower case without dots ("U.S." -> "us"),
// with straight apostrophes and without diacritics.
func matchKey(lower string) string {
	if strings.IndexByte(lower, '.') >= 0 && lower != "." {
		lower = strings.ReplaceAll(lower, ".", "")
	}
	ascii := true
	for i := 0; i < len(lower); i++ {
		if lower[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return lower
	}
	lower = strings.ReplaceAll(lower, "’", "'")
	var b strings.Builder
	for _, r := range lower {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune drops the diacritic of a letter, by way of geokg.Slug's table.
func foldRune(r rune) rune {
	if r < 0x80 || !unicode.IsLetter(r) {
		return r
	}
	s := geokg.Slug(string(r))
	if len(s) == 1 {
		return rune(s[0])
	}
	return r
}

// newDictionary builds the trie of every name, alias, demonym, capital and seat of g.
func newDictionary(g *gazetteer.Gazetteer) *Dictionary {
	d := &Dictionary{root: &trieNode{}}
	for _, c := range g.Countries() {
		d.add(c.Name, target{kind: geokg.KindCountry, key: c.Code, form: FormName})
		for _, a := range c.Aliases {
			d.add(a, target{kind: geokg.KindCountry, key: c.Code, form: FormName})
		}
		for _, a := range c.Demonyms {
			d.add(a, target{kind: geokg.KindCountry, key: c.Code, form: FormDemonym})
		}
		for _, a := range c.Capitals {
			d.add(a, target{kind: geokg.KindCountry, key: c.Code, form: FormCapital})
		}
		for _, a := range c.Seats {
			d.add(a, target{kind: geokg.KindCountry, key: c.Code, form: FormSeat})
		}
	}
	for _, gr := range g.Groups() {
		d.add(gr.Name, target{kind: geokg.KindGroup, key: gr.Name, form: FormName})
		for _, a := range gr.Aliases {
			d.add(a, target{kind: geokg.KindGroup, key: gr.Name, form: FormName})
		}
	}
	for _, o := range g.Officials() {
		d.add(o.Name, target{kind: geokg.KindOfficial, key: o.Name, form: FormName})
		for _, a := range o.Aliases {
			d.add(a, target{kind: geokg.KindOfficial, key: o.Name, form: FormShort})
		}
	}
	return d
}

// add puts one phrase into the trie. A leading "the" is dropped ("the Kremlin" matches
// "Kremlin" too); the extractor takes a "the" before a match into the surface form.
func (d *Dictionary) add(phrase string, t target) {
	phrase = strings.TrimSpace(phrase)
	toks := tokenize(phrase)
	if len(toks) > 1 && toks[0].Lower == "the" {
		t.needThe = len(toks) == 2 && toks[0].Text == "The" && t.kind == geokg.KindGroup
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return
	}
	t.phrase = phrase
	t.capIndex = -1
	t.lastCap = len(toks) > 1 && toks[len(toks)-1].IsCapitalized()
	for k, tok := range toks {
		if tok.IsCapitalized() {
			t.capIndex = k
			break
		}
	}
	if len(toks) == 1 {
		t.exactCase = gazetteer.CaseSensitive(toks[0].Text)
		if t.exactCase && !toks[0].IsAllCaps() {
			t.exactText = strings.ReplaceAll(toks[0].Text, ".", "")
		}
	}
	n := d.root
	for _, tok := range toks {
		k := matchKey(tok.Lower)
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		c, ok := n.next[k]
		if !ok {
			c = &trieNode{}
			n.next[k] = c
		}
		n = c
	}
	for _, old := range n.targets {
		if old.kind == t.kind && old.key == t.key {
			return // first form wins: names before demonyms
		}
	}
	n.targets = append(n.targets, t)
}

// dictMatch is a match of a dictionary phrase over tokens [start, end) of a sentence.
type dictMatch struct {
	start, end int
	t          target
}

// match finds the longest dictionary phrases in toks, left to right, without overlap.
// Case is checked: a phrase written with capitals matches only capitalised text, and a
// short acronym ("US", "IS") only the same letters in capitals.
func (d *Dictionary) match(toks []Token) []dictMatch {
	return d.matchInto(toks, nil, nil)
}

// matchInto is match with caller-owned buffers for the token keys and the result, so
// that one article reuses them sentence after sentence.
func (d *Dictionary) matchInto(toks []Token, keys []string, out []dictMatch) []dictMatch {
	out = out[:0]
	if cap(keys) < len(toks) {
		keys = make([]string, len(toks))
	}
	keys = keys[:len(toks)]
	for k, t := range toks {
		keys[k] = matchKey(t.Lower)
	}
	for i := 0; i < len(toks); {
		best := dictMatch{start: -1}
		n := d.root
		for j := i; j < len(toks) && n != nil; j++ {
			n = n.next[keys[j]]
			if n == nil {
				break
			}
			for _, t := range n.targets {
				if t.lastCap && j > i && i > 0 && (toks[i-1].Lower == "a" || toks[i-1].Lower == "an") && !toks[j].IsCapitalized() && countryNouns[toks[j].Lower] {
					continue // "impose an Islamic state", "an Islamic republic": a kind of state
				}
				if caseFits(toks[i:j+1], t) {
					best = dictMatch{start: i, end: j + 1, t: t}
					break
				}
			}
		}
		if best.start < 0 {
			i++
			continue
		}
		out = append(out, best)
		i = best.end
	}
	return out
}

// caseFits reports whether the text tokens may stand for the phrase of t.
func caseFits(toks []Token, t target) bool {
	if t.exactText != "" {
		return strings.ReplaceAll(toks[0].Text, ".", "") == t.exactText
	}
	if t.exactCase {
		return toks[0].IsAllCaps()
	}
	if t.capIndex >= 0 && t.capIndex < len(toks) {
		return toks[t.capIndex].IsCapitalized()
	}
	return true
}
