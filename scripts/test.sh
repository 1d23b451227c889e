#!/usr/bin/env bash
# test.sh - geokg's whole test suite, as `make test` and CI run it: builds the playground
# assets, starts the local Neo4j (unless one already answers on NEO4J_PORT), checks that the
# generated GraphQL code is current, runs go vet and every Go test (integration and
# end-to-end tests against the real Neo4j included), the load tests for 15 s each, runs each
# fuzz target briefly, and stops the Neo4j it started.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PORT=${NEO4J_PORT:-7687}
export NEO4J_URI=${NEO4J_URI:-bolt://127.0.0.1:$PORT}
# Each fuzz target runs for a number of inputs (about 10 s each on this project's 2-core
# machine), not a duration: Go 1.26's fuzzing coordinator can report a spurious "context
# deadline exceeded" failure, with no failing input, when a duration's deadline meets a
# worker still running an input on a loaded machine (go.dev/issue/75804, fixed in Go 1.27).
# FUZZTIME (a duration "30s" or a count "50000x") overrides the three budgets.
# The browser tests save their screenshots here (kept after the run; git-ignored).
export GEOKG_BROWSER_ARTIFACTS=${GEOKG_BROWSER_ARTIFACTS:-$ROOT/test-artifacts/browser}

make --no-print-directory web

# The browser test (server/browser_test.go) drives Debian's Chromium; install it on a fresh
# machine when we can (root), else it skips (and fails under CI=true).
if ! command -v chromium >/dev/null; then
  if [[ $(id -u) == 0 ]]; then
    echo "test.sh: installing chromium for the browser test"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test.sh: chromium is not installed and we are not root: the browser test will skip"
  fi
fi

started=0
stop_neo4j() { if [[ $started == 1 ]]; then scripts/neo4j.sh down; fi; }
trap stop_neo4j EXIT
if (: <>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "test.sh: using the Neo4j already answering on port $PORT"
else
  scripts/neo4j.sh up
  started=1
fi

scripts/check-generated.sh
# The VADER sentiment lexicon (MIT), from which `make polarity` writes frames/data/polarity.txt:
# frames/internal/polarity's test regenerates the file from it and compares. pip fetches it
# once into the cache; without it that test skips (and fails under CI=true).
VADER_DIR=${VADER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/geokg/vader}
if [[ ! -f $VADER_DIR/vaderSentiment/vader_lexicon.txt ]]; then
  make --no-print-directory vader-lexicon VADER_DIR="$VADER_DIR" >/dev/null ||
    echo "test.sh: could not fetch the VADER lexicon with pip: the polarity.txt check will skip"
fi
if [[ -f $VADER_DIR/vaderSentiment/vader_lexicon.txt ]]; then
  export VADER_LEXICON=$VADER_DIR/vaderSentiment/vader_lexicon.txt
fi
go vet ./...
# Integration tests share Neo4j's one database; test processes take turns through a lock
# file (internal/neo4jtest), so packages still build and run in parallel.
go test -count=1 -timeout=15m ./...
# The load tests (server/load_test.go): 200 clients of mixed reads and ingests, and alias bombs
# beside normal clients, each for GEOKG_LOAD_SECONDS over loopback; they assert no errors, no
# lost write and a flat heap, never timings (the figures are in BENCHMARKS.md).
GEOKG_LOAD=1 GEOKG_LOAD_SECONDS=${GEOKG_LOAD_SECONDS:-15} go test -count=1 -run '^TestLoad' ./server/
go test -run='^$' -fuzz='^FuzzExtract$' -fuzztime="${FUZZTIME:-25000x}" ./extract/
go test -run='^$' -fuzz='^FuzzParse$' -fuzztime="${FUZZTIME:-40000x}" ./document/
go test -run='^$' -fuzz='^FuzzSyntax$' -fuzztime="${FUZZTIME:-8000x}" ./syntax/
