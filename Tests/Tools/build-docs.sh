#!/usr/bin/env bash
# Builds the DocC documentation of the `Pomoc` library with the toolchain's own `docc`: no
# package plugin, no dependency, nothing but the Swift toolchain.
#
#   1. `swift build --target Pomoc` with `-emit-symbol-graph`: the symbol graph of the public API;
#   2. `docc convert Sources/Pomoc/Pomoc.docc` with that symbol graph (of the Pomoc module only)
#      into a documentation archive;
#   3. every ```swift block of the catalog's articles, one program per article, type-checked
#      against the module just built, so the snippets stay real code (blocks that are a package
#      manifest, `import PackageDescription`, are skipped).
#
# Exit status: 0 when the documentation builds cleanly; 1 on any warning or error (with
# `--no-strict`: only on an error, a warning about the catalog itself, or a snippet that does
# not compile; warnings from `///` comments in Sources/Pomoc are listed but do not fail);
# 64 for a bad argument.
#
# Usage: Tests/Tools/build-docs.sh [--scratch-path DIR] [--output DIR] [--strict | --no-strict]
#                                  [--no-snippets]
#   --scratch-path DIR  SwiftPM scratch directory, SCRATCH (default: $SCRATCH_PATH, else the
#                       package's .build); the symbol graphs go to SCRATCH/symbol-graphs
#   --output DIR        the documentation archive, NAME.doccarchive (default: SCRATCH/Pomoc.doccarchive)
#   --strict            any docc warning fails the build (the default)
#   --no-strict         only warnings about the catalog fail; those from source comments are listed
#   --no-snippets       skip the type-check of the articles' code
set -euo pipefail

# Paths given by the caller are relative to the caller's directory; the default is the package's.
caller="$PWD"
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$caller/$1" ;; esac; }

scratch=""
[ -z "${SCRATCH_PATH:-}" ] || scratch="$(absolute "$SCRATCH_PATH")"
output=""
strict=1
snippets=1
while [ $# -gt 0 ]; do
  case "$1" in
    --scratch-path) [ $# -ge 2 ] || { echo "build-docs: --scratch-path needs a directory" >&2; exit 64; }
                    scratch="$(absolute "$2")"; shift 2 ;;
    --scratch-path=*) scratch="$(absolute "${1#*=}")"; shift ;;
    --output) [ $# -ge 2 ] || { echo "build-docs: --output needs a directory" >&2; exit 64; }
              output="$(absolute "$2")"; shift 2 ;;
    --output=*) output="$(absolute "${1#*=}")"; shift ;;
    --strict) strict=1; shift ;;
    --no-strict) strict=0; shift ;;
    --no-snippets) snippets=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-docs: unknown argument '$1' (see --help)" >&2; exit 64 ;;
  esac
done

cd "$(dirname "$0")/../.."
[ -n "$scratch" ] || scratch=".build"
catalog="Sources/Pomoc/Pomoc.docc"
mkdir -p "$scratch"
scratch="$(cd "$scratch" && pwd)"   # absolute: the compiler and docc run in other directories
[ -n "$output" ] || output="$scratch/Pomoc.doccarchive"
case "$output" in
  *.doccarchive|*.doccarchive/) ;;   # replaced as a whole below, so it must be an archive
  *) echo "build-docs: --output must name a .doccarchive directory, not '$output'" >&2; exit 64 ;;
esac
symbols="$scratch/symbol-graphs"          # written by the compiler (every module it builds)
pomoc_symbols="$scratch/symbol-graphs-Pomoc"   # what docc reads: the Pomoc module only

# A tool of the toolchain that runs `swift`: next to it (following a symlink), else on PATH.
find_tool() {
  local swift_path dir
  swift_path="$(command -v swift || true)"
  if [ -n "$swift_path" ]; then
    for dir in "$(dirname "$swift_path")" "$(dirname "$(readlink -f "$swift_path" 2>/dev/null || echo "$swift_path")")"; do
      if [ -x "$dir/$1" ]; then echo "$dir/$1"; return; fi
    done
  fi
  command -v "$1" || true
}
docc="$(find_tool docc)"
if [ -z "$docc" ]; then
  echo "build-docs: no 'docc' next to 'swift' or on PATH (it ships with the toolchain since Swift 5.6)" >&2
  exit 1
fi

echo "== symbol graph of Pomoc (swift build --target Pomoc -emit-symbol-graph)"
mkdir -p "$symbols"
swift build --scratch-path "$scratch" --target Pomoc \
  -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$symbols"

# Only the Pomoc module: its graph and its extensions of other modules' types (Pomoc@Swift…),
# never PomocFormats or another module that a build in the same directory may have left.
rm -rf "$pomoc_symbols"
mkdir -p "$pomoc_symbols"
if [ ! -f "$symbols/Pomoc.symbols.json" ]; then
  echo "build-docs: $symbols/Pomoc.symbols.json was not written; remove $scratch and run again" >&2
  exit 1
fi
cp "$symbols/Pomoc.symbols.json" "$pomoc_symbols/"
for extension in "$symbols"/Pomoc@*.symbols.json; do
  if [ -e "$extension" ]; then cp "$extension" "$pomoc_symbols/"; fi
done

echo "== docc convert $catalog ($docc)"
rm -rf "$output"
docc_command=("$docc" convert "$catalog" --additional-symbol-graph-dir "$pomoc_symbols"
              --output-path "$output" --ide-console-output)
if [ "$strict" = 1 ]; then docc_command+=(--warnings-as-errors); fi
echo "${docc_command[*]}"
docc_log="$scratch/docc-diagnostics.txt"
set +e
"${docc_command[@]}" >"$docc_log" 2>&1
docc_status=$?
set -e
cat "$docc_log"

# Diagnostics are `path:line:column: warning|error: …` (or without a path). Those in the
# catalog (or without a path) are the articles' own; the others come from `///` comments.
catalog_problems=0
source_problems=0
while IFS= read -r line; do
  case "$line" in
    *": warning: "*|*": error: "*|"warning: "*|"error: "*)
      case "$line" in
        *"/$catalog/"*|"$catalog/"*|"warning: "*|"error: "*) catalog_problems=$((catalog_problems + 1)) ;;
        *) source_problems=$((source_problems + 1)) ;;
      esac ;;
  esac
done <"$docc_log"

failed=0
if [ "$docc_status" != 0 ]; then
  echo "build-docs: docc exited with status $docc_status" >&2
  failed=1
fi
if [ "$catalog_problems" != 0 ]; then
  echo "build-docs: $catalog_problems warning(s) or error(s) in $catalog" >&2
  failed=1
fi
if [ "$source_problems" != 0 ]; then
  if [ "$strict" = 1 ]; then
    echo "build-docs: $source_problems warning(s) or error(s) from /// comments in Sources/Pomoc" >&2
    failed=1
  else
    echo "build-docs: $source_problems warning(s) from /// comments in Sources/Pomoc (not failing: --no-strict)" >&2
  fi
fi

if [ "$snippets" = 1 ]; then
  echo "== type-check of the articles' swift code"
  swiftc="$(find_tool swiftc)"
  bin="$(swift build --scratch-path "$scratch" --show-bin-path)"
  snippet_dir="$scratch/doc-snippets"
  rm -rf "$snippet_dir"
  mkdir -p "$snippet_dir/ModuleCache"
  for article in "$catalog"/*.md; do
    name="$(basename "$article" .md)"
    program="$snippet_dir/$name/main.swift"
    mkdir -p "$snippet_dir/$name"
    # Each ```swift block, in order, under a #sourceLocation pointing back to the article, so a
    # diagnostic names the article's own line.
    awk -v file="$PWD/$article" '
      /^```swift[[:space:]]*$/ { inside = 1; start = NR + 1; block = ""; next }
      inside && /^```[[:space:]]*$/ {
        inside = 0
        if (block !~ /import PackageDescription/) {
          printf "#sourceLocation(file: \"%s\", line: %d)\n%s#sourceLocation()\n", file, start, block
          count++
        }
        next
      }
      inside { block = block $0 "\n" }
      END { if (count == 0) exit 3 }
    ' "$article" >"$program" || { rm -rf "${snippet_dir:?}/$name"; continue; }
    echo "-- $article"
    set +e
    "$swiftc" -typecheck -swift-version 6 -module-name "Snippets$name" \
      -module-cache-path "$snippet_dir/ModuleCache" -I "$bin/Modules" -I "$bin" \
      "$program" >"$snippet_dir/$name/diagnostics.txt" 2>&1
    status=$?
    set -e
    cat "$snippet_dir/$name/diagnostics.txt"
    if [ "$status" != 0 ]; then
      echo "build-docs: the swift code of $article does not compile" >&2
      failed=1
    elif grep -q "warning: " "$snippet_dir/$name/diagnostics.txt"; then
      if [ "$strict" = 1 ]; then
        echo "build-docs: the swift code of $article compiles with warnings" >&2
        failed=1
      else
        echo "build-docs: the swift code of $article compiles with warnings (not failing: --no-strict)" >&2
      fi
    fi
  done
fi

if [ "$failed" != 0 ]; then
  echo "build-docs: FAILED" >&2
  exit 1
fi
echo "build-docs: documentation archive at $output"
