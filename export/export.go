// Package export writes relations and statements for BI tools and notebooks, as CSV or
// NDJSON, paging through the graph so that memory stays the same however many rows are
// written. The columns are documented in docs/api.md ("Exports"); the HTTP endpoints
// (/export/...) and `geokg export` both write through Write.
package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/geokg/geokg"
)

// Format is how rows are written.
type Format string

// The formats.
const (
	CSV    Format = "csv"    // RFC 4180, a header row, UTF-8
	NDJSON Format = "ndjson" // one JSON object per line
)

// What says which rows an export holds.
type What string

// The kinds of rows.
const (
	Relations  What = "relations"  // one row per relation (subject, type, object) with its counts
	Statements What = "statements" // one row per statement (evidence record) with its sentence and article
)

// PageSize is how many rows one read of the graph fetches, unless Request.PageSize says.
const PageSize = 500

// Source is what an export reads: pages of relations and of statements, and the names of
// entities and articles for a page.
type Source interface {
	Relations(ctx context.Context, f geokg.RelationFilter, p geokg.PageRequest, withTotal bool) (geokg.EdgePage, error)
	StatementsAfter(ctx context.Context, f geokg.RelationFilter, after string, limit int) ([]geokg.Statement, error)
	Entities(ctx context.Context, ids []string) (map[string]geokg.Entity, error)
	Articles(ctx context.Context, ids []string) (map[string]geokg.Article, error)
}

// RelationColumns are the columns of a relations export, in order.
var RelationColumns = []string{"subject", "subject_name", "type", "object", "object_name", "symmetric",
	"statements", "articles", "sources", "first_seen", "last_seen", "confidence", "cameo", "goldstein"}

// StatementColumns are the columns of a statements export, in order.
var StatementColumns = []string{"id", "date", "subject", "subject_name", "type", "object", "object_name",
	"confidence", "sentence", "before", "after", "start", "end", "rule", "trigger", "path", "extractor",
	"event", "article", "article_title", "article_url", "article_published", "source", "cameo", "goldstein"}

// Request is one export: which rows, in which format, selected by which filter.
type Request struct {
	What   What
	Format Format
	Filter geokg.RelationFilter
	// PageTimeout bounds each read of the graph (0: none); the export as a whole is
	// bounded only by its context.
	PageTimeout time.Duration
	// PageSize is how many rows one read fetches (PageSize when 0).
	PageSize int
}

// ContentType returns the media type of the format.
func (f Format) ContentType() string {
	if f == CSV {
		return "text/csv; charset=utf-8"
	}
	return "application/x-ndjson"
}

// Valid reports whether f is one of the formats.
func (f Format) Valid() bool { return f == CSV || f == NDJSON }

// Valid reports whether w is one of the kinds of rows.
func (w What) Valid() bool { return w == Relations || w == Statements }

// ParseFilter reads the filter of an export from query parameters, named as the fields of
// the API's RelationFilter: types (comma-separated, or the parameter repeated), subject,
// object, either, from, to (YYYY-MM-DD), minConfidence (0..1) and article. Unknown
// parameters and malformed values are INVALID_ARGUMENT.
func ParseFilter(q url.Values) (geokg.RelationFilter, error) {
	var f geokg.RelationFilter
	for k, vs := range q {
		if len(vs) > 1 && k != "types" {
			return f, geokg.Errorf(geokg.CodeInvalidArgument, "parameter %q given %d times", k, len(vs))
		}
		v := strings.TrimSpace(vs[0])
		switch k {
		case "types":
			for _, v := range vs {
				for _, t := range strings.Split(v, ",") {
					rt := geokg.RelationType(strings.ToUpper(strings.TrimSpace(t)))
					if rt == "" {
						continue
					}
					if !rt.Valid() {
						return f, geokg.Errorf(geokg.CodeInvalidArgument, "types: unknown relation type %q", t)
					}
					f.Types = append(f.Types, rt)
				}
			}
		case "subject", "object", "either":
			if _, _, err := geokg.ParseEntityID(v); err != nil {
				return f, geokg.WrapError(geokg.CodeInvalidArgument, err, k+": not an entity id")
			}
			switch k {
			case "subject":
				f.Subject = v
			case "object":
				f.Object = v
			default:
				f.Either = v
			}
		case "from", "to":
			if _, err := time.Parse(time.DateOnly, v); err != nil || len(v) != 10 {
				return f, geokg.Errorf(geokg.CodeInvalidArgument, "%s: %q is not a date (want YYYY-MM-DD)", k, v)
			}
			if k == "from" {
				f.From = v
			} else {
				f.To = v
			}
		case "minConfidence":
			c, err := strconv.ParseFloat(v, 64)
			if err != nil || c < 0 || c > 1 {
				return f, geokg.Errorf(geokg.CodeInvalidArgument, "minConfidence: %q is not a number from 0 to 1", v)
			}
			f.MinConfidence = c
		case "article":
			if !strings.HasPrefix(v, "article:") {
				return f, geokg.Errorf(geokg.CodeInvalidArgument, "article: %q is not an article id (article:<sha256>)", v)
			}
			f.ArticleID = v
		default:
			return f, geokg.Errorf(geokg.CodeInvalidArgument, "unknown parameter %q: the filter takes types, subject, object, either, from, to, minConfidence, article", k)
		}
	}
	return f, nil
}

// Write writes the rows of req to w, a page of the graph at a time, and returns how many
// it wrote. Nothing is written before the first page has been read, so an error of the
// first read (Neo4j unavailable, a bad filter) leaves w untouched; an error later leaves
// the output cut short.
func Write(ctx context.Context, w io.Writer, src Source, req Request) (int, error) {
	if !req.Format.Valid() {
		return 0, geokg.Errorf(geokg.CodeInvalidArgument, "unknown format %q: csv or ndjson", req.Format)
	}
	var enc encoder
	switch req.What {
	case Relations:
		enc = newEncoder(w, req.Format, RelationColumns)
		return writeRelations(ctx, enc, src, req)
	case Statements:
		enc = newEncoder(w, req.Format, StatementColumns)
		return writeStatements(ctx, enc, src, req)
	}
	return 0, geokg.Errorf(geokg.CodeInvalidArgument, "unknown export %q: relations or statements", req.What)
}

// page runs one read of the graph within the page timeout.
func page[T any](ctx context.Context, req Request, read func(context.Context) (T, error)) (T, error) {
	if req.PageTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, req.PageTimeout)
		defer cancel()
	}
	return read(ctx)
}

func (r Request) pageSize() int {
	if r.PageSize > 0 {
		return r.PageSize
	}
	return PageSize
}

func writeRelations(ctx context.Context, enc encoder, src Source, req Request) (int, error) {
	n, after := 0, ""
	for {
		p, err := page(ctx, req, func(ctx context.Context) (geokg.EdgePage, error) {
			return src.Relations(ctx, req.Filter, geokg.PageRequest{First: req.pageSize(), After: after}, false)
		})
		if err != nil {
			return n, fmt.Errorf("export relations: %w", err)
		}
		ids := make([]string, 0, 2*len(p.Edges))
		for _, e := range p.Edges {
			ids = append(ids, e.Subject, e.Object)
		}
		names, err := page(ctx, req, func(ctx context.Context) (map[string]geokg.Entity, error) { return src.Entities(ctx, ids) })
		if err != nil {
			return n, fmt.Errorf("export relations: %w", err)
		}
		for _, e := range p.Edges {
			if err := enc.row(relationRow(e, names)); err != nil {
				return n, fmt.Errorf("export relations: %w", err)
			}
			n++
		}
		if err := enc.flush(); err != nil {
			return n, fmt.Errorf("export relations: %w", err)
		}
		if !p.HasNext {
			return n, nil
		}
		after = p.EndCursor
	}
}

func writeStatements(ctx context.Context, enc encoder, src Source, req Request) (int, error) {
	n, after := 0, ""
	for {
		sts, err := page(ctx, req, func(ctx context.Context) ([]geokg.Statement, error) {
			return src.StatementsAfter(ctx, req.Filter, after, req.pageSize())
		})
		if err != nil {
			return n, fmt.Errorf("export statements: %w", err)
		}
		var ids, arts []string
		for _, st := range sts {
			ids = append(ids, st.Edge.Subject, st.Edge.Object)
			arts = append(arts, st.Evidence.ArticleID)
		}
		names, err := page(ctx, req, func(ctx context.Context) (map[string]geokg.Entity, error) { return src.Entities(ctx, ids) })
		if err != nil {
			return n, fmt.Errorf("export statements: %w", err)
		}
		articles, err := page(ctx, req, func(ctx context.Context) (map[string]geokg.Article, error) { return src.Articles(ctx, arts) })
		if err != nil {
			return n, fmt.Errorf("export statements: %w", err)
		}
		for _, st := range sts {
			if err := enc.row(statementRow(st, names, articles)); err != nil {
				return n, fmt.Errorf("export statements: %w", err)
			}
			n++
		}
		if err := enc.flush(); err != nil {
			return n, fmt.Errorf("export statements: %w", err)
		}
		if len(sts) < req.pageSize() {
			return n, nil
		}
		after = sts[len(sts)-1].Evidence.ID
	}
}

// A value of a row: a string (null in NDJSON when empty), an int, a float, or a bool.
type value = any

func relationRow(e geokg.Edge, names map[string]geokg.Entity) []value {
	return []value{e.Subject, names[e.Subject].Name, string(e.Type), e.Object, names[e.Object].Name, e.Type.Symmetric(),
		e.Count, e.Articles, e.Sources, e.FirstSeen, e.LastSeen, geokg.RoundConfidence(e.Confidence),
		e.Type.CAMEO(), goldstein(e.Type)}
}

func statementRow(st geokg.Statement, names map[string]geokg.Entity, articles map[string]geokg.Article) []value {
	e, ev := st.Edge, st.Evidence
	a := articles[ev.ArticleID]
	return []value{ev.ID, ev.Date, e.Subject, names[e.Subject].Name, string(e.Type), e.Object, names[e.Object].Name,
		geokg.RoundConfidence(ev.Confidence), ev.Sentence, ev.Before, ev.After, ev.Start, ev.End,
		ev.Rule, ev.Trigger, ev.Path, ev.Extractor, ev.EventID, ev.ArticleID, a.Title, a.URL, a.Published,
		a.SourceName(), e.Type.CAMEO(), goldstein(e.Type)}
}

// goldstein is the type's cooperation-conflict weight, nil (empty) for the structural types.
func goldstein(t geokg.RelationType) value {
	if t.Structural() {
		return nil
	}
	return t.Goldstein()
}

// encoder writes rows in one format.
type encoder interface {
	row(vs []value) error
	flush() error
}

func newEncoder(w io.Writer, f Format, cols []string) encoder {
	if f == CSV {
		return &csvEncoder{w: csv.NewWriter(w), cols: cols}
	}
	return &jsonEncoder{w: w, cols: cols}
}

type csvEncoder struct {
	w      *csv.Writer
	cols   []string
	header bool
	rec    []string
}

func (c *csvEncoder) row(vs []value) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(c.cols); err != nil {
			return err
		}
	}
	c.rec = c.rec[:0]
	for _, v := range vs {
		c.rec = append(c.rec, csvCell(v))
	}
	return c.w.Write(c.rec)
}

// flush writes what is buffered, the header too when no row came.
func (c *csvEncoder) flush() error {
	if !c.header {
		c.header = true
		if err := c.w.Write(c.cols); err != nil {
			return err
		}
	}
	c.w.Flush()
	return c.w.Error()
}

func csvCell(v value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		// A cell that a spreadsheet would run as a formula is quoted by a leading apostrophe.
		if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
			return "'" + v
		}
		return v
	case bool:
		return strconv.FormatBool(v)
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

type jsonEncoder struct {
	w    io.Writer
	cols []string
	buf  []byte
}

func (j *jsonEncoder) row(vs []value) error {
	j.buf = append(j.buf, '{')
	for i, v := range vs {
		if i > 0 {
			j.buf = append(j.buf, ',')
		}
		j.buf = strconv.AppendQuote(j.buf, j.cols[i])
		j.buf = append(j.buf, ':')
		if s, ok := v.(string); ok && s == "" {
			v = nil
		}
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		j.buf = append(j.buf, b...)
	}
	j.buf = append(j.buf, '}', '\n')
	return nil
}

func (j *jsonEncoder) flush() error {
	_, err := j.w.Write(j.buf)
	j.buf = j.buf[:0]
	return err
}
