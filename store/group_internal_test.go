package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
)

// groupFixture is an extraction of one invented article naming Peru and Chile.
func groupFixture(text string) *geokg.Extraction {
	return &geokg.Extraction{
		Article:   geokg.Article{ID: geokg.ArticleID(text), Title: text, Published: "2024-05-01"},
		Extractor: geokg.ExtractorVersion,
		Entities: []geokg.Entity{
			{ID: "country:PER", Kind: geokg.KindCountry, Name: "Peru", Code: "PER", Aliases: []string{"Peru"}},
			{ID: "country:CHL", Kind: geokg.KindCountry, Name: "Chile", Code: "CHL", Aliases: []string{"Chile"}},
		},
		Relations: []geokg.Relation{{Subject: "country:PER", Type: geokg.Accuses, Object: "country:CHL",
			Evidence: "Peru accused Chile.", Start: 0, End: 19, Date: "2024-05-01", Confidence: 0.9}},
	}
}

// queued returns a caller of Write as writeGrouped queues it.
func queued(t *testing.T, ctx context.Context, texts ...string) *writeReq {
	t.Helper()
	r := &writeReq{ctx: ctx, done: make(chan error, 1)}
	for _, text := range texts {
		r.xs = append(r.xs, groupFixture(text))
	}
	b, err := newBatch(r.xs)
	require.NoError(t, err)
	r.b = b
	return r
}

// TestTakeGroup: the next transaction takes the waiting callers in arrival order, skips
// (and keeps queued) a caller whose article is already in the group or that would pass
// the group's size, and answers a caller whose deadline has passed.
func TestTakeGroup(t *testing.T) {
	ctx := context.Background()
	expired, cancel := context.WithDeadline(ctx, time.Now().Add(-time.Second))
	defer cancel()
	many := make([]string, maxGroupArticles)
	for i := range many {
		many[i] = fmt.Sprintf("article %d of a large batch", i)
	}
	a, b, again, late, big, c := queued(t, ctx, "a"), queued(t, ctx, "b"), queued(t, ctx, "a"), queued(t, expired, "late"), queued(t, ctx, many...), queued(t, ctx, "c")
	s := &Store{queue: []*writeReq{a, b, again, late, big, c}}

	assert.Equal(t, []*writeReq{a, b, c}, s.takeGroup(), "in order, without the repeated article or the batch that would pass the size")
	assert.Equal(t, []*writeReq{again, big}, s.queue, "skipped callers stay queued, in order")
	assert.Equal(t, geokg.CodeLimitExceeded, geokg.ErrorCode(<-late.done), "the expired caller is answered")
	assert.Equal(t, []*writeReq{again}, s.takeGroup(), "next time the repeated article goes first, and the large batch does not fit beside it")
	assert.Equal(t, []*writeReq{big}, s.takeGroup(), "the large batch goes alone")
	assert.Empty(t, s.queue)
}

// TestWriteGroupAlone: a group's transaction that fails for one member's article is
// tried member by member, so that only that member fails; a failure of the database
// itself is every member's answer at once.
func TestWriteGroupAlone(t *testing.T) {
	ctx := context.Background()
	bad := groupFixture("bad").Article.ID
	tests := []struct {
		name  string
		fail  func(b *batch) error
		want  []bool // whether each member succeeds
		calls int
	}{
		{"all good: one transaction", func(*batch) error { return nil }, []bool{true, true, true}, 1},
		{"one bad article: the others are written", func(b *batch) error {
			if slices.Contains(b.articleIDs, bad) {
				return errors.New("articles: property too large")
			}
			return nil
		}, []bool{true, false, true}, 4},
		{"database unavailable: no second try", func(*batch) error {
			return geokg.Errorf(geokg.CodeUnavailable, "graph database unavailable")
		}, []bool{false, false, false}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			group := []*writeReq{queued(t, ctx, "good 1"), queued(t, ctx, "bad"), queued(t, ctx, "good 2")}
			calls := 0
			(&Store{}).writeGroup(group, func(_ context.Context, b *batch) error { calls++; return tt.fail(b) })
			for i, r := range group {
				assert.Equal(t, tt.want[i], <-r.done == nil, "member %d", i)
			}
			assert.Equal(t, tt.calls, calls, "transactions")
		})
	}
}

// TestQueuedWritersShareOneTransaction: callers of Write that queue while another write
// holds the slot are written together, in one transaction, and each gets its own summary
// and finds its article stored.
func TestQueuedWritersShareOneTransaction(t *testing.T) {
	var mu sync.Mutex
	articleWrites := 0
	s, err := Open(Config{URI: testURI(), User: envOr("NEO4J_USER", "neo4j"), Password: envOr("NEO4J_PASSWORD", "geokg-dev")})
	require.NoError(t, err)
	defer s.Close(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := s.Ping(ctx); err != nil {
		skipOrFail(t, err)
	}
	s.statements = func(cypher string, _ map[string]any) {
		if strings.Contains(cypher, "MERGE (x:Article") {
			mu.Lock()
			articleWrites++
			mu.Unlock()
		}
	}
	const callers = 6
	s.writing <- struct{}{} // another write holds the slot
	stamp := time.Now().UnixNano()
	var wg sync.WaitGroup
	sums := make([]geokg.WriteSummary, callers)
	errs := make([]error, callers)
	var ids []string
	for i := range callers {
		x := groupFixture(fmt.Sprintf("grouped writer %d at %d", i, stamp))
		ids = append(ids, x.Article.ID)
		wg.Add(1)
		go func() {
			defer wg.Done()
			sums[i], errs[i] = s.Write(ctx, []*geokg.Extraction{x})
		}()
	}
	require.Eventually(t, func() bool {
		s.queueMu.Lock()
		defer s.queueMu.Unlock()
		return len(s.queue) == callers
	}, 10*time.Second, 5*time.Millisecond, "every caller queues")
	<-s.writing // the other write ends
	wg.Wait()
	for i := range callers {
		require.NoError(t, errs[i])
		assert.Equal(t, 1, sums[i].Articles)
		assert.Equal(t, 1, sums[i].Relations)
		assert.Equal(t, 2, sums[i].Entities)
	}
	assert.Equal(t, 1, articleWrites, "one transaction for the queued callers")
	stored, err := s.Articles(ctx, ids)
	require.NoError(t, err)
	assert.Len(t, stored, callers)
}
