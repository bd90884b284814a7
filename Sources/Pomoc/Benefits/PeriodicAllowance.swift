/// *Zasiłek okresowy* (periodic allowance), art. 38 u.p.s.
///
/// Due when income is **lower than** the criterion (single) or the family criterion, to a person
/// or family entitled to cash benefits. The amount is discretionary between the guaranteed part
/// and the cap; the library computes the guaranteed part: at least 50 % of the difference between
/// the criterion and income, and never less than 20 zł.
public enum PeriodicAllowance {
  /// Art. 38 u.p.s.
  public static let basis: [LegalCitation] = [.socialAssistanceAct(article: "38")]

  /// The guaranteed part and the difference it comes from.
  public struct Amount: Hashable, Sendable, Codable {
    /// Criterion (or family criterion) minus income, rounded half up.
    public var difference: Money
    /// `max(minimum, share × difference)`, the share rounded half up once.
    public var guaranteed: Money
  }

  /// The formula: `nil` when income is not lower than `limit`, else the guaranteed part.
  ///
  /// - Throws: `arithmetic_overflow` when the amounts do not fit.
  public static func guaranteedAmount(income: ExactAmount, limit: Money, share: Rate, minimum: Money) throws -> Amount?
  {
    let exactLimit = try ExactAmount(limit)
    guard income < exactLimit else { return nil }
    let difference = try exactLimit.subtracting(income)
    // units (1/10 000 gr) × bp ÷ (10 000 × 10 000) = grosze, rounded once.
    let part = Money(
      grosze: try Rounding.halfUp(difference.units, times: share.basisPoints, dividedBy: ExactAmount.scale * 10_000))
    return Amount(difference: difference.rounded(), guaranteed: max(minimum, part))
  }

  /// The rule: the guaranteed part for a household entitled to cash benefits, with its parameters
  /// of the day and its explanation; `nil` when not due.
  static func evaluate<T: TraceRecorder>(
    cashEligible: Bool, income: ExactAmount, limit: Money, law: LawOnDate, trace: inout T
  ) throws -> Amount? {
    var amount: Amount?
    if cashEligible {
      amount = try guaranteedAmount(
        income: income, limit: limit,
        share: try law.require(
          law.snapshot.pointee.periodicAllowanceGuaranteedShare, .periodicAllowanceGuaranteedShare),
        minimum: try law.require(law.snapshot.pointee.periodicAllowanceMinimum, .periodicAllowanceMinimum))
    }
    trace.record(
      TraceStep(
        rule: .periodicAllowance, label: "Zasiłek okresowy — część gwarantowana (periodic allowance)",
        value: .money(amount?.guaranteed ?? .zero),
        note: amount != nil ? nil : cashEligible ? "income not lower than the criterion" : "no cash eligibility",
        parameters: [
          TraceParameter("difference", amount?.difference ?? .zero),
          TraceParameter("guaranteed share", law.snapshot.pointee.periodicAllowanceGuaranteedShare ?? .zero),
          TraceParameter("minimum", law.snapshot.pointee.periodicAllowanceMinimum ?? .zero),
        ],
        basis: basis))
    return amount
  }
}
