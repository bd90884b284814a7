import Foundation
import PomocTestSupport
import Testing

/// `pomoc family`, `family explain`, `report --families`, `compare --families` end to end.
@Suite("pomoc family", .enabled(if: CLI.executable != nil))
struct FamilyCommandLineTests {
  static let good =
    #"{"id":"f1","date":"2024-11-15","members":[{"id":"a","role":"applicant","birth_date":"1950-01-01"}],"benefits":["zasilek_pielegnacyjny"]}"#

  @Test("one line per non-empty input line, in order; record errors counted (exit 1)")
  func linesInOrder() throws {
    let input = """
      \(Self.good)

      {"id":"f2","date":"2011-01-01","members":[]}
      \(Self.good)
      not json

      """
    let run = try CLI.run(["family", "-"], stdin: input)
    #expect(run.status == 1)
    // Age 74 on 2024-11-15: no zasiłek pielęgnacyjny (75 and over, art. 16 ust. 2 u.ś.r.).
    #expect(
      run.stdout == """
        {"id":"f1","zasilek_pielegnacyjny":{"entitled":false,"amount":"0.00","reason_code":"no_eligible_member","period_from":null,"period_to":null,"per_member":[{"id":"a","entitled":false,"amount":"0.00"}]}}
        {"id":"f2","error":"date_out_of_range"}
        {"id":"f1","error":"duplicate_id"}
        {"id":"","error":"malformed_record"}

        """)
    #expect(run.stderr.contains("4 families, 1 decided, 3 record errors"))
  }

  @Test("exit 0 when every record is answered; 65 for an empty input or one that is not UTF-8")
  func exitStatuses() throws {
    #expect(try CLI.run(["family", "-"], stdin: Self.good + "\n").status == 0)
    let empty = try CLI.run(["family", "-"], stdin: "\n\n")
    #expect(empty.status == 65 && empty.stdout.isEmpty)
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("latin2.jsonl")
    try Data([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xB3, 0x22, 0x7D, 0x0A]).write(to: file)
    let latin2 = try CLI.run(["family", file.path])
    #expect(latin2.status == 65 && latin2.stderr.contains("not UTF-8"))
  }

  @Test("a file is scanned first: a line that is not UTF-8 writes nothing; repeated ids found on disk as in memory")
  func fileScannedFirst() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // Good lines, then one that is not UTF-8 (ł in ISO 8859-2): rejected as a whole before a byte is written.
    let file = directory.appendingPathComponent("late.jsonl")
    try Data(Array((Self.good + "\n").utf8) + [0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xB3, 0x22, 0x7D, 0x0A])
      .write(to: file)
    let late = try CLI.run(["family", file.path])
    #expect(late.status == 65 && late.stdout.isEmpty && late.stderr.contains("line 2 is not UTF-8"))
    // From a pipe the lines before it are already out (documented), and still exit 65.
    let piped = try CLI.run(["family", "-"], stdinBytes: try Data(contentsOf: file))
    #expect(piped.status == 65)
    // Repeated ids: the same bytes from a file (scanned on disk) and from a pipe (held in memory).
    let repeated = directory.appendingPathComponent("repeated.jsonl")
    let lines = (Array(SyntheticFamilies(count: 300)) + Array(SyntheticFamilies(count: 300))).map { $0 + "\n" }.joined()
    try lines.write(to: repeated, atomically: true, encoding: .utf8)
    let fromFile = try CLI.run(["family", repeated.path])
    let fromPipe = try CLI.run(["family", "-"], stdin: lines)
    #expect(fromFile.stdout == fromPipe.stdout)
    #expect(fromFile.stdout.components(separatedBy: #""error":"duplicate_id""#).count == 301)
  }

  @Test("a line over the record limit is record_too_long, with the limit named, and reading goes on")
  func recordTooLong() throws {
    let long = #"{"id":"long","date":"2024-11-15","members":[],"pad":""# + String(repeating: "x", count: 200) + #""}"#
    let run = try CLI.run(["family", "--max-record-bytes", "150", "-"], stdin: long + "\n" + Self.good + "\n")
    #expect(run.status == 1)
    #expect(run.stdout.hasPrefix(#"{"id":"","error":"record_too_long"}"# + "\n{\"id\":\"f1\""))
    #expect(run.stderr.contains("more than the limit of 150 (--max-record-bytes)"))
  }

  @Test("the same output for 1 and 2 threads")
  func threads() throws {
    // From a file: a megabyte written to the child's stdin while its stdout is not yet read
    // would fill both pipes.
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("families.jsonl")
    try SyntheticFamilies(count: 3_000).map { $0 + "\n" }.joined().write(to: file, atomically: true, encoding: .utf8)
    let one = try CLI.run(["family", "--threads", "1", file.path])
    let two = try CLI.run(["family", "--threads", "2", file.path])
    #expect(one.stdout == two.stdout)
    #expect(one.stdout.split(separator: "\n").count == 3_000)
  }

  @Test("explain: every benefit with its steps and articles")
  func explain() throws {
    let run = try CLI.run(["family", "explain", "--id", "f1", "-"], stdin: Self.good + "\n")
    #expect(run.status == 0)
    #expect(run.stdout.contains("zasilek_pielegnacyjny: not entitled (no_eligible_member)"))
    #expect(run.stdout.contains("basis: art. 16 u.ś.r. (t.j. Dz.U. 2026 poz. 1240)"))
    let json = try CLI.run(["family", "explain", "--json", "-"], stdin: Self.good + "\n")
    #expect(json.stdout.contains(#""explanation":[{"#))
  }

  @Test("report and compare --families: tables by benefit")
  func reports() throws {
    let input = Self.good + "\n"
    let report = try CLI.run(["report", "--families", "--output", "csv", "-"], stdin: input)
    #expect(report.status == 0)
    #expect(report.stdout.contains("\ntotal,all,zasilek_pielegnacyjny,1,0,0,0.00,0\n"))
    // Born 1950-01-01: 74 on 2024-12-31, 75 on 2025-01-01 → entitled, 215.84 (art. 16 ust. 2, 3 u.ś.r.).
    let compare = try CLI.run(
      ["compare", "--families", "--base", "2024-12-31", "--reform", "2025-01-01", "--output", "csv", "-"], stdin: input)
    #expect(compare.status == 0)
    #expect(compare.stdout.contains("\nzasilek_pielegnacyjny,0,1,1,0,0,0,0.00,215.84,215.84,0\n"))
  }
}
