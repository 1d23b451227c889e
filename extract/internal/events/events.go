// Package events is the extractor's events stage: the events the reading of an article
// found, one per mention of a happening, become one event per happening (Merge), with
// stable ids (ID).
package events

import (
	"slices"
	"sort"
	"strings"

	"github.com/geokg/geokg"
)

// Merge is the events stage: it makes one event of the several mentions of one
// happening in an article. Input: the article's events in the order the reading found
// them, its relations and its id; output: the events left (Merge works in evs, which it
// changes), with the relations that named a merged event renamed to name the survivor.
// Two events of one type merge when their dates agree (equal, or one unknown) and their
// targets overlap, or when one has no targets and both carry the same date. An event
// with neither date nor targets ("the cyberattack") attaches to the nearest earlier
// event of its type, else to the first later one. The merged event keeps the first
// mention's evidence, the known date and every target, and the id of what it then holds.
func Merge(evs []geokg.Event, rels []geokg.Relation, articleID string) []geokg.Event {
	if len(evs) < 2 {
		return evs
	}
	bare := func(e *geokg.Event) bool { return e.Date == "" && len(e.Targets) == 0 }
	compatible := func(a, b *geokg.Event) bool {
		if a.Type != b.Type || a.Date != "" && b.Date != "" && a.Date != b.Date {
			return false
		}
		if bare(a) || bare(b) {
			return true
		}
		for _, t := range a.Targets {
			if slices.Contains(b.Targets, t) {
				return true
			}
		}
		return (len(a.Targets) == 0 || len(b.Targets) == 0) && a.Date != "" && a.Date == b.Date
	}
	into := make([]int, len(evs)) // index of the event each one merges into
	for i := range evs {
		into[i] = i
	}
	// first the events that carry something, then the bare ones
	for pass := 0; pass < 2; pass++ {
		for i := range evs {
			e := &evs[i]
			if into[i] != i || bare(e) != (pass == 1) {
				continue
			}
			target := -1
			for j := i - 1; j >= 0 && target < 0; j-- {
				if into[j] == j && compatible(&evs[j], e) && (pass == 1 || !bare(&evs[j])) {
					target = j
				}
			}
			if target < 0 && pass == 1 {
				for j := i + 1; j < len(evs); j++ {
					if into[j] == j && compatible(&evs[j], e) && !bare(&evs[j]) {
						target = j
						break
					}
				}
			}
			if target < 0 {
				continue
			}
			into[i] = target
			t := &evs[target]
			if t.Date == "" {
				t.Date = e.Date
			}
			for _, id := range e.Targets {
				if !slices.Contains(t.Targets, id) {
					t.Targets = append(t.Targets, id)
				}
			}
			sort.Strings(t.Targets)
		}
	}
	rename := map[string]string{}
	kept := evs[:0:0]
	for i := range evs {
		if into[i] != i {
			continue
		}
		e := evs[i]
		id := ID(e.Type, e.Date, e.Targets, articleID)
		rename[e.ID] = id
		e.ID = id
		kept = append(kept, e)
	}
	for i := range evs {
		root := i
		for into[root] != root {
			root = into[root]
		}
		rename[evs[i].ID] = rename[evs[root].ID]
	}
	// two survivors may now share an id: keep the first
	seen := map[string]bool{}
	out := kept[:0]
	for _, e := range kept {
		if !seen[e.ID] {
			seen[e.ID] = true
			out = append(out, e)
		}
	}
	for i := range rels {
		if id, ok := rename[rels[i].Event]; ok {
			rels[i].Event = id
		}
	}
	return out
}

// ID is the stable id of an event: event:<slug of type-date-targets>. An event with
// neither date nor targets says nothing that tells it from another article's event of
// its type, so its id takes the article's instead (the first 12 hex digits of its id):
// "the cyberattack" of two articles stays two events.
func ID(typ geokg.EventType, date string, targets []string, articleID string) string {
	key := string(typ) + "-" + date + "-" + strings.Join(targets, "-")
	if date == "" && len(targets) == 0 {
		article := strings.TrimPrefix(articleID, "article:")
		key = string(typ) + "-" + article[:min(12, len(article))]
	}
	return "event:" + geokg.Slug(key)
}
