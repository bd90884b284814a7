/// An exact amount in units of 1/10 000 of a grosz, for intermediate results.
///
/// Farm income (hectares with four decimals × the per-hectare amount) and
/// percentages of whole-grosz amounts are exact in this unit, so thresholds are
/// compared without any rounding. Conversion to ``Money`` happens once, at the end
/// of a rule, with ``rounded()`` (half up, i.e. towards +∞ at exactly half a grosz).
public struct ExactAmount: Hashable, Comparable, Sendable {
  /// Sub-units per grosz.
  public static let scale: Int64 = 10_000

  /// The amount in 1/10 000 gr.
  public var units: Int64

  /// Creates an amount from 1/10 000 gr units (`ExactAmount(units: 10_000)` is 1 grosz).
  @inlinable public init(units: Int64) { self.units = units }

  /// The exact value of a whole-grosz amount; throws ``PomocError`` (`arithmetic_overflow`)
  /// if it does not fit.
  @inlinable public init(_ money: Money) throws {
    let (value, overflow) = money.grosze.multipliedReportingOverflow(by: ExactAmount.scale)
    if overflow { throw PomocError.arithmeticOverflow }
    units = value
  }

  /// Nothing: 0 units.
  public static let zero = ExactAmount(units: 0)

  /// Orders amounts by value (`<=`, `>`, `>=` follow from it).
  @inlinable public static func < (lhs: ExactAmount, rhs: ExactAmount) -> Bool { lhs.units < rhs.units }

  /// `rate × money`, exact: basis points × grosze is already in 1/10 000 gr. Throws
  /// ``PomocError`` (`arithmetic_overflow`) if it does not fit.
  @inlinable public init(_ money: Money, times rate: Rate) throws {
    let (value, overflow) = money.grosze.multipliedReportingOverflow(by: rate.basisPoints)
    if overflow { throw PomocError.arithmeticOverflow }
    units = value
  }

  /// The sum, or a thrown ``PomocError`` (`arithmetic_overflow`) if it does not fit (never a trap).
  @inlinable public func adding(_ other: ExactAmount) throws -> ExactAmount {
    let (value, overflow) = units.addingReportingOverflow(other.units)
    if overflow { throw PomocError.arithmeticOverflow }
    return ExactAmount(units: value)
  }

  /// The difference, or a thrown ``PomocError`` (`arithmetic_overflow`) if it does not fit.
  @inlinable public func subtracting(_ other: ExactAmount) throws -> ExactAmount {
    let (value, overflow) = units.subtractingReportingOverflow(other.units)
    if overflow { throw PomocError.arithmeticOverflow }
    return ExactAmount(units: value)
  }

  /// The amount times a whole number, or a thrown ``PomocError`` (`arithmetic_overflow`) if it does not fit.
  @inlinable public func multiplied(by factor: Int64) throws -> ExactAmount {
    let (value, overflow) = units.multipliedReportingOverflow(by: factor)
    if overflow { throw PomocError.arithmeticOverflow }
    return ExactAmount(units: value)
  }

  /// Rounded to whole grosze, half up (x.5 gr → x+1 gr; −x.5 gr → −x gr).
  @inlinable @inline(__always) public func rounded() -> Money {
    Money(grosze: Rounding.halfUp(units, dividedBy: ExactAmount.scale))
  }

  /// `self ÷ divisor`, rounded to whole grosze half up (e.g. income per person).
  @inlinable public func rounded(dividedBy divisor: Int64) throws -> Money {
    let (denominator, overflow) = ExactAmount.scale.multipliedReportingOverflow(by: divisor)
    if overflow || divisor <= 0 { throw PomocError.arithmeticOverflow }
    return Money(grosze: Rounding.halfUp(units, dividedBy: denominator))
  }

  /// True when the amount is a whole number of grosze.
  @inlinable public var isWholeGrosze: Bool { units % ExactAmount.scale == 0 }
}

extension ExactAmount: CustomStringConvertible {
  /// The amount in złoty with exactly six decimals (1/10 000 gr = 0.000001 zł), e.g.
  /// `1028.200000` or `-0.000050`.
  public var description: String { DecimalText.string(units, fractionDigits: 6) }
}

/// The single rounding rule of the library.
public enum Rounding {
  /// `numerator ÷ denominator` rounded half up (towards +∞ at exactly one half);
  /// `denominator` must be positive.
  @inlinable @inline(__always)
  public static func halfUp(_ numerator: Int64, dividedBy denominator: Int64) -> Int64 {
    // floor((2n + d) / 2d), without overflow for every n and every d > 0: with |r| < d,
    // `2r ≥ d` is tested as `r ≥ d − r` (and `−2r > d` as `−r > d + r`), so nothing doubles
    // a remainder near Int64.max; the ±1 happens only when d ≥ 2, i.e. |quotient| ≤ 2^62.
    let quotient = numerator / denominator
    let remainder = numerator % denominator
    if remainder >= 0 {
      return remainder >= denominator - remainder ? quotient + 1 : quotient
    } else {
      return -remainder > denominator + remainder ? quotient - 1 : quotient
    }
  }

  /// `a × b ÷ denominator` rounded half up, with a 128-bit intermediate product.
  /// Throws on a result that does not fit in 64 bits.
  @inlinable @inline(__always) public static func halfUp(
    _ a: Int64, times b: Int64, dividedBy denominator: Int64
  ) throws -> Int64 {
    precondition(denominator > 0)
    // Fast path: the product fits in 64 bits (always, for amounts within the input limits).
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    if !overflow { return halfUp(product, dividedBy: denominator) }
    return try wideHalfUp(a, times: b, dividedBy: denominator)
  }

  /// The 128-bit path of ``halfUp(_:times:dividedBy:)``.
  @usableFromInline static func wideHalfUp(_ a: Int64, times b: Int64, dividedBy denominator: Int64) throws -> Int64 {
    guard a >= 0, b >= 0 else {
      let (product, overflow) = a.multipliedReportingOverflow(by: b)
      if overflow { throw PomocError.arithmeticOverflow }
      return halfUp(product, dividedBy: denominator)
    }
    let product = UInt64(a).multipliedFullWidth(by: UInt64(b))
    let d = UInt64(denominator)
    guard product.high < d else { throw PomocError.arithmeticOverflow }
    let (quotient, remainder) = d.dividingFullWidth(product)
    let rounded = remainder >= d - remainder ? quotient + 1 : quotient
    guard rounded <= UInt64(Int64.max) else { throw PomocError.arithmeticOverflow }
    return Int64(rounded)
  }
}
