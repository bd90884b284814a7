import Foundation
import Testing
@testable import Pomoc

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

  static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
    guard let executable else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
               stderr: String(decoding: errData, as: UTF8.self))
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

  @Test("Exit 1 with every row still written when a record fails")
  func someErrors() throws {
    let run = try CLI.run(["evaluate", "Examples/households.csv"])
    #expect(run.status == 1)
    let input = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Examples/households.csv"), encoding: .utf8)
    #expect(run.stdout.split(separator: "\n").count == input.split(separator: "\n").count)
    #expect(run.stderr.contains("duplicate_id: 1"))
  }

  @Test("Exit 64 for a bad invocation", arguments: [
    ["evaluate", "--format", "xml", "-"], ["evaluate", "--bogus"], ["frobnicate"], [], ["evaluate", "a", "b"],
    ["parameters", "--date", "2023-02-30"], ["evaluate", "--threads", "0", "-"],
  ])
  func usage(arguments: [String]) throws {
    #expect(try CLI.run(arguments, stdin: "").status == 64)
  }

  @Test("Exit 65 when the input is unreadable as a whole", arguments: [
    "", "id,date,persons\n", "id,date,persons,income,colour\na,2025-01-01,1,1\n",
  ])
  func unreadable(input: String) throws {
    let run = try CLI.run(["evaluate", "-"], stdin: input)
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty || !run.stdout.contains("\n\n"))
  }

  @Test("A missing file is unreadable input (65)")
  func missingFile() throws {
    #expect(try CLI.run(["evaluate", "no/such/file.csv"]).status == 65)
  }

  @Test("JSONL example: JSON objects out, the unknown key is an error row")
  func jsonl() throws {
    let run = try CLI.run(["evaluate", "Examples/households.jsonl"])
    #expect(run.status == 1)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 7)
    #expect(lines[0].contains(#""permanent":"369.90""#))
    #expect(lines[6].hasSuffix(#""error":"invalid_field:colour"}"#))
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
    try #"{"lawKnownThrough":"2027-12-31","parameters":[{"id":"incomeCriterionSinglePerson","values":[{"from":"2027-01-01","value":"1100.00"}]}]}"#
      .write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let run = try CLI.run(["evaluate", "--parameters", file.path, "-"], stdin: "id,date,persons,income\na,2027-03-01,1,1100.00\n")
    #expect(run.status == 0)
    #expect(run.stdout.contains("a,1100.00,1100.00,1,"))
    try #"{"parameters":[{"id":"nope","values":[]}]}"#.write(to: file, atomically: true, encoding: .utf8)
    let bad = try CLI.run(["evaluate", "--parameters", file.path, "-"], stdin: "id,date,persons,income\n")
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("invalid_field:parameters[0].id"))
  }
}
