package server

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// Metrics counts GraphQL operations (by operation name and answer code, with their
// latency) and Neo4j queries, and serves them at /metrics in Prometheus' text format.
// The zero value is not usable; call NewMetrics. It is safe for concurrent use.
type Metrics struct {
	mu         sync.Mutex
	operations map[opKey]int64
	latency    map[string]*histogram // by operation
	queries    histogram
	queryErrs  int64
	acquire    histogram

	// Pool, when set, is asked for the Neo4j connection pool's use at each scrape.
	Pool PoolUser
	// Ingest, when set, is asked for the ingestion counters at each scrape.
	Ingest IngestCounter
}

// PoolUser reports the Neo4j connection pool: connections held by transactions, transactions
// waiting for one, and the pool's size (store.Store).
type PoolUser interface {
	PoolUse() (inUse, waiting, size int)
}

// IngestCounter reports what ingestion has done (ingest.Pipeline through a small adapter
// in cmd/geokg): articles written, documents skipped as unreadable, articles whose write
// failed, relation statements written and write batches committed.
type IngestCounter interface {
	IngestCounts() (ingested, skipped, failed, statements, batches int64)
}

type opKey struct{ operation, code string }

// maxOperations bounds the distinct operation names kept; later ones count as "other".
const maxOperations = 100

// buckets are the upper bounds, in seconds, of the latency histograms.
var buckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15}

type histogram struct {
	counts []int64 // per bucket, not cumulative
	sum    float64
	n      int64
}

func (h *histogram) observe(d time.Duration) {
	if h.counts == nil {
		h.counts = make([]int64, len(buckets))
	}
	s := d.Seconds()
	h.sum += s
	h.n++
	for i, b := range buckets {
		if s <= b {
			h.counts[i]++
			return
		}
	}
}

// NewMetrics returns empty metrics.
func NewMetrics() *Metrics {
	return &Metrics{operations: map[opKey]int64{}, latency: map[string]*histogram{}}
}

// ObserveQuery records one Neo4j query (store.Config.QueryObserver).
func (m *Metrics) ObserveQuery(took time.Duration, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.queries.observe(took)
	if err != nil {
		m.queryErrs++
	}
}

// ObserveAcquire records how long a transaction waited for its Neo4j connection
// (store.Config.AcquireObserver).
func (m *Metrics) ObserveAcquire(waited time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.acquire.observe(waited)
}

// observe wraps the response handler of one operation to record it.
func (m *Metrics) observe(op *graphql.OperationContext, next graphql.ResponseHandler) graphql.ResponseHandler {
	if m == nil {
		return next
	}
	name := op.OperationName
	if name == "" && op.Operation != nil {
		name = op.Operation.Name
	}
	if name == "" {
		name = "anonymous"
	}
	return func(ctx context.Context) *graphql.Response {
		began := time.Now()
		resp := next(ctx)
		if resp == nil {
			return nil // a subscription that ended
		}
		codes := map[string]bool{}
		for _, e := range resp.Errors {
			if c, ok := e.Extensions["code"].(string); ok {
				codes[c] = true
			}
		}
		if len(codes) == 0 {
			codes["OK"] = true
		}
		m.mu.Lock()
		defer m.mu.Unlock()
		if _, known := m.latency[name]; !known && len(m.latency) >= maxOperations {
			name = "other"
		}
		h := m.latency[name]
		if h == nil {
			h = &histogram{}
			m.latency[name] = h
		}
		h.observe(time.Since(began))
		for c := range codes {
			m.operations[opKey{name, c}]++
		}
		return resp
	}
}

// ServeHTTP writes the metrics in Prometheus' text format.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var b strings.Builder
	b.WriteString("# HELP geokg_graphql_operations_total GraphQL operations by name and answer code (OK, or each error code).\n")
	b.WriteString("# TYPE geokg_graphql_operations_total counter\n")
	keys := make([]opKey, 0, len(m.operations))
	for k := range m.operations {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i].operation+"\x00"+keys[i].code < keys[j].operation+"\x00"+keys[j].code
	})
	for _, k := range keys {
		fmt.Fprintf(&b, "geokg_graphql_operations_total{operation=%q,code=%q} %d\n", k.operation, k.code, m.operations[k])
	}
	b.WriteString("# HELP geokg_graphql_operation_duration_seconds Time to answer a GraphQL operation.\n")
	b.WriteString("# TYPE geokg_graphql_operation_duration_seconds histogram\n")
	names := make([]string, 0, len(m.latency))
	for n := range m.latency {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		writeHistogram(&b, "geokg_graphql_operation_duration_seconds", fmt.Sprintf("operation=%q,", n), m.latency[n])
	}
	b.WriteString("# HELP geokg_neo4j_query_duration_seconds Time of one Neo4j query.\n")
	b.WriteString("# TYPE geokg_neo4j_query_duration_seconds histogram\n")
	writeHistogram(&b, "geokg_neo4j_query_duration_seconds", "", &m.queries)
	b.WriteString("# HELP geokg_neo4j_query_errors_total Neo4j queries that failed.\n")
	b.WriteString("# TYPE geokg_neo4j_query_errors_total counter\n")
	fmt.Fprintf(&b, "geokg_neo4j_query_errors_total %d\n", m.queryErrs)
	b.WriteString("# HELP geokg_neo4j_acquire_duration_seconds Time a transaction waited for its pooled connection (and BEGIN).\n")
	b.WriteString("# TYPE geokg_neo4j_acquire_duration_seconds histogram\n")
	writeHistogram(&b, "geokg_neo4j_acquire_duration_seconds", "", &m.acquire)
	if m.Pool != nil {
		inUse, waiting, size := m.Pool.PoolUse()
		for _, g := range []struct {
			name, help string
			v          int
		}{
			{"geokg_neo4j_pool_in_use", "Pooled Neo4j connections held by transactions.", inUse},
			{"geokg_neo4j_pool_idle", "Pool capacity not held by transactions (size minus in use).", max(size-inUse, 0)},
			{"geokg_neo4j_pool_waiting", "Transactions waiting for a pooled connection.", waiting},
			{"geokg_neo4j_pool_size", "The connection pool's size.", size},
		} {
			fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s gauge\n%s %d\n", g.name, g.help, g.name, g.name, g.v)
		}
	}
	if m.Ingest != nil {
		ingested, skipped, failed, statements, batches := m.Ingest.IngestCounts()
		for _, c := range []struct {
			name, help string
			v          int64
		}{
			{"geokg_ingest_articles_total", "Articles written to the graph.", ingested},
			{"geokg_ingest_skipped_total", "Documents left out because they could not be read or extracted.", skipped},
			{"geokg_ingest_failed_total", "Articles whose write failed.", failed},
			{"geokg_ingest_statements_total", "Relation statements (evidence records) written.", statements},
			{"geokg_ingest_batches_total", "Write transactions committed.", batches},
		} {
			fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", c.name, c.help, c.name, c.name, c.v)
		}
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	_, _ = w.Write([]byte(b.String()))
}

// writeHistogram writes h's cumulative buckets, sum and count; labels ends with a comma
// when not empty.
func writeHistogram(b *strings.Builder, name, labels string, h *histogram) {
	var cum int64
	for i, le := range buckets {
		if h.counts != nil {
			cum += h.counts[i]
		}
		fmt.Fprintf(b, "%s_bucket{%sle=\"%g\"} %d\n", name, labels, le, cum)
	}
	fmt.Fprintf(b, "%s_bucket{%sle=\"+Inf\"} %d\n", name, labels, h.n)
	trimmed := strings.TrimSuffix(labels, ",")
	if trimmed != "" {
		trimmed = "{" + trimmed + "}"
	}
	fmt.Fprintf(b, "%s_sum%s %g\n%s_count%s %d\n", name, trimmed, h.sum, name, trimmed, h.n)
}
