/// Raised income thresholds for *zasiłek celowy* set by a municipal council.
///
/// Rates are shares of the statutory criterion: of the single criterion for a single
/// person, of the per-person criterion for a person in a family (art. 8 ust. 2 u.p.s.).
/// Encoded (`Codable`) with the property names as keys, rates as percent strings.
public struct TargetedAllowanceThresholds: Hashable, Sendable, Codable {
  /// Single person (*osoba samotnie gospodarująca*).
  public var single: Rate
  /// Person in a family, per person.
  public var family: Rate
  /// Single person of retirement age (women 60+, men 65+), if the ordinance sets one.
  public var singleRetirementAge: Rate?
  /// What the raised threshold is for (e.g. medicines, treatment, heating).
  public var purpose: String

  /// Creates the raised thresholds of an ordinance.
  public init(single: Rate, family: Rate, singleRetirementAge: Rate? = nil, purpose: String = "") {
    self.single = single
    self.family = family
    self.singleRetirementAge = singleRetirementAge
    self.purpose = purpose
  }
}

/// Local rules of one municipality (*uchwała rady gminy*), in force over a span of days.
///
/// An overlay on the national rules: it may raise the threshold of *zasiłek celowy*
/// and set the care-service fee table (art. 50 ust. 6 u.p.s.). Encoded (`Codable`) with the
/// property names as keys.
public struct MunicipalOrdinance: Hashable, Sendable, Codable {
  /// Id used in input files, e.g. `sopot-2023`.
  public var id: String
  /// The municipality and the resolution(s).
  public var title: String
  /// First day in force.
  public var inForceFrom: CivilDate
  /// Last day in force; `nil`: no end known.
  public var inForceThrough: CivilDate?
  /// Raised thresholds of *zasiłek celowy* (art. 8 ust. 2 u.p.s.); `nil`: the statutory criterion.
  public var targetedAllowanceThresholds: TargetedAllowanceThresholds?
  /// Fee table for *usługi opiekuńcze* and *specjalistyczne usługi opiekuńcze*.
  public var careFeeTable: FeeTable?
  /// The provisions the council acted under, e.g. art. 8 ust. 2 and art. 39 u.p.s.
  public var basis: [LegalCitation]
  /// Where the resolution can be read (its publication, or the report citing it).
  public var source: String

  /// Creates an ordinance; only its id, title, first day and source are required.
  public init(
    id: String, title: String, inForceFrom: CivilDate, inForceThrough: CivilDate? = nil,
    targetedAllowanceThresholds: TargetedAllowanceThresholds? = nil, careFeeTable: FeeTable? = nil,
    basis: [LegalCitation] = [], source: String
  ) {
    self.id = id
    self.title = title
    self.inForceFrom = inForceFrom
    self.inForceThrough = inForceThrough
    self.targetedAllowanceThresholds = targetedAllowanceThresholds
    self.careFeeTable = careFeeTable
    self.basis = basis
    self.source = source
  }

  /// Whether the ordinance applies on `date`.
  @inlinable public func isInForce(on date: CivilDate) -> Bool {
    date >= inForceFrom && (inForceThrough.map { date <= $0 } ?? true)
  }
}
