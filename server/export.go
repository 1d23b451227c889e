package server

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/export"
)

// exportHandler serves GET /export/{relations|statements}.{csv|ndjson}: the rows that the
// query parameters' filter selects (export.ParseFilter), streamed a page of the graph at
// a time. It takes the API key as the API's reads do (required with ProtectReads), and
// each page's read is bounded by the request timeout; the export as a whole is not.
func exportHandler(cfg Config, src export.Source) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if cfg.APIKey != "" && cfg.ProtectReads && !hasKey(r.Context(), cfg) {
			writeError(w, http.StatusUnauthorized, geokg.Errorf(geokg.CodeUnauthenticated, "this server's reads require the API key (Authorization: Bearer KEY)"))
			return
		}
		name := strings.TrimPrefix(r.URL.Path, "/export/")
		what, format, _ := strings.Cut(name, ".")
		req := export.Request{What: export.What(what), Format: export.Format(format), PageTimeout: cfg.Limits.RequestTimeout}
		if !req.What.Valid() || !req.Format.Valid() {
			writeError(w, http.StatusNotFound, geokg.Errorf(geokg.CodeNotFound, "no export %q: relations or statements, .csv or .ndjson", name))
			return
		}
		if src == nil {
			writeError(w, http.StatusServiceUnavailable, geokg.Errorf(geokg.CodeUnavailable, "exports are not available on this server"))
			return
		}
		var err error
		if req.Filter, err = export.ParseFilter(r.URL.Query()); err != nil {
			writeError(w, http.StatusBadRequest, err)
			return
		}
		out := &lazyHeader{w: w, contentType: req.Format.ContentType(), filename: what + "." + format}
		n, err := export.Write(r.Context(), out, src, req)
		switch {
		case err == nil:
			if !out.started { // nothing matched and nothing was written: still a valid, empty file
				out.start()
			}
		case !out.started:
			writeError(w, exportStatus(err), err)
			if c := geokg.ErrorCode(err); c == geokg.CodeInternal || c == geokg.CodeUnavailable {
				cfg.Logger.ErrorContext(r.Context(), "export failed", "export", name, "err", err)
			}
		default:
			// The status is sent: cutting the connection is the only way left to tell the
			// client that the file is incomplete (a chunked body without its end).
			if r.Context().Err() == nil {
				cfg.Logger.ErrorContext(r.Context(), "export cut short", "export", name, "rows", n, "err", err)
			}
			panic(http.ErrAbortHandler)
		}
	})
}

// exportStatus is the HTTP status of an export that failed before writing anything.
func exportStatus(err error) int {
	switch geokg.ErrorCode(err) {
	case geokg.CodeInvalidArgument:
		return http.StatusBadRequest
	case geokg.CodeNotFound:
		return http.StatusNotFound
	case geokg.CodeUnavailable:
		return http.StatusServiceUnavailable
	case geokg.CodeLimitExceeded:
		return http.StatusGatewayTimeout
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return http.StatusGatewayTimeout
	}
	return http.StatusInternalServerError
}

// lazyHeader sends the export's headers with its first bytes, so that an error before
// them can still be answered with an error status.
type lazyHeader struct {
	w                     http.ResponseWriter
	contentType, filename string
	started               bool
}

func (l *lazyHeader) start() {
	l.started = true
	h := l.w.Header()
	h.Set("Content-Type", l.contentType)
	h.Set("Content-Disposition", `attachment; filename="geokg-`+l.filename+`"`)
	h.Set("Cache-Control", "no-store")
	l.w.WriteHeader(http.StatusOK)
}

func (l *lazyHeader) Write(p []byte) (int, error) {
	if !l.started {
		l.start()
	}
	n, err := l.w.Write(p)
	if err == nil {
		_ = http.NewResponseController(l.w).Flush() // stream: each page goes out as written
	}
	return n, err
}
