import Pomoc

/// Turns one input line into a ``HouseholdRecord``: CSV with a known header, or a JSONL object.
package struct RecordParser {
  package let format: RecordFormat
  /// For CSV: the column of each header position.
  package let header: [HouseholdColumn]
  private var split = SplitFields()
  /// The JSON of the line being read (JSONL), its storage reused from line to line.
  private var tape = JSONTape()

  /// A JSONL parser (no header).
  package init() {
    format = .jsonl
    header = []
  }

  /// A CSV parser for a header whose columns were resolved by ``parseHeader(_:)``.
  package init(csvHeader: [HouseholdColumn]) {
    format = .csv
    header = csvHeader
  }

  /// Resolves a CSV header line.
  ///
  /// - Throws: ``HeaderError`` for a malformed header, an unknown or repeated column,
  ///   or a missing required column (the input is unreadable as a whole: exit 65).
  package static func parseHeader(_ line: UnsafeBufferPointer<UInt8>) throws -> [HouseholdColumn] {
    var fields = SplitFields()
    if let problem = CSVLine.split(line, into: &fields) { throw HeaderError(message: "header: " + problem.message) }
    var columns: [HouseholdColumn] = []
    for index in 0..<fields.count {
      guard let column = HouseholdColumn(name: fields[index]) else {
        throw HeaderError(message: "header: unknown column '\(EchoedText.cut(bytes: fields[index]))'")
      }
      guard !columns.contains(column) else {
        throw HeaderError(message: "header: column '\(column.name)' appears twice")
      }
      columns.append(column)
    }
    for column in HouseholdColumn.allCases where column.isRequired && !columns.contains(column) {
      throw HeaderError(message: "header: required column '\(column.name)' is missing")
    }
    return columns
  }

  /// Fills `record` from `line` (no line terminator). Problems go to `record.problem`,
  /// with the id kept whenever it can be found, so the error row still names the record.
  package mutating func parse(_ line: UnsafeBufferPointer<UInt8>, into record: inout HouseholdRecord) {
    switch format {
    case .csv:
      if record.setUnquotedLine(line, header: header) { return }
      record.clear()
      parseCSV(line, into: &record)
    case .jsonl:
      record.clear()
      parseJSON(line, into: &record)
    }
  }

  private mutating func parseCSV(_ line: UnsafeBufferPointer<UInt8>, into record: inout HouseholdRecord) {
    let problem = CSVLine.split(line, into: &split)
    for (position, column) in header.enumerated() where position < split.count {
      record.set(column, split[position])
    }
    if let problem {
      record.problem = PomocError(.malformedRecord, message: problem.message)
    } else if split.count != header.count {
      record.problem = PomocError(
        .malformedRecord,
        message: "expected \(header.count) fields as in the header, found \(split.count)")
    }
  }

  private mutating func parseJSON(_ line: UnsafeBufferPointer<UInt8>, into record: inout HouseholdRecord) {
    record.fill(
      jsonObject: line, tape: &tape, slot: { HouseholdColumn(name: $0)?.rawValue },
      name: { HouseholdColumn.allCases[$0].name })
  }
}

extension HouseholdRecord {
  /// Fills the record from a JSONL object: each key's slot (`slot`; `name` names a slot in
  /// messages), the bytes of its string or number value; `null` counts as absent. Problems go
  /// to `problem`, the first one kept, and the id stays in place for the error row. `tape`'s
  /// storage is reused from line to line.
  mutating func fill(
    jsonObject line: UnsafeBufferPointer<UInt8>, tape: inout JSONTape, slot: (UnsafeBufferPointer<UInt8>) -> Int?,
    name: (Int) -> String
  ) {
    do {
      try tape.parse(line)
    } catch {
      problem = PomocError(wrapping: error)
      return
    }
    guard tape.entries[0].kind == .object else {
      problem = PomocError(.malformedRecord, message: "a JSONL record must be an object")
      return
    }
    var key: Int?
    for child in tape.children(of: 0) {
      guard let keyIndex = key else {
        key = child
        continue
      }
      key = nil
      guard let slot = tape.withStringBytes(at: keyIndex, slot) else {
        if problem == nil {
          let key = tape.string(at: keyIndex)
          problem = PomocError(.invalidField, field: key, message: "unknown field '\(EchoedText.cut(key))'")
        }
        continue
      }
      switch tape.entries[child].kind {
      case .null: continue
      case .string: tape.withStringBytes(at: child) { set(slot: slot, $0) }
      case .number: tape.withStringBytes(at: child) { set(slot: slot, $0) }
      default:
        if problem == nil { problem = .invalid(name(slot), "expected a string or a number") }
      }
    }
  }
}

/// The header of a CSV input cannot be used: the input is unreadable as a whole.
package struct HeaderError: Error, Hashable, Sendable, CustomStringConvertible {
  package var message: String
  package var description: String { message }

  /// The CSV header line is longer than the record limit (`--max-record-bytes`).
  package static func tooLong(bytes: Int, limit: Int) -> HeaderError {
    HeaderError(message: "header: line 1 has \(bytes) bytes, more than the limit of \(limit) (--max-record-bytes)")
  }

  /// Rejects an input with no record, at its end: a CSV input needs a header row (`headerRead`),
  /// a JSONL input at least one record (blank lines are none).
  package static func checkNotEmpty(format: RecordFormat, headerRead: Bool, records: Int) throws {
    if format == .csv && !headerRead {
      throw HeaderError(message: "the input is empty: a CSV input needs a header row")
    }
    if format == .jsonl && records == 0 {
      throw HeaderError(message: "the input is empty: no JSONL record")
    }
  }
}
