/// *Dodatek osłonowy* (protective allowance), ustawa z 17 grudnia 2021 r. o dodatku osłonowym
/// (u.d.o., Dz.U. 2022 poz. 1; t.j. Dz.U. 2026 poz. 77): a sum paid once to a household whose
/// average monthly income does not exceed 2100 zł (one person) or 1500 zł per person (art. 2
/// ust. 1 pkt 1), by household size, higher with coal heating entered in CEEB (art. 2 ust. 5–6).
///
/// Two editions: for 2022 (applications 2022-01-04 – 2022-10-31, later ones unexamined, art. 2
/// ust. 9) and for 1 January – 30 June 2024 (applications to 2024-04-30, art. 2 ust. 8a, 9a; 50 %
/// of the 2022 amounts valorised by the 2022 CPI, art. 2 ust. 6a). Above the threshold,
/// "złotówka za złotówkę": the allowance less the excess per person, nothing below 20 zł (art. 2
/// ust. 1 pkt 2, ust. 7). The key is answered only for application days in an edition's window.
/// The income year is the one the centre applies (`energy.income_year`), as the act refers to
/// art. 411 ust. 10j–10o of *Prawo ochrony środowiska* for it (art. 2 ust. 14).
public enum ProtectiveAllowance {
  /// The yearly amounts by household size: 1 / 2–3 / 4–5 / ≥ 6 persons.
  public struct Amounts: Hashable, Sendable {
    /// One-person household.
    public var onePerson: Money
    /// Household of 2 to 3 persons.
    public var twoToThree: Money
    /// Household of 4 to 5 persons.
    public var fourToFive: Money
    /// Household of 6 or more persons.
    public var sixOrMore: Money

    /// The amount for a household of `persons`.
    public func amount(persons: Int) -> Money {
      persons <= 1 ? onePerson : persons <= 3 ? twoToThree : persons <= 5 ? fourToFive : sixOrMore
    }
  }

  /// The application windows of the two editions (art. 2 ust. 8–9a): 2022-01-04 (the act in
  /// force, art. 17) – 2022-10-31, and 2024-01-01 (art. 2 ust. 8a, added by Dz.U. 2023 poz. 2760)
  /// – 2024-04-30.
  public static let windows: [(from: CivilDate, to: CivilDate)] = [
    (CivilDate(2022, 1, 4), CivilDate(2022, 10, 31)), (CivilDate(2024, 1, 1), CivilDate(2024, 4, 30)),
  ]

  /// The amounts (art. 2 ust. 5): 400 / 600 / 850 / 1150 zł for 2022; 228.80 / 343.20 / 486.20 /
  /// 657.80 zł for 2024 (art. 2 ust. 6a: 50 % × 1.144, the 2022 CPI of M.P. 2023 poz. 68).
  public static let amounts = DatedAmounts<Amounts>([
    (CivilDate(2022, 1, 4), Amounts(grosze: 40_000, 60_000, 85_000, 115_000)),
    (CivilDate(2024, 1, 1), Amounts(grosze: 22_880, 34_320, 48_620, 65_780)),
  ])

  /// The amounts with a solid-fuel device burning coal or coal-derived fuel entered in CEEB
  /// (art. 2 ust. 6): 500 / 750 / 1062.50 / 1437.50 zł for 2022; 286.00 / 429.00 / 607.75 /
  /// 822.25 zł for 2024 (art. 2 ust. 6a).
  public static let coalAmounts = DatedAmounts<Amounts>([
    (CivilDate(2022, 1, 4), Amounts(grosze: 50_000, 75_000, 106_250, 143_750)),
    (CivilDate(2024, 1, 1), Amounts(grosze: 28_600, 42_900, 60_775, 82_225)),
  ])

  /// The income threshold of a one-person household: 2100 zł (art. 2 ust. 1 pkt 1).
  public static let onePersonThreshold = Money(zloty: 2100)
  /// The income threshold per person of a multi-person household: 1500 zł (art. 2 ust. 1 pkt 1).
  public static let perPersonThreshold = Money(zloty: 1500)
  /// The lowest reduced amount paid: 20 zł (art. 2 ust. 7).
  public static let minimumAmount = Money(zloty: 20)

  /// Art. 2 u.d.o.
  public static let basis: [LegalCitation] = [
    .protectiveAllowanceAct(article: "2", paragraph: "1"), .protectiveAllowanceAct(article: "2", paragraph: "5"),
    .protectiveAllowanceAct(article: "2", paragraph: "6"), .protectiveAllowanceAct(article: "2", paragraph: "7"),
  ]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.protectiveAllowance.rawValue)

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    guard EnergyCrisis.isIn(facts.date, windows) else { return nil }
    guard let base = amounts[facts.date], let coal = coalAmounts[facts.date] else {
      return .parameterNotEncoded("the amount of dodatek osłonowy on \(facts.date) is not encoded")
    }
    // Needed fields: the income year comes from `energy`, so it is read first.
    guard let energy = facts.family.energy else { return .missingField("energy") }
    guard let incomeYear = energy.incomeYear else {
      return .missingField(
        EnergyCrisis.firstMissing(energy, also: [("energy.income_year", false)]) ?? "energy.income_year")
    }
    guard let income = try facts.monthlyIncome(year: incomeYear) else { return .missingField("incomes.\(incomeYear)") }
    guard let heating = EnergyCrisis.heating(energy) else {
      return .missingField(EnergyCrisis.firstMissing(energy) ?? "energy")
    }

    let coalHeating = heating.inCEEB && (heating.source == .coal || heating.source == .coalDerived)
    let full = (coalHeating ? coal : base).amount(persons: facts.size)
    trace.record(
      TraceStep(
        rule: rule, label: "Kwota dodatku osłonowego (full amount)", value: .money(full),
        note: coalHeating ? "coal or coal-derived heating entered in CEEB" : nil,
        parameters: [
          TraceParameter("household persons", facts.size), TraceParameter("heat source", heating.source.rawValue),
          TraceParameter("entered in CEEB", heating.inCEEB), TraceParameter("income year", incomeYear),
        ],
        basis: [
          .protectiveAllowanceAct(article: "2", paragraph: coalHeating ? "6" : "5"),
          .protectiveAllowanceAct(article: "2", paragraph: "6a"),
        ]))
    let test = try EnergyCrisis.IncomeTest(
      facts, income: income, onePerson: onePersonThreshold, perPerson: perPersonThreshold)
    return try test.decide(
      full: full, minimum: minimumAmount, rule: rule, label: "Dodatek osłonowy (protective allowance)",
      basis: [
        .protectiveAllowanceAct(article: "2", paragraph: "1", point: "1"),
        .protectiveAllowanceAct(article: "2", paragraph: "1", point: "2"),
        .protectiveAllowanceAct(article: "2", paragraph: "7"),
      ], trace: &trace)
  }
}

extension ProtectiveAllowance.Amounts {
  /// Amounts given in grosze (1 / 2–3 / 4–5 / ≥ 6 persons).
  init(grosze one: Int64, _ twoToThree: Int64, _ fourToFive: Int64, _ sixOrMore: Int64) {
    self.init(
      onePerson: Money(grosze: one), twoToThree: Money(grosze: twoToThree), fourToFive: Money(grosze: fourToFive),
      sixOrMore: Money(grosze: sixOrMore))
  }
}

/// What the 2022–2024 energy-crisis allowances share: their application windows, the heating
/// facts of `energy`, and the income test with "złotówka za złotówkę" (*dodatek osłonowy*, *bon
/// energetyczny*) or without it (the gas VAT refund). The household is the family's members,
/// n persons, with the family's income Y of the income year.
enum EnergyCrisis {
  /// Whether `date` falls in one of the windows (first and last day included).
  static func isIn(_ date: CivilDate, _ windows: [(from: CivilDate, to: CivilDate)]) -> Bool {
    windows.contains { date >= $0.from && date <= $0.to }
  }

  /// The required heating facts.
  struct Heating {
    /// The main heat source.
    var source: EnergySituation.HeatSource
    /// Entered in CEEB in time.
    var inCEEB: Bool
  }

  /// The heat source and its CEEB entry, or `nil` when one is missing.
  static func heating(_ energy: EnergySituation) -> Heating? {
    guard let source = energy.heatSource, let inCEEB = energy.heatSourceInCEEB else { return nil }
    return Heating(source: source, inCEEB: inCEEB)
  }

  /// The path of the first missing key of `energy`, in the contract's order: `heat_source`,
  /// `heat_source_in_ceeb`, then `also` (path, present) in the order given.
  static func firstMissing(_ energy: EnergySituation, also: [(String, Bool)] = []) -> String? {
    if energy.heatSource == nil { return "energy.heat_source" }
    if energy.heatSourceInCEEB == nil { return "energy.heat_source_in_ceeb" }
    return also.first { !$0.1 }?.0
  }

  /// The income test: a one-person household's income Y against the one-person threshold, a
  /// multi-person household's income per person y against the per-person threshold (equal
  /// qualifies, *nie przekracza*).
  struct IncomeTest {
    /// The family's monthly income Y.
    let income: RationalAmount
    /// The income compared: Y (n = 1) or y = Y ÷ n.
    let compared: RationalAmount
    /// The threshold applied.
    let threshold: Money
    /// The persons n.
    let persons: Int

    /// Works out the compared income for the family.
    init(_ facts: FamilyFacts, income: RationalAmount, onePerson: Money, perPerson: Money) throws {
      self.income = income
      persons = facts.size
      if facts.size == 1 {
        compared = income
        threshold = onePerson
      } else {
        compared = try facts.incomePerPerson(income)
        threshold = perPerson
      }
    }

    /// The income does not exceed the threshold.
    var passes: Bool { compared <= RationalAmount(money: threshold) }

    /// The excess over the threshold (Y − threshold for one person, y − threshold otherwise).
    func excess() throws -> RationalAmount { try compared.subtracting(RationalAmount(money: threshold)) }

    /// The parameters of the test, for explanations.
    var parameters: [TraceParameter] {
      [
        TraceParameter("family income Y (exact)", income.description), TraceParameter("persons n", persons),
        TraceParameter(persons == 1 ? "income compared Y" : "income per person y (exact)", compared.description),
        TraceParameter("threshold", threshold),
      ]
    }

    /// The allowance with "złotówka za złotówkę": `full` within the threshold; above it,
    /// A = round_half_up(full − excess), paid when A ≥ `minimum`, else `below_minimum`.
    func decide<R: TraceRecorder>(
      full: Money, minimum: Money, rule: RuleID, label: String, basis: [LegalCitation], trace: inout R
    ) throws -> BenefitOutcome {
      if passes {
        trace.record(
          TraceStep(
            rule: rule, label: label, value: .money(full), note: "the income does not exceed the threshold",
            parameters: parameters, basis: basis))
        return .decided(BenefitDecision(entitled: true, amount: full, reason: nil))
      }
      let excess = try excess()
      let reduced = try RationalAmount(money: full).subtracting(excess).roundedHalfUp()
      let entitled = reduced >= minimum
      trace.record(
        TraceStep(
          rule: rule, label: label, value: .money(entitled ? reduced : .zero),
          note: entitled
            ? "reduced by the excess (złotówka za złotówkę)" : "the reduced amount \(reduced) is below \(minimum)",
          parameters: parameters + [
            TraceParameter("full amount", full), TraceParameter("excess (exact)", excess.description),
            TraceParameter("minimum", minimum),
          ],
          basis: basis))
      return .decided(
        entitled ? BenefitDecision(entitled: true, amount: reduced, reason: nil) : .notEntitled(.belowMinimum))
    }
  }
}
