/// Exact parsing and printing of decimal numbers as scaled integers.
///
/// `"12.5"` with 2 fraction digits is `1250`. Accepts an optional leading `-`
/// only where asked, digits, and at most `fractionDigits` digits after a `.`;
/// anything else (exponents, commas, spaces, `+`, empty text) is rejected, so a
/// typo never becomes a silently different amount.
@usableFromInline package enum DecimalText {
  /// Parses UTF-8 bytes into a scaled integer, or `nil` if the text is not a plain
  /// decimal with at most `fractionDigits` decimals, or exceeds `limit`.
  @inlinable
  package static func parse<C: Collection>(
    _ text: C, fractionDigits: Int, allowNegative: Bool = false, limit: Int64 = Int64.max / 1000
  ) -> Int64? where C.Element == UInt8 {
    var index = text.startIndex
    guard index != text.endIndex else { return nil }
    var negative = false
    if text[index] == UInt8(ascii: "-") {
      guard allowNegative else { return nil }
      negative = true
      index = text.index(after: index)
    }
    var value: Int64 = 0
    var integerDigits = 0
    var fraction = 0
    var seenPoint = false
    while index != text.endIndex {
      let byte = text[index]
      if byte == UInt8(ascii: ".") {
        if seenPoint || integerDigits == 0 { return nil }
        seenPoint = true
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        if seenPoint {
          fraction += 1
          if fraction > fractionDigits { return nil }
        } else {
          integerDigits += 1
        }
        value = value &* 10 &+ Int64(byte &- UInt8(ascii: "0"))
        if value > limit { return nil }
      } else {
        return nil
      }
      index = text.index(after: index)
    }
    if integerDigits == 0 || (seenPoint && fraction == 0) { return nil }
    while fraction < fractionDigits {
      value *= 10
      if value > limit { return nil }
      fraction += 1
    }
    return negative ? -value : value
  }

  /// The same as the generic form, for raw bytes (the hot path of reading files).
  @inlinable
  package static func parse(
    _ text: UnsafeBufferPointer<UInt8>, fractionDigits: Int, allowNegative: Bool = false,
    limit: Int64 = Int64.max / 1000
  ) -> Int64? {
    let count = text.count
    guard count > 0, let base = text.baseAddress else { return nil }
    var index = 0
    var negative = false
    if base[0] == UInt8(ascii: "-") {
      guard allowNegative else { return nil }
      negative = true
      index = 1
    }
    var value: Int64 = 0
    var integerDigits = 0
    var fraction = -1   // -1: no point yet
    while index < count {
      let byte = base[index]
      let digit = byte &- UInt8(ascii: "0")
      if digit < 10 {
        if fraction >= 0 {
          fraction += 1
          if fraction > fractionDigits { return nil }
        } else {
          integerDigits += 1
        }
        value = value &* 10 &+ Int64(digit)
        if value > limit { return nil }
      } else if byte == UInt8(ascii: ".") && fraction < 0 && integerDigits > 0 {
        fraction = 0
      } else {
        return nil
      }
      index += 1
    }
    if integerDigits == 0 || fraction == 0 { return nil }
    var scale = max(fraction, 0)
    while scale < fractionDigits {
      value *= 10
      if value > limit { return nil }
      scale += 1
    }
    return negative ? -value : value
  }

  /// Writes `value / 10^fractionDigits` with exactly `fractionDigits` decimals at `destination`
  /// (room for 24 bytes needed); returns the number of bytes written.
  @inlinable @inline(__always)
  package static func write(
    _ value: Int64, fractionDigits: Int, to destination: UnsafeMutablePointer<UInt8>
  ) -> Int {
    if fractionDigits == 2 { return writeHundredths(value, to: destination) }
    var magnitude = value.magnitude
    var scratch: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    return withUnsafeMutableBytes(of: &scratch) { raw in
      let digits = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
      var position = 32
      var written = 0
      repeat {
        if fractionDigits > 0 && written == fractionDigits {
          position -= 1
          digits[position] = UInt8(ascii: ".")
        }
        position -= 1
        digits[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
        magnitude /= 10
        written += 1
      } while magnitude > 0 || written <= fractionDigits
      if value < 0 {
        position -= 1
        digits[position] = UInt8(ascii: "-")
      }
      let length = 32 - position
      destination.update(from: digits + position, count: length)
      return length
    }
  }

  /// "00" … "99": two digits per division when writing amounts.
  @inlinable static var digitPairs: StaticString {
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
  }

  /// The amounts' case (two decimals, e.g. grosze → "1234.56"): the length is worked out
  /// first, then the digits are written straight into place, two per division.
  @inlinable @inline(__always)
  static func writeHundredths(_ value: Int64, to destination: UnsafeMutablePointer<UInt8>) -> Int {
    var whole = value.magnitude / 100
    let cents = value.magnitude % 100
    var wholeDigits = 1
    var bound: UInt64 = 10
    while whole >= bound && wholeDigits < 19 {   // whole < 2^64 / 100 < 10^18
      wholeDigits += 1
      bound &*= 10
    }
    let sign = value < 0 ? 1 : 0
    let length = sign + wholeDigits + 3
    let pairs = digitPairs.utf8Start
    if sign == 1 { destination[0] = UInt8(ascii: "-") }
    destination[length - 1] = pairs[Int(cents) * 2 + 1]
    destination[length - 2] = pairs[Int(cents) * 2]
    destination[length - 3] = UInt8(ascii: ".")
    var position = length - 4
    while whole >= 100 {
      let pair = Int(whole % 100) * 2
      whole /= 100
      destination[position] = pairs[pair + 1]
      destination[position - 1] = pairs[pair]
      position -= 2
    }
    if whole >= 10 {
      destination[position] = pairs[Int(whole) * 2 + 1]
      destination[position - 1] = pairs[Int(whole) * 2]
    } else {
      destination[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: whole)
    }
    return length
  }

  /// Parses a `String` (see the byte form).
  @usableFromInline package static func parse(_ text: String, fractionDigits: Int, allowNegative: Bool = false)
    -> Int64?
  {
    parse(Array(text.utf8), fractionDigits: fractionDigits, allowNegative: allowNegative)
  }

  /// Appends `value / 10^fractionDigits` with exactly `fractionDigits` decimals
  /// (`fractionDigits` at most 8).
  @inlinable
  package static func append(_ value: Int64, fractionDigits: Int, to bytes: inout [UInt8]) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
      let length = write(value, fractionDigits: fractionDigits, to: buffer.baseAddress!)
      bytes.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress!, count: length))
    }
  }

  /// The text of `value / 10^fractionDigits` with exactly `fractionDigits` decimals.
  @usableFromInline package static func string(_ value: Int64, fractionDigits: Int) -> String {
    var bytes: [UInt8] = []
    append(value, fractionDigits: fractionDigits, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Money {
  /// Largest amount accepted from input: 1 000 000 000.00 zł. Larger amounts are
  /// rejected as invalid input, so no computation downstream can overflow.
  public static let inputLimit = Money(grosze: 100_000_000_000)

  /// Parses a złoty amount with at most two decimals (`"776"`, `"1069.9"`, `"0.01"`).
  /// Returns `nil` for negative, malformed, 3-decimal or over-limit text.
  @inlinable public init?<C: Collection>(parsing text: C) where C.Element == UInt8 {
    guard let grosze = DecimalText.parse(text, fractionDigits: 2, limit: Money.inputLimit.grosze) else {
      return nil
    }
    self.init(grosze: grosze)
  }

  /// Parses a złoty amount from raw bytes (the hot path of reading files).
  @inlinable package init?(parsing text: UnsafeBufferPointer<UInt8>) {
    guard let grosze = DecimalText.parse(text, fractionDigits: 2, limit: Money.inputLimit.grosze) else { return nil }
    self.init(grosze: grosze)
  }

  /// Parses an input złoty amount from a string (see the byte form): `Money("1069.90")`,
  /// or `nil` for negative, malformed, 3-decimal or over-limit text. This is also the
  /// `LosslessStringConvertible` initializer; ``init(parsing:field:)`` is the throwing form.
  public init?(_ text: String) { self.init(parsing: Array(text.utf8)) }
}
