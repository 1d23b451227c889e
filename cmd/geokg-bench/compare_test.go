package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/internal/proccpu"
)

// TestCompareSmoke runs the harness briefly on a small seeded graph, without the peer:
// every read answers through geokg and through the floor with no error, at 1 and 2
// clients, and through each of layers' layers. It checks that the harness works, not how
// fast anything is.
func TestCompareSmoke(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	require.NoError(t, seed(ctx, s, 300, 100, 1, func(int) {}))
	addr, shutdown, err := serveGeokg(s)
	require.NoError(t, err)
	defer shutdown()
	var out bytes.Buffer
	require.NoError(t, compare(ctx, &out, s, "http://"+addr+"/query", "", []int{1, 2}, 100*time.Millisecond, 1, benchReads, CPU{Neo4j: proccpu.LocalNeo4j()}))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 1+len(benchReads)*2*2, out.String())
	for _, l := range lines[1:] {
		f := strings.Fields(l)
		require.GreaterOrEqual(t, len(f), 10, l)
		assert.Equal(t, "0", f[len(f)-7], "no errors: %s", l)
		assert.NotEqual(t, "-", f[len(f)-3], "this process's CPU per request: %s", l)
		assert.Equal(t, "-", f[len(f)-1], "no peer, no peer CPU: %s", l)
	}
	assert.Contains(t, out.String(), "neighborhood")

	// layers on the same graph: every read through every layer, the store's part and
	// the rest of geokg's requests given.
	out.Reset()
	require.NoError(t, layers(ctx, &out, s, 2, 1, benchReads, proccpu.LocalNeo4j()))
	lines = strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 1+len(benchReads)*4, out.String())
	for _, l := range lines[1:] {
		f := strings.Fields(l)
		require.Len(t, f, 7, l)
		if f[1] == "geokg" || f[1] == "handler" {
			assert.NotEqual(t, "-", f[3], "the store's part: %s", l)
		}
	}
}

// TestSeedIsSeeded: the same seed gives the same articles, another seed others.
func TestSeedIsSeeded(t *testing.T) {
	a, b, c := seedExtractions(20, 7), seedExtractions(20, 7), seedExtractions(20, 8)
	assert.Equal(t, a, b)
	assert.NotEqual(t, a[3].Relations, c[3].Relations)
	for _, x := range a {
		require.NoError(t, x.Validate())
	}
}
