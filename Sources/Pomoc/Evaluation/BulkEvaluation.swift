#if canImport(Dispatch)
import Dispatch
#endif

/// Streams households through the rules: bytes in (CSV with header, or JSONL), result
/// rows out, in input order, one output row per input record.
///
/// Memory stays bounded by the batch size (plus the set of ids seen, needed to report
/// `duplicate_id`). Batches are split across `threads` workers; the merge is sequential,
/// so the output is byte-identical for any thread count.
///
///     var bulk = BulkEvaluation(evaluator: Evaluator(), format: .csv, threads: 2)
///     try bulk.feed(chunk) { bytes in write(bytes) }     // as often as needed
///     let summary = try bulk.finish { bytes in write(bytes) }
public struct BulkEvaluation {
  /// What happened, for the summary on stderr.
  public struct Summary: Sendable {
    /// Input records (lines with content, header excluded).
    public var records = 0
    /// Rows written with an error code.
    public var errorRows = 0
    /// Empty lines, which are not records and produce no row.
    public var blankLines = 0
    /// Error rows by output code.
    public var errorCounts: [String: Int] = [:]
    /// The first errors in detail (line number, error with record id).
    public var firstErrors: [(line: Int, error: PomocError)] = []
  }

  /// How many detailed errors the summary keeps.
  public static let detailLimit = 20

  public let evaluator: Evaluator
  public let outputFormat: RecordFormat
  public let inputFormat: RecordFormat
  public let threads: Int
  public let batchSize: Int

  private var parserTemplate: RecordParser?
  private var pending: [UInt8] = []
  private var batch: [UInt8] = []
  private var lineRanges: [Range<Int>] = []
  private var lineNumber = 0
  private var batchFirstLine = 1
  private var seenIDs = Set<String>()
  private var sawInput = false
  private var output: [UInt8] = []
  private var workers: [Worker] = []
  public private(set) var summary = Summary()

  public init(evaluator: Evaluator, format: RecordFormat, outputFormat: RecordFormat? = nil,
              threads: Int = 1, batchSize: Int = 8192) {
    self.evaluator = evaluator
    self.inputFormat = format
    self.outputFormat = outputFormat ?? format
    self.threads = max(1, threads)
    self.batchSize = max(1, batchSize)
    if format == .jsonl { parserTemplate = RecordParser() }
  }

  /// Consumes a chunk of input bytes; complete batches are evaluated and written.
  public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, write: ([UInt8]) -> Void) throws {
    var start = 0
    let bytes = chunk
    if !sawInput && !chunk.isEmpty {
      sawInput = true
      if inputFormat == .csv { output.append(contentsOf: ResultFormatter.csvHeader) }
      if inputFormat == .jsonl && outputFormat == .csv { output.append(contentsOf: ResultFormatter.csvHeader) }
    }
    // Strip a UTF-8 byte-order mark at the very start.
    if lineNumber == 0 && pending.isEmpty && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      start = 3
    }
    var index = start
    while let newline = Self.firstNewline(bytes, from: index) {
      if pending.isEmpty {
        try addLine(UnsafeBufferPointer(rebasing: bytes[index..<newline]), write: write)
      } else {
        pending.append(contentsOf: bytes[index..<newline])
        let line = pending
        pending.removeAll(keepingCapacity: true)
        try line.withUnsafeBufferPointer { buffer throws in try addLine(buffer, write: write) }
      }
      index = newline + 1
    }
    if index < bytes.count { pending.append(contentsOf: bytes[index..<bytes.count]) }
  }

  /// Flushes the last line and batch; returns the summary.
  ///
  /// - Throws: ``HeaderError`` for an empty input or a bad header.
  public mutating func finish(write: ([UInt8]) -> Void) throws -> Summary {
    if !pending.isEmpty {
      let line = pending
      pending.removeAll()
      try line.withUnsafeBufferPointer { buffer throws in try addLine(buffer, write: write) }
    }
    if inputFormat == .csv && parserTemplate == nil {
      throw HeaderError(message: "the input is empty: a CSV input needs a header row")
    }
    processBatch()
    write(output)
    output.removeAll()
    return summary
  }

  private static func firstNewline(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
    var position = index
    while position < bytes.count {
      if bytes[position] == 0x0A { return position }
      position += 1
    }
    return nil
  }

  private mutating func addLine(_ rawLine: UnsafeBufferPointer<UInt8>, write: ([UInt8]) -> Void) throws {
    lineNumber += 1
    var line = rawLine
    if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
    if parserTemplate == nil {
      parserTemplate = RecordParser(csvHeader: try RecordParser.parseHeader(line))
      batchFirstLine = lineNumber + 1
      return
    }
    if lineRanges.isEmpty { batchFirstLine = lineNumber }
    let start = batch.count
    batch.append(contentsOf: line)
    lineRanges.append(start..<batch.count)
    if lineRanges.count >= batchSize {
      processBatch()
      write(output)
      output.removeAll(keepingCapacity: true)
    }
  }

  /// Evaluates the collected lines in parallel, then merges in order.
  private mutating func processBatch() {
    guard !lineRanges.isEmpty, let template = parserTemplate else { return }
    let partitions = min(threads, max(1, lineRanges.count / 256))
    if workers.count < partitions {
      workers.append(contentsOf: (workers.count..<partitions).map { _ in Worker(parser: template) })
    }
    let per = (lineRanges.count + partitions - 1) / partitions
    let evaluator = self.evaluator
    let outputFormat = self.outputFormat
    batch.withUnsafeBufferPointer { batchBytes in
      lineRanges.withUnsafeBufferPointer { ranges in
        workers.withUnsafeMutableBufferPointer { workerBuffer in
          nonisolated(unsafe) let shared = (batchBytes, ranges, workerBuffer)
          let run: @Sendable (Int) -> Void = { part in
            let lower = part * per
            let upper = min(shared.1.count, lower + per)
            shared.2[part].run(lines: shared.1, lower..<upper, bytes: shared.0,
                               evaluator: evaluator, format: outputFormat)
          }
          #if canImport(Dispatch)
          if partitions > 1 {
            DispatchQueue.concurrentPerform(iterations: partitions, execute: run)
          } else {
            run(0)
          }
          #else
          for part in 0..<partitions { run(part) }
          #endif
        }
      }
    }
    // Sequential merge: duplicate ids, counts, order.
    var line = batchFirstLine
    for part in 0..<partitions {
      let worker = workers[part]
      var rowStart = 0
      for row in 0..<worker.rows.count {
        let info = worker.rows[row]
        let rowBytes = worker.out[rowStart..<info.end]
        rowStart = info.end
        while info.line + batchFirstLine - 1 > line { line += 1 }
        if info.blank {
          summary.blankLines += 1
          continue
        }
        summary.records += 1
        var error = info.error
        if let id = info.id, !seenIDs.insert(id).inserted {
          let duplicate = PomocError(.duplicateID, field: "id", record: id,
                                     message: "id '\(id)' was used by an earlier record")
          ResultFormatter.append(id: id.utf8, error: duplicate, format: outputFormat, to: &output)
          error = duplicate
        } else {
          output.append(contentsOf: rowBytes)
        }
        if let error {
          summary.errorRows += 1
          summary.errorCounts[error.outputCode, default: 0] += 1
          if summary.firstErrors.count < Self.detailLimit {
            summary.firstErrors.append((info.line + batchFirstLine - 1, error))
          }
        }
      }
    }
    batch.removeAll(keepingCapacity: true)
    lineRanges.removeAll(keepingCapacity: true)
  }
}

/// One thread's reusable state and output for a part of a batch.
struct Worker {
  struct Row {
    /// End offset of the row in `out`.
    var end: Int
    /// Line number within the batch (1-based).
    var line: Int
    var blank: Bool
    var id: String?
    var error: PomocError?
  }

  var parser: RecordParser
  var record = HouseholdRecord()
  var out: [UInt8] = []
  var rows: [Row] = []

  init(parser: RecordParser) { self.parser = parser }

  mutating func run(lines: UnsafeBufferPointer<Range<Int>>, _ part: Range<Int>, bytes: UnsafeBufferPointer<UInt8>,
                    evaluator: Evaluator, format: RecordFormat) {
    out.removeAll(keepingCapacity: true)
    rows.removeAll(keepingCapacity: true)
    for index in part {
      let range = lines[index]
      let line = UnsafeBufferPointer(rebasing: bytes[range])
      if line.isEmpty {
        rows.append(Row(end: out.count, line: index + 1, blank: true, id: nil, error: nil))
        continue
      }
      parser.parse(line, into: &record)
      let idBytes = record[.id]
      let id: String? = idBytes.isEmpty ? nil : String(decoding: idBytes, as: UTF8.self)
      var failure: PomocError?
      do {
        let request = try HouseholdRecordDecoder.decode(record)
        let result = try evaluator.evaluate(request)
        ResultFormatter.append(id: idBytes, result: result, format: format, to: &out)
      } catch {
        let error = PomocError(wrapping: error)
        var attributed = error
        attributed.record = id
        failure = attributed
        ResultFormatter.append(id: idBytes, error: error, format: format, to: &out)
      }
      rows.append(Row(end: out.count, line: index + 1, blank: false, id: id, error: failure))
    }
  }
}
