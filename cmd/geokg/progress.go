package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/ingest"
)

// summary is what `geokg ingest` prints at the end of a run.
func summary(rep ingest.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "ingested %d of %d article(s), %d relation statement(s)%s, in %s\n",
		rep.Written, rep.Documents, rep.Relations, undated(rep.Undated), rep.Duration.Round(time.Millisecond))
	fmt.Fprintf(&b, "read %d, skipped as unchanged %d, failed %d, written %d (%d relation statement(s), %d entity write(s)), %s\n",
		rep.Documents, rep.Unchanged, len(rep.Failures), rep.Written, rep.Relations, rep.Entities, rate(rep.Documents, rep.Duration))
	return b.String()
}

// rate renders n items in d as items per second.
func rate(n int, d time.Duration) string {
	if d <= 0 {
		return "- articles/s"
	}
	return fmt.Sprintf("%.1f articles/s", float64(n)/d.Seconds())
}

// progressBar shows a run's progress on standard error: a bar with rate and ETA redrawn in
// place on a terminal, else one line every `every`.
type progressBar struct {
	w        io.Writer
	terminal bool
	every    time.Duration
	total    int // documents expected, 0 when unknown

	mu          sync.Mutex
	last        time.Time
	lastPrinted ingest.Progress
	drawn       bool
}

func newProgressBar(w io.Writer, paths []string, every time.Duration) *progressBar {
	p := &progressBar{w: w, every: every, last: time.Now()}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.terminal = true
			p.total = countDocuments(paths)
		}
	}
	return p
}

// update takes the run's counts so far (ingest.Pipeline.Progress).
func (p *progressBar) update(pr ingest.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lastPrinted = pr
	now := time.Now()
	switch {
	case p.terminal && now.Sub(p.last) >= 200*time.Millisecond:
		p.last = now
		fmt.Fprintf(p.w, "\r\033[K%s", p.line(pr, true))
		p.drawn = true
	case !p.terminal && p.every > 0 && now.Sub(p.last) >= p.every:
		p.last = now
		fmt.Fprintf(p.w, "progress: %s\n", p.line(pr, false))
	}
}

// done clears the bar.
func (p *progressBar) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func (p *progressBar) line(pr ingest.Progress, bar bool) string {
	var b strings.Builder
	if bar && p.total > 0 {
		const width = 24
		filled := min(width, pr.Documents*width/p.total)
		fmt.Fprintf(&b, "[%s%s] %d/%d ", strings.Repeat("=", filled), strings.Repeat(" ", width-filled), pr.Documents, p.total)
	} else {
		fmt.Fprintf(&b, "%d read ", pr.Documents)
	}
	fmt.Fprintf(&b, "(%d unchanged, %d written, %d failed), %s", pr.Unchanged, pr.Written, pr.Failed, rate(pr.Documents, pr.Elapsed))
	if p.total > pr.Documents && pr.Documents > 0 {
		left := time.Duration(float64(pr.Elapsed) / float64(pr.Documents) * float64(p.total-pr.Documents))
		fmt.Fprintf(&b, ", ETA %s", left.Round(time.Second))
	}
	return b.String()
}

// countDocuments estimates how many documents paths hold, for the ETA: one per file, one
// per line of JSON Lines (gzipped or not); 0 when standard input is among them.
func countDocuments(paths []string) int {
	n := 0
	for _, root := range paths {
		if root == document.Stdin {
			return 0
		}
		_ = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || (path != root && (strings.HasPrefix(d.Name(), ".") || !document.Supported(path))) {
				return nil
			}
			n += documentsIn(path)
			return nil
		})
	}
	return n
}

func documentsIn(path string) int {
	name := strings.ToLower(strings.TrimSuffix(strings.ToLower(path), ".gz"))
	if !strings.HasSuffix(name, ".jsonl") && !strings.HasSuffix(name, ".ndjson") {
		return 1
	}
	f, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	var r io.Reader = bufio.NewReader(f)
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		z, err := gzip.NewReader(r)
		if err != nil {
			return 1
		}
		r = z
	}
	n := 0
	buf := make([]byte, 1<<16)
	for {
		k, err := r.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if err != nil {
			return max(n, 1)
		}
	}
}
