package main

import (
	"sort"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/frames"
)

// typeOf maps a CAMEO code to an interaction type, following the table of
// ../shared/ontology.md; ok is false for codes with no type. objects are the lemmas of
// the pattern's object: code 161 with diplomats as object is EXPELS.
func typeOf(code string, objects []string) (geokg.RelationType, bool) {
	if len(code) < 3 || len(code) > 4 || strings.Trim(code, "0123456789") != "" {
		return "", false
	}
	c3 := code[:3]
	switch {
	case c3 == "016":
		return geokg.Denies, true
	case strings.HasPrefix(code, "02"), strings.HasPrefix(code, "10"):
		return geokg.Demands, true
	case c3 == "043", c3 == "075":
		return geokg.Hosts, true
	case c3 >= "040" && c3 <= "046":
		return geokg.Meets, true
	case c3 >= "051" && c3 <= "053":
		return geokg.Supports, true
	case c3 == "054":
		return geokg.Recognizes, true
	case c3 == "057":
		return geokg.SignsAgreementWith, true
	case c3 == "064":
		return geokg.RestoresTiesWith, true
	case strings.HasPrefix(code, "06"):
		return geokg.CooperatesWith, true
	case strings.HasPrefix(code, "07"):
		return geokg.Aids, true
	case c3 == "085":
		return geokg.LiftsSanctions, true
	case c3 == "111", c3 == "114":
		return geokg.Condemns, true
	case c3 == "112":
		return geokg.Accuses, true
	case strings.HasPrefix(code, "12"):
		return geokg.Rejects, true
	case strings.HasPrefix(code, "13"):
		return geokg.Threatens, true
	case c3 == "161":
		for _, o := range objects {
			if diplomats[o] {
				return geokg.Expels, true
			}
		}
		return geokg.SeversTiesWith, true
	case c3 == "163":
		return geokg.Sanctions, true
	case c3 == "166", c3 == "174":
		return geokg.Expels, true
	case c3 == "176", strings.HasPrefix(code, "18"), strings.HasPrefix(code, "19"):
		return geokg.Attacks, true
	}
	return "", false
}

// cleanCode keeps the event code of a bracket: "112:112" (source and target codes of a
// two-sided event) is 112; "---" is none.
func cleanCode(c string) string {
	c, _, _ = strings.Cut(strings.TrimSpace(c), ":")
	if c == "---" {
		return ""
	}
	return c
}

var diplomats = map[string]bool{"diplomat": true, "ambassador": true, "envoy": true, "attache": true, "consul": true}

// defaultTargets are where the target of a light-verb pattern sits when the pattern
// names only the object ("impose * SANCTIONS": on or against whom). Types absent here
// have no such slot, and their object-only patterns are dropped.
var defaultTargets = map[geokg.RelationType][]frames.Slot{
	geokg.Sanctions:          {{Rel: "obl", Case: "on"}, {Rel: "obl", Case: "against"}},
	geokg.LiftsSanctions:     {{Rel: "obl", Case: "on"}, {Rel: "obl", Case: "against"}},
	geokg.SeversTiesWith:     {{Rel: "obl", Case: "with"}},
	geokg.RestoresTiesWith:   {{Rel: "obl", Case: "with"}},
	geokg.Meets:              {{Rel: "obl", Case: "with"}},
	geokg.SignsAgreementWith: {{Rel: "obl", Case: "with"}},
	geokg.CooperatesWith:     {{Rel: "obl", Case: "with"}},
	geokg.Aids:               {{Rel: "obl", Case: "to"}, {Rel: "iobj"}},
	geokg.Accuses:            {{Rel: "obl", Case: "against"}},
	geokg.Condemns:           {{Rel: "obl", Case: "against"}},
	geokg.Threatens:          {{Rel: "obl", Case: "against"}},
	geokg.Attacks:            {{Rel: "obl", Case: "on"}, {Rel: "obl", Case: "against"}},
	geokg.Demands:            {{Rel: "obl", Case: "from"}},
}

// ownedObject are the types whose pattern object is a thing of the target, not the act
// itself: "reject * PROPOSAL", "support * PLAN", "recognize * INDEPENDENCE", "deny *
// CHARGE", "seize * WARSHIP" read whose proposal, plan, independence, charge or warship
// it is (target obj>owner: "rejected Chile's proposal", "seized Ukrainian ships"). The
// light verbs' objects ("impose * SANCTIONS", "hold * TALKS") are the act, and their
// possessor its author, and so are objects that name an act whatever the type ("repeat *
// DENIAL", "reiterate * SUPPORT": the subject's own; noun triggers of geokg.tsv), but for
// another's act that the type answers (answers).
var ownedObject = map[geokg.RelationType]bool{
	geokg.Rejects: true, geokg.Supports: true, geokg.Recognizes: true, geokg.Denies: true,
	geokg.Hosts: true, geokg.Expels: true, geokg.Attacks: true,
}

// undergoers head the blocks whose verbs' subject suffers the event CAMEO codes ("DIE"
// under 190, "X died in clashes"): read as frames they would make the victim the author.
var undergoers = map[string]bool{"DIE": true}

// particles are the adverbs of phrasal verbs (UD compound:prt).
var particles = map[string]bool{"OFF": true, "DOWN": true, "UP": true, "OUT": true, "BACK": true, "AWAY": true, "OVER": true}

var subject = []frames.Slot{{Rel: "nsubj"}}
var object = []frames.Slot{{Rel: "obj"}}

// derive turns the dictionary into frames, with counts of what was kept and dropped.
func derive(d dictionary, acts actNouns) ([]frames.Frame, map[string]int) {
	stats := map[string]int{}
	seen := map[string]bool{}
	var out []frames.Frame
	add := func(f frames.Frame) {
		if seen[f.Key()] {
			stats["duplicate"]++
			return
		}
		seen[f.Key()] = true
		out = append(out, f)
		stats["kept"]++
	}
	for _, b := range d.blocks {
		if len(b.verbs) > 0 && undergoers[strings.Join(b.verbs[0].words, "_")] {
			stats["block: its subject undergoes the event"]++
			continue
		}
		verbs := map[string]verbShape{}
		ownType := map[string]geokg.RelationType{}
		var order []string
		for _, v := range b.verbs {
			shape, ok := shapeOf(v)
			if !ok {
				stats["verb: words before the verb"]++
				continue
			}
			name := strings.Join(v.words, "_")
			verbs[name] = shape
			order = append(order, name)
			code := cleanCode(v.code)
			if code == "" {
				code = cleanCode(b.code)
			}
			typ, ok := typeOf(code, nil)
			if !ok {
				stats["verb: code with no type"]++
				continue
			}
			ownType[name] = typ
			f := shape.frame(typ, code)
			if len(f.Target) == 0 {
				f.Target = object
			}
			add(f)
		}
		for _, p := range b.patterns {
			targets := order
			if _, ok := verbs[p.verb]; ok {
				targets = []string{p.verb} // the verb the pattern was written for
			}
			obj, pps, prt, reason := readPost(p, d.synsets)
			if reason != "" {
				stats["pattern: "+reason]++
				continue
			}
			if len(p.pre) > 0 && !(len(p.pre) == 1 && p.pre[0] == "$") {
				stats["pattern: words before the verb"]++
				continue
			}
			p.code = cleanCode(p.code)
			typ, ok := typeOf(p.code, obj)
			if !ok {
				stats["pattern: code with no type"]++
				continue
			}
			objOwned := owned(typ, obj, acts)
			for _, name := range targets {
				shape := verbs[name]
				if len(pps) == 0 && len(obj) > 0 && obj[0] != "+" && prt == "" && ownType[name] == typ && !objOwned {
					// "accuse * MINISTER": the object is the target the bare verb reads
					stats["pattern: object only, the bare verb reads it"]++
					continue
				}
				f := shape.frame(typ, p.code)
				if prt != "" {
					if shape.prt != "" {
						stats["pattern: two particles"]++
						continue
					}
					f.Requires = append(f.Requires, frames.Constraint{Slot: frames.Slot{Rel: "compound:prt"}, Lemmas: []string{strings.ToLower(prt)}})
				}
				target, reqs, reason := placeArguments(typ, obj, pps, shape, objOwned)
				if reason != "" {
					stats["pattern: "+reason]++
					continue
				}
				f.Target = target
				f.Requires = append(f.Requires, reqs...)
				add(f)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Type != out[j].Type {
			return out[i].Type < out[j].Type
		}
		return out[i].Lemma < out[j].Lemma
	})
	return out, stats
}

// verbShape is a verb phrase read for UD: the lemma, its particle, and the preposition
// that introduces its target ("MEET_WITH": obl:with).
type verbShape struct {
	lemma, prt, prep string
}

func shapeOf(v verb) (verbShape, bool) {
	if v.head != 0 {
		return verbShape{}, false
	}
	s := verbShape{lemma: strings.ToLower(v.words[0])}
	for _, w := range v.words[1:] {
		switch {
		case particles[w] && s.prt == "" && s.prep == "":
			s.prt = w
		case s.prep == "":
			s.prep = w
		default:
			return verbShape{}, false
		}
	}
	return s, true
}

// frame is the frame of the bare verb: its particle as a constraint, its preposition as
// the target.
func (s verbShape) frame(typ geokg.RelationType, code string) frames.Frame {
	f := frames.Frame{Type: typ, Lemma: s.lemma, POS: "VERB", Source: subject, CAMEO: code, Origin: frames.OriginCAMEO}
	if s.prt != "" {
		f.Requires = append(f.Requires, frames.Constraint{Slot: frames.Slot{Rel: "compound:prt"}, Lemmas: []string{strings.ToLower(s.prt)}})
	}
	if s.prep != "" {
		f.Target = []frames.Slot{{Rel: "obl", Case: strings.ToLower(s.prep)}}
	}
	return f
}

// pp is a prepositional phrase of a pattern: "(FOR AID)" has prep FOR and lemmas [aid];
// "(WITH +)" has target; "(AGAINST)" neither.
type pp struct {
	prep   string
	lemmas []string
	target bool
}

// readPost reads the part of a pattern after the verb: object lemmas, prepositional
// phrases and a particle. reason says why a pattern cannot be read, or is "".
func readPost(p pattern, synsets map[string][]string) (obj []string, pps []pp, prt, reason string) {
	toks := p.post
	objTarget := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t == "(":
			j := i + 1
			for j < len(toks) && toks[j] != ")" {
				j++
			}
			if j >= len(toks) || j == i+1 {
				return nil, nil, "", "unreadable phrase"
			}
			ph := pp{prep: toks[i+1]}
			words := toks[i+2 : j]
			switch {
			case len(words) == 1 && words[0] == "+":
				ph.target = true
			case len(words) > 0:
				lemmas, ok := headLemmas(words, synsets)
				if !ok {
					return nil, nil, "", "unreadable phrase"
				}
				ph.lemmas = lemmas
			}
			pps = append(pps, ph)
			i = j
		case t == "+":
			if len(obj) > 0 || len(pps) > 0 {
				return nil, nil, "", "target inside a phrase"
			}
			objTarget = true
		case t == "$":
			return nil, nil, "", "source after the verb"
		case particles[t] && i == 0:
			prt = t
		case len(obj) > 0 || len(pps) > 0 || objTarget:
			return nil, nil, "", "more than one object"
		case t == "{":
			j := i + 1
			for j < len(toks) && toks[j] != "}" {
				j++
			}
			if j >= len(toks) || j == i+1 {
				return nil, nil, "", "unreadable phrase"
			}
			lemmas, ok := headLemmas(toks[i+1:j], synsets)
			if !ok {
				return nil, nil, "", "unreadable phrase"
			}
			obj = lemmas
			i = j
		default:
			lemmas, ok := headLemmas([]string{t}, synsets)
			if !ok {
				return nil, nil, "", "unreadable phrase"
			}
			obj = lemmas
		}
	}
	if objTarget {
		obj = []string{"+"}
	}
	return obj, pps, prt, ""
}

// headLemmas returns the lemmas of a noun phrase's head: its last word, or the members
// of a synset.
func headLemmas(words []string, synsets map[string][]string) ([]string, bool) {
	last := words[len(words)-1]
	if strings.ContainsAny(last, "+$(){}") {
		return nil, false
	}
	var forms []string
	if strings.HasPrefix(last, "&") {
		members, ok := synsets[last]
		if !ok {
			return nil, false
		}
		for _, m := range members {
			f := strings.Fields(strings.ReplaceAll(m, "_", " "))
			if len(f) > 0 {
				forms = append(forms, f[len(f)-1])
			}
		}
	} else {
		forms = []string{last}
	}
	seen := map[string]bool{}
	var out []string
	for _, f := range forms {
		l := nounLemma(f)
		if l == "" || seen[l] || !isWord(l) {
			continue
		}
		seen[l] = true
		out = append(out, l)
	}
	sort.Strings(out)
	return out, len(out) > 0
}

func isWord(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return s != ""
}

// nounLemma lower-cases a noun and makes a regular plural singular (SANCTIONS ->
// sanction, EMBASSIES -> embassy, TIES -> tie, TALKS -> talk).
func nounLemma(w string) string {
	w = strings.ToLower(strings.Trim(w, "_"))
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// owned reports whether a pattern's object words name a thing of the target: the type
// reads objects so (ownedObject) and no word is a noun that names an act of the subject
// (acts), that is any act but one the type answers (answers).
func owned(typ geokg.RelationType, obj []string, acts actNouns) bool {
	if !ownedObject[typ] || len(obj) == 0 || obj[0] == "+" {
		return false
	}
	for _, o := range obj {
		if types := acts[o]; types != nil && !answered(typ, types) {
			return false
		}
	}
	return true
}

// answers are the acts of others that a type's act answers: as its object such an act is
// the target's, and its owner the target ("ignore * APPEAL": "ignored Peru's appeal";
// "denounce * ACCUSATION": "denounced Chile's accusations"). A noun that also names the
// answer itself ("repeat * DENIAL") stays the subject's own.
var answers = map[geokg.RelationType][]geokg.RelationType{
	geokg.Rejects: {geokg.Demands},
	geokg.Denies:  {geokg.Accuses, geokg.Condemns},
}

// answered reports whether an act noun of the given types is one that typ answers.
func answered(typ geokg.RelationType, types map[geokg.RelationType]bool) bool {
	if types[typ] {
		return false
	}
	for _, t := range answers[typ] {
		if types[t] {
			return true
		}
	}
	return false
}

// placeArguments finds the target slot of a pattern and turns its other words into
// constraints. reason says why the target is not one dependency away, or is "".
func placeArguments(typ geokg.RelationType, obj []string, pps []pp, shape verbShape, owner bool) ([]frames.Slot, []frames.Constraint, string) {
	var target []frames.Slot
	var reqs []frames.Constraint
	if shape.prep != "" {
		target = []frames.Slot{{Rel: "obl", Case: strings.ToLower(shape.prep)}}
	}
	objIsTarget := len(obj) == 1 && obj[0] == "+"
	if objIsTarget {
		target = append(target, object...)
	} else if len(obj) > 0 {
		reqs = append(reqs, frames.Constraint{Slot: frames.Slot{Rel: "obj"}, Lemmas: obj})
	}
	for _, p := range pps {
		slot := frames.Slot{Rel: "obl", Case: strings.ToLower(p.prep)}
		if !isWord(slot.Case) {
			return nil, nil, "unreadable preposition"
		}
		switch {
		case p.target || len(p.lemmas) == 0:
			target = append(target, slot)
		default:
			reqs = append(reqs, frames.Constraint{Slot: slot, Lemmas: p.lemmas})
		}
	}
	if len(target) == 0 {
		if len(obj) == 0 {
			target = object
		} else {
			target = append(target, defaultTargets[typ]...)
			if owner {
				target = append(target, frames.OwnerSlot)
			}
			if len(target) == 0 {
				return nil, nil, "no slot for the target"
			}
		}
	}
	if n := len(target); n > 2 && !(n == 3 && target[2].Owner) {
		return nil, nil, "target ambiguous"
	}
	for _, r := range reqs {
		for _, t := range target {
			if r.Slot == t {
				return nil, nil, "target and constraint in one slot"
			}
		}
	}
	return target, reqs, ""
}
