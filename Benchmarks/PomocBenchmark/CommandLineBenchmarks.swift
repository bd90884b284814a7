import Pomoc
import PomocTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// End to end: `pomoc evaluate FILE` on a generated CSV, output to /dev/null, in a child process.
extension BenchmarkSuite {
  mutating func addCommandLineBenchmarks(size: Int, threads: Int, directory: String) {
    #if os(Linux)
    let path = "\(directory)/population-\(size).csv"
    writePopulation(size: size, to: path)
    guard let tool = Self.pomocExecutable else {
      Output.error("  (pomoc executable not found next to the benchmark; CLI benchmark skipped)")
      return
    }
    measureTool(
      tool, ["evaluate", "--threads", String(threads), path], title: "pomoc evaluate (CSV → CSV, end to end)",
      size: size, threads: threads)
    unlink(path)
    #else
    Output.error("  (the end-to-end CLI benchmark reads /proc: not available on this platform)")
    #endif
  }

  #if os(Linux)
  /// Runs `tool arguments` 5 times (3 from 10⁶ records) with stdout to /dev/null and reports the
  /// median time and the peak memory.
  mutating func measureTool(_ tool: String, _ arguments: [String], title: String, size: Int, threads: Int) {
    var times: [Int64] = []
    var peak = 0
    let runs = size >= 1_000_000 ? 3 : 5
    for _ in 0..<runs {
      let start = clock.now
      let (status, maxRSS) = Self.spawn(tool, arguments)
      times.append(Self.nanoseconds(clock.now - start))
      peak = max(peak, maxRSS)
      if status != 0 && status != 1 { Output.error("  pomoc \(arguments[0]) exited with \(status)") }
    }
    times.sort()
    report(
      Measurement(
        title: title, size: size, threads: threads, nanoseconds: times[times.count / 2],
        allocationsPerHousehold: nil, peakKiB: peak, runs: runs))
  }

  func writePopulation(size: Int, to path: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { return }
    var out = HouseholdRecordWriter.csvHeader
    for (id, request) in SyntheticPopulation(count: size, seed: 2026) {
      HouseholdRecordWriter.appendCSV(id: id, request, to: &out)
      if out.count >= 1 << 20 {
        Output.write(out, to: descriptor)
        out.removeAll(keepingCapacity: true)
      }
    }
    Output.write(out, to: descriptor)
    close(descriptor)
  }

  /// `pomoc` beside this executable.
  static var pomocExecutable: String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    let path = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let slash = path.lastIndex(of: "/") else { return nil }
    let candidate = String(path[..<slash]) + "/pomoc"
    return access(candidate, X_OK) == 0 ? candidate : nil
  }

  /// The child's peak resident set (VmHWM, KiB) read from /proc, or 0.
  static func highWaterMark(_ pid: pid_t) -> Int {
    let descriptor = open("/proc/\(pid)/status", O_RDONLY)
    guard descriptor >= 0 else { return 0 }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: 8192)
    let count = read(descriptor, &buffer, buffer.count)
    guard count > 0 else { return 0 }
    let text = String(decoding: buffer[0..<count], as: UTF8.self)
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
  }

  /// Runs a program with stdout to /dev/null; returns its exit status and peak RSS (KiB).
  /// The peak is sampled from /proc while the child runs: the rusage that wait4 reports
  /// carries the parent's peak into a spawned child on Linux, so it cannot be used.
  static func spawn(_ program: String, _ arguments: [String]) -> (Int32, Int) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, program, &actions, nil, argv, environ)
    posix_spawn_file_actions_destroy(&actions)
    guard result == 0 else { return (-1, 0) }
    var status: Int32 = 0
    var peak = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
      peak = max(peak, highWaterMark(pid))
      usleep(2_000)
    }
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    return (exitStatus, peak)
  }
  #endif
}
