package server_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/server"
	"github.com/geokg/geokg/store"
)

// TestNeo4jStoppedUnderServe: Neo4j goes away under a running server (a proxy in front
// of it stops): queries answer UNAVAILABLE, retryable, and the server comes back by
// itself when Neo4j does, with nothing restarted.
func TestNeo4jStoppedUnderServe(t *testing.T) {
	neo4jtest.Open(t) // the lock, and a skip without Neo4j
	proxy := neo4jtest.NewProxy(t)
	cfg := neo4jtest.Config()
	cfg.URI = proxy.URI()
	cfg.ProbeInterval = 10 * time.Millisecond
	s, err := store.Open(cfg)
	require.NoError(t, err)
	defer s.Close(context.Background())
	h := wire(server.Config{}, s, nil)
	const stats = `{"query":"{ stats { articles } }"}`
	require.Contains(t, postQuery(t, h, stats, nil).Body.String(), `"articles"`)

	proxy.Stop()
	for range 3 {
		body := postQuery(t, h, stats, nil).Body.String()
		assert.Contains(t, body, `"code":"UNAVAILABLE"`)
		assert.Contains(t, body, `"retryable":true`)
	}

	proxy.Start()
	var body string
	for range 200 { // until the next probe finds Neo4j back
		if body = postQuery(t, h, stats, nil).Body.String(); !strings.Contains(body, "UNAVAILABLE") {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	assert.Contains(t, body, `"articles"`, "back by itself")
}
