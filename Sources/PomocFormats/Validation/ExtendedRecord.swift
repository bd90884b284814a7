import Pomoc

/// Columns a file carries besides the household columns: the `expect_<column>` columns of a
/// check file, the decision columns of an audit register. Each has a slot in a
/// ``HouseholdRecord`` after the household columns (slot `HouseholdColumn.allCases.count + i`),
/// so the household fields are decoded by the one ``HouseholdRecordDecoder`` as for
/// `pomoc evaluate`, straight from the same ranges.
package struct ExtraColumns: Sendable {
  /// The extra column names in slot order.
  package let names: [String]
  /// Extra columns the CSV header must name.
  package let required: [Int]
  /// Column names that are not household columns and not in `names` but share this prefix are
  /// named as unknown columns of this kind (`expect_bogus`); any other unknown name too.
  package let prefix: String?

  package init(names: [String], required: [Int] = [], prefix: String? = nil) {
    self.names = names
    self.required = required
    self.prefix = prefix
  }

  /// The number of household slots before the extra ones.
  package static let householdSlots = HouseholdColumn.allCases.count

  /// The slot of a column name: a household column's raw value, or an extra column's slot.
  package func slot<C: Collection>(named name: C) -> Int? where C.Element == UInt8 {
    if let column = HouseholdColumn(name: name) { return column.rawValue }
    for (index, extra) in names.enumerated() where extra.utf8.elementsEqual(name) {
      return Self.householdSlots + index
    }
    return nil
  }
}

extension HouseholdRecord {
  /// A record with room for `extra` columns after the household columns.
  package init(extraColumns extra: Int) {
    self.init()
    ranges += Array(repeating: 0..<0, count: extra)
  }

  /// The bytes of extra column `index` (empty when absent or empty).
  package subscript(extra index: Int) -> ArraySlice<UInt8> {
    bytes[ranges[ExtraColumns.householdSlots + index]]
  }

  mutating func set(slot: Int, _ value: some Collection<UInt8>) {
    let start = bytes.count
    bytes.append(contentsOf: value)
    ranges[slot] = start..<bytes.count
  }

  /// Splits a CSV line without quotes into slots, the ranges indexing `line` itself (the
  /// counterpart of ``splitUnquotedLine(_:header:)`` for a header with extra columns); `false`
  /// (record untouched) when the line holds a quote.
  @inline(__always)
  mutating func splitUnquotedLine(_ line: UnsafeBufferPointer<UInt8>, slots: [Int]) -> Bool {
    var fieldCount = 0
    var start = 0
    var complete = true
    ranges.withUnsafeMutableBufferPointer { ranges in
      for index in ranges.indices { ranges[index] = 0..<0 }
      slots.withUnsafeBufferPointer { slots in
        complete = ByteScan.forEach(UInt8(ascii: ","), in: line, unless: UInt8(ascii: "\"")) { comma in
          if fieldCount < slots.count { ranges[slots[fieldCount]] = start..<comma }
          fieldCount += 1
          start = comma + 1
        }
        if complete {
          if fieldCount < slots.count { ranges[slots[fieldCount]] = start..<line.count }
          fieldCount += 1
        }
      }
    }
    guard complete else { return false }
    problem =
      fieldCount == slots.count
      ? nil
      : PomocError(.malformedRecord, message: "expected \(slots.count) fields as in the header, found \(fieldCount)")
    return true
  }
}

/// Turns one line of a file with household and extra columns into a ``HouseholdRecord`` with
/// extra slots: CSV with its header resolved by ``parseHeader(_:columns:)`` (split by the one
/// CSV splitter, ``CSVLine``), or a JSONL object (the one ``JSONParser``). The same rules as
/// ``RecordParser``: problems go to `record.problem`, the id kept whenever it can be found.
package struct ExtendedRecordParser {
  package let format: RecordFormat
  package let columns: ExtraColumns
  /// For CSV: the slot of each header position.
  package let slots: [Int]
  private var split = SplitFields()
  /// The JSON of the line being read (JSONL), its storage reused from line to line.
  private var tape = JSONTape()

  /// A JSONL parser.
  package init(jsonl columns: ExtraColumns) {
    format = .jsonl
    self.columns = columns
    slots = []
  }

  /// A CSV parser for a header resolved by ``parseHeader(_:columns:)``.
  package init(csvSlots slots: [Int], columns: ExtraColumns) {
    format = .csv
    self.columns = columns
    self.slots = slots
  }

  /// An empty record with room for the extra columns.
  package func makeRecord() -> HouseholdRecord { HouseholdRecord(extraColumns: columns.names.count) }

  /// Resolves a CSV header line to slots.
  ///
  /// - Throws: ``HeaderError`` for a malformed header, an unknown or repeated column, or a
  ///   missing required column (household or extra): the input is unreadable as a whole (65).
  package static func parseHeader(_ line: UnsafeBufferPointer<UInt8>, columns: ExtraColumns) throws -> [Int] {
    var fields = SplitFields()
    if let problem = CSVLine.split(line, into: &fields) { throw HeaderError(message: "header: " + problem.message) }
    var slots: [Int] = []
    for index in 0..<fields.count {
      guard let slot = columns.slot(named: fields[index]) else {
        let name = EchoedText.cut(bytes: fields[index])
        if let prefix = columns.prefix, fields[index].starts(with: prefix.utf8) {
          throw HeaderError(
            message: "header: unknown column '\(name)' (the \(prefix)… columns are "
              + columns.names.joined(separator: ", ") + ")")
        }
        throw HeaderError(message: "header: unknown column '\(name)'")
      }
      guard !slots.contains(slot) else {
        throw HeaderError(message: "header: column '\(EchoedText.cut(bytes: fields[index]))' appears twice")
      }
      slots.append(slot)
    }
    for column in HouseholdColumn.allCases where column.isRequired && !slots.contains(column.rawValue) {
      throw HeaderError(message: "header: required column '\(column.name)' is missing")
    }
    for index in columns.required where !slots.contains(ExtraColumns.householdSlots + index) {
      throw HeaderError(message: "header: required column '\(columns.names[index])' is missing")
    }
    return slots
  }

  /// Fills `record` (made by ``makeRecord()``) from `line`, copying its fields into
  /// `record.bytes`.
  package mutating func parse(_ line: UnsafeBufferPointer<UInt8>, into record: inout HouseholdRecord) {
    switch format {
    case .csv:
      if record.splitUnquotedLine(line, slots: slots) {
        record.bytes.removeAll(keepingCapacity: true)
        record.bytes.append(contentsOf: line)
        return
      }
      record.clear()
      let problem = CSVLine.split(line, into: &split)
      for (position, slot) in slots.enumerated() where position < split.count {
        record.set(slot: slot, split[position])
      }
      if let problem {
        record.problem = PomocError(.malformedRecord, message: problem.message)
      } else if split.count != slots.count {
        record.problem = PomocError(
          .malformedRecord, message: "expected \(slots.count) fields as in the header, found \(split.count)")
      }
    case .jsonl:
      record.clear()
      // One byte before every field, so that a key given with an empty value ("") has a range
      // that starts after 0 and differs from an absent key's 0..<0 (see ``isPresent(_:in:)``).
      record.bytes.append(0)
      parseJSON(line, into: &record)
    }
  }

  /// Whether extra column `index` was given: named in the CSV header, or a key of the JSONL
  /// object with a value other than `null` (possibly the empty string).
  package func isPresent(_ index: Int, in record: HouseholdRecord) -> Bool {
    let slot = ExtraColumns.householdSlots + index
    switch format {
    case .csv: return slots.contains(slot)
    case .jsonl: return record.ranges[slot] != 0..<0
    }
  }

  private mutating func parseJSON(_ line: UnsafeBufferPointer<UInt8>, into record: inout HouseholdRecord) {
    let columns = self.columns
    record.fill(
      jsonObject: line, tape: &tape, slot: { columns.slot(named: $0) },
      name: { slot in
        slot < ExtraColumns.householdSlots
          ? HouseholdColumn.allCases[slot].name : columns.names[slot - ExtraColumns.householdSlots]
      })
  }
}
