// Command geokg-bench seeds a graph for measuring reads and compares geokg's GraphQL with
// the same reads as hand-written Cypher (the floor) and with the peer, @neo4j/graphql
// (bench/peer), over the same Neo4j: `make bench-compare` (see BENCHMARKS.md). `layers`
// splits a read's latency at one client into the floor, geokg's store calls, its handler
// in the process and over HTTP, and a request that reads nothing.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/proccpu"
	"github.com/geokg/geokg/resolvers"
	"github.com/geokg/geokg/server"
	"github.com/geokg/geokg/store"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "geokg-bench:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: geokg-bench seed|compare|layers [flags] (seed replaces the graph)")
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	uri := fs.String("uri", envOr("NEO4J_URI", store.DefaultURI), "Neo4j URI")
	articles := fs.Int("articles", 3000, "seed: how many articles (5 statements each)")
	batch := fs.Int("batch", 100, "seed: articles per write")
	seedN := fs.Uint64("seed", 1, "seed: the random seed")
	peer := fs.String("peer", "", "compare: the peer's GraphQL URL (none: the peer is left out)")
	seconds := fs.Float64("seconds", 3, "compare: seconds per read, target and client count in each round")
	rounds := fs.Int("rounds", 2, "compare, layers: rounds (the targets, or the layers, take turns within each)")
	clients := fs.String("clients", "1,16", "compare: client counts")
	reads := fs.String("reads", "", "compare, layers: the reads to run, comma separated (default all)")
	peerPID := fs.Int("peer-pid", 0, "compare: the peer's process id, to read its CPU time per request (0: not read)")
	n := fs.Int("n", 300, "layers: requests per layer, read and round")
	cpuprofile := fs.String("cpuprofile", "", "compare, layers: write this process's CPU profile (load clients, driver and geokg's server) to this file")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	s, err := store.Open(store.Config{URI: *uri, MaxConnections: 64, Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	switch args[0] {
	case "seed":
		// The seeded graph replaces what the database holds, so that figures are of it alone.
		if err := s.Reset(ctx); err != nil {
			return err
		}
		if _, err := s.Migrate(ctx); err != nil {
			return err
		}
		began := time.Now()
		return seed(ctx, s, *articles, *batch, *seedN, func(done int) {
			fmt.Fprintf(os.Stderr, "\rseeded %d of %d articles (%.0f/s)", done, *articles, float64(done)/time.Since(began).Seconds())
			if done == *articles {
				fmt.Fprintln(os.Stderr)
			}
		})
	case "layers":
		return layers(ctx, os.Stdout, s, *n, *rounds, pickReads(*reads), proccpu.LocalNeo4j())
	case "compare":
		addr, shutdown, err := serveGeokg(s)
		if err != nil {
			return err
		}
		defer shutdown()
		var counts []int
		for _, c := range strings.Split(*clients, ",") {
			var n int
			if _, err := fmt.Sscan(c, &n); err != nil || n < 1 || n > 64 {
				return fmt.Errorf("client count %q: want 1 to 64", c)
			}
			counts = append(counts, n)
		}
		return compare(ctx, os.Stdout, s, "http://"+addr+"/query", *peer, counts, time.Duration(*seconds*float64(time.Second)), *rounds, pickReads(*reads), CPU{Neo4j: proccpu.LocalNeo4j(), Peer: *peerPID})
	}
	return fmt.Errorf("unknown command %q: want seed, compare or layers", args[0])
}

// pickReads is the bench's reads named in a comma-separated list, in the bench's order,
// or all of them for "".
func pickReads(list string) []benchRead {
	if list == "" {
		return benchReads
	}
	named := strings.Split(list, ",")
	var reads []benchRead
	for _, r := range benchReads {
		if slices.Contains(named, r.name) {
			reads = append(reads, r)
		}
	}
	return reads
}

// serveGeokg serves geokg's API over s on a loopback port, as `geokg serve` wires it
// (no key, the default limits), and returns its address and a shutdown.
func serveGeokg(s *store.Store) (string, func(), error) {
	root := resolvers.New(s, s, nil, geokg.DefaultLimits)
	root.Texts = s
	h := server.New(server.Config{Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))}, root, s)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	return ln.Addr().String(), func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}, nil
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
