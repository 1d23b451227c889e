package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/geokg/geokg"
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
			if err := s.Migrate(ctx); err != nil {
				return err
			}
			fmt.Fprintln(o.stdout, "schema is up to date")
			return nil
		},
	}
}

func ingestCommand() command {
	var batch, workers int
	var noMigrate bool
	return command{
		name: "ingest", args: "PATH...",
		summary: "Extracts every article in the files and folders named (.txt, .text, .md, .html, .htm, .json,\n" +
			".jsonl, .ndjson; folders are read recursively) and writes them to Neo4j, one transaction per\n" +
			"batch. Ingesting the same article again changes nothing. Files that cannot be read are\n" +
			"reported and skipped (exit code 5).",
		flags: func(fs *flag.FlagSet, o *options) {
			neo4jFlags(fs, o)
			gazetteerFlag(fs, o)
			fs.IntVar(&batch, "batch", 50, "articles per write transaction")
			fs.IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "articles extracted at once")
			fs.BoolVar(&noMigrate, "no-migrate", false, "do not set up the schema first")
		},
		run: func(ctx context.Context, o *options, args []string) error {
			if len(args) == 0 {
				return usageError{"name at least one file or folder"}
			}
			x, s, err := openPipeline(ctx, o, !noMigrate)
			if err != nil {
				return err
			}
			defer s.Close(context.Background())
			p := &ingest.Pipeline{Extractor: x, Graph: s, BatchSize: batch, Workers: workers, Log: o.log}
			rep, err := p.Paths(ctx, args)
			for _, f := range rep.Failures {
				if f.Source != "" {
					fmt.Fprintf(o.stderr, "skipped %s: %v\n", f.Source, f.Err)
				} else {
					fmt.Fprintf(o.stderr, "skipped: %v\n", f.Err)
				}
			}
			fmt.Fprintf(o.stdout, "ingested %d of %d article(s), %d relation statement(s), in %s\n",
				rep.Written, rep.Documents, rep.Relations, rep.Duration.Round(1e6))
			if err != nil {
				return err
			}
			if len(rep.Failures) > 0 {
				return partialError{fmt.Sprintf("%d article(s) could not be read or extracted", len(rep.Failures))}
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

func versionCommand() command {
	return command{
		name: "version", summary: "Prints geokg's version and its extractor's.",
		run: func(_ context.Context, o *options, _ []string) error {
			v := "devel"
			if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
				v = bi.Main.Version
			}
			fmt.Fprintf(o.stdout, "geokg %s (extractor %s, %s)\n", v, geokg.ExtractorVersion, runtime.Version())
			return nil
		},
	}
}
