package server_test

import (
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDyadOfAPeriod: Albania and Iran in all of the example articles, then from
// 2022-09-08 only: fewer statements, all dated in the period.
func TestDyadOfAPeriod(t *testing.T) {
	h, c := exampleServer(t)

	type dyad struct {
		Total               int
		FirstSeen, LastSeen string
		ByMonth             []struct {
			Month string
			Count int
		}
	}
	var all, part struct{ Dyad dyad }
	post(t, c, `{ dyad(a: "country:ALB", b: "country:IRN") { total firstSeen lastSeen byMonth { month count } } }`, &all)
	post(t, c, `{ dyad(a: "country:ALB", b: "country:IRN", from: "2022-09-08", to: "2022-12-31") { total firstSeen lastSeen byMonth { month count } } }`, &part)
	require.Positive(t, part.Dyad.Total)
	assert.Less(t, part.Dyad.Total, all.Dyad.Total)
	assert.Less(t, all.Dyad.FirstSeen, "2022-09-08", "the example has statements before the period")
	assert.GreaterOrEqual(t, part.Dyad.FirstSeen, "2022-09-08")
	assert.LessOrEqual(t, part.Dyad.LastSeen, "2022-12-31")
	sum := 0
	for _, m := range part.Dyad.ByMonth {
		sum += m.Count
	}
	assert.Equal(t, part.Dyad.Total, sum, "every statement of the period is dated")

	errs := gqlErrors(t, h, `{ dyad(a: "country:ALB", b: "country:IRN", from: "2022-9-8") { total } }`)
	assert.Equal(t, "INVALID_ARGUMENT", errs[0]["extensions"].(map[string]any)["code"])
}

// articlePage is an articles answer.
type articlePage struct {
	Articles struct {
		Items []struct {
			ID, Title, Published, Source string
		}
		PageInfo struct {
			HasNextPage bool
			EndCursor   string
		}
	}
}

// TestArticlesNewestFirst: the example articles page by page, newest first, the same as
// in one page; a period and a source narrow them.
func TestArticlesNewestFirst(t *testing.T) {
	h, c := exampleServer(t)
	wire := ingestText(t, c, "Albania accused Iran of carrying out the cyberattack on its government websites.",
		"https://news.example.net/albania-iran", "Wire Service", "2022-09-08")

	var whole articlePage
	post(t, c, `{ articles(first: 100) { items { id title published source } pageInfo { hasNextPage endCursor } } }`, &whole)
	all := whole.Articles.Items
	require.Greater(t, len(all), 10)
	assert.False(t, whole.Articles.PageInfo.HasNextPage)
	for i := 1; i < len(all); i++ {
		assert.GreaterOrEqual(t, all[i-1].Published, all[i].Published, "newest first")
	}

	var paged []string
	after := ""
	for range 10 {
		var page articlePage
		post(t, c, `query($after: String) { articles(first: 4, after: $after) { items { id } pageInfo { hasNextPage endCursor } } }`, &page,
			client.Var("after", after))
		for _, a := range page.Articles.Items {
			paged = append(paged, a.ID)
		}
		if !page.Articles.PageInfo.HasNextPage {
			break
		}
		after = page.Articles.PageInfo.EndCursor
	}
	var ids []string
	for _, a := range all {
		ids = append(ids, a.ID)
	}
	assert.Equal(t, ids, paged, "pages of 4 give the same list")

	var y2022 articlePage
	post(t, c, `{ articles(from: "2022-01-01", to: "2022-12-31") { items { id published } } }`, &y2022)
	require.NotEmpty(t, y2022.Articles.Items)
	assert.Less(t, len(y2022.Articles.Items), len(all))
	for _, a := range y2022.Articles.Items {
		assert.True(t, a.Published >= "2022-01-01" && a.Published <= "2022-12-31", a.Published)
	}

	var bySource articlePage
	post(t, c, `{ articles(source: "Wire Service") { items { id source } } }`, &bySource)
	require.Len(t, bySource.Articles.Items, 1)
	assert.Equal(t, wire, bySource.Articles.Items[0].ID)
	post(t, c, `{ articles(source: "example.org", first: 100) { items { id source } } }`, &bySource)
	assert.Len(t, bySource.Articles.Items, len(all)-1, "every example article is on example.org")

	errs := gqlErrors(t, h, `{ articles(after: "%%%") { items { id } } }`)
	assert.Equal(t, "INVALID_ARGUMENT", errs[0]["extensions"].(map[string]any)["code"])
}
