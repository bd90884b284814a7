#!/usr/bin/env bash
# Builds and runs Examples/Consumer, a package of its own that depends on Pomoc by path and uses
# only the public API. The program checks its key figures against hand-computed values and exits
# non-zero on any difference, on a build failure or on an error: this script then fails too.
# Usage: run-consumer.sh [SCRATCH_PATH]   (default: Examples/Consumer/.build)
set -euo pipefail
cd "$(dirname "$0")/../.."

scratch="${1:-Examples/Consumer/.build}"
echo "== Examples/Consumer (scratch path $scratch)"
status=0
swift run --package-path Examples/Consumer --scratch-path "$scratch" Consumer || status=$?
if [ "$status" -ne 0 ]; then
  echo "run-consumer: Examples/Consumer failed with status $status" >&2
  exit 1
fi
echo "run-consumer: Examples/Consumer ran cleanly"
