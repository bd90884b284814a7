/// An exact rational amount of grosze, `numerator / denominator`, for the family-benefit rules.
///
/// The family's monthly income is a sum of yearly amounts divided by 12 and of amounts divided
/// by the months they were earned in (art. 5 ust. 4a u.ś.r.), then divided by the number of
/// persons: no fixed number of decimals holds it exactly. Every figure of those rules is kept
/// as a fraction (reduced, denominator > 0), compared exactly (with full-width products, so a
/// comparison never overflows), and rounded to the grosz once, half up, where the law rounds
/// (``roundedHalfUp()``). Arithmetic that would leave `Int64` throws ``PomocError``
/// (`arithmetic_overflow`), never traps.
///
/// Encoded (`Codable`) as `{"numerator": 12345, "denominator": 12}`, both JSON integers.
public struct RationalAmount: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The numerator, in grosze.
  public let numerator: Int64
  /// The denominator, always > 0; the fraction is in lowest terms.
  public let denominator: Int64

  /// Zero.
  public static let zero = RationalAmount(money: .zero)

  /// The exact value of a whole-grosz amount.
  public init(money: Money) {
    numerator = money.grosze
    denominator = 1
  }

  /// `numerator / denominator` grosze, reduced.
  ///
  /// - Throws: ``PomocError`` (`arithmetic_overflow`) when `denominator` is 0.
  public init(grosze numerator: Int64, over denominator: Int64) throws {
    guard denominator != 0, numerator != .min, denominator != .min else { throw PomocError.arithmeticOverflow }
    let sign: Int64 = denominator < 0 ? -1 : 1
    let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
    self.numerator = sign * numerator / Int64(divisor)
    self.denominator = sign * denominator / Int64(divisor)
  }

  private init(reduced numerator: Int64, _ denominator: Int64) {
    self.numerator = numerator
    self.denominator = denominator
  }

  static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x == 0 ? 1 : x
  }

  private static func checked(_ result: (partialValue: Int64, overflow: Bool)) throws -> Int64 {
    if result.overflow { throw PomocError.arithmeticOverflow }
    return result.partialValue
  }

  /// `self + other`, exact.
  public func adding(_ other: RationalAmount) throws -> RationalAmount {
    let common = Int64(Self.gcd(denominator.magnitude, other.denominator.magnitude))
    let left = try Self.checked(numerator.multipliedReportingOverflow(by: other.denominator / common))
    let right = try Self.checked(other.numerator.multipliedReportingOverflow(by: denominator / common))
    let sum = try Self.checked(left.addingReportingOverflow(right))
    let denominator = try Self.checked(self.denominator.multipliedReportingOverflow(by: other.denominator / common))
    return try RationalAmount(grosze: sum, over: denominator)
  }

  /// `self − other`, exact.
  public func subtracting(_ other: RationalAmount) throws -> RationalAmount {
    guard other.numerator != .min else { throw PomocError.arithmeticOverflow }
    return try adding(RationalAmount(reduced: -other.numerator, other.denominator))
  }

  /// `self × factor / divisor`, exact (a share, a per-person amount, a percentage: `× p / 100`).
  public func multiplied(by factor: Int64, dividedBy divisor: Int64 = 1) throws -> RationalAmount {
    guard divisor != 0 else { throw PomocError.arithmeticOverflow }
    // Cancel first so that the products stay small.
    let g1 = Int64(Self.gcd(factor.magnitude, denominator.magnitude))
    let g2 = Int64(Self.gcd(numerator.magnitude, divisor.magnitude))
    let top = try Self.checked((numerator / g2).multipliedReportingOverflow(by: factor / g1))
    let bottom = try Self.checked((denominator / g1).multipliedReportingOverflow(by: divisor / g2))
    return try RationalAmount(grosze: top, over: bottom)
  }

  /// `self ÷ count` (e.g. the income per person), exact.
  public func divided(by count: Int) throws -> RationalAmount {
    try multiplied(by: 1, dividedBy: Int64(count))
  }

  /// Orders amounts exactly (cross products in 128 bits).
  public static func < (lhs: RationalAmount, rhs: RationalAmount) -> Bool {
    let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
    let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
    return left.high < right.high || (left.high == right.high && left.low < right.low)
  }

  /// The smaller of two amounts.
  public static func min(_ a: RationalAmount, _ b: RationalAmount) -> RationalAmount { b < a ? b : a }

  /// Rounded to the grosz, half up (towards +∞ at exactly half a grosz): `⌊x + ½⌋`.
  public func roundedHalfUp() -> Money {
    // ⌊(2n + d) / 2d⌋ without overflow: n = q·d + r with 0 ≤ r < d.
    var quotient = numerator / denominator
    var remainder = numerator % denominator
    if remainder < 0 {
      quotient -= 1
      remainder += denominator
    }
    // r / d ≥ ½ ⇔ r ≥ d − r.
    return Money(grosze: remainder >= denominator - remainder ? quotient + 1 : quotient)
  }

  /// Rounded **up** to the next 10 grosze (art. 17c u.ś.r., a partial month of *świadczenie
  /// rodzicielskie*, LF §1.12): `⌈x / 10 gr⌉ × 10 gr`.
  public func roundedUpToTenGrosze() -> Money {
    let tens = denominator * 10
    var quotient = numerator / tens
    if numerator % tens > 0 { quotient += 1 }
    return Money(grosze: quotient * 10)
  }

  /// Whether the amount is below zero.
  public var isNegative: Bool { numerator < 0 }

  /// The amount in złoty with six decimals (truncated towards zero past them), for explanations,
  /// e.g. `1234.566667`; exact amounts end `.xx0000`.
  public var description: String {
    guard numerator.magnitude < UInt64(Int64.max / 10_000) else { return roundedHalfUp().description }
    return DecimalText.string(numerator * 10_000 / denominator, fractionDigits: 6)
  }
}

extension RationalAmount: Codable {
  private enum CodingKeys: String, CodingKey {
    case numerator
    case denominator
  }

  /// Decodes `{"numerator": 12345, "denominator": 12}` (integers in `Int64`), reduced to lowest
  /// terms with a positive denominator; a denominator of 0, `Int64.min` in either field, a
  /// missing key or a non-integer is a `DecodingError`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let numerator = try container.decode(Int64.self, forKey: .numerator)
    let denominator = try container.decode(Int64.self, forKey: .denominator)
    do {
      try self.init(grosze: numerator, over: denominator)
    } catch {
      throw DecodingError.dataCorruptedError(
        forKey: denominator == 0 || denominator == .min ? .denominator : .numerator, in: container,
        debugDescription:
          "expected a fraction with a non-zero denominator, neither part Int64.min, got \(numerator)/\(denominator)")
    }
  }

  /// Encodes `{"numerator": 12345, "denominator": 12}`: the reduced fraction of grosze, both
  /// as JSON integers.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(numerator, forKey: .numerator)
    try container.encode(denominator, forKey: .denominator)
  }
}
