import Testing

@testable import Pomoc

// Fundusz alimentacyjny (u.p.o.u.a.), dodatek mieszkaniowy (u.d.m.), dodatek energetyczny
// (Pr.en. art. 5c) and the 2022–2024 energy-crisis allowances. Every expected value is worked
// out by hand from the acts and the contract; the arithmetic is in the comments.

// MARK: - Helpers

private func person(_ id: String, _ role: FamilyMember.Role, _ birth: String) -> FamilyMember {
  FamilyMember(id: id, role: role, birthDate: d(birth))
}

/// A child born `birth` with alimony `awarded` (nil: no title), enforcement ineffective unless said.
private func child(
  _ id: String, _ birth: String = "2015-01-01", alimony awarded: String? = "400", ineffective: Bool = true,
  education: FamilyMember.Education = .none, disability: FamilyMember.Disability = .none
) -> FamilyMember {
  var member = person(id, .child, birth)
  member.alimony = awarded.map { FamilyMember.Alimony(awarded: m($0), enforcementIneffective: ineffective) }
  member.education = education
  member.disability = disability
  return member
}

/// A family of the applicant (born 1985) and `others`; `yearly`: income year → the yearly
/// `base_year` amount (Y = amount ÷ 12).
private func family(
  _ date: String, _ others: [FamilyMember], yearly: [Int: String] = [:], benefit: FamilyBenefit
) -> Family {
  var family = Family(id: "f", date: d(date), members: [person("a", .applicant, "1985-01-01")] + others)
  for (year, amount) in yearly { family.incomes[year] = [IncomeSource(kind: .baseYear, amount: m(amount))] }
  family.benefits = [benefit]
  return family
}

/// The outcome of `benefit`, `nil` when its key is absent.
private func outcome(_ family: Family, _ benefit: FamilyBenefit) throws -> BenefitOutcome? {
  try FamilyEvaluator.decide(family)[benefit]
}

private func decided(_ family: Family, _ benefit: FamilyBenefit) throws -> BenefitDecision {
  let result = try outcome(family, benefit)
  guard case .decided(let decision)? = result else {
    Issue.record("expected a decision, got \(String(describing: result))")
    return .notEntitled(.conditionNotMet)
  }
  return decision
}

private func errorCode(_ family: Family, _ benefit: FamilyBenefit) throws -> String? {
  try outcome(family, benefit)?.errorCode
}

/// `sqm("45.50")`: an area in m².
private func sqm(_ text: String) -> SquareMetres { SquareMetres(hundredths: m(text).grosze) }

// MARK: - Fundusz alimentacyjny

@Suite("Fundusz alimentacyjny")
struct AlimonyFundTests {
  private func fa(_ date: String, _ children: [FamilyMember], yearly: [Int: String] = [:]) -> Family {
    family(date, children, yearly: yearly, benefit: .alimonyFund)
  }

  @Test("2019-09-30 / 2019-10-01: criterion 725 → 800; above it nothing before 2020-10-01")
  func criterion2019() throws {
    // n = 2; yearly 18240.00 → Y = 1520.00, y = 760.00.
    // 2019-09-30: period 2018-10-01 – 2019-09-30, b = 2017; 760 > 725 → income_above_criterion.
    let before = try decided(fa("2019-09-30", [child("c")], yearly: [2017: "18240", 2018: "18240"]), .alimonyFund)
    #expect(!before.entitled)
    #expect(before.amount == .zero)
    #expect(before.reason == .incomeAboveCriterion)
    #expect(before.criterion == m("725"))
    #expect(before.incomePerPerson == m("760"))
    #expect(before.periodFrom == d("2018-10-01") && before.periodTo == d("2019-09-30"))
    #expect(before.perChild == [.init(id: "c", entitled: false, amount: .zero)])
    // 2019-10-01: b = 2018; 760 ≤ 800 → B = min(400, 500) = 400.00.
    let after = try decided(fa("2019-10-01", [child("c")], yearly: [2017: "18240", 2018: "18240"]), .alimonyFund)
    #expect(after.entitled && after.reason == nil)
    #expect(after.amount == m("400"))
    #expect(after.criterion == m("800"))
    #expect(after.periodFrom == d("2019-10-01") && after.periodTo == d("2020-09-30"))
    #expect(after.perChild == [.init(id: "c", entitled: true, amount: m("400"))])
  }

  @Test("2020-09-30 / 2020-10-01: criterion 800 → 900 and złotówka za złotówkę begins")
  func criterion2020() throws {
    // n = 2; yearly 24000.00 → Y = 2000.00, y = 1000.00; alimony 400.
    // 2020-09-30 (b = 2018): 1000 > 800, no reduction rule yet → income_above_criterion.
    let yearly = [2018: "24000", 2019: "24000"]
    let before = try decided(fa("2020-09-30", [child("c")], yearly: yearly), .alimonyFund)
    #expect(!before.entitled && before.reason == .incomeAboveCriterion && before.criterion == m("800"))
    // 2020-10-01 (b = 2019): K = 900, excess y − K = 100 → A = 400 − 100 = 300.00.
    let after = try decided(fa("2020-10-01", [child("c")], yearly: yearly), .alimonyFund)
    #expect(after.entitled && after.amount == m("300") && after.criterion == m("900"))
    #expect(after.incomePerPerson == m("1000"))
  }

  @Test("2023-09-30 / 2023-10-01: criterion 900 → 1209")
  func criterion2023() throws {
    // y = 1000.00 (yearly 24000, n = 2), alimony 400.
    // 2023-09-30 (b = 2021): 1000 > 900 → A = 400 − 100 = 300.00.
    let yearly = [2021: "24000", 2022: "24000"]
    let before = try decided(fa("2023-09-30", [child("c")], yearly: yearly), .alimonyFund)
    #expect(before.amount == m("300") && before.criterion == m("900"))
    // 2023-10-01 (b = 2022): 1000 ≤ 1209 → 400.00.
    let after = try decided(fa("2023-10-01", [child("c")], yearly: yearly), .alimonyFund)
    #expect(after.amount == m("400") && after.criterion == m("1209"))
  }

  @Test("2024-09-30 / 2024-10-01: cap 500 → 1000")
  func cap2024() throws {
    // No income (Y = 0). 2024-09-30 (b = 2022): B = min(800, 500) = 500.00.
    let yearly = [2022: "0", 2023: "0"]
    #expect(
      try decided(fa("2024-09-30", [child("c", alimony: "800")], yearly: yearly), .alimonyFund).amount == m("500"))
    // 2024-10-01 (b = 2023): B = min(800, 1000) = 800.00; min(1200, 1000) = 1000.00.
    #expect(
      try decided(fa("2024-10-01", [child("c", alimony: "800")], yearly: yearly), .alimonyFund).amount == m("800"))
    #expect(
      try decided(fa("2024-10-01", [child("c", alimony: "1200")], yearly: yearly), .alimonyFund).amount == m("1000"))
  }

  @Test("2026-09-30 / 2026-10-01: criterion 1209 → 1665")
  func criterion2026() throws {
    // yearly 31200 → Y = 2600, y = 1300; alimony 1000 (cap 1000).
    // 2026-09-30 (b = 2024): excess 1300 − 1209 = 91 → A = 1000 − 91 = 909.00.
    let yearly = [2024: "31200", 2025: "31200"]
    let before = try decided(fa("2026-09-30", [child("c", alimony: "1000")], yearly: yearly), .alimonyFund)
    #expect(before.amount == m("909") && before.criterion == m("1209"))
    // 2026-10-01 (b = 2025): 1300 ≤ 1665 → 1000.00.
    let after = try decided(fa("2026-10-01", [child("c", alimony: "1000")], yearly: yearly), .alimonyFund)
    #expect(after.amount == m("1000") && after.criterion == m("1665"))
    #expect(after.periodFrom == d("2026-10-01") && after.periodTo == d("2027-09-30"))
  }

  @Test("criterion 1209: one grosz below, at, above; the per-person excess rounded once, half up")
  func criterionGrosz() throws {
    // 2024-11-01: K = 1209, b = 2023, n = 2, alimony 500 (≤ cap 1000).
    func amount(_ yearly: String) throws -> BenefitDecision {
      try decided(fa("2024-11-01", [child("c", alimony: "500")], yearly: [2023: yearly]), .alimonyFund)
    }
    // 29015.76 / 12 = 2417.98 → y = 1208.99 ≤ 1209 → 500.00.
    #expect(try amount("29015.76").amount == m("500"))
    // 29016.00 / 12 = 2418.00 → y = 1209.00: equal qualifies → 500.00, not reduced.
    #expect(try amount("29016").amount == m("500"))
    #expect(try amount("29016").incomePerPerson == m("1209"))
    // 29016.24 / 12 = 2418.02 → y = 1209.01 → A = 500 − 0.01 = 499.99.
    #expect(try amount("29016.24").amount == m("499.99"))
    // 29016.12 / 12 = 2418.01 → y = 1209.005 → A = 499.995 → half up 500.00; y shown 1209.01.
    #expect(try amount("29016.12").amount == m("500"))
    #expect(try amount("29016.12").incomePerPerson == m("1209.01"))
    // 29016.36 / 12 = 2418.03 → y = 1209.015 → A = 499.985 → 499.99.
    #expect(try amount("29016.36").amount == m("499.99"))
  }

  @Test("minimum 100.00: A = 100.00 is paid, 99.99 is below_minimum")
  func minimum() throws {
    // 2024-11-01, K = 1209, alimony 500, n = 2.
    // yearly 38616.00 → Y = 3218.00, y = 1609.00 → A = 500 − 400 = 100.00.
    let atMinimum = try decided(fa("2024-11-01", [child("c", alimony: "500")], yearly: [2023: "38616"]), .alimonyFund)
    #expect(atMinimum.entitled && atMinimum.amount == m("100"))
    // yearly 38616.24 → Y = 3218.02, y = 1609.01 → A = 99.99 < 100 → below_minimum.
    let below = try decided(fa("2024-11-01", [child("c", alimony: "500")], yearly: [2023: "38616.24"]), .alimonyFund)
    #expect(!below.entitled && below.reason == .belowMinimum && below.amount == .zero)
    #expect(below.criterion == m("1209") && below.incomePerPerson == m("1609.01"))
  }

  @Test("per child: each child's B less the same per-person excess")
  func perChild() throws {
    // 2024-11-01, n = 4; yearly 62832 → Y = 5236, y = 1309 → excess 100 per person.
    // c1: 300 − 100 = 200.00; c2: 150 − 100 = 50.00 < 100 → not entitled; c3: no title.
    let result = try decided(
      fa(
        "2024-11-01", [child("c1", alimony: "300"), child("c2", alimony: "150"), child("c3", alimony: nil)],
        yearly: [2023: "62832"]), .alimonyFund)
    #expect(result.entitled && result.amount == m("200") && result.reason == nil)
    #expect(
      result.perChild == [
        .init(id: "c1", entitled: true, amount: m("200")), .init(id: "c2", entitled: false, amount: .zero),
        .init(id: "c3", entitled: false, amount: .zero),
      ])
    // Both below 100: the reason is the first candidate's, below_minimum.
    let none = try decided(
      fa("2024-11-01", [child("c1", alimony: "150"), child("c2", alimony: "120")], yearly: [2023: "62832"]),
      .alimonyFund)
    #expect(!none.entitled && none.reason == .belowMinimum)
  }

  @Test("who: under 18; under 25 in education; severe at any age")
  func eligibility() throws {
    // No income: y = 0. 2024-11-01.
    func result(_ kid: FamilyMember) throws -> BenefitDecision {
      try decided(fa("2024-11-01", [kid], yearly: [2023: "0"]), .alimonyFund)
    }
    // Born 2006-11-02: 17 on 2024-11-01 → 400.00; born 2006-11-01: 18 that day, no education.
    #expect(try result(child("c", "2006-11-02")).amount == m("400"))
    #expect(try result(child("c", "2006-11-01")).reason == .noEligibleChild)
    // 24 at university → eligible; 25 at university → not.
    #expect(try result(child("c", "2000-06-01", education: .university)).entitled)
    #expect(try result(child("c", "1999-06-01", education: .university)).reason == .noEligibleChild)
    // 30 with a severe degree → eligible; with a moderate one → not.
    #expect(try result(child("c", "1994-06-01", disability: .severe)).entitled)
    #expect(try result(child("c", "1994-06-01", disability: .moderate)).reason == .noEligibleChild)
    // Enforcement not ineffective.
    #expect(try result(child("c", ineffective: false)).reason == .enforcementEffective)
  }

  @Test("the reason of the whole benefit is the first candidate's (a child with alimony)")
  func firstCandidate() throws {
    let noTitle = child("c0", alimony: nil)
    let tooOld = child("c1", "2000-01-01")   // 24, not in education
    let effective = child("c2", ineffective: false)
    let first = try decided(fa("2024-11-01", [noTitle, tooOld, effective], yearly: [2023: "0"]), .alimonyFund)
    #expect(first.reason == .noEligibleChild)
    let second = try decided(fa("2024-11-01", [noTitle, effective, tooOld], yearly: [2023: "0"]), .alimonyFund)
    #expect(second.reason == .enforcementEffective)
  }

  @Test("no child with alimony: no_alimony_title, income not read; a candidate without income: missing field")
  func noTitleAndMissing() throws {
    let noTitle = try decided(fa("2024-11-01", [child("c", alimony: nil)]), .alimonyFund)
    #expect(!noTitle.entitled && noTitle.reason == .noAlimonyTitle)
    #expect(noTitle.criterion == nil && noTitle.incomePerPerson == nil)
    #expect(noTitle.perChild == [.init(id: "c", entitled: false, amount: .zero)])
    // No child at all: the same.
    #expect(try decided(fa("2024-11-01", []), .alimonyFund).reason == .noAlimonyTitle)
    // A child with alimony and no incomes.2023 (b of 2024/25).
    #expect(try errorCode(fa("2024-11-01", [child("c")]), .alimonyFund) == "missing_field:incomes.2023")
    // 2025-09-30 is still in 2024/25: its base year is 2023, whatever other years are given.
    #expect(
      try errorCode(fa("2025-09-30", [child("c")], yearly: [2024: "0"]), .alimonyFund) == "missing_field:incomes.2023")
  }
}

// MARK: - Dodatek mieszkaniowy

/// A household applying for DM; members of the family are only the applicant (DM reads `housing`).
private func dm(
  _ date: String, persons: Int, income3: String, area: String, expenses: String, basis: String,
  benefit: FamilyBenefit = .housingAllowance, _ edit: (inout Housing) -> Void = { _ in }
) -> Family {
  var family = family(date, [], benefit: benefit)
  var housing = Housing()
  housing.persons = persons
  housing.legalTitle = true
  housing.incomeThreeMonths = m(income3)
  housing.area = sqm(area)
  housing.expenses = m(expenses)
  housing.basisAmount = m(basis)
  edit(&housing)
  family.housing = housing
  return family
}

@Suite("Dodatek mieszkaniowy")
struct HousingAllowanceTests {
  @Test("the arithmetic from 2021-07-01: normative expenses, own share, cap, period")
  func arithmetic() throws {
    // 2024-03-15; p = 3 → N = 45 m²; area 50 ≤ 45 × 1.3 = 58.5. B = 7155.48.
    // I = 6000 / 3 = 2000.00, i = 666.67 ≤ t = 30 % × 7155.48 = 2146.644.
    // E = 800 × 45 / 50 = 720.00; s = 12 % (2–4 persons) × 2000 = 240.00;
    // D = min(720 − 240, 70 % × 720 = 504) = 480.00 ≥ 0.5 % × 7155.48 = 35.7774.
    let result = try decided(
      dm("2024-03-15", persons: 3, income3: "6000", area: "50", expenses: "800", basis: "7155.48"), .housingAllowance)
    #expect(result.entitled && result.amount == m("480") && result.reason == nil)
    // Period: 6 months from the first day of the next month.
    #expect(result.periodFrom == d("2024-04-01") && result.periodTo == d("2024-09-30"))
  }

  @Test("the cap: 70 % of the expenses, or the council's cap_percent")
  func cap() throws {
    // p = 2, N = 40, area 40 → E = 1000; I = 1000 → s = 12 % = 120 → E − s = 880.
    // cap 70 % × 1000 = 700 → 700.00; with cap_percent 50 → 500.00.
    let standard = dm("2024-03-15", persons: 2, income3: "3000", area: "40", expenses: "1000", basis: "7155.48")
    #expect(try decided(standard, .housingAllowance).amount == m("700"))
    let council = dm("2024-03-15", persons: 2, income3: "3000", area: "40", expenses: "1000", basis: "7155.48") {
      $0.capPercent = 50
    }
    #expect(try decided(council, .housingAllowance).amount == m("500"))
  }

  @Test("above the threshold the allowance is reduced by the per-member excess (art. 6 ust. 8)")
  func reductionOnePerson() throws {
    // p = 1, t = 40 % × 7155.48 = 2862.192; I = 8700 / 3 = 2900.00 → excess 37.808.
    // area 30 ≤ N 35 → E = 900; s = 15 % × 2900 = 435 → 465 (cap 630); 465 − 37.808 = 427.192 → 427.19.
    let result = try decided(
      dm("2024-03-15", persons: 1, income3: "8700", area: "30", expenses: "900", basis: "7155.48"), .housingAllowance)
    #expect(result.amount == m("427.19"))
  }

  @Test("multi-person threshold 30 %: one grosz below, at, above")
  func thresholdGrosz() throws {
    // B = 7000 → t = 2100.00; p = 2, N = 40, area 40, E = 1500, cap 1050.
    func amount(_ income3: String) throws -> Money? {
      try decided(
        dm("2024-03-15", persons: 2, income3: income3, area: "40", expenses: "1500", basis: "7000"), .housingAllowance
      ).amount
    }
    // 12599.94 / 3 = 4199.98, i = 2099.99; s = 0.12 × 4199.98 = 503.9976 → 996.0024 → 996.00.
    #expect(try amount("12599.94") == m("996"))
    // 12600 / 3 = 4200, i = 2100 = t (no reduction); s = 504 → 996.00.
    #expect(try amount("12600") == m("996"))
    // 12600.06 / 3 = 4200.02, i = 2100.01; s = 504.0024 → 995.9976 − 0.01 = 995.9876 → 995.99.
    #expect(try amount("12600.06") == m("995.99"))
  }

  @Test("own shares 15 / 12 / 10 % by household size from 2021-07-01")
  func shares() throws {
    // p = 5, N = 65, area 65, E = 1000; I = 16500 / 3 = 5500, i = 1100 ≤ 2146.644;
    // s = 10 % × 5500 = 550 → 450.00 (cap 700).
    let five = dm("2024-03-15", persons: 5, income3: "16500", area: "65", expenses: "1000", basis: "7155.48")
    #expect(try decided(five, .housingAllowance).amount == m("450"))
  }

  @Test("to 2021-06-30 the upper band: 20 % above 150 % of B (one person), lower bound exclusive")
  func upperBandOnePerson() throws {
    // 2021-06-30, B = 1000 (najniższa emerytura), p = 1, N = 35, area 35, E = 700, cap 490.
    func amount(_ income3: String) throws -> BenefitDecision {
      try decided(
        dm("2021-06-30", persons: 1, income3: income3, area: "35", expenses: "700", basis: "1000"), .housingAllowance)
    }
    // I = 1500.00, not above 150 % → s = 15 % = 225 → 475.00.
    #expect(try amount("4500").amount == m("475"))
    // I = 1500.01 → s = 20 % × 1500.01 = 300.002 → 399.998 → 400.00.
    #expect(try amount("4500.03").amount == m("400"))
    // I = 1750.00 = 175 % threshold → s = 350 → 350.00, not reduced.
    #expect(try amount("5250").amount == m("350"))
    // I = 1750.01 → s = 350.002 → 349.998, − excess 0.01 → 349.988 → 349.99.
    #expect(try amount("5250.03").amount == m("349.99"))
    // Period of an application of 2021-06-30: 2021-07-01 – 2021-12-31.
    #expect(try amount("4500").periodFrom == d("2021-07-01"))
    #expect(try amount("4500").periodTo == d("2021-12-31"))
  }

  @Test("to 2021-06-30 the upper band of a multi-person household: i above 100 % of B")
  func upperBandMulti() throws {
    // p = 2, B = 1000: i = 6600 / 3 / 2 = 1100 > 1000, ≤ 125 % = 1250; s = 15 % × 2200 = 330;
    // N = 40, area 40, E = 900 → 570.00 (cap 630).
    let two = dm("2021-06-30", persons: 2, income3: "6600", area: "40", expenses: "900", basis: "1000")
    #expect(try decided(two, .housingAllowance).amount == m("570"))
    // p = 5: i = 16500 / 3 / 5 = 1100 → s = 12 % × 5500 = 660; N = 65, E = 1000 → 340.00.
    let five = dm("2021-06-30", persons: 5, income3: "16500", area: "65", expenses: "1000", basis: "1000")
    #expect(try decided(five, .housingAllowance).amount == m("340"))
  }

  @Test("2021-06-30 / 2021-07-01: the thresholds switch to 40 / 30 % of the average wage")
  func switch2021() throws {
    // p = 1, I = 4800 / 3 = 1600, N = 35, area 35, E = 700.
    // 2021-06-30, B = 1000: I ≤ 1750; above 1500 → s = 20 % = 320 → 380.00.
    let before = dm("2021-06-30", persons: 1, income3: "4800", area: "35", expenses: "700", basis: "1000")
    #expect(try decided(before, .housingAllowance).amount == m("380"))
    // 2021-07-01, the same B = 1000: t = 40 % = 400; excess 1200; s = 15 % = 240 → 460 − 1200 < 0
    // → below_minimum.
    let after = dm("2021-07-01", persons: 1, income3: "4800", area: "35", expenses: "700", basis: "1000")
    let refused = try decided(after, .housingAllowance)
    #expect(!refused.entitled && refused.reason == .belowMinimum && refused.amount == .zero)
    #expect(refused.periodFrom == d("2021-08-01") && refused.periodTo == d("2022-01-31"))
    // 2021-07-01 with B = 5000 (a wage): t = 2000 ≥ 1600; s = 15 % = 240 → 460.00.
    let wage = dm("2021-07-01", persons: 1, income3: "4800", area: "35", expenses: "700", basis: "5000")
    #expect(try decided(wage, .housingAllowance).amount == m("460"))
  }

  @Test("the minimum: 2 % of B to 2021-06-30, 0.5 % from 2021-07-01, compared with the rounded amount")
  func minimum() throws {
    // 2021-06-30, B = 1000 → minimum 20.00. p = 1, I = 1000 → s = 150; N = 35 = area.
    // E = 170.00 → 20.00 (paid); E = 169.99 → 19.99 → below_minimum.
    let old = { (expenses: String) in
      dm("2021-06-30", persons: 1, income3: "3000", area: "35", expenses: expenses, basis: "1000")
    }
    #expect(try decided(old("170"), .housingAllowance).amount == m("20"))
    #expect(try decided(old("169.99"), .housingAllowance).reason == .belowMinimum)
    // 2024-03-15, B = 7155.48 → minimum 35.7774. E = 185.78 → 35.78 ≥ 35.7774 → paid;
    // E = 185.77 → 35.77 < 35.7774 → below_minimum.
    let new = { (expenses: String) in
      dm("2024-03-15", persons: 1, income3: "3000", area: "35", expenses: expenses, basis: "7155.48")
    }
    #expect(try decided(new("185.78"), .housingAllowance).amount == m("35.78"))
    #expect(try decided(new("185.77"), .housingAllowance).reason == .belowMinimum)
  }

  @Test("2022-11-30 / 2022-12-01: the council's threshold_percent applies from 2022-12-01")
  func councilThreshold() throws {
    // p = 2, B = 7000, threshold_percent 40; I = 13200 / 3 = 4400, i = 2200; N = 40 = area, E = 1500.
    // s = 12 % × 4400 = 528 → 972.
    func result(_ date: String) throws -> Money? {
      try decided(
        dm(date, persons: 2, income3: "13200", area: "40", expenses: "1500", basis: "7000") {
          $0.thresholdPercent = 40
        }, .housingAllowance
      ).amount
    }
    // 2022-11-30: ignored → t = 30 % = 2100, excess 100 → 872.00.
    #expect(try result("2022-11-30") == m("872"))
    // 2022-12-01: t = 40 % = 2800 ≥ 2200 → 972.00.
    #expect(try result("2022-12-01") == m("972"))
  }

  @Test("the area limit: 130 %, 150 % with rooms and kitchen ≤ 60 %, +15 m², the council's area")
  func area() throws {
    // No income (s = 0): D = min(E, 70 % E) = 0.7 × E. 2024-03-15, B = 7155.48.
    func result(
      persons: Int = 1, area: String, expenses: String, _ edit: @escaping (inout Housing) -> Void = { _ in }
    ) throws -> BenefitDecision {
      try decided(
        dm("2024-03-15", persons: persons, income3: "0", area: area, expenses: expenses, basis: "7155.48", edit),
        .housingAllowance)
    }
    // p = 1, N = 35: 45.50 = 35 × 1.30 allowed; E = 910 × 35 / 45.5 = 700 → 490.00.
    #expect(try result(area: "45.50", expenses: "910").amount == m("490"))
    #expect(try result(area: "45.51", expenses: "910").reason == .areaAboveLimit)
    // Rooms and kitchen 31.50 = 60 % of 52.50 → 150 %: 52.50 allowed; E = 1050 × 35 / 52.5 = 700 → 490.00.
    #expect(try result(area: "52.50", expenses: "1050") { $0.roomsKitchenArea = sqm("31.50") }.amount == m("490"))
    #expect(
      try result(area: "52.51", expenses: "1050") { $0.roomsKitchenArea = sqm("31.50") }.reason == .areaAboveLimit)
    // Rooms 31.51 > 60 % of 52.50 → 130 % → 52.50 > 45.50.
    #expect(
      try result(area: "52.50", expenses: "1050") { $0.roomsKitchenArea = sqm("31.51") }.reason == .areaAboveLimit)
    // +15 m²: N = 50 → 65.00 allowed; E = 1300 × 50 / 65 = 1000 → 700.00; 65.01 not.
    #expect(try result(area: "65", expenses: "1300") { $0.disabledExtraArea = true }.amount == m("700"))
    #expect(try result(area: "65.01", expenses: "1300") { $0.disabledExtraArea = true }.reason == .areaAboveLimit)
    // The council's 60 m² replaces the table; +15 → N = 75: 97.50 = 75 × 1.3 allowed, 97.51 not.
    let council: (inout Housing) -> Void = {
      $0.normativeArea = sqm("60")
      $0.disabledExtraArea = true
    }
    // E = 975 × 75 / 97.5 = 750 → 525.00.
    #expect(try result(area: "97.50", expenses: "975", council).amount == m("525"))
    #expect(try result(area: "97.51", expenses: "975", council).reason == .areaAboveLimit)
    // 7 persons: N = 70 + 5 = 75; 8 persons: N = 80 → 104.00 = 80 × 1.3 allowed.
    #expect(try result(persons: 7, area: "97.50", expenses: "975").entitled)
    #expect(try result(persons: 7, area: "97.51", expenses: "975").reason == .areaAboveLimit)
    #expect(try result(persons: 8, area: "104", expenses: "975").entitled)
    #expect(try result(persons: 8, area: "104.01", expenses: "975").reason == .areaAboveLimit)
  }

  @Test("no legal title (checked before the area)")
  func legalTitle() throws {
    let family = dm("2024-03-15", persons: 1, income3: "0", area: "200", expenses: "700", basis: "7155.48") {
      $0.legalTitle = false
    }
    let result = try decided(family, .housingAllowance)
    #expect(!result.entitled && result.reason == .noLegalTitle && result.amount == .zero)
  }

  @Test("the 6-month period")
  func period() {
    #expect(HousingAllowance.period(applicationDay: d("2024-08-20")) == (d("2024-09-01"), d("2025-02-28")))
    #expect(HousingAllowance.period(applicationDay: d("2024-12-05")) == (d("2025-01-01"), d("2025-06-30")))
    #expect(HousingAllowance.period(applicationDay: d("2024-02-29")) == (d("2024-03-01"), d("2024-08-31")))
    #expect(HousingAllowance.period(applicationDay: d("2023-07-31")) == (d("2023-08-01"), d("2024-01-31")))
  }

  @Test("missing fields, in the contract's order")
  func missing() throws {
    var family = family("2024-03-15", [], benefit: .housingAllowance)
    #expect(try errorCode(family, .housingAllowance) == "missing_field:housing")
    var housing = Housing()
    family.housing = housing
    #expect(try errorCode(family, .housingAllowance) == "missing_field:housing.persons")
    housing.persons = 1
    family.housing = housing
    #expect(try errorCode(family, .housingAllowance) == "missing_field:housing.legal_title")
    housing.legalTitle = false
    family.housing = housing
    #expect(try errorCode(family, .housingAllowance) == "missing_field:housing.income_3_months")
    housing.incomeThreeMonths = m("0")
    family.housing = housing
    #expect(try errorCode(family, .housingAllowance) == "missing_field:housing.area")
    housing.area = sqm("30")
    family.housing = housing
    #expect(try errorCode(family, .housingAllowance) == "missing_field:housing.expenses")
    housing.expenses = m("500")
    family.housing = housing
    #expect(try errorCode(family, .housingAllowance) == "missing_field:housing.basis_amount")
    housing.basisAmount = m("7155.48")
    family.housing = housing
    #expect(try decided(family, .housingAllowance).reason == .noLegalTitle)
  }
}

// MARK: - Dodatek energetyczny

/// A household entitled to DM: no income, area = normative, expenses 700 → DM 490.00 in either
/// regime (minimum 20.00 or 0.5 % of 1000 = 5.00); electricity contract as given.
private func de(_ date: String, persons: Int = 1, contract: Bool = true, legalTitle: Bool = true) -> Family {
  let area = ["35", "40", "45", "55", "65"][min(persons, 5) - 1]
  return dm(
    date, persons: persons, income3: "0", area: area, expenses: "700", basis: "1000", benefit: .energyAllowance
  ) {
    $0.electricityContract = contract
    $0.legalTitle = legalTitle
  }
}

@Suite("Dodatek energetyczny")
struct EnergyAllowanceTests {
  private func amount(_ date: String, persons: Int = 1) throws -> Money? {
    try decided(de(date, persons: persons), .energyAllowance).amount
  }

  @Test("not in force before 2014-01-01; not encoded 2014-01-01 – 2015-04-30")
  func firstDays() throws {
    let before = try decided(de("2013-12-31"), .energyAllowance)
    // The period is DM's, from the application day alone (contract: period "as DM").
    #expect(!before.entitled && before.reason == .notInForce && before.periodFrom == d("2014-01-01"))
    #expect(before.periodTo == d("2014-06-30"))
    #expect(try errorCode(de("2014-01-01"), .energyAllowance) == "parameter_not_encoded")
    #expect(try errorCode(de("2015-04-30"), .energyAllowance) == "parameter_not_encoded")
    // Step 1 comes before the missing housing.
    #expect(try decided(family("2013-06-01", [], benefit: .energyAllowance), .energyAllowance).reason == .notInForce)
    #expect(
      try errorCode(family("2014-06-01", [], benefit: .energyAllowance), .energyAllowance) == "parameter_not_encoded")
  }

  @Test("the amounts by 1 May of each year, by household size")
  func amounts() throws {
    // M.P. 2015 poz. 377: 11.09 / 15.40 / 18.48; period as DM's.
    let first = try decided(de("2015-05-01"), .energyAllowance)
    #expect(first.entitled && first.amount == m("11.09"))
    #expect(first.periodFrom == d("2015-06-01") && first.periodTo == d("2015-11-30"))
    #expect(try amount("2015-05-01", persons: 3) == m("15.40"))
    #expect(try amount("2015-05-01", persons: 5) == m("18.48"))
    #expect(try amount("2016-04-30") == m("11.09"))
    #expect(try amount("2016-05-01") == m("11.29"))
    #expect(try amount("2017-04-30") == m("11.29"))
    #expect(try amount("2017-05-01") == m("11.22"))
    #expect(try amount("2018-04-30") == m("11.22"))
    #expect(try amount("2018-05-01") == m("11.35"))
    #expect(try amount("2019-04-30") == m("11.35"))
    #expect(try amount("2019-05-01") == m("11.37"))
    #expect(try amount("2020-04-30") == m("11.37"))
    #expect(try amount("2020-05-01") == m("10.94"))
    #expect(try amount("2021-04-30") == m("10.94"))
    #expect(try amount("2021-05-01") == m("12.09"))
    // 2022-01-03: the last day an application is examined.
    #expect(try amount("2022-01-03") == m("12.09"))
    #expect(try amount("2022-01-03", persons: 4) == m("16.79"))
    #expect(try amount("2022-01-03", persons: 6) == m("20.15"))
    // The 2022/23 notice is kept for pending cases only.
    #expect(EnergyAllowance.amounts[d("2022-05-01")]?.amount(persons: 1) == m("13.38"))
  }

  @Test("from 2022-01-04 applications are not examined, whatever the amounts")
  func notExamined() throws {
    // The period is DM's, from the application day alone (contract: period "as DM"): the 6 months
    // from the first day of the next month.
    let cases = [
      ("2022-01-04", "2022-02-01", "2022-07-31"), ("2022-04-30", "2022-05-01", "2022-10-31"),
      ("2022-05-01", "2022-06-01", "2022-11-30"), ("2023-05-01", "2023-06-01", "2023-11-30"),
      ("2026-12-31", "2027-01-01", "2027-06-30"),
    ]
    for (date, from, to) in cases {
      let result = try decided(de(date), .energyAllowance)
      #expect(!result.entitled && result.reason == .notExamined)
      #expect(result.periodFrom == d(from) && result.periodTo == d(to))
    }
    // Even without housing.
    #expect(try decided(family("2022-01-04", [], benefit: .energyAllowance), .energyAllowance).reason == .notExamined)
  }

  @Test("needs dodatek mieszkaniowy and an electricity contract; DM's error is its error")
  func conditions() throws {
    let noDM = try decided(de("2020-06-01", legalTitle: false), .energyAllowance)
    #expect(!noDM.entitled && noDM.reason == .noHousingAllowance)
    #expect(noDM.periodFrom == d("2020-07-01") && noDM.periodTo == d("2020-12-31"))
    #expect(try decided(de("2020-06-01", contract: false), .energyAllowance).reason == .noElectricityContract)
    #expect(
      try errorCode(family("2020-06-01", [], benefit: .energyAllowance), .energyAllowance) == "missing_field:housing")
    var partial = de("2020-06-01")
    partial.housing?.basisAmount = nil
    #expect(try errorCode(partial, .energyAllowance) == "missing_field:housing.basis_amount")
  }
}

// MARK: - Energy-crisis allowances

/// A household of `persons` (the applicant and others) with `energy`; `yearly`: income year →
/// yearly amount.
private func crisis(
  _ date: String, _ benefit: FamilyBenefit, persons: Int = 1, heat: EnergySituation.HeatSource? = .other,
  ceeb: Bool? = true, yearly: [Int: String] = [:], _ edit: (inout EnergySituation) -> Void = { _ in }
) -> Family {
  let others = (1..<max(persons, 1)).map { person("o\($0)", .other, "1990-01-01") }
  var family = family(date, others, yearly: yearly, benefit: benefit)
  var energy = EnergySituation()
  energy.heatSource = heat
  energy.heatSourceInCEEB = ceeb
  edit(&energy)
  family.energy = energy
  return family
}

@Suite("Energy-crisis allowances")
struct EnergyCrisisTests {
  /// Dodatek osłonowy 2022 with income year 2020.
  private func oslonowy(
    _ date: String = "2022-03-01", persons: Int = 1, heat: EnergySituation.HeatSource = .other, ceeb: Bool = true,
    yearly: String = "0", incomeYear: Int = 2020
  ) -> Family {
    crisis(date, .protectiveAllowance, persons: persons, heat: heat, ceeb: ceeb, yearly: [incomeYear: yearly]) {
      $0.incomeYear = incomeYear
    }
  }

  @Test("osłonowy: windows 2022-01-04 – 2022-10-31 and 2024-01-01 – 2024-04-30; absent outside")
  func protectiveWindows() throws {
    #expect(try outcome(oslonowy("2022-01-03"), .protectiveAllowance) == nil)
    #expect(try decided(oslonowy("2022-01-04"), .protectiveAllowance).amount == m("400"))
    #expect(try decided(oslonowy("2022-10-31"), .protectiveAllowance).amount == m("400"))
    #expect(try outcome(oslonowy("2022-11-01"), .protectiveAllowance) == nil)
    #expect(try outcome(oslonowy("2023-12-31", incomeYear: 2022), .protectiveAllowance) == nil)
    #expect(try decided(oslonowy("2024-01-01", incomeYear: 2022), .protectiveAllowance).amount == m("228.80"))
    #expect(try decided(oslonowy("2024-04-30", incomeYear: 2022), .protectiveAllowance).amount == m("228.80"))
    #expect(try outcome(oslonowy("2024-05-01", incomeYear: 2022), .protectiveAllowance) == nil)
    // No period for the one-off allowances.
    #expect(try decided(oslonowy(), .protectiveAllowance).periodFrom == nil)
  }

  @Test("osłonowy amounts: 1 / 2–3 / 4–5 / ≥ 6 persons, coal in CEEB, both editions")
  func protectiveAmounts() throws {
    func amount(
      _ persons: Int, _ heat: EnergySituation.HeatSource = .other, ceeb: Bool = true, date: String = "2022-03-01"
    ) throws -> Money? {
      let year = date.hasPrefix("2024") ? 2022 : 2020
      return try decided(
        oslonowy(date, persons: persons, heat: heat, ceeb: ceeb, incomeYear: year), .protectiveAllowance
      ).amount
    }
    #expect(try amount(1) == m("400"))
    #expect(try amount(2) == m("600"))
    #expect(try amount(3) == m("600"))
    #expect(try amount(4) == m("850"))
    #expect(try amount(5) == m("850"))
    #expect(try amount(6) == m("1150"))
    #expect(try amount(7) == m("1150"))
    #expect(try amount(1, .coal) == m("500"))
    #expect(try amount(2, .coal) == m("750"))
    #expect(try amount(4, .coalDerived) == m("1062.50"))
    #expect(try amount(6, .coal) == m("1437.50"))
    // Coal not in CEEB: the base amount (the heat source only selects the amount).
    #expect(try amount(1, .coal, ceeb: false) == m("400"))
    #expect(try amount(1, .firewood) == m("400"))
    // 2024: 228.80 / 343.20 / 486.20 / 657.80; coal 286.00 / 429.00 / 607.75 / 822.25.
    #expect(try amount(1, date: "2024-02-01") == m("228.80"))
    #expect(try amount(3, date: "2024-02-01") == m("343.20"))
    #expect(try amount(5, date: "2024-02-01") == m("486.20"))
    #expect(try amount(6, date: "2024-02-01") == m("657.80"))
    #expect(try amount(1, .coal, date: "2024-02-01") == m("286"))
    #expect(try amount(2, .coalDerived, date: "2024-02-01") == m("429"))
    #expect(try amount(4, .coal, date: "2024-02-01") == m("607.75"))
    #expect(try amount(6, .coal, date: "2024-02-01") == m("822.25"))
  }

  @Test("osłonowy thresholds: Y ≤ 2100 (one person), y ≤ 1500; złotówka za złotówkę, minimum 20")
  func protectiveThresholds() throws {
    func result(persons: Int = 1, _ yearly: String, date: String = "2022-03-01", year: Int = 2020) throws
      -> BenefitDecision
    {
      try decided(oslonowy(date, persons: persons, yearly: yearly, incomeYear: year), .protectiveAllowance)
    }
    // n = 1: 25199.88 / 12 = 2099.99 → 400; 25200 / 12 = 2100.00 → 400; 25200.12 → 2100.01 → 399.99.
    #expect(try result("25199.88").amount == m("400"))
    #expect(try result("25200").amount == m("400"))
    #expect(try result("25200.12").amount == m("399.99"))
    // n = 3: 54000 / 12 = 4500, y = 1500.00 → 600; 54000.36 → 4500.03, y = 1500.01 → 599.99.
    #expect(try result(persons: 3, "54000").amount == m("600"))
    #expect(try result(persons: 3, "54000.36").amount == m("599.99"))
    // Per-person excess: n = 2, 40800 / 12 = 3400, y = 1700 → 600 − 200 = 400.00 (not 600 − 400).
    #expect(try result(persons: 2, "40800").amount == m("400"))
    // Minimum: n = 1, 29760 / 12 = 2480 → 400 − 380 = 20.00 paid; 29760.12 → 2480.01 → 19.99 no.
    #expect(try result("29760").amount == m("20"))
    let below = try result("29760.12")
    #expect(!below.entitled && below.reason == .belowMinimum && below.amount == .zero)
    // 2024 edition: 26400 / 12 = 2200 → 228.80 − 100 = 128.80.
    #expect(try result("26400", date: "2024-03-01", year: 2022).amount == m("128.80"))
  }

  @Test("osłonowy missing fields: energy, its keys, then incomes of energy.income_year")
  func protectiveMissing() throws {
    var noEnergy = family("2022-03-01", [], yearly: [2020: "0"], benefit: .protectiveAllowance)
    #expect(try errorCode(noEnergy, .protectiveAllowance) == "missing_field:energy")
    noEnergy.energy = EnergySituation()
    #expect(try errorCode(noEnergy, .protectiveAllowance) == "missing_field:energy.heat_source")
    let noCEEB = crisis("2022-03-01", .protectiveAllowance, ceeb: nil, yearly: [2020: "0"]) { $0.incomeYear = 2020 }
    #expect(try errorCode(noCEEB, .protectiveAllowance) == "missing_field:energy.heat_source_in_ceeb")
    let noYear = crisis("2022-03-01", .protectiveAllowance, yearly: [2020: "0"])
    #expect(try errorCode(noYear, .protectiveAllowance) == "missing_field:energy.income_year")
    // With the income year known, its incomes come first (incomes precede energy in the contract).
    let noIncome = crisis("2022-03-01", .protectiveAllowance, heat: nil) { $0.incomeYear = 2020 }
    #expect(try errorCode(noIncome, .protectiveAllowance) == "missing_field:incomes.2020")
  }

  @Test("węglowy: 2022-08-17 – 2022-11-30, hard coal in CEEB → 3000.00")
  func coal() throws {
    #expect(try outcome(crisis("2022-08-16", .coalAllowance, heat: .coal), .coalAllowance) == nil)
    #expect(try decided(crisis("2022-08-17", .coalAllowance, heat: .coal), .coalAllowance).amount == m("3000"))
    #expect(try decided(crisis("2022-11-30", .coalAllowance, heat: .coal), .coalAllowance).amount == m("3000"))
    #expect(try outcome(crisis("2022-12-01", .coalAllowance, heat: .coal), .coalAllowance) == nil)
    let notInCEEB = try decided(crisis("2022-09-01", .coalAllowance, heat: .coal, ceeb: false), .coalAllowance)
    #expect(!notInCEEB.entitled && notInCEEB.reason == .heatSource && notInCEEB.amount == .zero)
    #expect(try decided(crisis("2022-09-01", .coalAllowance, heat: .coalDerived), .coalAllowance).reason == .heatSource)
    #expect(try decided(crisis("2022-09-01", .coalAllowance, heat: .firewood), .coalAllowance).reason == .heatSource)
    // No income test: no incomes needed. Missing energy.
    #expect(
      try errorCode(family("2022-09-01", [], benefit: .coalAllowance), .coalAllowance) == "missing_field:energy")
    #expect(
      try errorCode(crisis("2022-09-01", .coalAllowance, ceeb: nil), .coalAllowance)
        == "missing_field:energy.heat_source_in_ceeb")
  }

  @Test("źródła ciepła: 2022-09-20 – 2022-11-30, by source in CEEB")
  func heatSources() throws {
    func result(_ heat: EnergySituation.HeatSource, ceeb: Bool = true, date: String = "2022-10-01") throws
      -> BenefitOutcome?
    {
      try outcome(crisis(date, .heatSourceAllowance, heat: heat, ceeb: ceeb), .heatSourceAllowance)
    }
    #expect(try result(.oil, date: "2022-09-19") == nil)
    #expect(try result(.woodPelletBiomass, date: "2022-09-20")?.decision?.amount == m("3000"))
    #expect(try result(.firewood, date: "2022-11-30")?.decision?.amount == m("1000"))
    #expect(try result(.oil, date: "2022-12-01") == nil)
    #expect(try result(.oil)?.decision?.amount == m("2000"))
    #expect(try result(.lpg)?.decision?.amount == m("500"))
    #expect(try result(.coal)?.decision?.reason == .heatSource)
    #expect(try result(.networkGas)?.decision?.reason == .heatSource)
    #expect(try result(.woodPelletBiomass, ceeb: false)?.decision?.reason == .heatSource)
    #expect(try result(.lpg, ceeb: false)?.decision?.amount == .zero)
  }

  @Test("elektryczny: 2022-12-01 – 2023-02-01; 1500.00 above 5 MWh, 1000.00 at 5.000")
  func electricity() throws {
    func family(_ date: String = "2023-01-10", heat: EnergySituation.HeatSource = .electric, kWh: Int64? = 4000)
      -> Family
    {
      crisis(date, .electricityAllowance, heat: heat) { energy in
        energy.electricity2021 = kWh.map { MegawattHours(kilowattHours: $0) }
      }
    }
    #expect(try outcome(family("2022-11-30"), .electricityAllowance) == nil)
    #expect(try decided(family("2022-12-01"), .electricityAllowance).amount == m("1000"))
    #expect(try decided(family("2023-02-01"), .electricityAllowance).amount == m("1000"))
    #expect(try outcome(family("2023-02-02"), .electricityAllowance) == nil)
    #expect(try decided(family(kWh: 5000), .electricityAllowance).amount == m("1000"))
    #expect(try decided(family(kWh: 5001), .electricityAllowance).amount == m("1500"))
    #expect(try decided(family(heat: .networkGas), .electricityAllowance).reason == .heatSource)
    #expect(try errorCode(family(kWh: nil), .electricityAllowance) == "missing_field:energy.electricity_2021_mwh")
  }

  @Test("VAT refund: 2023-01-01 – 2024-02-29; b = 2021 to 2023-07-31, 2022 after; above → not encoded")
  func gasRefund() throws {
    func family(
      _ date: String = "2023-03-01", persons: Int = 1, heat: EnergySituation.HeatSource = .networkGas,
      ceeb: Bool = true, yearly: [Int: String] = [2021: "0", 2022: "0"], paid: String? = "345.67"
    ) -> Family {
      crisis(date, .gasVATRefund, persons: persons, heat: heat, ceeb: ceeb, yearly: yearly) {
        $0.gasVATPaid = paid.map(m)
      }
    }
    // (An income year must precede the year of the date: only 2021 on 2022-12-31.)
    #expect(try outcome(family("2022-12-31", yearly: [2021: "0"]), .gasVATRefund) == nil)
    #expect(try decided(family("2023-01-01"), .gasVATRefund).amount == m("345.67"))
    #expect(try decided(family("2024-02-29"), .gasVATRefund).amount == m("345.67"))
    #expect(try outcome(family("2024-03-01"), .gasVATRefund) == nil)
    // The income year: 2021 on 2023-07-31, 2022 on 2023-08-01.
    #expect(try errorCode(family("2023-07-31", yearly: [2022: "0"]), .gasVATRefund) == "missing_field:incomes.2021")
    #expect(try errorCode(family("2023-08-01", yearly: [2021: "0"]), .gasVATRefund) == "missing_field:incomes.2022")
    // n = 1: 25200 / 12 = 2100 → refunded; 25200.12 → 2100.01 → parameter_not_encoded.
    #expect(try decided(family(yearly: [2021: "25200"]), .gasVATRefund).amount == m("345.67"))
    #expect(try errorCode(family(yearly: [2021: "25200.12"]), .gasVATRefund) == "parameter_not_encoded")
    // n = 2: 36000 / 12 = 3000, y = 1500 → refunded; 36000.24 → y = 1500.01 → not encoded.
    #expect(try decided(family(persons: 2, yearly: [2021: "36000"]), .gasVATRefund).entitled)
    #expect(try errorCode(family(persons: 2, yearly: [2021: "36000.24"]), .gasVATRefund) == "parameter_not_encoded")
    // Heat source.
    #expect(try decided(family(heat: .districtHeating), .gasVATRefund).reason == .heatSource)
    #expect(try decided(family(ceeb: false), .gasVATRefund).reason == .heatSource)
    // Missing: incomes first, then energy, then its keys.
    #expect(try errorCode(family(paid: nil), .gasVATRefund) == "missing_field:energy.gas_vat_paid")
    var bare = bareFamily("2023-03-01", .gasVATRefund)
    #expect(try errorCode(bare, .gasVATRefund) == "missing_field:incomes.2021")
    bare.incomes[2021] = []
    #expect(try errorCode(bare, .gasVATRefund) == "missing_field:energy")
  }

  @Test("bon energetyczny: 2024-08-01 – 2024-09-30; income 2023; 300 / 400 / 500 / 600, doubled electric")
  func voucher() throws {
    func result(
      _ date: String = "2024-08-15", persons: Int = 1, heat: EnergySituation.HeatSource = .other,
      ceeb: Bool = true, yearly: String = "0"
    ) throws -> BenefitOutcome? {
      try outcome(
        crisis(date, .energyVoucher, persons: persons, heat: heat, ceeb: ceeb, yearly: [2023: yearly]), .energyVoucher)
    }
    #expect(try result("2024-07-31") == nil)
    #expect(try result("2024-08-01")?.decision?.amount == m("300"))
    #expect(try result("2024-09-30")?.decision?.amount == m("300"))
    #expect(try result("2024-10-01") == nil)
    #expect(try result(persons: 2)?.decision?.amount == m("400"))
    #expect(try result(persons: 3)?.decision?.amount == m("400"))
    #expect(try result(persons: 4)?.decision?.amount == m("500"))
    #expect(try result(persons: 5)?.decision?.amount == m("500"))
    #expect(try result(persons: 6)?.decision?.amount == m("600"))
    #expect(try result(heat: .electric)?.decision?.amount == m("600"))
    #expect(try result(persons: 6, heat: .electric)?.decision?.amount == m("1200"))
    #expect(try result(heat: .electric, ceeb: false)?.decision?.amount == m("300"))
    // n = 1: 29999.88 / 12 = 2499.99 → 300; 30000 / 12 = 2500 → 300; 30000.12 → 2500.01 → 299.99.
    #expect(try result(yearly: "29999.88")?.decision?.amount == m("300"))
    #expect(try result(yearly: "30000")?.decision?.amount == m("300"))
    #expect(try result(yearly: "30000.12")?.decision?.amount == m("299.99"))
    // Minimum: 33360 / 12 = 2780 → 300 − 280 = 20.00; 33360.12 → 2780.01 → 19.99 → below_minimum.
    #expect(try result(yearly: "33360")?.decision?.amount == m("20"))
    #expect(try result(yearly: "33360.12")?.decision?.reason == .belowMinimum)
    // n = 2: 40800 / 12 = 3400, y = 1700 → 400; 42000 / 12 = 3500, y = 1750 → 400 − 50 = 350.00.
    #expect(try result(persons: 2, yearly: "40800")?.decision?.amount == m("400"))
    #expect(try result(persons: 2, yearly: "42000")?.decision?.amount == m("350"))
    // Electric, n = 1: 31200 / 12 = 2600 → 600 − 100 = 500.00.
    #expect(try result(heat: .electric, yearly: "31200")?.decision?.amount == m("500"))
    // Missing incomes.2023.
    let noIncome = crisis("2024-08-15", .energyVoucher)
    #expect(try errorCode(noIncome, .energyVoucher) == "missing_field:incomes.2023")
  }

  @Test("the keys are absent outside their windows even when named, and when all are asked")
  func absentKeys() throws {
    var family = crisis("2023-06-01", .coalAllowance, heat: .coal)
    family.benefits = FamilyBenefit.energyCrisisAllowances
    let decision = try FamilyEvaluator.decide(family)
    // 2023-06-01 is only in the VAT refund's window.
    #expect(decision[.coalAllowance] == nil)
    #expect(decision[.protectiveAllowance] == nil)
    #expect(decision[.heatSourceAllowance] == nil)
    #expect(decision[.electricityAllowance] == nil)
    #expect(decision[.energyVoucher] == nil)
    #expect(decision[.gasVATRefund] != nil)
    family.benefits = nil
    family.date = d("2020-06-01")
    let all = try FamilyEvaluator.decide(family)
    #expect(FamilyBenefit.energyCrisisAllowances.allSatisfy { all[$0] == nil })
  }
}

/// A family of the applicant alone, without energy or incomes.
private func bareFamily(_ date: String, _ benefit: FamilyBenefit) -> Family {
  family(date, [], benefit: benefit)
}

@Suite("Alimony, housing and energy explanations")
struct AlimonyHousingEnergyExplanationTests {
  private func steps(_ family: Family, _ benefit: FamilyBenefit) throws -> [TraceStep] {
    try FamilyEvaluator.explain(family)[benefit]?.decision?.explanation ?? []
  }

  @Test("each decision cites its act and article")
  func citations() throws {
    // FA reduced: cites art. 9 ust. 2a u.p.o.u.a.
    var fa = family("2024-11-01", [child("c", alimony: "500")], yearly: [2023: "29016.24"], benefit: .alimonyFund)
    let faSteps = try steps(fa, .alimonyFund)
    #expect(
      faSteps.contains { $0.basis.contains { $0.act == "u.p.o.u.a." && $0.article == "9" && $0.paragraph == "2a" } })
    fa.members[1].alimony = nil
    #expect(try steps(fa, .alimonyFund).contains { $0.basis.contains { $0.article == "2" && $0.point == "11" } })
    // DM above the threshold: art. 6 ust. 8 u.d.m. (t.j. Dz.U. 2023 poz. 1335).
    let dmSteps = try steps(
      dm("2024-03-15", persons: 1, income3: "8700", area: "30", expenses: "900", basis: "7155.48"), .housingAllowance)
    #expect(
      dmSteps.contains {
        $0.basis.contains { $0.description == "art. 6 ust. 8 u.d.m. (t.j. Dz.U. 2023 poz. 1335)" }
      })
    // DE: its own step and DM's steps.
    let deSteps = try steps(de("2020-06-01"), .energyAllowance)
    #expect(deSteps.contains { $0.rule == EnergyAllowance.rule && $0.basis.contains { $0.article == "5c" } })
    #expect(deSteps.contains { $0.rule == HousingAllowance.rule })
    // Osłonowy with the reduction: art. 2 ust. 7 u.d.o.
    let oslonowy = crisis("2022-03-01", .protectiveAllowance, yearly: [2020: "29760"]) { $0.incomeYear = 2020 }
    #expect(
      try steps(oslonowy, .protectiveAllowance).contains {
        $0.basis.contains { $0.act == "u.d.o." && $0.paragraph == "7" }
      })
    // The one-off allowances cite their acts.
    let coal = try steps(crisis("2022-09-01", .coalAllowance, heat: .coal), .coalAllowance)
    #expect(coal.contains { $0.basis.contains { $0.publication == "Dz.U. 2022 poz. 1692" && $0.article == "2" } })
    let voucher = try steps(crisis("2024-08-15", .energyVoucher, yearly: [2023: "0"]), .energyVoucher)
    #expect(voucher.contains { $0.basis.contains { $0.publication == "t.j. Dz.U. 2026 poz. 21" } })
  }
}
