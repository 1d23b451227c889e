package extract

import (
	"strings"

	"github.com/geokg/geokg"
)

// This file holds, for the relation stage (stage 7), reported speech, accusations and
// denials: who speaks a reported clause ("Iran said the US ...", "according to X"),
// whether a clause is an accusation's content, and whom a denial answers (an accuser
// named with the denied claim, the latest accuser of the subject, or the one who claimed
// it just before).

// latestAccusers returns the accusers of the accusation against e (or its country) that
// a denial in sentence si answers: the latest, all of its accusers when several made it
// together ("Chile, Peru and Bolivia accused Brazil ... Brazil denied it"), unless an
// earlier accusation shares more of the denial's words (at least two: "The US accused
// Iran of building a base. Britain accused Iran of arming Hamas. Iran denied building any
// base": the US). When nobody accused e, the one who claimed something of e just before
// (claimant); else nil.
func (d *document) latestAccusers(e *entity, si int) []*Mention {
	acc := d.accusers[e.id]
	if len(acc) == 0 && e.country != "" {
		acc = d.accusers[geokg.EntityID(geokg.KindCountry, e.country)]
	}
	if len(acc) == 0 {
		if c, phrase := d.claimant(e, si); c != nil {
			return []*Mention{{ent: c, Form: FormRef, antecedent: phrase}}
		}
	}
	chosen, best := -1, 0
	var denial map[string]bool
	for k := len(acc) - 1; k >= 0; k-- {
		if a, ok := d.entities[acc[k].accuser]; !ok || a == e || acc[k].si == chosen {
			continue
		}
		if chosen < 0 {
			chosen = acc[k].si
			if acc[k].si == si {
				break // accused and denied in one sentence
			}
			denial = d.contentWords(si)
			best = overlap(denial, d.contentWords(acc[k].si))
			continue
		}
		if n := overlap(denial, d.contentWords(acc[k].si)); n >= 2 && n > best {
			chosen, best = acc[k].si, n
		}
	}
	var out []*Mention
	for k := len(acc) - 1; k >= 0; k-- {
		a, ok := d.entities[acc[k].accuser]
		if !ok || a == e || acc[k].si != chosen {
			continue
		}
		dup := false
		for _, m := range out {
			dup = dup || m.ent == a
		}
		if !dup {
			out = append([]*Mention{{ent: a, Form: FormRef, antecedent: d.snippet(chosen)}}, out...)
		}
	}
	return out
}

// snippet returns the first words of sentence si, for an explanation ("accused in “Chile,
// Peru and Bolivia accused Brazil of ...”").
func (d *document) snippet(si int) string {
	sent := d.sents[si]
	text := d.text[sent.Start:sent.End]
	if len(text) > 60 {
		cut := strings.LastIndexByte(text[:60], ' ')
		if cut <= 0 {
			cut = 60
		}
		text = text[:cut] + " ..."
	}
	return "“" + text + "”"
}

// claimant returns who made a claim about e that the article reported in one of the two
// sentences before si, when e denies it without naming anyone ("Israel says Iran armed
// the group. Tehran denies this."), and the words that report it ("Israel says"). The
// claim is a reporting verb outside quotations whose subject (the actor just before it,
// or before an apposition) is not on e's side and whose reported clause begins with e
// ("says Iran armed", "said on Monday that Iran"). Nil when none, or two claimants in the nearest
// sentence that has one.
func (d *document) claimant(e *entity, si int) (*entity, string) {
	if !deniesWhatWasSaid(d.sents[si].Tokens) {
		return nil, ""
	}
	for s := si - 1; s >= 0 && s >= si-2; s-- {
		toks := d.sents[s].Tokens
		inQuote := d.sentenceQuotes(s)
		var found *entity
		phrase := ""
		for v, t := range toks {
			if inQuote[v] || !claimVerbs[t.Lower] || v == 0 {
				continue
			}
			sp := d.mentionAt(s, v-1)
			if sp == nil || sp.End != v {
				sp = d.appositionHead(s, v-1, inQuote)
			}
			if sp == nil || sp.ent == nil || sp.inferred || sp.possessive || sp.Form == FormDemonym || !sp.ent.kind.Valid() || sp.ent == e || sameSide(sp.ent, e) {
				continue
			}
			k := v + 1
			for q := k; q < len(toks) && q <= v+4; q++ {
				if toks[q].Lower == "that" {
					k = q + 1 // "said on Monday that Chile"
					break
				}
			}
			if m := d.mentionAt(s, k); m != nil && m.Start == k && !m.possessive && (m.ent == e || sameSide(m.ent, e)) {
				if found != nil && found != sp.ent {
					return nil, ""
				}
				found, phrase = sp.ent, d.surface(s, sp.Start, v+1)
			}
		}
		if found != nil {
			return found, phrase
		}
	}
	return nil, ""
}

// claimVerbs report a claim ("Israel says Iran armed Hamas"); not "told", "announced" or
// "reported", which often tell testimony or news.
var claimVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "claim": true, "claims": true, "claimed": true,
	"allege": true, "alleges": true, "alleged": true, "charge": true, "charges": true,
	"charged": true, "insist": true, "insists": true, "insisted": true, "maintain": true,
	"maintains": true, "maintained": true, "assert": true, "asserts": true, "asserted": true,
	"believe": true, "believes": true, "believed": true, "argue": true, "argues": true,
	"argued": true,
}

// deicticDenied are the words after a denial that point back to what was said ("denies
// this", "denied the claim", "rejected those charges", "denied that ...").
var deicticDenied = map[string]bool{
	"this": true, "it": true, "that": true, "these": true, "those": true, "claim": true,
	"claims": true, "charge": true, "charges": true, "allegation": true, "allegations": true,
	"accusation": true, "accusations": true, "report": true, "reports": true,
}

// deniesWhatWasSaid reports whether a sentence denies what was said before it: a denial
// verb followed, within four words, by a word that points back to it or by a clause
// ("denied sending troops").
func deniesWhatWasSaid(toks []Token) bool {
	for i, t := range toks {
		if !denyingVerbs[t.Lower] {
			continue
		}
		for q := i + 1; q < len(toks) && q <= i+4; q++ {
			w := toks[q].Lower
			if deicticDenied[w] || q == i+1 && strings.HasSuffix(w, "ing") {
				return true
			}
			if w == "so" || w == "many" || w == "any" || !toks[q].IsWord() {
				break // "denied so many news reports": other reports
			}
		}
	}
	return false
}

// denyingVerbs are the forms of the verbs of denial.
var denyingVerbs = map[string]bool{
	"deny": true, "denies": true, "denied": true, "denying": true, "reject": true,
	"rejects": true, "rejected": true, "rejecting": true, "dismiss": true,
	"dismisses": true, "dismissed": true, "dismissing": true, "refute": true,
	"refutes": true, "refuted": true,
}

// contentWords returns the stems (first five letters) of sentence si's words of four
// letters or more that are neither actors' names nor words every accusation or denial
// shares ("accused", "denied", "said").
func (d *document) contentWords(si int) map[string]bool {
	out := map[string]bool{}
	for k, t := range d.sents[si].Tokens {
		if len(t.Lower) < 4 || !t.IsWord() || d.mentionAt(si, k) != nil {
			continue
		}
		stem := t.Lower
		if len(stem) > 5 {
			stem = stem[:5]
		}
		if !commonStems[stem] {
			out[stem] = true
		}
	}
	return out
}

// overlap counts the stems two sets share.
func overlap(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// commonStems are stems of words too common in accusations and denials to link one to
// the other.
var commonStems = map[string]bool{
	"accus": true, "denie": true, "denia": true, "deny": true, "alleg": true, "claim": true,
	"charg": true, "said": true, "says": true, "sayin": true, "that": true, "this": true,
	"with": true, "from": true, "have": true, "been": true, "were": true, "would": true,
	"could": true, "their": true, "there": true, "which": true, "about": true, "after": true,
	"befor": true, "again": true, "repea": true, "gover": true, "offic": true, "also": true,
	"over": true, "into": true, "monda": true, "tuesd": true, "wedne": true,
	"thurs": true, "frida": true, "satur": true, "sunda": true, "count": true, "minis": true,
	"state": true, "they": true, "them": true, "week": true, "month": true,
	"year": true, "years": true, "today": true, "presi": true, "forei": true, "rejec": true,
	"dismi": true, "blame": true, "these": true, "those": true, "such": true, "only": true,
	"what": true, "when": true, "will": true, "than": true, "then": true, "some": true,
	"more": true, "most": true, "other": true, "being": true, "while": true, "where": true,
}

// denialObject returns the accuser a denial answers: an actor named with the accusation
// ("the US claims", "claims by Washington"), else the latest entity that accused the
// subject in the article.
func (d *document) denialObject(si, i int, objs []*Mention) []*Mention {
	toks := d.sents[si].Tokens
	for _, o := range objs {
		if o.Start <= i+3 && (o.possessive || o.Form == FormDemonym) {
			return []*Mention{o}
		}
	}
	// "rejected the British claims", "denied the US accusations"
	if n := findWord(toks, i+1, i+6, denialNouns); n > 0 {
		for k := i + 1; k < n; k++ {
			if m := d.mentionAt(si, k); m != nil && m.ent.kind.Valid() {
				return []*Mention{m}
			}
		}
	}
	// "denied the accusations made by Washington"; not "denied attacks claimed by X":
	// who claims an attack does not accuse
	if by := findWord(toks, i+1, i+6, map[string]bool{"by": true}); by >= 0 {
		if n := findWord(toks, i+1, by, denialNouns); n >= 0 && by-n <= 3 {
			if o := d.objectsAt(si, by+1); len(o) > 0 {
				return o // "the accusation by Chile, Peru and Bolivia"
			}
		}
	}
	subjs := d.subjectsBefore(si, i)
	if len(subjs) == 0 {
		return nil
	}
	out := d.latestAccusers(subjs[0].ent, si)
	if len(out) > 0 {
		return out
	}
	// "denied it plotted against Peru": the party the denied act was aimed at, named
	// right after "against" or "on" in the denied clause (not "sent troops to Syria", nor a
	// country named in a later clause: "denied it and said the Chilean raid ...")
	for _, m := range d.mentions[si] {
		if m.Start <= i || m.ent == subjs[0].ent {
			continue
		}
		if !afterAgainst(toks, m.Start) && !answersOwner(toks, m) || clauseBreakBetween(toks, i+1, m.Start) {
			continue
		}
		s := d.standFor(si, m)
		if s.ent.kind == geokg.KindGroup && s.ent.country != "" {
			// "raids on Chilean forces": the forces' country
			if c, ok := d.entities[geokg.EntityID(geokg.KindCountry, s.ent.country)]; ok {
				s = &Mention{Start: m.Start, End: m.End, ent: c, Form: FormRef}
			}
		}
		if s.ent.kind == geokg.KindCountry && (d.isActor(si, m) || s != m) && s.ent != subjs[0].ent {
			return []*Mention{s}
		}
	}
	return nil
}

// afterAgainst reports whether the mention starting at token k is the target of the
// act before it: "against Peru", "raids on Chilean posts", "targeting Bolivia";
// not a place ("in Yemen") or a destination ("to Syria").
func afterAgainst(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch toks[j].Lower {
		case "against", "on", "targeting", "targetting":
			return true
		case "the":
			continue
		}
		return false
	}
	return false
}

// characterisingVerbs open a participle clause that judges an actor's act.
var characterisingVerbs = map[string]bool{
	"calling": true, "describing": true, "branding": true, "labelling": true,
	"labeling": true, "terming": true, "dismissing": true,
}

// answersOwner reports whether mention m owns the act a denial judges right after a
// participle: "denied it, calling Chile's step ...".
func answersOwner(toks []Token, m *Mention) bool {
	return m.possessive && m.Start > 0 && characterisingVerbs[toks[m.Start-1].Lower]
}

// clauseBreakBetween reports whether a new clause starts in tokens [a, b): a
// semicolon, or "and"/"but" before a verb of saying ("denied it and said ...").
func clauseBreakBetween(toks []Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		w := toks[k].Lower
		if w == ";" {
			return true
		}
		if (w == "and" || w == "but") && k+1 < len(toks) && (reportingVerbs[toks[k+1].Lower] || toks[k+1].Lower == "added") {
			return true
		}
	}
	return false
}

// inAccusation reports whether the clause starting at token i is the content of an
// accusation or denial ("claims it shelters", "denied that it funded").
func (d *document) inAccusation(si, i int) bool {
	toks := d.sents[si].Tokens
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].Lower
		if denialNouns[w] || w == "accused" || w == "alleged" || w == "alleging" || w == "denied" || w == "denies" || w == "deny" || w == "accusing" {
			return true
		}
	}
	return false
}

// reportedSpeaker returns the speaker when the clause before token i is reported
// speech ("Iran said the US ..."), or nil.
func (d *document) reportedSpeaker(si, i int) *Mention {
	toks := d.sents[si].Tokens
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := toks[k].Lower
		if participleSpeech[w] && k > 0 && toks[k-1].Text == "," {
			// "China protested, saying Manila attacked its vessels": the main clause's
			// subject speaks
			if m := d.mainSubject(si, k); m != nil {
				return m
			}
			if s := d.subjectsBefore(si, k); len(s) > 0 {
				return s[0]
			}
			return nil
		}
		if reportingVerbs[w] || w == "accused" || w == "blamed" || w == "accusing" || w == "alleging" || w == "that" {
			if w == "that" {
				continue
			}
			s := d.subjectsBefore(si, k)
			if len(s) > 0 {
				return s[0]
			}
			return nil
		}
	}
	return nil
}

// accordingTo returns the source named by "according to X" in sentence si, or nil:
// "According to Ukraine, Russia attacked the dam" is Ukraine's accusation.
func (d *document) accordingTo(si int) *Mention {
	toks := d.sents[si].Tokens
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Lower == "according" && toks[k+1].Lower == "to" {
			if o := d.objectsAt(si, k+2); len(o) > 0 {
				return o[0]
			}
			return nil
		}
	}
	return nil
}

// consequenceNouns name what an actor may face.
var consequenceNouns = map[string]bool{
	"consequences": true, "punishment": true, "sanctions": true, "retaliation": true,
	"repercussions": true, "action": true, "response": true, "penalties": true,
}

// participleSpeech are participles that report what the main clause's subject says
// (", saying Y attacked ...").
var participleSpeech = map[string]bool{
	"saying": true, "claiming": true, "insisting": true, "arguing": true, "adding": true,
	"asserting": true, "charging": true,
}
