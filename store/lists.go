package store

import (
	"strings"

	"github.com/geokg/geokg"
)

// Hot reads return a node's or a relationship's properties as a Cypher list in a fixed
// order instead of the node or a map: the driver then decodes no element id, labels or
// map keys, and the translation below reads by position. Each xProps names the order of
// one list; the matching xFromList reads it (TestListsMatchTheMaps holds them to the
// map-based translations).

// entityProps are the properties entityFromList reads, in order.
var entityProps = []string{"id", "kind", "name", "code", "subtype", "title", "country", "aliases"}

// edgeProps are the properties of a relation edgeFromList reads, in order.
var edgeProps = []string{"count", "articles", "sources", "firstSeen", "lastSeen", "confidence"}

// evidenceProps are the properties of a statement evidenceFromList reads, in order.
var evidenceProps = []string{"id", "article", "sentence", "start", "end", "date", "confidence", "extractor",
	"event", "rule", "trigger", "path", "before", "after"}

// articleProps are the properties of an article articleFromList reads (not its text), in
// order.
var articleProps = []string{"id", "title", "url", "published", "source"}

// propList returns the Cypher list of the properties names of v (a variable or a map
// expression), in order.
func propList(v string, names []string) string {
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = v + "." + n
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func entityList(v string) string   { return propList(v, entityProps) }
func edgeList(v string) string     { return propList(v, edgeProps) }
func evidenceList(v string) string { return propList(v, evidenceProps) }
func articleList(v string) string  { return propList(v, articleProps) }

// evidenceListOf is evidenceList with null in place of the properties that fields does
// not hold: the list keeps its order (evidenceFromList reads it, leaving those zero),
// and Neo4j reads and sends only the properties asked for.
func evidenceListOf(v string, fields geokg.EvidenceFields) string {
	parts := make([]string, len(evidenceProps))
	for i, n := range evidenceProps {
		if bit, ok := geokg.EvidenceField(n); ok && !fields.Has(bit) {
			parts[i] = "null"
		} else {
			parts[i] = v + "." + n
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// edgeListOf is edgeList with null in place of the properties that fields does not hold
// (see evidenceListOf).
func edgeListOf(v string, fields geokg.EdgeFields) string {
	parts := make([]string, len(edgeProps))
	for i, n := range edgeProps {
		if bit, ok := geokg.EdgeField(n); ok && !fields.Has(bit) {
			parts[i] = "null"
		} else {
			parts[i] = v + "." + n
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// entityListOf is entityList with null in place of the properties that fields does not
// hold (see evidenceListOf); the id is the expression id (which the statement knows
// already: the node's property is not read again), and the kind is not read either:
// entityFromIDList takes it from the id.
func entityListOf(v, id string, fields geokg.EntityFields) string {
	parts := make([]string, len(entityProps))
	for i, n := range entityProps {
		if n == "id" {
			parts[i] = id
		} else if n == "kind" {
			parts[i] = "null"
		} else if bit, ok := geokg.EntityField(n); ok && !fields.Has(bit) {
			parts[i] = "null"
		} else {
			parts[i] = v + "." + n
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// articleListOf is articleList with null in place of the properties that fields does not
// hold (see evidenceListOf); the id is always read, and the url with the source (an
// article without a source is named after its url's host).
func articleListOf(v string, fields geokg.ArticleFields) string {
	parts := make([]string, len(articleProps))
	for i, n := range articleProps {
		bit, ok := geokg.ArticleField(n)
		if bit == geokg.ArticleURL {
			bit |= geokg.ArticleSource
			ok = ok && !fields.Has(geokg.ArticleURL) && !fields.Has(geokg.ArticleSource)
		} else {
			ok = ok && !fields.Has(bit)
		}
		if ok {
			parts[i] = "null"
		} else {
			parts[i] = v + "." + n
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// edgeRow returns the Cypher row of a relation r from s to o (entity variables or
// expressions) that edgeFromRow reads: [subject id, type, object id, edgeList].
func edgeRow(s, r, o string) string {
	return "[" + s + ".id, type(" + r + "), " + o + ".id, " + edgeList(r) + "]"
}

// edgeFromRow reads a row of edgeRow.
func edgeFromRow(v any) geokg.Edge {
	l := asList(v)
	return edgeFromList(lstr(l, 0), lstr(l, 1), lstr(l, 2), asList(lget(l, 3)))
}

func lget(l []any, i int) any {
	if i >= len(l) {
		return nil
	}
	return l[i]
}

// entityFromIDList reads a list of entityListOf: entityFromList with the kind taken from
// the id's prefix ("country:ALB"), which the write holds to the entity's kind
// (geokg.Extraction.Validate, the only way an entity is written).
func entityFromIDList(l []any) geokg.Entity {
	en := entityFromList(l)
	if en.Kind == "" {
		en.Kind, _, _ = geokg.ParseEntityID(en.ID)
	}
	return en
}

func entityFromList(l []any) geokg.Entity {
	return geokg.Entity{
		ID: lstr(l, 0), Kind: geokg.Kind(lstr(l, 1)), Name: lstr(l, 2), Code: lstr(l, 3),
		Subtype: geokg.GroupSubtype(lstr(l, 4)), Title: lstr(l, 5), Country: lstr(l, 6),
		Aliases: lstrings(l, 7),
	}
}

// edgeFromList reads the edge s -t-> o whose properties are the list l (edgeProps).
func edgeFromList(s, t, o string, l []any) geokg.Edge {
	return geokg.Edge{
		Subject: s, Type: geokg.RelationType(t), Object: o,
		Count: lint(l, 0), Articles: lint(l, 1), Sources: lint(l, 2),
		FirstSeen: lstr(l, 3), LastSeen: lstr(l, 4), Confidence: lfloat(l, 5),
	}
}

func evidenceFromList(l []any) geokg.Evidence {
	return geokg.Evidence{
		ID: lstr(l, 0), ArticleID: lstr(l, 1), Sentence: lstr(l, 2),
		Start: lint(l, 3), End: lint(l, 4), Date: lstr(l, 5),
		Confidence: lfloat(l, 6), Extractor: lstr(l, 7), EventID: lstr(l, 8),
		Rule: lstr(l, 9), Trigger: lstr(l, 10), Path: lstr(l, 11),
		Before: lstr(l, 12), After: lstr(l, 13),
	}
}

func articleFromList(l []any) geokg.Article {
	return geokg.Article{ID: lstr(l, 0), Title: lstr(l, 1), URL: lstr(l, 2), Published: lstr(l, 3), Source: lstr(l, 4)}
}

// lstr, lint, lfloat and lstrings read the i-th value of a list, the zero value when it is
// missing or of another type (as pstr and the others do for a map).
func lstr(l []any, i int) string {
	if i >= len(l) {
		return ""
	}
	s, _ := l[i].(string)
	return s
}

func lint(l []any, i int) int {
	if i >= len(l) {
		return 0
	}
	n, _ := l[i].(int64)
	return int(n)
}

func lfloat(l []any, i int) float64 {
	if i >= len(l) {
		return 0
	}
	f, _ := l[i].(float64)
	return f
}

func lstrings(l []any, i int) []string {
	var v any
	if i < len(l) {
		v = l[i]
	}
	return stringsOf(v)
}

func asString(v any) string {
	s, _ := v.(string)
	return s
}
