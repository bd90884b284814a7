/// *Bon energetyczny* (energy voucher), ustawa z 23 maja 2024 r. o bonie energetycznym … (Dz.U.
/// 2024 poz. 859; t.j. Dz.U. 2026 poz. 21), art. 2: once for 1 July – 31 December 2024 to a
/// household whose average monthly income in 2023 did not exceed 2500 zł (one person) or 1700 zł
/// per person (ust. 1): 300 / 400 / 500 / 600 zł for 1 / 2–3 / 4–5 / ≥ 6 persons (ust. 7),
/// doubled with electric main heating entered in CEEB (ust. 8). Above the threshold, "złotówka
/// za złotówkę" on the excess per person, nothing below 20 zł (ust. 2, 9). Answered only for
/// application days 2024-08-01 – 2024-09-30 (art. 3 ust. 1).
public enum EnergyVoucher {
  /// The application window: 2024-08-01 – 2024-09-30 (art. 3 ust. 1).
  public static let window = (from: CivilDate(2024, 8, 1), to: CivilDate(2024, 9, 30))
  /// The income year: 2023 (art. 2 ust. 1).
  public static let incomeYear = 2023
  /// The amounts (art. 2 ust. 7): 300 / 400 / 500 / 600 zł for 1 / 2–3 / 4–5 / ≥ 6 persons.
  public static let amounts = ProtectiveAllowance.Amounts(
    onePerson: Money(zloty: 300), twoToThree: Money(zloty: 400), fourToFive: Money(zloty: 500),
    sixOrMore: Money(zloty: 600))
  /// The factor with electric main heating entered in CEEB: 2 (art. 2 ust. 8).
  public static let electricHeatingFactor: Int64 = 2
  /// The income threshold of a one-person household: 2500 zł (art. 2 ust. 1).
  public static let onePersonThreshold = Money(zloty: 2500)
  /// The income threshold per person of a multi-person household: 1700 zł (art. 2 ust. 1).
  public static let perPersonThreshold = Money(zloty: 1700)
  /// The lowest reduced amount paid: 20 zł (art. 2 ust. 9).
  public static let minimumAmount = Money(zloty: 20)

  /// The act's name as cited.
  static let actName =
    "ustawy z 23 maja 2024 r. o bonie energetycznym oraz o zmianie niektórych ustaw w celu ograniczenia cen"
    + " energii elektrycznej, gazu ziemnego i ciepła systemowego"

  /// Art. 2 of the act.
  public static let basis: [LegalCitation] = [
    .energyCrisisAct(actName, article: "2", paragraph: "1", publication: "t.j. Dz.U. 2026 poz. 21"),
    .energyCrisisAct(actName, article: "2", paragraph: "2", publication: "t.j. Dz.U. 2026 poz. 21"),
    .energyCrisisAct(actName, article: "2", paragraph: "9", publication: "t.j. Dz.U. 2026 poz. 21"),
  ]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.energyVoucher.rawValue)

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    guard EnergyCrisis.isIn(facts.date, [window]) else { return nil }
    guard let income = try facts.monthlyIncome(year: incomeYear) else { return .missingField("incomes.\(incomeYear)") }
    guard let energy = facts.family.energy else { return .missingField("energy") }
    guard let heating = EnergyCrisis.heating(energy) else {
      return .missingField(EnergyCrisis.firstMissing(energy) ?? "energy")
    }
    let electric = heating.source == .electric && heating.inCEEB
    let base = amounts.amount(persons: facts.size)
    let full = electric ? try base.multiplied(by: electricHeatingFactor) : base
    trace.record(
      TraceStep(
        rule: rule, label: "Kwota bonu energetycznego (full amount)", value: .money(full),
        note: electric ? "doubled: electric main heating entered in CEEB" : nil,
        parameters: [
          TraceParameter("household persons", facts.size), TraceParameter("heat source", heating.source.rawValue),
          TraceParameter("entered in CEEB", heating.inCEEB),
        ],
        basis: [
          .energyCrisisAct(actName, article: "2", paragraph: "7", publication: "t.j. Dz.U. 2026 poz. 21"),
          .energyCrisisAct(actName, article: "2", paragraph: "8", publication: "t.j. Dz.U. 2026 poz. 21"),
        ]))
    let test = try EnergyCrisis.IncomeTest(
      facts, income: income, onePerson: onePersonThreshold, perPerson: perPersonThreshold)
    return try test.decide(
      full: full, minimum: minimumAmount, rule: rule, label: "Bon energetyczny (energy voucher)", basis: basis,
      trace: &trace)
  }
}
