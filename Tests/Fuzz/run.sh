#!/usr/bin/env bash
# Builds the libFuzzer binary and runs each target for a bounded time on its committed seed
# corpus. The binary is made of three modules, all instrumented (-sanitize=fuzzer,address) and
# each compiled whole-module (-wmo, as `swift build -c release` does: without it no generic is
# specialised across files and the formats run several times slower): Pomoc (the rules),
# PomocFormats (CSV/JSONL/JSON and the streaming layer) and PomocFuzz (FuzzTargets.swift with
# the tool's reading and writing code from Sources/pomoc/IO, not its commands or main.swift).
#
#   Tests/Fuzz/run.sh                 # every target, 60 s each
#   Tests/Fuzz/run.sh csv 300         # one target, 300 s
#   POMOC_FUZZ_BUILD=.build-mine Tests/Fuzz/run.sh stream 60    # another build directory
#
# New inputs that add coverage go to Tests/Fuzz/.work/<target>/ (not committed); a finding
# (crash, broken promise, timeout > 10 s, memory > 2 GiB, one allocation > 128 MiB) stops the
# run with exit 1 and leaves crash-* / timeout-* / oom-* files in the current directory.
# Reproduce one with `POMOC_FUZZ_TARGET=csv .build-fuzz/pomoc-fuzz crash-…` (add
# POMOC_FUZZ_VERBOSE=1 for the stream target's parameters, ASAN_OPTIONS= for full stacks).
set -euo pipefail
cd "$(dirname "$0")/../.."
targets=(csv jsonl stream family law-json service-json)
seconds=${2:-60}
[ $# -ge 1 ] && [ "$1" != "all" ] && targets=("$1")

build=${POMOC_FUZZ_BUILD:-.build-fuzz}
binary=$build/pomoc-fuzz
mkdir -p "$build/modules"
# The tool's reading and writing code: devices, Console (stdout writes, InputFile),
# RecordInput (the evaluate loop) and the duplicate-id scan.
tool_sources=(Sources/pomoc/IO/Devices.swift Sources/pomoc/IO/Console.swift Sources/pomoc/IO/RecordInput.swift
              Sources/pomoc/IO/DuplicateIDScan.swift)
if [ ! -x "$binary" ] || [ -n "$(find Sources/Pomoc Sources/PomocFormats "${tool_sources[@]}" Tests/Fuzz/FuzzTargets.swift \
    -newer "$binary" -name '*.swift' | head -1)" ]; then
  echo "building $binary"
  flags=(-O -wmo -sanitize=fuzzer,address -parse-as-library -enable-testing -package-name Pomoc
         -I "$build/modules" -L "$build/modules")
  # One static library per module, in dependency order.
  for module in Pomoc PomocFormats; do
    mapfile -t sources < <(find "Sources/$module" -name '*.swift' | sort)
    rm -f "$build/modules/lib$module.a"   # (an archive keeps the members of older builds)
    swiftc "${flags[@]}" -module-name "$module" -emit-module -emit-module-path "$build/modules/$module.swiftmodule" \
      -emit-library -static -o "$build/modules/lib$module.a" "${sources[@]}"
  done
  # (gold warns once per ASan helper symbol that it "cannot export" it: harmless, filtered.)
  swiftc "${flags[@]}" -module-name PomocFuzz -lPomocFormats -lPomoc \
    "${tool_sources[@]}" Tests/Fuzz/FuzzTargets.swift -o "$binary" 2>&1 \
    | { grep -v "Cannot export local symbol '__asan" || true; }
fi

# The largest input per target. The record targets check a whole pipeline per input (two
# evaluations and the scan), so their inputs stay small enough for several thousand runs a
# second; a few records already exercise chunk boundaries, overlong lines (the record limit
# comes from the input: 8 … 1 028 bytes), duplicates and partitions. JSONL is the smallest:
# every record is parsed three times and JSON parsing dominates; what JSONL adds over CSV is
# the parsing of one line. The JSON documents keep the old limit.
max_len() {
  case $1 in
    csv) echo 768 ;;
    jsonl) echo 192 ;;
    stream) echo 512 ;;
    family) echo 1024 ;;
    *) echo 65536 ;;
  esac
}

# The Swift runtime's own crash backtracer hangs under ASan: let libFuzzer/ASan report.
export SWIFT_BACKTRACE=enable=no
# ASan's allocator is a third of the time of an input: keep 4 MiB of freed memory in
# quarantine (some forty inputs' worth, so a use after free within an input is still caught)
# and two frames of allocation stack (a finding is rerun with full stacks: ASAN_OPTIONS=).
export ASAN_OPTIONS=${ASAN_OPTIONS-quarantine_size_mb=4:malloc_context_size=2:thread_local_quarantine_size_kb=64}
for target in "${targets[@]}"; do
  echo "== fuzzing $target for ${seconds}s"
  mkdir -p "Tests/Fuzz/.work/$target"
  POMOC_FUZZ_TARGET="$target" "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -malloc_limit_mb=128 -max_len="$(max_len "$target")" -print_final_stats=1 \
    "Tests/Fuzz/.work/$target" "Tests/Fuzz/Corpus/$target"
done
