import Foundation
import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

/// End-to-end runs of the `pomoc` executable that `swift test` builds beside the tests.
enum CLI {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var executable: URL? {
    let candidates = [
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("pomoc"),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pomoc"),
      packageRoot.appendingPathComponent(".build/debug/pomoc"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], stdin: String? = nil, directory: URL? = nil) throws -> Run {
    try run(arguments, stdinBytes: stdin.map { Data($0.utf8) }, directory: directory)
  }

  /// Runs the tool with `stdinBytes` on a pipe, written from another thread while stdout and
  /// stderr are read (so large input and output cannot fill both pipes and wait for each other).
  static func run(_ arguments: [String], stdinBytes: Data?, directory: URL? = nil) throws -> Run {
    guard let executable else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? packageRoot
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    let writer = input.fileHandleForWriting
    let done = DispatchSemaphore(value: 0)
    Thread {
      // A child that stops reading early (an error) makes the write fail: that is its business.
      // But a write to a pipe nobody reads raises SIGPIPE, which would kill the whole test
      // process. It is blocked on this thread only (ignoring it process-wide would be inherited
      // by every child, and some tests run the tool with SIGPIPE at its default), so the write
      // fails with EPIPE instead; the signal left pending here is taken before the thread ends.
      withSIGPIPEBlocked {
        if let stdinBytes { try? writer.write(contentsOf: stdinBytes) }
        try? writer.close()
      }
      done.signal()
    }.start()
    // stderr on another thread too; the box is read only after the semaphore says it is filled.
    final class Box: @unchecked Sendable { var data = Data() }
    let errBox = Box()
    let errDone = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      errBox.data = err.fileHandleForReading.readDataToEndOfFile()
      errDone.signal()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    errDone.wait()
    done.wait()
    process.waitUntilExit()
    let errData = errBox.data
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

/// Runs `body` with SIGPIPE blocked on the calling thread, then takes a SIGPIPE that `body`
/// left pending (a write to a closed pipe), so it is never delivered.
private func withSIGPIPEBlocked(_ body: () -> Void) {
  var pipeSignal = sigset_t()
  sigemptyset(&pipeSignal)
  sigaddset(&pipeSignal, SIGPIPE)
  var previous = sigset_t()
  pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
  body()
  var pending = sigset_t()
  sigpending(&pending)
  if sigismember(&pending, SIGPIPE) == 1 {
    var taken: Int32 = 0
    sigwait(&pipeSignal, &taken)
  }
  pthread_sigmask(SIG_SETMASK, &previous, nil)
}

extension CLI {
  /// Runs a bash script in the package root with `$POMOC` naming the executable: for what
  /// `Process` cannot arrange (a closed stdout, /dev/full, a parent ignoring SIGPIPE, a
  /// stdin file already partly read).
  static func shell(_ script: String) throws -> Run {
    guard let executable else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = packageRoot
    var environment = ProcessInfo.processInfo.environment
    environment["POMOC"] = executable.path
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh temporary directory, removed by the caller.
  static func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pomoc-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }
}

@Suite("pomoc command line", .enabled(if: CLI.executable != nil))
struct CommandLineTests {
  @Test("Exit 0 when every record is evaluated")
  func allGood() throws {
    let run = try CLI.run(["evaluate", "-"], stdin: "id,date,persons,income\na,2025-01-01,1,1010.00\n")
    #expect(run.status == 0)
    #expect(run.stdout.hasSuffix("a,1010.00,1010.00,1,0,0.00,0.00,0.00,1010.00,1,1,,,\n"))
  }

  @Test("The README's first command: every example household evaluated, exit 0")
  func examplesClean() throws {
    let run = try CLI.run(["evaluate", "Examples/households.csv"])
    #expect(run.status == 0)
    let input = try String(
      contentsOf: CLI.packageRoot.appendingPathComponent("Examples/households.csv"), encoding: .utf8)
    #expect(run.stdout.split(separator: "\n").count == input.split(separator: "\n").count)
    #expect(run.stderr.contains("0 error rows"))
  }

  @Test("Exit 1 with every row still written when a record fails")
  func someErrors() throws {
    let run = try CLI.run(["evaluate", "Examples/households-invalid.csv"])
    #expect(run.status == 1)
    let input = try String(
      contentsOf: CLI.packageRoot.appendingPathComponent("Examples/households-invalid.csv"), encoding: .utf8)
    #expect(run.stdout.split(separator: "\n").count == input.split(separator: "\n").count)
    #expect(run.stderr.contains("duplicate_id: 1"))
  }

  @Test(
    "Exit 64 for a bad invocation",
    arguments: [
      ["evaluate", "--format", "xml", "-"], ["evaluate", "--bogus"], ["frobnicate"], [], ["evaluate", "a", "b"],
      ["parameters", "--date", "2023-02-30"], ["evaluate", "--threads", "0", "-"],
    ])
  func usage(arguments: [String]) throws {
    #expect(try CLI.run(arguments, stdin: "").status == 64)
  }

  /// 8 MiB on stdin to a tool that leaves at once: the test's write meets a closed pipe (EPIPE,
  /// and a SIGPIPE that must not end the test process, as it once did on CI).
  @Test("A tool that exits without reading its stdin: exit 64, and the tests go on")
  func unreadStdin() throws {
    let input = Data(repeating: UInt8(ascii: "x"), count: 8 << 20)
    #expect(try CLI.run(["evaluate", "--bogus"], stdinBytes: input).status == 64)
  }

  @Test(
    "Exit 65 when the input is unreadable as a whole",
    arguments: [
      "", "id,date,persons\n", "id,date,persons,income,colour\na,2025-01-01,1,1\n",
    ])
  func unreadable(input: String) throws {
    let run = try CLI.run(["evaluate", "-"], stdin: input)
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)   // rejected as a whole: not even the output header
  }

  /// A file is read twice (duplicate ids checked on disk first), a pipe once (ids in memory):
  /// the two must give the same bytes and the same exit status.
  @Test(
    "A file and the same bytes through a pipe give identical output",
    arguments: [
      "Tests/PomocTests/Corpus/bad-input.csv", "Examples/households-invalid.csv", "Examples/households.csv",
      "Examples/households.jsonl", "Examples/households-invalid.jsonl",
    ])
  func fileEqualsPipe(path: String) throws {
    let file = try CLI.run(["evaluate", path])
    let bytes = try String(contentsOf: CLI.packageRoot.appendingPathComponent(path), encoding: .utf8)
    let format = path.hasSuffix(".jsonl") ? "jsonl" : "csv"
    let pipe = try CLI.run(["evaluate", "--format", format, "-"], stdin: bytes)
    #expect(file.stdout == pipe.stdout)
    #expect(file.status == pipe.status)
    if path.hasSuffix("-invalid.csv") || path.hasSuffix("bad-input.csv") {
      #expect(file.stdout.contains("duplicate_id"))   // the bad CSVs hold one each
    }
  }

  @Test("A missing file is unreadable input (65)")
  func missingFile() throws {
    #expect(try CLI.run(["evaluate", "no/such/file.csv"]).status == 65)
  }

  @Test("JSONL examples: JSON objects out; the unknown key is an error row")
  func jsonl() throws {
    let run = try CLI.run(["evaluate", "Examples/households.jsonl"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 5)
    #expect(lines[0].contains(#""permanent":"369.90""#))   // 130 % × 823.00 − 700.00
    let invalid = try CLI.run(["evaluate", "Examples/households-invalid.jsonl"])
    #expect(invalid.status == 1)
    let rows = invalid.stdout.split(separator: "\n")
    #expect(rows.count == 2)
    #expect(rows[0].hasSuffix(#""error":"invalid_field:date"}"#))
    #expect(rows[1].hasSuffix(#""error":"invalid_field:colour"}"#))
  }

  @Test("explain names the articles; parameters lists the law of a day")
  func explainAndParameters() throws {
    let explain = try CLI.run(["explain", "--id", "family-2025-permanent", "Examples/households.csv"])
    #expect(explain.status == 0)
    #expect(explain.stdout.contains("art. 37 ust. 2 pkt 2 u.p.s."))
    #expect(explain.stdout.contains("Zasiłek stały (permanent allowance) = 369.90"))
    let parameters = try CLI.run(["parameters", "--date", "2025-06-01"])
    #expect(parameters.status == 0)
    #expect(parameters.stdout.contains("value: 1010.00 zł"))
    #expect(parameters.stdout.contains("Dz.U. 2024 poz. 1044"))
  }

  @Test("--parameters FILE overrides the law; errors in it name the field")
  func parameterOverride() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("pomoc-params-\(UUID().uuidString).json")
    try
      #"{"lawKnownThrough":"2027-12-31","parameters":[{"id":"incomeCriterionSinglePerson","values":[{"from":"2027-01-01","value":"1100.00"}]}]}"#
      .write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let run = try CLI.run(
      ["evaluate", "--parameters", file.path, "-"], stdin: "id,date,persons,income\na,2027-03-01,1,1100.00\n")
    #expect(run.status == 0)
    #expect(run.stdout.contains("a,1100.00,1100.00,1,"))
    try #"{"parameters":[{"id":"nope","values":[]}]}"#.write(to: file, atomically: true, encoding: .utf8)
    let bad = try CLI.run(["evaluate", "--parameters", file.path, "-"], stdin: "id,date,persons,income\n")
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("invalid_field:parameters[0].id"))
  }
}

@Suite("pomoc JSON commands", .enabled(if: CLI.executable != nil))
struct ServiceCommandLineTests {
  @Test("care-home-fee: the contract's example")
  func careHome() throws {
    let run = try CLI.run(
      ["care-home-fee", "-"],
      stdin:
        #"{"date":"2024-05-01","average_cost":"5928.62","resident_income":"2500.00","relatives":[{"id":"son","relation":"descendant","persons":3,"income":"9000.00"}]}"#
    )
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix(
        #"{"resident":"1750.00","relatives":[{"id":"son","amount":"3600.00","limit":"3600.00"}],"municipality":"578.62","explanation":["#
      ))
  }

  @Test("staffing: the contract's example; errors give exit 1 with an error object; non-JSON exit 65")
  func staffing() throws {
    let run = try CLI.run(
      ["staffing"],
      stdin:
        #"{"date":"2023-12-31","norm":"social_workers","residents":35000,"families_in_social_work":1021,"staff_fte":"26"}"#
    )
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix(#"{"required_fte":"17.5","staff_fte":"26","compliant":true,"shortfall_fte":"0","by_rule":["#)
    )
    // Every DPS type is encoded now: alcohol-dependent 0.5 × 10 = 5 FTE → compliant with 5.
    let dps = try CLI.run(
      ["staffing"],
      stdin:
        #"{"date":"2023-12-31","norm":"dps_care_staff","dps_type":"alcohol_dependent","residents":10,"staff_fte":"5"}"#)
    #expect(dps.status == 0)
    #expect(dps.stdout.hasPrefix(#"{"required_fte":"5","staff_fte":"5","compliant":true,"#))
    // The ratios are verified from 2018 on: 2017-12-31 is not encoded.
    let bad = try CLI.run(
      ["staffing"],
      stdin:
        #"{"date":"2017-12-31","norm":"dps_care_staff","dps_type":"alcohol_dependent","residents":10,"staff_fte":"5"}"#)
    #expect(bad.status == 1)
    #expect(bad.stdout.contains(#""code":"parameter_not_encoded""#))
    #expect(try CLI.run(["staffing"], stdin: "{not json").status == 65)
  }

  @Test("care-fee and support-fee")
  func fees() throws {
    let care = try CLI.run(
      ["care-fee"],
      stdin:
        #"{"date":"2025-03-01","care_kind":"standard","persons":1,"income":"1313.00","hours":"40","hourly_cost":"30.00","municipality":"lipnica-murowana-2005"}"#
    )
    #expect(care.status == 0)
    #expect(care.stdout.hasPrefix(#"{"percent":"5.00","fee":"60.00","hourly_cost":"30.00""#))
    let support = try CLI.run(
      ["support-fee"],
      stdin:
        #"{"date":"2025-03-01","facility":"support_centre","persons":1,"income":"1313.01","monthly_cost":"2000.00","table":"subkowy-2017"}"#
    )
    #expect(support.status == 0)
    #expect(support.stdout.hasPrefix(#"{"fee":"1500.00","percent":"75.00""#))
  }
}

@Suite("pomoc report and compare", .enabled(if: CLI.executable != nil))
struct ReportCommandLineTests {
  @Test("report: text and CSV")
  func report() throws {
    let text = try CLI.run(["report", "Examples/households.csv"])
    #expect(text.status == 0)
    #expect(text.stdout.contains("Tabela 1."))
    let csv = try CLI.run(
      ["report", "--output", "csv", "-"], stdin: "id,date,persons,income,reasons\na,2025-01-01,1,500.00,unemployment\n")
    #expect(csv.stdout.contains("1_overall,all,periodic_sum,255.00\n"))
  }

  @Test("compare: dates and a parameter file")
  func compare() throws {
    let run = try CLI.run(
      ["compare", "--base", "2024-06-01", "--reform", "2025-06-01", "--output", "csv", "-"],
      stdin: "id,date,persons,income,reasons\na,2024-06-01,1,900.00,unemployment\n")
    #expect(run.status == 0)
    #expect(run.stdout.contains("periodic,0,1,1,0,0.00,55.00,55.00\n"))
    #expect(try CLI.run(["compare", "--base", "2024-06-01", "-"], stdin: "").status == 64)
  }
}

@Suite("pomoc evaluate progress", .enabled(if: CLI.executable != nil))
struct ProgressTests {
  @Test("--progress reports the rate on stderr, never on stdout")
  func progress() throws {
    let run = try CLI.run(["evaluate", "--progress", "Examples/households.csv"])
    #expect(run.stderr.contains("records/s"))
    #expect(!run.stdout.contains("records/s"))
  }
}
