package web

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// builtFS looks like web/dist after `npm run build`.
func builtFS() fstest.MapFS {
	return fstest.MapFS{
		".gitkeep":                                {Data: nil},
		"index.html":                              {Data: []byte(`<!doctype html><title>geokg playground</title><link rel="stylesheet" href="assets/playground-QIO4JLLG.css"><script type="module" src="assets/playground-RLDE6DOM.js"></script>`)},
		"assets/playground-RLDE6DOM.js":           {Data: []byte(`console.log("graphiql")`)},
		"assets/playground-QIO4JLLG.css":          {Data: []byte(`body{margin:0}`)},
		"assets/playground-RLDE6DOM.js.LEGAL.txt": {Data: []byte(`MIT`)},
		"robots.txt":                              {Data: []byte("User-agent: *\n")},
		".hidden/secret.txt":                      {Data: []byte("no")},
	}
}

func TestPlayground(t *testing.T) {
	const immutable = "public, max-age=31536000, immutable"
	tests := []struct {
		name       string
		method     string
		path       string
		header     map[string]string
		wantStatus int
		wantType   string // prefix of Content-Type
		wantCache  string
		wantBody   string // substring of the body
		wantEmpty  bool   // body must be empty
	}{
		{name: "root serves index", path: "/", wantStatus: 200, wantType: "text/html", wantCache: "no-cache", wantBody: "geokg playground"},
		{name: "index.html by name", path: "/index.html", wantStatus: 200, wantType: "text/html", wantCache: "no-cache", wantBody: "geokg playground"},
		{name: "head of root", method: http.MethodHead, path: "/", wantStatus: 200, wantType: "text/html", wantCache: "no-cache", wantEmpty: true},
		{name: "hashed JS", path: "/assets/playground-RLDE6DOM.js", wantStatus: 200, wantType: "text/javascript", wantCache: immutable, wantBody: "graphiql"},
		{name: "hashed CSS", path: "/assets/playground-QIO4JLLG.css", wantStatus: 200, wantType: "text/css", wantCache: immutable, wantBody: "margin"},
		{name: "legal text", path: "/assets/playground-RLDE6DOM.js.LEGAL.txt", wantStatus: 200, wantType: "text/plain", wantCache: immutable, wantBody: "MIT"},
		{name: "unhashed file revalidates", path: "/robots.txt", wantStatus: 200, wantType: "text/plain", wantCache: "no-cache"},
		{name: "unknown path", path: "/nope", wantStatus: 404},
		{name: "unknown asset", path: "/assets/playground-AAAAAAAA.js", wantStatus: 404},
		{name: "directory", path: "/assets/", wantStatus: 404},
		{name: "directory without slash", path: "/assets", wantStatus: 404},
		{name: "placeholder is hidden", path: "/.gitkeep", wantStatus: 404},
		{name: "hidden directory", path: "/.hidden/secret.txt", wantStatus: 404},
		{name: "dot segments are cleaned", path: "/assets/../index.html", wantStatus: 200, wantType: "text/html", wantBody: "geokg playground"},
		{name: "post is not allowed", method: http.MethodPost, path: "/", wantStatus: 405},
	}
	h := newPlayground(builtFS())
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			method := tc.method
			if method == "" {
				method = http.MethodGet
			}
			req := httptest.NewRequest(method, tc.path, nil)
			for k, v := range tc.header {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			body := rec.Body.String()
			if res.StatusCode != tc.wantStatus {
				t.Fatalf("status = %d, want %d (body %q)", res.StatusCode, tc.wantStatus, body)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, tc.wantType) {
				t.Errorf("Content-Type = %q, want prefix %q", ct, tc.wantType)
			}
			if tc.wantCache != "" {
				if cc := res.Header.Get("Cache-Control"); cc != tc.wantCache {
					t.Errorf("Cache-Control = %q, want %q", cc, tc.wantCache)
				}
			}
			if !strings.Contains(body, tc.wantBody) {
				t.Errorf("body %q does not contain %q", body, tc.wantBody)
			}
			if tc.wantEmpty && body != "" {
				t.Errorf("body = %q, want empty", body)
			}
			if tc.wantStatus == http.StatusMethodNotAllowed && res.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("Allow = %q, want %q", res.Header.Get("Allow"), "GET, HEAD")
			}
		})
	}
}

func TestPlaygroundRevalidation(t *testing.T) {
	h := newPlayground(builtFS())
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	etag := rec.Result().Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag on index.html")
	}
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.Header.Set("If-None-Match", etag)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified {
		t.Fatalf("status with matching If-None-Match = %d, want 304", rec.Code)
	}
}

func TestPlaygroundNotBuilt(t *testing.T) {
	fsyss := map[string]fs.FS{
		"placeholder only": fstest.MapFS{".gitkeep": {Data: nil}},
		"empty":            fstest.MapFS{},
		"assets without index": fstest.MapFS{
			"assets/playground-RLDE6DOM.js": {Data: []byte("x")},
		},
	}
	paths := []string{"/", "/index.html", "/assets/playground-RLDE6DOM.js", "/nope"}
	for name, fsys := range fsyss {
		h := newPlayground(fsys)
		for _, p := range paths {
			t.Run(name+" "+p, func(t *testing.T) {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
				if rec.Code != http.StatusServiceUnavailable {
					t.Fatalf("status = %d, want 503", rec.Code)
				}
				if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
					t.Errorf("Content-Type = %q, want text/plain", ct)
				}
				if got := strings.TrimSpace(rec.Body.String()); got != notBuiltMessage {
					t.Errorf("body = %q, want %q", got, notBuiltMessage)
				}
				if !strings.Contains(rec.Body.String(), "make web") {
					t.Errorf("body %q does not say to run make web", rec.Body.String())
				}
			})
		}
	}
}

// refAttr finds the URLs that index.html loads.
var refAttr = regexp.MustCompile(`(?i)\b(?:src|href)\s*=\s*["']([^"']+)["']`)

// externalHost finds references to CDNs or font hosts that a browser would
// fetch at run time.
var externalHost = regexp.MustCompile(`(?i)(unpkg\.com|jsdelivr\.net|cdnjs\.|esm\.sh|skypack\.dev|fonts\.googleapis\.com|fonts\.gstatic\.com|cdn\.[a-z0-9.-]+)`)

// cssURL finds url(...) references in CSS.
var cssURL = regexp.MustCompile(`url\(\s*['"]?([^'")]+)`)

// TestEmbeddedPlayground checks the real embedded assets. Without a build it
// checks the 503 answer; with a build it checks that the page and everything
// it references are served from the binary and that nothing points to
// another host.
func TestEmbeddedPlayground(t *testing.T) {
	h := Playground()
	get := func(p string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		return rec
	}
	if _, err := fs.Stat(dist, "dist/index.html"); err != nil {
		t.Log("dist/index.html not embedded (assets not built); checking the 503 answer")
		rec := get("/")
		if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "make web") {
			t.Fatalf("GET / without assets = %d %q, want 503 mentioning make web", rec.Code, rec.Body.String())
		}
		return
	}

	rec := get("/")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET / = %d, want 200", rec.Code)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("GET / Content-Type = %q, want text/html", ct)
	}
	page := rec.Body.String()
	if !strings.Contains(page, "<title>geokg playground</title>") {
		t.Errorf("index.html has no title \"geokg playground\"")
	}

	refs := refAttr.FindAllStringSubmatch(page, -1)
	var sawJS, sawCSS bool
	for _, m := range refs {
		ref := m[1]
		if strings.HasPrefix(ref, "data:") {
			continue // inline, nothing is fetched
		}
		if strings.Contains(ref, "://") || strings.HasPrefix(ref, "//") {
			t.Errorf("index.html references another host: %q", ref)
			continue
		}
		p := ref
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // relative to the page, which is served at "/"
		}
		rec := get(p)
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s (referenced by index.html) = %d, want 200", p, rec.Code)
			continue
		}
		ct := rec.Header().Get("Content-Type")
		switch {
		case strings.HasSuffix(p, ".js"):
			sawJS = true
			if !strings.HasPrefix(ct, "text/javascript") {
				t.Errorf("GET %s Content-Type = %q, want text/javascript", p, ct)
			}
		case strings.HasSuffix(p, ".css"):
			sawCSS = true
			if !strings.HasPrefix(ct, "text/css") {
				t.Errorf("GET %s Content-Type = %q, want text/css", p, ct)
			}
		}
		if cc := rec.Header().Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("GET %s Cache-Control = %q, want a long immutable lifetime", p, cc)
		}
	}
	if !sawJS || !sawCSS {
		t.Errorf("index.html references JS %v, CSS %v; want both (refs %q)", sawJS, sawCSS, refs)
	}

	// No asset may load anything from a CDN or font host at run time, and
	// CSS may only use inline (data:) or same-origin URLs.
	err := fs.WalkDir(dist, "dist", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(dist, name)
		if err != nil {
			return err
		}
		if strings.HasSuffix(name, ".txt") {
			return nil // license texts may mention project sites
		}
		for _, m := range externalHost.FindAllIndex(data, -1) {
			lo, hi := max(m[0]-40, 0), min(m[1]+40, len(data))
			t.Errorf("%s refers to an external host: ...%s...", name, data[lo:hi])
		}
		if strings.HasSuffix(name, ".css") {
			for _, m := range cssURL.FindAllSubmatch(data, -1) {
				u := string(m[1])
				if strings.Contains(u, "://") || strings.HasPrefix(u, "//") {
					t.Errorf("%s loads %q from another host", name, u)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
