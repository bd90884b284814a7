import Testing

@testable import Pomoc

// Jednorazowa zapomoga (art. 15b u.ś.r.), świadczenie rodzicielskie (art. 17c u.ś.r.),
// świadczenie wychowawcze (u.p.p.w.d.) and the Karta Dużej Rodziny. Every expected value below is
// worked out by hand from the act and the contract.

private func person(
  _ id: String, _ role: FamilyMember.Role, _ birth: String, _ disability: FamilyMember.Disability = .none,
  education: FamilyMember.Education = .none, prenatal: Bool? = nil
) -> FamilyMember {
  var member = FamilyMember(id: id, role: role, birthDate: d(birth))
  member.disability = disability
  member.education = education
  member.prenatalCare = prenatal
  return member
}

/// The applicant and spouse (born 1990) with `others`; `yearly`: the base-year income of `year`.
private func family(
  _ date: String, _ others: [FamilyMember], benefit: FamilyBenefit, yearly: String? = nil, year: Int = 0
) -> Family {
  var family = Family(
    id: "f", date: d(date),
    members: [person("a", .applicant, "1990-01-01"), person("s", .spouse, "1990-01-01")] + others)
  if let yearly { family.incomes[year] = [IncomeSource(kind: .baseYear, amount: m(yearly))] }
  family.benefits = [benefit]
  return family
}

private func outcome(_ family: Family, _ benefit: FamilyBenefit) throws -> BenefitOutcome {
  guard let outcome = try FamilyEvaluator.decide(family)[benefit] else {
    Issue.record("no outcome for \(benefit)")
    return .parameterNotEncoded("absent")
  }
  return outcome
}

private func decided(_ family: Family, _ benefit: FamilyBenefit) throws -> BenefitDecision {
  let result = try outcome(family, benefit)
  guard case .decided(let decision) = result else {
    Issue.record("expected a decision, got \(result)")
    return .notEntitled(.conditionNotMet)
  }
  return decision
}

private func entries(_ decision: BenefitDecision, perMember: Bool = false) -> [String] {
  ((perMember ? decision.perMember : decision.perChild) ?? []).map {
    "\($0.id):\($0.entitled):\($0.amount?.description ?? "nil")"
  }
}

// MARK: - Jednorazowa zapomoga

@Suite("Jednorazowa zapomoga z tytułu urodzenia się dziecka")
struct BirthGrantTests {
  /// Parents and a baby: n = 3.
  private func grant(_ date: String, birth: String, prenatal: Bool? = true, yearly: String? = "0", year: Int)
    -> Family
  {
    family(date, [person("b", .child, birth, prenatal: prenatal)], benefit: .birthGrant, yearly: yearly, year: year)
  }

  @Test("parameter_not_encoded to 2021-10-31, decided from 2021-11-01 (b = 2020)")
  func firstDay() throws {
    #expect(
      try outcome(grant("2021-10-31", birth: "2021-10-01", year: 2020), .birthGrant).errorCode
        == "parameter_not_encoded")
    #expect(
      try outcome(grant("2012-11-01", birth: "2012-10-01", year: 2011), .birthGrant).errorCode
        == "parameter_not_encoded")
    let decision = try decided(grant("2021-11-01", birth: "2021-10-01", year: 2020), .birthGrant)
    #expect(decision.entitled)
    #expect(decision.amount == m("1000.00"))
    #expect(decision.reason == nil)
    #expect(entries(decision) == ["b:true:1000.00"])
    #expect(decision.criterion == m("1922.00"))
    #expect(decision.incomePerPerson == m("0.00"))
    #expect(decision.periodFrom == nil && decision.periodTo == nil)
  }

  @Test("criterion 1922.00 per person: one grosz below, at, above (n = 3, 2022-06-01: b = 2020)")
  func criterion() throws {
    // At: y = 1922.00 → Y = 5766.00 → yearly 69192.00.
    let at = try decided(grant("2022-06-01", birth: "2022-05-01", yearly: "69192.00", year: 2020), .birthGrant)
    #expect(at.entitled)
    #expect(at.incomePerPerson == m("1922.00"))
    // Below: yearly 69191.64 → Y = 5765.97 → y = 1921.99.
    let below = try decided(grant("2022-06-01", birth: "2022-05-01", yearly: "69191.64", year: 2020), .birthGrant)
    #expect(below.entitled)
    #expect(below.incomePerPerson == m("1921.99"))
    // Above: yearly 69192.36 → Y = 5766.03 → y = 1922.01.
    let above = try decided(grant("2022-06-01", birth: "2022-05-01", yearly: "69192.36", year: 2020), .birthGrant)
    #expect(!above.entitled)
    #expect(above.reason == .incomeAboveCriterion)
    #expect(above.amount == .zero)
    #expect(entries(above) == ["b:false:0.00"])
    #expect(above.incomePerPerson == m("1922.01"))
    #expect(above.criterion == m("1922.00"))
  }

  @Test("the 12-month term: the same day number, or the month's last day")
  func twelveMonths() throws {
    // Born 2022-03-15: the last day is 2023-03-15 (period 2022-11-01 – 2023-10-31, b = 2021).
    #expect(try decided(grant("2023-03-15", birth: "2022-03-15", year: 2021), .birthGrant).entitled)
    let late = try decided(grant("2023-03-16", birth: "2022-03-15", year: 2021), .birthGrant)
    #expect(late.reason == .noEligibleChild)
    #expect(entries(late) == ["b:false:0.00"])
    // No candidate: the income is neither needed nor shown.
    #expect(late.criterion == nil && late.incomePerPerson == nil)
    // Born 2024-02-29: 2025 has no 29 February → the last day is 2025-02-28 (b = 2023).
    #expect(try decided(grant("2025-02-28", birth: "2024-02-29", year: 2023), .birthGrant).entitled)
    #expect(try decided(grant("2025-03-01", birth: "2024-02-29", year: 2023), .birthGrant).reason == .noEligibleChild)
    // Born 2023-01-31: the last day is 2024-01-31 (b = 2022).
    #expect(try decided(grant("2024-01-31", birth: "2023-01-31", year: 2022), .birthGrant).entitled)
    #expect(try decided(grant("2024-02-01", birth: "2023-01-31", year: 2022), .birthGrant).reason == .noEligibleChild)
    #expect(BirthGrant.lastApplicationDay(birth: d("2024-02-29")) == d("2025-02-28"))
    #expect(BirthGrant.lastApplicationDay(birth: d("2023-12-31")) == d("2024-12-31"))
    #expect(BirthGrant.lastApplicationDay(birth: d("2023-03-31")) == d("2024-03-31"))
  }

  @Test("per child: twins 2 × 1000.00; an older sibling is not a candidate")
  func twins() throws {
    // Born 2023-05-05; date 2023-06-01 (b = 2021); n = 5, no income.
    let twins = family(
      "2023-06-01",
      [
        person("old", .child, "2018-01-01"), person("t1", .child, "2023-05-05", prenatal: true),
        person("t2", .child, "2023-05-05", prenatal: true),
      ], benefit: .birthGrant, yearly: "0", year: 2021)
    let decision = try decided(twins, .birthGrant)
    #expect(decision.amount == m("2000.00"))
    #expect(entries(decision) == ["old:false:0.00", "t1:true:1000.00", "t2:true:1000.00"])
  }

  @Test("no_prenatal_care is checked before the income; the benefit's reason is the first candidate's")
  func prenatalCare() throws {
    // One baby without prenatal care and income above the criterion → no_prenatal_care.
    let single = try decided(
      grant("2022-06-01", birth: "2022-05-01", prenatal: false, yearly: "99999", year: 2020), .birthGrant)
    #expect(single.reason == .noPrenatalCare)
    #expect(single.amount == .zero)
    func twins(_ first: Bool, _ second: Bool, yearly: String) -> Family {
      family(
        "2023-06-01",
        [person("t1", .child, "2023-05-05", prenatal: first), person("t2", .child, "2023-05-05", prenatal: second)],
        benefit: .birthGrant, yearly: yearly, year: 2021)
    }
    // Within the criterion: only t2 is paid, 1000.00.
    let one = try decided(twins(false, true, yearly: "0"), .birthGrant)
    #expect(one.entitled)
    #expect(one.amount == m("1000.00"))
    #expect(entries(one) == ["t1:false:0.00", "t2:true:1000.00"])
    // Above the criterion (99999 / 12 / 4 = 2083.31 > 1922): the first candidate's reason.
    #expect(try decided(twins(false, true, yearly: "99999"), .birthGrant).reason == .noPrenatalCare)
    #expect(try decided(twins(true, false, yearly: "99999"), .birthGrant).reason == .incomeAboveCriterion)
  }

  @Test("missing fields: incomes.<b> when there is a candidate, then each candidate's prenatal_care")
  func missingFields() throws {
    #expect(
      try outcome(grant("2022-06-01", birth: "2022-05-01", yearly: nil, year: 2020), .birthGrant).errorCode
        == "missing_field:incomes.2020")
    // members[2]: after the applicant and the spouse.
    #expect(
      try outcome(grant("2022-06-01", birth: "2022-05-01", prenatal: nil, year: 2020), .birthGrant).errorCode
        == "missing_field:members[2].prenatal_care")
    #expect(
      try outcome(grant("2022-06-01", birth: "2022-05-01", prenatal: nil, yearly: nil, year: 2020), .birthGrant)
        .errorCode == "missing_field:incomes.2020")
    // No candidate: neither is needed.
    #expect(
      try decided(grant("2023-06-01", birth: "2022-05-01", prenatal: nil, yearly: nil, year: 2021), .birthGrant)
        .reason == .noEligibleChild)
    // No child at all.
    #expect(try decided(family("2023-06-01", [], benefit: .birthGrant), .birthGrant).reason == .noEligibleChild)
  }
}

// MARK: - Świadczenie rodzicielskie

@Suite("Świadczenie rodzicielskie")
struct ParentalBenefitTests {
  private func parental(_ date: String, births: [String], maternity: Bool = false, extraWeeks: Int = 0) -> Family {
    var result = family(
      date, births.enumerated().map { person("c\($0.offset)", .child, $0.element) }, benefit: .parentalBenefit)
    result.maternityAllowance = maternity
    result.parentalBenefitExtraWeeks = extraWeeks
    return result
  }

  @Test("not in force before 2016-01-01; a child born before that day is not encoded")
  func firstDay() throws {
    let before = try decided(parental("2015-12-31", births: ["2015-12-01"]), .parentalBenefit)
    #expect(before.reason == .notInForce)
    #expect(before.amount == .zero)
    #expect(before.monthAmount == .zero)
    // Born 2015-12-01: period to 2015-12-01 + 364 − 1 days = 2016-11-28; 2016-01-01 is in it.
    #expect(
      try outcome(parental("2016-01-01", births: ["2015-12-01"]), .parentalBenefit).errorCode
        == "parameter_not_encoded")
    // ... and after the period it is simply over.
    #expect(try decided(parental("2016-11-29", births: ["2015-12-01"]), .parentalBenefit).reason == .noEligibleChild)
    // Born 2016-01-01: January 2016 in full, 1000 × 31/31 = 1000.00; period to 2016-12-29.
    let first = try decided(parental("2016-01-01", births: ["2016-01-01"]), .parentalBenefit)
    #expect(first.entitled)
    #expect(first.amount == m("1000.00"))
    #expect(first.monthAmount == m("1000.00"))
    #expect(first.periodFrom == d("2016-01-01") && first.periodTo == d("2016-12-29"))
  }

  @Test("the month of birth and the last month: days ÷ days of the month, rounded up to 10 gr")
  func partialMonths() throws {
    // Born 2024-03-10, date 2024-03-20: March has 22 of its 31 days in the period (10 … 31):
    // 1000 × 22 / 31 = 709.677… → up to 709.70.
    let first = try decided(parental("2024-03-20", births: ["2024-03-10"]), .parentalBenefit)
    #expect(first.monthAmount == m("709.70"))
    #expect(first.amount == m("1000.00"))
    // 52 weeks = 364 days: 2024-03-10 + 363 days = 2025-03-08 (2024-03-10 + 365 = 2025-03-10).
    #expect(first.periodFrom == d("2024-03-10") && first.periodTo == d("2025-03-08"))
    // A full month in between: 1000.00.
    #expect(try decided(parental("2024-07-15", births: ["2024-03-10"]), .parentalBenefit).monthAmount == m("1000.00"))
    // March 2025: days 1 … 8 → 1000 × 8 / 31 = 258.064… → 258.10.
    let last = try decided(parental("2025-03-08", births: ["2024-03-10"]), .parentalBenefit)
    #expect(last.entitled)
    #expect(last.monthAmount == m("258.10"))
    // The day after period_to: no_eligible_child, month_amount 0.00.
    let over = try decided(parental("2025-03-09", births: ["2024-03-10"]), .parentalBenefit)
    #expect(!over.entitled)
    #expect(over.reason == .noEligibleChild)
    #expect(over.amount == .zero)
    #expect(over.monthAmount == .zero)
    // February of a leap year: born 2024-02-20, days 20 … 29 = 10 of 29 → 10000 / 29 = 344.827… → 344.90.
    #expect(try decided(parental("2024-02-25", births: ["2024-02-20"]), .parentalBenefit).monthAmount == m("344.90"))
    // A multiple of 10 gr is not raised: born 2023-04-21, April: days 21 … 30 = 10 of 30 →
    // 1000 × 10 / 30 = 333.333… → 333.40; born 2023-06-16: 15 of 30 days → 500.00 exactly.
    #expect(try decided(parental("2023-04-30", births: ["2023-04-21"]), .parentalBenefit).monthAmount == m("333.40"))
    #expect(try decided(parental("2023-06-16", births: ["2023-06-16"]), .parentalBenefit).monthAmount == m("500.00"))
  }

  @Test("weeks by children born the same day: 52, 65, 67, 69, 71")
  func weeks() throws {
    // Twins born 2024-03-10: 65 weeks = 455 days → 2024-03-10 + 454 = 2025-06-07
    // (+365 → 2025-03-10, +21 → 03-31, +30 → 04-30, +31 → 05-31, +7 → 06-07).
    let twins = try decided(parental("2025-06-07", births: ["2024-03-10", "2024-03-10"]), .parentalBenefit)
    #expect(twins.periodTo == d("2025-06-07"))
    // June 2025: days 1 … 7 of 30 → 7000 / 30 = 233.333… → 233.40.
    #expect(twins.monthAmount == m("233.40"))
    #expect(
      try decided(parental("2025-06-08", births: ["2024-03-10", "2024-03-10"]), .parentalBenefit).reason
        == .noEligibleChild)
    // Born 2024-01-01 (2024 is a leap year: +366 → 2025-01-01).
    // 3 children: 67 weeks = 469 days → +468 = 2025-01-01 + 102 = 2025-04-13.
    // 4 children: 69 weeks = 483 days → +482 = 2025-01-01 + 116 = 2025-04-27.
    // 5 children: 71 weeks = 497 days → +496 = 2025-01-01 + 130 = 2025-05-11; 6 children the same.
    for (count, end) in [(3, "2025-04-13"), (4, "2025-04-27"), (5, "2025-05-11"), (6, "2025-05-11")] {
      let births = Array(repeating: "2024-01-01", count: count)
      #expect(try decided(parental("2024-05-01", births: births), .parentalBenefit).periodTo == d(end))
    }
    // Only the youngest and those born the same day count: an older sibling does not make twins.
    let siblings = try decided(parental("2024-05-01", births: ["2020-01-01", "2024-01-01"]), .parentalBenefit)
    // 52 weeks: 2024-01-01 + 363 = 2024-12-29 (leap year).
    #expect(siblings.periodFrom == d("2024-01-01") && siblings.periodTo == d("2024-12-29"))
  }

  @Test("extra weeks (art. 17c ust. 3a–3f) apply only for dates from 2025-03-19")
  func extraWeeks() throws {
    // Born 2025-01-10, 8 extra weeks: 60 weeks = 420 days → +419 = 2026-03-05
    // (+365 → 2026-01-10, +21 → 01-31, +28 → 02-28, +5 → 03-05).
    let after = try decided(parental("2025-03-19", births: ["2025-01-10"], extraWeeks: 8), .parentalBenefit)
    #expect(after.periodTo == d("2026-03-05"))
    // On 2025-03-18 the extension does not exist yet: 52 weeks → +363 = 2026-01-08.
    let before = try decided(parental("2025-03-18", births: ["2025-01-10"], extraWeeks: 8), .parentalBenefit)
    #expect(before.periodTo == d("2026-01-08"))
    // The last month of the extended period: March 2026, days 1 … 5 → 5000 / 31 = 161.290… → 161.30.
    #expect(
      try decided(parental("2026-03-05", births: ["2025-01-10"], extraWeeks: 8), .parentalBenefit).monthAmount
        == m("161.30"))
    #expect(
      try decided(parental("2026-03-06", births: ["2025-01-10"], extraWeeks: 8), .parentalBenefit).reason
        == .noEligibleChild)
  }

  @Test("maternity_allowance and no child")
  func reasons() throws {
    let maternity = try decided(parental("2024-03-20", births: ["2024-03-10"], maternity: true), .parentalBenefit)
    #expect(!maternity.entitled)
    #expect(maternity.reason == .maternityAllowance)
    #expect(maternity.amount == .zero)
    #expect(maternity.monthAmount == .zero)
    let none = try decided(parental("2024-03-20", births: []), .parentalBenefit)
    #expect(none.reason == .noEligibleChild)
    #expect(none.monthAmount == .zero)
    #expect(none.periodFrom == nil && none.periodTo == nil)
  }
}

// MARK: - Świadczenie wychowawcze

@Suite("Świadczenie wychowawcze")
struct ChildRaisingBenefitTests {
  /// Parents with c1 (born 2010-05-01, the first child) and c2 (born 2012-05-01): n = 4.
  private func twoChildren(
    _ date: String, yearly: String? = "0", year: Int = 2014, secondDisability: FamilyMember.Disability = .none
  ) -> Family {
    family(
      date, [person("c1", .child, "2010-05-01"), person("c2", .child, "2012-05-01", secondDisability)],
      benefit: .childRaisingBenefit, yearly: yearly, year: year)
  }

  @Test("not in force before 2016-04-01")
  func firstDay() throws {
    let before = try decided(twoChildren("2016-03-31", yearly: nil), .childRaisingBenefit)
    #expect(before.reason == .notInForce)
    #expect(before.amount == .zero)
    #expect(entries(before) == ["c1:false:0.00", "c2:false:0.00"])
    let first = try decided(twoChildren("2016-04-01"), .childRaisingBenefit)
    #expect(first.amount == m("1000.00"))
    #expect(entries(first) == ["c1:true:500.00", "c2:true:500.00"])
    #expect(first.criterion == m("800.00"))
    #expect(first.incomePerPerson == m("0.00"))
  }

  @Test("the first child's criterion 800.00: one grosz below, at, above (b = 2014, n = 4)")
  func criterion() throws {
    // At: y = 800.00 → Y = 3200.00 → yearly 38400.00.
    #expect(try decided(twoChildren("2016-04-01", yearly: "38400.00"), .childRaisingBenefit).amount == m("1000.00"))
    // Below: yearly 38399.52 → Y = 3199.96 → y = 799.99.
    let below = try decided(twoChildren("2016-04-01", yearly: "38399.52"), .childRaisingBenefit)
    #expect(below.amount == m("1000.00"))
    #expect(below.incomePerPerson == m("799.99"))
    // Above: yearly 38400.48 → y = 800.01: the first (oldest) child is refused, the second paid.
    let above = try decided(twoChildren("2016-04-01", yearly: "38400.48"), .childRaisingBenefit)
    #expect(above.entitled)
    #expect(above.amount == m("500.00"))
    #expect(entries(above) == ["c1:false:0.00", "c2:true:500.00"])
    #expect(above.incomePerPerson == m("800.01"))
    #expect(above.reason == nil)
  }

  @Test("with a disabled child the criterion is 1200.00")
  func disabledChild() throws {
    // c2 with a certificate: y = 1200.00 → yearly 1200 × 4 × 12 = 57600.00.
    let at = try decided(
      twoChildren("2017-06-01", yearly: "57600.00", secondDisability: .certificate), .childRaisingBenefit)
    #expect(at.amount == m("1000.00"))
    #expect(at.criterion == m("1200.00"))
    // 57600.48 → y = 1200.01: first child refused.
    let above = try decided(
      twoChildren("2017-06-01", yearly: "57600.48", secondDisability: .certificate), .childRaisingBenefit)
    #expect(entries(above) == ["c1:false:0.00", "c2:true:500.00"])
  }

  @Test("an only child above the criterion: income_above_criterion")
  func onlyChild() throws {
    // Parents + one child: n = 3; yearly 28800.36 → Y = 2400.03 → y = 800.01.
    let only = family(
      "2018-01-15", [person("c", .child, "2015-01-01")], benefit: .childRaisingBenefit, yearly: "28800.36", year: 2016)
    let decision = try decided(only, .childRaisingBenefit)
    #expect(!decision.entitled)
    #expect(decision.reason == .incomeAboveCriterion)
    #expect(decision.amount == .zero)
    #expect(entries(decision) == ["c:false:0.00"])
    #expect(decision.criterion == m("800.00"))
    #expect(decision.incomePerPerson == m("800.01"))
  }

  @Test("the first child is the oldest under 18, the first in input order on a tie")
  func firstChild() throws {
    // Listed younger first: the older one (born 2008) is the first child. An adult child is not.
    let listed = family(
      "2016-05-01",
      [
        person("adult", .child, "1995-01-01"), person("young", .child, "2012-01-01"),
        person("old", .child, "2008-01-01"),
      ], benefit: .childRaisingBenefit, yearly: "99999", year: 2014)
    #expect(
      entries(try decided(listed, .childRaisingBenefit)) == ["adult:false:0.00", "young:true:500.00", "old:false:0.00"])
    let twins = family(
      "2016-05-01", [person("t1", .child, "2012-01-01"), person("t2", .child, "2012-01-01")],
      benefit: .childRaisingBenefit, yearly: "99999", year: 2014)
    #expect(entries(try decided(twins, .childRaisingBenefit)) == ["t1:false:0.00", "t2:true:500.00"])
  }

  @Test(
    "the income year of the test: 2014, then 2016 from 2017-10-01, 2017 from 2018-10-01",
    arguments: [
      ("2016-04-01", 2014), ("2017-09-30", 2014), ("2017-10-01", 2016), ("2018-09-30", 2016), ("2018-10-01", 2017),
      ("2019-06-30", 2017),
    ])
  func incomeYears(date: String, year: Int) throws {
    #expect(
      try outcome(twoChildren(date, yearly: nil), .childRaisingBenefit).errorCode == "missing_field:incomes.\(year)")
    #expect(ChildRaisingBenefit.incomeYear(on: d(date)) == year)
  }

  @Test("from 2019-07-01 no income test; 500.00 to 2023-12-31, 800.00 from 2024-01-01")
  func noTestAndAmounts() throws {
    let noTest = try decided(twoChildren("2019-07-01", yearly: nil), .childRaisingBenefit)
    #expect(noTest.amount == m("1000.00"))
    #expect(noTest.criterion == nil && noTest.incomePerPerson == nil)
    #expect(try decided(twoChildren("2023-12-31", yearly: nil), .childRaisingBenefit).amount == m("1000.00"))
    let eight = try decided(twoChildren("2024-01-01", yearly: nil), .childRaisingBenefit)
    #expect(eight.amount == m("1600.00"))
    #expect(entries(eight) == ["c1:true:800.00", "c2:true:800.00"])
  }

  @Test("no child under 18: no_eligible_child, no income needed")
  func noChild() throws {
    // Born 1998-04-01: 18 on 2016-04-01.
    let adult = family("2016-04-01", [person("c", .child, "1998-04-01")], benefit: .childRaisingBenefit)
    let decision = try decided(adult, .childRaisingBenefit)
    #expect(decision.reason == .noEligibleChild)
    #expect(entries(decision) == ["c:false:0.00"])
    #expect(decision.criterion == nil)
    // Born 1998-04-02: 17 on 2016-04-01 → a candidate; the income is then needed.
    let minor = family("2016-04-01", [person("c", .child, "1998-04-02")], benefit: .childRaisingBenefit)
    #expect(try outcome(minor, .childRaisingBenefit).errorCode == "missing_field:incomes.2014")
  }
}

// MARK: - Karta Dużej Rodziny

@Suite("Karta Dużej Rodziny")
struct LargeFamilyCardTests {
  /// Parents, a grandmother (other) and `children`.
  private func card(_ date: String, _ children: [FamilyMember], childrenEver: Int? = nil) -> Family {
    var result = family(date, [person("g", .other, "1950-01-01")] + children, benefit: .largeFamilyCard)
    result.childrenEver = childrenEver
    return result
  }

  private let three = [
    person("c1", .child, "2008-01-01"), person("c2", .child, "2010-01-01"), person("c3", .child, "2012-01-01"),
  ]

  @Test("not in force before 2014-05-27; the 2014 programme is not encoded; the act from 2015-01-01")
  func dates() throws {
    let before = try decided(card("2014-05-26", three), .largeFamilyCard)
    #expect(!before.entitled)
    #expect(before.reason == .notInForce)
    #expect(before.amount == nil)
    #expect(
      entries(before, perMember: true) == [
        "a:false:nil", "s:false:nil", "g:false:nil", "c1:false:nil", "c2:false:nil", "c3:false:nil",
      ])
    #expect(try outcome(card("2014-05-27", three), .largeFamilyCard).errorCode == "parameter_not_encoded")
    #expect(try outcome(card("2014-12-31", three), .largeFamilyCard).errorCode == "parameter_not_encoded")
    let decision = try decided(card("2015-01-01", three), .largeFamilyCard)
    #expect(decision.entitled)
    #expect(decision.amount == nil)
    #expect(decision.reason == nil)
    #expect(
      entries(decision, perMember: true) == [
        "a:true:nil", "s:true:nil", "g:false:nil", "c1:true:nil", "c2:true:nil", "c3:true:nil",
      ])
  }

  @Test("qualifying children: under 18, under 25 in education, moderate or severe at any age")
  func qualifyingChildren() throws {
    let two = Array(three.prefix(2))
    // 20 in university (born 1998 on 2018-06-01) qualifies.
    let student = try decided(
      card("2018-06-01", two + [person("u", .child, "1998-01-01", education: .university)]), .largeFamilyCard)
    #expect(student.entitled)
    // Aged 25 in university (born 1993-01-01) does not: age < 25.
    let tooOld = try decided(
      card("2018-06-01", two + [person("u", .child, "1993-01-01", education: .university)]), .largeFamilyCard)
    #expect(!tooOld.entitled)
    #expect(tooOld.reason == .fewerThanThreeChildren)
    // Aged 24 (born 1994-01-01) in school qualifies; not in education it does not.
    #expect(
      try decided(card("2018-06-01", two + [person("u", .child, "1994-01-01", education: .school)]), .largeFamilyCard)
        .entitled)
    #expect(!(try decided(card("2018-06-01", two + [person("u", .child, "1994-01-01")]), .largeFamilyCard).entitled))
    // Aged 40 with a severe or a moderate degree qualifies; a light degree does not.
    #expect(
      try decided(card("2018-06-01", two + [person("u", .child, "1978-01-01", .severe)]), .largeFamilyCard).entitled)
    #expect(
      try decided(card("2018-06-01", two + [person("u", .child, "1978-01-01", .moderate)]), .largeFamilyCard).entitled)
    #expect(
      !(try decided(card("2018-06-01", two + [person("u", .child, "1978-01-01", .light)]), .largeFamilyCard).entitled))
    // Four children, one adult not qualifying: the three qualifying and the parents.
    let four = try decided(card("2018-06-01", three + [person("u", .child, "1990-01-01")]), .largeFamilyCard)
    #expect(
      entries(four, perMember: true) == [
        "a:true:nil", "s:true:nil", "g:false:nil", "c1:true:nil", "c2:true:nil", "c3:true:nil", "u:false:nil",
      ])
  }

  @Test("from 2019-01-01 parents who have or had three children")
  func everHadThree() throws {
    // Two minors and an adult child of 28: only two qualify.
    let family = card("2018-12-31", Array(three.prefix(2)) + [person("u", .child, "1990-06-01")])
    let before = try decided(family, .largeFamilyCard)
    #expect(before.reason == .fewerThanThreeChildren)
    #expect(entries(before, perMember: true).allSatisfy { $0.hasSuffix(":false:nil") })
    var later = family
    later.date = d("2019-01-01")
    // children_ever defaults to the three members with role child: the parents only.
    let after = try decided(later, .largeFamilyCard)
    #expect(after.entitled)
    #expect(
      entries(after, perMember: true) == [
        "a:true:nil", "s:true:nil", "g:false:nil", "c1:false:nil", "c2:false:nil", "u:false:nil",
      ])
    // children_ever 3 with a single child member; 2 is not enough.
    #expect(
      try decided(card("2020-01-01", [person("c", .child, "2010-01-01")], childrenEver: 3), .largeFamilyCard).entitled)
    #expect(
      try decided(card("2020-01-01", [person("c", .child, "2010-01-01")], childrenEver: 2), .largeFamilyCard).reason
        == .fewerThanThreeChildren)
  }

  @Test("a partner is a parent")
  func partner() throws {
    var result = Family(
      id: "p", date: d("2020-01-01"),
      members: [person("a", .applicant, "1990-01-01"), person("p", .partner, "1990-01-01")] + three)
    result.benefits = [.largeFamilyCard]
    #expect(
      entries(try decided(result, .largeFamilyCard), perMember: true) == [
        "a:true:nil", "p:true:nil", "c1:true:nil", "c2:true:nil", "c3:true:nil",
      ])
  }
}

@Suite("Child benefits — explanations")
struct ChildBenefitsExplanationTests {
  @Test("each decision explains itself with the article applied")
  func explanations() throws {
    var all = family(
      "2024-03-20", [person("b", .child, "2024-03-10", prenatal: true)], benefit: .birthGrant, yearly: "0", year: 2022)
    all.benefits = [.birthGrant, .parentalBenefit, .childRaisingBenefit, .largeFamilyCard]
    let decision = try FamilyEvaluator.explain(all)
    for benefit in all.benefits ?? [] {
      #expect(decision[benefit]?.decision?.explanation.isEmpty == false, "\(benefit)")
    }
    let parental = decision[.parentalBenefit]?.decision?.explanation ?? []
    #expect(parental.contains { $0.basis.contains(.familyBenefitsAct(article: "17c", paragraph: "7")) })
  }
}
