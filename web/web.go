// Package web serves the geokg playground (a GraphiQL page) and the explorer
// (docs/explorer.md): both are built from npm packages at build time (see
// README.md in this directory) and embedded in the Go binary, so they work
// without any access to the internet.
//
// The assets are built into web/dist by `make web` (npm ci && npm run build in
// web/). A fresh clone only has the placeholder dist/.gitkeep, which keeps
// this package compiling; Playground then answers 503 until the assets are
// built and the binary is rebuilt.
package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"regexp"
	"strings"
	"time"
)

// dist holds the built playground (dist/index.html and dist/assets/...), or
// just dist/.gitkeep when the assets have not been built.
//
//go:embed all:dist
var dist embed.FS

// notBuiltMessage is the plain-text body of the 503 response that Playground
// sends when the embedded assets do not include index.html.
const notBuiltMessage = "playground assets are not built: run `make web` (npm ci && npm run build in web/)"

// indexFile is the page served for "/".
const indexFile = "index.html"

// hashedAsset matches the content-hashed file names that the build writes
// under assets/ (for example assets/playground-RLDE6DOM.js); such files never
// change content under the same name and are cached for a year.
var hashedAsset = regexp.MustCompile(`^assets/[^/]*-[A-Za-z0-9_]{8}\.[^/]+$`)

// contentTypes fixes the types of the files the build produces, so responses
// do not depend on the host's MIME tables.
var contentTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".txt":   "text/plain; charset=utf-8",
	".json":  "application/json",
	".map":   "application/json",
	".svg":   "image/svg+xml",
	".png":   "image/png",
	".ico":   "image/x-icon",
	".woff":  "font/woff",
	".woff2": "font/woff2",
}

// explorerFile is the explorer's page, served at /explore.
const explorerFile = "explore.html"

// ExplorerCSP is the Content-Security-Policy of the explorer: everything from
// its own origin, no inline script or style, no framing.
const ExplorerCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
	"font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// Explorer returns an http.Handler that serves the explorer's page, meant to
// be mounted at "/explore" (its assets are under /assets/, served by
// Playground). Every path it gets answers the page, with ExplorerCSP as the
// Content-Security-Policy header; the page keeps its state in the query
// string. Like Playground it answers GET and HEAD only, and 503 when the
// assets were not built.
func Explorer() http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic("web: " + err.Error())
	}
	return newExplorer(sub)
}

// newExplorer returns the handler behind Explorer for the files in fsys.
func newExplorer(fsys fs.FS) http.Handler {
	h := newPlayground(fsys)
	p, ok := h.(*playground)
	if !ok || p.assets[explorerFile] == nil {
		return http.HandlerFunc(notBuilt)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", ExplorerCSP)
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("Referrer-Policy", "no-referrer")
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/" + explorerFile
		p.ServeHTTP(w, r2)
	})
}

// Playground returns an http.Handler that serves the embedded playground
// assets, meant to be mounted at "/" next to the GraphQL endpoint at /query.
//
// It answers GET and HEAD only (405 otherwise): "/" and "/index.html" serve
// the page with "Cache-Control: no-cache", content-hashed files under
// /assets/ are served with a one-year immutable cache lifetime, and any
// other path, directory or hidden file answers 404. Every response carries
// an explicit Content-Type and a strong ETag, so revalidation gets 304.
//
// Playground itself cannot fail. If the binary was built without the assets
// (dist/index.html missing), every request gets HTTP 503 with a plain-text
// body telling to run `make web`.
func Playground() http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		// fs.Sub only fails for an invalid directory name, and "dist" is valid.
		panic("web: " + err.Error())
	}
	return newPlayground(sub)
}

// asset is one file ready to be served.
type asset struct {
	data         []byte
	contentType  string
	etag         string
	cacheControl string
}

// playground serves a fixed set of assets read once at construction.
type playground struct {
	assets map[string]*asset // keyed by slash-separated path, without leading "/"
}

// newPlayground returns the handler behind Playground for the files in fsys,
// whose root corresponds to web/dist. It reads every regular file up front
// (hidden files and directories are skipped, so they answer 404). If fsys has
// no index.html, or cannot be read, the returned handler answers every
// request with 503 and notBuiltMessage as a plain-text body.
func newPlayground(fsys fs.FS) http.Handler {
	assets := map[string]*asset{}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		a := &asset{
			data:         data,
			contentType:  contentTypeOf(name),
			etag:         `"` + hex.EncodeToString(sum[:16]) + `"`,
			cacheControl: "no-cache",
		}
		if hashedAsset.MatchString(name) {
			a.cacheControl = "public, max-age=31536000, immutable"
		}
		assets[name] = a
		return nil
	})
	if err != nil || assets[indexFile] == nil {
		return http.HandlerFunc(notBuilt)
	}
	return &playground{assets: assets}
}

// ServeHTTP serves the asset named by the request path; see Playground.
func (p *playground) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" {
		name = indexFile
	}
	a := p.assets[name]
	if a == nil {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Cache-Control", a.cacheControl)
	h.Set("ETag", a.etag)
	h.Set("X-Content-Type-Options", "nosniff")
	// A zero modification time leaves Last-Modified out; the ETag drives
	// conditional requests. ServeContent also handles HEAD and Range.
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(a.data))
}

// notBuilt answers a request when the assets were not embedded.
func notBuilt(w http.ResponseWriter, _ *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusServiceUnavailable)
	_, _ = w.Write([]byte(notBuiltMessage + "\n"))
}

// contentTypeOf returns the Content-Type for a file name, from contentTypes,
// then the host's MIME tables, then application/octet-stream.
func contentTypeOf(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}
