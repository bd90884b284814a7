/// *Specjalny zasiłek opiekuńczy* (special care allowance, SZO), art. 16a u.ś.r.: a monthly
/// amount for the applicant who does not take up or gives up paid work to care permanently for
/// a person with a severe degree of disability (*znaczny stopień*) or a disability certificate
/// with the indications in points 7 and 8, when the income per person of the carer's and the
/// cared person's families together does not exceed the art. 5 ust. 2 amount (art. 16a ust. 2).
///
/// In force from 2013-01-01 (Dz.U. 2012 poz. 1548). Repealed from 2024-01-01 by the
/// *świadczenie wspierające* act (Dz.U. 2023 poz. 1429): no new claims; a right acquired by
/// 2023-12-31 continues, also for a new *okres zasiłkowy* (art. 63 ust. 1–4 of that act).
/// An income above the criterion by no more than the lowest *zasiłek rodzinny* keeps the
/// allowance when it was paid in the previous period without that tolerance (art. 16a ust. 3);
/// there is no "złotówka za złotówkę".
public enum SpecialCareAllowance {
  /// The monthly amount: 520.00 from 2013-01-01 (art. 16a ust. 6, Dz.U. 2012 poz. 1548),
  /// 620.00 from 2018-11-01 (art. 19 verification, RM regulation of 31 July 2018, Dz.U. 2018
  /// poz. 1497; kept in 2021 and 2024).
  public static let amounts = DatedAmounts<Money>([
    (CivilDate(2013, 1, 1), Money(zloty: 520)),
    (CivilDate(2018, 11, 1), Money(zloty: 620)),
  ])

  /// The first day without new claims (art. 16a repealed by Dz.U. 2023 poz. 1429).
  public static let closedFrom = CivilDate(2024, 1, 1)

  /// Art. 16a u.ś.r.
  public static let basis: [LegalCitation] = [text2023(article: "16a")]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.specialCareAllowance.rawValue)

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    let period = facts.benefitPeriod
    func notEntitled(_ reason: FamilyReason) -> BenefitDecision {
      .notEntitled(reason, periodFrom: period.from, periodTo: period.to)
    }
    let amount: Money
    switch amounts.lookup(facts.date) {
    case .notInForce: return .decided(notEntitled(.notInForce))
    case .notEncoded: return .parameterNotEncoded("the amount of specjalny zasiłek opiekuńczy is not verified")
    case .value(let value, _): amount = value
    }
    let care = facts.family.care
    if facts.date >= closedFrom && care?.continuingSpecialCareAllowance != true {
      trace.record(
        TraceStep(
          rule: rule, label: "Specjalny zasiłek opiekuńczy — new claims", value: .flag(false),
          note: "art. 16a repealed from 2024-01-01; only rights acquired by 2023-12-31 continue",
          basis: [
            LegalCitation(act: "ustawy o świadczeniu wspierającym", article: "63", publication: "Dz.U. 2023 poz. 1429")
          ]))
      return .decided(notEntitled(.closedToNewClaims))
    }
    guard let criterion = FamilyAllowance.criterionWithDisabledChild[facts.date],
      let tolerance = FamilyAllowance.amounts[facts.date]?.lowest
    else {
      return .parameterNotEncoded("the art. 5 ust. 2 criterion or the zasiłek rodzinny amounts are not verified")
    }

    // Needed fields, in the contract's order: the income of the base year, then the care claim.
    guard let income = try facts.monthlyIncome(year: period.baseYear) else {
      return .missingField("incomes.\(period.baseYear)")
    }
    guard let care else { return .missingField("care") }
    guard let caredIDs = care.cared else { return .missingField("care.cared") }
    guard let carerEmployed = care.carerEmployed else { return .missingField("care.carer_employed") }

    let perPerson = try facts.incomePerPerson(income)
    func withIncome(_ decision: BenefitDecision) -> BenefitDecision {
      var decision = decision
      decision.criterion = criterion
      decision.incomePerPerson = perPerson.roundedHalfUp()
      return decision
    }

    if carerEmployed {
      trace.record(
        TraceStep(
          rule: rule, label: "Specjalny zasiłek opiekuńczy — paid work", value: .flag(true),
          note: "the carer takes up or has paid work", basis: [text2023(article: "16a", paragraph: "1")]))
      return .decided(withIncome(notEntitled(.carerEmployed)))
    }
    let qualifying = facts.family.members.indices.filter { index in
      let member = facts.family.members[index]
      return facts.isCared[index] && member.role != .applicant
        && (member.disability == .severe || member.disability == .certificateCare)
    }
    trace.record(
      TraceStep(
        rule: rule, label: "Specjalny zasiłek opiekuńczy — persons cared for", value: .count(qualifying.count),
        note: "a severe degree, or a certificate with the indications in points 7 and 8",
        parameters: [TraceParameter("cared", caredIDs.joined(separator: ", "))],
        basis: [text2023(article: "16a", paragraph: "1")]))
    if qualifying.isEmpty { return .decided(withIncome(notEntitled(.noEligibleMember))) }

    // y ≤ criterion (equal qualifies, *nie przekracza*); above it by at most the lowest zasiłek
    // rodzinny, the tolerance of ust. 3 when it was not used in the previous period.
    let criterionExact = RationalAmount(money: criterion)
    let excess = try perPerson.subtracting(criterionExact)
    let withinCriterion = !(criterionExact < perPerson)
    let withinTolerance =
      !withinCriterion && care.specialCareAllowanceTolerance && !(RationalAmount(money: tolerance) < excess)
    let entitled = withinCriterion || withinTolerance
    trace.record(
      TraceStep(
        rule: rule, label: "Specjalny zasiłek opiekuńczy — income per person", value: .flag(entitled),
        note: withinCriterion
          ? "within the criterion"
          : withinTolerance
            ? "above the criterion by no more than the lowest zasiłek rodzinny (ust. 3)" : "above the criterion",
        parameters: [
          TraceParameter("income per person", perPerson.description),
          TraceParameter("persons", facts.size), TraceParameter("criterion", criterion),
          TraceParameter("tolerance", tolerance),
          TraceParameter("tolerance available", care.specialCareAllowanceTolerance),
        ],
        basis: [
          text2023(article: "16a", paragraph: "2"), text2023(article: "16a", paragraph: "3"),
          .familyBenefitsAct(article: "5", paragraph: "2"),
        ]))
    guard entitled else { return .decided(withIncome(notEntitled(.incomeAboveCriterion))) }
    trace.record(
      TraceStep(
        rule: rule, label: "Specjalny zasiłek opiekuńczy (special care allowance)", value: .money(amount),
        basis: [text2023(article: "16a", paragraph: "6")]))
    return .decided(
      withIncome(
        BenefitDecision(entitled: true, amount: amount, reason: nil, periodFrom: period.from, periodTo: period.to)))
  }

  /// A provision of u.ś.r. as read in t.j. Dz.U. 2023 poz. 390, the last text with art. 16a.
  static func text2023(article: String, paragraph: String? = nil) -> LegalCitation {
    LegalCitation(act: "u.ś.r.", article: article, paragraph: paragraph, publication: "t.j. Dz.U. 2023 poz. 390")
  }
}
