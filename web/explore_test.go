package web

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/geokg/geokg"
)

func TestExplorerHandler(t *testing.T) {
	fsys := builtFS()
	fsys["explore.html"] = &fstest.MapFile{Data: []byte(`<!doctype html><title>geokg explorer</title>`)}
	h := newExplorer(fsys)
	for _, tc := range []struct {
		method string
		path   string
		want   int
	}{
		{http.MethodGet, "/explore", 200},
		{http.MethodGet, "/explore?view=entity&id=country:ALB", 200},
		{http.MethodHead, "/explore", 200},
		{http.MethodPost, "/explore", 405},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, nil))
		if rec.Code != tc.want {
			t.Errorf("%s %s = %d, want %d", tc.method, tc.path, rec.Code, tc.want)
			continue
		}
		if got := rec.Header().Get("Content-Security-Policy"); got != ExplorerCSP {
			t.Errorf("%s %s Content-Security-Policy = %q, want %q", tc.method, tc.path, got, ExplorerCSP)
		}
		if tc.want == 200 && tc.method == http.MethodGet && !strings.Contains(rec.Body.String(), "geokg explorer") {
			t.Errorf("%s %s body = %q, want the explorer page", tc.method, tc.path, rec.Body.String())
		}
	}
	// A build without the explorer's page answers 503, as the playground does.
	rec := httptest.NewRecorder()
	newExplorer(builtFS()).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/explore", nil))
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("GET /explore without explore.html = %d, want 503", rec.Code)
	}
}

// TestExplorerCSPIsStrict keeps the policy free of inline code and other hosts.
func TestExplorerCSPIsStrict(t *testing.T) {
	for _, bad := range []string{"unsafe-inline", "unsafe-eval", "http:", "https:", "*"} {
		if strings.Contains(ExplorerCSP, bad) {
			t.Errorf("ExplorerCSP allows %q: %s", bad, ExplorerCSP)
		}
	}
	for _, want := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'"} {
		if !strings.Contains(ExplorerCSP, want) {
			t.Errorf("ExplorerCSP lacks %q: %s", want, ExplorerCSP)
		}
	}
}

// TestEmbeddedExplorer checks the real embedded explorer: /explore is served with
// the CSP header, its page loads only same-origin assets, and its assets name no
// other host (TestEmbeddedPlayground walks every file for CDNs; this also rejects
// any http(s) URL in the page itself).
func TestEmbeddedExplorer(t *testing.T) {
	if _, err := fs.Stat(dist, "dist/index.html"); err != nil {
		t.Skip("web/dist is not built (`make web`)")
	}
	rec := httptest.NewRecorder()
	Explorer().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/explore", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /explore = %d, want 200 (is explore.html built?)", rec.Code)
	}
	if got := rec.Header().Get("Content-Security-Policy"); got != ExplorerCSP {
		t.Errorf("Content-Security-Policy = %q, want %q", got, ExplorerCSP)
	}
	page := rec.Body.String()
	if !strings.Contains(page, "<title>geokg explorer</title>") {
		t.Errorf("the page is not the explorer: %.200s", page)
	}
	if m := regexp.MustCompile(`https?://|//[a-z]`).FindString(page); m != "" {
		t.Errorf("explore.html names another host (%q): %s", m, page)
	}
	refs := refAttr.FindAllStringSubmatch(page, -1)
	var js int
	for _, m := range refs {
		ref := m[1]
		if strings.HasPrefix(ref, "data:") || ref == "explore" || ref == "./" || strings.HasPrefix(ref, "explore?") {
			continue
		}
		if !strings.HasPrefix(ref, "assets/explore-") {
			t.Errorf("explore.html references %q, want assets/explore-*", ref)
			continue
		}
		rec := httptest.NewRecorder()
		Playground().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/"+ref, nil))
		if rec.Code != http.StatusOK {
			t.Errorf("GET /%s = %d, want 200", ref, rec.Code)
		}
		if strings.HasSuffix(ref, ".js") {
			js++
		}
	}
	if js != 1 {
		t.Errorf("explore.html loads %d scripts, want 1 (refs %q)", js, refs)
	}
}

// TestExplorerWeightsMatchOntology checks the explorer's copy of the
// cooperation-conflict weights (src/explore/api.js) against ontology.go.
func TestExplorerWeightsMatchOntology(t *testing.T) {
	src, err := os.ReadFile("src/explore/api.js")
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile(`(?s)export const GOLDSTEIN = \{(.*?)\};`).FindSubmatch(src)
	if block == nil {
		t.Fatal("no GOLDSTEIN table in src/explore/api.js")
	}
	got := map[string]string{}
	for _, m := range regexp.MustCompile(`([A-Z_]+): (-?[0-9.]+|null)`).FindAllSubmatch(block[1], -1) {
		got[string(m[1])] = string(m[2])
	}
	if len(got) != len(geokg.RelationTypes) {
		t.Errorf("GOLDSTEIN has %d types, the ontology %d", len(got), len(geokg.RelationTypes))
	}
	for _, rt := range geokg.RelationTypes {
		want := strconv.FormatFloat(rt.Goldstein(), 'f', -1, 64)
		if rt.Structural() {
			want = "null"
		}
		if got[string(rt)] != want {
			t.Errorf("GOLDSTEIN.%s = %q, want %s", rt, got[string(rt)], want)
		}
	}
}
