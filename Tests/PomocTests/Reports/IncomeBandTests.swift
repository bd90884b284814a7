import Foundation
import Testing

@testable import Pomoc

@Suite("Population report: income per person against the criterion")
struct IncomeBandTests {
  /// Criteria from 2025-01-01: single 1010.00, per person 823.00.
  /// a: single, 505.00: 505.00 × 100 = 50 500 ≤ 50 × 1010.00 = 50 500 → exactly 50 %: 0–50 (bound included);
  /// b: single, 505.01 → above 50 %, within 1010.00 → 50–100;
  /// c: 3 persons, 2469.00 = 3 × 823.00 → exactly the criterion: within → 50–100 (2469.00 > 1234.50);
  /// d: 3 persons, 2469.01 → above; 246 901 ≤ 150 × 823.00 × 3 = 370 350 → 100–150;
  /// e: 2 persons, 3292.00 = 200 % × 2 × 823.00 → 150–200 (bound included);
  /// f: 2 persons, 3292.01 → over 200 %;
  /// g: 2011 → date_out_of_range: an error row, in no band.
  static let population = [
    household("2025-03-01", income: "505.00"),
    household("2025-03-01", income: "505.01"),
    household("2025-03-01", persons: 3, income: "2469.00"),
    household("2025-03-01", persons: 3, income: "2469.01"),
    household("2025-03-01", persons: 2, income: "3292.00"),
    household("2025-03-01", persons: 2, income: "3292.01"),
    household("2011-01-01", income: "1"),
  ]

  static func report() async -> PopulationReport {
    var report = PopulationReport()
    let outcomes = await BatchEvaluator(maximumConcurrency: 1).evaluate(population)
    for (request, outcome) in zip(population, outcomes) { report.add(request, outcome) }
    return report
  }

  @Test("Each household in its band, bounds included; error rows in none")
  func bands() async {
    let report = await Self.report()
    let households = report.incomeRows.map(\.tally.households)
    let persons = report.incomeRows.map(\.tally.persons)
    #expect(report.incomeRows.map(\.key) == ["0-50", "50-100", "100-150", "150-200", "over_200"])
    #expect(households == [1, 2, 1, 1, 1])   // a; b, c; d; e; f
    #expect(persons == [1, 4, 3, 2, 2])   // 1; 1 + 3; 3; 2; 2
    // The first two bands are the households within the criterion (a, b, c).
    #expect(report.total.withinCriterion == 3)
    #expect(households.reduce(0, +) == report.total.households - report.total.errors)   // 7 − 1
    #expect(report.incomeRows.allSatisfy { $0.tally.errors == 0 })
  }

  @Test("CSV and text: Table 5 after everything earlier versions wrote")
  func csvAndText() async {
    let report = await Self.report()
    let csv = report.csv()
    let unreadable = csv.range(of: "0_input,all,unreadable_records,0\n")!
    let table5 = csv.range(of: "5_by_income_to_criterion,0-50,households,1\n")!
    #expect(unreadable.upperBound <= table5.lowerBound)
    #expect(csv.contains("5_by_income_to_criterion,50-100,persons,4\n"))
    #expect(csv.contains("5_by_income_to_criterion,over_200,households,1\n"))
    #expect(csv.hasSuffix("5_by_income_to_criterion,over_200,errors,0\n"))
    // 15 columns × (1 + 2 years + 3 sizes + 5 bands) rows, the header and the unreadable line.
    #expect(csv.split(separator: "\n").count == 15 * 11 + 2)
    let text = report.text()
    let tail = text[text.range(of: "Unreadable records (not in the tables): 0\n")!.upperBound...]
    #expect(tail.contains("Tabela 5. Dochód na osobę wobec kryterium"))
    #expect(tail.contains("ponad 200 % kryterium"))
  }

  @Test("The bound comparison is exact in integers, for any value")
  func exactComparison() {
    // 1010.00 × 50 % = 505.00: at the bound, and one grosz above.
    #expect(
      PopulationReport.IncomeBand.of(
        householdIncome: m("505.00"), criterion: m("1010.00"), persons: 1, withinCriterion: true) == .upTo50)
    #expect(
      PopulationReport.IncomeBand.of(
        householdIncome: m("505.01"), criterion: m("1010.00"), persons: 1, withinCriterion: true) == .upTo100)
    // 4 persons × 823.00 × 150 % = 4938.00.
    #expect(
      PopulationReport.IncomeBand.of(
        householdIncome: m("4938.00"), criterion: m("823.00"), persons: 4, withinCriterion: false) == .upTo150)
    #expect(
      PopulationReport.IncomeBand.of(
        householdIncome: m("4938.01"), criterion: m("823.00"), persons: 4, withinCriterion: false) == .upTo200)
    // Products beyond Int64: Int64.max × 100 > 200 × 1010.00, but ≤ 150 × Int64.max × 1.
    #expect(
      PopulationReport.IncomeBand.of(
        householdIncome: Money(grosze: .max), criterion: m("1010.00"), persons: 1, withinCriterion: false) == .over200)
    #expect(
      PopulationReport.IncomeBand.of(
        householdIncome: Money(grosze: .max), criterion: Money(grosze: .max), persons: .max, withinCriterion: false)
        == .upTo150)
    #expect(PopulationReport.productIsAtMost([.max, 100], [200, .max, 1]))
    #expect(!PopulationReport.productIsAtMost([.max, 100], [50, .max, 1]))
    #expect(PopulationReport.productIsAtMost([.min, 100], [1]))   // negative ≤ positive
    #expect(PopulationReport.productIsAtMost([.min, 100], [.min, 99]))   // −2^63·100 < −2^63·99
    #expect(!PopulationReport.productIsAtMost([.min, 100], [.min, 101]))
    #expect(PopulationReport.productIsAtMost([.min, .min], [.max, .max, 2]))   // 2^126 ≤ 2·(2^63 − 1)^2
    #expect(!PopulationReport.productIsAtMost([.min, .min], [.max, .max]))   // 2^126 > (2^63 − 1)^2
    #expect(PopulationReport.productIsAtMost([0, .max], [0]))
  }

  @Test("Codable: the bands round-trip; a report encoded without them decodes with none")
  func codable() async throws {
    let report = await Self.report()
    let data = try JSONEncoder().encode(report)
    #expect(try JSONDecoder().decode(PopulationReport.self, from: data) == report)
    var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let bands = try #require(object["byIncome"] as? [String: Any])
    #expect(bands.keys.sorted() == ["0-50", "100-150", "150-200", "50-100", "over_200"])
    object["byIncome"] = nil
    let old = try JSONDecoder().decode(PopulationReport.self, from: JSONSerialization.data(withJSONObject: object))
    #expect(old.byIncome.isEmpty && old.total == report.total)
    object["byIncome"] = ["5-10": bands["0-50"]!]
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(PopulationReport.self, from: JSONSerialization.data(withJSONObject: object))
    }
  }
}
