/// A percentage held exactly in basis points (1 bp = 0.01 %), e.g. 132.5 % = 13 250 bp.
///
/// Used for multipliers of the criterion (150 % in Sopot's ordinance, 130 % in the
/// *zasiłek stały* formula) and for fee percentages (1.5 % of the hourly cost).
public struct Rate: Hashable, Comparable, Sendable {
  /// The rate in hundredths of a percent.
  public var basisPoints: Int64

  @inlinable public init(basisPoints: Int64) { self.basisPoints = basisPoints }

  /// A rate of whole percent: `Rate(percent: 150)`.
  @inlinable public init(percent: Int64) { self.basisPoints = percent * 100 }

  public static let zero = Rate(basisPoints: 0)
  public static let hundredPercent = Rate(basisPoints: 10_000)

  @inlinable public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.basisPoints < rhs.basisPoints }

  /// Parses a percentage with at most two decimals (`"1.5"` → 1.5 %).
  public init?(percentText: String) {
    guard let value = DecimalText.parse(percentText, fractionDigits: 2) else { return nil }
    self.init(basisPoints: value)
  }
}

extension Rate: CustomStringConvertible {
  /// The percentage with exactly two decimals, without a `%` sign (`1.50`, `100.00`).
  public var description: String { DecimalText.string(basisPoints, fractionDigits: 2) }
}
