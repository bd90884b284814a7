import Pomoc

/// Streams JSON lines of families through ``FamilyEvaluator``: bytes in, one output line per
/// non-empty input line, in input order (`pomoc family`, Documentation/FamilyBenefits.md).
///
/// Built as ``BulkEvaluation`` is: lines from the one ``LineReader`` (a line longer than the
/// record limit is a `record_too_long` row, skipped in constant memory); each chunk's complete
/// lines parsed and decided across `threads` workers (``ParallelBatches``, run by the host's
/// ``ParallelLoop``), then merged in order, so the output is byte-identical for any thread count.
/// A repeated id is `duplicate_id`, decided at the merge by the one ``DuplicateCheck``: from the
/// lines the tool's scan of a file found (`knownDuplicates`, nothing held per family), or from
/// the ids held in memory (the id's bytes plus 23–46 bytes per family). Memory otherwise: a
/// chunk's families and their output lines.
package struct BulkFamilyEvaluation {
  /// What happened, for the summary on stderr: the counts of ``BulkEvaluation`` (records are
  /// families, error rows record errors).
  package typealias Summary = BulkEvaluation.Summary

  /// A line that is not UTF-8: the input is rejected as a whole (exit 65).
  package struct NotUTF8: Error, Sendable {
    /// The line's number.
    package var line: Int
  }

  package var threads: Int { batches.threads }
  /// The longest line accepted as a record.
  package let maximumRecordBytes: Int
  package let explanation: Bool
  package var lineReader: LineReader
  private var duplicates: DuplicateCheck
  private var batches: ParallelBatches<FamilyWorker>
  package var pendingOutput: [UInt8] = []
  package private(set) var summary = Summary()
  /// Benefits that could not be decided (missing fields, values not verified), by code.
  package private(set) var benefitErrors: [String: Int] = [:]

  /// - Parameters:
  ///   - explanation: each benefit object carries its explanation steps.
  ///   - knownDuplicates: the lines whose id repeats an earlier one, found by a scan of the very
  ///     bytes that will be fed (``FamilyJSON/id(of:tape:)`` on each line); then no id is kept in
  ///     memory.
  ///   - hasher: the run's id hash for the in-memory set (a fresh random seed by default).
  ///   - maximumRecordBytes: longer lines are `record_too_long` (default 1 MiB).
  package init(
    threads: Int = 1, parallelLoop: ParallelLoop? = nil, batchSize: Int = 64, explanation: Bool = false,
    knownDuplicates: DuplicateLines? = nil, hasher: IDHasher = IDHasher(),
    maximumRecordBytes: Int = LineReader.defaultMaximumLineBytes
  ) {
    self.batches = ParallelBatches(threads: threads, parallelLoop: parallelLoop, batchSize: batchSize)
    self.explanation = explanation
    self.lineReader = LineReader(maximumLineBytes: maximumRecordBytes)
    self.maximumRecordBytes = lineReader.maximumLineBytes
    self.duplicates = knownDuplicates.map(DuplicateCheck.known) ?? .inMemory(hasher: hasher)
  }

  /// Bytes held for the ids seen (the in-memory duplicate check), for the documented bound.
  package var heldIDBytes: Int { duplicates.heldBytes }

  /// After the last line (``ChunkedBulk/finish(write:)``): the summary. An input with no
  /// family has written nothing; `pomoc family` rejects it then (exit 65).
  package mutating func endOfInput() -> Summary { summary }

  /// Decides a batch of lines in parallel, then merges in order (for ``ChunkedBulk``).
  ///
  /// - Throws: ``NotUTF8`` for a line that is not UTF-8 (the lines before it are written).
  package mutating func process(_ batch: LineBatch) throws {
    if batch.isOverlong {
      summary.records += 1
      let error = PomocError.recordTooLong(length: batch.overlongBytes, limit: maximumRecordBytes)
      FamilyOutput.append(id: "", error: error, to: &pendingOutput)
      pendingOutput.append(UInt8(ascii: "\n"))
      summary.count(error, line: batch.firstLineNumber)
      return
    }
    guard !batch.lines.isEmpty else { return }
    let explanation = self.explanation
    batches.run(UnsafeBufferPointer(rebasing: batch.lines[...]), bytes: batch.bytes) {
      FamilyWorker(explanation: explanation)
    }
    // Sequential merge: duplicate ids, counts, order.
    try batches.merge(
      baseLine: batch.firstLineNumber - 1, duplicates: &duplicates, into: &pendingOutput,
      blank: { summary.blankLines += 1 },
      duplicate: { row, keys, output in
        let id = String(decoding: keys[row.key], as: UTF8.self)
        let error = PomocError(.duplicateID, field: "id", record: id, message: "the id was used by an earlier record")
        FamilyOutput.append(id: id, error: error, to: &output)
        output.append(UInt8(ascii: "\n"))
        return error
      },
      record: { row, line, duplicate in
        if row.notUTF8 { throw NotUTF8(line: line) }
        summary.records += 1
        if let error = duplicate ?? row.error { summary.count(error, line: line) }
        if duplicate == nil {
          for code in row.benefitErrors { benefitErrors[code, default: 0] += 1 }
        }
      })
  }
}

/// One thread's reusable state and output for a part of a batch of lines.
struct FamilyWorker: BatchWorker {
  struct Row: BatchRow {
    /// End offset of the row's output in `out` (its line break included).
    var end: Int
    /// The line's number within the batch (1-based).
    var line: Int
    var isBlank = false
    var notUTF8 = false
    /// The id's bytes in `keys`.
    var key: Range<Int> = 0..<0
    var error: PomocError?
    /// The codes of the benefits not decided (a benefit error each).
    var benefitErrors: [String] = []
  }

  let explanation: Bool
  var out: [UInt8] = []
  var keys: [UInt8] = []
  var rows: [Row] = []
  /// The JSON of the line being read, its storage reused from line to line.
  var tape = JSONTape()

  init(explanation: Bool) { self.explanation = explanation }

  func emptied() -> FamilyWorker { FamilyWorker(explanation: explanation) }

  mutating func run(lines: UnsafeBufferPointer<Range<Int>>, _ part: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) {
    out.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
    rows.removeAll(keepingCapacity: true)
    for index in part {
      let line = UnsafeBufferPointer(rebasing: bytes[lines[index]])
      var row = Row(end: out.count, line: index + 1)
      if FamilyJSON.isEmptyLine(line) {
        row.isBlank = true
        rows.append(row)
        continue
      }
      if !isValidUTF8(line) {
        row.notUTF8 = true
        rows.append(row)
        continue
      }
      let parsed = FamilyJSON.parse(line: line, tape: &tape)
      let idStart = keys.count
      keys.append(contentsOf: parsed.id.utf8)
      row.key = idStart..<keys.count
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
}
