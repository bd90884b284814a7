import Pomoc

/// Runs `count` pieces of work, possibly on several threads at once, and returns when all are
/// done. The formats start no threads: the program that owns them passes this (the `pomoc` tool
/// passes one backed by its worker threads); `nil` runs the pieces one after the other.
public typealias ParallelLoop = @Sendable (_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> Void

/// Streams households through the rules: bytes in (CSV with header, or JSONL), result
/// rows out, in input order, one output row per input record.
///
/// Lines come from the one ``LineReader`` (byte-order mark, CRLF, line numbers, the record
/// length limit); each chunk's complete lines are evaluated straight from the chunk's
/// memory, split across `threads` workers, then merged in order. Memory stays bounded by
/// the chunk size, the record limit (a line that spans chunks is carried, at most
/// `maximumRecordBytes` + 1 bytes) and the ``DuplicateCheck``: the set of ids seen (about
/// 23–46 bytes plus the id per record) when reading a pipe, nothing when the duplicates were
/// found beforehand by the tool's scan of a file (`knownDuplicates`). The merge is
/// sequential, so the output is byte-identical for any thread count.
///
/// Output is handed to `write` once per `feed` (never more than one chunk's rows); an error
/// thrown by `write` (a full disk, a closed pipe) stops the work at once and comes out of
/// `feed`/`finish`. On a header error nothing is written.
///
///     var bulk = BulkEvaluation(evaluator: Evaluator(), format: .csv)
///     try bulk.feed(chunk) { bytes in try write(bytes) }     // as often as needed
///     let summary = try bulk.finish { bytes in try write(bytes) }
package struct BulkEvaluation {
  /// What happened, for the summary on stderr.
  package struct Summary: Sendable {
    /// Input records (lines with content, header excluded).
    package var records = 0
    /// Rows written with an error code.
    package var errorRows = 0
    /// Empty lines, which are not records and produce no row.
    package var blankLines = 0
    /// Error rows by output code.
    package var errorCounts: [String: Int] = [:]
    /// The first errors in detail (line number, error with record id).
    package var firstErrors: [(line: Int, error: PomocError)] = []

    /// Counts an error row on `line` (the row itself is written by the caller); keeps the first
    /// ``BulkEvaluation/detailLimit`` in detail.
    package mutating func count(_ error: PomocError, line: Int) {
      errorRows += 1
      errorCounts[error.outputCode, default: 0] += 1
      if firstErrors.count < BulkEvaluation.detailLimit { firstErrors.append((line, error)) }
    }
  }

  /// How many detailed errors the summary keeps.
  package static let detailLimit = 20

  package let evaluator: Evaluator
  package let outputFormat: RecordFormat
  package let inputFormat: RecordFormat
  package var threads: Int { batches.threads }
  /// Lines below which a batch is not split across threads.
  package var batchSize: Int { batches.batchSize }

  package var lineReader: LineReader
  /// The longest line accepted as a record.
  package let maximumRecordBytes: Int
  private var parserTemplate: RecordParser?
  private var duplicates: DuplicateCheck
  private var outputHeader: OutputHeader
  package var pendingOutput: [UInt8] = []
  private var batches: ParallelBatches<Worker>
  package private(set) var summary = Summary()

  /// - Parameters:
  ///   - knownDuplicates: the tool's scan of the very bytes that will be fed; then no set of
  ///     ids is kept in memory.
  ///   - hasher: the run's id hash for the in-memory set (a fresh random seed by default).
  ///   - maximumRecordBytes: longer lines are `record_too_long` rows (default 1 MiB).
  package init(
    evaluator: Evaluator, format: RecordFormat, outputFormat: RecordFormat? = nil,
    threads: Int = 1, parallelLoop: ParallelLoop? = nil, batchSize: Int = 256,
    knownDuplicates: DuplicateLines? = nil, hasher: IDHasher = IDHasher(),
    maximumRecordBytes: Int = LineReader.defaultMaximumLineBytes
  ) {
    self.batches = ParallelBatches(threads: threads, parallelLoop: parallelLoop, batchSize: batchSize)
    self.evaluator = evaluator
    self.duplicates = knownDuplicates.map(DuplicateCheck.known) ?? .inMemory(hasher: hasher)
    self.inputFormat = format
    self.outputFormat = outputFormat ?? format
    self.lineReader = LineReader(maximumLineBytes: maximumRecordBytes)
    self.maximumRecordBytes = lineReader.maximumLineBytes
    self.outputHeader = OutputHeader(ResultColumn.self, format: self.outputFormat)
    if format == .jsonl { parserTemplate = RecordParser() }
  }

  /// Bytes held for the ids seen (the in-memory duplicate check), for the documented bound.
  package var heldIDBytes: Int { duplicates.heldBytes }

  /// Bytes held for a line that spans chunks (at most about the record limit), for the
  /// documented bound (tests, the fuzzer).
  package var carriedCapacity: Int { lineReader.carriedCapacity }

  /// After the last line (``ChunkedBulk/finish(write:)``): an input with no record is
  /// rejected as a whole; a CSV input with a header and no record gets the output header alone.
  ///
  /// - Throws: ``HeaderError`` for an empty input (no byte, or for JSONL no record).
  package mutating func endOfInput() throws -> Summary {
    try HeaderError.checkNotEmpty(format: inputFormat, headerRead: parserTemplate != nil, records: summary.records)
    outputHeader.write(to: &pendingOutput)
    return summary
  }

  /// Evaluates a batch of lines in parallel, then merges in order (for ``ChunkedBulk``).
  package mutating func process(_ batch: LineBatch) throws {
    var lines = batch.lines[...]
    var firstLine = batch.firstLineNumber
    if parserTemplate == nil {
      // The first line of a CSV input is its header.
      if batch.isOverlong {
        throw HeaderError.tooLong(bytes: batch.overlongBytes, limit: maximumRecordBytes)
      }
      parserTemplate = RecordParser(csvHeader: try RecordParser.parseHeader(batch[lines.startIndex]))
      lines = lines.dropFirst()
      firstLine += 1
      outputHeader.write(to: &pendingOutput)
    }
    guard !lines.isEmpty, let template = parserTemplate else { return }
    if batch.isOverlong {
      outputHeader.write(to: &pendingOutput)
      summary.records += 1
      let error = PomocError.recordTooLong(length: batch.overlongBytes, limit: maximumRecordBytes)
      ResultFormatter.append(id: EmptyCollection<UInt8>(), error: error, format: outputFormat, to: &pendingOutput)
      summary.count(error, line: firstLine)
      return
    }
    let evaluator = self.evaluator
    let outputFormat = self.outputFormat
    batches.run(UnsafeBufferPointer(rebasing: lines), bytes: batch.bytes) {
      Worker(parser: template, evaluator: evaluator, format: outputFormat)
    }
    // The output header before the first row (only blank lines may have come before).
    if lines.contains(where: { !$0.isEmpty }) { outputHeader.write(to: &pendingOutput) }
    // Sequential merge: duplicate ids, counts, order.
    batches.merge(
      baseLine: firstLine - 1, duplicates: &duplicates, into: &pendingOutput,
      blank: { summary.blankLines += 1 },
      duplicate: { row, keys, output in
        let id = UnsafeBufferPointer(rebasing: keys[row.key])
        let error = PomocError(
          .duplicateID, field: "id", record: String(decoding: id, as: UTF8.self),
          message: "id '\(EchoedText.cut(bytes: id))' was used by an earlier record")
        ResultFormatter.append(id: id, error: error, format: outputFormat, to: &output)
        return error
      },
      record: { row, line, duplicate in
        summary.records += 1
        if let error = duplicate ?? row.error { summary.count(error, line: line) }
      })
  }
}

/// One thread's reusable state and output for a part of a batch.
struct Worker: BatchWorker {
  struct Row: BatchRow {
    /// End offset of the row in `out`.
    var end: Int
    /// Line number relative to the batch (1-based).
    var line: Int
    var isBlank: Bool
    /// The id's bytes in `keys`.
    var key: Range<Int>
    var error: PomocError?
  }

  var parser: RecordParser
  let evaluator: Evaluator
  let format: RecordFormat
  var record = HouseholdRecord()
  var out: [UInt8] = []
  var rows: [Row] = []
  var keys: [UInt8] = []
  /// Municipality strings already made by this thread.
  var municipalityNames: [String] = []

  init(parser: RecordParser, evaluator: Evaluator, format: RecordFormat) {
    self.parser = parser
    self.evaluator = evaluator
    self.format = format
  }

  func emptied() -> Worker { Worker(parser: parser, evaluator: evaluator, format: format) }

  mutating func run(lines: UnsafeBufferPointer<Range<Int>>, _ part: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) {
    out.removeAll(keepingCapacity: true)
    rows.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
    let (evaluator, format) = (self.evaluator, self.format)
    for index in part {
      let line = UnsafeBufferPointer(rebasing: bytes[lines[index]])
      if line.isEmpty {
        rows.append(Row(end: out.count, line: index + 1, isBlank: true, key: 0..<0, error: nil))
        continue
      }
      // A CSV line without quotes is read in place; any other line through the parser's copy.
      let idStart = keys.count
      let failure: PomocError?
      if parser.format == .csv && record.splitUnquotedLine(line, header: parser.header) {
        failure = Self.evaluate(
          line, record.ranges, problem: record.problem, evaluator: evaluator, format: format,
          out: &out, idArena: &keys, names: &municipalityNames)
      } else {
        parser.parse(line, into: &record)
        failure = record.bytes.withUnsafeBufferPointer { base in
          Self.evaluate(
            base, record.ranges, problem: record.problem, evaluator: evaluator, format: format,
            out: &out, idArena: &keys, names: &municipalityNames)
        }
      }
      rows.append(Row(end: out.count, line: index + 1, isBlank: false, key: idStart..<keys.count, error: failure))
    }
  }

  /// One record from its fields (ranges into `base`): the id into `idArena`, the result or
  /// error row into `out`; returns the error, if any.
  @inline(__always)
  private static func evaluate(
    _ base: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], problem: PomocError?, evaluator: Evaluator,
    format: RecordFormat, out: inout [UInt8], idArena: inout [UInt8], names: inout [String]
  ) -> PomocError? {
    let fields = HouseholdRecordDecoder.Fields(base: base, ranges: ranges)
    let id = fields[.id]
    idArena.append(contentsOf: id)
    do {
      if let problem { throw problem }
      let request = try HouseholdRecordDecoder.decode(fields, municipalityNames: &names)
      var result = EvaluationResult.unevaluated
      try withUnsafePointer(to: request) { address in
        try withUnsafeMutablePointer(to: &result) { try evaluator.evaluateWithoutTrace(address, initializing: $0) }
      }
      ResultFormatter.append(id: id, result: result, format: format, to: &out)
      return nil
    } catch {
      var attributed = PomocError(wrapping: error)
      ResultFormatter.append(id: id, error: attributed, format: format, to: &out)
      attributed.record = String(decoding: id, as: UTF8.self)
      return attributed
    }
  }
}
