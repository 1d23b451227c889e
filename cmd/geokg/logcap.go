package main

import (
	"context"
	"fmt"
	"log/slog"
	"unicode/utf8"

	"github.com/geokg/geokg/server"
)

// maxLogValue is the most bytes of one logged value; a longer one is cut and says how
// long it was, so that no request payload reaches the log whole.
const maxLogValue = 1024

// cappedHandler cuts every string, error and Stringer value of a record (message
// included, groups searched) to maxLogValue bytes, and adds the id of the HTTP request
// that logs (request_id).
type cappedHandler struct{ slog.Handler }

func (h cappedHandler) Handle(ctx context.Context, r slog.Record) error {
	c := slog.NewRecord(r.Time, r.Level, capString(r.Message), r.PC)
	if id := server.RequestID(ctx); id != "" {
		c.AddAttrs(slog.String("request_id", id))
	}
	r.Attrs(func(a slog.Attr) bool {
		c.AddAttrs(capAttr(a))
		return true
	})
	return h.Handler.Handle(ctx, c)
}

func (h cappedHandler) WithAttrs(as []slog.Attr) slog.Handler {
	capped := make([]slog.Attr, len(as))
	for i, a := range as {
		capped[i] = capAttr(a)
	}
	return cappedHandler{h.Handler.WithAttrs(capped)}
}

func (h cappedHandler) WithGroup(name string) slog.Handler {
	return cappedHandler{h.Handler.WithGroup(name)}
}

func capAttr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, capString(v.String()))
	case slog.KindGroup:
		g := v.Group()
		capped := make([]any, len(g))
		for i, ga := range g {
			capped[i] = capAttr(ga)
		}
		return slog.Group(a.Key, capped...)
	case slog.KindAny:
		switch x := v.Any().(type) {
		case error:
			return slog.String(a.Key, capString(x.Error()))
		case fmt.Stringer:
			return slog.String(a.Key, capString(x.String()))
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}

// capString cuts s to maxLogValue bytes on a rune boundary.
func capString(s string) string {
	if len(s) <= maxLogValue {
		return s
	}
	cut := maxLogValue
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes in all)", s[:cut], len(s))
}
