package server_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/ingest"
	"github.com/geokg/geokg/server"
)

// TestLoadAliasBombBesideNormalClients runs only with GEOKG_LOAD=1 (it takes
// GEOKG_LOAD_SECONDS, 10 by default): over loopback, GEOKG_LOAD_BOMBS clients (4; 0 for
// the baseline) send the largest accepted alias bomb (20 aliased searches) in a loop while
// 30 normal clients each run one small query after another. It checks that no normal request fails and prints p50/p99 per
// kind, the figures BENCHMARKS.md gives; it asserts no timings.
func TestLoadAliasBombBesideNormalClients(t *testing.T) {
	if os.Getenv("GEOKG_LOAD") != "1" {
		t.Skip("a load test: run with GEOKG_LOAD=1")
	}
	seconds := 10
	if _, err := fmt.Sscan(os.Getenv("GEOKG_LOAD_SECONDS"), &seconds); err != nil {
		seconds = 10
	}
	h, s := newServer(t, server.Config{})
	gz, err := gazetteer.Default()
	require.NoError(t, err)
	ingestExamples(t, &ingest.Pipeline{Extractor: extract.New(gz), Graph: s})
	srv := httptest.NewServer(h)
	defer srv.Close()

	type sample struct {
		took time.Duration
		ok   bool
		code int
	}
	var mu sync.Mutex
	got := map[string][]sample{}
	run := func(kind, key, body string, until time.Time, wg *sync.WaitGroup) {
		defer wg.Done()
		client := &http.Client{}
		for time.Now().Before(until) {
			req, _ := http.NewRequest(http.MethodPost, srv.URL+"/query", strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-API-Key", key) // each client is its own key
			began := time.Now()
			resp, err := client.Do(req)
			var b []byte
			code := 0
			if err == nil {
				b, _ = io.ReadAll(resp.Body)
				resp.Body.Close()
				code = resp.StatusCode
			}
			ok := err == nil && code == http.StatusOK && !strings.Contains(string(b), `"errors"`)
			mu.Lock()
			got[kind] = append(got[kind], sample{took: time.Since(began), ok: ok, code: code})
			mu.Unlock()
		}
	}
	bombs := 4 // GEOKG_LOAD_BOMBS=0 gives the baseline
	if _, err := fmt.Sscan(os.Getenv("GEOKG_LOAD_BOMBS"), &bombs); err != nil {
		bombs = 4
	}
	until := time.Now().Add(time.Duration(seconds) * time.Second)
	var wg sync.WaitGroup
	for i := range bombs {
		wg.Add(1)
		go run("alias bomb (20 searches)", fmt.Sprintf("bomb-%d", i), aliasBomb(20), until, &wg)
	}
	normal := map[string]string{
		"search":    `{"query":"{ search(text: \"Iran\", first: 5) { id name } }"}`,
		"relations": `{"query":"{ relations(first: 10) { totalCount edges { node { type subject { id } object { id } } } } }"}`,
		"stats":     `{"query":"{ stats { articles entities } }"}`,
	}
	kinds := []string{"search", "relations", "stats"}
	for i := range 30 {
		wg.Add(1)
		kind := kinds[i%len(kinds)]
		go run(kind, fmt.Sprintf("client-%d", i), normal[kind], until, &wg)
	}
	wg.Wait()

	for kind, ss := range got {
		var took []time.Duration
		failed := 0
		for _, s := range ss {
			took = append(took, s.took)
			if !s.ok {
				failed++
			}
		}
		slices.Sort(took)
		t.Logf("%-26s %6d requests, %d failed, p50 %v, p99 %v", kind, len(ss), failed,
			took[len(took)/2].Round(time.Millisecond), took[len(took)*99/100].Round(time.Millisecond))
		if _, isNormal := normal[kind]; isNormal {
			assert.Zero(t, failed, "%s: a normal client's request failed", kind)
		}
	}
}
