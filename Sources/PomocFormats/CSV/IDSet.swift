import Pomoc

/// The set of record ids seen in one input, for `duplicate_id`, kept as raw bytes.
///
/// Open addressing over 64-bit hashes, one 16-byte slot per id (hash + where its bytes lie
/// in one arena), so an id costs its bytes plus about 23 bytes, no `String` and no
/// allocation per record, and one cache miss per insert. Equal hashes are always confirmed
/// by comparing the bytes: a hash collision can never turn a unique id into a duplicate.
package struct IDSet {
  private struct Slot {
    /// 0 for an empty slot (hashes are forced non-zero).
    var hash: UInt64
    /// Offset in the arena (high 40 bits) and length (low 24 bits).
    var location: UInt64
  }

  private var arena: [UInt8] = []
  private var slots = [Slot](repeating: Slot(hash: 0, location: 0), count: 1024)
  /// Ids too long for a 24-bit length (over 16 MiB): kept apart.
  private var longIDs = Set<[UInt8]>()
  private(set) var count = 0

  /// FNV-1a, 64-bit; never 0.
  @inline(__always)
  package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return hash == 0 ? 1 : hash
  }

  /// Inserts `id`; returns `false` if it was already present.
  package mutating func insert(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
    guard id.count < 1 << 24 else { return longIDs.insert(Array(id)).inserted }
    let hash = Self.hash(id)
    let inserted: Bool = arena.withUnsafeBufferPointer { arenaBytes in
      slots.withUnsafeMutableBufferPointer { slots in
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[index].hash != 0 {
          if slots[index].hash == hash && Int(slots[index].location & 0xFF_FFFF) == id.count {
            let start = Int(slots[index].location >> 24)
            if bytesEqual(UnsafeBufferPointer(rebasing: arenaBytes[start..<(start + id.count)]), id) { return false }
          }
          index = (index + 1) & mask
        }
        slots[index] = Slot(hash: hash, location: UInt64(arenaBytes.count) << 24 | UInt64(id.count))
        return true
      }
    }
    guard inserted else { return false }
    arena.append(contentsOf: id)
    count += 1
    if count * 10 >= slots.count * 7 { grow() }
    return true
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(hash: 0, location: 0), count: old.count * 2)
    slots.withUnsafeMutableBufferPointer { slots in
      let mask = slots.count - 1
      for slot in old where slot.hash != 0 {
        var index = Int(truncatingIfNeeded: slot.hash ^ (slot.hash >> 29)) & mask
        while slots[index].hash != 0 { index = (index + 1) & mask }
        slots[index] = slot
      }
    }
  }
}
