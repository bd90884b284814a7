/// Household income (*dochód rodziny* / *dochód osoby samotnie gospodarującej*), art. 8 ust. 3–4, 8 u.p.s.
///
/// `H = max(0, income − alimony paid + farm income)`, where farm income is hectares × the
/// per-hectare amount in force (*dochód z 1 ha przeliczeniowego*, art. 8 ust. 8), and land below
/// 1 conversion hectare yields nothing (art. 8 ust. 4). Exact: hectares have four decimals, so
/// the result is carried in 1/10 000 gr and never rounded before a comparison.
public enum HouseholdIncome {
  /// Art. 8 ust. 3 u.p.s.
  public static let basis: [LegalCitation] = [.socialAssistanceAct(article: "8", paragraph: "3")]
  /// Art. 8 ust. 8 and ust. 4 u.p.s.
  public static let farmBasis: [LegalCitation] = [
    .socialAssistanceAct(article: "8", paragraph: "8"), .socialAssistanceAct(article: "8", paragraph: "4"),
  ]

  /// The formula: `max(0, income − alimony paid + hectares × per-hectare amount)`, exact
  /// (land below 1 ha adds nothing).
  ///
  /// - Throws: `arithmetic_overflow` when the amounts do not fit.
  public static func income(
    income: Money, alimonyPaid: Money, farmland: Hectares, perHectare rate: Money
  ) throws -> ExactAmount {
    var total = try ExactAmount(income).subtracting(try ExactAmount(alimonyPaid))
    if farmland >= .one { total = try total.adding(try farmIncome(farmland, perHectare: rate)) }
    return max(.zero, total)
  }

  /// Hectares × the per-hectare amount: (1/10 000 ha) × grosze = 1/10 000 gr, exact.
  static func farmIncome(_ farmland: Hectares, perHectare rate: Money) throws -> ExactAmount {
    let (units, overflow) = farmland.tenThousandths.multipliedReportingOverflow(by: rate.grosze)
    if overflow { throw PomocError.arithmeticOverflow }
    return ExactAmount(units: units)
  }

  /// The rule: the per-hectare amount in force (only when the land counts), the formula and its
  /// explanation.
  static func evaluate<T: TraceRecorder>(
    income: Money, alimonyPaid: Money, farmland: Hectares, persons: Int, law: LawOnDate, trace: inout T
  ) throws -> ExactAmount {
    let perHectare: Money =
      farmland >= .one
      ? try law.require(law.snapshot.pointee.incomePerConversionHectare, .incomePerConversionHectare) : .zero
    let household = try Self.income(
      income: income, alimonyPaid: alimonyPaid, farmland: farmland, perHectare: perHectare)
    if farmland >= .one {
      let farm = try farmIncome(farmland, perHectare: perHectare)
      trace.record(
        TraceStep(
          rule: .farmIncome, label: "Dochód z gospodarstwa rolnego (farm income)",
          value: .money(farm.rounded()),
          parameters: [
            TraceParameter("conversion hectares", .hectares(farmland)),
            TraceParameter("income per hectare", perHectare),
          ] + law.enactment(of: .incomePerConversionHectare),
          basis: farmBasis))
    } else if farmland > .zero {
      trace.record(
        TraceStep(
          rule: .farmIncome, label: "Dochód z gospodarstwa rolnego (farm income)", value: .money(.zero),
          note: "below 1 conversion hectare, not counted",
          parameters: [TraceParameter("conversion hectares", .hectares(farmland))],
          basis: [.socialAssistanceAct(article: "8", paragraph: "4")]))
    }
    trace.record(
      TraceStep(
        rule: .householdIncome, label: "Dochód (household income)", value: .exactMoney(household),
        parameters: [
          TraceParameter("income net of tax and contributions", income),
          TraceParameter("alimony paid", alimonyPaid),
          TraceParameter("persons", persons),
        ],
        basis: basis))
    return household
  }
}
