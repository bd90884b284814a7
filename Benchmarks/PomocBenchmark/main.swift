#if canImport(Glibc)
import Glibc
#endif

/// The benchmark of Pomoc (see Benchmarks/README.md). Run in release:
///
///     swift run -c release pomoc-benchmark              # the standard sweep
///     swift run -c release pomoc-benchmark generate 1000 > population.csv
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "quick" { Quick.run(); exit(0) }
if arguments.first == "generate" {
  guard arguments.count >= 2, let count = Int(arguments[1]), count >= 0 else {
    Output.error("usage: pomoc-benchmark generate COUNT [SEED]")
    exit(64)
  }
  Generate.run(count: count, seed: arguments.count > 2 ? UInt64(arguments[2]) ?? 2026 : 2026)
  exit(0)
}
Output.error("usage: pomoc-benchmark generate COUNT [SEED]")
exit(64)
