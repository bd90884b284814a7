/// *Zasiłek rodzinny* (family allowance), art. 4–6 u.ś.r., decided with its supplements
/// (*dodatki*, art. 8–15, ``FamilyAllowanceSupplements``) and the "złotówka za złotówkę"
/// reduction (art. 5 ust. 3–3c, ``IncomeExcessReduction``).
///
/// Who (art. 6 ust. 1): a child under 18; a child in school, to 21; a child in school or higher
/// education with a moderate or severe degree of disability, to 24. Income test (art. 5 ust. 1–2):
/// the family's average monthly income of the year before the *okres zasiłkowy*, per person, does
/// not exceed the criterion K (the higher one when a child in the family has *orzeczenie o
/// niepełnosprawności* or a moderate or severe degree). Amount (art. 6 ust. 2): by the child's
/// age, under 5 / 5 to 17 / 18 and over.
public enum FamilyAllowance {
  /// The criterion per person (art. 5 ust. 1, art. 19 verifications): 539 from 2012-11-01
  /// (Dz.U. 2012 poz. 959), 574 from 2014-11-01, 674 from 2015-11-01 (Dz.U. 2015 poz. 1238; kept in 2021 and 2024).
  public static let criterion = DatedAmounts<Money>([
    (CivilDate(2012, 11, 1), Money(zloty: 539)),
    (CivilDate(2014, 11, 1), Money(zloty: 574)),
    (CivilDate(2015, 11, 1), Money(zloty: 674)),
  ])

  /// The criterion per person with a disabled child in the family (art. 5 ust. 2): 623, 664, 764.
  public static let criterionWithDisabledChild = DatedAmounts<Money>([
    (CivilDate(2012, 11, 1), Money(zloty: 623)),
    (CivilDate(2014, 11, 1), Money(zloty: 664)),
    (CivilDate(2015, 11, 1), Money(zloty: 764)),
  ])

  /// The monthly amounts by the child's age (art. 6 ust. 2).
  public struct AgeBandAmounts: Hashable, Sendable {
    /// Under 5 (*do ukończenia 5. roku życia*).
    public var underFive: Money
    /// From 5 to under 18.
    public var fiveToEighteen: Money
    /// From 18 (to 24).
    public var eighteenAndOver: Money

    /// The amount for a child aged `age`.
    public func amount(age: Int) -> Money {
      age < 5 ? underFive : age < 18 ? fiveToEighteen : eighteenAndOver
    }

    /// The lowest of the three.
    public var lowest: Money { Swift.min(underFive, fiveToEighteen, eighteenAndOver) }
  }

  /// The monthly amounts (art. 6 ust. 2, art. 19 verifications): 77 / 106 / 115 from 2012-11-01
  /// (Dz.U. 2012 poz. 959), 89 / 118 / 129 from 2015-11-01 and 95 / 124 / 135 from 2016-11-01
  /// (Dz.U. 2015 poz. 1238; kept in 2021 and 2024).
  public static let amounts = DatedAmounts<AgeBandAmounts>([
    (CivilDate(2012, 11, 1), AgeBandAmounts(underFive: 77, fiveToEighteen: 106, eighteenAndOver: 115)),
    (CivilDate(2015, 11, 1), AgeBandAmounts(underFive: 89, fiveToEighteen: 118, eighteenAndOver: 129)),
    (CivilDate(2016, 11, 1), AgeBandAmounts(underFive: 95, fiveToEighteen: 124, eighteenAndOver: 135)),
  ])

  /// Art. 4–6 u.ś.r.
  public static let basis: [LegalCitation] = [
    .familyBenefitsAct(article: "4"), .familyBenefitsAct(article: "5"), .familyBenefitsAct(article: "6"),
  ]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.familyAllowance.rawValue)

  /// A member with role child, as the rule reads it.
  struct Child: Sendable {
    /// The member's position among all members (for `members[i]` paths).
    var index: Int
    /// The member.
    var member: FamilyMember
    /// Completed years on the date.
    var age: Int
    /// An eligible child of art. 6 ust. 1 (``FamilyFacts/isEligibleChild(_:age:)``).
    var eligible: Bool
  }

  /// Decides *zasiłek rodzinny*, each supplement (in ``FamilyBenefit/supplements`` order) and,
  /// only when the reduction applies (Y > K × n from 2016-01-01), `zlotowka_za_zlotowke`.
  ///
  /// Order: a value not verified on the date → `parameter_not_encoded` (that benefit alone);
  /// `incomes.<b>` of the base year absent while the family has a child → `missing_field`;
  /// no eligible child → `no_eligible_child` for all; `prenatal_care` of a child under one absent
  /// → `missing_field` for art. 9 (and for everything the reduction's total needs it for); then
  /// the income test: Y ≤ K × n → full amounts; above it before 2016-01-01 → `income_above_criterion`;
  /// above it from 2016-01-01 → "złotówka za złotówkę" (``IncomeExcessReduction``). A supplement
  /// whose own condition fails gives its own reason; one whose condition holds while *zasiłek
  /// rodzinny* is not granted gives the reason of *zasiłek rodzinny*.
  static func decide<R: TraceRecorder>(
    _ facts: FamilyFacts, trace: inout R
  ) throws -> [(benefit: FamilyBenefit, outcome: BenefitOutcome)] {
    let date = facts.date
    let period = facts.benefitPeriod
    let supplements = FamilyBenefit.supplements
    trace.record(
      TraceStep(
        rule: rule, label: "Okres zasiłkowy (benefit period) and rok bazowy (income year)",
        value: "\(period.from) – \(period.to)", parameters: [TraceParameter("base year", period.baseYear)],
        basis: [.familyBenefitsAct(article: "3", point: "10"), .familyBenefitsAct(article: "3", point: "2a")]))

    // Step 1: values in force on the date. Each supplement not verified answers alone.
    var unverified: [FamilyBenefit: String] = [:]
    for supplement in supplements {
      if let why = FamilyAllowanceSupplements.unverifiedReason(supplement, on: date) { unverified[supplement] = why }
    }
    func answer(
      _ allowance: BenefitOutcome, _ supplement: (FamilyBenefit) -> BenefitOutcome, reduction: BenefitOutcome? = nil
    ) -> [(benefit: FamilyBenefit, outcome: BenefitOutcome)] {
      var result: [(benefit: FamilyBenefit, outcome: BenefitOutcome)] = [(.familyAllowance, allowance)]
      for benefit in supplements {
        result.append((benefit, unverified[benefit].map(BenefitOutcome.parameterNotEncoded) ?? supplement(benefit)))
      }
      if let reduction { result.append((.incomeExcessReduction, reduction)) }
      return result
    }
    guard let bands = amounts[date], let plainCriterion = criterion[date],
      let disabledCriterion = criterionWithDisabledChild[date]
    else {
      let why = "the criterion and amounts of zasiłek rodzinny on \(date) are not verified"
      return answer(.parameterNotEncoded(why), { _ in .parameterNotEncoded(why) })
    }

    var children: [Child] = []
    for (index, (member, age)) in facts.members.enumerated() where member.role == .child {
      children.append(
        Child(index: index, member: member, age: age, eligible: FamilyFacts.isEligibleChild(member, age: age)))
    }
    let noneEntitled = children.map { BenefitDecision.Entry(id: $0.member.id, entitled: false, amount: .zero) }
    func notEntitled(_ benefit: FamilyBenefit, _ reason: FamilyReason) -> BenefitDecision {
      var decision = BenefitDecision.notEntitled(reason, periodFrom: period.from, periodTo: period.to)
      if benefit == .familyAllowance || FamilyAllowanceSupplements.isPerChild(benefit) {
        decision.perChild = noneEntitled
      }
      decision.reduced = false
      return decision
    }

    // Step 2: the income of the base year, needed when the family has a child.
    guard !children.isEmpty else {
      trace.record(
        TraceStep(
          rule: rule, label: "Zasiłek rodzinny (family allowance)", value: .money(.zero),
          note: "no member with role child", basis: [.familyBenefitsAct(article: "6", paragraph: "1")]))
      return answer(.decided(notEntitled(.familyAllowance, .noEligibleChild))) {
        .decided(notEntitled($0, .noEligibleChild))
      }
    }
    guard let income = try facts.monthlyIncome(year: period.baseYear) else {
      let path = "incomes.\(period.baseYear)"
      return answer(.missingField(path), { _ in .missingField(path) })
    }
    let hasDisabledChild = facts.hasDisabledChild
    let criterionPerPerson = hasDisabledChild ? disabledCriterion : plainCriterion
    let perPerson = try facts.incomePerPerson(income)
    let threshold = RationalAmount(money: try criterionPerPerson.multiplied(by: Int64(facts.size)))
    let withinCriterion = !(threshold < income)   // Y ≤ K × n ⇔ y ≤ K („nie przekracza”)
    trace.record(
      TraceStep(
        rule: rule, label: "Dochód rodziny Y (monthly family income)", value: .text(income.description),
        parameters: [TraceParameter("base year", period.baseYear)],
        basis: [.familyBenefitsAct(article: "3", point: "2"), .familyBenefitsAct(article: "5", paragraph: "4")]))
    trace.record(
      TraceStep(
        rule: rule, label: "Kryterium dochodowe K (per person)", value: .money(criterionPerPerson),
        note: hasDisabledChild ? "a disabled child in the family" : nil,
        parameters: [TraceParameter("disabled child", hasDisabledChild)],
        basis: [.familyBenefitsAct(article: "5", paragraph: hasDisabledChild ? "2" : "1")]))
    trace.record(
      TraceStep(
        rule: rule, label: "Dochód na osobę y = Y ÷ n (income per person)", value: .text(perPerson.description),
        note: withinCriterion ? "does not exceed the criterion" : "exceeds the criterion",
        parameters: [TraceParameter("n", facts.size), TraceParameter("criterion", criterionPerPerson)],
        basis: [.familyBenefitsAct(article: "5", paragraph: hasDisabledChild ? "2" : "1")]))
    func withIncome(_ decision: BenefitDecision) -> BenefitDecision {
      var decision = decision
      decision.criterion = criterionPerPerson
      decision.incomePerPerson = perPerson.roundedHalfUp()
      return decision
    }

    // Each child's zasiłek rodzinny by age (art. 6 ust. 1–2).
    var fullEntries: [BenefitDecision.Entry] = []
    var fullAmount = Money.zero
    for child in children {
      let amount = child.eligible ? bands.amount(age: child.age) : Money.zero
      fullEntries.append(.init(id: child.member.id, entitled: child.eligible, amount: amount))
      fullAmount = try fullAmount.adding(amount)
      trace.record(
        TraceStep(
          rule: rule, label: "Zasiłek rodzinny — \(child.member.id)", value: .money(amount),
          note: child.eligible ? nil : "not an eligible child (art. 6 ust. 1)",
          parameters: [
            TraceParameter("age", child.age), TraceParameter("education", child.member.education.rawValue),
            TraceParameter("disability", child.member.disability.rawValue),
          ],
          basis: [.familyBenefitsAct(article: "6", paragraph: "1"), .familyBenefitsAct(article: "6", paragraph: "2")]))
    }
    guard children.contains(where: \.eligible) else {
      trace.record(
        TraceStep(
          rule: rule, label: "Zasiłek rodzinny (family allowance)", value: .money(.zero),
          note: "no eligible child, so no dodatek either (art. 8)",
          basis: [.familyBenefitsAct(article: "6", paragraph: "1")]))
      return answer(.decided(withIncome(notEntitled(.familyAllowance, .noEligibleChild)))) {
        .decided(notEntitled($0, .noEligibleChild))
      }
    }

    // Each supplement on its own conditions.
    var assessments: [FamilyBenefit: FamilyAllowanceSupplements.Assessment] = [:]
    for supplement in supplements where unverified[supplement] == nil {
      assessments[supplement] = try FamilyAllowanceSupplements.assess(
        supplement, facts: facts, children: children, trace: &trace)
    }

    /// The supplement's outcome once *zasiłek rodzinny* is settled: granted (`reduced` or not), or
    /// not with `reason`, or undetermined (`pending`) where the reduction's total cannot be formed.
    func supplementOutcome(
      _ supplement: FamilyBenefit, granted: Bool, reason: FamilyReason, reduced: Bool, pending: BenefitOutcome? = nil
    ) -> BenefitOutcome {
      switch assessments[supplement] {
      case .notEncoded(let why): return .parameterNotEncoded(why)
      case .missing(let path): return .missingField(path)
      case .notMet(let own): return .decided(notEntitled(supplement, own))
      case .met(let amount, let entries):
        if let pending { return pending }
        guard granted else { return .decided(notEntitled(supplement, reason)) }
        var decision = BenefitDecision(
          entitled: true, amount: amount, reason: nil, periodFrom: period.from, periodTo: period.to)
        decision.perChild = entries
        decision.reduced = reduced
        return .decided(decision)
      case nil: return .parameterNotEncoded(unverified[supplement] ?? "not decided")
      }
    }
    func grantedAllowance(reduced: Bool) -> BenefitDecision {
      var decision = BenefitDecision(
        entitled: true, amount: fullAmount, reason: nil, periodFrom: period.from, periodTo: period.to)
      decision.perChild = fullEntries
      decision.reduced = reduced
      return withIncome(decision)
    }
    trace.record(
      TraceStep(
        rule: rule, label: "Zasiłek rodzinny (family allowance), full amount", value: .money(fullAmount),
        parameters: [
          TraceParameter("under 5", bands.underFive), TraceParameter("5 to 17", bands.fiveToEighteen),
          TraceParameter("18 and over", bands.eighteenAndOver),
        ],
        basis: [.familyBenefitsAct(article: "6", paragraph: "2")]))

    // Y ≤ K × n: everything at full amounts.
    if withinCriterion {
      return answer(.decided(grantedAllowance(reduced: false))) {
        supplementOutcome($0, granted: true, reason: .incomeAboveCriterion, reduced: false)
      }
    }
    // Y > K × n before 2016-01-01: nothing (no reduction yet).
    guard let minimum = IncomeExcessReduction.minimum[date] else {
      trace.record(
        TraceStep(
          rule: rule, label: "Zasiłek rodzinny (family allowance)", value: .money(.zero),
          note: "income above the criterion; before 2016-01-01 no reduced amount is paid",
          basis: [.familyBenefitsAct(article: "5", paragraph: hasDisabledChild ? "2" : "1")]))
      return answer(.decided(withIncome(notEntitled(.familyAllowance, .incomeAboveCriterion)))) {
        supplementOutcome($0, granted: false, reason: .incomeAboveCriterion, reduced: false)
      }
    }

    // "Złotówka za złotówkę": the total T needs every supplement whose own condition holds or is unknown.
    var shares: [(benefit: FamilyBenefit, amount: Money)] = [(.familyAllowance, fullAmount)]
    var pending: BenefitOutcome?
    for supplement in supplements {
      switch assessments[supplement] {
      case .met(let amount, _): shares.append((supplement, amount))
      case .notMet: break
      case .missing(let path): pending = pending ?? .missingField(path)
      case .notEncoded(let why): pending = pending ?? .parameterNotEncoded(why)
      case nil: pending = pending ?? .parameterNotEncoded(unverified[supplement] ?? "not decided")
      }
    }
    if let pending {
      return answer(
        pending,
        { supplementOutcome($0, granted: false, reason: .incomeAboveCriterion, reduced: false, pending: pending) },
        reduction: pending)
    }
    let reduction = try IncomeExcessReduction.compute(
      shares: shares, income: income, threshold: threshold, minimum: minimum, trace: &trace)
    let reductionDecision = IncomeExcessReduction.decision(reduction, periodFrom: period.from, periodTo: period.to)
    if reduction.isPaid {
      return answer(
        .decided(grantedAllowance(reduced: true)),
        { supplementOutcome($0, granted: true, reason: .incomeAboveCriterion, reduced: true) },
        reduction: .decided(reductionDecision))
    }
    return answer(
      .decided(withIncome(notEntitled(.familyAllowance, .incomeAboveCriterion))),
      { supplementOutcome($0, granted: false, reason: .incomeAboveCriterion, reduced: false) },
      reduction: .decided(reductionDecision))
  }
}
