/// *Dodatek dla gospodarstw domowych z tytułu wykorzystywania niektórych źródeł ciepła*
/// (allowance for other heat sources), ustawa z 15 września 2022 r. o szczególnych rozwiązaniach
/// w zakresie niektórych źródeł ciepła w związku z sytuacją na rynku paliw (Dz.U. 2022 poz. 1967),
/// art. 1 pkt 2: once per household by its main heat source entered in CEEB — a boiler on wood
/// pellets or other biomass 3000 zł, a device on firewood 1000 zł, an oil-fired boiler 2000 zł, an
/// LPG boiler 500 zł. No income test. Answered only for application days 2022-09-20 (the act in
/// force) to 2022-11-30.
public enum HeatSourceAllowance {
  /// The application window: 2022-09-20 – 2022-11-30.
  public static let window = (from: CivilDate(2022, 9, 20), to: CivilDate(2022, 11, 30))

  /// The amount by main heat source (sources not listed get nothing).
  public static let amounts: [EnergySituation.HeatSource: Money] = [
    .woodPelletBiomass: Money(zloty: 3000), .firewood: Money(zloty: 1000), .oil: Money(zloty: 2000),
    .lpg: Money(zloty: 500),
  ]

  /// Art. 1 pkt 2 of the act.
  public static let basis: [LegalCitation] = [
    LegalCitation(
      act:
        "ustawy z 15 września 2022 r. o szczególnych rozwiązaniach w zakresie niektórych źródeł ciepła"
        + " w związku z sytuacją na rynku paliw",
      article: "1", point: "2", publication: "Dz.U. 2022 poz. 1967")
  ]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.heatSourceAllowance.rawValue)

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    guard EnergyCrisis.isIn(facts.date, [window]) else { return nil }
    guard let energy = facts.family.energy else { return .missingField("energy") }
    guard let heating = EnergyCrisis.heating(energy) else {
      return .missingField(EnergyCrisis.firstMissing(energy) ?? "energy")
    }
    let amount = heating.inCEEB ? amounts[heating.source] : nil
    trace.record(
      TraceStep(
        rule: rule, label: "Dodatek dla źródeł ciepła (heat-source allowance)", value: .money(amount ?? .zero),
        note: amount == nil ? "the main heat source is not one the act lists, entered in CEEB" : nil,
        parameters: [
          TraceParameter("heat source", heating.source.rawValue), TraceParameter("entered in CEEB", heating.inCEEB),
        ],
        basis: basis))
    guard let amount else { return .decided(.notEntitled(.heatSource)) }
    return .decided(BenefitDecision(entitled: true, amount: amount, reason: nil))
  }
}
