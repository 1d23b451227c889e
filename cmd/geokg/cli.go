package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/gazetteer"
	"github.com/geokg/geokg/store"
)

// Exit codes that scripts can rely on.
const (
	exitOK          = 0
	exitFailure     = 1 // an internal error
	exitUsage       = 2 // bad flags or arguments
	exitInvalid     = 3 // bad input: unreadable or invalid article, bad gazetteer file
	exitUnavailable = 4 // Neo4j could not be reached
	exitPartial     = 5 // ingest wrote some articles but others failed
	// exitInterrupted follows the shell's convention for SIGINT; what was committed before
	// the interruption stays (one transaction per batch).
	exitInterrupted = 130
)

const usage = `geokg reads news articles into a Neo4j knowledge graph of geopolitical relations
and serves it through a GraphQL API.

Usage:
  geokg <command> [flags] [arguments]

Commands:
  extract  FILE...   print what would be written for each article (no database)
  parse    FILE...   print the syntactic analysis (CoNLL-U) of each article's sentences
  migrate            create the graph's constraints and indexes (idempotent)
  ingest   PATH...   extract and write files or folders of .txt, .html, .json, .jsonl
  reextract PATH...  rewrite the articles of these files that an older extractor read
  serve              serve the GraphQL API at /query and the playground at /
  stats              print what the graph holds
  show     NAME      print an entity, its relations and their evidence
  path     A B       print the shortest connections between two entities, with evidence per hop
  export             write relations or statements as CSV or NDJSON (--format, --what, filters)
  health             ask a running server whether it is ready (exit 0 when it is)
  version            print the version

Run 'geokg <command> --help' for a command's flags. Settings come from flags, else from
environment variables (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE,
GEOKG_GAZETTEER, GEOKG_ADDR, GEOKG_API_KEY, GEOKG_LOG_LEVEL, GEOKG_LOG_FORMAT).

Exit codes: 0 ok, 1 internal error, 2 usage, 3 invalid input, 4 Neo4j unavailable,
5 ingest partly failed, 130 interrupted.
`

// command is one subcommand: its flags and what it does.
type command struct {
	name, args, summary string
	flags               func(fs *flag.FlagSet, o *options)
	run                 func(ctx context.Context, o *options, args []string) error
}

// options are the settings every command may use.
type options struct {
	stdout, stderr io.Writer
	log            *slog.Logger

	neo4j     store.Config
	gazetteer string
	logLevel  string
	logFormat string
}

func commands() []command {
	return []command{extractCommand(), parseCommand(), migrateCommand(), ingestCommand(), reextractCommand(), serveCommand(), statsCommand(), showCommand(), pathCommand(), exportCommand(), healthCommand(), versionCommand()}
}

// run parses args, runs the command and returns the process exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(stdout, usage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	var cmd *command
	for _, c := range commands() {
		if c.name == args[0] {
			cmd = &c
			break
		}
	}
	if cmd == nil {
		fmt.Fprintf(stderr, "geokg: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	o := &options{stdout: stdout, stderr: stderr}
	fs := newFlagSet(*cmd, o)
	positional, err := parseInterleaved(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(o.logLevel)); err != nil {
		fmt.Fprintf(stderr, "geokg: bad --log-level %q\n", o.logLevel)
		return exitUsage
	}
	var handler slog.Handler
	switch o.logFormat {
	case "text":
		handler = slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})
	case "json":
		handler = slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: level})
	default:
		fmt.Fprintf(stderr, "geokg: bad --log-format %q: text or json\n", o.logFormat)
		return exitUsage
	}
	o.log = slog.New(cappedHandler{handler})
	if err := cmd.run(ctx, o, positional); err != nil {
		if ctx.Err() != nil {
			fmt.Fprintf(stderr, "geokg %s: interrupted\n", cmd.name)
			return exitInterrupted
		}
		return report(stderr, cmd.name, err)
	}
	return exitOK
}

// newFlagSet returns the flags of cmd bound to o; usage goes to o.stderr.
func newFlagSet(cmd command, o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("geokg "+cmd.name, flag.ContinueOnError)
	if o.stderr == nil {
		o.stderr = io.Discard
	}
	fs.SetOutput(o.stderr)
	fs.Usage = func() {
		fmt.Fprintf(o.stderr, "Usage: geokg %s [flags] %s\n\n%s\n\nFlags:\n", cmd.name, cmd.args, cmd.summary)
		fs.PrintDefaults()
	}
	fs.StringVar(&o.logLevel, "log-level", env("GEOKG_LOG_LEVEL", "info"), "log level: debug, info, warn, error (env GEOKG_LOG_LEVEL)")
	fs.StringVar(&o.logFormat, "log-format", env("GEOKG_LOG_FORMAT", "text"), "log format: text or json (env GEOKG_LOG_FORMAT)")
	if cmd.flags != nil {
		cmd.flags(fs, o)
	}
	return fs
}

// parseInterleaved parses flags that may stand before, between or after the arguments
// ("geokg extract a.txt --format json"); everything after "--" is an argument.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional, tail []string
	for i, a := range args {
		if a == "--" {
			args, tail = args[:i], args[i+1:]
			break
		}
	}
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return append(positional, tail...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// usageError marks an error in how the command was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// partialError marks a run that did part of its work.
type partialError struct{ msg string }

func (e partialError) Error() string { return e.msg }

// report prints err and maps it to an exit code.
func report(stderr io.Writer, name string, err error) int {
	fmt.Fprintf(stderr, "geokg %s: %v\n", name, err)
	var ue usageError
	var pe partialError
	switch {
	case errors.As(err, &ue):
		return exitUsage
	case errors.As(err, &pe):
		return exitPartial
	}
	switch geokg.ErrorCode(err) {
	case geokg.CodeInvalidArgument, geokg.CodeNotFound:
		return exitInvalid
	case geokg.CodeUnavailable:
		fmt.Fprintln(stderr, "hint: is Neo4j running? `make neo4j-up` starts the local one; NEO4J_URI says where geokg looks")
		return exitUnavailable
	}
	return exitFailure
}

// neo4jFlags adds the connection flags.
func neo4jFlags(fs *flag.FlagSet, o *options) {
	fs.StringVar(&o.neo4j.URI, "neo4j-uri", env("NEO4J_URI", store.DefaultURI), "Neo4j Bolt URI (env NEO4J_URI)")
	fs.StringVar(&o.neo4j.User, "neo4j-user", env("NEO4J_USER", "neo4j"), "Neo4j user (env NEO4J_USER)")
	fs.StringVar(&o.neo4j.Password, "neo4j-password", env("NEO4J_PASSWORD", ""), "Neo4j password (env NEO4J_PASSWORD; the local Neo4j accepts any)")
	fs.StringVar(&o.neo4j.Database, "neo4j-database", env("NEO4J_DATABASE", ""), "Neo4j database, the server's default when empty (env NEO4J_DATABASE)")
	fs.DurationVar(&o.neo4j.QueryTimeout, "query-timeout", envDuration("GEOKG_QUERY_TIMEOUT", 30*time.Second), "transaction timeout for the CLI's queries (env GEOKG_QUERY_TIMEOUT)")
}

// gazetteerFlag adds the user gazetteer flag.
func gazetteerFlag(fs *flag.FlagSet, o *options) {
	fs.StringVar(&o.gazetteer, "gazetteer", env("GEOKG_GAZETTEER", ""), "extra gazetteer file(s), YAML or JSON, comma-separated (env GEOKG_GAZETTEER)")
}

// openStore connects to Neo4j and checks that it answers.
func openStore(ctx context.Context, o *options) (*store.Store, error) {
	o.neo4j.Logger = o.log
	s, err := store.Open(o.neo4j)
	if err != nil {
		return nil, err
	}
	if err := s.Ping(ctx); err != nil {
		_ = s.Close(context.Background())
		return nil, fmt.Errorf("neo4j at %s: %w", o.neo4j.URI, err)
	}
	return s, nil
}

// openPipeline builds the extractor and opens the store, migrating it when asked; the
// caller closes the store.
func openPipeline(ctx context.Context, o *options, migrate bool) (*extract.Extractor, *store.Store, error) {
	x, err := newExtractor(o)
	if err != nil {
		return nil, nil, err
	}
	s, err := openStore(ctx, o)
	if err != nil {
		return nil, nil, err
	}
	if migrate {
		if _, err := s.Migrate(ctx); err != nil {
			_ = s.Close(context.Background())
			return nil, nil, err
		}
	}
	return x, s, nil
}

// newExtractor builds the extractor with the embedded gazetteer and the user's files.
func newExtractor(o *options) (*extract.Extractor, error) {
	var files []string
	for _, f := range strings.Split(o.gazetteer, ",") {
		if f = strings.TrimSpace(f); f != "" {
			files = append(files, f)
		}
	}
	g, err := gazetteer.Load(files...)
	if err != nil {
		return nil, geokg.WrapError(geokg.CodeInvalidArgument, err, "load gazetteer")
	}
	return extract.New(g), nil
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func envDuration(key string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(key)); err == nil && d > 0 {
		return d
	}
	return def
}
