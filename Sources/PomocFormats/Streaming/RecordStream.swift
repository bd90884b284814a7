import Pomoc

/// Decodes households from input bytes (CSV with header, or JSONL) for tools that need the
/// requests themselves (reports, scenario comparisons), with the same rules as
/// `pomoc evaluate`: one item per record, in order, `duplicate_id` for a repeated id.
package struct RecordStream {
  /// One record: its line, id, and the request or the error that stopped it.
  package struct Item {
    package var line: Int
    package var id: String
    package var request: Result<EvaluationRequest, PomocError>
  }

  package let format: RecordFormat
  private var parser: RecordParser?
  private var record = HouseholdRecord()
  private var pending: [UInt8] = []
  private var lineNumber = 0
  private var ids = IDSet()
  private var names: [String] = []
  private var started = false
  /// Empty lines skipped.
  package private(set) var blankLines = 0

  package init(format: RecordFormat) {
    self.format = format
    if format == .jsonl { parser = RecordParser() }
  }

  /// Consumes a chunk; calls `body` for each complete record.
  package mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (Item) throws -> Void) throws {
    for byte in chunk {
      if byte == 0x0A {
        let line = pending
        pending.removeAll(keepingCapacity: true)
        try line.withUnsafeBufferPointer { try handle($0, body) }
      } else {
        pending.append(byte)
      }
    }
  }

  /// Handles the last line (without a final newline).
  ///
  /// - Throws: ``HeaderError`` for an empty CSV input or a bad header.
  package mutating func finish(_ body: (Item) throws -> Void) throws {
    if !pending.isEmpty {
      let line = pending
      pending.removeAll()
      try line.withUnsafeBufferPointer { try handle($0, body) }
    }
    if parser == nil { throw HeaderError(message: "the input is empty: a CSV input needs a header row") }
  }

  private mutating func handle(_ raw: UnsafeBufferPointer<UInt8>, _ body: (Item) throws -> Void) throws {
    lineNumber += 1
    var line = raw
    if !started {
      started = true
      // A UTF-8 byte-order mark at the very start is not data.
      if line.count >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF {
        line = UnsafeBufferPointer(rebasing: line.dropFirst(3))
      }
    }
    if line.last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
    guard var active = parser else {
      parser = RecordParser(csvHeader: try RecordParser.parseHeader(line))
      return
    }
    if line.isEmpty {
      blankLines += 1
      return
    }
    active.parse(line, into: &record)
    parser = active
    let idBytes = Array(record[.id])
    let id = String(decoding: idBytes, as: UTF8.self)
    var result: Result<EvaluationRequest, PomocError>
    do {
      result = .success(try HouseholdRecordDecoder.decode(record, municipalityNames: &names))
    } catch {
      result = .failure(PomocError(wrapping: error).for(record: id))
    }
    if !idBytes.isEmpty, !idBytes.withUnsafeBufferPointer({ ids.insert($0) }) {
      result = .failure(PomocError(.duplicateID, field: "id", record: id, message: "id '\(id)' was used by an earlier record"))
    }
    try body(Item(line: lineNumber, id: id, request: result))
  }
}
