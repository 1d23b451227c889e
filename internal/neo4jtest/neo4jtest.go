// Package neo4jtest gives integration tests a real, empty Neo4j graph store.
//
// Tests reach the Neo4j that `make neo4j-up` starts (or NEO4J_URI). Where it cannot be
// reached the test is skipped with the command that starts it, except under CI=true,
// where it fails. Neo4j Community has one user database, so test processes that use it
// take turns: the first call in a process takes an exclusive lock on a file that other
// test processes wait for, and wipes the graph.
package neo4jtest

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/geokg/geokg/store"
)

var (
	lockOnce sync.Once
	lockErr  error
	// lockFile holds the lock for the life of the process; were it unreachable, its
	// finalizer would close it and release the lock.
	//lint:ignore U1000 it is kept for its open file, never read
	lockFile *os.File
)

// Config returns the store configuration that tests use, from NEO4J_URI, NEO4J_USER,
// NEO4J_PASSWORD and NEO4J_DATABASE.
func Config() store.Config {
	return store.Config{
		URI:          os.Getenv("NEO4J_URI"),
		User:         envOr("NEO4J_USER", "neo4j"),
		Password:     envOr("NEO4J_PASSWORD", "geokg-dev"),
		Database:     os.Getenv("NEO4J_DATABASE"),
		QueryTimeout: 60 * time.Second,
	}
}

// Open returns a migrated store over an empty graph, closed when the test ends. It skips
// the test when Neo4j is not reachable (fails under CI=true).
func Open(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(Config())
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Ping(ctx); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("neo4j is not reachable under CI=true: %v", err)
		}
		t.Skipf("neo4j is not reachable (%v); start it with `make neo4j-up`", err)
	}
	lockOnce.Do(func() { lockErr = lockProcess() })
	if lockErr != nil {
		t.Fatalf("lock the test database: %v", lockErr)
	}
	if err := s.Reset(context.Background()); err != nil {
		t.Fatalf("reset graph: %v", err)
	}
	if _, err := s.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	return s
}

// lockProcess blocks until this process holds the shared test lock; the lock is released
// when the process exits.
func lockProcess() error {
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "geokg-neo4j-test.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return err
	}
	lockFile = f
	return nil
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
