package store

import (
	"reflect"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestListsMatchTheMaps holds each list translation to the map-based one: the same
// properties, read from a list in the order of its xProps, give the same value, and a
// missing list (an OPTIONAL MATCH that found nothing) gives the zero value.
func TestListsMatchTheMaps(t *testing.T) {
	listOf := func(names []string, p map[string]any) []any {
		l := make([]any, len(names))
		for i, n := range names {
			l[i] = p[n]
		}
		return l
	}
	entity := map[string]any{"id": "group:x", "kind": "Group", "name": "X", "code": "XX", "subtype": "militant",
		"title": "T", "country": "country:US", "aliases": []any{"Ex", "Eks"}}
	edge := map[string]any{"count": int64(7), "articles": int64(5), "sources": int64(3), "firstSeen": "2021-01-02",
		"lastSeen": "2024-05-06", "confidence": 0.75}
	evidence := map[string]any{"id": "ev1", "article": "a1", "sentence": "S.", "start": int64(3), "end": int64(40),
		"date": "2022-02-02", "confidence": 0.5, "extractor": "v9", "event": "e1", "rule": "r", "trigger": "tr",
		"path": "nsubj", "before": "B", "after": "A"}
	article := map[string]any{"id": "a1", "title": "Title", "url": "https://example.org", "published": "2022-02-02", "source": "example.org"}
	sparse := map[string]any{"id": "x"}
	for _, tc := range []struct {
		name      string
		fromList  any
		fromMap   any
		emptyList any
		zero      any
	}{
		{"entity", entityFromList(listOf(entityProps, entity)), entityFrom(neo4j.Node{Props: entity}),
			entityFromList(listOf(entityProps, sparse)), entityFrom(neo4j.Node{Props: sparse})},
		{"edge", edgeFromList("s", "T", "o", listOf(edgeProps, edge)), edgeOf("s", "T", "o", neo4j.Relationship{Props: edge}),
			edgeFromList("s", "T", "o", nil), edgeOf("s", "T", "o", neo4j.Relationship{})},
		{"evidence", evidenceFromList(listOf(evidenceProps, evidence)), evidenceFrom(evidence),
			evidenceFromList(listOf(evidenceProps, sparse)), evidenceFrom(sparse)},
		{"article", articleFromList(listOf(articleProps, article)), articleFrom(article),
			articleFromList(nil), articleFrom(nil)},
	} {
		if !reflect.DeepEqual(tc.fromList, tc.fromMap) {
			t.Errorf("%s: from the list %+v, from the map %+v", tc.name, tc.fromList, tc.fromMap)
		}
		if !reflect.DeepEqual(tc.emptyList, tc.zero) {
			t.Errorf("%s, missing properties: from the list %+v, from the map %+v", tc.name, tc.emptyList, tc.zero)
		}
	}
	// Every property the map translations read is in the lists: a full map's values are
	// all set, so a property left out of a list would show as a difference above. (An
	// edge's cursor and an article's text are not properties read here.)
	notProps := map[string]bool{"Cursor": true, "Text": true}
	for name, v := range map[string]any{"entity": entityFrom(neo4j.Node{Props: entity}), "edge": edgeOf("s", "T", "o", neo4j.Relationship{Props: edge}),
		"evidence": evidenceFrom(evidence), "article": articleFrom(article)} {
		rv := reflect.ValueOf(v)
		for i := range rv.NumField() {
			if rv.Field(i).IsZero() && !notProps[rv.Type().Field(i).Name] {
				t.Errorf("%s: the test's map leaves %s unset", name, rv.Type().Field(i).Name)
			}
		}
	}
}
