// Package ingest carries articles from files or API input through the extractor into the
// graph: read (package document), extract (package extract), write (a geokg.GraphWriter)
// in batches, one transaction per batch.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/extract"
)

// Pipeline reads, extracts and writes articles. It implements geokg.Ingester and is safe
// for concurrent use.
type Pipeline struct {
	Extractor *extract.Extractor
	Graph     geokg.GraphWriter
	// BatchSize is how many articles one write transaction carries (default 200).
	BatchSize int
	// Workers is how many articles are extracted at once (default GOMAXPROCS).
	Workers int
	Log     *slog.Logger
	// Reader reads the files of Paths: its JSON field names, and the format of standard
	// input.
	Reader document.Reader
	// Known, when set, says which articles the graph already holds and which extractor
	// read them: Paths then skips, without extracting it, an article whose text is in the
	// graph as read by this extractor (geokg.ExtractorVersion), unless Force is set.
	Known Known
	// Force extracts and writes every article, even one the graph holds as read by this
	// extractor.
	Force bool
	// OnlyOlder passes on only the articles the graph holds as read by another extractor
	// version (`geokg reextract`): new articles and current ones are skipped. It needs Known.
	OnlyOlder bool
	// Progress, when set, is called from one goroutine after every batch written and every
	// group of articles skipped, with the run's counts so far.
	Progress func(Progress)

	// What this pipeline did since it was made, for metrics (see Counts).
	ingested, skipped, failed, statements, batches atomic.Int64
}

// Counts says what a pipeline has done since it was made: articles written (Ingested),
// documents that could not be read or extracted and were left out (Skipped), articles whose
// write failed (Failed), relation statements (evidence records) written, and write
// transactions committed (Batches).
type Counts struct {
	Ingested, Skipped, Failed, Statements, Batches int64
}

// Counts returns what p has done so far.
func (p *Pipeline) Counts() Counts {
	return Counts{Ingested: p.ingested.Load(), Skipped: p.skipped.Load(), Failed: p.failed.Load(),
		Statements: p.statements.Load(), Batches: p.batches.Load()}
}

// write writes a batch and counts it.
func (p *Pipeline) write(ctx context.Context, xs []*geokg.Extraction) (geokg.WriteSummary, error) {
	sum, err := p.Graph.Write(ctx, xs)
	if err != nil {
		p.failed.Add(int64(len(xs)))
		return sum, err
	}
	p.batches.Add(1)
	p.ingested.Add(int64(sum.Articles))
	p.statements.Add(int64(sum.Relations))
	return sum, nil
}

var _ geokg.Ingester = (*Pipeline)(nil)

// Known says which articles a graph holds: for each id it holds, the version of the
// extractor that wrote it.
type Known interface {
	ArticleVersions(ctx context.Context, ids []string) (map[string]string, error)
}

// Progress is what a run of Paths has done so far.
type Progress struct {
	Documents int // documents read, skipped ones included
	Unchanged int // skipped: in the graph as read by this extractor
	Written   int // articles written
	Failed    int // documents that could not be read or extracted
	Relations int // relation statements written
	Elapsed   time.Duration
}

// Extract reads one document without writing it. A URL that is not http(s) (a
// file's "javascript:" link) is dropped: the article is kept without it.
func (p *Pipeline) Extract(ctx context.Context, doc document.Document) (*geokg.Extraction, error) {
	if doc.URL != "" && !geokg.WebURL(doc.URL) {
		doc.URL = ""
	}
	x, err := p.Extractor.Extract(ctx, doc.Text, geokg.Article{Title: doc.Title, URL: doc.URL, Published: doc.Published})
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.Source, err)
	}
	x.Article.Source = doc.Outlet
	return x, nil
}

// Explain reads one document as Extract does and returns the extractor's account of
// each sentence (see extract.Explanation).
func (p *Pipeline) Explain(ctx context.Context, doc document.Document) (*extract.Explanation, error) {
	x, err := p.Extractor.Explain(ctx, doc.Text, geokg.Article{Title: doc.Title, URL: doc.URL, Published: doc.Published})
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.Source, err)
	}
	return x, nil
}

// IngestArticle extracts one article given as text or HTML and writes it (see
// geokg.Ingester). Title, URL and published date given in the input win over what the
// HTML says.
func (p *Pipeline) IngestArticle(ctx context.Context, in geokg.ArticleInput) (*geokg.Extraction, error) {
	var doc document.Document
	switch {
	case strings.TrimSpace(in.Text) != "" && strings.TrimSpace(in.HTML) != "":
		return nil, geokg.Errorf(geokg.CodeInvalidArgument, "give either text or html, not both")
	case strings.TrimSpace(in.Text) != "":
		doc = document.FromText(in.Text)
	case strings.TrimSpace(in.HTML) != "":
		d, err := document.FromHTML(strings.NewReader(in.HTML), in.URL)
		if err != nil {
			return nil, geokg.WrapError(geokg.CodeInvalidArgument, err, "html holds no article text")
		}
		doc = d
	default:
		return nil, geokg.Errorf(geokg.CodeInvalidArgument, "the article has no text: give text or html")
	}
	if in.Title != "" {
		doc.Title = in.Title
	}
	if in.URL != "" {
		if !geokg.WebURL(in.URL) {
			return nil, geokg.Errorf(geokg.CodeInvalidArgument, "url must be an http or https address")
		}
		doc.URL = in.URL
	}
	if in.Published != "" {
		d, ok := document.NormalizeDate(in.Published)
		if !ok {
			return nil, geokg.Errorf(geokg.CodeInvalidArgument, "published %q is not a date (want YYYY-MM-DD)", in.Published)
		}
		doc.Published = d
	}
	doc.Source = "input"
	x, err := p.Extract(ctx, doc)
	if err != nil {
		p.skipped.Add(1)
		return nil, err
	}
	x.Article.Source = strings.TrimSpace(in.Source)
	if _, err := p.write(ctx, []*geokg.Extraction{x}); err != nil {
		return nil, fmt.Errorf("ingest article: %w", err)
	}
	return x, nil
}

// Failure is a document that could not be read or extracted.
type Failure struct {
	Source string
	Err    error
}

// Report says what Paths did.
type Report struct {
	Documents int // documents read, those skipped as unchanged included
	Unchanged int // documents skipped: in the graph as read by this extractor (or, with OnlyOlder, not in it)
	Written   int // articles written
	Relations int // relation statements written
	// Entities counts the entities written, once per batch that names them.
	Entities int
	Failures []Failure
	Duration time.Duration

	// Undated counts the statements written without a date (geokg.Extraction.Undated):
	// neither the text nor the article fixes one, so date series leave them out.
	Undated int
}

// Paths ingests every supported file under paths (files or folders). A file that cannot
// be read or extracted is recorded in the report's Failures and the rest go on; a write
// that fails stops the run and is returned, with the report of what was written before.
// When ctx ends, no new batch is started, the batch being written is carried through
// (stopping it mid-commit could leave it written yet uncounted) and ctx's error is
// returned: the report counts exactly what was committed, and articles not reached are
// not failures.
func (p *Pipeline) Paths(ctx context.Context, paths []string) (Report, error) {
	began := time.Now()
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batchSize := p.BatchSize
	if batchSize <= 0 {
		batchSize = 200
	}

	type result struct {
		x   *geokg.Extraction
		doc document.Document
		err error
	}
	// When the graph is asked which documents it holds, documents queue up so that one
	// question covers many of them.
	queue := workers
	if p.Known != nil && (!p.Force || p.OnlyOlder) {
		queue = max(workers, 32)
	}
	docs := make(chan document.Document, queue)
	results := make(chan result, workers)
	var walkErr error
	go func() {
		defer close(docs)
		walkErr = p.Reader.Walk(paths, func(d document.Document) error {
			select {
			case docs <- d:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var unchanged atomic.Int64
	progress := func(rep *Report) {
		if p.Progress != nil {
			p.Progress(Progress{Documents: rep.Documents + int(unchanged.Load()), Unchanged: int(unchanged.Load()),
				Written: rep.Written, Failed: len(rep.Failures), Relations: rep.Relations, Elapsed: time.Since(began)})
		}
	}
	var todo <-chan document.Document = docs
	if p.Known != nil && (!p.Force || p.OnlyOlder) {
		todo = p.skipKnown(ctx, docs, workers, &unchanged)
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range todo {
				x, err := p.Extract(ctx, d)
				results <- result{x: x, doc: d, err: err}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	var rep Report
	var batch []*geokg.Extraction
	var writeErr error
	flush := func() {
		if len(batch) == 0 || writeErr != nil || parent.Err() != nil {
			return
		}
		// Not cancelled with ctx: the store's transaction timeout bounds it.
		sum, err := p.write(context.WithoutCancel(ctx), batch)
		if err != nil {
			writeErr = fmt.Errorf("write batch of %d: %w", len(batch), err)
			cancel()
			return
		}
		rep.Written += sum.Articles
		rep.Relations += sum.Relations
		for _, x := range batch {
			rep.Undated += x.Undated()
		}
		rep.Entities += sum.Entities
		batch = batch[:0]
		progress(&rep)
	}
	// While articles are only being skipped no result comes: tell the progress anyway.
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	lastUnchanged := int64(0)
read:
	for {
		var r result
		select {
		case <-tick.C:
			if n := unchanged.Load(); n != lastUnchanged {
				lastUnchanged = n
				progress(&rep)
			}
			continue
		case res, ok := <-results:
			if !ok {
				break read
			}
			r = res
		}
		if r.err != nil && ctx.Err() != nil && errors.Is(r.err, context.Canceled) {
			continue // not reached: the run stopped
		}
		rep.Documents++
		if r.err != nil {
			rep.Failures = append(rep.Failures, Failure{Source: r.doc.Source, Err: r.err})
			p.skipped.Add(1)
			continue
		}
		if writeErr == nil {
			batch = append(batch, r.x)
			if len(batch) >= batchSize {
				flush()
			}
		}
	}
	flush()
	progress(&rep)
	rep.Unchanged = int(unchanged.Load())
	rep.Documents += rep.Unchanged
	rep.Duration = time.Since(began)
	if writeErr != nil {
		return rep, writeErr
	}
	if err := parent.Err(); err != nil {
		return rep, fmt.Errorf("interrupted: %w", err)
	}
	if walkErr != nil && !errors.Is(walkErr, context.Canceled) {
		// Files that could not be read are failures of their own; the walk went on.
		var many interface{ Unwrap() []error }
		if errors.As(walkErr, &many) {
			for _, err := range many.Unwrap() {
				rep.Failures = append(rep.Failures, Failure{Source: "", Err: err})
				p.skipped.Add(1)
			}
		} else {
			rep.Failures = append(rep.Failures, Failure{Err: walkErr})
			p.skipped.Add(1)
		}
	}
	return rep, nil
}

// skipGroup is how many documents skipKnown asks the graph about at once, at most.
const skipGroup = 256

// skipKnown passes on the documents of in that the graph does not hold as read by this
// extractor, and counts the others in skipped. It asks about the documents that are
// waiting, up to skipGroup at a time, in one query. When the graph cannot answer, the
// documents pass (writing them again changes nothing).
func (p *Pipeline) skipKnown(ctx context.Context, in <-chan document.Document, buffer int, skipped *atomic.Int64) <-chan document.Document {
	out := make(chan document.Document, buffer)
	go func() {
		defer close(out)
		var group []document.Document
		for d := range in {
			group = append(group[:0], d)
		more:
			for len(group) < skipGroup {
				select {
				case d, ok := <-in:
					if !ok {
						break more
					}
					group = append(group, d)
				default:
					break more
				}
			}
			ids := make([]string, len(group))
			for i, d := range group {
				ids[i] = geokg.ArticleID(d.Text)
			}
			known, err := p.Known.ArticleVersions(ctx, ids)
			if err != nil && p.Log != nil && ctx.Err() == nil {
				p.Log.Warn("cannot tell which articles are written; extracting them all", "err", err)
			}
			for i, d := range group {
				v, held := known[ids[i]]
				current := err == nil && held && v == geokg.ExtractorVersion
				if p.OnlyOlder {
					current = err != nil || !held || v == geokg.ExtractorVersion
				}
				if current {
					skipped.Add(1)
					continue
				}
				select {
				case out <- d:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out
}
