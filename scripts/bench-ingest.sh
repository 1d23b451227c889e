#!/usr/bin/env bash
# Measures ingestion as the graph grows: a seeded synthetic corpus (cmd/geokg-corpus) is
# ingested in chunks into a new, empty Neo4j of its own, and each chunk's rate is printed
# with the size of the graph it was written into; then the whole corpus is ingested again
# (every article unchanged: the rerun skips them).
#
#   NEO4J_PORT=7799 scripts/bench-ingest.sh [ARTICLES=20000] [CHUNK=2000] [SEED=1]
#
# NEO4J_PORT must be free (the script starts and stops its Neo4j in a temporary folder).
# GEOKG_BIN measures another build of geokg (an older commit, say); GEOKG_INGEST_FLAGS
# passes flags to every ingest (--batch, --workers; default: a 120 s transaction timeout,
# as a cold Neo4j on a loaded machine can take longer than the CLI's 30 s on a first batch).
#
# Besides each chunk's wall time and rate, the script prints the CPU time the chunk cost
# Neo4j's JVM and the geokg process (user + system, from /proc): the work per article,
# which other load on the machine does not change the way it changes the rate.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
total=${1:-20000}
chunk=${2:-2000}
seed=${3:-1}
: "${NEO4J_PORT:?set NEO4J_PORT to a free port}"
work=$(mktemp -d)
export NEO4J_HOME_DIR=$work/neo4j NEO4J_URI=bolt://127.0.0.1:$NEO4J_PORT
trap 'scripts/neo4j.sh down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

go build -o "$work/geokg" ./cmd/geokg
go build -o "$work/corpus" ./cmd/geokg-corpus
bin=${GEOKG_BIN:-$work/geokg}
"$work/corpus" -n "$total" -seed "$seed" >"$work/corpus.jsonl"
split -l "$chunk" -d -a 3 --additional-suffix=.jsonl "$work/corpus.jsonl" "$work/part-"
scripts/neo4j.sh up >/dev/null
"$bin" migrate >/dev/null
neo4j_pid=$(cut -d' ' -f1 "$NEO4J_HOME_DIR/neo4j.pid")
TIMEFORMAT='%U %S' # the ingest's own CPU time, user and system, from bash's time
tick=$(getconf CLK_TCK)
# cpu_seconds PID: the user + system CPU time the process has used so far, in seconds.
cpu_seconds() {
	awk -v t="$tick" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / t }' "/proc/$1/stat"
}

echo "geokg ingest of $total synthetic articles (seed $seed) in chunks of $chunk, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %-8s %-9s %-11s %-15s %-15s %s\n' "articles in the graph" "chunk" "seconds" "articles/s" "neo4j CPU s" "geokg CPU s" "load"
for f in "$work"/part-*.jsonl; do
	before=$("$bin" stats | sed -E 's/.*"articles":([0-9]+).*/\1/')
	n=$(wc -l <"$f")
	db0=$(cpu_seconds "$neo4j_pid")
	began=$(date +%s.%N)
	# shellcheck disable=SC2086
	{ time "$bin" ingest --no-migrate --log-level warn ${GEOKG_INGEST_FLAGS:---query-timeout 120s} "$f" >/dev/null 2>&3; } 3>&2 2>"$work/time"
	ended=$(date +%s.%N)
	db1=$(cpu_seconds "$neo4j_pid")
	awk -v b="$before" -v n="$n" -v s="$began" -v e="$ended" -v d0="$db0" -v d1="$db1" \
		-v g="$(awk '{ print $1 + $2 }' "$work/time")" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
		'BEGIN { printf "%-22s %-8s %-9.1f %-11.0f %-15.1f %-15.1f %s\n", b " to " b+n, n, e-s, n/(e-s), d1-d0, g, l }'
done
echo "rerun of the whole corpus (every article unchanged):"
began=$(date +%s.%N)
# shellcheck disable=SC2086
"$bin" ingest --no-migrate --log-level warn ${GEOKG_INGEST_FLAGS:---query-timeout 120s} "$work/corpus.jsonl" | tail -1
ended=$(date +%s.%N)
awk -v s="$began" -v e="$ended" 'BEGIN { printf "rerun took %.1f s\n", e-s }'
"$bin" stats
