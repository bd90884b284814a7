import Pomoc

/// The lines of an input whose record repeats an earlier record's id (`duplicate_id`).
package struct DuplicateLines: Sendable, Equatable {
  /// Line numbers in the input (1-based; a CSV header is line 1), ascending.
  package var lines: [Int]
  /// Bytes the scan read: the size of the input (from where it was read) when it ran.
  package var scannedBytes: Int
  /// The first line that is not UTF-8, where the scan looks for one (the family input, which is
  /// then rejected as a whole before anything is written).
  package var firstLineNotUTF8: Int?

  package init(lines: [Int], scannedBytes: Int, firstLineNotUTF8: Int? = nil) {
    self.lines = lines
    self.scannedBytes = scannedBytes
    self.firstLineNotUTF8 = firstLineNotUTF8
  }
}

/// The one duplicate-id check of the household formats, shared by `pomoc evaluate`,
/// `explain`, `report` and `compare` (``BulkEvaluation`` and ``RecordStream``).
///
/// A record whose id was used by an earlier record of the same input is `duplicate_id`; an
/// empty id is never a duplicate (it is `missing_field:id`), nor is a line that could not be
/// kept (`record_too_long`). Ids are compared byte for byte (no Unicode normalisation).
///
/// Two ways to know, one answer:
/// - ``inMemory(hasher:)`` keeps every id seen (an ``IDSet``: the id's bytes plus
///   23 to 46 bytes per record, as the table fills), for input that can be read only once (a pipe);
/// - ``known(_:)`` takes the lines found beforehand by the tool's scan of a regular file
///   (ids kept in a temporary file, not in memory) and holds nothing per record.
///
/// Records must be presented in input order, each once.
package struct DuplicateCheck {
  /// The ids seen (input read once); `nil` when the duplicate lines are known.
  private var ids: IDSet?
  private let knownLines: [Int]?
  private var nextKnown = 0

  private init(ids: IDSet?, known: [Int]?) {
    self.ids = ids
    self.knownLines = known
  }

  /// Remembers every id in memory, hashed with the run's `hasher`.
  package static func inMemory(hasher: IDHasher = IDHasher()) -> DuplicateCheck {
    DuplicateCheck(ids: IDSet(hasher: hasher), known: nil)
  }

  /// Uses the duplicate lines found by a scan of the very bytes that will be read.
  package static func known(_ duplicates: DuplicateLines) -> DuplicateCheck {
    DuplicateCheck(ids: nil, known: duplicates.lines)
  }

  /// Whether the check holds ids in memory (input read once).
  package var keepsIDs: Bool { knownLines == nil }

  /// Bytes held for the ids seen (0 when the duplicates are known beforehand).
  package var heldBytes: Int { ids?.heldBytes ?? knownLines!.capacity * 8 }

  /// Whether the record on `line` (1-based) with `id` repeats an earlier record's id.
  @inline(__always)
  package mutating func isDuplicate(line: Int, id: UnsafeBufferPointer<UInt8>) -> Bool {
    if let known = knownLines {
      while nextKnown < known.count && known[nextKnown] < line { nextKnown += 1 }
      guard nextKnown < known.count, known[nextKnown] == line else { return false }
      nextKnown += 1
      return true
    }
    return !id.isEmpty && !ids!.insert(id)
  }
}
