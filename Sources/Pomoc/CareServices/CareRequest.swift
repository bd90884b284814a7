/// The kind of home care requested.
///
/// Encoded (`Codable`) as its code: `"none"`, `"standard"`, `"specialised"`, `"mental"`.
public enum CareKind: String, Hashable, Sendable, CaseIterable, Codable {
  /// No care requested.
  case none
  /// *Usługi opiekuńcze* (art. 50 ust. 1–3 u.p.s.): fees set by the municipal council.
  case standard
  /// *Specjalistyczne usługi opiekuńcze* (art. 50 ust. 4): fees set by the municipal council.
  case specialised
  /// *Specjalistyczne usługi opiekuńcze dla osób z zaburzeniami psychicznymi* (art. 50 ust. 5):
  /// fees from the national table of the minister's regulation.
  case mental
}

/// A request for home care: kind, hours in the month and the price of one hour.
public struct CareRequest: Hashable, Sendable, Codable {
  /// Which services, and so whose fee table applies (art. 50 ust. 5–6 u.p.s.).
  public var kind: CareKind
  /// Hours of care in the month.
  public var hours: CareHours
  /// The cost of one hour set by the municipality (*koszt jednej godziny usług*).
  public var hourlyCost: Money

  /// Creates a request for `hours` of care of `kind` at `hourlyCost` an hour.
  public init(kind: CareKind, hours: CareHours, hourlyCost: Money) {
    self.kind = kind
    self.hours = hours
    self.hourlyCost = hourlyCost
  }
}
