import Testing

@testable import Pomoc

// Świadczenie pielęgnacyjne (art. 17 u.ś.r.) and specjalny zasiłek opiekuńczy (art. 16a u.ś.r.).
// Every expected value below is worked out by hand from the act and the contract.

private func person(
  _ id: String, _ role: FamilyMember.Role, _ birth: String, _ disability: FamilyMember.Disability = .none,
  onset: Int? = nil, inEducation: Bool = false
) -> FamilyMember {
  var member = FamilyMember(id: id, role: role, birthDate: d(birth))
  member.disability = disability
  member.disabilityOnsetAge = onset
  member.disabilityOnsetInEducation = inEducation
  return member
}

/// A carer (the applicant, born 1980) with the given other members; `cared`: their ids.
private func carerFamily(
  _ date: String, _ others: [FamilyMember], cared: [String]? = nil, employed: Bool? = false, pension: Bool = false,
  benefit: FamilyBenefit = .carerBenefit
) -> Family {
  var family = Family(id: "f", date: d(date), members: [person("a", .applicant, "1980-01-01")] + others)
  var care = CareClaim(cared: cared ?? others.map(\.id), carerEmployed: employed)
  care.carerPension = pension
  family.care = care
  family.benefits = [benefit]
  return family
}

private func outcome(_ family: Family, _ benefit: FamilyBenefit) throws -> BenefitOutcome {
  let decision = try FamilyEvaluator.decide(family)
  guard let outcome = decision[benefit] else {
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

/// A child born 2010-06-01 with a certificate with the indications in points 7 and 8.
private let cared = person("c", .child, "2010-06-01", .certificateCare)

@Suite("Świadczenie pielęgnacyjne")
struct CarerBenefitTests {
  @Test("before 2014-05-01 the amount is not verified; 800.00 from that day")
  func firstEncodedDay() throws {
    #expect(try outcome(carerFamily("2014-04-30", [cared]), .carerBenefit).errorCode == "parameter_not_encoded")
    #expect(try outcome(carerFamily("2012-11-01", [cared]), .carerBenefit).errorCode == "parameter_not_encoded")
    // Art. 17 ust. 3 (Dz.U. 2014 poz. 559): 800.00 from 2014-05-01. The +200 of the 2014
    // government programme is a separate payment, not the art. 17 amount.
    let decision = try decided(carerFamily("2014-05-01", [cared]), .carerBenefit)
    #expect(decision.entitled)
    #expect(decision.amount == m("800.00"))
    #expect(decision.reason == nil)
    #expect(decision.periodFrom == nil && decision.periodTo == nil)
    #expect(decision.criterion == nil && decision.incomePerPerson == nil)
  }

  @Test(
    "the amount of each year, the day before and the day of each 1 January",
    arguments: [
      ("2014-12-31", "800.00"), ("2015-01-01", "1200.00"), ("2015-12-31", "1200.00"), ("2016-01-01", "1300.00"),
      ("2016-12-31", "1300.00"), ("2017-01-01", "1406.00"), ("2017-12-31", "1406.00"), ("2018-01-01", "1477.00"),
      ("2018-12-31", "1477.00"), ("2019-01-01", "1583.00"), ("2019-12-31", "1583.00"), ("2020-01-01", "1830.00"),
      ("2020-12-31", "1830.00"), ("2021-01-01", "1971.00"), ("2021-12-31", "1971.00"), ("2022-01-01", "2119.00"),
      ("2022-12-31", "2119.00"), ("2023-01-01", "2458.00"), ("2023-12-31", "2458.00"), ("2024-01-01", "2988.00"),
      ("2024-12-31", "2988.00"), ("2025-01-01", "3287.00"), ("2025-12-31", "3287.00"), ("2026-01-01", "3386.00"),
      ("2026-12-31", "3386.00"),
    ])
  func yearlyAmounts(date: String, amount: String) throws {
    // One cared child (born 2010-06-01, under 18 to 2028), carer not working: one amount.
    let decision = try decided(carerFamily(date, [cared]), .carerBenefit)
    #expect(decision.entitled)
    #expect(decision.amount == m(amount))
  }

  @Test("to 2023-12-31 one amount however many are cared for; from 2024-01-01 the amount × persons")
  func regimesAndPersons() throws {
    let twins = [
      person("c1", .child, "2012-03-01", .certificateCare), person("c2", .child, "2012-03-01", .certificateCare),
    ]
    // Old rules: 2458.00 once for two children.
    #expect(try decided(carerFamily("2023-12-31", twins), .carerBenefit).amount == m("2458.00"))
    // Art. 17 ust. 3e: +100 % for the second: 2 × 2988.00 = 5976.00.
    #expect(try decided(carerFamily("2024-01-01", twins), .carerBenefit).amount == m("5976.00"))
    // Three children in 2024: 3 × 2988.00 = 8964.00.
    let three = twins + [person("c3", .child, "2015-01-01", .certificateCare)]
    #expect(try decided(carerFamily("2024-06-01", three), .carerBenefit).amount == m("8964.00"))
    // Only the cared members count: c3 not listed → 2 × 3287.00 = 6574.00 in 2025.
    #expect(try decided(carerFamily("2025-02-01", three, cared: ["c1", "c2"]), .carerBenefit).amount == m("6574.00"))
  }

  @Test("paid work: carer_employed to 2023-12-31, allowed from 2024-01-01")
  func carerEmployed() throws {
    let before = try decided(carerFamily("2023-12-31", [cared], employed: true), .carerBenefit)
    #expect(!before.entitled)
    #expect(before.reason == .carerEmployed)
    #expect(before.amount == .zero)
    let after = try decided(carerFamily("2024-01-01", [cared], employed: true), .carerBenefit)
    #expect(after.entitled)
    #expect(after.amount == m("2988.00"))
    // From 2024 carer_employed is not needed at all.
    #expect(try decided(carerFamily("2024-01-01", [cared], employed: nil), .carerBenefit).amount == m("2988.00"))
  }

  @Test("the carer's own benefit (art. 17 ust. 5 pkt 1): condition_not_met, after the work check")
  func carerPension() throws {
    let pension = try decided(carerFamily("2020-05-01", [cared], pension: true), .carerBenefit)
    #expect(pension.reason == .conditionNotMet)
    #expect(pension.amount == .zero)
    // Work is checked first.
    #expect(
      try decided(carerFamily("2020-05-01", [cared], employed: true, pension: true), .carerBenefit).reason
        == .carerEmployed)
    // "As in force on date": the flag excludes the benefit in the new regime too.
    #expect(try decided(carerFamily("2024-05-01", [cared], pension: true), .carerBenefit).reason == .conditionNotMet)
  }

  @Test("missing fields: care, care.cared, care.carer_employed (to 2023-12-31)")
  func missingFields() throws {
    var noCare = carerFamily("2020-05-01", [cared])
    noCare.care = nil
    #expect(try outcome(noCare, .carerBenefit).errorCode == "missing_field:care")
    var noCared = carerFamily("2020-05-01", [cared])
    noCared.care?.cared = nil
    #expect(try outcome(noCared, .carerBenefit).errorCode == "missing_field:care.cared")
    #expect(
      try outcome(carerFamily("2023-12-31", [cared], employed: nil), .carerBenefit).errorCode
        == "missing_field:care.carer_employed")
    // Before 2014-05-01 parameter_not_encoded comes first (step 1).
    noCare.date = d("2014-04-30")
    #expect(try outcome(noCare, .carerBenefit).errorCode == "parameter_not_encoded")
  }

  @Test("who qualifies to 2023-12-31: severe or certificate_care; not a plain certificate or moderate")
  func oldQualification() throws {
    #expect(
      try decided(carerFamily("2019-03-01", [person("c", .child, "2010-06-01", .certificate)]), .carerBenefit)
        .reason == .noEligibleMember)
    let moderate = person("o", .other, "1950-01-01", .moderate)
    #expect(try decided(carerFamily("2019-03-01", [moderate]), .carerBenefit).reason == .noEligibleMember)
    // An adult other with a severe degree, after 2014-10-22: the age of onset no longer matters.
    let adult = person("o", .other, "1950-01-01", .severe, onset: 60)
    #expect(try decided(carerFamily("2019-03-01", [adult]), .carerBenefit).amount == m("1583.00"))
    // A member not listed in care.cared does not count.
    #expect(try decided(carerFamily("2019-03-01", [cared], cared: []), .carerBenefit).reason == .noEligibleMember)
    // The applicant caring for themself does not count.
    var selfCare = carerFamily("2019-03-01", [], cared: ["a"])
    selfCare.members[0].disability = .severe
    #expect(try decided(selfCare, .carerBenefit).reason == .noEligibleMember)
  }

  @Test("age of onset (art. 17 ust. 1b) until 2014-10-22, lost force on 2014-10-23 (TK K 38/13)")
  func onsetAge() throws {
    // An adult (born 1984, aged 30) with a severe degree.
    func adult(onset: Int?, inEducation: Bool = false) -> FamilyMember {
      person("o", .other, "1984-01-01", .severe, onset: onset, inEducation: inEducation)
    }
    // Onset 20, not in education: 20 ≥ 18 → not qualifying on 2014-10-22; qualifying on 2014-10-23.
    #expect(try decided(carerFamily("2014-10-22", [adult(onset: 20)]), .carerBenefit).reason == .noEligibleMember)
    #expect(try decided(carerFamily("2014-10-23", [adult(onset: 20)]), .carerBenefit).amount == m("800.00"))
    // Onset 17 < 18 → qualifying; onset 18 is not below 18.
    #expect(try decided(carerFamily("2014-10-22", [adult(onset: 17)]), .carerBenefit).amount == m("800.00"))
    #expect(try decided(carerFamily("2014-10-22", [adult(onset: 18)]), .carerBenefit).reason == .noEligibleMember)
    // In education: onset 24 < 25 qualifies, 25 does not.
    #expect(
      try decided(carerFamily("2014-10-22", [adult(onset: 24, inEducation: true)]), .carerBenefit).amount
        == m("800.00"))
    #expect(
      try decided(carerFamily("2014-10-22", [adult(onset: 25, inEducation: true)]), .carerBenefit).reason
        == .noEligibleMember)
    // The onset age is needed from age 18 only before 2014-10-23 (members[1]: the applicant is members[0]).
    #expect(
      try outcome(carerFamily("2014-10-22", [adult(onset: nil)]), .carerBenefit).errorCode
        == "missing_field:members[1].disability_onset_age")
    #expect(try decided(carerFamily("2014-10-23", [adult(onset: nil)]), .carerBenefit).amount == m("800.00"))
    // Under 18 it is not needed (a child born 2000-01-01 is 14).
    #expect(
      try decided(carerFamily("2014-10-22", [person("c", .child, "2000-01-01", .certificateCare)]), .carerBenefit)
        .amount == m("800.00"))
    // The missing onset age is reported before a missing carer_employed (the contract's order).
    #expect(
      try outcome(carerFamily("2014-10-22", [adult(onset: nil)], employed: nil), .carerBenefit).errorCode
        == "missing_field:members[1].disability_onset_age")
  }

  @Test("a cared spouse before 2024 is not encoded; from 2024 the spouse must be under 18")
  func spouse() throws {
    let spouse = person("s", .spouse, "1975-01-01", .severe)
    #expect(try outcome(carerFamily("2023-12-31", [spouse]), .carerBenefit).errorCode == "parameter_not_encoded")
    // With a qualifying child the one amount is due whatever the spouse rule: 2458.00.
    #expect(try decided(carerFamily("2023-12-31", [spouse, cared]), .carerBenefit).amount == m("2458.00"))
    // From 2024: a spouse aged 49 is not under 18.
    #expect(try decided(carerFamily("2024-01-01", [spouse]), .carerBenefit).reason == .noEligibleMember)
  }

  @Test("from 2024-01-01 the cared person must be under 18")
  func under18() throws {
    // Born 2006-01-01: 18 on 2024-01-01 → not qualifying; born 2006-01-02: 17 → qualifying.
    let eighteen = person("c", .child, "2006-01-01", .severe)
    let seventeen = person("c", .child, "2006-01-02", .severe)
    #expect(try decided(carerFamily("2024-01-01", [eighteen]), .carerBenefit).reason == .noEligibleMember)
    #expect(try decided(carerFamily("2024-01-01", [seventeen]), .carerBenefit).amount == m("2988.00"))
    // The same child, aged 17 on 2023-12-31, under the old rules: one amount.
    #expect(try decided(carerFamily("2023-12-31", [eighteen]), .carerBenefit).amount == m("2458.00"))
    // A partner is not a person cared for under either regime.
    let partner = person("p", .partner, "2008-01-01", .severe)
    #expect(try decided(carerFamily("2024-06-01", [partner]), .carerBenefit).reason == .noEligibleMember)
  }
}

// MARK: - Specjalny zasiłek opiekuńczy

/// Applicant (carer) and a cared grandmother with a severe degree: n = 2; `yearly` = the family's
/// base-year income (÷ 12 = Y, ÷ 2 = y).
private func szoFamily(
  _ date: String, yearly: String?, baseYear: Int, employed: Bool? = false, tolerance: Bool = false,
  continuing: Bool = false, disability: FamilyMember.Disability = .severe
) -> Family {
  var family = carerFamily(
    date, [person("g", .other, "1940-01-01", disability)], employed: employed, benefit: .specialCareAllowance)
  family.care?.specialCareAllowanceTolerance = tolerance
  family.care?.continuingSpecialCareAllowance = continuing
  if let yearly { family.incomes[baseYear] = [IncomeSource(kind: .baseYear, amount: m(yearly))] }
  return family
}

@Suite("Specjalny zasiłek opiekuńczy")
struct SpecialCareAllowanceTests {
  @Test("not in force before 2013-01-01; 520.00 from that day (criterion 623, b = 2011)")
  func firstDay() throws {
    let before = try decided(szoFamily("2012-12-31", yearly: "0", baseYear: 2011), .specialCareAllowance)
    #expect(!before.entitled)
    #expect(before.reason == .notInForce)
    #expect(before.amount == .zero)
    // 2013-01-01 lies in the okres zasiłkowy 2012-11-01 – 2013-10-31, base year 2011.
    let first = try decided(szoFamily("2013-01-01", yearly: "0", baseYear: 2011), .specialCareAllowance)
    #expect(first.entitled)
    #expect(first.amount == m("520.00"))
    #expect(first.periodFrom == d("2012-11-01") && first.periodTo == d("2013-10-31"))
    #expect(first.criterion == m("623.00"))
    #expect(first.incomePerPerson == m("0.00"))
  }

  @Test("520.00 to 2018-10-31, 620.00 from 2018-11-01")
  func amountChange() throws {
    // 2018-10-31: period 2017-11-01 – 2018-10-31, b = 2016; 2018-11-01: b = 2017.
    let before = try decided(szoFamily("2018-10-31", yearly: "12000", baseYear: 2016), .specialCareAllowance)
    #expect(before.amount == m("520.00"))
    #expect(before.periodFrom == d("2017-11-01") && before.periodTo == d("2018-10-31"))
    let after = try decided(szoFamily("2018-11-01", yearly: "12000", baseYear: 2017), .specialCareAllowance)
    #expect(after.amount == m("620.00"))
    #expect(after.periodFrom == d("2018-11-01") && after.periodTo == d("2019-10-31"))
    // 12000 / 12 = 1000 a month, / 2 = 500.00 per person ≤ 764.
    #expect(after.incomePerPerson == m("500.00"))
    #expect(after.criterion == m("764.00"))
  }

  @Test("closed to new claims from 2024-01-01 unless the right continues (art. 63)")
  func closed() throws {
    // 2023-12-31: period 2023-11-01 – 2024-10-31, b = 2022.
    #expect(
      try decided(szoFamily("2023-12-31", yearly: "0", baseYear: 2022), .specialCareAllowance).amount == m("620.00"))
    let closed = try decided(szoFamily("2024-01-01", yearly: "0", baseYear: 2022), .specialCareAllowance)
    #expect(closed.reason == .closedToNewClaims)
    #expect(closed.amount == .zero)
    #expect(closed.criterion == nil && closed.incomePerPerson == nil)
    // A step-1 answer: before the missing income and the missing care.
    var bare = szoFamily("2024-01-01", yearly: nil, baseYear: 2022)
    bare.care = nil
    #expect(try decided(bare, .specialCareAllowance).reason == .closedToNewClaims)
    let continuing = try decided(
      szoFamily("2024-01-01", yearly: "0", baseYear: 2022, continuing: true), .specialCareAllowance)
    #expect(continuing.entitled)
    #expect(continuing.amount == m("620.00"))
    // 2025-11-15 continuing: period 2025-11-01 – 2026-10-31, b = 2024.
    let later = try decided(
      szoFamily("2025-11-15", yearly: "0", baseYear: 2024, continuing: true), .specialCareAllowance)
    #expect(later.amount == m("620.00"))
    #expect(later.periodFrom == d("2025-11-01") && later.periodTo == d("2026-10-31"))
  }

  @Test("criterion 764 from 2015-11-01: one grosz below, at, above (2019-11-15, b = 2018, n = 2)")
  func criterionThreshold() throws {
    // At: y = 764.00 → Y = 1528.00 → yearly 18336.00.
    let at = try decided(szoFamily("2019-11-15", yearly: "18336.00", baseYear: 2018), .specialCareAllowance)
    #expect(at.entitled)
    #expect(at.incomePerPerson == m("764.00"))
    // Below: yearly 18335.76 → Y = 1527.98 → y = 763.99.
    let below = try decided(szoFamily("2019-11-15", yearly: "18335.76", baseYear: 2018), .specialCareAllowance)
    #expect(below.entitled)
    #expect(below.incomePerPerson == m("763.99"))
    // Above: yearly 18336.24 → Y = 1528.02 → y = 764.01.
    let above = try decided(szoFamily("2019-11-15", yearly: "18336.24", baseYear: 2018), .specialCareAllowance)
    #expect(!above.entitled)
    #expect(above.reason == .incomeAboveCriterion)
    #expect(above.amount == .zero)
    #expect(above.incomePerPerson == m("764.01"))
    #expect(above.criterion == m("764.00"))
    // Exactness: yearly 18336.01 → y = 1833601 / 24 gr = 764.000416… > 764 (shown 764.00), not entitled.
    let exact = try decided(szoFamily("2019-11-15", yearly: "18336.01", baseYear: 2018), .specialCareAllowance)
    #expect(exact.reason == .incomeAboveCriterion)
    #expect(exact.incomePerPerson == m("764.00"))
  }

  @Test("criterion steps 623 → 664 on 2014-11-01 → 764 on 2015-11-01")
  func criterionSteps() throws {
    // y = 623.01: yearly = 623.01 × 2 × 12 = 14952.24.
    #expect(
      try decided(szoFamily("2014-10-31", yearly: "14952.24", baseYear: 2012), .specialCareAllowance).reason
        == .incomeAboveCriterion)
    let later = try decided(szoFamily("2014-11-01", yearly: "14952.24", baseYear: 2013), .specialCareAllowance)
    #expect(later.entitled)
    #expect(later.criterion == m("664.00"))
    // y = 664.01: yearly = 664.01 × 24 = 15936.24.
    #expect(
      try decided(szoFamily("2015-10-31", yearly: "15936.24", baseYear: 2013), .specialCareAllowance).reason
        == .incomeAboveCriterion)
    #expect(try decided(szoFamily("2015-11-01", yearly: "15936.24", baseYear: 2014), .specialCareAllowance).entitled)
  }

  @Test("the tolerance of art. 16a ust. 3: above by at most the lowest zasiłek rodzinny, with szo_tolerance")
  func tolerance() throws {
    // 2019-11-15: criterion 764, lowest zasiłek rodzinny 95.00 → y up to 859.00.
    // y = 859.00 → yearly 859 × 24 = 20616.00.
    let at = try decided(
      szoFamily("2019-11-15", yearly: "20616.00", baseYear: 2018, tolerance: true), .specialCareAllowance)
    #expect(at.entitled)
    #expect(at.amount == m("620.00"))
    // Without the flag: above the criterion.
    #expect(
      try decided(szoFamily("2019-11-15", yearly: "20616.00", baseYear: 2018), .specialCareAllowance).reason
        == .incomeAboveCriterion)
    // y = 859.01 → yearly 20616.24: beyond the tolerance.
    #expect(
      try decided(szoFamily("2019-11-15", yearly: "20616.24", baseYear: 2018, tolerance: true), .specialCareAllowance)
        .reason == .incomeAboveCriterion)
    // y = 858.99 → yearly 20615.76: within.
    #expect(
      try decided(szoFamily("2019-11-15", yearly: "20615.76", baseYear: 2018, tolerance: true), .specialCareAllowance)
        .entitled)
    // 2015-10-31: criterion 664, lowest 77.00 → limit 741.00 (yearly 17784.00); 741.01 (17784.24) is above.
    #expect(
      try decided(szoFamily("2015-10-31", yearly: "17784.00", baseYear: 2013, tolerance: true), .specialCareAllowance)
        .entitled)
    #expect(
      try decided(szoFamily("2015-10-31", yearly: "17784.24", baseYear: 2013, tolerance: true), .specialCareAllowance)
        .reason == .incomeAboveCriterion)
    // 2015-11-01: criterion 764, lowest 89.00 → limit 853.00 (yearly 20472.00); 853.01 (20472.24) above.
    #expect(
      try decided(szoFamily("2015-11-01", yearly: "20472.00", baseYear: 2014, tolerance: true), .specialCareAllowance)
        .entitled)
    #expect(
      try decided(szoFamily("2015-11-01", yearly: "20472.24", baseYear: 2014, tolerance: true), .specialCareAllowance)
        .reason == .incomeAboveCriterion)
  }

  @Test("carer_employed and no_eligible_member, with the income shown")
  func reasons() throws {
    let employed = try decided(
      szoFamily("2019-11-15", yearly: "12000", baseYear: 2018, employed: true), .specialCareAllowance)
    #expect(employed.reason == .carerEmployed)
    #expect(employed.amount == .zero)
    #expect(employed.criterion == m("764.00"))
    #expect(employed.incomePerPerson == m("500.00"))
    // Work is checked before the income: above the criterion and working → carer_employed.
    #expect(
      try decided(szoFamily("2019-11-15", yearly: "99999", baseYear: 2018, employed: true), .specialCareAllowance)
        .reason == .carerEmployed)
    let moderate = try decided(
      szoFamily("2019-11-15", yearly: "12000", baseYear: 2018, disability: .moderate), .specialCareAllowance)
    #expect(moderate.reason == .noEligibleMember)
    // A certificate with points 7 and 8 qualifies (a child aged 9).
    var child = carerFamily(
      "2019-11-15", [person("c", .child, "2010-06-01", .certificateCare)], benefit: .specialCareAllowance)
    child.incomes[2018] = []
    #expect(try decided(child, .specialCareAllowance).amount == m("620.00"))
    // The applicant is never the person cared for.
    var selfCare = szoFamily("2019-11-15", yearly: "12000", baseYear: 2018)
    selfCare.care?.cared = ["a"]
    selfCare.members[0].disability = .severe
    #expect(try decided(selfCare, .specialCareAllowance).reason == .noEligibleMember)
  }

  @Test("missing fields: incomes.<b> first, then care, care.cared, care.carer_employed")
  func missingFields() throws {
    #expect(
      try outcome(szoFamily("2019-11-15", yearly: nil, baseYear: 2018), .specialCareAllowance).errorCode
        == "missing_field:incomes.2018")
    // The income of another year does not help.
    #expect(
      try outcome(szoFamily("2019-11-15", yearly: "0", baseYear: 2017), .specialCareAllowance).errorCode
        == "missing_field:incomes.2018")
    var noCare = szoFamily("2019-11-15", yearly: "0", baseYear: 2018)
    noCare.care = nil
    #expect(try outcome(noCare, .specialCareAllowance).errorCode == "missing_field:care")
    noCare.incomes = [:]
    #expect(try outcome(noCare, .specialCareAllowance).errorCode == "missing_field:incomes.2018")
    var noCared = szoFamily("2019-11-15", yearly: "0", baseYear: 2018)
    noCared.care?.cared = nil
    #expect(try outcome(noCared, .specialCareAllowance).errorCode == "missing_field:care.cared")
    #expect(
      try outcome(szoFamily("2019-11-15", yearly: "0", baseYear: 2018, employed: nil), .specialCareAllowance).errorCode
        == "missing_field:care.carer_employed")
  }
}

@Suite("Care benefits — explanations")
struct CareBenefitsExplanationTests {
  @Test("each decision explains itself with the article applied")
  func explanations() throws {
    let sp = try FamilyEvaluator.explain(carerFamily("2024-06-01", [cared]))[.carerBenefit]?.decision
    #expect(sp?.explanation.last?.basis.contains(.familyBenefitsAct(article: "17", paragraph: "3e")) == true)
    var szo = szoFamily("2019-11-15", yearly: "0", baseYear: 2018)
    szo.benefits = [.specialCareAllowance]
    let steps = try FamilyEvaluator.explain(szo)[.specialCareAllowance]?.decision?.explanation ?? []
    #expect(steps.contains { $0.basis.contains { $0.article == "16a" && $0.paragraph == "2" } })
  }
}
