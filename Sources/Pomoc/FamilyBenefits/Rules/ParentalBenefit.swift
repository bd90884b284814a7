/// *Świadczenie rodzicielskie* (parental benefit), art. 17c u.ś.r.: 1000.00 a month, with no
/// income test, for a parent who does not receive *zasiłek macierzyński*, for 52 weeks after the
/// birth of one child, 65 / 67 / 69 / 71 weeks for 2 / 3 / 4 / 5 or more children born at once
/// (art. 17c ust. 3), extended from 2025-03-19 for a hospitalised or premature child (ust. 3a–3f,
/// *ustawa z 6 grudnia 2024 r. o zmianie ustawy – Kodeks pracy oraz niektórych innych ustaw*,
/// Dz.U. 2024 poz. 1871).
///
/// In force from 2016-01-01 (*ustawa z 24 lipca 2015 r.*, Dz.U. 2015 poz. 1217). For part of a
/// month the amount is divided by the calendar days of the month, multiplied by the days due and
/// rounded up to 10 grosze (art. 17c ust. 7). The period runs from the day of birth.
public enum ParentalBenefit {
  /// The monthly amount: 1000.00 from 2016-01-01 (art. 17c ust. 5, Dz.U. 2015 poz. 1217;
  /// unchanged through 2026).
  public static let amounts = DatedAmounts<Money>([(CivilDate(2016, 1, 1), Money(zloty: 1000))])

  /// The weeks by the number of children born at once, 1 … 5 or more (art. 17c ust. 3).
  public static let weeksByChildren = [52, 65, 67, 69, 71]

  /// The first day of the extension for a hospitalised or premature child (art. 17c ust. 3a–3f,
  /// Dz.U. 2024 poz. 1871): extra weeks given for an earlier date are not applied.
  public static let extraWeeksFrom = CivilDate(2025, 3, 19)

  /// Art. 17c u.ś.r.
  public static let basis: [LegalCitation] = [.familyBenefitsAct(article: "17c")]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.parentalBenefit.rawValue)

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    func notEntitled(_ reason: FamilyReason, _ period: (CivilDate, CivilDate)? = nil) -> BenefitOutcome {
      var decision = BenefitDecision.notEntitled(reason, periodFrom: period?.0, periodTo: period?.1)
      decision.monthAmount = .zero
      return .decided(decision)
    }
    let firstDay = amounts.entries[0].from
    guard let amount = amounts[facts.date] else { return notEntitled(.notInForce) }

    // The youngest child and every child born the same day.
    let children = facts.children
    guard let birth = children.map(\.member.birthDate).max() else {
      trace.record(
        TraceStep(
          rule: rule, label: "Świadczenie rodzicielskie — child", value: .count(0),
          basis: [.familyBenefitsAct(article: "17c", paragraph: "1")]))
      return notEntitled(.noEligibleChild)
    }
    let born = children.filter { $0.member.birthDate == birth }.count
    let extraWeeks = facts.date >= extraWeeksFrom ? facts.family.parentalBenefitExtraWeeks : 0
    let weeks = weeksByChildren[Swift.min(born, weeksByChildren.count) - 1] + extraWeeks
    let periodTo = Self.day(Self.dayNumber(birth) + 7 * weeks - 1)
    trace.record(
      TraceStep(
        rule: rule, label: "Świadczenie rodzicielskie — period", value: .text("\(birth) – \(periodTo)"),
        note: extraWeeks == 0 && facts.family.parentalBenefitExtraWeeks > 0
          ? "extra weeks apply only from \(extraWeeksFrom)" : nil,
        parameters: [
          TraceParameter("children born \(birth)", born), TraceParameter("weeks", weeks),
          TraceParameter("extra weeks", extraWeeks),
        ],
        basis: [
          .familyBenefitsAct(article: "17c", paragraph: "3"), .familyBenefitsAct(article: "17c", paragraph: "3a"),
        ]))
    if facts.date > periodTo { return notEntitled(.noEligibleChild, (birth, periodTo)) }
    if birth < firstDay {
      return .parameterNotEncoded("świadczenie rodzicielskie for a child born before \(firstDay) is not encoded")
    }
    if facts.family.maternityAllowance {
      trace.record(
        TraceStep(
          rule: rule, label: "Świadczenie rodzicielskie — zasiłek macierzyński", value: .flag(true),
          note: "a parent receives zasiłek macierzyński", basis: [.familyBenefitsAct(article: "17c", paragraph: "2")]))
      return notEntitled(.maternityAllowance, (birth, periodTo))
    }

    // The month of the date: the days of the period in it ÷ its days, rounded up to 10 gr.
    let monthDays = CivilDate.daysIn(month: facts.date.month, year: facts.date.year)
    let monthStart = Self.dayNumber(CivilDate(year: facts.date.year, month: facts.date.month, day: 1) ?? facts.date)
    let monthEnd = monthStart + monthDays - 1
    let daysDue = Swift.min(monthEnd, Self.dayNumber(periodTo)) - Swift.max(monthStart, Self.dayNumber(birth)) + 1
    let monthAmount = try RationalAmount(money: amount).multiplied(by: Int64(daysDue), dividedBy: Int64(monthDays))
      .roundedUpToTenGrosze()
    trace.record(
      TraceStep(
        rule: rule, label: "Świadczenie rodzicielskie — the month of \(facts.date)", value: .money(monthAmount),
        note: daysDue == monthDays ? "a full month" : "amount × days due ÷ days of the month, rounded up to 10 gr",
        parameters: [
          TraceParameter("amount", amount), TraceParameter("days due", daysDue),
          TraceParameter("days of the month", monthDays),
        ],
        basis: [.familyBenefitsAct(article: "17c", paragraph: "5"), .familyBenefitsAct(article: "17c", paragraph: "7")])
    )
    var decision = BenefitDecision(entitled: true, amount: amount, reason: nil, periodFrom: birth, periodTo: periodTo)
    decision.monthAmount = monthAmount
    return .decided(decision)
  }

  /// Days since 1970-01-01 of a date (proleptic Gregorian).
  static func dayNumber(_ date: CivilDate) -> Int {
    let y = date.month <= 2 ? date.year - 1 : date.year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date of a day number (the inverse of ``dayNumber(_:)``).
  static func day(_ number: Int) -> CivilDate {
    let z = number + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return CivilDate(year: year, month: month, day: day) ?? CivilDate(9999, 12, 31)
  }
}
