import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

/// Art. 97 ust. 1a u.p.s. (t.j. Dz.U. 2026 poz. 639): within the criterion the shelter fee „nie może być
/// wyższa niż 30 % dochodu osoby samotnie gospodarującej lub dochodu na osobę w rodzinie” (50 % in a
/// shelter with care services) — for a family, a share of the income PER PERSON, not of the total.
/// Criteria in 2025: 1010.00 single, 823.00 per person in a family.
@Suite("Shelter fee cap: share of the income per person (art. 97 ust. 1a)")
struct ShelterFeeCapTests {
  private func fee(
    _ facility: SupportCentreFee.Facility, persons: Int, income: String, cost: String = "2000.00",
    table: FeeTable? = nil, date: String = "2025-03-01"
  ) throws -> SupportCentreFee.Result {
    var trace = NoTrace()
    return try SupportCentreFee.compute(
      SupportCentreFee.Request(
        date: d(date), facility: facility, persons: persons,
        income: m(income), monthlyCost: m(cost), table: table),
      trace: &trace)
  }

  /// A council table charging 20 % of the cost at every income (to show the cap at work).
  private let twentyPercent = FeeTable(
    name: "test 20 %", basis: [], source: "test",
    bands: [FeeBand(upTo: nil, single: Rate(percent: 20), family: Rate(percent: 20))])

  @Test("Family of 2 with income 1600.00 at 30 % → cap 240.00")
  func issueExample() throws {
    // 1600.00 ≤ 2 × 823.00 = 1646.00: within the criterion. 1600 / 2 = 800 × 30 % = 240.00
    // (not 1600 × 30 % = 480.00, the family-total reading).
    #expect(
      try fee(.shelter, persons: 2, income: "1600.00")
        == SupportCentreFee.Result(fee: m("240.00"), percent: nil, cap: m("240.00")))
  }

  @Test("Shelter with care services: 50 % of the income per person")
  func withCare() throws {
    // 1600 / 2 = 800 × 50 % = 400.00.
    #expect(try fee(.shelterWithCare, persons: 2, income: "1600.00").cap == m("400.00"))
    // Family of 3, 2400.00 ≤ 3 × 823 = 2469.00: 2400 / 3 = 800 × 50 % = 400.00.
    #expect(try fee(.shelterWithCare, persons: 3, income: "2400.00").cap == m("400.00"))
  }

  @Test("Single person: the share of the whole income (unchanged)")
  func single() throws {
    // 1010.00 = the single criterion: 1010 × 30 % = 303.00.
    #expect(try fee(.shelter, persons: 1, income: "1010.00").cap == m("303.00"))
  }

  @Test("At the criterion and one grosz above it (family of 2, 2025: 1646.00)")
  func criterionBoundary() throws {
    // 1646.00 = 2 × 823.00, still within: 1646 / 2 = 823 × 30 % = 246.90.
    #expect(try fee(.shelter, persons: 2, income: "1646.00").cap == m("246.90"))
    // 1646.01 > 1646.00: the cap no longer applies; Lidzbark table > 100–150 %: 50 % × 2000 = 1000.00.
    let above = try fee(.shelter, persons: 2, income: "1646.01", table: SupportCentreTables.lidzbarkWarminskiShelters)
    #expect(above == SupportCentreFee.Result(fee: m("1000.00"), percent: Rate(percent: 50), cap: nil))
  }

  @Test("The council's table is held to the per-person cap")
  func tableUnderCap() throws {
    // Table: 20 % × 2000 = 400.00. Family of 2, 1600.00: cap 800 × 30 % = 240.00 < 400.00 → 240.00.
    // (Under the family-total reading the cap would be 480.00 and the fee 400.00.)
    let capped = try fee(.shelter, persons: 2, income: "1600.00", table: twentyPercent)
    #expect(capped == SupportCentreFee.Result(fee: m("240.00"), percent: Rate(percent: 20), cap: m("240.00")))
    // Family of 4, 3200.00 ≤ 4 × 823 = 3292.00: 3200 / 4 = 800 × 50 % = 400.00 = the table's 400.00.
    #expect(try fee(.shelterWithCare, persons: 4, income: "3200.00", table: twentyPercent).fee == m("400.00"))
  }

  @Test("The cap is rounded once, down: the fee may not be higher than the share")
  func rounding() throws {
    // Family of 3, 1000.00: 1000 × 50 % = 500.00; 500 / 3 = 166.666… → 166.66 (half up would give
    // 166.67, a grosz above the legal maximum).
    #expect(try fee(.shelterWithCare, persons: 3, income: "1000.00").cap == m("166.66"))
    // Family of 3, 1000.00 at 30 %: 300.00 / 3 = 100.00 exactly.
    #expect(try fee(.shelter, persons: 3, income: "1000.00").cap == m("100.00"))
    // Single, 333.35 at 30 %: 100.005 → 100.00 (not 100.01).
    #expect(try fee(.shelter, persons: 1, income: "333.35").cap == m("100.00"))
  }

  @Test("JSON request and explanation: per-person cap, cited as art. 97 ust. 1a u.p.s.")
  func json() throws {
    let request = try ServiceJSON.supportFeeRequest(
      Array(#"{"date":"2025-03-01","facility":"shelter","persons":2,"income":"1600.00","monthly_cost":"2000.00"}"#.utf8)
    )
    var trace = Trace()
    let result = try SupportCentreFee.compute(request, trace: &trace)
    #expect(result.fee == m("240.00"))   // 1600 / 2 × 30 %
    let step = trace.steps.first { $0.rule == "support_fee.shelter_cap" }
    #expect(step?.value == .money(m("240.00")))
    #expect(step?.parameter("income per person") == .money(m("800.00")))   // 1600.00 / 2
    #expect(step?.basis.map(\.description).allSatisfy { $0.hasPrefix("art. 97 ust. 1a u.p.s.") } == true)
    #expect(trace.steps.allSatisfy { step in step.basis.allSatisfy { !$0.description.contains("LAW.md") } })
  }
}
