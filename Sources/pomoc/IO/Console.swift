import Pomoc
import PomocFormats

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Exit statuses of the tool (Documentation/BatchTool.md; sysexits.h names).
enum ExitStatus {
  static let success: Int32 = 0
  /// At least one record produced an error row.
  static let recordErrors: Int32 = 1
  /// Bad invocation (EX_USAGE).
  static let usage: Int32 = 64
  /// Input unreadable as a whole (EX_DATAERR).
  static let dataError: Int32 = 65
  /// The output could not be written: a full disk, a closed file, an I/O error, a closed
  /// pipe (EX_IOERR). Rows were lost, so this is never 0.
  static let ioError: Int32 = 74
}

/// A failure the tool reports on stderr and turns into an exit status.
struct CommandFailure: Error {
  var status: Int32
  var message: String
  /// Nothing is said on stderr (a closed pipe: the reader went away on purpose).
  var quiet = false
  static func usage(_ message: String) -> CommandFailure { CommandFailure(status: ExitStatus.usage, message: message) }
  static func data(_ message: String) -> CommandFailure {
    CommandFailure(status: ExitStatus.dataError, message: message)
  }
  /// A file the tool writes besides stdout (`audit --summary`) could not be opened, written
  /// or closed: `code` is the `errno` value.
  static func file(_ path: String, errno code: Int32) -> CommandFailure {
    CommandFailure(status: ExitStatus.ioError, message: "cannot write '\(path)': " + String(cString: strerror(code)))
  }
  /// A write to stdout failed with `code` (an `errno` value).
  static func output(errno code: Int32) -> CommandFailure {
    CommandFailure(
      status: ExitStatus.ioError, message: "cannot write the output: " + String(cString: strerror(code)),
      quiet: code == EPIPE)
  }
}

/// The tool's standard streams. Every byte for stdout goes through ``write(_:)``, which
/// throws on the first failed write (the work stops there); stderr is best effort.
enum Console {
  /// Makes the standard streams safe before anything else runs:
  /// - SIGPIPE is ignored, so a closed pipe is an `EPIPE` error of `write` that the tool
  ///   handles (stop, exit 74) whatever the parent did with the signal (`trap '' PIPE`);
  /// - a standard descriptor that the parent closed (`>&-`) is reserved with /dev/null
  ///   opened read-only, so no file the tool opens later takes its number, and every write
  ///   to it still fails (EBADF) and is reported.
  static func prepare() {
    _ = signal(SIGPIPE, SIG_IGN)
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
      let opened = open("/dev/null", O_RDONLY)
      if opened >= 0 && opened != descriptor {
        _ = dup2(opened, descriptor)
        _ = closeDescriptor(opened)
      }
    }
  }

  /// The tool's stdout.
  static let standardOutput = DescriptorDevice(descriptor: 1)

  /// Writes text to stderr (failures ignored: there is nowhere left to report them).
  static func error(_ text: String) {
    _ = writeAll(Array(text.utf8), to: DescriptorDevice(descriptor: 2))
  }

  /// Writes bytes to stdout.
  ///
  /// - Throws: ``CommandFailure`` with status 74 on the first failed write.
  static func write(_ bytes: [UInt8]) throws { try write(bytes, to: standardOutput) }

  /// Writes text to stdout (see ``write(_:)-([UInt8])``).
  static func write(_ text: String) throws { try write(Array(text.utf8)) }

  /// Writes every byte to `device` (stdout in the tool; tests and the fuzzer pass devices
  /// that fail on purpose): a short write goes on with the rest, `EINTR` retries, `EAGAIN`
  /// waits; any other failure, or a write of 0 bytes (`EIO`), stops at once.
  ///
  /// - Throws: ``CommandFailure`` with status 74 on the first failed write.
  static func write(_ bytes: [UInt8], to device: some OutputDevice) throws {
    let code = writeAll(bytes, to: device)
    if code != 0 { throw CommandFailure.output(errno: code) }
  }

  /// Closes stdout at the end of a successful run: some file systems report a failed write
  /// only then (NFS, quotas).
  static func closeOutput() throws {
    if closeDescriptor(1) != 0 && errno != EINTR && errno != EBADF { throw CommandFailure.output(errno: errno) }
  }

  /// Writes every byte; returns 0 or the `errno` of the failed write (``write(_:to:)`` throws
  /// it as stdout's failure; `audit --summary` as its file's).
  static func writeAll(_ bytes: [UInt8], to device: some OutputDevice) -> Int32 {
    guard !bytes.isEmpty else { return 0 }
    return bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = device.write(UnsafeRawBufferPointer(rebasing: buffer[offset...]))
        if written < 0 {
          let code = Int32(truncatingIfNeeded: -written)
          if code == EINTR { continue }
          if code == EAGAIN || code == EWOULDBLOCK {
            // A non-blocking descriptor inherited from the parent: wait until it drains.
            device.waitUntilWritable()
            continue
          }
          return code
        }
        if written == 0 { return EIO }
        offset += written
      }
      return 0
    }
  }

  static var stderrIsTerminal: Bool { isatty(2) != 0 }

  /// Nanoseconds on a monotonic clock.
  static func nanoseconds() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
  }

  /// Processors available for worker threads.
  static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// Reads a file (or stdin for `-`) in chunks, without loading it whole, from where its
/// descriptor stands (stdin may be a file a caller has already read part of).
struct InputFile {
  let path: String
  /// The open descriptor; -1 for an input given as a device (tests, the fuzzer).
  let descriptor: Int32
  /// Where the bytes are read: the descriptor, or the device given.
  let device: any InputDevice
  /// Bytes left to read when known (a regular file: its size minus where it stands), for
  /// progress estimates; `nil` for a pipe or terminal.
  let size: Int?
  /// Where a regular file stood when it was opened (0 for a named file; stdin may be further).
  let startOffset: Int

  init(path: String) throws {
    self.path = path
    if path == "-" {
      descriptor = 0
    } else {
      let opened = open(path, O_RDONLY)
      guard opened >= 0 else {
        throw CommandFailure.data("cannot open '\(path)': \(String(cString: strerror(errno)))")
      }
      descriptor = opened
    }
    device = DescriptorDevice(descriptor: descriptor)
    var info = stat()
    let isRegular = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    if (info.st_mode & S_IFMT) == S_IFDIR {
      if descriptor > 2 { _ = closeDescriptor(descriptor) }
      throw CommandFailure.data("'\(path)' is a directory")
    }
    let position = isRegular ? Int(lseek(descriptor, 0, SEEK_CUR)) : -1
    if isRegular && position >= 0 {
      startOffset = position
      size = max(0, Int(info.st_size) - position)
    } else {
      startOffset = 0
      size = nil
    }
  }

  /// An input read from `device` (tests and the fuzzer): a regular file of `size` bytes from
  /// offset 0 (read twice by ``RecordInput``), or, for `nil`, a pipe.
  init(path: String, device: some InputDevice, size: Int?) {
    self.path = path
    self.descriptor = -1
    self.device = device
    self.size = size
    self.startOffset = 0
  }

  /// Whether the input can be read twice (a regular file).
  var isRegularFile: Bool { size != nil }

  /// Reads the next bytes into `buffer`: how many, 0 at the end. `EINTR` retries; `EAGAIN`
  /// (stdin a non-blocking pipe, inherited from the parent, with nothing in it yet) waits
  /// for data instead of failing.
  private func readChunk(into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
    while true {
      let count = device.read(into: buffer)
      if count >= 0 { return count }
      let code = Int32(truncatingIfNeeded: -count)
      if code == EINTR { continue }
      if code == EAGAIN || code == EWOULDBLOCK {
        device.waitUntilReadable()
        continue
      }
      throw CommandFailure.data("error reading '\(path)': \(String(cString: strerror(code)))")
    }
  }

  /// Calls `body` with successive chunks until the end of the input.
  func forEachChunk(
    size chunkSize: Int = 1 << 20,
    _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    var buffer = [UInt8](repeating: 0, count: max(1, chunkSize))
    while true {
      let count = try buffer.withUnsafeMutableBufferPointer { try readChunk(into: $0) }
      if count == 0 { return }
      try buffer.withUnsafeBufferPointer { b throws in try body(UnsafeBufferPointer(rebasing: b[0..<count])) }
    }
  }

  /// Calls `body` with successive chunks (copied, so that `body` may suspend) until the end.
  func forEachChunk(size chunkSize: Int = 1 << 20, _ body: ([UInt8]) async throws -> Void) async throws {
    var buffer = [UInt8](repeating: 0, count: max(1, chunkSize))
    while true {
      let count = try buffer.withUnsafeMutableBufferPointer { try readChunk(into: $0) }
      if count == 0 { return }
      try await body(Array(buffer[0..<count]))
    }
  }

  /// The whole input (for small documents: JSON requests).
  func readAll(limit: Int = 64 << 20) throws -> [UInt8] {
    var all: [UInt8] = []
    try forEachChunk { chunk throws in
      all.append(contentsOf: chunk)
      if all.count > limit { throw CommandFailure.data("'\(path)' is larger than \(limit) bytes") }
    }
    return all
  }

  func close() { if descriptor > 2 { _ = closeDescriptor(descriptor) } }
}

/// `close(2)`, named apart from ``InputFile/close()``.
func closeDescriptor(_ descriptor: Int32) -> Int32 {
  #if canImport(Glibc)
  return Glibc.close(descriptor)
  #elseif canImport(Musl)
  return Musl.close(descriptor)
  #else
  return Darwin.close(descriptor)
  #endif
}
