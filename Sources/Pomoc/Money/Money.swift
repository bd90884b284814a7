/// An amount in Polish złoty, held as a whole number of grosze (1 zł = 100 gr).
///
/// Money is never a floating-point number in Pomoc: amounts are parsed from decimal
/// text (`Money(parsing: "1069.90")`), compared exactly and printed with exactly two
/// decimals. Intermediate results that are not whole grosze (a per-person share, a
/// hectare fraction) are carried as ``ExactAmount`` and rounded once, at the end.
public struct Money: Hashable, Comparable, Sendable {
  /// The amount in grosze.
  public var grosze: Int64

  /// Creates an amount from a number of grosze.
  @inlinable public init(grosze: Int64) { self.grosze = grosze }

  /// Creates an amount of whole złoty (`Money(zloty: 776)` is 776.00 zł).
  @inlinable public init(zloty: Int64) { self.grosze = zloty * 100 }

  public static let zero = Money(grosze: 0)

  @inlinable public static func < (lhs: Money, rhs: Money) -> Bool { lhs.grosze < rhs.grosze }
}

extension Money {
  /// The sum, or a typed error if it does not fit (never a trap).
  @inlinable public func adding(_ other: Money) throws -> Money {
    let (value, overflow) = grosze.addingReportingOverflow(other.grosze)
    if overflow { throw PomocError.arithmeticOverflow }
    return Money(grosze: value)
  }

  /// The difference, or a typed error if it does not fit.
  @inlinable public func subtracting(_ other: Money) throws -> Money {
    let (value, overflow) = grosze.subtractingReportingOverflow(other.grosze)
    if overflow { throw PomocError.arithmeticOverflow }
    return Money(grosze: value)
  }

  /// The amount times a whole number (e.g. the family criterion = per-person criterion × n).
  @inlinable public func multiplied(by factor: Int64) throws -> Money {
    let (value, overflow) = grosze.multipliedReportingOverflow(by: factor)
    if overflow { throw PomocError.arithmeticOverflow }
    return Money(grosze: value)
  }
}

extension Money: CustomStringConvertible {
  /// The amount in złoty with exactly two decimals and a `.` point, e.g. `1069.90`.
  public var description: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(24)
    appendDecimal(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the two-decimal text of the amount to a byte buffer (no allocation beyond growth).
  @inlinable public func appendDecimal(to bytes: inout [UInt8]) {
    DecimalText.append(grosze, fractionDigits: 2, to: &bytes)
  }
}
