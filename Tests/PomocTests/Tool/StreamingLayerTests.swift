import Foundation
import Testing

@testable import Pomoc
@testable import PomocCLI
@testable import PomocFormats

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An input in memory that arrives in pieces of at most `piece` bytes, as a pipe delivers it;
/// it can be interrupted (EINTR, or with `empty` EAGAIN, before every other read), fail at a
/// byte, or hold more (or fewer) bytes for sequential reads than for positional ones (a file
/// that changes).
private final class PiecewiseInput: InputDevice {
  let scanned: [UInt8]
  let sequential: [UInt8]
  let piece: Int
  var interrupt = false
  var empty = false
  var failAt: Int?
  var position = 0
  var reads = 0
  var waits = 0
  /// Set by the output: a read after a failed write breaks the promise that the work stops.
  var readAfterStop = false
  weak var output: RecordingOutput?

  init(_ text: String, piece: Int, sequential: String? = nil) {
    scanned = Array(text.utf8)
    self.sequential = Array((sequential ?? text).utf8)
    self.piece = piece
  }

  func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    if output?.failed == true { readAfterStop = true }
    reads += 1
    if interrupt && reads % 2 == 1 { return -Int(EINTR) }
    if empty && reads % 2 == 1 { return -Int(EAGAIN) }
    var count = min(buffer.count, piece, sequential.count - position)
    if let failAt, position + count > failAt {
      count = failAt - position
      if count == 0 { return -Int(EIO) }
    }
    for index in 0..<count { buffer[index] = sequential[position + index] }
    position += count
    return count
  }

  func read(at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    let count = max(0, min(buffer.count, scanned.count - offset))
    for index in 0..<count { buffer[index] = scanned[offset + index] }
    return count
  }

  func waitUntilReadable() { waits += 1 }
}

/// An output that takes at most `most` bytes per write, says EINTR and then EAGAIN before
/// every third write when asked, and fails for good at byte `failAt` with `code` (0: a write
/// of 0 bytes).
private final class RecordingOutput: OutputDevice {
  var bytes: [UInt8] = []
  var most = Int.max
  var interrupt = false
  var failAt: Int?
  var code: Int32 = ENOSPC
  var writes = 0
  var waits = 0
  var failed = false
  var writeAfterFailure = false

  func write(_ data: UnsafeRawBufferPointer) -> Int {
    if failed { writeAfterFailure = true }
    writes += 1
    if interrupt && writes % 3 == 1 { return -Int(EINTR) }
    if interrupt && writes % 3 == 2 { return -Int(EAGAIN) }
    var count = min(data.count, most)
    if let failAt, bytes.count + count > failAt {
      count = failAt - bytes.count
      if count == 0 {
        failed = true
        return code == 0 ? 0 : -Int(code)
      }
    }
    bytes.append(contentsOf: data[0..<count])
    return count
  }

  func waitUntilWritable() { waits += 1 }
}

/// The scan's buckets kept in memory.
private final class MemorySpill: SpillStorage {
  var bytes: [UInt8] = []
  var appends = 0

  func append(_ data: UnsafeRawBufferPointer) throws -> Int {
    appends += 1
    defer { bytes.append(contentsOf: data) }
    return bytes.count
  }

  func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws {
    bytes.withUnsafeBytes {
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + buffer.count)]))
    }
  }
}

/// The tool's reading and writing code through devices that deliver, take and fail as real
/// descriptors do (issue 11: a failed write is never a success; the fuzz target `stream`
/// drives the same code with random pieces and failures).
@Suite("The tool's streaming layer: devices, short reads and writes, failures")
struct StreamingLayerTests {
  /// The output header of `pomoc evaluate` (14 columns, 188 bytes with its line feed).
  static let header =
    "id,criterion,income_per_person,within_criterion,cash_eligible,periodic_min,periodic_difference,"
    + "permanent,targeted_threshold,targeted_eligible,meal_eligible,care_fee_percent,care_fee,error\n"

  static let input =
    "id,date,persons,income\n"   // line 1: header
    + "a,2025-01-01,1,100.00\n"   // 2
    + "b,2025-01-01,2,3000.00\n"   // 3
    + "a,2025-01-01,1,1\n"   // 4: duplicate of line 2
    + "c,2025-01-01,1,1"   // 5: no final newline

  /// What `pomoc evaluate` writes for `input`: the bulk pipeline in one piece.
  static func reference(_ text: String = input, format: RecordFormat = .csv) throws -> [UInt8] {
    Array(try runBulk(text, format: format).output.utf8)
  }

  fileprivate static func household(_ input: PiecewiseInput, regular: Bool, chunk: Int = 7, format: RecordFormat = .csv)
    throws -> RecordInput
  {
    var reading = RecordInput.Reading()
    reading.chunkSize = chunk
    reading.scanPartitions = 2
    reading.scanBlockEntries = 1
    reading.spill = { MemorySpill() }
    let file = InputFile(path: "memory", device: input, size: regular ? input.scanned.count : nil)
    return try RecordInput(file: file, format: format, maximumRecordBytes: 64, reading: reading)
  }

  /// Runs `pomoc evaluate`'s loop; returns the summary or the failure.
  fileprivate static func evaluate(_ household: RecordInput, into output: RecordingOutput, threads: Int = 1)
    -> Result<BulkEvaluation.Summary, CommandFailure>
  {
    var bulk = BulkEvaluation(
      evaluator: evaluator, format: household.format, threads: threads, batchSize: 1,
      knownDuplicates: household.knownDuplicates, hasher: household.hasher,
      maximumRecordBytes: household.maximumRecordBytes)
    do {
      return .success(try household.run(&bulk, to: output))
    } catch let failure as CommandFailure {
      return .failure(failure)
    } catch {
      Issue.record("an untyped error: \(error)")
      return .failure(CommandFailure(status: -1, message: "\(error)"))
    }
  }

  @Test("Short writes, EINTR and EAGAIN lose and repeat nothing")
  func shortAndInterruptedWrites() throws {
    let output = RecordingOutput()
    output.most = 3
    output.interrupt = true
    let text = Array("0123456789".utf8)
    try Console.write(text, to: output)
    #expect(output.bytes == text)
    // 10 bytes, 3 per write: 4 writes that take bytes (3 + 3 + 3 + 1); before each, an EINTR
    // and an EAGAIN (the pattern repeats every 3 calls): 12 calls, 4 waits.
    #expect(output.writes == 12)
    #expect(output.waits == 4)
  }

  @Test("A failed write throws exit 74 at once; only EPIPE is quiet; a write of 0 bytes is EIO")
  func failedWrites() throws {
    for (code, quiet, text) in [
      (ENOSPC, false, "No space left on device"), (EPIPE, true, "Broken pipe"), (EBADF, false, "Bad file descriptor"),
      (0, false, "Input/output error"),
    ] {
      let output = RecordingOutput()
      output.most = 2
      output.failAt = 5
      output.code = code
      #expect(throws: CommandFailure.self) { try Console.write(Array("0123456789".utf8), to: output) }
      do {
        try Console.write(Array("0123456789".utf8), to: output)
      } catch let failure as CommandFailure {
        #expect(failure.status == 74)
        #expect(failure.quiet == quiet)
        #expect(failure.message == "cannot write the output: " + text)
      }
      // 2 + 2 + 1 bytes, then the failure: 4 calls; the second attempt above failed at once.
      #expect(output.bytes == Array("01234".utf8))
      #expect(output.writes == 5)
    }
  }

  @Test("An input read in pieces of 1 to 3 bytes, interrupted, arrives whole and in order")
  func piecewiseReads() throws {
    for piece in 1...3 {
      let input = PiecewiseInput(Self.input, piece: piece)
      input.interrupt = true
      let file = InputFile(path: "memory", device: input, size: nil)
      var read: [UInt8] = []
      try file.forEachChunk(size: 5) { chunk in
        #expect(chunk.count <= piece)
        read.append(contentsOf: chunk)
      }
      #expect(read == Array(Self.input.utf8))
    }
  }

  @Test("A non-blocking pipe with nothing in it yet (EAGAIN) is waited for, not an error")
  func emptyNonBlockingPipe() throws {
    let input = PiecewiseInput(Self.input, piece: 2)
    input.empty = true
    let file = InputFile(path: "-", device: input, size: nil)
    var read: [UInt8] = []
    try file.forEachChunk(size: 16) { read.append(contentsOf: $0) }
    #expect(read == Array(Self.input.utf8))
    // 101 bytes (23 + 22 + 23 + 17 + 16), 2 per read: 51 reads with data and one that finds
    // the end (52), each after an EAGAIN (52 more), one wait per EAGAIN.
    #expect(input.reads == 104)
    #expect(input.waits == 52)
  }

  @Test(
    "pomoc evaluate - with stdin a non-blocking pipe that is still empty waits for the data (exit 0)",
    .enabled(if: CLI.executable != nil))
  func nonBlockingStdin() throws {
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments = ["evaluate", "-"]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    let reading = input.fileHandleForReading.fileDescriptor
    #expect(fcntl(reading, F_SETFL, fcntl(reading, F_GETFL) | O_NONBLOCK) == 0)
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    usleep(300_000)   // the tool reads first and finds nothing (EAGAIN)
    input.fileHandleForWriting.write(Data("id,date,persons,income\na,2025-01-01,1,100.00\n".utf8))
    try input.fileHandleForWriting.close()
    let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(err)")
    // The output header and one row for 'a' (before the fix: exit 65, "Resource temporarily
    // unavailable", nothing on stdout).
    #expect(out.hasPrefix(Self.header + "a,"))
    #expect(out.split(separator: "\n").count == 2)
  }

  @Test("evaluate over a file read twice and over a pipe, in pieces: the bytes of the reference")
  func evaluateInPieces() throws {
    let expected = try Self.reference()
    for regular in [true, false] {
      for piece in [1, 4, 1000] {
        for threads in [1, 2] {
          let input = PiecewiseInput(Self.input, piece: piece)
          let household = try Self.household(input, regular: regular)
          // The scan (file only) found line 4, the second 'a'.
          #expect(household.knownDuplicates?.lines == (regular ? [4] : nil))
          let output = RecordingOutput()
          output.most = 5
          let summary = try Self.evaluate(household, into: output, threads: threads).get()
          #expect(output.bytes == expected, "regular \(regular), piece \(piece), threads \(threads)")
          #expect(summary.records == 4)
          #expect(summary.errorRows == 1)   // line 4: duplicate_id
        }
      }
    }
    #expect(String(decoding: expected, as: UTF8.self).hasPrefix(Self.header))
  }

  @Test("A failed write stops the work: the rows before it, exit 74, nothing read or written after")
  func evaluateStopsAtFailedWrite() throws {
    let expected = try Self.reference()
    // At the first byte, inside the output header, just after it (188 bytes), inside the
    // first row, and at the last byte (the last row goes out when the input ends).
    for failAt in [0, 5, 188, 200, expected.count - 1] {
      for regular in [true, false] {
        let input = PiecewiseInput(Self.input, piece: 3)
        let household = try Self.household(input, regular: regular)
        let output = RecordingOutput()
        output.failAt = failAt
        input.output = output
        guard case .failure(let failure) = Self.evaluate(household, into: output) else {
          Issue.record("a success after a failed write at \(failAt)")
          continue
        }
        #expect(failure.status == 74)
        #expect(output.bytes == Array(expected[0..<failAt]))
        #expect(!output.writeAfterFailure)
        #expect(!input.readAfterStop)
        if failAt < 200 {
          // The failure came with the first rows: the rest of the input was never read.
          #expect(input.position < input.sequential.count)
        }
      }
    }
  }

  @Test("Exit 65: a failed read, a file that grew or shrank after its scan, a bad header (nothing written)")
  func evaluateDataErrors() throws {
    let expected = try Self.reference()
    // A read error at byte 40 of a pipe: the rows of the lines complete before it, then 65.
    let broken = PiecewiseInput(Self.input, piece: 6)
    broken.failAt = 40
    let output = RecordingOutput()
    guard case .failure(let readFailure) = Self.evaluate(try Self.household(broken, regular: false), into: output)
    else {
      Issue.record("a success after a failed read")
      return
    }
    #expect(readFailure.status == 65)
    #expect(readFailure.message == "error reading 'memory': Input/output error")
    // Bytes 0–39 hold the input header (bytes 0–22) and the start of line 2 (bytes 23–44):
    // the header was accepted, so the output header went out; line 2 never completed.
    #expect(output.bytes == Array(Self.header.utf8))

    for sequential in [Self.input + "\nd,2025-01-01,1,1\n", String(Self.input.dropLast(3))] {
      let changed = PiecewiseInput(Self.input, piece: 4, sequential: sequential)
      let output = RecordingOutput()
      guard case .failure(let failure) = Self.evaluate(try Self.household(changed, regular: true), into: output)
      else {
        Issue.record("a success from a file that changed")
        return
      }
      #expect(failure.status == 65)
      #expect(failure.message == "'memory' changed while it was being read")
      #expect(output.bytes.count < expected.count && Array(expected[0..<output.bytes.count]) == output.bytes)
    }

    let badHeader = PiecewiseInput("id,nonsense\na,1\n", piece: 2)
    let nothing = RecordingOutput()
    guard case .failure(let headerFailure) = Self.evaluate(try Self.household(badHeader, regular: true), into: nothing)
    else {
      Issue.record("a success for a bad header")
      return
    }
    #expect(headerFailure.status == 65)
    #expect(nothing.writes == 0)
  }

  @Test("The scan over a device with its buckets in memory finds what the scan of a real file finds")
  func scanThroughDevices() throws {
    let spill = MemorySpill()
    let found = try DuplicateIDScan.scan(
      PiecewiseInput(Self.input, piece: 1), from: 0, format: .csv, chunkSize: 3, partitions: 1, blockEntries: 1,
      spill: { spill })
    #expect(found.lines == [4])
    #expect(found.scannedBytes == Self.input.utf8.count)
    // One partition of one entry: each of the 4 records' ids spilled as a block of its own.
    #expect(spill.appends == 4)
    #expect(try DuplicateIDScanTests.scan(Self.input, partitions: 1, blockEntries: 1) == found)
  }
}
