/// The refund of VAT on heating gas (*refundacja podatku VAT*, "dodatek gazowy"), ustawa z 15
/// grudnia 2022 r. o szczególnej ochronie niektórych odbiorców paliw gazowych w 2023 r. … (Dz.U.
/// 2022 poz. 2687), art. 18: a household heated by network gas entered in CEEB, with an average
/// monthly income not above 2100 zł (one person) or 1500 zł per person, is refunded the VAT on its
/// paid invoices for heating gas. Income year 2021 for applications to 2023-07-31, 2022 after.
/// No reduction above the thresholds was verified: there the refund is not encoded. Answered only
/// for application days 2023-01-01 – 2024-02-29.
public enum GasVATRefund {
  /// The application window: 2023-01-01 – 2024-02-29.
  public static let window = (from: CivilDate(2023, 1, 1), to: CivilDate(2024, 2, 29))
  /// The last application day whose income year is 2021; later ones use 2022.
  public static let lastDayOf2021Income = CivilDate(2023, 7, 31)
  /// The income threshold of a one-person household: 2100 zł.
  public static let onePersonThreshold = Money(zloty: 2100)
  /// The income threshold per person of a multi-person household: 1500 zł.
  public static let perPersonThreshold = Money(zloty: 1500)

  /// Art. 18 of the act.
  public static let basis: [LegalCitation] = [
    .energyCrisisAct(
      "ustawy z 15 grudnia 2022 r. o szczególnej ochronie niektórych odbiorców paliw gazowych w 2023 r."
        + " w związku z sytuacją na rynku gazu",
      article: "18", publication: "Dz.U. 2022 poz. 2687")
  ]

  /// The rule's key in explanations.
  public static let rule = RuleID(rawValue: FamilyBenefit.gasVATRefund.rawValue)

  /// The income year for an application day.
  public static func incomeYear(applicationDay date: CivilDate) -> Int { date <= lastDayOf2021Income ? 2021 : 2022 }

  static func decide<R: TraceRecorder>(_ facts: FamilyFacts, trace: inout R) throws -> BenefitOutcome? {
    guard EnergyCrisis.isIn(facts.date, [window]) else { return nil }
    let year = incomeYear(applicationDay: facts.date)
    guard let income = try facts.monthlyIncome(year: year) else { return .missingField("incomes.\(year)") }
    guard let energy = facts.family.energy else { return .missingField("energy") }
    guard let heating = EnergyCrisis.heating(energy), let paid = energy.gasVATPaid else {
      return .missingField(
        EnergyCrisis.firstMissing(energy, also: [("energy.gas_vat_paid", energy.gasVATPaid != nil)]) ?? "energy")
    }
    guard heating.source == .networkGas && heating.inCEEB else {
      trace.record(
        TraceStep(
          rule: rule, label: "Refundacja VAT (gas VAT refund)", value: .money(.zero),
          note: "the main heat source is not network gas entered in CEEB",
          parameters: [
            TraceParameter("heat source", heating.source.rawValue), TraceParameter("entered in CEEB", heating.inCEEB),
          ],
          basis: basis))
      return .decided(.notEntitled(.heatSource))
    }
    let test = try EnergyCrisis.IncomeTest(
      facts, income: income, onePerson: onePersonThreshold, perPerson: perPersonThreshold)
    trace.record(
      TraceStep(
        rule: rule, label: "Refundacja VAT (gas VAT refund)", value: .money(test.passes ? paid : .zero),
        note: test.passes ? "the income does not exceed the threshold" : "above the threshold: not encoded",
        parameters: test.parameters + [TraceParameter("income year", year), TraceParameter("VAT paid", paid)],
        basis: basis))
    guard test.passes else {
      return .parameterNotEncoded("no rule for the gas VAT refund above the income thresholds was verified")
    }
    return .decided(BenefitDecision(entitled: true, amount: paid, reason: nil))
  }
}
