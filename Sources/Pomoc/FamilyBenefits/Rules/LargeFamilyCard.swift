/// *Karta Dużej Rodziny* (Large Family Card), *ustawa z 5 grudnia 2014 r. o Karcie Dużej Rodziny*
/// (Dz.U. 2014 poz. 1863, in force 2015-01-01): who in the family may hold the card; it carries no
/// amount and has no income test.
///
/// A *rodzina wielodzietna* has at least three children (art. 4 ust. 1): the parents hold the card
/// for life; a child up to 18, up to 25 in a school or a higher-education institution, and a child
/// with a moderate or severe degree of disability without an age limit (art. 5). From 2019-01-01
/// also parents who have or had at least three children, whatever the children's present age
/// (art. 4 ust. 1 as amended). Before the act the card existed as a government programme from
/// 27 May 2014 (Council of Ministers resolution no. 85, M.P. 2014 poz. 430; Dz.U. 2014 poz. 755),
/// whose start day and terms are not verified.
public enum LargeFamilyCard {
  /// The first day of the 2014 government programme (resolution of 27 May 2014, M.P. 2014 poz. 430).
  public static let programmeStart = CivilDate(2014, 5, 27)

  /// The first day of the act (Dz.U. 2014 poz. 1863).
  public static let actStart = CivilDate(2015, 1, 1)

  /// The first day parents who have or had three children qualify (art. 4 ust. 1 as amended).
  public static let everHadThreeFrom = CivilDate(2019, 1, 1)

  /// Art. 4–5 of the act.
  public static let basis: [LegalCitation] = [
    .largeFamilyCardAct(article: "4", paragraph: "1"), .largeFamilyCardAct(article: "5"),
  ]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.largeFamilyCard.rawValue)

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    // Who is entitled, by member (in member order).
    func decision(_ entitled: (FamilyMember, Int) -> Bool, reason: FamilyReason?) -> BenefitOutcome {
      let entries = facts.members.map { BenefitDecision.Entry(id: $0.id, entitled: entitled($0, $1), amount: nil) }
      var decision = BenefitDecision(entitled: entries.contains { $0.entitled }, amount: nil, reason: reason)
      decision.perMember = entries
      return .decided(decision)
    }
    if facts.date < programmeStart { return decision({ _, _ in false }, reason: .notInForce) }
    if facts.date < actStart {
      return .parameterNotEncoded("the terms of the 2014 Large Family Card programme are not verified")
    }

    func isQualifyingChild(_ member: FamilyMember, age: Int) -> Bool {
      member.role == .child
        && (age < 18 || (age < 25 && member.education != .none) || member.disability == .moderate
          || member.disability == .severe)
    }
    func isParent(_ member: FamilyMember) -> Bool { [.applicant, .spouse, .partner].contains(member.role) }
    let qualifyingChildren = facts.members.filter { isQualifyingChild($0, age: $1) }.count
    let childrenEver = facts.family.childrenEver ?? facts.children.count
    trace.record(
      TraceStep(
        rule: rule, label: "Karta Dużej Rodziny — children", value: .count(qualifyingChildren),
        note: "under 18, under 25 in education, or a moderate or severe degree at any age",
        parameters: [TraceParameter("children ever", childrenEver)],
        basis: [.largeFamilyCardAct(article: "4", paragraph: "1"), .largeFamilyCardAct(article: "5")]))

    if qualifyingChildren >= 3 {
      return decision({ isParent($0) || isQualifyingChild($0, age: $1) }, reason: nil)
    }
    if facts.date >= everHadThreeFrom && childrenEver >= 3 && facts.family.members.contains(where: isParent) {
      trace.record(
        TraceStep(
          rule: rule, label: "Karta Dużej Rodziny — parents who have or had three children", value: .flag(true),
          basis: [.largeFamilyCardAct(article: "4", paragraph: "1")]))
      return decision({ member, _ in isParent(member) }, reason: nil)
    }
    return decision({ _, _ in false }, reason: .fewerThanThreeChildren)
  }
}
