import Pomoc

/// A bulk path fed an input chunk by chunk, its output handed to a writer after each chunk:
/// ``BulkEvaluation`` (`pomoc evaluate`), ``BulkAudit`` (`pomoc audit`) and
/// ``BulkFamilyEvaluation`` (`pomoc family`). The tool drives them all with one loop.
///
/// A path says how it answers a batch of lines (``process(_:)``) and what the end of the input
/// means (``endOfInput()``); ``feed(_:write:)`` and ``finish(write:)``, written once here, cut
/// the chunks into lines with the path's ``LineReader`` and hand the rows to the writer, so
/// memory never holds more than one chunk's rows.
package protocol ChunkedBulk {
  /// What the run counted, returned by ``finish(write:)``.
  associatedtype Summary
  /// The records read so far (for progress).
  var recordsSoFar: Int { get }
  /// The line reader the chunks go through (for ``feed(_:write:)`` and ``finish(write:)`` only).
  var lineReader: LineReader { get set }
  /// Rows answered and not yet handed to the writer (for ``feed(_:write:)`` and
  /// ``finish(write:)`` only).
  var pendingOutput: [UInt8] { get set }
  /// Answers a batch of complete lines, appending its rows to ``pendingOutput``.
  mutating func process(_ batch: LineBatch) throws
  /// After the last line: checks the input as a whole (an empty one), appends what is still
  /// due (a CSV header with no row under it), returns the summary.
  mutating func endOfInput() throws -> Summary
}

extension ChunkedBulk {
  /// Consumes a chunk; its complete lines are answered and written before the call returns.
  ///
  /// An error `write` throws stops the work and comes out of the call. An error of the input
  /// (a bad header, a line that is not UTF-8) comes out after the rows merged before it are
  /// written (none, for a header).
  package mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, write: ([UInt8]) throws -> Void) throws {
    guard !chunk.isEmpty else { return }
    var lines = LineReader(maximumLineBytes: 1)
    swap(&lines, &lineReader)   // so that the reader's buffers stay uniquely referenced
    defer { swap(&lines, &lineReader) }
    do {
      try lines.feed(chunk) { batch in try process(batch) }
    } catch {
      try flushPendingOutput(write)
      throw error
    }
    try flushPendingOutput(write)
  }

  /// Answers the last line (one without a line break), ends the input; returns the summary.
  ///
  /// - Throws: as ``feed(_:write:)``, and what ``endOfInput()`` throws for the input as a whole.
  package mutating func finish(write: ([UInt8]) throws -> Void) throws -> Summary {
    var lines = LineReader(maximumLineBytes: 1)
    swap(&lines, &lineReader)
    defer { swap(&lines, &lineReader) }
    let summary: Summary
    do {
      try lines.finish { batch in try process(batch) }
      summary = try endOfInput()
    } catch {
      try flushPendingOutput(write)
      throw error
    }
    try flushPendingOutput(write)
    return summary
  }

  private mutating func flushPendingOutput(_ write: ([UInt8]) throws -> Void) throws {
    guard !pendingOutput.isEmpty else { return }
    defer { pendingOutput.removeAll(keepingCapacity: true) }
    try write(pendingOutput)
  }
}

extension BulkEvaluation: ChunkedBulk {
  package var recordsSoFar: Int { summary.records }
}

extension BulkAudit: ChunkedBulk {
  package var recordsSoFar: Int { summary.records }
}

extension BulkFamilyEvaluation: ChunkedBulk {
  package var recordsSoFar: Int { summary.records }
}
