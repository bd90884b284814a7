import Pomoc

/// Reads a file of expected outcomes: the household columns of `pomoc evaluate` plus
/// `expect_<column>` columns, CSV with a header or JSONL, one case per record, in order.
///
/// The reading is `pomoc evaluate`'s: the one ``LineReader`` (byte-order mark, CRLF, line
/// numbers, the record length limit), the CSV splitter and JSON parser through
/// ``ExtendedRecordParser``, the household fields decoded by ``HouseholdRecordDecoder``, and the
/// one ``DuplicateCheck`` (a repeated id is `duplicate_id`). So the actual row of a case is the
/// very row `pomoc evaluate` writes for its household columns.
///
/// Memory: the carried line (at most the record limit) and the ids seen (the id plus 23 to 46
/// bytes per case), as `pomoc evaluate` on a pipe.
package struct CheckStream {
  /// One case.
  package struct Item {
    package var line: Int
    /// The id as read (empty when it could not be read).
    package var id: String
    /// The household, or the error that stops its evaluation (an invalid field, a duplicate id).
    package var request: Result<EvaluationRequest, PomocError>
    /// The expected cells given, by column (`""` expects an empty cell).
    package var expected: [OutcomeColumn: String]
    /// Why the line could not be read (malformed, longer than the limit, a JSONL key naming no
    /// `expect_` column): its expectations are then unknown.
    package var unreadable: PomocError?

    /// The case's failures (empty when it passes).
    package func failures(evaluator: Evaluator) -> [CheckFailure] {
      if let unreadable {
        return [
          CheckFailure(
            kind: .unreadableCase, id: id, line: line, column: nil, expected: "", actual: unreadable.outputCode,
            error: unreadable)
        ]
      }
      return OutcomeCheck.failures(id: id, line: line, request: request, expected: expected, evaluator: evaluator)
    }
  }

  /// The `expect_<column>` columns, one per output column of `pomoc evaluate` but `id`.
  package static let columns = ExtraColumns(
    names: OutcomeColumn.allCases.map { "expect_" + $0.rawValue }, prefix: "expect_")

  package let format: RecordFormat
  private var reader: LineReader
  private var parser: ExtendedRecordParser?
  private var record: HouseholdRecord
  private var duplicates: DuplicateCheck
  private var names: [String] = []
  /// Empty lines skipped.
  package private(set) var blankLines = 0
  /// Cases read (lines with content, header excluded).
  package private(set) var records = 0
  /// The longest line accepted as a case.
  package let maximumRecordBytes: Int

  package init(
    format: RecordFormat, duplicates: DuplicateCheck = .inMemory(),
    maximumRecordBytes: Int = LineReader.defaultMaximumLineBytes
  ) {
    self.format = format
    self.duplicates = duplicates
    reader = LineReader(maximumLineBytes: maximumRecordBytes)
    self.maximumRecordBytes = reader.maximumLineBytes
    record = HouseholdRecord(extraColumns: Self.columns.names.count)
    if format == .jsonl { parser = ExtendedRecordParser(jsonl: Self.columns) }
  }

  /// Consumes a chunk; calls `body` for each complete case.
  ///
  /// - Throws: ``HeaderError`` for a bad CSV header (an unknown `expect_` column included), or
  ///   what `body` throws.
  package mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (Item) throws -> Void) throws {
    var lines = LineReader(maximumLineBytes: 1)
    swap(&lines, &reader)   // keeps the reader's buffer uniquely referenced
    defer { swap(&lines, &reader) }
    try lines.feed(chunk) { batch in try handle(batch, body) }
  }

  /// Handles the last line (without a final newline).
  ///
  /// - Throws: ``HeaderError`` for an empty input (no byte; for JSONL, no case) or a bad CSV
  ///   header, or what `body` throws.
  package mutating func finish(_ body: (Item) throws -> Void) throws {
    var lines = LineReader(maximumLineBytes: 1)
    swap(&lines, &reader)
    defer { swap(&lines, &reader) }
    try lines.finish { batch in try handle(batch, body) }
    try HeaderError.checkNotEmpty(format: format, headerRead: parser != nil, records: records)
  }

  private mutating func handle(_ batch: LineBatch, _ body: (Item) throws -> Void) throws {
    for index in batch.lines.indices {
      let number = batch.lineNumber(index)
      guard var active = parser else {
        if batch.isOverlong {
          throw HeaderError.tooLong(bytes: batch.overlongBytes, limit: maximumRecordBytes)
        }
        parser = ExtendedRecordParser(
          csvSlots: try ExtendedRecordParser.parseHeader(batch[index], columns: Self.columns), columns: Self.columns)
        continue
      }
      if batch.isOverlong {
        records += 1
        try body(
          Item(
            line: number, id: "",
            request: .failure(.recordTooLong(length: batch.overlongBytes, limit: maximumRecordBytes)),
            expected: [:], unreadable: .recordTooLong(length: batch.overlongBytes, limit: maximumRecordBytes)))
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
      // A line that cannot be split, or a JSONL key that names no expect_ column (a typo must
      // not pass as "nothing expected"): the case's expectations are unknown.
      if let problem = record.problem,
        problem.code == .malformedRecord
          || (problem.code == .invalidField && problem.field?.hasPrefix("expect_") == true)
      {
        try body(
          Item(line: number, id: id, request: .failure(problem.for(record: id)), expected: [:], unreadable: problem))
        continue
      }
      var expected: [OutcomeColumn: String] = [:]
      for (offset, column) in OutcomeColumn.allCases.enumerated() where active.isPresent(offset, in: record) {
        expected[column] = String(decoding: record[extra: offset], as: UTF8.self)
      }
      var request: Result<EvaluationRequest, PomocError>
      do {
        request = .success(try HouseholdRecordDecoder.decode(record, municipalityNames: &names))
      } catch {
        request = .failure(PomocError(wrapping: error).for(record: id))
      }
      if idBytes.withUnsafeBufferPointer({ duplicates.isDuplicate(line: number, id: $0) }) {
        request = .failure(
          PomocError(
            .duplicateID, field: "id", record: id,
            message: "id '\(EchoedText.cut(bytes: idBytes))' was used by an earlier record"))
      }
      try body(Item(line: number, id: id, request: request, expected: expected, unreadable: nil))
    }
  }
}

/// Files of expected outcomes, from their bytes: the household columns of `pomoc evaluate`
/// (Documentation/BatchTool.md) plus an `expect_<column>` column for each output column to
/// check (`expect_permanent`, `expect_error`, …), CSV with a header or JSON lines. Each case
/// passes when every expected cell equals, exactly, the cell `pomoc evaluate` writes for the
/// household (amounts to the grosz; an empty expected cell expects an empty cell; a JSONL key
/// left out is not checked). See Documentation/Validation.md.
///
///     @Test func sopotThresholds() throws {
///       let bytes = try Data(contentsOf: URL(fileURLWithPath: "Examples/checks/sopot-2023.csv"))
///       let report = try OutcomeCheckFile.check(bytes, format: .csv)
///       #expect(report.failures.isEmpty, "\(report.failures)")
///     }
public enum OutcomeCheckFile {
  /// The outcome of a file.
  public struct Report: Hashable, Sendable {
    /// Cases read.
    public var cases: Int
    /// Cases with at least one failure.
    public var failedCases: Int
    /// Every failure, in file order.
    public var failures: [CheckFailure]

    /// Cases that pass.
    public var passedCases: Int { cases - failedCases }

    /// `K/N cases pass`.
    public var summary: String { "\(passedCases)/\(cases) cases pass" }
  }

  /// Checks a whole file given as bytes.
  ///
  /// - Throws: ``PomocError`` `input_unreadable` when the file as a whole cannot be read: empty,
  ///   a CSV header that lacks a required column, names an unknown column (an unknown
  ///   `expect_` column included) or repeats one.
  public static func check(
    _ bytes: some Collection<UInt8>, format: HouseholdStream.Format, evaluator: Evaluator = Evaluator(),
    maximumRecordBytes: Int = 1 << 20
  ) throws -> Report {
    var stream = CheckStream(
      format: format == .csv ? .csv : .jsonl, maximumRecordBytes: maximumRecordBytes)
    var report = Report(cases: 0, failedCases: 0, failures: [])
    let collect: (CheckStream.Item) -> Void = { item in
      report.cases += 1
      let failures = item.failures(evaluator: evaluator)
      if !failures.isEmpty {
        report.failedCases += 1
        report.failures += failures
      }
    }
    do {
      let fed: Void? = try bytes.withContiguousStorageIfAvailable { buffer in try stream.feed(buffer, collect) }
      if fed == nil { try Array(bytes).withUnsafeBufferPointer { buffer in try stream.feed(buffer, collect) } }
      try stream.finish(collect)
    } catch let error as HeaderError {
      throw PomocError(.inputUnreadable, message: error.message)
    }
    return report
  }

  /// Checks a file given as text (see ``check(_:format:evaluator:maximumRecordBytes:)``).
  public static func check(
    text: String, format: HouseholdStream.Format, evaluator: Evaluator = Evaluator()
  ) throws -> Report {
    try check(Array(text.utf8), format: format, evaluator: evaluator)
  }
}
