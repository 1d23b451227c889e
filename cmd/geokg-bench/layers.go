package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/internal/proccpu"
	"github.com/geokg/geokg/resolvers"
	"github.com/geokg/geokg/server"
	"github.com/geokg/geokg/store"
)

// timedStore is the store the layers' server reads through: it adds the time of every
// store call that the bench's reads make (the entity lookup, a page of relations with its
// parts, a neighbourhood, paths, a dyad) to spent, so that a request's time can be split
// into the store's part and the rest (HTTP, GraphQL, JSON). Layers runs one request at a
// time, so one sum serves.
type timedStore struct {
	*store.Store
	spent *atomic.Int64 // nanoseconds
}

func (t timedStore) since(began time.Time) { t.spent.Add(int64(time.Since(began))) }

// Entities is the store's, timed.
func (t timedStore) Entities(ctx context.Context, ids []string) (map[string]geokg.Entity, error) {
	defer t.since(time.Now())
	return t.Store.Entities(ctx, ids)
}

// RelationsWith is the store's, timed.
func (t timedStore) RelationsWith(ctx context.Context, f geokg.RelationFilter, p geokg.PageRequest, with geokg.PageWith) (geokg.EdgePageWith, error) {
	defer t.since(time.Now())
	return t.Store.RelationsWith(ctx, f, p, with)
}

// Neighborhood is the store's, timed.
func (t timedStore) Neighborhood(ctx context.Context, q geokg.NeighborhoodQuery) (geokg.Subgraph, error) {
	defer t.since(time.Now())
	return t.Store.Neighborhood(ctx, q)
}

// Paths is the store's, timed.
func (t timedStore) Paths(ctx context.Context, q geokg.PathQuery) ([]geokg.Path, error) {
	defer t.since(time.Now())
	return t.Store.Paths(ctx, q)
}

// Dyad is the store's, timed.
func (t timedStore) Dyad(ctx context.Context, q geokg.DyadQuery) (geokg.DyadSummary, error) {
	defer t.since(time.Now())
	return t.Store.Dyad(ctx, q)
}

// emptyQuery asks geokg for nothing that reads Neo4j: what a request costs with no read.
const emptyQuery = `{ __typename }`

// layerSample is one layer's requests for one read.
type layerSample struct {
	took, store, rest []time.Duration // rest: took minus the store's part, per request
	cpu, neo          time.Duration   // this process's and Neo4j's CPU over the requests; negative: unread
}

// layers splits a read's latency at one client into its layers, each measured on its own,
// one request after another, n per layer and round, the layers taking turns (the order
// turning between rounds):
//
//   - cypher: the floor's statement through the driver (as compare's floor);
//   - geokg: the GraphQL request over loopback HTTP (as compare's geokg), with the time
//     of the store's calls inside it (store) and the rest (HTTP, GraphQL, JSON, the
//     resolvers) per request;
//   - handler: the same request given to the server's handler in the process, with no
//     TCP and no HTTP client;
//   - empty: `{ __typename }` over loopback HTTP, a request that reads nothing.
//
// It prints the p50 of each, and this process's and Neo4j's CPU per request (Neo4j's
// from /proc when neo4jPID is not 0).
func layers(ctx context.Context, out io.Writer, s *store.Store, n, rounds int, reads []benchRead, neo4jPID int) error {
	// One client with its own key, as compare's clients have.
	ctx = context.WithValue(ctx, clientKey{}, "bench-client-0")
	spent := new(atomic.Int64)
	root := resolvers.New(timedStore{Store: s, spent: spent}, s, nil, geokg.DefaultLimits)
	root.Texts = s
	h := server.New(server.Config{Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))}, root, s)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + "/query"

	inProcess := func(ctx context.Context, query string, vars map[string]any) error {
		body := jsonBody(query, vars)
		req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/query", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-API-Key", "bench-client-0")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), `"errors"`) {
			return fmt.Errorf("handler: status %d: %.300s", rec.Code, rec.Body.String())
		}
		return nil
	}
	type layer struct {
		name string
		do   func(ctx context.Context, r benchRead) error
	}
	all := []layer{
		{"cypher", func(ctx context.Context, r benchRead) error {
			k, err := s.Floor(ctx, r.floor, r.params)
			if err == nil && k == 0 {
				err = fmt.Errorf("floor %s: no rows", r.floor)
			}
			return err
		}},
		{"geokg", func(ctx context.Context, r benchRead) error { return graphql(ctx, url, r.geokg, r.params) }},
		{"handler", func(ctx context.Context, r benchRead) error { return inProcess(ctx, r.geokg, r.params) }},
		{"empty", func(ctx context.Context, r benchRead) error { return graphql(ctx, url, emptyQuery, nil) }},
	}
	samples := map[string]*layerSample{}
	for _, r := range reads {
		for _, l := range all {
			for range 3 { // warm: plans, connections
				if err := l.do(ctx, r); err != nil {
					return fmt.Errorf("%s %s: %w", l.name, r.name, err)
				}
			}
			samples[r.name+"|"+l.name] = &layerSample{}
		}
	}
	for round := range rounds {
		for _, r := range reads {
			for i := range all {
				l := all[(i+round)%len(all)]
				x := samples[r.name+"|"+l.name]
				cpu, neo := selfCPU(), proccpu.Of(neo4jPID)
				for range n {
					spent.Store(0)
					began := time.Now()
					if err := l.do(ctx, r); err != nil {
						return fmt.Errorf("%s %s: %w", l.name, r.name, err)
					}
					took := time.Since(began)
					x.took = append(x.took, took)
					if l.name == "geokg" || l.name == "handler" {
						in := time.Duration(spent.Load())
						x.store = append(x.store, in)
						x.rest = append(x.rest, took-in)
					}
				}
				x.cpu = addCPU(x.cpu, cpu, selfCPU())
				x.neo = addCPU(x.neo, neo, proccpu.Of(neo4jPID))
			}
		}
	}
	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "read\tlayer\tp50 ms\tstore p50 ms\trest p50 ms\tCPU ms/req: bench\tneo4j\t\n")
	for _, r := range reads {
		for _, l := range all {
			x := samples[r.name+"|"+l.name]
			part := func(ds []time.Duration) string {
				if len(ds) == 0 {
					return "-"
				}
				return fmt.Sprintf("%.3f", ms(pct(ds, 50)))
			}
			fmt.Fprintf(tw, "%s\t%s\t%.3f\t%s\t%s\t%s\t%s\t\n", r.name, l.name, ms(pct(x.took, 50)), part(x.store), part(x.rest),
				perRequest(x.cpu, len(x.took)), perRequest(x.neo, len(x.took)))
		}
	}
	return tw.Flush()
}
