package resolvers

import (
	"context"

	"github.com/geokg/geokg"
)

// ArticleTexts loads the clean texts of articles, keyed by id; unknown ones are absent
// (see store.Store.ArticleTexts).
type ArticleTexts interface {
	ArticleTexts(ctx context.Context, ids []string) (map[string]string, error)
}

// loadTexts is the fetch of the article text loader.
func (r *Resolver) loadTexts(ctx context.Context, ids []string) (map[string]string, error) {
	if r.Texts == nil {
		return nil, geokg.Errorf(geokg.CodeUnavailable, "article texts are not available on this server")
	}
	return r.Texts.ArticleTexts(ctx, ids)
}

// articleText resolves Article.text: null when the article was written without it.
func (r *Resolver) articleText(ctx context.Context, id string) (*string, error) {
	text, err := loaders(ctx).articleTexts.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	return optional(text), nil
}
