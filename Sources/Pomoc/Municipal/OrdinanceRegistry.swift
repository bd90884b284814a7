/// The municipal ordinances known to an evaluator, by id.
///
/// Starts with the bundled ones (``bundled``); a host program adds its own with
/// ``register(_:)`` or from JSON.
public struct OrdinanceRegistry: Sendable {
  public private(set) var ordinances: [String: MunicipalOrdinance] = [:]

  public init(_ ordinances: [MunicipalOrdinance] = []) {
    for ordinance in ordinances { register(ordinance) }
  }

  /// Adds or replaces an ordinance.
  public mutating func register(_ ordinance: MunicipalOrdinance) {
    ordinances[ordinance.id] = ordinance
  }

  /// The ordinance `id` in force on `date`; `nil` for the empty id (national rules only).
  ///
  /// - Throws: `unknown_municipality`, or `ordinance_not_in_force`.
  public func ordinance(_ id: String, on date: CivilDate) throws -> MunicipalOrdinance? {
    if id.isEmpty { return nil }
    guard let ordinance = ordinances[id] else {
      throw PomocError(.unknownMunicipality, field: "municipality", message: "no ordinance '\(id)' is known")
    }
    guard ordinance.isInForce(on: date) else {
      let through = ordinance.inForceThrough.map { " to \($0)" } ?? ""
      throw PomocError(.ordinanceNotInForce, field: "municipality",
                       message: "'\(id)' is in force from \(ordinance.inForceFrom)\(through), not on \(date)")
    }
    return ordinance
  }

  /// Ids in alphabetical order.
  public var ids: [String] { ordinances.keys.sorted() }
}
