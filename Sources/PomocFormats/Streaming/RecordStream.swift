import Pomoc

/// Decodes households from input bytes (CSV with header, or JSONL) for tools that need the
/// requests themselves (`pomoc report`, `compare`, `explain`), with the same reader and
/// the same checks as `pomoc evaluate`: the one ``LineReader`` (byte-order mark, CRLF, line
/// numbers, the record length limit), the same parsers and the one ``DuplicateCheck``. One
/// item per record, in order; `duplicate_id` for a repeated id; `record_too_long` for a
/// line over the limit (its bytes are skipped, never held).
///
/// Memory: the carried line (at most the record limit) and what the ``DuplicateCheck``
/// holds: nothing when the duplicates are known from a scan of the file, 23 to 46 bytes plus
/// the id per record for input read once.
package struct RecordStream {
  /// One record: its line, id, and the request or the error that stopped it.
  package struct Item {
    package var line: Int
    /// The id as read (empty when it could not be read); see ``idBytes`` for the exact bytes.
    package var id: String
    /// The id's bytes exactly as in the input (ids compare byte for byte).
    package var idBytes: [UInt8]
    package var request: Result<EvaluationRequest, PomocError>
  }

  package let format: RecordFormat
  private var reader: LineReader
  private var parser: RecordParser?
  private var record = HouseholdRecord()
  private var duplicates: DuplicateCheck
  private var names: [String] = []
  /// Empty lines skipped.
  package private(set) var blankLines = 0
  /// Records read (lines with content, header excluded).
  package private(set) var records = 0

  /// - Parameters:
  ///   - duplicates: how repeated ids are found (default: in memory, freshly seeded).
  ///   - maximumRecordBytes: longer lines are `record_too_long` (default 1 MiB).
  package init(
    format: RecordFormat, duplicates: DuplicateCheck = .inMemory(),
    maximumRecordBytes: Int = LineReader.defaultMaximumLineBytes
  ) {
    self.format = format
    self.duplicates = duplicates
    reader = LineReader(maximumLineBytes: maximumRecordBytes)
    self.maximumRecordBytes = reader.maximumLineBytes
    if format == .jsonl { parser = RecordParser() }
  }

  /// The longest line accepted as a record.
  package let maximumRecordBytes: Int

  /// Bytes held by the duplicate check (ids of input read once).
  package var heldIDBytes: Int { duplicates.heldBytes }

  /// Consumes a chunk; calls `body` for each complete record.
  ///
  /// - Throws: ``HeaderError`` for a bad CSV header, or what `body` throws.
  package mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (Item) throws -> Void) throws {
    var lines = LineReader(maximumLineBytes: 1)
    swap(&lines, &reader)   // keeps the reader's buffer uniquely referenced
    defer { swap(&lines, &reader) }
    try lines.feed(chunk) { batch in try handle(batch, body) }
  }

  /// Handles the last line (without a final newline).
  ///
  /// - Throws: ``HeaderError`` for an empty input (no byte; for JSONL, no record) or a bad
  ///   CSV header, or what `body` throws.
  package mutating func finish(_ body: (Item) throws -> Void) throws {
    var lines = LineReader(maximumLineBytes: 1)
    swap(&lines, &reader)
    defer { swap(&lines, &reader) }
    try lines.finish { batch in try handle(batch, body) }
    try HeaderError.checkNotEmpty(format: format, headerRead: parser != nil, records: records)
  }

  private mutating func handle(_ batch: LineBatch, _ body: (Item) throws -> Void) throws {
    let limit = maximumRecordBytes
    for index in batch.lines.indices {
      let number = batch.lineNumber(index)
      guard var active = parser else {
        if batch.isOverlong {
          throw HeaderError.tooLong(bytes: batch.overlongBytes, limit: limit)
        }
        parser = RecordParser(csvHeader: try RecordParser.parseHeader(batch[index]))
        continue
      }
      if batch.isOverlong {
        records += 1
        try body(
          Item(
            line: number, id: "", idBytes: [],
            request: .failure(.recordTooLong(length: batch.overlongBytes, limit: limit))))
        continue
      }
      let line = batch[index]
      if line.isEmpty {
        blankLines += 1
        continue
      }
      records += 1
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
      if idBytes.withUnsafeBufferPointer({ duplicates.isDuplicate(line: number, id: $0) }) {
        result = .failure(
          PomocError(
            .duplicateID, field: "id", record: id,
            message: "id '\(EchoedText.cut(bytes: idBytes))' was used by an earlier record"))
      }
      try body(Item(line: number, id: id, idBytes: idBytes, request: result))
    }
  }
}
