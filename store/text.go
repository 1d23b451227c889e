package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// articleFields projects an Article node a without its text, which may be megabytes:
// lists and lookups of articles never need it (ArticleTexts loads it).
const articleFields = articleMap + " AS a"

// articleMap is the projection of articleFields, for collecting.
const articleMap = "a {.id, .title, .url, .published, .source}"

// props returns the properties of a node or the entries of a map under key.
func props(r *neo4j.Record, key string) map[string]any {
	v, _ := r.Get(key)
	switch v := v.(type) {
	case neo4j.Node:
		return v.Props
	case map[string]any:
		return v
	}
	return nil
}

// ArticleTexts returns the clean text of each article, keyed by id, in one query: the
// text its statements' offsets refer to. Unknown articles and articles written before
// texts were stored are absent.
func (s *Store) ArticleTexts(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	err := s.read(ctx, func(t *tx) error {
		recs, err := t.collect(`MATCH (a:Article) WHERE a.id IN $ids AND a.text IS NOT NULL
RETURN a.id AS id, a.text AS text`, map[string]any{"ids": ids})
		if err != nil {
			return err
		}
		for _, r := range recs {
			out[str(r, "id")] = str(r, "text")
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("article texts: %w", err)
	}
	return out, nil
}
