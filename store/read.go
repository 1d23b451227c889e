package store

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/geokg"
)

// entitiesCypher looks entities up by id, each as entityList (built once: the lookup is
// the API's most frequent read).
var entitiesCypher = `MATCH (n:Entity) WHERE n.id IN $ids RETURN ` + entityList("n") + ` AS n`

// Entities returns the entities with the given ids (see geokg.GraphReader).
func (s *Store) Entities(ctx context.Context, ids []string) (map[string]geokg.Entity, error) {
	out := make(map[string]geokg.Entity, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(entitiesCypher, map[string]any{"ids": ids})
		if err != nil {
			return err
		}
		for _, r := range recs {
			e := entityFromList(asList(r.Values[0]))
			out[e.ID] = e
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	return out, nil
}

// Articles returns the articles with the given ids (see geokg.GraphReader).
func (s *Store) Articles(ctx context.Context, ids []string) (map[string]geokg.Article, error) {
	out := make(map[string]geokg.Article, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`MATCH (a:Article) WHERE a.id IN $ids RETURN `+articleFields, map[string]any{"ids": ids})
		if err != nil {
			return err
		}
		for _, r := range recs {
			a := articleFrom(props(r, "a"))
			out[a.ID] = a
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	return out, nil
}

// searchCandidates is how many candidates the full-text index gives search to rank, at
// least: enough that exact matches are among them however many entities share a prefix.
const searchCandidates = 200

// Search finds entities by name, code or alias (see geokg.GraphReader): the full-text
// index finds candidates (each word exactly, the last also as a prefix, words of
// geokg.FuzzyMinLength letters or more also misspelt), which geokg.RankSearch orders.
func (s *Store) Search(ctx context.Context, text string, kinds []geokg.Kind, first int) ([]geokg.SearchHit, error) {
	if err := geokg.CheckSearchText(text); err != nil {
		return nil, err
	}
	q := luceneQuery(text)
	labels := make([]string, 0, len(kinds))
	for _, k := range kinds {
		labels = append(labels, string(k))
	}
	var candidates []geokg.Entity
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`CALL () {
  CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score
  RETURN node, score ORDER BY score DESC LIMIT $candidates
  UNION
  MATCH (node:Country) WHERE node.code = $code
  RETURN node, 1.0 AS score
}
WITH node, max(score) AS score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
RETURN node ORDER BY score DESC, node.id`,
			map[string]any{"index": fulltextIndex, "q": q, "labels": labels, "candidates": max(searchCandidates, 5*first),
				"code": strings.ToUpper(strings.TrimSpace(text))})
		if err != nil {
			return err
		}
		for _, r := range recs {
			candidates = append(candidates, entityFrom(node(r, "node")))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	return geokg.RankSearch(text, candidates, first), nil
}

// luceneQuery turns free text into a Lucene query: each word exact (boosted), words of
// geokg.FuzzyMinLength letters or more also fuzzy, the last word also as a prefix.
// Lucene's operators in the text are treated as spaces.
func luceneQuery(text string) string {
	words := geokg.SearchWords(text)
	if len(words) > 16 {
		words = words[:16]
	}
	var parts []string
	for i, w := range words {
		part := w + "^3"
		if n := geokg.FuzzyEdits(len([]rune(w))); n > 0 {
			part += fmt.Sprintf(" %s~%d", w, n)
		}
		if i == len(words)-1 {
			part += " " + w + "*"
		}
		parts = append(parts, "("+part+")")
	}
	return strings.Join(parts, " ")
}

// edgeCursor encodes the position of an edge in the stable order of Relations.
func edgeCursor(e geokg.Edge) string {
	return base64.RawURLEncoding.EncodeToString([]byte(e.Subject + "\x00" + string(e.Type) + "\x00" + e.Object))
}

func parseEdgeCursor(c string) (s, t, o string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	parts := strings.Split(string(b), "\x00")
	if err != nil || len(parts) != 3 {
		return "", "", "", geokg.Errorf(geokg.CodeInvalidArgument, "malformed cursor %q", c)
	}
	return parts[0], parts[1], parts[2], nil
}

// relationMatch builds the MATCH and WHERE of a relation filter. Relationship types are
// taken only from the ontology's list; every value is a parameter.
func relationMatch(f geokg.RelationFilter, params map[string]any) (string, error) {
	types := make([]string, 0, len(f.Types))
	for _, t := range f.Types {
		if !t.Valid() {
			return "", geokg.Errorf(geokg.CodeInvalidArgument, "unknown relation type %q", t)
		}
		types = append(types, string(t))
	}
	if len(types) == 0 {
		for _, t := range geokg.RelationTypes {
			types = append(types, string(t))
		}
	}
	rel := "[r:" + strings.Join(types, "|") + "]"
	var b strings.Builder
	var where []string
	switch {
	case f.ArticleID != "":
		// An article reports few relations: start from its evidence, not from every edge.
		params["article"] = f.ArticleID
		b.WriteString("MATCH (a:Evidence {article: $article}) USING INDEX a:Evidence(article)\n" +
			"WITH DISTINCT a.subject AS sid, a.type AS tid, a.object AS oid\n" +
			"MATCH (s:Entity {id: sid})-" + rel + "->(o:Entity {id: oid})\n")
		where = append(where, "type(r) = tid")
		if f.Either != "" {
			params["either"] = f.Either
			where = append(where, "(s.id = $either OR o.id = $either)")
		}
	case f.Either != "":
		params["either"] = f.Either
		b.WriteString("MATCH (:Entity {id: $either})-" + rel + "-(:Entity)\nWITH DISTINCT r\nWITH startNode(r) AS s, r, endNode(r) AS o\n")
	default:
		b.WriteString("MATCH (s:Entity)-" + rel + "->(o:Entity)\n")
	}
	if f.Subject != "" {
		params["subject"] = f.Subject
		where = append(where, "s.id = $subject")
	}
	if f.Object != "" {
		params["object"] = f.Object
		where = append(where, "o.id = $object")
	}
	if f.MinConfidence > 0 {
		params["minConfidence"] = f.MinConfidence
		where = append(where, "r.confidence >= $minConfidence")
	}
	if cond := evidenceCondition(f, params); cond != "" {
		where = append(where, "EXISTS { MATCH (x:Evidence {subject: s.id, type: type(r), object: o.id}) "+evidenceByTriple+" WHERE "+cond+" }")
	}
	if len(where) > 0 {
		b.WriteString("WHERE " + strings.Join(where, " AND ") + "\n")
	}
	return b.String(), nil
}

// evidenceCondition returns the condition on an Evidence x for the filter's date range
// and article, or "".
func evidenceCondition(f geokg.RelationFilter, params map[string]any) string {
	var c []string
	if f.From != "" {
		params["from"] = f.From
		c = append(c, "x.date >= $from")
	}
	if f.To != "" {
		params["to"] = f.To
		c = append(c, "x.date <= $to")
	}
	if f.ArticleID != "" {
		params["article"] = f.ArticleID
		c = append(c, "x.article = $article")
	}
	// A malformed AsOf is refused by the callers that page (edgeTail, entityRelMatch).
	if cond, err := asOfParams(f.AsOf, params); err == nil && cond != "" {
		c = append(c, cond)
	}
	return strings.Join(c, " AND ")
}

// Relations returns a page of edges in the order subject id, type, object id (see
// geokg.GraphReader). It fails with INVALID_ARGUMENT for an unknown type or a bad cursor.
func (s *Store) Relations(ctx context.Context, f geokg.RelationFilter, p geokg.PageRequest, withTotal bool) (geokg.EdgePage, error) {
	params := map[string]any{"first": p.First + 1}
	match, err := relationMatch(f, params)
	if err != nil {
		return geokg.EdgePage{}, err
	}
	tail, err := edgeTail(f.Order, f.AsOf, p.After, params, false)
	if err != nil {
		return geokg.EdgePage{}, err
	}
	page := match + tail
	var out geokg.EdgePage
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(page, params)
		if err != nil {
			return err
		}
		for _, rec := range recs {
			out.Edges = append(out.Edges, pagedEdge(rec, f.Order))
		}
		return nil
	})
	if err != nil {
		return geokg.EdgePage{}, fmt.Errorf("relations: %w", err)
	}
	if withTotal {
		if out.Total, err = s.CountRelations(ctx, f); err != nil {
			return geokg.EdgePage{}, err
		}
	}
	if len(out.Edges) > p.First {
		out.Edges, out.HasNext = out.Edges[:p.First], true
	}
	if n := len(out.Edges); n > 0 {
		out.EndCursor = out.Edges[n-1].Cursor
	}
	return out, nil
}

// RelationsWith is Relations (without the total) with what with asks of the page's
// edges, in the same statement: the entities at their ends, the newest statements of
// each edge within the filter's scope (as Evidence gives them) and their articles (as
// EvidenceWithArticles gives them), each with the properties with names; of the edges
// themselves, the properties with.EdgeFields names and the one the order sorts by (the
// others zero). A page of relations with its ends, evidence and articles is one
// statement instead of three.
func (s *Store) RelationsWith(ctx context.Context, f geokg.RelationFilter, p geokg.PageRequest, with geokg.PageWith) (geokg.EdgePageWith, error) {
	params := map[string]any{"first": p.First + 1}
	match, err := relationMatch(f, params)
	if err != nil {
		return geokg.EdgePageWith{}, err
	}
	tail, err := edgeTail(f.Order, f.AsOf, p.After, params, true)
	if err != nil {
		return geokg.EdgePageWith{}, err
	}
	var b strings.Builder
	page := "{s: s, t: t, o: o, p: p}"
	ends := "null AS se, null AS oe"
	if with.Ends {
		// The ends are the page's own nodes (an edge has both): their properties are
		// read for the page's edges alone, with no seek by id.
		page = "{s: s, t: t, o: o, p: p, sn: sNode, on: oNode}"
		ends = entityListOf("e.sn", "e.s", with.EntityFields) + " AS se, " + entityListOf("e.on", "e.o", with.EntityFields) + " AS oe"
	}
	b.WriteString("CALL () {\n" + match + tail + "\n}\n" +
		"WITH collect(" + page + ") AS page\n" +
		"UNWIND range(0, size(page) - 1) AS i\nWITH i, page[i] AS e\n")
	evidence := "[] AS xs, [] AS arts"
	if with.Evidence > 0 {
		scope := f.Scope()
		params["per"] = with.Evidence
		params["evFrom"], params["evTo"], params["evArticle"] = null(scope.From), null(scope.To), null(scope.ArticleID)
		params["evAsOf"], params["evAsOfEnd"] = nil, nil
		if scope.AsOf != "" {
			end, err := geokg.AsOfEnd(scope.AsOf)
			if err != nil {
				return geokg.EdgePageWith{}, err
			}
			params["evAsOf"], params["evAsOfEnd"] = scope.AsOf, end
		}
		arts := "[] AS arts"
		if with.Articles {
			arts = "collect(" + articleListOf("a", with.ArticleFields) + ") AS arts"
		}
		b.WriteString(`CALL (e) {
  MATCH (x:Evidence {subject: e.s, type: e.t, object: e.o}) ` + evidenceByTriple + `
  WHERE ($evFrom IS NULL OR x.date >= $evFrom) AND ($evTo IS NULL OR x.date <= $evTo)
    AND ($evArticle IS NULL OR x.article = $evArticle)
    AND ($evAsOf IS NULL OR ((x.date IS NULL OR x.date <= $evAsOf) AND x.createdAt < $evAsOfEnd))
  WITH x ORDER BY x.date DESC, x.id LIMIT $per
`)
		if with.Articles {
			b.WriteString("  OPTIONAL MATCH (x)-[:FROM]->(a:Article)\n")
		}
		b.WriteString("  RETURN collect(" + evidenceListOf("x", with.EvidenceFields) + ") AS xs, " + arts + "\n}\n")
		evidence = "xs, arts"
	}
	// The edges' properties the selection asks for, and the one the cursors hold.
	edgeFields := with.EdgeFields
	if key := f.Order.Field.Property(); key != 0 && edgeFields != 0 {
		edgeFields |= key
	}
	b.WriteString("RETURN e.s AS s, e.t AS t, e.o AS o, " + edgeListOf("e.p", edgeFields) + " AS p, " + ends + ", " + evidence + " ORDER BY i")
	out := geokg.EdgePageWith{Entities: map[string]geokg.Entity{}, Evidence: map[geokg.EvidenceRequest][]geokg.Evidence{}, Articles: map[string]geokg.Article{}}
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(b.String(), params)
		if err != nil {
			return err
		}
		scope := f.Scope()
		for i, rec := range recs {
			// Every value is a list of properties in a fixed order (see edgeList and the
			// others): no map per edge, entity, statement or article to decode.
			v := rec.Values
			e := edgeFromList(asString(v[0]), asString(v[1]), asString(v[2]), asList(v[3]))
			e.Cursor = orderedCursor(f.Order, e)
			out.Edges = append(out.Edges, e)
			if i >= p.First {
				continue
			}
			for _, end := range v[4:6] {
				if l := asList(end); l != nil {
					en := entityFromIDList(l)
					out.Entities[en.ID] = en
				}
			}
			if xs := asList(v[6]); len(xs) > 0 {
				q := geokg.EvidenceOf(e, scope)
				list := make([]geokg.Evidence, 0, len(xs))
				for _, x := range xs {
					if l := asList(x); l != nil {
						list = append(list, evidenceFromList(l))
					}
				}
				out.Evidence[q] = append(out.Evidence[q], list...)
			}
			for _, a := range asList(v[7]) {
				if a := articleFromList(asList(a)); a.ID != "" {
					out.Articles[a.ID] = a
				}
			}
		}
		return nil
	})
	if err != nil {
		return geokg.EdgePageWith{}, fmt.Errorf("relations: %w", err)
	}
	if len(out.Edges) > p.First {
		out.Edges, out.HasNext = out.Edges[:p.First], true
	}
	if n := len(out.Edges); n > 0 {
		out.EndCursor = out.Edges[n-1].Cursor
	}
	return out, nil
}

// Evidence returns the evidence of the given edges, each within its own scope (see
// geokg.GraphReader), in one query.
func (s *Store) Evidence(ctx context.Context, reqs []geokg.EvidenceRequest, perEdge int) (map[geokg.EvidenceRequest][]geokg.Evidence, error) {
	out, _, err := s.evidence(ctx, reqs, perEdge, false)
	return out, err
}

// EvidenceWithArticles is Evidence with the articles of the statements (their properties
// but the text), reached from each statement by its FROM relationship, in the same query:
// a page of relations with their evidence and its articles costs one statement less.
func (s *Store) EvidenceWithArticles(ctx context.Context, reqs []geokg.EvidenceRequest, perEdge int) (map[geokg.EvidenceRequest][]geokg.Evidence, map[string]geokg.Article, error) {
	return s.evidence(ctx, reqs, perEdge, true)
}

func (s *Store) evidence(ctx context.Context, reqs []geokg.EvidenceRequest, perEdge int, withArticles bool) (map[geokg.EvidenceRequest][]geokg.Evidence, map[string]geokg.Article, error) {
	out := make(map[geokg.EvidenceRequest][]geokg.Evidence, len(reqs))
	articles := map[string]geokg.Article{}
	if len(reqs) == 0 {
		return out, articles, nil
	}
	orNull := func(v string) any {
		if v == "" {
			return nil
		}
		return v
	}
	rows := make([]map[string]any, 0, len(reqs))
	for i, q := range reqs {
		row := map[string]any{"i": i, "s": q.Subject, "t": string(q.Type), "o": q.Object,
			"from": orNull(q.Scope.From), "to": orNull(q.Scope.To), "article": orNull(q.Scope.ArticleID), "asOf": nil, "asOfEnd": nil}
		if q.Scope.AsOf != "" {
			end, err := geokg.AsOfEnd(q.Scope.AsOf)
			if err != nil {
				return nil, nil, err
			}
			row["asOf"], row["asOfEnd"] = q.Scope.AsOf, end
		}
		rows = append(rows, row)
	}
	ret := "RETURN p.i AS i, " + evidenceList("x") + " AS x"
	if withArticles {
		ret = "OPTIONAL MATCH (x)-[:FROM]->(a:Article)\nRETURN p.i AS i, " + evidenceList("x") + " AS x, " +
			"CASE WHEN a IS NULL THEN null ELSE " + articleList("a") + " END AS a"
	}
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`UNWIND $rows AS p
CALL (p) {
  MATCH (x:Evidence {subject: p.s, type: p.t, object: p.o}) `+evidenceByTriple+`
  WHERE (p.from IS NULL OR x.date >= p.from) AND (p.to IS NULL OR x.date <= p.to)
    AND (p.article IS NULL OR x.article = p.article)
    AND (p.asOf IS NULL OR ((x.date IS NULL OR x.date <= p.asOf) AND x.createdAt < p.asOfEnd))
  RETURN x ORDER BY x.date DESC, x.id LIMIT $per
}
`+ret, map[string]any{"rows": rows, "per": perEdge})
		if err != nil {
			return err
		}
		for _, r := range recs {
			q := reqs[integer(r, "i")]
			out[q] = append(out[q], evidenceFromList(asList(r.Values[1])))
			if withArticles {
				if a := articleFromList(asList(r.Values[2])); a.ID != "" {
					articles[a.ID] = a
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("evidence: %w", err)
	}
	return out, articles, nil
}

// ListArticles returns a page of articles, newest first (see geokg.Explorer). The order
// key is the published date ("" when undated, so last), then the id; the cursor holds both.
func (s *Store) ListArticles(ctx context.Context, q geokg.ArticleQuery, p geokg.PageRequest) (geokg.ArticlePage, error) {
	params := map[string]any{"first": p.First + 1, "from": null(q.From), "to": null(q.To), "source": null(q.Source)}
	cypher := `MATCH (a:Article)
WHERE ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to)
  AND ($source IS NULL OR a.source = $source)
WITH a, coalesce(a.published, '') AS k
`
	if p.After != "" {
		b, err := base64.RawURLEncoding.DecodeString(p.After)
		k, id, ok := strings.Cut(string(b), "\x00")
		if err != nil || !ok {
			return geokg.ArticlePage{}, geokg.Errorf(geokg.CodeInvalidArgument, "malformed cursor %q", p.After)
		}
		params["ck"], params["cid"] = k, id
		cypher += "WHERE k < $ck OR (k = $ck AND a.id > $cid)\n"
	}
	cypher += "RETURN " + articleFields + ", k ORDER BY k DESC, a.id LIMIT $first"
	var out geokg.ArticlePage
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(cypher, params)
		if err != nil {
			return err
		}
		for _, r := range recs {
			out.Articles = append(out.Articles, articleFrom(props(r, "a")))
		}
		return nil
	})
	if err != nil {
		return geokg.ArticlePage{}, fmt.Errorf("list articles: %w", err)
	}
	if len(out.Articles) > p.First {
		out.Articles, out.HasNext = out.Articles[:p.First], true
	}
	if n := len(out.Articles); n > 0 {
		last := out.Articles[n-1]
		out.EndCursor = base64.RawURLEncoding.EncodeToString([]byte(last.Published + "\x00" + last.ID))
	}
	return out, nil
}

func articleFrom(p map[string]any) geokg.Article {
	return geokg.Article{ID: pstr(p, "id"), Title: pstr(p, "title"), URL: pstr(p, "url"), Published: pstr(p, "published"), Source: pstr(p, "source")}
}

// Contests returns the statements that contest each edge (see geokg.Lookup), in one
// query: two seeks of the evidence index per edge, (object, DENIES|REJECTS, subject).
func (s *Store) Contests(ctx context.Context, edges []geokg.Edge, perEdge int) (map[string][]geokg.Statement, error) {
	out := map[string][]geokg.Statement{}
	if len(edges) == 0 {
		return out, nil
	}
	rows := make([]map[string]any, 0, len(edges))
	for _, e := range edges {
		rows = append(rows, map[string]any{"k": e.Key(), "s": e.Subject, "o": e.Object})
	}
	types := make([]string, 0, len(geokg.ContestingTypes))
	for _, t := range geokg.ContestingTypes {
		types = append(types, string(t))
	}
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`UNWIND $rows AS p
CALL (p) {
  UNWIND $types AS ct
  MATCH (x:Evidence {subject: p.o, type: ct, object: p.s}) `+evidenceByTriple+`
  RETURN x ORDER BY x.date DESC, x.id LIMIT $per
}
OPTIONAL MATCH (:Entity {id: x.subject})-[r]->(:Entity {id: x.object}) WHERE type(r) = x.type
RETURN p.k AS k, x.subject AS s, x.type AS t, x.object AS o, r, x`,
			map[string]any{"rows": rows, "types": types, "per": perEdge})
		if err != nil {
			return err
		}
		for _, r := range recs {
			k := str(r, "k")
			out[k] = append(out[k], geokg.Statement{Edge: edgeFrom(r), Evidence: evidenceFrom(node(r, "x").Props)})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("contests: %w", err)
	}
	return out, nil
}

// Stats counts the graph (see geokg.GraphReader).
func (s *Store) Stats(ctx context.Context) (geokg.Stats, error) {
	var st geokg.Stats
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH (x:Evidence) RETURN count(x) AS evidence }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS edges }
RETURN articles, entities, events, evidence, edges`, nil)
		if err != nil || len(recs) != 1 {
			return err
		}
		r := recs[0]
		st = geokg.Stats{Articles: integer(r, "articles"), Entities: integer(r, "entities"), Events: integer(r, "events"),
			Evidence: integer(r, "evidence"), Edges: integer(r, "edges")}
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// The functions below translate records into domain values; no record leaves the package.

func node(r *neo4j.Record, key string) neo4j.Node {
	v, _ := r.Get(key)
	n, _ := v.(neo4j.Node)
	return n
}

func str(r *neo4j.Record, key string) string {
	v, _ := r.Get(key)
	s, _ := v.(string)
	return s
}

func integer(r *neo4j.Record, key string) int {
	v, _ := r.Get(key)
	n, _ := v.(int64)
	return int(n)
}

func pstr(p map[string]any, key string) string {
	s, _ := p[key].(string)
	return s
}

func pint(p map[string]any, key string) int {
	n, _ := p[key].(int64)
	return int(n)
}

func pfloat(p map[string]any, key string) float64 {
	f, _ := p[key].(float64)
	return f
}

func pstrings(p map[string]any, key string) []string {
	return stringsOf(p[key])
}

// stringsOf returns the strings of a list value, never nil.
func stringsOf(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, v := range l {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func entityFrom(n neo4j.Node) geokg.Entity {
	p := n.Props
	return geokg.Entity{
		ID: pstr(p, "id"), Kind: geokg.Kind(pstr(p, "kind")), Name: pstr(p, "name"), Code: pstr(p, "code"),
		Subtype: geokg.GroupSubtype(pstr(p, "subtype")), Title: pstr(p, "title"), Country: pstr(p, "country"),
		Aliases: pstrings(p, "aliases"),
	}
}

func edgeFrom(r *neo4j.Record) geokg.Edge {
	v, _ := r.Get("r")
	rel, _ := v.(neo4j.Relationship)
	return edgeOf(str(r, "s"), str(r, "t"), str(r, "o"), rel)
}

func evidenceFrom(p map[string]any) geokg.Evidence {
	return geokg.Evidence{
		ID: pstr(p, "id"), ArticleID: pstr(p, "article"), Sentence: pstr(p, "sentence"),
		Start: pint(p, "start"), End: pint(p, "end"), Date: pstr(p, "date"),
		Confidence: pfloat(p, "confidence"), Extractor: pstr(p, "extractor"), EventID: pstr(p, "event"),
		Rule: pstr(p, "rule"), Trigger: pstr(p, "trigger"), Path: pstr(p, "path"),
		Before: pstr(p, "before"), After: pstr(p, "after"),
	}
}

// Events returns the events with the given ids (see geokg.GraphReader).
func (s *Store) Events(ctx context.Context, ids []string) (map[string]geokg.Event, error) {
	out := make(map[string]geokg.Event, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`MATCH (ev:Event) WHERE ev.id IN $ids
OPTIONAL MATCH (ev)-[:TARGETS]->(n:Entity)
RETURN ev, collect(n.id) AS targets`, map[string]any{"ids": ids})
		if err != nil {
			return err
		}
		for _, r := range recs {
			p := node(r, "ev").Props
			v, _ := r.Get("targets")
			ev := geokg.Event{ID: pstr(p, "id"), Type: geokg.EventType(pstr(p, "type")), Date: pstr(p, "date"),
				Evidence: pstr(p, "evidence"), Targets: pstrings(map[string]any{"t": v}, "t")}
			out[ev.ID] = ev
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return out, nil
}

// CountRelations counts the edges matching the filter (see geokg.GraphReader).
func (s *Store) CountRelations(ctx context.Context, f geokg.RelationFilter) (int, error) {
	params := map[string]any{}
	match, err := relationMatch(f, params)
	if err != nil {
		return 0, err
	}
	n := 0
	err = s.read(ctx, func(t *tx) error {
		recs, err := t.collect(match+"RETURN count(r) AS n", params)
		if err == nil && len(recs) == 1 {
			n = integer(recs[0], "n")
		}
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("count relations: %w", err)
	}
	return n, nil
}

// ArticleEntities returns the entities each article mentions (see geokg.GraphReader).
func (s *Store) ArticleEntities(ctx context.Context, articleIDs []string) (map[string][]string, error) {
	out := make(map[string][]string, len(articleIDs))
	if len(articleIDs) == 0 {
		return out, nil
	}
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`MATCH (a:Article)-[:MENTIONS]->(n:Entity) WHERE a.id IN $ids
RETURN a.id AS a, n.id AS n ORDER BY a, n`, map[string]any{"ids": articleIDs})
		for _, r := range recs {
			out[str(r, "a")] = append(out[str(r, "a")], str(r, "n"))
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("article entities: %w", err)
	}
	return out, nil
}
