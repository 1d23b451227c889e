package extract

import (
	"sort"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/extract/internal/events"
)

// eventWords maps the words that name a happening to its event type. Two-word entries
// are matched before one-word ones.
var eventWords = map[string]geokg.EventType{
	"cyberattack": geokg.Cyberattack, "cyber-attack": geokg.Cyberattack, "cyber attack": geokg.Cyberattack,
	"cyberattacks": geokg.Cyberattack, "hack": geokg.Cyberattack, "hacking": geokg.Cyberattack,
	"air strike": geokg.MilitaryAttack, "air strikes": geokg.MilitaryAttack, "airstrike": geokg.MilitaryAttack,
	"airstrikes": geokg.MilitaryAttack, "missile attack": geokg.MilitaryAttack, "invasion": geokg.MilitaryAttack,
	"missile strikes": geokg.MilitaryAttack, "drone strike": geokg.MilitaryAttack, "shelling": geokg.MilitaryAttack,
	"offensive": geokg.MilitaryAttack, "bombardment": geokg.MilitaryAttack,
	"suicide bombing": geokg.TerrorAttack, "car bomb": geokg.TerrorAttack, "terrorist attack": geokg.TerrorAttack,
	"terror attack": geokg.TerrorAttack, "bombing": geokg.TerrorAttack, "bombings": geokg.TerrorAttack,
	"nerve agent attack": geokg.TerrorAttack, "chemical attack": geokg.MilitaryAttack,
	"assassination": geokg.Assassination, "killing": geokg.Assassination,
	"protest": geokg.Protest, "protests": geokg.Protest, "demonstration": geokg.Protest,
	"demonstrations": geokg.Protest, "riot": geokg.Protest, "riots": geokg.Protest,
	"election": geokg.Election, "elections": geokg.Election, "presidential election": geokg.Election,
	"summit": geokg.Summit, "referendum": geokg.Referendum, "coup": geokg.Coup,
	"nuclear test": geokg.NuclearTest, "missile test": geokg.MissileTest, "missile launch": geokg.MissileTest,
}

// eventFirstWords holds the first word of every entry of eventWords.
var eventFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range eventWords {
		first, _, _ := strings.Cut(w, " ")
		first, _, _ = strings.Cut(first, "-")
		m[first] = true
	}
	return m
}()

// findEvents finds the happenings named in sentence si, with their date and targets:
// the actors after "on", "against" or "targeting", or a demonym before the word.
func (d *document) findEvents(si int) {
	toks := d.sents[si].Tokens
	if len(d.mentions[si]) == 0 && !d.hasEventWord(toks) {
		return
	}
	for i := 0; i < len(toks); i++ {
		typ, n := geokg.EventType(""), 0
		if !eventFirstWords[toks[i].Lower] {
			continue
		}
		if i+1 < len(toks) {
			if t, ok := eventWords[toks[i].Lower+" "+toks[i+1].Lower]; ok {
				typ, n = t, 2
			}
			if i+2 < len(toks) && toks[i+1].Text == "-" {
				if t, ok := eventWords[toks[i].Lower+"-"+toks[i+2].Lower]; ok {
					typ, n = t, 3
				}
			}
		}
		if n == 0 {
			if t, ok := eventWords[toks[i].Lower]; ok {
				typ, n = t, 1
			}
		}
		if n == 0 {
			continue
		}
		// "killing" is an assassination only of a named official
		var targets []*entity
		if i > 0 {
			if m := d.mentionAt(si, i-1); m != nil && m.End == i && m.ent.kind.Valid() {
				targets = append(targets, m.ent)
			}
		}
		end := i + n
		if end+1 < len(toks) {
			switch toks[end].Lower {
			case "on", "against", "targeting", "in", "of":
				for k := end + 1; k < len(toks) && k < end+4; k++ {
					if m := d.mentionAt(si, k); m != nil && m.ent.kind.Valid() {
						targets = append(targets, m.ent)
						break
					}
				}
			}
		}
		if len(targets) == 0 {
			// "the customs agency's servers were hit Monday by a cyberattack"
			for k := i - 1; k >= 1 && k >= i-6; k-- {
				if toks[k].Lower == "by" {
					for q := k - 1; q >= 0 && q >= k-4; q-- {
						switch toks[q].Lower {
						case "hit", "struck", "targeted", "attacked", "affected", "crippled", "paralysed", "paralyzed":
							if s := d.subjectsBefore(si, q); len(s) > 0 {
								targets = append(targets, s[len(s)-1].ent)
							} else {
								for _, m := range d.mentions[si] {
									if m.End <= q && m.ent.kind.Valid() {
										targets = append(targets[:0], m.ent)
									}
								}
							}
						}
					}
					break
				}
			}
		}
		if typ == geokg.Assassination && (len(targets) == 0 || targets[0].kind != geokg.KindOfficial) {
			i = end - 1
			continue
		}
		d.addEvent(si, typ, i, end, targets)
		i = end - 1
	}
}

// hasEventWord reports whether a sentence holds the first word of an event word.
func (d *document) hasEventWord(toks []Token) bool {
	for _, t := range toks {
		if eventFirstWords[t.Lower] {
			return true
		}
	}
	return false
}

// addEvent records an event of sentence si over tokens [a, b). Its date is the date
// written just after the event word ("a cyberattack ... on July 15"), else the first
// date of the sentence, else none. A sentence names one event of each type: a second
// word of the same type adds its targets to the first.
func (d *document) addEvent(si int, typ geokg.EventType, a, b int, targets []*entity) {
	toks := d.sents[si].Tokens
	date := ""
	if b < len(toks) {
		end := b + 10
		if end > len(toks) {
			end = len(toks)
		}
		date = resolveDate(toks[b:end], d.published)
	}
	if date == "" {
		date = resolveDate(toks, d.published)
	}
	if prev, ok := d.sentEventType[sentType{si, typ}]; ok {
		ev := &d.events[prev]
		for _, t := range targets {
			t.count++
			if !containsString(ev.Targets, t.id) {
				ev.Targets = append(ev.Targets, t.id)
			}
		}
		sort.Strings(ev.Targets)
		return
	}
	var ids []string
	for _, t := range targets {
		ids = append(ids, t.id)
		t.count++
	}
	sort.Strings(ids)
	id := d.eventID(typ, date, ids)
	if _, ok := d.eventSeen[id]; ok {
		d.sentEvent[si] = id
		return
	}
	sent := d.sents[si]
	d.eventSeen[id] = len(d.events)
	d.sentEventType[sentType{si, typ}] = len(d.events)
	if ids == nil {
		ids = []string{}
	}
	d.events = append(d.events, geokg.Event{
		ID: id, Type: typ, Date: date, Targets: ids,
		Evidence: d.text[sent.Start:sent.End], Start: sent.Start, End: sent.End,
	})
	d.sentEvent[si] = id
}

// sentType keys the events of a sentence by type.
type sentType struct {
	si  int
	typ geokg.EventType
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// sentenceEvent returns the id of the event named in sentence si, or "".
func (d *document) sentenceEvent(si int) string {
	return d.sentEvent[si]
}

// mergeEvents runs the events stage (package extract/internal/events) on the article's
// events: one event per happening, the relations that named a merged event renamed to
// name the survivor.
func (d *document) mergeEvents() {
	d.events = events.Merge(d.events, d.rels, d.articleID)
}

// eventID is the stable id of an event of the article (events.ID).
func (d *document) eventID(typ geokg.EventType, date string, targets []string) string {
	return events.ID(typ, date, targets, d.articleID)
}

// consequenceModals follow an act noun whose consequence a warning tells ("annexation
// would undermine", "an invasion could ...").
var consequenceModals = map[string]bool{"would": true, "could": true, "will": true, "might": true, "may": true}

// actVerbStems maps an act noun to the stem of the verb that tells the same act, for the
// nouns whose verb is spelt apart from them ("annexation": "Israel plans to annex").
var actVerbStems = map[string]string{
	"annexation": "annex", "invasion": "invad", "expulsion": "expel", "expulsions": "expel",
	"occupation": "occup", "withdrawal": "withdr",
}

// planNouns and planVerbs stand between an actor and the act it means to do: "Israel's
// plans to annex", "Russia intends to invade".
var planNouns = map[string]bool{
	"plan": true, "plans": true, "decision": true, "intention": true, "bid": true, "threat": true,
	"move": true, "push": true, "drive": true,
}

var planVerbs = map[string]bool{
	"plans": true, "planned": true, "planning": true, "intends": true, "intended": true,
	"wants": true, "wanted": true, "threatened": true, "threatens": true, "vowed": true,
	"vows": true, "decided": true, "seeks": true, "sought": true, "aims": true, "moved": true,
	"plan": true, "intend": true, "want": true, "threaten": true, "vow": true, "decide": true, "seek": true,
}

// plannedWindow is how many sentences back a planned act is looked for: a plan is an
// article's topic, told at its start and warned of far below.
const plannedWindow = 2 * antecedentWindow

// plannedActAuthor returns the actor the article told, within plannedWindow sentences
// before token q of sentence si, to plan or do the act the noun at q names with a verb
// ("Israel's plans to annex parts of the West Bank", "Israel plans to annex", "Russia
// invaded"); nil when the noun has no verb of its own (actVerbStems) or no sentence before
// tells it with its actor. "the occupied West Bank" tells no act: an adjective or a verb
// with no actor right before it is passed over.
func (d *document) plannedActAuthor(si, q int) *Mention {
	stem := actVerbStems[d.sents[si].Tokens[q].Lower]
	if stem == "" {
		return nil
	}
	for s := si; s >= 0 && s > si-plannedWindow; s-- {
		toks := d.sents[s].Tokens
		end := len(toks)
		if s == si {
			end = q
		}
		for v := end - 1; v > 0; v-- {
			t := toks[v].Lower
			if !strings.HasPrefix(t, stem) || actVerbStems[t] != "" || actNouns[t] {
				continue
			}
			// the actor: before "to" and a plan word ("Israel's plans to", "Israel plans
			// to"), or the verb's subject right before it in the past ("Russia invaded")
			at := v
			if toks[v-1].Lower == "to" && v >= 3 && (planNouns[toks[v-2].Lower] || planVerbs[toks[v-2].Lower]) {
				at = v - 2
				if at > 0 && (toks[at-1].Lower == "'s" || toks[at-1].Lower == "'") && planNouns[toks[at].Lower] {
					at--
				}
			} else if !strings.HasSuffix(t, "ed") {
				continue
			}
			for _, m := range d.mentions[s] {
				if m.inferred || m.ent == nil || !m.ent.kind.Valid() || m.End != at {
					continue
				}
				m = d.standFor(s, m)
				return &Mention{ent: m.ent, Form: FormRef, inferred: true, antecedent: d.surface(s, m.Start, min(v+1, len(toks)))}
			}
		}
	}
	return nil
}
