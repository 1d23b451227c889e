package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/geokg/geokg"
)

// maxGroupArticles bounds the articles that one grouped write transaction takes from the
// queue (a caller's own batch may be larger: it is then written alone).
const maxGroupArticles = 64

// writeReq is one caller of Write waiting for its extractions to be written, alone or
// with other callers' in one transaction.
type writeReq struct {
	ctx  context.Context // the caller's, with a deadline
	xs   []*geokg.Extraction
	b    *batch     // xs as Write built them: written as is when the caller goes alone
	done chan error // receives the outcome once; buffered
}

// writeGrouped writes req's extractions. Writes of this store run one transaction at a
// time (see Store.writing); callers that arrive while one runs queue, and whoever next
// takes the slot writes every queued caller's extractions in one transaction (a group
// commit), in arrival order, up to maxGroupArticles articles and never two callers
// writing the same article. Under concurrent ingestion a caller then waits for about one
// transaction, not for one per caller ahead of it; the graph ends as if the callers had
// written one after another.
//
// The group's transaction runs in its own goroutine with the latest deadline of its
// members, so no caller waits past its own deadline: a caller whose deadline passes while
// queued gets LIMIT_EXCEEDED and nothing of its is written; one whose deadline passes
// while its group is being written gets LIMIT_EXCEEDED too, and its write may still
// complete (writing the same extraction again changes nothing).
func (s *Store) writeGrouped(ctx context.Context, xs []*geokg.Extraction, b *batch) error {
	ctx, cancel := s.withTimeout(ctx)
	defer cancel()
	req := &writeReq{ctx: ctx, xs: xs, b: b, done: make(chan error, 1)}
	s.queueMu.Lock()
	s.queue = append(s.queue, req)
	s.queueMu.Unlock()
	for {
		select {
		case err := <-req.done:
			return err
		default:
		}
		select {
		case err := <-req.done:
			return err
		case s.writing <- struct{}{}:
			group := s.takeGroup()
			if len(group) == 0 { // a group under way holds req
				<-s.writing
				select {
				case err := <-req.done:
					return err
				case <-ctx.Done():
					return classify(ctx, fmt.Errorf("write under way: %w", ctx.Err()))
				}
			}
			go func() {
				defer func() { <-s.writing }()
				s.writeGroup(group, s.writeBatch)
			}()
		case <-ctx.Done():
			if s.dequeue(req) {
				return classify(ctx, fmt.Errorf("wait for the other writes: %w", ctx.Err()))
			}
			return classify(ctx, fmt.Errorf("write under way: %w", ctx.Err()))
		}
	}
}

// takeGroup removes from the queue and returns the callers the next transaction writes:
// the first caller waiting, then the following ones in order while the articles stay
// within maxGroupArticles and no article repeats (a caller skipped stays queued, ahead of
// later arrivals). Callers whose deadline has passed are answered and dropped.
func (s *Store) takeGroup() []*writeReq {
	s.queueMu.Lock()
	defer s.queueMu.Unlock()
	var group, left []*writeReq
	taken := map[string]bool{}
	n := 0
	for _, r := range s.queue {
		if err := r.ctx.Err(); err != nil {
			r.done <- classify(r.ctx, fmt.Errorf("wait for the other writes: %w", err))
			continue
		}
		ids := r.b.articleIDs
		fits := len(group) == 0 || n+len(ids) <= maxGroupArticles
		for _, id := range ids {
			if taken[id] {
				fits = false
			}
		}
		if !fits {
			left = append(left, r)
			continue
		}
		for _, id := range ids {
			taken[id] = true
		}
		n += len(ids)
		group = append(group, r)
	}
	s.queue = left
	return group
}

// dequeue removes r from the queue and reports whether it was still there.
func (s *Store) dequeue(r *writeReq) bool {
	s.queueMu.Lock()
	defer s.queueMu.Unlock()
	for i, q := range s.queue {
		if q == r {
			s.queue = append(s.queue[:i], s.queue[i+1:]...)
			return true
		}
	}
	return false
}

// writeGroup writes the group's extractions with write, in one transaction, and tells
// every member the outcome. When a group of several fails for a reason other than the
// database's state (unavailable, a deadline), each member is written alone, so that one
// caller's article that cannot be written fails only that caller.
func (s *Store) writeGroup(group []*writeReq, write func(context.Context, *batch) error) {
	var xs []*geokg.Extraction
	deadline := time.Time{}
	for _, r := range group {
		xs = append(xs, r.xs...)
		if d, ok := r.ctx.Deadline(); ok && d.After(deadline) {
			deadline = d
		}
	}
	ctx, cancel := context.WithDeadline(context.WithoutCancel(group[0].ctx), deadline)
	defer cancel()
	b := group[0].b
	var err error
	if len(group) > 1 {
		b, err = newBatch(xs)
	}
	if err == nil {
		err = write(ctx, b)
	}
	if err == nil || len(group) == 1 || !alone(err) {
		for _, r := range group {
			r.done <- err
		}
		return
	}
	for _, r := range group {
		r.done <- write(r.ctx, r.b)
	}
}

// alone reports whether a failed group is worth writing member by member: not when the
// database is unavailable or the time is up, which would fail each member as well.
func alone(err error) bool {
	var ge *geokg.Error
	if errors.As(err, &ge) {
		return ge.Code != geokg.CodeUnavailable && ge.Code != geokg.CodeLimitExceeded
	}
	return !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled)
}
