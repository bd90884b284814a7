import Pomoc

/// A strict RFC 8259 JSON parser over UTF-8 bytes, with a nesting limit so that
/// no input can exhaust the stack. Errors carry the byte offset.
package struct JSONParser {
  /// Why a text is not acceptable JSON.
  package struct SyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    package var offset: Int
    package var reason: String
    package var description: String { "invalid JSON at byte \(offset): \(reason)" }
  }

  /// Deepest nesting of arrays/objects accepted.
  package static let maximumDepth = 64

  /// Parses one complete JSON text (surrounding white space allowed).
  package static func parse<C: Collection>(_ bytes: C) throws -> JSONValue
  where C.Element == UInt8 {
    let buffer = Array(bytes)
    var parser = JSONParser(bytes: buffer)
    parser.skipWhitespace()
    let value = try parser.parseValue(depth: 0)
    parser.skipWhitespace()
    guard parser.position == buffer.count else { throw parser.error("unexpected text after the value") }
    return value
  }

  /// Parses a `String`.
  package static func parse(_ text: String) throws -> JSONValue {
    try parse(Array(text.utf8))
  }

  private let bytes: [UInt8]
  private var position = 0

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private func error(_ reason: String) -> SyntaxError { SyntaxError(offset: position, reason: reason) }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  private mutating func parseValue(depth: Int) throws -> JSONValue {
    guard position < bytes.count else { throw error("unexpected end of input") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
    case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectLiteral("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw error("unexpected character")
    }
  }

  private mutating func expectLiteral(_ literal: String) throws {
    for byte in literal.utf8 {
      guard position < bytes.count else { throw error("unexpected end of input") }
      guard bytes[position] == byte else { throw error("invalid literal") }
      position += 1
    }
  }

  private mutating func parseObject(depth: Int) throws -> JSONValue {
    guard depth <= JSONParser.maximumDepth else { throw error("nesting deeper than \(JSONParser.maximumDepth)") }
    position += 1
    var members: [(key: String, value: JSONValue)] = []
    var keys = Set<String>()
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key") }
      let keyOffset = position
      let key = try parseString()
      guard keys.insert(key).inserted else {
        throw SyntaxError(offset: keyOffset, reason: "duplicate key \"\(key)\"")
      }
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':'") }
      position += 1
      skipWhitespace()
      let value = try parseValue(depth: depth)
      members.append((key, value))
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of input") }
      if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
      if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
      throw error("expected ',' or '}'")
    }
  }

  private mutating func parseArray(depth: Int) throws -> JSONValue {
    guard depth <= JSONParser.maximumDepth else { throw error("nesting deeper than \(JSONParser.maximumDepth)") }
    position += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue(depth: depth))
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of input") }
      if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
      if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(elements) }
      throw error("expected ',' or ']'")
    }
  }

  private mutating func parseNumber() throws -> String {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    func digits(_ parser: inout JSONParser) -> Int {
      var count = 0
      while parser.position < parser.bytes.count,
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.position])
      {
        parser.position += 1
        count += 1
      }
      return count
    }
    guard position < bytes.count else { throw error("incomplete number") }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else if digits(&self) == 0 {
      throw error("invalid number")
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard digits(&self) > 0 else { throw error("invalid number") }
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
        position += 1
      }
      guard digits(&self) > 0 else { throw error("invalid number") }
    }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  private mutating func parseHex4() throws -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("incomplete \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("invalid \\u escape")
      }
      value = value * 16 + digit
      position += 1
    }
    return value
  }

  private mutating func parseString() throws -> String {
    position += 1
    var runStart = position
    var plain: [UInt8] = []
    func flush(_ parser: JSONParser, _ upTo: Int, _ plain: inout [UInt8]) {
      plain.append(contentsOf: parser.bytes[runStart..<upTo])
    }
    while true {
      guard position < bytes.count else { throw error("unterminated string") }
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        flush(self, position, &plain)
        position += 1
        break
      }
      if byte < 0x20 { throw error("control character in string") }
      if byte == UInt8(ascii: "\\") {
        flush(self, position, &plain)
        position += 1
        guard position < bytes.count else { throw error("unterminated escape") }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""): plain.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): plain.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): plain.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): plain.append(0x08)
        case UInt8(ascii: "f"): plain.append(0x0C)
        case UInt8(ascii: "n"): plain.append(0x0A)
        case UInt8(ascii: "r"): plain.append(0x0D)
        case UInt8(ascii: "t"): plain.append(0x09)
        case UInt8(ascii: "u"):
          var code = try parseHex4()
          if (0xD800...0xDBFF).contains(code) {
            guard position + 2 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
              bytes[position + 1] == UInt8(ascii: "u")
            else { throw error("unpaired surrogate") }
            position += 2
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          } else if (0xDC00...0xDFFF).contains(code) {
            throw error("unpaired surrogate")
          }
          guard let scalar = Unicode.Scalar(code) else { throw error("invalid code point") }
          plain.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: throw error("invalid escape")
        }
        runStart = position
        continue
      }
      position += 1
    }
    // Reject invalid UTF-8 rather than repairing it silently.
    guard let text = String(validating: plain, as: UTF8.self) else { throw error("invalid UTF-8 in string") }
    return text
  }
}
