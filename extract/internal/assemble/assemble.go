// Package assemble is the extractor's last stage: it turns what the reading of an
// article found into its geokg.Extraction. Input: an Input (the article, its text and
// sentences, the entities read with what decides whether each is kept, the relations
// and the events); output: the *geokg.Extraction (Assemble).
package assemble

import (
	"sort"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/extract/internal/text"
)

// Input is what the reading of one article leaves for the assembly.
type Input struct {
	// Article is the article's metadata, ID included; Text its clean text.
	Article geokg.Article
	Text    string
	// Sentences are the text stage's sentences, in order: a relation's context is the
	// sentences before and after the one that starts where it starts.
	Sentences []text.Sentence
	// Entities are the entities the reading made, in any order.
	Entities  []Candidate
	Relations []geokg.Relation
	Events    []geokg.Event
}

// Candidate is an entity of the article with its aliases and what decides whether the
// extraction keeps it. An entity that a relation or an event names is always kept; any
// other is kept when the text names it (Named), it is no news medium (Medium) and, for
// a country or an official, the article names it as an actor or a place at least once
// (Standing).
type Candidate struct {
	geokg.Entity // without its Aliases: the kept entity's are AliasSet's, sorted
	AliasSet     map[string]bool
	Named        bool
	Medium       bool
	Standing     bool
}

// Assemble returns the extraction of in: the kept entities sorted by id with their
// aliases sorted, the relations sorted by position (then type, subject and object),
// each with the sentences just before and after its own as context, and the events in
// order. It copies the entities, relations and events it returns, and keeps no
// reference to in's slices (the caller may reuse them).
func Assemble(in Input) *geokg.Extraction {
	used := map[string]bool{}
	for _, r := range in.Relations {
		used[r.Subject], used[r.Object] = true, true
	}
	for _, ev := range in.Events {
		for _, t := range ev.Targets {
			used[t] = true
		}
	}
	keep := func(c *Candidate) bool {
		if used[c.ID] {
			return true
		}
		if !c.Named || c.Medium {
			return false // "IRNA reported", "told Al Jazeera": a medium cited is no actor
		}
		// "Greek Orthodox", "the Obama administration": only things of the actor
		return c.Kind != geokg.KindCountry && c.Kind != geokg.KindOfficial || c.Standing
	}
	n := 0
	for i := range in.Entities {
		if keep(&in.Entities[i]) {
			n++
		}
	}
	ents := make([]geokg.Entity, 0, n)
	for i := range in.Entities {
		c := &in.Entities[i]
		if !keep(c) {
			continue
		}
		e := c.Entity
		e.Aliases = make([]string, 0, len(c.AliasSet))
		for a := range c.AliasSet {
			e.Aliases = append(e.Aliases, a)
		}
		sort.Strings(e.Aliases)
		ents = append(ents, e)
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	rels := append([]geokg.Relation{}, in.Relations...)
	sort.SliceStable(rels, func(i, j int) bool {
		if rels[i].Start != rels[j].Start {
			return rels[i].Start < rels[j].Start
		}
		if rels[i].Type != rels[j].Type {
			return rels[i].Type < rels[j].Type
		}
		if rels[i].Subject != rels[j].Subject {
			return rels[i].Subject < rels[j].Subject
		}
		return rels[i].Object < rels[j].Object
	})
	// Each statement's context: the sentences just before and after its own.
	sents := in.Sentences
	for i := range rels {
		si := sort.Search(len(sents), func(k int) bool { return sents[k].Start >= rels[i].Start })
		if si < len(sents) && sents[si].Start == rels[i].Start {
			if si > 0 {
				rels[i].Before = geokg.ClipContext(in.Text[sents[si-1].Start:sents[si-1].End], true)
			}
			if si+1 < len(sents) {
				rels[i].After = geokg.ClipContext(in.Text[sents[si+1].Start:sents[si+1].End], false)
			}
		}
	}
	meta := in.Article
	meta.Text = in.Text
	events := append([]geokg.Event{}, in.Events...)
	return &geokg.Extraction{
		Article:   meta,
		Entities:  ents,
		Events:    events,
		Relations: rels,
		Extractor: geokg.ExtractorVersion,
	}
}
