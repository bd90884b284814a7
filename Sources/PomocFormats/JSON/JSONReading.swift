import Pomoc

/// Typed access to JSON documents with errors that name the path of the bad field
/// (`parameters[0].values[1].value`), used by every JSON loader of the library.
struct JSONReader {
  let value: JSONValue
  let path: String

  init(_ value: JSONValue, path: String = "") {
    self.value = value
    self.path = path
  }

  /// Parses a whole document. A UTF-8 byte-order mark before it is not data (RFC 8259
  /// § 8.1 allows a parser to ignore one), as in the household files.
  static func parse(_ bytes: some Collection<UInt8>) throws -> JSONReader {
    do {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return JSONReader(try JSONParser.parse(bytes.dropFirst(3))) }
      return JSONReader(try JSONParser.parse(bytes))
    } catch {
      throw PomocError(wrapping: error)
    }
  }

  private func childPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

  func invalid(_ why: String) -> PomocError { .invalid(path.isEmpty ? "(document)" : path, why) }

  /// Rejects members other than `allowed`, so a misspelt key is never silently ignored.
  func requireOnlyKeys(_ allowed: Set<String>) throws {
    guard case .object(let members) = value else { throw invalid("expected an object") }
    for member in members where !allowed.contains(member.key) {
      throw PomocError(
        .invalidField, field: childPath(member.key), message: "unknown field '\(EchoedText.cut(member.key))'")
    }
  }

  func optional(_ key: String) throws -> JSONReader? {
    guard case .object = value else { throw invalid("expected an object") }
    guard let child = value[key], child != .null else { return nil }
    return JSONReader(child, path: childPath(key))
  }

  func required(_ key: String) throws -> JSONReader {
    guard let child = try optional(key) else { throw PomocError.missing(childPath(key)) }
    return child
  }

  func array() throws -> [JSONReader] {
    guard case .array(let elements) = value else { throw invalid("expected an array") }
    return elements.enumerated().map { JSONReader($1, path: "\(path)[\($0)]") }
  }

  func string() throws -> String {
    guard case .string(let text) = value else { throw invalid("expected a string") }
    return text
  }

  /// A decimal given as a string or a JSON number, kept exact.
  func decimalText() throws -> String {
    guard let text = value.scalarText, value != .null else { throw invalid("expected a decimal string") }
    return text
  }

  func money() throws -> Money {
    guard let amount = Money(try decimalText()) else {
      throw invalid("expected zł ≥ 0 with at most 2 decimals, at most \(Money.inputLimit)")
    }
    return amount
  }

  func rate() throws -> Rate {
    guard let rate = Rate(percentText: try decimalText()) else {
      throw invalid("expected a percentage ≥ 0 with at most 2 decimals")
    }
    return rate
  }

  func date() throws -> CivilDate {
    guard let date = CivilDate(try string()) else { throw invalid("expected an existing day as YYYY-MM-DD") }
    return date
  }

  func integer(_ range: ClosedRange<Int64>) throws -> Int64 {
    guard let number = DecimalText.parse(try decimalText(), fractionDigits: 0), range.contains(number) else {
      throw invalid("expected a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return number
  }

  func bool() throws -> Bool {
    guard case .bool(let flag) = value else { throw invalid("expected true or false") }
    return flag
  }
}
