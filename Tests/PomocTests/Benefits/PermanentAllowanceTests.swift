import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

@Suite("Zasiłek stały (art. 37)")
struct PermanentAllowanceTests {
  @Test(
    "Single person, both formulas by date",
    arguments: [
      ("2023-06-15", "400.00", "376.00"),   // 776 − 400 = 376 (≤ 719 cap)
      ("2023-06-15", "0.00", "719.00"),   // 776 − 0 = 776 → capped at 719
      ("2023-06-15", "760.00", "30.00"),   // 776 − 760 = 16 → raised to the 30.00 minimum
      ("2023-06-15", "775.99", "30.00"),   // 0.01 → minimum 30
      ("2023-06-15", "776.00", "0.00"),   // not lower than the criterion
      ("2023-12-31", "100.00", "676.00"),   // last day of the old formula: 776 − 100
      ("2024-01-01", "100.00", "908.80"),   // 1.3 × 776 = 1008.80 − 100 = 908.80 (≤ 1000)
      ("2024-01-01", "0.00", "1000.00"),   // 1008.80 → capped at 1000 (2023 amendment)
      ("2024-06-01", "775.99", "232.81"),   // 1008.80 − 775.99
      ("2024-06-01", "776.00", "0.00"),   // eligibility uses 776 itself, not 130 %
      ("2025-01-01", "0.00", "1229.00"),   // 1.3 × 1010 = 1313 → capped at 1229
      ("2025-01-01", "500.00", "813.00"),   // 1313 − 500
      ("2025-01-01", "1009.99", "303.01"),   // 1313 − 1009.99
      ("2012-10-01", "42.00", "500.00"),   // 542 − 42 = 500 (≤ 529)
      ("2015-10-01", "634.00", "0.00"),   // equal to the criterion: not lower
      ("2018-10-01", "50.00", "645.00"),   // 701 − 50 = 651 → capped at 645
    ])
  func single(date: String, income: String, expected: String) throws {
    let result = try evaluate(household(date, income: income, age: 70, sex: .female))
    #expect(result.permanent == m(expected))
  }

  @Test("Person in a family: 130 % × 823 − 700 = 369.90 (2025, art. 37 ust. 2 pkt 2)")
  func familyExample() throws {
    // 3 persons, household income 2100 → 700 per person; own income 700 < 823.
    let result = try evaluate(
      household(
        "2025-03-01", persons: 3, income: "2100.00", age: 70, sex: .male,
        ownIncome: "700.00"))
    #expect(result.permanent == m("369.90"))
  }

  @Test(
    "Person in a family, old formula, no cap",
    arguments: [
      ("2023-06-15", "1000.00", "100.00", "100.00"),   // 600 − 1000 / 2 = 100
      ("2023-06-15", "1190.00", "100.00", "30.00"),   // 600 − 595 = 5 → minimum 30
      ("2023-06-15", "1200.00", "100.00", "0.00"),   // 600 per person: not lower
      ("2023-06-15", "0.00", "0.00", "600.00"),   // 600 − 0, no cap for families
      ("2023-06-15", "100.00", "600.00", "0.00"),   // own income 600 not lower than 600
    ])
  func familyOld(date: String, income: String, own: String, expected: String) throws {
    let result = try evaluate(household(date, persons: 2, income: income, age: 66, sex: .male, ownIncome: own))
    #expect(result.permanent == m(expected))
  }

  @Test("Person in a family: the printed income per person is subtracted")
  func perPersonRounding() throws {
    // 2025, 3 persons, H = 1000.00 → 333.333… per person, printed 333.33: 1069.90 − 333.33 = 736.57.
    let a = try evaluate(household("2025-03-01", persons: 3, income: "1000.00", age: 70, sex: .female, ownIncome: "0"))
    #expect(a.permanent == m("736.57"))
    #expect(a.incomePerPerson == m("333.33"))
    // H = 1000.01 → 333.33666… per person, printed 333.34: 1069.90 − 333.34 = 736.56.
    let b = try evaluate(household("2025-03-01", persons: 3, income: "1000.01", age: 70, sex: .female, ownIncome: "0"))
    #expect(b.permanent == m("736.56"))
    #expect(b.incomePerPerson == m("333.34"))
  }

  @Test("Person in a family: 2025-03-10, 2 persons, 870.19 → 1069.90 − 435.10 = 634.80")
  func printedIncomePerPerson() throws {
    // H / n = 870.19 / 2 = 435.095 → printed 435.10 (half up); 130 % × 823 = 1069.90;
    // 1069.90 − 435.10 = 634.80 (subtracting the unrounded 435.095 would give 634.805 → 634.81).
    let result = try evaluate(
      household(
        "2025-03-10", persons: 2, income: "870.19", age: 70, sex: .male,
        ownIncome: "300.00"))
    #expect(result.incomePerPerson == m("435.10"))
    #expect(result.permanent == m("634.80"))
  }

  @Test("Single person: farm income counts, applicant_income is not used (art. 37 ust. 1 pkt 1)")
  func singleFarmIncome() throws {
    // 2022-12-21: H = 0.00 + 13.6318 ha × 345.00 = 4702.971 → 4702.97 ≥ 776: not entitled,
    // although the applicant's own income column says 0.00.
    let result = try evaluate(
      household(
        "2022-12-21", income: "0.00", farm: "13.6318", age: 28,
        disability: .severe, ownIncome: "0.00"))
    #expect(result.householdIncome == m("4702.97"))
    #expect(result.permanent == m("0.00"))
  }

  @Test("Single person: alimony paid is deducted, applicant_income is not used")
  func singleAlimonyDeducted() throws {
    // 2023-06-15: H = max(0, 1398.17 − 1451.22) = 0.00 < 776; 776 − 0 = 776 → capped at 719.00.
    let result = try evaluate(
      household(
        "2023-06-15", income: "1398.17", alimony: "1451.22", age: 70,
        sex: .female, ownIncome: "1398.17"))
    #expect(result.permanent == m("719.00"))
  }

  @Test("Single person aged 62 without sex: rejected even when applicant_income is above the criterion")
  func singleSexStillNeeded() {
    // 2025-03-10: H = 100.00 < 1010, so the outcome depends on sex (women 60+, men 65+);
    // applicant_income 1070.90 must not be read for one person and must not hide the question.
    let request = household("2025-03-10", income: "100.00", age: 62, ownIncome: "1070.90")
    #expect(errorCode(request) == "missing_field:applicant_sex")
  }

  @Test(
    "Inability to work: age 60 women / 65 men, or moderate/severe disability; adults only",
    arguments: [
      (59, Sex.female, DisabilityDegree.none, "0.00"),   // under 60: able to work
      (60, Sex.female, DisabilityDegree.none, "676.00"),
      (64, Sex.male, DisabilityDegree.none, "0.00"),
      (65, Sex.male, DisabilityDegree.none, "676.00"),
      (30, Sex.male, DisabilityDegree.moderate, "676.00"),
      (30, Sex.female, DisabilityDegree.severe, "676.00"),
      (30, Sex.female, DisabilityDegree.light, "0.00"),
      (17, Sex.female, DisabilityDegree.severe, "0.00"),   // not an adult
      (18, Sex.female, DisabilityDegree.severe, "676.00"),
    ])
  func inability(age: Int, sex: Sex, disability: DisabilityDegree, expected: String) throws {
    // 2023: 776 − 100 = 676.
    let result = try evaluate(household("2023-06-15", income: "100.00", age: age, sex: sex, disability: disability))
    #expect(result.permanent == m(expected))
  }

  @Test("Sex is asked for only when the answer depends on it")
  func sexNeeded() throws {
    // Age 62, no sex: a woman is entitled, a man is not → missing_field:applicant_sex.
    #expect(errorCode(household("2023-06-15", income: "100.00", age: 62)) == "missing_field:applicant_sex")
    // The same person with income above the criterion: 0 either way, no error.
    #expect(try evaluate(household("2023-06-15", income: "900.00", age: 62)).permanent == .zero)
    // Age 70: entitled either way.
    #expect(try evaluate(household("2023-06-15", income: "100.00", age: 70)).permanent == m("676.00"))
  }

  @Test("A family needs the applicant's own income unless the per-person test already fails")
  func ownIncomeNeeded() throws {
    #expect(
      errorCode(household("2023-06-15", persons: 2, income: "100.00", age: 70)) == "missing_field:applicant_income")
    #expect(try evaluate(household("2023-06-15", persons: 2, income: "1200.00", age: 70)).permanent == .zero)
  }
}

@Suite("Zasiłek okresowy (art. 38)")
struct PeriodicAllowanceTests {
  @Test(
    "Guaranteed part: max(20, 50 % of the difference), strict 'lower than'",
    arguments: [
      ("500.00", "255.00", "510.00"),   // 2025 single: 1010 − 500 = 510 → 255
      ("500.01", "255.00", "509.99"),   // 254.995 → 255.00 (half up)
      ("980.00", "20.00", "30.00"),   // 15 → minimum 20
      ("1009.99", "20.00", "0.01"),   // 0.005 → 0.01 → minimum 20
      ("1010.00", "0.00", "0.00"),   // equal: within the criterion, but not lower
      ("0.00", "505.00", "1010.00"),
    ])
  func single(income: String, guaranteed: String, difference: String) throws {
    let result = try evaluate(household("2025-02-01", income: income, reasons: [.unemployment]))
    #expect(result.periodicMinimum == m(guaranteed))
    #expect(result.periodicDifference == m(difference))
  }

  @Test("Family: difference to the family criterion (2022: 600 × 4 = 2400)")
  func family() throws {
    // 2400 − 1999.99 = 400.01 → 200.005 → 200.01.
    let result = try evaluate(household("2022-03-01", persons: 4, income: "1999.99", reasons: [.largeFamily]))
    #expect(result.periodicDifference == m("400.01"))
    #expect(result.periodicMinimum == m("200.01"))
  }

  @Test("Only with cash eligibility: poverty alone is not enough (art. 8 ust. 1)")
  func needsReason() throws {
    let poor = try evaluate(household("2025-02-01", income: "100.00", reasons: [.poverty]))
    #expect(poor.withinCriterion && !poor.cashEligible)
    #expect(poor.periodicMinimum == .zero && poor.periodicDifference == .zero)
    let other = try evaluate(household("2025-02-01", income: "100.00", reasons: [.poverty, .other]))
    #expect(other.cashEligible && other.periodicMinimum == m("455.00"))   // (1010 − 100) / 2
  }
}
