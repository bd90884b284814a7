/// *Świadczenia z funduszu alimentacyjnego* (alimony-fund benefit), ustawa z 7 września 2007 r.
/// o pomocy osobom uprawnionym do alimentów (u.p.o.u.a.): a monthly amount per child whose
/// alimony, awarded by an enforceable title, could not be enforced.
///
/// Who (art. 9 ust. 1): an entitled person (*osoba uprawniona*, art. 2 pkt 11) under 18, under
/// 25 while in a school or a higher-education institution, or at any age with a severe degree of
/// disability (*znaczny stopień*); enforcement ineffective (*bezskuteczność egzekucji*, art. 2
/// pkt 2). Income (art. 9 ust. 2): the family's income per person in the calendar year before
/// the *okres świadczeniowy* (1 October – 30 September, art. 2 pkt 5a and 8) does not exceed
/// the criterion. Amount (art. 10 ust. 1): the alimony awarded, at most the cap. From
/// 2020-10-01, "złotówka za złotówkę" (art. 9 ust. 2a–2b): above the criterion each child
/// receives its amount less the **per-person** excess, nothing below 100 zł.
public enum AlimonyFund {
  /// The income criterion per person (*kryterium dochodowe*, art. 9 ust. 2): 725 zł from
  /// 2008-10-01 (the act in force, art. 48); 800 zł from 2019-10-01; 900 zł from 2020-10-01
  /// (the base amount of art. 9 ust. 2, t.j. Dz.U. 2023 poz. 1993); 1209 zł from 2023-10-01
  /// (art. 9 ust. 2c–2f valorisation, M.P. 2023 poz. 121); 1665 zł from 2026-10-01 (the 2026
  /// valorisation: 1209 × 4806 / 3490 = 1664.89, rounded up to full złoty, art. 9 ust. 2e).
  public static let criterion = DatedAmounts<Money>([
    (CivilDate(2008, 10, 1), Money(zloty: 725)),
    (CivilDate(2019, 10, 1), Money(zloty: 800)),
    (CivilDate(2020, 10, 1), Money(zloty: 900)),
    (CivilDate(2023, 10, 1), Money(zloty: 1209)),
    (CivilDate(2026, 10, 1), Money(zloty: 1665)),
  ])

  /// The cap per entitled person (art. 10 ust. 1: „nie wyższej niż … zł”): 500 zł from
  /// 2008-10-01 (t.j. Dz.U. 2023 poz. 1993); 1000 zł for the periods after 2024-09-30 (ustawa z
  /// 21 listopada 2024 r. o zmianie ustawy o pomocy osobom uprawnionym do alimentów, Dz.U. 2024
  /// poz. 1827, art. 3).
  public static let cap = DatedAmounts<Money>([
    (CivilDate(2008, 10, 1), Money(zloty: 500)),
    (CivilDate(2024, 10, 1), Money(zloty: 1000)),
  ])

  /// The lowest amount paid under "złotówka za złotówkę" (art. 9 ust. 2b: „jest niższa niż
  /// 100 zł, świadczenie to nie przysługuje”), with art. 9 ust. 2a in force from 2020-10-01.
  /// Before that day (a lookup not in force) any income above the criterion ends the right.
  public static let minimumReducedAmount = DatedAmounts<Money>([
    (CivilDate(2020, 10, 1), Money(zloty: 100))
  ])

  /// Art. 9 ust. 1–2b and art. 10 ust. 1 u.p.o.u.a.
  public static let basis: [LegalCitation] = [
    .alimonyFundAct(article: "9", paragraph: "1"), .alimonyFundAct(article: "9", paragraph: "2"),
    .alimonyFundAct(article: "10", paragraph: "1"),
  ]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.alimonyFund.rawValue)

  /// Whether a child with an alimony title is of an age or state art. 9 ust. 1 covers: under
  /// 18; under 25 in a school or higher-education institution; a severe degree at any age.
  static func isEligible(_ child: FamilyMember, age: Int) -> Bool {
    age < 18 || (age < 25 && child.education != .none) || child.disability == .severe
  }

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    let period = facts.alimonyPeriod
    let k: Money
    let capAmount: Money
    switch (criterion.lookup(facts.date), cap.lookup(facts.date)) {
    case (.value(let criterionValue, _), .value(let capValue, _)):
      k = criterionValue
      capAmount = capValue
    case (.notInForce, _), (_, .notInForce):
      trace.record(
        TraceStep(
          rule: rule, label: "Fundusz alimentacyjny (alimony fund)", value: .flag(false),
          note: "the act is in force from 2008-10-01", basis: [.alimonyFundAct(article: "48")]))
      return .decided(.notEntitled(.notInForce))
    default:
      return .parameterNotEncoded("the alimony-fund criterion or cap on \(facts.date) is not verified")
    }
    trace.record(
      TraceStep(
        rule: rule, label: "Okres świadczeniowy (benefit period)", value: .text("\(period.from) – \(period.to)"),
        parameters: [TraceParameter("base year", period.baseYear)],
        basis: [.alimonyFundAct(article: "2", point: "8"), .alimonyFundAct(article: "2", point: "5a")]))

    let children = facts.children
    var entries = children.map { BenefitDecision.Entry(id: $0.member.id, entitled: false, amount: .zero) }
    guard children.contains(where: { $0.member.alimony != nil }) else {
      trace.record(
        TraceStep(
          rule: rule, label: "Fundusz alimentacyjny (alimony fund)", value: .flag(false),
          note: "no child has alimony awarded by an enforceable title",
          basis: [.alimonyFundAct(article: "2", point: "11")]))
      var decision = BenefitDecision.notEntitled(.noAlimonyTitle, periodFrom: period.from, periodTo: period.to)
      decision.perChild = entries
      return .decided(decision)
    }

    // The income of the base year is read once there is a candidate (a child with alimony).
    guard let income = try facts.monthlyIncome(year: period.baseYear) else {
      return .missingField("incomes.\(period.baseYear)")
    }
    let perPerson = try facts.incomePerPerson(income)
    let criterionExact = RationalAmount(money: k)
    let withinCriterion = perPerson <= criterionExact
    let excess = try perPerson.subtracting(criterionExact)
    let minimumLookup = minimumReducedAmount.lookup(facts.date)
    trace.record(
      TraceStep(
        rule: rule, label: "Dochód rodziny na osobę (income per person)", value: .money(perPerson.roundedHalfUp()),
        note: withinCriterion ? "does not exceed the criterion" : "exceeds the criterion",
        parameters: [
          TraceParameter("family income Y (exact)", income.description),
          TraceParameter("persons n", facts.size),
          TraceParameter("income per person y (exact)", perPerson.description),
          TraceParameter("criterion K", k),
        ],
        basis: [.alimonyFundAct(article: "9", paragraph: "2")]))

    var total = Money.zero
    var firstCandidateReason: FamilyReason?
    for (index, (child, age)) in children.enumerated() {
      guard let alimony = child.alimony else { continue }
      let reason: FamilyReason?
      var amount = Money.zero
      if !isEligible(child, age: age) {
        reason = .noEligibleChild
      } else if !alimony.enforcementIneffective {
        reason = .enforcementEffective
      } else {
        let full = Swift.min(alimony.awarded, capAmount)
        if withinCriterion {
          amount = full
          reason = nil
        } else if case .value(let minimum, _) = minimumLookup {
          // A = round_half_up(B − (y − K)): the per-person excess off this child's amount.
          let reduced = try RationalAmount(money: full).subtracting(excess).roundedHalfUp()
          if reduced >= minimum {
            amount = reduced
            reason = nil
          } else {
            reason = .belowMinimum
          }
        } else {
          reason = .incomeAboveCriterion
        }
        trace.record(
          TraceStep(
            rule: rule, label: "Świadczenie — \(child.id)", value: .money(amount),
            note: reason.map { "not entitled: \($0.rawValue)" } ?? (withinCriterion ? nil : "reduced by the excess"),
            parameters: [
              TraceParameter("alimony awarded", alimony.awarded), TraceParameter("cap", capAmount),
              TraceParameter("B = min(awarded, cap)", full),
              TraceParameter("excess y − K (exact)", withinCriterion ? "0" : excess.description),
            ],
            basis: withinCriterion
              ? [.alimonyFundAct(article: "10", paragraph: "1")]
              : [
                .alimonyFundAct(article: "10", paragraph: "1"), .alimonyFundAct(article: "9", paragraph: "2a"),
                .alimonyFundAct(article: "9", paragraph: "2b"),
              ]))
      }
      if let reason {
        if firstCandidateReason == nil { firstCandidateReason = reason }
        if reason == .noEligibleChild || reason == .enforcementEffective {
          trace.record(
            TraceStep(
              rule: rule, label: "Świadczenie — \(child.id)", value: .money(.zero),
              note: reason == .noEligibleChild
                ? "not under 18, not under 25 in education, no severe degree"
                : "enforcement was not ineffective",
              parameters: [TraceParameter("age", age), TraceParameter("education", child.education.rawValue)],
              basis: reason == .noEligibleChild
                ? [.alimonyFundAct(article: "9", paragraph: "1")] : [.alimonyFundAct(article: "2", point: "2")]))
        }
      } else {
        entries[index] = .init(id: child.id, entitled: true, amount: amount)
        total = try total.adding(amount)
      }
    }

    let entitled = entries.contains { $0.entitled }
    var decision = BenefitDecision(
      entitled: entitled, amount: entitled ? total : .zero,
      reason: entitled ? nil : (firstCandidateReason ?? .noAlimonyTitle), periodFrom: period.from,
      periodTo: period.to)
    decision.perChild = entries
    decision.criterion = k
    decision.incomePerPerson = perPerson.roundedHalfUp()
    trace.record(
      TraceStep(
        rule: rule, label: "Fundusz alimentacyjny (alimony fund)", value: .money(decision.amount ?? .zero),
        parameters: [TraceParameter("children entitled", entries.filter(\.entitled).count)], basis: basis))
    return .decided(decision)
  }
}
