package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"time"

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

// batch is a set of extractions turned into Cypher parameters.
type batch struct {
	articles  []map[string]any
	entities  map[geokg.Kind][]map[string]any
	mentions  []map[string]any
	events    []map[string]any
	evidence  map[geokg.RelationType][]map[string]any
	triples   map[triple]bool
	entityIDs []string
	nRel      int
}

func newBatch(xs []*geokg.Extraction) (*batch, error) {
	b := &batch{entities: map[geokg.Kind][]map[string]any{}, evidence: map[geokg.RelationType][]map[string]any{}, triples: map[triple]bool{}}
	seenEntity := map[string]bool{}
	for _, x := range xs {
		if err := x.Validate(); err != nil {
			return nil, fmt.Errorf("article %s: %w", x.Article.ID, err)
		}
		a := x.Article
		var evIDs, entIDs, eventIDs []string
		for _, e := range x.Entities {
			entIDs = append(entIDs, e.ID)
			b.mentions = append(b.mentions, map[string]any{"article": a.ID, "entity": e.ID, "aliases": nonNil(e.Aliases)})
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
		for _, ev := range x.Events {
			eventIDs = append(eventIDs, ev.ID)
			b.events = append(b.events, map[string]any{
				"id": ev.ID, "type": string(ev.Type), "date": null(ev.Date), "evidence": ev.Evidence,
				"article": a.ID, "targets": nonNil(ev.Targets),
			})
		}
		for _, r := range x.Relations {
			tr := orient(r.Subject, r.Type, r.Object)
			id := evidenceID(a.ID, tr, r.Start, r.End)
			evIDs = append(evIDs, id)
			b.triples[tr] = true
			b.evidence[r.Type] = append(b.evidence[r.Type], map[string]any{
				"id": id, "article": a.ID, "subject": tr.s, "type": string(tr.t), "object": tr.o,
				"sentence": r.Evidence, "start": r.Start, "end": r.End, "date": null(r.Date),
				"confidence": r.Confidence, "extractor": x.Extractor, "event": null(r.Event),
				"rule": null(r.Rule), "trigger": null(r.Trigger), "path": null(r.Path),
				"source": null(a.SourceName()), "before": null(r.Before), "after": null(r.After),
			})
			b.nRel++
		}
		b.articles = append(b.articles, map[string]any{
			"id": a.ID, "title": null(a.Title), "url": null(a.URL), "published": null(a.Published), "source": null(a.SourceName()),
			"text": null(a.Text), "extractor": x.Extractor, "evidence": nonNil(evIDs), "entities": nonNil(entIDs), "events": nonNil(eventIDs),
		})
	}
	// Every statement takes its locks in one global order (by id), so that concurrent
	// writers of overlapping actors wait for each other instead of deadlocking.
	sortRows(b.articles, "id")
	for _, rows := range b.entities {
		sortRows(rows, "id")
	}
	sortRows(b.mentions, "entity", "article")
	sortRows(b.events, "id", "article")
	for _, rows := range b.evidence {
		sortRows(rows, "id")
	}
	sort.Strings(b.entityIDs)
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

// Write stores the extractions in one transaction (see geokg.GraphWriter). An article
// written before is replaced: evidence, mentions and events that its new extraction no
// longer has are retracted, and every edge they touch is recounted from its evidence, so
// writing the same extraction twice changes nothing.
func (s *Store) Write(ctx context.Context, xs []*geokg.Extraction) (geokg.WriteSummary, error) {
	began := time.Now()
	b, err := newBatch(xs)
	if err != nil {
		return geokg.WriteSummary{}, fmt.Errorf("write: %w", err)
	}
	if len(b.articles) == 0 {
		return geokg.WriteSummary{}, nil
	}
	err = s.write(ctx, func(t *tx) error {
		if err := t.exec(`UNWIND $articles AS a
MERGE (x:Article {id: a.id})
SET x.title = a.title, x.url = a.url, x.published = a.published, x.source = a.source, x.extractor = a.extractor, x.text = coalesce(a.text, x.text),
    x.ingestedAt = coalesce(x.ingestedAt, datetime())`, map[string]any{"articles": b.articles}); err != nil {
			return fmt.Errorf("articles: %w", err)
		}
		stale, err := t.retractStale(b.articles)
		if err != nil {
			return err
		}
		for _, kind := range geokg.ActorKinds {
			rows := b.entities[kind]
			if len(rows) == 0 {
				continue
			}
			// kind is one of the three actor kinds, never user text.
			if err := t.exec(`UNWIND $rows AS e
MERGE (n:Entity:`+string(kind)+` {id: e.id})
SET n.name = e.name, n.kind = '`+string(kind)+`',
    n.code = coalesce(e.code, n.code), n.subtype = coalesce(e.subtype, n.subtype),
    n.title = coalesce(e.title, n.title), n.country = coalesce(e.country, n.country)`,
				map[string]any{"rows": rows}); err != nil {
				return fmt.Errorf("entities: %w", err)
			}
		}
		if err := t.exec(`UNWIND $rows AS m
MATCH (a:Article {id: m.article}), (n:Entity {id: m.entity})
MERGE (a)-[r:MENTIONS]->(n)
SET r.aliases = m.aliases`, map[string]any{"rows": b.mentions}); err != nil {
			return fmt.Errorf("mentions: %w", err)
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
		for _, rt := range geokg.RelationTypes {
			rows := b.evidence[rt]
			if len(rows) == 0 {
				continue
			}
			if err := t.exec(`UNWIND $rows AS e
MATCH (a:Article {id: e.article})
MERGE (x:Evidence {id: e.id})
SET x += e, x.createdAt = coalesce(x.createdAt, datetime())
MERGE (x)-[:FROM]->(a)
WITH x, e WHERE e.event IS NOT NULL
MATCH (ev:Event {id: e.event})
MERGE (x)-[:ABOUT]->(ev)`, map[string]any{"rows": rows}); err != nil {
				return fmt.Errorf("evidence %s: %w", rt, err)
			}
		}
		for tr := range stale {
			b.triples[tr] = true
		}
		if err := t.recount(b.triples); err != nil {
			return err
		}
		// A copy, sorted for the global lock order: the driver may run this function again.
		ids := append(append([]string(nil), b.entityIDs...), stale.entities()...)
		sort.Strings(ids)
		return t.refreshEntities(ids)
	})
	if err != nil {
		return geokg.WriteSummary{}, fmt.Errorf("write %d article(s): %w", len(b.articles), err)
	}
	return geokg.WriteSummary{Articles: len(b.articles), Relations: b.nRel, Entities: len(b.entityIDs), Duration: time.Since(began)}, nil
}

// staleSet is the set of edges whose evidence a rewrite or a deletion removed.
type staleSet map[triple]bool

func (st staleSet) entities() []string {
	var ids []string
	for tr := range st {
		ids = append(ids, tr.s, tr.o)
	}
	return ids
}

// retractStale removes what earlier extractions of these articles wrote and the new ones
// do not: evidence, mentions, event reports. It returns the edges to recount.
func (t *tx) retractStale(articles []map[string]any) (staleSet, error) {
	recs, err := t.collect(`UNWIND $articles AS a
MATCH (x:Evidence {article: a.id})
WHERE NOT x.id IN a.evidence
WITH x, x.subject AS s, x.type AS t, x.object AS o
DETACH DELETE x
RETURN DISTINCT s, t, o`, map[string]any{"articles": articles})
	if err != nil {
		return nil, fmt.Errorf("retract evidence: %w", err)
	}
	stale := staleSet{}
	for _, r := range recs {
		tr := triple{s: str(r, "s"), t: geokg.RelationType(str(r, "t")), o: str(r, "o")}
		if tr.t.Valid() {
			stale[tr] = true
		}
	}
	recs, err = t.collect(`UNWIND $articles AS a
MATCH (:Article {id: a.id})-[m:MENTIONS]->(n:Entity)
WHERE NOT n.id IN a.entities
DELETE m
RETURN DISTINCT n.id AS id`, map[string]any{"articles": articles})
	if err != nil {
		return nil, fmt.Errorf("retract mentions: %w", err)
	}
	for _, r := range recs {
		// An entity that lost a mention may be left orphaned: refresh it with the edges.
		stale[triple{s: str(r, "id"), o: str(r, "id")}] = true
	}
	if err := t.exec(`UNWIND $articles AS a
MATCH (:Article {id: a.id})-[rep:REPORTS]->(ev:Event)
WHERE NOT ev.id IN a.events
DELETE rep
WITH DISTINCT ev
WHERE NOT EXISTS { (:Article)-[:REPORTS]->(ev) }
DETACH DELETE ev`, map[string]any{"articles": articles}); err != nil {
		return nil, fmt.Errorf("retract events: %w", err)
	}
	return stale, nil
}

// recount sets each edge's count, dates and confidence from its evidence, creating the
// edge when it has evidence and deleting it when it has none.
//
// Concurrent writers stay exact because every transaction has already written (and so
// holds the write locks of) the subject and object of each new statement when it counts:
// a second transaction touching the same edge waits for the first to commit, then counts
// its evidence too (TestConcurrentWritersCountEveryStatement).
func (t *tx) recount(triples map[triple]bool) error {
	byType := map[geokg.RelationType][]map[string]any{}
	for tr := range triples {
		if !tr.t.Valid() {
			continue // a marker for an entity refresh, not an edge
		}
		byType[tr.t] = append(byType[tr.t], map[string]any{"s": tr.s, "o": tr.o})
	}
	for _, rt := range geokg.RelationTypes {
		rows := byType[rt]
		if len(rows) == 0 {
			continue
		}
		sort.Slice(rows, func(i, j int) bool {
			return rows[i]["s"].(string)+rows[i]["o"].(string) < rows[j]["s"].(string)+rows[j]["o"].(string)
		})
		// rt comes from the ontology's list (RelationType.Valid), never from user text.
		if err := t.exec(`UNWIND $rows AS p
MATCH (s:Entity {id: p.s}), (o:Entity {id: p.o})
CALL (p) {
  MATCH (x:Evidence {subject: p.s, type: $type, object: p.o}) USING INDEX x:Evidence(subject, type, object)
  RETURN count(x) AS c, count(DISTINCT x.article) AS arts, count(DISTINCT x.source) AS srcs, min(x.date) AS first, max(x.date) AS last, max(x.confidence) AS conf
}
OPTIONAL MATCH (s)-[old:`+string(rt)+`]->(o)
FOREACH (_ IN CASE WHEN c = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN c > 0 THEN [1] ELSE [] END |
  MERGE (s)-[r:`+string(rt)+`]->(o)
  SET r.count = c, r.articles = arts, r.sources = srcs, r.firstSeen = first, r.lastSeen = last, r.confidence = conf)`,
			map[string]any{"rows": rows, "type": string(rt)}); err != nil {
			return fmt.Errorf("recount %s: %w", rt, err)
		}
	}
	return nil
}

// refreshEntities recomputes the aliases of entities from their mentions and removes the
// ones no article mentions any more.
func (t *tx) refreshEntities(ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	err := t.exec(`UNWIND $ids AS id
WITH DISTINCT id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)
WITH n, count(m) AS mentions, collect(m.aliases) AS lists
CALL (n, mentions) {
  WITH n WHERE mentions = 0
  DETACH DELETE n
}
WITH n, lists WHERE mentions > 0
WITH n, reduce(acc = [], l IN lists | acc + [a IN l WHERE NOT a IN acc]) AS aliases
SET n.aliases = aliases, n.aliasText = reduce(s = '', a IN aliases | s + ' | ' + a)`, map[string]any{"ids": ids})
	if err != nil {
		return fmt.Errorf("refresh entities: %w", err)
	}
	return nil
}

// DeleteArticle retracts an article (see geokg.GraphWriter).
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	err := s.write(ctx, func(t *tx) error {
		recs, err := t.collect(`MATCH (a:Article {id: $id}) RETURN a.id AS id`, map[string]any{"id": id})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return geokg.Errorf(geokg.CodeNotFound, "no article %q", id)
		}
		empty := []map[string]any{{"id": id, "evidence": []string{}, "entities": []string{}, "events": []string{}}}
		stale, err := t.retractStale(empty)
		if err != nil {
			return err
		}
		if err := t.recount(stale); err != nil {
			return err
		}
		if err := t.exec(`MATCH (a:Article {id: $id}) DETACH DELETE a`, map[string]any{"id": id}); err != nil {
			return fmt.Errorf("article: %w", err)
		}
		return t.refreshEntities(stale.entities())
	})
	if err != nil {
		return fmt.Errorf("delete article %s: %w", id, err)
	}
	return nil
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
