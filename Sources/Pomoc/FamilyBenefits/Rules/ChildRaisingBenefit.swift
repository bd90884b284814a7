/// *Świadczenie wychowawcze* (child-raising benefit, "500+" / "800+"), *ustawa z 11 lutego 2016 r.
/// o pomocy państwa w wychowywaniu dzieci* (u.p.p.w.d.): a monthly amount per child under 18.
///
/// In force from 2016-04-01 (art. 58, Dz.U. 2016 poz. 195). To 2019-06-30 the first child (the
/// only or the oldest under 18) was paid only when the family's income per person did not exceed
/// 800.00, or 1200.00 with a disabled child in the family (art. 5 ust. 3–4 as then in force); the
/// second and further children without an income test. From 2019-07-01 every child, with no
/// income test. 500.00 a child, 800.00 from 2024-01-01 (Dz.U. 2023 poz. 1565).
public enum ChildRaisingBenefit {
  /// The monthly amount per child: 500.00 from 2016-04-01 (art. 5 ust. 1, Dz.U. 2016 poz. 195),
  /// 800.00 from 2024-01-01 (*ustawa z 7 lipca 2023 r.*, Dz.U. 2023 poz. 1565).
  public static let amounts = DatedAmounts<Money>([
    (CivilDate(2016, 4, 1), Money(zloty: 500)),
    (CivilDate(2024, 1, 1), Money(zloty: 800)),
  ])

  /// The criterion per person for the first child, 2016-04-01 – 2019-06-30 (art. 5 ust. 3,
  /// Dz.U. 2016 poz. 195).
  public static let criterion = Money(zloty: 800)

  /// The same with a disabled child in the family (art. 5 ust. 4, Dz.U. 2016 poz. 195).
  public static let criterionWithDisabledChild = Money(zloty: 1200)

  /// The first day without the income test (the 2019 amendment of u.p.p.w.d.).
  public static let incomeTestEnd = CivilDate(2019, 7, 1)

  /// Art. 4–5 u.p.p.w.d.
  public static let basis: [LegalCitation] = [.childRaisingAct(article: "4"), .childRaisingAct(article: "5")]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.childRaisingBenefit.rawValue)

  /// The income year of the income test on `date` (art. 7 u.p.p.w.d.): 2014 for the first
  /// period, 2016-04-01 – 2017-09-30; then the year before each 1 October – 30 September period:
  /// 2016 for 2017-10-01 – 2018-09-30, 2017 for 2018-10-01 – 2019-06-30.
  public static func incomeYear(on date: CivilDate) -> Int {
    if date < CivilDate(2017, 10, 1) { return 2014 }
    return (date.month >= 10 ? date.year : date.year - 1) - 1
  }

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    let children = facts.children
    func allNotEntitled(_ reason: FamilyReason) -> BenefitDecision {
      var decision = BenefitDecision.notEntitled(reason)
      decision.perChild = children.map { .init(id: $0.member.id, entitled: false, amount: .zero) }
      return decision
    }
    guard let amount = amounts[facts.date] else { return .decided(allNotEntitled(.notInForce)) }
    let candidates = children.indices.filter { children[$0].age < 18 }
    trace.record(
      TraceStep(
        rule: rule, label: "Świadczenie wychowawcze — children under 18", value: .count(candidates.count),
        basis: [.childRaisingAct(article: "4", paragraph: "2")]))
    guard !candidates.isEmpty else { return .decided(allNotEntitled(.noEligibleChild)) }

    // To 2019-06-30: the first child (the oldest under 18, the first in input order on a tie)
    // only within the criterion.
    var firstChild: Int?
    var firstChildWithin = true
    var shownCriterion: Money?
    var shownIncome: Money?
    if facts.date < incomeTestEnd {
      let year = incomeYear(on: facts.date)
      guard let income = try facts.monthlyIncome(year: year) else { return .missingField("incomes.\(year)") }
      let perPerson = try facts.incomePerPerson(income)
      let limit = facts.hasDisabledChild ? criterionWithDisabledChild : criterion
      firstChild = candidates.min { children[$0].member.birthDate < children[$1].member.birthDate }
      firstChildWithin = !(RationalAmount(money: limit) < perPerson)
      shownCriterion = limit
      shownIncome = perPerson.roundedHalfUp()
      trace.record(
        TraceStep(
          rule: rule, label: "Świadczenie wychowawcze — income per person (first child)",
          value: .flag(firstChildWithin),
          note: firstChildWithin ? "does not exceed the criterion" : "exceeds the criterion",
          parameters: [
            TraceParameter("income per person", perPerson.description), TraceParameter("persons", facts.size),
            TraceParameter("income year", year), TraceParameter("criterion", limit),
            TraceParameter("disabled child", facts.hasDisabledChild),
          ],
          basis: [
            LegalCitation(act: "u.p.p.w.d.", article: "5", paragraph: "3", publication: "Dz.U. 2016 poz. 195"),
            LegalCitation(act: "u.p.p.w.d.", article: "5", paragraph: "4", publication: "Dz.U. 2016 poz. 195"),
            .childRaisingAct(article: "7"),
          ]))
    }

    var entries: [BenefitDecision.Entry] = []
    var total = Money.zero
    for (index, child) in children.enumerated() {
      let entitled = child.age < 18 && (index != firstChild || firstChildWithin)
      entries.append(.init(id: child.member.id, entitled: entitled, amount: entitled ? amount : .zero))
      if entitled { total = try total.adding(amount) }
    }
    let entitled = entries.contains { $0.entitled }
    // Not entitled with candidates: only the first child, above the criterion, can be refused.
    var decision = BenefitDecision(
      entitled: entitled, amount: entitled ? total : .zero, reason: entitled ? nil : .incomeAboveCriterion)
    decision.perChild = entries
    decision.criterion = shownCriterion
    decision.incomePerPerson = shownIncome
    trace.record(
      TraceStep(
        rule: rule, label: "Świadczenie wychowawcze (child-raising benefit)", value: .money(decision.amount ?? .zero),
        parameters: [TraceParameter("amount per child", amount)],
        basis: [.childRaisingAct(article: "5", paragraph: "1")]))
    return .decided(decision)
  }
}
