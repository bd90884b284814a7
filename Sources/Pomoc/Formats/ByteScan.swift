/// Finding a byte eight at a time (SWAR: a 64-bit word holds 8 bytes), for the line and
/// field scanning of input files. Plain Swift; no SIMD library needed.
enum ByteScan {
  @inline(__always) static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

  /// The first index ≥ `start` holding `byte`, or `nil`.
  @inline(__always)
  static func first(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
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
}
