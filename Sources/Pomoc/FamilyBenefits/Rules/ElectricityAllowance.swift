/// *Dodatek elektryczny* (electricity allowance), ustawa z 7 października 2022 r. o szczególnych
/// rozwiązaniach służących ochronie odbiorców energii elektrycznej w 2023 roku … (Dz.U. 2022
/// poz. 2127), art. 27 ust. 1: once to a household whose main heat source is electric and entered
/// in CEEB — 1000 zł, or 1500 zł when its electricity use in 2021 was above 5 MWh („wyższe niż”,
/// so 5.000 MWh gets 1000 zł). No income test. Answered only for application days 2022-12-01 –
/// 2023-02-01.
public enum ElectricityAllowance {
  /// The application window: 2022-12-01 – 2023-02-01.
  public static let window = (from: CivilDate(2022, 12, 1), to: CivilDate(2023, 2, 1))
  /// The amount, once: 1000 zł.
  public static let amount = Money(zloty: 1000)
  /// The amount, once, with 2021 use above ``higherAmountAbove``: 1500 zł.
  public static let higherAmount = Money(zloty: 1500)
  /// The 2021 use above which the higher amount applies: 5 MWh.
  public static let higherAmountAbove = MegawattHours(kilowattHours: 5000)

  /// Art. 27 ust. 1 of the act.
  public static let basis: [LegalCitation] = [
    .energyCrisisAct(
      "ustawy z 7 października 2022 r. o szczególnych rozwiązaniach służących ochronie odbiorców energii"
        + " elektrycznej w 2023 roku w związku z sytuacją na rynku energii elektrycznej",
      article: "27", paragraph: "1", publication: "Dz.U. 2022 poz. 2127")
  ]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.electricityAllowance.rawValue)

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    guard EnergyCrisis.isIn(facts.date, [window]) else { return nil }
    guard let energy = facts.family.energy else { return .missingField("energy") }
    guard let heating = EnergyCrisis.heating(energy), let used = energy.electricity2021 else {
      let missing = EnergyCrisis.firstMissing(
        energy, also: [("energy.electricity_2021_mwh", energy.electricity2021 != nil)])
      return .missingField(missing ?? "energy")
    }
    let qualifies = heating.source == .electric && heating.inCEEB
    let due = used > higherAmountAbove ? higherAmount : amount
    trace.record(
      TraceStep(
        rule: rule, label: "Dodatek elektryczny (electricity allowance)", value: .money(qualifies ? due : .zero),
        note: qualifies ? nil : "the main heat source is not electric, entered in CEEB",
        parameters: [
          TraceParameter("heat source", heating.source.rawValue), TraceParameter("entered in CEEB", heating.inCEEB),
          TraceParameter("electricity used in 2021", used.description + " MWh"),
        ],
        basis: basis))
    return .decided(qualifies ? BenefitDecision(entitled: true, amount: due, reason: nil) : .notEntitled(.heatSource))
  }
}
