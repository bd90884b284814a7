import Foundation
import Testing

@testable import Pomoc
@testable import PomocFormats

/// Runs the bulk audit over in-memory text; returns output text and summary.
func runAudit(
  _ input: String, format: RecordFormat = .csv, outputFormat: RecordFormat? = nil, threads: Int = 1,
  batchSize: Int = 8192, chunkSize: Int = 1 << 16
) throws -> (output: String, summary: BulkAudit.Summary) {
  var bulk = BulkAudit(
    evaluator: evaluator, format: format, outputFormat: outputFormat, threads: threads, batchSize: batchSize)
  return try run(&bulk, input, chunkSize: chunkSize)
}

@Suite("Bulk audit of a register")
struct BulkAuditTests {
  static let header =
    "decision_id,id,date,persons,income,applicant_age,applicant_sex,reasons,benefit,granted,decision_date"

  /// 2024-02-05, single man of 66 with 500.00: zasiłek stały 130 % × 776.00 − 500.00 = 508.80.
  static let good = "D1,h1,2024-02-05,1,500.00,66,M,long_illness,staly,508.80,2024-02-20"

  @Test("One verdict row per decision, in order; bad rows are typed errors naming the field, the others answered")
  func rowsAndErrors() throws {
    let input =
      [
        Self.header, Self.good,
        "D2,h2,2024-02-05,1,500.00,66,M,long_illness,zasilek,508.80,2024-02-20",   // unknown benefit
        "D3,h3,2024-02-05,1,500.00,66,M,long_illness,staly,508.80,2024-02-04",   // before the application
        "D4,h4,2024-02-05,1,500.00,66,M,long_illness,staly,,2024-02-20",   // no amount
        "D1,h1,2024-02-05,1,500.00,66,M,long_illness,staly,276.00,2024-03-01",   // decision id repeated
        "D6,h1,2024-02-05,1,500.00,66,M,long_illness,staly,276.00,2024-03-01",   // household repeated: fine
        "",
        "D7,h7,2024-02-05,1,500.00,66,M,long_illness,staly,508.80",   // a field short
      ].joined(separator: "\n") + "\n"
    let (output, summary) = try runAudit(input)
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines[0] == "decision_id,id,benefit,decision_date,granted,due,range_min,range_max,verdict,difference,basis,error")
    #expect(lines[1] == "D1,h1,staly,2024-02-20,508.80,508.80,,,consistent,0.00,art. 37 ust. 2 pkt 1 u.p.s.,")
    #expect(lines[2] == "D2,h2,,,,,,,,,,invalid_field:benefit")
    #expect(lines[3] == "D3,h3,,,,,,,,,,invalid_field:decision_date")
    #expect(lines[4] == "D4,h4,,,,,,,,,,missing_field:granted")
    #expect(lines[5] == "D1,h1,,,,,,,,,,duplicate_id")
    // 508.80 − 276.00 = 232.80 short.
    #expect(lines[6] == "D6,h1,staly,2024-03-01,276.00,508.80,,,underpaid,232.80,art. 37 ust. 2 pkt 1 u.p.s.,")
    #expect(lines[7] == "D7,h7,,,,,,,,,,malformed_record")
    #expect(lines.count == 9 && lines[8] == "")
    #expect(summary.records == 7 && summary.errorRows == 5 && summary.blankLines == 1)
    #expect(summary.firstErrors.map(\.line) == [3, 4, 5, 6, 9])
    #expect(summary.firstErrors[0].error.record == "D2" && summary.firstErrors[0].error.field == "benefit")
    #expect(summary.firstErrors[3].error.field == "decision_id")
    #expect(summary.audit.total.decisions == 7 && summary.audit.total.errors == 5)
    #expect(summary.audit.total.consistent == 1 && summary.audit.total.underpaidSum == m("232.80"))
    // Error rows count under their benefit and month when those could be read: D3, D4 and the
    // repeated D1 under staly (not D7: a malformed line's fields may be shifted); D1, D2 (its
    // benefit unknown, its date read), D3 and D4 in February.
    #expect(summary.audit.byBenefit[.permanentAllowance]?.errors == 3)
    #expect(summary.audit.byMonth[AuditMonth(d("2024-02-01"))]?.decisions == 4)
  }

  @Test("JSONL in and out: every value a string; keys may come in any order")
  func jsonl() throws {
    let input = """
      {"decision_id":"J1","benefit":"okresowy","granted":"450","decision_date":"2024-04-16","id":"h","date":"2024-04-02","persons":3,"income":"1200.00","applicant_income":"600","reasons":"unemployment"}
      {"decision_id":"J2","benefit":"okresowy","decision_date":"2024-04-16","id":"h","date":"2024-04-02","persons":3,"income":"1200.00"}
      """
    let (output, summary) = try runAudit(input, format: .jsonl)
    let lines = output.split(separator: "\n").map(String.init)
    // 3 × 600.00 − 1200.00 = 600.00; guaranteed 300.00; 450.00 lies within.
    #expect(
      lines[0]
        == #"{"decision_id":"J1","id":"h","benefit":"okresowy","decision_date":"2024-04-16","granted":"450.00","due":"","range_min":"300.00","range_max":"600.00","verdict":"consistent","difference":"0.00","basis":"art. 38 u.p.s.; art. 38 ust. 2 pkt 2 u.p.s.","error":""}"#
    )
    #expect(lines[1].hasSuffix(#""error":"missing_field:granted"}"#))
    #expect(summary.records == 2 && summary.errorRows == 1)
    let csv = try runAudit(input, format: .jsonl, outputFormat: .csv).output
    #expect(csv.split(separator: "\n")[1].hasPrefix("J1,h,okresowy,2024-04-16,450.00,,300.00,600.00,consistent"))
  }

  @Test("Ids are written back as evaluate writes them: quoted when they hold a comma or a quote")
  func quotedIDs() throws {
    let input =
      Self.header + "\n" + #""D/1, a","h ""x""",2024-02-05,1,500.00,66,M,long_illness,staly,508.80,2024-02-20"# + "\n"
    let line = try runAudit(input).output.split(separator: "\n")[1]
    #expect(line.hasPrefix(#""D/1, a","h ""x""",staly,"#))
  }

  @Test("Output is identical for any thread count, batch size and chunk size")
  func determinism() throws {
    var lines = [Self.header]
    let benefits = ["staly", "okresowy", "celowy", "specjalny_celowy"]
    for index in 0..<2_000 {
      let income = (index * 7_919) % 200_000
      let id = index % 499 == 0 ? "dup" : "D\(index)"
      lines.append(
        "\(id),h\(index % 300),2024-0\(index % 9 + 1)-10,\(index % 4 + 1),\(income / 100).\(income % 100 < 10 ? "0" : "")\(income % 100),"
          + "\(index % 90),\(index % 2 == 0 ? "F" : "M"),unemployment,\(benefits[index % 4]),\((index * 13) % 900).00,2024-0\(index % 9 + 1)-20"
      )
    }
    let input = lines.joined(separator: "\n") + "\n"
    let reference = try runAudit(input).output
    #expect(reference.split(separator: "\n").count == 2_001)
    for (threads, batch, chunk) in [(2, 8192, 1 << 16), (4, 300, 777), (3, 1, 64), (8, 1024, 5)] {
      #expect(try runAudit(input, threads: threads, batchSize: batch, chunkSize: chunk).output == reference)
    }
  }

  @Test(
    "The input as a whole: a missing decision column, an unknown column, an empty input",
    arguments: [
      "decision_id,id,date,persons,income,benefit,decision_date\n",
      "decision_id,id,date,persons,income,benefit,granted\n",
      "decision_id,id,date,persons,income,benefit,granted,decision_date,colour\n", "",
    ])
  func headerErrors(input: String) {
    #expect(throws: HeaderError.self) { try runAudit(input) }
  }

  @Test("The codes written are the raw values")
  func codes() {
    for benefit in AuditedBenefit.allCases { #expect("\(AuditRowFormat.code(benefit))" == benefit.rawValue) }
    for kind in AuditVerdict.Kind.allCases { #expect("\(AuditRowFormat.code(kind))" == kind.rawValue) }
  }

  @Test("Duplicates known beforehand (a scan of the file) give the same rows as the ids kept in memory")
  func knownDuplicates() throws {
    let input = [Self.header, Self.good, Self.good, "", Self.good].joined(separator: "\n") + "\n"
    let inMemory = try runAudit(input).output
    var bulk = BulkAudit(
      evaluator: evaluator, format: .csv,
      knownDuplicates: DuplicateLines(lines: [3, 5], scannedBytes: input.utf8.count))
    var out: [UInt8] = []
    try Array(input.utf8).withUnsafeBufferPointer { try bulk.feed($0) { out.append(contentsOf: $0) } }
    _ = try bulk.finish { out.append(contentsOf: $0) }
    #expect(String(decoding: out, as: UTF8.self) == inMemory)
    #expect(inMemory.components(separatedBy: ",duplicate_id\n").count == 3)
  }

  @Test("A header alone: the output header alone")
  func headerOnly() throws {
    let (output, summary) = try runAudit(Self.header + "\n")
    #expect(output == String(decoding: AuditRowFormat.csvHeader, as: UTF8.self) && summary.records == 0)
  }

  @Test("The shipped register: every verdict worked out in Examples/checks/audit/README.md")
  func shippedRegister() throws {
    let url = CLI.packageRoot.appendingPathComponent("Examples/checks/audit/register-2024.csv")
    let (output, summary) = try runAudit(try String(contentsOf: url, encoding: .utf8))
    #expect(summary.errorRows == 0 && summary.records == 18)
    let verdicts = output.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false)[8]
    }
    #expect(
      verdicts == [
        "consistent", "not_entitled", "overpaid", "underpaid", "not_entitled", "consistent", "outside_legal_range",
        "outside_legal_range", "not_entitled", "consistent", "not_entitled", "consistent", "outside_legal_range",
        "not_entitled", "consistent", "underpaid", "consistent", "overpaid",
      ])
    // Overpaid 50.00 (stały) + 600.00 (DPS); underpaid 232.80 (stały) + 60.00 (care fee).
    #expect(summary.audit.total.overpaidSum == m("650.00") && summary.audit.total.underpaidSum == m("292.80"))
    // Not entitled 300.00 + 200.00 + 100.00 + 250.00 + 400.00; above ranges 50.00 + 100.00; below 20.00.
    #expect(summary.audit.total.notEntitledSum == m("1250.00"))
    #expect(summary.audit.total.aboveRangeSum == m("150.00") && summary.audit.total.belowRangeSum == m("20.00"))
  }
}
