import Pomoc

/// One thread's share of a batch of lines in the bulk paths (`pomoc evaluate`, `audit`,
/// `family`): it turns each of its lines into output bytes and a ``BatchRow``, on its own
/// memory, with nothing shared while it runs.
package protocol BatchWorker: SendableMetatype {
  associatedtype Row: BatchRow
  /// The rows' output bytes, one row after the other (row `i` ends at `rows[i].end`).
  var out: [UInt8] { get }
  /// The bytes of the rows' keys, the ids the duplicate check compares.
  var keys: [UInt8] { get }
  /// One row per line, in order.
  var rows: [Row] { get }
  /// Processes the lines `part` of `lines` (ranges into `bytes`), replacing the rows of the last run.
  mutating func run(lines: UnsafeBufferPointer<Range<Int>>, _ part: Range<Int>, bytes: UnsafeBufferPointer<UInt8>)
  /// A worker with this one's settings and no rows (kept in a worker's slot while it runs).
  func emptied() -> Self
}

/// What the ordered merge reads of a row.
package protocol BatchRow {
  /// The end of the row's bytes in its worker's ``BatchWorker/out``.
  var end: Int { get }
  /// The line number within the batch, 1-based.
  var line: Int { get }
  /// An empty line: no record, no bytes.
  var isBlank: Bool { get }
  /// The record's key in its worker's ``BatchWorker/keys`` (empty: never a duplicate).
  var key: Range<Int> { get }
}

/// The parallel part of the bulk paths, written once: a batch's lines split across up to
/// `threads` workers (run by the host's ``ParallelLoop``), then merged in input order, each
/// record's key through the one ``DuplicateCheck``. The merge is sequential, so the output is
/// byte-identical for any thread count; a worker's rows are copied in runs, broken only where a
/// duplicate replaces a row.
package struct ParallelBatches<Worker: BatchWorker> {
  package let threads: Int
  private let parallelLoop: ParallelLoop?
  /// Lines below which a batch is not split.
  package let batchSize: Int
  private var workers: [Worker] = []
  private var partitions = 0

  package init(threads: Int, parallelLoop: ParallelLoop?, batchSize: Int) {
    self.threads = max(1, threads)
    self.parallelLoop = threads > 1 ? parallelLoop : nil
    self.batchSize = max(1, batchSize)
  }

  /// Runs `lines` (ranges into `bytes`) on the workers; `make` makes a worker when more are
  /// needed than the batches so far used.
  package mutating func run(
    _ lines: UnsafeBufferPointer<Range<Int>>, bytes: UnsafeBufferPointer<UInt8>, make: () -> Worker
  ) {
    partitions = min(threads, max(1, lines.count / batchSize))
    while workers.count < partitions { workers.append(make()) }
    let per = (lines.count + partitions - 1) / partitions
    let partitions = self.partitions
    workers.withUnsafeMutableBufferPointer { workerBuffer in
      // Each part touches only its own worker slot and reads the batch: the caller's buffers
      // outlive the loop, which returns when every part is done.
      nonisolated(unsafe) let shared = (bytes, lines, workerBuffer)
      let run: @Sendable (Int) -> Void = { part in
        let lower = part * per
        let upper = min(shared.1.count, lower + per)
        // Work on a copy on this thread's stack: workers stored side by side would share
        // cache lines, and every per-row write would bounce them between cores.
        var worker = shared.2[part]
        shared.2[part] = worker.emptied()
        worker.run(lines: shared.1, lower..<max(lower, upper), bytes: shared.0)
        shared.2[part] = worker
      }
      if partitions > 1, let parallelLoop {
        parallelLoop(partitions, run)
      } else {
        for part in 0..<partitions { run(part) }
      }
    }
  }

  /// Merges the rows of the last ``run(_:bytes:make:)`` in input order into `output`.
  ///
  /// For each row: `blank` for an empty line; else `record` with the row and its line number
  /// (`baseLine` + the row's), after `duplicate` has appended the row that replaces it when its
  /// key repeats an earlier record's (given the worker's ``BatchWorker/keys``, where the row's
  /// key and any other bytes it names are; its error is passed on to `record`). An error
  /// `record` throws stops the merge with the rows before it in `output`.
  package mutating func merge(
    baseLine: Int, duplicates: inout DuplicateCheck, into output: inout [UInt8], blank: () -> Void,
    duplicate: (_ row: Worker.Row, _ keys: UnsafeBufferPointer<UInt8>, _ output: inout [UInt8]) -> PomocError,
    record: (_ row: Worker.Row, _ line: Int, _ duplicate: PomocError?) throws -> Void
  ) rethrows {
    for part in 0..<partitions {
      let worker = workers[part]
      try worker.out.withUnsafeBufferPointer { outBytes in
        try worker.keys.withUnsafeBufferPointer { keyBytes in
          try worker.rows.withUnsafeBufferPointer { rows in
            var runStart = 0
            var rowStart = 0
            func flush(upTo end: Int) {
              output.append(contentsOf: UnsafeBufferPointer(rebasing: outBytes[runStart..<end]))
              runStart = end
            }
            for row in rows {
              defer { rowStart = row.end }
              if row.isBlank {
                blank()
                continue
              }
              let line = baseLine + row.line
              var replaced: PomocError?
              if duplicates.isDuplicate(line: line, id: UnsafeBufferPointer(rebasing: keyBytes[row.key])) {
                flush(upTo: rowStart)
                runStart = row.end
                replaced = duplicate(row, keyBytes, &output)
              }
              do {
                try record(row, line, replaced)
              } catch {
                if runStart < rowStart { flush(upTo: rowStart) }
                throw error
              }
            }
            flush(upTo: outBytes.count)
          }
        }
      }
    }
  }
}
