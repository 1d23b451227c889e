package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/internal/neo4jtest"
)

// TestMain runs geokg's main instead of the tests when GEOKG_TEST_MAIN=1, so that a test
// can start the real command, signal handling included, as a process of its own.
func TestMain(m *testing.M) {
	if os.Getenv("GEOKG_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// TestServeStopsGracefullyOnSIGTERM: `geokg serve` (this test binary running main, with a
// real Neo4j) gets SIGTERM while 30 clients keep it busy with reads and ingests. Every
// request it had accepted is answered whole and without error (those in flight at the
// signal included, and every article an ingest answered for is in the graph); after the
// signal new connections are refused (a dial error, never a 5xx or a cut answer); the
// process exits with 0, which it does only when its requests finished within
// --shutdown-timeout.
func TestServeStopsGracefullyOnSIGTERM(t *testing.T) {
	s := neo4jtest.Open(t) // an empty, migrated graph; also skips without Neo4j
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())

	cfg := neo4jtest.Config()
	var logs bytes.Buffer
	cmd := exec.Command(os.Args[0], "serve", "--addr", addr, "--shutdown-timeout", "20s")
	cmd.Env = append(os.Environ(), "GEOKG_TEST_MAIN=1", "NEO4J_URI="+cfg.URI, "NEO4J_USER="+cfg.User, "NEO4J_PASSWORD="+cfg.Password)
	cmd.Stdout, cmd.Stderr = &logs, &logs
	require.NoError(t, cmd.Start())
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
		}
	})
	base := "http://" + addr
	ready := false
	for range 600 { // the gazetteer and the syntax model load first
		if resp, err := http.Get(base + "/readyz"); err == nil {
			resp.Body.Close()
			if ready = resp.StatusCode == http.StatusOK; ready {
				break
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	require.True(t, ready, "serve did not get ready: %s", logs.String())

	type outcome struct {
		kind          string
		began, ended  time.Time
		status        int
		err           error // no answer
		cut           error // an answer cut short
		body          string
		ingestedArtID string
	}
	var mu sync.Mutex
	var outcomes []outcome
	stop := make(chan struct{})
	var wg sync.WaitGroup
	reads := []string{
		`{ stats { articles entities relations } }`,
		`{ search(text: "Iran", first: 5) { id name } }`,
		`{ relations(first: 20) { totalCount edges { node { type subject { id } object { id } evidence(first: 3) { sentence } } } } }`,
	}
	const ingest = `mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id } } }`
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// One connection a request: a request after the signal dials a closed listener.
			client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				kind, body := "read", map[string]any{"query": reads[(i+n)%len(reads)]}
				if i < 5 {
					kind = "ingest"
					body = map[string]any{"query": ingest, "variables": map[string]any{"in": map[string]any{
						"text": fmt.Sprintf("Albania accused Iran of cyberattack %d-%d. The United States condemned Iran.", i, n)}}}
				}
				b, _ := json.Marshal(body)
				req, _ := http.NewRequest(http.MethodPost, base+"/query", bytes.NewReader(b))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("X-API-Key", fmt.Sprintf("client-%d", i)) // each client is its own
				o := outcome{kind: kind, began: time.Now()}
				resp, err := client.Do(req)
				if err == nil {
					var out []byte
					out, o.cut = io.ReadAll(resp.Body)
					resp.Body.Close()
					o.status, o.body = resp.StatusCode, string(out)
					var r struct {
						Data struct {
							IngestArticle struct{ Article struct{ ID string } }
						}
					}
					if json.Unmarshal(out, &r) == nil {
						o.ingestedArtID = r.Data.IngestArticle.Article.ID
					}
				}
				o.err, o.ended = err, time.Now()
				mu.Lock()
				outcomes = append(outcomes, o)
				mu.Unlock()
				if err != nil {
					time.Sleep(20 * time.Millisecond) // refused: no need to spin
				}
			}
		}()
	}
	// Under load for a while, then the signal, as an orchestrator sends it.
	for {
		mu.Lock()
		n := len(outcomes)
		mu.Unlock()
		if n >= 300 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	signalled := time.Now()
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	var exitErr error
	select {
	case exitErr = <-exited:
	case <-time.After(2 * time.Minute): // a hang, far past the 20s shutdown timeout
		t.Fatalf("serve did not exit after SIGTERM: %s", logs.String())
	}
	close(stop)
	wg.Wait()
	require.NoError(t, exitErr, "serve exits with 0 once its requests finished: %s", logs.String())
	assert.Contains(t, logs.String(), "shutting down")

	var inFlight, refused, answered int
	var written []string
	for _, o := range outcomes {
		if o.err != nil {
			// Refused cleanly: only after the signal, and only as a connection that could
			// not be made (the listener is closed) or that the kernel had queued and the
			// server never accepted (reset before any answer).
			assert.True(t, o.ended.After(signalled), "%s failed before the signal: %v", o.kind, o.err)
			var op *net.OpError
			clean := errors.As(o.err, &op) && op.Op == "dial" || errors.Is(o.err, io.EOF) || errors.Is(o.err, syscall.ECONNRESET)
			assert.True(t, clean, "%s: not a clean refusal: %v", o.kind, o.err)
			refused++
			continue
		}
		assert.NoError(t, o.cut, "%s: an answer cut short", o.kind)
		answered++
		assert.Equal(t, http.StatusOK, o.status, "%s: %s", o.kind, o.body)
		assert.NotContains(t, o.body, `"errors"`, o.kind)
		if o.began.Before(signalled) && o.ended.After(signalled) {
			inFlight++
		}
		if o.ingestedArtID != "" {
			written = append(written, o.ingestedArtID)
		}
	}
	t.Logf("%d answered (%d of them in flight at SIGTERM), %d refused after it; %d articles ingested",
		answered, inFlight, refused, len(written))
	assert.Positive(t, inFlight, "requests in flight at the signal were answered")
	assert.Positive(t, refused, "requests after the signal were refused")
	stored, err := s.Articles(context.Background(), written)
	require.NoError(t, err)
	assert.Len(t, stored, len(written), "every article an ingest answered for is in the graph")
	assert.False(t, strings.Contains(logs.String(), "panic"), logs.String())
}
