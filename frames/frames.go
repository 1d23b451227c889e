// Package frames is the trigger lexicon of the relation extractor: for each interaction
// type of the ontology, the words that state it (verbs, nouns, adjectives) and where its
// two actors sit among the trigger's dependents in a Universal Dependencies parse. It
// holds data only: the matcher that applies frames to a parse lives elsewhere.
//
// The embedded lexicon is data/cameo.tsv (derived from the PETRARCH2 CAMEO verb
// dictionary by `make frames`) and data/geokg.tsv (written by hand); the format is in
// data/README.md and docs/extraction.md.
package frames

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/geokg/geokg"
)

// Frame is one line of the lexicon: a trigger and the slots of its two actors.
type Frame struct {
	// Type is an interaction type of the ontology (not LEADS, MEMBER_OF, PART_OF).
	Type geokg.RelationType
	// Lemma and POS name the trigger token: its lemma and UPOS (VERB, NOUN, ADJ).
	Lemma string
	POS   string
	// Source and Target are the dependents of the trigger that hold the actors, in
	// order of preference, written for the active voice.
	Source, Target []Slot
	// Requires are constraints on other dependents of the trigger, all of which must hold.
	Requires []Constraint
	// CAMEO is the CAMEO event code ("112", "0231"), or "".
	CAMEO string
	// Origin is OriginCAMEO or OriginGeokg.
	Origin string
	// Line is the 1-based line of the frame in its file.
	Line int
}

// The origins of a frame.
const (
	OriginCAMEO = "cameo" // derived from CAMEO.2.0.txt
	OriginGeokg = "geokg" // written for geokg
)

// POS tags a trigger may have.
var POSTags = []string{"VERB", "NOUN", "ADJ"}

// Slot is a dependency relation of the trigger, with the preposition its dependent must
// have as a case child for obl and nmod: "obl:with" is Rel "obl", Case "with";
// "nmod:poss" is Rel "nmod:poss" (a possessor), Case "".
type Slot struct {
	Rel  string
	Case string
	// Owner makes the slot the owner of the dependent in Rel, not the dependent itself
	// ("obj>owner": "opposed Obama's plan", "seized Ukrainian ships": a possessor, a
	// nationality, a name in a compound, or a "by" or "from" phrase of the object noun).
	Owner bool
}

// OwnerSlot is the target slot "obj>owner": the owner of the trigger's object.
var OwnerSlot = Slot{Rel: "obj", Owner: true}

// String writes the slot as in the file.
func (s Slot) String() string {
	if s.Owner {
		return s.Rel + ">owner"
	}
	if s.Case == "" {
		return s.Rel
	}
	return s.Rel + ":" + s.Case
}

// Constraint requires a dependent of the trigger in the slot with one of the lemmas:
// "obj=tie|relation", "compound:prt=off"; "xcomp=*" (AnyLemma) requires one whatever its
// lemma ("told Iran to leave").
type Constraint struct {
	Slot   Slot
	Lemmas []string
}

// AnyLemma, alone in a constraint, accepts any dependent in the slot.
const AnyLemma = "*"

// String writes the constraint as in the file.
func (c Constraint) String() string { return c.Slot.String() + "=" + strings.Join(c.Lemmas, "|") }

// Key returns the identity of a frame: two lines with the same key are duplicates.
func (f Frame) Key() string {
	return strings.Join([]string{string(f.Type), f.Lemma, f.POS, slotList(f.Source), slotList(f.Target), requiresString(f.Requires)}, "\t")
}

// String writes the frame as a line of the file.
func (f Frame) String() string {
	cameo := f.CAMEO
	if cameo == "" {
		cameo = "-"
	}
	return strings.Join([]string{string(f.Type), f.Lemma, f.POS, slotList(f.Source), slotList(f.Target), requiresString(f.Requires), cameo, f.Origin}, "\t")
}

func slotList(ss []Slot) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = s.String()
	}
	return strings.Join(parts, "|")
}

func requiresString(cs []Constraint) string {
	if len(cs) == 0 {
		return "-"
	}
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.String()
	}
	return strings.Join(parts, ";")
}

var (
	lemmaRE = regexp.MustCompile(`^[a-z][a-z'-]*$`)
	caseRE  = regexp.MustCompile(`^[a-z]+(_[a-z]+)*$`)
	cameoRE = regexp.MustCompile(`^[0-9]{2,4}$`)
)

// argRels are the relations that may hold an actor; requireRels those that a
// constraint may name. obl and nmod take a preposition ("obl:with"), advcl its marker
// ("advcl:for": "attacked X for refusing"); the passive
// relations (nsubj:pass, obl:agent) are not written: the matcher maps them.
var (
	argRels     = map[string]bool{"nsubj": true, "obj": true, "iobj": true, "nmod:poss": true, "amod": true, "compound": true, "obl": true, "nmod": true}
	requireRels = map[string]bool{"obj": true, "iobj": true, "compound:prt": true, "xcomp": true, "ccomp": true, "parataxis": true, "amod": true, "compound": true, "advmod": true, "obl": true, "nmod": true, "advcl": true}
)

// parseSlot reads "obl:with", "nmod:poss", "obj" against the allowed relations.
func parseSlot(s string, allowed map[string]bool) (Slot, error) {
	if allowed[s] && s != "obl" && s != "nmod" && s != "advcl" {
		return Slot{Rel: s}, nil
	}
	rel, cs, ok := strings.Cut(s, ":")
	if ok && (rel == "obl" || rel == "nmod" || rel == "advcl") && allowed[rel] {
		if !caseRE.MatchString(cs) {
			return Slot{}, fmt.Errorf("deprel %q: the preposition %q is not lower-case letters", s, cs)
		}
		return Slot{Rel: rel, Case: cs}, nil
	}
	if s == "nsubj:pass" || s == "obl:agent" {
		return Slot{}, fmt.Errorf("deprel %q: write frames in the active voice (the matcher maps passives)", s)
	}
	if s == "obl" || s == "nmod" {
		return Slot{}, fmt.Errorf("deprel %q needs its preposition (%s:with)", s, s)
	}
	if s == "advcl" && allowed[s] {
		return Slot{}, fmt.Errorf("deprel %q needs its marker (advcl:for)", s)
	}
	return Slot{}, fmt.Errorf("deprel %q is not allowed here", s)
}

func parseSlots(field, name string) ([]Slot, error) {
	var out []Slot
	for _, p := range strings.Split(field, "|") {
		if p == OwnerSlot.String() && name == "target" {
			out = append(out, OwnerSlot)
			continue
		}
		s, err := parseSlot(p, argRels)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, s)
	}
	return out, nil
}

func parseRequires(field string) ([]Constraint, error) {
	if field == "-" {
		return nil, nil
	}
	var out []Constraint
	for _, part := range strings.Split(field, ";") {
		rel, lemmas, ok := strings.Cut(part, "=")
		if !ok || lemmas == "" {
			return nil, fmt.Errorf("requires %q: want deprel=lemma|lemma", part)
		}
		s, err := parseSlot(rel, requireRels)
		if err != nil {
			return nil, fmt.Errorf("requires %q: %w", part, err)
		}
		c := Constraint{Slot: s}
		for _, l := range strings.Split(lemmas, "|") {
			if l == AnyLemma && lemmas == AnyLemma {
				c.Lemmas = append(c.Lemmas, l)
				continue
			}
			if !lemmaRE.MatchString(l) {
				return nil, fmt.Errorf("requires %q: lemma %q is not a lower-case word", part, l)
			}
			c.Lemmas = append(c.Lemmas, l)
		}
		out = append(out, c)
	}
	return out, nil
}

// Load reads a frame file: one frame a line, eight tab-separated fields (type, lemma,
// pos, source, target, requires, cameo, origin), blank lines and '#' comments skipped.
// It fails on the first bad line, naming it, and on a frame that repeats an earlier
// one.
func Load(r io.Reader) ([]Frame, error) {
	var out []Frame
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f, err := parseLine(line)
		if err != nil {
			return nil, fmt.Errorf("frames line %d: %w", n, err)
		}
		f.Line = n
		if prev, ok := seen[f.Key()]; ok {
			return nil, fmt.Errorf("frames line %d: repeats line %d", n, prev)
		}
		seen[f.Key()] = n
		out = append(out, f)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read frames: %w", err)
	}
	return out, nil
}

func parseLine(line string) (Frame, error) {
	fields := strings.Split(line, "\t")
	if len(fields) != 8 {
		return Frame{}, fmt.Errorf("%d fields, want 8 tab-separated (type lemma pos source target requires cameo origin)", len(fields))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	f := Frame{Type: geokg.RelationType(fields[0]), Lemma: fields[1], POS: fields[2], Origin: fields[7]}
	if !f.Type.Valid() || f.Type.Structural() {
		return Frame{}, fmt.Errorf("type %q is not an interaction type of the ontology", fields[0])
	}
	if !lemmaRE.MatchString(f.Lemma) {
		return Frame{}, fmt.Errorf("lemma %q is not a lower-case word", f.Lemma)
	}
	if !contains(POSTags, f.POS) {
		return Frame{}, fmt.Errorf("pos %q: want one of %v", f.POS, POSTags)
	}
	var err error
	if f.Source, err = parseSlots(fields[3], "source"); err != nil {
		return Frame{}, err
	}
	if f.Target, err = parseSlots(fields[4], "target"); err != nil {
		return Frame{}, err
	}
	for _, s := range f.Source {
		if contains(f.Target, s) {
			return Frame{}, fmt.Errorf("slot %s is both source and target", s)
		}
	}
	if f.Requires, err = parseRequires(fields[5]); err != nil {
		return Frame{}, err
	}
	for _, c := range f.Requires {
		if contains(f.Source, c.Slot) || contains(f.Target, c.Slot) {
			return Frame{}, fmt.Errorf("requires %s: the slot holds an actor", c)
		}
	}
	switch {
	case fields[6] == "-":
	case cameoRE.MatchString(fields[6]):
		f.CAMEO = fields[6]
	default:
		return Frame{}, fmt.Errorf("cameo %q: want a code of 2-4 digits or -", fields[6])
	}
	if f.Origin != OriginCAMEO && f.Origin != OriginGeokg {
		return Frame{}, fmt.Errorf("origin %q: want %s or %s", f.Origin, OriginCAMEO, OriginGeokg)
	}
	if f.Origin == OriginCAMEO && f.CAMEO == "" {
		return Frame{}, fmt.Errorf("a cameo frame needs its CAMEO code")
	}
	return f, nil
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Lexicon indexes frames by trigger (lemma and POS). It is read-only and safe for
// concurrent use.
type Lexicon struct {
	frames []Frame
	byKey  map[triggerKey][]Frame
}

type triggerKey struct{ lemma, pos string }

// NewLexicon indexes the frames, keeping their order.
func NewLexicon(frames []Frame) *Lexicon {
	l := &Lexicon{frames: frames, byKey: map[triggerKey][]Frame{}}
	for _, f := range frames {
		k := triggerKey{f.Lemma, f.POS}
		l.byKey[k] = append(l.byKey[k], f)
	}
	return l
}

// Lookup returns the frames whose trigger has the lemma and POS, in file order (nil for
// none). The slice must not be modified.
func (l *Lexicon) Lookup(lemma, pos string) []Frame { return l.byKey[triggerKey{lemma, pos}] }

// Frames returns every frame, in file order. The slice must not be modified.
func (l *Lexicon) Frames() []Frame { return l.frames }

//go:embed data/*.tsv data/cameo-verbs.txt data/words.txt data/polarity.txt
var dataFS embed.FS

// Files are the embedded frame files, in load order.
var Files = []string{"data/cameo.tsv", "data/geokg.tsv"}

// Default returns the lexicon of the embedded files: geokg.tsv's frames, the bare-verb
// frames of cameo.tsv that BareVerbsFile names, and for the triggers geokg.tsv does not
// list, cameo.tsv's phrasal frames. It fails only when they are
// malformed, which the package tests rule out; the error names the file and line.
func Default() (*Lexicon, error) {
	var all []Frame
	seen := map[string]string{}
	own := map[triggerKey]bool{}
	for _, name := range Files {
		f, err := dataFS.Open(name)
		if err != nil {
			return nil, fmt.Errorf("embedded frames %s: %w", name, err)
		}
		frames, err := Load(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("embedded %s: %w", name, err)
		}
		for _, fr := range frames {
			if prev, ok := seen[fr.Key()]; ok {
				return nil, fmt.Errorf("embedded %s line %d: repeats %s", name, fr.Line, prev)
			}
			seen[fr.Key()] = fmt.Sprintf("%s line %d", name, fr.Line)
		}
		all = append(all, frames...)
	}
	// A trigger written by hand replaces the CAMEO-derived phrasal frames of the same
	// lemma and part of speech: CAMEO files "recognize" under praise (051) as well as
	// recognition, and our entry says which reading the ontology wants. A CAMEO frame of
	// a bare verb (no constraint on its object or particle) is used only when
	// BareVerbsFile lists it, and then also beside hand-written frames of its lemma
	// ("attack" is ATTACKS from CAMEO and, "for" what someone said or did, CONDEMNS from
	// geokg.tsv): CAMEO's verb blocks group loose synonyms ("lead", "leave", "consider",
	// "issue", "head" as cooperation or visits), which on the dev articles made three
	// false relations for each true one; its phrasal patterns ("cut ties", "impose
	// sanctions", "lodge a protest") are used for the lemmas geokg.tsv does not list.
	for _, f := range all {
		if f.Origin == OriginGeokg {
			own[triggerKey{f.Lemma, f.POS}] = true
		}
	}
	bare, err := bareVerbs()
	if err != nil {
		return nil, err
	}
	kept := all[:0]
	for _, f := range all {
		if f.Origin == OriginCAMEO {
			if len(f.Requires) == 0 && !bare[string(f.Type)+" "+f.Lemma] || len(f.Requires) > 0 && own[triggerKey{f.Lemma, f.POS}] {
				continue
			}
		}
		kept = append(kept, f)
	}
	return NewLexicon(kept), nil
}

// BareVerbsFile lists the CAMEO bare-verb frames the lexicon uses (see Default).
const BareVerbsFile = "data/cameo-verbs.txt"

// bareVerbs reads BareVerbsFile: "TYPE lemma" lines, # comments.
func bareVerbs() (map[string]bool, error) {
	b, err := dataFS.ReadFile(BareVerbsFile)
	if err != nil {
		return nil, fmt.Errorf("embedded %s: %w", BareVerbsFile, err)
	}
	out := map[string]bool{}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 || !geokg.RelationType(f[0]).Valid() {
			return nil, fmt.Errorf("embedded %s line %d: want \"TYPE lemma\", got %q", BareVerbsFile, i+1, line)
		}
		out[f[0]+" "+f[1]] = true
	}
	return out, nil
}
