package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/assert"

	"github.com/geokg/geokg"
)

// TestTransientIsNotInternal: failures that a retry may cure (retries run out on a
// deadlock, a full pool, a lost connection, a driver closing at shutdown) answer
// UNAVAILABLE, not INTERNAL, and keep their cause for the log.
func TestTransientIsNotInternal(t *testing.T) {
	deadlock := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock"}
	tests := []struct {
		name string
		err  error
		code geokg.Code
		says string
	}{
		{"retries ran out on a deadlock", &neo4j.TransactionExecutionLimit{Cause: "timeout (10s)", Errors: []error{deadlock, deadlock}}, geokg.CodeUnavailable, "graph database busy: retries ran out"},
		{"a deadlock", fmt.Errorf("write: %w", deadlock), geokg.CodeUnavailable, "graph database unavailable"},
		{"a lost connection, wrapped", fmt.Errorf("relations: %w", &neo4j.ConnectivityError{Inner: io.EOF}), geokg.CodeUnavailable, "graph database unavailable"},
		{"reset by the server", fmt.Errorf("read: %w", syscall.ECONNRESET), geokg.CodeUnavailable, "graph database unavailable"},
		{"pool full", errors.New("Timeout while waiting for connection to any of [127.0.0.1:7687]: context deadline"), geokg.CodeUnavailable, "graph database busy: no free connection"},
		{"driver closed at shutdown", &neo4j.UsageError{Message: "Trying to create session on closed driver"}, geokg.CodeUnavailable, "server shutting down"},
		{"a bug", errors.New("unexpected record shape"), geokg.CodeInternal, "internal error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := classify(context.Background(), tt.err)
			assert.Equal(t, tt.code, geokg.ErrorCode(got))
			assert.Equal(t, tt.says, geokg.ErrorMessage(got))
			assert.ErrorIs(t, got, tt.err, "the cause is kept")
		})
	}
}

// TestDeadlineIsATimeout: whatever the driver says when the request's deadline has
// passed (a handshake cut short reads as a refused protocol version, and the socket's
// deadline may fire before the context's timer), the answer is the query timeout.
func TestDeadlineIsATimeout(t *testing.T) {
	handshake := errors.New("server did not accept any of the requested Bolt versions")
	passed, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Millisecond))
	defer cancel()
	var notYet context.Context = deadlineOnly{time.Now().Add(-time.Millisecond)} // the timer has not fired
	for name, ctx := range map[string]context.Context{"context done": passed, "timer not yet fired": notYet} {
		got := classify(ctx, fmt.Errorf("entities: %w", handshake))
		assert.Equal(t, geokg.CodeLimitExceeded, geokg.ErrorCode(got), name)
		assert.Equal(t, "query timeout exceeded", geokg.ErrorMessage(got), name)
		assert.ErrorIs(t, got, handshake, "the cause is kept")
	}
	got := classify(context.Background(), handshake)
	assert.Equal(t, geokg.CodeInternal, geokg.ErrorCode(got), "without a deadline it is a bug")
}

// deadlineOnly is a context whose deadline has passed but whose Err is still nil, as
// between a socket deadline firing and the context's timer.
type deadlineOnly struct{ d time.Time }

func (c deadlineOnly) Deadline() (time.Time, bool) { return c.d, true }
func (deadlineOnly) Done() <-chan struct{}         { return nil }
func (deadlineOnly) Err() error                    { return nil }
func (deadlineOnly) Value(any) any                 { return nil }

// TestConflictIsRetried: the writes' own retry takes deadlocks and lock timeouts, also
// when the driver's retries ran out on them, and nothing else.
func TestConflictIsRetried(t *testing.T) {
	deadlock := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected"}
	for err, want := range map[error]bool{
		deadlock:                          true,
		fmt.Errorf("write: %w", deadlock): true,
		&neo4j.TransactionExecutionLimit{Errors: []error{deadlock}}:                                true,
		&neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.LockClientStopped"}:                true,
		&neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed"}:               false,
		&neo4j.TransactionExecutionLimit{Errors: []error{&neo4j.ConnectivityError{Inner: io.EOF}}}: false,
		errors.New("bug"): false,
	} {
		assert.Equal(t, want, conflict(err), "%v", err)
	}
}
