/// The supplements to *zasiłek rodzinny* (*dodatki do zasiłku rodzinnego*, art. 8–15 u.ś.r.):
/// their amounts and each one's own conditions.
///
/// A supplement is paid only with *zasiłek rodzinny* and only for a child for whom it is paid
/// (art. 8); ``FamilyAllowance`` joins each supplement's own conditions, judged here, to the
/// income test of *zasiłek rodzinny*. Amounts set by the Council of Ministers under art. 19
/// (verification every three years) hold from 1 November of the year named.
public enum FamilyAllowanceSupplements {
  /// *Dodatek z tytułu urodzenia dziecka*, once per child (art. 9 ust. 3: „jednorazowo, w
  /// wysokości 1000,00 zł”; statutory, not verified under art. 19): 1000.00, in force before 2012-11-01.
  public static let birth = DatedAmounts<Money>([(CivilDate(2012, 11, 1), 1000)])

  /// *Dodatek z tytułu opieki nad dzieckiem w okresie korzystania z urlopu wychowawczego*, one per
  /// family (art. 10 ust. 2: „jeden dodatek w wysokości 400,00 zł miesięcznie niezależnie od liczby
  /// dzieci”; statutory): 400.00 a month, in force before 2012-11-01.
  public static let parentalLeave = DatedAmounts<Money>([(CivilDate(2012, 11, 1), 400)])

  /// The amounts of *dodatek z tytułu samotnego wychowywania dziecka* (art. 11a ust. 3–4).
  public struct SingleParentAmounts: Hashable, Sendable {
    /// The monthly amount per child (art. 11a ust. 3).
    public var perChild: Money
    /// The cap for all children (art. 11a ust. 3: *nie więcej jednak niż*).
    public var cap: Money
    /// The increase per disabled child (art. 11a ust. 4: „zwiększa się o 80,00 zł na dziecko”).
    public var disabledIncrease: Money = 80
    /// The cap of the increase (art. 11a ust. 4: „nie więcej jednak niż o 160,00 zł”).
    public var disabledIncreaseCap: Money = 160
  }

  /// *Dodatek z tytułu samotnego wychowywania dziecka* (art. 11a): 170 / 340 (art. 11a ust. 3,
  /// statutory amount, in force before 2012-11-01), 185 / 370 from 2015-11-01 and 193 / 386 from
  /// 2016-11-01 (RM regulation of 7 Aug 2015, Dz.U. 2015 poz. 1238; kept by the RM regulation of
  /// 13 Aug 2021, Dz.U. 2021 poz. 1481, § 1 pkt 7, and in 2024); the +80 / +160 increase is
  /// statutory throughout (art. 11a ust. 4).
  public static let singleParent = DatedAmounts<SingleParentAmounts>([
    (CivilDate(2012, 11, 1), SingleParentAmounts(perChild: 170, cap: 340)),
    (CivilDate(2015, 11, 1), SingleParentAmounts(perChild: 185, cap: 370)),
    (CivilDate(2016, 11, 1), SingleParentAmounts(perChild: 193, cap: 386)),
  ])

  /// *Dodatek z tytułu wychowywania dziecka w rodzinie wielodzietnej*, per third and further
  /// child (art. 12a ust. 2): the amount paid before 2015-11-01 is not verified (the statutory
  /// 50.00 was replaced by an art. 19 verification whose amount and day are not confirmed);
  /// 90.00 from 2015-11-01 and 95.00 from 2016-11-01 (Dz.U. 2015 poz. 1238; kept by Dz.U. 2021
  /// poz. 1481, § 1 pkt 8, and in 2024).
  public static let largeFamily = DatedAmounts<Money>([
    (CivilDate(2012, 11, 1), nil),
    (CivilDate(2015, 11, 1), 90),
    (CivilDate(2016, 11, 1), 95),
  ])

  /// The monthly amounts of *dodatek z tytułu kształcenia i rehabilitacji dziecka
  /// niepełnosprawnego* by the child's age (art. 13 ust. 2).
  public struct DisabledChildEducationAmounts: Hashable, Sendable {
    /// For a child under 5 (*do ukończenia 5. roku życia*).
    public var underFive: Money
    /// For a child from 5 to 24.
    public var fiveAndOver: Money

    /// The amount for a child aged `age`.
    public func amount(age: Int) -> Money { age < 5 ? underFive : fiveAndOver }
  }

  /// *Dodatek z tytułu kształcenia i rehabilitacji dziecka niepełnosprawnego* (art. 13): 60 / 80
  /// (an art. 19 verification in force before 2012-11-01, replacing the statutory 50 / 70 of
  /// art. 13 ust. 2; the regulation itself was not identified), 80 / 100 from 2015-11-01
  /// (Dz.U. 2015 poz. 1238), 90 / 110 from 2016-11-01 (same regulation; kept by Dz.U. 2021
  /// poz. 1481, § 1 pkt 9, and in 2024).
  public static let disabledChildEducation = DatedAmounts<DisabledChildEducationAmounts>([
    (CivilDate(2012, 11, 1), DisabledChildEducationAmounts(underFive: 60, fiveAndOver: 80)),
    (CivilDate(2015, 11, 1), DisabledChildEducationAmounts(underFive: 80, fiveAndOver: 100)),
    (CivilDate(2016, 11, 1), DisabledChildEducationAmounts(underFive: 90, fiveAndOver: 110)),
  ])

  /// *Dodatek z tytułu rozpoczęcia roku szkolnego*, once a year per child (art. 14 ust. 2: „raz w
  /// roku … w wysokości 100,00 zł na dziecko”; statutory since 2006-09-01).
  public static let schoolYear = DatedAmounts<Money>([(CivilDate(2012, 11, 1), 100)])

  /// The monthly amounts of *dodatek z tytułu podjęcia przez dziecko nauki w szkole poza miejscem
  /// zamieszkania* (art. 15 ust. 1).
  public struct StudyAwayAmounts: Hashable, Sendable {
    /// The child lives in the town of the school (art. 15 ust. 1 pkt 1).
    public var livesInSchoolTown: Money
    /// The child commutes to the school (art. 15 ust. 1 pkt 2).
    public var commutes: Money

    /// The amount for the way the child studies away, `nil` when not away.
    public func amount(_ way: FamilyMember.StudyAway) -> Money? {
      switch way {
      case .none: return nil
      case .livesInSchoolTown: return livesInSchoolTown
      case .commutes: return commutes
      }
    }
  }

  /// *Dodatek z tytułu podjęcia przez dziecko nauki w szkole poza miejscem zamieszkania*
  /// (art. 15), paid for 10 months (September–June): 90 / 50 (an art. 19 verification in force
  /// before 2012-11-01, replacing the statutory 80 / 40; the regulation itself was not
  /// identified), 105 / 63 from 2015-11-01 (Dz.U. 2015 poz. 1238), 113 / 69 from 2016-11-01
  /// (same regulation; kept in 2021 and 2024).
  public static let studyAway = DatedAmounts<StudyAwayAmounts>([
    (CivilDate(2012, 11, 1), StudyAwayAmounts(livesInSchoolTown: 90, commutes: 50)),
    (CivilDate(2015, 11, 1), StudyAwayAmounts(livesInSchoolTown: 105, commutes: 63)),
    (CivilDate(2016, 11, 1), StudyAwayAmounts(livesInSchoolTown: 113, commutes: 69)),
  ])

  /// The articles of each supplement.
  static func basis(_ supplement: FamilyBenefit) -> [LegalCitation] {
    switch supplement {
    case .birthSupplement:
      return [
        .familyBenefitsAct(article: "9", paragraph: "3"), .familyBenefitsAct(article: "9", paragraph: "4"),
        .familyBenefitsAct(article: "9", paragraph: "6"),
      ]
    case .parentalLeaveSupplement:
      return [.familyBenefitsAct(article: "10", paragraph: "1"), .familyBenefitsAct(article: "10", paragraph: "2")]
    case .singleParentSupplement:
      return [
        .familyBenefitsAct(article: "11a", paragraph: "1"), .familyBenefitsAct(article: "11a", paragraph: "3"),
        .familyBenefitsAct(article: "11a", paragraph: "4"),
      ]
    case .largeFamilySupplement:
      return [.familyBenefitsAct(article: "12a", paragraph: "1"), .familyBenefitsAct(article: "12a", paragraph: "2")]
    case .disabledChildEducationSupplement:
      return [.familyBenefitsAct(article: "13", paragraph: "1"), .familyBenefitsAct(article: "13", paragraph: "2")]
    case .schoolYearSupplement:
      return [.familyBenefitsAct(article: "14", paragraph: "1"), .familyBenefitsAct(article: "14", paragraph: "2")]
    case .studyAwaySupplement:
      return [.familyBenefitsAct(article: "15", paragraph: "1")]
    default:
      return [.familyBenefitsAct(article: "8")]
    }
  }

  /// Whether the supplement is paid per child (its output lists every child).
  static func isPerChild(_ supplement: FamilyBenefit) -> Bool {
    switch supplement {
    case .birthSupplement, .disabledChildEducationSupplement, .schoolYearSupplement, .studyAwaySupplement: return true
    default: return false
    }
  }

  /// Why the supplement's amount on `date` cannot be given (not verified), or `nil` when it can.
  static func unverifiedReason(_ supplement: FamilyBenefit, on date: CivilDate) -> String? {
    let known: Bool
    switch supplement {
    case .birthSupplement: known = birth[date] != nil
    case .parentalLeaveSupplement: known = parentalLeave[date] != nil
    case .singleParentSupplement: known = singleParent[date] != nil
    case .largeFamilySupplement: known = largeFamily[date] != nil
    case .disabledChildEducationSupplement: known = disabledChildEducation[date] != nil
    case .schoolYearSupplement: known = schoolYear[date] != nil
    case .studyAwaySupplement: known = studyAway[date] != nil
    default: known = false
    }
    return known ? nil : "the amount of \(supplement.rawValue) on \(date) is not verified (art. 19 u.ś.r.)"
  }

  /// A supplement judged on its own conditions, before the income test of *zasiłek rodzinny*.
  enum Assessment: Hashable, Sendable {
    /// The amount on the date is not verified.
    case notEncoded(String)
    /// A fact the supplement needs is absent (its path).
    case missing(String)
    /// Its own condition fails, for this reason.
    case notMet(FamilyReason)
    /// Its own condition holds: the family amount (monthly, or once for art. 9 and 14) and, for a
    /// supplement paid per child, every child's entry.
    case met(amount: Money, perChild: [BenefitDecision.Entry]?)
  }

  /// Judges `supplement` on its own conditions for the family's children (``FamilyAllowance/Child``,
  /// every member with role child in input order).
  static func assess<R: TraceRecorder>(
    _ supplement: FamilyBenefit, facts: FamilyFacts, children: [FamilyAllowance.Child], trace: inout R
  ) throws -> Assessment {
    let date = facts.date
    let rule = RuleID(rawValue: supplement.rawValue)
    let eligible = children.filter(\.eligible)

    /// Per-child amounts: the amount of each child that qualifies, `nil` for the others.
    func perChild(_ amountOf: (FamilyAllowance.Child) -> Money?) throws -> Assessment? {
      var total = Money.zero
      var entries: [BenefitDecision.Entry] = []
      for child in children {
        let amount = child.eligible ? amountOf(child) : nil
        entries.append(.init(id: child.member.id, entitled: amount != nil, amount: amount ?? .zero))
        if let amount { total = try total.adding(amount) }
        trace.record(
          TraceStep(
            rule: rule, label: "\(label(supplement)) — \(child.member.id)", value: .money(amount ?? .zero),
            note: amount == nil
              ? (child.eligible ? "the condition of the article is not met" : "not an eligible child") : nil,
            parameters: [TraceParameter("age", child.age)], basis: basis(supplement)))
      }
      return entries.contains(where: \.entitled) ? .met(amount: total, perChild: entries) : nil
    }

    switch supplement {
    case .birthSupplement:
      guard let amount = birth[date] else { return .notEncoded(unverifiedReason(supplement, on: date) ?? "") }
      // Candidates: eligible children under one year (art. 9 ust. 2, application by the 1st birthday).
      let candidates = eligible.filter { $0.age < 1 }
      if candidates.isEmpty {
        trace.record(
          TraceStep(
            rule: rule, label: label(supplement), value: .money(.zero), note: "no eligible child under one year",
            basis: basis(supplement)))
        return .notMet(.noEligibleChild)
      }
      for candidate in candidates where candidate.member.prenatalCare == nil {
        return .missing("members[\(candidate.index)].prenatal_care")
      }
      // Art. 9 ust. 6: medical care from the 10th week of pregnancy (ust. 9: not for guardians, adopters).
      return try perChild { $0.age < 1 && $0.member.prenatalCare == true ? amount : nil } ?? .notMet(.noPrenatalCare)

    case .parentalLeaveSupplement:
      guard let amount = parentalLeave[date] else { return .notEncoded(unverifiedReason(supplement, on: date) ?? "") }
      let holds = facts.family.parentalLeave
      trace.record(
        TraceStep(
          rule: rule, label: label(supplement), value: .money(holds ? amount : .zero),
          note: holds ? "one per family, whatever the number of children" : "the applicant is not on urlop wychowawczy",
          basis: basis(supplement)))
      return holds ? .met(amount: amount, perChild: nil) : .notMet(.conditionNotMet)

    case .singleParentSupplement:
      guard let amounts = singleParent[date] else { return .notEncoded(unverifiedReason(supplement, on: date) ?? "") }
      guard facts.family.singleParent else {
        trace.record(
          TraceStep(
            rule: rule, label: label(supplement), value: .money(.zero),
            note: "the applicant is not osoba samotnie wychowująca dziecko", basis: basis(supplement)))
        return .notMet(.conditionNotMet)
      }
      // Art. 11a ust. 1: no alimony awarded from the other parent (dead, father unknown, claim dismissed).
      let qualifying = eligible.filter { $0.member.noAlimonyReason != .none }
      if qualifying.isEmpty {
        trace.record(
          TraceStep(
            rule: rule, label: label(supplement), value: .money(.zero),
            note: "no eligible child without alimony for a reason of art. 11a ust. 1", basis: basis(supplement)))
        return .notMet(.noEligibleChild)
      }
      // Art. 11a ust. 4: a child with orzeczenie o niepełnosprawności or a severe degree.
      let disabled = qualifying.filter {
        $0.member.disability == .certificate || $0.member.disability == .certificateCare
          || $0.member.disability == .severe
      }
      let base = min(try amounts.perChild.multiplied(by: Int64(qualifying.count)), amounts.cap)
      let increase = min(
        try amounts.disabledIncrease.multiplied(by: Int64(disabled.count)), amounts.disabledIncreaseCap)
      let amount = try base.adding(increase)
      trace.record(
        TraceStep(
          rule: rule, label: label(supplement), value: .money(amount),
          note: "min(k × \(amounts.perChild), \(amounts.cap)) + min(d × \(amounts.disabledIncrease), "
            + "\(amounts.disabledIncreaseCap))",
          parameters: [
            TraceParameter("k (children)", qualifying.count), TraceParameter("d (disabled children)", disabled.count),
            TraceParameter("per child", amounts.perChild), TraceParameter("cap", amounts.cap),
            TraceParameter("increase per disabled child", amounts.disabledIncrease),
            TraceParameter("increase cap", amounts.disabledIncreaseCap),
          ],
          basis: basis(supplement)))
      return .met(amount: amount, perChild: nil)

    case .largeFamilySupplement:
      guard let perChild = largeFamily[date] else { return .notEncoded(unverifiedReason(supplement, on: date) ?? "") }
      // Art. 12a: the third and every further child entitled to zasiłek rodzinny.
      let further = eligible.count - 2
      let amount = further > 0 ? try perChild.multiplied(by: Int64(further)) : .zero
      trace.record(
        TraceStep(
          rule: rule, label: label(supplement), value: .money(amount),
          note: further > 0 ? "\(perChild) × (\(eligible.count) − 2)" : "fewer than three eligible children",
          parameters: [TraceParameter("eligible children", eligible.count), TraceParameter("per child", perChild)],
          basis: basis(supplement)))
      return further > 0 ? .met(amount: amount, perChild: nil) : .notMet(.fewerThanThreeChildren)

    case .disabledChildEducationSupplement:
      guard let amounts = disabledChildEducation[date] else {
        return .notEncoded(unverifiedReason(supplement, on: date) ?? "")
      }
      // Art. 13 ust. 1: under 16 with orzeczenie o niepełnosprawności; 16–24 with a moderate or severe degree.
      return try perChild { child in
        let disability = child.member.disability
        let qualifies =
          child.age < 16
          ? disability == .certificate || disability == .certificateCare
          : child.age < 24 && (disability == .moderate || disability == .severe)
        return qualifies ? amounts.amount(age: child.age) : nil
      } ?? .notMet(.noEligibleChild)

    case .schoolYearSupplement:
      guard let amount = schoolYear[date] else { return .notEncoded(unverifiedReason(supplement, on: date) ?? "") }
      return try perChild { $0.member.startsSchoolYear ? amount : nil } ?? .notMet(.noEligibleChild)

    case .studyAwaySupplement:
      guard let amounts = studyAway[date] else { return .notEncoded(unverifiedReason(supplement, on: date) ?? "") }
      return try perChild { amounts.amount($0.member.studyAway) } ?? .notMet(.noEligibleChild)

    default:
      return .notEncoded("\(supplement.rawValue) is not a supplement of zasiłek rodzinny")
    }
  }

  /// The Polish name of a supplement, for explanations.
  static func label(_ supplement: FamilyBenefit) -> String {
    switch supplement {
    case .birthSupplement: return "Dodatek z tytułu urodzenia dziecka (art. 9)"
    case .parentalLeaveSupplement:
      return "Dodatek z tytułu opieki nad dzieckiem w okresie urlopu wychowawczego (art. 10)"
    case .singleParentSupplement: return "Dodatek z tytułu samotnego wychowywania dziecka (art. 11a)"
    case .largeFamilySupplement: return "Dodatek z tytułu wychowywania dziecka w rodzinie wielodzietnej (art. 12a)"
    case .disabledChildEducationSupplement:
      return "Dodatek z tytułu kształcenia i rehabilitacji dziecka niepełnosprawnego (art. 13)"
    case .schoolYearSupplement: return "Dodatek z tytułu rozpoczęcia roku szkolnego (art. 14)"
    case .studyAwaySupplement: return "Dodatek z tytułu podjęcia nauki poza miejscem zamieszkania (art. 15)"
    default: return supplement.rawValue
    }
  }
}
