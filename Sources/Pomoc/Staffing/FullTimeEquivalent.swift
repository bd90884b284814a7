/// Full-time equivalents (*etaty*), held exactly in 1/10 000 FTE.
///
/// Ratios of the law are exact at this scale: residents ÷ 2000 = residents × 5/10 000,
/// families ÷ 50 = families × 200/10 000, 0.4 × residents, participants ÷ 5.
public struct FullTimeEquivalent: Hashable, Comparable, Sendable {
  public var tenThousandths: Int64
  @inlinable public init(tenThousandths: Int64) { self.tenThousandths = tenThousandths }
  public init(whole: Int64) { tenThousandths = whole * 10_000 }
  public static let zero = FullTimeEquivalent(tenThousandths: 0)
  /// Largest value accepted from input: 1 000 000 FTE.
  public static let inputLimit = FullTimeEquivalent(tenThousandths: 10_000_000_000)
  @inlinable public static func < (a: FullTimeEquivalent, b: FullTimeEquivalent) -> Bool { a.tenThousandths < b.tenThousandths }

  /// Parses a decimal with at most four decimals (`"26"`, `"17.5"`).
  public init?(_ text: String) {
    guard let value = DecimalText.parse(text.utf8, fractionDigits: 4, limit: FullTimeEquivalent.inputLimit.tenThousandths)
    else { return nil }
    tenThousandths = value
  }

  /// `count ÷ divisor`, rounded up to 1/10 000 FTE (a requirement is never understated).
  public static func ceiling(_ count: Int64, dividedBy divisor: Int64) -> FullTimeEquivalent {
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
