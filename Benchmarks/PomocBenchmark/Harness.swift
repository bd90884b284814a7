import MallocCounter
import Pomoc

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One measurement: what was run, at which size, and how it went.
struct Measurement {
  var title: String
  var size: Int
  var threads: Int
  /// Median wall time of one run, in nanoseconds.
  var nanoseconds: Int64
  /// Heap allocations per household during one run (nil when not measurable).
  var allocationsPerHousehold: Double?
  /// Peak resident memory in KiB (of the process, or of the child for CLI runs).
  var peakKiB: Int
  var runs: Int

  var householdsPerSecond: Double { Double(size) / (Double(nanoseconds) / 1e9) }
  var nanosecondsPerHousehold: Double { Double(nanoseconds) / Double(size) }

  var jsonLine: String {
    var fields = [
      "\"title\":\"\(title)\"", "\"size\":\(size)", "\"threads\":\(threads)", "\"runs\":\(runs)",
      "\"median_ns\":\(nanoseconds)",
      "\"households_per_second\":\(Int(householdsPerSecond))",
      "\"ns_per_household\":\(format(nanosecondsPerHousehold, 2))",
      "\"peak_rss_kib\":\(peakKiB)",
    ]
    fields.append("\"allocations_per_household\":" + (allocationsPerHousehold.map { format($0, 4) } ?? "null"))
    return "{" + fields.joined(separator: ",") + "}"
  }
}

func format(_ value: Double, _ decimals: Int) -> String {
  var scale = 1.0
  for _ in 0..<decimals { scale *= 10 }
  let scaled = Int64((value * scale).rounded())
  let whole = scaled / Int64(scale)
  var fraction = String(abs(scaled % Int64(scale)))
  while fraction.count < decimals { fraction = "0" + fraction }
  return decimals == 0 ? String(whole) : "\(whole).\(fraction)"
}

/// Runs benchmarks and collects measurements.
struct BenchmarkSuite {
  var measurements: [Measurement] = []
  let clock = ContinuousClock()

  /// Peak resident set of this process so far, KiB (0 where the platform does not say).
  static var peakKiB: Int {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss)   // KiB on Linux
    #elseif canImport(Darwin)
    getrusage(RUSAGE_SELF, &usage)
    return Int(usage.ru_maxrss) / 1024   // bytes on Darwin
    #else
    return 0
    #endif
  }

  static func nanoseconds(_ duration: Duration) -> Int64 {
    let (seconds, attoseconds) = duration.components
    return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
  }

  /// Times `body` (one run over `size` households): a warm-up, then runs until `budget`
  /// seconds or `maxRuns`; reports the median and the allocations of one run.
  mutating func measure(
    _ title: String, size: Int, threads: Int, maxRuns: Int = 9,
    budgetSeconds: Int64 = 3, _ body: () async -> Void
  ) async {
    await body()   // warm-up
    var times: [Int64] = []
    var allocations: UInt64 = 0
    var spent: Int64 = 0
    while times.count < maxRuns && (times.count < 3 || spent < budgetSeconds * 1_000_000_000) {
      let before = pomoc_malloc_count()
      let start = clock.now
      await body()
      let elapsed = Self.nanoseconds(clock.now - start)
      let after = pomoc_malloc_count()
      if times.isEmpty { allocations = after - before }
      times.append(elapsed)
      spent += elapsed
      if spent > budgetSeconds * 3_000_000_000 { break }
    }
    times.sort()
    let measurement = Measurement(
      title: title, size: size, threads: threads, nanoseconds: times[times.count / 2],
      allocationsPerHousehold: pomoc_malloc_counter_active() == 1 ? Double(allocations) / Double(size) : nil,
      peakKiB: Self.peakKiB, runs: times.count)
    report(measurement)
  }

  mutating func report(_ measurement: Measurement) {
    measurements.append(measurement)
    Output.error(
      "  \(measurement.title) n=\(measurement.size) t=\(measurement.threads): "
        + "\(Int(measurement.householdsPerSecond)) households/s, \(format(measurement.nanosecondsPerHousehold, 1)) ns each"
    )
  }

  /// The readable table.
  func table() -> String {
    func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
      let fill = String(repeating: " ", count: max(0, width - text.count))
      return right ? fill + text : text + fill
    }
    var lines = [
      pad("benchmark", 44) + pad("size", 11, right: true) + pad("thr", 5, right: true)
        + pad("households/s", 15, right: true) + pad("ns/household", 14, right: true)
        + pad("allocs/hh", 11, right: true) + pad("peak RSS MiB", 14, right: true)
    ]
    for m in measurements {
      lines.append(
        pad(m.title, 44) + pad(String(m.size), 11, right: true) + pad(String(m.threads), 5, right: true)
          + pad(String(Int(m.householdsPerSecond)), 15, right: true)
          + pad(format(m.nanosecondsPerHousehold, 1), 14, right: true)
          + pad(m.allocationsPerHousehold.map { format($0, 3) } ?? "-", 11, right: true)
          + pad(format(Double(m.peakKiB) / 1024, 1), 14, right: true))
    }
    return lines.joined(separator: "\n")
  }
}
