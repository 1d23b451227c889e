package store

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
)

// TestDeadlineBecomesTransactionTimeout runs a query far slower than its deadline: the
// store must give up with LIMIT_EXCEEDED instead of waiting for the query.
func TestDeadlineBecomesTransactionTimeout(t *testing.T) {
	s, err := Open(Config{URI: testURI()})
	require.NoError(t, err)
	defer s.Close(context.Background())
	if err := s.Ping(context.Background()); err != nil {
		skipOrFail(t, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	assert.Equal(t, 300*time.Millisecond, txTimeout(ctx).Round(100*time.Millisecond), "the deadline left is the transaction timeout")
	err = s.read(ctx, func(t *tx) error {
		_, err := t.collect("UNWIND range(1, 2000000000) AS x RETURN count(x) AS n", nil)
		return err
	})
	require.Error(t, err)
	assert.Equal(t, geokg.CodeLimitExceeded, geokg.ErrorCode(err), "%v", err)
	assert.Equal(t, "query timeout exceeded", geokg.ErrorMessage(err))
}

func TestUnreachableNeo4jIsUnavailable(t *testing.T) {
	s, err := Open(Config{URI: "bolt://127.0.0.1:1"})
	require.NoError(t, err)
	defer s.Close(context.Background())
	_, err = s.Stats(context.Background())
	assert.Equal(t, geokg.CodeUnavailable, geokg.ErrorCode(err), "%v", err)
	assert.Equal(t, geokg.CodeUnavailable, geokg.ErrorCode(s.Ping(context.Background())))
}
