/// Everything the library decides for one household on one date.
///
/// Field names follow the output columns of `pomoc evaluate` (Documentation/BatchTool.md).
/// Encoded (`Codable`) with those names as keys, amounts as exact strings (`"184.50"`), fields
/// that are `nil` left out; printed on one line (``description``).
public struct EvaluationResult: Hashable, Sendable, Codable {
  // Stored amounts first, flags last: no padding between them, so a result is small to copy.

  /// Single criterion (n = 1) or per-person criterion (n > 1) in force.
  public var criterion: Money
  /// Household income H, rounded half up (comparisons used the exact value).
  public var householdIncome: Money
  /// H ÷ n, rounded half up.
  public var incomePerPerson: Money
  /// Guaranteed part of *zasiłek okresowy* (0 when not due): art. 38.
  public var periodicMinimum: Money
  /// Criterion (× n) − H when *zasiłek okresowy* is due, else 0.
  public var periodicDifference: Money
  /// *Zasiłek stały* (0 when not entitled): art. 37.
  public var permanent: Money
  /// Income limit for *zasiłek celowy* (per person for a family).
  public var targetedThreshold: Money
  /// Cap of *specjalny zasiłek celowy* (art. 41 pkt 1): single or family criterion.
  public var specialTargetedLimit: Money
  /// Care fee as % of the hourly cost; `nil` when no care was requested.
  public var careFeePercent: Rate?
  /// Monthly care fee; `nil` when no care was requested.
  public var careFee: Money?
  /// H ≤ criterion (× n): art. 8 ust. 1.
  public var withinCriterion: Bool
  /// Within the criterion and a reason other than poverty: art. 8 ust. 1.
  public var cashEligible: Bool
  /// Income within the threshold of *zasiłek celowy* (art. 39 u.p.s., or the municipal ordinance's).
  public var targetedEligible: Bool
  /// *Posiłek w szkole i w domu*; `nil` outside the programme's years.
  public var mealEligible: Bool?

  /// Creates a result from every field (the evaluator fills it; tests and hosts may build one).
  public init(
    criterion: Money, householdIncome: Money, incomePerPerson: Money, withinCriterion: Bool,
    cashEligible: Bool, periodicMinimum: Money, periodicDifference: Money, permanent: Money,
    targetedThreshold: Money, targetedEligible: Bool, specialTargetedLimit: Money,
    mealEligible: Bool?, careFeePercent: Rate?, careFee: Money?
  ) {
    self.criterion = criterion
    self.householdIncome = householdIncome
    self.incomePerPerson = incomePerPerson
    self.withinCriterion = withinCriterion
    self.cashEligible = cashEligible
    self.periodicMinimum = periodicMinimum
    self.periodicDifference = periodicDifference
    self.permanent = permanent
    self.targetedThreshold = targetedThreshold
    self.targetedEligible = targetedEligible
    self.specialTargetedLimit = specialTargetedLimit
    self.mealEligible = mealEligible
    self.careFeePercent = careFeePercent
    self.careFee = careFee
  }

  /// Zeros, `false` and `nil`: the slot of a household that could not be evaluated in
  /// ``BatchEvaluator/evaluate(_:into:)``.
  public static let unevaluated = EvaluationResult(
    criterion: .zero, householdIncome: .zero, incomePerPerson: .zero, withinCriterion: false, cashEligible: false,
    periodicMinimum: .zero, periodicDifference: .zero, permanent: .zero, targetedThreshold: .zero,
    targetedEligible: false, specialTargetedLimit: .zero, mealEligible: nil, careFeePercent: nil, careFee: nil)
}

extension EvaluationResult: CustomStringConvertible {
  /// The result on one line, e.g. `criterion 823.00, household income 2100.00, income per person
  /// 700.00, within criterion, cash eligible, zasiłek okresowy 184.50 (difference 369.00), zasiłek
  /// stały 369.90, zasiłek celowy threshold 823.00 (eligible), specjalny zasiłek celowy up to 2469.00,
  /// meal programme eligible`; the meal programme and the care fee only when they apply.
  public var description: String {
    var parts = [
      "criterion \(criterion)", "household income \(householdIncome)", "income per person \(incomePerPerson)",
      withinCriterion ? "within criterion" : "above criterion", cashEligible ? "cash eligible" : "not cash eligible",
    ]
    parts.append(
      periodicDifference == .zero
        ? "zasiłek okresowy \(periodicMinimum)"
        : "zasiłek okresowy \(periodicMinimum) (difference \(periodicDifference))")
    parts.append("zasiłek stały \(permanent)")
    parts.append("zasiłek celowy threshold \(targetedThreshold) (\(targetedEligible ? "eligible" : "not eligible"))")
    parts.append("specjalny zasiłek celowy up to \(specialTargetedLimit)")
    if let mealEligible { parts.append(mealEligible ? "meal programme eligible" : "meal programme not eligible") }
    if let careFee {
      parts.append(careFeePercent.map { "care fee \(careFee) (\($0) %)" } ?? "care fee \(careFee)")
    }
    return parts.joined(separator: ", ")
  }
}
