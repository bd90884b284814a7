/// The municipal ordinances (*uchwały rad gmin*) known to an evaluator, by id.
///
/// Starts with the bundled ones (``bundled``); a host program adds its own with
/// ``register(_:)``, or from JSON with `PomocFormats`.
public struct OrdinanceRegistry: Sendable {
  /// The ordinances by id.
  public private(set) var ordinances: [String: MunicipalOrdinance] = [:]
  /// The same, in id order, read in place by the rules (rebuilt on ``register(_:)``).
  private(set) var storage = OrdinanceStorage([])

  /// A registry of `ordinances` (a later one with the same id replaces an earlier one).
  public init(_ ordinances: [MunicipalOrdinance] = []) {
    for ordinance in ordinances { self.ordinances[ordinance.id] = ordinance }
    storage = OrdinanceStorage(self.ordinances.values.sorted { $0.id < $1.id })
  }

  /// Adds or replaces an ordinance.
  public mutating func register(_ ordinance: MunicipalOrdinance) {
    ordinances[ordinance.id] = ordinance
    storage = OrdinanceStorage(ordinances.values.sorted { $0.id < $1.id })
  }

  /// The ordinance `id` in force on `date`; `nil` for the empty id (national rules only).
  ///
  /// - Throws: `unknown_municipality`, or `ordinance_not_in_force`.
  public func ordinance(_ id: String, on date: CivilDate) throws -> MunicipalOrdinance? {
    let index = try storage.index(of: id, on: date)
    return index < 0 ? nil : storage.list[index]
  }

  /// Ids in alphabetical order.
  public var ids: [String] { storage.ids }
}

/// The ordinances of a registry in id order, for the rules to read in place (one copy of the
/// law: the registry's own values, not a flattened duplicate). Immutable after `init`.
final class OrdinanceStorage: @unchecked Sendable {
  /// The ordinances in id order.
  let list: [MunicipalOrdinance]
  /// `list[i].id`.
  let ids: [String]
  /// For large registries: id → index (small ones are scanned).
  private let byID: [String: Int]
  // The rules read fields of an ordinance through `base`, so that no ordinance is copied per
  // household (an array's getter would copy it, with a reference count per text and table).
  // `base` holds `list.count` initialized ordinances, never written after `init`.
  private let base: UnsafeMutablePointer<MunicipalOrdinance>

  init(_ ordinances: [MunicipalOrdinance]) {
    list = ordinances
    ids = ordinances.map(\.id)
    byID = ordinances.count > 16 ? Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) }) : [:]
    base = .allocate(capacity: max(1, ordinances.count))
    base.initialize(from: ordinances, count: ordinances.count)
  }

  deinit { base.deinitialize(count: list.count).deallocate() }

  /// The ordinance at `index`, in place.
  @inline(__always)
  func at(_ index: Int) -> UnsafePointer<MunicipalOrdinance> { UnsafePointer(base + index) }

  /// The index of ordinance `id` in force on `date`, or -1 for the empty id.
  ///
  /// - Throws: `unknown_municipality`, or `ordinance_not_in_force`.
  @inline(__always)
  func index(of id: String, on date: CivilDate) throws -> Int {
    if id.isEmpty { return -1 }
    let index = position(of: id)
    guard index >= 0 else {
      throw PomocError(.unknownMunicipality, field: "municipality", message: "no ordinance '\(id)' is known")
    }
    guard base[index].isInForce(on: date) else { throw notInForce(index, on: date) }
    return index
  }

  private func notInForce(_ index: Int, on date: CivilDate) -> PomocError {
    let ordinance = list[index]
    let through = ordinance.inForceThrough.map { " to \($0)" } ?? ""
    return PomocError(
      .ordinanceNotInForce, field: "municipality",
      message: "'\(ordinance.id)' is in force from \(ordinance.inForceFrom)\(through), not on \(date)")
  }

  @inline(__always)
  private func position(of id: String) -> Int {
    if byID.isEmpty {
      for index in ids.indices where base[index].id == id { return index }
      return -1
    }
    return byID[id] ?? -1
  }
}

/// One ordinance of a registry, as a rule reads it: in place, without copying it.
struct OrdinanceOnDate {
  /// The registry's storage; the evaluator keeps it alive while its rules run.
  unowned(unsafe) let storage: OrdinanceStorage
  /// The position in `storage.list`.
  let index: Int

  /// The raised thresholds of *zasiłek celowy*, as plain rates (no text copied).
  @inline(__always)
  var targetedRates: (single: Rate, family: Rate, singleRetirementAge: Rate?)? {
    let ordinance = storage.at(index)
    guard ordinance.pointee.targetedAllowanceThresholds != nil else { return nil }
    return (
      ordinance.pointee.targetedAllowanceThresholds!.single, ordinance.pointee.targetedAllowanceThresholds!.family,
      ordinance.pointee.targetedAllowanceThresholds!.singleRetirementAge
    )
  }

  /// Whether the ordinance sets a care-service fee table.
  @inline(__always)
  var hasCareFeeTable: Bool { storage.at(index).pointee.careFeeTable != nil }

  /// The fee percent of the ordinance's care table, read in place.
  @inline(__always)
  func carePercent(income: ExactAmount, criterion: Money, family: Bool, on date: CivilDate) throws -> Rate? {
    try storage.at(index).pointee.careFeeTable?.percent(income: income, criterion: criterion, family: family, on: date)
  }

  /// The whole ordinance (for explanations and errors only).
  var ordinance: MunicipalOrdinance { storage.list[index] }
}
