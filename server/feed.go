package server

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/geokg/geokg"
)

// Poller is a geokg.StatementFeed over the graph store: one shared loop polls the store
// for statements written since the last poll and fans them out to the subscribers whose
// filter they match. Polling, rather than a hook in the write path, also sees what other
// processes write (a `geokg ingest` run while the server serves).
//
// A statement's creation time is when the query that wrote it began (Neo4j's datetime()),
// before its transaction commits, so a transaction that commits late can hold statements
// older than ones seen already. Every poll
// therefore reads again the statements of the last Lookback and skips those delivered
// before; a write transaction that takes longer than Lookback to commit can be missed.
// The loop runs only while there are subscribers.
type Poller struct {
	graph    geokg.StatementReader
	interval time.Duration
	lookback time.Duration
	batch    int
	buffer   int
	log      *slog.Logger

	mu   sync.Mutex
	subs map[*subscriber]struct{}
	stop context.CancelFunc // ends the running loop; nil when none runs
}

type subscriber struct {
	f    geokg.RelationFilter
	from time.Time // statements created before it are not news to the subscriber
	ch   chan geokg.Statement
}

var _ geokg.StatementFeed = (*Poller)(nil)

// NewPoller returns a feed that polls g every interval (default 1s) and looks back
// lookback (default 10s) for late commits.
func NewPoller(g geokg.StatementReader, interval, lookback time.Duration, log *slog.Logger) *Poller {
	if interval <= 0 {
		interval = time.Second
	}
	if lookback <= 0 {
		lookback = 10 * time.Second
	}
	if log == nil {
		log = slog.Default()
	}
	return &Poller{graph: g, interval: interval, lookback: lookback, batch: 500, buffer: 256, log: log, subs: map[*subscriber]struct{}{}}
}

// Subscribe returns the statements matching f written from now on (see
// geokg.StatementFeed). A subscriber that lets 256 statements pile up is dropped: its
// channel is closed.
func (p *Poller) Subscribe(ctx context.Context, f geokg.RelationFilter) (<-chan geokg.Statement, error) {
	s := &subscriber{f: f, from: time.Now(), ch: make(chan geokg.Statement, p.buffer)}
	p.mu.Lock()
	p.subs[s] = struct{}{}
	if p.stop == nil {
		loopCtx, stop := context.WithCancel(context.Background())
		p.stop = stop
		go p.loop(loopCtx)
	}
	p.mu.Unlock()
	go func() {
		<-ctx.Done()
		p.drop(s)
	}()
	return s.ch, nil
}

// Subscribers returns how many subscriptions are open.
func (p *Poller) Subscribers() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.subs)
}

// drop removes a subscriber and closes its channel; the loop stops with the last one.
func (p *Poller) drop(s *subscriber) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.subs[s]; !ok {
		return
	}
	delete(p.subs, s)
	close(s.ch)
	if len(p.subs) == 0 && p.stop != nil {
		p.stop()
		p.stop = nil
	}
}

// loop polls until ctx ends.
func (p *Poller) loop(ctx context.Context) {
	// seen holds the statements of the lookback window delivered already, with their time.
	seen := map[string]time.Time{}
	high := time.Now() // the newest creation time seen
	failing := false   // whether the last poll failed, to log a failure once
	tick := time.NewTicker(p.interval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		since := high.Add(-p.lookback)
		cursor := geokg.StatementCursor{CreatedAt: since}
		for {
			sts, err := p.graph.Statements(ctx, geokg.RelationFilter{}, cursor, p.batch)
			if err != nil {
				if ctx.Err() == nil && !failing {
					p.log.WarnContext(ctx, "poll for new statements failed; retrying every interval", "err", err)
				}
				failing = true
				break
			}
			if failing {
				p.log.InfoContext(ctx, "poll for new statements works again")
				failing = false
			}
			for _, st := range sts {
				if _, ok := seen[st.Evidence.ID]; ok {
					continue
				}
				seen[st.Evidence.ID] = st.CreatedAt
				if st.CreatedAt.After(high) {
					high = st.CreatedAt
				}
				p.deliver(st)
			}
			if len(sts) < p.batch {
				break
			}
			cursor = sts[len(sts)-1].Cursor()
		}
		for id, at := range seen {
			if at.Before(since) {
				delete(seen, id)
			}
		}
	}
}

// deliver sends st to every subscriber it matches, dropping those that fall behind.
func (p *Poller) deliver(st geokg.Statement) {
	p.mu.Lock()
	var slow []*subscriber
	for s := range p.subs {
		if st.CreatedAt.Before(s.from) || !s.f.MatchStatement(st) {
			continue
		}
		select {
		case s.ch <- st:
		default:
			slow = append(slow, s)
		}
	}
	p.mu.Unlock()
	for _, s := range slow {
		p.log.Warn("dropping a subscriber that falls behind", "buffer", p.buffer)
		p.drop(s)
	}
}
