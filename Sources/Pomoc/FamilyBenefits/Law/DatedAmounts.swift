/// A legal value that changes on given days, as the family-benefit rules keep their amounts,
/// criteria and caps: each entry holds from its day until the next entry's day.
///
/// An entry whose value is `nil` marks a period whose value is not verified (no verified
/// source): a lookup there is ``Lookup/notEncoded``, which a rule answers with
/// `parameter_not_encoded`, never a guess. Before the first entry the value does not exist
/// (``Lookup/notInForce``).
public struct DatedAmounts<Value: Sendable & Hashable>: Sendable, Hashable {
  /// One value and the day it applies from.
  public struct Entry: Sendable, Hashable {
    /// The first day of the value.
    public var from: CivilDate
    /// The value, or `nil` when the value of this period is not verified.
    public var value: Value?
  }

  /// The entries, in date order.
  public let entries: [Entry]

  /// A series from `(first day, value)` pairs in date order (`nil`: not verified).
  public init(_ entries: [(CivilDate, Value?)]) {
    self.entries = entries.map { Entry(from: $0.0, value: $0.1) }
  }

  /// The answer of a lookup.
  public enum Lookup: Sendable, Hashable {
    /// The value in force, with the day it took effect.
    case value(Value, since: CivilDate)
    /// The date precedes the first entry.
    case notInForce
    /// The value of that period is not verified.
    case notEncoded
  }

  /// The value on `date`.
  public func lookup(_ date: CivilDate) -> Lookup {
    guard let index = entries.lastIndex(where: { $0.from <= date }) else { return .notInForce }
    guard let value = entries[index].value else { return .notEncoded }
    return .value(value, since: entries[index].from)
  }

  /// The value on `date`, or `nil` (not in force or not verified).
  public subscript(date: CivilDate) -> Value? {
    if case .value(let value, _) = lookup(date) { return value }
    return nil
  }
}
