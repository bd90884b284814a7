#!/usr/bin/env bash
# Guards against swiftlang/swift#90477: with -O, a throwing Swift function whose success path
# ends in a tail call to memcpy/memmove/memset leaves the error register stale, so callers
# see a phantom error (seen here on x86_64 with Swift 6.3.1). The fix is in LLVM after 6.3.1.
# This script disassembles release binaries and fails if any throwing function (mangled
# name with the `throws` marker K) tail-calls one of those functions.
# Usage: check-swifterror-tailcalls.sh BINARY...
set -euo pipefail
if ! command -v objdump >/dev/null 2>&1; then
  echo "check-swifterror-tailcalls: objdump not found; skipped" >&2
  exit 0
fi
status=0
for binary in "$@"; do
  hits=$(objdump -d --no-show-raw-insn "$binary" | awk '
    /^[0-9a-f]+ <.*>:$/ { name = $2; gsub(/[<>:]/, "", name); next }
    /\tjmp +[0-9a-f]+ <(memcpy|memmove|memset)(@plt)?>/ {
      if (name ~ /^\$s/ && name ~ /K[Fz]/) print name
    }' | sort -u)
  if [ -n "$hits" ]; then
    echo "check-swifterror-tailcalls: $binary has throwing functions that tail-call a mem libcall:" >&2
    while read -r symbol; do
      echo "  $(swift demangle --compact "$symbol" 2>/dev/null || echo "$symbol")" >&2
    done <<< "$hits"
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "check-swifterror-tailcalls: no throwing function tail-calls memcpy/memmove/memset"
exit "$status"
