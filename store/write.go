package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg"
)

// triple identifies one edge: subject, type and object ids.
type triple struct {
	s, o string
	t    geokg.RelationType
}

// orient returns the stored direction of a relation: as stated, except for symmetric
// types, whose two ends are kept in id order so that one edge serves both readings.
func orient(s string, t geokg.RelationType, o string) triple {
	if t.Symmetric() && o < s {
		s, o = o, s
	}
	return triple{s: s, t: t, o: o}
}

// evidenceID is the key of one statement: the article, the edge and where the sentence
// stands. Writing the same article again yields the same keys.
func evidenceID(article string, tr triple, start, end int) string {
	sum := sha256.Sum256([]byte(article + "|" + tr.s + "|" + string(tr.t) + "|" + tr.o + "|" +
		strconv.Itoa(start) + "|" + strconv.Itoa(end)))
	return "evidence:" + hex.EncodeToString(sum[:16])
}

// batch is a set of extractions turned into Cypher parameters, and into the statements
// and mentions that the derived properties are computed from.
type batch struct {
	articles   []map[string]any // one row per article; a property is one more key here and in the SET
	articleIDs []string
	entities   map[geokg.Kind][]map[string]any
	entityIDs  []string
	events     []map[string]any
	evidence   []map[string]any
	statements []statement
	mentions   []mention
	nRel       int
}

func newBatch(xs []*geokg.Extraction) (*batch, error) {
	b := &batch{entities: map[geokg.Kind][]map[string]any{}}
	last := map[string]int{}
	for i, x := range xs {
		if err := x.Validate(); err != nil {
			return nil, fmt.Errorf("article %s: %w", x.Article.ID, err)
		}
		last[x.Article.ID] = i
	}
	seenEntity := map[string]bool{}
	for i, x := range xs {
		if last[x.Article.ID] != i {
			continue // the same article again later in the batch: the last one wins
		}
		a := x.Article
		b.articleIDs = append(b.articleIDs, a.ID)
		mentioned := map[string]int{}
		for _, e := range x.Entities {
			m := mention{article: a.ID, entity: e.ID, aliases: nonNil(e.Aliases)}
			if j, ok := mentioned[e.ID]; ok {
				b.mentions[j] = m
				continue
			}
			mentioned[e.ID] = len(b.mentions)
			b.mentions = append(b.mentions, m)
			if seenEntity[e.ID] {
				continue
			}
			seenEntity[e.ID] = true
			b.entityIDs = append(b.entityIDs, e.ID)
			b.entities[e.Kind] = append(b.entities[e.Kind], map[string]any{
				"id": e.ID, "name": e.Name, "code": null(e.Code), "subtype": null(string(e.Subtype)),
				"title": null(e.Title), "country": null(e.Country),
			})
		}
		var eventIDs []string
		for _, ev := range x.Events {
			eventIDs = append(eventIDs, ev.ID)
			b.events = append(b.events, map[string]any{
				"id": ev.ID, "type": string(ev.Type), "date": null(ev.Date), "evidence": ev.Evidence,
				"article": a.ID, "targets": nonNil(ev.Targets),
			})
		}
		source := a.SourceName()
		stated := map[string]int{}
		for _, r := range x.Relations {
			tr := orient(r.Subject, r.Type, r.Object)
			id := evidenceID(a.ID, tr, r.Start, r.End)
			row := map[string]any{
				"id": id, "article": a.ID, "subject": tr.s, "type": string(tr.t), "object": tr.o,
				"sentence": r.Evidence, "start": r.Start, "end": r.End, "date": null(r.Date),
				"confidence": r.Confidence, "extractor": x.Extractor, "event": null(r.Event),
				"rule": null(r.Rule), "trigger": null(r.Trigger), "path": null(r.Path),
				"source": null(source), "before": null(r.Before), "after": null(r.After),
			}
			st := statement{id: id, article: a.ID, source: source, date: r.Date, tr: tr, conf: r.Confidence}
			b.nRel++
			if j, ok := stated[id]; ok { // the same statement twice: one record
				b.evidence[j], b.statements[j] = row, st
				continue
			}
			stated[id] = len(b.evidence)
			b.evidence = append(b.evidence, row)
			b.statements = append(b.statements, st)
		}
		b.articles = append(b.articles, map[string]any{
			"id": a.ID, "title": null(a.Title), "url": null(a.URL), "published": null(a.Published), "source": null(source),
			"text": null(a.Text), "extractor": x.Extractor, "events": nonNil(eventIDs),
		})
	}
	// Every statement takes its locks in one global order (by id), so that concurrent
	// writers of overlapping actors wait for each other instead of deadlocking.
	sortRows(b.articles, "id")
	for _, rows := range b.entities {
		sortRows(rows, "id")
	}
	sortRows(b.events, "id", "article")
	sortRows(b.evidence, "id")
	sort.Strings(b.entityIDs)
	sort.Strings(b.articleIDs)
	return b, nil
}

// sortRows orders rows by the string values of keys, the first key first.
func sortRows(rows []map[string]any, keys ...string) {
	sort.SliceStable(rows, func(i, j int) bool {
		for _, k := range keys {
			a, b := rows[i][k].(string), rows[j][k].(string)
			if a != b {
				return a < b
			}
		}
		return false
	})
}

// Write stores the extractions in one transaction (see geokg.GraphWriter), which may hold
// other concurrent callers' extractions too (see writeGrouped). An article
// written before is replaced: evidence, mentions and events that its new extraction no
// longer has are retracted, and the derived properties of the edges and entities it
// touches change by the difference (see replace), so writing the same extraction twice
// changes nothing. The work is proportional to the batch, not to the graph.
func (s *Store) Write(ctx context.Context, xs []*geokg.Extraction) (geokg.WriteSummary, error) {
	began := time.Now()
	b, err := newBatch(xs)
	if err != nil {
		return geokg.WriteSummary{}, fmt.Errorf("write: %w", err)
	}
	if len(b.articles) == 0 {
		return geokg.WriteSummary{}, nil
	}
	if err := s.writeGrouped(ctx, xs, b); err != nil {
		return geokg.WriteSummary{}, fmt.Errorf("write %d article(s): %w", len(b.articles), err)
	}
	return geokg.WriteSummary{Articles: len(b.articles), Relations: b.nRel, Entities: len(b.entityIDs), Duration: time.Since(began)}, nil
}

// writeBatch writes b in one write transaction; the caller holds the write slot.
func (s *Store) writeBatch(ctx context.Context, b *batch) error {
	return s.writeHeld(ctx, func(t *tx) error {
		if err := t.exec(`UNWIND $articles AS a
MERGE (x:Article {id: a.id})
SET x.title = a.title, x.url = a.url, x.published = a.published, x.source = a.source, x.extractor = a.extractor, x.text = coalesce(a.text, x.text),
    x.ingestedAt = coalesce(x.ingestedAt, datetime())`, map[string]any{"articles": b.articles}); err != nil {
			return fmt.Errorf("articles: %w", err)
		}
		return t.replace(b)
	})
}

// replace makes the graph say what b says of b's articles, whose nodes the transaction
// has already written (and so locked). It reads what those articles said before (by the
// evidence_article index and their own MENTIONS), retracts what they no longer say,
// writes what they say now, and moves the derived properties of the edges and entities
// concerned by the difference.
//
// Concurrent writers stay exact: before it reads an edge's or an entity's derived
// properties, the transaction holds the write locks of every entity concerned (written, or
// locked explicitly), so a second transaction touching the same edge waits for the first to
// commit and then reads what it wrote (TestConcurrentWritersCountEveryStatement, and two
// stores in TestTwoProcessesWritingTheSameActorsCountEverything).
func (t *tx) replace(b *batch) error {
	oldStatements, oldMentions, err := t.readArticles(b.articleIDs)
	if err != nil {
		return err
	}
	edges := edgeDeltas(oldStatements, b.statements)
	aliases := aliasDeltas(oldMentions, b.mentions)

	for _, kind := range geokg.ActorKinds {
		rows := b.entities[kind]
		if len(rows) == 0 {
			continue
		}
		// kind is one of the three actor kinds, never user text.
		if err := t.exec(`UNWIND $rows AS e
MERGE (n:Entity:`+string(kind)+` {id: e.id})
ON CREATE SET n.aliases = [], n.aliasCounts = [], n.aliasText = ''
SET n.name = e.name, n.kind = '`+string(kind)+`',
    n.code = coalesce(e.code, n.code), n.subtype = coalesce(e.subtype, n.subtype),
    n.title = coalesce(e.title, n.title), n.country = coalesce(e.country, n.country)`,
			map[string]any{"rows": rows}); err != nil {
			return fmt.Errorf("entities: %w", err)
		}
	}
	// Entities that only the articles' earlier extractions named: lock them too.
	written := make(map[string]bool, len(b.entityIDs))
	for _, id := range b.entityIDs {
		written[id] = true
	}
	others := map[string]bool{}
	for _, m := range oldMentions {
		if !written[m.entity] {
			others[m.entity] = true
		}
	}
	for _, st := range oldStatements {
		for _, id := range []string{st.tr.s, st.tr.o} {
			if !written[id] {
				others[id] = true
			}
		}
	}
	if len(others) > 0 {
		if err := t.exec(`UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n._lock = true
REMOVE n._lock`, map[string]any{"ids": sortedKeys(others)}); err != nil {
			return fmt.Errorf("lock entities: %w", err)
		}
	}

	states, err := t.edgeStates(edges)
	if err != nil {
		return err
	}
	other, err := t.otherSources(edges, b.articleIDs)
	if err != nil {
		return err
	}
	entityAliases, err := t.aliasStates(aliases)
	if err != nil {
		return err
	}

	if err := t.retract(b, oldStatements, oldMentions); err != nil {
		return err
	}
	if err := t.writeStatements(b); err != nil {
		return err
	}
	if err := t.writeEdges(edges, states, other); err != nil {
		return err
	}
	return t.writeAliases(aliases, entityAliases, oldMentions, b.mentions)
}

// readArticles returns what the articles said before this write: their statements and
// their mentions.
func (t *tx) readArticles(ids []string) ([]statement, []mention, error) {
	recs, err := t.collect(`UNWIND $ids AS id
MATCH (x:Evidence {article: id}) USING INDEX x:Evidence(article)
RETURN x.id AS id, x.article AS article, x.subject AS s, x.type AS t, x.object AS o,
       x.source AS source, x.date AS date, x.confidence AS conf`, map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, fmt.Errorf("read earlier evidence: %w", err)
	}
	var sts []statement
	for _, r := range recs {
		tr := triple{s: str(r, "s"), t: geokg.RelationType(str(r, "t")), o: str(r, "o")}
		sts = append(sts, statement{id: str(r, "id"), article: str(r, "article"), source: str(r, "source"),
			date: str(r, "date"), tr: tr, conf: flt(r, "conf")})
	}
	recs, err = t.collect(`UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(n:Entity)
RETURN id AS article, n.id AS entity, m.aliases AS aliases`, map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, fmt.Errorf("read earlier mentions: %w", err)
	}
	var ms []mention
	for _, r := range recs {
		ms = append(ms, mention{article: str(r, "article"), entity: str(r, "entity"), aliases: strs(r, "aliases")})
	}
	return sts, ms, nil
}

// edgeStates reads the derived properties of the edges that change.
func (t *tx) edgeStates(edges map[triple]*edgeDelta) (map[triple]edgeState, error) {
	states := make(map[triple]edgeState, len(edges))
	if len(edges) == 0 {
		return states, nil
	}
	for _, group := range byType(tripleRows(edges)) {
		// The type is in the statement (see byType): one of the ontology's.
		recs, err := t.collect(`UNWIND $rows AS p
MATCH (s:Entity {id: p.s})-[r:`+string(group.t)+`]->(o:Entity {id: p.o})
RETURN p.s AS s, p.t AS t, p.o AS o, r.count AS count, r.articles AS articles, r.sources AS sources,
       r.firstSeen AS first, r.lastSeen AS last, r.confidence AS conf`, map[string]any{"rows": group.rows})
		if err != nil {
			return nil, fmt.Errorf("read %s edges: %w", group.t, err)
		}
		readEdgeStates(recs, states)
	}
	return states, nil
}

// readEdgeStates adds the edges that recs describe to states.
func readEdgeStates(recs []*neo4j.Record, states map[triple]edgeState) {
	for _, r := range recs {
		tr := triple{s: str(r, "s"), t: geokg.RelationType(str(r, "t")), o: str(r, "o")}
		v, _ := r.Get("sources")
		states[tr] = edgeState{exists: true, count: integer(r, "count"), articles: integer(r, "articles"),
			sources: integer(r, "sources"), first: str(r, "first"), last: str(r, "last"), conf: flt(r, "conf"), legacy: v == nil}
	}
}

// typeRows are the rows of one relation type.
type typeRows struct {
	t    geokg.RelationType
	rows []map[string]any
}

// byType splits rows (each with its relation type as "t") by type, in the ontology's
// order, keeping their order within a type; rows of a type not in the ontology are left
// out (there are no edges of such a type). A statement between two entities names its
// relationship type (one statement per type) rather than taking it as a parameter: Neo4j
// expands a relationship between two nodes from the end with fewer relationships of the
// type and direction it names, and with no type named (WHERE type(r) = p.t, or MERGE
// (s)-[r:$(p.t)]->(o), which Neo4j 5.26 plans as an untyped expansion and a filter) it reads
// every outgoing edge of the subject, of all types: a busy country's edges grow with the
// graph (BENCHMARKS.md, "Ingesting a corpus as the graph grows (issue 13)").
func byType(rows []map[string]any) []typeRows {
	by := map[geokg.RelationType][]map[string]any{}
	for _, r := range rows {
		rt, _ := r["t"].(string)
		by[geokg.RelationType(rt)] = append(by[geokg.RelationType(rt)], r)
	}
	var out []typeRows
	for _, rt := range geokg.RelationTypes {
		if len(by[rt]) > 0 {
			out = append(out, typeRows{t: rt, rows: by[rt]})
		}
	}
	return out
}

// sourceKey is one source of one edge.
type sourceKey struct {
	tr     triple
	source string
}

// otherSources says, for each source that the batch adds to or removes from an edge,
// whether articles outside the batch state the edge with that source too.
func (t *tx) otherSources(edges map[triple]*edgeDelta, articles []string) (map[sourceKey]bool, error) {
	var rows []map[string]any
	for tr, d := range edges {
		for _, src := range d.sourceFlips() {
			rows = append(rows, map[string]any{"s": tr.s, "t": string(tr.t), "o": tr.o, "source": src})
		}
	}
	out := map[sourceKey]bool{}
	if len(rows) == 0 {
		return out, nil
	}
	recs, err := t.collect(`UNWIND $rows AS p
RETURN p.s AS s, p.t AS t, p.o AS o, p.source AS source, EXISTS {
  MATCH (x:Evidence {subject: p.s, type: p.t, object: p.o, source: p.source})
  USING INDEX x:Evidence(subject, type, object, source)
  WHERE NOT x.article IN $articles
} AS other`, map[string]any{"rows": rows, "articles": articles})
	if err != nil {
		return nil, fmt.Errorf("read sources: %w", err)
	}
	for _, r := range recs {
		v, _ := r.Get("other")
		if yes, _ := v.(bool); yes {
			out[sourceKey{triple{s: str(r, "s"), t: geokg.RelationType(str(r, "t")), o: str(r, "o")}, str(r, "source")}] = true
		}
	}
	return out, nil
}

// aliasState is an entity's aliases and how many mentions use each.
type aliasState struct {
	aliases []string
	counts  []int
}

// aliasStates reads the aliases of the entities whose aliases change. An entity written
// before the counts were kept gets them counted once from its mentions.
func (t *tx) aliasStates(deltas map[string]*aliasDelta) (map[string]aliasState, error) {
	out := map[string]aliasState{}
	if len(deltas) == 0 {
		return out, nil
	}
	recs, err := t.collect(`UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.aliases AS aliases, n.aliasCounts AS counts`, map[string]any{"ids": sortedKeys(deltas)})
	if err != nil {
		return nil, fmt.Errorf("read aliases: %w", err)
	}
	var legacy []string
	for _, r := range recs {
		v, _ := r.Get("counts")
		if v == nil {
			legacy = append(legacy, str(r, "id"))
			continue
		}
		out[str(r, "id")] = aliasState{aliases: strs(r, "aliases"), counts: ints(r, "counts")}
	}
	if len(legacy) == 0 {
		return out, nil
	}
	recs, err = t.collect(`UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)
RETURN n.id AS id, collect(m.aliases) AS lists`, map[string]any{"ids": legacy})
	if err != nil {
		return nil, fmt.Errorf("count aliases: %w", err)
	}
	for _, r := range recs {
		v, _ := r.Get("lists")
		var lists [][]string
		for _, l := range asList(v) {
			lists = append(lists, toStrings(l))
		}
		a, c := aliasCounts(lists)
		out[str(r, "id")] = aliasState{aliases: a, counts: c}
	}
	return out, nil
}

// retract removes what the articles said before and no longer say: statements, mentions
// and event reports (and events no article reports any more).
func (t *tx) retract(b *batch, oldStatements []statement, oldMentions []mention) error {
	kept := make(map[string]bool, len(b.statements))
	for _, s := range b.statements {
		kept[s.id] = true
	}
	var gone []string
	for _, s := range oldStatements {
		if !kept[s.id] {
			gone = append(gone, s.id)
		}
	}
	if len(gone) > 0 {
		sort.Strings(gone)
		if err := t.exec(`UNWIND $ids AS id
MATCH (x:Evidence {id: id})
DETACH DELETE x`, map[string]any{"ids": gone}); err != nil {
			return fmt.Errorf("retract evidence: %w", err)
		}
	}
	type pair struct{ article, entity string }
	still := make(map[pair]bool, len(b.mentions))
	for _, m := range b.mentions {
		still[pair{m.article, m.entity}] = true
	}
	var lost []map[string]any
	for _, m := range oldMentions {
		if !still[pair{m.article, m.entity}] {
			lost = append(lost, map[string]any{"article": m.article, "entity": m.entity})
		}
	}
	if len(lost) > 0 {
		if err := t.exec(`UNWIND $rows AS m
MATCH (:Article {id: m.article})-[r:MENTIONS]->(n:Entity {id: m.entity})
DELETE r`, map[string]any{"rows": lost}); err != nil {
			return fmt.Errorf("retract mentions: %w", err)
		}
	}
	if err := t.exec(`UNWIND $articles AS a
MATCH (:Article {id: a.id})-[rep:REPORTS]->(ev:Event)
WHERE NOT ev.id IN a.events
DELETE rep
WITH DISTINCT ev
WHERE NOT EXISTS { (:Article)-[:REPORTS]->(ev) }
DETACH DELETE ev`, map[string]any{"articles": b.articles}); err != nil {
		return fmt.Errorf("retract events: %w", err)
	}
	return nil
}

// writeStatements writes the articles' mentions, events and evidence, all articles of the
// batch in one statement each.
func (t *tx) writeStatements(b *batch) error {
	rows := make([]map[string]any, len(b.mentions))
	for i, m := range b.mentions {
		rows[i] = map[string]any{"article": m.article, "entity": m.entity, "aliases": m.aliases}
	}
	sortRows(rows, "entity", "article")
	if len(rows) > 0 {
		if err := t.exec(`UNWIND $rows AS m
MATCH (a:Article {id: m.article}), (n:Entity {id: m.entity})
MERGE (a)-[r:MENTIONS]->(n)
SET r.aliases = m.aliases`, map[string]any{"rows": rows}); err != nil {
			return fmt.Errorf("mentions: %w", err)
		}
	}
	if len(b.events) > 0 {
		if err := t.exec(`UNWIND $rows AS e
MATCH (a:Article {id: e.article})
MERGE (ev:Event {id: e.id})
SET ev.type = e.type, ev.date = e.date, ev.evidence = coalesce(ev.evidence, e.evidence)
MERGE (a)-[:REPORTS]->(ev)
WITH ev, e
UNWIND e.targets AS target
MATCH (n:Entity {id: target})
MERGE (ev)-[:TARGETS]->(n)`, map[string]any{"rows": b.events}); err != nil {
			return fmt.Errorf("events: %w", err)
		}
	}
	if len(b.evidence) > 0 {
		// A statement is linked to its article (FROM) and to the ends of its edge
		// (SUBJECT, OBJECT: the edge's stored direction), so that Neo4j's own tools reach
		// it by relationships. Its id hashes its triple, so a statement kept by a rewrite
		// keeps its ends, and one that goes takes its links with it (DETACH DELETE).
		if err := t.exec(`UNWIND $rows AS e
MATCH (a:Article {id: e.article})
MATCH (s:Entity {id: e.subject})
MATCH (o:Entity {id: e.object})
MERGE (x:Evidence {id: e.id})
SET x += e, x.createdAt = coalesce(x.createdAt, datetime())
MERGE (x)-[:FROM]->(a)
MERGE (x)-[:SUBJECT]->(s)
MERGE (x)-[:OBJECT]->(o)
WITH x, e WHERE e.event IS NOT NULL
MATCH (ev:Event {id: e.event})
MERGE (x)-[:ABOUT]->(ev)`, map[string]any{"rows": b.evidence}); err != nil {
			return fmt.Errorf("evidence: %w", err)
		}
	}
	return nil
}

// writeEdges moves the derived properties of the edges by the batch's difference,
// recounting from the evidence (after it is written) the edges an increment cannot decide,
// creating edges that get their first statement and deleting those that lose their last.
func (t *tx) writeEdges(edges map[triple]*edgeDelta, states map[triple]edgeState, other map[sourceKey]bool) error {
	next := make(map[triple]edgeState, len(edges))
	var recount []map[string]any
	for tr, d := range edges {
		o := map[string]bool{}
		for _, src := range d.sourceFlips() {
			o[src] = other[sourceKey{tr, src}]
		}
		n, again := states[tr].next(d, o)
		if again {
			recount = append(recount, map[string]any{"s": tr.s, "t": string(tr.t), "o": tr.o})
			continue
		}
		next[tr] = n
	}
	if len(recount) > 0 {
		sortRows(recount, "s", "o", "t")
		recs, err := t.collect(`UNWIND $rows AS p
CALL (p) {
  MATCH (x:Evidence {subject: p.s, type: p.t, object: p.o}) USING INDEX x:Evidence(subject, type, object)
  RETURN count(x) AS c, count(DISTINCT x.article) AS arts, count(DISTINCT x.source) AS srcs,
         min(x.date) AS first, max(x.date) AS last, max(x.confidence) AS conf
}
RETURN p.s AS s, p.t AS t, p.o AS o, c, arts, srcs, first, last, conf`, map[string]any{"rows": recount})
		if err != nil {
			return fmt.Errorf("recount edges: %w", err)
		}
		for _, r := range recs {
			tr := triple{s: str(r, "s"), t: geokg.RelationType(str(r, "t")), o: str(r, "o")}
			c := integer(r, "c")
			next[tr] = edgeState{exists: c > 0, count: c, articles: integer(r, "arts"), sources: integer(r, "srcs"),
				first: str(r, "first"), last: str(r, "last"), conf: flt(r, "conf")}
		}
	}
	var upserts, deletes []map[string]any
	for tr, n := range next {
		row := map[string]any{"s": tr.s, "t": string(tr.t), "o": tr.o}
		switch {
		case !tr.t.Valid(): // never: every type was read from an extraction or the graph
		case n.exists:
			row["count"], row["articles"], row["sources"] = n.count, n.articles, n.sources
			row["first"], row["last"], row["conf"] = null(n.first), null(n.last), n.conf
			upserts = append(upserts, row)
		case states[tr].exists:
			deletes = append(deletes, row)
		}
	}
	if len(deletes) > 0 {
		sortRows(deletes, "s", "o", "t")
		for _, group := range byType(deletes) {
			// One statement per type (see byType): the type is one of the ontology's.
			if err := t.exec(`UNWIND $rows AS p
MATCH (s:Entity {id: p.s})-[r:`+string(group.t)+`]->(o:Entity {id: p.o})
DELETE r`, map[string]any{"rows": group.rows}); err != nil {
				return fmt.Errorf("delete %s edges: %w", group.t, err)
			}
		}
	}
	if len(upserts) > 0 {
		sortRows(upserts, "s", "o", "t")
		// One statement per type (see byType): the type is one of the ontology's, checked by
		// RelationType.Valid above. The entities are locked already (see replace), so the
		// order of the statements takes no lock out of order.
		for _, group := range byType(upserts) {
			if err := t.exec(`UNWIND $rows AS p
MATCH (s:Entity {id: p.s}), (o:Entity {id: p.o})
MERGE (s)-[r:`+string(group.t)+`]->(o)
SET r.count = p.count, r.articles = p.articles, r.sources = p.sources, r.firstSeen = p.first,
    r.lastSeen = p.last, r.confidence = p.conf`, map[string]any{"rows": group.rows}); err != nil {
				return fmt.Errorf("%s edges: %w", group.t, err)
			}
		}
	}
	return nil
}

// writeAliases moves the entities' aliases by the batch's difference and removes the
// entities that lost a mention and have none left.
func (t *tx) writeAliases(deltas map[string]*aliasDelta, states map[string]aliasState, oldMentions, mentions []mention) error {
	var rows []map[string]any
	for id, d := range deltas {
		st := states[id]
		a, c := d.apply(st.aliases, st.counts)
		rows = append(rows, map[string]any{"id": id, "aliases": nonNil(a), "counts": nonNilInts(c), "text": aliasText(a)})
	}
	if len(rows) > 0 {
		sortRows(rows, "id")
		if err := t.exec(`UNWIND $rows AS e
MATCH (n:Entity {id: e.id})
SET n.aliases = e.aliases, n.aliasCounts = e.counts, n.aliasText = e.text`, map[string]any{"rows": rows}); err != nil {
			return fmt.Errorf("aliases: %w", err)
		}
	}
	still := map[string]bool{}
	for _, m := range mentions {
		still[m.entity] = true
	}
	lost := map[string]bool{}
	for _, m := range oldMentions {
		if !still[m.entity] {
			lost[m.entity] = true
		}
	}
	if len(lost) == 0 {
		return nil
	}
	if err := t.exec(`UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(n) }
DETACH DELETE n`, map[string]any{"ids": sortedKeys(lost)}); err != nil {
		return fmt.Errorf("remove orphans: %w", err)
	}
	return nil
}

// DeleteArticle retracts an article (see geokg.GraphWriter).
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	err := s.write(ctx, func(t *tx) error {
		recs, err := t.collect(`MATCH (a:Article {id: $id}) SET a._lock = true REMOVE a._lock RETURN a.id AS id`, map[string]any{"id": id})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return geokg.Errorf(geokg.CodeNotFound, "no article %q", id)
		}
		empty := &batch{articleIDs: []string{id}, articles: []map[string]any{{"id": id, "events": []string{}}},
			entities: map[geokg.Kind][]map[string]any{}}
		if err := t.replace(empty); err != nil {
			return err
		}
		if err := t.exec(`MATCH (a:Article {id: $id}) DETACH DELETE a`, map[string]any{"id": id}); err != nil {
			return fmt.Errorf("article: %w", err)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete article %s: %w", id, err)
	}
	return nil
}

// tripleRows returns the edges as Cypher rows, in the global lock order.
func tripleRows[V any](m map[triple]V) []map[string]any {
	rows := make([]map[string]any, 0, len(m))
	for tr := range m {
		rows = append(rows, map[string]any{"s": tr.s, "t": string(tr.t), "o": tr.o})
	}
	sortRows(rows, "s", "o", "t")
	return rows
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func flt(r *neo4j.Record, key string) float64 {
	v, _ := r.Get(key)
	switch n := v.(type) {
	case float64:
		return n
	case int64:
		return float64(n)
	}
	return 0
}

func strs(r *neo4j.Record, key string) []string {
	v, _ := r.Get(key)
	return toStrings(v)
}

func ints(r *neo4j.Record, key string) []int {
	v, _ := r.Get(key)
	var out []int
	for _, x := range asList(v) {
		n, _ := x.(int64)
		out = append(out, int(n))
	}
	return out
}

func toStrings(v any) []string {
	out := []string{}
	for _, x := range asList(v) {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func nonNilInts(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}

// null maps "" to a Cypher null, so that coalesce keeps what the graph already has.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// ArticleVersions returns, for each of ids already in the graph, the version of the
// extractor that wrote it (geokg.ExtractorVersion then); ids not in the graph are absent.
// It is one index seek per id, so that a rerun can skip what is written.
func (s *Store) ArticleVersions(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.extractor AS extractor`, map[string]any{"ids": ids})
		if err != nil {
			return err
		}
		for _, r := range recs {
			out[str(r, "id")] = str(r, "extractor")
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("article versions: %w", err)
	}
	return out, nil
}
