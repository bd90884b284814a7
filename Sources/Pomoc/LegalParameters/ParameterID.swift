/// The name of a dated legal parameter, used in JSON files, traces and errors.
///
/// A `RawRepresentable` struct with static members (like `Errno`), so host programs
/// can name parameters of their own without changing the library.
public struct ParameterID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }

  /// *Kryterium dochodowe osoby samotnie gospodarującej* (art. 8 ust. 1 pkt 1 u.p.s.).
  public static let incomeCriterionSinglePerson = ParameterID(rawValue: "incomeCriterionSinglePerson")
  /// *Kryterium dochodowe na osobę w rodzinie* (art. 8 ust. 1 pkt 2 u.p.s.).
  public static let incomeCriterionPerPersonInFamily = ParameterID(rawValue: "incomeCriterionPerPersonInFamily")
  /// *Dochód z 1 ha przeliczeniowego* (art. 8 ust. 8 u.p.s. and the verification regulation).
  public static let incomePerConversionHectare = ParameterID(rawValue: "incomePerConversionHectare")
  /// Maximum *zasiłek stały* of a single person (art. 37 ust. 2 pkt 1 u.p.s.).
  public static let permanentAllowanceMaximum = ParameterID(rawValue: "permanentAllowanceMaximum")
  /// Minimum *zasiłek stały* (art. 37 ust. 3 u.p.s.).
  public static let permanentAllowanceMinimum = ParameterID(rawValue: "permanentAllowanceMinimum")
  /// Share of the criterion from which *zasiłek stały* is computed: 100 %, 130 % from 2024-01-01 (art. 37 ust. 2).
  public static let permanentAllowanceBaseRate = ParameterID(rawValue: "permanentAllowanceBaseRate")
  /// Guaranteed part of *zasiłek okresowy*: 50 % of the difference (art. 38 u.p.s.).
  public static let periodicAllowanceGuaranteedShare = ParameterID(rawValue: "periodicAllowanceGuaranteedShare")
  /// Minimum *zasiłek okresowy*: 20 zł (art. 38 u.p.s.).
  public static let periodicAllowanceMinimum = ParameterID(rawValue: "periodicAllowanceMinimum")
  /// Cap of *zasiłek okresowy* for a single person (art. 38 ust. 2 pkt 1 u.p.s.).
  public static let periodicAllowanceSingleCap = ParameterID(rawValue: "periodicAllowanceSingleCap")
  /// Threshold of the programme *Posiłek w szkole i w domu* as a share of the criterion.
  public static let mealProgrammeThresholdRate = ParameterID(rawValue: "mealProgrammeThresholdRate")
}
