import Testing

@testable import Pomoc

// Zasiłek rodzinny (art. 4–6 u.ś.r.), its dodatki (art. 9–15) and "złotówka za złotówkę"
// (art. 5 ust. 3–3c). Every expected value below is worked out by hand from the act and the
// contract; the arithmetic is in the comments.

private func kid(_ id: String, _ birth: String, _ configure: (inout FamilyMember) -> Void = { _ in }) -> FamilyMember {
  var member = FamilyMember(id: id, role: .child, birthDate: d(birth))
  configure(&member)
  return member
}

/// The base year of the *okres zasiłkowy* containing `date` (1 Nov – 31 Oct; its first year − 1).
private func baseYear(_ date: String) -> Int {
  let day = d(date)
  return (day.month >= 11 ? day.year : day.year - 1) - 1
}

/// The applicant (born 1980), a spouse when `spouse`, then `children`; `yearly`: the family's
/// base-year income of the base year (`nil`: no `incomes` at all).
private func family(
  _ date: String, _ children: [FamilyMember], spouse: Bool = false, yearly: String? = "0",
  _ configure: (inout Family) -> Void = { _ in }
) -> Family {
  var members = [FamilyMember(id: "applicant", role: .applicant, birthDate: d("1980-01-01"))]
  if spouse { members.append(FamilyMember(id: "spouse", role: .spouse, birthDate: d("1981-01-01"))) }
  var family = Family(id: "f", date: d(date), members: members + children)
  if let yearly { family.incomes[baseYear(date)] = [IncomeSource(kind: .baseYear, amount: m(yearly))] }
  configure(&family)
  return family
}

private func decided(_ result: FamilyDecision, _ benefit: FamilyBenefit) -> BenefitDecision {
  guard let outcome = result[benefit] else {
    Issue.record("no outcome for \(benefit)")
    return .notEntitled(.conditionNotMet)
  }
  guard case .decided(let decision) = outcome else {
    Issue.record("expected a decision for \(benefit), got \(outcome)")
    return .notEntitled(.conditionNotMet)
  }
  return decision
}

private func entry(_ id: String, _ amount: String?) -> BenefitDecision.Entry {
  BenefitDecision.Entry(id: id, entitled: amount != nil, amount: m(amount ?? "0"))
}

/// The amount (or the reason) of each benefit of the group, for compact comparisons.
private func summary(_ result: FamilyDecision, _ benefit: FamilyBenefit) -> String {
  guard let outcome = result[benefit] else { return "absent" }
  switch outcome {
  case .decided(let decision):
    return decision.entitled ? (decision.amount ?? .zero).description : decision.reason?.rawValue ?? "?"
  case .missingField(let path): return "missing_field:" + path
  case .parameterNotEncoded: return "parameter_not_encoded"
  }
}

@Suite("Zasiłek rodzinny: amounts on every dated boundary")
struct FamilyAllowanceAmountTests {
  struct Boundary: Sendable, CustomTestStringConvertible {
    var date: String
    var year: Int   // the 1 November of the change
    var expected: [FamilyBenefit: String]
    var criterion: String
    var testDescription: String { date }
  }

  // Family (n = 5): a single applicant on urlop wychowawczy and four children, each with
  // no alimony because the father is unknown:
  //   n0  born 1 Aug of the year, age 0, prenatal care           → ZR < 5, art. 9
  //   n3  age 3, orzeczenie o niepełnosprawności                  → ZR < 5, art. 13 (< 5), art. 11a +80
  //   n10 age 10, starts the school year, commutes                → ZR 5–17, art. 14, art. 15 (commutes)
  //   n18 age 18 in school, lives in the school town              → ZR ≥ 18, art. 15 (lives there)
  // Income 0 → within the criterion; a disabled child → art. 5 ust. 2 criterion.
  static let boundaries: [Boundary] = [
    // ZR 77 + 77 + 106 + 115 = 375; 11a: min(4 × 170, 340) + min(1 × 80, 160) = 420;
    // 12a not verified before 2015-11-01; 13: 60; 14: 100; 15: 50 + 90 = 140.
    Boundary(
      date: "2014-10-31", year: 2014,
      expected: [
        .familyAllowance: "375.00", .birthSupplement: "1000.00", .parentalLeaveSupplement: "400.00",
        .singleParentSupplement: "420.00", .largeFamilySupplement: "parameter_not_encoded",
        .disabledChildEducationSupplement: "60.00", .schoolYearSupplement: "100.00", .studyAwaySupplement: "140.00",
      ], criterion: "623.00"),
    // Only the criterion changes: 623 → 664 (Dz.U. 2012 poz. 959, 2nd step).
    Boundary(
      date: "2014-11-01", year: 2014,
      expected: [
        .familyAllowance: "375.00", .birthSupplement: "1000.00", .parentalLeaveSupplement: "400.00",
        .singleParentSupplement: "420.00", .largeFamilySupplement: "parameter_not_encoded",
        .disabledChildEducationSupplement: "60.00", .schoolYearSupplement: "100.00", .studyAwaySupplement: "140.00",
      ], criterion: "664.00"),
    Boundary(
      date: "2015-10-31", year: 2015,
      expected: [
        .familyAllowance: "375.00", .birthSupplement: "1000.00", .parentalLeaveSupplement: "400.00",
        .singleParentSupplement: "420.00", .largeFamilySupplement: "parameter_not_encoded",
        .disabledChildEducationSupplement: "60.00", .schoolYearSupplement: "100.00", .studyAwaySupplement: "140.00",
      ], criterion: "664.00"),
    // ZR 89 + 89 + 118 + 129 = 425; 11a: min(4 × 185, 370) + 80 = 450; 12a: 90 × (4 − 2) = 180;
    // 13: 80; 15: 63 + 105 = 168; criterion 764.
    Boundary(
      date: "2015-11-01", year: 2015,
      expected: [
        .familyAllowance: "425.00", .birthSupplement: "1000.00", .parentalLeaveSupplement: "400.00",
        .singleParentSupplement: "450.00", .largeFamilySupplement: "180.00",
        .disabledChildEducationSupplement: "80.00", .schoolYearSupplement: "100.00", .studyAwaySupplement: "168.00",
      ], criterion: "764.00"),
    Boundary(
      date: "2016-10-31", year: 2016,
      expected: [
        .familyAllowance: "425.00", .birthSupplement: "1000.00", .parentalLeaveSupplement: "400.00",
        .singleParentSupplement: "450.00", .largeFamilySupplement: "180.00",
        .disabledChildEducationSupplement: "80.00", .schoolYearSupplement: "100.00", .studyAwaySupplement: "168.00",
      ], criterion: "764.00"),
    // ZR 95 + 95 + 124 + 135 = 449; 11a: min(4 × 193, 386) + 80 = 466; 12a: 95 × 2 = 190;
    // 13: 90; 15: 69 + 113 = 182.
    Boundary(
      date: "2016-11-01", year: 2016,
      expected: [
        .familyAllowance: "449.00", .birthSupplement: "1000.00", .parentalLeaveSupplement: "400.00",
        .singleParentSupplement: "466.00", .largeFamilySupplement: "190.00",
        .disabledChildEducationSupplement: "90.00", .schoolYearSupplement: "100.00", .studyAwaySupplement: "182.00",
      ], criterion: "764.00"),
  ]

  @Test("every amount the day before and the day of each change", arguments: boundaries)
  func boundary(_ boundary: Boundary) throws {
    let y = boundary.year
    let children = [
      kid("n0", "\(y)-08-01") {
        $0.prenatalCare = true
        $0.noAlimonyReason = .fatherUnknown
      },
      kid("n3", "\(y - 3)-05-15") {
        $0.disability = .certificate
        $0.noAlimonyReason = .fatherUnknown
      },
      kid("n10", "\(y - 10)-05-15") {
        $0.startsSchoolYear = true
        $0.studyAway = .commutes
        $0.noAlimonyReason = .fatherUnknown
      },
      kid("n18", "\(y - 18)-05-15") {
        $0.education = .school
        $0.studyAway = .livesInSchoolTown
        $0.noAlimonyReason = .fatherUnknown
      },
    ]
    let result = try FamilyEvaluator.decide(
      family(boundary.date, children) {
        $0.singleParent = true
        $0.parentalLeave = true
      })
    for (benefit, expected) in boundary.expected {
      #expect(summary(result, benefit) == expected, "\(benefit)")
    }
    #expect(result[.incomeExcessReduction] == nil)
    let allowance = decided(result, .familyAllowance)
    #expect(allowance.criterion == m(boundary.criterion))
    #expect(allowance.incomePerPerson == m("0.00"))
    #expect(allowance.reduced == false)
    // The okres zasiłkowy containing the date.
    let first = d(boundary.date).month >= 11 ? d(boundary.date).year : d(boundary.date).year - 1
    #expect(allowance.periodFrom == CivilDate(first, 11, 1))
    #expect(allowance.periodTo == CivilDate(first + 1, 10, 31))
    // The dodatki carry the period and `reduced`, not the criterion.
    let birth = decided(result, .birthSupplement)
    #expect(birth.periodFrom == CivilDate(first, 11, 1))
    #expect(birth.reduced == false)
    #expect(birth.criterion == nil)
    #expect(birth.perChild == [entry("n0", "1000.00"), entry("n3", nil), entry("n10", nil), entry("n18", nil)])
  }

  @Test("per_child of zasiłek rodzinny by age band, 2016-11-01")
  func perChildBands() throws {
    // 95 (age 0) + 95 (age 3) + 124 (age 10) + 135 (age 18 in school) = 449.
    let result = try FamilyEvaluator.decide(
      family(
        "2016-11-01",
        [
          kid("n0", "2016-08-01") { $0.prenatalCare = true }, kid("n3", "2013-05-15"), kid("n10", "2006-05-15"),
          kid("n18", "1998-05-15") { $0.education = .school }, kid("old", "1990-01-01"),
        ]))
    let allowance = decided(result, .familyAllowance)
    #expect(allowance.amount == m("449.00"))
    #expect(
      allowance.perChild == [
        entry("n0", "95.00"), entry("n3", "95.00"), entry("n10", "124.00"), entry("n18", "135.00"), entry("old", nil),
      ])
  }
}

@Suite("Zasiłek rodzinny: the criterion (art. 5 ust. 1–2) and złotówka za złotówkę (art. 5 ust. 3–3c)")
struct FamilyAllowanceIncomeTests {
  // n = 3 (applicant, spouse, a child aged 10), 2024-11-01, base year 2023, K = 674:
  // K × n = 2022.00 a month = 24264.00 a year. ZR = 124.00.
  static let threshold: [(yearly: String, perPerson: String, reduction: String?)] = [
    ("24263.64", "673.99", nil),   // Y = 2021.97, y = 673.99: below
    ("24263.88", "674.00", nil),   // Y = 2021.99, y = 673.996667 (shown 674.00): below
    ("24264.00", "674.00", nil),   // Y = 2022.00, y = 674 exactly: „nie przekracza”, entitled
    ("24264.12", "674.00", "123.99"),   // Y = 2022.01, y = 674.003333: above; A = 124 − 0.01
    ("24264.36", "674.01", "123.97"),   // Y = 2022.03, y = 674.01: above; A = 124 − 0.03
  ]

  @Test("one grosz below, at and above the criterion", arguments: threshold)
  func criterionThreshold(_ row: (yearly: String, perPerson: String, reduction: String?)) throws {
    let result = try FamilyEvaluator.decide(
      family("2024-11-01", [kid("c", "2014-05-15")], spouse: true, yearly: row.yearly))
    let allowance = decided(result, .familyAllowance)
    #expect(allowance.entitled)
    #expect(allowance.amount == m("124.00"))
    #expect(allowance.criterion == m("674.00"))
    #expect(allowance.incomePerPerson == m(row.perPerson))
    #expect(allowance.reduced == (row.reduction != nil))
    if let reduced = row.reduction {
      let reduction = decided(result, .incomeExcessReduction)
      #expect(reduction.entitled)
      #expect(reduction.amount == m(reduced))
      #expect(reduction.fullAmount == m("124.00"))
      #expect(reduction.reason == nil)
    } else {
      #expect(result[.incomeExcessReduction] == nil)
    }
  }

  @Test("the disabled-child criterion (art. 5 ust. 2) also for a disabled child who is not eligible")
  func disabledChildCriterion() throws {
    // n = 3: applicant, a child aged 10, a child aged 22 with a moderate degree, not in education
    // (not eligible, but a disabled child of the family): K = 764, K × n = 2292.00 = 27504.00 / 12.
    let children = [kid("c", "2014-05-15"), kid("m", "2002-05-15") { $0.disability = .moderate }]
    let at = try FamilyEvaluator.decide(family("2024-11-01", children, yearly: "27504.00"))
    let allowance = decided(at, .familyAllowance)
    #expect(allowance.criterion == m("764.00"))
    #expect(allowance.reduced == false)
    #expect(allowance.perChild == [entry("c", "124.00"), entry("m", nil)])
    #expect(at[.incomeExcessReduction] == nil)
    // 27504.12 / 12 = 2292.01: e = 0.01, A = 124 − 0.01 = 123.99.
    let above = try FamilyEvaluator.decide(family("2024-11-01", children, yearly: "27504.12"))
    #expect(decided(above, .familyAllowance).reduced == true)
    #expect(decided(above, .incomeExcessReduction).amount == m("123.99"))
  }

  @Test("before 2016-01-01 any excess means nothing; from that day the reduction applies")
  func reductionStarts() throws {
    // Period 2015/16 (b = 2014), K = 674, n = 3, K × n = 2022.00; 24264.12 / 12 = 2022.01.
    // The child is 9 on both days: ZR 118.00 (2015-11-01 amounts). Parental leave: art. 10, 400.00.
    func make(_ date: String, _ yearly: String) -> Family {
      family(date, [kid("c", "2006-05-15")], spouse: true, yearly: yearly) { $0.parentalLeave = true }
    }
    let before = try FamilyEvaluator.decide(make("2015-12-31", "24264.12"))
    #expect(summary(before, .familyAllowance) == "income_above_criterion")
    #expect(decided(before, .familyAllowance).perChild == [entry("c", nil)])
    #expect(decided(before, .familyAllowance).criterion == m("674.00"))
    #expect(decided(before, .familyAllowance).incomePerPerson == m("674.00"))
    // The dodatek whose own condition holds carries ZR's reason; the others their own.
    #expect(summary(before, .parentalLeaveSupplement) == "income_above_criterion")
    #expect(summary(before, .singleParentSupplement) == "condition_not_met")
    #expect(summary(before, .birthSupplement) == "no_eligible_child")
    #expect(summary(before, .largeFamilySupplement) == "fewer_than_three_children")
    #expect(before[.incomeExcessReduction] == nil)
    #expect(decided(before, .parentalLeaveSupplement).reduced == false)

    // At the criterion the day before: entitled.
    let atCriterion = try FamilyEvaluator.decide(make("2015-12-31", "24264.00"))
    #expect(summary(atCriterion, .familyAllowance) == "118.00")
    #expect(summary(atCriterion, .parentalLeaveSupplement) == "400.00")

    // 2016-01-01: T = 118 + 400 = 518, e = 0.01, A = 517.99 ≥ 20.
    let after = try FamilyEvaluator.decide(make("2016-01-01", "24264.12"))
    #expect(summary(after, .familyAllowance) == "118.00")
    #expect(decided(after, .familyAllowance).reduced == true)
    #expect(summary(after, .parentalLeaveSupplement) == "400.00")
    #expect(decided(after, .parentalLeaveSupplement).reduced == true)
    #expect(decided(after, .singleParentSupplement).reduced == false)
    let reduction = decided(after, .incomeExcessReduction)
    #expect(reduction.amount == m("517.99"))
    #expect(reduction.fullAmount == m("518.00"))
    #expect(reduction.excess == m("0.01"))
    #expect(reduction.periodFrom == d("2015-11-01"))
    #expect(reduction.periodTo == d("2016-10-31"))
  }

  // 2024-11-01 (b = 2023), n = 5: applicant, spouse and three children:
  //   a  age 3                              ZR 95
  //   b  age 10, starts school, commutes    ZR 124, art. 14: 100 once, art. 15: 69 × 10 months
  //   c  born 2024-08-01, prenatal care     ZR 95, art. 9: 1000 once
  //   three eligible children               art. 12a: 95 × (3 − 2) = 95
  // T = 95 + 124 + 95 + 95 + (1000 + 100 + 10 × 69) / 12 = 409 + 1790 / 12 = 558.1666…
  // K × n = 674 × 5 = 3370.00.
  private func threeChildren(_ yearly: String) -> Family {
    family(
      "2024-11-01",
      [
        kid("a", "2021-05-15"),
        kid("b", "2014-05-15") {
          $0.startsSchoolYear = true
          $0.studyAway = .commutes
        },
        kid("c", "2024-08-01") { $0.prenatalCare = true },
      ], spouse: true, yearly: yearly)
  }

  @Test("the złotówka arithmetic written out: T, e, A")
  func arithmetic() throws {
    // Y = 45240.00 / 12 = 3770.00, e = 3770 − 3370 = 400.00, A = 558.1666… − 400 = 158.1666… → 158.17.
    let result = try FamilyEvaluator.decide(threeChildren("45240.00"))
    let reduction = decided(result, .incomeExcessReduction)
    #expect(reduction.entitled)
    #expect(reduction.amount == m("158.17"))
    #expect(reduction.fullAmount == m("558.17"))
    #expect(reduction.excess == m("400.00"))
    #expect(reduction.reason == nil)
    // ZR and the dodatki are entitled at their full amounts, reduced.
    #expect(summary(result, .familyAllowance) == "314.00")   // 95 + 124 + 95
    #expect(summary(result, .birthSupplement) == "1000.00")
    #expect(summary(result, .largeFamilySupplement) == "95.00")
    #expect(summary(result, .schoolYearSupplement) == "100.00")
    #expect(summary(result, .studyAwaySupplement) == "69.00")
    for benefit in [FamilyBenefit.familyAllowance, .birthSupplement, .largeFamilySupplement, .studyAwaySupplement] {
      #expect(decided(result, benefit).reduced == true, "\(benefit)")
    }
    #expect(summary(result, .parentalLeaveSupplement) == "condition_not_met")
    #expect(decided(result, .parentalLeaveSupplement).reduced == false)
    #expect(summary(result, .disabledChildEducationSupplement) == "no_eligible_child")
  }

  @Test("A rounded half up at the 20.00 minimum")
  func halfUpAtMinimum() throws {
    // 46898.06 / 12 = 3908.171666…, e = 538.171666…, T − e = 558.1666… − 538.171666… = 19.995
    // exactly → 20.00: paid.
    let paid = try FamilyEvaluator.decide(threeChildren("46898.06"))
    let reduction = decided(paid, .incomeExcessReduction)
    #expect(reduction.amount == m("20.00"))
    #expect(reduction.entitled)
    #expect(reduction.excess == m("538.17"))
    #expect(summary(paid, .familyAllowance) == "314.00")

    // 46898.07 / 12 = 3908.1725, e = 538.1725, T − e = 19.994166… → 19.99: nothing.
    let below = try FamilyEvaluator.decide(threeChildren("46898.07"))
    let none = decided(below, .incomeExcessReduction)
    #expect(!none.entitled)
    #expect(none.amount == .zero)
    #expect(none.reason == .belowMinimum)
    #expect(none.fullAmount == m("558.17"))
    #expect(none.excess == m("538.17"))
    #expect(summary(below, .familyAllowance) == "income_above_criterion")
    #expect(decided(below, .familyAllowance).perChild == [entry("a", nil), entry("b", nil), entry("c", nil)])
    #expect(decided(below, .familyAllowance).reduced == false)
    // Dodatki whose own condition holds carry ZR's reason; the others keep their own.
    #expect(summary(below, .birthSupplement) == "income_above_criterion")
    #expect(decided(below, .birthSupplement).perChild == [entry("a", nil), entry("b", nil), entry("c", nil)])
    #expect(summary(below, .largeFamilySupplement) == "income_above_criterion")
    #expect(summary(below, .schoolYearSupplement) == "income_above_criterion")
    #expect(summary(below, .studyAwaySupplement) == "income_above_criterion")
    #expect(summary(below, .parentalLeaveSupplement) == "condition_not_met")
    #expect(summary(below, .singleParentSupplement) == "condition_not_met")
    #expect(summary(below, .disabledChildEducationSupplement) == "no_eligible_child")
  }

  @Test("A = 20.00 is paid, 19.99 is not; an excess above T gives nothing")
  func minimum() throws {
    // n = 2 (applicant, child aged 10), 2024-11-01: K × n = 1348.00, T = 124.00.
    func make(_ yearly: String) -> Family { family("2024-11-01", [kid("c", "2014-05-15")], yearly: yearly) }
    // 17424.00 / 12 = 1452.00, e = 104.00, A = 20.00.
    let twenty = try FamilyEvaluator.decide(make("17424.00"))
    #expect(decided(twenty, .incomeExcessReduction).amount == m("20.00"))
    #expect(summary(twenty, .familyAllowance) == "124.00")
    // 17424.12 / 12 = 1452.01, e = 104.01, A = 19.99.
    let below = try FamilyEvaluator.decide(make("17424.12"))
    #expect(summary(below, .incomeExcessReduction) == "below_minimum")
    #expect(summary(below, .familyAllowance) == "income_above_criterion")
    // 30000.00 / 12 = 2500.00, e = 1152.00 > T: A = 124 − 1152 = −1028.00 → nothing.
    let far = decided(try FamilyEvaluator.decide(make("30000.00")), .incomeExcessReduction)
    #expect(far.reason == .belowMinimum)
    #expect(far.amount == .zero)
    #expect(far.fullAmount == m("124.00"))
    #expect(far.excess == m("1152.00"))
  }

  @Test("income with a gain in the base year is exact (art. 5 ust. 4a)")
  func gainedIncome() throws {
    // Y = 12000 / 12 + 1000 / 3 = 1000 + 333.333… = 1333.333…; n = 2, K × n = 1348: within.
    // y = 666.666… → shown 666.67.
    var f = family("2024-11-01", [kid("c", "2014-05-15")], yearly: "12000.00")
    f.incomes[2023]?.append(IncomeSource(kind: .gainedInBaseYear, amount: m("1000.00"), months: 3))
    f.incomes[2023]?.append(IncomeSource(kind: .lost, amount: m("50000.00")))
    let allowance = decided(try FamilyEvaluator.decide(f), .familyAllowance)
    #expect(allowance.entitled)
    #expect(allowance.incomePerPerson == m("666.67"))
  }
}

@Suite("Zasiłek rodzinny: eligible children and age bands (art. 6)")
struct FamilyAllowanceAgeTests {
  static let cases: [(date: String, child: FamilyMember, expected: String)] = [
    // 5th birthday 2025-03-10: 95.00 the day before, 124.00 on the day.
    ("2025-03-09", kid("c", "2020-03-10"), "95.00"),
    ("2025-03-10", kid("c", "2020-03-10"), "124.00"),
    // 18th birthday, not in education: eligible to the day before.
    ("2025-03-09", kid("c", "2007-03-10"), "124.00"),
    ("2025-03-10", kid("c", "2007-03-10"), "no_eligible_child"),
    // 18th birthday in school: 135.00.
    ("2025-03-10", kid("c", "2007-03-10") { $0.education = .school }, "135.00"),
    // At a university without a disability degree, 18 is the end.
    ("2025-03-10", kid("c", "2007-03-10") { $0.education = .university }, "no_eligible_child"),
    // 21st birthday in school.
    ("2025-03-09", kid("c", "2004-03-10") { $0.education = .school }, "135.00"),
    ("2025-03-10", kid("c", "2004-03-10") { $0.education = .school }, "no_eligible_child"),
    // 24th birthday at a university with a moderate degree.
    (
      "2025-03-09",
      kid("c", "2001-03-10") {
        $0.education = .university
        $0.disability = .moderate
      }, "135.00"
    ),
    (
      "2025-03-10",
      kid("c", "2001-03-10") {
        $0.education = .university
        $0.disability = .moderate
      }, "no_eligible_child"
    ),
    // 29 February births: the birthday falls on 28 February in a common year.
    ("2025-02-27", kid("c", "2020-02-29"), "95.00"),
    ("2025-02-28", kid("c", "2020-02-29"), "124.00"),
    ("2026-02-27", kid("c", "2008-02-29"), "124.00"),
    ("2026-02-28", kid("c", "2008-02-29"), "no_eligible_child"),
    // In a leap year the 24th birthday is 29 February itself.
    (
      "2024-02-28",
      kid("c", "2000-02-29") {
        $0.education = .university
        $0.disability = .severe
      }, "135.00"
    ),
    (
      "2024-02-29",
      kid("c", "2000-02-29") {
        $0.education = .university
        $0.disability = .severe
      }, "no_eligible_child"
    ),
  ]

  @Test("birthdays", arguments: cases)
  func birthday(_ row: (date: String, child: FamilyMember, expected: String)) throws {
    let result = try FamilyEvaluator.decide(family(row.date, [row.child]))
    #expect(summary(result, .familyAllowance) == row.expected)
    let allowance = decided(result, .familyAllowance)
    #expect(allowance.perChild == [entry("c", allowance.entitled ? row.expected : nil)])
  }

  @Test("no eligible child: every dodatek no_eligible_child, whatever its own condition")
  func noEligibleChild() throws {
    let result = try FamilyEvaluator.decide(
      family("2024-11-01", [kid("c", "2000-01-01") { $0.startsSchoolYear = true }], yearly: "0") {
        $0.parentalLeave = true
        $0.singleParent = true
      })
    for benefit in [FamilyBenefit.familyAllowance] + FamilyBenefit.supplements {
      #expect(summary(result, benefit) == "no_eligible_child", "\(benefit)")
    }
    #expect(decided(result, .schoolYearSupplement).perChild == [entry("c", nil)])
    #expect(decided(result, .parentalLeaveSupplement).perChild == nil)
    #expect(result[.incomeExcessReduction] == nil)
    // The income was read (the family has a child): the criterion is shown.
    #expect(decided(result, .familyAllowance).criterion == m("674.00"))
  }
}

@Suite("Dodatki do zasiłku rodzinnego: each one's conditions (art. 9–15)")
struct FamilyAllowanceSupplementTests {
  @Test("art. 9: under one year, medical care from the 10th week of pregnancy")
  func birth() throws {
    func make(_ date: String, _ care: Bool?) -> Family {
      family(date, [kid("b", "2023-11-15") { $0.prenatalCare = care }, kid("o", "2017-05-15")])
    }
    #expect(summary(try FamilyEvaluator.decide(make("2024-11-14", true)), .birthSupplement) == "1000.00")
    // First birthday: no longer a candidate.
    #expect(summary(try FamilyEvaluator.decide(make("2024-11-15", true)), .birthSupplement) == "no_eligible_child")
    let noCare = try FamilyEvaluator.decide(make("2024-11-14", false))
    #expect(summary(noCare, .birthSupplement) == "no_prenatal_care")
    #expect(summary(noCare, .familyAllowance) == "219.00")   // 95 (age 0) + 124 (age 7)
    // Not stated: that dodatek alone answers missing_field (members[1]: after the applicant).
    let unknown = try FamilyEvaluator.decide(make("2024-11-14", nil))
    #expect(summary(unknown, .birthSupplement) == "missing_field:members[1].prenatal_care")
    #expect(summary(unknown, .familyAllowance) == "219.00")
    #expect(summary(unknown, .schoolYearSupplement) == "no_eligible_child")
    // Not stated for a child past the first birthday: not needed.
    #expect(summary(try FamilyEvaluator.decide(make("2024-11-15", nil)), .birthSupplement) == "no_eligible_child")
    // Twins: one dodatek per child (art. 9 ust. 4).
    let twins = try FamilyEvaluator.decide(
      family(
        "2024-11-01",
        [kid("t1", "2024-09-01") { $0.prenatalCare = true }, kid("t2", "2024-09-01") { $0.prenatalCare = true }]))
    #expect(summary(twins, .birthSupplement) == "2000.00")
    #expect(decided(twins, .birthSupplement).perChild == [entry("t1", "1000.00"), entry("t2", "1000.00")])
  }

  @Test("prenatal_care missing while the reduction needs the total T")
  func birthMissingUnderReduction() throws {
    // n = 3 (applicant, newborn, child aged 10), K × n = 2022.00; 24264.12 / 12 = 2022.01: above.
    // T would include 1000 / 12 or not: ZR, the dodatki whose condition holds and the reduction
    // cannot be decided; a dodatek whose own condition fails keeps its reason.
    let result = try FamilyEvaluator.decide(
      family("2024-11-01", [kid("n", "2024-08-01"), kid("c", "2014-05-15")], yearly: "24264.12") {
        $0.parentalLeave = true
      })
    let missing = "missing_field:members[1].prenatal_care"
    #expect(summary(result, .familyAllowance) == missing)
    #expect(summary(result, .birthSupplement) == missing)
    #expect(summary(result, .parentalLeaveSupplement) == missing)
    #expect(summary(result, .incomeExcessReduction) == missing)
    #expect(summary(result, .singleParentSupplement) == "condition_not_met")
    #expect(summary(result, .schoolYearSupplement) == "no_eligible_child")
    // Before 2016-01-01 the same family is simply above the criterion; art. 9 still needs the field.
    let old = try FamilyEvaluator.decide(
      family("2015-12-01", [kid("n", "2015-08-01"), kid("c", "2005-05-15")], yearly: "24264.12"))
    #expect(summary(old, .familyAllowance) == "income_above_criterion")
    #expect(summary(old, .birthSupplement) == missing)
    #expect(old[.incomeExcessReduction] == nil)
  }

  @Test("art. 10: one dodatek of 400.00 per family when on urlop wychowawczy")
  func parentalLeave() throws {
    let children = [kid("c1", "2023-05-15"), kid("c2", "2021-05-15")]
    let on = try FamilyEvaluator.decide(family("2024-11-01", children) { $0.parentalLeave = true })
    #expect(summary(on, .parentalLeaveSupplement) == "400.00")
    #expect(decided(on, .parentalLeaveSupplement).perChild == nil)
    let off = try FamilyEvaluator.decide(family("2024-11-01", children))
    #expect(summary(off, .parentalLeaveSupplement) == "condition_not_met")
  }

  @Test("art. 11a: per child, the cap, and the +80 per disabled child capped at +160")
  func singleParent() throws {
    func make(_ date: String, _ children: [FamilyMember], single: Bool = true) throws -> FamilyDecision {
      try FamilyEvaluator.decide(family(date, children) { $0.singleParent = single })
    }
    let dead = { (member: inout FamilyMember) in member.noAlimonyReason = .parentDead }
    // Not a single parent.
    #expect(
      summary(try make("2024-11-01", [kid("c", "2014-05-15", dead)], single: false), .singleParentSupplement)
        == "condition_not_met")
    // A single parent, but alimony could be awarded for every child: no child qualifies.
    #expect(summary(try make("2024-11-01", [kid("c", "2014-05-15")]), .singleParentSupplement) == "no_eligible_child")
    // One child: 193.00; one child with orzeczenie: 193 + 80 = 273.00.
    #expect(summary(try make("2024-11-01", [kid("c", "2014-05-15", dead)]), .singleParentSupplement) == "193.00")
    let certified = kid("c", "2014-05-15") {
      $0.noAlimonyReason = .fatherUnknown
      $0.disability = .certificate
    }
    #expect(summary(try make("2024-11-01", [certified]), .singleParentSupplement) == "273.00")
    // k = 4 eligible children without alimony (a, b, c, m), d = 3 of them with certificate,
    // certificate_care or severe (m has moderate: not counted), x is 25 and not eligible:
    // min(4 × 193, 386) + min(3 × 80, 160) = 386 + 160 = 546.00.
    let children = [
      kid("a", "2021-05-15") {
        $0.noAlimonyReason = .fatherUnknown
        $0.disability = .certificate
      },
      kid("b", "2016-05-15") {
        $0.noAlimonyReason = .parentDead
        $0.disability = .certificateCare
      },
      kid("c", "2008-05-15") {
        $0.noAlimonyReason = .claimDismissed
        $0.disability = .severe
      },
      kid("m", "2007-05-15") {
        $0.noAlimonyReason = .fatherUnknown
        $0.disability = .moderate
      },
      kid("x", "1999-05-15") { $0.noAlimonyReason = .fatherUnknown },
    ]
    let capped = try make("2024-11-01", children)
    #expect(summary(capped, .singleParentSupplement) == "546.00")
    // The same family: art. 13 — a 90 (age 3), b 110 (8), c 110 (16, severe), m 110 (17, moderate) = 420;
    // art. 12a: 95 × (4 − 2) = 190; ZR 95 + 124 + 124 + 124 = 467; criterion 764 (disabled child).
    #expect(summary(capped, .disabledChildEducationSupplement) == "420.00")
    #expect(summary(capped, .largeFamilySupplement) == "190.00")
    #expect(summary(capped, .familyAllowance) == "467.00")
    #expect(decided(capped, .familyAllowance).criterion == m("764.00"))
    // The cap on the day before and the day of 2015-11-01: three children aged 5, 7, 9:
    // min(3 × 170, 340) = 340.00, then min(3 × 185, 370) = 370.00.
    let three = [kid("p", "2010-05-15", dead), kid("q", "2008-05-15", dead), kid("r", "2006-05-15", dead)]
    #expect(summary(try make("2015-10-31", three), .singleParentSupplement) == "340.00")
    #expect(summary(try make("2015-11-01", three), .singleParentSupplement) == "370.00")
  }

  @Test("art. 12a: the third and further eligible child; not verified before 2015-11-01")
  func largeFamily() throws {
    let two = [kid("a", "2014-05-15"), kid("b", "2016-05-15")]
    #expect(
      summary(try FamilyEvaluator.decide(family("2024-11-01", two)), .largeFamilySupplement)
        == "fewer_than_three_children")
    // Three eligible and one not (19, not in school): 95 × (3 − 2) = 95.00.
    let four = two + [kid("c", "2018-05-15"), kid("x", "2005-05-15")]
    #expect(summary(try FamilyEvaluator.decide(family("2024-11-01", four)), .largeFamilySupplement) == "95.00")
    // 2015-10-31: not verified; 2015-11-01: 90.00 (children aged 5, 3 and 1 on both days).
    let early = [kid("a", "2010-05-15"), kid("b", "2012-05-15"), kid("c", "2014-05-15")]
    let before = try FamilyEvaluator.decide(family("2015-10-31", early))
    #expect(summary(before, .largeFamilySupplement) == "parameter_not_encoded")
    #expect(summary(before, .familyAllowance) == "260.00")   // 106 + 77 + 77
    #expect(summary(try FamilyEvaluator.decide(family("2015-11-01", early)), .largeFamilySupplement) == "90.00")
    // Step 1 precedes everything: also without a child, and without the income.
    #expect(
      summary(try FamilyEvaluator.decide(family("2014-06-01", [])), .largeFamilySupplement)
        == "parameter_not_encoded")
    let noIncome = try FamilyEvaluator.decide(family("2014-06-01", [kid("c", "2014-05-15")], yearly: nil))
    #expect(summary(noIncome, .largeFamilySupplement) == "parameter_not_encoded")
    #expect(summary(noIncome, .familyAllowance) == "missing_field:incomes.2012")
  }

  @Test("art. 13: orzeczenie under 16, a moderate or severe degree from 16 to 24; lower amount under 5")
  func disabledChildEducation() throws {
    let cases: [(FamilyMember, String)] = [
      (kid("c", "2020-05-15") { $0.disability = .certificate }, "90.00"),   // age 4
      (kid("c", "2019-05-15") { $0.disability = .certificateCare }, "110.00"),   // age 5
      (kid("c", "2008-05-15") { $0.disability = .moderate }, "110.00"),   // age 16
      (kid("c", "2007-05-15") { $0.disability = .certificate }, "no_eligible_child"),   // 17: orzeczenie only < 16
      (kid("c", "2008-05-15") { $0.disability = .light }, "no_eligible_child"),
      (
        kid("c", "2004-05-15") {
          $0.disability = .severe
          $0.education = .school
        }, "110.00"
      ),   // age 20 in school
      (
        kid("c", "2001-05-15") {
          $0.disability = .severe
          $0.education = .university
        }, "110.00"
      ),   // age 23 at a university
      (kid("c", "2014-05-15"), "no_eligible_child"),
    ]
    for (child, expected) in cases {
      let result = try FamilyEvaluator.decide(family("2024-11-01", [child]))
      #expect(summary(result, .disabledChildEducationSupplement) == expected, "\(child.birthDate)")
    }
    // 60 / 80 to 2015-10-31, 80 / 100 from 2015-11-01: ages 4 and 5 on both days.
    let pair = [
      kid("y", "2011-05-15") { $0.disability = .certificate }, kid("o", "2010-05-15") { $0.disability = .certificate },
    ]
    let before = try FamilyEvaluator.decide(family("2015-10-31", pair))
    #expect(summary(before, .disabledChildEducationSupplement) == "140.00")   // 60 + 80
    #expect(decided(before, .disabledChildEducationSupplement).perChild == [entry("y", "60.00"), entry("o", "80.00")])
    let after = try FamilyEvaluator.decide(family("2015-11-01", pair))
    #expect(summary(after, .disabledChildEducationSupplement) == "180.00")   // 80 + 100
  }

  @Test("art. 14: 100.00 once per eligible child starting the school year")
  func schoolYear() throws {
    let children = [
      kid("a", "2018-05-15") { $0.startsSchoolYear = true }, kid("b", "2016-05-15"),
      kid("x", "2005-05-15") { $0.startsSchoolYear = true },   // 19, not in school: not eligible
    ]
    let result = try FamilyEvaluator.decide(family("2024-11-01", children))
    #expect(summary(result, .schoolYearSupplement) == "100.00")
    #expect(
      decided(result, .schoolYearSupplement).perChild == [entry("a", "100.00"), entry("b", nil), entry("x", nil)])
  }

  @Test("art. 15: the higher amount living in the school town, the lower commuting")
  func studyAway() throws {
    let children = [
      kid("l", "2008-05-15") { $0.studyAway = .livesInSchoolTown },
      kid("c", "2009-05-15") { $0.studyAway = .commutes }, kid("n", "2010-05-15"),
    ]
    // 2024: 113 + 69 = 182.00.
    let now = try FamilyEvaluator.decide(family("2024-11-01", children))
    #expect(summary(now, .studyAwaySupplement) == "182.00")
    #expect(
      decided(now, .studyAwaySupplement).perChild == [entry("l", "113.00"), entry("c", "69.00"), entry("n", nil)])
    // 90 + 50 = 140.00 on 2015-10-31; 105 + 63 = 168.00 on 2015-11-01 (ages 7 and 6).
    let early = [
      kid("l", "2008-05-15") { $0.studyAway = .livesInSchoolTown }, kid("c", "2009-05-15") { $0.studyAway = .commutes },
    ]
    #expect(summary(try FamilyEvaluator.decide(family("2015-10-31", early)), .studyAwaySupplement) == "140.00")
    #expect(summary(try FamilyEvaluator.decide(family("2015-11-01", early)), .studyAwaySupplement) == "168.00")
    #expect(
      summary(try FamilyEvaluator.decide(family("2024-11-01", [kid("n", "2010-05-15")])), .studyAwaySupplement)
        == "no_eligible_child")
  }
}

@Suite("Zasiłek rodzinny: the income year")
struct FamilyAllowanceIncomeYearTests {
  @Test("incomes of the base year missing: ZR and every dodatek missing_field, no reduction key")
  func missingYear() throws {
    // 2024-11-01: okres zasiłkowy 2024/25, base year 2023; only 2022 given.
    var f = family("2024-11-01", [kid("c", "2014-05-15")], yearly: nil)
    f.incomes[2022] = []
    let result = try FamilyEvaluator.decide(f)
    for benefit in [FamilyBenefit.familyAllowance] + FamilyBenefit.supplements {
      #expect(summary(result, benefit) == "missing_field:incomes.2023", "\(benefit)")
    }
    #expect(result[.incomeExcessReduction] == nil)
    // 2025-10-31 is still in 2024/25 (base year 2023); 2025-11-01 starts 2025/26 (base year 2024).
    var late = family("2025-10-31", [kid("c", "2014-05-15")], yearly: nil)
    late.incomes[2023] = []
    #expect(summary(try FamilyEvaluator.decide(late), .familyAllowance) == "124.00")
    late.date = d("2025-11-01")
    #expect(summary(try FamilyEvaluator.decide(late), .familyAllowance) == "missing_field:incomes.2024")
  }

  @Test("the income is needed only when the family has a child")
  func neededWithAChild() throws {
    // No member with role child: no_eligible_child without the income (no criterion shown).
    let none = try FamilyEvaluator.decide(family("2024-11-01", [], yearly: nil))
    #expect(summary(none, .familyAllowance) == "no_eligible_child")
    #expect(decided(none, .familyAllowance).criterion == nil)
    #expect(decided(none, .familyAllowance).perChild == [])
    // A child who is not eligible: the income is still needed (contract: "ZR: a child").
    let adult = try FamilyEvaluator.decide(family("2024-11-01", [kid("c", "2000-01-01")], yearly: nil))
    #expect(summary(adult, .familyAllowance) == "missing_field:incomes.2023")
  }

  @Test("the explanation cites the articles of each step")
  func explanation() throws {
    let result = try FamilyEvaluator.explain(
      family(
        "2024-11-01",
        [kid("c", "2014-05-15") { $0.startsSchoolYear = true }], spouse: true, yearly: "24264.12"))
    let steps = decided(result, .familyAllowance).explanation
    func cites(_ article: String, _ paragraph: String?) -> Bool {
      steps.contains { step in
        step.basis.contains { $0.article == article && $0.paragraph == paragraph }
      }
    }
    #expect(cites("5", "1"))   // criterion
    #expect(cites("6", "2"))   // each child's amount
    #expect(cites("14", "2"))   // dodatek rozpoczęcia roku szkolnego
    #expect(cites("5", "3a"))   // złotówka za złotówkę
    #expect(cites("5", "3c"))
    // T = 124 + 100 / 12 = 132.333…, e = 0.01: A = 132.323… → 132.32.
    #expect(decided(result, .incomeExcessReduction).amount == m("132.32"))
    #expect(decided(result, .incomeExcessReduction).fullAmount == m("132.33"))
  }
}
