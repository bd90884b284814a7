/// Full-time equivalents (*etaty*), held exactly in 1/10 000 FTE.
///
/// Ratios of the law are exact at this scale: residents ÷ 2000 = residents × 5/10 000,
/// families ÷ 50 = families × 200/10 000, 0.4 × residents, participants ÷ 5. Printed and
/// encoded (`Codable`) as the shortest exact decimal string, `"26"`, `"17.5"`, `"20.42"`.
public struct FullTimeEquivalent: Hashable, Comparable, Sendable {
  /// The value in ten-thousandths of a full-time post.
  public var tenThousandths: Int64
  /// Creates a value from ten-thousandths (`FullTimeEquivalent(tenThousandths: 175_000)` is 17.5 FTE).
  @inlinable public init(tenThousandths: Int64) { self.tenThousandths = tenThousandths }
  /// Creates a whole number of posts (`FullTimeEquivalent(whole: 3)`). The argument is an
  /// `Int32`, so the value always fits: this initializer cannot trap.
  public init(whole: Int32) { tenThousandths = Int64(whole) * 10_000 }
  /// Creates a whole number of posts, or `nil` when the value would not fit in `Int64`.
  public init?(exactlyWhole whole: Int64) {
    let (value, overflow) = whole.multipliedReportingOverflow(by: 10_000)
    if overflow { return nil }
    tenThousandths = value
  }
  /// No staff: 0 FTE.
  public static let zero = FullTimeEquivalent(tenThousandths: 0)
  /// Largest value accepted from input: 1 000 000 FTE.
  public static let inputLimit = FullTimeEquivalent(tenThousandths: 10_000_000_000)
  /// Orders values by size (`<=`, `>`, `>=` follow from it).
  @inlinable public static func < (a: FullTimeEquivalent, b: FullTimeEquivalent) -> Bool {
    a.tenThousandths < b.tenThousandths
  }

  /// Parses a decimal with at most four decimals (`"26"`, `"17.5"`), or `nil` for negative,
  /// malformed or over-limit text.
  public init?(_ text: String) {
    guard
      let value = DecimalText.parse(text.utf8, fractionDigits: 4, limit: FullTimeEquivalent.inputLimit.tenThousandths)
    else { return nil }
    tenThousandths = value
  }

  /// `count ÷ divisor`, rounded up to 1/10 000 FTE (a requirement is never understated).
  /// Callers keep `count` at most ``StaffingRules/countLimit``, so the product fits.
  static func ceiling(_ count: Int64, dividedBy divisor: Int64) -> FullTimeEquivalent {
    let numerator = count * 10_000
    return FullTimeEquivalent(tenThousandths: (numerator + divisor - 1) / divisor)
  }
}

extension FullTimeEquivalent: CustomStringConvertible {
  /// The shortest exact decimal: `26`, `17.5`, `20.42`.
  public var description: String {
    var text = DecimalText.string(tenThousandths, fractionDigits: 4)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}

extension FullTimeEquivalent: Codable {
  /// Decodes a value from its decimal string with at most four decimals (`"26"`, `"17.5"`);
  /// a non-string, more decimals or other text is a `DecodingError`.
  public init(from decoder: any Decoder) throws {
    self.init(tenThousandths: try DecimalText.decode(from: decoder, fractionDigits: 4, what: "full-time equivalents"))
  }

  /// Encodes the value as its ``description``, the shortest exact decimal: `"17.5"`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
