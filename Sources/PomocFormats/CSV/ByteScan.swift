import Pomoc

/// Finding a byte eight at a time (SWAR: a 64-bit word holds 8 bytes), for the line and
/// field scanning of input files. Plain Swift; no SIMD library needed.
package enum ByteScan {
  @inline(__always) package static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

  /// The first index ≥ `start` holding `byte`, or `nil`.
  @inline(__always)
  package static func first(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = buffer.baseAddress else { return nil }
    let count = buffer.count
    var index = start
    let pattern = broadcast(byte)
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ pattern
      let found = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
      if found != 0 { return index + found.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < count {
      if base[index] == byte { return index }
      index += 1
    }
    return nil
  }

  /// High bit of each byte of `word` that equals the broadcast byte `pattern`, exact
  /// (no false positives from borrows: the classic "haszero" test on the XOR).
  @inline(__always)
  package static func matches(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
    let x = word ^ pattern
    return ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x | 0x7F7F_7F7F_7F7F_7F7F)
  }

  /// Calls `body` with the index of every `separator` in `buffer`, in order; returns `false`
  /// (at once) if the buffer holds `forbidden`.
  @inline(__always)
  package static func forEach(
    _ separator: UInt8, in buffer: UnsafeBufferPointer<UInt8>, unless forbidden: UInt8,
    _ body: (Int) -> Void
  ) -> Bool {
    guard let base = buffer.baseAddress else { return true }
    let count = buffer.count
    let separators = broadcast(separator)
    let forbiddens = broadcast(forbidden)
    var index = 0
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if matches(word, forbiddens) != 0 { return false }
      var found = matches(word, separators)
      while found != 0 {
        body(index + found.trailingZeroBitCount / 8)
        found &= found &- 1
      }
      index += 8
    }
    while index < count {
      if base[index] == forbidden { return false }
      if base[index] == separator { body(index) }
      index += 1
    }
    return true
  }
}
