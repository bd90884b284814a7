import Foundation
import Testing

/// `pomoc check` and `pomoc audit` end to end: output, exit statuses, failed writes.
@Suite("pomoc check and audit", .enabled(if: CLI.executable != nil))
struct ValidationCommandLineTests {
  @Test("check: the shipped examples pass, exit 0 (the command .ci/run runs)")
  func examplesPass() throws {
    let run = try CLI.shell(#""$POMOC" check Examples/checks/*.csv"#)
    #expect(run.status == 0)
    #expect(run.stdout.wholeMatch(of: /(\d+)\/\1 cases pass\n/) != nil, "\(run.stdout)")
    #expect(run.stderr.isEmpty)
  }

  @Test("check: a failing case prints a stable block, the summary line and exit 1")
  func failure() throws {
    let input = """
      id,date,persons,income,applicant_age,applicant_sex,expect_permanent
      new-formula,2024-06-01,1,500.00,66,M,508.80
      old-formula,2024-06-01,1,500.00,66,M,276.00

      """
    let run = try CLI.run(["check", "-"], stdin: input)
    #expect(run.status == 1)
    // 2024-06-01: 130 % × 776.00 − 500.00 = 508.80, not the old 776.00 − 500.00 = 276.00.
    #expect(
      run.stdout
        == """
        -:3: case 'old-formula': permanent expected 276.00, actual 508.80
          step: permanent_allowance.amount — Zasiłek stały (permanent allowance) = 508.80
          parameters: formula: 130 % × criterion − income (from 2024-01-01) · single criterion: 776.00 · base rate: 130.00 % · age: 66 · disability: none · income (single person): 500.00 · maximum: 1000.00 · minimum: 100.00
          basis: art. 37 ust. 2 pkt 1 u.p.s. (t.j. Dz.U. 2026 poz. 639)

        1/2 cases pass

        """)
  }

  @Test("check: several files, JSONL by its name, one summary")
  func severalFiles() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "id,date,persons,income,expect_criterion\na,2025-01-01,1,1010.00,1010.00\n".write(
      to: directory.appendingPathComponent("a.csv"), atomically: true, encoding: .utf8)
    try #"{"id":"b","date":"2022-01-01","persons":2,"income":"0","expect_criterion":"600"}"#.write(
      to: directory.appendingPathComponent("b.jsonl"), atomically: true, encoding: .utf8)
    let run = try CLI.run(["check", "a.csv", "b.jsonl"], directory: directory)
    #expect(run.status == 0 && run.stdout == "2/2 cases pass\n")
  }

  @Test("check: an unknown expect_ column is a header error (65), nothing on stdout")
  func unknownColumn() throws {
    let run = try CLI.run(["check", "-"], stdin: "id,date,persons,income,expect_permanet\n")
    #expect(run.status == 65 && run.stdout.isEmpty)
    #expect(run.stderr.contains("unknown column 'expect_permanet'"))
  }

  @Test("audit: verdict rows on stdout, the summary on stderr and in --summary FILE")
  func audit() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let summaryFile = directory.appendingPathComponent("summary.csv")
    let run = try CLI.run(["audit", "--summary", summaryFile.path, "Examples/checks/audit/register-2024.csv"])
    #expect(run.status == 0)
    #expect(run.stdout.split(separator: "\n").count == 19)
    #expect(
      run.stdout.contains(
        "\nD/2024/003,h2,staly,2024-02-21,558.80,508.80,,,overpaid,50.00,art. 37 ust. 2 pkt 1 u.p.s.,\n"))
    #expect(run.stderr.hasPrefix("pomoc audit: 18 decisions, 18 audited, 0 error rows\n"))
    let summary = try String(contentsOf: summaryFile, encoding: .utf8)
    #expect(summary.contains("\nall,all,18,0,6,2,650.00,2,292.80,5,1250.00,3,150.00,20.00\n"))
    #expect(summary.contains("\nbenefit,dps_fee,2,0,1,1,600.00,0,0.00,0,0.00,0,0.00,0.00\n"))
    #expect(summary.contains("\nmonth,2023-11,2,0,1,0,0.00,0,0.00,1,250.00,0,0.00,0.00\n"))
  }

  @Test("audit: bad decisions are error rows naming the field (exit 1), the other rows answered")
  func auditErrors() throws {
    let run = try CLI.run(["audit", "Examples/checks/audit/register-2024-invalid.csv"])
    #expect(run.status == 1)
    #expect(run.stdout.split(separator: "\n").count == 7)
    for code in ["invalid_field:benefit", "invalid_field:decision_date", "missing_field:granted", "duplicate_id"] {
      #expect(run.stdout.contains(",\(code)\n"), "\(code)")
    }
    #expect(run.stderr.contains("register-2024-invalid.csv:3: record 'D/2024/102': invalid_field:benefit"))
    #expect(run.stderr.contains("register-2024-invalid.csv:4: record 'D/2024/103': invalid_field:decision_date"))
    #expect(run.stderr.contains("register-2024-invalid.csv:5: record 'D/2024/104': missing_field:granted"))
  }

  @Test("audit: repeated decision ids are found by the disk scan of a file as by the in-memory check of a pipe")
  func auditDuplicatesFileAndPipe() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // D1 repeats (plain, then quoted: the same id), "D,2" repeats quoted, the household id h1
    // repeats without being a duplicate (several decisions per household).
    let csv = """
      decision_id,id,date,persons,income,applicant_age,applicant_sex,benefit,granted,decision_date
      D1,h1,2024-02-05,1,500.00,66,M,staly,508.80,2024-02-20
      "D,2",h1,2024-02-05,1,500.00,66,M,staly,508.80,2024-02-20
      "D1",h2,2024-02-05,1,500.00,66,M,staly,508.80,2024-02-20
      "D,2",h3,2024-02-05,1,500.00,66,M,staly,508.80,2024-02-20
      D3,h1,2024-02-05,1,500.00,66,M,staly,508.80,2024-02-20

      """
    let jsonl = """
      {"decision_id":"D1","id":"h1","date":"2024-02-05","persons":"1","income":"500.00","applicant_age":"66","applicant_sex":"M","benefit":"staly","granted":"508.80","decision_date":"2024-02-20"}
      {"id":"h2","decision_id":"D1","date":"2024-02-05","persons":"1","income":"500.00","applicant_age":"66","applicant_sex":"M","benefit":"staly","granted":"508.80","decision_date":"2024-02-20"}

      """
    for (name, text, duplicates) in [("register.csv", csv, 2), ("register.jsonl", jsonl, 1)] {
      let file = directory.appendingPathComponent(name)
      try text.write(to: file, atomically: true, encoding: .utf8)
      let fromFile = try CLI.run(["audit", file.path])
      let fromPipe = try CLI.run(["audit", "--format", name.hasSuffix("csv") ? "csv" : "jsonl", "-"], stdin: text)
      #expect(fromFile.status == 1 && fromPipe.status == 1)
      #expect(fromFile.stdout == fromPipe.stdout)
      #expect(fromFile.stdout.components(separatedBy: "duplicate_id").count - 1 == duplicates, "\(fromFile.stdout)")
    }
  }

  @Test("audit: a missing decision column is a header error (65), nothing on stdout")
  func auditHeader() throws {
    let run = try CLI.run(["audit", "-"], stdin: "decision_id,id,date,persons,income,benefit,decision_date\n")
    #expect(run.status == 65 && run.stdout.isEmpty && run.stderr.contains("required column 'granted'"))
  }

  @Test(
    "Bad invocations: 64",
    arguments: [["check", "--bogus"], ["audit", "a", "b"], ["audit", "--summary"], ["check", "--format", "xml"]])
  func usage(arguments: [String]) throws {
    #expect(try CLI.run(arguments, stdin: "").status == 64)
  }

  @Test("help check, help audit", arguments: ["check", "audit"])
  func help(command: String) throws {
    for arguments in [["help", command], [command, "--help"], [command, "-h"]] {
      let run = try CLI.run(arguments)
      #expect(run.status == 0 && run.stdout.hasPrefix("usage:\n") && run.stdout.contains("pomoc \(command) "))
      #expect(run.stdout.contains("74"))
    }
  }

  @Test(
    "A failed write is exit 74",
    arguments: [
      #""$POMOC" check Examples/checks/*.csv > /dev/full"#,
      #""$POMOC" check - < Tests/PomocTests/Corpus/bad-input.csv > /dev/full"#,
      #""$POMOC" audit Examples/checks/audit/register-2024.csv > /dev/full"#,
      #""$POMOC" audit Examples/checks/audit/register-2024.csv >&-"#,
      #""$POMOC" audit --summary /dev/full Examples/checks/audit/register-2024.csv > /dev/null"#,
    ])
  func failedWrite(script: String) throws {
    #expect(try CLI.shell(script).status == 74)
  }
}
