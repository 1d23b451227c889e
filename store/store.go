// Package store is geokg's graph store over Neo4j: schema setup, writes of extractions,
// and the read queries of the API. It is the only package that imports the Neo4j driver
// and the only place where Cypher is written; records are translated into domain types
// before they leave it.
package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/geokg/geokg"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string // bolt://127.0.0.1:7687 when empty
	User     string
	Password string
	Database string // the server's default database when empty
	// QueryTimeout bounds every transaction when the caller's context has no deadline
	// (default 30s); it is sent to Neo4j as the transaction timeout.
	QueryTimeout time.Duration
	// MaxConnections caps the driver's connection pool (default 50).
	MaxConnections int
	// Logger receives driver-level problems; slog.Default() when nil.
	Logger *slog.Logger
	// QueryObserver, when set, is told the time and the error of every query (metrics).
	QueryObserver func(took time.Duration, err error)
	// AcquireObserver, when set, is told how long each transaction waited for its
	// connection (from the session's start to the transaction's first statement: pool
	// acquisition and BEGIN), for metrics.
	AcquireObserver func(waited time.Duration)
	// ProbeInterval: once Neo4j is known to be unreachable (a query or Ping could not
	// reach it), queries fail at once with UNAVAILABLE and one of them at most every
	// ProbeInterval checks whether it is back, for at most a second (default 1s).
	ProbeInterval time.Duration
}

// Store is the Neo4j graph store. It implements geokg.Graph and is safe for concurrent use.
type Store struct {
	driver  neo4j.DriverWithContext
	db      string
	timeout time.Duration
	log     *slog.Logger
	queries atomic.Int64

	// down is set while Neo4j is known to be unreachable; probeMu serialises the checks
	// of whether it is back, probed is when the last one ran.
	down          atomic.Bool
	probeMu       sync.Mutex
	probed        time.Time
	probeInterval time.Duration
	observer      func(time.Duration, error)

	// The pool's use as the store sees it: sessions running a transaction, sessions
	// waiting for their connection, and the pool's size.
	inUse, waiting atomic.Int64
	poolSize       int
	acquired       func(time.Duration)

	// writing admits one write transaction of this store at a time: concurrent writers
	// touching the same entities (every article about Iran merges the node of Iran) would
	// otherwise deadlock in Neo4j and spend their deadline retrying.
	writing chan struct{}
	// queue holds the callers of Write waiting for the slot, in arrival order; whoever
	// takes the slot writes them together (see writeGrouped).
	queueMu sync.Mutex
	queue   []*writeReq

	// bookmarks chains every transaction of the store after the ones it committed before,
	// so that behind a neo4j:// routing URI a read that follows a write sees it (on a
	// cluster, reads may go to a follower; see docs/scaling.md).
	bookmarks neo4j.BookmarkManager

	// statements, when set (by tests), is told every statement a transaction runs.
	statements func(cypher string, params map[string]any)
}

var _ geokg.Graph = (*Store)(nil)

// DefaultURI is the local Neo4j that `make neo4j-up` starts.
const DefaultURI = "bolt://127.0.0.1:7687"

// Open creates a store for cfg. It does not contact the server; call Ping for that. It
// fails with INVALID_ARGUMENT when the URI is malformed.
func Open(cfg Config) (*Store, error) {
	if cfg.URI == "" {
		cfg.URI = DefaultURI
	}
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = 30 * time.Second
	}
	if cfg.MaxConnections <= 0 {
		cfg.MaxConnections = 50
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.MaxConnectionPoolSize = cfg.MaxConnections
		c.ConnectionAcquisitionTimeout = 10 * time.Second
		c.SocketConnectTimeout = 5 * time.Second
		// Short: a database that cannot be reached is known down within seconds (see
		// available), and writes retry conflicts themselves until their deadline.
		c.MaxTransactionRetryTime = 3 * time.Second
	})
	if err != nil {
		return nil, geokg.WrapError(geokg.CodeInvalidArgument, err, fmt.Sprintf("neo4j uri %q", cfg.URI))
	}
	if cfg.ProbeInterval <= 0 {
		cfg.ProbeInterval = time.Second
	}
	return &Store{driver: driver, bookmarks: neo4j.NewBookmarkManager(neo4j.BookmarkManagerConfig{}), db: cfg.Database, timeout: cfg.QueryTimeout, log: cfg.Logger, probeInterval: cfg.ProbeInterval,
		observer: cfg.QueryObserver, acquired: cfg.AcquireObserver, poolSize: cfg.MaxConnections,
		writing: make(chan struct{}, 1)}, nil
}

// Ping checks that Neo4j answers a query. It fails with UNAVAILABLE when it does not.
func (s *Store) Ping(ctx context.Context) error {
	ctx, cancel := s.withTimeout(ctx)
	defer cancel()
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		if unreachable(ctx, err) {
			s.markDown()
		}
		return classify(ctx, fmt.Errorf("ping: %w", err))
	}
	s.down.Store(false)
	return nil
}

// errDown is the answer while Neo4j is known to be unreachable.
var errDown = errors.New("neo4j is known to be unreachable")

// markDown records that Neo4j is unreachable, as just checked; it reports whether it was
// thought reachable before.
func (s *Store) markDown() bool {
	s.probeMu.Lock()
	defer s.probeMu.Unlock()
	if s.down.Load() {
		return false
	}
	s.probed = time.Now()
	s.down.Store(true)
	return true
}

// available fails at once with UNAVAILABLE while Neo4j is known to be unreachable, except
// that every probeInterval one caller checks, for at most a second, whether it is back.
func (s *Store) available(ctx context.Context) error {
	if !s.down.Load() {
		return nil
	}
	s.probeMu.Lock()
	defer s.probeMu.Unlock()
	if !s.down.Load() {
		return nil
	}
	if time.Since(s.probed) < s.probeInterval {
		return geokg.WrapError(geokg.CodeUnavailable, errDown, "graph database unavailable")
	}
	s.probed = time.Now()
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return geokg.WrapError(geokg.CodeUnavailable, fmt.Errorf("%w: probe: %w", errDown, err), "graph database unavailable")
	}
	s.down.Store(false)
	s.log.Info("neo4j is reachable again")
	return nil
}

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("close neo4j driver: %w", err)
	}
	return nil
}

// PoolUse returns how many of the driver's pooled connections transactions hold now
// (inUse), how many transactions wait for one (waiting: pool acquisition and BEGIN), and
// the pool's size. The driver does not publish its pool, so the store counts around its
// sessions.
func (s *Store) PoolUse() (inUse, waiting, size int) {
	return int(s.inUse.Load()), int(s.waiting.Load()), s.poolSize
}

// QueryCount returns how many Cypher queries the store has sent since it was opened. The
// API's tests use it to prove that a request costs a bounded number of queries.
func (s *Store) QueryCount() int64 { return s.queries.Load() }

// withTimeout gives ctx the store's default deadline when it has none.
func (s *Store) withTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Deadline(); ok {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, s.timeout)
}

// txTimeout is the transaction timeout passed to Neo4j: what is left of ctx's deadline.
func txTimeout(ctx context.Context) time.Duration {
	if d, ok := ctx.Deadline(); ok {
		if left := time.Until(d); left > time.Millisecond {
			return left
		}
		return time.Millisecond
	}
	return 0
}

// read runs work in a managed read transaction.
func (s *Store) read(ctx context.Context, work func(tx *tx) error) error {
	return s.run(ctx, neo4j.AccessModeRead, work)
}

// write runs work in a managed write transaction, one at a time (see Store.writing),
// retried by the driver on transient errors.
// Past the driver's own retries, a write that keeps meeting transient conflicts (deadlocks)
// is tried again with growing pauses until ctx's deadline: a write is not dropped under
// load while time is left.
func (s *Store) write(ctx context.Context, work func(tx *tx) error) error {
	ctx, cancel := s.withTimeout(ctx)
	defer cancel()
	select {
	case s.writing <- struct{}{}:
		defer func() { <-s.writing }()
	case <-ctx.Done():
		return classify(ctx, fmt.Errorf("wait for the other writes: %w", ctx.Err()))
	}
	return s.writeHeld(ctx, work)
}

// writeHeld is write for a caller that holds the write slot.
func (s *Store) writeHeld(ctx context.Context, work func(tx *tx) error) error {
	ctx, cancel := s.withTimeout(ctx)
	defer cancel()
	for attempt := 0; ; attempt++ {
		err := s.run(ctx, neo4j.AccessModeWrite, work)
		if err == nil || !conflict(err) || ctx.Err() != nil {
			return err
		}
		pause := min(50*time.Millisecond<<attempt, 2*time.Second)
		pause += time.Duration(rand.Int64N(int64(pause))) // jitter, so that writers part ways
		select {
		case <-time.After(pause):
		case <-ctx.Done():
			return err
		}
	}
}

// conflict reports whether err is a transient conflict between transactions (a deadlock,
// a lock wait that timed out), which the driver retried until its limit.
func conflict(err error) bool {
	var ne *neo4j.Neo4jError
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		err = limit.Errors[len(limit.Errors)-1]
	}
	return errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.TransientError.Transaction")
}

func (s *Store) run(ctx context.Context, mode neo4j.AccessMode, work func(tx *tx) error) error {
	if err := s.available(ctx); err != nil {
		return err
	}
	ctx, cancel := s.withTimeout(ctx)
	defer cancel()
	began := time.Now()
	s.waiting.Add(1)
	holding := false // from the first attempt's first statement to the session's end
	defer func() {
		if holding {
			s.inUse.Add(-1)
		} else {
			s.waiting.Add(-1)
		}
	}()
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: mode, BookmarkManager: s.bookmarks})
	defer session.Close(context.WithoutCancel(ctx))
	fn := func(mtx neo4j.ManagedTransaction) (any, error) {
		if !holding {
			holding = true
			s.waiting.Add(-1)
			s.inUse.Add(1)
			if s.acquired != nil {
				s.acquired(time.Since(began))
			}
		}
		return nil, work(&tx{ctx: ctx, mtx: mtx, store: s})
	}
	var err error
	if mode == neo4j.AccessModeRead {
		_, err = session.ExecuteRead(ctx, fn, neo4j.WithTxTimeout(txTimeout(ctx)))
	} else {
		_, err = session.ExecuteWrite(ctx, fn, neo4j.WithTxTimeout(txTimeout(ctx)))
	}
	if err != nil {
		if unreachable(ctx, err) && s.markDown() {
			s.log.Warn("neo4j is unreachable: queries fail at once until it is back", "err", err)
		}
		return classify(ctx, err)
	}
	return nil
}

// unreachable reports whether err says that Neo4j could not be reached at all (refused,
// lost), as opposed to a query that failed or timed out on a live server. A connection
// lost once ctx is done is not counted: the driver reports a deadline or a cancelled
// request as a connectivity error.
func unreachable(ctx context.Context, err error) bool {
	msg := err.Error()
	if strings.Contains(msg, "connection refused") || strings.Contains(msg, "no such host") {
		return true
	}
	var conn *neo4j.ConnectivityError
	return ctx.Err() == nil && (errors.As(err, &conn) || lostConnection(err))
}

// tx is a managed transaction that counts its queries and collects their records.
type tx struct {
	ctx   context.Context
	mtx   neo4j.ManagedTransaction
	store *Store
}

// collect runs one query and returns its records. It reads them one by one rather than
// with the driver's Collect, which makes room for 1,024 records (8 KB, cleared) for
// every query, a lookup of one entity included.
func (t *tx) collect(cypher string, params map[string]any) (recs []*neo4j.Record, err error) {
	defer t.observe(cypher, time.Now(), &err)
	if t.store.statements != nil {
		t.store.statements(cypher, params)
	}
	res, err := t.mtx.Run(t.ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	for res.Next(t.ctx) {
		recs = append(recs, res.Record())
	}
	if err := res.Err(); err != nil {
		return nil, err
	}
	return recs, nil
}

// collectAll is collect through the driver's Collect, as a program that uses the driver
// plainly reads a result: the floor reads (Floor) keep it, so that their figures stay
// what they were.
func (t *tx) collectAll(cypher string, params map[string]any) (recs []*neo4j.Record, err error) {
	defer t.observe(cypher, time.Now(), &err)
	res, err := t.mtx.Run(t.ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(t.ctx)
}

// exec runs one query and discards its records.
func (t *tx) exec(cypher string, params map[string]any) (err error) {
	defer t.observe(cypher, time.Now(), &err)
	if t.store.statements != nil {
		t.store.statements(cypher, params)
	}
	res, err := t.mtx.Run(t.ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(t.ctx)
	return err
}

// schemaChange runs one schema statement and returns how many constraints and indexes
// it created.
func (t *tx) schemaChange(cypher string) (n int, err error) {
	defer t.observe(cypher, time.Now(), &err)
	res, err := t.mtx.Run(t.ctx, cypher, nil)
	if err != nil {
		return 0, err
	}
	sum, err := res.Consume(t.ctx)
	if err != nil {
		return 0, err
	}
	return sum.Counters().ConstraintsAdded() + sum.Counters().IndexesAdded(), nil
}

// observe counts a query, tells the store's observer and logs its duration at debug
// level; err points at the query's error, read when it is done.
func (t *tx) observe(cypher string, began time.Time, err *error) {
	t.store.queries.Add(1)
	if t.store.observer != nil {
		t.store.observer(time.Since(began), *err)
	}
	if t.store.log.Enabled(t.ctx, slog.LevelDebug) {
		first, _, _ := strings.Cut(cypher, "\n")
		t.store.log.DebugContext(t.ctx, "cypher", "took", time.Since(began).Round(time.Microsecond), "query", first)
	}
}

// classify turns driver errors into domain errors with a code, keeping the cause.
func classify(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	var ge *geokg.Error
	var conn *neo4j.ConnectivityError
	var limit *neo4j.TransactionExecutionLimit
	switch {
	case errors.As(err, &ge):
		return err
	case strings.Contains(err.Error(), "Timeout while waiting for connection"), strings.Contains(err.Error(), "No idle connections"):
		return geokg.WrapError(geokg.CodeUnavailable, err, "graph database busy: no free connection")
	case strings.Contains(err.Error(), "Pool closed"), strings.Contains(err.Error(), "closed driver"):
		return geokg.WrapError(geokg.CodeUnavailable, err, "server shutting down")
	case strings.Contains(err.Error(), "connection refused"), strings.Contains(err.Error(), "dial tcp"):
		// Checked before the deadline: a database that cannot be dialled is unavailable,
		// even when the deadline passed while the driver was retrying.
		return geokg.WrapError(geokg.CodeUnavailable, err, "graph database unavailable")
	case errors.As(err, &limit) && !deadlinePassed(ctx):
		// The driver retried a transient failure (a deadlock, a lost connection) until
		// its retry time ran out: the next try may well succeed.
		return geokg.WrapError(geokg.CodeUnavailable, err, "graph database busy: retries ran out")
	case errors.Is(err, context.DeadlineExceeded) || deadlinePassed(ctx):
		// The driver reports a deadline met while reading as a connectivity error too, and
		// one met during the Bolt handshake as a refused protocol version.
		return geokg.WrapError(geokg.CodeLimitExceeded, err, "query timeout exceeded")
	case errors.Is(err, context.Canceled):
		return geokg.WrapError(geokg.CodeUnavailable, err, "request cancelled")
	case errors.As(err, &conn), lostConnection(err):
		return geokg.WrapError(geokg.CodeUnavailable, err, "graph database unavailable")
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		switch {
		case strings.Contains(ne.Code, "TransactionTimedOut"), strings.Contains(ne.Code, "Transaction.Terminated"):
			return geokg.WrapError(geokg.CodeLimitExceeded, err, "query timeout exceeded")
		case strings.Contains(ne.Code, "MemoryPoolOutOfMemory"):
			return geokg.WrapError(geokg.CodeLimitExceeded, err, "query needs more memory than allowed")
		case strings.HasPrefix(ne.Code, "Neo.TransientError"), strings.Contains(ne.Code, "DatabaseUnavailable"):
			return geokg.WrapError(geokg.CodeUnavailable, err, "graph database unavailable")
		}
	}
	return err
}

// deadlinePassed reports whether ctx's deadline has passed. It asks the clock as well as
// ctx.Err: a socket deadline set from ctx's fires at the same instant as ctx's own timer
// and may be seen first.
func deadlinePassed(ctx context.Context) bool {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return true
	}
	d, ok := ctx.Deadline()
	return ok && !time.Now().Before(d)
}

// lostConnection reports whether err is a connection that broke under a query: the
// server went away (EOF, reset, broken pipe) or the network failed.
func lostConnection(err error) bool {
	var netErr net.Error
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.EPIPE) || errors.Is(err, net.ErrClosed) || errors.As(err, &netErr) && !netErr.Timeout()
}
