#!/usr/bin/env bash
# check-generated.sh - fails when gqlgen's generated code (graph/) or the resolver stubs are
# stale: regenerates into the work tree and compares with what is committed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
before=$(git status --porcelain -- graph resolvers)
go generate ./graph/...
after=$(git status --porcelain -- graph resolvers)
if [[ "$before" != "$after" ]] || ! git diff --quiet -- graph resolvers; then
  echo "check-generated: graph/ or resolvers/ changed after 'go generate ./...':" >&2
  git status --short -- graph resolvers >&2
  echo "run 'make generate' and commit the result" >&2
  exit 1
fi
echo "generated code is up to date"
