package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// This file holds, for the relation stage (stage 7), the token-window argument search's
// subjects: the subject of a trigger (the nearest actor before it that is no
// prepositional object, with the actors coordinated with it; a relative clause's
// antecedent; the main clause's subject) and the mention an actor stands for ("the Trump
// administration": the United States).

// standFor returns the mention an actor stands for: "the Trump administration" and "the
// Obama government" stand for the official's country.
func (d *document) standFor(si int, m *Mention) *Mention {
	toks := d.sents[si].Tokens
	if m.ent.kind == geokg.KindGroup && m.ent.country != "" && m.ent.subtype == geokg.Military && m.End < len(toks) && m.End >= 0 {
		// "any Chilean military meddling": the body as an adjective stands for its state
		if n := toks[m.End]; n.IsWord() && !n.IsCapitalized() && !isClauseWord(n.Lower) && !auxiliaries[n.Lower] && len(patterns.verbs[n.Lower]) == 0 {
			c := d.countryEntity(m.ent.country, toks[m.Start].Start)
			return &Mention{Start: m.Start, End: m.End, ent: c, Form: FormRef}
		}
	}
	if m.ent.kind != geokg.KindOfficial || m.ent.country == "" || m.End >= len(toks) || m.End < 0 {
		return m
	}
	switch toks[m.End].Lower {
	case "administration", "government", "'s":
		if toks[m.End].Lower == "'s" && (m.End+1 >= len(toks) || toks[m.End+1].Lower != "administration") {
			return m
		}
		c := d.countryEntity(m.ent.country, toks[m.Start].Start)
		c.count++
		return &Mention{Start: m.Start, End: m.End, ent: c, Form: FormRef}
	}
	return m
}

// subjectsBefore returns the subject of a trigger at token i: the nearest actor mention
// before it that is not the object of a preposition, with the actors coordinated with it
// ("the UK, US and Canada"); none when that actor names a stance ("a pro-Peru group
// demanded": the group demands, not Peru) or an official's people.
func (d *document) subjectsBefore(si, i int) []*Mention {
	toks := d.sents[si].Tokens
	ms := d.mentions[si]
	// "tension with Peru, which had criticised": the antecedent of a relative pronoun
	// right before the verb is its subject, whatever precedes it
	for k := i - 1; k >= 2 && k >= i-5; k-- {
		if w := toks[k].Lower; (w == "which" || w == "who") && toks[k-1].Text == "," {
			if m := d.mentionAt(si, k-2); m != nil && m.End == k-1 && d.isActor(si, m) {
				return d.withCoordinated(si, m)
			}
			break
		}
		if toks[k].Text == "," || toks[k].Text == "." {
			break
		}
	}
	var subj *Mention
	idx := -1
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.End > i {
			continue
		}
		if i-m.End > 20 {
			break
		}
		if m.ent != nil && m.ent.kind == geokg.KindOfficial && d.retinueAfter(si, m) {
			break // "a Trump loyalist who has criticized": his loyalist is the subject, no one before
		}
		if stanceBefore(toks, m.Start) {
			break // "a pro-Peru lobby group demanded": the group its stance names is the subject
		}
		if !d.isActor(si, m) {
			continue
		}
		if blocksSubjectAt(toks, m.Start) {
			continue
		}
		if m.Start > 0 && toks[m.Start-1].Lower == "by" && m.End < len(toks) && toks[m.End].Text == "," {
			continue // "the PKK, backed by Syria, denounced": a parenthetical agent
		}
		if d.inRelativeClause(si, m, i) {
			continue // "Ana Ruiz, who runs El Diario, warned"
		}
		// a possessive before a noun that is not the trigger: "Chile's friendly
		// neighbours" is not Chile, but "China's government" is China
		if m.possessive && m.End+1 < len(toks) && m.End+1 < i && !possessedStateNoun(toks, m.End+1) {
			return nil
		}
		subj, idx = m, k
		break
	}
	if subj != nil && d.plainSubjectBetween(si, subj.End, i) {
		return nil
	}
	if subj != nil {
		// "Peru, which like Chile and the OAS supports": the antecedent of "which"
		for k := subj.End; k < i; k++ {
			if w := toks[k].Lower; (w == "which" || w == "who") && k > 0 && toks[k-1].Text == "," {
				if a := d.mentionAt(si, k-2); a != nil && d.isActor(si, a) {
					return d.withCoordinated(si, a)
				}
				return nil
			}
		}
	}
	if subj == nil {
		return nil
	}
	out := []*Mention{subj}
	next := subj.Start
	if subj.ent.kind == geokg.KindOfficial && idx > 0 && ms[idx-1].End == subj.Start && ms[idx-1].Form == FormDemonym {
		next = ms[idx-1].Start // "Chilean President Gabriel Boric": skip the demonym
		idx--
	}
	for k := idx - 1; k >= 0; k-- {
		m := ms[k]
		if m.Form == FormDemonym && k > 0 && ms[k-1].End <= m.Start && m.End < len(toks) {
			// "Peruvian President Dina Boluarte and": the official after a demonym
			if o := d.mentionAt(si, m.End); o == nil && k+1 < len(ms) && ms[k+1].ent.kind == geokg.KindOfficial && ms[k+1].Start <= m.End+2 {
				next = m.Start
				continue
			}
		}
		gap := toks[m.End:next]
		if !isCoordination(gap) || !d.isActor(si, m) {
			if m.Form == FormDemonym && k+1 <= idx && ms[k+1].ent.kind == geokg.KindOfficial && ms[k+1].Start == m.End {
				continue
			}
			break
		}
		if blocksSubjectAt(toks, m.Start) {
			if !hasConjunction(gap) {
				break // "According to Peru, Chile ...": the comma closes the phrase
			}
			return nil // "like Chile and the OAS": a prepositional object
		}
		out = append([]*Mention{m}, out...)
		next = m.Start
		if m.ent.kind == geokg.KindOfficial && k > 0 && ms[k-1].End == m.Start && ms[k-1].Form == FormDemonym {
			next = ms[k-1].Start
			k--
		}
	}
	return out
}

// withCoordinated returns m with the actors coordinated before it ("Lithuania and
// Poland, which border Belarus, have urged": both).
func (d *document) withCoordinated(si int, m *Mention) []*Mention {
	toks := d.sents[si].Tokens
	out := []*Mention{m}
	next := m.Start
	ms := d.mentions[si]
	for k := len(ms) - 1; k >= 0; k-- {
		c := ms[k]
		if c.End > next {
			continue
		}
		if !isCoordination(toks[c.End:next]) || !d.isActor(si, c) || blocksSubjectAt(toks, c.Start) {
			break
		}
		out = append([]*Mention{c}, out...)
		next = c.Start
	}
	return out
}

// inRelativeClause reports whether mention m sits in a relative clause or apposition
// that closes before token i: ", who runs El Diario," or ", a spokesman for Hamas,".
func (d *document) inRelativeClause(si int, m *Mention, i int) bool {
	toks := d.sents[si].Tokens
	closing := -1
	for k := m.End; k < i; k++ {
		if toks[k].Text == "," {
			closing = k
			break
		}
	}
	if closing < 0 {
		return false
	}
	for k := m.Start - 1; k >= 0 && k >= m.Start-12; k-- {
		if toks[k].Text == "," {
			if k+1 == m.Start && m.possessive && k > 0 && d.mentionAt(si, k-1) != nil && d.mentionAt(si, k-1) != m {
				return true // "Russia, Serbia's traditional ally, blamed": an apposition
			}
			if k+1 < len(toks) {
				switch toks[k+1].Lower {
				case "who", "which", "whose", "where", "a", "an", "the":
					// an apposition starting with an article is only skipped when an
					// actor stands before the comma
					if toks[k+1].Lower == "a" || toks[k+1].Lower == "an" || toks[k+1].Lower == "the" {
						if k > 0 && d.mentionAt(si, k-1) != nil && d.mentionAt(si, k-1) != m {
							return true
						}
						return false
					}
					return true
				case "like", "unlike", "including", "along", "alongside", "backed", "led", "supported", "funded", "armed":
					return true // ", backed by Chile," ", like Peru,"
				}
				if w := toks[k+1].Lower; strings.HasSuffix(w, "ed") && k+2 < len(toks) && toks[k+2].Lower == "by" {
					return true // ", encouraged by China,"
				}
			}
			return false
		}
	}
	return false
}

// plainSubjectBetween reports whether a plural common noun stands right before the verb
// at i, after the actor ("10 governments supported"): that noun is the subject.
func (d *document) plainSubjectBetween(si, from, i int) bool {
	toks := d.sents[si].Tokens
	k := i - 1
	for k >= from && (auxiliaries[toks[k].Lower] || strings.HasSuffix(toks[k].Lower, "ly")) {
		k--
	}
	if k < from || k == from {
		return false
	}
	w := toks[k]
	if !w.IsWord() || w.IsCapitalized() || d.mentionAt(si, k) != nil || stateNouns[w.Lower] {
		return false
	}
	if !strings.HasSuffix(w.Lower, "s") || strings.HasSuffix(w.Lower, "ss") || functionWords[w.Lower] {
		return false
	}
	// "Chile and several Andean governments have": the noun is joined to the actor; not
	// after a comma that closes a clause ("Iran and Russia have cooperated since 2022,
	// and Western governments have accused Tehran")
	for q := k - 1; q >= from && q >= k-3; q-- {
		if toks[q].Lower == "and" || toks[q].Text == "," {
			return q != from
		}
	}
	return true
}

// auxiliaries may stand between a subject and its verb.
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "were": true, "are": true,
	"will": true, "would": true, "did": true, "does": true, "do": true, "also": true,
	"been": true, "be": true, "then": true, "later": true, "again": true,
	"already": true, "once": true, "still": true, "just": true, "jointly": true,
}

// functionWords are words ending in "s" that are no plural nouns.
var functionWords = map[string]bool{
	"is": true, "was": true, "has": true, "as": true, "its": true, "his": true, "this": true,
	"thus": true, "us": true, "always": true, "perhaps": true, "towards": true, "does": true,
	"afterwards": true, "yes": true, "besides": true, "whereas": true, "says": true,
	"news": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true,
	"times": true,
}

// temporalPreps introduce a gerund whose subject is the main clause's subject ("left
// Libya after holding talks with Kadhafi").
// meansBy reports whether the gerund at i tells how the main verb's subject acted:
// "Warsaw responded by ordering a Belarusian diplomat to leave".
func meansBy(toks []Token, i int) bool {
	return i > 1 && toks[i-1].Lower == "by" && strings.HasSuffix(toks[i-2].Lower, "ed") && !beForms[toks[i-2].Lower]
}

var temporalPreps = map[string]bool{
	"after": true, "before": true, "while": true, "since": true, "when": true,
}

// mainSubject returns the first actor mention of sentence si before token i that is no
// prepositional object, or nil.
func (d *document) mainSubject(si, i int) *Mention {
	toks := d.sents[si].Tokens
	from := 0
	if len(toks) > 0 && introWords[toks[0].Lower] {
		// "After Russia invaded, Poland expelled ...": the main clause follows the comma
		if c := findWord(toks, 1, i, map[string]bool{",": true}); c > 0 {
			from = c + 1
		}
	}
	for _, m := range d.mentions[si] {
		if m.Start >= i {
			break
		}
		if m.Start < from {
			continue
		}
		if m.ent.kind == geokg.KindCountry {
			// "Kosovo Prime Minister Albin Kurti said ...": the official
			if o := d.officialAfter(si, m.End); o != nil && o.Start <= m.End+4 {
				return o
			}
		}
		if !d.isActor(si, m) || m.Start > 0 && blocksSubject(toks[m.Start-1].Lower) {
			continue
		}
		return m
	}
	return nil
}

// introWords open an introductory clause that ends at the first comma.
var introWords = map[string]bool{
	"after": true, "when": true, "while": true, "as": true, "since": true, "before": true,
	"although": true, "though": true, "because": true, "if": true, "despite": true,
	"following": true, "once": true, "unless": true,
}

// blocksSubjectAt is blocksSubject for the actor at token k of a sentence: "of" after
// a word for the state's people ("the leaders of Peru", "the government of Chile")
// does not block, since those people act for it.
func blocksSubjectAt(toks []Token, k int) bool {
	if k <= 0 {
		return false
	}
	w := toks[k-1].Lower
	if w == "the" && k > 1 {
		w = toks[k-2].Lower
		k--
	}
	if w == "of" && k > 1 && actingFor[toks[k-2].Lower] {
		return false
	}
	return blocksSubject(w)
}

// actingFor are the people who act for the actor after "of".
var actingFor = map[string]bool{
	"leaders": true, "leader": true, "government": true, "governments": true,
	"authorities": true, "ministers": true, "presidents": true, "heads": true,
}

// blocksSubject reports whether an actor after word w cannot be the subject of a later
// verb: it is the object of a preposition ("the members of Iran"). Words that also join
// clauses ("after", "since") do not block: "weeks after the Andean nation recalled its envoy".
func blocksSubject(w string) bool {
	switch w {
	case "by", "after", "before", "since", "until", "while", "as":
		return false
	}
	return prepositions[w]
}

// hasConjunction reports whether "and" or "or" is among the tokens.
func hasConjunction(gap []Token) bool {
	for _, t := range gap {
		if t.Lower == "and" || t.Lower == "or" {
			return true
		}
	}
	return false
}

// isCoordination reports whether the tokens between two mentions join them: ",", "and",
// "or", "the", "as well as".
func isCoordination(gap []Token) bool {
	if len(gap) == 0 || len(gap) > 4 {
		return false
	}
	joined := false
	for k := 0; k < len(gap); k++ {
		switch gap[k].Lower {
		case ",", "and", "or":
			joined = true
		case "as":
			if k+2 < len(gap) && gap[k+1].Lower == "well" && gap[k+2].Lower == "as" {
				joined = true
				k += 2
				continue
			}
			return false
		case "the":
		default:
			return false
		}
	}
	return joined
}

// possessedStateNoun reports whether a state noun stands at token k, after at most two
// qualifiers: "China's government", "Syria's new authorities", "Iran's top security
// officials".
func possessedStateNoun(toks []Token, k int) bool {
	for q := k; q < len(toks) && q <= k+2; q++ {
		w := toks[q].Lower
		if stateNouns[w] {
			return true
		}
		if !interimWords[w] && !stateFields[w] && !isAdjectiveLike(w) {
			return false
		}
	}
	return false
}
