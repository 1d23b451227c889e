package extract

import (
	"github.com/geokg/geokg"
	"strings"
)

// corefWindow is how many sentences back a pronoun or description may reach.
const corefWindow = 3

// resolvePossessive resolves "its" or "their" at token k of sentence si to a country or
// group. The subject of the sentence (its first actor mention) is preferred, then the
// subject of the sentence before, then the most recent mention of the preferred kind.
func (d *document) resolvePossessive(si, k int, prefer geokg.Kind) *entity {
	if prefer == geokg.KindGroup {
		if e := d.recent(si, k, func(_ int, m *Mention) bool { return m.ent.kind == geokg.KindGroup }); e != nil {
			return e
		}
	}
	return d.resolveIt(si, k)
}

// resolveIt resolves "it" or "its" at token k of sentence si: the first country or group
// of this sentence before k, else the first of the sentence before, else the most recent.
func (d *document) resolveIt(si, k int) *entity {
	ok := func(s int, m *Mention) bool {
		return (m.ent.kind == geokg.KindCountry || m.ent.kind == geokg.KindGroup) && d.isActor(s, m)
	}
	for _, m := range d.mentions[si] {
		if m.Start >= k {
			break
		}
		if ok(si, m) {
			return m.ent
		}
	}
	if si > 0 {
		for _, m := range d.mentions[si-1] {
			if ok(si-1, m) {
				return m.ent
			}
		}
	}
	return d.recent(si, k, ok)
}

// recent returns the entity of the latest mention before token k of sentence si (within
// corefWindow sentences) that fits.
func (d *document) recent(si, k int, fits func(s int, m *Mention) bool) *entity {
	for s := si; s >= 0 && s >= si-corefWindow; s-- {
		ms := d.mentions[s]
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if s == si && m.Start >= k {
				continue
			}
			if m.ent != nil && fits(s, m) {
				return m.ent
			}
		}
	}
	return nil
}

// resolveDescription resolves a definite description starting at token k ("the country",
// "the Baltic nation", "the group") to an entity of the kind. With a region word, the
// latest country of that region in the article is taken.
func (d *document) resolveDescription(si, k int, kind geokg.Kind, region string) *entity {
	if region != "" {
		codes := regionWords[region]
		in := map[string]bool{}
		for _, c := range codes {
			in[c] = true
		}
		for s := si; s >= 0; s-- {
			ms := d.mentions[s]
			for j := len(ms) - 1; j >= 0; j-- {
				m := ms[j]
				if s == si && m.Start >= k {
					continue
				}
				if m.ent.kind == geokg.KindCountry && in[m.ent.code] {
					return m.ent
				}
			}
		}
		return nil
	}
	fits := func(_ int, m *Mention) bool { return m.ent.kind == kind && m.Form != FormDemonym }
	if kind == geokg.KindCountry {
		// the subject of this sentence, else of the sentence before
		for _, m := range d.mentions[si] {
			if m.Start < k && fits(si, m) {
				return m.ent
			}
		}
		if si > 0 {
			for _, m := range d.mentions[si-1] {
				if fits(si-1, m) {
					return m.ent
				}
			}
		}
	}
	return d.recent(si, k, fits)
}

// findReferences adds mentions for pronouns and definite descriptions of sentence si:
// "it", "he", "she", "the country", "the Baltic nation", "the group". They can then be
// subjects and objects of relations.
func (d *document) findReferences(si int) {
	toks := d.sents[si].Tokens
	for i := 0; i < len(toks); i++ {
		if d.mentionAt(si, i) != nil {
			continue
		}
		t := toks[i]
		switch t.Lower {
		case "it":
			// "It is the third such case ..." at a sentence start is rarely the actor
			if e := d.resolveIt(si, i); e != nil && (i > 0 || i+1 < len(toks) && !expletiveNext[toks[i+1].Lower]) {
				d.addMention(si, &Mention{Start: i, End: i + 1, ent: e, Form: FormRef})
			}
		case "he", "she":
			if e := d.recent(si, i, func(_ int, m *Mention) bool { return m.ent.kind == geokg.KindOfficial }); e != nil {
				d.addMention(si, &Mention{Start: i, End: i + 1, ent: e, Form: FormRef})
			}
		case "the":
			// the [region] country|nation|state|kingdom|group|movement
			j := i + 1
			region := ""
			for j < len(toks) && j < i+4 {
				w := toks[j].Lower
				if _, ok := regionWords[w]; ok {
					region = w
					j++
					continue
				}
				if j+1 < len(toks) {
					two := w + " " + toks[j+1].Lower
					if _, ok := regionWords[two]; ok {
						region = two
						j += 2
						continue
					}
				}
				break
			}
			if j >= len(toks) {
				continue
			}
			w := toks[j].Lower
			// "the country's" is a possessive context, handled with the noun after it
			if j+1 < len(toks) && toks[j+1].Lower == "'s" {
				continue
			}
			// not "the state media", "the country side"
			if j+1 < len(toks) && toks[j+1].isWord() && !isClauseWord(toks[j+1].Lower) && len(patterns.verbs[toks[j+1].Lower]) == 0 {
				continue
			}
			switch {
			case countryNouns[w] && (region != "" || w == "country" || w == "kingdom" || w == "nation"):
				if e := d.resolveDescription(si, i, geokg.KindCountry, region); e != nil {
					if d.addMention(si, &Mention{Start: i, End: j + 1, ent: e, Form: FormRef}) {
						e.addAlias(d.surface(si, i, j+1))
					}
				}
			case groupNouns[w] && region == "" && w != "ministry" && w != "council" && w != "party":
				if e := d.recent(si, i, func(_ int, m *Mention) bool { return m.ent.kind == geokg.KindGroup && m.ent.subtype != geokg.Agency }); e != nil {
					d.addMention(si, &Mention{Start: i, End: j + 1, ent: e, Form: FormRef})
				}
			case w == "ministry":
				if e := d.recent(si, i, func(_ int, m *Mention) bool { return m.ent.kind == geokg.KindGroup && m.ent.subtype == geokg.Agency }); e != nil {
					d.addMention(si, &Mention{Start: i, End: j + 1, ent: e, Form: FormRef})
				}
			}
		}
	}
}

// pairNouns name the two parties a plural reference points back to.
var pairNouns = map[string]bool{
	"countries": true, "nations": true, "sides": true, "states": true, "neighbours": true,
	"neighbors": true, "governments": true, "capitals": true, "rivals": true, "allies": true,
}

// locativePreps introduce a place rather than an actor.
var locativePreps = map[string]bool{"in": true, "at": true, "from": true, "near": true, "across": true, "inside": true, "throughout": true}

// pairReference returns the length of a plural reference to two actors that starts at
// token i ("the two countries", "both sides", "both nations"), or 0.
func pairReference(toks []Token, i int) int {
	switch {
	case i+2 < len(toks) && toks[i].Lower == "the" && toks[i+1].Lower == "two" && pairNouns[toks[i+2].Lower]:
		return 3
	case i+1 < len(toks) && toks[i].Lower == "both" && pairNouns[toks[i+1].Lower]:
		return 2
	}
	return 0
}

// recentPair returns the two latest distinct countries named before token k of sentence
// si (within corefWindow sentences), the earlier first, or nils.
func (d *document) recentPair(si, k int) (*entity, *entity) {
	var found []*entity
	for s := si; s >= 0 && s >= si-corefWindow && len(found) < 2; s-- {
		ms := d.mentions[s]
		for j := len(ms) - 1; j >= 0 && len(found) < 2; j-- {
			m := ms[j]
			if s == si && m.Start >= k || m.ent == nil || m.ent.kind != geokg.KindCountry || m.pair != nil || !d.isActor(s, m) {
				continue
			}
			if toks := d.sents[s].Tokens; m.Start > 0 && locativePreps[toks[m.Start-1].Lower] {
				continue // "talks in Beijing": a place, not one of the two
			}
			if len(found) == 0 || found[0] != m.ent {
				found = append(found, m.ent)
			}
		}
	}
	if len(found) < 2 {
		return nil, nil
	}
	return found[1], found[0]
}

// expletiveNext are words after a sentence-initial "It" that make it an expletive ("It
// was the first time", "It is unclear").
var expletiveNext = map[string]bool{
	"is": true, "was": true, "'s": true, "seems": true, "seemed": true, "appears": true,
	"appeared": true, "remains": true, "remained": true, "would": true, "will": true,
	"could": true, "may": true, "might": true, "must": true,
	"should": true, "took": true, "comes": true, "came": true, "said": true, "says": true,
}

// isClauseWord reports whether w, after a description's noun, shows that the noun ends
// the noun phrase ("the country has", "the group said").
func isClauseWord(w string) bool {
	if prepositions[w] || strings.HasSuffix(w, "ly") && len(w) > 4 {
		return true // "the army throughout the war", "the army recently"
	}
	switch w {
	case "throughout", "until", "near", "around", "alongside", "inside", "outside", "upon",
		"as", "but", "while", "when", "because", "if", "though", "although", "whose", "where":
		return true
	case "has", "had", "have", "is", "was", "were", "are", "said", "says", "will", "would",
		"began", "begun", "cut", "and", "or", "to", "in", "on", "of", "for", "with", "by",
		"over", "since", "after", "which", "that", "who", "also", "could", "may", "did",
		"does", "must", "should", "can", "accused", "blamed", "denied", "rejected", "agreed",
		"announced", "expelled", "condemned", "warned", "threatened", "vowed", "over.":
		return true
	}
	return false
}
