/// All national parameter values in force over one span of days, resolved for fast lookup.
///
/// A `nil` value means the library has no applicable value for these days; the
/// evaluator then asks the owning ``DatedSeries`` for the precise
/// `parameter_not_encoded` error.
public struct ParameterSnapshot: Hashable, Sendable {
  /// First day of the span (inclusive).
  public var from: CivilDate
  public var incomeCriterionSinglePerson: Money?
  public var incomeCriterionPerPersonInFamily: Money?
  public var incomePerConversionHectare: Money?
  public var permanentAllowanceMaximum: Money?
  public var permanentAllowanceMinimum: Money?
  public var permanentAllowanceBaseRate: Rate?
  public var periodicAllowanceGuaranteedShare: Rate?
  public var periodicAllowanceMinimum: Money?
  public var periodicAllowanceSingleCap: Money?
  public var mealProgrammeThresholdRate: Rate?
}
