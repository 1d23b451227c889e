// Package server is geokg's HTTP server: the GraphQL endpoint at /query (POST, GET and
// websockets), the playground at /, the explorer at /explore, the exports at /export/,
// health checks, and the middleware that bounds and guards every request (timeouts, body
// size, depth and complexity limits, API key).
package server

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/export"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/resolvers"
	"github.com/geokg/geokg/web"
)

// Config bounds and guards the server.
type Config struct {
	// Limits: the server applies MaxQueryDepth, MaxComplexity, MaxBodyBytes and
	// RequestTimeout (geokg.DefaultLimits' where zero); the resolvers the others.
	Limits geokg.Limits
	// APIKey, when set, is required (header "Authorization: Bearer KEY" or "X-API-Key")
	// for mutations, and for every operation when ProtectReads is set.
	APIKey       string
	ProtectReads bool
	// NoIntrospection refuses __schema and __type queries (production servers that
	// need not publish their schema; the playground then cannot load it).
	NoIntrospection bool
	// PersistedQueries, when set, are the only operations accepted (by name, the query's
	// text) from clients without the API key: sent whole, or as the SHA-256 of the text in
	// extensions.persistedQuery.sha256Hash. For dashboards in production.
	PersistedQueries map[string]string
	// Metrics, when set, counts operations and is served at /metrics (see Metrics).
	Metrics *Metrics
	Logger  *slog.Logger
	// Export, when set, serves GET /export/{relations,statements}.{csv,ndjson} (see
	// exportHandler); without it those answer UNAVAILABLE.
	Export export.Source
}

// Pinger checks that the graph database answers, for /readyz.
type Pinger interface {
	Ping(ctx context.Context) error
}

// New returns the HTTP handler of geokg: the GraphQL API of root (wired in cmd/geokg,
// subscriptions' feed included) at /query, the playground at /, and health checks, /readyz
// asking db.
func New(cfg Config, root *resolvers.Resolver, db Pinger) http.Handler {
	cfg.Limits = cfg.Limits.OrDefaults()
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	gql := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: root, Complexity: root.Complexity()}))
	// graphql-transport-ws clients are pinged every 15s and dropped when they do not answer
	// within 30s (so are their subscriptions); graphql-ws clients get keep-alives.
	transports := []graphql.Transport{
		transport.Websocket{KeepAlivePingInterval: 10 * time.Second, PingPongInterval: 15 * time.Second, InitFunc: websocketInit(cfg)},
		transport.Options{}, transport.GET{}, transport.POST{},
	}
	for _, t := range transports {
		gql.AddTransport(t)
	}
	present := presenter(cfg.Logger)
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if !cfg.NoIntrospection {
		gql.Use(extension.Introspection{})
	}
	allowed := newAllowList(cfg.PersistedQueries)
	if allowed != nil {
		gql.Use(extension.AutomaticPersistedQuery{Cache: allowed})
	} else {
		gql.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	}
	gql.Use(depthLimit{max: cfg.Limits.MaxQueryDepth})
	gql.Use(extension.FixedComplexityLimit(cfg.Limits.MaxComplexity))
	gql.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		op := graphql.GetOperationContext(ctx)
		if err := refuse(ctx, cfg, allowed, op); err != nil {
			return cfg.Metrics.observe(op, graphql.OneShot(&graphql.Response{Errors: gqlerror.List{present(ctx, err)}}))
		}
		ctx = context.WithValue(ctx, rootSlotsKey{}, make(chan struct{}, cfg.Limits.RootParallelism))
		return cfg.Metrics.observe(op, next(root.WithLoaders(ctx)))
	})
	gql.AroundRootFields(func(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
		// At most RootParallelism top-level fields of one request run at once.
		if slots, ok := ctx.Value(rootSlotsKey{}).(chan struct{}); ok {
			select {
			case slots <- struct{}{}:
				defer func() { <-slots }()
			case <-ctx.Done():
				return graphql.Null
			}
		}
		return next(ctx)
	})
	gql.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		// The operation's deadline: applied here so that it also covers websocket operations.
		ctx, cancel := context.WithTimeout(ctx, cfg.Limits.RequestTimeout)
		defer cancel()
		return next(ctx)
	})
	gql.SetErrorPresenter(present)
	gql.SetRecoverFunc(func(ctx context.Context, p any) error {
		cfg.Logger.ErrorContext(ctx, "panic in resolver", "panic", fmt.Sprint(p))
		return geokg.Errorf(geokg.CodeInternal, "internal error")
	})

	mux := http.NewServeMux()
	mux.Handle("/query", withAuthHeader(limitClients(cfg.Limits.MaxClientRequests, limitBody(cfg.Limits.MaxBodyBytes, supportedTransport(transports, gql)))))
	mux.Handle("GET /export/", withAuthHeader(limitClients(cfg.Limits.MaxClientRequests, exportHandler(cfg, cfg.Export))))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := db.Ping(ctx); err != nil {
			cfg.Logger.WarnContext(ctx, "not ready", "err", err)
			http.Error(w, "graph database unavailable", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	mux.Handle("/explore", web.Explorer())
	if cfg.Metrics != nil {
		mux.Handle("GET /metrics", cfg.Metrics)
	}
	mux.Handle("/", web.Playground())
	return withRequestID(logRequests(cfg.Logger, securityHeaders(mux)))
}

// refuse says why op may not run: no API key where one is needed, a query off the
// persisted list, too many top-level fields, introspection switched off; nil when it may.
func refuse(ctx context.Context, cfg Config, allowed allowList, op *graphql.OperationContext) error {
	if err := authorize(ctx, cfg, op); err != nil {
		return err
	}
	if allowed != nil && !allowed.allows(op.RawQuery) && !hasKey(ctx, cfg) {
		return geokg.Errorf(geokg.CodeInvalidArgument, "persisted queries only: this query is not on the server's list (the API key lifts the restriction)")
	}
	if n := rootFields(op); n > cfg.Limits.MaxRootFields {
		return geokg.Errorf(geokg.CodeLimitExceeded, "root field limit: the operation has %d top-level fields (aliases count), at most %d", n, cfg.Limits.MaxRootFields)
	}
	if cfg.NoIntrospection && introspects(op) {
		return geokg.Errorf(geokg.CodeInvalidArgument, "introspection is switched off on this server")
	}
	return nil
}

// rootSlotsKey keys the request's semaphore of top-level fields.
type rootSlotsKey struct{}

// rootFields counts the top-level fields of op, fragments spread and aliases counted.
func rootFields(op *graphql.OperationContext) int {
	if op.Operation == nil {
		return 0
	}
	root := map[ast.Operation]string{ast.Query: "Query", ast.Mutation: "Mutation", ast.Subscription: "Subscription"}[op.Operation.Operation]
	return len(graphql.CollectFields(op, op.Operation.SelectionSet, []string{root}))
}

// limitClients answers HTTP 429 with LIMIT_EXCEEDED when a client (its API key, else its
// address) already has max requests in flight; websocket connections are not counted.
func limitClients(max int, next http.Handler) http.Handler {
	var mu sync.Mutex
	inFlight := map[string]int{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			next.ServeHTTP(w, r)
			return
		}
		client, _ := r.Context().Value(apiKeyKey{}).(string)
		if client == "" {
			client, _, _ = net.SplitHostPort(r.RemoteAddr)
		}
		mu.Lock()
		busy := inFlight[client] >= max
		if !busy {
			inFlight[client]++
		}
		mu.Unlock()
		if busy {
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusTooManyRequests, geokg.Errorf(geokg.CodeLimitExceeded,
				"client request limit: at most %d requests at once per client; retry when one has answered", max))
			return
		}
		defer func() {
			mu.Lock()
			if inFlight[client]--; inFlight[client] == 0 {
				delete(inFlight, client)
			}
			mu.Unlock()
		}()
		next.ServeHTTP(w, r)
	})
}

// introspects reports whether op asks for __schema or __type.
func introspects(op *graphql.OperationContext) bool {
	if op.Operation == nil {
		return false
	}
	for _, sel := range op.Operation.SelectionSet {
		if f, ok := sel.(*ast.Field); ok && (f.Name == "__schema" || f.Name == "__type") {
			return true
		}
	}
	return false
}

// securityHeaders forbids framing (clickjacking) and content sniffing on every answer;
// the API's JSON may load and run nothing at all.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		if r.URL.Path == "/query" {
			h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
		} else {
			h.Set("Content-Security-Policy", "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'")
		}
		next.ServeHTTP(w, r)
	})
}

// limitBody refuses a request body over max bytes with HTTP 413 and LIMIT_EXCEEDED
// ("request body limit"), before GraphQL reads it.
func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		over := geokg.Errorf(geokg.CodeLimitExceeded, "request body limit: the body must be at most %d bytes", max)
		if r.ContentLength > max {
			writeError(w, http.StatusRequestEntityTooLarge, over)
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
			var tooLarge *http.MaxBytesError
			switch {
			case errors.As(err, &tooLarge):
				writeError(w, http.StatusRequestEntityTooLarge, over)
				return
			case err != nil:
				writeError(w, http.StatusBadRequest, geokg.Errorf(geokg.CodeInvalidArgument, "the request body could not be read"))
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		next.ServeHTTP(w, r)
	})
}

// supportedTransport answers a request that none of the transports takes (a PUT, a POST
// that is not JSON) with HTTP 400 and INVALID_ARGUMENT, saying what is supported.
func supportedTransport(transports []graphql.Transport, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, t := range transports {
			if t.Supports(r) {
				next.ServeHTTP(w, r)
				return
			}
		}
		writeError(w, http.StatusBadRequest, geokg.Errorf(geokg.CodeInvalidArgument,
			"transport not supported: send POST with Content-Type application/json, GET with ?query=, or a websocket (graphql-transport-ws)"))
	})
}

// writeError answers with a GraphQL error response whose extensions.code is err's code.
func writeError(w http.ResponseWriter, status int, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": geokg.ErrorMessage(err), "extensions": map[string]any{"code": string(geokg.ErrorCode(err))}}},
		"data":   nil,
	})
}

// presenter maps every error to a message and one of the domain's codes in
// extensions.code; the cause of an internal error is logged, never shown.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		if gqlErr.Message == "operation  not found" { // gqlgen's words for several operations and no name
			gqlErr.Message = "the document holds several operations: name the one to run in operationName"
		}
		var ge *geokg.Error
		var parseErr *gqlerror.Error
		switch {
		case errors.As(err, &ge):
			if ge.Code == geokg.CodeInternal || ge.Code == geokg.CodeUnavailable {
				// ge.Error() carries the cause; the message shown to the user does not.
				log.ErrorContext(ctx, "request failed", "code", ge.Code, "path", gqlErr.Path.String(), "err", ge.Error())
			}
			gqlErr.Message = ge.Message
			setCode(gqlErr, ge.Code)
			if ge.Code == geokg.CodeUnavailable {
				gqlErr.Extensions["retryable"] = true // a transient failure, not a bug: try again
			}
		case errors.Is(err, context.DeadlineExceeded):
			gqlErr.Message = "request timeout exceeded"
			setCode(gqlErr, geokg.CodeLimitExceeded)
		case errors.As(err, &parseErr) && parseErr.Extensions["code"] != nil:
			// gqlgen's own: GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, COMPLEXITY_LIMIT_EXCEEDED ...
			code := geokg.CodeInvalidArgument
			switch parseErr.Extensions["code"] {
			case string(geokg.CodeLimitExceeded):
				code = geokg.CodeLimitExceeded
			case "COMPLEXITY_LIMIT_EXCEEDED":
				code = geokg.CodeLimitExceeded
				gqlErr.Message = "complexity limit: " + gqlErr.Message
			}
			gqlErr.Extensions["reason"] = parseErr.Extensions["code"]
			setCode(gqlErr, code)
		case errors.As(err, &parseErr) && parseErr.Err == nil:
			setCode(gqlErr, geokg.CodeInvalidArgument) // argument coercion and validation
		default:
			log.ErrorContext(ctx, "internal error", "path", gqlErr.Path.String(), "err", err.Error())
			gqlErr.Message = "internal error"
			setCode(gqlErr, geokg.CodeInternal)
		}
		return gqlErr
	}
}

func setCode(e *gqlerror.Error, code geokg.Code) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = string(code)
}

type apiKeyKey struct{}

// withAuthHeader keeps the API key a request presents, for authorize.
func withAuthHeader(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-API-Key")
		if key == "" {
			key = bearer(r.Header.Get("Authorization"))
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), apiKeyKey{}, key)))
	})
}

// websocketInit takes the API key from the connection_init payload ("apiKey" or
// "Authorization") of a websocket client.
func websocketInit(cfg Config) transport.WebsocketInitFunc {
	return func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
		key, _ := p["apiKey"].(string)
		if key == "" {
			key = bearer(p.Authorization())
		}
		if key != "" {
			ctx = context.WithValue(ctx, apiKeyKey{}, key)
		}
		return ctx, nil, nil // the connection_ack carries nothing: never the credentials back
	}
}

// bearer returns the credentials of an "Authorization: Bearer KEY" value, the scheme
// compared case-insensitively (RFC 7235), or "".
func bearer(h string) string {
	scheme, key, ok := strings.Cut(strings.TrimSpace(h), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(key)
}

// authorize requires the API key for mutations (and every operation with ProtectReads).
func authorize(ctx context.Context, cfg Config, op *graphql.OperationContext) error {
	if cfg.APIKey == "" || op.Operation == nil {
		return nil
	}
	if op.Operation.Operation != ast.Mutation && !cfg.ProtectReads {
		return nil
	}
	if !hasKey(ctx, cfg) {
		return geokg.Errorf(geokg.CodeUnauthenticated, "this operation requires the API key (Authorization: Bearer KEY)")
	}
	return nil
}

// hasKey reports whether the request presents the server's API key.
func hasKey(ctx context.Context, cfg Config) bool {
	got, _ := ctx.Value(apiKeyKey{}).(string)
	return cfg.APIKey != "" && subtle.ConstantTimeCompare([]byte(got), []byte(cfg.APIKey)) == 1
}

// logRequests logs each request with its status and duration.
func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		began := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		log.DebugContext(r.Context(), "http", "method", r.Method, "path", r.URL.Path, "status", rec.status, "took", time.Since(began))
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the underlying writer (websocket hijack).
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }
