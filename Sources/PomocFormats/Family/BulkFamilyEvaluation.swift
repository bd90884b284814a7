import Pomoc

/// Streams JSON lines of families through ``FamilyEvaluator``: bytes in, one output line per
/// non-empty input line, in input order (`pomoc family`, Documentation/FamilyBenefits.md).
///
/// Built as ``BulkEvaluation`` is: lines from the one ``LineReader`` (a line longer than the
/// record limit is a `record_too_long` row, skipped in constant memory); each chunk's complete
/// lines parsed and decided across `threads` workers by the host's ``ParallelLoop``, then
/// merged in order, so the output is byte-identical for any thread count. A repeated id is
/// `duplicate_id`, decided at the merge by the one ``DuplicateCheck`` (ids kept in memory: the
/// id's bytes plus 23–46 bytes per family). Memory otherwise: a chunk and its output.
package struct BulkFamilyEvaluation {
  /// What happened, for the summary on stderr: the counts of ``BulkEvaluation`` (records are
  /// families, error rows record errors).
  package typealias Summary = BulkEvaluation.Summary

  /// A line that is not UTF-8: the input is rejected as a whole (exit 65).
  package struct NotUTF8: Error, Sendable {
    /// The line number.
    package var line: Int
  }

  package let threads: Int
  /// The longest line accepted as a record.
  package let maximumRecordBytes: Int
  private let parallelLoop: ParallelLoop?
  package let explanation: Bool
  private var reader: LineReader
  private var duplicates: DuplicateCheck
  private var workers: [FamilyWorker] = []
  private var output: [UInt8] = []
  package private(set) var summary = Summary()
  /// Benefits that could not be decided (missing fields, values not verified), by code.
  package private(set) var benefitErrors: [String: Int] = [:]

  /// - Parameters:
  ///   - explanation: each benefit object carries its explanation steps.
  ///   - maximumRecordBytes: longer lines are `record_too_long` (default 1 MiB).
  package init(
    threads: Int = 1, parallelLoop: ParallelLoop? = nil, explanation: Bool = false,
    hasher: IDHasher = IDHasher(), maximumRecordBytes: Int = LineReader.defaultMaximumLineBytes
  ) {
    self.threads = max(1, threads)
    self.parallelLoop = threads > 1 ? parallelLoop : nil
    self.explanation = explanation
    self.reader = LineReader(maximumLineBytes: maximumRecordBytes)
    self.maximumRecordBytes = reader.maximumLineBytes
    self.duplicates = .inMemory(hasher: hasher)
  }

  /// Consumes a chunk; its complete lines are decided and written before the call returns.
  ///
  /// - Throws: ``NotUTF8`` for a line that is not UTF-8 (the lines before it are written), or
  ///   what `write` throws.
  package mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, write: ([UInt8]) throws -> Void) throws {
    guard !chunk.isEmpty else { return }
    var lines = LineReader(maximumLineBytes: 1)
    swap(&lines, &reader)
    defer { swap(&lines, &reader) }
    try lines.feed(chunk) { batch in try process(batch, write) }
    try flush(write)
  }

  /// Flushes the last line and returns the summary.
  package mutating func finish(write: ([UInt8]) throws -> Void) throws -> Summary {
    var lines = LineReader(maximumLineBytes: 1)
    swap(&lines, &reader)
    defer { swap(&lines, &reader) }
    try lines.finish { batch in try process(batch, write) }
    try flush(write)
    return summary
  }

  private mutating func flush(_ write: ([UInt8]) throws -> Void) throws {
    guard !output.isEmpty else { return }
    defer { output.removeAll(keepingCapacity: true) }
    try write(output)
  }

  private mutating func count(_ error: PomocError, line: Int) { summary.count(error, line: line) }

  private mutating func process(_ batch: LineBatch, _ write: ([UInt8]) throws -> Void) throws {
    if batch.isOverlong {
      summary.records += 1
      let error = PomocError.recordTooLong(length: batch.overlongBytes, limit: maximumRecordBytes)
      FamilyOutput.append(id: "", error: error, to: &output)
      output.append(UInt8(ascii: "\n"))
      count(error, line: batch.firstLineNumber)
      return
    }
    let count = batch.lines.count
    guard count > 0 else { return }
    let partitions = min(threads, max(1, count / 64))
    if workers.count < partitions {
      workers.append(contentsOf: (workers.count..<partitions).map { _ in FamilyWorker() })
    }
    let per = (count + partitions - 1) / partitions
    let explanation = self.explanation
    let bytes = batch.bytes
    let ranges = batch.lines
    workers.withUnsafeMutableBufferPointer { workerBuffer in
      nonisolated(unsafe) let shared = (bytes, ranges, workerBuffer)
      let run: @Sendable (Int) -> Void = { part in
        let lower = part * per
        let upper = min(shared.1.count, lower + per)
        var worker = shared.2[part]
        shared.2[part] = FamilyWorker()
        worker.run(lines: shared.1, lower..<max(lower, upper), bytes: shared.0, explanation: explanation)
        shared.2[part] = worker
      }
      if partitions > 1, let parallelLoop {
        parallelLoop(partitions, run)
      } else {
        for part in 0..<partitions { run(part) }
      }
    }
    // Sequential merge: duplicate ids, counts, order.
    for part in 0..<partitions {
      let worker = workers[part]
      var start = 0
      for row in worker.rows {
        defer { start = row.end }
        let line = batch.firstLineNumber + row.index
        if row.blank {
          summary.blankLines += 1
          continue
        }
        if row.notUTF8 {
          try flush(write)
          throw NotUTF8(line: line)
        }
        summary.records += 1
        let isDuplicate = worker.ids.withUnsafeBufferPointer { ids in
          duplicates.isDuplicate(line: line, id: UnsafeBufferPointer(rebasing: ids[row.id]))
        }
        if isDuplicate {
          let id = String(decoding: worker.ids[row.id], as: UTF8.self)
          let error = PomocError(.duplicateID, field: "id", record: id, message: "the id was used by an earlier record")
          FamilyOutput.append(id: id, error: error, to: &output)
          output.append(UInt8(ascii: "\n"))
          self.count(error, line: line)
          continue
        }
        output.append(contentsOf: worker.out[start..<row.end])
        if let error = row.error {
          self.count(error, line: line)
        }
        for code in row.benefitErrors { benefitErrors[code, default: 0] += 1 }
      }
    }
  }
}

/// One thread's reusable state and output for a part of a batch of lines.
struct FamilyWorker {
  struct Row {
    /// The line's index in the batch.
    var index: Int
    /// End offset of the row's output in `out` (its line break included).
    var end: Int
    var blank = false
    var notUTF8 = false
    /// The id's bytes in `ids`.
    var id: Range<Int> = 0..<0
    var error: PomocError?
    var benefitErrors: [String] = []
  }

  var out: [UInt8] = []
  var ids: [UInt8] = []
  var rows: [Row] = []
  /// The JSON of the line being read, its storage reused from line to line.
  var tape = JSONTape()

  mutating func run(
    lines: UnsafeBufferPointer<Range<Int>>, _ range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, explanation: Bool
  ) {
    out.removeAll(keepingCapacity: true)
    ids.removeAll(keepingCapacity: true)
    rows.removeAll(keepingCapacity: true)
    for index in range {
      let line = UnsafeBufferPointer(rebasing: bytes[lines[index]])
      var row = Row(index: index, end: out.count)
      if FamilyJSON.isEmptyLine(line) {
        row.blank = true
        rows.append(row)
        continue
      }
      if !Self.isUTF8(line) {
        row.notUTF8 = true
        rows.append(row)
        continue
      }
      let parsed = FamilyJSON.parse(line: line, tape: &tape)
      let idStart = ids.count
      ids.append(contentsOf: parsed.id.utf8)
      row.id = idStart..<ids.count
      switch parsed.family {
      case .failure(let error):
        row.error = error
        FamilyOutput.append(id: parsed.id, error: error, to: &out)
      case .success(let family):
        do {
          let decision = explanation ? try FamilyEvaluator.explain(family) : try FamilyEvaluator.decide(family)
          for (_, outcome) in decision.outcomes { if let code = outcome.errorCode { row.benefitErrors.append(code) } }
          FamilyOutput.append(decision, explanation: explanation, to: &out)
        } catch {
          let error = PomocError(wrapping: error).for(record: parsed.id)
          row.error = error
          FamilyOutput.append(id: parsed.id, error: error, to: &out)
        }
      }
      out.append(UInt8(ascii: "\n"))
      row.end = out.count
      rows.append(row)
    }
  }

  static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if bytes.allSatisfy({ $0 < 0x80 }) { return true }
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }
}
