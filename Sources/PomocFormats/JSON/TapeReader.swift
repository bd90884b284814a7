import Pomoc

/// Typed reading of a record laid out on a ``JSONTape``: values are tape indices, and every
/// error names the value's path (`members[2].birth_date`, `incomes.2023[0].amount`), worked out
/// from the tape only when an error is thrown, so reading a valid record builds no path.
struct TapeReader {
  let tape: JSONTape

  /// The path of the value at `index`: keys joined by `.`, array positions 0-based in brackets;
  /// `""` for the outermost value.
  func path(of index: Int) -> String {
    var components: [String] = []
    var current = index
    while true {
      let parent = Int(tape.entries[current].parent)
      guard parent >= 0 else { break }
      if tape.entries[parent].kind == .object {
        components.append(tape.string(at: current - 1))   // the key stands just before its value
      } else {
        let position = tape.children(of: parent).prefix { $0 != current }.count
        components.append("[\(position)]")
      }
      current = parent
    }
    var path = ""
    for component in components.reversed() {
      if !path.isEmpty && !component.hasPrefix("[") { path += "." }
      path += component
    }
    return path
  }

  /// The path of the member `key` of the object at `index`.
  func path(of index: Int, key: StaticString) -> String {
    let parent = path(of: index)
    let name = key.description
    return parent.isEmpty ? name : parent + "." + name
  }

  /// `invalid_field:<path>` for the value at `index`.
  func invalid(_ index: Int, _ why: String) -> PomocError {
    let path = path(of: index)
    return PomocError.invalid(path.isEmpty ? "(record)" : path, why)
  }

  // MARK: Objects

  /// The members of the object at `index` read by name, in an order the caller chooses (the
  /// contract's), with each unknown key reported where it stands in the line: instead of a
  /// problem found in a value that stands after it, or at ``finish()``. A missing key is reported
  /// when the reading order reaches it. Reading a record whose keys stand in the contract's
  /// order thus reports its problems in document order. (A key cannot repeat: the parser rejects
  /// that.)
  struct ObjectKeys {
    let reader: TapeReader
    let object: Int
    /// The tape index of the first unknown key, if any.
    private let firstStray: Int?

    init(_ reader: TapeReader, object: Int, allowed: [StaticString]) throws {
      guard reader.tape.entries[object].kind == .object else { throw reader.invalid(object, "expected an object") }
      self.reader = reader
      self.object = object
      var stray: Int?
      var isKey = true
      for child in reader.tape.children(of: object) {
        defer { isKey.toggle() }
        if isKey, !allowed.contains(where: { reader.tape.string(at: child, equals: $0) }) {
          stray = child
          break
        }
      }
      firstStray = stray
    }

    /// Throws for the first unknown key when it stands before the tape index `index`.
    private func reportStray(before index: Int) throws {
      guard let stray = firstStray, stray < index else { return }
      let name = reader.tape.string(at: stray)
      let parent = reader.path(of: object)
      throw PomocError(
        .invalidField, field: parent.isEmpty ? name : parent + "." + name,
        message: "unknown key '\(EchoedText.cut(name))'")
    }

    /// The tape index of member `key`'s value, if present.
    private func find(_ key: StaticString) -> Int? {
      var isKey = true
      for child in reader.tape.children(of: object) {
        defer { isKey.toggle() }
        if isKey, reader.tape.string(at: child, equals: key) { return Int(reader.tape.entries[child].next) }
      }
      return nil
    }

    /// Member `key` read with `read`, or `nil` when absent (`null` is not a value of any key:
    /// `read` finds it invalid). A problem `read` finds gives way to an unknown key before it.
    func optional<T>(_ key: StaticString, _ read: (Int) throws -> T) throws -> T? {
      guard let node = find(key) else { return nil }
      do {
        return try read(node)
      } catch {
        try reportStray(before: node)
        throw error
      }
    }

    /// Member `key` read with `read`; `missing_field:<path>` when absent.
    func required<T>(_ key: StaticString, _ read: (Int) throws -> T) throws -> T {
      guard let value = try optional(key, read) else { throw PomocError.missing(reader.path(of: object, key: key)) }
      return value
    }

    /// Throws for an unknown key not yet reported.
    func finish() throws { try reportStray(before: Int(reader.tape.entries[object].next)) }
  }

  /// The object at `index`, read with ``ObjectKeys``.
  func keys(_ index: Int, _ allowed: [StaticString]) throws -> ObjectKeys {
    try ObjectKeys(self, object: index, allowed: allowed)
  }

  /// The members of the object at `index` as (key, value index), in order.
  func objectMembers(_ index: Int) throws -> [(key: String, value: Int)] {
    guard tape.entries[index].kind == .object else { throw invalid(index, "expected an object") }
    var members: [(key: String, value: Int)] = []
    var key: String?
    for child in tape.children(of: index) {
      if let name = key {
        members.append((name, child))
        key = nil
      } else {
        key = tape.string(at: child)
      }
    }
    return members
  }

  // MARK: Values

  /// The elements of the array at `index`.
  func array(_ index: Int) throws -> JSONTape.Children {
    guard tape.entries[index].kind == .array else { throw invalid(index, "expected an array") }
    return tape.children(of: index)
  }

  /// The number of elements of the array at `index`.
  func count(_ index: Int) -> Int { Int(tape.entries[index].count) }

  func string(_ index: Int) throws -> String {
    guard tape.entries[index].kind == .string else { throw invalid(index, "expected a string") }
    return tape.string(at: index)
  }

  func flag(_ index: Int) throws -> Bool {
    switch tape.entries[index].kind {
    case .true: return true
    case .false: return false
    default: throw invalid(index, "expected true or false")
    }
  }

  /// A JSON number that is a whole number in `range` (no fraction, no exponent).
  func integer(_ index: Int, in range: ClosedRange<Int>) throws -> Int {
    let entry = tape.entries[index]
    guard entry.kind == .number, entry.end - entry.start <= 12, let number = Int(tape.numberText(at: index)),
      range.contains(number)
    else { throw invalid(index, "expected a whole number from \(range.lowerBound) to \(range.upperBound)") }
    return number
  }

  /// One of the values of `E`, by its raw value.
  func enumeration<E: RawRepresentable & CaseIterable>(_ index: Int, _ type: E.Type) throws -> E
  where E.RawValue == String {
    guard tape.entries[index].kind == .string else { throw invalid(index, "expected a string") }
    let found = tape.withStringBytes(at: index) { bytes in
      E.allCases.first { $0.rawValue.utf8.elementsEqual(bytes) }
    }
    guard let found else { throw invalid(index, "not a known value") }
    return found
  }

  /// A date `"YYYY-MM-DD"` of a real day.
  func date(_ index: Int) throws -> CivilDate {
    guard tape.entries[index].kind == .string else { throw invalid(index, "expected a string") }
    let date = tape.withStringBytes(at: index) { $0.count == 10 ? CivilDate(parsing: $0) : nil }
    guard let date else { throw invalid(index, "expected a date YYYY-MM-DD") }
    return date
  }

  /// A non-negative decimal string with at most `fractionDigits` decimals, below 10⁹, in its
  /// smallest unit (`"12.5"` with 2 digits is 1250).
  func decimal(_ index: Int, fractionDigits: Int) throws -> Int64 {
    guard tape.entries[index].kind == .string else { throw invalid(index, "expected a string") }
    return try tape.withStringBytes(at: index) { text in
      var whole: Int64 = 0
      var fraction: Int64 = 0
      var wholeDigits = 0
      var fractionCount = -1
      for byte in text {
        if byte == UInt8(ascii: ".") {
          guard fractionCount < 0, wholeDigits > 0 else { throw invalid(index, "expected a decimal number") }
          fractionCount = 0
        } else if (48...57).contains(byte) {
          if fractionCount < 0 {
            wholeDigits += 1
            whole = whole * 10 + Int64(byte - 48)
            // Leading zeros do not count: "0999999999" is below 10⁹.
            guard whole < 1_000_000_000 else { throw invalid(index, "must be below 1000000000") }
          } else {
            fractionCount += 1
            guard fractionCount <= fractionDigits else { throw invalid(index, "at most \(fractionDigits) decimals") }
            fraction = fraction * 10 + Int64(byte - 48)
          }
        } else {
          throw invalid(index, "expected a decimal number without sign")
        }
      }
      guard wholeDigits > 0, fractionCount != 0 else { throw invalid(index, "expected a decimal number") }
      var scale: Int64 = 1
      for _ in 0..<fractionDigits { scale *= 10 }
      var fractionScaled = fraction
      for _ in 0..<(fractionDigits - max(0, fractionCount)) { fractionScaled *= 10 }
      return whole * scale + fractionScaled
    }
  }

  /// An amount in zł: at most two decimals, below 10⁹.
  func money(_ index: Int) throws -> Money { Money(grosze: try decimal(index, fractionDigits: 2)) }

  /// An area in m²: at most two decimals, above 0 (or 0 when `allowZero`), below 10⁶.
  func area(_ index: Int, allowZero: Bool = false) throws -> SquareMetres {
    let hundredths = try decimal(index, fractionDigits: 2)
    if hundredths == 0 && !allowZero { throw invalid(index, "must be above 0") }
    if hundredths >= 100_000_000 { throw invalid(index, "must be below 1000000 m²") }
    return SquareMetres(hundredths: hundredths)
  }
}
