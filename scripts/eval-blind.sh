#!/usr/bin/env bash
# eval-blind.sh [DIR] - `make eval-blind`: scores geokg on the blind-annotated corpus articles of
# eval/blind (articles nobody tuned rules on when their gold was written; see
# docs/extraction.md). The articles are third-party text and stay in ../shared/corpus:
# scripts/blind.py restores them and the gold's evidence quotes into DIR (default: a temporary
# directory), then geokg extracts them as `make eval` does the dev articles and score.py scores
# them. BLIND selects files by name prefix (BLIND=g21 for one draw; default: all).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
shared="../shared"
if [[ ! -f "$shared/eval/score.py" || ! -f "$shared/corpus/allsides-world.jsonl" ]]; then
  echo "eval-blind.sh: $root/$shared is missing (need eval/score.py and corpus/allsides-world.jsonl); it lives outside the repository" >&2
  exit 2
fi
out="${1:-}"
if [[ -z "$out" ]]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi
sel="$out/blind"
mkdir -p "$sel" "$out/articles" "$out/pred"
cp eval/blind/"${BLIND:-}"*.gold.json "$sel"/
python3 scripts/blind.py --corpus "$shared/corpus/allsides-world.jsonl" unpack "$sel" "$out/articles"
bin="$out/geokg"
go build -o "$bin" ./cmd/geokg
"$bin" extract --format json ${EXTRACT_FLAGS:-} --out "$out/pred" "$out"/articles/*.txt
rm -f "$bin"
python3 "$shared/eval/score.py" --gold "$out/articles" --pred "$out/pred"
