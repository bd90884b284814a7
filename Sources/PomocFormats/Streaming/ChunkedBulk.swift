import Pomoc

/// A bulk path fed an input chunk by chunk, its output handed to a writer after each chunk:
/// ``BulkEvaluation`` (`pomoc evaluate`), ``BulkAudit`` (`pomoc audit`) and
/// ``BulkFamilyEvaluation`` (`pomoc family`). The tool drives them all with one loop.
package protocol ChunkedBulk {
  /// What the run counted, returned by ``finish(write:)``.
  associatedtype Summary
  /// The records read so far (for progress).
  var recordsSoFar: Int { get }
  /// Consumes a chunk; its complete lines are answered and written before the call returns.
  /// An error `write` throws stops the work and comes out of the call.
  mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, write: ([UInt8]) throws -> Void) throws
  /// Answers the last line; returns the summary.
  mutating func finish(write: ([UInt8]) throws -> Void) throws -> Summary
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
