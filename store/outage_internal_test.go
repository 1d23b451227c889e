package store

import (
	"context"
	"net"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
)

// TestKnownDownFailsFast: once Neo4j is known to be unreachable, a query answers
// UNAVAILABLE at once, without dialling again (before, each one retried for up to 15 s).
func TestKnownDownFailsFast(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	var dials atomic.Int64
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			dials.Add(1)
			_ = c.Close() // a server that hangs up at once
		}
	}()
	s, err := Open(Config{URI: "bolt://" + ln.Addr().String(), ProbeInterval: time.Hour})
	require.NoError(t, err)
	defer s.Close(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	require.Error(t, s.Ping(ctx))
	before := dials.Load()

	_, err = s.Stats(context.Background())
	assert.Equal(t, geokg.CodeUnavailable, geokg.ErrorCode(err))
	assert.Equal(t, "graph database unavailable", geokg.ErrorMessage(err))
	assert.ErrorIs(t, err, errDown)
	assert.Equal(t, before, dials.Load(), "no new connection attempt while Neo4j is known down")
}

// TestComesBackByItself: when Neo4j answers again, the next probe finds it and queries
// run again, with nothing restarted.
func TestComesBackByItself(t *testing.T) {
	var observed atomic.Int64
	s, err := Open(Config{URI: testURI(), User: "neo4j", Password: envOr("NEO4J_PASSWORD", "geokg-dev"), ProbeInterval: time.Nanosecond,
		QueryObserver: func(time.Duration, error) { observed.Add(1) }})
	require.NoError(t, err)
	defer s.Close(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Ping(ctx); err != nil {
		skipOrFail(t, err)
	}
	s.down.Store(true) // as after an outage
	_, err = s.Stats(ctx)
	require.NoError(t, err)
	assert.False(t, s.down.Load())
	assert.Equal(t, s.QueryCount(), observed.Load(), "the observer (metrics) hears of every query")
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
