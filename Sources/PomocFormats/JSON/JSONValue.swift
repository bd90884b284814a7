import Pomoc

/// A parsed JSON value. Numbers keep their literal text, so `"0.10"` and `0.10`
/// both reach the decimal parser exactly, with no floating-point detour.
package enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  /// The number's literal text as written (validated JSON number syntax).
  case number(String)
  case string(String)
  case array([JSONValue])
  /// Members in input order; keys are unique (duplicates are a parse error).
  case object([(key: String, value: JSONValue)])

  package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  package func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .bool(let b): hasher.combine(b)
    case .number(let n): hasher.combine(n)
    case .string(let s): hasher.combine(s)
    case .array(let a): hasher.combine(a)
    case .object(let members):
      for member in members {
        hasher.combine(member.key)
        hasher.combine(member.value)
      }
    }
  }

  /// The member named `key` of an object, or `nil`.
  package subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first(where: { $0.key == key })?.value
  }

  /// The text of a string, or the literal text of a number.
  package var scalarText: String? {
    switch self {
    case .string(let s): return s
    case .number(let n): return n
    default: return nil
    }
  }

  /// A short name of the value's kind for error messages.
  package var kindName: String {
    switch self {
    case .null: return "null"
    case .bool: return "boolean"
    case .number: return "number"
    case .string: return "string"
    case .array: return "array"
    case .object: return "object"
    }
  }
}
