#!/usr/bin/env bash
# Builds the libFuzzer binary (library sources + FuzzTargets.swift, -sanitize=fuzzer,address)
# and runs each target for a bounded time on its committed seed corpus.
#
#   Tests/Fuzz/run.sh                 # every target, 60 s each
#   Tests/Fuzz/run.sh csv 300         # one target, 300 s
#
# New inputs that add coverage go to Tests/Fuzz/.work/<target>/ (not committed); a finding
# (crash, broken promise, timeout > 10 s, memory > 2 GiB) stops the run with exit 1 and
# leaves crash-* / timeout-* / oom-* files in the current directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
targets=(csv jsonl law-json service-json)
seconds=${2:-60}
[ $# -ge 1 ] && [ "$1" != "all" ] && targets=("$1")

mkdir -p .build-fuzz
binary=.build-fuzz/pomoc-fuzz
sources=$(find Sources/Pomoc -name '*.swift' | sort)
if [ ! -x "$binary" ] || [ -n "$(find Sources/Pomoc Tests/Fuzz/FuzzTargets.swift -newer "$binary" -name '*.swift' | head -1)" ]; then
  echo "building $binary"
  # shellcheck disable=SC2086
  swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name PomocFuzz \
    $sources Tests/Fuzz/FuzzTargets.swift -o "$binary"
fi

# The Swift runtime's own crash backtracer hangs under ASan: let libFuzzer/ASan report.
export SWIFT_BACKTRACE=enable=no
for target in "${targets[@]}"; do
  echo "== fuzzing $target for ${seconds}s"
  mkdir -p "Tests/Fuzz/.work/$target"
  POMOC_FUZZ_TARGET="$target" "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 "Tests/Fuzz/.work/$target" "Tests/Fuzz/Corpus/$target"
done
