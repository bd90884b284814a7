/// A calendar day without time or zone (the day whose law applies).
///
/// Dates in Pomoc are legal dates: "in force from 2025-01-01". No time zone can
/// shift them. Parsed from strict `YYYY-MM-DD`; impossible days (2023-02-30) are rejected.
public struct CivilDate: Hashable, Comparable, Sendable {
  /// The date as the number yyyymmdd (2025-01-31 → 20250131): 4 bytes, and ordered like
  /// the dates, so comparing two dates is comparing two integers.
  public let key: Int32

  @inlinable public var year: Int { Int(key / 10_000) }
  @inlinable public var month: Int { Int(key / 100 % 100) }
  @inlinable public var day: Int { Int(key % 100) }

  /// Creates a date, or `nil` if the day does not exist in the proleptic Gregorian calendar.
  @inlinable
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
          day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
    key = Int32(year * 10_000 + month * 100 + day)
  }

  /// Creates a date known to be valid (for tables in source code). Traps on a typo.
  public init(_ year: Int, _ month: Int, _ day: Int) {
    guard let date = CivilDate(year: year, month: month, day: day) else {
      preconditionFailure("invalid literal date \(year)-\(month)-\(day)")
    }
    self = date
  }

  @inlinable public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.key < rhs.key }
  @inlinable public static func == (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.key == rhs.key }

  /// Explicit rather than synthesized: AddressSanitizer flagged the synthesized hash of this
  /// 4-byte struct for reading 8 bytes (Tests/Fuzz, 2026-11-23).
  public func hash(into hasher: inout Hasher) { hasher.combine(Int(key)) }

  /// Days in a month, leap years included.
  @inlinable public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The day before (for "in force until" boundaries).
  public var previousDay: CivilDate {
    if day > 1 { return CivilDate(year, month, day - 1) }
    if month > 1 { return CivilDate(year, month - 1, CivilDate.daysIn(month: month - 1, year: year)) }
    return CivilDate(year - 1, 12, 31)
  }

  /// Parses strict `YYYY-MM-DD` from UTF-8 bytes.
  @inlinable
  public init?<C: Collection>(parsing text: C) where C.Element == UInt8 {
    guard text.count == 10 else { return nil }
    var year = 0, month = 0, day = 0
    var offset = 0
    for byte in text {
      if offset == 4 || offset == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
      } else {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        let digit = Int(byte &- UInt8(ascii: "0"))
        if offset < 4 { year = year * 10 + digit } else if offset < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
      }
      offset += 1
    }
    self.init(year: year, month: month, day: day)
  }

  /// Parses strict `YYYY-MM-DD`.
  public init?(_ text: String) { self.init(parsing: Array(text.utf8)) }
}

extension CivilDate: CustomStringConvertible {
  /// `YYYY-MM-DD`.
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
  }
}
