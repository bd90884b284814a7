import Foundation
import Pomoc
import PomocFormats
import Testing

/// The Swift examples of Documentation/Validation.md, as a host's test suite writes them (public
/// API only), so that the documentation stays real code.
@Suite("Documentation/Validation.md examples")
struct ValidationDocumentationTests {
  @Test func permanentAllowance2024() throws {
    let man66 = Applicant(age: 66, sex: .male)
    let cases = [
      // 130 % × 776.00 − 500.00 = 508.80 (art. 37 ust. 2 pkt 1, from 2024-01-01)
      OutcomeCase(
        id: "single-2024",
        request: EvaluationRequest(
          date: try CivilDate(parsing: "2024-06-01"), persons: 1, income: 500, applicant: man66),
        expected: [.permanent: "508.80", .error: ""]),
      // min(130 % × 776.00 − 0.00, 1000.00) = 1000.00
      OutcomeCase(
        id: "single-2024-maximum",
        request: EvaluationRequest(date: try CivilDate(parsing: "2024-06-01"), persons: 1, income: 0, applicant: man66),
        expected: [.permanent: "1000.00"]),
    ]
    let failures = OutcomeCheck.failures(of: cases)   // [CheckFailure], empty when all pass
    #expect(failures.isEmpty, "\(failures)")
  }

  @Test(arguments: ["sopot-2023-thresholds.csv", "permanent-allowance-2024.csv", "lipnica-care-fees.csv"])
  func shippedCases(name: String) throws {
    let url = CLI.packageRoot.appendingPathComponent("Examples/checks/" + name)
    let bytes = try Data(contentsOf: url)
    let report = try OutcomeCheckFile.check(bytes, format: .csv)   // throws input_unreadable for a bad header
    #expect(report.failures.isEmpty, "\(report.failures)")
    #expect(report.summary == "\(report.cases)/\(report.cases) cases pass")
  }

  @Test func auditOneDecision() throws {
    let household = EvaluationRequest(
      date: try CivilDate(parsing: "2024-01-10"), persons: 1, income: 500, applicant: Applicant(age: 66, sex: .male))
    let decision = Decision(
      id: "D/2024/004", benefit: .permanentAllowance, granted: 276, date: try CivilDate(parsing: "2024-01-25"))
    let verdict = try DecisionAudit.verdict(on: decision, for: household)
    #expect("\(verdict)" == "underpaid by 232.80 (granted 276.00, due 508.80; art. 37 ust. 2 pkt 1 u.p.s.)")

    var summary = AuditSummary()
    summary.add(verdict, for: decision)
    #expect(summary.total.underpaidSum == Money("232.80"))
  }
}
