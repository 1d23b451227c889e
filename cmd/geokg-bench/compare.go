package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/geokg/geokg/internal/proccpu"
	"github.com/geokg/geokg/store"
)

// The entities the reads are about in the seeded graph: the busiest country, a pair of
// busy countries for the dashboard, and two groups with no direct link (each tied to one
// country only).
const (
	busy     = "country:USA"
	other    = "country:RUS"
	pathFrom = "group:bench-group-000"
	pathTo   = "group:bench-group-001"
)

// benchRead is one read as each target asks it.
type benchRead struct {
	name        string
	floor       store.FloorRead
	params      map[string]any
	geokg, peer string // GraphQL queries; their variables are params
}

var benchReads = []benchRead{
	{name: "entity", floor: store.FloorEntity, params: map[string]any{"id": busy},
		geokg: `query($id: ID!) { entity(id: $id) { id name kind } }`,
		peer:  `query($id: ID!) { entities(where: {id: {eq: $id}}) { id name kind } }`},
	{name: "relations", floor: store.FloorRelations, params: map[string]any{"id": busy},
		geokg: `query($id: ID!) { relations(filter: {either: $id}, first: 50) { edges { node {
  type count subject { id name } object { id name } evidence(first: 5) { sentence date article { title url } } } } } }`,
		peer: `query($id: ID!) { relationsWithEvidence(id: $id) {
  type count subject { id name } object { id name } evidence { sentence date article { title url } } } }`},
	{name: "neighborhood", floor: store.FloorNeighborhood, params: map[string]any{"id": busy},
		geokg: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { nodes { id name depth } edges { subjectId objectId type count } } }`,
		peer:  `query($id: ID!) { neighborhood(id: $id) { s t o count } }`},
	{name: "paths", floor: store.FloorPaths, params: map[string]any{"from": pathFrom, "to": pathTo},
		geokg: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) { length nodes { id } hops { type } } }`,
		peer:  `query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { nodes types } }`},
	{name: "dashboard", floor: store.FloorDashboard, params: map[string]any{"a": busy, "b": other},
		geokg: `query($a: ID!, $b: ID!) { dyad(a: $a, b: $b) { total byType { type count } byMonth { month count } } }`,
		peer:  `query($a: ID!, $b: ID!) { dyadCells(a: $a, b: $b) { t m n } }`},
}

// target runs one read once.
type target struct {
	name string
	do   func(ctx context.Context, r benchRead) error
}

var httpClient = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 128, MaxConnsPerHost: 128}, Timeout: 60 * time.Second}

// graphql posts a query with variables and fails on a transport error, a status other
// than 200 or an answer with errors.
func graphql(ctx context.Context, url, query string, vars map[string]any) error {
	key, _ := ctx.Value(clientKey{}).(string)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(jsonBody(query, vars)))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		// Each load client is its own client to geokg, whose limits are per client (no key
		// is configured, so the key only names the client).
		req.Header.Set("X-API-Key", key)
	}
	resp, err := httpClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(b, []byte(`"errors"`)) {
		return fmt.Errorf("%s: status %d: %.300s", url, resp.StatusCode, b)
	}
	return nil
}

// jsonBody is the JSON body of a GraphQL request.
func jsonBody(query string, vars map[string]any) string {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return string(b)
}

// clientKey names a load client in a request's context.
type clientKey struct{}

// cell is what one target did for one read at one client count, over every round.
type cell struct {
	took    []time.Duration
	rates   []float64 // requests per second of each round
	errors  int
	lastErr error
	// The CPU time spent while the target ran, over every round, by this process (the
	// load clients, the driver and, for geokg, its server), by Neo4j and by the peer's
	// process; negative when it could not be read.
	cpuSelf, cpuNeo4j, cpuPeer time.Duration
}

// CPU names the processes whose CPU time compare reads around each target's run, so that
// it can say what a request cost each of them: Neo4j and the peer by process id (0: not
// read). On two shared cores the throughput at many clients is about the cores divided by
// the CPU a request costs all the processes together.
type CPU struct{ Neo4j, Peer int }

// compare runs each of reads against every target, at each client count, for d per round,
// the targets taking turns within each round, and prints p50, p99 and throughput with the
// ratios of geokg to the floor and to the peer.
func compare(ctx context.Context, out io.Writer, s *store.Store, geokgURL, peerURL string, clients []int, d time.Duration, rounds int, reads []benchRead, pids CPU) error {
	targets := []target{
		{name: "geokg", do: func(ctx context.Context, r benchRead) error { return graphql(ctx, geokgURL, r.geokg, r.params) }},
		{name: "cypher", do: func(ctx context.Context, r benchRead) error {
			n, err := s.Floor(ctx, r.floor, r.params)
			if err == nil && n == 0 {
				err = fmt.Errorf("floor %s: no rows", r.floor)
			}
			return err
		}},
	}
	if peerURL != "" {
		targets = append(targets, target{name: "peer", do: func(ctx context.Context, r benchRead) error { return graphql(ctx, peerURL, r.peer, r.params) }})
	}
	// Every target answers every read before anything is timed (and warms up).
	for _, r := range reads {
		for _, t := range targets {
			for range 3 {
				if err := t.do(ctx, r); err != nil {
					return fmt.Errorf("%s %s: %w", t.name, r.name, err)
				}
			}
		}
	}
	cells := map[string]*cell{}
	key := func(c int, r, t string) string { return fmt.Sprint(c, "|", r, "|", t) }
	for _, c := range clients {
		for round := range rounds {
			for _, r := range reads {
				// The targets take turns; the order turns too, so none is always first.
				for i := range targets {
					t := targets[(i+round)%len(targets)]
					k := key(c, r.name, t.name)
					if cells[k] == nil {
						cells[k] = &cell{}
					}
					if err := load(ctx, t, r, c, d, cells[k], pids); err != nil {
						return err
					}
				}
			}
		}
	}
	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', tabwriter.AlignRight)
	var failures []string
	fmt.Fprintf(tw, "read\tclients\ttarget\tp50 ms\tp99 ms\treq/s (rounds)\terrors\tp50 vs cypher\treq/s vs cypher\treq/s vs peer\tCPU ms/req: bench\tneo4j\tpeer\t\n")
	for _, c := range clients {
		for _, r := range reads {
			for _, t := range targets {
				x := cells[key(c, r.name, t.name)]
				base, peer := cells[key(c, r.name, "cypher")], cells[key(c, r.name, "peer")]
				ratio := func(a, b float64) string {
					if b == 0 {
						return "-"
					}
					return fmt.Sprintf("%.2fx", a/b)
				}
				vsPeer := "-"
				if peer != nil {
					vsPeer = ratio(mean(x.rates), mean(peer.rates))
				}
				fmt.Fprintf(tw, "%s\t%d\t%s\t%.2f\t%.2f\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.name, c, t.name,
					ms(pct(x.took, 50)), ms(pct(x.took, 99)), rateRange(x.rates), x.errors,
					ratio(ms(pct(x.took, 50)), ms(pct(base.took, 50))), ratio(mean(x.rates), mean(base.rates)), vsPeer,
					perRequest(x.cpuSelf, len(x.took)), perRequest(x.cpuNeo4j, len(x.took)), perRequest(x.cpuPeer, len(x.took)))
				if x.lastErr != nil {
					failures = append(failures, fmt.Sprintf("%s, %d clients, %s: %d errors, the last: %.300s", r.name, c, t.name, x.errors, strings.ReplaceAll(x.lastErr.Error(), "\n", " ")))
				}
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, f := range failures {
		fmt.Fprintln(out, f)
	}
	return nil
}

// load runs clients workers, each sending t's read r one after another, for d.
func load(ctx context.Context, t target, r benchRead, clients int, d time.Duration, into *cell, pids CPU) error {
	ctx, cancel := context.WithTimeout(ctx, d+30*time.Second)
	defer cancel()
	var mu sync.Mutex
	var wg sync.WaitGroup
	self, neo, peer := selfCPU(), proccpu.Of(pids.Neo4j), proccpu.Of(pids.Peer)
	defer func() {
		into.cpuSelf = addCPU(into.cpuSelf, self, selfCPU())
		into.cpuNeo4j = addCPU(into.cpuNeo4j, neo, proccpu.Of(pids.Neo4j))
		into.cpuPeer = addCPU(into.cpuPeer, peer, proccpu.Of(pids.Peer))
	}()
	began := time.Now()
	until := began.Add(d)
	n := 0
	for i := range clients {
		wg.Add(1)
		ctx := context.WithValue(ctx, clientKey{}, fmt.Sprintf("bench-client-%d", i))
		go func() {
			defer wg.Done()
			var took []time.Duration
			var errs int
			var last error
			for time.Now().Before(until) && ctx.Err() == nil {
				s := time.Now()
				if err := t.do(ctx, r); err != nil {
					errs++
					last = err
					continue
				}
				took = append(took, time.Since(s)) // only answers count, in latency and rate
			}
			mu.Lock()
			into.took = append(into.took, took...)
			into.errors += errs
			if last != nil {
				into.lastErr = last
			}
			n += len(took)
			mu.Unlock()
		}()
	}
	wg.Wait()
	into.rates = append(into.rates, float64(n)/time.Since(began).Seconds())
	return ctx.Err()
}

func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[min(len(s)-1, len(s)*p/100)]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t / float64(len(xs))
}

func rateRange(xs []float64) string {
	if len(xs) == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f (%.0f-%.0f)", mean(xs), slices.Min(xs), slices.Max(xs))
}

// selfCPU is this process's CPU time (user and system).
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return -1
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// addCPU adds the CPU time between before and after to sum, or gives -1 when any of
// them could not be read.
func addCPU(sum, before, after time.Duration) time.Duration {
	if sum < 0 || before < 0 || after < 0 {
		return -1
	}
	return sum + after - before
}

// perRequest prints a CPU time divided among n requests in milliseconds, or "-".
func perRequest(cpu time.Duration, n int) string {
	if cpu < 0 || n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", ms(cpu)/float64(n))
}
