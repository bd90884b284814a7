import Pomoc

/// Turns one input line into a ``HouseholdRecord``: CSV with a known header, or a JSONL object.
package struct RecordParser {
  package let format: RecordFormat
  /// For CSV: the column of each header position.
  package let header: [HouseholdColumn]
  private var split = SplitFields()

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

  private func parseJSON(_ line: UnsafeBufferPointer<UInt8>, into record: inout HouseholdRecord) {
    let value: JSONValue
    do {
      value = try JSONParser.parse(line)
    } catch {
      record.problem = PomocError(wrapping: error)
      return
    }
    guard case .object(let members) = value else {
      record.problem = PomocError(.malformedRecord, message: "a JSONL record must be an object")
      return
    }
    for member in members {
      guard let column = HouseholdColumn(name: member.key.utf8) else {
        if record.problem == nil {
          record.problem = PomocError(
            .invalidField, field: member.key,
            message: "unknown field '\(EchoedText.cut(member.key))'")
        }
        continue
      }
      switch member.value {
      case .null: continue
      case .string(let text): record.set(column, text.utf8)
      case .number(let text): record.set(column, text.utf8)
      default:
        if record.problem == nil { record.problem = .invalid(column.name, "expected a string or a number") }
      }
    }
    // A bad field other than id leaves the id in place for the error row.
  }
}

/// The header of a CSV input cannot be used: the input is unreadable as a whole.
package struct HeaderError: Error, Hashable, Sendable, CustomStringConvertible {
  package var message: String
  package var description: String { message }
}
