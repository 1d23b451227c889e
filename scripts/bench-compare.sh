#!/usr/bin/env bash
# bench-compare.sh - `make bench-compare`: geokg's GraphQL, the same reads as hand-written
# Cypher through the Go driver (the floor) and the peer, @neo4j/graphql under Apollo Server
# (bench/peer, installed from npm by `npm ci`), over the same Neo4j and the same seeded
# graph, interleaved, at 1 and 16 clients (cmd/geokg-bench). It uses the local Neo4j of
# scripts/neo4j.sh (NEO4J_PORT, NEO4J_HOME_DIR, NEO4J_URI as for the tests) and REPLACES
# its graph with the seeded one (BENCH_ARTICLES articles, 5 statements each).
# Environment: BENCH_ARTICLES (3000), BENCH_SECONDS per read, target and round (3),
# BENCH_ROUNDS (2), BENCH_CLIENTS (1,16), PEER_PORT (4005), BENCH_SKIP_SEED=1 to keep the graph.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# The Neo4j whose CPU compare reads is the one scripts/neo4j.sh runs under NEO4J_HOME_DIR.
export NEO4J_HOME_DIR="${NEO4J_HOME_DIR:-$root/.neo4j}"
uri="$(scripts/neo4j.sh up | tail -1)"
export NEO4J_URI="${NEO4J_URI:-$uri}"
work="$(mktemp -d)"
peer_pid=""
cleanup() {
  if [[ -n "$peer_pid" ]]; then kill "$peer_pid" 2>/dev/null || true; wait "$peer_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
go build -o "$work/geokg-bench" ./cmd/geokg-bench
if [[ "${BENCH_SKIP_SEED:-}" != 1 ]]; then
  "$work/geokg-bench" seed -articles "${BENCH_ARTICLES:-3000}"
fi
(cd bench/peer && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
port="${PEER_PORT:-4005}"
(cd bench/peer && PEER_PORT="$port" exec node server.mjs) >"$work/peer.log" 2>&1 &
peer_pid=$!
for _ in $(seq 1 60); do
  grep -q "peer:" "$work/peer.log" 2>/dev/null && break
  kill -0 "$peer_pid" 2>/dev/null || { cat "$work/peer.log" >&2; exit 1; }
  sleep 0.5
done
# -peer-pid: compare reads the CPU time of the peer's node (and of the Neo4j under
# NEO4J_HOME_DIR) around each run, and prints what a request cost each process.
"$work/geokg-bench" compare -peer "http://127.0.0.1:$port/" -peer-pid "$peer_pid" -seconds "${BENCH_SECONDS:-3}" \
  -rounds "${BENCH_ROUNDS:-2}" -clients "${BENCH_CLIENTS:-1,16}" ${BENCH_READS:+-reads "$BENCH_READS"}
