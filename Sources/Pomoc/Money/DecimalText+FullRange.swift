// Reading back any value that `DecimalText.string` writes (for Codable). Not on the hot
// path: the bulk readers use the bounded byte parsers in DecimalText.swift.

extension DecimalText {
  /// Parses the text that ``string(_:fractionDigits:)`` writes, over the whole `Int64` range:
  /// an optional `-`, at least one digit, and optionally a `.` followed by 1 to
  /// `fractionDigits` digits (`"-92233720368547758.08"` with 2 digits is `Int64.min`).
  /// Returns `nil` for anything else (spaces, `+`, exponents, commas, more decimals) or
  /// for a value outside `Int64`.
  @usableFromInline package static func parseFullRange(_ text: String, fractionDigits: Int) -> Int64? {
    let utf8 = text.utf8
    var index = utf8.startIndex
    var negative = false
    if index != utf8.endIndex && utf8[index] == UInt8(ascii: "-") {
      negative = true
      index = utf8.index(after: index)
    }
    var magnitude: UInt64 = 0
    var integerDigits = 0
    var fraction = -1   // -1: no point yet
    while index != utf8.endIndex {
      let byte = utf8[index]
      let digit = byte &- UInt8(ascii: "0")
      if digit < 10 {
        if fraction >= 0 {
          fraction += 1
          if fraction > fractionDigits { return nil }
        } else {
          integerDigits += 1
        }
        guard let next = timesTenPlus(magnitude, UInt64(digit)) else { return nil }
        magnitude = next
      } else if byte == UInt8(ascii: ".") && fraction < 0 && integerDigits > 0 {
        fraction = 0
      } else {
        return nil
      }
      index = utf8.index(after: index)
    }
    if integerDigits == 0 || fraction == 0 { return nil }
    var scale = max(fraction, 0)
    while scale < fractionDigits {
      guard let next = timesTenPlus(magnitude, 0) else { return nil }
      magnitude = next
      scale += 1
    }
    if negative {
      // −2^63 is representable although +2^63 is not; 0 &- m is the two's complement of m.
      guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
      return Int64(truncatingIfNeeded: 0 &- magnitude)
    }
    return Int64(exactly: magnitude)
  }

  /// `value × 10 + digit`, or `nil` past `UInt64.max`.
  private static func timesTenPlus(_ value: UInt64, _ digit: UInt64) -> UInt64? {
    let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
    if overflow { return nil }
    let (sum, carry) = times10.addingReportingOverflow(digit)
    return carry ? nil : sum
  }

  /// Decodes a value stored as a decimal string (the `Codable` form of the library's
  /// exact quantities), accepting exactly what ``parseFullRange(_:fractionDigits:)`` accepts.
  /// Throws `DecodingError.typeMismatch` for a non-string and `.dataCorrupted` for bad text.
  static func decode(from decoder: any Decoder, fractionDigits: Int, what: String) throws -> Int64 {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = parseFullRange(text, fractionDigits: fractionDigits) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription:
          "expected \(what) as a decimal string with at most \(fractionDigits) decimals, got \"\(text)\"")
    }
    return value
  }

  /// Encodes a scaled value as its decimal string (see ``string(_:fractionDigits:)``).
  static func encode(_ value: Int64, fractionDigits: Int, to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(string(value, fractionDigits: fractionDigits))
  }
}
