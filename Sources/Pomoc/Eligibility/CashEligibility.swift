/// The right to cash benefits (*prawo do świadczeń pieniężnych*), art. 8 ust. 1 u.p.s.: income
/// not exceeding the criterion (≤) **and** a reason of art. 7 pkt 2–15 or another circumstance.
public enum CashEligibility {
  /// Art. 8 ust. 1 u.p.s.
  public static let basis: [LegalCitation] = [.socialAssistanceAct(article: "8", paragraph: "1")]

  /// `income ≤ limit` (art. 8 ust. 1: „nie przekracza”), exactly.
  @inlinable public static func isWithinCriterion(income: ExactAmount, limit: Money) throws -> Bool {
    income <= (try ExactAmount(limit))
  }

  /// Within the criterion and at least one reason other than poverty.
  @inlinable public static func isEligible(withinCriterion: Bool, reasons: ReasonSet) -> Bool {
    withinCriterion && reasons.opensCashBenefits
  }

  /// The rule: both tests, with their explanation.
  static func evaluate<T: TraceRecorder>(
    income: ExactAmount, limit: Money, incomePerPerson: Money, reasons: ReasonSet, trace: inout T
  ) throws -> (within: Bool, eligible: Bool) {
    let within = try isWithinCriterion(income: income, limit: limit)
    let eligible = isEligible(withinCriterion: within, reasons: reasons)
    trace.record(
      TraceStep(
        rule: .cashEligibility, label: "Prawo do świadczeń pieniężnych (cash eligibility)", value: .flag(eligible),
        parameters: [
          TraceParameter("income within criterion (≤)", within),
          TraceParameter("income per person", incomePerPerson),
          TraceParameter("reasons (art. 7)", reasons.map(\.rawValue).joined(separator: ";")),
        ],
        basis: basis + reasons.map(\.citation)))
    return (within, eligible)
  }
}
