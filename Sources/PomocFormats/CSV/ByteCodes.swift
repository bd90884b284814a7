import Pomoc

/// Exact matching of short ASCII codes (`long_illness`, `severe`, `mental`) against raw
/// bytes, without building strings: the hot path of reading input files.
struct ByteCodeTable<Value: Sendable>: Sendable {
  private let codes: [(bytes: [UInt8], value: Value)]

  init(_ pairs: [(String, Value)]) {
    codes = pairs.map { (Array($0.0.utf8), $0.1) }
  }

  /// The value whose code equals `field` exactly, or `nil`.
  @inline(__always)
  func value(_ field: UnsafeBufferPointer<UInt8>) -> Value? {
    for entry in codes where entry.bytes.count == field.count {
      if entry.bytes.withUnsafeBufferPointer({ bytesEqual($0, field) }) { return entry.value }
    }
    return nil
  }
}

/// Byte-wise equality of two buffers.
@inline(__always)
func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
  guard a.count == b.count else { return false }
  var index = 0
  while index < a.count {
    if a[index] != b[index] { return false }
    index += 1
  }
  return true
}

/// Whether the bytes are valid UTF-8 (ASCII checked first, the common case).
@inline(__always)
package func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  var index = 0
  while index < bytes.count {
    if bytes[index] >= 0x80 { return String(validating: bytes, as: UTF8.self) != nil }
    index += 1
  }
  return true
}

enum InputCodes {
  static let reasons = ByteCodeTable(AssistanceReason.allCases.map { ($0.rawValue, $0) })
  static let disability = ByteCodeTable(DisabilityDegree.allCases.map { ($0.rawValue, $0) })
  static let careKind = ByteCodeTable(CareKind.allCases.map { ($0.rawValue, $0) })
  static let sex = ByteCodeTable(Sex.allCases.map { ($0.rawValue, $0) })
}
