#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw output on file descriptors (no Foundation).
enum Output {
  static func write(_ bytes: [UInt8], to descriptor: Int32 = 1) {
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }

  static func print(_ text: String) { write(Array((text + "\n").utf8)) }
  static func error(_ text: String) { write(Array((text + "\n").utf8), to: 2) }
}

/// The platform's `write(2)` (a name of its own: inside `Output`, `write` is the method above).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
