/// A calendar day without time or zone (the day whose law applies).
///
/// Dates in Pomoc are legal dates: "in force from 2025-01-01". No time zone can
/// shift them. Parsed from strict `YYYY-MM-DD`; impossible days (2023-02-30) are rejected.
/// Printed, read back (`LosslessStringConvertible`) and encoded (`Codable`) as that same
/// `YYYY-MM-DD` string.
public struct CivilDate: Hashable, Comparable, Sendable {
  /// The date as the number yyyymmdd (2025-01-31 → 20250131): 4 bytes, and ordered like
  /// the dates, so comparing two dates is comparing two integers.
  public let key: Int32

  /// The year, 1…9999 (*rok*).
  @inlinable public var year: Int { Int(key / 10_000) }
  /// The month, 1…12 (*miesiąc*).
  @inlinable public var month: Int { Int(key / 100 % 100) }
  /// The day of the month, 1…31 (*dzień*).
  @inlinable public var day: Int { Int(key % 100) }

  /// Creates a date, or `nil` if the day does not exist in the proleptic Gregorian calendar.
  @inlinable
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= CivilDate.daysIn(month: month, year: year)
    else { return nil }
    key = Int32(year * 10_000 + month * 100 + day)
  }

  /// Creates a date known to be valid, for the law's tables in the library's own source (a typo
  /// there traps in the tests that load every table). Not public: a program's dates come from
  /// ``init(year:month:day:)``, ``init(_:)`` or ``init(parsing:field:)``, which never trap.
  package init(_ year: Int, _ month: Int, _ day: Int) {
    guard let date = CivilDate(year: year, month: month, day: day) else {
      preconditionFailure("invalid literal date \(year)-\(month)-\(day)")
    }
    self = date
  }

  /// Earlier dates first (`<=`, `>`, `>=` follow from it).
  @inlinable public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.key < rhs.key }
  /// The same day.
  @inlinable public static func == (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.key == rhs.key }

  /// Hashes the day. Explicit rather than synthesized: AddressSanitizer flagged the
  /// synthesized hash of this 4-byte struct for reading 8 bytes (Tests/Fuzz, 2026-11-23).
  public func hash(into hasher: inout Hasher) { hasher.combine(Int(key)) }

  /// Days in a month, leap years included.
  @inlinable public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The day before, or `nil` for 0001-01-01, the first representable day.
  public var dayBefore: CivilDate? {
    key == 10_101 ? nil : previousDay
  }

  /// The day before (for "in force until" boundaries in the library's tables); 0001-01-01 has
  /// none and traps, so it is not public (``dayBefore`` is).
  package var previousDay: CivilDate {
    if day > 1 { return CivilDate(year, month, day - 1) }
    if month > 1 { return CivilDate(year, month - 1, CivilDate.daysIn(month: month - 1, year: year)) }
    return CivilDate(year - 1, 12, 31)
  }

  /// Parses strict `YYYY-MM-DD` from UTF-8 bytes (the formats' readers).
  @inlinable
  package init?<C: Collection>(parsing text: C) where C.Element == UInt8 {
    guard text.count == 10 else { return nil }
    var year = 0
    var month = 0
    var day = 0
    var offset = 0
    for byte in text {
      if offset == 4 || offset == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
      } else {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        let digit = Int(byte &- UInt8(ascii: "0"))
        if offset < 4 {
          year = year * 10 + digit
        } else if offset < 7 {
          month = month * 10 + digit
        } else {
          day = day * 10 + digit
        }
      }
      offset += 1
    }
    self.init(year: year, month: month, day: day)
  }

  /// Parses strict `YYYY-MM-DD` (`CivilDate("2025-01-31")`), or `nil` for any other text or a
  /// day that does not exist. This is also the `LosslessStringConvertible` initializer:
  /// `CivilDate(date.description) == date` for every date.
  public init?(_ text: String) { self.init(parsing: Array(text.utf8)) }

  /// Parses strict `YYYY-MM-DD` (`try CivilDate(parsing: "2025-03-01")`).
  ///
  /// - Throws: ``PomocError`` `invalid_field:<field>` for any other text or a day that does not
  ///   exist (`2023-02-30`).
  public init(parsing text: String, field: String = "date") throws {
    guard let date = CivilDate(text) else {
      throw PomocError.invalid(field, "expected an existing day as YYYY-MM-DD")
    }
    self = date
  }
}

extension CivilDate: LosslessStringConvertible {}

extension CivilDate: Codable {
  /// Decodes a date from a strict `"YYYY-MM-DD"` string; a non-string, another format or a
  /// day that does not exist (`"2023-02-30"`) is a `DecodingError`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CivilDate(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected an existing day as YYYY-MM-DD, got \"\(text)\"")
    }
    self = date
  }

  /// Encodes the date as its ``description``, `"YYYY-MM-DD"`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension CivilDate: CustomStringConvertible {
  /// The date as `YYYY-MM-DD`, zero-padded (`2012-10-01`).
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
  }
}
