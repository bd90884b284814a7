/// Conversion hectares (*hektary przeliczeniowe*), held exactly in 1/10 000 ha.
public struct Hectares: Hashable, Comparable, Sendable {
  public var tenThousandths: Int64
  @inlinable public init(tenThousandths: Int64) { self.tenThousandths = tenThousandths }
  public static let zero = Hectares(tenThousandths: 0)
  /// One hectare: land below it yields no income (art. 8 ust. 4 u.p.s.).
  public static let one = Hectares(tenThousandths: 10_000)
  /// Largest area accepted from input (100 000 ha); larger is invalid input.
  public static let inputLimit = Hectares(tenThousandths: 1_000_000_000)
  @inlinable public static func < (a: Hectares, b: Hectares) -> Bool { a.tenThousandths < b.tenThousandths }

  /// Parses a decimal with at most four decimals.
  @inlinable public init?<C: Collection>(parsing text: C) where C.Element == UInt8 {
    guard let value = DecimalText.parse(text, fractionDigits: 4, limit: Hectares.inputLimit.tenThousandths)
    else { return nil }
    tenThousandths = value
  }

  /// Parses raw bytes (the hot path of reading files).
  @inlinable public init?(parsing text: UnsafeBufferPointer<UInt8>) {
    guard let value = DecimalText.parse(text, fractionDigits: 4, limit: Hectares.inputLimit.tenThousandths)
    else { return nil }
    tenThousandths = value
  }
}

extension Hectares: CustomStringConvertible {
  public var description: String { DecimalText.string(tenThousandths, fractionDigits: 4) }
}

/// Hours of care in a month, held exactly in 1/100 h.
public struct CareHours: Hashable, Comparable, Sendable {
  public var hundredths: Int64
  @inlinable public init(hundredths: Int64) { self.hundredths = hundredths }
  public static let zero = CareHours(hundredths: 0)
  /// A month has at most 31 × 24 = 744 hours; more is invalid input.
  public static let monthlyLimit = CareHours(hundredths: 74_400)
  @inlinable public static func < (a: CareHours, b: CareHours) -> Bool { a.hundredths < b.hundredths }

  /// Parses a decimal with at most two decimals, at most 744.
  @inlinable public init?<C: Collection>(parsing text: C) where C.Element == UInt8 {
    guard let value = DecimalText.parse(text, fractionDigits: 2, limit: CareHours.monthlyLimit.hundredths)
    else { return nil }
    hundredths = value
  }

  /// Parses raw bytes (the hot path of reading files).
  @inlinable public init?(parsing text: UnsafeBufferPointer<UInt8>) {
    guard let value = DecimalText.parse(text, fractionDigits: 2, limit: CareHours.monthlyLimit.hundredths)
    else { return nil }
    hundredths = value
  }
}

extension CareHours: CustomStringConvertible {
  public var description: String { DecimalText.string(hundredths, fractionDigits: 2) }
}
