package frames

import (
	"github.com/geokg/geokg/syntax"
)

// This file reads relative clauses and likenings: the antecedent of a relative pronoun,
// the group one is "among", a set-off clause, "which like Iran backs", and the support
// verb of a relative clause on a noun trigger.

// likened returns the actors of the trigger's "like" phrase ("which like Iran and
// Hezbollah backs Assad"): they act as its subject does. Nil when it has none.
func (v *sentence) likened(t int) []int {
	var out []int
	for _, k := range v.kids[t] {
		if rel := syntax.BaseRel(v.word(k).Deprel); (rel == "obl" || rel == "nsubj") && v.caseOf(k) == "like" {
			out = append(out, v.actorsOf(k)...)
		}
	}
	return out
}

// likenedSubject returns the antecedent of a relative clause whose only subject is a
// "like" phrase ("Russia, which like Iran backs Assad" parsed with "like Iran" as the
// subject): the relative clause's noun; nil otherwise.
func (v *sentence) likenedSubject(t int) []int {
	w := v.word(t)
	if w.Deprel != "acl:relcl" || w.Head <= 0 || len(v.likened(t)) == 0 {
		return nil
	}
	for _, k := range v.subjects(t) {
		if v.caseOf(k) != "like" {
			return nil
		}
	}
	return v.actorsOf(w.Head)
}

// relativeAntecedent returns the noun a relative pronoun stands for ("the ministry,
// which ..."): the head of the relative clause the pronoun is in, or 0.
func (v *sentence) relativeAntecedent(k int) int {
	switch v.lemmas[k] {
	case "which", "who", "that", "whom":
	default:
		return 0
	}
	for h := v.word(k).Head; h > 0; h = v.word(h).Head {
		if v.word(h).Deprel == "acl:relcl" {
			if a := v.whoseNamed(k, v.word(h).Head); a > 0 {
				return a
			}
			return v.word(h).Head
		}
		if h == v.word(h).Head {
			break
		}
	}
	return v.setOffAntecedent(k)
}

// whoseNamed returns the name before "who" set off by a comma when the parser hung the
// relative clause on a noun n above it that names no actor and so is no one ("after a
// call with Lavrov, who then threatened ...", "drew protests from Chile and Peru, who
// accused ..."), or on the verb n of the name's clause, which no relative clause
// modifies ("the army has stood by Boric, who retains ..."): "who" is said of people,
// and the name is the one it follows; else 0.
func (v *sentence) whoseNamed(k, n int) int {
	if v.lemmas[k] != "who" || v.word(n).UPOS != "NOUN" && v.word(n).UPOS != "VERB" {
		return 0
	}
	a := v.beforeMark(k)
	if a <= 0 || a == n || v.actor[a] < 0 || !v.under(a, n) || v.word(n).UPOS == "NOUN" && len(v.actorsOf(n)) > 0 {
		return 0
	}
	return v.allJoined(a, k)
}

// oneAmong returns the subject said to be one of the group the noun at n names, when n
// is the predicate of a copula after "among" ("China was among the countries that
// ...") or the "of" phrase of "one" that is such a predicate or an apposition ("X was
// one of those who ...", "X, one of the few Democrats who ..."): what the group does in
// its relative clause, the subject does; 0 otherwise.
func (v *sentence) oneAmong(n int) int {
	p := n
	switch c := v.caseOf(n); {
	case c == "among":
	case c == "of" && v.lemmas[v.word(n).Head] == "one" && v.word(n).Head > 0:
		p = v.word(n).Head
	default:
		return 0
	}
	if v.word(p).Deprel == "appos" && v.word(p).Head > 0 && v.word(p).Head < p {
		return v.word(p).Head
	}
	if !v.hasChild(p, "cop", "be") {
		return 0
	}
	if subj := v.subjects(p); len(subj) == 1 {
		return subj[0]
	}
	return 0
}

// setOffAntecedent returns the noun before a relative clause set off by a comma, a dash
// or a bracket that the parser hung elsewhere (as a parataxis, conjunct, adverbial
// clause or the root: "the US, which carried out the strike", "Democrats, who accused
// him", "Mr Corbyn - who boycotted the dinner"): the word right before the mark, when
// the pronoun ("who", "which") is the subject of its clause and that word is a noun or a
// name not placed by a preposition of place ("talks in Moscow, which ..."), or 0.
func (v *sentence) setOffAntecedent(k int) int {
	if v.lemmas[k] != "who" && v.lemmas[k] != "which" || syntax.BaseRel(v.word(k).Deprel) != "nsubj" {
		return 0
	}
	if h := v.word(k).Head; h < k || v.word(h).Deprel == "acl:relcl" {
		return 0
	}
	a := v.beforeMark(k)
	if a > 0 && v.lemmas[k] == "who" {
		if p := v.describedPerson(a); p > 0 {
			return p // "Jeremy Corbyn, leader of the Labour Party, who ..."
		}
	}
	if a <= 0 || placePrepositions[v.caseOf(a)] {
		return 0
	}
	return v.allJoined(a, k)
}

// beforeMark returns the noun or name right before the comma, dash or bracket before
// the relative pronoun at k, or 0.
func (v *sentence) beforeMark(k int) int {
	if k < 3 {
		return 0
	}
	switch v.word(k - 1).Form {
	case ",", "-", "–", "—", "(":
	default:
		return 0
	}
	a := k - 2
	if v.word(a).Form == "." && a > 1 && v.word(a-1).UPOS == "PROPN" {
		a-- // "R-Ariz., who": an abbreviation's stop
	}
	if u := v.word(a).UPOS; u != "NOUN" && u != "PROPN" {
		return 0
	}
	return a
}

// inWhich reports whether the relative clause at c is attached to its noun by "in which"
// or "during which" ("a bombing in which five people were killed").
func (v *sentence) inWhich(c int) bool {
	for _, k := range v.kids[c] {
		if syntax.BaseRel(v.word(k).Deprel) == "obl" && v.lemmas[k] == "which" && (v.caseOf(k) == "in" || v.caseOf(k) == "during") {
			return true
		}
	}
	return false
}

// relativeCarrier returns the support verb of a relative clause on the noun trigger at
// t whose object the noun is: "the sanctions that the US imposed", "the strikes Israel
// carried out against Hezbollah" (the relative pronoun as its object, or none: "the
// sanctions the US re-imposed"), active, with a subject of its own, and not negated,
// modal or undone; 0 otherwise.
func (v *sentence) relativeCarrier(t int) int {
	for _, r := range v.kids[t] {
		if v.word(r).Deprel != "acl:relcl" || !supportVerbs[v.lemmas[r]] || v.word(r).UPOS != "VERB" || isPassive(v, r) {
			continue
		}
		objs := v.dependents(r, Slot{Rel: "obj"}, false)
		if len(objs) > 1 || len(objs) == 1 && v.relativeAntecedent(objs[0]) != t {
			continue // "the sanctions that imposed costs": the noun is no object
		}
		if len(v.dependents(r, Slot{Rel: "nsubj"}, false)) == 0 {
			continue
		}
		if b, _ := v.qualify(r); b != "" {
			continue // "the sanctions the US may impose"
		}
		return r
	}
	return 0
}
