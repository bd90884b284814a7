/// Household income (*dochód rodziny* / *dochód osoby samotnie gospodarującej*), art. 8 ust. 3–4, 8 u.p.s.
///
/// `H = max(0, income − alimony paid + farm income)`, where farm income is
/// hectares × the per-hectare amount in force, and land below 1 conversion hectare
/// yields nothing (art. 8 ust. 4). Exact: hectares have four decimals, so the result
/// is carried in 1/10 000 gr and never rounded before a comparison.
public enum HouseholdIncome {
  public static let basis: [LegalCitation] = [.socialAssistanceAct(article: "8", paragraph: "3")]
  public static let farmBasis: [LegalCitation] = [
    .socialAssistanceAct(article: "8", paragraph: "8"), .socialAssistanceAct(article: "8", paragraph: "4"),
  ]

  public static func compute<T: TraceRecorder>(
    _ request: EvaluationRequest, perHectare rate: Money, trace: inout T
  ) throws -> ExactAmount {
    try compute(income: request.income, alimonyPaid: request.alimonyPaid, farmland: request.farmland,
                persons: request.persons, perHectare: rate, trace: &trace)
  }

  /// The same from the inputs (the evaluator's hot path reads them in place).
  public static func compute<T: TraceRecorder>(
    income: Money, alimonyPaid: Money, farmland: Hectares, persons: Int, perHectare rate: Money, trace: inout T
  ) throws -> ExactAmount {
    var total = try ExactAmount(income).subtracting(try ExactAmount(alimonyPaid))
    if farmland >= .one {
      // (1/10 000 ha) × grosze = 1/10 000 gr: exact.
      let (units, overflow) = farmland.tenThousandths.multipliedReportingOverflow(by: rate.grosze)
      if overflow { throw PomocError.arithmeticOverflow }
      total = try total.adding(ExactAmount(units: units))
      trace.record(TraceStep(
        rule: "income.farm", label: "Dochód z gospodarstwa rolnego (farm income)",
        value: ExactAmount(units: units).rounded().description,
        parameters: [TraceParameter("conversion hectares", farmland.description),
                     TraceParameter("income per hectare", rate.description)],
        basis: farmBasis))
    } else if farmland > .zero {
      trace.record(TraceStep(
        rule: "income.farm", label: "Dochód z gospodarstwa rolnego (farm income)",
        value: "0.00 (below 1 conversion hectare, not counted)",
        parameters: [TraceParameter("conversion hectares", farmland.description)],
        basis: [.socialAssistanceAct(article: "8", paragraph: "4")]))
    }
    let household = max(.zero, total)
    trace.record(TraceStep(
      rule: "income.household", label: "Dochód (household income)",
      value: household.isWholeGrosze ? household.rounded().description
        : household.rounded().description + " (exact value kept for comparisons)",
      parameters: [TraceParameter("income net of tax and contributions", income.description),
                   TraceParameter("alimony paid", alimonyPaid.description),
                   TraceParameter("persons", String(persons))],
      basis: basis))
    return household
  }
}
