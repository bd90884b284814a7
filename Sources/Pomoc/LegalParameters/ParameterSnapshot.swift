/// All national parameter values in force over one span of days, resolved for fast lookup.
///
/// A `nil` value means the library has no applicable value for these days; the
/// evaluator then asks the owning ``DatedSeries`` for the precise
/// `parameter_not_encoded` error. Encoded (`Codable`) with the parameter ids as keys.
public struct ParameterSnapshot: Hashable, Sendable, Codable {
  /// First day of the span (inclusive).
  public var from: CivilDate
  /// *Kryterium dochodowe osoby samotnie gospodarującej* (art. 8 ust. 1 pkt 1 u.p.s.).
  public var incomeCriterionSinglePerson: Money?
  /// *Kryterium dochodowe na osobę w rodzinie* (art. 8 ust. 1 pkt 2 u.p.s.).
  public var incomeCriterionPerPersonInFamily: Money?
  /// *Dochód z 1 ha przeliczeniowego* (art. 8 ust. 8 u.p.s.).
  public var incomePerConversionHectare: Money?
  /// Maximum *zasiłek stały* of a single person (art. 37 ust. 2 pkt 1 u.p.s.).
  public var permanentAllowanceMaximum: Money?
  /// Minimum *zasiłek stały* (art. 37 ust. 3 u.p.s.).
  public var permanentAllowanceMinimum: Money?
  /// The share of the criterion *zasiłek stały* is computed from (art. 37 ust. 2 u.p.s.).
  public var permanentAllowanceBaseRate: Rate?
  /// The guaranteed share of *zasiłek okresowy* (art. 38 u.p.s.).
  public var periodicAllowanceGuaranteedShare: Rate?
  /// Minimum *zasiłek okresowy* (art. 38 u.p.s.).
  public var periodicAllowanceMinimum: Money?
  /// Cap of *zasiłek okresowy* of a single person (art. 38 ust. 2 pkt 1 u.p.s.).
  public var periodicAllowanceSingleCap: Money?
  /// Threshold of the programme *Posiłek w szkole i w domu* as a share of the criterion.
  public var mealProgrammeThresholdRate: Rate?
}
