import Pomoc

/// The lines of an input whose record repeats an earlier record's id (`duplicate_id`).
package struct DuplicateLines: Sendable, Equatable {
  /// Line numbers in the input (1-based; a CSV header is line 1), ascending.
  package var lines: [Int]
  /// Bytes the scan read: the size of the input when it ran.
  package var scannedBytes: Int

  package init(lines: [Int], scannedBytes: Int) {
    self.lines = lines
    self.scannedBytes = scannedBytes
  }
}
