package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg/internal/neo4jtest"
	"github.com/geokg/geokg/server"
	"github.com/geokg/geokg/web"
)

// browserQuery is the query the test puts into the playground's editor. GraphiQL names
// the tab after the operation, which tells the test when GraphiQL has taken the edit.
const browserQuery = `query Offline { search(text: "Albania", first: 5) { id kind name } }`

// TestBrowserPlaygroundOffline proves issue 4's "the playground loads and runs a query
// with the network cut off" in a real headless Chromium: the browser can reach the test
// server on 127.0.0.1 and nothing else (host resolver rules and a dead proxy), every
// request the page makes is recorded through the DevTools protocol and must go to the
// test server, and the playground must render GraphiQL, run a query against the real
// server over Neo4j and show the result.
//
// It skips when Chromium or the built playground assets are missing, or Neo4j is not
// running; under CI=true each of these fails instead. A screenshot of the page is written
// to GEOKG_BROWSER_ARTIFACTS (a directory kept after the test) or else to the test's
// temporary directory, and its path is logged.
func TestBrowserPlaygroundOffline(t *testing.T) {
	chromium := needBrowser(t)

	setup := time.Now()
	h, s := newServer(t, server.Config{})
	write(t, s, neo4jtest.Fixture("browser"))
	srv, origin := serveLocal(t, h)

	t.Logf("server over Neo4j with the fixture ready in %s", time.Since(setup).Round(time.Millisecond))
	began := time.Now()
	deadline := began.Add(60 * time.Second)
	browserCtx, rec := startBrowser(t, chromium, deadline, "playground.png")

	ctx, cancel := context.WithDeadline(browserCtx, deadline)
	defer cancel()

	probeOffline(t, ctx)

	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")), "load the playground")
	t.Logf("playground loaded in %s", time.Since(began).Round(time.Millisecond))
	title, err := chromedp.Run(ctx, chromedp.Title())
	require.NoError(t, err)
	assert.Equal(t, "geokg playground", title)

	// GraphiQL has rendered: the run button, the query editor and the example tabs.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.WaitVisible(chromedp.CSS(".graphiql-execute-button")),
		chromedp.WaitVisible(chromedp.CSS(".graphiql-query-editor .CodeMirror")),
	), "GraphiQL renders")
	tabs, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('.graphiql-tab-button')].map(b => b.textContent.trim())`))
	require.NoError(t, err)
	assert.Contains(t, tabs, "Explorer", "the example tabs of web/src/examples.js")

	t.Logf("GraphiQL rendered in %s, tabs %q", time.Since(began).Round(time.Millisecond), tabs)

	// Put the query into the editor (CodeMirror 5; typing would fight its bracket
	// auto-closing), wait until GraphiQL has taken it (the active tab is named after the
	// operation; clicking earlier would run the tab's previous operation name), and run it
	// with the run button.
	queryJSON, _ := json.Marshal(browserQuery)
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(
		`(() => { document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(%s); return true })()`,
		queryJSON)))
	require.NoError(t, err, "set the query")
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](
		`document.querySelector('.graphiql-tab-active .graphiql-tab-button')?.textContent.trim() === 'Offline'`,
		chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(time.Until(deadline))))
	require.NoError(t, err, "GraphiQL takes the edited query")
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".graphiql-execute-button"))), "click run")

	// The result pane (a read-only CodeMirror) shows the response: data or errors.
	raw, err := chromedp.Run(ctx, chromedp.Poll[string](`(() => {
		const el = document.querySelector('.graphiql-response .CodeMirror');
		const text = el && el.CodeMirror ? el.CodeMirror.getValue() : '';
		return text.includes('country:ALB') || text.includes('"errors"') ? text : false;
	})()`, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(time.Until(deadline))))
	require.NoError(t, err, "wait for the result pane to show the response")
	var resp struct {
		Data struct {
			Search []struct{ ID, Kind, Name string }
		}
		Errors []json.RawMessage
	}
	require.NoError(t, json.Unmarshal([]byte(raw), &resp), "the result pane holds JSON: %s", raw)
	require.Empty(t, resp.Errors, "the query failed: %s", raw)
	require.NotEmpty(t, resp.Data.Search, raw)
	assert.Equal(t, "country:ALB", resp.Data.Search[0].ID)
	assert.Equal(t, "Country", resp.Data.Search[0].Kind)
	assert.Equal(t, "Albania", resp.Data.Search[0].Name)

	// Every request of the page went to the test server, and the page did load its assets
	// and POST the query through it (so the recording did see the page's traffic).
	reqs := rec.snapshot()
	foreign := foreignRequests(reqs, origin)
	var sawDocument, sawQuery bool
	for _, r := range reqs {
		u, err := url.Parse(r.url)
		switch {
		case err != nil || u.Host != origin.Host:
		case r.method == "GET" && u.Path == "/":
			sawDocument = true
		case r.method == "POST" && u.Path == "/query":
			sawQuery = true
		}
	}
	assert.Empty(t, foreign, "the page made requests to hosts other than the test server %s", origin.Host)
	assert.Empty(t, rec.cspReports(), "the page tried to load what its Content-Security-Policy forbids")
	assert.True(t, sawDocument, "no GET / recorded: the request recording missed the page")
	assert.True(t, sawQuery, "no POST /query recorded: the request recording missed the query")
	failed := rec.failures()
	assert.Empty(t, failed, "requests of the page failed")
	if !t.Failed() {
		t.Logf("the page made %d requests, all to %s; done in %s", len(reqs), origin.Host, time.Since(began).Round(time.Millisecond))
	}
}

// startBrowser starts a headless Chromium cut off from every host but 127.0.0.1, with
// rec recording the requests and console of its tab. At the end of the test it logs the
// recording (on failure or -v), saves a screenshot named shot and closes the browser; a
// watchdog kills it if it hangs 20s past deadline.
func startBrowser(t *testing.T, chromium string, deadline time.Time, shot string) (context.Context, *requestRecorder) {
	t.Helper()
	began := time.Now()
	rec := &requestRecorder{}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium),
		// chromedp makes a fresh temporary profile (user-data-dir) and removes it at the end.
		chromedp.Flag("headless", "new"),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		// The network cut off: no host name resolves, and every connection that is not to
		// loopback (which Chromium always sends directly) goes to a proxy on the discard
		// port of 127.0.0.1, where nothing listens. The proxy catches IP literals, which the
		// resolver rules do not see.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
		chromedp.Flag("proxy-server", "http://127.0.0.1:9"),
		chromedp.Flag("proxy-bypass-list", "127.0.0.1"),
		chromedp.WindowSize(1280, 900),
	)
	// The listener sees the page's events from the start of the tab.
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx, chromedp.WithListener(rec.listen))
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(browserCtx, 10*time.Second)
		defer cancel()
		_ = chromedp.Cancel(ctx) // closes the browser gracefully, waiting at most 10s
		cancelBrowser()
		cancelAlloc()
	})
	// Last resort: kill the browser if it hangs past the deadline outside a bounded step.
	watchdog := time.AfterFunc(time.Until(deadline)+20*time.Second, cancelAlloc)
	t.Cleanup(func() { watchdog.Stop() })
	if err := chromedp.Do(browserCtx); err != nil { // starts Chromium and opens the tab
		t.Fatalf("start chromium %s: %v", chromium, err)
	}
	t.Logf("chromium started in %s", time.Since(began).Round(time.Millisecond))

	// Runs after the test body (also after a failure) and before the browser closes.
	t.Cleanup(func() {
		if t.Failed() || testing.Verbose() {
			rec.log(t)
		}
		screenshot(t, browserCtx, shot)
	})

	return browserCtx, rec
}

// needBrowser returns Chromium's path, or skips the test when Chromium or the built web
// assets are missing (under CI=true it fails instead).
func needBrowser(t *testing.T) string {
	t.Helper()
	ci := os.Getenv("CI") == "true"
	chromium := findChromium()
	if chromium == "" {
		if ci {
			t.Fatal("chromium is not installed under CI=true (scripts/test.sh installs the Debian package `chromium` as root)")
		}
		t.Skip("chromium is not installed (/usr/bin/chromium or `chromium` on PATH); install the Debian package `chromium` to run the browser test")
	}
	if status := playgroundStatus(); status != http.StatusOK {
		if ci {
			t.Fatalf("the embedded playground answers %d under CI=true: web/dist is not built (`make web`)", status)
		}
		t.Skipf("the embedded playground answers %d: web/dist is not built; run `make web`, then the test again", status)
	}
	return chromium
}

// serveLocal serves h on 127.0.0.1 (IPv4, which the browser's cut-off network reaches)
// for the length of the test.
func serveLocal(t *testing.T, h http.Handler) (*httptest.Server, *url.URL) {
	t.Helper()
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	require.NoError(t, err)
	srv := httptest.NewUnstartedServer(h)
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	origin, err := url.Parse(srv.URL)
	require.NoError(t, err)
	return srv, origin
}

// foreignRequests lists the recorded requests that went anywhere but origin (data:,
// blob: and about: URLs fetch nothing and are allowed).
func foreignRequests(reqs []recordedRequest, origin *url.URL) []string {
	var foreign []string
	for _, r := range reqs {
		u, err := url.Parse(r.url)
		switch {
		case err != nil:
			foreign = append(foreign, r.String())
		case u.Scheme == "data" || u.Scheme == "blob" || u.Scheme == "about":
		case u.Host != origin.Host || (u.Scheme != "http" && u.Scheme != "ws"):
			foreign = append(foreign, r.String())
		}
	}
	return foreign
}

// probeOffline checks, in a tab of its own, that the browser cannot reach other hosts:
// a host name and an IP literal must both fail to load with the errors of the resolver
// rules or the dead proxy, and not time out.
func probeOffline(t *testing.T, ctx context.Context) {
	t.Helper()
	tab, closeTab := chromedp.NewContext(ctx)
	defer closeTab()
	require.NoError(t, chromedp.Do(tab), "open the probe tab")
	for _, target := range []string{"http://geokg-offline-probe.example/", "http://192.0.2.1/", "https://example.com/"} {
		probeCtx, cancel := context.WithTimeout(tab, 15*time.Second)
		start := time.Now()
		err := chromedp.Do(probeCtx, chromedp.Navigate(target))
		cancel()
		var loadErr *chromedp.LoadError
		if !errors.As(err, &loadErr) {
			t.Fatalf("the network is not cut off: loading %s gave %v, want a network error", target, err)
		}
		switch loadErr.ErrorText {
		case "net::ERR_PROXY_CONNECTION_FAILED", "net::ERR_NAME_NOT_RESOLVED", "net::ERR_TUNNEL_CONNECTION_FAILED":
		default:
			t.Fatalf("loading %s failed with %s, want the error of the dead proxy or the resolver rules", target, loadErr.ErrorText)
		}
		t.Logf("offline probe: %s -> %s in %s", target, loadErr.ErrorText, time.Since(start).Round(time.Millisecond))
	}
}

// findChromium returns the path of Chromium, or "" when it is not installed.
func findChromium() string {
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	return ""
}

// playgroundStatus is the status of GET / from the embedded playground: 503 when
// web/dist was not built into this test binary.
func playgroundStatus() int {
	rr := httptest.NewRecorder()
	web.Playground().ServeHTTP(rr, httptest.NewRequest(http.MethodGet, "/", nil))
	return rr.Code
}

// screenshot saves a PNG of the whole page as name and logs its path.
func screenshot(t *testing.T, browserCtx context.Context, name string) {
	dir := os.Getenv("GEOKG_BROWSER_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Logf("screenshot: %v", err)
		return
	}
	ctx, cancel := context.WithTimeout(browserCtx, 15*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Logf("screenshot: %v", err)
		return
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Logf("screenshot: %v", err)
		return
	}
	t.Logf("screenshot: %s", path)
}

// requestRecorder keeps the requests of the page and its console errors, from the events
// of the DevTools protocol.
type requestRecorder struct {
	mu       sync.Mutex
	requests []recordedRequest
	byID     map[network.RequestID]int
	console  []string
	// csp holds the browser's reports of what the page's Content-Security-Policy blocked:
	// such attempts never reach the network, so they are not among the requests.
	csp []string
}

type recordedRequest struct {
	id             network.RequestID
	method, url    string
	status         int64
	failed, reason string
}

func (r recordedRequest) String() string {
	u := r.url
	if len(u) > 100 {
		u = u[:100] + "..."
	}
	s := r.method + " " + u
	if r.status != 0 {
		s += fmt.Sprintf(" -> %d", r.status)
	}
	if r.failed != "" {
		s += " FAILED " + r.failed + " " + r.reason
	}
	return s
}

// listen runs on chromedp's event loop: it must be fast and must not call the browser.
func (rr *requestRecorder) listen(ev any) {
	rr.mu.Lock()
	defer rr.mu.Unlock()
	if rr.byID == nil {
		rr.byID = map[network.RequestID]int{}
	}
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		if ev.Request == nil {
			return
		}
		rr.byID[ev.RequestID] = len(rr.requests)
		rr.requests = append(rr.requests, recordedRequest{id: ev.RequestID, method: ev.Request.Method, url: ev.Request.URL})
	case *network.EventWebSocketCreated:
		rr.byID[ev.RequestID] = len(rr.requests)
		rr.requests = append(rr.requests, recordedRequest{id: ev.RequestID, method: "WEBSOCKET", url: ev.URL})
	case *network.EventResponseReceived:
		if i, ok := rr.byID[ev.RequestID]; ok && ev.Response != nil {
			rr.requests[i].status = ev.Response.Status
		}
	case *network.EventLoadingFailed:
		if i, ok := rr.byID[ev.RequestID]; ok && !ev.Canceled {
			rr.requests[i].failed = ev.ErrorText
			rr.requests[i].reason = string(ev.BlockedReason)
		}
	case *cdplog.EventEntryAdded:
		if e := ev.Entry; e != nil {
			rr.console = append(rr.console, fmt.Sprintf("log %s %s: %s", e.Source, e.Level, e.Text))
			if strings.Contains(e.Text, "Content Security Policy") {
				rr.csp = append(rr.csp, e.Text)
			}
		}
	case *cdpruntime.EventExceptionThrown:
		if d := ev.ExceptionDetails; d != nil {
			msg := d.Text
			if d.Exception != nil && d.Exception.Description != "" {
				msg += " " + d.Exception.Description
			}
			rr.console = append(rr.console, "exception: "+msg)
		}
	case *cdpruntime.EventConsoleAPICalled:
		if ev.Type != cdpruntime.ConsoleAPICalledTypeError && ev.Type != cdpruntime.ConsoleAPICalledTypeWarning {
			return
		}
		var parts []string
		for _, a := range ev.Args {
			switch {
			case a.Description != "":
				parts = append(parts, a.Description)
			case len(a.Value) > 0:
				parts = append(parts, string(a.Value))
			}
		}
		rr.console = append(rr.console, string(ev.Type)+": "+strings.Join(parts, " "))
	}
}

func (rr *requestRecorder) snapshot() []recordedRequest {
	rr.mu.Lock()
	defer rr.mu.Unlock()
	return append([]recordedRequest(nil), rr.requests...)
}

// failures lists the requests that failed (not counting those the page canceled).
func (rr *requestRecorder) failures() []string {
	var out []string
	for _, r := range rr.snapshot() {
		if r.failed != "" {
			out = append(out, r.String())
		}
	}
	return out
}

func (rr *requestRecorder) consoleLines() []string {
	rr.mu.Lock()
	defer rr.mu.Unlock()
	return append([]string(nil), rr.console...)
}

func (rr *requestRecorder) cspReports() []string {
	rr.mu.Lock()
	defer rr.mu.Unlock()
	return append([]string(nil), rr.csp...)
}

func (rr *requestRecorder) log(t *testing.T) {
	rr.mu.Lock()
	defer rr.mu.Unlock()
	for _, r := range rr.requests {
		t.Logf("page request: %s", r)
	}
	for _, c := range rr.console {
		t.Logf("page console: %s", c)
	}
}
