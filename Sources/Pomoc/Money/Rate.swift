/// A percentage held exactly in basis points (1 bp = 0.01 %), e.g. 132.5 % = 13 250 bp.
///
/// Used for multipliers of the criterion (150 % in Sopot's ordinance, 130 % in the
/// *zasiłek stały* formula) and for fee percentages (1.5 % of the hourly cost).
/// Printed and encoded (`Codable`) as the percentage with two decimals, `"150.00"`.
public struct Rate: Hashable, Comparable, Sendable {
  /// The rate in hundredths of a percent (basis points).
  public var basisPoints: Int64

  /// Creates a rate from basis points (`Rate(basisPoints: 13_250)` is 132.50 %).
  @inlinable public init(basisPoints: Int64) { self.basisPoints = basisPoints }

  /// A rate of whole percent: `Rate(percent: 150)`.
  ///
  /// The argument is an `Int32`, so the rate in basis points always fits in `Int64`:
  /// this initializer cannot trap. For a wider value use ``init(exactlyPercent:)``.
  @inlinable public init(percent: Int32) { self.basisPoints = Int64(percent) * 100 }

  /// A rate of whole percent from an `Int64`, or `nil` if it does not fit in basis points.
  @inlinable public init?(exactlyPercent percent: Int64) {
    let (value, overflow) = percent.multipliedReportingOverflow(by: 100)
    if overflow { return nil }
    self.basisPoints = value
  }

  /// 0 %.
  public static let zero = Rate(basisPoints: 0)
  /// 100 %: the whole amount.
  public static let hundredPercent = Rate(basisPoints: 10_000)

  /// Orders rates by value (`<=`, `>`, `>=` follow from it).
  @inlinable public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.basisPoints < rhs.basisPoints }

  /// Parses a percentage with at most two decimals (`"1.5"` → 1.5 %), or `nil` for
  /// negative, malformed or 3-decimal text.
  public init?(percentText: String) {
    guard let value = DecimalText.parse(percentText, fractionDigits: 2) else { return nil }
    self.init(basisPoints: value)
  }
}

extension Rate: CustomStringConvertible {
  /// The percentage with exactly two decimals, without a `%` sign (`1.50`, `100.00`).
  public var description: String { DecimalText.string(basisPoints, fractionDigits: 2) }
}
