import Pomoc
import PomocFormats

/// The household input of `evaluate`, `explain`, `report` and `compare`: one way to open it,
/// one duplicate-id check, one record length limit.
///
/// A regular file is read twice: first by ``DuplicateIDScan`` for its duplicate ids (kept in
/// a temporary file, so memory does not grow with the file), then for real. A pipe can be
/// read only once: its ids are kept in memory (``DuplicateCheck/inMemory(hasher:)``, about
/// 23 to 46 bytes plus the id per record). Both use the run's one ``IDHasher``.
struct HouseholdInput {
  let file: InputFile
  let format: RecordFormat
  let maximumRecordBytes: Int
  let hasher: IDHasher
  /// The lines found by the scan of a regular file.
  let knownDuplicates: DuplicateLines?

  /// Opens `path` (`-` for stdin) and, for a regular file, scans it for duplicate ids.
  init(path: String, format: RecordFormat, maximumRecordBytes: Int, hasher: IDHasher = IDHasher()) throws {
    file = try InputFile(path: path)
    self.format = format
    self.maximumRecordBytes = maximumRecordBytes
    self.hasher = hasher
    if file.isRegularFile {
      do {
        knownDuplicates = try DuplicateIDScan.scan(
          descriptor: file.descriptor, format: format, hasher: hasher,
          maximumRecordBytes: maximumRecordBytes)
      } catch {
        file.close()
        throw CommandFailure.data("'\(path)': \(error)")
      }
    } else {
      knownDuplicates = nil
    }
  }

  var path: String { file.path }

  /// The duplicate check for reading this input once, in order.
  func duplicateCheck() -> DuplicateCheck {
    knownDuplicates.map(DuplicateCheck.known) ?? .inMemory(hasher: hasher)
  }

  /// Calls `body` with successive chunks; stops with exit 65 if a scanned file has grown.
  func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
    var bytesRead = 0
    try file.forEachChunk { chunk throws in
      bytesRead += chunk.count
      try checkUnchanged(bytesRead)
      try body(chunk)
    }
    try checkComplete(bytesRead)
  }

  /// The same with copied chunks, for a `body` that suspends.
  func forEachCopiedChunk(_ body: ([UInt8]) async throws -> Void) async throws {
    var bytesRead = 0
    try await file.forEachChunk { (chunk: [UInt8]) async throws in
      bytesRead += chunk.count
      try checkUnchanged(bytesRead)
      try await body(chunk)
    }
    try checkComplete(bytesRead)
  }

  /// More bytes than the scan saw: the duplicate lines would not match the rows.
  func checkUnchanged(_ bytesRead: Int) throws {
    if let knownDuplicates, bytesRead > knownDuplicates.scannedBytes {
      throw CommandFailure.data("'\(path)' changed while it was being read")
    }
  }

  /// At the end of the input: as many bytes as the scan saw.
  func checkComplete(_ bytesRead: Int) throws {
    if let knownDuplicates, bytesRead != knownDuplicates.scannedBytes {
      throw CommandFailure.data("'\(path)' changed while it was being read")
    }
  }

  func close() { file.close() }
}
