/// An amount in Polish złoty, held as a whole number of grosze (1 zł = 100 gr).
///
/// Money is never a floating-point number in Pomoc: amounts are parsed from decimal
/// text (`Money("1069.90")`, `try Money(parsing: "1069.90")`), written as whole-złoty
/// literals (`let criterion: Money = 776`), compared exactly and printed with exactly two
/// decimals. Intermediate results that are not whole grosze (a per-person share, a
/// hectare fraction) are carried as ``ExactAmount`` and rounded once, at the end.
///
/// Nothing here traps: every operation that could leave the `Int64` range of grosze
/// either cannot (``init(zloty:)`` takes an `Int32`) or reports it (`nil`, or a thrown
/// ``PomocError`` with code `arithmetic_overflow`).
public struct Money: Hashable, Comparable, Sendable {
  /// The amount in *grosze* (hundredths of a złoty).
  public var grosze: Int64

  /// Creates an amount from a number of *grosze* (`Money(grosze: 106_990)` is 1069.90 zł).
  @inlinable public init(grosze: Int64) { self.grosze = grosze }

  /// Creates an amount of whole *złoty* (`Money(zloty: 776)` is 776.00 zł).
  ///
  /// The argument is an `Int32`, so the amount in grosze (at most 2 147 483 647 × 100)
  /// always fits in `Int64`: this initializer cannot trap. For a wider count of złoty
  /// use ``init(exactlyZloty:)``.
  @inlinable public init(zloty: Int32) { self.grosze = Int64(zloty) * 100 }

  /// Creates an amount of whole *złoty* from an `Int64`, or `nil` if the amount in
  /// grosze would not fit in `Int64` (more than 92 233 720 368 547 758 zł either way).
  @inlinable public init?(exactlyZloty zloty: Int64) {
    let (value, overflow) = zloty.multipliedReportingOverflow(by: 100)
    if overflow { return nil }
    self.grosze = value
  }

  /// Nothing: 0.00 zł.
  public static let zero = Money(grosze: 0)

  /// Orders amounts by value (`<=`, `>`, `>=` follow from it; equality is by grosze).
  @inlinable public static func < (lhs: Money, rhs: Money) -> Bool { lhs.grosze < rhs.grosze }
}

extension Money {
  /// The sum, or a thrown ``PomocError`` (`arithmetic_overflow`) if it does not fit (never a trap).
  /// The same as `try self + other`.
  @inlinable public func adding(_ other: Money) throws -> Money {
    let (value, overflow) = grosze.addingReportingOverflow(other.grosze)
    if overflow { throw PomocError.arithmeticOverflow }
    return Money(grosze: value)
  }

  /// The difference, or a thrown ``PomocError`` (`arithmetic_overflow`) if it does not fit.
  /// The same as `try self - other`.
  @inlinable public func subtracting(_ other: Money) throws -> Money {
    let (value, overflow) = grosze.subtractingReportingOverflow(other.grosze)
    if overflow { throw PomocError.arithmeticOverflow }
    return Money(grosze: value)
  }

  /// The amount times a whole number (e.g. the family criterion = per-person criterion × n),
  /// or a thrown ``PomocError`` (`arithmetic_overflow`) if it does not fit.
  @inlinable public func multiplied(by factor: Int64) throws -> Money {
    let (value, overflow) = grosze.multipliedReportingOverflow(by: factor)
    if overflow { throw PomocError.arithmeticOverflow }
    return Money(grosze: value)
  }
}

extension Money: CustomStringConvertible {
  /// The amount in złoty with exactly two decimals and a `.` point, e.g. `1069.90`,
  /// `0.01`, `-1.50` (no currency sign, no grouping).
  public var description: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(24)
    appendDecimal(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the two-decimal text of the amount to a byte buffer (no allocation beyond growth).
  @inlinable package func appendDecimal(to bytes: inout [UInt8]) {
    DecimalText.append(grosze, fractionDigits: 2, to: &bytes)
  }
}
