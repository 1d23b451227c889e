#!/usr/bin/env bash
# run.sh - `make run`: starts the local Neo4j (unless one answers), sets up the schema,
# ingests the sample articles in examples/articles/, and serves the API and the playground on
# http://localhost:8080 (GEOKG_ADDR overrides). Ctrl-C stops the server and the Neo4j this
# script started.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PORT=${NEO4J_PORT:-7687}
export NEO4J_URI=${NEO4J_URI:-bolt://127.0.0.1:$PORT}
ADDR=${GEOKG_ADDR:-127.0.0.1:8080}

started=0
cleanup() { if [[ $started == 1 ]]; then scripts/neo4j.sh down; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM
if (: <>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "run.sh: using the Neo4j already answering on port $PORT"
else
  scripts/neo4j.sh up
  started=1
fi
bin/geokg migrate
bin/geokg ingest examples/articles/
echo "run.sh: serving http://${ADDR/127.0.0.1/localhost}/ (the playground; GraphQL at /query)"
echo "run.sh: the explorer is at http://${ADDR/127.0.0.1/localhost}/explore; Ctrl-C stops everything"
bin/geokg serve --addr "$ADDR" &
server=$!
# Wait for the server; Ctrl-C reaches it through the process group and through this trap.
trap 'kill -INT $server 2>/dev/null; wait $server; exit 130' INT TERM
wait $server
