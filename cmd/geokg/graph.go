package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/document"
	"github.com/geokg/geokg/ingest"
)

func migrateCommand() command {
	return command{
		name: "migrate", summary: "Creates the graph's constraints and indexes in Neo4j and waits until they are online.\nRunning it again changes nothing.",
		flags: neo4jFlags,
		run: func(ctx context.Context, o *options, args []string) error {
			if len(args) > 0 {
				return usageError{"migrate takes no arguments"}
			}
			s, err := openStore(ctx, o)
			if err != nil {
				return err
			}
			defer s.Close(context.Background())
			created, err := s.Migrate(ctx)
			if err != nil {
				return err
			}
			if created == 0 {
				fmt.Fprintln(o.stdout, "schema was up to date: nothing created")
			} else {
				fmt.Fprintf(o.stdout, "schema created: %d constraint(s) and index(es) added\n", created)
			}
			return nil
		},
	}
}

func ingestCommand() command {
	var batch, workers int
	var noMigrate, force bool
	var fields, stdinFormat string
	var progressEvery time.Duration
	return command{
		name: "ingest", args: "PATH...",
		summary: "Extracts every article in the files and folders named (.txt, .text, .md, .html, .htm, .json,\n" +
			".jsonl, .ndjson; folders are read recursively; - is standard input) and writes them to Neo4j,\n" +
			"one transaction per batch. An article already in the graph, with the same text and read by\n" +
			"this extractor, is skipped without extraction (--force reads it again), so a run that was\n" +
			"interrupted resumes where it stopped. Files that cannot be read are named and skipped: exit\n" +
			"code 5 when others were written, 3 when nothing was.",
		flags: func(fs *flag.FlagSet, o *options) {
			neo4jFlags(fs, o)
			gazetteerFlag(fs, o)
			fs.IntVar(&batch, "batch", 200, "articles per write transaction")
			fs.IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "articles extracted at once")
			fs.BoolVar(&noMigrate, "no-migrate", false, "do not set up the schema first")
			fs.BoolVar(&force, "force", false, "extract and write every article, even those the graph holds as read by this extractor")
			fs.StringVar(&fields, "fields", "", "JSON field names, as part=name[|name...] pairs, comma-separated (parts: title, url, date, text, html, source), e.g. text=body,source=outlet")
			fs.StringVar(&stdinFormat, "stdin-format", "text", "format of standard input (-): text, markdown, html, json or jsonl (gzip is recognised)")
			fs.DurationVar(&progressEvery, "progress", 10*time.Second, "how often to print a progress line when standard error is not a terminal (0: never)")
		},
		run: func(ctx context.Context, o *options, args []string) error {
			if len(args) == 0 {
				return usageError{"name at least one file or folder"}
			}
			reader, err := newReader(fields, stdinFormat)
			if err != nil {
				return err
			}
			x, s, err := openPipeline(ctx, o, !noMigrate)
			if err != nil {
				return err
			}
			defer s.Close(context.Background())
			p := &ingest.Pipeline{Extractor: x, Graph: s, Reader: reader, Known: s, Force: force, BatchSize: batch, Workers: workers, Log: o.log}
			bar := newProgressBar(o.stderr, args, progressEvery)
			p.Progress = bar.update
			rep, err := p.Paths(ctx, args)
			bar.done()
			for _, f := range rep.Failures {
				if f.Source != "" {
					fmt.Fprintf(o.stderr, "skipped %s: %v\n", f.Source, f.Err)
				} else {
					fmt.Fprintf(o.stderr, "skipped: %v\n", f.Err)
				}
			}
			if err != nil {
				return ingestStopped(ctx, o, rep, err)
			}
			switch {
			case rep.Written == 0 && rep.Unchanged == 0 && len(rep.Failures) > 0:
				return geokg.Errorf(geokg.CodeInvalidArgument, "nothing ingested: %d input(s) could not be read or extracted", len(rep.Failures))
			case rep.Written == 0 && rep.Unchanged == 0:
				return geokg.Errorf(geokg.CodeInvalidArgument, "nothing ingested: no article found in %s", strings.Join(args, ", "))
			}
			fmt.Fprint(o.stdout, summary(rep))
			if len(rep.Failures) > 0 {
				return partialError{fmt.Sprintf("%d input(s) could not be read or extracted", len(rep.Failures))}
			}
			return nil
		},
	}
}

// ingestStopped says what a run that stopped early committed and that running it again
// resumes (an article written before is not written twice): after an interruption, and
// when Neo4j went away (UNAVAILABLE, exit code 4, not a bad input).
func ingestStopped(ctx context.Context, o *options, rep ingest.Report, err error) error {
	const resume = "run the same command again to resume: articles already written are not written twice"
	switch {
	case ctx.Err() != nil:
		fmt.Fprintf(o.stderr, "interrupted: %d article(s), %d relation statement(s) committed; %s\n", rep.Written, rep.Relations, resume)
	case geokg.ErrorCode(err) == geokg.CodeUnavailable:
		return geokg.WrapError(geokg.CodeUnavailable, err,
			fmt.Sprintf("the graph database went away after %d article(s) were committed; %s", rep.Written, resume))
	}
	return err
}

func reextractCommand() command {
	var batch, workers int
	var fields, stdinFormat string
	return command{
		name: "reextract", args: "PATH...",
		summary: "Reads the files and folders named, as ingest does, and rewrites the articles that the graph\n" +
			"holds as read by an older extractor version; articles not in the graph, and those read by\n" +
			"this extractor, are skipped. (It reads the inputs again: articles written before the graph kept\n" +
			"their text have none to read from.)",
		flags: func(fs *flag.FlagSet, o *options) {
			neo4jFlags(fs, o)
			gazetteerFlag(fs, o)
			fs.IntVar(&batch, "batch", 200, "articles per write transaction")
			fs.IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "articles extracted at once")
			fs.StringVar(&fields, "fields", "", "JSON field names, as for ingest")
			fs.StringVar(&stdinFormat, "stdin-format", "text", "format of standard input (-), as for ingest")
		},
		run: func(ctx context.Context, o *options, args []string) error {
			if len(args) == 0 {
				return usageError{"name at least one file or folder"}
			}
			reader, err := newReader(fields, stdinFormat)
			if err != nil {
				return err
			}
			x, s, err := openPipeline(ctx, o, true)
			if err != nil {
				return err
			}
			defer s.Close(context.Background())
			p := &ingest.Pipeline{Extractor: x, Graph: s, Reader: reader, Known: s, OnlyOlder: true, BatchSize: batch, Workers: workers, Log: o.log}
			rep, err := p.Paths(ctx, args)
			for _, f := range rep.Failures {
				fmt.Fprintf(o.stderr, "skipped %s: %v\n", f.Source, f.Err)
			}
			if err != nil {
				return ingestStopped(ctx, o, rep, err)
			}
			fmt.Fprintf(o.stdout, "rewrote %d article(s) read by an older extractor, %d relation statement(s); %d of %d were current or not in the graph\n",
				rep.Written, rep.Relations, rep.Unchanged, rep.Documents)
			if len(rep.Failures) > 0 {
				return partialError{fmt.Sprintf("%d input(s) could not be read or extracted", len(rep.Failures))}
			}
			return nil
		},
	}
}

func statsCommand() command {
	return command{
		name: "stats", summary: "Prints how many articles, entities, events, evidence records and relations the graph holds, as JSON.",
		flags: neo4jFlags,
		run: func(ctx context.Context, o *options, args []string) error {
			s, err := openStore(ctx, o)
			if err != nil {
				return err
			}
			defer s.Close(context.Background())
			st, err := s.Stats(ctx)
			if err != nil {
				return err
			}
			return json.NewEncoder(o.stdout).Encode(map[string]int{
				"articles": st.Articles, "entities": st.Entities, "events": st.Events, "evidence": st.Evidence, "relations": st.Edges,
			})
		},
	}
}

// version is stamped at build time (make build: -ldflags "-X main.version=$(git describe)");
// without it, the version control information Go records is used.
var version string

func versionCommand() command {
	return command{
		name: "version", summary: "Prints geokg's version and its extractor's.",
		run: func(_ context.Context, o *options, _ []string) error {
			fmt.Fprintf(o.stdout, "geokg %s (extractor %s, %s)\n", buildVersion(), geokg.ExtractorVersion, runtime.Version())
			return nil
		},
	}
}

// buildVersion returns the stamped version, else the module version, else the commit the
// binary was built from (with "-dirty" for uncommitted changes), else "devel".
func buildVersion() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch {
		case s.Key == "vcs.revision":
			rev = s.Value[:min(12, len(s.Value))]
		case s.Key == "vcs.modified" && s.Value == "true":
			dirty = "-dirty"
		}
	}
	if rev == "" {
		return "devel"
	}
	return rev + dirty
}

// newReader reads the --fields and --stdin-format flags.
func newReader(fields, stdinFormat string) (document.Reader, error) {
	f, err := document.ParseFields(fields)
	if err != nil {
		return document.Reader{}, usageError{"--fields: " + err.Error()}
	}
	ext := map[string]string{"text": ".txt", "markdown": ".md", "html": ".html", "json": ".json", "jsonl": ".jsonl"}[stdinFormat]
	if ext == "" {
		return document.Reader{}, usageError{fmt.Sprintf("--stdin-format %q: text, markdown, html, json or jsonl", stdinFormat)}
	}
	return document.Reader{Fields: f, StdinName: "stdin" + ext}, nil
}
