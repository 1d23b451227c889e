#!/usr/bin/env bash
# eval.sh [DIR]: run the extractor over the dev articles of ../shared/eval and score the
# predictions with score.py. Predictions go to DIR (default: a temporary directory).
# Run from anywhere; paths are relative to the repository root.
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
bin="$(mktemp -d)/evalpred"
go build -o "$bin" ./extract/internal/evalpred
"$bin" -out "$out" "$eval_dir"/dev/*.txt
rm -f "$bin"
python3 "$eval_dir/score.py" --gold "$eval_dir/dev" --pred "$out"
