#!/usr/bin/env bash
# eval.sh [DIR] - `make eval`: builds geokg, runs `geokg extract --format json` over every
# dev article of ../shared/eval (the same path a user's files take: document reading and
# cleaning, then extraction) and scores the predictions with score.py. Predictions go to DIR
# (default: a temporary directory); `score.py --json` on them lists misses per article.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
eval_dir="../shared/eval"
if [[ ! -f "$eval_dir/score.py" || ! -d "$eval_dir/dev" ]]; then
  echo "eval.sh: $root/$eval_dir is missing (need score.py and dev/); it lives outside the repository" >&2
  exit 2
fi
out="${1:-}"
if [[ -z "$out" ]]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"
bin="$(mktemp -d)/geokg"
go build -o "$bin" ./cmd/geokg
# EXTRACT_FLAGS passes flags to `geokg extract` (e.g. --no-patterns, to score the frames alone).
"$bin" extract --format json ${EXTRACT_FLAGS:-} --out "$out" "$eval_dir"/dev/*.txt
rm -f "$bin"
python3 "$eval_dir/score.py" --gold "$eval_dir/dev" --pred "$out"
