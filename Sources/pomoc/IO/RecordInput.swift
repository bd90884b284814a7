import Pomoc
import PomocFormats

/// The record input of `evaluate`, `explain`, `report`, `compare`, `audit` and `family`: one
/// way to open it, one duplicate-id check, one record length limit.
///
/// A regular file is read twice: first by ``DuplicateIDScan`` for its duplicate ids (kept in
/// a temporary file, so memory does not grow with the file), then for real. A pipe can be
/// read only once: its ids are kept in memory (``DuplicateCheck/inMemory(hasher:)``, about
/// 23 to 46 bytes plus the id per record). Both use the run's one ``IDHasher``.
struct RecordInput {
  /// How the input is read: the tool's sizes by default; tests and the fuzzer make them small
  /// and keep the scan's buckets in memory.
  struct Reading {
    /// Bytes asked of each read (the chunks the evaluation is fed).
    var chunkSize = 1 << 20
    /// The buckets of ``DuplicateIDScan`` and the entries each holds before it spills.
    var scanPartitions = 256
    var scanBlockEntries = 1024
    /// Where the scan's full buckets go (a temporary file).
    var spill: () throws -> any SpillStorage = { try SpillFile() }
  }

  let file: InputFile
  let format: RecordFormat
  let maximumRecordBytes: Int
  let hasher: IDHasher
  let reading: Reading
  /// The lines found by the scan of a regular file.
  let knownDuplicates: DuplicateLines?

  /// Opens `path` (`-` for stdin) and, for a regular file, scans it for duplicate ids.
  ///
  /// `key` says which bytes of a record are its unique id: the household `id` (the default),
  /// another column (an audit register's `decision_id`), or a family line's `id`.
  init(
    path: String, format: RecordFormat, maximumRecordBytes: Int, hasher: IDHasher = IDHasher(),
    key: RecordKey = .householdID
  ) throws {
    try self.init(
      file: try InputFile(path: path), format: format, maximumRecordBytes: maximumRecordBytes, hasher: hasher,
      key: key)
  }

  /// Takes `file` (closed on failure) and, for a regular file, scans it for duplicate ids.
  init(
    file: InputFile, format: RecordFormat, maximumRecordBytes: Int, hasher: IDHasher = IDHasher(),
    reading: Reading = Reading(), key: RecordKey = .householdID
  ) throws {
    self.file = file
    self.format = format
    self.maximumRecordBytes = maximumRecordBytes
    self.hasher = hasher
    self.reading = reading
    if file.isRegularFile {
      do {
        knownDuplicates = try DuplicateIDScan.scan(
          file.device, from: file.startOffset, format: format, chunkSize: reading.chunkSize,
          partitions: reading.scanPartitions, blockEntries: reading.scanBlockEntries, hasher: hasher,
          maximumRecordBytes: maximumRecordBytes, key: key, spill: reading.spill)
      } catch {
        file.close()
        throw CommandFailure.data("'\(file.path)': \(error)")
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
    try file.forEachChunk(size: reading.chunkSize) { chunk throws in
      bytesRead += chunk.count
      try checkUnchanged(bytesRead)
      try body(chunk)
    }
    try checkComplete(bytesRead)
  }

  /// The same with copied chunks, for a `body` that suspends.
  func forEachCopiedChunk(_ body: ([UInt8]) async throws -> Void) async throws {
    var bytesRead = 0
    try await file.forEachChunk(size: reading.chunkSize) { (chunk: [UInt8]) async throws in
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

  /// The loop of `pomoc evaluate`, `audit` and `family`: every chunk through `bulk`, every
  /// output byte to `output` (stdout in the tool) through ``Console/write(_:to:)``; `progress`
  /// after each chunk with its size and the records so far.
  ///
  /// The first failed write stops the work: no further byte is read or written, and the
  /// failure comes out as ``CommandFailure`` 74 (quiet for a closed pipe). A header error, a
  /// line that is not UTF-8 (families), or an unreadable or changing input is ``CommandFailure``
  /// 65, with nothing written for a header error. Never a success after a lost row.
  func run<Bulk: ChunkedBulk>(
    _ bulk: inout Bulk, to output: some OutputDevice,
    progress: (_ chunkBytes: Int, _ records: Int) -> Void = { _, _ in }
  ) throws -> Bulk.Summary {
    do {
      try forEachChunk { chunk throws in
        try bulk.feed(chunk) { try Console.write($0, to: output) }
        progress(chunk.count, bulk.recordsSoFar)
      }
      return try bulk.finish { try Console.write($0, to: output) }
    } catch let error as HeaderError {
      throw CommandFailure.data(error.message)
    } catch let error as BulkFamilyEvaluation.NotUTF8 {
      throw CommandFailure.data("'\(path)': line \(error.line) is not UTF-8")
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure.data("\(error)")
    }
  }

  func close() { file.close() }
}
