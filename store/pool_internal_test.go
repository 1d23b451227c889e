package store

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPoolUse: a transaction holds a pooled connection while it runs and gives it back
// when it ends; its wait for the connection is reported once (the pool's use in /metrics).
func TestPoolUse(t *testing.T) {
	var waits []time.Duration
	s, err := Open(Config{URI: testURI(), User: envOr("NEO4J_USER", "neo4j"), Password: envOr("NEO4J_PASSWORD", "geokg-dev"),
		MaxConnections: 7, AcquireObserver: func(d time.Duration) { waits = append(waits, d) }})
	require.NoError(t, err)
	defer s.Close(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.Ping(ctx); err != nil {
		skipOrFail(t, err)
	}
	var during [3]int
	require.NoError(t, s.read(ctx, func(tx *tx) error {
		during[0], during[1], during[2] = s.PoolUse()
		_, err := tx.collect("RETURN 1", nil)
		return err
	}))
	assert.Equal(t, [3]int{1, 0, 7}, during, "in use, waiting, size while the transaction runs")
	inUse, waiting, size := s.PoolUse()
	assert.Equal(t, [3]int{0, 0, 7}, [3]int{inUse, waiting, size}, "after it")
	assert.Len(t, waits, 1)
}
