import Pomoc

/// Runs `count` pieces of work, possibly on several threads at once, and returns when all are
/// done. The formats start no threads: the program that owns them passes this (the `pomoc` tool
/// passes one backed by its worker threads); `nil` runs the pieces one after the other.
public typealias ParallelLoop = @Sendable (_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> Void

/// Streams households through the rules: bytes in (CSV with header, or JSONL), result
/// rows out, in input order, one output row per input record.
///
/// Each chunk's complete lines are evaluated straight from the chunk's memory, split across
/// `threads` workers, then merged in order; memory stays bounded by the chunk size plus the
/// set of ids seen (needed for `duplicate_id`, about 24 bytes plus the id per record), or,
/// when the duplicates were found beforehand by ``DuplicateIDScan`` (`knownDuplicates`), by
/// the chunk size alone. The merge is sequential, so the output is byte-identical for any
/// thread count.
///
///     var bulk = BulkEvaluation(evaluator: Evaluator(), format: .csv)
///     try bulk.feed(chunk) { bytes in write(bytes) }     // as often as needed
///     let summary = try bulk.finish { bytes in write(bytes) }
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
  }

  /// How many detailed errors the summary keeps.
  package static let detailLimit = 20

  package let evaluator: Evaluator
  package let outputFormat: RecordFormat
  package let inputFormat: RecordFormat
  package let threads: Int
  private let parallelLoop: ParallelLoop?
  /// Lines below which a batch is not split across threads.
  package let batchSize: Int

  private var parserTemplate: RecordParser?
  private var pending: [UInt8] = []
  private var lineRanges: [Range<Int>] = []
  private var lineNumber = 0
  private var ids = IDSet()
  /// Lines found by a ``DuplicateIDScan`` of the same input (then `ids` stays empty).
  private let knownDuplicates: [Int]?
  private var nextKnownDuplicate = 0
  private var sawInput = false
  private var sawFirstLine = false
  private var output: [UInt8] = []
  private var workers: [Worker] = []
  package private(set) var summary = Summary()

  /// - Parameter knownDuplicates: the result of ``DuplicateIDScan/scan(descriptor:format:chunkSize:partitions:blockEntries:)``
  ///   over the very bytes that will be fed; then no set of ids is kept in memory.
  package init(evaluator: Evaluator, format: RecordFormat, outputFormat: RecordFormat? = nil,
              threads: Int = 1, parallelLoop: ParallelLoop? = nil, batchSize: Int = 256,
              knownDuplicates: DuplicateLines? = nil) {
    self.parallelLoop = threads > 1 ? parallelLoop : nil
    self.evaluator = evaluator
    self.knownDuplicates = knownDuplicates?.lines
    self.inputFormat = format
    self.outputFormat = outputFormat ?? format
    self.threads = max(1, threads)
    self.batchSize = max(1, batchSize)
    if format == .jsonl { parserTemplate = RecordParser() }
  }

  /// Consumes a chunk of input bytes; its complete lines are evaluated and written before
  /// the call returns (so memory never holds more than one chunk's results).
  package mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, write: ([UInt8]) -> Void) throws {
    guard !chunk.isEmpty else { return }
    if !sawInput {
      sawInput = true
      if outputFormat == .csv { output.append(contentsOf: ResultFormatter.csvHeader) }
    }
    defer {
      if !output.isEmpty {
        write(output)
        output.removeAll(keepingCapacity: true)
      }
    }
    var start = 0
    // Complete the line carried over from the previous chunk.
    if !pending.isEmpty {
      guard let newline = Self.firstNewline(chunk, from: start) else {
        pending.append(contentsOf: chunk[start...])
        return
      }
      pending.append(contentsOf: chunk[start..<newline])
      let line = pending
      pending.removeAll(keepingCapacity: true)
      try line.withUnsafeBufferPointer { try process($0, lines: [0..<$0.count]) }
      start = newline + 1
    }
    // Every complete line of the rest, straight from the chunk.
    guard let last = Self.lastNewline(chunk, from: start) else {
      pending.append(contentsOf: chunk[start...])
      return
    }
    lineRanges.removeAll(keepingCapacity: true)
    var lineStart = start
    while lineStart <= last, let newline = ByteScan.first(0x0A, in: chunk, from: lineStart) {
      lineRanges.append(lineStart..<newline)
      lineStart = newline + 1
    }
    let ranges = lineRanges
    try process(chunk, lines: ranges)
    if last + 1 < chunk.count { pending.append(contentsOf: chunk[(last + 1)...]) }
  }

  /// Flushes the last line; returns the summary.
  ///
  /// - Throws: ``HeaderError`` for an empty input or a bad header.
  package mutating func finish(write: ([UInt8]) -> Void) throws -> Summary {
    if !pending.isEmpty {
      let line = pending
      pending.removeAll()
      try line.withUnsafeBufferPointer { try process($0, lines: [0..<$0.count]) }
    }
    if inputFormat == .csv && parserTemplate == nil {
      throw HeaderError(message: "the input is empty: a CSV input needs a header row")
    }
    write(output)
    output.removeAll()
    return summary
  }

  private static func firstNewline(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
    ByteScan.first(0x0A, in: bytes, from: index)
  }

  private static func lastNewline(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
    var position = bytes.count - 1
    while position >= index {
      if bytes[position] == 0x0A { return position }
      position -= 1
    }
    return nil
  }

  /// Evaluates lines (ranges of `bytes`, without their `\n`) in parallel, then merges in order.
  private mutating func process(_ bytes: UnsafeBufferPointer<UInt8>, lines allLines: [Range<Int>]) throws {
    var lines = allLines[...]
    // A UTF-8 byte-order mark at the very start is not data (it may have arrived split
    // across chunks, so it is removed from the first line, not the first chunk).
    if lineNumber == 0, !sawFirstLine, let first = lines.first {
      sawFirstLine = true
      if first.count >= 3 && bytes[first.lowerBound] == 0xEF && bytes[first.lowerBound + 1] == 0xBB
          && bytes[first.lowerBound + 2] == 0xBF {
        lines[lines.startIndex] = (first.lowerBound + 3)..<first.upperBound
      }
    }
    if parserTemplate == nil, let first = lines.first {
      lineNumber += 1
      var header = UnsafeBufferPointer(rebasing: bytes[first])
      if header.last == 0x0D { header = UnsafeBufferPointer(rebasing: header.dropLast()) }
      parserTemplate = RecordParser(csvHeader: try RecordParser.parseHeader(header))
      lines = lines.dropFirst()
    }
    guard !lines.isEmpty, let template = parserTemplate else { return }
    let partitions = min(threads, max(1, lines.count / batchSize))
    if workers.count < partitions {
      workers.append(contentsOf: (workers.count..<partitions).map { _ in Worker(parser: template) })
    }
    let per = (lines.count + partitions - 1) / partitions
    let evaluator = self.evaluator
    let outputFormat = self.outputFormat
    Array(lines).withUnsafeBufferPointer { ranges in
      workers.withUnsafeMutableBufferPointer { workerBuffer in
        nonisolated(unsafe) let shared = (bytes, ranges, workerBuffer)
        let run: @Sendable (Int) -> Void = { part in
          let lower = part * per
          let upper = min(shared.1.count, lower + per)
          // Work on a copy on this thread's stack: workers stored side by side would share
          // cache lines, and every per-row write would bounce them between cores.
          var worker = shared.2[part]
          shared.2[part] = Worker(parser: worker.parser)
          worker.run(lines: shared.1, lower..<max(lower, upper), bytes: shared.0,
                     evaluator: evaluator, format: outputFormat)
          shared.2[part] = worker
        }
        if partitions > 1, let parallelLoop = self.parallelLoop {
          parallelLoop(partitions, run)
        } else {
          for part in 0..<partitions { run(part) }
        }
      }
    }
    // Sequential merge: duplicate ids, counts, order. A worker's rows are copied in runs;
    // a run breaks only where a duplicate id replaces a row.
    let baseLine = lineNumber
    for part in 0..<partitions {
      let worker = workers[part]
      worker.out.withUnsafeBufferPointer { outBytes in
        worker.idArena.withUnsafeBufferPointer { idBytes in
          worker.rows.withUnsafeBufferPointer { rows in
            var runStart = 0
            var rowStart = 0
            for index in rows.indices {
              let end = rows[index].end
              defer { rowStart = end }
              if rows[index].blank {
                summary.blankLines += 1
                continue
              }
              summary.records += 1
              let id = UnsafeBufferPointer(rebasing: idBytes[rows[index].id])
              var error = rows[index].error
              let isDuplicate: Bool
              if let known = knownDuplicates {
                isDuplicate = nextKnownDuplicate < known.count && known[nextKnownDuplicate] == baseLine + rows[index].line
                if isDuplicate { nextKnownDuplicate += 1 }
              } else {
                isDuplicate = !id.isEmpty && !ids.insert(id)
              }
              if isDuplicate {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: outBytes[runStart..<rowStart]))
                runStart = end
                let text = String(decoding: id, as: UTF8.self)
                let duplicate = PomocError(.duplicateID, field: "id", record: text,
                                           message: "id '\(text)' was used by an earlier record")
                ResultFormatter.append(id: id, error: duplicate, format: outputFormat, to: &output)
                error = duplicate
              }
              if let error {
                summary.errorRows += 1
                summary.errorCounts[error.outputCode, default: 0] += 1
                if summary.firstErrors.count < Self.detailLimit {
                  summary.firstErrors.append((baseLine + rows[index].line, error))
                }
              }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: outBytes[runStart..<outBytes.count]))
          }
        }
      }
    }
    lineNumber += lines.count
  }
}

/// One thread's reusable state and output for a part of a batch.
struct Worker {
  struct Row {
    /// End offset of the row in `out`.
    var end: Int
    /// Line number relative to the batch (1-based).
    var line: Int
    var blank: Bool
    /// The id's bytes in `idArena`.
    var id: Range<Int>
    var error: PomocError?
  }

  var parser: RecordParser
  var record = HouseholdRecord()
  var out: [UInt8] = []
  var rows: [Row] = []
  var idArena: [UInt8] = []
  /// Municipality strings already made by this thread.
  var municipalityNames: [String] = []

  init(parser: RecordParser) { self.parser = parser }

  mutating func run(lines: UnsafeBufferPointer<Range<Int>>, _ part: Range<Int>, bytes: UnsafeBufferPointer<UInt8>,
                    evaluator: Evaluator, format: RecordFormat) {
    out.removeAll(keepingCapacity: true)
    rows.removeAll(keepingCapacity: true)
    idArena.removeAll(keepingCapacity: true)
    for index in part {
      var line = UnsafeBufferPointer(rebasing: bytes[lines[index]])
      if line.last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
      if line.isEmpty {
        rows.append(Row(end: out.count, line: index + 1, blank: true, id: 0..<0, error: nil))
        continue
      }
      // A CSV line without quotes is read in place; any other line through the parser's copy.
      let idStart = idArena.count
      let failure: PomocError?
      if parser.format == .csv && record.splitUnquotedLine(line, header: parser.header) {
        failure = Self.evaluate(line, record.ranges, problem: record.problem, evaluator: evaluator, format: format,
                                out: &out, idArena: &idArena, names: &municipalityNames)
      } else {
        parser.parse(line, into: &record)
        failure = record.bytes.withUnsafeBufferPointer { base in
          Self.evaluate(base, record.ranges, problem: record.problem, evaluator: evaluator, format: format,
                        out: &out, idArena: &idArena, names: &municipalityNames)
        }
      }
      let idRange = idStart..<idArena.count
      rows.append(Row(end: out.count, line: index + 1, blank: false, id: idRange, error: failure))
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
      var trace = NoTrace()
      try evaluator.evaluate(request, initializing: &result, trace: &trace)
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
