package frames

import (
	"strings"

	"github.com/geokg/geokg/syntax"
)

// This file holds argument readings of the matcher that are not a frame's own slots:
// who accuses when the accusation is a noun's content clause.

// claimedResponsibility reads "Israel's claim that Iran was behind the bombing" and
// "allegations by Washington that Moscow was responsible": a claim noun whose content
// clause ("that ...") makes its subject the author of something is an accusation by the
// claim's author, named by the noun's possessor, its "by"/"from" phrase or an actor
// modifying it ("American claims"). The noun's author is the accuser whatever is done
// with the claim ("Iran rejected Israel's claim that ..."); a claim with no author names
// no accuser, and a negated or modal clause ("was not behind", "might be behind"), a
// hedged noun ("fears that", "speculation that") or a clause that is no content clause
// (no "that") accuses no one. h is the head of the clause, its head the noun.
func (m *Matcher) claimedResponsibility(v *sentence, actors []Actor, seen map[[3]int]bool, out []Match, h int) []Match {
	n := v.word(h).Head
	if w := v.word(n); !claimNouns[v.lemmas[n]] && syntax.BaseRel(w.Deprel) == "nmod" && w.Head > 0 && claimNouns[v.lemmas[w.Head]] &&
		(v.caseOf(n) == "by" || v.caseOf(n) == "from") {
		n = w.Head // "claims by the administration that ...": the clause hung on the author
	}
	if !claimNouns[v.lemmas[n]] || hedgedClaims[v.lemmas[n]] || !v.hasChild(h, "mark", "that") || !v.hasChild(h, "cop", "be") {
		return out
	}
	behind := v.hasChild(h, "case", "behind")
	responsible := v.lemmas[h] == "responsible" || v.lemmas[h] == "accountable" || v.lemmas[h] == "culprit"
	if !behind && !responsible || v.modalOrNegated(h) != "" {
		return out
	}
	if b, _ := v.qualify(n); strings.HasPrefix(b, "conditional") || strings.HasPrefix(b, "hypothetical") || strings.HasPrefix(b, "negated") {
		return out // "if claims that ... are true", "any claim that", "no claims": what others
		// do with the claim ("rejected", "dismissed") does not undo it
	}
	accused := v.argument(h, v.subjects(h))
	accusers := v.claimAuthor(n)
	return m.accusations(out, seen, actors, accusers, accused, h, Frame{}, "claimed responsibility",
		"author<"+v.lemmas[n]+">acl>"+v.lemmas[h])
}

// hedgedClaims are claim nouns that state no one's accusation: a fear or a rumour.
var hedgedClaims = map[string]bool{"fear": true, "rumour": true, "rumor": true, "speculation": true, "suggestion": true}

// claimAuthor returns who makes the claim the noun at n names: its possessor ("Israel's
// claim", "its assertion"), its "by" or "from" phrase, or an actor modifying it ("US
// allegations", "American claims"); nil when the sentence does not say.
func (v *sentence) claimAuthor(n int) []int {
	for _, c := range v.kids[n] {
		d := v.word(c).Deprel
		switch {
		case d == "nmod:poss" || syntax.BaseRel(d) == "nmod" && (v.caseOf(c) == "by" || v.caseOf(c) == "from"):
			if as := v.actorsOf(c); len(as) > 0 {
				return as
			}
		case (d == "compound" || d == "amod") && c < n:
			if a := v.actor[c]; a >= 0 {
				return []int{a}
			}
		}
	}
	return nil
}
