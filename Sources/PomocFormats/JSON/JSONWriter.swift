import Pomoc

/// Writes JSON text with members in the order given (stable output for golden files).
package enum JSONWriter {
  /// Compact JSON text of `value`.
  package static func string(_ value: JSONValue) -> String {
    var out = ""
    write(value, into: &out, indent: nil, level: 0)
    return out
  }

  /// Indented JSON text of `value` (two spaces).
  package static func prettyString(_ value: JSONValue) -> String {
    var out = ""
    write(value, into: &out, indent: "  ", level: 0)
    return out
  }

  private static func write(_ value: JSONValue, into out: inout String, indent: String?, level: Int) {
    func newline(_ level: Int) {
      guard let indent else { return }
      out += "\n" + String(repeating: indent, count: level)
    }
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n): out += n
    case .string(let s): quote(s, into: &out)
    case .array(let elements):
      out += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { out += "," }
        newline(level + 1)
        write(element, into: &out, indent: indent, level: level + 1)
      }
      if !elements.isEmpty { newline(level) }
      out += "]"
    case .object(let members):
      out += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { out += "," }
        newline(level + 1)
        quote(member.key, into: &out)
        out += indent == nil ? ":" : ": "
        write(member.value, into: &out, indent: indent, level: level + 1)
      }
      if !members.isEmpty { newline(level) }
      out += "}"
    }
  }

  /// Appends `text` as a JSON string literal.
  package static func quote(_ text: String, into out: inout String) {
    var bytes: [UInt8] = []
    appendQuoted(text.utf8, to: &bytes)
    out += String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal, quotes included (its UTF-8 in place, no copy).
  @inlinable
  package static func appendQuoted(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { appendQuoted($0, to: &out) }
  }

  /// Appends `text` (valid UTF-8) as a JSON string literal, quotes included.
  @inlinable
  package static func appendQuoted(_ text: some Collection<UInt8>, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    appendEscaped(text, to: &out)
    out.append(UInt8(ascii: "\""))
  }

  /// Appends the content of a JSON string literal for the UTF-8 `text`, without quotes: `"`,
  /// `\\` and the control characters escaped (`\n`, `\r`, `\t`, else `\u00XX`); a byte sequence
  /// that is not UTF-8 is written as U+FFFD, so the output is always UTF-8. Plain ASCII, the
  /// usual case, is appended in one copy.
  @inlinable
  package static func appendEscaped(_ text: some Collection<UInt8>, to out: inout [UInt8]) {
    if text.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
      out.append(contentsOf: text)
    } else {
      appendEscapedBytes(text, to: &out)
    }
  }

  /// The byte-by-byte path of ``appendEscaped(_:to:)``, out of line: the rare case.
  @usableFromInline @inline(never)
  static func appendEscapedBytes(_ text: some Collection<UInt8>, to out: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    for byte in String(decoding: text, as: UTF8.self).utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case ..<0x20:
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30])
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0x0F)])
      default: out.append(byte)
      }
    }
  }

  /// Appends a date as a JSON string, `"2024-11-01"`.
  package static func appendQuoted(_ date: CivilDate, to out: inout [UInt8]) {
    let (year, month, day) = (date.year, date.month, date.day)
    out.append(UInt8(ascii: "\""))
    for divisor in [1000, 100, 10, 1] { out.append(UInt8(truncatingIfNeeded: 48 + year / divisor % 10)) }
    out.append(UInt8(ascii: "-"))
    out.append(UInt8(truncatingIfNeeded: 48 + month / 10))
    out.append(UInt8(truncatingIfNeeded: 48 + month % 10))
    out.append(UInt8(ascii: "-"))
    out.append(UInt8(truncatingIfNeeded: 48 + day / 10))
    out.append(UInt8(truncatingIfNeeded: 48 + day % 10))
    out.append(UInt8(ascii: "\""))
  }
}
