import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

@Suite("Zasiłek celowy thresholds, Sopot 2023 (seeds/004, §1.1)")
struct TargetedAllowanceTests {
  @Test(
    "Sopot raised thresholds",
    arguments: [
      (1, 40, Sex.male, "1164.00", "1164.00", true),   // 150 % × 776 = 1164.00, at the limit
      (1, 40, Sex.male, "1164.01", "1164.00", false),
      (1, 60, Sex.female, "1552.00", "1552.00", true),   // 200 % × 776 = 1552.00 (woman 60+)
      (1, 64, Sex.male, "1200.00", "1164.00", false),   // a man of 64 is not of retirement age
      (1, 65, Sex.male, "1552.00", "1552.00", true),
      (2, 40, Sex.male, "1560.00", "780.00", true),   // 130 % × 600 = 780.00 per person; 1560 / 2 = 780
      (2, 40, Sex.male, "1560.01", "780.00", false),
      (4, 70, Sex.female, "3120.00", "780.00", true),   // the senior rate is for single persons only
    ])
  func sopot(persons: Int, age: Int, sex: Sex, income: String, threshold: String, eligible: Bool) throws {
    let result = try evaluate(
      household(
        "2023-06-15", persons: persons, income: income, municipality: "sopot-2023",
        age: age, sex: sex))
    #expect(result.targetedThreshold == m(threshold))
    #expect(result.targetedEligible == eligible)
  }

  @Test("Without an ordinance the threshold is the statutory criterion")
  func statutory() throws {
    let single = try evaluate(household("2023-06-15", income: "776.00"))
    #expect(single.targetedThreshold == m("776.00") && single.targetedEligible)
    let family = try evaluate(household("2023-06-15", persons: 3, income: "1800.01"))
    #expect(family.targetedThreshold == m("600.00") && !family.targetedEligible)   // 1800.01 / 3 > 600
  }

  @Test("The ordinance is in force in 2023 only; unknown ids are errors")
  func inForce() {
    #expect(errorCode(household("2022-12-31", income: "1", municipality: "sopot-2023")) == "ordinance_not_in_force")
    #expect(errorCode(household("2024-01-01", income: "1", municipality: "sopot-2023")) == "ordinance_not_in_force")
    #expect(errorCode(household("2023-01-01", income: "1", municipality: "sopot-2023", age: 30)) == nil)
    #expect(errorCode(household("2023-01-01", income: "1", municipality: "gdansk")) == "unknown_municipality")
    #expect(
      errorCode(household("2005-12-31", income: "1", municipality: "lipnica-murowana-2005")) == "date_out_of_range")
  }

  @Test("A single Sopot applicant aged 60–64 needs a sex")
  func sexNeeded() {
    #expect(
      errorCode(household("2023-06-15", income: "1", municipality: "sopot-2023", age: 62))
        == "missing_field:applicant_sex")
  }

  @Test("Specjalny zasiłek celowy cap: single criterion or family criterion (art. 41 pkt 1)")
  func special() throws {
    #expect(try evaluate(household("2025-01-01", income: "5000")).specialTargetedLimit == m("1010"))
    // Family criterion: 823 × 4 = 3292.
    #expect(try evaluate(household("2025-01-01", persons: 4, income: "5000")).specialTargetedLimit == m("3292"))
  }

  @Test("A host program adds its own municipality")
  func hostOrdinance() throws {
    var registry = OrdinanceRegistry.bundled
    registry.register(
      MunicipalOrdinance(
        id: "test-2025", title: "test", inForceFrom: d("2025-01-01"),
        targetedAllowanceThresholds: TargetedAllowanceThresholds(
          single: Rate(percent: 120), family: Rate(percent: 110)),
        source: "test"))
    let custom = Evaluator(ordinances: registry)
    // 120 % × 1010 = 1212.00; 110 % × 823 = 905.30.
    #expect(try custom.evaluate(household("2025-05-01", income: "1212.00", municipality: "test-2025")).targetedEligible)
    #expect(
      try custom.evaluate(household("2025-05-01", persons: 2, income: "0", municipality: "test-2025")).targetedThreshold
        == m("905.30"))
  }
}

@Suite("Posiłek w szkole i w domu (LAW.md §10)")
struct MealProgrammeTests {
  @Test(
    "150 % until 2022, 200 % from 2023; empty outside the programme",
    arguments: [
      ("2018-12-31", 1, "0.00", nil as Bool?),
      ("2019-01-01", 1, "1051.50", true),   // 150 % × 701
      ("2019-01-01", 1, "1051.51", false),
      ("2019-01-01", 2, "1584.00", true),   // 150 % × 528 × 2
      ("2022-12-31", 1, "1164.00", true),   // 150 % × 776
      ("2022-12-31", 1, "1164.01", false),
      ("2023-01-01", 1, "1552.00", true),   // 200 % × 776
      ("2025-01-01", 1, "2020.00", true),   // 200 % × 1010
      ("2025-01-01", 3, "4938.01", false),   // 200 % × 823 × 3 = 4938
    ])
  func meal(date: String, persons: Int, income: String, expected: Bool?) throws {
    #expect(try evaluate(household(date, persons: persons, income: income)).mealEligible == expected)
  }
}
