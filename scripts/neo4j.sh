#!/usr/bin/env bash
# neo4j.sh - run a real local Neo4j 5 Community for geokg dev, tests and CI, without Docker.
#
# Neo4j runs embedded in tools/neo4j/Launcher.java; its jars come from Maven (tools/neo4j/pom.xml).
# Bolt listens on 127.0.0.1 only and auth is DISABLED: any credentials (e.g. neo4j/anything) work.
#
# Usage: scripts/neo4j.sh up|down|status|reset
#   up      start in the background (no-op if already running); prints bolt://127.0.0.1:PORT
#   down    stop cleanly (SIGTERM, then SIGKILL after 30s); exit 0 if nothing was running
#   status  exit 0 if running and Bolt answers, 3 otherwise
#   reset   down, then delete the data directory
#
# Environment:
#   NEO4J_PORT           Bolt port (default 7687)
#   NEO4J_HOME_DIR       state dir: pid file, logs, classpath cache (default <repo>/.neo4j)
#   NEO4J_DATA_DIR       store + Neo4j's own logs (default $NEO4J_HOME_DIR/data)
#   NEO4J_HEAP           JVM heap flags (default "-Xms512m -Xmx1g")
#   NEO4J_PAGECACHE      page cache size (default 256m)
#   NEO4J_START_TIMEOUT  seconds to wait for Bolt on `up` (default 120)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${NEO4J_HOME_DIR:-$ROOT/.neo4j}
DATA=${NEO4J_DATA_DIR:-$STATE/data}
PORT=${NEO4J_PORT:-7687}
HEAP=${NEO4J_HEAP:--Xms512m -Xmx1g}
PAGECACHE=${NEO4J_PAGECACHE:-256m}
TIMEOUT=${NEO4J_START_TIMEOUT:-120}
POM=$ROOT/tools/neo4j/pom.xml
SRC=$ROOT/tools/neo4j/Launcher.java
PIDFILE=$STATE/neo4j.pid # "PID PORT"
LOG=$STATE/neo4j.log
# JVM flags Neo4j's own start script also uses.
JVM_OPTS=(--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true
  -XX:+ExitOnOutOfMemoryError -XX:-OmitStackTraceInFastThrow)

die() { echo "neo4j.sh: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found${2:+ ($2)}"; }
hash_of() { cksum <"$1" | cut -d' ' -f1; }

# True if $1 is a live (non-zombie) Launcher process.
is_ours() {
  local info
  info=$(ps -p "$1" -o stat= -o args= 2>/dev/null) || return 1
  [[ $info != Z* && $info == *Launcher* ]]
}
bolt_answers() { (: <>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Sets PID/RUNPORT from the pid file; fails if no Launcher of ours is alive.
read_pidfile() {
  [[ -f $PIDFILE ]] || return 1
  read -r PID RUNPORT _ <"$PIDFILE" || true
  [[ -n ${PID:-} ]] && is_ours "$PID" && RUNPORT=${RUNPORT:-$PORT}
}

# Prints the Neo4j classpath, resolving it with Maven once per pom.xml version.
classpath() {
  local cpfile="$STATE/classpath-$(hash_of "$POM").txt" cp jar ok=1
  if [[ -s $cpfile ]]; then
    cp=$(<"$cpfile")
    IFS=: read -ra jars <<<"$cp"
    for jar in "${jars[@]}"; do [[ -f $jar ]] || { ok=0; break; }; done
    ((ok)) && { printf '%s' "$cp"; return; }
  fi
  need mvn "install Maven 3.8+"
  echo "neo4j.sh: resolving Neo4j jars with Maven (first run downloads ~120MB into ~/.m2)..." >&2
  rm -f "$STATE"/classpath-*.txt
  # Offline first (fast when ~/.m2 is warm), online if something is missing.
  if ! mvn -o -q -B -f "$POM" dependency:build-classpath -Dmdep.outputFile="$cpfile.tmp" >"$STATE/mvn.log" 2>&1 &&
    ! mvn -q -B -f "$POM" dependency:build-classpath -Dmdep.outputFile="$cpfile.tmp" >"$STATE/mvn.log" 2>&1; then
    tail -n 30 "$STATE/mvn.log" >&2
    die "mvn could not resolve $POM (full log: $STATE/mvn.log)"
  fi
  mv "$cpfile.tmp" "$cpfile"
  cat "$cpfile"
}

# Compiles Launcher.java into $STATE/classes when it or the classpath changed.
compile() {
  local cp=$1 stamp="$STATE/classes/.stamp" want
  want="$(hash_of "$SRC") $(printf '%s' "$cp" | cksum | cut -d' ' -f1)"
  [[ -f $stamp && $(<"$stamp") == "$want" ]] && return
  need javac "install a JDK 17+"
  rm -rf "$STATE/classes"
  javac -nowarn -d "$STATE/classes" -cp "$cp" "$SRC" || die "javac failed on $SRC"
  echo "$want" >"$stamp"
}

# Waits until $1 answers Bolt on $2 and has logged readiness; exits 1 if it dies or times out.
wait_ready() {
  local pid=$1 port=$2 deadline=$((SECONDS + TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! is_ours "$pid"; then
      echo "neo4j.sh: neo4j exited during startup; last lines of $LOG:" >&2
      tail -n 40 "$LOG" >&2
      rm -f "$PIDFILE"
      exit 1
    fi
    if bolt_answers "$port" && grep -q '^neo4j ready' "$LOG"; then
      echo "bolt://127.0.0.1:$port"
      exit 0
    fi
    sleep 0.5
  done
  echo "neo4j.sh: Bolt did not answer on port $port within ${TIMEOUT}s; last lines of $LOG:" >&2
  tail -n 40 "$LOG" >&2
  cmd_down >&2
  exit 1
}

cmd_up() {
  if read_pidfile; then wait_ready "$PID" "$RUNPORT"; fi
  rm -f "$PIDFILE"
  need java "install a JDK 17+"
  local ver
  ver=$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
  [[ ${ver%%.*} =~ ^[0-9]+$ && ${ver%%.*} -ge 17 ]] || die "java 17+ required, found '${ver:-unknown}'"
  bolt_answers "$PORT" && die "port $PORT is already in use by another process (set NEO4J_PORT)"
  mkdir -p "$STATE" "$DATA" || die "cannot create $STATE or $DATA"
  local cp
  cp=$(classpath)
  compile "$cp"
  [[ -f $LOG ]] && mv -f "$LOG" "$LOG.1"
  # shellcheck disable=SC2086 # HEAP is a list of flags
  nohup ${SETSID:-} java $HEAP "${JVM_OPTS[@]}" -cp "$STATE/classes:$cp" Launcher \
    --port "$PORT" --data "$DATA" --pagecache "$PAGECACHE" >"$LOG" 2>&1 </dev/null &
  echo "$! $PORT" >"$PIDFILE"
  wait_ready "$!" "$PORT"
}

cmd_down() {
  if ! read_pidfile; then
    rm -f "$PIDFILE"
    echo "neo4j not running"
    return 0
  fi
  kill -TERM "$PID" 2>/dev/null || true
  local i
  for ((i = 0; i < 60; i++)); do
    is_ours "$PID" || break
    sleep 0.5
  done
  if is_ours "$PID"; then
    echo "neo4j.sh: pid $PID did not stop within 30s; sending SIGKILL" >&2
    kill -KILL "$PID" 2>/dev/null || true
  fi
  rm -f "$PIDFILE"
  echo "neo4j stopped"
}

cmd_status() {
  if read_pidfile && bolt_answers "$RUNPORT"; then
    echo "neo4j running (pid $PID) bolt://127.0.0.1:$RUNPORT"
  elif read_pidfile; then
    echo "neo4j starting or unresponsive (pid $PID, Bolt port $RUNPORT not answering)"
    exit 3
  else
    echo "neo4j not running"
    exit 3
  fi
}

cmd_reset() {
  cmd_down
  [[ -n $DATA && $DATA != / && $DATA != "$ROOT" ]] || die "refusing to delete data dir '$DATA'"
  rm -rf "$DATA"
  echo "deleted $DATA"
}

command -v setsid >/dev/null 2>&1 && SETSID=setsid # own session: no SIGINT/SIGHUP from the caller's terminal
case "${1:-}" in
  up | down | status | reset) "cmd_$1" ;;
  *) echo "usage: $0 up|down|status|reset" >&2; exit 2 ;;
esac
