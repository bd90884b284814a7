/// *Jednorazowa zapomoga z tytułu urodzenia się dziecka* (birth grant, "becikowe"), art. 15b
/// u.ś.r.: 1000.00 once per live-born child, when the family's income per person does not exceed
/// 1922.00 and the mother was under medical care from the 10th week of pregnancy.
///
/// The application is made within 12 months of the birth; a late one is not examined (art. 15b
/// ust. 3). The income is that of the base year of the *okres zasiłkowy* with art. 5 ust. 4–4b
/// (art. 15b ust. 2); "złotówka za złotówkę" does not apply. The later term for guardians and
/// adopters (from taking into care) is not modelled.
public enum BirthGrant {
  /// The amount per child: 1000.00 (art. 15b ust. 1, statutory, no art. 19 verification).
  /// Encoded from 2021-11-01, the first day for which the criterion below is verified.
  public static let amounts = DatedAmounts<Money>([
    (CivilDate(2012, 11, 1), nil),
    (CivilDate(2021, 11, 1), Money(zloty: 1000)),
  ])

  /// The criterion per person: 1922.00 (art. 15b ust. 2; RM regulation of 13 August 2021,
  /// Dz.U. 2021 poz. 1481, § 1 pkt 3; kept in 2024). Its first day is not verified: `nil` before
  /// 2021-11-01.
  public static let criterion = DatedAmounts<Money>([
    (CivilDate(2012, 11, 1), nil),
    (CivilDate(2021, 11, 1), Money(zloty: 1922)),
  ])

  /// The months within which the application is made (art. 15b ust. 3).
  public static let applicationMonths = 12

  /// Art. 15b u.ś.r.
  public static let basis: [LegalCitation] = [.familyBenefitsAct(article: "15b")]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.birthGrant.rawValue)

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    guard let amount = amounts[facts.date], let criterion = criterion[facts.date] else {
      return .parameterNotEncoded("the criterion of jednorazowa zapomoga on \(facts.date) is not verified")
    }
    let children = facts.children
    // A candidate: the date no later than 12 months after the birth (art. 15b ust. 3; art. 112
    // k.c.: the same day number, or the last day of a month without it).
    let isCandidate = children.map { facts.date <= Self.lastApplicationDay(birth: $0.member.birthDate) }
    guard isCandidate.contains(true) else {
      trace.record(
        TraceStep(
          rule: rule, label: "Jednorazowa zapomoga — children born in the last 12 months", value: .count(0),
          basis: [.familyBenefitsAct(article: "15b", paragraph: "3")]))
      var decision = BenefitDecision.notEntitled(.noEligibleChild)
      decision.perChild = children.map { .init(id: $0.member.id, entitled: false, amount: .zero) }
      return .decided(decision)
    }

    // Needed fields: the income of the base year, then each candidate's prenatal care.
    let baseYear = facts.benefitPeriod.baseYear
    guard let income = try facts.monthlyIncome(year: baseYear) else { return .missingField("incomes.\(baseYear)") }
    let childIndices = facts.family.members.indices.filter { facts.family.members[$0].role == .child }
    for (position, index) in childIndices.enumerated()
    where isCandidate[position] && facts.family.members[index].prenatalCare == nil {
      return .missingField("members[\(index)].prenatal_care")
    }

    let perPerson = try facts.incomePerPerson(income)
    let withinCriterion = !(RationalAmount(money: criterion) < perPerson)
    trace.record(
      TraceStep(
        rule: rule, label: "Jednorazowa zapomoga — income per person", value: .flag(withinCriterion),
        note: withinCriterion ? "does not exceed the criterion" : "exceeds the criterion",
        parameters: [
          TraceParameter("income per person", perPerson.description), TraceParameter("persons", facts.size),
          TraceParameter("income year", baseYear), TraceParameter("criterion", criterion),
        ],
        basis: [.familyBenefitsAct(article: "15b", paragraph: "2")]))

    var entries: [BenefitDecision.Entry] = []
    var firstCandidateReason: FamilyReason?
    var total = Money.zero
    for (position, child) in children.enumerated() {
      guard isCandidate[position] else {
        entries.append(.init(id: child.member.id, entitled: false, amount: .zero))
        continue
      }
      // Prenatal care is checked before the income.
      let reason: FamilyReason? =
        child.member.prenatalCare != true ? .noPrenatalCare : withinCriterion ? nil : .incomeAboveCriterion
      if firstCandidateReason == nil { firstCandidateReason = reason }
      entries.append(.init(id: child.member.id, entitled: reason == nil, amount: reason == nil ? amount : .zero))
      if reason == nil { total = try total.adding(amount) }
      trace.record(
        TraceStep(
          rule: rule, label: "Jednorazowa zapomoga — \(child.member.id)", value: .money(reason == nil ? amount : .zero),
          note: reason.map { "not entitled: \($0.rawValue)" },
          parameters: [
            TraceParameter("birth date", child.member.birthDate),
            TraceParameter("prenatal care", child.member.prenatalCare == true),
          ],
          basis: [
            .familyBenefitsAct(article: "15b", paragraph: "1"), .familyBenefitsAct(article: "15b", paragraph: "5"),
          ]
        ))
    }
    let entitled = entries.contains { $0.entitled }
    // Not entitled: every candidate has a reason; the benefit's is the first candidate's.
    let reason: FamilyReason? = entitled ? nil : firstCandidateReason ?? .noEligibleChild
    var decision = BenefitDecision(entitled: entitled, amount: entitled ? total : .zero, reason: reason)
    decision.perChild = entries
    decision.criterion = criterion
    decision.incomePerPerson = perPerson.roundedHalfUp()
    return .decided(decision)
  }

  /// The last day of the 12 months after `birth` (art. 15b ust. 3 with art. 112 k.c.): the day
  /// of the same number 12 months on, or the last day of that month when it has no such day.
  public static func lastApplicationDay(birth: CivilDate) -> CivilDate {
    let total = birth.month - 1 + applicationMonths
    let year = birth.year + total / 12
    let month = total % 12 + 1
    let day = Swift.min(birth.day, CivilDate.daysIn(month: month, year: year))
    return CivilDate(year: year, month: month, day: day) ?? birth
  }
}
