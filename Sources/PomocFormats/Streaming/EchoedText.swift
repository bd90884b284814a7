import Pomoc

/// Input text quoted in a message (an id, a column name, a key), cut to a short prefix.
///
/// A message must stay readable whatever the input: echoing a 1 MiB id, or a line break
/// inside one, would flood or split the summary on stderr. So at most ``limit`` bytes are
/// shown (cut on a character boundary), followed by `…` and the total length, and control
/// characters are shown escaped (`\n`, `\r`, `\t`, `\u{1B}`).
///
///     EchoedText.cut("short")              // "short"
///     EchoedText.cut(String(repeating: "x", count: 100_000))
///                                          // "xxxx…xxx… (100000 bytes)" — 64 x's shown
package enum EchoedText {
  /// Bytes of input shown at most.
  package static let limit = 64

  /// `text` cut to ``limit`` bytes, with control characters escaped.
  package static func cut(_ text: String, limit: Int = EchoedText.limit) -> String {
    cut(bytes: Array(text.utf8), limit: limit)
  }

  /// The same for raw bytes (invalid UTF-8 shows as U+FFFD).
  package static func cut<C: Collection>(bytes: C, limit: Int = EchoedText.limit) -> String where C.Element == UInt8 {
    let total = bytes.count
    var shown = Array(bytes.prefix(limit))
    if total > limit {
      // Do not split a UTF-8 sequence: drop continuation bytes (and their lead) at the cut.
      var end = shown.count
      while end > 0 && shown[end - 1] & 0xC0 == 0x80 { end -= 1 }
      if end > 0 && shown[end - 1] >= 0xC0 {
        let lead = shown[end - 1]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        if shown.count - (end - 1) < length { shown.removeSubrange((end - 1)...) }
      }
    }
    var text = ""
    for scalar in String(decoding: shown, as: UTF8.self).unicodeScalars {
      switch scalar.value {
      case 0x0A: text += "\\n"
      case 0x0D: text += "\\r"
      case 0x09: text += "\\t"
      case 0x00..<0x20, 0x7F: text += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: text.unicodeScalars.append(scalar)
      }
    }
    if total > limit { text += "… (\(total) bytes)" }
    return text
  }
}
