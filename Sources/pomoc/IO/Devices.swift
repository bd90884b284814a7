#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the tool reads an input: `read(2)` and `pread(2)` on a descriptor
/// (``DescriptorDevice``). Tests and the fuzzer (Tests/Fuzz) pass bytes in memory that arrive
/// in pieces of any size, change between two reads or fail on purpose, so that the tool's
/// reading code (``InputFile``, ``RecordInput``, ``DuplicateIDScan``) is the code they check.
protocol InputDevice {
  /// Reads the next bytes at the current position into `buffer`: how many (fewer than asked
  /// is normal), 0 at the end, or `-errno`.
  func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int
  /// Reads bytes at `offset` (from the start of the file) without moving the current
  /// position (only for a regular file): how many, 0 at the end, or `-errno`.
  func read(at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int
  /// Waits until a read may succeed, after `EAGAIN` (a non-blocking pipe with nothing in it yet).
  func waitUntilReadable()
}

/// Where the tool writes: `write(2)` on a descriptor (``DescriptorDevice``, stdout and
/// stderr). Tests and the fuzzer pass devices that write a few bytes at a time, get
/// interrupted or fail at a chosen byte, so that ``Console/write(_:to:)`` is the code they check.
protocol OutputDevice {
  /// Writes from the start of `bytes`: how many were written (fewer than asked is normal;
  /// 0 is a failure), or `-errno`.
  func write(_ bytes: UnsafeRawBufferPointer) -> Int
  /// Waits until a write may succeed, after `EAGAIN` (a non-blocking descriptor).
  func waitUntilWritable()
}

/// An open file descriptor, read and written with the system calls.
struct DescriptorDevice: InputDevice, OutputDevice {
  let descriptor: Int32

  func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    #if canImport(Glibc)
    let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
    #elseif canImport(Musl)
    let count = Musl.read(descriptor, buffer.baseAddress, buffer.count)
    #else
    let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
    #endif
    return count < 0 ? -Int(errno) : count
  }

  func read(at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    let count = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
    return count < 0 ? -Int(errno) : count
  }

  func waitUntilReadable() {
    var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    _ = poll(&ready, 1, -1)
  }

  func write(_ bytes: UnsafeRawBufferPointer) -> Int {
    #if canImport(Glibc)
    let written = Glibc.write(descriptor, bytes.baseAddress, bytes.count)
    #elseif canImport(Musl)
    let written = Musl.write(descriptor, bytes.baseAddress, bytes.count)
    #else
    let written = Darwin.write(descriptor, bytes.baseAddress, bytes.count)
    #endif
    return written < 0 ? -Int(errno) : written
  }

  func waitUntilWritable() {
    var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
    _ = poll(&ready, 1, -1)
  }
}

/// Where ``DuplicateIDScan`` keeps the buckets that do not fit in its buffers: a temporary
/// file (``SpillFile``) in the tool; memory in tests and the fuzzer.
protocol SpillStorage: AnyObject {
  /// Appends `bytes`; returns the offset where they start.
  func append(_ bytes: UnsafeRawBufferPointer) throws -> Int
  /// Reads exactly `buffer.count` bytes written before at `offset`.
  func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws
}
