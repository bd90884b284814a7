// libFuzzer entry point for Pomoc. Built by Tests/Fuzz/run.sh (`swiftc -sanitize=fuzzer,address`)
// against the Pomoc and PomocFormats modules, together with the tool's reading and writing
// code (Sources/pomoc/IO: the devices, Console, RecordInput, DuplicateIDScan); the target
// is chosen with POMOC_FUZZ_TARGET = csv | jsonl | stream | family | law-json | service-json.
//
// Besides "no crash, no hang, no unbounded memory", each target checks the library's
// promises and traps (a finding) when one is broken:
// - csv / jsonl: one output row per input record, whatever the bytes; a header error only
//   for an unusable header, whatever the chunking; the same output (and counts) for small
//   chunks on one thread with the ids held in memory, and for the whole input split over 2–4
//   partitions (merged in order, run last to first) with the duplicate ids found first by
//   DuplicateIDScan (tiny buckets, spilled to memory, sometimes one hash for every id).
// - stream: the loop of `pomoc evaluate`, `audit` and `family` (RecordInput.run) over an input device that
//   delivers the bytes in pieces of random size (a file read twice, or a pipe), with a small
//   record limit, into an output device that writes a few bytes at a time, is interrupted
//   (EINTR, EAGAIN; the reads too) and fails at a chosen byte: the rows are the reference
//   rows up to the failure, byte for byte; a failed write is exit 74 (quiet only for EPIPE) and nothing is
//   read or written after it; a failed read, a header error or a file that changes is
//   exit 65; never a success after a loss; the carried line stays within the record limit.
// - family: `pomoc family`'s bulk path, as csv/jsonl: one output line per record, the same bytes
//   and counts for small chunks on one thread (ids in memory) and for the whole input over 2–4
//   partitions with the scan's duplicate lines; a line that is not UTF-8 stops both runs and is
//   the scan's first such line; with explanations, the same number of lines.
// - law-json: a loaded table passes its invariants; errors are typed PomocErrors.
// - service-json: requests either evaluate or give a typed error.
//
// Speed: nothing per input starts a thread, opens a file or allocates a large buffer (the
// scan's buckets and spill, and the reads, are in memory and small); the evaluator and the
// id hash are made once.

@testable import Pomoc
@testable import PomocFormats

#if canImport(Glibc)
import Glibc
#endif

nonisolated(unsafe) var fuzzTarget = "csv"
/// POMOC_FUZZ_VERBOSE set: the stream target prints its parameters and outcome (to read a finding).
nonisolated(unsafe) var fuzzVerbose = false

/// libFuzzer's start-up hook: reads the target's name from POMOC_FUZZ_TARGET.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
  _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> Int32 {
  if let name = getenv("POMOC_FUZZ_TARGET") { fuzzTarget = String(cString: name) }
  fuzzVerbose = getenv("POMOC_FUZZ_VERBOSE") != nil
  return 0
}

/// libFuzzer's entry point: one input through the chosen target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  switch fuzzTarget {
  case "csv": fuzzRecords(bytes, format: .csv)
  case "jsonl": fuzzRecords(bytes, format: .jsonl)
  case "stream": fuzzStream(bytes)
  case "family": fuzzFamilies(bytes)
  case "law-json": fuzzLaw(bytes)
  case "service-json": fuzzServices(bytes)
  default: fatalError("unknown POMOC_FUZZ_TARGET \(fuzzTarget)")
  }
  return 0
}

/// Stops with `message` (a finding). Unlike `precondition`, it prints the message in an
/// optimised build too.
func require(_ condition: Bool, _ message: @autoclosure () -> String = "a promise broke") {
  if !condition { fatalError(message()) }
}

/// Whether two byte strings are equal (memcmp: the harness's own comparisons need no coverage callbacks).
func same(_ a: [UInt8], _ b: ArraySlice<UInt8>) -> Bool {
  guard a.count == b.count else { return false }
  guard !a.isEmpty else { return true }
  return a.withUnsafeBytes { x in b.withUnsafeBytes { y in memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
}

func same(_ a: [UInt8], _ b: [UInt8]) -> Bool { same(a, b[...]) }

/// The line feeds in `bytes` (memchr, for the same reason).
func newlines(in bytes: [UInt8]) -> Int {
  bytes.withUnsafeBytes { raw in
    guard var next = raw.baseAddress else { return 0 }
    let end = next + raw.count
    var count = 0
    while next < end, let found = memchr(next, 0x0A, end - next) {
      count += 1
      next = UnsafeRawPointer(found) + 1
    }
    return count
  }
}

let fuzzEvaluator = Evaluator()
/// One id hash for the whole run (a fresh one per input would cost a system call each).
let fuzzHasher = IDHasher(seed: 0x706F_6D6F_6366_757A)

/// The tool's worker threads, without threads: the partitions run one after the other, last
/// first, so the merge cannot depend on the order in which workers finish.
let serialLoop: ParallelLoop = { count, body in
  for part in (0..<count).reversed() { body(part) }
}

// MARK: - csv, jsonl

/// What one run of the bulk pipeline produced (`summary` is nil for a header error).
struct BulkRun {
  var output: [UInt8] = []
  var summary: BulkEvaluation.Summary?
  var carried = 0

  /// Runs `bytes` through `BulkEvaluation`, fed in chunks of `chunk` bytes.
  init(
    _ bytes: UnsafeBufferPointer<UInt8>, format: RecordFormat, limit: Int, threads: Int = 1,
    batchSize: Int = 2, chunk: Int, duplicates: DuplicateLines? = nil
  ) {
    var bulk = BulkEvaluation(
      evaluator: fuzzEvaluator, format: format, threads: threads, parallelLoop: serialLoop,
      batchSize: batchSize, knownDuplicates: duplicates, hasher: fuzzHasher, maximumRecordBytes: limit)
    var output: [UInt8] = []
    do {
      var offset = 0
      while offset < bytes.count {
        let end = min(bytes.count, offset + max(1, chunk))
        try bulk.feed(UnsafeBufferPointer(rebasing: bytes[offset..<end])) { output.append(contentsOf: $0) }
        offset = end
      }
      summary = try bulk.finish { output.append(contentsOf: $0) }
    } catch is HeaderError {
      require(output.isEmpty, "bytes written before a header error")
    } catch {
      fatalError("untyped error from the pipeline: \(error)")
    }
    self.output = output
    carried = bulk.carriedCapacity
  }

  /// Output lines (rows; for CSV the header too).
  var lines: Int { newlines(in: output) }

  /// The same bytes and the same counts.
  func matches(_ other: BulkRun) -> Bool {
    guard same(output, other.output) else { return false }
    guard let a = summary, let b = other.summary else { return (summary == nil) == (other.summary == nil) }
    return a.records == b.records && a.errorRows == b.errorRows && a.blankLines == b.blankLines
      && a.errorCounts == b.errorCounts
  }
}

/// The bytes of the fuzz input as a file for ``DuplicateIDScan``, which reads only at offsets.
struct ScanInput: InputDevice {
  let bytes: UnsafeBufferPointer<UInt8>

  func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    fatalError("the scan moved the input's position")
  }

  func waitUntilReadable() {
    fatalError("the scan waited for a regular file")
  }

  func read(at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    guard offset < bytes.count else { return 0 }
    let count = min(buffer.count, bytes.count - offset)
    buffer.baseAddress!.update(from: bytes.baseAddress! + offset, count: count)
    return count
  }
}

/// The scan's spilled buckets, in memory.
final class MemorySpill: SpillStorage {
  var bytes: [UInt8] = []

  func append(_ data: UnsafeRawBufferPointer) throws -> Int {
    defer { bytes.append(contentsOf: data) }
    return bytes.count
  }

  func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws {
    require(offset >= 0 && offset + buffer.count <= bytes.count, "the scan read back what it never wrote")
    bytes.withUnsafeBytes {
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + buffer.count)]))
    }
  }
}

/// The bulk pipeline, checked against itself and against the duplicate-id scan.
///
/// Parameters taken from the input's first bytes (which are also data): byte 0 the chunk
/// size (1 … 64), byte 1 the record limit (8 … 1 028, so that overlong lines occur, in a
/// chunk and across chunks), byte 2 the partitions (2 … 4) and, in its top bit, one hash for
/// every id in the scan (each candidate then confirmed by reading the lines again).
func fuzzRecords(_ bytes: UnsafeBufferPointer<UInt8>, format: RecordFormat) {
  let chunk = bytes.isEmpty ? 1 : Int(bytes[0] % 64) + 1
  let limit = bytes.count > 1 ? 8 + Int(bytes[1]) * 4 : LineReader.defaultMaximumLineBytes
  let threads = bytes.count > 2 ? 2 + Int(bytes[2] % 3) : 2
  let collide = bytes.count > 2 && bytes[2] >= 0x80

  // One thread, small chunks, the ids held in memory: the reference.
  let single = BulkRun(bytes, format: format, limit: limit, chunk: chunk)
  require(single.carried <= 4 * (limit + 1) + 64, "a carried line of \(single.carried) bytes, limit \(limit)")
  guard let summary = single.summary else {
    // A header error: the same verdict for any chunking.
    let whole = BulkRun(bytes, format: format, limit: limit, threads: threads, chunk: bytes.count)
    require(whole.summary == nil, "header verdict depends on chunking")
    return
  }
  var rows = single.lines
  if format == .csv { rows -= 1 }   // the output header
  require(rows == summary.records, "\(rows) rows for \(summary.records) records")

  // The first pass of `pomoc evaluate FILE`, on the same bytes and limit.
  let scanned: DuplicateLines
  do {
    scanned = try DuplicateIDScan.scan(
      ScanInput(bytes: bytes), from: 0, format: format, chunkSize: chunk, partitions: 3, blockEntries: 2,
      hasher: collide ? .constant(7) : fuzzHasher, maximumRecordBytes: limit, spill: { MemorySpill() })
  } catch {
    fatalError("the duplicate-id scan failed: \(error)")
  }
  require(scanned.scannedBytes == bytes.count, "the scan read \(scanned.scannedBytes) of \(bytes.count) bytes")

  // The whole input at once, over several partitions, with the scan's duplicates.
  let parted = BulkRun(bytes, format: format, limit: limit, threads: threads, chunk: bytes.count, duplicates: scanned)
  if !parted.matches(single) {
    // Which promise broke: run the partitions again with the ids held in memory.
    let memory = BulkRun(bytes, format: format, limit: limit, threads: threads, chunk: bytes.count)
    let scanAtFault = memory.matches(single)
    let a = single.output.split(separator: 0x0A, omittingEmptySubsequences: false)
    let b = (scanAtFault ? parted : memory).output.split(separator: 0x0A, omittingEmptySubsequences: false)
    for (index, (x, y)) in zip(a, b).enumerated() where x != y {
      print("line \(index): 1 thread, chunk \(chunk): \(String(decoding: x, as: UTF8.self))")
      print("line \(index): \(threads) partitions, one chunk: \(String(decoding: y, as: UTF8.self))")
      break
    }
    if scanAtFault {
      fatalError("duplicates found by the scan differ from the in-memory set (lines \(scanned.lines))")
    }
    fatalError("output or counts depend on threads or chunking (\(a.count) vs \(b.count) lines)")
  }
}

// MARK: - family

/// What one run of `pomoc family`'s bulk path produced (`notUTF8` is the line that stopped it).
struct FamilyRun {
  var output: [UInt8] = []
  var summary: BulkFamilyEvaluation.Summary?
  var notUTF8: Int?

  init(
    _ bytes: UnsafeBufferPointer<UInt8>, limit: Int, threads: Int = 1, chunk: Int,
    duplicates: DuplicateLines? = nil, explanation: Bool = false
  ) {
    var bulk = BulkFamilyEvaluation(
      threads: threads, parallelLoop: serialLoop, batchSize: 2, explanation: explanation,
      knownDuplicates: duplicates, hasher: fuzzHasher, maximumRecordBytes: limit)
    var output: [UInt8] = []
    do {
      var offset = 0
      while offset < bytes.count {
        let end = min(bytes.count, offset + max(1, chunk))
        try bulk.feed(UnsafeBufferPointer(rebasing: bytes[offset..<end])) { output.append(contentsOf: $0) }
        offset = end
      }
      summary = try bulk.finish { output.append(contentsOf: $0) }
    } catch let error as BulkFamilyEvaluation.NotUTF8 {
      notUTF8 = error.line
    } catch {
      fatalError("untyped error from the family pipeline: \(error)")
    }
    self.output = output
  }

  /// The same bytes, counts and stop.
  func matches(_ other: FamilyRun) -> Bool {
    guard same(output, other.output), notUTF8 == other.notUTF8 else { return false }
    guard let a = summary, let b = other.summary else { return (summary == nil) == (other.summary == nil) }
    return a.records == b.records && a.errorRows == b.errorRows && a.blankLines == b.blankLines
      && a.errorCounts == b.errorCounts
  }
}

/// `pomoc family`'s bulk path checked against itself and against the scan of a file. The input's
/// first bytes (also data) choose: byte 0 the chunk size (1 … 64), byte 1 the record limit
/// (8 … 1 028 bytes), byte 2 the partitions (2 … 4) and, in its top bit, one hash for every id.
func fuzzFamilies(_ bytes: UnsafeBufferPointer<UInt8>) {
  let chunk = bytes.isEmpty ? 1 : Int(bytes[0] % 64) + 1
  let limit = bytes.count > 1 ? 8 + Int(bytes[1]) * 4 : LineReader.defaultMaximumLineBytes
  let threads = bytes.count > 2 ? 2 + Int(bytes[2] % 3) : 2
  let collide = bytes.count > 2 && bytes[2] >= 0x80

  let single = FamilyRun(bytes, limit: limit, chunk: chunk)
  if let summary = single.summary {
    require(newlines(in: single.output) == summary.records, "rows for \(summary.records) families")
  }
  let scanned: DuplicateLines
  do {
    scanned = try DuplicateIDScan.scan(
      ScanInput(bytes: bytes), from: 0, format: .jsonl, chunkSize: chunk, partitions: 3, blockEntries: 2,
      hasher: collide ? .constant(7) : fuzzHasher, maximumRecordBytes: limit, key: .familyID,
      spill: { MemorySpill() })
  } catch {
    fatalError("the duplicate-id scan failed: \(error)")
  }
  require(scanned.scannedBytes == bytes.count, "the scan read \(scanned.scannedBytes) of \(bytes.count) bytes")
  require(scanned.firstLineNotUTF8 == single.notUTF8, "the scan and the run disagree on the first non-UTF-8 line")
  let parted = FamilyRun(bytes, limit: limit, threads: threads, chunk: bytes.count, duplicates: scanned)
  if !parted.matches(single) {
    let memory = FamilyRun(bytes, limit: limit, threads: threads, chunk: bytes.count)
    if memory.matches(single) {
      fatalError("family duplicates found by the scan differ from the in-memory set (lines \(scanned.lines))")
    }
    fatalError("family output or counts depend on threads or chunking")
  }
  let explained = FamilyRun(bytes, limit: limit, chunk: bytes.count, explanation: true)
  require(explained.notUTF8 == single.notUTF8, "explanations change where the input stops")
  require(newlines(in: explained.output) == newlines(in: single.output), "explanations change the line count")
}

// MARK: - stream

/// One run of the tool's streaming loop: the input and output devices and what happened.
///
/// Parameters, from the input's first 8 bytes (the rest is the data):
/// - byte 0: bit 0 JSONL (else CSV); bit 1 a regular file (scanned first; else a pipe);
///   bits 2–3 threads − 1; bits 4–5 batch size − 1; bits 6–7 for a regular file: 2 it grows,
///   3 it shrinks between the scan and the reading;
/// - byte 1: the record limit, 8 + 4 × b (8 … 1 028 bytes);
/// - byte 2: the read size, 1 … 64, then steps of 16 up to 3 120;
/// - byte 3: 0 reads fill the buffer, else the seed of random short reads;
/// - bytes 4–5: the byte at which the failure happens (15 bits; top bit set: no failure);
/// - byte 6: the failure: 0 ENOSPC, 1 EPIPE, 2 EIO, 3 EBADF, 4 EFBIG, 5 a write of 0 bytes,
///   6 and 7 a failed read (EIO) at that byte of the input;
/// - byte 7: bits 0–5 the most bytes a write takes (0: all); bit 6 EINTR, else bit 7 EAGAIN,
///   before every third write and every third read.
final class StreamTrial {
  let data: UnsafeBufferPointer<UInt8>
  /// What sequential reads deliver beyond `data` (a file that grew), or how many bytes of
  /// `data` they leave out (one that shrank).
  var grownBytes: [UInt8] = []
  var shrunkBy = 0
  var failWriteAt: Int?
  var failWriteCode: Int32 = 0
  var failReadAt: Int?
  var writeMost = 0
  var interruptEINTR = false
  var interruptEAGAIN = false
  var random: UInt64

  var position = 0
  var reads = 0
  var writes = 0
  var eagains = 0
  var waits = 0
  var readEagains = 0
  var readWaits = 0
  var written: [UInt8] = []
  var writeFailed = false
  var readFailed = false

  init(data: UnsafeBufferPointer<UInt8>, seed: UInt8) {
    self.data = data
    random = UInt64(seed)
  }

  /// A small generator for the short reads (xorshift).
  func next() -> UInt64 {
    random ^= random << 13
    random ^= random >> 7
    random ^= random << 17
    return random
  }

  var sequentialCount: Int { data.count - shrunkBy + grownBytes.count }

  /// Copies `count` bytes of what sequential reads see, from `offset`, to `target`.
  func copySequential(from offset: Int, count: Int, to target: UnsafeMutablePointer<UInt8>) {
    let kept = data.count - shrunkBy
    let first = max(0, min(count, kept - offset))
    if first > 0 { target.update(from: data.baseAddress! + offset, count: first) }
    for index in first..<count { target[index] = grownBytes[offset + index - kept] }
  }
}

/// The trial's input: sequential reads in pieces, positional reads of the scanned bytes.
struct TrialInput: InputDevice {
  let trial: StreamTrial

  func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    require(!trial.writeFailed, "the input was read after a failed write")
    require(!trial.readFailed, "the input was read again after a failed read")
    trial.reads += 1
    if trial.reads % 3 == 0 {
      if trial.interruptEINTR { return -Int(EINTR) }
      if trial.interruptEAGAIN {
        trial.readEagains += 1
        return -Int(EAGAIN)
      }
    }
    var count = min(buffer.count, trial.sequentialCount - trial.position)
    if trial.random != 0 && count > 1 { count = 1 + Int(trial.next() % UInt64(count)) }
    if let failAt = trial.failReadAt, trial.position + count > failAt {
      count = failAt - trial.position
      if count == 0 {
        trial.readFailed = true
        return -Int(EIO)
      }
    }
    guard count > 0 else { return 0 }
    trial.copySequential(from: trial.position, count: count, to: buffer.baseAddress!)
    trial.position += count
    return count
  }

  func read(at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    require(trial.position == 0, "the scan ran after the reading had begun")
    guard offset < trial.data.count else { return 0 }
    var count = min(buffer.count, trial.data.count - offset)
    if let failAt = trial.failReadAt, offset + count > failAt {
      count = failAt - offset
      if count <= 0 {
        trial.readFailed = true
        return -Int(EIO)
      }
    }
    buffer.baseAddress!.update(from: trial.data.baseAddress! + offset, count: count)
    return count
  }

  func waitUntilReadable() {
    trial.readWaits += 1
  }
}

/// The trial's output: a few bytes per write, interruptions, a failure at a chosen byte.
struct TrialOutput: OutputDevice {
  let trial: StreamTrial

  func write(_ bytes: UnsafeRawBufferPointer) -> Int {
    require(!trial.writeFailed, "a write after a failed write")
    require(!trial.readFailed, "a write after a failed read")
    require(!bytes.isEmpty, "a write of nothing")
    trial.writes += 1
    if trial.writes % 3 == 0 {
      if trial.interruptEINTR { return -Int(EINTR) }
      if trial.interruptEAGAIN {
        trial.eagains += 1
        return -Int(EAGAIN)
      }
    }
    var count = bytes.count
    if trial.writeMost > 0 { count = min(count, trial.writeMost) }
    if let failAt = trial.failWriteAt, trial.written.count + count > failAt {
      count = failAt - trial.written.count
      if count == 0 {
        trial.writeFailed = true
        return trial.failWriteCode == 0 ? 0 : -Int(trial.failWriteCode)
      }
    }
    trial.written.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<count]))
    return count
  }

  func waitUntilWritable() {
    trial.waits += 1
  }
}

/// `pomoc evaluate`'s streaming loop with devices that deliver and take bytes unevenly and fail.
func fuzzStream(_ input: UnsafeBufferPointer<UInt8>) {
  guard input.count >= 8 else { return }
  let config = Array(input[0..<8])
  let data = UnsafeBufferPointer(rebasing: input[8...])
  let format: RecordFormat = config[0] & 1 == 0 ? .csv : .jsonl
  let regular = config[0] & 2 != 0
  let threads = 1 + Int((config[0] >> 2) & 3)
  let batchSize = 1 + Int((config[0] >> 4) & 3)
  let change = regular && !data.isEmpty ? config[0] >> 6 : 0
  let limit = 8 + Int(config[1]) * 4
  let readSize = config[2] < 64 ? Int(config[2]) + 1 : 64 + Int(config[2] - 64) * 16
  let failAt: Int? = config[5] & 0x80 == 0 ? Int(config[4]) | Int(config[5]) << 8 : nil
  let failure = config[6] & 7

  let trial = StreamTrial(data: data, seed: config[3])
  trial.writeMost = Int(config[7] & 0x3F)
  trial.interruptEINTR = config[7] & 0x40 != 0
  trial.interruptEAGAIN = config[7] & 0x80 != 0
  if change == 2 { trial.grownBytes = Array("\nx,2025-01-01,1,1\n".utf8) }
  if change == 3 { trial.shrunkBy = 1 + Int(config[4]) % data.count }
  if change < 2, let failAt {
    if failure >= 6 {
      trial.failReadAt = failAt
    } else {
      trial.failWriteAt = failAt
      trial.failWriteCode = [ENOSPC, EPIPE, EIO, EBADF, EFBIG, 0][Int(failure)]
    }
  }

  // The reference: the data in one piece, nothing failing.
  let reference = BulkRun(data, format: format, limit: limit, chunk: data.count)

  var reading = RecordInput.Reading()
  reading.chunkSize = readSize
  reading.scanPartitions = 3
  reading.scanBlockEntries = 2
  reading.spill = { MemorySpill() }
  let file = InputFile(path: "fuzz", device: TrialInput(trial: trial), size: regular ? data.count : nil)
  var outcome: Result<BulkEvaluation.Summary, CommandFailure>
  var carried = 0
  do {
    let household = try RecordInput(
      file: file, format: format, maximumRecordBytes: limit, hasher: fuzzHasher, reading: reading)
    require((household.knownDuplicates != nil) == regular, "a pipe scanned, or a file not scanned")
    var bulk = BulkEvaluation(
      evaluator: fuzzEvaluator, format: format, threads: threads, parallelLoop: serialLoop, batchSize: batchSize,
      knownDuplicates: household.knownDuplicates, hasher: fuzzHasher, maximumRecordBytes: limit)
    do {
      outcome = .success(
        try household.run(&bulk, to: TrialOutput(trial: trial)) { bytes, _ in
          require(bytes > 0 && bytes <= readSize, "a chunk of \(bytes) bytes from reads of \(readSize)")
        })
    } catch let failure as CommandFailure {
      outcome = .failure(failure)
    }
    carried = bulk.carriedCapacity
  } catch let failure as CommandFailure {
    outcome = .failure(failure)
  } catch {
    fatalError("an untyped error from the streaming loop: \(error)")
  }

  // The run in two lines, printed with every finding (and always with POMOC_FUZZ_VERBOSE).
  func story() -> String {
    "stream: \(format) \(regular ? "file" : "pipe"), \(data.count) bytes, limit \(limit), reads of \(readSize)"
      + (config[3] != 0 ? " (short)" : "") + ", \(threads) threads, batch \(batchSize), change \(change), "
      + "fail write at \(trial.failWriteAt.map(String.init) ?? "-") (errno \(trial.failWriteCode)), "
      + "fail read at \(trial.failReadAt.map(String.init) ?? "-"), writes of \(trial.writeMost), "
      + "EINTR \(trial.interruptEINTR), EAGAIN \(trial.interruptEAGAIN)\n"
      + "  reference: \(reference.summary.map { "\($0.records) records" } ?? "header error"), "
      + "\(reference.output.count) bytes; written \(trial.written.count) bytes in \(trial.writes) writes, "
      + "\(trial.reads) reads, \(trial.waits) waits; outcome: "
      + {
        switch outcome {
        case .success(let summary): return "success, \(summary.records) records"
        case .failure(let failure):
          return "exit \(failure.status)\(failure.quiet ? " (quiet)" : ""): \(failure.message)"
        }
      }()
  }
  if fuzzVerbose { print(story()) }
  func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message() + "\n" + story()) }
  }

  expect(carried <= 4 * (limit + 1) + 64, "a carried line of \(carried) bytes, limit \(limit)")
  expect(trial.waits == trial.eagains, "\(trial.waits) waits after \(trial.eagains) EAGAIN from writes")
  expect(trial.readWaits == trial.readEagains, "\(trial.readWaits) waits after \(trial.readEagains) EAGAIN from reads")

  // What must have happened, in the order the loop meets it.
  let written = trial.written
  let expected = reference.output
  expect(
    written.count <= expected.count && same(written, expected[0..<written.count]), "rows differ from the reference")
  switch outcome {
  case .success(let summary):
    expect(!trial.writeFailed && !trial.readFailed, "a success after a failed write or read")
    expect(change < 2, "a success from a file that changed while it was read")
    guard let counts = reference.summary else { return expect(false, "a success where the input is rejected") }
    expect(same(written, expected[...]), "\(written.count) bytes written of \(expected.count)")
    var rows = reference.lines
    if format == .csv { rows -= 1 }   // the output header
    expect(rows == summary.records, "\(rows) rows for \(summary.records) records")
    expect(
      summary.records == counts.records && summary.errorRows == counts.errorRows
        && summary.blankLines == counts.blankLines && summary.errorCounts == counts.errorCounts,
      "the summary differs from the reference")
  case .failure(let failure):
    if trial.writeFailed {
      expect(failure.status == ExitStatus.ioError, "a failed write gave exit \(failure.status)")
      expect(failure.quiet == (trial.failWriteCode == EPIPE), "quiet \(failure.quiet) for \(trial.failWriteCode)")
      expect(written.count == trial.failWriteAt, "\(written.count) bytes before a failure at \(trial.failWriteAt!)")
    } else {
      expect(failure.status == ExitStatus.dataError, "exit \(failure.status): \(failure.message)")
      expect(!failure.quiet, "a quiet data error")
      expect(
        trial.readFailed || change >= 2 || reference.summary == nil,
        "exit 65 without a cause: \(failure.message)")
      if reference.summary == nil && !trial.readFailed && change < 2 {
        expect(written.isEmpty, "bytes written for an input rejected as a whole")
      }
    }
  }
}

// MARK: - law-json, service-json

/// Loads parameter and ordinance documents; a success must pass the invariants.
func fuzzLaw(_ bytes: UnsafeBufferPointer<UInt8>) {
  do {
    let table = try ParameterTable.bundled.merging(json: bytes)
    require(table.invariantViolations().isEmpty, "a loaded table breaks its invariants")
    _ = try? Evaluator(parameters: table).evaluate(
      EvaluationRequest(date: CivilDate(2025, 1, 1), persons: 2, income: Money(grosze: 100_000)))
  } catch {
    require(error is PomocError, "untyped error: \(error)")
  }
  do {
    let registry = try OrdinanceRegistry.bundled.merging(json: bytes)
    for ordinance in registry.ordinances.values {
      require(ordinance.careFeeTable?.invariantViolations().isEmpty ?? true)
    }
  } catch {
    require(error is PomocError, "untyped error: \(error)")
  }
}

/// The JSON requests of care-home-fee, staffing, care-fee and support-fee.
func fuzzServices(_ bytes: UnsafeBufferPointer<UInt8>) {
  var trace = NoTrace()
  do { _ = try CareHomeFee.compute(try ServiceJSON.careHomeFeeRequest(bytes), trace: &trace) } catch {
    require(error is PomocError, "untyped error: \(error)")
  }
  do { _ = try StaffingRules.assess(try ServiceJSON.staffingRequest(bytes), trace: &trace) } catch {
    require(error is PomocError, "untyped error: \(error)")
  }
  do { _ = try fuzzEvaluator.evaluate(try ServiceJSON.careFeeRequest(bytes).0) } catch {
    require(error is PomocError, "untyped error: \(error)")
  }
  do { _ = try SupportCentreFee.compute(try ServiceJSON.supportFeeRequest(bytes), trace: &trace) } catch {
    require(error is PomocError, "untyped error: \(error)")
  }
}
