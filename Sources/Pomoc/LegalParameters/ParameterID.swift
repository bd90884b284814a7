/// The name of a dated legal parameter, used in JSON files, traces and errors.
///
/// A `RawRepresentable` struct with static members (like `Errno`), so host programs
/// can name parameters of their own without changing the library. Encoded (`Codable`) as
/// the plain string, `"incomeCriterionSinglePerson"`.
public struct ParameterID: RawRepresentable, Hashable, Sendable, CustomStringConvertible, Codable {
  /// The name as written in parameter files, e.g. `incomeCriterionSinglePerson`.
  public var rawValue: String
  /// Creates an id from its name (a host program's own parameter, or one of the library's).
  public init(rawValue: String) { self.rawValue = rawValue }
  /// The name, ``rawValue``.
  public var description: String { rawValue }

  /// Decodes the id from a plain string.
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  /// Encodes the id as a plain string, `"incomeCriterionSinglePerson"`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

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
