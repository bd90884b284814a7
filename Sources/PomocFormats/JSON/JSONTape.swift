import Pomoc

/// One JSON text checked (RFC 8259, strict) and laid out flat: one ``Entry`` per value, in the
/// order the values appear, each container followed by its contents. Nothing is copied out of
/// the text: a string or a number is a byte range of it, decoded only when read.
///
/// This is the one JSON parser of the formats. ``JSONParser`` builds a ``JSONValue`` tree from a
/// tape for the documents read whole (parameter and ordinance files, service requests, household
/// records); `pomoc family` reads its records from the tape itself (``FamilyJSON``), with a tape
/// reused from line to line, so a record costs no allocation for its structure.
///
/// An object's contents are pairs: the key (a string entry) and then its value. ``Entry/next``
/// is the index just past a value's contents, so a reader steps over a whole subtree at once.
/// Nesting is limited to ``JSONParser/maximumDepth``, so no input can exhaust the stack; a key
/// that appears twice in one object is a syntax error.
package struct JSONTape {
  /// The kind of a value.
  package enum Kind: UInt8 {
    case null, `false`, `true`, number, string, array, object
  }

  /// One value: its kind and bytes, and where its contents end.
  package struct Entry {
    /// The value's kind.
    package var kind: Kind
    /// A string holding escapes (`\n`, `\u00f3`): its bytes must be decoded to be read.
    package var escaped = false
    /// The first byte: of a string, the one after the opening quote; of a number, its first.
    package var start: Int32
    /// One past the last byte: of a string, its closing quote.
    package var end: Int32
    /// The index after this value and everything inside it.
    package var next: Int32
    /// Elements of an array, members of an object (0 otherwise).
    package var count: Int32 = 0
    /// The index of the enclosing array or object; -1 for the outermost value.
    package var parent: Int32
  }

  /// The entries, outermost value first.
  package private(set) var entries: [Entry] = []
  /// The text parsed last.
  package private(set) var bytes: [UInt8] = []

  /// An empty tape, to be filled by ``parse(_:)``.
  package init() {}

  /// Parses one complete JSON text (white space around it allowed), replacing the tape's
  /// contents; the tape's storage is reused.
  ///
  /// - Throws: ``JSONParser/SyntaxError`` with the byte offset of the first problem.
  package mutating func parse(_ text: some Collection<UInt8>) throws {
    bytes.removeAll(keepingCapacity: true)
    bytes.append(contentsOf: text)
    entries.removeAll(keepingCapacity: true)
    guard bytes.count < Int(Int32.max) else { throw JSONParser.SyntaxError(offset: 0, reason: "text too long") }
    try bytes.withUnsafeBufferPointer { buffer in
      var scanner = Scanner(bytes: buffer, entries: entries)
      entries = []
      defer { entries = scanner.entries }
      scanner.skipWhitespace()
      try scanner.value(depth: 0, parent: -1)
      scanner.skipWhitespace()
      guard scanner.position == buffer.count else { throw scanner.error("unexpected text after the value") }
    }
  }

  /// The text of a string entry, escapes decoded.
  package func string(at index: Int) -> String {
    let entry = entries[index]
    return bytes.withUnsafeBufferPointer { buffer in
      let raw = UnsafeBufferPointer(rebasing: buffer[Int(entry.start)..<Int(entry.end)])
      guard entry.escaped else { return String(decoding: raw, as: UTF8.self) }
      return String(decoding: Self.unescaped(raw), as: UTF8.self)
    }
  }

  /// The literal text of a number entry, as written.
  package func numberText(at index: Int) -> String {
    let entry = entries[index]
    return String(decoding: bytes[Int(entry.start)..<Int(entry.end)], as: UTF8.self)
  }

  /// Whether the string entry at `index` is exactly `text` (compared as decoded UTF-8 bytes).
  package func string(at index: Int, equals text: StaticString) -> Bool {
    let entry = entries[index]
    // Most keys differ in length: no need to look at their bytes.
    if !entry.escaped && Int(entry.end - entry.start) != text.utf8CodeUnitCount { return false }
    return bytes.withUnsafeBufferPointer { buffer in
      let raw = UnsafeBufferPointer(rebasing: buffer[Int(entry.start)..<Int(entry.end)])
      let wanted = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
      if entry.escaped { return Self.unescaped(raw).elementsEqual(wanted) }
      return raw.elementsEqual(wanted)
    }
  }

  /// Calls `body` with the decoded bytes of the string entry at `index` (of a number entry: its text).
  package func withStringBytes<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    let entry = entries[index]
    return try bytes.withUnsafeBufferPointer { buffer in
      let raw = UnsafeBufferPointer(rebasing: buffer[Int(entry.start)..<Int(entry.end)])
      guard entry.escaped else { return try body(raw) }
      return try Self.unescaped(raw).withUnsafeBufferPointer(body)
    }
  }

  /// The indices of a container's children: an array's elements; an object's keys and values
  /// alternating (key, value, key, value, …).
  package func children(of index: Int) -> Children { Children(tape: self, parent: index) }

  /// The children of a container, in order (see ``children(of:)``).
  package struct Children: Sequence {
    let tape: JSONTape
    let parent: Int

    package struct Iterator: IteratorProtocol {
      let entries: [Entry]
      var index: Int
      let end: Int
      package mutating func next() -> Int? {
        guard index < end else { return nil }
        defer { index = Int(entries[index].next) }
        return index
      }
    }

    package func makeIterator() -> Iterator {
      Iterator(entries: tape.entries, index: parent + 1, end: Int(tape.entries[parent].next))
    }
  }

  /// The bytes of an escaped string's content, decoded (the scanner has checked the escapes).
  static func unescaped(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var position = 0
    func hex4() -> UInt32 {
      var value: UInt32 = 0
      for _ in 0..<4 {
        let byte = raw[position]
        position += 1
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value * 16 + UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value * 16 + UInt32(byte - UInt8(ascii: "a") + 10)
        default: value = value * 16 + UInt32(byte &- UInt8(ascii: "A") &+ 10)
        }
      }
      return value
    }
    while position < raw.count {
      let byte = raw[position]
      position += 1
      guard byte == UInt8(ascii: "\\") else {
        out.append(byte)
        continue
      }
      let escape = raw[position]
      position += 1
      switch escape {
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var code = hex4()
        if (0xD800...0xDBFF).contains(code) {
          position += 2   // the "\u" of the low surrogate
          code = 0x10000 + ((code - 0xD800) << 10) + (hex4() - 0xDC00)
        }
        if let scalar = Unicode.Scalar(code) { out.append(contentsOf: UTF8.encode(scalar)!) }
      default: out.append(escape)   // \" \\ \/
      }
    }
    return out
  }

  /// The recursive-descent scanner that fills a tape.
  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var entries: [Entry]
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>, entries: [Entry]) {
      self.bytes = bytes
      self.entries = entries
    }

    func error(_ reason: String) -> JSONParser.SyntaxError {
      JSONParser.SyntaxError(offset: position, reason: reason)
    }

    mutating func skipWhitespace() {
      while position < bytes.count {
        switch bytes[position] {
        case 0x20, 0x09, 0x0A, 0x0D: position += 1
        default: return
        }
      }
    }

    private mutating func append(_ kind: Kind, from start: Int, parent: Int32) {
      entries.append(
        Entry(
          kind: kind, start: Int32(start), end: Int32(position), next: Int32(entries.count + 1), parent: parent))
    }

    mutating func value(depth: Int, parent: Int32) throws {
      guard position < bytes.count else { throw error("unexpected end of input") }
      let start = position
      switch bytes[position] {
      case UInt8(ascii: "{"): try object(depth: depth + 1, parent: parent)
      case UInt8(ascii: "["): try array(depth: depth + 1, parent: parent)
      case UInt8(ascii: "\""): try string(parent: parent)
      case UInt8(ascii: "t"):
        try literal("true")
        append(.true, from: start, parent: parent)
      case UInt8(ascii: "f"):
        try literal("false")
        append(.false, from: start, parent: parent)
      case UInt8(ascii: "n"):
        try literal("null")
        append(.null, from: start, parent: parent)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        try number()
        append(.number, from: start, parent: parent)
      default: throw error("unexpected character")
      }
    }

    private mutating func literal(_ literal: StaticString) throws {
      let text = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
      for byte in text {
        guard position < bytes.count else { throw error("unexpected end of input") }
        guard bytes[position] == byte else { throw error("invalid literal") }
        position += 1
      }
    }

    /// Opens a container entry; ``close(_:count:)`` fills in where it ends.
    private mutating func open(_ kind: Kind, parent: Int32) -> Int {
      entries.append(Entry(kind: kind, start: Int32(position), end: 0, next: 0, parent: parent))
      position += 1
      return entries.count - 1
    }

    private mutating func close(_ index: Int, count: Int) {
      entries[index].end = Int32(position)
      entries[index].next = Int32(entries.count)
      entries[index].count = Int32(count)
    }

    private mutating func object(depth: Int, parent: Int32) throws {
      guard depth <= JSONParser.maximumDepth else { throw error("nesting deeper than \(JSONParser.maximumDepth)") }
      let index = open(.object, parent: parent)
      var keys = KeySet()
      var count = 0
      skipWhitespace()
      if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
        position += 1
        close(index, count: 0)
        return
      }
      while true {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key") }
        let keyOffset = position
        try string(parent: Int32(index))
        let key = entries.count - 1
        if !keys.insert(key, of: self) {
          let text = String(decoding: decoded(key), as: UTF8.self)
          throw JSONParser.SyntaxError(offset: keyOffset, reason: "duplicate key \"\(text)\"")
        }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':'") }
        position += 1
        skipWhitespace()
        try value(depth: depth, parent: Int32(index))
        count += 1
        if try endOfElements(closedBy: UInt8(ascii: "}")) {
          close(index, count: count)
          return
        }
      }
    }

    private mutating func array(depth: Int, parent: Int32) throws {
      guard depth <= JSONParser.maximumDepth else { throw error("nesting deeper than \(JSONParser.maximumDepth)") }
      let index = open(.array, parent: parent)
      var count = 0
      skipWhitespace()
      if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
        position += 1
        close(index, count: 0)
        return
      }
      while true {
        skipWhitespace()
        try value(depth: depth, parent: Int32(index))
        count += 1
        if try endOfElements(closedBy: UInt8(ascii: "]")) {
          close(index, count: count)
          return
        }
      }
    }

    /// After a member or element: `,` means another follows (`false`), `closing` ends the
    /// container (`true`); anything else is an error.
    private mutating func endOfElements(closedBy closing: UInt8) throws -> Bool {
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of input") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        return false
      }
      guard bytes[position] == closing else {
        throw error("expected ',' or '\(Character(Unicode.Scalar(closing)))'")
      }
      position += 1
      return true
    }

    private mutating func number() throws {
      if bytes[position] == UInt8(ascii: "-") { position += 1 }
      func digits(_ scanner: inout Scanner) -> Int {
        var count = 0
        while scanner.position < scanner.bytes.count,
          (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(scanner.bytes[scanner.position])
        {
          scanner.position += 1
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
    }

    private mutating func hex4() throws -> UInt32 {
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

    /// A string: checks its escapes, control characters and UTF-8, and appends its entry.
    private mutating func string(parent: Int32) throws {
      position += 1
      let start = position
      var escaped = false
      var ascii = true
      while true {
        guard position < bytes.count else { throw error("unterminated string") }
        let byte = bytes[position]
        if byte == UInt8(ascii: "\"") { break }
        if byte < 0x20 { throw error("control character in string") }
        if byte >= 0x80 { ascii = false }
        position += 1
        guard byte == UInt8(ascii: "\\") else { continue }
        escaped = true
        guard position < bytes.count else { throw error("unterminated escape") }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          continue
        case UInt8(ascii: "u"):
          let code = try hex4()
          if (0xD800...0xDBFF).contains(code) {
            guard position + 2 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
              bytes[position + 1] == UInt8(ascii: "u")
            else { throw error("unpaired surrogate") }
            position += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate") }
          } else if (0xDC00...0xDFFF).contains(code) {
            throw error("unpaired surrogate")
          }
        default: throw error("invalid escape")
        }
      }
      let end = position
      position += 1
      // Invalid UTF-8 is rejected rather than repaired silently (escapes are ASCII, so the
      // raw bytes are UTF-8 exactly when the decoded ones are).
      if !ascii, String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) == nil {
        throw error("invalid UTF-8 in string")
      }
      entries.append(
        Entry(
          kind: .string, escaped: escaped, start: Int32(start), end: Int32(end), next: Int32(entries.count + 1),
          parent: parent))
    }

    /// The decoded bytes of the string entry at `index`.
    func decoded(_ index: Int) -> [UInt8] {
      let entry = entries[index]
      let raw = UnsafeBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.end)])
      return entry.escaped ? JSONTape.unescaped(raw) : Array(raw)
    }

    /// Whether two string entries hold the same text.
    func sameString(_ a: Int, _ b: Int) -> Bool {
      let (x, y) = (entries[a], entries[b])
      if !x.escaped && !y.escaped {
        guard x.end - x.start == y.end - y.start else { return false }
        guard x.start == x.end || bytes[Int(x.start)] == bytes[Int(y.start)] else { return false }
        return UnsafeBufferPointer(rebasing: bytes[Int(x.start)..<Int(x.end)])
          .elementsEqual(UnsafeBufferPointer(rebasing: bytes[Int(y.start)..<Int(y.end)]))
      }
      return decoded(a) == decoded(b)
    }
  }

  /// The keys of one object so far, to find a repeated key: compared one by one while they are
  /// few, hashed when there are many (so a crafted object of many keys costs linear time).
  private struct KeySet {
    var few: [Int] = []
    var many: Set<[UInt8]>?

    mutating func insert(_ key: Int, of scanner: Scanner) -> Bool {
      if many != nil { return many!.insert(scanner.decoded(key)).inserted }
      if few.contains(where: { scanner.sameString($0, key) }) { return false }
      few.append(key)
      if few.count > 16 { many = Set(few.map { scanner.decoded($0) }) }
      return true
    }
  }
}
