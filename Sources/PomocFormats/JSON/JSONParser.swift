import Pomoc

/// A strict RFC 8259 JSON parser over UTF-8 bytes, with a nesting limit so that
/// no input can exhaust the stack. Errors carry the byte offset. The text is checked and laid out
/// by ``JSONTape``; this builds the ``JSONValue`` tree of it.
package enum JSONParser {
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
    var tape = JSONTape()
    try tape.parse(bytes)
    return value(tape, at: 0)
  }

  /// Parses a `String`.
  package static func parse(_ text: String) throws -> JSONValue {
    try parse(Array(text.utf8))
  }

  /// The tree of the tape's value at `index`.
  private static func value(_ tape: JSONTape, at index: Int) -> JSONValue {
    let entry = tape.entries[index]
    switch entry.kind {
    case .null: return .null
    case .false: return .bool(false)
    case .true: return .bool(true)
    case .number: return .number(tape.numberText(at: index))
    case .string: return .string(tape.string(at: index))
    case .array: return .array(tape.children(of: index).map { value(tape, at: $0) })
    case .object:
      var members: [(key: String, value: JSONValue)] = []
      members.reserveCapacity(Int(entry.count))
      var key: String?
      for child in tape.children(of: index) {
        if let name = key {
          members.append((name, value(tape, at: child)))
          key = nil
        } else {
          key = tape.string(at: child)
        }
      }
      return .object(members)
    }
  }
}
