#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Pomoc
import PomocFormats

/// Exit statuses of the tool (Documentation/BatchTool.md; sysexits.h names).
enum ExitStatus {
  static let success: Int32 = 0
  /// At least one record produced an error row.
  static let recordErrors: Int32 = 1
  /// Bad invocation (EX_USAGE).
  static let usage: Int32 = 64
  /// Input unreadable as a whole (EX_DATAERR).
  static let dataError: Int32 = 65
}

/// A failure the tool reports on stderr and turns into an exit status.
struct CommandFailure: Error {
  var status: Int32
  var message: String
  static func usage(_ message: String) -> CommandFailure { CommandFailure(status: ExitStatus.usage, message: message) }
  static func data(_ message: String) -> CommandFailure { CommandFailure(status: ExitStatus.dataError, message: message) }
}

enum Console {
  /// Writes text to stderr.
  static func error(_ text: String) {
    writeAll(Array(text.utf8), to: 2)
  }

  /// Writes bytes to stdout.
  static func write(_ bytes: [UInt8]) {
    writeAll(bytes, to: 1)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    guard !bytes.isEmpty else { return }
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return  // closed pipe: nothing more can be delivered
        }
        offset += written
      }
    }
  }

  static func write(_ text: String) { write(Array(text.utf8)) }

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

/// Reads a file (or stdin for `-`) in chunks, without loading it whole.
struct InputFile {
  let path: String
  let descriptor: Int32
  /// Size in bytes when known (regular files), for progress estimates.
  let size: Int?

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
    var info = stat()
    size = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
    if (info.st_mode & S_IFMT) == S_IFDIR { throw CommandFailure.data("'\(path)' is a directory") }
  }

  /// Calls `body` with successive chunks until the end of the input.
  func forEachChunk(size chunkSize: Int = 1 << 20,
                    _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
    var buffer = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let count = buffer.withUnsafeMutableBufferPointer { read(descriptor, $0.baseAddress, chunkSize) }
      if count < 0 {
        if errno == EINTR { continue }
        throw CommandFailure.data("error reading '\(path)': \(String(cString: strerror(errno)))")
      }
      if count == 0 { return }
      try buffer.withUnsafeBufferPointer { b throws in try body(UnsafeBufferPointer(rebasing: b[0..<count])) }
    }
  }

  /// Calls `body` with successive chunks (copied, so that `body` may suspend) until the end.
  func forEachChunk(size chunkSize: Int = 1 << 20, _ body: ([UInt8]) async throws -> Void) async throws {
    var buffer = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let count = buffer.withUnsafeMutableBufferPointer { read(descriptor, $0.baseAddress, chunkSize) }
      if count < 0 {
        if errno == EINTR { continue }
        throw CommandFailure.data("error reading '\(path)': \(String(cString: strerror(errno)))")
      }
      if count == 0 { return }
      try await body(Array(buffer[0..<count]))
    }
  }

  /// The whole input (for small documents: JSON requests, single explanations).
  func readAll(limit: Int = 64 << 20) throws -> [UInt8] {
    var all: [UInt8] = []
    try forEachChunk { chunk throws in
      all.append(contentsOf: chunk)
      if all.count > limit { throw CommandFailure.data("'\(path)' is larger than \(limit) bytes") }
    }
    return all
  }

  func close() { if descriptor > 2 { _ = Glibc.close(descriptor) } }
}
