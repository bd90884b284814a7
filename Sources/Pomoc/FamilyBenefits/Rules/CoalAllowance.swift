/// *Dodatek węglowy* (coal allowance), ustawa z 5 sierpnia 2022 r. o dodatku węglowym (Dz.U. 2022
/// poz. 1692), art. 2 ust. 1: 3000 zł once to a household whose main heat source — a solid-fuel
/// device burning hard coal, briquettes or pellets with at least 85 % hard coal — is entered in
/// CEEB. No income test. Answered only for application days 2022-08-17 (the first day
/// applications were taken, once the form regulation was out) to 2022-11-30 (later applications
/// are left unexamined).
public enum CoalAllowance {
  /// The application window: 2022-08-17 – 2022-11-30.
  public static let window = (from: CivilDate(2022, 8, 17), to: CivilDate(2022, 11, 30))
  /// The amount, once: 3000 zł.
  public static let amount = Money(zloty: 3000)

  /// Art. 2 ust. 1 of the act.
  public static let basis: [LegalCitation] = [
    .energyCrisisAct(
      "ustawy z 5 sierpnia 2022 r. o dodatku węglowym", article: "2", paragraph: "1",
      publication: "Dz.U. 2022 poz. 1692")
  ]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.coalAllowance.rawValue)

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    guard EnergyCrisis.isIn(facts.date, [window]) else { return nil }
    guard let energy = facts.family.energy else { return .missingField("energy") }
    guard let heating = EnergyCrisis.heating(energy) else {
      return .missingField(EnergyCrisis.firstMissing(energy) ?? "energy")
    }
    let qualifies = heating.source == .coal && heating.inCEEB
    trace.record(
      TraceStep(
        rule: rule, label: "Dodatek węglowy (coal allowance)", value: .money(qualifies ? amount : .zero),
        note: qualifies ? nil : "the main heat source is not hard coal entered in CEEB",
        parameters: [
          TraceParameter("heat source", heating.source.rawValue), TraceParameter("entered in CEEB", heating.inCEEB),
        ],
        basis: basis))
    return .decided(
      qualifies ? BenefitDecision(entitled: true, amount: amount, reason: nil) : .notEntitled(.heatSource))
  }
}
