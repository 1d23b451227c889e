package server

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
)

// fakeStatements is a graph that holds only statements, for the poller.
type fakeStatements struct {
	mu    sync.Mutex
	sts   []geokg.Statement
	polls int
}

func (f *fakeStatements) add(at time.Time, id string, t geokg.RelationType) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sts = append(f.sts, geokg.Statement{
		Edge:      geokg.Edge{Subject: "country:AAA", Type: t, Object: "country:BBB"},
		Evidence:  geokg.Evidence{ID: id, Confidence: 0.9},
		CreatedAt: at,
	})
	sort.Slice(f.sts, func(i, j int) bool { return f.sts[j].Cursor().After(f.sts[i].Cursor()) })
}

func (f *fakeStatements) Statements(_ context.Context, filter geokg.RelationFilter, after geokg.StatementCursor, limit int) ([]geokg.Statement, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.polls++
	var out []geokg.Statement
	for _, st := range f.sts {
		if st.Cursor().After(after) && filter.MatchStatement(st) && len(out) < limit {
			out = append(out, st)
		}
	}
	return out, nil
}

func receive(t *testing.T, ch <-chan geokg.Statement, n int) []string {
	t.Helper()
	var ids []string
	for range n {
		select {
		case st, ok := <-ch:
			require.True(t, ok, "channel closed after %v", ids)
			ids = append(ids, st.Evidence.ID)
		case <-time.After(2 * time.Second):
			t.Fatalf("got %v, want %d statements", ids, n)
		}
	}
	return ids
}

func quiet(t *testing.T, ch <-chan geokg.Statement) {
	t.Helper()
	select {
	case st := <-ch:
		t.Fatalf("unexpected statement %s", st.Evidence.ID)
	case <-time.After(100 * time.Millisecond):
	}
}

func TestPollerDeliversNewStatementsOnce(t *testing.T) {
	g := &fakeStatements{}
	old := time.Now().Add(-time.Second)
	g.add(old, "before", geokg.Sanctions)
	p := NewPoller(g, 10*time.Millisecond, 5*time.Second, nil)
	p.batch = 2 // several pages per poll

	ctx, cancel := context.WithCancel(context.Background())
	all, err := p.Subscribe(ctx, geokg.RelationFilter{})
	require.NoError(t, err)
	sanctions, err := p.Subscribe(ctx, geokg.RelationFilter{Types: []geokg.RelationType{geokg.Sanctions}})
	require.NoError(t, err)
	assert.Equal(t, 2, p.Subscribers())

	now := time.Now()
	for i := range 5 {
		g.add(now.Add(time.Duration(i)*time.Millisecond), fmt.Sprintf("new-%d", i), []geokg.RelationType{geokg.Sanctions, geokg.Meets}[i%2])
	}
	assert.Equal(t, []string{"new-0", "new-1", "new-2", "new-3", "new-4"}, receive(t, all, 5), "statements written before subscribing are not news")
	assert.Equal(t, []string{"new-0", "new-2", "new-4"}, receive(t, sanctions, 3))

	// A transaction that began before the newest statement seen but committed after it.
	g.add(now.Add(time.Microsecond), "late", geokg.Sanctions)
	assert.Equal(t, []string{"late"}, receive(t, all, 1))
	assert.Equal(t, []string{"late"}, receive(t, sanctions, 1))
	quiet(t, all)

	cancel()
	for _, ch := range []<-chan geokg.Statement{all, sanctions} {
		select {
		case _, ok := <-ch:
			assert.False(t, ok, "closed when the subscriber leaves")
		case <-time.After(time.Second):
			t.Fatal("channel not closed")
		}
	}
	assert.Equal(t, 0, p.Subscribers())
	// The loop stops with the last subscriber.
	time.Sleep(50 * time.Millisecond)
	g.mu.Lock()
	polls := g.polls
	g.mu.Unlock()
	time.Sleep(50 * time.Millisecond)
	g.mu.Lock()
	assert.Equal(t, polls, g.polls, "no polling without subscribers")
	g.mu.Unlock()
}

func TestPollerDropsASubscriberThatFallsBehind(t *testing.T) {
	g := &fakeStatements{}
	p := NewPoller(g, 10*time.Millisecond, 5*time.Second, nil)
	p.buffer = 2
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	slow, err := p.Subscribe(ctx, geokg.RelationFilter{})
	require.NoError(t, err)
	now := time.Now()
	for i := range 5 {
		g.add(now.Add(time.Duration(i)*time.Millisecond), fmt.Sprintf("s-%d", i), geokg.Meets)
	}
	require.Eventually(t, func() bool { return p.Subscribers() == 0 }, 2*time.Second, 10*time.Millisecond)
	var got []string
	for st := range slow {
		got = append(got, st.Evidence.ID)
	}
	assert.Equal(t, []string{"s-0", "s-1"}, got, "what fitted in the buffer, then the channel is closed")
}
