#!/usr/bin/env bash
# Builds the libFuzzer binary and runs each target for a bounded time on its committed seed
# corpus. The binary is made of three modules, all instrumented (-sanitize=fuzzer,address):
# Pomoc (the rules), PomocFormats (CSV/JSONL/JSON and the streaming layer) and PomocFuzz
# (FuzzTargets.swift with the tool's duplicate-id scan, Sources/pomoc/IO/DuplicateIDScan.swift).
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

build=.build-fuzz
binary=$build/pomoc-fuzz
mkdir -p "$build/modules"
tool_sources=(Sources/pomoc/IO/DuplicateIDScan.swift)
if [ ! -x "$binary" ] || [ -n "$(find Sources/Pomoc Sources/PomocFormats "${tool_sources[@]}" Tests/Fuzz/FuzzTargets.swift \
    -newer "$binary" -name '*.swift' | head -1)" ]; then
  echo "building $binary"
  flags=(-O -sanitize=fuzzer,address -parse-as-library -enable-testing -package-name Pomoc
         -I "$build/modules" -L "$build/modules")
  # One static library per module, in dependency order.
  for module in Pomoc PomocFormats; do
    mapfile -t sources < <(find "Sources/$module" -name '*.swift' | sort)
    swiftc "${flags[@]}" -module-name "$module" -emit-module -emit-module-path "$build/modules/$module.swiftmodule" \
      -emit-library -static -o "$build/modules/lib$module.a" "${sources[@]}"
  done
  # (gold warns once per ASan helper symbol that it "cannot export" it: harmless, filtered.)
  swiftc "${flags[@]}" -module-name PomocFuzz -lPomocFormats -lPomoc \
    "${tool_sources[@]}" Tests/Fuzz/FuzzTargets.swift -o "$binary" 2>&1 \
    | { grep -v "Cannot export local symbol '__asan" || true; }
fi

# The Swift runtime's own crash backtracer hangs under ASan: let libFuzzer/ASan report.
export SWIFT_BACKTRACE=enable=no
for target in "${targets[@]}"; do
  echo "== fuzzing $target for ${seconds}s"
  mkdir -p "Tests/Fuzz/.work/$target"
  POMOC_FUZZ_TARGET="$target" "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 "Tests/Fuzz/.work/$target" "Tests/Fuzz/Corpus/$target"
done
