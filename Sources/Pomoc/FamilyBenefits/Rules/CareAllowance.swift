/// *Zasiłek pielęgnacyjny* (care allowance), art. 16 u.ś.r.: a monthly amount per member who
/// needs care, with no income test.
///
/// Who (art. 16 ust. 2): a child under 16 with *orzeczenie o niepełnosprawności*; a person aged
/// 16 or more with a severe degree of disability (*znaczny stopień*); a person aged 16 or more
/// with a moderate degree that arose before age 21; a person aged 75 or more. Not for a person in
/// an institution with 24-hour care, nor for one who receives *dodatek pielęgnacyjny* (ust. 6).
public enum CareAllowance {
  /// The monthly amount (art. 16 ust. 3–4 and the art. 19 verifications): 153.00 (in force
  /// before 2012-11-01), 184.42 from 2018-11-01 (Dz.U. 2018 poz. 1497), 215.84 from 2019-11-01.
  public static let amounts = DatedAmounts<Money>([
    (CivilDate(2012, 11, 1), Money(grosze: 15_300)),
    (CivilDate(2018, 11, 1), Money(grosze: 18_442)),
    (CivilDate(2019, 11, 1), Money(grosze: 21_584)),
  ])

  /// Art. 16 u.ś.r.
  public static let basis: [LegalCitation] = [.familyBenefitsAct(article: "16")]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.careAllowance.rawValue)

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    guard let amount = amounts[facts.date] else {
      return .parameterNotEncoded("the amount of zasiłek pielęgnacyjny on \(facts.date) is not verified")
    }
    var entries: [BenefitDecision.Entry] = []
    var total = Money.zero
    for (index, (member, age)) in facts.members.enumerated() {
      var qualifies: Bool
      switch member.disability {
      case .certificate, .certificateCare: qualifies = age < 16
      case .severe: qualifies = age >= 16
      case .moderate:
        // The onset age is read only where it decides: from age 21 (before it, onset < 21 holds).
        if age < 21 {
          qualifies = age >= 16
        } else {
          guard let onset = member.disabilityOnsetAge else {
            return .missingField("members[\(index)].disability_onset_age")
          }
          qualifies = onset < 21
        }
      case .none, .light: qualifies = false
      }
      if age >= 75 { qualifies = true }
      if member.institution24h || member.receivesNursingSupplement { qualifies = false }
      entries.append(.init(id: member.id, entitled: qualifies, amount: qualifies ? amount : .zero))
      if qualifies { total = try total.adding(amount) }
      trace.record(
        TraceStep(
          rule: rule, label: "Zasiłek pielęgnacyjny — \(member.id)", value: .flag(qualifies),
          note: qualifies ? nil : "no condition of art. 16 ust. 2 met, or excluded by ust. 6",
          parameters: [
            TraceParameter("age", age), TraceParameter("disability", member.disability.rawValue),
            TraceParameter("amount", amount),
          ],
          basis: [.familyBenefitsAct(article: "16", paragraph: "2"), .familyBenefitsAct(article: "16", paragraph: "6")])
      )
    }
    let entitled = entries.contains { $0.entitled }
    var decision = BenefitDecision(
      entitled: entitled, amount: entitled ? total : .zero, reason: entitled ? nil : .noEligibleMember)
    decision.perMember = entries
    trace.record(
      TraceStep(
        rule: rule, label: "Zasiłek pielęgnacyjny (care allowance)", value: .money(decision.amount ?? .zero),
        parameters: [TraceParameter("amount per member", amount)], basis: basis))
    return .decided(decision)
  }
}
