/// Conversion hectares (*hektary przeliczeniowe*), held exactly in 1/10 000 ha.
///
/// Printed and encoded (`Codable`) as a decimal string with exactly four decimals, `"12.3456"`.
public struct Hectares: Hashable, Comparable, Sendable {
  /// The area in ten-thousandths of a conversion hectare.
  public var tenThousandths: Int64
  /// Creates an area from ten-thousandths of a hectare (`Hectares(tenThousandths: 15_000)` is 1.5 ha).
  @inlinable public init(tenThousandths: Int64) { self.tenThousandths = tenThousandths }
  /// No land: 0.0000 ha.
  public static let zero = Hectares(tenThousandths: 0)
  /// One hectare: land below it yields no income (art. 8 ust. 4 u.p.s.).
  public static let one = Hectares(tenThousandths: 10_000)
  /// Largest area accepted from input (100 000 ha); larger is invalid input.
  public static let inputLimit = Hectares(tenThousandths: 1_000_000_000)
  /// Orders areas by size (`<=`, `>`, `>=` follow from it).
  @inlinable public static func < (a: Hectares, b: Hectares) -> Bool { a.tenThousandths < b.tenThousandths }

  /// Parses a decimal with at most four decimals, or `nil` for negative, malformed or
  /// over-limit text.
  @inlinable public init?<C: Collection>(parsing text: C) where C.Element == UInt8 {
    guard let value = DecimalText.parse(text, fractionDigits: 4, limit: Hectares.inputLimit.tenThousandths)
    else { return nil }
    tenThousandths = value
  }

  /// Parses raw bytes (the hot path of reading files).
  @inlinable package init?(parsing text: UnsafeBufferPointer<UInt8>) {
    guard let value = DecimalText.parse(text, fractionDigits: 4, limit: Hectares.inputLimit.tenThousandths)
    else { return nil }
    tenThousandths = value
  }
}

extension Hectares: CustomStringConvertible {
  /// The area with exactly four decimals and a `.` point, e.g. `12.3456`, `0.5000`.
  public var description: String { DecimalText.string(tenThousandths, fractionDigits: 4) }
}

extension Hectares: Codable {
  /// Decodes an area from its decimal string with at most four decimals (`"12.3456"`,
  /// `"1.5"`); a non-string, more decimals or other text is a `DecodingError`.
  public init(from decoder: any Decoder) throws {
    self.init(tenThousandths: try DecimalText.decode(from: decoder, fractionDigits: 4, what: "hectares"))
  }

  /// Encodes the area as its ``description``: four decimals, `"12.3456"`.
  public func encode(to encoder: any Encoder) throws {
    try DecimalText.encode(tenThousandths, fractionDigits: 4, to: encoder)
  }
}

/// Hours of care in a month, held exactly in 1/100 h.
///
/// Printed and encoded (`Codable`) as a decimal string with exactly two decimals, `"40.50"`.
public struct CareHours: Hashable, Comparable, Sendable {
  /// The hours in hundredths of an hour.
  public var hundredths: Int64
  /// Creates a number of hours from hundredths (`CareHours(hundredths: 4_050)` is 40.5 h).
  @inlinable public init(hundredths: Int64) { self.hundredths = hundredths }
  /// No care: 0.00 h.
  public static let zero = CareHours(hundredths: 0)
  /// A month has at most 31 × 24 = 744 hours; more is invalid input.
  public static let monthlyLimit = CareHours(hundredths: 74_400)
  /// Orders by number of hours (`<=`, `>`, `>=` follow from it).
  @inlinable public static func < (a: CareHours, b: CareHours) -> Bool { a.hundredths < b.hundredths }

  /// Parses a decimal with at most two decimals, at most 744.
  @inlinable public init?<C: Collection>(parsing text: C) where C.Element == UInt8 {
    guard let value = DecimalText.parse(text, fractionDigits: 2, limit: CareHours.monthlyLimit.hundredths)
    else { return nil }
    hundredths = value
  }

  /// Parses raw bytes (the hot path of reading files).
  @inlinable package init?(parsing text: UnsafeBufferPointer<UInt8>) {
    guard let value = DecimalText.parse(text, fractionDigits: 2, limit: CareHours.monthlyLimit.hundredths)
    else { return nil }
    hundredths = value
  }
}

extension CareHours: CustomStringConvertible {
  /// The hours with exactly two decimals and a `.` point, e.g. `40.50`.
  public var description: String { DecimalText.string(hundredths, fractionDigits: 2) }
}

extension CareHours: Codable {
  /// Decodes hours from their decimal string with at most two decimals (`"40.50"`, `"8"`);
  /// a non-string, more decimals or other text is a `DecodingError`.
  public init(from decoder: any Decoder) throws {
    self.init(hundredths: try DecimalText.decode(from: decoder, fractionDigits: 2, what: "hours"))
  }

  /// Encodes the hours as their ``description``: two decimals, `"40.50"`.
  public func encode(to encoder: any Encoder) throws {
    try DecimalText.encode(hundredths, fractionDigits: 2, to: encoder)
  }
}
