import Foundation
import Testing

@testable import Pomoc
@testable import PomocFormats

/// Expected outcomes (issue 12, item 1): cases as Swift values and as files.
@Suite("Checks of expected outcomes")
struct OutcomeCheckTests {
  /// 2024-06-01, single man of 66 with 500.00: 130 % × 776.00 = 1008.80 − 500.00 = 508.80
  /// (art. 37 ust. 2 pkt 1; the 2024 formula).
  let single2024 = household("2024-06-01", income: "500.00", age: 66, sex: .male, reasons: [.longIllness])

  @Test("A case passes when every expected cell equals evaluate's; amounts compare to the grosz")
  func passes() {
    let cases = [
      OutcomeCase(
        id: "single-2024", request: single2024,
        expected: [.criterion: "776", .permanent: "508.8", .withinCriterion: "1", .careFee: "", .error: ""])
    ]
    #expect(OutcomeCheck.failures(of: cases).isEmpty)
  }

  @Test("A mismatch names the column, expected and actual, and the step that produced the actual value")
  func mismatch() throws {
    // The old formula would give 776.00 − 500.00 = 276.00; the law of 2024-06-01 gives 508.80.
    let failures = OutcomeCheck.failures(
      of: [OutcomeCase(id: "old-formula", request: single2024, expected: [.permanent: "276.00"])])
    let failure = try #require(failures.first)
    #expect(failures.count == 1)
    #expect(failure.kind == .mismatch && failure.column == .permanent)
    #expect(failure.expected == "276.00" && failure.actual == "508.80")
    #expect(failure.step?.rule == .permanentAllowance)
    #expect(failure.step?.basis == PermanentAllowance.singleBasis)
    #expect(failure.error == nil)
    #expect(
      failure.description.hasPrefix(
        "case 'old-formula': permanent expected 276.00, actual 508.80\n"
          + "  step: permanent_allowance.amount — Zasiłek stały (permanent allowance) = 508.80\n"))
    #expect(failure.description.contains("  basis: art. 37 ust. 2 pkt 1 u.p.s. (t.j. Dz.U. 2026 poz. 639)\n"))
  }

  @Test("An error row: its cells are empty and its error is shown instead of a step")
  func errorRow() throws {
    // A woman or a man of 62? Retirement age depends on the sex (art. 37 ust. 1).
    let request = household("2024-06-01", income: "500.00", age: 62, reasons: [.longIllness])
    let expectError = OutcomeCase(id: "sex", request: request, expected: [.error: "missing_field:applicant_sex"])
    #expect(OutcomeCheck.failures(of: [expectError]).isEmpty)
    let expectAmount = OutcomeCase(id: "sex", request: request, expected: [.permanent: "508.80"])
    let failure = try #require(OutcomeCheck.failures(of: [expectAmount]).first)
    #expect(failure.actual == "" && failure.step == nil)
    #expect(failure.error?.outputCode == "missing_field:applicant_sex")
    #expect(
      failure.description.contains("permanent expected 508.80, actual (empty)\n  error: missing_field:applicant_sex"))
  }

  @Test("A malformed expectation is a failure of its own, the other columns are still checked")
  func invalidExpectation() {
    let cases = [
      OutcomeCase(
        id: "typo", request: single2024,
        expected: [.permanent: "508,80", .withinCriterion: "yes", .careFeePercent: "1.234", .criterion: "700"])
    ]
    let failures = OutcomeCheck.failures(of: cases)
    #expect(failures.map(\.kind) == [.invalidExpectation, .invalidExpectation, .invalidExpectation, .mismatch])
    #expect(
      failures.compactMap(\.error?.outputCode) == [
        "invalid_field:expect_within_criterion", "invalid_field:expect_permanent",
        "invalid_field:expect_care_fee_percent",
      ])
    #expect(failures[3].column == .criterion && failures[3].actual == "776.00")
  }

  @Test(
    "Canonical expected cells",
    arguments: [
      (OutcomeColumn.permanent, "1164", "1164.00"), (.permanent, "0.5", "0.50"), (.permanent, "", ""),
      (.careFeePercent, "5", "5.00"), (.mealEligible, "1", "1"), (.error, "duplicate_id", "duplicate_id"),
    ])
  func canonical(column: OutcomeColumn, text: String, expected: String) {
    #expect(column.canonical(expected: text) == expected)
  }

  @Test(
    "Values that are not a column's",
    arguments: [
      (OutcomeColumn.permanent, "-1"), (.permanent, "1.005"), (.permanent, " 1"), (.withinCriterion, "2"),
      (.mealEligible, "true"), (.careFeePercent, "5%"), (.error, "a\nb"),
    ])
  func notCanonical(column: OutcomeColumn, text: String) {
    #expect(column.canonical(expected: text) == nil)
  }

  // MARK: Files

  static let header =
    "id,date,persons,income,municipality,applicant_age,applicant_sex,expect_targeted_threshold,expect_error"

  @Test("A CSV file: the Sopot thresholds (150 % × 776.00 = 1164.00; 200 % × 776.00 = 1552.00)")
  func csvFile() throws {
    let text =
      Self.header + "\n"
      + "a,2023-06-15,1,1164.00,sopot-2023,45,M,1164.00,\n"
      + "b,2023-06-15,1,1000.00,sopot-2023,60,F,1164.00,\n"   // wrong: a woman of 60 gets 200 %
      + "c,2022-12-31,1,1000.00,sopot-2023,45,M,,ordinance_not_in_force\n"
    let report = try OutcomeCheckFile.check(text: text, format: .csv)
    #expect(report.cases == 3 && report.failedCases == 1 && report.summary == "2/3 cases pass")
    let failure = try #require(report.failures.first)
    #expect(failure.line == 3 && failure.id == "b" && failure.column == .targetedThreshold)
    #expect(failure.expected == "1164.00" && failure.actual == "1552.00")
    #expect(failure.step?.parameter("share of criterion") == .rate(Rate(percent: 200)))
  }

  @Test("JSONL: a key left out is not checked, an empty string expects an empty cell")
  func jsonlFile() throws {
    let text = """
      {"id":"a","date":"2024-06-01","persons":1,"income":"500.00","applicant_age":66,"applicant_sex":"M","expect_permanent":"508.80"}
      {"id":"b","date":"2024-06-01","persons":1,"income":"500.00","applicant_age":66,"applicant_sex":"M","expect_care_fee":""}
      {"id":"c","date":"2024-06-01","persons":1,"income":"500.00","applicant_age":66,"applicant_sex":"M","expect_permanent":""}
      {"id":"d","date":"2024-06-01","persons":1,"income":"500.00","expect_bogus":"1"}
      {"id":"e","date":"2024-06-01","persons":1,"income":"500.00","applicant_age":66,"applicant_sex":"M","expect_permanent":508.8,"expect_error":null}
      """
    let report = try OutcomeCheckFile.check(text: text, format: .jsonl)
    #expect(report.cases == 5)
    // c: permanent is 508.80, not empty; d: a key that names no expect_ column cannot pass unnoticed.
    #expect(report.failures.map(\.id) == ["c", "d"])
    #expect(report.failures[1].kind == .unreadableCase && report.failures[1].actual == "invalid_field:expect_bogus")
  }

  @Test("Duplicate ids, malformed and overlong lines")
  func badLines() throws {
    let text =
      Self.header + "\n"
      + "a,2023-06-15,1,1164.00,sopot-2023,45,M,1164.00,\n"
      + "a,2023-06-15,1,1164.00,sopot-2023,45,M,,duplicate_id\n"   // passes: evaluate says duplicate_id
      + "b,\"2023-06-15,1\n"   // unterminated quote
      + "c,2023-06-15\n"   // too few fields
    let report = try OutcomeCheckFile.check(text: text, format: .csv)
    #expect(report.cases == 4)
    #expect(report.failures.map(\.kind) == [.unreadableCase, .unreadableCase])
    #expect(report.failures.map(\.line) == [4, 5])
    #expect(report.failures.map(\.actual) == ["malformed_record", "malformed_record"])
    let long = try OutcomeCheckFile.check(
      Array((Self.header + "\n" + "x," + String(repeating: "9", count: 200) + "\n").utf8), format: .csv,
      maximumRecordBytes: 120)
    #expect(long.failures.first?.actual == "record_too_long")
  }

  @Test(
    "The input as a whole: an unknown expect_ column, a missing required column, an empty file",
    arguments: ["id,date,persons,income,expect_bogus\n", "id,date,persons,expect_error\n", "", "id,id\n"])
  func unreadable(text: String) {
    #expect(throws: PomocError.self) { try OutcomeCheckFile.check(text: text, format: .csv) }
    do {
      _ = try OutcomeCheckFile.check(text: text, format: .csv)
    } catch {
      #expect(error.pomoc.code == .inputUnreadable)
    }
  }

  @Test(
    "The shipped examples pass",
    arguments: [
      "sopot-2023-thresholds.csv", "permanent-allowance-2024.csv", "lipnica-care-fees.csv",
    ])
  func examples(name: String) throws {
    let url = CLI.packageRoot.appendingPathComponent("Examples/checks").appendingPathComponent(name)
    let report = try OutcomeCheckFile.check(try Data(contentsOf: url), format: .csv)
    #expect(report.cases > 10)
    #expect(report.failures.isEmpty, "\(report.failures)")
  }
}
