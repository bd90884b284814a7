/// *Zasiłek okresowy* (periodic allowance), art. 38 u.p.s.
///
/// Due when income is **lower than** the criterion (single) or the family criterion.
/// The amount is discretionary between the guaranteed part and the cap; the library
/// computes the guaranteed part: at least 50 % of the difference between the criterion
/// and income, and never less than 20 zł.
public enum PeriodicAllowance {
  public static let basis: [LegalCitation] = [.socialAssistanceAct(article: "38")]

  /// The guaranteed part and the difference, or `nil` when not due.
  public struct Amount: Hashable, Sendable {
    /// Criterion (or family criterion) minus income, rounded half up.
    public var difference: Money
    /// `max(minimum, share × difference)`, the share rounded half up.
    public var guaranteed: Money
  }

  public static func guaranteedAmount(
    income: ExactAmount, limit: Money, share: Rate, minimum: Money
  ) throws -> Amount? {
    let exactLimit = try ExactAmount(limit)
    guard income < exactLimit else { return nil }
    let difference = try exactLimit.subtracting(income)
    // units (1/10 000 gr) × bp ÷ (10 000 × 10 000) = grosze, rounded once.
    let share = Money(grosze: try Rounding.halfUp(difference.units, times: share.basisPoints,
                                                   dividedBy: ExactAmount.scale * 10_000))
    return Amount(difference: difference.rounded(), guaranteed: max(minimum, share))
  }
}
