package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/ingest"
	"github.com/geokg/geokg/resolvers"
	"github.com/geokg/geokg/server"
)

// defaultAddr is where serve listens and health asks when GEOKG_ADDR is not set.
const defaultAddr = "127.0.0.1:8080"

func serveCommand() command {
	var addr, persisted string
	var cfg server.Config
	var pollInterval, pollLookback, shutdown time.Duration
	return command{
		name: "serve",
		summary: "Serves the GraphQL API at /query (POST, GET, websockets) and the playground at /, and\n" +
			"/healthz and /readyz. Stops on SIGINT or SIGTERM, letting requests finish for --shutdown-timeout.",
		flags: func(fs *flag.FlagSet, o *options) {
			neo4jFlags(fs, o)
			gazetteerFlag(fs, o)
			fs.StringVar(&addr, "addr", env("GEOKG_ADDR", defaultAddr), "listen address (env GEOKG_ADDR)")
			fs.StringVar(&cfg.APIKey, "api-key", env("GEOKG_API_KEY", ""), "API key required for mutations (env GEOKG_API_KEY)")
			fs.BoolVar(&cfg.ProtectReads, "protect-reads", env("GEOKG_PROTECT_READS", "") == "true", "require the API key for queries too (env GEOKG_PROTECT_READS=true)")
			fs.StringVar(&persisted, "persisted-queries", env("GEOKG_PERSISTED_QUERIES", ""), "JSON file {\"name\": \"query\"}: the only queries accepted without the API key (env GEOKG_PERSISTED_QUERIES)")
			fs.BoolVar(&cfg.NoIntrospection, "no-introspection", env("GEOKG_NO_INTROSPECTION", "") == "true", "refuse introspection queries, for production (env GEOKG_NO_INTROSPECTION=true; the playground then cannot load the schema)")
			d := geokg.DefaultLimits
			fs.DurationVar(&cfg.Limits.RequestTimeout, "request-timeout", envDuration("GEOKG_REQUEST_TIMEOUT", d.RequestTimeout), "per-request timeout, passed to Neo4j as the transaction timeout")
			fs.IntVar(&cfg.Limits.MaxQueryDepth, "max-depth", d.MaxQueryDepth, "deepest query accepted")
			fs.IntVar(&cfg.Limits.MaxRootFields, "max-root-fields", d.MaxRootFields, "most top-level fields (aliases count) of one operation")
			fs.IntVar(&cfg.Limits.RootParallelism, "root-parallelism", d.RootParallelism, "top-level fields of one request run at once")
			fs.IntVar(&cfg.Limits.MaxClientRequests, "max-client-requests", d.MaxClientRequests, "requests one client (API key, else address) may have in flight")
			fs.IntVar(&cfg.Limits.MaxComplexity, "max-complexity", d.MaxComplexity, "highest query complexity accepted (paged fields cost first x items; see docs/api.md)")
			fs.IntVar(&cfg.Limits.MaxPage, "max-page", d.MaxPage, "largest page size (first) accepted")
			fs.DurationVar(&pollInterval, "poll-interval", envDuration("GEOKG_POLL_INTERVAL", time.Second), "how often subscriptions look for new statements (env GEOKG_POLL_INTERVAL)")
			fs.DurationVar(&pollLookback, "poll-lookback", 10*time.Second, "how far back each poll looks, to catch slow commits")
			fs.DurationVar(&shutdown, "shutdown-timeout", 10*time.Second, "how long to let requests finish on shutdown")
		},
		run: func(ctx context.Context, o *options, args []string) error {
			if len(args) > 0 {
				return usageError{"serve takes no arguments"}
			}
			if persisted != "" {
				b, err := os.ReadFile(persisted)
				if err != nil {
					return geokg.WrapError(geokg.CodeInvalidArgument, err, "read --persisted-queries")
				}
				if err := json.Unmarshal(b, &cfg.PersistedQueries); err != nil {
					return geokg.WrapError(geokg.CodeInvalidArgument, err, "--persisted-queries: want a JSON object of names and queries")
				}
			}
			cfg.Metrics = server.NewMetrics() // served at /metrics
			o.neo4j.QueryObserver = cfg.Metrics.ObserveQuery
			o.neo4j.AcquireObserver = cfg.Metrics.ObserveAcquire
			x, s, err := openPipeline(ctx, o, true)
			if err != nil {
				return err
			}
			defer s.Close(context.Background())
			cfg.Logger = o.log
			// Wiring by hand: the resolvers read and write the store, ingest through the
			// pipeline, and subscriptions poll the store.
			pipeline := &ingest.Pipeline{Extractor: x, Graph: s, Log: o.log}
			cfg.Metrics.Pool, cfg.Metrics.Ingest = s, ingestCounts{pipeline}
			root := resolvers.New(s, s, pipeline, cfg.Limits)
			root.Feed = server.NewPoller(s, pollInterval, pollLookback, o.log)
			root.Texts, cfg.Export = s, s
			h := server.New(cfg, root, s)
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("listen on %s: %w", addr, err)
			}
			srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			o.log.Info("serving", "playground", "http://"+ln.Addr().String()+"/", "graphql", "http://"+ln.Addr().String()+"/query", "neo4j", o.neo4j.URI)
			select {
			case err := <-errc:
				return fmt.Errorf("serve: %w", err)
			case <-ctx.Done():
			}
			o.log.Info("shutting down", "timeout", shutdown)
			sctx, cancel := context.WithTimeout(context.Background(), shutdown)
			defer cancel()
			if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("shutdown: %w", err)
			}
			return nil
		},
	}
}

// ingestCounts serves a pipeline's counters to the metrics.
type ingestCounts struct{ p *ingest.Pipeline }

func (c ingestCounts) IngestCounts() (ingested, skipped, failed, statements, batches int64) {
	n := c.p.Counts()
	return n.Ingested, n.Skipped, n.Failed, n.Statements, n.Batches
}
