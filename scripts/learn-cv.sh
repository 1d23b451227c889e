#!/usr/bin/env bash
# learn-cv.sh [DIR] - `make learn-cv`: measures a learned reader of the pairs of actors the
# rules leave (cmd/geokg-learn) by cross-validation by article over the blind-annotated
# corpus articles of eval/blind and the dev articles of ../shared/eval/dev. The blind
# articles are restored into DIR (default: a temporary directory) as eval-blind.sh does.
# LEARN_FLAGS passes flags to geokg-learn (e.g. "-variant typed", "-by-dir").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
shared="../shared"
if [[ ! -d "$shared/eval/dev" || ! -f "$shared/corpus/allsides-world.jsonl" ]]; then
  echo "learn-cv.sh: $root/$shared is missing (need eval/dev and corpus/allsides-world.jsonl); it lives outside the repository" >&2
  exit 2
fi
out="${1:-}"
if [[ -z "$out" ]]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi
python3 scripts/blind.py --corpus "$shared/corpus/allsides-world.jsonl" unpack eval/blind "$out/articles"
go run ./cmd/geokg-learn ${LEARN_FLAGS:-} "$out/articles" "$shared/eval/dev"
