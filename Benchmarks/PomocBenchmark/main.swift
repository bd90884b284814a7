import MallocCounter
import Pomoc

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The benchmark of Pomoc (see Benchmarks/README.md). Build and run in release:
///
///     swift run -c release pomoc-benchmark                        # 10^3 … 10^7, in memory and CLI
///     swift run -c release pomoc-benchmark --max 1000000 --no-cli
///     swift run -c release pomoc-benchmark generate 1000 > population.csv
let usage = """
  usage: pomoc-benchmark [--max N] [--sizes N,N,…] [--threads N] [--no-cli] [--no-memory] [--no-family] [--out DIR]
         pomoc-benchmark generate COUNT [SEED]
         pomoc-benchmark generate-families COUNT [SEED]
  """

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "generate" {
  guard arguments.count >= 2, let count = Int(arguments[1]), count >= 0 else {
    Output.error(usage)
    exit(64)
  }
  Generate.run(count: count, seed: arguments.count > 2 ? UInt64(arguments[2]) ?? 2026 : 2026)
  exit(0)
}
if arguments.first == "generate-families" {
  guard arguments.count >= 2, let count = Int(arguments[1]), count >= 0 else {
    Output.error(usage)
    exit(64)
  }
  Generate.families(count: count, seed: arguments.count > 2 ? UInt64(arguments[2]) ?? 2026 : 2026)
  exit(0)
}

var sizes = [1_000, 10_000, 100_000, 1_000_000, 10_000_000]
var threads = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
var withCLI = true
var inMemory = true
var withFamilies = true
var outDirectory = "Benchmarks/Results"
var index = 0
while index < arguments.count {
  let option = arguments[index]
  let next = index + 1 < arguments.count ? arguments[index + 1] : nil
  func value() -> String {
    guard let next else { Output.error(usage); exit(64) }
    return next
  }
  if ["--max", "--sizes", "--threads", "--out"].contains(option) { index += 1 }
  switch option {
  case "--max": let max = Int(value()) ?? 0; sizes = sizes.filter { $0 <= max }
  case "--sizes": sizes = value().split(separator: ",").compactMap { Int($0) }
  case "--threads": threads = max(1, Int(value()) ?? 1)
  case "--no-cli": withCLI = false
  case "--no-memory": inMemory = false
  case "--no-family": withFamilies = false
  case "--out": outDirectory = value()
  default: Output.error(usage); exit(64)
  }
  index += 1
}

#if DEBUG
Output.error("warning: this is a debug build; measure with `swift run -c release pomoc-benchmark`")
#endif

/// Runs every requested benchmark.
func runSuite(sizes: [Int], threads: Int, inMemory: Bool, withCLI: Bool, withFamilies: Bool) async -> BenchmarkSuite {
  var suite = BenchmarkSuite()
  Output.error("Pomoc benchmark: sizes \(sizes), \(threads) threads")
  if pomoc_malloc_counter_active() == 0 {
    Output.error("allocation counts: not available (they need glibc's allocator; shown as -)")
  }
  for size in sizes {
    if inMemory { await suite.addEvaluationBenchmarks(size: size, threads: threads) }
    if withCLI { suite.addCommandLineBenchmarks(size: size, threads: threads, directory: "/tmp") }
    // Families: up to 10^6 (each family decides some twenty benefits).
    if withFamilies && size <= 1_000_000 {
      await suite.addFamilyBenchmarks(size: size, threads: threads, withCLI: withCLI, directory: "/tmp")
    }
  }
  return suite
}

let suite = await runSuite(
  sizes: sizes, threads: threads, inMemory: inMemory, withCLI: withCLI, withFamilies: withFamilies)
Output.print(suite.table())
mkdir(outDirectory, 0o755)
let file = "\(outDirectory)/run-\(time(nil)).jsonl"
let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
if descriptor >= 0 {
  Output.write(Array((suite.measurements.map(\.jsonLine).joined(separator: "\n") + "\n").utf8), to: descriptor)
  close(descriptor)
  Output.error("results: \(file)")
}
