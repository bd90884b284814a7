import Pomoc
import PomocFormats

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Which bytes of a record are its key, the id that must not repeat.
enum RecordKey {
  /// The household `id` column (`evaluate`, `explain`, `report`, `compare`).
  case householdID
  /// Another column of records that carry `columns` besides the household columns (an audit
  /// register's `decision_id`, read as ``ExtendedRecordParser`` reads it).
  case column(ExtraColumns, slot: Int)
  /// The `id` of a family's JSON line, as ``FamilyJSON/id(of:tape:)`` reads it (`pomoc family`);
  /// the scan also finds the first line that is not UTF-8, so that such an input is rejected
  /// before anything is written.
  case familyID
}

/// Finds the `duplicate_id` records of a file before it is read for real, with memory that
/// does not grow with the file: the first pass of `pomoc evaluate FILE` (and of `explain`,
/// `report` and `compare` on a file). Its result feeds ``DuplicateCheck/known(_:)``.
///
/// Each record's id is hashed (64 bits, ``IDHasher``, seeded per run) and the hash, line
/// number and byte offset go to one of `partitions` buckets, chosen by the hash of the id
/// without its last two bytes (so numbered ids fill a bucket in order; equal ids share one); full
/// buckets are written to a temporary file (deleted as soon as it is created, so nothing is
/// left behind). Each bucket is then read back alone and checked with a small table; two
/// equal hashes are confirmed by reading both lines again and comparing the ids byte for
/// byte, so a hash collision never makes a unique id a duplicate. Memory: the buckets'
/// buffers (`partitions × blockEntries × 24` bytes, 6 MiB by default) plus one bucket's table
/// (about 48 bytes per record ÷ `partitions`, 1.9 MiB for 10⁷ records), plus 8 bytes per
/// duplicate found. Disk: 24 bytes per record.
///
/// The lines are those of the evaluation itself (the one ``LineReader``: the same
/// byte-order mark, CRLF, numbering and record length limit; the same header and blank-line
/// rules; the same CSV and JSON parsers), so the lines found here are exactly the lines that
/// the in-memory check would reject. The scan starts where the descriptor stands (stdin may
/// be a file a caller has already read part of) and leaves it there (`pread`).
package enum DuplicateIDScan {
  /// One record's id, as hash, line and where the line's content starts in the file.
  struct Entry {
    var hash: UInt64
    var line: Int
    var offset: Int
  }

  /// Scans the file open at `descriptor` from its current position to its end.
  ///
  /// A CSV file whose header cannot be used yields no lines: the evaluation then reports
  /// the header error itself.
  ///
  /// - Parameters:
  ///   - hasher: the run's id hash (tests force collisions with ``IDHasher/constant(_:)``).
  ///   - maximumRecordBytes: the evaluation's record limit (longer lines have no id).
  /// - Throws: ``PomocError`` `input_unreadable` when the file cannot be read or the
  ///   temporary file cannot be written.
  static func scan(
    descriptor: Int32, format: RecordFormat, chunkSize: Int = 1 << 20, partitions: Int = 256,
    blockEntries: Int = 1024, hasher: IDHasher = IDHasher(),
    maximumRecordBytes: Int = LineReader.defaultMaximumLineBytes, key: RecordKey = .householdID
  ) throws -> DuplicateLines {
    let start = Int(lseek(descriptor, 0, SEEK_CUR))
    return try scan(
      DescriptorDevice(descriptor: descriptor), from: max(0, start), format: format, chunkSize: chunkSize,
      partitions: partitions, blockEntries: blockEntries, hasher: hasher, maximumRecordBytes: maximumRecordBytes,
      key: key)
  }

  /// Scans `input` from offset `start` to its end with positional reads (the current
  /// position does not move); full buckets go to the storage `spill` makes (a temporary
  /// file by default; the fuzzer keeps them in memory).
  ///
  /// `key` says which bytes of a record are its id (the household `id` by default).
  static func scan(
    _ input: any InputDevice, from start: Int, format: RecordFormat, chunkSize: Int = 1 << 20,
    partitions: Int = 256, blockEntries: Int = 1024, hasher: IDHasher = IDHasher(),
    maximumRecordBytes: Int = LineReader.defaultMaximumLineBytes,
    key: RecordKey = .householdID,
    spill: () throws -> any SpillStorage = { try SpillFile() }
  ) throws -> DuplicateLines {
    var scanner = try Scanner(
      input: input, format: format, partitions: partitions,
      blockEntries: blockEntries, hasher: hasher, start: start,
      maximumRecordBytes: maximumRecordBytes, key: key, spill: try spill())
    return try scanner.run(chunkSize: chunkSize)
  }

  private struct Scanner {
    let input: any InputDevice
    let format: RecordFormat
    let partitions: Int
    let blockEntries: Int
    let hasher: IDHasher
    /// File offset of the first byte scanned (line offsets count from here).
    let start: Int
    let maximumRecordBytes: Int
    let spill: any SpillStorage
    var parser: RecordParser?
    /// The parser of records with extra columns (a `.column` key), used instead of `parser`.
    var extendedParser: ExtendedRecordParser?
    let key: RecordKey
    /// The JSON of a family's line (a `.familyID` key).
    var tape = JSONTape()
    /// The first line that is not UTF-8 (a `.familyID` key).
    var firstLineNotUTF8: Int?
    var idColumn = 0
    var record = HouseholdRecord()
    var headerFailed = false
    /// Partition buffers, side by side: partition p's entries start at p × blockEntries.
    let buffers: UnsafeMutablePointer<Entry>
    var counts: [Int]
    /// Offsets in the spill file of each partition's full blocks, in order.
    var blocks: [[Int]]

    init(
      input: any InputDevice, format: RecordFormat, partitions: Int, blockEntries: Int, hasher: IDHasher,
      start: Int, maximumRecordBytes: Int, key: RecordKey, spill: any SpillStorage
    ) throws {
      self.key = key
      self.input = input
      self.format = format
      self.partitions = max(1, partitions)
      self.blockEntries = max(1, blockEntries)
      self.hasher = hasher
      self.start = start
      self.maximumRecordBytes = LineReader(maximumLineBytes: maximumRecordBytes).maximumLineBytes
      self.spill = spill
      buffers = .allocate(capacity: self.partitions * self.blockEntries)
      counts = Array(repeating: 0, count: self.partitions)
      blocks = Array(repeating: [], count: self.partitions)
      if format == .jsonl {
        switch key {
        case .householdID: parser = RecordParser()
        case .column(let columns, _):
          extendedParser = ExtendedRecordParser(jsonl: columns)
          record = extendedParser!.makeRecord()
        case .familyID: break
        }
      }
    }

    /// Whether lines are records (a CSV header has been read, or there is none).
    private var hasParser: Bool {
      if case .familyID = key { return true }
      return parser != nil || extendedParser != nil
    }

    mutating func run(chunkSize: Int) throws -> DuplicateLines {
      defer { buffers.deallocate() }
      let scanned = try readLines(chunkSize: max(1, chunkSize))
      var duplicates: [Int] = []
      if !headerFailed {
        for partition in 0..<partitions { try check(partition, into: &duplicates) }
      }
      duplicates.sort()
      return DuplicateLines(lines: duplicates, scannedBytes: scanned, firstLineNotUTF8: firstLineNotUTF8)
    }

    // MARK: First pass: every line's id into the partitions.

    /// Reads the file through the evaluation's ``LineReader``; returns the bytes read.
    private mutating func readLines(chunkSize: Int) throws -> Int {
      var chunk = [UInt8](repeating: 0, count: chunkSize)
      var reader = LineReader(maximumLineBytes: maximumRecordBytes)
      var fileOffset = start
      while !headerFailed {
        let count = try chunk.withUnsafeMutableBufferPointer { try readAt(fileOffset, into: $0) }
        if count == 0 { break }
        try chunk.withUnsafeBufferPointer { whole in
          try reader.feed(UnsafeBufferPointer(rebasing: whole[0..<count])) { batch in try lines(batch) }
        }
        fileOffset += count
      }
      if !headerFailed { try reader.finish { batch in try lines(batch) } }
      return fileOffset - start
    }

    private mutating func lines(_ batch: LineBatch) throws {
      for index in batch.lines.indices where !headerFailed {
        guard hasParser else {
          // The CSV header: resolved exactly as the evaluation resolves it.
          guard !batch.isOverlong else {
            headerFailed = true
            return
          }
          if case .column(let columns, let slot) = key {
            guard let slots = try? ExtendedRecordParser.parseHeader(batch[index], columns: columns) else {
              headerFailed = true
              return
            }
            extendedParser = ExtendedRecordParser(csvSlots: slots, columns: columns)
            record = extendedParser!.makeRecord()
            idColumn = slots.firstIndex(of: slot) ?? slots.count
            continue
          }
          guard let header = try? RecordParser.parseHeader(batch[index]) else {
            headerFailed = true
            return
          }
          parser = RecordParser(csvHeader: header)
          idColumn = header.firstIndex(of: .id) ?? 0
          continue
        }
        // An overlong line has no id (`record_too_long`); a blank line is not a record.
        let line = batch[index]
        guard !batch.isOverlong, !line.isEmpty else { continue }
        if case .familyID = key, firstLineNotUTF8 == nil, !isValidUTF8(line) {
          firstLineNotUTF8 = batch.lineNumber(index)
        }
        var idHash: UInt64 = 0
        var bucket: UInt64 = 0
        let hasher = self.hasher
        withID(of: line) { id in
          guard !id.isEmpty else { return }
          idHash = hasher.hash(id)
          // The bucket: the hash of the id without its last two bytes, so that ids that differ
          // only at the end (h1000, h1001, … as numbered ids do) fill one bucket's buffer in
          // order instead of scattering over all of them (a cache miss per record otherwise,
          // 10 % of the scan). Equal ids still share a bucket; the seed still keys it.
          bucket = id.count > 2 ? hasher.hash(UnsafeBufferPointer(rebasing: id.dropLast(2))) : idHash
        }
        if idHash != 0 {
          try add(
            Entry(hash: idHash, line: batch.lineNumber(index), offset: start + batch.offset(index)),
            bucket: bucket)
        }
      }
    }

    /// The record's id as the evaluation reads it: when nothing up to the end of the id's field
    /// holds a quote, the field at the id's position (the fields before it are plain, so
    /// their commas are the separators, whatever comes later in the line; the parser's own
    /// splitters agree); otherwise the full parser.
    private mutating func withID(of line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
      if format == .csv {
        var start = 0
        var plain = true
        for _ in 0..<idColumn {
          guard let comma = ByteScan.first(UInt8(ascii: ","), in: line, from: start) else {
            plain = false
            break
          }
          start = comma + 1
        }
        if plain {
          let end = ByteScan.first(UInt8(ascii: ","), in: line, from: start) ?? line.count
          let prefix = UnsafeBufferPointer(rebasing: line[0..<end])
          if ByteScan.first(UInt8(ascii: "\""), in: prefix, from: 0) == nil {
            return body(UnsafeBufferPointer(rebasing: line[start..<end]))
          }
        }
      }
      if case .familyID = key {
        var id = FamilyJSON.id(of: line, tape: &tape)
        return id.withUTF8(body)
      }
      // Quotes, too few fields (the parser decides what a short line's id is), or JSON.
      if extendedParser != nil {
        extendedParser!.parse(line, into: &record)
      } else {
        parser!.parse(line, into: &record)
      }
      var slot = HouseholdColumn.id.rawValue
      if case .column(_, let column) = key { slot = column }
      record.bytes.withUnsafeBufferPointer { bytes in
        body(UnsafeBufferPointer(rebasing: bytes[record.ranges[slot]]))
      }
    }

    private mutating func add(_ entry: Entry, bucket: UInt64) throws {
      // The bucket hash's upper half scaled to 0..<partitions (a multiply, not a division).
      let partition = Int(truncatingIfNeeded: ((bucket >> 32) &* UInt64(partitions)) >> 32)
      let base = buffers + partition * blockEntries
      base[counts[partition]] = entry
      counts[partition] += 1
      if counts[partition] == blockEntries {
        blocks[partition].append(
          try spill.append(UnsafeRawBufferPointer(start: base, count: blockEntries * MemoryLayout<Entry>.stride)))
        counts[partition] = 0
      }
    }

    // MARK: Second step: each partition on its own.

    private mutating func check(_ partition: Int, into duplicates: inout [Int]) throws {
      // The partition's entries in line order: its spilled blocks, then its buffer.
      var entries: [Entry] = []
      entries.reserveCapacity(blocks[partition].count * blockEntries + counts[partition])
      for offset in blocks[partition] {
        let start = entries.count
        entries.append(contentsOf: repeatElement(Entry(hash: 0, line: 0, offset: 0), count: blockEntries))
        try entries.withUnsafeMutableBytes { raw in
          let size = blockEntries * MemoryLayout<Entry>.stride
          try spill.read(
            at: offset,
            into: UnsafeMutableRawBufferPointer(rebasing: raw[(start * MemoryLayout<Entry>.stride)...].prefix(size)))
        }
      }
      entries.append(
        contentsOf: UnsafeBufferPointer(start: buffers + partition * blockEntries, count: counts[partition]))
      guard entries.count > 1 else { return }

      // Open addressing on the hash: the first entry of each hash keeps its slot.
      var capacity = 16
      while capacity < entries.count * 2 { capacity <<= 1 }
      var slots = [Int](repeating: -1, count: capacity)
      // Ids already confirmed under a hash seen more than once (rare: duplicates, collisions).
      var confirmed: [UInt64: [[UInt8]]] = [:]
      let mask = capacity - 1
      for index in entries.indices {
        let entry = entries[index]
        var slot = Int(truncatingIfNeeded: entry.hash ^ (entry.hash >> 29)) & mask
        var first = -1
        while slots[slot] >= 0 {
          if entries[slots[slot]].hash == entry.hash { first = slots[slot]; break }
          slot = (slot + 1) & mask
        }
        guard first >= 0 else {
          slots[slot] = index
          continue
        }
        // The same hash as an earlier record: compare the ids themselves.
        var known = try confirmed[entry.hash] ?? [id(at: entries[first])]
        let current = try id(at: entry)
        if known.contains(current) {
          duplicates.append(entry.line)
        } else {
          known.append(current)   // a collision of two different ids
        }
        confirmed[entry.hash] = known
      }
    }

    /// Reads a record's line again from the file and returns its id.
    private mutating func id(at entry: Entry) throws -> [UInt8] {
      var line: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 4096)
      var position = entry.offset
      // The line was within the limit when it was scanned: read no further than that.
      let most = maximumRecordBytes + 1
      while line.count < most {
        let count = try buffer.withUnsafeMutableBufferPointer { try readAt(position, into: $0) }
        if count == 0 { break }
        if let newline = buffer.withUnsafeBufferPointer({
          ByteScan.first(0x0A, in: UnsafeBufferPointer(rebasing: $0[0..<count]), from: 0)
        }) {
          line.append(contentsOf: buffer[0..<newline])
          break
        }
        line.append(contentsOf: buffer[0..<count])
        position += count
      }
      if line.last == 0x0D { line.removeLast() }
      var id: [UInt8] = []
      line.withUnsafeBufferPointer { bytes in withID(of: bytes) { id = Array($0) } }
      return id
    }

    private func readAt(_ offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
      while true {
        let count = input.read(at: offset, into: buffer)
        if count >= 0 { return count }
        let code = Int32(truncatingIfNeeded: -count)
        if code == EINTR { continue }
        throw PomocError(.inputUnreadable, message: "cannot read the input: " + String(cString: strerror(code)))
      }
    }
  }
}

/// A temporary file that exists only while it is open: created and unlinked at once, closed
/// (and so freed) when the last reference goes.
final class SpillFile: SpillStorage {
  private let descriptor: Int32
  private var end = 0

  init() throws {
    var directory = "/tmp"
    if let value = getenv("TMPDIR"), value.pointee != 0 { directory = String(cString: value) }
    var template = Array((directory + "/pomoc-ids-XXXXXX").utf8CString)
    let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard opened >= 0 else {
      throw PomocError(
        .inputUnreadable,
        message: "cannot create a temporary file in \(directory): "
          + String(cString: strerror(errno)))
    }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    descriptor = opened
  }

  deinit { close(descriptor) }

  /// Appends `bytes`; returns the offset where they start.
  func append(_ bytes: UnsafeRawBufferPointer) throws -> Int {
    let offset = end
    var done = 0
    while done < bytes.count {
      let written = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
      if written < 0 {
        if errno == EINTR { continue }
        throw PomocError(
          .inputUnreadable, message: "cannot write a temporary file: " + String(cString: strerror(errno)))
      }
      done += written
    }
    end += bytes.count
    return offset
  }

  /// Reads exactly `buffer.count` bytes written before at `offset`.
  func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws {
    var done = 0
    while done < buffer.count {
      let count = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        throw PomocError(.inputUnreadable, message: "cannot read back a temporary file")
      }
      done += count
    }
  }
}
