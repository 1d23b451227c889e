package store

import (
	"sort"
	"strings"
)

// The derived properties of edges (count, articles, sources, firstSeen, lastSeen,
// confidence) and of entities (aliases) are kept up to date incrementally: a write reads
// what its own articles said before (an index seek per article), compares it with what they
// say now, and applies the difference. Nothing here reads an edge's or an entity's whole
// history, except to repair what an increment cannot decide (see edgeState.next).

// statement is one evidence record as the derived edge properties see it.
type statement struct {
	id, article, source, date string
	tr                        triple
	conf                      float64
}

// edgeDelta is what a batch changes in one edge's evidence.
type edgeDelta struct {
	count, articles int
	added, gone     []statement // new or changed statements; removed or changed ones
	// The sources of the batch's own statements on the edge, before and after.
	srcBefore, srcAfter map[string]bool
}

// changed reports whether the delta changes anything at all.
func (d *edgeDelta) changed() bool {
	return d.count != 0 || d.articles != 0 || len(d.added) > 0 || len(d.gone) > 0
}

// sourceFlips returns the sources present on the edge before the batch and not after, or
// after and not before, sorted: only for those does the rest of the graph matter.
func (d *edgeDelta) sourceFlips() []string {
	var out []string
	for s := range d.srcBefore {
		if !d.srcAfter[s] {
			out = append(out, s)
		}
	}
	for s := range d.srcAfter {
		if !d.srcBefore[s] {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// edgeDeltas compares the statements that a batch's articles had before (old) with those
// they have now (cur), edge by edge. Both must hold every statement of those articles and
// nothing else; a statement is the same when its id and its facts are.
func edgeDeltas(old, cur []statement) map[triple]*edgeDelta {
	deltas := map[triple]*edgeDelta{}
	get := func(tr triple) *edgeDelta {
		d := deltas[tr]
		if d == nil {
			d = &edgeDelta{srcBefore: map[string]bool{}, srcAfter: map[string]bool{}}
			deltas[tr] = d
		}
		return d
	}
	type edgeArticle struct {
		tr      triple
		article string
	}
	before, after := map[edgeArticle]bool{}, map[edgeArticle]bool{}
	oldByID := make(map[string]statement, len(old))
	for _, s := range old {
		oldByID[s.id] = s
	}
	curByID := make(map[string]statement, len(cur))
	for _, s := range cur {
		curByID[s.id] = s
	}
	for _, s := range old {
		d := get(s.tr)
		d.count--
		before[edgeArticle{s.tr, s.article}] = true
		if s.source != "" {
			d.srcBefore[s.source] = true
		}
		if c, ok := curByID[s.id]; !ok || c != s {
			d.gone = append(d.gone, s)
		}
	}
	for _, s := range cur {
		d := get(s.tr)
		d.count++
		after[edgeArticle{s.tr, s.article}] = true
		if s.source != "" {
			d.srcAfter[s.source] = true
		}
		if o, ok := oldByID[s.id]; !ok || o != s {
			d.added = append(d.added, s)
		}
	}
	for ea := range before {
		if !after[ea] {
			get(ea.tr).articles--
		}
	}
	for ea := range after {
		if !before[ea] {
			get(ea.tr).articles++
		}
	}
	for tr, d := range deltas {
		if !d.changed() {
			delete(deltas, tr)
		}
	}
	return deltas
}

// edgeState is an edge's derived properties; exists is false for an edge not (or no
// longer) in the graph. legacy marks an edge written before the counts were kept
// incrementally (it has no sources count).
type edgeState struct {
	exists                   bool
	count, articles, sources int
	first, last              string
	conf                     float64
	legacy                   bool
}

// next applies d to the edge's state. other says, for each source that d adds or
// removes, whether statements of articles outside the batch carry it too. It returns
// recount = true when the increment cannot decide: the edge is legacy, or a removed
// statement held its earliest or latest date or its highest confidence, or the state
// does not add up; the caller then recounts the edge from its evidence.
func (e edgeState) next(d *edgeDelta, other map[string]bool) (n edgeState, recount bool) {
	if e.legacy {
		return e, true
	}
	if e.exists {
		// A removed extreme is still the extreme when an added statement reaches it.
		minAdded, maxAdded, confAdded := "", "", -1.0
		for _, a := range d.added {
			if a.date != "" && (minAdded == "" || a.date < minAdded) {
				minAdded = a.date
			}
			maxAdded = max(maxAdded, a.date)
			confAdded = max(confAdded, a.conf)
		}
		for _, g := range d.gone {
			if g.date != "" && g.date == e.first && (minAdded == "" || minAdded > e.first) {
				return e, true
			}
			if g.date != "" && g.date == e.last && maxAdded < e.last {
				return e, true
			}
			if g.conf == e.conf && confAdded < e.conf {
				return e, true
			}
		}
	}
	n = e
	if !e.exists {
		n = edgeState{}
	}
	n.count += d.count
	n.articles += d.articles
	for _, s := range d.sourceFlips() {
		switch {
		case other[s]:
		case d.srcAfter[s]:
			n.sources++
		default:
			n.sources--
		}
	}
	for i, a := range d.added {
		if a.date != "" && (n.first == "" || a.date < n.first) {
			n.first = a.date
		}
		if a.date != "" && a.date > n.last {
			n.last = a.date
		}
		if (i == 0 && !e.exists) || a.conf > n.conf {
			n.conf = a.conf
		}
	}
	if n.count < 0 || n.articles < 0 || n.sources < 0 || (n.count > 0) != (n.articles > 0) || (n.count > 0 && len(d.added) == 0 && !e.exists) {
		return e, true
	}
	if n.count == 0 {
		return edgeState{}, false
	}
	n.exists = true
	return n, false
}

// mention is an article's mention of an entity, with the names it used.
type mention struct {
	article, entity string
	aliases         []string
}

// aliasDelta is, for one entity, how many more (or fewer) mentions use each alias, in the
// order the aliases were first met.
type aliasDelta struct {
	order []string
	by    map[string]int
}

// aliasDeltas compares the mentions that a batch's articles had before (old) with those
// they have now (cur). Entities whose aliases do not change are left out.
func aliasDeltas(old, cur []mention) map[string]*aliasDelta {
	out := map[string]*aliasDelta{}
	add := func(m mention, sign int) {
		d := out[m.entity]
		if d == nil {
			d = &aliasDelta{by: map[string]int{}}
			out[m.entity] = d
		}
		for _, a := range uniq(m.aliases) {
			if _, ok := d.by[a]; !ok {
				d.order = append(d.order, a)
			}
			d.by[a] += sign
		}
	}
	for _, m := range old {
		add(m, -1)
	}
	for _, m := range cur {
		add(m, +1)
	}
	for id, d := range out {
		zero := true
		for _, n := range d.by {
			zero = zero && n == 0
		}
		if zero {
			delete(out, id)
		}
	}
	return out
}

// apply returns the entity's aliases and how many mentions use each after the delta:
// aliases keep their order, new ones come last, ones no mention uses any more go.
func (d *aliasDelta) apply(aliases []string, counts []int) ([]string, []int) {
	var outA []string
	var outC []int
	seen := map[string]bool{}
	for i, a := range aliases {
		n := d.by[a]
		if i < len(counts) {
			n += counts[i]
		}
		seen[a] = true
		if n > 0 {
			outA, outC = append(outA, a), append(outC, n)
		}
	}
	for _, a := range d.order {
		if !seen[a] && d.by[a] > 0 {
			outA, outC = append(outA, a), append(outC, d.by[a])
		}
	}
	return outA, outC
}

// aliasCounts counts, from every mention of an entity (their alias lists), how many use
// each alias, in the order met: the starting point for an entity written before the
// counts were kept.
func aliasCounts(lists [][]string) ([]string, []int) {
	d := &aliasDelta{by: map[string]int{}}
	for _, l := range lists {
		for _, a := range uniq(l) {
			if _, ok := d.by[a]; !ok {
				d.order = append(d.order, a)
			}
			d.by[a]++
		}
	}
	return d.apply(nil, nil)
}

// aliasText is what the full-text index reads of the aliases.
func aliasText(aliases []string) string {
	var b strings.Builder
	for _, a := range aliases {
		b.WriteString(" | ")
		b.WriteString(a)
	}
	return b.String()
}

func uniq(l []string) []string {
	seen := make(map[string]bool, len(l))
	out := l[:0:0]
	for _, s := range l {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
