import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

@Suite("Criterion and household income (art. 8)")
struct IncomeCriterionTests {
  @Test(
    "Income exactly at the criterion is within it (≤); one grosz more is not",
    arguments: [
      ("2025-01-01", 1, "1010.00", true), ("2025-01-01", 1, "1010.01", false),
      ("2025-01-01", 3, "2469.00", true), ("2025-01-01", 3, "2469.01", false),   // 823 × 3
      ("2024-12-31", 1, "776.00", true), ("2024-12-31", 1, "776.01", false),
      ("2024-12-31", 2, "1200.00", true), ("2024-12-31", 2, "1200.01", false),   // 600 × 2
      ("2012-10-01", 1, "542.00", true), ("2012-10-01", 4, "1824.00", true),   // 456 × 4
      ("2015-09-30", 1, "542.01", false), ("2015-10-01", 1, "634.00", true),
      ("2018-09-30", 2, "1028.00", true), ("2018-10-01", 2, "1056.00", true),   // 514 × 2; 528 × 2
      ("2021-12-31", 1, "701.01", false), ("2022-01-01", 1, "776.00", true),
    ])
  func threshold(date: String, persons: Int, income: String, within: Bool) throws {
    #expect(try evaluate(household(date, persons: persons, income: income)).withinCriterion == within)
  }

  @Test("Reported criterion: single for n = 1, per person for n > 1")
  func reported() throws {
    #expect(try evaluate(household("2025-01-01", income: "0")).criterion == m("1010"))
    #expect(try evaluate(household("2025-01-01", persons: 5, income: "0")).criterion == m("823"))
  }

  @Test("Alimony paid is deducted; income never below zero")
  func alimony() throws {
    // 1200 − 300 = 900 ≤ 1010.
    let result = try evaluate(household("2025-01-01", income: "1200.00", alimony: "300.00"))
    #expect(result.incomePerPerson == m("900.00") && result.withinCriterion)
    #expect(try evaluate(household("2025-01-01", income: "100.00", alimony: "300.00")).incomePerPerson == .zero)
  }

  @Test("Farm: hectares × the per-hectare amount; below 1 ha not counted (art. 8 ust. 4)")
  func farm() throws {
    // 2025: 2.5 ha × 459 = 1147.50 > 1010.
    let a = try evaluate(household("2025-01-01", income: "0", farm: "2.5"))
    #expect(a.incomePerPerson == m("1147.50") && !a.withinCriterion)
    // 0.9999 ha: excluded.
    #expect(try evaluate(household("2025-01-01", income: "100", farm: "0.9999")).incomePerPerson == m("100"))
    // exactly 1 ha counts: 100 + 459.
    #expect(try evaluate(household("2025-01-01", income: "100", farm: "1")).incomePerPerson == m("559.00"))
    // 2022: 1.2345 ha × 345 = 425.9025 zł, kept exact; zasiłek stały 776 − 425.9025 = 350.0975 → 350.10;
    // periodic difference 350.10, guaranteed 175.04875 → 175.05.
    let b = try evaluate(
      household(
        "2022-06-01", income: "0", farm: "1.2345", age: 70, sex: .female,
        reasons: [.longIllness]))
    #expect(b.incomePerPerson == m("425.90"))
    #expect(b.permanent == m("350.10"))
    #expect(b.periodicDifference == m("350.10"))
    #expect(b.periodicMinimum == m("175.05"))
  }

  @Test("A household built from members reduces to the same request")
  func members() throws {
    let household = Household(
      members: [
        HouseholdMember(
          age: 70, sex: .female,
          income: MonthlyIncome(
            receipts: m("900"), incomeTax: m("50"),
            healthInsurance: m("81"), alimonyPaid: m("69"))),
        HouseholdMember(age: 40, sex: .male, income: MonthlyIncome(receipts: m("1500"), socialInsurance: m("100"))),
        HouseholdMember(age: 10),
      ],
      reasons: ReasonSet([.disability]))
    let request = try household.request(on: d("2025-03-01"))
    // income = (900 − 50 − 81) + (1500 − 100) = 769 + 1400 = 2169; alimony 69 → H = 2100.
    #expect(request.income == m("2169.00") && request.alimonyPaid == m("69.00"))
    #expect(request.applicant.ownIncome == m("700.00"))   // 769 − 69
    #expect(try evaluate(request).permanent == m("369.90"))
  }
}
